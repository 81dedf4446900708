"""Search snippets: the passage around a match, as plain text plus highlight spans.

FTS5's `snippet()` marks matches with private-use characters, which `from_marked` turns
into spans. For very long notes (a pasted transcript) `snippet()` slows down with the
square of the matches in the note, so `around_first_match` cuts the passage in Python
instead, finding the same words with a regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

OPEN, CLOSE = "\ue000", "\ue001"  # private-use marks that FTS5 puts around matches
Spans = tuple[tuple[int, int], ...]
CONTEXT_BEFORE = 60  # characters of context before the first match…
PASSAGE = 180  # …in a passage of about this many characters (some 16 words)
ELLIPSIS = "…"


@dataclass(frozen=True)
class Term:
    """What the user typed: one word matched as a prefix, or a quoted phrase of words."""

    words: tuple[str, ...]
    prefix: bool

    def pattern(self) -> str:
        body = r"\W+".join(re.escape(w) for w in self.words)
        # A prefix marks the whole word it starts, as FTS5 marks whole tokens.
        return rf"(?<!\w){body}" + (r"\w*" if self.prefix else r"(?!\w)")


def from_marked(marked: str) -> tuple[str, Spans]:
    """Plain text and spans from a snippet with OPEN/CLOSE marks, outer whitespace trimmed."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = start = 0
    for piece in re.split(f"([{OPEN}{CLOSE}])", marked):
        if piece == OPEN:
            start = pos
        elif piece == CLOSE:
            spans.append((start, pos))
        else:
            plain.append(piece)
            pos += len(piece)
    joined = "".join(plain)
    lead = len(joined) - len(joined.lstrip())
    body = joined.strip()
    return body, tuple((max(a - lead, 0), min(b - lead, len(body))) for a, b in spans)


def around_first_match(text: str, terms: Sequence[Term]) -> tuple[str, Spans]:
    """The passage around the first match of any term (the start of `text` if none)."""
    matcher = re.compile("|".join(t.pattern() for t in terms), re.IGNORECASE)
    first = matcher.search(text)
    start = 0 if first is None else max(0, first.start() - CONTEXT_BEFORE)
    if start:
        space = text.find(" ", start, first.start() if first else None)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + PASSAGE)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    passage = text[start:end]
    body = passage.strip()
    shift = passage.index(body[:1]) if body else 0
    prefix = ELLIPSIS if start else ""
    suffix = ELLIPSIS if end < len(text) else ""
    offset = len(prefix) - shift
    spans = tuple(
        (m.start() + offset, m.end() + offset)
        for m in matcher.finditer(passage)
        if shift <= m.start() and m.end() <= shift + len(body)
    )
    return prefix + body + suffix, spans
