"""Full-text search over the FTS5 indexes that live inside the encrypted database.

What the user types is never handed to FTS5's query language as is (a stray quote or
`NEAR` would be a syntax error, or worse, a different query): it is split into words,
each quoted and matched as a prefix ("fail" finds "failing"), and "quoted phrases"
stay phrases. Conversations come newest first, since a journal is read by time; people
come first of all, best match first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from trustjournal.core import kinds
from trustjournal.core.formats import FORMATS
from trustjournal.core.i18n import _
from trustjournal.core.journal.snippets import (
    CLOSE,
    ELLIPSIS,
    OPEN,
    Term,
    around_first_match,
    from_marked,
)
from trustjournal.core.records import SearchHit

# What a search looks through, in the order of its results (core/kinds.py names them).
KINDS = tuple(k.name for k in (kinds.PERSON, kinds.DECISION, kinds.GATHERING, kinds.CONVERSATION))
DEFAULT_LIMIT = 50
SNIPPET_WORDS = 16
LONG_NOTE = 64 * 1024  # characters; longer notes get their snippet cut in Python
_WORD = re.compile(r"\w+")
_PART = re.compile(r'"([^"]*)"?|([^"\s]+)')


def terms(query: str) -> list[Term]:
    """The words and phrases of what the user typed; punctuation and operators are dropped."""
    found: list[Term] = []
    for phrase, bare in _PART.findall(query):
        words = tuple(_WORD.findall(phrase or bare))
        if not words:
            continue
        if phrase:
            found.append(Term(words, prefix=False))
        else:
            found.extend(Term((w,), prefix=True) for w in words)
    return found


def match_expression(query: str | Sequence[Term]) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when it has no words."""
    parsed = terms(query) if isinstance(query, str) else query
    return (
        " ".join('"' + " ".join(t.words) + '"' + ("*" if t.prefix else "") for t in parsed) or None
    )


@dataclass(frozen=True)
class SearchFilter:
    """Narrow a search; conversations honour every field, other kinds only `kinds`."""

    kinds: tuple[str, ...] = KINDS
    person_id: int | None = None
    signal: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


def _snippet(fts: str) -> str:
    return f"snippet({fts}, -1, '{OPEN}', '{CLOSE}', '{ELLIPSIS}', {SNIPPET_WORDS})"


def _conversation_rows(s: Session, match: str, f: SearchFilter, limit: int) -> list[Any]:
    where = ["c.id IN (SELECT rowid FROM conversation_fts WHERE conversation_fts MATCH :match)"]
    params: dict[str, Any] = {"match": match, "limit": limit}
    if f.person_id is not None:
        where.append(
            "c.id IN (SELECT conversation_id FROM conversation_person WHERE person_id = :person_id)"
        )
        params["person_id"] = f.person_id
    if f.signal is not None:
        where.append(
            "c.id IN (SELECT conversation_id FROM conversation_signal WHERE code = :signal)"
        )
        params["signal"] = f.signal
    if f.since is not None:
        where.append("c.date >= :since")
        params["since"] = f.since.isoformat()
    if f.until is not None:
        where.append("c.date <= :until")
        params["until"] = f.until.isoformat()
    # Pick the newest matching ids from the date index before reading any note: sorting
    # every match by date would decrypt most of the table for a common word. The unary +
    # keeps SQLite from handing the ids to FTS5 as rowid lookups (one re-query per id).
    newest = (
        "SELECT c.id FROM conversation c INDEXED BY ix_conversation_date "
        f"WHERE {' AND '.join(where)} ORDER BY c.date DESC, c.id DESC LIMIT :limit"
    )
    # Long notes come back whole instead of through snippet(), which slows down with the
    # square of the matches in one note; SQLite's CASE evaluates only the branch it takes.
    sql = (
        f"SELECT c.id, c.date, c.format, CASE WHEN length(c.note) <= {LONG_NOTE} "
        f"THEN {_snippet('conversation_fts')} END, "
        f"CASE WHEN length(c.note) > {LONG_NOTE} THEN c.note END "
        "FROM conversation_fts JOIN conversation c ON c.id = conversation_fts.rowid "
        f"WHERE conversation_fts MATCH :match AND +conversation_fts.rowid IN ({newest}) "
        "ORDER BY c.date DESC, c.id DESC"
    )
    return list(s.execute(text(sql), params))


