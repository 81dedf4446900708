"""Backups as standard age files: what the app writes, any age implementation opens.

pyrage (rage) and Debian's own `age -d` decrypt a backup the app made, and the payload
read from it with nothing but gunzip and a JSON parser equals the journal. verify and
restore keep their promises for age files: a table of bad inputs (cut short, tampered,
extended, another age recipient, an absurd work factor, a huge file, not gzip, not our
payload) each gets a clear message and writes nothing. The committed samples of the
first container (tests/data/backups) still verify and restore, record for record. A
restore killed mid-way leaves a staging folder that the next restore removes.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import zlib
from pathlib import Path

import pyrage
import pytest
import test_export
from conftest import PASSPHRASE, cli_env, run_cli, snapshot

from trustjournal.core.backup import agefile, backupkey
from trustjournal.core.backup import archive as backup
from trustjournal.core.backup import format as backup_format
from trustjournal.core.backup import payload as backup_payload
from trustjournal.core.errors import (
    BackupInvalid,
    BackupWrongPassphrase,
    JournalError,
    UnlockFailed,
    WeakPassphrase,
)
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, DecisionDraft, PersonDraft

MARKER = "AGE-MARKER-51c2 only inside the backup"
SEPARATE = "a separate passphrase for backups"
SAMPLES = Path(__file__).parent / "data" / "backups"
AGE = Path("/usr/bin/age")
DAY = dt.date(2026, 3, 2)


def _fill(journal: Journal) -> None:
    ada = journal.add_person(PersonDraft("Ada Okafor", "CFO", "board", "", False, ("Ada",)))
    journal.add_conversation(
        ConversationDraft((ada.id,), DAY, "call", MARKER, ("they_shared_failure",))
    )
    journal.add_decision(DecisionDraft("Hire a COO", DAY, 4, consulted=(ada.id,)))
    journal.save_draft("conversation:new", "half a thought")


@pytest.fixture
def full(journal: Journal) -> Journal:
    _fill(journal)
    return journal


def _records(journal: Journal) -> list[object]:
    with journal.exporting() as export:
        return list(export.records)


def _payload_records(plain: bytes) -> list[object]:
    """The records of a gzip payload, read as a person would: gunzip, then JSON lines."""
    lines = gzip.decompress(plain).decode("utf-8").splitlines()
    first, last = json.loads(lines[0]), json.loads(lines[-1])
    assert first["format"] == "trustjournal-export" and first["version"] == 4
    assert last["type"] == "end"
    _head, records = backup_payload.decode(iter((plain,)), wbits=backup_payload.GZIP)
    return list(records)


def test_a_backup_is_an_age_file_of_gzip_json_lines(full: Journal, tmp_path: Path) -> None:
    out = tmp_path / "journal.tjbackup"
    info = backup.make(full, out, passphrase=PASSPHRASE, journal_passphrase=True)
    sealed = out.read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert MARKER.encode() not in sealed and info.size == len(sealed)
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    plain = pyrage.passphrase.decrypt(sealed, PASSPHRASE)
    assert MARKER in gzip.decompress(plain).decode("utf-8")
    assert _payload_records(plain) == _records(full)
    assert info.counts["people"] == 1 and info.counts["drafts"] == 1


def test_verify_and_restore_an_age_backup(full: Journal, tmp_path: Path) -> None:
    out = tmp_path / "journal.tjbackup"
    backup.make(full, out, passphrase=PASSPHRASE, journal_passphrase=True)
    with pytest.raises(backup.NeedsPassphrase):  # the journal's key alone cannot open it
        backup.verify(out, key=full.backup_key()[1])
    checked = backup.verify(out, PASSPHRASE)
    assert checked.counts["conversations"] == 1 and checked.size == out.stat().st_size
    with pytest.raises(BackupWrongPassphrase):
        backup.verify(out, "not the passphrase")
    into = backup.restore(out, PASSPHRASE, tmp_path / "restored")
    with Journal.open(into, PASSPHRASE) as restored:
        assert _records(restored) == _records(full)


def test_a_separate_passphrase(full: Journal, tmp_path: Path) -> None:
    out = tmp_path / "separate.tjbackup"
    backup.make(full, out, passphrase=SEPARATE)
    assert out.read_bytes().startswith(agefile.MAGIC)
    with pytest.raises(BackupWrongPassphrase):
        backup.verify(out, PASSPHRASE)
    assert backup.verify(out, SEPARATE).counts["people"] == 1
    with pytest.raises(WeakPassphrase):
        backup.make(full, tmp_path / "weak.tjbackup", passphrase="pw")
    assert not (tmp_path / "weak.tjbackup").exists()


def test_a_wrong_journal_passphrase_writes_nothing(full: Journal, tmp_path: Path) -> None:
    with pytest.raises(UnlockFailed):
        backup.make(full, tmp_path / "b.tjbackup", passphrase="typo", journal_passphrase=True)
    assert list(tmp_path.iterdir()) == [full.path]


# -- bad inputs ---------------------------------------------------------------------------


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


def _swap(data: bytes, at: int) -> bytes:
    """Another base64 character at `at` (a flipped bit could make it no base64 at all)."""
    return data[:at] + (b"B" if data[at : at + 1] == b"A" else b"A") + data[at + 1 :]


def _bad_files(good: bytes) -> dict[str, tuple[bytes, type[JournalError], str]]:
    body = good.index(b"\n---") + 60
    wrapped = good.index(b"\n", len(agefile.MAGIC)) + 10  # inside the stanza's body line
    x25519 = pyrage.encrypt(b"x", [pyrage.x25519.Identity.generate().to_public()])
    heavy = re.sub(rb"(-> scrypt \S+ )\d+\n", rb"\g<1>40\n", good, count=1)
    return {
        "cut short": (good[:-40], BackupInvalid, "damaged or incomplete"),
        "header only": (good[: body - 20], BackupInvalid, "damaged"),
        "tampered wrapped key": (_swap(good, wrapped), BackupWrongPassphrase, "Wrong passphrase"),
        "tampered header MAC": (_swap(good, body - 30), BackupInvalid, "damaged"),
        "tampered stanza type": (_flip(good, 30), BackupInvalid, "damaged or incomplete"),
        "two stanzas": (
            good.replace(b"\n---", b"\n-> scrypt AAAA 18\nAAAA\n---", 1),
            BackupInvalid,
            "damaged or incomplete",
        ),
        "tampered contents": (_flip(good, len(good) - 50), BackupInvalid, "damaged"),
        "bytes after the end": (good + b"\0" * 17, BackupInvalid, "damaged"),
        "sealed for another age key": (x25519, backupkey.NoKeyFile, "key file"),
        "sealed for an ssh key": (
            good.replace(b"-> scrypt ", b"-> ssh-ed25519 AAAA ", 1),
            BackupInvalid,
            "kind of age key TrustJournal does not use",
        ),
        "absurd work factor": (heavy, BackupInvalid, "scrypt work factor 40"),
        "no header end": (agefile.MAGIC + b"-> scrypt x 18\n", BackupInvalid, "damaged"),
        "not gzip": (
            pyrage.passphrase.encrypt(b"hello", PASSPHRASE),
            BackupInvalid,
            "compressed stream is damaged",
        ),
        "gzip of something else": (
            pyrage.passphrase.encrypt(gzip.compress(b'{"a": 1}\n'), PASSPHRASE),
            BackupInvalid,
            "contents are damaged or not in the expected form",
        ),
        "two gzip members": (
            pyrage.passphrase.encrypt(gzip.compress(b"") + gzip.compress(b"{}\n"), PASSPHRASE),
            BackupInvalid,
            "not in the expected form",
        ),
        "zlib, not gzip": (
            pyrage.passphrase.encrypt(zlib.compress(b"{}\n"), PASSPHRASE),
            BackupInvalid,
            "compressed stream is damaged",
        ),
    }


def test_bad_age_files_are_refused_and_nothing_is_written(full: Journal, tmp_path: Path) -> None:
    good = tmp_path / "good.tjbackup"
    backup.make(full, good, passphrase=PASSPHRASE, journal_passphrase=True)
    cases = _bad_files(good.read_bytes())
    work = tmp_path / "work"
    work.mkdir()
    before = snapshot(full.path)
    for name, (data, error, words) in cases.items():
        bad = work / f"{name}.tjbackup"
        bad.write_bytes(data)
        with pytest.raises(error) as caught:
            backup.verify(bad, PASSPHRASE)
        assert words in str(caught.value), name
        assert "Nothing was changed" in str(caught.value), name
        with pytest.raises(error):
            backup.restore(bad, PASSPHRASE, work / "restored")
        assert sorted(p.name for p in work.iterdir()) == [bad.name], name  # no staging left
        bad.unlink()
    assert snapshot(full.path) == before


def test_a_huge_file_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "huge.tjbackup"
    with huge.open("wb") as f:  # sparse: takes no room on the disk
        f.write(agefile.MAGIC)
        f.truncate(agefile.MAX_FILE_BYTES + 1)
    with pytest.raises(BackupInvalid, match="far larger than any backup"):
        backup.verify(huge, PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huge.tjbackup"]


# -- the first container's samples --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("journal-passphrase-v1.tjbackup", "sample journal passphrase"),
        ("separate-passphrase-v1.tjbackup", "sample backup passphrase"),
    ],
)
def test_committed_v1_samples_verify_and_restore(name: str, secret: str, tmp_path: Path) -> None:
    sample = SAMPLES / name
    before = sample.read_bytes()
    assert before.startswith(backup_format.MAGIC)
    info = backup.verify(sample, secret)
    assert info.counts["people"] == 2 and info.counts["conversations"] == 1
    assert info.counts["decisions"] == 1 and info.counts["drafts"] == 1
    with pytest.raises(BackupWrongPassphrase):
        backup.verify(sample, "not it")
    into = backup.restore(sample, secret, tmp_path / "restored")
    with Journal.open(into, secret) as journal:
        people = {p.name: p for p in journal.people(include_archived=True)}
        assert sorted(people) == ["Ada Okafor", "Bruno Silva"]
        assert people["Ada Okafor"].aliases == ("Ada",) and people["Bruno Silva"].archived
        [talk] = journal.conversations()
        assert "SAMPLE-MARKER-1" in talk.note
        assert [d.title for d in journal.decisions()] == ["Hire a COO"]
    assert sample.read_bytes() == before


# -- Debian's age --------------------------------------------------------------------------


def test_debians_age_decrypts_a_backup_the_app_made(full: Journal, tmp_path: Path) -> None:
    if not AGE.exists():
        if os.environ.get("TRUSTJOURNAL_REQUIRE_AGE"):
            pytest.fail("TRUSTJOURNAL_REQUIRE_AGE is set but /usr/bin/age is missing")
        pytest.skip("Debian's age is not installed (.ci/run installs it)")
    sealed = tmp_path / "journal.tjbackup"
    backup.make(full, sealed, passphrase=PASSPHRASE, journal_passphrase=True)
    plain = tmp_path / "payload.gz"
    code, said = test_export._age_decrypt(sealed, PASSPHRASE, plain)
    assert code == 0, said
    # What a person does next: gunzip, and read the JSON lines.
    text = subprocess.run(
        ["gunzip", "-c", str(plain)], check=True, capture_output=True
    ).stdout.decode("utf-8")
    assert MARKER in text and text.endswith("\n")
    assert _payload_records(plain.read_bytes()) == _records(full)
    wrong = tmp_path / "wrong.gz"
    code, said = test_export._age_decrypt(sealed, "not the passphrase", wrong)
    assert code != 0 and b"incorrect passphrase" in said.lower()


# -- clean-up -------------------------------------------------------------------------------

_KILLED_RESTORE = """
import os, signal, sys
from pathlib import Path
from trustjournal.core.backup import archive as backup
from trustjournal.core.journal.service import Journal

