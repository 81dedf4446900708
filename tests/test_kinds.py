"""The one table of record kinds (core/kinds.py) and the sentence that counts them."""

from __future__ import annotations

import typing

from trustjournal.core import kinds
from trustjournal.core.backup import payload
from trustjournal.core.records import Exported


def test_every_exported_record_has_one_kind_in_export_order() -> None:
    assert tuple(k.record for k in kinds.KINDS) == typing.get_args(Exported)
    assert list(payload.KINDS) == [k.name for k in kinds.KINDS]
    assert tuple(k.plural for k in kinds.KINDS) == payload.COUNT_NAMES


def test_the_counts_sentence() -> None:
    counts = dict.fromkeys(payload.COUNT_NAMES, 0) | {"people": 25, "conversations": 3100}
    counts["drafts"] = 1
    assert kinds.counts_text(counts) == (
        "25 people, 3,100 conversations, 0 decisions, 0 gatherings, 0 reflections and 1 draft"
    )
    assert kinds.counts_text({"people": 1}) == "1 person"
    assert kinds.counts_text({"settings": 2}) == "nothing"


def test_words() -> None:
    assert kinds.named("gathering").label == "Gathering"
    assert [kinds.PERSON.noun(n) for n in (0, 1, 2)] == ["people", "person", "people"]
    assert kinds.listing(["a"]) == "a"
    assert kinds.listing(["a", "b", "c"]) == "a, b and c"
