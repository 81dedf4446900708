"""The words of a note as the trained model reads them: who says them, and whether denied.

The rules (rules.py) know the cues people commonly write; the trained model (trained.py)
learns from labelled notes the many other ways people say the same things. Both read the
same sentences, clauses, quotations and actors (segment.py, scope.py), so the model knows
that "she admitted" and "I admitted" differ, and that "no pushback" is not a pushback.

Each word of a clause becomes two features:

* ``w:stem``: the word (crudely stemmed, so "admitted" and "admits" meet), or ``w:~stem``
  after a negation in its clause;
* ``a:actor|stem``: the same, with who the clause's subject is at that word (me, them, we,
  both, none…).

Pairs of words were tried as well and left out: over seven writers, each left out in turn,
they added nothing to recall or precision (docs/suggestions.md) and cost time on long notes.

`add_features` reads a sentence quickly, without places; `sentence_features` gives each
feature where it stands (`Hit`), so a suggestion can quote the words that caused it (the
two read the same features: tests/test_suggest_speedups.py). The trainer
(tools/train_suggest.py) calls the same `note_features`, so what was learned and what is
read can never drift apart. Words of notes read are remembered (`_FEATURES`, for speed)
only until `forget()`: the editor calls it when an entry closes or the journal locks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from trustjournal.core.suggest.scope import Scope
from trustjournal.core.suggest.segment import Document

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NEGATIONS = frozenset(
    {"not", "no", "never", "nor", "neither", "nothing", "none", "nobody", "without", "hardly"}
    | {"barely", "cannot"}
)
_SUFFIXES = ("ing", "ed", "es", "s", "ly")
# (actor, negation mark, word) -> its two features, or () for a negation: a note repeats
# its words, and building the strings was a fifth of the model's time on a long note.
_FEATURES: dict[tuple[str, str, str], tuple[str, ...]] = {}
_MAX_KNOWN = 200_000  # past this many, forgotten (one long note holds ~10,000)


@dataclass(frozen=True, slots=True)
class Hit:
    """One feature where it occurs: the word's span."""

    feature: str
    start: int
    end: int


def stem(word: str) -> str:
    """A crude stem: enough that "admitted", "admits" and "admitting" share features."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _pieces(doc: Document, scope: Scope, si: int) -> list[tuple[bool, str, int, int]]:
    """Sentence `si` as runs between person words: (starts a clause?, actor, start, end).
    A clause starts with who it is about before any person word in it: the scope rules'
    answer for its first word (an earlier subject, a "Maya:" label, a quote's speaker, a
    diary's dropped "I"); each person word in it makes the words from it on theirs."""
    out: list[tuple[bool, str, int, int]] = []
    people = scope.tokens(si)
    starts = [t.start for t in people]
    for clause in doc.clauses(si):
        actor = scope.actor_at(si, clause.start)[0]
        at, first = clause.start, True
        for k in range(bisect_left(starts, clause.start), len(starts)):
            if starts[k] >= clause.end:
                break
            if starts[k] > at:
                out.append((first, actor, at, starts[k]))
                at, first = starts[k], False
            actor = people[k].actor
        out.append((first, actor, at, clause.end))
    return out


def _stem_of(word: str) -> str | None:
    """The word's stem, or None for a negation (which marks the rest of its clause)."""
    if word in _NEGATIONS or word.endswith("n't"):
        return None
    return stem(word)


def words(doc: Document, low: str, scope: Scope, si: int) -> list[tuple[str, str, int, int]]:
    """The words of sentence `si` as (stem, actor, start, end), a stem after a negation in
    its clause marked with "~" (the negation itself is left out)."""
    out: list[tuple[str, str, int, int]] = []
    mark = ""
    for new_clause, actor, start, end in _pieces(doc, scope, si):
        if new_clause:
            mark = ""
        for m in _WORD.finditer(low, start, end):
            s = _stem_of(m.group())
            if s is None:
                mark = "~"
            else:
                out.append((mark + s, actor, m.start(), m.end()))
    return out


def add_features(doc: Document, low: str, scope: Scope, si: int, out: set[str]) -> None:
    """Add the features of sentence `si` to `out`: those of `words()`, without their
    places (the quick path, for every sentence of every note)."""
    mark = ""
    known = _FEATURES
    if len(known) > _MAX_KNOWN:
        known.clear()
    for new_clause, actor, start, end in _pieces(doc, scope, si):
        if new_clause:
            mark = ""
        for word in _WORD.findall(low, start, end):
            key = (actor, mark, word)
            pair = known.get(key)
            if pair is None:
                s = _stem_of(word)
                pair = known[key] = () if s is None else ("w:" + mark + s, f"a:{actor}|{mark}{s}")
            if not pair:
                mark = "~"
                continue
            out.add(pair[0])
            out.add(pair[1])


def sentence_features(doc: Document, low: str, scope: Scope, si: int) -> list[Hit]:
    """The features of sentence `si` where they stand, in order (a feature may repeat)."""
    hits: list[Hit] = []
    for s, actor, start, end in words(doc, low, scope, si):
        hits.append(Hit("w:" + s, start, end))
        hits.append(Hit(f"a:{actor}|{s}", start, end))
    return hits


def note_features(doc: Document, low: str, scope: Scope) -> set[str]:
    """The distinct features of the whole note."""
    out: set[str] = set()
    for si in range(len(doc.sentences)):
        add_features(doc, low, scope, si, out)
    return out


def forget() -> None:
    """Drop the words remembered from notes read (the journal locks, the entry closes)."""
    _FEATURES.clear()
