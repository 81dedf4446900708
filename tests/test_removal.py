"""Deleting and merging, and undoing each: the journal comes back exactly as it was.

"Exactly" is checked on the whole journal as a backup reads it (`Journal.exporting`): every
person, conversation (its people, signals, decision and gathering), decision (consulted,
changed the framing), gathering, draft, next step, identity and calendar item, with its id.
The journal is the deterministic demo, plus an imported identity, a written-up calendar
meeting and an editor's draft, so that every link a delete can cut is there to be cut.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from trustjournal.core.demo.builder import build
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import (
    CalendarItemRecord,
    Change,
    ConversationDraft,
    PersonDraft,
    Undo,
)

AS_OF = dt.date(2026, 5, 20)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo journal, made once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("demo") / "vault"
    with Journal.create(folder, PASSPHRASE) as journal:
        build(journal, people=12, conversations=160, as_of=AS_OF)
        maya = journal.people()[0]
        (item,) = journal.add_calendar_items(
            [_meeting("one", AS_OF)], [(maya.name, "maya@example.com"), ("Pat Kim", "pat@x.org")]
        )
        talk = journal.conversations(person_id=maya.id)[0]
        journal.mark_calendar_written(item, talk.id)
        journal.save_draft(f"conversation:{talk.id}", '{"note": "half-written"}')
    return folder


@pytest.fixture
def demo(demo_vault: Path, tmp_path: Path) -> Iterator[Journal]:
    import shutil

    copy = tmp_path / "vault"
    shutil.copytree(demo_vault, copy)
    with Journal.open(copy, PASSPHRASE) as journal:
        yield journal


def _meeting(uid: str, day: dt.date) -> CalendarItemRecord:
    return CalendarItemRecord(0, uid, "", day, "09:30", "1:1", "", (), "open", None)


def everything(journal: Journal) -> list[object]:
    with journal.exporting() as export:
        return list(export.records)


def _maya(j: Journal) -> int:
    return j.people()[0].id


def _shared_person(j: Journal) -> int:
    """Someone with conversations alone with the leader and group ones too."""
    for p in j.people():
        solo, shared = j.removal_counts(p.id)
        if solo and shared:
            return p.id
    raise AssertionError("the demo has nobody with both kinds of conversation")


def _written_up(j: Journal) -> int:
    items = [r for r in everything(j) if isinstance(r, CalendarItemRecord)]
    cid = items[0].conversation_id
    assert cid is not None
    return cid


def _linked_decision(j: Journal) -> int:
    return next(c.decision_id for c in j.conversations() if c.decision_id is not None)


def _linked_gathering(j: Journal) -> int:
    return next(c.gathering_id for c in j.conversations() if c.gathering_id is not None)


def _two_people(j: Journal) -> tuple[int, int]:
    a, b = _shared_person(j), _maya(j)
    return (a, b) if a != b else (a, j.people()[1].id)


DELETES: dict[str, Callable[[Journal], Undo]] = {
    "conversation (written up, with a draft)": lambda j: j.delete_conversation(_written_up(j)),
    "decision (conversations linked)": lambda j: j.delete_decision(_linked_decision(j)),
    "gathering (conversations linked)": lambda j: j.delete_gathering(_linked_gathering(j)),
    "person, shared conversations kept": lambda j: _undo(j.delete_person(_shared_person(j))),
    "person, shared deleted too": lambda j: _undo(
        j.delete_person(_shared_person(j), with_shared=True)
    ),
    "person with an identity and next steps": lambda j: _undo(j.delete_person(_maya(j))),
    "merge": lambda j: j.merge(*_two_people(j)).undo,
    "merge the other way": lambda j: j.merge(*reversed(_two_people(j))).undo,
}


def _undo(removal: object) -> Undo:
    undo = getattr(removal, "undo", None)
    assert isinstance(undo, Undo)
    return undo


@pytest.mark.parametrize("what", list(DELETES))
def test_undo_gives_back_exactly_what_was_there(demo: Journal, what: str) -> None:
    before = everything(demo)
    undo = DELETES[what](demo)
    assert everything(demo) != before
    demo.restore_deleted(undo)
    assert everything(demo) == before
    assert demo.check() == []


def test_deleting_a_person_keeps_or_deletes_the_group_conversations(demo: Journal) -> None:
    pid = _shared_person(demo)
    solo, shared = demo.removal_counts(pid)
    theirs = {c.id for c in demo.conversations(person_id=pid)}
    assert len(theirs) == solo + shared

    kept = demo.delete_person(pid)
    assert (kept.conversations_deleted, kept.conversations_kept) == (solo, shared)
    left = {c.id for c in demo.conversations()} & theirs
    assert len(left) == shared
    assert all(pid not in {p.id for p in demo.conversation(c).people} for c in left)
    assert kept.undo is not None
    demo.restore_deleted(kept.undo)

    gone = demo.delete_person(pid, with_shared=True)
    assert (gone.conversations_deleted, gone.conversations_kept) == (solo + shared, 0)
    assert {c.id for c in demo.conversations()} & theirs == set()


def test_a_merge_is_split_again(demo: Journal) -> None:
    keep, other = _two_people(demo)
    name, kept_before = demo.person(other).name, demo.person(keep)
    talks = {c.id for c in demo.conversations(person_id=other)}
    merged = demo.merge(keep, other)
    assert name in merged.person.aliases
    assert talks <= {c.id for c in demo.conversations(person_id=keep)}
    demo.restore_deleted(merged.undo)
    assert demo.person(keep) == kept_before
    assert demo.person(other).name == name
    assert {c.id for c in demo.conversations(person_id=other)} == talks


def test_undo_announces_what_came_back(demo: Journal) -> None:
    pid = _shared_person(demo)
    removal = demo.delete_person(pid)
    heard: list[Change] = []
    demo.on_change(heard.append)
    assert removal.undo is not None
    demo.restore_deleted(removal.undo)
    assert Change("person", "added", (pid,)) in heard
    kinds = {(c.kind, c.action) for c in heard}
    assert ("conversation", "added") in kinds and ("conversation", "updated") in kinds


def test_an_undo_that_no_longer_fits_changes_nothing(demo: Journal) -> None:
    maya = demo.person(_maya(demo))
    removal = demo.delete_person(maya.id)
    demo.add_person(PersonDraft(maya.name))  # a new person took the name
    before = everything(demo)
    assert removal.undo is not None
    with pytest.raises(InvalidInput, match="can no longer be undone"):
        demo.restore_deleted(removal.undo)
    assert everything(demo) == before


def test_an_undo_whose_number_was_reused_changes_nothing(demo: Journal) -> None:
    newest = max(c.id for c in demo.conversations())
    talk = demo.conversation(newest)
    undo = demo.delete_conversation(newest)
    again = demo.add_conversation(
        ConversationDraft(tuple(p.id for p in talk.people), AS_OF, "call", "another")
    )
    assert again.id == newest  # SQLite gives the freed number out again
    before = everything(demo)
    with pytest.raises(InvalidInput, match="can no longer be undone"):
        demo.restore_deleted(undo)
    assert everything(demo) == before


def test_deleting_what_is_not_there(demo: Journal) -> None:
    for delete in (demo.delete_conversation, demo.delete_decision, demo.delete_gathering):
        with pytest.raises(NotFound):
            delete(999_999)
    with pytest.raises(NotFound):
        demo.delete_person(999_999)
    with pytest.raises(NotFound):
        demo.removal_counts(999_999)
    with pytest.raises(InvalidInput):
        demo.merge(_maya(demo), _maya(demo))


def test_the_same_undo_twice_is_refused(demo: Journal) -> None:
    undo = demo.delete_conversation(_written_up(demo))
    demo.restore_deleted(undo)
    before = everything(demo)
    with pytest.raises(InvalidInput, match="can no longer be undone"):
        demo.restore_deleted(undo)
    assert everything(demo) == before


def test_a_read_only_journal_deletes_nothing(demo: Journal) -> None:
    from trustjournal.core.errors import ReadOnlyJournal

    path = demo.path
    cid = _written_up(demo)
    undo = demo.delete_conversation(cid)
    demo.restore_deleted(undo)
    demo.lock()
    with Journal.open(path, PASSPHRASE, readonly=True) as reader:
        before = everything(reader)
        for attempt in (
            lambda: reader.delete_conversation(cid),
            lambda: reader.delete_person(_maya(reader)),
            lambda: reader.merge(*_two_people(reader)),
            lambda: reader.restore_deleted(undo),
        ):
            with pytest.raises(ReadOnlyJournal):
                attempt()
        assert everything(reader) == before
