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
from typing import Any

from sqlalchemy.engine.interfaces import DBAPICursor
from sqlalchemy.orm import Session

from trustjournal.core.records import PersonRef
from trustjournal.core.signals import BIT
from trustjournal.core.ties import Consultation, Talk, TieFacts

_MASK = (
    "CASE code "
    + " ".join(f"WHEN '{code}' THEN {bit}" for code, bit in BIT.items())
    + " ELSE 0 END"
)
_DATES = "SELECT id, date FROM conversation"
_MASKS = f"SELECT conversation_id, SUM({_MASK}) FROM conversation_signal"
_LINKS = "SELECT person_id, conversation_id FROM conversation_person"
_CONSULTED = (
    "SELECT dp.person_id, d.date, d.discomfort, dp.changed_framing, d.title "
    "FROM decision_person dp JOIN decision d ON d.id = dp.decision_id"
)
_PEOPLE = "SELECT id, name, archived FROM person"
# For one person only: the same queries narrowed to their conversations.
_THEIRS = "SELECT conversation_id FROM conversation_person WHERE person_id = :p"


def _queries(person: int | None) -> tuple[str, str, str, str, str]:
    if person is None:
        return (
            _DATES,
            f"{_MASKS} GROUP BY conversation_id",
            _LINKS,
            _CONSULTED,
            f"{_PEOPLE} ORDER BY name",
        )
    return (
        f"{_DATES} WHERE id IN ({_THEIRS})",
        f"{_MASKS} WHERE conversation_id IN ({_THEIRS}) GROUP BY conversation_id",
        f"{_LINKS} WHERE person_id = :p",
        f"{_CONSULTED} WHERE dp.person_id = :p",
        f"{_PEOPLE} WHERE id = :p",
    )


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
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


def load(s: Session, person: int | None = None) -> list[TieFacts]:
    """One `TieFacts` per person, in name order; or only `person`'s (empty if unknown)."""
    cursor = s.connection().connection.cursor()
    try:
        with _no_cycle_collection():
            return _load(cursor, person)
    finally:
        cursor.close()


def _load(cursor: DBAPICursor, person: int | None) -> list[TieFacts]:
    dates_sql, masks_sql, links_sql, consulted_sql, people_sql = _queries(person)
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

    dates = {ident: day(text) for ident, text in rows(dates_sql)}
    masks: dict[int, int] = dict(rows(masks_sql))
    talks: defaultdict[int, list[Talk]] = defaultdict(list)
    for person_id, conversation_id in rows(links_sql):
        talks[person_id].append(Talk(dates[conversation_id], masks.get(conversation_id, 0)))
    consulted: defaultdict[int, list[Consultation]] = defaultdict(list)
    for person_id, date, discomfort, changed, title in rows(consulted_sql):
        consulted[person_id].append(Consultation(day(date), discomfort, bool(changed), title))
    return [
        TieFacts(
            PersonRef(ident, name),
            tuple(sorted(talks[ident])),
            tuple(consulted[ident]),
            bool(archived),
        )
        for ident, name, archived in rows(people_sql)
    ]
