"""Unsaved changes of the decision and gathering editors, kept across a lock.

On `session.locking` a dirty editor hands its draft record (`DecisionDraft` or
`GatheringDraft`) to `keep`, which stores it in the journal's encrypted `draft` table;
after unlocking, `take` gives it back once. If the journal refuses the write (a full
disk), the state stays in the view's memory instead, never in a widget or a file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any, TypeVar

from trustjournal.core.errors import JournalError
from trustjournal.gui.session import Session

D = TypeVar("D")
_DATES = ("date", "start_date", "end_date")


def _plain(draft: Any) -> dict[str, Any]:
    fields = dataclasses.asdict(draft)
    for name in _DATES:
        if isinstance(fields.get(name), dt.date):
            fields[name] = fields[name].isoformat()
    return fields


def _record(kind: type[D], fields: dict[str, Any]) -> D:
    values = dict(fields)
    for name in _DATES:
        if isinstance(values.get(name), str):
            values[name] = dt.date.fromisoformat(values[name])
    for name, value in values.items():
        if isinstance(value, list):
            values[name] = tuple(value)
    return kind(**values)


def keep(session: Session, key: str, ident: int | None, draft: Any) -> str | None:
    """Store the draft in the journal; returns the state as text if it could not be."""
    state = json.dumps({"id": ident, "draft": _plain(draft)})
    try:
        session.journal.save_draft(key, state)
    except JournalError:
        return state
    return None


def take(
    session: Session, key: str, kind: type[D], in_memory: str | None = None
) -> tuple[int | None, D] | None:
    """The draft kept on the last lock (and forget it there), or None."""
    journal = session.journal
    body = journal.draft(key) or in_memory
    if body is None:
        return None
    journal.discard_draft(key)
    state = json.loads(body)
    return state["id"], _record(kind, state["draft"])
