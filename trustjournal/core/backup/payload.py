"""What a backup holds: the whole journal as versioned, schema-independent JSON Lines.

The container (an age file, agefile.py; before, format.py) seals whatever bytes it is
given; this module makes those bytes and checks them on the way back. The payload is one
gzip stream in an age backup (one zlib stream in the first container; level 6 both)
of UTF-8 JSON Lines, specified for people in docs/backup-format.md ("## Payload"):

    {"format": "trustjournal-export", "version": 2, "app_version": …, "created_at": …,
     "counts": {"people": …, "gatherings": …, …}}
    {"type": "person", …}        every person, then every gathering, decision,
    …                            conversation, reflection and draft, each kind by id
    {"type": "end", "counts": {…}}

Field names are the names of the journal's records (records.py), never table columns,
so a backup made today restores into any later version whatever its schema. Both
directions stream: the encoder compresses records as the journal reads them, and the
decoder yields checked records as the container yields verified chunks, so neither the
whole payload nor the whole journal is ever held in memory. Every departure from the
format (a missing field, a wrong type, a link to an id not given before, a record out of
order, counts that disagree, anything after the end line) raises `BackupInvalid`; its
message never quotes journal text.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from trustjournal.core import kinds
from trustjournal.core.errors import BackupInvalid, BackupTooNew, JournalError
from trustjournal.core.judgement.ties import CADENCE_RANGE, CADENCE_SETTING
from trustjournal.core.records import (
    CALENDAR_STATES,
    DECISION_STATUSES,
    DISCOMFORT_RANGE,
    IDENTITY_KINDS,
    CalendarItemRecord,
    ConversationRecord,
    DecisionRecord,
    DraftRecord,
    Exported,
    GatheringRecord,
    IdentityRecord,
    JournalExport,
    PersonRecord,
    PersonRef,
    ReflectionRecord,
    SettingRecord,
    StepRecord,
)

FORMAT_NAME = "trustjournal-export"
# 2: a person carries "aliases". 3: a person carries "cadence_days" and "my_few", and
# "step" lines follow the settings. 4: "identity" and "calendar_item" lines follow the steps.
# Older payloads are still read.
VERSION = 4
# The wrapper of the payload in an age backup: gzip (zlib's wbits 16 + 15), which any
# `gunzip` reads; the first container's payload is a bare zlib stream.
GZIP = 31
# The fields of a person line in each payload version.
PERSON_FIELDS: dict[int, tuple[str, ...]] = {
    1: ("id", "name", "role", "how_met", "notes", "archived"),
    2: ("id", "name", "role", "how_met", "notes", "archived", "aliases"),
    3: ("id", "name", "role", "how_met", "notes", "archived", "aliases", "cadence_days", "my_few"),
}
PERSON_FIELDS[4] = PERSON_FIELDS[3]
STEP_FIELDS = ("id", "key", "kind", "person_id", "seen", "due", "state", "until", "closed")
STEP_STATES = ("open", "done", "snoozed", "dismissed", "acted", "lapsed")
IDENTITY_FIELDS = ("person_id", "kind", "value")
CALENDAR_FIELDS = (
    "id",
    "uid",
    "recurrence_id",
    "date",
    "start_time",
    "title",
    "location",
    "attendees",
    "state",
    "conversation_id",
)
LEVEL = 6
# The record types in the order they come, and the name each is counted under.
KINDS: dict[str, str] = {kind.name: kind.plural for kind in kinds.KINDS}
COUNT_NAMES = tuple(KINDS.values())
# The kinds each payload version counts (steps came with version 3).
_FIRST_VERSION = {"steps": 3, "identities": 4, "calendar_items": 4}


def count_names(version: int) -> tuple[str, ...]:
    return tuple(n for n in COUNT_NAMES if _FIRST_VERSION.get(n, 1) <= version)


# Compress this much JSON at a time (a few chunks of the container per block).
_BLOCK = 256 * 1024
# Inflate at most this much at a time, and refuse a line longer than the limit: a
# forged payload must not make us allocate without bound.
_INFLATE_STEP = 1024 * 1024
MAX_LINE = 256 * 1024 * 1024
PROGRESS_EVERY = 500

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PayloadHeader:
    """The payload's first line."""

    version: int
    app_version: str
    created_at: dt.datetime | None
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# -- writing ------------------------------------------------------------------------------


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _ids(refs: Iterable[PersonRef]) -> list[int]:
    return sorted(ref.id for ref in refs)


