"""Signals a small trained model reads in the note, beside the rules.

The rules catch what their cues foresaw; on a writer they have never met they find about
half of the signals. The model here was trained (tools/train_suggest.py, at build time, from
the labelled notes committed under bench/suggest_data/) to weigh the words of a note, who
says them and whether they are denied (features.py), one logistic regression per signal.
Its weights ship as package data (`weights.json`): no download, no dependency.

It only adds: a signal the rules already suggest keeps the rules' evidence. What it adds is
never "strong" (strength below `sureness`'s STRONG), so the editor shows it as *possibly*
suggested, and its evidence is the clause whose words weighed most for the signal, so every
suggestion still quotes the words that caused it.

Long notes are read in windows of a few sentences (the model learned from notes of one to
a few hundred words), and a signal counts when one window shows it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from trustjournal.core.suggest.features import Hit, add_features, sentence_features
from trustjournal.core.suggest.model import Evidence, Suggestion
from trustjournal.core.suggest.scope import Scope
from trustjournal.core.suggest.segment import Document

VERSION = 1
WINDOW_WORDS = 250  # a window of sentences holds about this many words, like a long note
WEAKEST = 0.5  # a model suggestion's strength at its signal's threshold…
SUREST = 0.7  # …and at certainty: never strong, always "possibly" in the editor
EVIDENCE_SHARE = 0.5  # words weighing at least this share of the clause's heaviest are quoted
EDGE_WORDS = 2  # …and the clause's first or last words too when no more than this many
MIN_WORDS = 3  # evidence shorter than this many words…
SHORT_CLAUSE = 14  # …is widened to its whole clause when the clause is no longer than this
WIDENED_WORDS = 6  # …else to about this many words


@dataclass(frozen=True)
class Weights:
    """One logistic regression per signal over the features of features.py."""

    signals: tuple[str, ...]
    bias: tuple[float, ...]
    threshold: tuple[float, ...]  # probability from which a signal is suggested
    weights: dict[str, tuple[tuple[int, float], ...]]  # feature -> (signal index, weight)
    corpus: str  # digest of the labelled notes it was trained on

    @staticmethod
    def from_json(text: str) -> Weights:
        data = json.loads(text)
        if data.get("version") != VERSION:
            raise ValueError("weights of another version")
        weights = Weights(
            signals=tuple(str(c) for c in data["signals"]),
            bias=tuple(float(b) for b in data["bias"]),
            threshold=tuple(float(t) for t in data["threshold"]),
            weights={
                str(f): tuple((int(j), float(w)) for j, w in ws)
                for f, ws in data["weights"].items()
            },
            corpus=str(data["corpus"]),
        )
        k = len(weights.signals)
        if not k or len(weights.bias) != k or len(weights.threshold) != k:
            raise ValueError("weights of the wrong shape")
        if any(not 0 <= j < k for ws in weights.weights.values() for j, _ in ws):
            raise ValueError("a weight for a signal that is not there")
        return weights

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": VERSION,
                "corpus": self.corpus,
                "signals": list(self.signals),
                "bias": list(self.bias),
                "threshold": list(self.threshold),
                "weights": {f: [list(p) for p in ws] for f, ws in sorted(self.weights.items())},
            },
            separators=(",", ":"),
        )

    def logits(self, features: Iterable[str]) -> list[float]:
        """The score of each signal for a set of features (each counted once)."""
        z = list(self.bias)
        get = self.weights.get
        for feature in features:
            pairs = get(feature)
            if pairs:
                for j, w in pairs:
                    z[j] += w
        return z


@cache
def shipped() -> Weights | None:
    """The weights shipped with the package; None when they are missing or unreadable
    (then only the rules suggest, and nothing fails)."""
    try:
        text = resources.files(__package__).joinpath("weights.json").read_text("utf-8")
        return Weights.from_json(text)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def probability(logit: float) -> float:
    if logit >= 0:
        return 1.0 / (1.0 + math.exp(-logit))
    e = math.exp(logit)
    return e / (1.0 + e)


def windows(doc: Document, low: str) -> list[range]:
    """Runs of whole sentences of about `WINDOW_WORDS` words (one run for most notes)."""
    runs: list[range] = []
    start = 0
    words = 0
    for si, sent in enumerate(doc.sentences):
        n = len(low[sent.start : sent.end].split())
        if words and words + n > WINDOW_WORDS:
            runs.append(range(start, si))
            start, words = si, 0
        words += n
    runs.append(range(start, len(doc.sentences)))
    return runs


def model_suggestions(
    doc: Document,
    low: str,
    scope: Scope,
    note: str,
    besides: Iterable[str] = (),
    weights: Weights | None = None,
) -> list[Suggestion]:
    """What the model reads in the note, for signals not in `besides`. `note` is the text
    as the person wrote it (evidence quotes it); `doc` and `low` its normalised forms of the
    same length."""
    model = weights if weights is not None else shipped()
    if model is None or not doc.sentences:
        return []
    skip = set(besides)
    best: dict[int, tuple[float, range]] = {}
    for run in windows(doc, low):
        features: set[str] = set()
        for si in run:
            add_features(doc, low, scope, si, features)
        z = model.logits(features)
        for j, logit in enumerate(z):
            signal = model.signals[j]
            p = probability(logit)
            if signal in skip or p < model.threshold[j]:
                continue
            if j not in best or p > best[j][0]:
                best[j] = (p, run)
    found = []
    for j, (p, run) in best.items():
        hits = [h for si in run for h in sentence_features(doc, low, scope, si)]
        evidence = _evidence(model, j, doc, hits, note)
        if evidence is None:
            continue
        t = model.threshold[j]
        strength = WEAKEST + (SUREST - WEAKEST) * (p - t) / max(1e-9, 1.0 - t)
        found.append(Suggestion(model.signals[j], (evidence,), round(strength, 3)))
    return found


def _evidence(model: Weights, j: int, doc: Document, hits: list[Hit], note: str) -> Evidence | None:
    """The clause whose distinct features weigh most for signal `j`, narrowed to its
    heaviest words (from the first to the last of them)."""
    by_clause: dict[int, dict[str, tuple[float, Hit]]] = {}
    for hit in hits:
        w = next((w for k, w in model.weights.get(hit.feature, ()) if k == j), 0.0)
        if w <= 0:
            continue
        si = doc.sentence_index(hit.start)
        clause = doc.clause_at(si, hit.start)
        seen = by_clause.setdefault(clause.start, {})
        if hit.feature not in seen:
            seen[hit.feature] = (w, hit)
    if not by_clause:
        return None
    heaviest = max(by_clause.values(), key=lambda feats: sum(w for w, _ in feats.values()))
    top = max(w for w, _ in heaviest.values())
    chosen = [h for w, h in heaviest.values() if w >= EVIDENCE_SHARE * top]
    start = min(h.start for h in chosen)
    end = max(h.end for h in chosen)
    # A few light words left at either edge of the clause read better quoted than cut off
    # ("…growth and cash at the same" + "time").
    clause = doc.clause_at(doc.sentence_index(start), start)
    if len(note[end : clause.end].split()) <= EDGE_WORDS:
        end = clause.end
    if len(note[clause.start : start].split()) <= EDGE_WORDS:
        start = clause.start
    # One or two words alone ("told", "same") say little: a short clause is quoted whole,
    # a long one from those words to a few after them.
    if len(note[start:end].split()) < MIN_WORDS:
        if len(note[clause.start : clause.end].split()) <= SHORT_CLAUSE:
            start, end = clause.start, clause.end
        else:
            end = _words_on(note, start, end, clause.end)
            if len(note[start:end].split()) < MIN_WORDS:  # the clause's end came first
                start = _words_back(note, start, end, clause.start)
    while end > start and not note[end - 1].isalnum():
        end -= 1
    while start < end and not note[start].isalnum():
        start += 1
    return Evidence(start, end, note[start:end])


_NEXT_WORD = re.compile(r"\W*?[\w'’-]+")
_WORD_BEFORE = re.compile(r"[\w'’-]+\W*$")
_LIGHT = frozenset(
    ["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)


def _words_on(note: str, start: int, end: int, limit: int) -> int:
    """`end` moved on by whole words, until the span holds `WIDENED_WORDS` words and does
    not stop on a light word ("the", "of"…), never past `limit`."""
    while end < limit:
        m = _NEXT_WORD.match(note, end, limit)
        if m is None:
            break
        end = m.end()
        words = note[start:end].split()
        if len(words) >= WIDENED_WORDS and words[-1].lower() not in _LIGHT:
            break
    return end


def _words_back(note: str, start: int, end: int, limit: int) -> int:
    """`start` moved back by whole words until the span holds `MIN_WORDS` words, never
    before `limit`."""
    while start > limit and len(note[start:end].split()) < MIN_WORDS:
        m = _WORD_BEFORE.search(note, limit, start)
        if m is None:
            break
        start = m.start()
    return start
