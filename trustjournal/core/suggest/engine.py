"""`suggest()`: the note in, suggested signals with their evidence out.

Runs every cue of the lexicon over the note once, asks the scope rules what each match
means where it stands, and merges what it finds into at most one suggestion per signal.
The patterns compile on the first call (not at import), so opening the editor costs
nothing until there is a note to read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from trustjournal.core.suggest import features, lexicon
from trustjournal.core.suggest.lazyre import lazy
from trustjournal.core.suggest.model import Evidence, Suggestion
from trustjournal.core.suggest.rules import judge
from trustjournal.core.suggest.scan import Scanner
from trustjournal.core.suggest.scope import Scope, names_pattern
from trustjournal.core.suggest.segment import Document, lowered, normalise, segment
from trustjournal.core.suggest.trained import model_suggestions

# Below this a suggestion is not worth the person's attention (a hedged, implied cue).
MIN_STRENGTH = 0.4
# Each further piece of evidence for the same signal adds this much, up to 1.
CORROBORATION = 0.1

_SARCASM_IN = lazy(
    r"\b(?:apparently|supposedly|as\s+always|allegedly|claims|of\s+course|yeah,?\s+right|"
    r"as\s+if|sure,)\b",
    re.IGNORECASE,
)
_SARCASM_BEFORE = lazy(
    r"^(?:ha|hah|pfft|ugh|sure|right|oh\s+sure|yeah\s+right)[.!]*$", re.IGNORECASE
)
_SARCASM_NEXT = lazy(
    r"^(?:right|sure|classic|useless|of\s+course|yeah,?\s+right|as\s+if|i\s+counted|"
    r"riveting|fascinating|typical|naturally)[.!]*$",
    re.IGNORECASE,
)


def _coarse(weight: float) -> float:
    return min(1.0, int(weight * 10 + 0.5) / 10)


@cache
def _groups() -> tuple[tuple[str, float, tuple[str, ...]], ...]:
    """The cues as one pattern per kind and weight (its alternatives in lexicon order):
    fewer patterns, fewer places to try at each word."""
    merged: dict[tuple[str, float], list[str]] = {}
    for kind, weight, pattern in lexicon.all_cues():
        # Weights are read to the nearest 0.1 (0.85 counts as 0.9): fewer patterns to try.
        merged.setdefault((kind, _coarse(weight)), []).append(pattern)
    return tuple((kind, weight, tuple(ps)) for (kind, weight), ps in merged.items())


@cache
def _scanner() -> Scanner:
    return Scanner(tuple(alts for _, _, alts in _groups()))


def _compiled() -> tuple[tuple[str, float, re.Pattern[str]], ...]:
    """Each kind and weight's alternatives joined into one pattern: what the scanner must
    find exactly (tests compare it with `finditer` of these)."""
    return tuple(
        (kind, weight, re.compile("|".join(f"(?:{p})" for p in alts)))
        for kind, weight, alts in _groups()
    )


def _sarcastic(doc: Document) -> frozenset[int]:
    text = doc.text
    found: set[int] = set()
    for i, sent in enumerate(doc.sentences):
        if _SARCASM_IN.search(text, sent.start, sent.end):
            found.add(i)
        if i + 1 < len(doc.sentences):
            nxt = doc.sentences[i + 1]
            if _SARCASM_NEXT.match(text[nxt.start : nxt.end].strip()):
                found.add(i)
        # "Ha. 'Honest feedback' from Rory means…": a scoff before counts too.
        if i > 0:
            prev = doc.sentences[i - 1]
            if _SARCASM_BEFORE.match(text[prev.start : prev.end].strip()):
                found.add(i)
    return frozenset(found)


class SuggestFailed(RuntimeError):
    """Reading a note for suggestions failed. Its message never holds the note's words."""


def suggest(note: str, people: Sequence[str] = ()) -> list[Suggestion]:
    """Signals the note suggests, each with the spans that show it and a strength.

    `people` are the names of who was there; they let "Nadia said…" count as them.
    At most one suggestion per signal, ordered by where its first evidence starts.
    Nothing is stored or logged. A failure raises `SuggestFailed`, whose message names
    only the kind of error: an exception raised deeper down (a KeyError, say) could
    carry a word of the note in its message, so it is not chained.
    """
    try:
        return _suggest(note, people)
    except Exception as exc:
        raise SuggestFailed(f"{type(exc).__name__} while suggesting signals") from None


def forget() -> None:
    """Drop every trace of the notes read that is kept for speed (word starts, words):
    the editor calls it when an entry closes or the journal locks."""
    features.forget()
    if _scanner.cache_info().currsize:
        _scanner().forget()


def read(note: str, people: Sequence[str] = ()) -> tuple[Document, str, Scope] | None:
    """The note as the rules and the model read it: its sentences, its lower-case copy
    (same length) and its scope; None for a note with nothing to read."""
    if not note or not note.strip():
        return None
    text = normalise(note)
    doc = segment(text)
    if not doc.sentences:
        return None
    low = lowered(text)
    return doc, low, Scope(doc, low, names_pattern(tuple(people)))


def _suggest(note: str, people: Sequence[str]) -> list[Suggestion]:
    read_note = read(note, people)
    if read_note is None:
        return []
    suggestions = _rules(note, *read_note)
    suggestions.extend(model_suggestions(*read_note, note, besides={s.signal for s in suggestions}))
    suggestions.sort(key=lambda s: (s.evidence[0].start, s.signal))
    return suggestions


def _suggest_rules(note: str, people: Sequence[str]) -> list[Suggestion]:
    """The rules' suggestions alone (for measuring what the model adds)."""
    read_note = read(note, people)
    return [] if read_note is None else _rules(note, *read_note)


def _rules(note: str, doc: Document, low: str, scope: Scope) -> list[Suggestion]:
    text = doc.text
    sarcastic = _sarcastic(doc)
    found: dict[str, list[tuple[float, int, int]]] = {}
    cues = _groups()
    for index, m in _scanner().matches(low):
        kind, weight, _ = cues[index]
        start, end = _strip(text, m.start(), m.end())
        if end <= start:
            continue
        si = doc.sentence_index(start)
        sent = doc.sentences[si]
        if start < sent.start or end > sent.end:
            continue
        verdict = judge(kind, scope, si, start, si in sarcastic)
        strength = weight * verdict.factor
        shown = verdict.start if verdict.start is not None else start
        for code in verdict.signals:
            found.setdefault(code, []).append((strength, shown, end))
    suggestions: list[Suggestion] = []
    for code, hits in found.items():
        spans = _merge_spans([(s, e) for _, s, e in hits])
        best = max(h[0] for h in hits)
        strength = min(1.0, best + CORROBORATION * (len(spans) - 1))
        if strength < MIN_STRENGTH:
            continue
        evidence = tuple(Evidence(s, e, note[s:e]) for s, e in spans)
        suggestions.append(Suggestion(code, evidence, round(strength, 3)))
    return suggestions


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t,;:-":
        start += 1
    while end > start and text[end - 1] in " \t,;:-":
        end -= 1
    return start, end


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