def to_json(record: Exported) -> dict[str, Any]:
    """One record as its payload line (before JSON encoding)."""
    if isinstance(record, PersonRecord):
        return {
            "type": "person",
            "id": record.id,
            "name": record.name,
            "role": record.role,
            "how_met": record.how_met,
            "notes": record.notes,
            "archived": record.archived,
            "aliases": list(record.aliases),
            "cadence_days": record.cadence_days,
            "my_few": record.my_few,
        }
    if isinstance(record, GatheringRecord):
        return {
            "type": "gathering",
            "id": record.id,
            "name": record.name,
            "start_date": _day(record.start_date),
            "end_date": _day(record.end_date),
            "place": record.place,
            "note": record.note,
            "people": _ids(record.people),
        }
    if isinstance(record, DecisionRecord):
        return {
            "type": "decision",
            "id": record.id,
            "title": record.title,
            "date": _day(record.date),
            "discomfort": record.discomfort,
            "status": record.status,
            "outcome": record.outcome,
            "consulted": _ids(record.consulted),
            "changed_framing": _ids(record.changed_framing),
        }
    if isinstance(record, ConversationRecord):
        return {
            "type": "conversation",
            "id": record.id,
            "date": _day(record.date),
            "format": record.format,
            "people": _ids(record.people),
            "signals": list(record.signals),
            "decision_id": record.decision_id,
            "gathering_id": record.gathering_id,
            "note": record.note,
        }
    if isinstance(record, ReflectionRecord):
        return {
            "type": "reflection",
            "quarter": record.quarter,
            "text": record.text,
            "updated_at": _moment(record.updated_at),
        }
    if isinstance(record, DraftRecord):
        return {
            "type": "draft",
            "key": record.key,
            "body": record.body,
            "updated_at": _moment(record.updated_at),
        }
    if isinstance(record, StepRecord):
        return {
            "type": "step",
            "id": record.id,
            "key": record.key,
            "kind": record.kind,
            "person_id": record.person_id,
            "seen": _day(record.seen),
            "due": _day(record.due),
            "state": record.state,
            "until": _day(record.until),
            "closed": _day(record.closed),
        }
    if isinstance(record, IdentityRecord):
        return {
            "type": "identity",
            "person_id": record.person_id,
            "kind": record.kind,
            "value": record.value,
        }
    if isinstance(record, CalendarItemRecord):
        return {
            "type": "calendar_item",
            "id": record.id,
            "uid": record.uid,
            "recurrence_id": record.recurrence_id,
            "date": _day(record.date),
            "start_time": record.start_time,
            "title": record.title,
            "location": record.location,
            "attendees": [list(a) for a in record.attendees],
            "state": record.state,
            "conversation_id": record.conversation_id,
        }
    return {"type": "setting", "key": record.key, "value": record.value}


