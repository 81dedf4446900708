"""Signals suggested from a conversation's note, each with the words that show it.

`suggest(note, people)` reads the note with transparent patterns and scope rules
(sentences and clauses, who is speaking, negation, quotes, hedges), adds what a small
model trained on labelled notes reads in it (trained.py, its weights shipped beside it as
`weights.json`), and returns at most one `Suggestion` per signal, ordered by where its first
evidence starts. Nothing here ticks a signal, stores or logs anything: the caller shows the
suggestions and the person decides. No Qt, no network, no download; the patterns compile
and the weights load on first use, so importing this package is cheap. How it works and
what it misses: docs/suggestions.md.
"""

from __future__ import annotations

from trustjournal.core.suggest.engine import SuggestFailed, forget, suggest
from trustjournal.core.suggest.model import Evidence, Suggestion

__all__ = ["Evidence", "SuggestFailed", "Suggestion", "forget", "suggest"]
