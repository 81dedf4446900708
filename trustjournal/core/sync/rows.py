"""The journal's rows as synced records: each row ⇄ a dict of field values (docs/sync.md).

A synced record is known everywhere by its `uid`; here, in one journal, by its row id, and
`sync_link` maps the one to the other. `read` turns a row (with its links: a conversation's
people and signals, a decision's consulted people…) into field values that are plain JSON,
references given as uids; `write` puts field values back into a row, creating it when the
uid is new here. Values that came from another device are checked before they are written:
a field of the wrong type or a broken reference is left out and said, never a crash.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, select, text
from sqlalchemy.orm import Session

from trustjournal.core.store.models import (
    Conversation,
    ConversationPerson,
    ConversationSignal,
    Decision,
    DecisionPerson,
    Gathering,
    GatheringPerson,
    NextStep,
    Person,
    PersonIdentity,
    QuarterReflection,
)

Value = Any  # JSON: str, int, bool, None, list
Fields = dict[str, Value]

# Every synced kind, in the order rows are written (what a row refers to comes first);
# deletions go in the reverse order.
KINDS = ("person", "decision", "gathering", "conversation", "reflection", "step")
MODELS: dict[str, type[Any]] = {
    "person": Person,
    "decision": Decision,
    "gathering": Gathering,
    "conversation": Conversation,
    "reflection": QuarterReflection,
    "step": NextStep,
}
# Free text: concurrent edits are kept side by side as a conflict, never dropped.
TEXT_FIELDS: dict[str, frozenset[str]] = {
    "person": frozenset({"notes"}),
    "decision": frozenset({"outcome"}),
    "gathering": frozenset({"note"}),
    "conversation": frozenset({"note"}),
    "reflection": frozenset({"text"}),
    "step": frozenset(),
}
# A next step's key names what it is about by row id ("fading_soon:12"); which kind of row
# that is depends on the step's kind (next_steps.Step.key).
_STEP_SUBJECT = {
    "call_on_decision": "decision",
    "decided_alone": "decision",
    "gathering_closing": "gathering",
}


class Refused(ValueError):
    """A remote value that cannot go into this journal (wrong type, a missing reference)."""


def new_uid() -> str:
    return secrets.token_hex(16)


# -- uids ------------------------------------------------------------------------------------


class _Links:
    """Every uid ⇄ row id of the journal, read once per transaction (a round looks up
    thousands: one query for all is faster than one each)."""

    def __init__(self, s: Session) -> None:
        self.uid: dict[tuple[str, int], str] = {}
        self.local: dict[tuple[str, str], int] = {}
        for kind, local_id, uid in s.execute(text("SELECT kind, local_id, uid FROM sync_link")):
            self.uid[(kind, int(local_id))] = uid
            self.local[(kind, uid)] = int(local_id)


def _links(s: Session) -> _Links:
    found = s.info.get("sync_links")
    if not isinstance(found, _Links):
        found = s.info["sync_links"] = _Links(s)
    return found


def uid_of(s: Session, kind: str, local_id: int, *, make: bool = True) -> str | None:
    found = _links(s).uid.get((kind, local_id))
    if found is not None or not make:
        return found
    uid = new_uid()
    link(s, kind, local_id, uid)
    return uid


def local_of(s: Session, kind: str, uid: str) -> int | None:
    return _links(s).local.get((kind, uid))


def link(s: Session, kind: str, local_id: int, uid: str) -> None:
    links = _links(s)
    old = links.uid.pop((kind, local_id), None)
    if old is not None:
        links.local.pop((kind, old), None)
    s.execute(
        text("INSERT OR REPLACE INTO sync_link (kind, local_id, uid) VALUES (:k, :i, :u)"),
        {"k": kind, "i": local_id, "u": uid},
    )
    links.uid[(kind, local_id)] = uid
    links.local[(kind, uid)] = local_id


def forget(s: Session, kind: str, uid: str) -> None:
    """Drop the record's link: its row is gone, and SQLite may give a new row its id."""
    links = _links(s)
    local_id = links.local.pop((kind, uid), None)
    if local_id is not None:
        links.uid.pop((kind, local_id), None)
    s.execute(text("DELETE FROM sync_link WHERE kind = :k AND uid = :u"), {"k": kind, "u": uid})