def _moment(value: dt.datetime | None) -> str | None:
    """A stored time (naive UTC, as the journal keeps it) as ISO 8601 with its zone."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()


_KIND_OF: dict[type[Any], str] = {kind.record: kind.name for kind in kinds.KINDS}


def _line(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def encode(
    export: JournalExport,
    *,
    app_version: str,
    created_at: dt.datetime,
    progress: Progress | None = None,
    wbits: int = zlib.MAX_WBITS,
) -> Iterator[bytes]:
    """The compressed payload of `export`, in blocks, as its records are read.

    `wbits` chooses the wrapper: zlib (the first container's) or `GZIP` (an age backup's,
    so that `age -d FILE | gunzip` reads it).

    Raises `JournalError` if the records do not match the snapshot's counts (which would
    be a bug: the snapshot is one transaction).
    """
    counts = {name: export.counts.get(name, 0) for name in COUNT_NAMES}
    total = sum(counts.values())
    found = dict.fromkeys(COUNT_NAMES, 0)
    packer = zlib.compressobj(LEVEL, zlib.DEFLATED, wbits)
    first = {
        "format": FORMAT_NAME,
        "version": VERSION,
        "app_version": app_version,
        "created_at": _moment(created_at),
        "counts": counts,
    }
    pending = [_line(first)]
    size = 0
    for done, record in enumerate(export.records, 1):
        data = _line(to_json(record))
        found[KINDS[_KIND_OF[type(record)]]] += 1
        pending.append(data)
        size += len(data)
        if size >= _BLOCK:
            yield packer.compress(b"".join(pending))
            pending.clear()
            size = 0
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
    if found != counts:
        raise JournalError(
            "The journal changed while it was being backed up; nothing was kept. Try again."
        )
    pending.append(_line({"type": "end", "counts": found}))
    yield packer.compress(b"".join(pending)) + packer.flush()
    if progress is not None:
        progress(total, total)


# -- reading ------------------------------------------------------------------------------


class _Bad(Exception):
    """A departure from the format, with a short description that quotes no journal text."""


def _invalid(line: int, detail: str) -> BackupInvalid:
    return BackupInvalid(
        f"This backup's contents are damaged or not in the expected form (line {line}: "
        f"{detail}). Nothing was changed.",
        where="payload",
    )


def _lines(blocks: Iterable[bytes], wbits: int) -> Iterator[bytes]:
    """The payload's lines (without the newline), inflated a bounded step at a time."""
    inflater = zlib.decompressobj(wbits)
    buffer = bytearray()
    for block in blocks:
        data = block
        while data:
            try:
                out = inflater.decompress(data, _INFLATE_STEP)
            except zlib.error:
                raise _Bad("the compressed stream is damaged") from None
            if inflater.unused_data:
                raise _Bad("there are bytes after the compressed stream")
            data = inflater.unconsumed_tail
            buffer += out
            start = 0
            while (end := buffer.find(b"\n", start)) >= 0:
                yield bytes(buffer[start:end])
                start = end + 1
            del buffer[:start]
            if len(buffer) > MAX_LINE:
                raise _Bad("a line is far longer than any record")
    if not inflater.eof:
        raise _Bad("the compressed stream is cut short")
    if buffer:
        raise _Bad("the last line is not complete")


def _object(raw: bytes) -> dict[str, Any]:
    try:
        obj = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        raise _Bad("not a JSON object") from None
    if not isinstance(obj, dict):
        raise _Bad("not a JSON object")
    return obj


