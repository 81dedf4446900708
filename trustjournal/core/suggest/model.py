"""What a suggestion is: a signal code, the words of the note that show it, a strength.

These two records are the whole public vocabulary of `trustjournal.core.suggest`; the
editor and the command line build against them, so their fields never change meaning.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """A span of the note: `text == note[start:end]` (character offsets)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Suggestion:
    """One suggested signal (a code from `judgement.signals`), never ticked by itself.

    `evidence` holds the spans that caused it, in the order they occur in the note;
    `strength` is in (0, 1]: how plainly the words show the signal (a hedge, an implied
    subject or a weak cue lowers it).
    """

    signal: str
    evidence: tuple[Evidence, ...]
    strength: float


STRONG = 0.75  # from this strength the words show the signal plainly…
LIKELY = 0.5  # …from this, likely; below it, possibly (a hedge, a learned phrase)


def sureness(strength: float) -> str:
    """How plainly the words show the signal, in a word the CLI and the editor share:
    "strong", "likely" or "possible"."""
    if strength >= STRONG:
        return "strong"
    return "likely" if strength >= LIKELY else "possible"
