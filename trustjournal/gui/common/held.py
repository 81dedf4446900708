"""Unsaved changes of the decision and gathering editors, kept across a lock.

On `session.locking` a dirty editor hands its draft record (`DecisionDraft` or
`GatheringDraft`) to `keep`, which stores it in the journal's encrypted `draft` table (on
the journal worker, before the key is dropped); after unlocking, `take` gives it back once.
If the journal refuses the write (a full disk), the session keeps it in memory instead,
never in a widget or a file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import Any, TypeVar

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


def keep(session: Session, key: str, ident: int | None, draft: Any) -> None:
    """Store the draft in the journal (or, if the journal refuses it, in the session's
    memory until the next unlock)."""
    session.keep_draft(key, json.dumps({"id": ident, "draft": _plain(draft)}))


def take(
    session: Session,
    key: str,
    kind: type[D],
    done: Callable[[tuple[int | None, D] | None], None],
) -> None:
    """The draft kept on the last lock (and forget it there): `done((id, draft))`, or
    `done(None)` when there is none."""

    def arrived(body: str | None) -> None:
        if body is None:
            done(None)
            return
        state = json.loads(body)
        done((state["id"], _record(kind, state["draft"])))

    session.take_draft(key, arrived)