class _Fields:
    """Typed access to one line's fields; every line has exactly the fields it should."""

    def __init__(self, obj: dict[str, Any], kind: str, names: tuple[str, ...]) -> None:
        extra = obj.keys() - {"type", *names}
        missing = [n for n in names if n not in obj]
        if missing:
            raise _Bad(f"a {kind} without {missing[0]!r}")
        if extra:
            raise _Bad(f"a {kind} with an unknown field {sorted(extra)[0]!r}")
        self.obj, self.kind = obj, kind

    def _wrong(self, name: str, what: str) -> _Bad:
        return _Bad(f"a {self.kind}'s {name!r} is not {what}")

    def text(self, name: str, *, nonempty: bool = False) -> str:
        value = self.obj[name]
        if not isinstance(value, str) or (nonempty and not value.strip()):
            raise self._wrong(name, "text" if not nonempty else "non-empty text")
        return value

    def ident(self, name: str, *, optional: bool = False) -> int | None:
        value = self.obj[name]
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self._wrong(name, "a positive integer")
        return value

    def flag(self, name: str) -> bool:
        value = self.obj[name]
        if not isinstance(value, bool):
            raise self._wrong(name, "true or false")
        return value

    def day(self, name: str, *, optional: bool = False) -> dt.date | None:
        value = self.obj[name]
        if value is None and optional:
            return None
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self._wrong(name, "a date (YYYY-MM-DD)") from None

    def moment(self, name: str) -> dt.datetime | None:
        value = self.obj[name]
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self._wrong(name, "a time (ISO 8601)") from None
        if moment.tzinfo is not None:  # the journal keeps naive UTC
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return moment

    def id_list(self, name: str, known: dict[int, str]) -> tuple[PersonRef, ...]:
        value = self.obj[name]
        if not isinstance(value, list):
            raise self._wrong(name, "a list of person ids")
        refs: list[PersonRef] = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int) or item not in known:
                raise _Bad(f"a {self.kind}'s {name!r} names a person not in the backup")
            refs.append(PersonRef(item, known[item]))
        if len({r.id for r in refs}) != len(refs):
            raise _Bad(f"a {self.kind}'s {name!r} names a person twice")
        return tuple(sorted(refs, key=lambda r: r.name.casefold()))

    def texts(self, name: str) -> tuple[str, ...]:
        """A list of non-empty texts, each once whatever its case (a person's aliases)."""
        value = self.obj[name]
        if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
            raise self._wrong(name, "a list of non-empty texts")
        if len({t.casefold() for t in value}) != len(value):
            raise _Bad(f"a {self.kind}'s {name!r} repeats itself")
        return tuple(value)

    def codes(self, name: str) -> tuple[str, ...]:
        value = self.obj[name]
        if not isinstance(value, list) or not all(isinstance(c, str) and c for c in value):
            raise self._wrong(name, "a list of codes")
        if len(set(value)) != len(value):
            raise _Bad(f"a {self.kind}'s {name!r} repeats a code")
        return tuple(value)


def _counts(value: object, version: int) -> dict[str, int]:
    """The counts of a payload of `version`, with 0 for the kinds it could not hold."""
    if not isinstance(value, dict) or set(value) != set(count_names(version)):
        raise _Bad("the counts are not the expected ones")
    for n in value.values():
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise _Bad("a count is not a number")
    return {name: value.get(name, 0) for name in COUNT_NAMES}


def _header(obj: dict[str, Any]) -> PayloadHeader:
    if obj.get("format") != FORMAT_NAME:
        raise _Bad("not a TrustJournal export")
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _Bad("no export version")
    if version > VERSION:
        raise BackupTooNew(version, VERSION)
    fields = _Fields(obj, "header", ("format", "version", "app_version", "created_at", "counts"))
    return PayloadHeader(
        version,
        fields.text("app_version"),
        fields.moment("created_at"),
        _counts(obj["counts"], version),
    )