# -- reading a row ---------------------------------------------------------------------------


def read(s: Session, kind: str, local_id: int) -> Fields | None:
    """The row's field values (references as uids), or None when the row is gone."""
    row = s.get(MODELS[kind], local_id)
    if row is None:
        return None
    return _READERS[kind](s, row)


def _uid(s: Session, kind: str, local_id: int | None) -> str | None:
    """The uid of a row a field names; a row gone (a step about a deleted decision) gets
    none, lest a new row that takes its id inherit it."""
    if local_id is None:
        return None
    found = uid_of(s, kind, local_id, make=False)
    if found is None and _exists(s, kind, local_id):
        found = uid_of(s, kind, local_id)
    return found


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _read_person(s: Session, p: Person) -> Fields:
    identities = s.execute(
        select(PersonIdentity.kind, PersonIdentity.value).where(PersonIdentity.person_id == p.id)
    ).all()
    return {
        "name": p.name,
        "role": p.role,
        "how_met": p.how_met,
        "notes": p.notes,
        "archived": bool(p.archived),
        "aliases": p.aliases,
        "cadence_days": p.cadence_days,
        "my_few": bool(p.my_few),
        "identities": sorted([k, v] for k, v in identities),
    }


def _read_conversation(s: Session, c: Conversation) -> Fields:
    return {
        "date": _day(c.date),
        "format": c.format,
        "note": c.note,
        "people": sorted(uid_of(s, "person", x.person_id) or "" for x in c.participants),
        "signals": sorted(x.code for x in c.signals),
        "decision": _uid(s, "decision", c.decision_id),
        "gathering": _uid(s, "gathering", c.gathering_id),
    }


def _read_decision(s: Session, d: Decision) -> Fields:
    return {
        "title": d.title,
        "date": _day(d.date),
        "discomfort": d.discomfort,
        "status": d.status,
        "outcome": d.outcome,
        "consulted": sorted(
            [uid_of(s, "person", x.person_id) or "", bool(x.changed_framing)] for x in d.consulted
        ),
    }


def _read_gathering(s: Session, g: Gathering) -> Fields:
    return {
        "name": g.name,
        "start_date": _day(g.start_date),
        "end_date": _day(g.end_date),
        "place": g.place,
        "note": g.note,
        "met": sorted(uid_of(s, "person", x.person_id) or "" for x in g.met),
    }


def _read_reflection(s: Session, r: QuarterReflection) -> Fields:
    return {"quarter": r.quarter, "text": r.text}


def _read_step(s: Session, n: NextStep) -> Fields:
    step_kind, _, about = n.key.partition(":")
    subject = _STEP_SUBJECT.get(step_kind, "person")
    return {
        "key": f"{step_kind}:{_uid(s, subject, int(about)) if about.isdigit() else about}",
        "kind": n.kind,
        "person": _uid(s, "person", n.person_id),
        "seen": _day(n.seen),
        "due": _day(n.due),
        "state": n.state,
        "until": _day(n.until),
        "closed": _day(n.closed),
    }


_READERS: dict[str, Callable[[Session, Any], Fields]] = {
    "person": _read_person,
    "conversation": _read_conversation,
    "decision": _read_decision,
    "gathering": _read_gathering,
    "reflection": _read_reflection,
    "step": _read_step,
}


def reflection_uid(quarter: str) -> str:
    """A quarter's reflection has one uid everywhere, so two devices writing the same
    quarter meet in one record (their texts, if both edited, as a conflict)."""
    return f"quarter-{quarter}"


# -- writing a row ---------------------------------------------------------------------------


