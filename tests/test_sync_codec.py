"""A change file's plaintext (docs/sync.md): the same versions give the same bytes in any
order, and anything malformed is refused as `SyncDamaged`, never another exception."""

from __future__ import annotations

import contextlib
import json
import zlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustjournal.core.errors import SyncDamaged
from trustjournal.core.sync import codec
from trustjournal.core.sync.codec import decode, encode
from trustjournal.core.sync.hlc import Stamp
from trustjournal.core.sync.state import Version

A1, A2, B1 = Stamp(1000, 0, "A"), Stamp(1000, 1, "A"), Stamp(2000, 0, "B")
NOTE = Version("conversation", "c1", "note", A2, frozenset({A1}), "Ünïcode ✓ text")
PEOPLE = Version("conversation", "c1", "people", B1, frozenset(), ["p2", "p1"])
GONE = Version("person", "p9", "_deleted", B1, frozenset({A1}), True, frozenset({A1, A2}))
VERSIONS = [NOTE, PEOPLE, GONE, Version("step", "s", "done", A1, frozenset(), None)]


def _bytes(document: Any) -> bytes:
    return zlib.compress(json.dumps(document).encode())


def _good_row() -> list[Any]:
    return ["conversation", "c1", "note", [1000, 1, "A"], [[1000, 0, "A"]], "text", []]


def _with_row(row: Any) -> bytes:
    return _bytes({"format": 1, "versions": [row]})


def test_round_trip_keeps_every_part_of_every_version() -> None:
    assert sorted(decode(encode(VERSIONS)), key=lambda v: v.stamp) == sorted(
        VERSIONS, key=lambda v: v.stamp
    )
    assert decode(encode([])) == []


def test_same_versions_same_bytes_whatever_the_order_or_duplicates() -> None:
    assert encode(VERSIONS) == encode(list(reversed(VERSIONS))) == encode(VERSIONS + VERSIONS)


def test_the_bytes_are_compact_sorted_json() -> None:
    text = zlib.decompress(encode([GONE])).decode()
    assert text == (
        '{"format":1,"versions":[["person","p9","_deleted",[2000,0,"B"],[[1000,0,"A"]],true,'
        '[[1000,0,"A"],[1000,1,"A"]]]]}'
    )


def _row(**changes: Any) -> list[Any]:
    row = _good_row()
    names = ["kind", "uid", "field", "stamp", "parents", "value", "covers"]
    for name, value in changes.items():
        row[names.index(name)] = value
    return row


_NAN = b'{"format":1,"versions":[["conversation","c1","note",[1000,1,"A"],[],NaN,[]]]}'

MALFORMED: list[tuple[str, bytes]] = [
    ("empty", b""),
    ("not compressed", b'{"format":1,"versions":[]}'),
    ("cut short", encode(VERSIONS)[:-3]),
    ("bytes after", encode(VERSIONS) + b"\0"),
    ("not utf-8", zlib.compress(b'{"format":1,"versions":["\xff"]}')),
    ("not json", zlib.compress(b"{format: 1}")),
    ("not an object", _bytes([1, []])),
    ("no format", _bytes({"versions": []})),
    ("extra key", _bytes({"format": 1, "versions": [], "x": 0})),
    ("newer format", _bytes({"format": 2, "versions": []})),
    ("format a flag", _bytes({"format": True, "versions": []})),
    ("versions an object", _bytes({"format": 1, "versions": {}})),
    ("row an object", _with_row({"kind": "x"})),
    ("six items", _with_row(_good_row()[:6])),
    ("eight items", _with_row([*_good_row(), 0])),
    ("kind a number", _with_row(_row(kind=3))),
    ("empty uid", _with_row(_row(uid=""))),
    ("field null", _with_row(_row(field=None))),
    ("stamp short", _with_row(_row(stamp=[1000, 1]))),
    ("stamp negative", _with_row(_row(stamp=[-1, 1, "A"]))),
    ("wall a flag", _with_row(_row(stamp=[True, 1, "A"]))),
    ("wall a string", _with_row(_row(stamp=["1000", 1, "A"]))),
    ("wall huge", _with_row(_row(stamp=[2**60, 1, "A"]))),
    ("counter negative", _with_row(_row(stamp=[1000, -1, "A"]))),
    ("device empty", _with_row(_row(stamp=[1000, 1, ""]))),
    ("parents not a list", _with_row(_row(parents="A"))),
    ("parent not a stamp", _with_row(_row(parents=[[1000, 0]]))),
    ("parents unsorted", _with_row(_row(parents=[[999, 0, "B"], [998, 0, "A"]]))),
    ("parents twice", _with_row(_row(parents=[[999, 0, "A"], [999, 0, "A"]]))),
    ("parent after", _with_row(_row(parents=[[1000, 2, "A"]]))),
    ("its own parent", _with_row(_row(parents=[[1000, 1, "A"]]))),
    ("covers after", _with_row(_row(covers=[[5000, 0, "B"]]))),
    ("value an object", _with_row(_row(value={"a": 1}))),
    ("value in a list an object", _with_row(_row(value=["a", {"b": 1}]))),
    ("value a fraction", _with_row(_row(value=1.5))),
    ("value NaN", zlib.compress(_NAN)),
    ("value too deep", _with_row(_row(value=[[[[[[[[[["deep"]]]]]]]]]]))),
    ("nesting beyond the parser", zlib.compress(b"[" * 100_000 + b"]" * 100_000)),
    ("a version twice", _bytes({"format": 1, "versions": [_good_row(), _good_row()]})),
]


@pytest.mark.parametrize(("why", "data"), MALFORMED, ids=[why for why, _ in MALFORMED])
def test_malformed_plaintext_is_refused_as_damaged(why: str, data: bytes) -> None:
    with pytest.raises(SyncDamaged) as caught:
        decode(data)
    assert "was not applied" in str(caught.value)  # the leader's sentence
    assert caught.value.detail  # and what was wrong, for a log


def test_the_well_formed_row_the_malformed_ones_start_from_decodes() -> None:
    (version,) = decode(_with_row(_good_row()))
    assert version == Version(
        "conversation", "c1", "note", Stamp(1000, 1, "A"), frozenset({A1}), "text"
    )


def test_a_compression_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codec, "MAX_PLAINTEXT", 1024)
    bomb = zlib.compress(b'{"format":1,"versions":["' + b"x" * 5000 + b'"]}')
    with pytest.raises(SyncDamaged) as caught:
        decode(bomb)
    assert caught.value.detail == "too large"


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    for candidate in (data, zlib.compress(data)):
        with contextlib.suppress(SyncDamaged):
            decode(candidate)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=8) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=30,
)


@settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(_json, st.integers(0, 6))
def test_any_json_decodes_or_is_refused(document: Any, where: int) -> None:
    """Random JSON, alone, as the list of versions, and in each item of a good row."""
    row = _good_row()
    row[where] = document
    for candidate in (
        document,
        {"format": 1, "versions": document},
        {"format": 1, "versions": [row]},
    ):
        try:
            decoded = decode(zlib.compress(json.dumps(candidate).encode()))
        except SyncDamaged:
            continue
        assert decode(encode(decoded)) == decoded
