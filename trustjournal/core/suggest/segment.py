"""Cutting a note into sentences, clauses and quotations, keeping character offsets.

Everything downstream works on spans of one normalised copy of the note that has the
same length as the original (typographic quotes and apostrophes become straight ones),
so an offset found here is an offset into the note the person typed.

- A sentence ends at a line break, or at `.`, `!`, `?` (and `…`) followed by a space,
  unless the dot closes a known abbreviation ("vs.", "e.g.") or an initial ("M."), and
  never inside a quotation.
- A sentence is at most MAX_SENTENCE (600) characters: a longer run without a full stop is
  cut at a comma or a space.
- A bullet or numbering mark at the start of a line ("- ", "* ", "• ", "3) ") is not
  part of the sentence.
- A clause ends at `;`, `:` (not between digits), a spaced dash, brackets, and before a
  conjunction that starts a new thought ("but", "whereas", "then", "so", "although",
  and "and" when a new subject follows). Negation and the subject of a verb do not
  cross a clause boundary; a speaker named earlier in the sentence does.
- A quotation is text between double quotes, or between single quotes where the
  opening one starts a word and the closing one ends a word (so "don't" and "kids'"
  are apostrophes, not quotes). A quotation is at most 400 characters and one line.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from trustjournal.core.suggest.lazyre import lazy

_TYPOGRAPHIC = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"'}
)

MAX_QUOTE = 400
# A sentence longer than this is cut at a comma or a space (a paste without full stops).
MAX_SENTENCE = 600


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Markdown emphasis: any asterisks, and underscores that open or close a word (not the ones
# inside it, as in a file_name). Each mark becomes a space, so offsets do not move.
_EMPHASIS = lazy(r"\*+|(?<!\w)_+|_+(?!\w)")


def normalise(note: str) -> str:
    """The note with straight quotes and without Markdown's emphasis marks ("is **failing**"
    reads as "is failing"): same length, same offsets."""
    text = note.translate(_TYPOGRAPHIC)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(lambda m: " " * len(m.group()), text)
    return text


# Every character str.isspace() accepts except the line break (listed, not searched for,
# to keep the import cheap; test_suggest_api checks the list is complete).
SPACES = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000"
)
_SPACES = dict.fromkeys(map(ord, SPACES), " ")


def lowered(text: str) -> str:
    """`text` in lower case with every space but a line break folded to " ", with the same
    length (the rare letters whose lower case is longer, such as "İ", are kept as they
    are). Cues match on this copy without IGNORECASE, which lets the regular-expression
    engine skip alternatives by their first letter, and the scanner index patterns by
    their first characters (scan.py)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_SPACES)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


_QUOTE_MARK = lazy("[\"']")


def find_quotes(text: str) -> list[Span]:
    """Quotation spans, each including its marks, in order and not overlapping."""
    spans: list[Span] = []
    pos = 0
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        if i < pos:
            continue
        ch = text[i]
        if ch == "'" and not _opens_single(text, i):
            continue
        close = _find_close(text, i + 1, ch)
        if close is not None:
            spans.append(Span(i, close + 1))
            pos = close + 1
    return spans


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in '([{:-—–"/') and not after.isspace()


def _closes_single(text: str, i: int) -> bool:
    before = text[i - 1]
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _find_close(text: str, start: int, mark: str) -> int | None:
    limit = min(len(text), start + MAX_QUOTE)
    newline = text.find("\n", start, limit)
    if newline != -1:
        limit = newline
    j = text.find(mark, start + 1, limit)
    while j != -1:
        if mark == '"' or _closes_single(text, j):
            return j
        j = text.find(mark, j + 1, limit)
    return None


_ABBREVIATIONS = _words(
    "vs e.g eg i.e ie etc mr mrs ms dr st approx incl inc ltd co jr sr cf re no fig est "
    "min max dept govt corp "
)
_SENTENCE_END = lazy(r"[.!?\u2026]+(?=[\s\"')\]]|$)|\n+")
_BULLET = lazy(r"[ \t]*(?:[-*\u2022\u2023\u25e6>]+|\d{1,3}[.)])[ \t]+")


def _inside(spans: list[Span], starts: list[int], pos: int) -> Span | None:
    k = bisect_right(starts, pos) - 1
    if k >= 0 and spans[k].start < pos < spans[k].end - 1:
        return spans[k]
    return None