@dataclass
class Written:
    local_id: int | None  # None: a new row `flush_new` writes
    skipped: list[str]  # references left out (their record is not here), as uids


_NEW = "sync_new_rows"  # s.info: new rows added but not yet flushed: [(kind, row, uid)]


def write(
    s: Session, kind: str, uid: str, fields: Mapping[str, Value], *, later: bool = False
) -> Written:
    """Put `fields` into the row for `uid` (a new row when it has none here). `later`: a
    new row is only added, and written with the others by `flush_new` (one insert for
    many; nothing may name it before that); its `local_id` is then None."""
    local_id = local_of(s, kind, uid)
    row: Any = None
    if kind == "conversation" and local_id is not None:
        done = _update_conversation(s, local_id, fields)
        if done is not None:
            return done
    elif local_id is not None:
        row = s.get(MODELS[kind], local_id)
    if row is None and local_id is not None:
        # its row was deleted here since (and the id may be a new row's soon): not its own
        forget(s, kind, uid)
    new = row is None
    if new:
        row = MODELS[kind]()
    skipped: list[str] = []
    with s.no_autoflush:  # one flush for the row, not one per reference looked up
        _WRITERS[kind](s, row, fields, skipped)
    s.add(row)
    if new and later:
        s.info.setdefault(_NEW, []).append((kind, row, uid))
        return Written(None, skipped)
    s.flush()
    if new:
        link(s, kind, int(row.id), uid)
    return Written(int(row.id), skipped)


def discard_new(s: Session) -> None:
    """Forget the rows `write(later=True)` added and `flush_new` did not write."""
    s.info.pop(_NEW, None)


def flush_new(s: Session) -> list[tuple[str, int]]:
    """Write the rows `write(later=True)` added and link them: (kind, row id) of each."""
    pending = s.info.pop(_NEW, [])
    if not pending:
        return []
    s.flush()
    out = []
    for kind, row, uid in pending:
        link(s, kind, int(row.id), uid)
        out.append((kind, int(row.id)))
    return out


_CONVERSATION = "SELECT id, date, format, note, decision_id, gathering_id FROM conversation"
_PREFETCHED = "sync_conversations"  # s.info: local id -> (row, people, signals), read ahead
_PEOPLE_HERE = "sync_people_here"  # s.info: every person's row id, while conversations are


def _conversation_rows(
    s: Session, local_ids: Iterable[int]
) -> dict[int, tuple[Any, set[int], set[str]]]:
    """Conversations' rows with their people's and signals' link rows, a few queries for
    many: local id -> (row as `_CONVERSATION` selects it, person ids, signal codes)."""
    ids = sorted(local_ids)
    found: dict[int, tuple[Any, set[int], set[str]]] = {}
    conn = s.connection()
    where = " WHERE {} IN :i"
    for start in range(0, len(ids), 500):
        chunk = {"i": ids[start : start + 500]}
        query = text(_CONVERSATION + where.format("id")).bindparams(bindparam("i", expanding=True))
        for row in conn.execute(query, chunk):
            found[int(row[0])] = (row, set(), set())
        links = (("conversation_person", "person_id", 1), ("conversation_signal", "code", 2))
        for table, column, at in links:
            query = text(
                f"SELECT conversation_id, {column} FROM {table}" + where.format("conversation_id")
            ).bindparams(bindparam("i", expanding=True))
            for conversation, value in conn.execute(query, chunk):
                found[int(conversation)][at].add(value)
    return found


def read_conversations(s: Session, local_ids: Iterable[int]) -> dict[int, Fields]:
    """`read` for many conversations at once (those gone are left out)."""
    out: dict[int, Fields] = {}
    for local_id, (row, people, signals) in _conversation_rows(s, local_ids).items():
        out[local_id] = {
            "date": str(row[1]),
            "format": row[2],
            "note": row[3],
            "people": sorted(uid_of(s, "person", p) or "" for p in people),
            "signals": sorted(signals),
            "decision": _uid(s, "decision", row[4]),
            "gathering": _uid(s, "gathering", row[5]),
        }
    return out


