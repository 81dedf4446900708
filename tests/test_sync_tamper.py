"""Tampered and foreign change files at the journal level (issue 20, point 5): each is
refused with a sentence in the round's report, nothing of it reaches the journal, and the
other devices' good files are still applied.

Two real journals on one shared folder (as in test_sync_journal.py): the laptop (A) made
the journal and the folder, the desktop (B) joined. The desktop writes two change files, one
conversation each; the first is tampered with before the laptop's round, the second must
still arrive. A file that fails to open may be one the sync tool is still writing, so it is
refused on the second look (docs/sync.md, "Damage"): the laptop runs two rounds.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.core.sync import codec, local
from trustjournal.core.sync.bridge import Report
from trustjournal.core.sync.folder import SyncFolder
from trustjournal.core.sync.hlc import Clock
from trustjournal.core.sync.keys import DeviceKey, SyncKeys
from trustjournal.core.sync.sealed import CHANGE, seal
from trustjournal.core.sync.state import State

DAY = dt.date(2026, 11, 3)
TAMPERED = "Written on the desktop; this file is tampered with."
GOOD = "Written on the desktop afterwards; this file is fine."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "Sync"


@pytest.fixture
def pair(tmp_path: Path, folder: Path) -> Iterator[tuple[Journal, Journal]]:
    a = Journal.create(tmp_path / "a", PASSPHRASE)
    maya = a.add_person(PersonDraft("Maya Chen", role="CEO, Northwind"))
    a.add_conversation(ConversationDraft((maya.id,), DAY, "dinner", "The first evening."))
    a.sync(folder, device_name="laptop")
    b = Journal.join(tmp_path / "b", folder, PASSPHRASE, device_name="desktop")
    a.sync()  # the laptop learns the desktop (its registration)
    yield a, b
    a.lock()
    b.lock()


def files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.glob("d-*/*")
        if p.is_file() and not p.name.startswith(".")
    }


def write_on(j: Journal, folder: Path, note: str) -> str:
    """A conversation written on `j` and sent: the name of the change file it made."""
    before = files(folder)
    maya = j.people()[0]
    j.add_conversation(ConversationDraft((maya.id,), DAY, "call", note))
    assert j.sync().sent > 0
    (name,) = files(folder) - before
    return name


def snapshot(j: Journal) -> tuple[object, ...]:
    return (
        sorted((p.name, p.role) for p in j.people()),
        sorted((c.note, c.format, tuple(p.name for p in c.people)) for c in j.conversations()),
        sorted(d.title for d in j.decisions()),
    )


def rounds(a: Journal, n: int = 2) -> list[str]:
    refused: list[str] = []
    for _ in range(n):
        report: Report = a.sync()
        refused += report.refused
    return refused


def notes(j: Journal) -> list[str]:
    return sorted(c.note for c in j.conversations())


@pytest.fixture
def desktop_files(pair: tuple[Journal, Journal], folder: Path) -> tuple[str, str]:
    """The desktop's two change files: the one to tamper with, then a good one."""
    _a, b = pair
    return write_on(b, folder, TAMPERED), write_on(b, folder, GOOD)


def assert_refused_and_rest_applied(a: Journal, refused: list[str], name: str, says: str) -> None:
    (sentence,) = refused
    assert name.split("/")[-1][:20] in sentence
    assert says in sentence and "Nothing of it was applied" in sentence
    assert TAMPERED not in notes(a)
    assert GOOD in notes(a)


