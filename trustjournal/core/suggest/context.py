"""The sentence around a suggestion's words: what the editor and the command line quote.

The engine's evidence is the cue words ("no idea"); a person recognises their own sentence
("She admitted she has no idea how to handle the reorg."). `sentence_around` finds it (a
sentence, list item or clause ended by `;`) and, when it is long, a window of about
`limit` characters on the words, as even as the sentence allows.
"""

from __future__ import annotations

from typing import NamedTuple

SENTENCE_ENDS = (".", "!", "?", "\n", ";")


class Window(NamedTuple):
    start: int  # where the sentence (or the window on it) starts in the note
    end: int
    sentence_start: int  # the whole sentence, for telling one sentence from another
    cut_before: bool  # the window leaves out the sentence's start: say so ("…")
    cut_after: bool


def sentence_around(text: str, start: int, end: int, limit: int) -> Window:
    first = max(text.rfind(mark, 0, start) for mark in SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(mark, end) for mark in SENTENCE_ENDS) if i >= 0]
    last = min(ends) + 1 if ends else len(text)
    left, right = first, last
    if last - first > limit:
        room = max(limit - (end - start), 0)
        left = max(first, start - room // 2)
        right = min(last, max(end, left + limit))
        left = max(first, min(left, right - limit))
    return Window(left, right, first, left > first, right < last)
