"""Versions ⇄ canonical bytes: the plaintext of a change file or a snapshot (docs/sync.md).

`encode(versions)` is deterministic: the same versions, in any order, give the same bytes.
It is compact JSON (sorted keys, no spaces), compressed with zlib:

    {"format": 1, "versions": [[kind, uid, field, stamp, parents, value, covers], ...]}

with a stamp as `[wall_ms, counter, device]`, `parents` and `covers` sorted lists of stamps,
and the versions sorted by (kind, uid, field, stamp). The folder pads and seals the bytes.

`decode(data)` is strict: anything but exactly that shape (a wrong type, a missing or
extra item, a float, an object as a value, a parent not before its version, a stamp twice,
too deep or too large) raises `SyncDamaged`, and never another exception.

`pack`/`unpack` are the journal's own storage of versions (its sync state, its outbox):
the same rows as plain JSON, neither canonical nor compressed nor checked on reading, since
they never leave the encrypted journal (a round loads and stores a thousand records at
once: this is several times faster).
"""

from __future__ import annotations

import itertools
import json
import zlib
from collections.abc import Iterable
from typing import Any

from trustjournal.core.errors import SyncDamaged
from trustjournal.core.sync.hlc import Stamp
from trustjournal.core.sync.state import Json, Version, preferred

FORMAT = 1
MAX_PLAINTEXT = 256 * 1024 * 1024  # a snapshot of a very large journal fits many times over
MAX_DEPTH = 8  # nesting of a value's lists (a field holds a flat list of uids at most)
MAX_WALL_MS = 2**53  # JSON's exact integers; far beyond any clock
MAX_COUNTER = 2**32
_COMPRESSION = 6


def _stamp_out(stamp: Stamp) -> list[Any]:
    return [stamp.wall_ms, stamp.counter, stamp.device]


def encode(versions: Iterable[Version]) -> bytes:
    """The canonical bytes of `versions` (duplicates kept once)."""
    unique: dict[tuple[str, str, str, Stamp], Version] = {}
    for v in versions:
        key = (v.kind, v.uid, v.field, v.stamp)
        other = unique.get(key)
        if other is None or (other != v and preferred(v) < preferred(other)):
            unique[key] = v  # two versions under one stamp: the one a merge keeps
    rows = [
        [
            v.kind,
            v.uid,
            v.field,
            _stamp_out(v.stamp),
            [_stamp_out(p) for p in sorted(v.parents)] if v.parents else [],
            v.value,
            [_stamp_out(c) for c in sorted(v.covers)] if v.covers else [],
        ]
        for _key, v in sorted(unique.items(), key=lambda item: item[0])
    ]
    text = json.dumps(
        {"format": FORMAT, "versions": rows},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )
    return zlib.compress(text.encode("utf-8"), _COMPRESSION)


def decode(data: bytes) -> list[Version]:
    """The versions in `data`; `SyncDamaged` if it is not exactly what `encode` makes."""
    try:
        inflater = zlib.decompressobj()
        plain = inflater.decompress(data, MAX_PLAINTEXT)
        if inflater.unconsumed_tail:
            raise SyncDamaged("too large")
        if not inflater.eof or inflater.unused_data:
            raise SyncDamaged("cut short or followed by other bytes")
        document = json.loads(
            plain.decode("utf-8"), parse_constant=_refuse_constant, parse_float=_refuse_float
        )
    except SyncDamaged:
        raise
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise SyncDamaged(f"not compressed JSON ({type(error).__name__})") from None
    if not isinstance(document, dict) or set(document) != {"format", "versions"}:
        raise SyncDamaged("not a list of versions")
    if not _is_int(document["format"]) or document["format"] != FORMAT:
        raise SyncDamaged(f"format {document['format']!r} unknown")
    rows = document["versions"]
    if not isinstance(rows, list):
        raise SyncDamaged("versions is not a list")
    seen: set[tuple[str, str, str, Stamp]] = set()
    out: list[Version] = []
    for index, row in enumerate(rows):
        version = _version(row, index)
        key = (version.kind, version.uid, version.field, version.stamp)
        if key in seen:
            raise SyncDamaged(f"version {index}: twice")
        seen.add(key)
        out.append(version)
    return out


def _refuse_constant(name: str) -> Any:
    raise SyncDamaged(f"{name} is not a value")


def _refuse_float(text: str) -> Any:
    raise SyncDamaged("a fraction is not a value")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: object, index: int, what: str) -> str:
    if type(value) is not str or not value:
        raise SyncDamaged(f"version {index}: {what} is not a non-empty string")
    return value


def _stamp(value: object, index: int, what: str) -> Stamp:
    if not isinstance(value, list) or len(value) != 3:
        raise SyncDamaged(f"version {index}: {what} is not [wall, counter, device]")
    wall, counter, device = value
    if type(wall) is not int or not 0 <= wall < MAX_WALL_MS:
        raise SyncDamaged(f"version {index}: {what} has a bad wall time")
    if type(counter) is not int or not 0 <= counter < MAX_COUNTER:
        raise SyncDamaged(f"version {index}: {what} has a bad counter")
    if type(device) is not str or not device:
        raise SyncDamaged(f"version {index}: {what}'s device is not a non-empty string")
    return Stamp(wall, counter, device)


_NONE: frozenset[Stamp] = frozenset()
_SCALARS = (str, bool, int)


def _stamps(value: object, index: int, what: str, before: Stamp) -> frozenset[Stamp]:
    if not isinstance(value, list):
        raise SyncDamaged(f"version {index}: {what} is not a list")
    if not value:
        return _NONE
    stamps = [_stamp(item, index, what) for item in value]
    for earlier, later in itertools.pairwise(stamps):
        if earlier >= later:
            raise SyncDamaged(f"version {index}: {what} not sorted or repeated")
    if stamps[-1] >= before:
        raise SyncDamaged(f"version {index}: {what} not before the version")
    return frozenset(stamps)


def _value(value: object, index: int, depth: int = 0) -> Json:
    if value is None or type(value) in _SCALARS:
        return value  # type: ignore[return-value]
    if isinstance(value, list) and depth < MAX_DEPTH:
        return [_value(item, index, depth + 1) for item in value]
    raise SyncDamaged(f"version {index}: value is not a string, number, flag or list")


def _version(row: object, index: int) -> Version:
    if not isinstance(row, list) or len(row) != 7:
        raise SyncDamaged(f"version {index}: not seven items")
    kind, uid, field, stamp, parents, value, covers = row
    at = _stamp(stamp, index, "stamp")
    return Version(
        _text(kind, index, "kind"),
        _text(uid, index, "uid"),
        _text(field, index, "field"),
        at,
        _stamps(parents, index, "parents", at),
        _value(value, index),
        _stamps(covers, index, "covers", at),
    )


def pack(versions: Iterable[Version]) -> bytes:
    """Versions for the journal's own tables (see the module's docstring)."""
    rows = [
        [
            v.kind,
            v.uid,
            v.field,
            v.stamp,
            list(v.parents),
            v.value,
            list(v.covers),
        ]
        for v in versions
    ]
    return json.dumps(rows, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def unpack(data: bytes) -> list[Version]:
    """What `pack` made."""
    return [
        Version(
            kind,
            uid,
            field,
            Stamp(*stamp),
            frozenset(Stamp(*p) for p in parents) if parents else _NONE,
            value,
            frozenset(Stamp(*c) for c in covers) if covers else _NONE,
        )
        for kind, uid, field, stamp, parents, value, covers in json.loads(data)
    ]