def test_a_flipped_byte_is_refused(
    pair: tuple[Journal, Journal], folder: Path, desktop_files: tuple[str, str]
) -> None:
    a, _b = pair
    bad, _good = desktop_files
    blob = bytearray((folder / bad).read_bytes())
    blob[len(blob) // 2] ^= 0x01
    (folder / bad).write_bytes(bytes(blob))
    assert_refused_and_rest_applied(a, rounds(a), bad, "is damaged")


def test_a_truncated_file_is_refused(
    pair: tuple[Journal, Journal], folder: Path, desktop_files: tuple[str, str]
) -> None:
    a, _b = pair
    bad, _good = desktop_files
    blob = (folder / bad).read_bytes()
    (folder / bad).write_bytes(blob[: len(blob) // 3])
    refused = rounds(a)
    assert_refused_and_rest_applied(a, refused, bad, "")
    assert "incomplete" in refused[0] or "damaged" in refused[0]


def test_garbage_under_a_change_file_name_is_refused(
    pair: tuple[Journal, Journal], folder: Path, desktop_files: tuple[str, str]
) -> None:
    a, _b = pair
    bad, _good = desktop_files
    (folder / bad).write_bytes(b"GIF89a" + bytes(range(256)) * 16)
    assert_refused_and_rest_applied(a, rounds(a), bad, "is not a TrustJournal change file")


def test_a_file_moved_into_another_devices_folder_is_refused(
    pair: tuple[Journal, Journal], folder: Path, desktop_files: tuple[str, str]
) -> None:
    a, _b = pair
    bad, _good = desktop_files
    laptop_dir = next(p for p in folder.glob("d-*") if p.name != bad.split("/")[0])
    moved = f"{laptop_dir.name}/{bad.split('/')[1]}"
    (folder / bad).rename(folder / moved)
    # Refused at once (it opens, but not where its device wrote it): one round is enough.
    assert_refused_and_rest_applied(a, rounds(a, 1), moved, "was moved or renamed")


def test_a_file_renamed_to_another_sequence_is_refused(
    pair: tuple[Journal, Journal], folder: Path, desktop_files: tuple[str, str]
) -> None:
    """A replay: the desktop's first file copied under the name of a later one."""
    a, b = pair
    bad, good = desktop_files
    (folder / bad).unlink()
    keys = SyncKeys.derive(b._key or b"")
    device = local_value(b, local.DEVICE)
    replay = SyncFolder(folder, keys).file_name(device, 9)
    shutil.copyfile(folder / good, folder / replay)
    refused = rounds(a, 1)
    (sentence,) = refused
    assert "was moved or renamed" in sentence
    assert notes(a).count(GOOD) == 1


def test_a_file_from_another_journals_folder_is_refused(
    pair: tuple[Journal, Journal],
    folder: Path,
    desktop_files: tuple[str, str],
    tmp_path: Path,
) -> None:
    a, _b = pair
    bad, _good = desktop_files
    other = Journal.create(tmp_path / "other", PASSPHRASE)  # the same passphrase, even
    other.add_person(PersonDraft("Someone Else"))
    other.sync(tmp_path / "OtherSync", device_name="other")
    (foreign,) = files(tmp_path / "OtherSync")
    other.lock()
    (folder / bad).unlink()
    # under the desktop's folder, with the name of the desktop's file: a swap
    shutil.copyfile(tmp_path / "OtherSync" / foreign, folder / bad)
    before = snapshot(a)
    refused = rounds(a)
    (sentence,) = refused
    assert "is damaged, or was not written by a device of this journal" in sentence
    assert "Someone Else" not in [p.name for p in a.people()]
    assert snapshot(a) != before and GOOD in notes(a)


def test_a_file_signed_by_a_new_key_claiming_to_be_a_known_device_is_refused(
    pair: tuple[Journal, Journal], folder: Path
) -> None:
    """Someone with the data key (a revoked laptop, say) writes as the desktop: sealed
    right, named right, but not signed by the desktop's registered key."""
    a, b = pair
    write_on(b, folder, GOOD)
    keys = SyncKeys.derive(b._key or b"")
    device = local_value(b, local.DEVICE)
    maya_uid = local_uid(a, "person", a.people()[0].id)
    state = State(Clock(device))
    forged = state.write("person", maya_uid, {"role": "Forged role", "name": "Forged Name"})
    forger = DeviceKey.generate()
    name = SyncFolder(folder, keys).file_name(device, 5)
    (folder / name).write_bytes(seal(keys, CHANGE, device, forger, 5, codec.encode(forged)))
    before = [(p.name, p.role) for p in a.people()]
    refused = rounds(a, 1)
    (sentence,) = refused
    assert "is not signed by the device it claims to come from" in sentence
    assert [(p.name, p.role) for p in a.people()] == before == [("Maya Chen", "CEO, Northwind")]
    assert GOOD in notes(a)


def test_a_revoked_devices_later_file_is_refused(
    pair: tuple[Journal, Journal], folder: Path, tmp_path: Path
) -> None:
    a, b = pair
    write_on(b, folder, "Before the desktop was revoked.")
    a.sync()
    (desktop,) = [d for d in a.sync_devices() if not d.this_device]
    a.revoke_device(desktop.uid)
    assert [d.revoked for d in a.sync_devices() if not d.this_device] == [True]
    a.sync()  # the revocation goes into the folder
    write_on(b, folder, "After the desktop was revoked.")
    # A tablet joins now: it reads the revocation and the desktop's later file in one round.
    c = Journal.join(tmp_path / "c", folder, PASSPHRASE, device_name="tablet")
    assert "Before the desktop was revoked." in notes(c)
    assert "After the desktop was revoked." not in notes(c)
    write_on(c, folder, GOOD)  # the tablet, still trusted, writes too
    refused = rounds(a, 1)
    (sentence,) = refused
    assert "was written by a revoked device after it was revoked" in sentence
    assert "Before the desktop was revoked." in notes(a)
    assert "After the desktop was revoked." not in notes(a)
    assert GOOD in notes(a)
    c.lock()


def test_a_refused_file_is_said_once_and_the_next_rounds_are_quiet(
    pair: tuple[Journal, Journal], folder: Path, desktop_files: tuple[str, str]
) -> None:
    a, _b = pair
    bad, _good = desktop_files
    (folder / bad).write_bytes(b"\0" * 4096)
    assert len(rounds(a, 2)) == 1
    assert rounds(a, 2) == []
    assert TAMPERED not in notes(a)


def local_value(j: Journal, key: str) -> str:
    with j._reading() as s:
        value = local.get(s, key)
    assert value
    return value


def local_uid(j: Journal, kind: str, local_id: int) -> str:
    from trustjournal.core.sync import rows

    with j._reading() as s:
        uid = rows.uid_of(s, kind, local_id, make=False)
    assert uid
    return uid