class _Checker:
    """Turns lines into records, checking order, types and links as they come."""

    def __init__(self, version: int = VERSION) -> None:
        self.version = version
        self.rank = 0
        self.people: dict[int, str] = {}
        self.names: set[str] = set()
        self.seen: dict[str, set[int]] = {"gathering": set(), "decision": set()}
        self.conversations: set[int] = set()
        self.quarters: set[str] = set()
        self.drafts: set[str] = set()
        self.settings: set[str] = set()
        self.steps: set[int] = set()
        self.identities: set[tuple[str, str]] = set()
        self.calendar: set[int] = set()
        self.occurrences: set[tuple[str, str]] = set()
        self.counts = dict.fromkeys(COUNT_NAMES, 0)

    def record(self, obj: dict[str, Any]) -> Exported:
        kind = obj.get("type")
        order = list(KINDS)
        if not isinstance(kind, str) or kind not in KINDS:
            raise _Bad("a record of an unknown type")
        rank = order.index(kind)
        if rank < self.rank:
            raise _Bad(f"a {kind} after the {order[self.rank]}s")
        self.rank = rank
        record = getattr(self, f"_{kind}")(obj)
        self.counts[KINDS[kind]] += 1
        return record  # type: ignore[no-any-return]

    def _new_id(self, taken: set[int] | dict[int, str], f: _Fields) -> int:
        ident = f.ident("id")
        assert ident is not None
        if ident in taken:
            raise _Bad(f"two {f.kind}s with the same id")
        return ident

    def _person(self, obj: dict[str, Any]) -> PersonRecord:
        f = _Fields(obj, "person", PERSON_FIELDS[self.version])
        ident = self._new_id(self.people, f)
        name = f.text("name", nonempty=True)
        folded = name.casefold()
        if folded in self.names:
            raise _Bad("two people with the same name")
        self.names.add(folded)
        self.people[ident] = name
        return PersonRecord(
            ident,
            name,
            f.text("role"),
            f.text("how_met"),
            f.text("notes"),
            f.flag("archived"),
            f.texts("aliases") if "aliases" in PERSON_FIELDS[self.version] else (),
            *self._follow_through(f),
        )

    def _follow_through(self, f: _Fields) -> tuple[int | None, bool]:
        """A person's own cadence and "my few" (payload version 3 on)."""
        if "my_few" not in PERSON_FIELDS[self.version]:
            return None, False
        cadence = f.obj["cadence_days"]
        low, high = CADENCE_RANGE
        if cadence is not None and (
            isinstance(cadence, bool) or not isinstance(cadence, int) or not low <= cadence <= high
        ):
            raise f._wrong("cadence_days", f"empty or a whole number of days from {low} to {high}")
        return cadence, f.flag("my_few")

    def _gathering(self, obj: dict[str, Any]) -> GatheringRecord:
        names = ("id", "name", "start_date", "end_date", "place", "note", "people")
        f = _Fields(obj, "gathering", names)
        ident = self._new_id(self.seen["gathering"], f)
        start, end = f.day("start_date"), f.day("end_date", optional=True)
        assert start is not None
        if end is not None and end < start:
            raise _Bad("a gathering that ends before it starts")
        self.seen["gathering"].add(ident)
        return GatheringRecord(
            ident,
            f.text("name", nonempty=True),
            start,
            end,
            f.text("place"),
            f.text("note"),
            f.id_list("people", self.people),
        )

    def _decision(self, obj: dict[str, Any]) -> DecisionRecord:
        names = (
            "id",
            "title",
            "date",
            "discomfort",
            "status",
            "outcome",
            "consulted",
            "changed_framing",
        )
        f = _Fields(obj, "decision", names)
        ident = self._new_id(self.seen["decision"], f)
        date = f.day("date")
        assert date is not None
        discomfort = obj["discomfort"]
        low, high = DISCOMFORT_RANGE
        if isinstance(discomfort, bool) or not isinstance(discomfort, int):
            raise _Bad("a decision's 'discomfort' is not a number")
        if not low <= discomfort <= high:
            raise _Bad("a decision's 'discomfort' is out of range")
        status = f.text("status")
        if status not in DECISION_STATUSES:
            raise _Bad("a decision's 'status' is unknown")
        consulted = f.id_list("consulted", self.people)
        framing = f.id_list("changed_framing", self.people)
        if not {r.id for r in framing} <= {r.id for r in consulted}:
            raise _Bad("a decision's 'changed_framing' names someone not consulted")
        self.seen["decision"].add(ident)
        return DecisionRecord(
            ident,
            f.text("title", nonempty=True),
            date,
            discomfort,
            status,
            f.text("outcome"),
            consulted,
            framing,
        )

    def _conversation(self, obj: dict[str, Any]) -> ConversationRecord:
        names = (
            "id",
            "date",
            "format",
            "people",
            "signals",
            "decision_id",
            "gathering_id",
            "note",
        )
        f = _Fields(obj, "conversation", names)
        ident = self._new_id(self.conversations, f)
        date = f.day("date")
        assert date is not None
        people = f.id_list("people", self.people)
        if not people:
            raise _Bad("a conversation without people")
        decision_id = f.ident("decision_id", optional=True)
        if decision_id is not None and decision_id not in self.seen["decision"]:
            raise _Bad("a conversation links to a decision not in the backup")
        gathering_id = f.ident("gathering_id", optional=True)
        if gathering_id is not None and gathering_id not in self.seen["gathering"]:
            raise _Bad("a conversation links to a gathering not in the backup")
        self.conversations.add(ident)
        return ConversationRecord(
            ident,
            people,
            date,
            f.text("format", nonempty=True),
            f.text("note"),
            f.codes("signals"),
            decision_id,
            gathering_id,
        )

    def _reflection(self, obj: dict[str, Any]) -> ReflectionRecord:
        f = _Fields(obj, "reflection", ("quarter", "text", "updated_at"))
        quarter = f.text("quarter")
        if len(quarter) != 6 or not quarter[:4].isdigit() or quarter[4:5] != "Q":
            raise _Bad("a reflection's 'quarter' is not like 2026Q3")
        if quarter[5] not in "1234":
            raise _Bad("a reflection's 'quarter' is not like 2026Q3")
        if quarter in self.quarters:
            raise _Bad("two reflections for the same quarter")
        self.quarters.add(quarter)
        return ReflectionRecord(quarter, f.text("text"), f.moment("updated_at"))

    def _draft(self, obj: dict[str, Any]) -> DraftRecord:
        f = _Fields(obj, "draft", ("key", "body", "updated_at"))
        key = f.text("key", nonempty=True)
        if key in self.drafts:
            raise _Bad("two drafts with the same key")
        self.drafts.add(key)
        return DraftRecord(key, f.text("body"), f.moment("updated_at"))

    def _setting(self, obj: dict[str, Any]) -> SettingRecord:
        f = _Fields(obj, "setting", ("key", "value"))
        key = f.text("key", nonempty=True)
        if key in self.settings:
            raise _Bad("two settings with the same key")
        self.settings.add(key)
        value = f.text("value")
        if key == CADENCE_SETTING:
            low, high = CADENCE_RANGE
            if not value.isdigit() or not low <= int(value) <= high:
                raise _Bad(f"a cadence that is not a whole number of days from {low} to {high}")
        return SettingRecord(key, value)

    def _identity(self, obj: dict[str, Any]) -> IdentityRecord:
        f = _Fields(obj, "identity", IDENTITY_FIELDS)
        person = f.ident("person_id")
        if person not in self.people:
            raise _Bad("an identity names a person not in the backup")
        kind = f.text("kind")
        if kind not in IDENTITY_KINDS:
            raise f._wrong("kind", "an identity's kind")
        value = f.text("value", nonempty=True)
        if (kind, value) in self.identities:
            raise _Bad("two identities alike")
        self.identities.add((kind, value))
        assert person is not None
        return IdentityRecord(person, kind, value)

    def _calendar_item(self, obj: dict[str, Any]) -> CalendarItemRecord:
        f = _Fields(obj, "calendar item", CALENDAR_FIELDS)
        ident = self._new_id(self.calendar, f)
        self.calendar.add(ident)
        uid, recurrence = f.text("uid", nonempty=True), f.text("recurrence_id")
        if (uid, recurrence) in self.occurrences:
            raise _Bad("two calendar items for the same event")
        self.occurrences.add((uid, recurrence))
        state = f.text("state")
        if state not in CALENDAR_STATES:
            raise f._wrong("state", "a calendar item's state")
        attendees = obj["attendees"]
        if not isinstance(attendees, list) or not all(
            isinstance(a, list) and len(a) == 2 and all(isinstance(x, str) for x in a)
            for a in attendees
        ):
            raise f._wrong("attendees", "a list of [name, e-mail] pairs")
        conversation = f.ident("conversation_id", optional=True)
        if conversation is not None and conversation not in self.conversations:
            raise _Bad("a calendar item names a conversation not in the backup")
        day = f.day("date")
        assert day is not None
        return CalendarItemRecord(
            ident,
            uid,
            recurrence,
            day,
            f.text("start_time"),
            f.text("title"),
            f.text("location"),
            tuple((a[0], a[1]) for a in attendees),
            state,
            conversation,
        )

    def _step(self, obj: dict[str, Any]) -> StepRecord:
        f = _Fields(obj, "step", STEP_FIELDS)
        ident = self._new_id(self.steps, f)
        self.steps.add(ident)
        person = f.ident("person_id", optional=True)
        if person is not None and person not in self.people:
            raise _Bad("a step names a person not in the backup")
        state = f.text("state")
        if state not in STEP_STATES:
            raise f._wrong("state", "a step's state")
        seen = f.day("seen")
        assert seen is not None
        return StepRecord(
            ident,
            f.text("key", nonempty=True),
            f.text("kind", nonempty=True),
            person,
            seen,
            f.day("due", optional=True),
            state,
            f.day("until", optional=True),
            f.day("closed", optional=True),
        )


