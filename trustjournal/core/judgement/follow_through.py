"""What the leader did about each next step, and what became of it: pure functions.

The rules (next_steps.py) say what to do today; they have no memory. This module keeps one
*occurrence* per step from the day it was first shown: the leader may mark it done, snooze
it (a week, a month, until a date) or set it aside as not relevant (never again for that
reason: the step's `key`, its kind and whom or what it is about). A step that goes away by
itself was acted on when it went before its date (the honest conversation came, the
retreat's people were called, someone was consulted on the decision), and lapsed when its
date passed first (the tie faded, the window closed). The Next page shows and hides steps by
these states; the quarterly reflection counts them.

`arrange` takes today's steps and the stored occurrences and returns what to show, what is
hidden and why, and the changes to store (`Changes`), which the service writes in one
transaction. Nothing here reads the database or the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from trustjournal.core.judgement.next_steps import Kind, Step
from trustjournal.core.records import StepRecord

# A step without a date (advice) that was marked done stays away this long, then comes back
# if it still holds: "share something of yours" once is not yet a two-way tie.
DONE_QUIET_DAYS = 30
# The snoozes the Next page offers (days); "until a date" is any later day.
SNOOZE_WEEK = 7
SNOOZE_MONTH = 30


class State(StrEnum):
    OPEN = "open"
    DONE = "done"  # the leader marked it done
    SNOOZED = "snoozed"  # hidden until `until`
    DISMISSED = "dismissed"  # not relevant: never again for this key
    ACTED = "acted"  # went away by itself before its date
    LAPSED = "lapsed"  # went away by itself once its date had passed


# The states the leader chooses on the Next page (the others the journal records itself).
CHOSEN = (State.DONE, State.SNOOZED, State.DISMISSED)
# The states of an occurrence that is still current: shown, or hidden for a while.
_CURRENT = (State.OPEN, State.SNOOZED)


# A stored occurrence of a step (the `next_step` table; a backup's "step" lines).
Occurrence = StepRecord


# Whether someone has now been consulted on the decision an occurrence was about.
Consulted = Callable[[Occurrence], bool]


@dataclass(frozen=True)
class Tracked:
    """A step of today, with its stored state (`OPEN` when shown)."""

    step: Step
    seen: dt.date
    state: State = State.OPEN
    until: dt.date | None = None  # snoozed until


@dataclass
class Changes:
    """What `arrange` asks the service to store."""

    new: list[Step] = field(default_factory=list)  # first shown today
    reopened: list[int] = field(default_factory=list)  # a snooze ran out: open again
    redated: list[tuple[int, dt.date | None]] = field(default_factory=list)  # (id, new due)
    closed: list[tuple[int, State]] = field(default_factory=list)  # went away: acted/lapsed

    def __bool__(self) -> bool:
        return bool(self.new or self.reopened or self.redated or self.closed)


@dataclass(frozen=True)
class Arranged:
    shown: list[Tracked]  # most urgent first, as the rules ranked them
    hidden: list[Tracked]  # done, snoozed, not relevant: the page can show them on request
    changes: Changes


def latest(occurrences: Iterable[Occurrence]) -> dict[str, Occurrence]:
    """The newest occurrence of each key."""
    found: dict[str, Occurrence] = {}
    for o in sorted(occurrences, key=lambda o: o.id):
        found[o.key] = o
    return found


def hides(o: Occurrence, step: Step, as_of: dt.date) -> bool:
    """Whether occurrence `o`'s state keeps today's `step` (of the same key) off the page."""
    if o.state == State.DISMISSED:
        return True
    if o.state == State.SNOOZED:
        return o.until is not None and as_of < o.until
    if o.state == State.DONE:
        if step.due is not None:  # done for this date; a new date is a new occurrence
            return step.due == o.due
        return o.closed is not None and (as_of - o.closed).days < DONE_QUIET_DAYS
    return False


def went_away(o: Occurrence, as_of: dt.date, consulted: Consulted) -> State:
    """What became of a current occurrence whose step the rules no longer give: acted on
    when it went before its date (for a decision: when someone has been consulted on it),
    lapsed when the date passed first."""
    if o.kind == Kind.CALL_ON_DECISION:
        return State.ACTED if consulted(o) else State.LAPSED
    if o.due is None or as_of <= o.due:
        return State.ACTED
    return State.LAPSED


def arrange(
    steps: Sequence[Step],
    occurrences: Iterable[Occurrence],
    as_of: dt.date,
    consulted: Consulted = lambda o: False,
) -> Arranged:
    """Today's `steps` (ranked by the rules) against the stored occurrences."""
    current = latest(occurrences)
    changes = Changes()
    shown: list[Tracked] = []
    hidden: list[Tracked] = []
    for step in steps:
        o = current.pop(step.key, None)
        if o is not None and hides(o, step, as_of):
            hidden.append(Tracked(step, o.seen, State(o.state), o.until))
        elif o is None or o.state not in _CURRENT:
            changes.new.append(step)  # first time, or back after done / went away
            shown.append(Tracked(step, as_of))
        else:
            if o.state == State.SNOOZED:
                changes.reopened.append(o.id)
            if o.due != step.due and step.kind != Kind.CALL_ON_DECISION:
                changes.redated.append((o.id, step.due))
            shown.append(Tracked(step, o.seen))
    for o in current.values():
        if o.state in _CURRENT:
            changes.closed.append((o.id, went_away(o, as_of, consulted)))
    return Arranged(shown, hidden, changes)


def visible(steps: Sequence[Step], occurrences: Iterable[Occurrence], as_of: dt.date) -> list[Step]:
    """The steps the Next page would show today (what `trustjournal next` prints)."""
    return [t.step for t in arrange(steps, occurrences, as_of).shown]


def snooze_until(as_of: dt.date, days: int) -> dt.date:
    return as_of + dt.timedelta(days=days)


# -- the quarter's account (the reflection) ----------------------------------------------------


@dataclass(frozen=True)
class Account:
    """What became of the next steps in a quarter."""

    acted: list[Occurrence]  # done, or went away before their date
    ignored: list[Occurrence]  # lapsed: their date passed with nothing done
    set_aside: list[Occurrence]  # marked not relevant
    still_open: list[Occurrence]  # shown in the quarter, neither done nor gone at its end

    @property
    def total(self) -> int:
        return len(self.acted) + len(self.ignored) + len(self.set_aside) + len(self.still_open)


def account(occurrences: Iterable[Occurrence], start: dt.date, end: dt.date) -> Account:
    """The occurrences of steps shown by `end` that closed within [start, end], or were
    still current at its end (seen in the quarter)."""
    acted: list[Occurrence] = []
    ignored: list[Occurrence] = []
    aside: list[Occurrence] = []
    still: list[Occurrence] = []
    for o in sorted(occurrences, key=lambda o: (o.closed or o.seen, o.id)):
        if o.seen > end:
            continue
        if o.closed is not None and start <= o.closed <= end:
            if o.state in (State.DONE, State.ACTED):
                acted.append(o)
            elif o.state == State.LAPSED:
                ignored.append(o)
            elif o.state == State.DISMISSED:
                aside.append(o)
        elif (o.closed is None or o.closed > end) and o.seen >= start:
            still.append(o)
    return Account(acted, ignored, aside, still)
