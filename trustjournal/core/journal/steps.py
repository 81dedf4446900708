"""The next steps, and what the leader did about them (a part of `Journal`).

`next_steps` is what `trustjournal next` prints: the rules (judgement/next_steps.py) on the
journal's facts, less what the leader marked done, snoozed or set aside. `next_page` is
what the Next page shows: the same, plus the hidden steps and their states; it also keeps
the journal's record of each step (judgement/follow_through.py: first shown, acted on,
lapsed), quietly: that bookkeeping announces nothing, so no view reloads for it. A change
the leader makes (`set_step_state`) is announced as a "next_step" change.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from trustjournal.core.errors import InvalidInput, SaveFailed
from trustjournal.core.i18n import _
from trustjournal.core.journal.base import JournalBase
from trustjournal.core.judgement import follow_through as ft
from trustjournal.core.judgement.next_steps import Step
from trustjournal.core.store.models import Decision, DecisionPerson, Gathering, NextStep

KIND = "next_step"  # the kind of change notice a state change announces


@dataclass(frozen=True)
class NextPage:
    """What the Next page shows on `as_of`."""

    as_of: dt.date
    shown: list[ft.Tracked]  # most urgent first
    hidden: list[ft.Tracked]  # done, snoozed or set aside, with their states

    @property
    def due(self) -> list[Step]:
        from trustjournal.core.judgement.next_steps import due_soon

        return due_soon((t.step for t in self.shown), self.as_of)


def _occurrence(row: NextStep) -> ft.Occurrence:
    return ft.Occurrence(
        row.id,
        row.key,
        row.kind,
        row.person_id,
        row.seen,
        row.due,
        row.state,
        row.until,
        row.closed,
    )


class FollowThrough(JournalBase):
    """Next steps and their states (a part of `Journal`)."""

    def rule_steps(self, as_of: dt.date | None = None) -> list[Step]:
        raise NotImplementedError  # service.py: every step the rules give, nothing hidden

    def step_occurrences(self) -> list[ft.Occurrence]:
        """Every step the journal has recorded, oldest first."""
        with self._reading() as s:
            return [_occurrence(r) for r in s.scalars(select(NextStep).order_by(NextStep.id))]

    def next_steps(self, as_of: dt.date | None = None) -> list[Step]:
        """What to do next, most urgent first, less what the leader marked done, snoozed or
        set aside (reads only: the command line may have the journal open read-only)."""
        as_of = as_of or dt.date.today()
        return ft.visible(self.rule_steps(as_of), self.step_occurrences(), as_of)

    def next_page(self, as_of: dt.date | None = None) -> NextPage:
        """The Next page: shown and hidden steps; records steps first shown today and those
        gone (acted on or lapsed), unless the journal is read-only (the demo)."""
        as_of = as_of or dt.date.today()
        steps = self.rule_steps(as_of)
        found = self.step_occurrences()
        arranged = ft.arrange(steps, found, as_of, self._consulted_since(found))
        if arranged.changes and not self.readonly:
            # A full disk: the steps show all the same, and are recorded next time.
            with contextlib.suppress(SaveFailed):
                self._record(arranged.changes, as_of)
        return NextPage(as_of, arranged.shown, arranged.hidden)

    def set_step_state(
        self,
        key: str,
        state: ft.State,
        as_of: dt.date | None = None,
        until: dt.date | None = None,
    ) -> None:
        """The leader's choice for the current step `key`: done, snoozed `until` a later
        day, not relevant; or `OPEN` to bring a hidden step back."""
        as_of = as_of or dt.date.today()
        if state not in (*ft.CHOSEN, ft.State.OPEN):
            raise InvalidInput(_("A step can be marked done, snoozed, not relevant or open."))
        if state is ft.State.SNOOZED and (until is None or until <= as_of):
            raise InvalidInput(_("Snooze a step until a later day."))
        # A step shown but not yet recorded (a full disk then) is recorded now, if still due.
        missing = self._latest_row(key) is None
        today = [st for st in self.rule_steps(as_of) if st.key == key] if missing else []
        with self._writing(None) as s:
            if today:
                _store(s, ft.Changes(new=today), as_of)
            row = s.scalars(
                select(NextStep).where(NextStep.key == key).order_by(NextStep.id.desc())
            ).first()
            if row is None:
                raise InvalidInput(_("That step is no longer there; reload the page."))
            row.state = state.value
            row.until = until if state is ft.State.SNOOZED else None
            closed = state in (ft.State.DONE, ft.State.DISMISSED)
            row.closed = as_of if closed else None
        self._announce(KIND, "updated")

    def step_subjects(self, steps: list[ft.Occurrence]) -> dict[str, str]:
        """The decision's title (quoted) or the gathering's name each step was about, by the
        step's key (the quarterly reflection names them)."""
        from trustjournal.core.judgement.reflection_steps import subject_keys

        keys = subject_keys(steps)
        if not keys:
            return {}
        found: dict[str, str] = {}
        with self._reading() as s:
            for key, (table, ident) in keys.items():
                if table == "decision":
                    title = s.scalar(select(Decision.title).where(Decision.id == ident))
                    if title is not None:
                        found[key] = f"“{title}”"
                else:
                    name = s.scalar(select(Gathering.name).where(Gathering.id == ident))
                    if name is not None:
                        found[key] = name
        return found

    def _consulted_since(self, found: list[ft.Occurrence]) -> ft.Consulted:
        """Whether someone has been consulted on the decision a step was about."""
        from trustjournal.core.judgement.next_steps import Kind

        if not any(o.kind == Kind.CALL_ON_DECISION for o in found):
            return lambda o: False
        with self._reading() as s:
            consulted = set(s.scalars(select(DecisionPerson.decision_id).distinct()))
        return lambda o: o.key.partition(":")[2] in {str(i) for i in consulted}

    def _latest_row(self, key: str) -> int | None:
        with self._reading() as s:
            return s.scalar(select(NextStep.id).where(NextStep.key == key).limit(1))

    def _record(self, changes: ft.Changes, as_of: dt.date) -> None:
        with self._writing(None) as s:
            _store(s, changes, as_of)


def _store(s: Session, changes: ft.Changes, as_of: dt.date) -> None:
    """Write what `follow_through.arrange` asked for, in the open transaction `s`."""
    for step in changes.new:
        s.add(
            NextStep(
                key=step.key,
                kind=step.kind.value,
                person_id=step.person.id if step.person and step.subject is None else None,
                seen=as_of,
                due=step.due,
                state=ft.State.OPEN.value,
            )
        )
    for ident in changes.reopened:
        s.execute(update(NextStep).where(NextStep.id == ident).values(state="open", until=None))
    for ident, due in changes.redated:
        s.execute(update(NextStep).where(NextStep.id == ident).values(due=due))
    for ident, state in changes.closed:
        s.execute(
            update(NextStep)
            .where(NextStep.id == ident)
            .values(state=state.value, until=None, closed=as_of)
        )
