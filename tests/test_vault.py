"""Creating, unlocking, locking and re-keying a vault, and every way that can go wrong."""

from __future__ import annotations

import datetime as dt
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot

from trustjournal.core.errors import (
    AlreadyOpen,
    CreateFailed,
    FolderNotEmpty,
    JournalDamaged,
    JournalLocked,
    NotAVault,
    UnlockFailed,
    VaultExists,
    WeakPassphrase,
)
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft
from trustjournal.core.store import header
from trustjournal.core.store.vault import Vault

UNLOCK_FAILED = "Wrong passphrase, or the vault header is damaged. Nothing was changed."


def test_new_vault_is_private_and_opens_again(vault_path: Path) -> None:
    with Journal.create(vault_path, PASSPHRASE) as j:
        j.add_person(PersonDraft("Maya Chen", role="CEO, Northwind"))
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o700
    names = sorted(p.name for p in vault_path.iterdir())
    assert names == ["journal.db", "journal.lock", "vault.header"]
    for path in vault_path.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    with Journal.open(vault_path, PASSPHRASE) as j:
        assert [p.name for p in j.people()] == ["Maya Chen"]


def test_wal_and_shm_side_files_are_private_too(journal: Journal) -> None:
    journal.add_person(PersonDraft("Ana"))
    side = [p for p in journal.path.iterdir() if p.name.startswith("journal.db-")]
    assert side, "WAL mode keeps -wal and -shm while the journal is open"
    for path in side:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_wrong_passphrase_changes_no_byte(journal: Journal) -> None:
    journal.add_person(PersonDraft("Ana"))
    journal.lock()
    before = snapshot(journal.path)
    with pytest.raises(UnlockFailed) as caught:
        Journal.open(journal.path, "correct horse battery!")
    assert str(caught.value) == UNLOCK_FAILED
    assert snapshot(journal.path) == before


@pytest.mark.parametrize("offset", [0, 9, 12, 30, 50, 60, 80, header.SIZE - 1])
def test_a_flipped_header_byte_reads_like_a_wrong_passphrase(journal: Journal, offset: int) -> None:
    journal.lock()
    blob = bytearray(journal.vault.header_path.read_bytes())
    blob[offset] ^= 0x04
    journal.vault.header_path.write_bytes(bytes(blob))
    before = snapshot(journal.path)
    with pytest.raises(UnlockFailed) as caught:
        Journal.open(journal.path, PASSPHRASE)
    assert str(caught.value) == UNLOCK_FAILED
    assert snapshot(journal.path) == before


def test_short_passphrase_is_refused_and_nothing_is_created(vault_path: Path) -> None:
    with pytest.raises(WeakPassphrase) as caught:
        Journal.create(vault_path, "1234567")
    assert "at least 8 characters" in str(caught.value)
    assert not vault_path.exists()


def test_missing_folder_and_plain_folder_are_not_vaults(tmp_path: Path) -> None:
    for path in (tmp_path / "nowhere", tmp_path):
        with pytest.raises(NotAVault) as caught:
            Journal.open(path, PASSPHRASE)
        assert str(path) in str(caught.value)


def test_a_file_instead_of_a_folder_is_not_a_vault(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(NotAVault):
        Journal.open(tmp_path / "notes.txt", PASSPHRASE)


def test_create_refuses_an_existing_journal_and_a_busy_folder(
    journal: Journal, tmp_path: Path
) -> None:
    with pytest.raises(VaultExists):
        Journal.create(journal.path, PASSPHRASE)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "thesis.docx").write_bytes(b"mine")
    with pytest.raises(FolderNotEmpty):
        Journal.create(busy, PASSPHRASE)
    assert [p.name for p in busy.iterdir()] == ["thesis.docx"]


