"""Two journals, one sync folder: what is written on one appears on the other (real
SQLCipher files, real sealed change files in a real folder; the folder's copying between
devices is a shared directory here, and real Syncthing in test_sync_syncthing.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from trustjournal.core.errors import UnlockFailed
from trustjournal.core.journal.service import Journal
from trustjournal.core.journal.syncing import NotLinked
from trustjournal.core.records import ConversationDraft, DecisionDraft, PersonDraft
from trustjournal.core.sync.errors import ForeignSyncFolder, SyncFolderMissing

DAY = dt.date(2026, 11, 3)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "Sync"


@pytest.fixture
def pair(tmp_path: Path, folder: Path) -> Iterator[tuple[Journal, Journal]]:
    a = Journal.create(tmp_path / "a", PASSPHRASE)
    maya = a.add_person(PersonDraft("Maya Chen", role="CEO, Northwind"))
    a.add_conversation(
        ConversationDraft((maya.id,), DAY, "dinner", "Maya admitted the reorg is failing.")
    )
    a.sync(folder, device_name="laptop")
    b = Journal.join(tmp_path / "b", folder, PASSPHRASE, device_name="desktop")
    yield a, b
    a.lock()
    b.lock()


def notes(j: Journal) -> list[str]:
    return sorted(c.note for c in j.conversations())


def names(j: Journal) -> list[str]:
    return sorted(p.name for p in j.people())


def test_a_joined_device_has_the_journal(pair: tuple[Journal, Journal]) -> None:
    _a, b = pair
    assert names(b) == ["Maya Chen"]
    assert notes(b) == ["Maya admitted the reorg is failing."]
    assert b.people()[0].role == "CEO, Northwind"


def test_an_entry_written_on_one_device_appears_on_the_other(
    pair: tuple[Journal, Journal],
) -> None:
    a, b = pair
    maya = b.people()[0]
    b.add_conversation(ConversationDraft((maya.id,), DAY, "call", "She asked for my view."))
    assert b.sync().sent > 0
    report = a.sync()
    assert report.received > 0
    assert notes(a) == ["Maya admitted the reorg is failing.", "She asked for my view."]
    signals_and_people = {c.note: [p.name for p in c.people] for c in a.conversations()}
    assert signals_and_people["She asked for my view."] == ["Maya Chen"]


def test_a_round_with_nothing_new_sends_nothing(pair: tuple[Journal, Journal]) -> None:
    a, _b = pair
    a.sync()
    report = a.sync()
    assert (report.sent, report.received) == (0, 0)


def test_plain_fields_last_writer_wins_on_both(pair: tuple[Journal, Journal]) -> None:
    a, b = pair
    pa, pb = a.people()[0], b.people()[0]
    a.update_person(pa.id, PersonDraft("Maya Chen", role="Chair, Northwind"))
    b.update_person(pb.id, PersonDraft("Maya Chen", role="CEO, Southwind"))
    a.sync()
    b.sync()
    a.sync()
    assert a.people()[0].role == b.people()[0].role == "CEO, Southwind"


def test_a_note_edited_on_both_devices_keeps_both_texts_as_a_conflict(
    pair: tuple[Journal, Journal],
) -> None:
    a, b = pair
    ca, cb = a.conversations()[0], b.conversations()[0]
    a.update_conversation(ca.id, _draft(ca, "Edited on the laptop."))
    b.update_conversation(cb.id, _draft(cb, "Edited on the desktop."))
    a.sync()
    b.sync()
    a.sync()
    assert notes(a) == notes(b)  # the same text shown on both
    for j in (a, b):
        (conflict,) = j.sync_conflicts()
        assert conflict.field == "note"
        assert sorted(conflict.texts) == ["Edited on the desktop.", "Edited on the laptop."]
        assert j.sync_status().conflicts == 1
    a.resolve_conflict(conflict.kind, conflict.uid, "note", "Both: laptop and desktop.")
    assert notes(a) == ["Both: laptop and desktop."]
    a.sync()
    b.sync()
    assert notes(b) == ["Both: laptop and desktop."]
    assert a.sync_conflicts() == b.sync_conflicts() == []


def test_deleting_on_one_device_while_editing_on_the_other_keeps_the_edit(
    pair: tuple[Journal, Journal],
) -> None:
    a, b = pair
    a.delete_conversation(a.conversations()[0].id)
    cb = b.conversations()[0]
    b.update_conversation(cb.id, _draft(cb, "An edit the laptop never saw."))
    a.sync()
    b.sync()
    a.sync()
    assert notes(a) == notes(b) == ["An edit the laptop never saw."]
    (conflict,) = a.sync_conflicts()
    assert conflict.field == "_deleted"


def test_a_delete_reaches_the_other_device(pair: tuple[Journal, Journal]) -> None:
    a, b = pair
    b.sync()
    a.delete_conversation(a.conversations()[0].id)
    a.sync()
    b.sync()
    assert notes(b) == []
    assert names(b) == ["Maya Chen"]


def test_two_people_of_one_name_added_on_two_devices_both_stay(
    pair: tuple[Journal, Journal],
) -> None:
    a, b = pair
    a.add_person(PersonDraft("Sam Okafor", role="from the laptop"))
    b.add_person(PersonDraft("Sam Okafor", role="from the desktop"))
    a.sync()
    b.sync()
    a.sync()
    assert names(a) == names(b) == ["Maya Chen", "Sam Okafor", "Sam Okafor (2)"]
    assert {p.name: p.role for p in a.people()} == {p.name: p.role for p in b.people()}


def test_a_person_deleted_while_the_other_device_wrote_with_them_stays(
    pair: tuple[Journal, Journal],
) -> None:
    a, b = pair
    a.delete_person(a.people()[0].id)
    maya = b.people()[0]
    b.add_conversation(ConversationDraft((maya.id,), DAY, "message", "Written meanwhile."))
    a.sync()
    b.sync()
    a.sync()
    assert names(a) == names(b) == ["Maya Chen"]
    assert "Written meanwhile." in notes(a)


def test_decisions_with_consulted_people_sync(pair: tuple[Journal, Journal]) -> None:
    a, b = pair
    maya = a.people()[0]
    a.add_decision(
        DecisionDraft("Replace the CFO", DAY, 5, consulted=(maya.id,), changed_framing=(maya.id,))
    )
    a.sync()
    b.sync()
    (decision,) = b.decisions()
    assert (decision.title, decision.discomfort) == ("Replace the CFO", 5)
    assert [p.name for p in decision.consulted] == ["Maya Chen"]
    assert [p.name for p in decision.changed_framing] == ["Maya Chen"]


def test_sync_before_linking_says_how_to_link(journal: Journal) -> None:
    with pytest.raises(NotLinked, match="sync --folder"):
        journal.sync()


def test_joining_with_a_wrong_passphrase_makes_nothing(
    pair: tuple[Journal, Journal], tmp_path: Path, folder: Path
) -> None:
    with pytest.raises(UnlockFailed):
        Journal.join(tmp_path / "c", folder, "not the passphrase at all")
    assert not (tmp_path / "c").exists()


def test_another_journals_folder_is_refused(
    pair: tuple[Journal, Journal], journal: Journal, folder: Path
) -> None:
    with pytest.raises(ForeignSyncFolder):
        journal.sync(folder)


def test_a_missing_folder_is_said_and_nothing_is_lost(
    pair: tuple[Journal, Journal], folder: Path, tmp_path: Path
) -> None:
    a, b = pair
    folder.rename(tmp_path / "away")
    maya = a.people()[0]
    a.add_conversation(ConversationDraft((maya.id,), DAY, "call", "Written while away."))
    with pytest.raises(SyncFolderMissing):
        a.sync()
    assert a.sync_status().waiting > 0
    (tmp_path / "away").rename(folder)
    a.sync()
    b.sync()
    assert "Written while away." in notes(b)


def _draft(c: object, note: str) -> ConversationDraft:
    from trustjournal.core.records import ConversationRecord

    assert isinstance(c, ConversationRecord)
    return ConversationDraft(
        tuple(p.id for p in c.people), c.date, c.format, note, tuple(c.signals)
    )


def test_deleted_words_are_not_kept_in_the_sync_state(pair: tuple[Journal, Journal]) -> None:
    from sqlalchemy import text

    from trustjournal.core.sync import codec

    a, b = pair
    b.sync()
    a.delete_conversation(a.conversations()[0].id)
    a.sync()
    b.sync()
    for j in (a, b):
        with j._reading() as s:
            blobs = [bytes(x) for x in s.execute(text("SELECT heads FROM sync_record")).scalars()]
        words = [v.value for blob in blobs for v in codec.unpack(blob)]
        assert "Maya admitted the reorg is failing." not in words
        assert "Maya Chen" in words  # the person stays, with her name


def test_an_edit_kept_against_a_delete_comes_back_whole_on_the_deleting_device(
    pair: tuple[Journal, Journal],
) -> None:
    a, b = pair
    a.delete_conversation(a.conversations()[0].id)
    cb = b.conversations()[0]
    b.update_conversation(cb.id, _draft(cb, "Kept."))
    for j in (a, b, a, b, a):
        j.sync()
    (ca,) = a.conversations()
    (cb,) = b.conversations()
    assert (ca.note, ca.date, ca.format, [p.name for p in ca.people]) == (
        cb.note,
        cb.date,
        cb.format,
        [p.name for p in cb.people],
    )


def test_a_device_joins_with_the_recovery_key_and_sets_a_new_passphrase(
    pair: tuple[Journal, Journal], tmp_path: Path, folder: Path
) -> None:
    a, _b = pair
    key = a.create_recovery_key()
    a.sync()  # the folder now holds the header with the recovery slot
    c = Journal.join(
        tmp_path / "c", folder, recovery=key, new_passphrase="a brand new passphrase 9"
    )
    try:
        assert notes(c) == ["Maya admitted the reorg is failing."]
    finally:
        c.lock()
    Journal.open(tmp_path / "c", "a brand new passphrase 9").lock()
    with pytest.raises(UnlockFailed):
        Journal.join(tmp_path / "d", folder, recovery=_other_key())


def test_a_new_passphrase_is_what_the_next_device_joins_with(
    pair: tuple[Journal, Journal], tmp_path: Path, folder: Path
) -> None:
    a, b = pair
    a.change_passphrase(PASSPHRASE, "the laptop's new passphrase")
    b.sync()  # b's own header did not change: it does not put it back
    a.sync()
    with pytest.raises(UnlockFailed):
        Journal.join(tmp_path / "c", folder, PASSPHRASE)
    Journal.join(tmp_path / "d", folder, "the laptop's new passphrase").lock()


def _other_key() -> str:
    from trustjournal.core.store import recovery_key

    return recovery_key.encode(b"\x01" * recovery_key.KEY_BYTES)


def test_keeping_a_record_deleted_elsewhere_settles_the_conflict_everywhere(
    pair: tuple[Journal, Journal],
) -> None:
    a, b = pair
    a.delete_conversation(a.conversations()[0].id)
    cb = b.conversations()[0]
    b.update_conversation(cb.id, _draft(cb, "An edit the laptop never saw."))
    for j in (a, b, a):
        j.sync()
    (conflict,) = b.sync_conflicts()
    b.keep_record(conflict.kind, conflict.uid)
    assert b.sync_conflicts() == []
    b.sync()
    a.sync()
    assert a.sync_conflicts() == []
    assert notes(a) == notes(b) == ["An edit the laptop never saw."]


def test_the_devices_are_listed_with_their_last_change(pair: tuple[Journal, Journal]) -> None:
    a, b = pair
    maya = b.people()[0]
    b.add_conversation(ConversationDraft((maya.id,), DAY, "call", "From the desktop."))
    b.sync()
    a.sync()
    devices = {d.name: d for d in a.sync_devices()}
    assert devices["laptop"].this_device and not devices["desktop"].this_device
    last = devices["desktop"].last_change
    assert last is not None
    assert abs((dt.datetime.now(dt.UTC) - last).total_seconds()) < 600


def test_an_edit_the_delete_never_saw_is_what_comes_back_not_the_deleted_text(
    pair: tuple[Journal, Journal],
) -> None:
    """Found by the three-journal property test: the desktop edited a note (after the
    laptop had, unseen) and then deleted the conversation, keeping none of its words. The
    laptop's edit keeps the conversation; the desktop's deleted text must neither win nor
    stand as a conflict's empty side, or the desktop could never write the row again."""
    a, b = pair
    ca, cb = a.conversations()[0], b.conversations()[0]
    a.update_conversation(ca.id, _draft(ca, "Laptop's words."))
    b.update_conversation(cb.id, _draft(cb, "Desktop's words."))
    b.sync()
    b.delete_conversation(cb.id)
    for j in (b, a, b, a):
        j.sync()
    assert notes(a) == notes(b) == ["Laptop's words."]
    for j in (a, b):
        assert [c.field for c in j.sync_conflicts()] == ["_deleted"]  # kept, or delete again
    (conflict,) = b.sync_conflicts()
    b.keep_record(conflict.kind, conflict.uid)
    for j in (b, a):
        j.sync()
    assert notes(a) == notes(b) == ["Laptop's words."]
    assert a.sync_conflicts() == b.sync_conflicts() == []


