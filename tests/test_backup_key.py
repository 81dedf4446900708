"""Automatic backups as standard age files for the journal's backup key.

The key is derived from the data key (the same age identity `age-keygen -y` reads, stable
across passphrase changes); the backups are sealed for its public half, so the lock never
asks; the key file beside them, sealed with the passphrase, opens them in the app and with
Debian's `age -d -i`. Every way a restore can go wrong (no key file, a wrong passphrase, a
key file of another journal, a tampered key file) says so and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pyrage
import pytest
import test_export
from conftest import PASSPHRASE, run_cli
from test_backup_age import AGE, MARKER, _fill, _payload_records, _records

from trustjournal.core.backup import agefile, backupkey
from trustjournal.core.backup import archive as backup
from trustjournal.core.errors import BackupWrongPassphrase, UnlockFailed
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft

NEW_PASSPHRASE = "a completely new passphrase"


@pytest.fixture
def full(journal: Journal) -> Journal:
    _fill(journal)
    return journal


def _auto(journal: Journal, folder: Path, day: int = 1) -> Path:
    info = backup.automatic(journal, folder, keep=5, now=dt.datetime(2026, 3, day, 9, 30))
    assert info.path is not None
    return info.path


def test_the_backup_key_is_an_age_identity_derived_from_the_data_key(full: Journal) -> None:
    key = full.backup_key()[1]
    identity = backupkey.identity(key)
    assert identity.startswith("AGE-SECRET-KEY-1") and identity == identity.upper()
    parsed = pyrage.x25519.Identity.from_str(identity)  # rage reads it as a key
    assert str(parsed.to_public()) == backupkey.recipient(key)
    assert backupkey.identity(key) == identity  # derived, not random
    assert backupkey.identity(bytes(32)) != identity
    full.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert backupkey.identity(full.backup_key()[1]) == identity  # the passphrase is not in it


def test_debians_age_keygen_reads_the_backup_key(full: Journal, tmp_path: Path) -> None:
    keygen = AGE.with_name("age-keygen")
    if not keygen.exists():
        if os.environ.get("TRUSTJOURNAL_REQUIRE_AGE"):
            pytest.fail("TRUSTJOURNAL_REQUIRE_AGE is set but /usr/bin/age-keygen is missing")
        pytest.skip("Debian's age is not installed (.ci/run installs it)")
    key = full.backup_key()[1]
    plain = tmp_path / "identity.txt"
    plain.write_bytes(backupkey.key_file_text(key))
    said = subprocess.run([str(keygen), "-y", str(plain)], capture_output=True, check=True)
    assert said.stdout.decode().strip() == backupkey.recipient(key)


def test_an_automatic_backup_is_an_age_file_for_the_backup_key(
    full: Journal, tmp_path: Path
) -> None:
    made = _auto(full, tmp_path / "auto")
    data = made.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert agefile.kind(data) == agefile.X25519
    assert MARKER.encode() not in data
    plain = pyrage.decrypt(
        data, [pyrage.x25519.Identity.from_str(backupkey.identity(full.backup_key()[1]))]
    )
    assert _payload_records(plain) == _records(full)
    # The open journal checks it with its key, without asking.
    info = backup.verify(made, key=full.backup_key()[1])
    assert info.counts["conversations"] == 1


def test_the_key_file_opens_every_automatic_backup_in_the_app(
    full: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    first = _auto(full, folder, 1)
    marker = backup.write_key_file(full, folder, PASSPHRASE)
    assert marker == backup.key_file_marker(full)
    assert backup.has_key_file(full, folder)
    [key_file] = backupkey.key_files_beside(first)
    assert key_file.name.startswith("TrustJournal backup key ") and key_file.suffix == ".age"
    assert key_file.stat().st_mode & 0o077 == 0
    assert b"AGE-SECRET-KEY" not in key_file.read_bytes()  # sealed with the passphrase
    second = _auto(full, folder, 2)  # made after the key file: the same key opens it
    for made in (first, second):
        assert backup.verify(made, PASSPHRASE).counts["people"] == 1
    restored = backup.restore(second, PASSPHRASE, tmp_path / "restored")
    with Journal.open(restored, PASSPHRASE) as journal:
        assert _records(journal) == _records(full)


def test_debians_age_opens_an_automatic_backup_with_the_key_file(
    full: Journal, tmp_path: Path
) -> None:
    if not AGE.exists():
        if os.environ.get("TRUSTJOURNAL_REQUIRE_AGE"):
            pytest.fail("TRUSTJOURNAL_REQUIRE_AGE is set but /usr/bin/age is missing")
        pytest.skip("Debian's age is not installed (.ci/run installs it)")
    folder = tmp_path / "auto"
    made = _auto(full, folder)
    backup.write_key_file(full, folder, PASSPHRASE)
    [key_file] = backupkey.key_files_beside(made)
    plain = tmp_path / "payload.gz"
    code, said = test_export._age_decrypt(made, PASSPHRASE, plain, identity=key_file)
    assert code == 0, said
    assert _payload_records(plain.read_bytes()) == _records(full)
    wrong = tmp_path / "wrong.gz"
    code, said = test_export._age_decrypt(made, "not the passphrase", wrong, identity=key_file)
    assert code != 0 and b"incorrect passphrase" in said.lower()


def test_a_restore_without_a_usable_key_file_says_why_and_writes_nothing(
    full: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    made = _auto(full, folder)
    into = tmp_path / "restored"
    with pytest.raises(backupkey.NoKeyFile, match="key file") as caught:
        backup.restore(made, PASSPHRASE, into)
    assert "Nothing was changed" in str(caught.value)
    assert not into.exists()

    backup.write_key_file(full, folder, PASSPHRASE)
    with pytest.raises(BackupWrongPassphrase):
        backup.restore(made, "not the passphrase", into)
    assert not into.exists()

    [key_file] = backupkey.key_files_beside(made)
    good = key_file.read_bytes()
    key_file.write_bytes(good[:40] + bytes([good[40] ^ 1]) + good[41:])  # tampered
    with pytest.raises(BackupWrongPassphrase):
        backup.verify(made, PASSPHRASE)
    key_file.write_bytes(good)

    # A key file from another journal's folder, opened by the same passphrase.
    with Journal.create(tmp_path / "other", PASSPHRASE) as other:
        other.add_person(PersonDraft("Maya Chen", "CEO"))
        stray = tmp_path / "stray"
        backup.write_key_file(other, stray, PASSPHRASE)
    lone = tmp_path / "lone"
    lone.mkdir()
    moved = lone / made.name
    moved.write_bytes(made.read_bytes())
    for path in backupkey.key_files_beside(stray / "x"):
        (lone / path.name).write_bytes(path.read_bytes())
    with pytest.raises(backupkey.KeyFileMismatch, match="another journal"):
        backup.restore(moved, PASSPHRASE, into)
    assert not into.exists()
    assert sorted(p.name for p in lone.iterdir()) == sorted(
        [moved.name, *(p.name for p in backupkey.key_files_beside(stray / "x"))]
    )


def test_a_new_passphrase_seals_the_same_key_file_again(full: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    old = _auto(full, folder)
    first = backup.write_key_file(full, folder, PASSPHRASE)
    assert backup.key_file_marker(full) == first
    full.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert backup.key_file_marker(full) != first  # the app knows to write it again
    with pytest.raises(UnlockFailed):  # the old passphrase no longer is the journal's
        backup.write_key_file(full, folder, PASSPHRASE)
    backup.write_key_file(full, folder, NEW_PASSPHRASE)
    assert len(backupkey.key_files_beside(old)) == 1  # the same file, sealed again
    assert backup.verify(old, NEW_PASSPHRASE).counts["people"] == 1  # old backups too
    with pytest.raises(BackupWrongPassphrase):
        backup.verify(old, PASSPHRASE)


def test_a_wrong_passphrase_writes_no_key_file(full: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    with pytest.raises(UnlockFailed):
        backup.write_key_file(full, folder, "not the passphrase")
    assert list(folder.iterdir()) == []


def test_rotation_keeps_the_key_file(full: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    backup.write_key_file(full, folder, PASSPHRASE)
    for day in range(1, 5):
        backup.automatic(full, folder, keep=2, now=dt.datetime(2026, 3, day, 9))
    names = sorted(p.name for p in folder.iterdir())
    assert len([n for n in names if n.endswith(".tjbackup")]) == 2
    assert len([n for n in names if n.startswith(backupkey.KEY_FILE_PREFIX)]) == 1


def test_the_safety_copy_opens_with_the_passphrase_just_typed(
    full: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "journal before restore.tjbackup"
    typed = "the restored backup's passphrase"
    before = _records(full)
    info = backup.safety_copy(full, out, typed)
    assert info.counts["conversations"] == 1
    assert agefile.kind(out.read_bytes()) == agefile.SCRYPT
    assert _payload_records(pyrage.passphrase.decrypt(out.read_bytes(), typed)) == _records(full)
    assert _records(full) == before


def test_the_command_line_restores_an_automatic_backup_by_its_key_file(
    full: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    made = _auto(full, folder)
    into = tmp_path / "restored"
    said = run_cli("restore", str(made), "--into", str(into), vault=tmp_path / "unused")
    assert said.returncode != 0 and "key file" in said.stderr and not into.exists()
    backup.write_key_file(full, folder, PASSPHRASE)
    said = run_cli("verify", str(made), vault=tmp_path / "unused")
    assert said.returncode == 0, said.stderr
    said = run_cli("restore", str(made), "--into", str(into), vault=tmp_path / "unused")
    assert said.returncode == 0, said.stderr
    with Journal.open(into, PASSPHRASE) as journal:
        assert _records(journal) == _records(full)
