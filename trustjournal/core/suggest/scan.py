"""Finding every cue in a note quickly: try each pattern only where it can start.

Scanning a long note once per pattern costs the same at every word whatever the pattern,
so a 50 KB note took about 80 ms for thirty patterns. Instead, the possible first
characters of each alternative of each pattern are read from its parsed form once; the
scan then visits each word start once and tries only the alternatives that can begin
with those characters (trying the whole joined pattern there cost 20 % more).
A pattern whose start cannot be read this way (it begins with `\\w+`, say) is scanned
in full, as before, so the result is always the same as `finditer` over every pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # the parser is private to the re package; without it every pattern is scanned in full
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _c = _p = None

KEY = 5  # how many leading characters (at most) index a pattern
WILD = "\x00"  # pads a prefix whose next character cannot be told
_MAX_SET = 64  # a character class larger than this is "any character"
_MAX_HEADS = 100_000  # word starts remembered by a scanner before it forgets them

_CANDIDATE = re.compile(r"(?<!\w)\w|['\"(]")
# Keys are compared folded: every digit is "0" and a line break is a space, so that "\d"
# and "\s" index as one character each instead of multiplying the keys.
_FOLD = str.maketrans({**{d: "0" for d in "123456789"}, "\n": " "})

Prefixes = set[str] | None


def _op_prefixes(op: Any, av: Any, k: int) -> Prefixes:
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.NOT_LITERAL or op is _c.ANY:
        return None
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}
    if op is _c.IN:
        return _class_chars(av)
    if op is _c.SUBPATTERN:
        return _seq_prefixes(av[-1].data, k)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            sub = _seq_prefixes(alt.data, k)
            if sub is None:
                return None
            out |= sub
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        lo, hi, item = av
        sub = _seq_prefixes(item.data, k)
        if sub is None:
            return None
        result: set[str] = {""} if lo == 0 else set()
        acc = {""}
        for i in range(1, k + 1):
            if hi != _c.MAXREPEAT and i > hi:
                break
            acc = {(a + s)[:k] for a in acc for s in sub}
            if i >= lo:
                result |= acc
        if lo > k:
            result = {a for a in acc if len(a) >= k}
        return result
    if op is _c.CATEGORY:
        return _category_chars(av)
    return None


def _class_chars(items: Any) -> Prefixes:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_SET:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY:
            sub = _category_chars(av)
            if sub is None:
                return None
            chars |= sub
        else:
            return None
    return chars


def _category_chars(av: Any) -> Prefixes:
    if av is _c.CATEGORY_DIGIT:
        return {"0"}
    if av is _c.CATEGORY_SPACE:
        # The text is scanned with every other space folded to " " (segment.lowered).
        return {" "}
    return None


def _seq_prefixes(items: Any, k: int) -> Prefixes:
    """Prefixes of a sequence; a prefix cut short by something unknown is padded to
    length k with WILD, so that nothing is appended to it."""
    frontier = {""}
    done: set[str] = set()
    for op, av in items:
        open_ = {p for p in frontier if len(p) < k}
        done |= frontier - open_
        if not open_:
            break
        nxt: set[str] = set()
        for p in open_:
            sub = _op_prefixes(op, av, k - len(p))
            if sub is None:
                if not p:
                    return None
                nxt.add(p.ljust(k, WILD))
            else:
                nxt.update(p + s for s in sub)
        frontier = nxt
    return done | frontier


def prefixes(pattern: str) -> Prefixes:
    """The strings of up to KEY characters a match of `pattern` can start with, or None
    when that cannot be told (then the pattern is scanned in full)."""
    if _p is None:
        return None
    try:
        found = _seq_prefixes(_p.parse(pattern).data, KEY)
    except Exception:
        return None
    if found is None:
        return None
    keys = {key.split(WILD, 1)[0] for key in found}
    if "" in keys:
        return None
    return keys


class Scanner:
    """All matches of several patterns over one text, as `finditer` of each would give.

    Each pattern is given as its alternatives (`(?:a)|(?:b)|…` as `(a, b, …)`): at a word
    start only the alternatives that can begin there are tried, in their order, and the
    first that matches is the pattern's match there, as in the joined pattern. A pattern
    with an alternative whose start cannot be read is scanned whole with `finditer`.
    The text must have its spaces folded (`segment.lowered`): a pattern's `\\s` is indexed
    as a space or a line break only.
    """

    def __init__(self, groups: tuple[tuple[str, ...], ...]) -> None:
        self.count = len(groups)
        self._alts = [[re.compile(p) for p in alts] for alts in groups]
        self._tables: dict[int, dict[str, list[tuple[int, int]]]] = {}
        self._full: list[tuple[int, re.Pattern[str]]] = []
        for i, alts in enumerate(groups):
            found = [prefixes(p) for p in alts]
            if any(f is None for f in found):
                self._full.append((i, re.compile("|".join(f"(?:{p})" for p in alts))))
                continue
            for k, keys in enumerate(found):
                for key in {key.translate(_FOLD) for key in keys or ()}:
                    self._tables.setdefault(len(key), {}).setdefault(key, []).append((i, k))
        self._lengths = sorted(self._tables.items())
        # A word's first KEY characters -> the (pattern, alternatives) that may start there.
        # It depends on nothing else, so it is kept from note to note (words repeat across
        # notes too), up to _MAX_HEADS.
        self._heads: dict[str, list[tuple[int, list[int]]]] = {}

    def forget(self) -> None:
        """Drop the word starts remembered from the notes read."""
        self._heads.clear()

    def _candidates(self, head: str) -> list[tuple[int, list[int]]]:
        by: dict[int, set[int]] = {}
        for length, table in self._lengths:
            for i, k in table.get(head[:length], ()):
                by.setdefault(i, set()).add(k)
        if len(self._heads) > _MAX_HEADS:
            self._heads.clear()
        found = self._heads[head] = sorted((i, sorted(ks)) for i, ks in by.items())
        return found

    def matches(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(pattern index, match) pairs; each pattern's matches do not overlap."""
        for i, whole in self._full:
            for m in whole.finditer(text):
                yield i, m
        last_end = [0] * self.count
        alts, heads = self._alts, self._heads
        keys = text.translate(_FOLD)
        for cand in _CANDIDATE.finditer(text):
            pos = cand.start()
            head = keys[pos : pos + KEY]
            found = heads.get(head)
            if found is None:
                found = self._candidates(head)
            for i, ks in found:
                if pos < last_end[i]:
                    continue
                group = alts[i]
                for k in ks:
                    hit = group[k].match(text, pos)
                    if hit is not None and hit.end() > hit.start():
                        last_end[i] = hit.end()
                        yield i, hit
                        break
