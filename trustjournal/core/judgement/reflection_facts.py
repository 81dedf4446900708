"""Read what a quarter's reflection needs, in a few narrow queries and without a note.

The tie facts (every person's conversation dates and signals) come from `facts.load`; this
module adds the conversations of a date range one by one (who, when, in what format,
which signals, for which decision), the decisions of a range with whom they were brought
to, and the gatherings that ended in a range with whom you met there. Like `facts`, it reads
the driver's cursor directly and decrypts no note or outcome.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from trustjournal.core.judgement.facts import Loaded
from trustjournal.core.judgement.signals import GROUP_MASK, HONEST_MASK, Group
from trustjournal.core.judgement.ties import Talk
from trustjournal.core.records import PersonRef


@dataclass(frozen=True)
class ConversationFact:
    id: int
    date: dt.date
    format: str
    signals: int  # bits from signals.BIT
    decision_id: int | None
    people: tuple[int, ...]


@dataclass(frozen=True)
class DecisionFact:
    id: int
    title: str
    date: dt.date
    discomfort: int
    status: str
    consulted: tuple[int, ...]
    changed_framing: tuple[int, ...]


@dataclass(frozen=True)
class GatheringFact:
    id: int
    name: str
    start: dt.date
    end: dt.date | None
    people: tuple[PersonRef, ...]


def _rows(s: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    cursor = s.connection().connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def conversations(
    s: Session, loaded: Loaded, since: dt.date, until: dt.date
) -> list[ConversationFact]:
    """The conversations dated `since`…`until` (inclusive), oldest first; `loaded` must
    hold who was in each of them (`facts.load_with_conversations(s, since)`)."""
    found = []
    for ident, form, decision in _rows(
        s,
        "SELECT id, format, decision_id FROM conversation "
        "WHERE date BETWEEN :a AND :b ORDER BY date, id",
        {"a": since.isoformat(), "b": until.isoformat()},
    ):
        talk = loaded.conversations[ident]
        people = tuple(sorted(loaded.people.get(ident, ())))
        found.append(ConversationFact(ident, talk.date, form, talk.signals, decision, people))
    return found


def seen(loaded: Loaded, since: dt.date, until: dt.date, having: int) -> list[ConversationFact]:
    """The conversations dated `since`…`until` with one of the signals in `having`, as far as
    the practical test needs them (who, when, which signals), from what `loaded` already
    holds: no query, no format. `loaded` must hold who was in each
    (`facts.load_with_conversations(s, since)`)."""
    found = []
    for ident, people in loaded.people.items():
        talk = loaded.conversations[ident]
        if talk.signals & having and since <= talk.date <= until:
            found.append(ConversationFact(ident, talk.date, "", talk.signals, None, tuple(people)))
    found.sort(key=lambda c: (c.date, c.id))
    return found


@dataclass(frozen=True)
class Counts:
    """Conversations of a period by kind. Every conversation is exactly one of honest (an
    honesty or shared-context signal), polish (only polish signals) or unmarked (none)."""

    total: int = 0
    honest: int = 0
    polish: int = 0
    unmarked: int = 0
    i_honest: int = 0  # conversations where *you* shared failure, doubt or asked for help

    def share(self, part: int) -> float:
        return part / self.total if self.total else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.total + other.total,
            self.honest + other.honest,
            self.polish + other.polish,
            self.unmarked + other.unmarked,
            self.i_honest + other.i_honest,
        )


def months(talks: Iterable[Talk], since: dt.date, until: dt.date) -> dict[dt.date, Counts]:
    """The conversations dated `since`…`until`, counted by the first day of their month."""
    polish, me = GROUP_MASK[Group.POLISH], GROUP_MASK[Group.HONESTY_ME]
    counts: defaultdict[dt.date, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    month_of: dict[dt.date, dt.date] = {}  # many conversations share a day
    for date, signals in talks:
        if since <= date <= until:
            month = month_of.get(date)
            if month is None:
                month = month_of[date] = date.replace(day=1)
            row = counts[month]
            row[0] += 1
            if signals & HONEST_MASK:
                row[1] += 1
            elif signals & polish:
                row[2] += 1
            elif not signals:
                row[3] += 1
            if signals & me:
                row[4] += 1
    return {month: Counts(*row) for month, row in sorted(counts.items())}


def between(talks: Iterable[Talk], since: dt.date, until: dt.date) -> Counts:
    """The conversations dated `since`…`until`, counted (whatever their month)."""
    return sum(months(talks, since, until).values(), Counts())


def decision_talks(
    s: Session, loaded: Loaded, decisions: list[int]
) -> list[tuple[int, int, tuple[int, ...]]]:
    """(decision id, signal mask, who was in it) of each conversation linked to one of
    `decisions`; `loaded` holds who was in each conversation dated from its `since`."""
    if not decisions:
        return []
    marks = ",".join(str(int(d)) for d in decisions)
    return [
        (decision, loaded.conversations[ident].signals, tuple(loaded.people.get(ident, ())))
        for ident, decision in _rows(
            s, f"SELECT id, decision_id FROM conversation WHERE decision_id IN ({marks})", {}
        )
    ]


def decisions(s: Session, since: dt.date, until: dt.date) -> list[DecisionFact]:
    """The decisions dated `since`…`until`, oldest first, with whom you brought them to."""
    span = {"a": since.isoformat(), "b": until.isoformat()}
    consulted: defaultdict[int, list[tuple[int, bool]]] = defaultdict(list)
    for decision_id, person_id, changed in _rows(
        s,
        "SELECT dp.decision_id, dp.person_id, dp.changed_framing FROM decision_person dp "
        "JOIN decision d ON d.id = dp.decision_id WHERE d.date BETWEEN :a AND :b",
        span,
    ):
        consulted[decision_id].append((person_id, bool(changed)))
    found = []
    for ident, title, date, discomfort, status in _rows(
        s,
        "SELECT id, title, date, discomfort, status FROM decision "
        "WHERE date BETWEEN :a AND :b ORDER BY date, id",
        span,
    ):
        links = sorted(consulted[ident])
        found.append(
            DecisionFact(
                ident,
                title,
                dt.date.fromisoformat(date),
                discomfort,
                status,
                tuple(p for p, _ in links),
                tuple(p for p, changed in links if changed),
            )
        )
    return found


def gatherings(s: Session, since: dt.date, until: dt.date) -> list[GatheringFact]:
    """The gatherings that ended `since`…`until`, oldest first, with whom you met there."""
    span = {"a": since.isoformat(), "b": until.isoformat()}
    ended = "COALESCE(g.end_date, g.start_date)"
    met: defaultdict[int, list[PersonRef]] = defaultdict(list)
    for gathering_id, person_id, name in _rows(
        s,
        "SELECT gp.gathering_id, p.id, p.name FROM gathering_person gp "
        "JOIN person p ON p.id = gp.person_id JOIN gathering g ON g.id = gp.gathering_id "
        f"WHERE {ended} BETWEEN :a AND :b ORDER BY p.name",
        span,
    ):
        met[gathering_id].append(PersonRef(person_id, name))
    return [
        GatheringFact(
            ident,
            name,
            dt.date.fromisoformat(start),
            dt.date.fromisoformat(end) if end else None,
            tuple(met[ident]),
        )
        for ident, name, start, end in _rows(
            s,
            f"SELECT g.id, g.name, g.start_date, g.end_date FROM gathering g "
            f"WHERE {ended} BETWEEN :a AND :b ORDER BY {ended}, g.id",
            span,
        )
    ]


def first_date(s: Session) -> dt.date | None:
    """The earliest day anything was recorded (a conversation, decision or gathering)."""
    (found,) = _rows(
        s,
        "SELECT MIN(d) FROM (SELECT MIN(date) AS d FROM conversation "
        "UNION ALL SELECT MIN(date) FROM decision UNION ALL SELECT MIN(start_date) FROM gathering)",
        {},
    )
    return dt.date.fromisoformat(found[0]) if found[0] else None
