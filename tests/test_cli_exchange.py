"""`trustjournal export` and `trustjournal import` as a power user runs them: real
processes, real journals."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pyrage
import pytest
from conftest import PASSPHRASE, run_cli, snapshot

AS_OF = "2026-11-01"


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    vault = tmp_path_factory.mktemp("demo") / "vault"
    made = run_cli("demo", "--people", "10", "--as-of", AS_OF, vault=vault)
    assert made.returncode == 0, made.stderr
    return vault


def _one_line(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr


def test_export_a_folder_and_import_it_into_a_new_journal(demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    done = run_cli("export", "--out", str(out), "--as-of", AS_OF, vault=demo_vault)
    assert done.returncode == 0, done.stderr
    assert "Exported 10 people" in done.stdout and "NOT encrypted" in done.stdout
    assert (out / "journal.json").is_file() and (out / "README.md").is_file()
    assert len(list((out / "people").glob("*.md"))) == 10

    fresh = tmp_path / "fresh"
    dry = run_cli("import", str(out / "journal.json"), "--dry-run", vault=fresh)
    assert dry.returncode == 1 and "no journal in" in dry.stderr
    made = run_cli("import", str(out / "journal.json"), vault=fresh)
    assert made.returncode == 0, made.stderr
    assert "Created a new journal" in made.stdout
    assert "Imported journal.json (TrustJournal export (journal.json)): added 10 people" in (
        made.stdout
    )
    before = run_cli("ties", "--as-of", AS_OF, "--json", "--all", vault=demo_vault)
    after = run_cli("ties", "--as-of", AS_OF, "--json", "--all", vault=fresh)
    assert json.loads(after.stdout) == json.loads(before.stdout)

    again = run_cli("import", str(out / "journal.json"), vault=fresh)
    assert again.returncode == 1
    _one_line(again.stderr)
    assert "already holds 10 people" in again.stderr and "Nothing was imported" in again.stderr


def test_dry_run_prints_the_preview_and_writes_nothing(demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    assert run_cli("export", "--out", str(out), vault=demo_vault).returncode == 0
    empty = tmp_path / "empty"
    assert run_cli("init", vault=empty).returncode == 0
    before = snapshot(empty)
    dry = run_cli("import", str(out / "journal.json"), "--dry-run", vault=empty)
    assert dry.returncode == 0, dry.stderr
    assert "  10 people" in dry.stdout and "Dry run of journal.json" in dry.stdout
    assert "Nothing was written" in dry.stdout
    as_json = run_cli("import", str(out / "journal.json"), "--dry-run", "--json", vault=empty)
    report = json.loads(as_json.stdout)
    assert report["format"] == "trustjournal-json" and report["dry_run"] is True
    assert report["added"]["people"] == 10
    after = snapshot(empty)
    assert {k for k in after if not k.endswith(".lock")} == {
        k for k in before if not k.endswith(".lock")
    }
    assert (
        after[next(k for k in after if k.endswith(".db"))]
        == before[next(k for k in before if k.endswith(".db"))]
    )


def test_export_to_an_age_file(demo_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "journal.age"
    done = run_cli("export", "--out", str(out), vault=demo_vault)
    assert done.returncode == 0, done.stderr
    assert "encrypted with age" in done.stdout and "age -d" in done.stdout
    plain = pyrage.passphrase.decrypt(out.read_bytes(), PASSPHRASE)
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        assert "journal/journal.json" in tar.getnames()
    exists = run_cli("export", "--out", str(out), vault=demo_vault)
    assert exists.returncode == 1 and "already exists" in exists.stderr


def test_export_one_person(demo_vault: Path, tmp_path: Path) -> None:
    people = json.loads(run_cli("ties", "--json", "--all", vault=demo_vault).stdout)
    name = people["ties"][0]["person"]
    out = tmp_path / "one"
    done = run_cli("export", "--out", str(out), "--person", name.upper(), vault=demo_vault)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in out.glob("*.md")] == [f"{name}.md"]
    nobody = run_cli("export", "--out", str(tmp_path / "x"), "--person", "Nobody", vault=demo_vault)
    assert nobody.returncode == 1 and "nobody called 'Nobody'" in nobody.stderr


def test_refusals_are_one_line_and_write_nothing(demo_vault: Path, tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("keep")
    refused = run_cli("export", "--out", str(busy), vault=demo_vault)
    assert refused.returncode == 1
    _one_line(refused.stderr)
    assert "not empty and is not an earlier TrustJournal export" in refused.stderr
    assert [p.name for p in busy.iterdir()] == ["mine.txt"]

    strange = tmp_path / "strange.bin"
    strange.write_bytes(b"\x00\x01 not anything")
    before = snapshot(demo_vault)
    unknown = run_cli("import", str(strange), vault=demo_vault)
    assert unknown.returncode == 1
    _one_line(unknown.stderr)
    assert "is not a file TrustJournal can import" in unknown.stderr
    missing = run_cli("import", str(tmp_path / "nope.json"), vault=demo_vault)
    assert missing.returncode == 1 and "Cannot read nope.json" in missing.stderr
    assert snapshot(demo_vault) == before
    usage = run_cli("export", vault=demo_vault)
    assert usage.returncode == 2 and "--out" in usage.stderr


def test_importing_the_same_file_again_says_nothing_new_and_is_no_dry_run(
    tmp_path: Path,
) -> None:
    vault = tmp_path / "vault"
    data = Path(__file__).parent / "data" / "journals" / "jrnl-export.json"
    first = run_cli("import", str(data), vault=vault)
    assert first.returncode == 0, first.stderr
    assert "added 6 conversations and 4 people" in first.stdout
    again = run_cli("import", str(data), "--json", vault=vault)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert report["dry_run"] is False and report["written"] is False
    assert not any(report["added"].values())
    text = run_cli("import", str(data), vault=vault)
    assert "Imported jrnl-export.json" in text.stdout and "nothing new" in text.stdout
    assert "Dry run" not in text.stdout