def test_conversations_read_together_are_read_as_one_by_one(
    pair: tuple[Journal, Journal],
) -> None:
    """A round reads many changed conversations in a few queries (rows.read_conversations):
    what it sends must be what reading each row alone gives (people as uids, sorted
    signals, the decision and the gathering)."""
    from trustjournal.core.records import GatheringDraft
    from trustjournal.core.sync import rows

    a, _b = pair
    maya = a.people()[0]
    ravi = a.add_person(PersonDraft("Ravi Patel"))
    a.add_decision(DecisionDraft("Hire a CFO", DAY, 2))  # so ids differ from the gathering's
    decision = a.add_decision(DecisionDraft("Close the Austin office", DAY, 4))
    retreat = a.add_gathering(GatheringDraft("Leadership retreat", DAY, DAY))
    a.add_conversation(
        ConversationDraft(
            (ravi.id, maya.id),
            DAY,
            "call",
            "He doubted the plan.",
            ("they_admitted_doubt", "i_admitted_doubt"),
            decision_id=decision.id,
            gathering_id=retreat.id,
        )
    )
    ids = [c.id for c in a.conversations()]
    with a._writing(None) as s:
        together = rows.read_conversations(s, [*ids, 10_000])
        alone = {i: rows.read(s, "conversation", i) for i in ids}
    assert together == alone
    assert sorted(f["signals"] for f in together.values()) == [  # type: ignore[type-var]
        [],
        ["i_admitted_doubt", "they_admitted_doubt"],
    ]
    assert any(f["decision"] and f["gathering"] for f in together.values())


def test_a_new_entry_that_takes_a_deleted_ones_row_id_is_a_new_record(
    pair: tuple[Journal, Journal],
) -> None:
    """SQLite gives a new row the id of the newest one deleted. The new entry must not
    inherit the deleted one's identity: elsewhere it would replace (or conflict with) the
    entry deleted here, instead of appearing beside it."""
    a, b = pair
    maya = a.people()[0]
    second = a.add_conversation(ConversationDraft((maya.id,), DAY, "call", "Second."))
    a.sync()
    b.sync()
    a.delete_conversation(second.id)
    a.sync()
    third = a.add_conversation(ConversationDraft((maya.id,), DAY, "call", "Third."))
    assert third.id == second.id  # the case at hand
    on_b = next(c for c in b.conversations() if c.note == "Second.")
    b.update_conversation(on_b.id, _draft(on_b, "Second, edited on the desktop."))
    for j in (a, b, a, b):
        j.sync()
    expected = [
        "Maya admitted the reorg is failing.",
        "Second, edited on the desktop.",  # kept: the delete had not seen the edit
        "Third.",
    ]
    assert notes(a) == notes(b) == expected
    for j in (a, b):
        assert [c.field for c in j.sync_conflicts()] == ["_deleted"]