@contextlib.contextmanager
def conversations_read_ahead(s: Session, local_ids: Iterable[int]) -> Iterator[None]:
    """Many conversations about to be written: their rows and link rows read in a few
    queries instead of three each (while written, nothing else changes them)."""
    s.info[_PREFETCHED] = _conversation_rows(s, local_ids)
    s.info[_PEOPLE_HERE] = set(s.connection().execute(text("SELECT id FROM person")).scalars())
    try:
        yield
    finally:
        s.info.pop(_PREFETCHED, None)
        s.info.pop(_PEOPLE_HERE, None)


def _update_conversation(s: Session, local_id: int, f: Mapping[str, Value]) -> Written | None:
    """A conversation that is here already, written with plain SQL (the round's common
    case: a thousand of them cost what the ORM spends on a hundred). None: no such row."""
    conn = s.connection()  # plain SQL: no ORM in between
    ahead = s.info.get(_PREFETCHED, {}).pop(local_id, None)
    if ahead is not None:
        row, people_now, signals_now = ahead
    else:
        row = conn.execute(text(_CONVERSATION + " WHERE id = :i"), {"i": local_id}).first()
        people_now = signals_now = None
    if row is None:
        return None
    row = row[1:]
    skipped: list[str] = []
    day = _date(f, "date")
    assert day is not None
    values = {
        "date": day.isoformat(),
        "format": _str(f, "format", empty=False),
        "note": _str(f, "note"),
        "decision_id": _ref(s, "decision", f, "decision", skipped),
        "gathering_id": _ref(s, "gathering", f, "gathering", skipped),
    }
    codes = f.get("signals", [])
    if not isinstance(codes, list) or not all(isinstance(x, str) and x for x in codes):
        raise Refused("signals")
    people = set(_locals(s, "person", _uids(f, "people"), skipped))
    now = {"date": str(row[0]), "format": row[1], "note": row[2], "decision_id": row[3]}
    now["gathering_id"] = row[4]
    changed = {k: v for k, v in values.items() if now[k] != v}
    if changed:
        sets = ", ".join(f"{k} = :{k}" for k in changed)
        conn.execute(
            text(f"UPDATE conversation SET {sets}, updated_at = :at WHERE id = :i"),
            {**changed, "at": _now(), "i": local_id},
        )
    _replace_set(s, "conversation_person", "person_id", local_id, people, people_now)
    _replace_set(s, "conversation_signal", "code", local_id, set(codes), signals_now)
    return Written(local_id, skipped)


def _replace_set(
    s: Session, table: str, column: str, local_id: int, wanted: set[Any], have: set[Any] | None
) -> None:
    """Make a conversation's link rows in `table` exactly `wanted` (`have`: what they are
    now, when read ahead)."""
    conn = s.connection()
    if have is None:
        have = set(
            conn.execute(
                text(f"SELECT {column} FROM {table} WHERE conversation_id = :i"),
                {"i": local_id},
            ).scalars()
        )
    for gone in have - wanted:
        conn.execute(
            text(f"DELETE FROM {table} WHERE conversation_id = :i AND {column} = :v"),
            {"i": local_id, "v": gone},
        )
    for new in sorted(wanted - have):
        conn.execute(
            text(f"INSERT INTO {table} (conversation_id, {column}) VALUES (:i, :v)"),
            {"i": local_id, "v": new},
        )


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores it


def remove(s: Session, kind: str, uid: str) -> bool:
    """Delete the row for `uid`; False when there is none. Its link goes with it."""
    local_id = local_of(s, kind, uid)
    row = s.get(MODELS[kind], local_id) if local_id is not None else None
    forget(s, kind, uid)
    if row is None:
        return False
    if kind == "person":  # a person's links go with them (their conversations are records)
        for model in (ConversationPerson, DecisionPerson, GatheringPerson):
            s.execute(delete(model).where(model.person_id == row.id))
    s.delete(row)
    s.flush()
    return True


