"""Learning one leader's way of writing, from their own ticks, on their own machine.

The rules (engine.py) know how people in general say that someone admitted doubt; a
leader who writes "MK went wobbly on the raise" needs them to learn "wobbly". Two things
are learned from every conversation saved, and nothing else:

* **Phrases** (one to three words of a note, at least one of them not a small word): in how
  many notes each appeared, and with which signals ticked. A phrase seen with a signal in
  at least `MIN_SEEN` notes, and in at least `MIN_PRECISION` of the notes that hold it,
  suggests that signal in a new note (not where a "not", "didn't"… stands just before it),
  with the phrase as its evidence. Phrases seen once are forgotten first when there are
  more than `MAX_PHRASES`.
* **Dismissals**: each rule suggestion shown and not ticked, keyed by its signal and its
  words. Words the leader has turned down at least `DISMISSED_MIN` times, and in at least
  `DISMISSED_SHARE` of the times shown, no longer suggest that signal.

`Learned` is plain data with a JSON form; the journal keeps it encrypted among its settings
(so backups carry it) and nowhere else, and forgets it when learning is turned off.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from trustjournal.core.suggest.model import Evidence, Suggestion

VERSION = 1
MIN_SEEN = 2  # notes in which a phrase came with a signal before it suggests it…
MIN_SEEN_WORD = 3  # …or a single word, which is more often there by chance
MIN_PRECISION = 0.75  # …and the share of the notes holding the phrase that had the signal
MAX_PHRASES = 20_000  # beyond this, phrases seen in one note only are forgotten
MAX_WORDS = 3  # a phrase is one to this many words
DISMISSED_MIN = 2  # a rule's words turned down this many times…
DISMISSED_SHARE = 0.67  # …and in this share of the times shown: no longer suggested
NEGATION_WINDOW = 3  # words before a phrase in which a negation cancels it

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_BOUNDARY = re.compile(r"[.!?;:\n()\[\]\"“”]+")
# Small words: a phrase of nothing but these teaches nothing.
_SMALL_WORDS = (
    "a an and are as at be been but by did do does for from had has have he her him his i "
    "in is it its me my of on or our re she so that the their them they this to us was we "
    "were with you your"
)
_NEGATION_WORDS = (
    "not no never nor neither nothing none nobody without hardly barely didn't don't "
    "doesn't wasn't weren't isn't aren't won't wouldn't couldn't hasn't haven't hadn't "
    "cannot can't"
)
# Everyday words: alone they say nothing about a conversation, however often they come.
_EVERYDAY_WORDS = (
    "about after again all also always any back because before being best better big both "
    "came can come could day days down each even ever every first get gets getting give go "
    "going good got great here how into just know last later least left less let like little "
    "long look lot made make many may maybe more most much must need new next now off old "
    "once one only other out over own part put quite really right round said same say says "
    "see seem should since some something still such sure take talk tell than then there "
    "these thing things think those though through time today told too took two under up "
    "very want way week well went what when where which while who why will would year years "
    "yes yet"
)
SMALL = frozenset(_SMALL_WORDS.split())
EVERYDAY = frozenset(_EVERYDAY_WORDS.split())
NEGATIONS = frozenset(_NEGATION_WORDS.split())


@dataclass
class Learned:
    """What one journal has learned (see the module docstring). Mutable: `learn` adds."""

    notes: int = 0
    # phrase -> [notes holding it, {signal: notes holding it with the signal ticked}]
    phrases: dict[str, tuple[int, dict[str, int]]] = field(default_factory=dict)
    # "signal|words" -> [times shown, times turned down]
    shown: dict[str, list[int]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {"version": VERSION, "notes": self.notes, "phrases": self.phrases, "shown": self.shown},
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @staticmethod
    def from_json(text: str | None) -> Learned:
        """The learned data back; anything unreadable (or of another version) starts afresh
        rather than failing a save or a suggestion."""
        if not text:
            return Learned()
        try:
            data: Any = json.loads(text)
            if data.get("version") != VERSION:
                return Learned()
            phrases = {
                str(p): (int(total), {str(s): int(n) for s, n in dict(by).items()})
                for p, (total, by) in dict(data["phrases"]).items()
            }
            shown = {str(k): [int(a), int(b)] for k, (a, b) in dict(data["shown"]).items()}
            return Learned(int(data["notes"]), phrases, shown)
        except (ValueError, TypeError, KeyError, AttributeError):
            return Learned()


def _words(note: str) -> list[list[tuple[str, int, int]]]:
    """The note's words, lower case, with their offsets, in runs between sentence marks."""
    low = note.casefold().replace("’", "'")
    runs: list[list[tuple[str, int, int]]] = []
    start = 0
    for stop in [*(m.start() for m in _BOUNDARY.finditer(low)), len(low)]:
        runs.append([(m.group(), m.start(), m.end()) for m in _WORD.finditer(low, start, stop)])
        start = stop
    return [run for run in runs if run]