def _names(s: Session, kind: str, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The names of the people linked to each `kind` record (conversation, decision, …)."""
    if not ids:
        return {}
    rows = s.execute(
        text(
            f"SELECT link.{kind}_id, p.name FROM {kind}_person link "
            "JOIN person p ON p.id = link.person_id "
            f"WHERE link.{kind}_id IN ({','.join(str(int(i)) for i in ids)}) "
            "ORDER BY p.name"
        )
    )
    names: dict[int, list[str]] = {}
    for ident, name in rows:
        names.setdefault(ident, []).append(name)
    return {ident: tuple(n) for ident, n in names.items()}


_OTHER_KINDS: dict[str, str] = {
    "person": "SELECT p.id, NULL, p.name, {snip} FROM person_fts "
    "JOIN person p ON p.id = person_fts.rowid "
    "WHERE person_fts MATCH :match ORDER BY rank LIMIT :limit",
    "decision": "SELECT d.id, d.date, d.title, {snip} FROM decision_fts "
    "JOIN decision d ON d.id = decision_fts.rowid "
    "WHERE decision_fts MATCH :match ORDER BY d.date DESC LIMIT :limit",
    "gathering": "SELECT g.id, g.start_date, g.name, {snip} FROM gathering_fts "
    "JOIN gathering g ON g.id = gathering_fts.rowid "
    "WHERE gathering_fts MATCH :match ORDER BY g.start_date DESC LIMIT :limit",
}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def search(
    s: Session, query: str, f: SearchFilter | None = None, limit: int = DEFAULT_LIMIT
) -> list[SearchHit]:
    f = f or SearchFilter()
    parsed = terms(query)
    match = match_expression(parsed)
    if match is None:
        return []
    conversation_only = f.person_id is not None or f.signal is not None
    hits: list[SearchHit] = []
    for kind, sql in _OTHER_KINDS.items():
        if kind not in f.kinds or conversation_only:
            continue
        rows = list(
            s.execute(
                text(sql.format(snip=_snippet(f"{kind}_fts"))), {"match": match, "limit": limit}
            )
        )
        linked = {} if kind == "person" else _names(s, kind, [r[0] for r in rows])
        for ident, date, title, marked in rows:
            hit_date = _date(date)
            if (f.since and (hit_date is None or hit_date < f.since)) or (
                f.until and (hit_date is None or hit_date > f.until)
            ):
                continue
            snippet, spans = from_marked(marked)
            people = (title,) if kind == "person" else linked.get(ident, ())
            hits.append(SearchHit(kind, ident, hit_date, title, people, snippet, spans))
    if "conversation" in f.kinds:
        rows = _conversation_rows(s, match, f, limit)
        names = _names(s, "conversation", [r[0] for r in rows])
        for ident, date, fmt, marked, long_note in rows:
            people = names.get(ident, ())
            shown = FORMATS.get(fmt, fmt)
            title = (
                _("{format} with {people}").format(format=shown, people=", ".join(people))
                if people
                else _("{format} with nobody").format(format=shown)
            )
            snippet, spans = (
                from_marked(marked) if long_note is None else around_first_match(long_note, parsed)
            )
            hits.append(
                SearchHit("conversation", ident, _date(date), title, people, snippet, spans)
            )
    people_first = [h for h in hits if h.kind == "person"]
    dated = sorted(
        (h for h in hits if h.kind != "person"),
        key=lambda h: (h.date or dt.date.min, h.id),
        reverse=True,
    )
    return (people_first + dated)[:limit]