real_create = Journal.create

def create_then_die(path, passphrase, *a, **k):
    journal = real_create(path, passphrase, *a, **k)
    print(path, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # as a crash or a kill -9 mid-restore

Journal.create = create_then_die
backup.restore(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
"""


def test_a_restore_killed_midway_leaves_staging_the_next_restore_removes(
    full: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "journal.tjbackup"
    backup.make(full, out, passphrase=PASSPHRASE, journal_passphrase=True)
    target = tmp_path / "restores"
    target.mkdir()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1]))
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_RESTORE, str(out), PASSPHRASE, str(target / "one")],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL
    [staging] = list(target.iterdir())
    assert staging.name.startswith(".one.restoring-") and Path(killed.stdout.decode().strip())
    # A restore being built right now (its journal open, so its lock held) is left alone.
    busy = target / ".two.restoring-0000abcd"
    with Journal.create(busy, PASSPHRASE):
        assert backup.remove_stale_staging(target) == [staging]
        assert busy.exists()
    backup.restore(out, PASSPHRASE, target / "three")  # removes what is stale by itself
    assert sorted(p.name for p in target.iterdir()) == ["three"]
    shutil.rmtree(target)


# -- the command line -----------------------------------------------------------------------


def test_cli_backs_up_as_age_and_sealed_on_request(full: Journal, tmp_path: Path) -> None:
    vault = full.path
    full.lock()
    out = tmp_path / "cli.tjbackup"
    made = run_cli("backup", "--out", str(out), vault=vault)
    assert made.returncode == 0, made.stderr
    assert "age -d" in made.stdout and "| gunzip" in made.stdout
    assert out.read_bytes().startswith(agefile.MAGIC)
    assert pyrage.passphrase.decrypt(out.read_bytes(), PASSPHRASE)
    sealed = tmp_path / "sealed.tjbackup"
    made = run_cli("backup", "--sealed", "--out", str(sealed), vault=vault)
    assert made.returncode == 0, made.stderr
    assert sealed.read_bytes().startswith(backup_format.MAGIC)
    both = run_cli(
        "backup",
        "--sealed",
        "--out",
        str(tmp_path / "x.tjbackup"),
        vault=vault,
        env=cli_env(vault, TRUSTJOURNAL_BACKUP_PASSPHRASE=SEPARATE),
    )
    assert both.returncode != 0 and "--sealed" in both.stderr
    assert not (tmp_path / "x.tjbackup").exists()
    for made_file in (out, sealed):
        checked = run_cli("verify", str(made_file), vault=vault)
        assert checked.returncode == 0, checked.stderr


class _Stop(Exception):
    """What a cancel raises from the progress callback (the GUI's is `Cancelled`)."""


@pytest.mark.parametrize("stage", ["writing", "verifying"])
def test_a_cancelled_automatic_backup_leaves_no_file(
    full: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    monkeypatch.setattr(backup_payload, "PROGRESS_EVERY", 1)
    folder = tmp_path / "auto"
    first = backup.automatic(full, folder, keep=5)
    assert first.path is not None
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        # The payload is written (one progress call per record, then done == total), then
        # read back: stop in the first pass or in the second.
        if stage == "writing" or (calls.count(total) >= 1 and len(calls) > total + 2):
            raise _Stop()

    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    with pytest.raises(_Stop):
        backup.automatic(full, folder, keep=5, now=later, progress=progress)
    assert sorted(folder.iterdir()) == [first.path]  # no partial, no new file, old kept


_KILLED_AUTOMATIC = """
import os, signal, sys
from pathlib import Path
from trustjournal.core.backup import archive as backup
from trustjournal.core.journal.service import Journal

def die(fd):
    os.kill(os.getpid(), signal.SIGKILL)  # written under its temporary name, not yet renamed

with Journal.open(Path(sys.argv[1]), sys.argv[2]) as journal:
    os.fsync = die
    backup.automatic(journal, Path(sys.argv[3]), keep=3)
"""


def test_a_killed_automatic_backup_is_cleaned_up_by_the_next(full: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    vault = full.path
    full.lock()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1]))
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_AUTOMATIC, str(vault), PASSPHRASE, str(folder)],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    [left] = list(folder.iterdir())
    assert ".partial-" in left.name and left.name.startswith(".TrustJournal backup ")
    with Journal.open(vault, PASSPHRASE) as journal:
        made = backup.automatic(journal, folder, keep=3)
    assert list(folder.iterdir()) == [made.path]