def _str(fields: Mapping[str, Value], name: str, *, empty: bool = True) -> str:
    value = fields.get(name, "")
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise Refused(name)
    return value


def _date(fields: Mapping[str, Value], name: str, *, optional: bool = False) -> dt.date | None:
    value = fields.get(name)
    if value is None and optional:
        return None
    try:
        return dt.date.fromisoformat(str(value)) if isinstance(value, str) else _refuse(name)
    except ValueError:
        raise Refused(name) from None


def _int(
    fields: Mapping[str, Value], name: str, low: int, high: int, *, optional: bool = False
) -> int | None:
    value = fields.get(name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Refused(name)
    return value


def _bool(fields: Mapping[str, Value], name: str) -> bool:
    value = fields.get(name, False)
    if not isinstance(value, bool):
        raise Refused(name)
    return value


def _refuse(name: str) -> Any:
    raise Refused(name)


def _uids(fields: Mapping[str, Value], name: str) -> list[str]:
    value = fields.get(name, [])
    if not isinstance(value, list) or not all(isinstance(u, str) for u in value):
        raise Refused(name)
    return value


def _locals(s: Session, kind: str, uids: Iterable[str], skipped: list[str]) -> list[int]:
    found = []
    for uid in uids:
        local_id = local_of(s, kind, uid)
        if local_id is None or not _exists(s, kind, local_id):
            skipped.append(uid)
        else:
            found.append(local_id)
    return found


def _exists(s: Session, kind: str, local_id: int) -> bool:
    people = s.info.get(_PEOPLE_HERE)
    if kind == "person" and people is not None:
        return local_id in people
    table = MODELS[kind].__tablename__
    found = s.connection().execute(
        text(f"SELECT 1 FROM {table} WHERE id = :i"),
        {"i": local_id},
    )
    return found.first() is not None


def _ref(
    s: Session, kind: str, fields: Mapping[str, Value], name: str, skipped: list[str]
) -> int | None:
    value = fields.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise Refused(name)
    found = _locals(s, kind, [value], skipped)
    return found[0] if found else None


def _write_person(s: Session, p: Person, f: Mapping[str, Value], skipped: list[str]) -> None:
    p.name = _str(f, "name", empty=False)
    p.role = _str(f, "role")
    p.how_met = _str(f, "how_met")
    p.notes = _str(f, "notes")
    p.archived = _bool(f, "archived")
    p.aliases = _str(f, "aliases")
    p.cadence_days = _int(f, "cadence_days", 14, 365, optional=True)
    p.my_few = _bool(f, "my_few")
    identities = f.get("identities", [])
    if not isinstance(identities, list) or not all(
        isinstance(i, list) and len(i) == 2 and all(isinstance(x, str) and x for x in i)
        for i in identities
    ):
        raise Refused("identities")
    if p.id is None:
        s.add(p)
        s.flush()
    s.execute(delete(PersonIdentity).where(PersonIdentity.person_id == p.id))
    for kind, value in identities:
        if kind in ("vcard_uid", "fingerprint", "email"):
            s.execute(
                text(
                    "INSERT OR IGNORE INTO person_identity (person_id, kind, value) "
                    "VALUES (:p, :k, :v)"
                ),
                {"p": p.id, "k": kind, "v": value},
            )


def _write_conversation(
    s: Session, c: Conversation, f: Mapping[str, Value], skipped: list[str]
) -> None:
    c.date = _date(f, "date")  # type: ignore[assignment]
    c.format = _str(f, "format", empty=False)
    c.note = _str(f, "note")
    c.decision_id = _ref(s, "decision", f, "decision", skipped)
    c.gathering_id = _ref(s, "gathering", f, "gathering", skipped)
    people = _locals(s, "person", _uids(f, "people"), skipped)
    codes = f.get("signals", [])
    if not isinstance(codes, list) or not all(isinstance(x, str) and x for x in codes):
        raise Refused("signals")
    if {x.person_id for x in c.participants} != set(people):
        c.participants = [ConversationPerson(person_id=i) for i in sorted(set(people))]
    if {x.code for x in c.signals} != set(codes):
        c.signals = [ConversationSignal(code=x) for x in sorted(set(codes))]


def _write_decision(s: Session, d: Decision, f: Mapping[str, Value], skipped: list[str]) -> None:
    d.title = _str(f, "title", empty=False)
    d.date = _date(f, "date")  # type: ignore[assignment]
    d.discomfort = _int(f, "discomfort", 1, 5)  # type: ignore[assignment]
    status = _str(f, "status")
    if status not in ("open", "decided"):
        raise Refused("status")
    d.status = status
    d.outcome = _str(f, "outcome")
    consulted = f.get("consulted", [])
    if not isinstance(consulted, list) or not all(
        isinstance(x, list) and len(x) == 2 and isinstance(x[0], str) and isinstance(x[1], bool)
        for x in consulted
    ):
        raise Refused("consulted")
    framing = {uid: changed for uid, changed in consulted}
    rows = []
    for uid, changed in framing.items():
        found = _locals(s, "person", [uid], skipped)
        if found:
            rows.append(DecisionPerson(person_id=found[0], changed_framing=changed))
    if {(x.person_id, x.changed_framing) for x in d.consulted} != {
        (x.person_id, x.changed_framing) for x in rows
    }:
        d.consulted = rows


def _write_gathering(s: Session, g: Gathering, f: Mapping[str, Value], skipped: list[str]) -> None:
    g.name = _str(f, "name", empty=False)
    g.start_date = _date(f, "start_date")  # type: ignore[assignment]
    g.end_date = _date(f, "end_date", optional=True)
    if g.end_date is not None and g.end_date < g.start_date:
        raise Refused("end_date")
    g.place = _str(f, "place")
    g.note = _str(f, "note")
    people = _locals(s, "person", _uids(f, "met"), skipped)
    if {x.person_id for x in g.met} != set(people):
        g.met = [GatheringPerson(person_id=i) for i in sorted(set(people))]


def _write_reflection(
    s: Session, r: QuarterReflection, f: Mapping[str, Value], skipped: list[str]
) -> None:
    quarter = _str(f, "quarter", empty=False)
    if (
        len(quarter) != 6
        or not quarter[:4].isdigit()
        or quarter[4:5] != "Q"
        or quarter[5] not in "1234"
    ):
        raise Refused("quarter")
    r.quarter = quarter
    r.text = _str(f, "text")


_STATES = ("open", "done", "snoozed", "dismissed", "acted", "lapsed")


def _write_step(s: Session, n: NextStep, f: Mapping[str, Value], skipped: list[str]) -> None:
    key = _str(f, "key", empty=False)
    step_kind, _, about = key.partition(":")
    if about:
        found = _locals(s, _STEP_SUBJECT.get(step_kind, "person"), [about], skipped)
        if not found:
            raise Refused("key")
        about = str(found[0])
    n.key = f"{step_kind}:{about}"
    n.kind = _str(f, "kind", empty=False)
    n.person_id = _ref(s, "person", f, "person", skipped)
    n.seen = _date(f, "seen")  # type: ignore[assignment]
    n.due = _date(f, "due", optional=True)
    state = _str(f, "state")
    if state not in _STATES:
        raise Refused("state")
    n.state = state
    n.until = _date(f, "until", optional=True)
    n.closed = _date(f, "closed", optional=True)


_WRITERS: dict[str, Callable[[Session, Any, Mapping[str, Value], list[str]], None]] = {
    "person": _write_person,
    "conversation": _write_conversation,
    "decision": _write_decision,
    "gathering": _write_gathering,
    "reflection": _write_reflection,
    "step": _write_step,
}
