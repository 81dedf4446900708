"""Two journals synced by two real Syncthing instances (issue 20, point 5).

tests/syncthing_pair.py starts Debian's `syncthing` twice on loopback, each with its own
home and its own copy of the shared folder; nothing here copies a file by hand except the
sync-conflict copy at the end. The laptop's journal (A) is linked to A's folder, the
desktop's (B) joins from B's folder once Syncthing has brought the marker, the key header
and the laptop's first change file over. Rounds run by hand; between them the test asks
Syncthing to rescan and waits until the other side has every file.

Skipped when `syncthing` is not installed, unless TRUSTJOURNAL_REQUIRE_SYNCTHING=1 (as
.ci/run sets), then it fails.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import syncthing_pair
from helpers import PASSPHRASE
from syncthing_pair import Instance, deliver

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, ConversationRecord, PersonDraft

DAY = dt.date(2026, 11, 3)


@pytest.fixture
def syncthing(tmp_path: Path) -> Iterator[tuple[Instance, Instance]]:
    if not syncthing_pair.available():
        if os.environ.get("TRUSTJOURNAL_REQUIRE_SYNCTHING"):  # CI: .ci/run installs it
            pytest.fail("TRUSTJOURNAL_REQUIRE_SYNCTHING is set but syncthing is missing")
        pytest.skip("Debian's syncthing is not installed (.ci/run installs it)")
    with syncthing_pair.pair(tmp_path / "syncthing") as instances:
        yield instances


@pytest.fixture
def journals(
    syncthing: tuple[Instance, Instance], tmp_path: Path
) -> Iterator[tuple[Journal, Journal]]:
    """The laptop's journal linked to A's folder; the desktop's joined from B's."""
    sa, sb = syncthing
    a = Journal.create(tmp_path / "laptop", PASSPHRASE)
    maya = a.add_person(PersonDraft("Maya Chen", role="CEO, Northwind"))
    a.add_conversation(
        ConversationDraft((maya.id,), DAY, "dinner", "Maya admitted the reorg is failing.")
    )
    a.sync(sa.folder, device_name="laptop")
    assert (sa.folder / "TrustJournal.sync").exists()
    carry(sa, sb)  # the marker, keys/HEADER and the laptop's first change file
    b = Journal.join(tmp_path / "desktop", sb.folder, PASSPHRASE, device_name="desktop")
    carry(sb, sa)  # the desktop's registration
    a.sync()
    yield a, b
    a.lock()
    b.lock()


def synced_files(folder: Path) -> set[str]:
    """The folder's files a device wrote (not Syncthing's own, nor temp files)."""
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    }


def carry(source: Instance, target: Instance) -> None:
    """Syncthing brings every file of `source`'s folder to `target`'s (waits for each)."""
    for name in sorted(synced_files(source.folder)):
        deliver(source, target, name)


def notes(j: Journal) -> list[str]:
    return sorted(c.note for c in j.conversations())


def state(j: Journal) -> tuple[object, ...]:
    return (
        sorted((p.name, p.role) for p in j.people()),
        sorted(
            (c.date, c.format, c.note, tuple(sorted(p.name for p in c.people)))
            for c in j.conversations()
        ),
        sorted((c.kind, c.field, tuple(sorted(c.texts))) for c in j.sync_conflicts()),
    )


def draft(c: ConversationRecord, note: str) -> ConversationDraft:
    return ConversationDraft(
        tuple(p.id for p in c.people), c.date, c.format, note, tuple(c.signals)
    )


def test_an_entry_written_on_the_laptop_reaches_the_desktop_and_edits_converge(
    syncthing: tuple[Instance, Instance], journals: tuple[Journal, Journal]
) -> None:
    sa, sb = syncthing
    a, b = journals
    assert notes(b) == ["Maya admitted the reorg is failing."]
    assert [(p.name, p.role) for p in b.people()] == [("Maya Chen", "CEO, Northwind")]
    assert {d.name for d in a.sync_devices()} == {"laptop", "desktop"}

    # An entry written on the laptop appears on the desktop.
    maya = a.people()[0]
    a.add_conversation(ConversationDraft((maya.id,), DAY, "call", "She asked for my view."))
    assert a.sync().sent > 0
    carry(sa, sb)
    assert b.sync().received > 0
    assert notes(b) == ["Maya admitted the reorg is failing.", "She asked for my view."]
    (call,) = [c for c in b.conversations() if c.format == "call"]
    assert [p.name for p in call.people] == ["Maya Chen"]

    # Concurrent edits on both: the same note edited on both, a role on one, a new entry
    # on the other.
    first_a = next(c for c in a.conversations() if c.format == "dinner")
    first_b = next(c for c in b.conversations() if c.format == "dinner")
    a.update_conversation(first_a.id, draft(first_a, "Edited on the laptop."))
    a.update_person(maya.id, PersonDraft("Maya Chen", role="Chair, Northwind"))
    b.update_conversation(first_b.id, draft(first_b, "Edited on the desktop."))
    sam = b.add_person(PersonDraft("Sam Okafor", role="CFO"))
    b.add_conversation(
        ConversationDraft((sam.id,), DAY, "one_on_one", "Sam is thinking of leaving.")
    )
    a.sync()
    b.sync()
    carry(sa, sb)
    carry(sb, sa)
    a.sync()
    b.sync()
    carry(sa, sb)
    carry(sb, sa)
    a.sync()
    b.sync()

    assert state(a) == state(b)
    assert sorted((p.name, p.role) for p in a.people()) == [
        ("Maya Chen", "Chair, Northwind"),
        ("Sam Okafor", "CFO"),
    ]
    assert "Sam is thinking of leaving." in notes(a)
    for j in (a, b):
        (conflict,) = j.sync_conflicts()
        assert conflict.field == "note"
        assert sorted(conflict.texts) == ["Edited on the desktop.", "Edited on the laptop."]
    shown = [n for n in notes(a) if n.startswith("Edited on")]
    assert len(shown) == 1 and shown == [n for n in notes(b) if n.startswith("Edited on")]


def test_a_sync_conflict_copy_of_a_change_file_changes_nothing(
    syncthing: tuple[Instance, Instance], journals: tuple[Journal, Journal]
) -> None:
    sa, sb = syncthing
    a, b = journals
    sam = b.add_person(PersonDraft("Sam Okafor", role="CFO"))
    b.add_conversation(
        ConversationDraft((sam.id,), DAY, "one_on_one", "Sam is thinking of leaving.")
    )
    before = synced_files(sb.folder)
    b.sync()
    (change,) = synced_files(sb.folder) - before
    carry(sb, sa)
    a.sync()
    # Syncthing's name for a conflicting copy, as it would leave it beside the file: the
    # same bytes, and one with a byte changed (what a device that reused a name might
    # leave); Syncthing carries both to the desktop as well.
    copy = f"{change}.sync-conflict-20261206-214000-ABCDEFG"
    shutil.copyfile(sa.folder / change, sa.folder / copy)
    damaged = bytearray((sa.folder / change).read_bytes())
    damaged[len(damaged) // 2] ^= 0x40
    other = f"{change}.sync-conflict-20261206-214001-HIJKLMN"
    (sa.folder / other).write_bytes(bytes(damaged))
    carry(sa, sb)
    assert (sb.folder / copy).exists() and (sb.folder / other).exists()
    expected = state(a)
    for j in (a, b):
        reports = [j.sync(), j.sync()]
        assert sum(r.received for r in reports) == 0
        refused = [sentence for r in reports for sentence in r.refused]
        assert len(refused) == 1 and "HIJKLMN" in refused[0]
        assert state(j) == expected
    assert notes(a).count("Sam is thinking of leaving.") == 1
