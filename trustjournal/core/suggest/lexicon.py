"""The cues: the words that show each kind of signal, before any scope rule applies.

A cue says *what* happened; `rules.py` says which signal that becomes for each actor and
what a negation turns it into, and `scope.py` finds the actor. So one cue ("no idea how
to") serves "I have no idea how to…" (i_admitted_doubt), "she has no idea…"
(they_admitted_doubt) and "neither of us has any idea…" (both).

Patterns are matched on a lower-case copy of the note with straight quotes, so they are
written in lower case. Write them for many voices: British and American spelling, terse
shorthand and full sentences, present and past tense, the base forms a non-native writer
uses ("he tell me", "we lose"). Each has a weight in (0, 1]: how plainly the words alone
show it. The cues themselves live in `cues_honesty.py`, `cues_voices.py` (later passes in
other voices) and `cues_polish.py`.
"""

from __future__ import annotations

FAIL = "fail"
DOUBT = "doubt"
REGRET = "regret"
FEEDBACK = "feedback"
EVALUATION = "evaluation"
CHALLENGE = "challenge"
UNDERSTOOD = "understood"
HELP = "help"
SIMILAR = "similar"
TRADEOFF = "tradeoff"
PARALLEL = "parallel"
SUCCESS = "success"
PRAISE = "praise"
TRANSACT = "transact"
SURFACE = "surface"
VALIDATED = "validated"
POLISHED = "polished"
WITHHELD = "withheld"

KINDS = (
    FAIL,
    DOUBT,
    REGRET,
    FEEDBACK,
    EVALUATION,
    CHALLENGE,
    UNDERSTOOD,
    HELP,
    SIMILAR,
    TRADEOFF,
    PARALLEL,
    SUCCESS,
    PRAISE,
    TRANSACT,
    SURFACE,
    VALIDATED,
    POLISHED,
    WITHHELD,
)

Cue = tuple[str, float, str]

# A form of "to be", as the cue modules write it around a cue ("is", "'s", "has been"…).
BE = r"(?:is|was|are|were|'s|'re|'m|am|been|be|has\s+been|have\s+been|had\s+been)"


def alt(*parts: str) -> str:
    """Alternatives as whole words: not preceded or followed by a letter or digit."""
    # A contraction ("'d", "'s") starts a cue even right after a letter: "he'd", "it's".
    return r"(?:(?<!\w)|(?='))(?:" + "|".join(parts) + r")(?!\w)"


def all_cues() -> tuple[Cue, ...]:
    """Every cue, honesty first (imported here so that importing the package stays cheap)."""
    from trustjournal.core.suggest.cues_honesty import HONESTY_CUES
    from trustjournal.core.suggest.cues_polish import POLISH_CUES
    from trustjournal.core.suggest.cues_voices import VOICE_CUES

    return HONESTY_CUES + VOICE_CUES + POLISH_CUES