def _meaningful(word: str) -> bool:
    """A word that can carry what a phrase means: not a small or everyday word, not a
    number, not an initial or other short token."""
    return len(word) >= 4 and word not in SMALL and word not in EVERYDAY and not word.isdigit()


def phrases_of(note: str) -> dict[str, tuple[int, int, bool]]:
    """Every phrase of the note once: its first place, and whether a negation stands in the
    few words before it (then it says the opposite, and neither teaches nor suggests)."""
    found: dict[str, tuple[int, int, bool]] = {}
    for run in _words(note):
        for i in range(len(run)):
            before = {w for w, _, _ in run[max(0, i - NEGATION_WINDOW) : i]}
            negated = bool(before & NEGATIONS)
            for n in range(1, MAX_WORDS + 1):
                words = run[i : i + n]
                if len(words) < n:
                    break
                texts = [w for w, _, _ in words]
                if not any(_meaningful(w) for w in texts):
                    continue
                if any(w in NEGATIONS for w in texts):
                    continue
                phrase = " ".join(texts)
                if phrase not in found or (found[phrase][2] and not negated):
                    found[phrase] = (words[0][1], words[-1][2], negated)
    return found


def _key(suggestion: Suggestion) -> str:
    first = suggestion.evidence[0].text if suggestion.evidence else ""
    return f"{suggestion.signal}|{' '.join(first.casefold().split())}"


def learn(
    model: Learned, note: str, ticked: Iterable[str], shown: Sequence[Suggestion] = ()
) -> Learned:
    """Add one saved conversation: its note, the signals ticked on it, and the rule
    suggestions it was shown (those not ticked count as turned down)."""
    signals = set(ticked)
    for phrase, (_, _, negated) in phrases_of(note).items():
        if negated:
            continue
        total, by = model.phrases.get(phrase, (0, {}))
        by = dict(by)
        for signal in signals:
            by[signal] = by.get(signal, 0) + 1
        model.phrases[phrase] = (total + 1, by)
    for suggestion in shown:
        count = model.shown.setdefault(_key(suggestion), [0, 0])
        count[0] += 1
        if suggestion.signal not in signals:
            count[1] += 1
    model.notes += 1
    if len(model.phrases) > MAX_PHRASES:
        model.phrases = {p: v for p, v in model.phrases.items() if v[0] > 1}
    return model


def turned_down(model: Learned, suggestion: Suggestion) -> bool:
    shown, down = model.shown.get(_key(suggestion), (0, 0))
    return down >= DISMISSED_MIN and down >= DISMISSED_SHARE * shown


def learned_suggestions(model: Learned, note: str, besides: Iterable[str] = ()) -> list[Suggestion]:
    """What the leader's own phrases suggest in `note`, for signals not in `besides`: per
    signal the surest phrase (then the longest, then the first), as evidence."""
    skip = set(besides)
    best: dict[str, tuple[tuple[float, int, int], int, int, int]] = {}
    for phrase, (start, end, negated) in phrases_of(note).items():
        if negated or phrase not in model.phrases:
            continue
        total, by = model.phrases[phrase]
        single = " " not in phrase
        for signal, seen in by.items():
            if signal in skip or seen < (MIN_SEEN_WORD if single else MIN_SEEN):
                continue
            if seen / total < MIN_PRECISION:
                continue
            rank = (seen / total, phrase.count(" ") + 1, -start)
            if signal not in best or rank > best[signal][0]:
                best[signal] = (rank, start, end, seen)
    out = []
    for signal, ((precision, _, _), start, end, seen) in best.items():
        strength = min(0.85, 0.45 + 0.4 * precision * min(1.0, seen / 5))
        out.append(Suggestion(signal, (Evidence(start, end, note[start:end]),), strength))
    return out


def personalise(
    model: Learned | None, note: str, suggestions: Sequence[Suggestion]
) -> list[Suggestion]:
    """The rules' suggestions less those the leader keeps turning down, plus what their own
    phrases suggest; in the order of the note. With no model, the rules' as they are."""
    if model is None:
        return list(suggestions)
    kept = [s for s in suggestions if not turned_down(model, s)]
    added = learned_suggestions(model, note, besides={s.signal for s in suggestions})
    return sorted([*kept, *added], key=lambda s: (s.evidence[0].start, s.signal))