def split_sentences(text: str, quotes: list[Span]) -> list[tuple[int, int]]:
    """Sentence spans (start, end) with leading bullets and surrounding space trimmed."""
    starts = [q.start for q in quotes]
    cuts: list[int] = []
    for m in _SENTENCE_END.finditer(text):
        if m.group(0)[0] != "\n":
            if _inside(quotes, starts, m.start()) is not None:
                continue
            if m.group(0) == "." and _is_abbreviation(text, m.start()):
                continue
        cuts.append(m.end())
    # A quotation that ends a sentence: `...product.' Next` closes after the quote mark.
    for q in quotes:
        inner_end = q.end - 2
        if (
            inner_end >= 0
            and text[inner_end] in ".!?"
            and (q.end == len(text) or text[q.end].isspace())
        ):
            cuts.append(q.end)
    cuts = sorted(set(cuts))
    result: list[tuple[int, int]] = []
    prev = 0
    for cut in [*cuts, len(text)]:
        if cut <= prev:
            continue
        for lo, hi in _bounded(text, prev, cut):
            start, end = _trim(text, lo, hi)
            if end > start:
                result.append((start, end))
        prev = cut
    return result


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of text with no sentence end cut into pieces of at most MAX_SENTENCE
    characters, at a comma or a space: the scope rules look back over a sentence, so an
    unpunctuated paste must not become one 50 KB sentence."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = text.rfind(", ", start + MAX_SENTENCE // 2, limit)
        if cut == -1:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, limit)
        cut = limit if cut == -1 else cut + 1
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _is_abbreviation(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # An initial ("told M. about it") but not the pronoun ending a sentence ("...than I.").
    return len(word) == 1 and text[j].isupper() and text[j] != "I"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    m = _BULLET.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_SUBJECT_AHEAD = r"(?=(?:[Ii]|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou|[A-Z][a-z]+)\b)"
CLAUSE_BREAK = (
    r"\s*;\s*"
    r"|(?<!\d):(?!\d)\s*"
    r"|\s+[-\u2013\u2014]{1,2}\s+|\u2014|\s*[()\[\]]\s*"
    r"|,?\s+(?=(?:but|whereas|while|although|though|yet|then|so|because|until|unless|"
    r"which|except|only)\s)"
    r"|,?\s+and\s+(?=then\s)"
    r"|,?\s+and\s+" + _SUBJECT_AHEAD + r"|,\s+" + _SUBJECT_AHEAD
)
# Every break starts with one of these characters: saying so first lets the engine pass
# over the letters of a word at once instead of trying each alternative there (a 50 KB
# note: 7 ms -> 2.6 ms, the same matches; tests/test_suggest_speedups.py).
CLAUSE_BREAK_START = r"(?=[\s;:,()\[\]\u2013\u2014-])"
_CLAUSE_BREAK = lazy(CLAUSE_BREAK_START + "(?:" + CLAUSE_BREAK + ")")


def split_clauses(
    text: str, start: int, end: int, quotes: list[Span], starts: list[int] | None = None
) -> tuple[Span, ...]:
    if starts is None:
        starts = [q.start for q in quotes]
    clauses: list[Span] = []
    prev = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.end() == m.start() or _inside(quotes, starts, m.start()) is not None:
            continue
        if m.start() > prev:
            clauses.append(Span(prev, m.start()))
        prev = m.end()
    if end > prev:
        clauses.append(Span(prev, end))
    return tuple(clauses) or (Span(start, end),)


class Document:
    """The sentences and quotations of one normalised note, with fast position lookups."""

    def __init__(self, text: str, sentences: tuple[Sentence, ...], quotes: tuple[Span, ...]):
        self.text = text
        self.sentences = sentences
        self.quotes = quotes
        self._sentence_starts = [s.start for s in sentences]
        self._quote_starts = [q.start for q in quotes]
        self._quote_list = list(quotes)
        self._clauses: dict[int, tuple[Span, ...]] = {}

    def clauses(self, si: int) -> tuple[Span, ...]:
        """The clauses of sentence `si` (cut on first use: most sentences hold no cue)."""
        found = self._clauses.get(si)
        if found is None:
            sent = self.sentences[si]
            found = split_clauses(
                self.text, sent.start, sent.end, self._quote_list, self._quote_starts
            )
            self._clauses[si] = found
        return found

    def clause_at(self, si: int, pos: int) -> Span:
        clauses = self.clauses(si)
        for clause in clauses:
            if clause.start <= pos < clause.end:
                return clause
        return clauses[-1]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect_right(self._sentence_starts, pos) - 1)

    def quote_at(self, pos: int) -> Span | None:
        """The quotation whose inside holds `pos` (its opening mark excluded)."""
        k = bisect_right(self._quote_starts, pos - 1) - 1
        if k >= 0 and self.quotes[k].start < pos < self.quotes[k].end:
            return self.quotes[k]
        return None


def segment(text: str) -> Document:
    """The normalised note cut into sentences and quotations (clauses on demand)."""
    quotes = find_quotes(text)
    sentences = tuple(Sentence(s, e) for s, e in split_sentences(text, quotes))
    return Document(text, sentences, tuple(quotes))
