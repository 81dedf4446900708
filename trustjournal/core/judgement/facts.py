"""Read, in a few narrow queries, everything the tie rules need about every person.

Each query is answered from a covering index (conversation dates, signal codes, who was
in which conversation), so no note is decrypted; signal codes are folded into bit masks
by SQL, from the one list in signals.py. The rows are read straight from the driver's
cursor: a large journal has hundreds of thousands of them, and SQLAlchemy's row objects
would cost more than the query.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine.interfaces import DBAPICursor
from sqlalchemy.orm import Session

from trustjournal.core.judgement.signals import BIT
from trustjournal.core.judgement.ties import Consultation, GatheringSpan, Talk, TieFacts
from trustjournal.core.records import PersonRef

# A conversation_signal row's code as its bit (summed per conversation into a mask).
MASK_SQL = (
    "CASE code "
    + " ".join(f"WHEN '{code}' THEN {bit}" for code, bit in BIT.items())
    + " ELSE 0 END"
)
_DATES = "SELECT id, date FROM conversation"
_MASKS = f"SELECT conversation_id, SUM({MASK_SQL}) FROM conversation_signal"
_LINKS = "SELECT person_id, conversation_id FROM conversation_person"
_CONSULTED = (
    "SELECT dp.person_id, d.date, d.discomfort, dp.changed_framing, d.title "
    "FROM decision_person dp JOIN decision d ON d.id = dp.decision_id"
)
_PEOPLE = "SELECT id, name, archived, cadence_days, my_few FROM person"
# The gatherings each person was at: met there, or in a conversation linked to it. CROSS
# JOIN keeps SQLite's order (the few gatherings, then their conversations by index): left to
# itself it scans every conversation link first, fifty times slower.
_SPAN = "g.id, g.name, g.start_date, COALESCE(g.end_date, g.start_date)"
_GATHERED = (
    f"SELECT gp.person_id, {_SPAN} FROM gathering_person gp "
    "JOIN gathering g ON g.id = gp.gathering_id{mine} UNION "
    f"SELECT cp.person_id, {_SPAN} FROM gathering g "
    "CROSS JOIN conversation c ON c.gathering_id = g.id "
    "CROSS JOIN conversation_person cp ON cp.conversation_id = c.id{also}"
)
# For one person only: the same queries narrowed to their conversations.
_THEIRS = "SELECT conversation_id FROM conversation_person WHERE person_id = :p"


def _queries(person: int | None) -> tuple[str, str, str, str, str, str]:
    if person is None:
        return (
            _DATES,
            f"{_MASKS} GROUP BY conversation_id",
            _LINKS,
            _CONSULTED,
            f"{_PEOPLE} ORDER BY name",
            _GATHERED.format(mine="", also=""),
        )
    return (
        f"{_DATES} WHERE id IN ({_THEIRS})",
        f"{_MASKS} WHERE conversation_id IN ({_THEIRS}) GROUP BY conversation_id",
        f"{_LINKS} WHERE person_id = :p",
        f"{_CONSULTED} WHERE dp.person_id = :p",
        f"{_PEOPLE} WHERE id = :p",
        _GATHERED.format(mine=" WHERE gp.person_id = :p", also=" WHERE cp.person_id = :p"),
    )


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector while building many small acyclic tuples.

    Each collection would scan the whole growing heap again, which makes loading grow
    faster than the journal; none of these objects can form a cycle.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# From the few decisions to their conversations by index: left to itself SQLite scans every
# conversation link first (34 ms at 20,000 conversations, against 1 ms).
_DECIDED_WITH = (
    "SELECT DISTINCT c.decision_id, cp.person_id FROM decision d "
    "CROSS JOIN conversation c ON c.decision_id = d.id "
    "CROSS JOIN conversation_person cp ON cp.conversation_id = c.id"
)


def decision_people(s: Session) -> dict[int, set[int]]:
    """The people in each decision's conversations, by decision id (who already knows it)."""
    found: dict[int, set[int]] = defaultdict(set)
    for decision, person in s.execute(text(_DECIDED_WITH)):
        found[int(decision)].add(int(person))
    return dict(found)


def load(s: Session, person: int | None = None) -> list[TieFacts]:
    """One `TieFacts` per person, in name order; or only `person`'s (empty if unknown)."""
    return _loading(s, person, None).ties


@dataclass(frozen=True)
class Loaded:
    ties: list[TieFacts]  # every person, in name order
    conversations: dict[int, Talk]  # every conversation by id: its date and signals
    people: dict[int, list[int]]  # who was in each conversation dated on or after `since`


def load_with_conversations(s: Session, since: dt.date) -> Loaded:
    """The tie facts, and from the same reads each conversation (the reflection's counts)."""
    return _loading(s, None, since)


def _loading(s: Session, person: int | None, since: dt.date | None) -> Loaded:
    cursor = s.connection().connection.cursor()
    try:
        with no_cycle_collection():
            return _load(cursor, person, since)
    finally:
        cursor.close()


def _load(cursor: DBAPICursor, person: int | None, since: dt.date | None) -> Loaded:
    dates_sql, masks_sql, links_sql, consulted_sql, people_sql, gathered_sql = _queries(person)
    params = {"p": person} if person is not None else {}

    def rows(sql: str) -> Iterator[Any]:
        cursor.execute(sql, params)
        return iter(cursor.fetchall())

    days: dict[str, dt.date] = {}  # a journal has far fewer days than conversations

    def day(text: str) -> dt.date:
        date = days.get(text)
        if date is None:
            date = days[text] = dt.date.fromisoformat(text)
        return date

    masks: dict[int, int] = dict(rows(masks_sql))
    new = tuple.__new__  # a Talk without the named tuple's argument parsing: 20,000 of them
    conversations = {
        ident: new(Talk, (day(text), masks.get(ident, 0))) for ident, text in rows(dates_sql)
    }
    talks: defaultdict[int, list[Talk]] = defaultdict(list)
    people: defaultdict[int, list[int]] = defaultdict(list)
    for person_id, conversation_id in rows(links_sql):
        talk = conversations[conversation_id]
        talks[person_id].append(talk)
        if since is not None and talk.date >= since:
            people[conversation_id].append(person_id)
    consulted: defaultdict[int, list[Consultation]] = defaultdict(list)
    for person_id, date, discomfort, changed, title in rows(consulted_sql):
        consulted[person_id].append(Consultation(day(date), discomfort, bool(changed), title))
    gathered: defaultdict[int, list[GatheringSpan]] = defaultdict(list)
    for person_id, ident, name, start, end in rows(gathered_sql):
        gathered[person_id].append(GatheringSpan(ident, name, day(start), day(end)))
    found = [
        TieFacts(
            PersonRef(ident, name),
            tuple(sorted(talks[ident])),  # by date (then signals)
            tuple(consulted[ident]),
            bool(archived),
            tuple(sorted(gathered[ident], key=lambda g: (g.start, g.id))),
            cadence,
            bool(few),
        )
        for ident, name, archived, cadence, few in rows(people_sql)
    ]
    return Loaded(found, conversations, dict(people))
