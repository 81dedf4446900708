"""What the leader did about each next step (core/judgement/follow_through.py and the
journal's record of it, core/journal/steps.py): done, snoozed, not relevant; acted on and
lapsed; kept in the journal, in backups, and counted over a quarter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from trustjournal.core.backup import archive
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import follow_through as ft
from trustjournal.core.judgement.next_steps import Kind, Step
from trustjournal.core.records import (
    ConversationDraft,
    DecisionDraft,
    PersonDraft,
    PersonRef,
    StepRecord,
)

AS_OF = dt.date(2026, 6, 30)
MAYA = PersonRef(1, "Maya Chen")
State = ft.State


def day(n: int) -> dt.date:
    return AS_OF + dt.timedelta(days=n)


IN_TEN = AS_OF + dt.timedelta(days=10)


def fading(due: dt.date | None = IN_TEN) -> Step:
    return Step(Kind.FADING_SOON, "reach out", due=due, person=MAYA)


def stored(
    state: State, *, seen: int = -5, due: dt.date | None = IN_TEN, **kw: object
) -> StepRecord:
    return StepRecord(
        1, f"fading_soon:{MAYA.id}", "fading_soon", MAYA.id, day(seen), due, state, **kw
    )  # type: ignore[arg-type]


# -- the table: what a stored state does to today's step -----------------------------------------


@pytest.mark.parametrize(
    ("occurrence", "step", "shown", "change"),
    [
        (None, fading(), True, "new"),  # first time: recorded as seen today
        (stored(State.OPEN), fading(), True, ""),  # still open: shown, nothing to store
        (stored(State.OPEN), fading(day(12)), True, "redated"),  # its date moved
        (stored(State.SNOOZED, until=day(1)), fading(), False, ""),  # snoozed until tomorrow
        (stored(State.SNOOZED, until=AS_OF), fading(), True, "reopened"),  # snooze ran out today
        (stored(State.DISMISSED, closed=day(-400)), fading(), False, ""),  # never again
        (stored(State.DONE, closed=day(-2)), fading(), False, ""),  # done for this date
        (stored(State.DONE, closed=day(-2)), fading(day(40)), True, "new"),  # a new date
        # Advice without a date: done keeps it away for DONE_QUIET_DAYS, then it comes back.
        (stored(State.DONE, due=None, closed=day(-29)), fading(None), False, ""),
        (stored(State.DONE, due=None, closed=day(-30)), fading(None), True, "new"),
        (stored(State.ACTED, closed=day(-100)), fading(), True, "new"),  # it came back
        (stored(State.LAPSED, closed=day(-100)), fading(), True, "new"),
    ],
)
def test_a_stored_state_shows_or_hides_todays_step(
    occurrence: StepRecord | None, step: Step, shown: bool, change: str
) -> None:
    got = ft.arrange([step], [occurrence] if occurrence else [], AS_OF)
    assert [t.step for t in got.shown] == ([step] if shown else [])
    assert [t.step for t in got.hidden] == ([] if shown else [step])
    changes = got.changes
    assert bool(changes.new) == (change == "new")
    assert bool(changes.redated) == (change == "redated")
    assert bool(changes.reopened) == (change == "reopened")
    assert not changes.closed


@pytest.mark.parametrize(
    ("state", "due", "kind", "consulted", "became"),
    [
        (State.OPEN, day(0), "fading_soon", False, State.ACTED),  # gone on its last day: acted
        (State.OPEN, day(-1), "fading_soon", False, State.LAPSED),  # gone after: it faded
        (State.SNOOZED, day(-1), "fading_soon", False, State.LAPSED),  # snoozed past its date
        (State.OPEN, None, "one_sided", False, State.ACTED),  # advice that no longer holds
        (State.OPEN, day(-9), "call_on_decision", True, State.ACTED),  # someone was consulted
        (State.OPEN, day(-9), "call_on_decision", False, State.LAPSED),  # decided alone
    ],
)
def test_a_step_that_went_away_was_acted_on_before_its_date_and_lapsed_after(
    state: State, due: dt.date | None, kind: str, consulted: bool, became: State
) -> None:
    o = StepRecord(3, f"{kind}:4", kind, None, day(-30), due, state)
    got = ft.arrange([], [o], AS_OF, lambda _o: consulted)
    assert got.changes.closed == [(3, became)]


def test_done_and_set_aside_steps_are_not_closed_again() -> None:
    done = stored(State.DONE, closed=day(-3))
    aside = StepRecord(2, "one_sided:1", "one_sided", 1, day(-9), None, "dismissed", None, day(-9))
    assert not ft.arrange([], [done, aside], AS_OF).changes


@pytest.mark.parametrize(
    ("state", "closed", "seen", "bucket"),
    [
        ("done", day(-1), day(-20), "acted"),
        ("acted", day(-89), day(-200), "acted"),  # closed on the quarter's first day
        ("acted", day(-90), day(-200), None),  # the day before: another quarter
        ("lapsed", day(-10), day(-40), "ignored"),
        ("dismissed", day(-10), day(-40), "set_aside"),
        ("open", None, day(-5), "still_open"),
        ("snoozed", None, day(-5), "still_open"),
        ("open", None, day(-200), None),  # seen before the quarter and still open: not counted
        ("open", None, day(1), None),  # after its end
    ],
)
def test_the_quarters_account(
    state: str, closed: dt.date | None, seen: dt.date, bucket: str | None
) -> None:
    o = StepRecord(1, "fading_soon:1", "fading_soon", 1, seen, None, state, None, closed)
    got = ft.account([o], day(-89), AS_OF)  # a quarter of 90 days ending today
    for name in ("acted", "ignored", "set_aside", "still_open"):
        assert (getattr(got, name) == [o]) == (name == bucket), name


# -- in a real journal --------------------------------------------------------------------------


def _maya(journal: Journal, *, last_ago: int = 75, **person: object) -> int:
    maya = journal.add_person(PersonDraft("Maya Chen", **person))  # type: ignore[arg-type]
    for days, codes in (
        (last_ago + 25, ("they_admitted_doubt", "i_shared_failure")),
        (last_ago, ("they_shared_failure", "i_admitted_doubt")),
    ):
        journal.add_conversation(
            ConversationDraft((maya.id,), AS_OF - dt.timedelta(days=days), "one_on_one", "", codes)
        )
    return maya.id


def test_done_snoozed_and_not_relevant_hide_a_step_in_the_journal(journal: Journal) -> None:
    ident = _maya(journal)
    page = journal.next_page(AS_OF)
    (shown,) = page.shown
    key = shown.step.key
    assert key == f"fading_soon:{ident}" and shown.seen == AS_OF
    journal.set_step_state(key, State.SNOOZED, AS_OF, until=day(7))
    assert journal.next_steps(AS_OF) == [] and journal.next_steps(day(7)) != []
    hidden = journal.next_page(AS_OF).hidden
    assert [(t.state, t.until) for t in hidden] == [(State.SNOOZED, day(7))]
    journal.set_step_state(key, State.OPEN, AS_OF)  # brought back
    assert [t.step.key for t in journal.next_page(AS_OF).shown] == [key]
    journal.set_step_state(key, State.DISMISSED, AS_OF)
    assert journal.next_steps(day(3)) == []
    assert journal.next_page(day(3)).hidden[0].state is State.DISMISSED


def test_a_step_goes_away_when_the_conversation_is_logged_and_counts_as_acted_on(
    journal: Journal,
) -> None:
    ident = _maya(journal)
    journal.next_page(AS_OF)  # shown today
    journal.add_conversation(
        ConversationDraft((ident,), day(2), "call", "", ("they_admitted_doubt", "i_shared_failure"))
    )
    assert journal.next_page(day(2)).shown == []
    (o,) = journal.step_occurrences()
    assert (o.state, o.closed) == ("acted", day(2))
    got = ft.account(journal.step_occurrences(), day(-30), day(30))
    assert got.acted == [o] and not got.ignored


def test_wrong_state_changes_are_refused_with_a_clear_message(journal: Journal) -> None:
    _maya(journal)
    key = journal.next_page(AS_OF).shown[0].step.key
    with pytest.raises(InvalidInput, match="later day"):
        journal.set_step_state(key, State.SNOOZED, AS_OF, until=AS_OF)
    with pytest.raises(InvalidInput, match="no longer there"):
        journal.set_step_state("fading_soon:999", State.DONE, AS_OF)
    with pytest.raises(InvalidInput, match="done, snoozed"):
        journal.set_step_state(key, State.LAPSED, AS_OF)


def test_a_persons_cadence_and_my_few_are_checked_kept_and_merged(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="between 14 and 365"):
        journal.add_person(PersonDraft("Ana", cadence_days=13))
    ana = journal.add_person(PersonDraft("Ana", cadence_days=14, my_few=True))
    assert (ana.cadence_days, ana.my_few) == (14, True)
    # An update that does not mention them keeps them; 0 goes back to the journal's cadence.
    kept = journal.update_person(ana.id, PersonDraft("Ana", role="CFO"))
    assert (kept.cadence_days, kept.my_few) == (14, True)
    reset = journal.update_person(ana.id, PersonDraft("Ana", cadence_days=0, my_few=False))
    assert (reset.cadence_days, reset.my_few) == (None, False)
    other = journal.add_person(PersonDraft("Ana R.", cadence_days=30, my_few=True))
    merged = journal.merge_people(ana.id, other.id)
    assert (merged.cadence_days, merged.my_few) == (30, True)


def test_steps_and_a_persons_cadence_travel_in_a_backup(journal: Journal, tmp_path: Path) -> None:
    ident = _maya(journal, cadence_days=60, my_few=True, last_ago=50)
    key = journal.next_page(AS_OF).shown[0].step.key
    journal.set_step_state(key, State.SNOOZED, AS_OF, until=day(30))
    before = journal.step_occurrences()
    path = tmp_path / "b.tjbackup"
    archive.make(journal, path)
    restored = archive.restore(path, PASSPHRASE, tmp_path / "restored")
    with Journal.open(restored, PASSPHRASE) as again:
        assert again.step_occurrences() == before
        person = again.person(ident)
        assert (person.cadence_days, person.my_few) == (60, True)
        assert again.next_steps(AS_OF) == []  # still snoozed


def test_the_command_line_leaves_out_what_the_leader_hid(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    with Journal.create(vault, PASSPHRASE) as journal:
        _maya(journal)
        journal.add_decision(DecisionDraft("Close the Lyon plant", AS_OF, 5, "open"))
        page = journal.next_page(AS_OF)
        fading_key = next(t.step.key for t in page.shown if t.step.kind is Kind.FADING_SOON)
        journal.set_step_state(fading_key, State.DONE, AS_OF)
    done = run_cli("next", "--as-of", AS_OF.isoformat(), vault=vault)
    assert done.returncode == 0, done.stderr
    assert "Lyon" in done.stdout and "Maya" not in done.stdout


def test_the_assessments_are_worked_out_once_until_a_write_and_forgotten_at_lock(
    vault_path: Path,
) -> None:
    journal = Journal.create(vault_path, PASSPHRASE)
    ident = _maya(journal)
    first = journal.assess_ties(AS_OF)
    assert journal.rule_steps(AS_OF)[0].person == PersonRef(ident, "Maya Chen")
    assert journal._memo is not None  # the Next page reused the sidebar's assessments
    journal.add_conversation(
        ConversationDraft((ident,), AS_OF, "call", "", ("they_admitted_doubt", "i_shared_failure"))
    )
    assert journal.assess_ties(AS_OF)[0].conversations == first[0].conversations + 1
    assert journal.rule_steps(AS_OF) == []  # the write was seen: no stale step
    journal.lock()
    assert journal._memo is None  # names and verdicts go with the key


# -- forged or damaged step lines in a backup ------------------------------------------------------

_PERSON = {
    "type": "person",
    "id": 1,
    "name": "Ana Ruiz",
    "role": "",
    "how_met": "",
    "notes": "",
    "archived": False,
    "aliases": [],
    "cadence_days": None,
    "my_few": False,
}
_STEP = {
    "type": "step",
    "id": 1,
    "key": "fading_soon:1",
    "kind": "fading_soon",
    "person_id": 1,
    "seen": "2026-06-01",
    "due": "2026-06-20",
    "state": "done",
    "until": None,
    "closed": "2026-06-02",
}


@pytest.mark.parametrize(
    ("person", "step", "detail"),
    [
        ({}, {"person_id": 2}, "names a person not in the backup"),
        ({}, {"state": "forgotten"}, "is not a step's state"),
        ({}, {"seen": "June"}, "not a date"),
        ({}, {"key": ""}, "not non-empty text"),
        ({"cadence_days": 13}, {}, "cadence_days"),
        ({"cadence_days": True}, {}, "cadence_days"),
        ({"my_few": "yes"}, {}, "not true or false"),
    ],
)
def test_a_forged_step_or_cadence_in_a_backup_is_refused_and_restores_nothing(
    journal: Journal,
    tmp_path: Path,
    person: dict[str, object],
    step: dict[str, object],
    detail: str,
) -> None:
    from test_aliases import _sealed

    from trustjournal.core.backup import payload
    from trustjournal.core.errors import BackupInvalid

    counts = dict.fromkeys(payload.count_names(3), 0)
    counts.update(people=1, steps=1)
    head = {
        "format": "trustjournal-export",
        "version": 3,
        "app_version": "0.1.0",
        "created_at": None,
        "counts": counts,
    }
    lines = [head, {**_PERSON, **person}, {**_STEP, **step}, {"type": "end", "counts": counts}]
    bad = _sealed(journal, tmp_path / "bad.tjbackup", lines)
    with pytest.raises(BackupInvalid, match=detail):
        archive.verify(bad, key=journal.backup_key()[1])
    with pytest.raises(BackupInvalid):
        archive.restore(bad, PASSPHRASE, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()
    good = _sealed(journal, tmp_path / "good.tjbackup", [head, _PERSON, _STEP, lines[-1]])
    with Journal.open(archive.restore(good, PASSPHRASE, tmp_path / "ok"), PASSPHRASE) as j:
        assert [o.state for o in j.step_occurrences()] == ["done"]