# Other documents that carry the same records (journal.json, core/exchange/journal_json.py)
# check them with the same checker, one source of truth for a record's JSON: `RecordChecker`
# turns `to_json` objects back into records, raising `RecordInvalid` with a short
# description that quotes no journal text.
RecordChecker = _Checker
RecordInvalid = _Bad


def decode(
    blocks: Iterable[bytes], *, progress: Progress | None = None, wbits: int = zlib.MAX_WBITS
) -> tuple[PayloadHeader, Iterator[Exported]]:
    """Read the payload's first line now; return it and the checked records.

    The records are checked as they are iterated; the payload is whole only once the
    iterator is exhausted without an error (the end line is there, nothing follows it,
    and the counts of the first line, the end line and the records agree).
    """
    lines = _lines(blocks, wbits)
    try:
        first = next(lines, None)
        if first is None:
            raise _Bad("the payload is empty")
        head = _header(_object(first))
    except _Bad as bad:
        raise _invalid(1, str(bad)) from None
    return head, _records(lines, head, progress)


def _records(
    lines: Iterator[bytes], head: PayloadHeader, progress: Progress | None
) -> Iterator[Exported]:
    checker = _Checker(head.version)
    number = 1
    done = 0
    total = head.total
    try:
        for raw in lines:
            number += 1
            obj = _object(raw)
            if obj.get("type") == "end":
                _Fields(obj, "end line", ("counts",))
                if _counts(obj["counts"], head.version) != head.counts:
                    raise _Bad("the end line's counts differ from the first line's")
                if checker.counts != head.counts:
                    raise _Bad("the records do not match the counts")
                if next(lines, None) is not None:
                    number += 1
                    raise _Bad("a line after the end line")
                if progress is not None:
                    progress(total, total)
                return
            yield checker.record(obj)
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(min(done, total), total)
        number += 1
        raise _Bad("the end line is missing")
    except _Bad as bad:
        raise _invalid(number, str(bad)) from None


def check(
    blocks: Iterable[bytes], *, progress: Progress | None = None, wbits: int = zlib.MAX_WBITS
) -> tuple[PayloadHeader, dict[str, int]]:
    """Read and check a whole payload; return its first line and the counts found."""
    head, records = decode(blocks, progress=progress, wbits=wbits)
    for _ in records:
        pass
    return head, dict(head.counts)
