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
_MASKS = f"SELECT conversation_id, SUM({_MASK}) FROM conversation_signal GROUP BY conversation_id"
_LINKS = "SELECT person_id, conversation_id FROM conversation_person"
_CONSULTED = (
    "SELECT dp.person_id, d.date, d.discomfort, dp.changed_framing, d.title "
    "FROM decision_person dp JOIN decision d ON d.id = dp.decision_id"
)
_PEOPLE = "SELECT id, name, archived FROM person ORDER BY name"


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


def _rows(cursor: DBAPICursor, sql: str) -> Iterator[Any]:
    cursor.execute(sql)
    return iter(cursor.fetchall())


def load(s: Session) -> list[TieFacts]:
    """One `TieFacts` per person, in name order."""
    cursor = s.connection().connection.cursor()
    try:
        with _no_cycle_collection():
            return _load(cursor)
    finally:
        cursor.close()


def _load(cursor: DBAPICursor) -> list[TieFacts]:
    days: dict[str, dt.date] = {}  # a journal has far fewer days than conversations

    def day(text: str) -> dt.date:
        date = days.get(text)
        if date is None:
            date = days[text] = dt.date.fromisoformat(text)
        return date

    dates = {ident: day(text) for ident, text in _rows(cursor, _DATES)}
    masks: dict[int, int] = dict(_rows(cursor, _MASKS))
    talks: defaultdict[int, list[Talk]] = defaultdict(list)
    for person_id, conversation_id in _rows(cursor, _LINKS):
        talks[person_id].append(Talk(dates[conversation_id], masks.get(conversation_id, 0)))
    consulted: defaultdict[int, list[Consultation]] = defaultdict(list)
    for person_id, date, discomfort, changed, title in _rows(cursor, _CONSULTED):
        consulted[person_id].append(Consultation(day(date), discomfort, bool(changed), title))
    return [
        TieFacts(
            PersonRef(ident, name),
            tuple(sorted(talks[ident])),
            tuple(consulted[ident]),
            bool(archived),
        )
        for ident, name, archived in _rows(cursor, _PEOPLE)
    ]
