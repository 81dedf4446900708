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
from trustjournal.core.backup.lines import (
    COUNT_NAMES,
    KINDS,
    VERSION,
    Bad,
    Fields,
    RecordChecker,
    RecordInvalid,
    count_names,
)
from trustjournal.core.errors import BackupInvalid, BackupTooNew, JournalError
from trustjournal.core.i18n import _
from trustjournal.core.records import (
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
    StepRecord,
)

__all__ = ["COUNT_NAMES", "VERSION", "RecordChecker", "RecordInvalid", "count_names"]

FORMAT_NAME = "trustjournal-export"
# The wrapper of the payload in an age backup: gzip (zlib's wbits 16 + 15), which any
# `gunzip` reads; the first container's payload is a bare zlib stream.
GZIP = 31
LEVEL = 6
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
            _("The journal changed while it was being backed up; nothing was kept. Try again.")
        )
    pending.append(_line({"type": "end", "counts": found}))
    yield packer.compress(b"".join(pending)) + packer.flush()
    if progress is not None:
        progress(total, total)


# -- reading ------------------------------------------------------------------------------


def _invalid(line: int, detail: str) -> BackupInvalid:
    return BackupInvalid(
        # `detail` is a technical note in English ("a person without 'name'")
        _(
            "This backup's contents are damaged or not in the expected form (line {line}: "
            "{detail}). Nothing was changed."
        ).format(line=line, detail=detail),
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
                raise Bad("the compressed stream is damaged") from None
            if inflater.unused_data:
                raise Bad("there are bytes after the compressed stream")
            data = inflater.unconsumed_tail
            buffer += out
            start = 0
            while (end := buffer.find(b"\n", start)) >= 0:
                yield bytes(buffer[start:end])
                start = end + 1
            del buffer[:start]
            if len(buffer) > MAX_LINE:
                raise Bad("a line is far longer than any record")
    if not inflater.eof:
        raise Bad("the compressed stream is cut short")
    if buffer:
        raise Bad("the last line is not complete")


def _object(raw: bytes) -> dict[str, Any]:
    try:
        obj = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        raise Bad("not a JSON object") from None
    if not isinstance(obj, dict):
        raise Bad("not a JSON object")
    return obj


def _counts(value: object, version: int) -> dict[str, int]:
    """The counts of a payload of `version`, with 0 for the kinds it could not hold."""
    if not isinstance(value, dict) or set(value) != set(count_names(version)):
        raise Bad("the counts are not the expected ones")
    for n in value.values():
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise Bad("a count is not a number")
    return {name: value.get(name, 0) for name in COUNT_NAMES}


def _header(obj: dict[str, Any]) -> PayloadHeader:
    if obj.get("format") != FORMAT_NAME:
        raise Bad("not a TrustJournal export")
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise Bad("no export version")
    if version > VERSION:
        raise BackupTooNew(version, VERSION)
    fields = Fields(obj, "header", ("format", "version", "app_version", "created_at", "counts"))
    return PayloadHeader(
        version,
        fields.text("app_version"),
        fields.moment("created_at"),
        _counts(obj["counts"], version),
    )


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
            raise Bad("the payload is empty")
        head = _header(_object(first))
    except Bad as bad:
        raise _invalid(1, str(bad)) from None
    return head, _records(lines, head, progress)


def _records(
    lines: Iterator[bytes], head: PayloadHeader, progress: Progress | None
) -> Iterator[Exported]:
    checker = RecordChecker(head.version)
    number = 1
    done = 0
    total = head.total
    try:
        for raw in lines:
            number += 1
            obj = _object(raw)
            if obj.get("type") == "end":
                Fields(obj, "end line", ("counts",))
                if _counts(obj["counts"], head.version) != head.counts:
                    raise Bad("the end line's counts differ from the first line's")
                if checker.counts != head.counts:
                    raise Bad("the records do not match the counts")
                if next(lines, None) is not None:
                    number += 1
                    raise Bad("a line after the end line")
                if progress is not None:
                    progress(total, total)
                return
            yield checker.record(obj)
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(min(done, total), total)
        number += 1
        raise Bad("the end line is missing")
    except Bad as bad:
        raise _invalid(number, str(bad)) from None


def check(
    blocks: Iterable[bytes], *, progress: Progress | None = None, wbits: int = zlib.MAX_WBITS
) -> tuple[PayloadHeader, dict[str, int]]:
    """Read and check a whole payload; return its first line and the counts found."""
    head, records = decode(blocks, progress=progress, wbits=wbits)
    for _record in records:
        pass
    return head, dict(head.counts)
