"""`trustjournal backup`, `verify` and `restore` as a power user runs them: real processes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import PASSPHRASE, cli_env, run_cli, snapshot

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, PersonDraft

BACKUP_PASSPHRASE = "separate backup passphrase"
MARKER = "CLI-MARKER-41d2 kept secret"
DAY = dt.date(2026, 5, 6)


@pytest.fixture
def vault(vault_path: Path) -> Path:
    with Journal.create(vault_path, PASSPHRASE) as journal:
        maya = journal.add_person(PersonDraft("Maya Chen", "CEO"))
        journal.add_conversation(ConversationDraft((maya.id,), DAY, "dinner", MARKER))
    return vault_path


def _one_line(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr


def test_backup_verify_restore(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "journal.tjbackup"
    made = run_cli("backup", "--out", str(out), vault=vault)
    assert made.returncode == 0, made.stderr
    assert "Backed up 1 person, 1 conversation, 0 decisions" in made.stdout
    assert "journal passphrase" in made.stdout
    assert made.stderr == ""  # no progress bar when stderr is not a terminal
    assert MARKER.encode() not in out.read_bytes()

    checked = run_cli("verify", str(out), vault=vault)
    assert checked.returncode == 0, checked.stderr
    assert "is a complete, intact backup" in checked.stdout
    assert "1 person, 1 conversation" in checked.stdout

    into = tmp_path / "restored"
    restored = run_cli("restore", str(out), "--into", str(into), vault=vault)
    assert restored.returncode == 0, restored.stderr
    assert str(into) in restored.stdout
    with Journal.open(into, PASSPHRASE) as journal:
        assert [c.note for c in journal.conversations()] == [MARKER]


def test_a_separate_backup_passphrase_from_the_environment(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "separate.tjbackup"
    env = cli_env(vault, TRUSTJOURNAL_BACKUP_PASSPHRASE=BACKUP_PASSPHRASE)
    made = run_cli("backup", "--out", str(out), vault=vault, env=env)
    assert made.returncode == 0, made.stderr
    assert "backup passphrase" in made.stdout

    # Without it, the journal passphrase does not open this backup: one line, exit 1.
    wrong = run_cli("verify", str(out), vault=vault)
    assert wrong.returncode == 1
    _one_line(wrong.stderr)
    assert "Wrong passphrase for this backup" in wrong.stderr

    assert run_cli("verify", str(out), vault=vault, env=env).returncode == 0
    into = tmp_path / "restored"
    assert run_cli("restore", str(out), "--into", str(into), vault=vault, env=env).returncode == 0
    with Journal.open(into, BACKUP_PASSPHRASE) as journal:
        assert journal.counts()["conversations"] == 1


def test_restore_never_overwrites_a_journal(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "journal.tjbackup"
    assert run_cli("backup", "--out", str(out), vault=vault).returncode == 0
    before = snapshot(vault)
    refused = run_cli("restore", str(out), "--into", str(vault), vault=vault)
    assert refused.returncode == 1
    _one_line(refused.stderr)
    assert "already a journal" in refused.stderr
    assert snapshot(vault) == before


def test_backup_refuses_to_replace_a_file(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "taken"
    out.write_bytes(b"mine")
    refused = run_cli("backup", "--out", str(out), vault=vault)
    assert refused.returncode == 1
    _one_line(refused.stderr)
    assert out.read_bytes() == b"mine"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "not a TrustJournal backup"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "not a TrustJournal backup"),
    ],
    ids=["empty", "jpeg"],
)
def test_verify_a_file_that_is_not_a_backup(
    vault: Path, tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "file"
    path.write_bytes(content)
    result = run_cli("verify", str(path), vault=vault)
    assert result.returncode == 1
    _one_line(result.stderr)
    assert fragment in result.stderr


def test_verify_the_journal_database_itself(vault: Path) -> None:
    result = run_cli("verify", str(vault / "journal.db"), vault=vault)
    assert result.returncode == 1
    _one_line(result.stderr)
    assert "not a TrustJournal backup" in result.stderr


def test_verify_a_missing_file(vault: Path, tmp_path: Path) -> None:
    result = run_cli("verify", str(tmp_path / "nothing.tjbackup"), vault=vault)
    assert result.returncode == 1
    _one_line(result.stderr)
    assert "There is no backup file" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["backup"], ["restore", "x.tjbackup"], ["verify"]],
    ids=["backup-without-out", "restore-without-into", "verify-without-file"],
)
def test_usage_errors_exit_2(vault: Path, args: list[str]) -> None:
    result = run_cli(*args, vault=vault)
    assert result.returncode == 2
    assert "required" in result.stderr


def test_no_passphrase_and_no_terminal(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "journal.tjbackup"
    assert run_cli("backup", "--out", str(out), vault=vault).returncode == 0
    result = run_cli("verify", str(out), vault=vault, passphrase=None)
    assert result.returncode == 1
    _one_line(result.stderr)
    assert "TRUSTJOURNAL_PASSPHRASE" in result.stderr


def test_passphrase_file_for_verify(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "journal.tjbackup"
    assert run_cli("backup", "--out", str(out), vault=vault).returncode == 0
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    result = run_cli(
        "verify", str(out), "--passphrase-file", str(secret), vault=vault, passphrase=None
    )
    assert result.returncode == 0, result.stderr
