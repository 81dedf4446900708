"""An honest estimate of how hard a new passphrase is to guess, with advice: zxcvbn's.

The create-journal window shows it live while the passphrase is typed. It is a guide,
not a gate: the only rule is core's own minimum (`vault.check_new_passphrase`), and
`Strength.acceptable` is exactly that rule, so the estimate can never call acceptable a
passphrase the vault would refuse. Everything here is a pure function of the text.

The guessing is zxcvbn's (Dropbox's estimator, PyPI `zxcvbn`): it finds the dictionary
words (common passwords, English words, names, TV and film words), keyboard rows, runs,
repeats, dates and l33t swaps a guesser tries first, and says how many guesses the
cheapest way costs. That number, not zxcvbn's own 0-4 score (made for web logins that
an attacker can only try online), gives our score: the journal's key derivation
(Argon2id) makes every guess an offline attacker tries costly, so the bands are set in
guesses (`FAIR_GUESSES` ...). The advice is ours, chosen from what zxcvbn found.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from trustjournal.core.errors import WeakPassphrase
from trustjournal.core.i18n import N_, _, ngettext
from trustjournal.core.store.vault import MIN_PASSPHRASE, check_new_passphrase

# The English labels (marked); an estimate carries its label translated.
LABELS = (N_("Too short"), N_("Weak"), N_("Fair"), N_("Good"), N_("Strong"))
# log10 of the guesses at which an acceptable passphrase reaches score 2, 3 and 4: two
# unrelated words are fair, three good, four strong (random characters: 8 fair, 11 good).
FAIR_GUESSES = 7.0
GOOD_GUESSES = 10.0
STRONG_GUESSES = 14.0
# Words any guesser of a TrustJournal passphrase tries first (zxcvbn's user inputs).
APP_WORDS = ("trustjournal", "trust", "journal", "passphrase", "password", "leader")
# zxcvbn's work grows quickly with length; a passphrase this long is judged on its start
# (which alone is far beyond Strong).
MAX_JUDGED = 72  # zxcvbn refuses longer input

STRONG_ADVICE = N_(
    "Keep it somewhere safe: without it, only your recovery key (if you made one) opens the "
    "journal; nobody, not even TrustJournal, can recover the passphrase itself."
)
COMMON_ADVICE = N_(
    "This is one of the most common passwords, the first a guesser would try. "
    "Choose a few unrelated words instead."
)
PATTERN_ADVICE = N_(
    "Repeats and runs like aaa, abc, 123 or qwerty are easy to guess; add an unrelated word."
)
DATE_ADVICE = N_("Dates and years are among the first things guessed; add an unrelated word.")
NAME_ADVICE = N_("Names are easy to guess, most of all yours; add an unrelated word.")
OWN_WORDS_ADVICE = N_(
    "Words that go with you or this app are guessed first; choose unrelated words."
)
WORDS_ADVICE = N_("Longer beats complicated: try a few unrelated words, like a short odd sentence.")


@dataclass(frozen=True)
class Strength:
    """How hard a passphrase is to guess: 0 (refused by the vault) to 4, with advice."""

    score: int
    label: str
    advice: str
    acceptable: bool  # the vault accepts it (core's minimum); independent of the score


def score_for(guesses_log10: float) -> int:
    """The score (1-4) of an acceptable passphrase that takes 10**guesses_log10 guesses."""
    return (
        1
        + (guesses_log10 >= FAIR_GUESSES)
        + (guesses_log10 >= GOOD_GUESSES)
        + (guesses_log10 >= STRONG_GUESSES)
    )


def estimate(passphrase: str, context: Sequence[str] = ()) -> Strength:
    """Judge `passphrase`; `context` are words a guesser knows (the leader's name...)."""
    try:
        check_new_passphrase(passphrase)
    except WeakPassphrase:
        missing = MIN_PASSPHRASE - len(passphrase)
        return Strength(
            0,
            _(LABELS[0]),
            ngettext(
                "Use at least {n} characters ({missing} more character); a few unrelated words "
                "are easy to remember and hard to guess.",
                "Use at least {n} characters ({missing} more characters); a few unrelated words "
                "are easy to remember and hard to guess.",
                missing,
            ).format(n=MIN_PASSPHRASE, missing=missing),
            acceptable=False,
        )
    found = _zxcvbn(passphrase, context)
    guesses = found.get("guesses")
    # zxcvbn counts guesses as an int, a float or a Decimal (for huge numbers).
    number = float(guesses) if isinstance(guesses, (int, float, Decimal)) else 1.0
    log10 = math.log10(max(number, 1.0))
    score = score_for(log10)
    return Strength(score, _(LABELS[score]), _(_advice(passphrase, score, found)), acceptable=True)


def _zxcvbn(passphrase: str, context: Sequence[str]) -> dict[str, object]:
    from zxcvbn import zxcvbn  # its dictionaries take ~0.3 s to load: only when first used

    inputs = [*APP_WORDS, *(w.lower() for c in context for w in c.split() if len(w) > 2)]
    result: dict[str, object] = zxcvbn(passphrase[:MAX_JUDGED], user_inputs=inputs)
    return result


def _advice(passphrase: str, score: int, found: dict[str, object]) -> str:
    if score == 4:
        return STRONG_ADVICE
    sequence = found.get("sequence")
    matches = [m for m in sequence if isinstance(m, dict)] if isinstance(sequence, list) else []
    patterns = {str(m.get("pattern")) for m in matches}
    dictionaries = {str(m.get("dictionary_name")) for m in matches if "dictionary_name" in m}
    if score == 1:
        if "user_inputs" in dictionaries and len(matches) == 1:
            return OWN_WORDS_ADVICE
        common = sum(
            len(str(m.get("token", ""))) for m in matches if m.get("dictionary_name") == "passwords"
        )
        if common * 2 >= len(passphrase):  # mostly a common password, a bit tacked on
            return COMMON_ADVICE
    if patterns & {"repeat", "sequence", "spatial"} and all(
        m.get("pattern") != "bruteforce" for m in matches
    ):
        return PATTERN_ADVICE
    if score == 1 and patterns & {"date", "regex"}:
        return DATE_ADVICE
    if score == 1 and dictionaries & {"male_names", "female_names", "surnames"}:
        return NAME_ADVICE
    words = len(passphrase.split())
    if words >= 3:
        return N_("One more unrelated word would make it much harder to guess.")
    if words == 2:
        return N_("Getting there: add a third unrelated word.")
    return WORDS_ADVICE