def test_create_in_an_existing_empty_folder_works(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    Journal.create(folder, PASSPHRASE).lock()
    assert Vault(folder).exists()


def test_create_under_a_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(
        CreateFailed, match=r"Could not create the journal in .*file/vault: not a directory"
    ):
        Journal.create(tmp_path / "file" / "vault", PASSPHRASE)


@pytest.fixture
def mount_point(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mount a small tmpfs with the given options (needs root; skipped otherwise)."""
    mounted: list[Path] = []

    def mount(options: str) -> Path:
        target = tmp_path / f"mnt{len(mounted)}"
        target.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
        mounted.append(target)
        return target

    yield mount
    for target in mounted:
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.mark.parametrize("options", ["ro,size=1m", "size=96k"], ids=["read-only", "full"])
def test_create_on_a_read_only_or_full_disk_says_so_and_leaves_nothing(
    mount_point: Callable[[str], Path], options: str
) -> None:
    disk = mount_point(options)
    with pytest.raises(CreateFailed) as caught:
        Journal.create(disk / "vault", PASSPHRASE)
    reason = "read-only file system" if options.startswith("ro") else "the disk is full"
    assert str(caught.value) == (
        f"Could not create the journal in {disk / 'vault'}: {reason}. Nothing was left behind."
    )
    assert list(disk.iterdir()) == []


def test_missing_database_file_is_reported_not_recreated_empty(journal: Journal) -> None:
    journal.add_person(PersonDraft("Ana"))
    journal.lock()
    journal.vault.db_path.unlink()
    with pytest.raises(JournalDamaged) as caught:
        Journal.open(journal.path, PASSPHRASE)
    assert "journal.db is missing" in str(caught.value)
    assert not journal.vault.db_path.exists()


def test_lock_forgets_everything_and_refuses_further_use(journal: Journal) -> None:
    journal.add_person(PersonDraft("Ana"))
    journal.lock()
    assert not journal.is_open
    with pytest.raises(JournalLocked):
        journal.people()
    with pytest.raises(JournalLocked):
        journal.add_person(PersonDraft("Ben"))
    assert journal._key is None
    with Journal.open(journal.path, PASSPHRASE) as again:
        assert [p.name for p in again.people()] == ["Ana"]


# -- one writer per vault -------------------------------------------------------------------


def test_second_open_in_the_same_process_is_refused_with_the_pid(journal: Journal) -> None:
    with pytest.raises(AlreadyOpen) as caught:
        Journal.open(journal.path, PASSPHRASE)
    assert str(caught.value) == (
        f"This journal is already open in another TrustJournal (pid {os.getpid()})."
    )


def test_read_only_open_works_beside_the_writer(journal: Journal) -> None:
    journal.add_person(PersonDraft("Ana"))
    with Journal.open(journal.path, PASSPHRASE, readonly=True) as reader:
        assert [p.name for p in reader.people()] == ["Ana"]
        assert reader.readonly


HOLDER = """
import sys, time
from pathlib import Path
from trustjournal.core.journal.service import Journal
j = Journal.open(Path(sys.argv[1]), sys.argv[2])
print("open", flush=True)
time.sleep(60)
"""


def _hold_in_child(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), PASSPHRASE], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "open"
    return child


def test_another_process_holding_the_vault_is_named(journal: Journal) -> None:
    journal.lock()
    child = _hold_in_child(journal.path)
    try:
        with pytest.raises(AlreadyOpen) as caught:
            Journal.open(journal.path, PASSPHRASE)
        assert caught.value.pid == child.pid
        assert f"(pid {child.pid})" in str(caught.value)
    finally:
        child.kill()
        child.wait()


def test_lock_of_a_killed_process_is_taken_over(journal: Journal) -> None:
    journal.lock()
    child = _hold_in_child(journal.path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Journal.open(journal.path, PASSPHRASE) as j:
        assert j.is_open
    assert journal.vault.lock_path.read_bytes()[1:] == b""


def test_lock_file_naming_a_dead_pid_does_not_block(journal: Journal) -> None:
    journal.lock()
    journal.vault.lock_path.write_bytes(b"\x00999999\n")
    with Journal.open(journal.path, PASSPHRASE) as j:
        assert j.is_open


# -- passphrase change ----------------------------------------------------------------------


def test_passphrase_change_retires_the_old_one_at_once(journal: Journal) -> None:
    journal.add_person(PersonDraft("Ana"))
    journal.change_passphrase(PASSPHRASE, "a much better passphrase")
    assert journal.people()[0].name == "Ana"  # the open journal keeps working
    journal.lock()
    with pytest.raises(UnlockFailed):
        Journal.open(journal.path, PASSPHRASE)
    with Journal.open(journal.path, "a much better passphrase") as j:
        assert [p.name for p in j.people()] == ["Ana"]


def test_passphrase_change_rewraps_only_the_header(journal: Journal) -> None:
    journal.add_person(PersonDraft("Ana"))
    journal.lock()
    with Journal.open(journal.path, PASSPHRASE) as j:
        before = {k: v for k, v in snapshot(journal.path).items() if k != "vault.header"}
        old_header = journal.vault.header_path.read_bytes()
        j.change_passphrase(PASSPHRASE, "a much better passphrase")
        after = {k: v for k, v in snapshot(journal.path).items() if k != "vault.header"}
    assert after == before
    new_header = journal.vault.header_path.read_bytes()
    assert new_header != old_header
    assert header.parse(new_header).vault_id == header.parse(old_header).vault_id


def test_passphrase_change_with_a_wrong_current_passphrase_changes_nothing(
    journal: Journal,
) -> None:
    before = journal.vault.header_path.read_bytes()
    with pytest.raises(UnlockFailed):
        journal.change_passphrase("not the passphrase", "a much better passphrase")
    with pytest.raises(WeakPassphrase):
        journal.change_passphrase(PASSPHRASE, "short")
    assert journal.vault.header_path.read_bytes() == before


def test_temp_files_of_an_interrupted_header_write_are_cleaned(journal: Journal) -> None:
    journal.lock()
    stale = journal.path / ".vault.header.deadbeef.tmp"
    stale.write_bytes(b"half a header")
    with Journal.open(journal.path, PASSPHRASE):
        pass
    assert not stale.exists()


def test_journal_dates_survive_reopen(journal: Journal) -> None:
    from trustjournal.core.records import ConversationDraft

    ana = journal.add_person(PersonDraft("Ana"))
    journal.add_conversation(ConversationDraft((ana.id,), dt.date(2024, 2, 29), "call", "leap"))
    journal.lock()
    with Journal.open(journal.path, PASSPHRASE) as j:
        assert j.conversations()[0].date == dt.date(2024, 2, 29)
