"""`trustjournal sync` and `trustjournal join`, run as a user would (real processes, real
journals, a real folder)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli


def _json(out: str) -> dict[str, object]:
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def test_sync_links_a_folder_join_makes_the_other_device_and_entries_flow(
    tmp_path: Path,
) -> None:
    a, b, folder = tmp_path / "a", tmp_path / "b", tmp_path / "Sync"
    assert run_cli("init", vault=a).returncode == 0
    added = run_cli(
        "add", "Maya Chen", "--format", "dinner", "--text", "The reorg is failing.", vault=a
    )
    assert added.returncode == 0, added.stderr
    first = run_cli("sync", "--folder", str(folder), "--name", "laptop", vault=a)
    assert first.returncode == 0, first.stderr
    assert "Synced with" in first.stdout and "sent" in first.stdout

    joined = run_cli("join", str(folder), "--name", "desktop", "--json", vault=b)
    assert joined.returncode == 0, joined.stderr
    data = _json(joined.stdout)
    assert set(data) == {
        "folder",
        "device",
        "sent",
        "received",
        "refused",
        "waiting",
        "conflicts",
        "notes",
        "devices",
    }
    assert sorted(d["name"] for d in data["devices"]) == ["desktop", "laptop"]  # type: ignore[attr-defined,index]
    found = run_cli("search", "reorg", vault=b)
    assert "The reorg is failing." in found.stdout

    run_cli("add", "Maya Chen", "--format", "call", "--text", "Written on the desktop.", vault=b)
    assert run_cli("sync", vault=b).returncode == 0
    later = run_cli("sync", "--json", vault=a)
    assert _json(later.stdout)["received"] > 0  # type: ignore[operator]
    assert "Written on the desktop." in run_cli("search", "desktop", vault=a).stdout


def test_sync_without_a_folder_the_first_time_says_how(tmp_path: Path) -> None:
    a = tmp_path / "a"
    run_cli("init", vault=a)
    result = run_cli("sync", vault=a)
    assert result.returncode == 1
    assert "sync --folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_join_with_the_wrong_passphrase_makes_nothing(tmp_path: Path) -> None:
    a, b, folder = tmp_path / "a", tmp_path / "b", tmp_path / "Sync"
    run_cli("init", vault=a)
    run_cli("sync", "--folder", str(folder), vault=a)
    result = run_cli("join", str(folder), vault=b, passphrase="a wrong passphrase, surely")
    assert result.returncode == 1
    assert "passphrase" in result.stderr.lower()
    assert not b.exists() or not any(b.iterdir())


def test_a_missing_folder_is_said_plainly_and_nothing_is_lost(tmp_path: Path) -> None:
    a, folder = tmp_path / "a", tmp_path / "Sync"
    run_cli("init", vault=a)
    run_cli("sync", "--folder", str(folder), vault=a)
    folder.rename(tmp_path / "away")
    run_cli("add", "Maya Chen", "--format", "call", "--text", "While away.", vault=a)
    result = run_cli("sync", vault=a)
    assert result.returncode == 1
    assert str(folder) in result.stderr and "Traceback" not in result.stderr
    (tmp_path / "away").rename(folder)
    assert run_cli("sync", "--json", vault=a).returncode == 0
    assert "While away." in run_cli("search", "away", vault=a).stdout


def test_linking_to_a_second_folder_is_refused_until_unlinked(tmp_path: Path) -> None:
    a = tmp_path / "a"
    run_cli("init", vault=a)
    run_cli("sync", "--folder", str(tmp_path / "one"), vault=a)
    again = run_cli("sync", "--folder", str(tmp_path / "two"), vault=a)
    assert again.returncode == 1
    assert "unlink" in again.stderr
    assert not (tmp_path / "two").exists()
    assert run_cli("sync", "--unlink", vault=a).returncode == 0
    assert run_cli("sync", "--folder", str(tmp_path / "two"), vault=a).returncode == 0
