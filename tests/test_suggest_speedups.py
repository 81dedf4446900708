"""The patterns that run over every sentence say first which character they can start
with, so that the regular expression engine skips other words at once. That must change
nothing: with and without the lookahead, the same matches over every labelled note and
over text made to stress each alternative."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from trustjournal.core.suggest import scope, segment

DATA = Path(__file__).resolve().parent.parent / "bench" / "suggest_data"
STRESS = (
    "We both lost; she said: no. He and I — both of us, sort of (really) [sic] — agreed, "
    "but then Ana and I, Sam + me and J & I left. Everyone, nobody, no one, the whole table, "
    "all six of us, all of them: either of us, neither of us, each of us, we each, we've both, "
    "I'm, i've, my, mine, myself, our, ours, he's, she'd, they're, his, hers, their, theirs, "
    "her, himself, herself, themselves, you, your; 10:30 – 11:00 –– end\u2014and so, while "
    "Tom left, and then Mia came, which was odd, except Zoe, only Eve, until now, unless so."
)


def _texts() -> list[str]:
    texts = [STRESS, STRESS.lower()]
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            texts.extend(json.loads(line)["text"] for line in f if line.strip())
    return [segment.normalise(t) for t in texts]


@pytest.mark.parametrize(
    ("start", "pattern", "lower"),
    [
        (segment.CLAUSE_BREAK_START, segment.CLAUSE_BREAK, False),
        (scope.PERSON_WORD_START, scope.PERSON_WORD, True),
        (scope.PAIR_START, scope.PAIR, False),
    ],
)
def test_a_start_lookahead_changes_no_match(start: str, pattern: str, lower: bool) -> None:
    plain = re.compile(pattern)
    fast = re.compile(start + "(?:" + pattern + ")")
    checked = 0
    for text in _texts():
        if lower:
            text = segment.lowered(text)
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == expected, text[:80]
        checked += len(expected)
    assert checked > 100  # the patterns really matched, many times


def test_the_quick_features_are_the_features_with_places() -> None:
    """The model scores every sentence with `add_features` (no places) and quotes evidence
    from `sentence_features` (with places): both must read the same features."""
    from trustjournal.core.suggest.engine import read
    from trustjournal.core.suggest.features import add_features, sentence_features

    sentences = 0
    for text in _texts():
        read_note = read(text)
        if read_note is None:
            continue
        doc, low, scope_ = read_note
        for si in range(len(doc.sentences)):
            quick: set[str] = set()
            add_features(doc, low, scope_, si, quick)
            assert quick == {h.feature for h in sentence_features(doc, low, scope_, si)}
            sentences += 1
    assert sentences > 5000


def test_the_scan_by_alternatives_finds_what_the_joined_patterns_find() -> None:
    """The scanner tries each pattern's alternatives separately where they can start; over
    every labelled note it must find exactly what `finditer` of the joined patterns finds."""
    from trustjournal.core.suggest.engine import _compiled, _scanner

    joined = _compiled()
    found = 0
    for text in _texts():
        low = segment.lowered(text)
        full = sorted(
            (i, m.span()) for i, (_, _, rx) in enumerate(joined) for m in rx.finditer(low)
        )
        assert sorted((i, m.span()) for i, m in _scanner().matches(low)) == full, text[:80]
        found += len(full)
    assert found > 4000  # the cues really matched, thousands of times
