"""The passphrase strength estimate: one row a passphrase, its score and the advice beside it."""

from __future__ import annotations

import pytest

from trustjournal.core.errors import WeakPassphrase
from trustjournal.core.store.strength import (
    FAIR_GUESSES,
    GOOD_GUESSES,
    LABELS,
    STRONG_GUESSES,
    estimate,
    score_for,
)
from trustjournal.core.store.vault import MIN_PASSPHRASE, check_new_passphrase

# passphrase, score, words the advice must contain (the guessing is zxcvbn's; the bands
# and the advice are ours)
TABLE: list[tuple[str, int, str]] = [
    ("", 0, "at least 8 characters (8 more characters)"),
    ("abc", 0, "(5 more characters)"),
    ("seven77", 0, "(1 more character)"),
    ("password", 1, "most common passwords"),
    ("Password1!", 1, "most common passwords"),
    ("p@ssw0rd", 1, "most common passwords"),
    ("12345678", 1, "most common passwords"),
    ("qwerty123", 1, "most common passwords"),
    ("Sunshine2024", 1, "most common passwords"),
    ("sunflower", 1, "most common passwords"),
    ("aaaaaaaa", 1, "Repeats and runs"),
    ("abcabcabc", 1, "Repeats and runs"),
    ("passpasspass", 1, "Repeats and runs"),
    ("abcdefghijkl", 1, "Repeats and runs"),
    ("trustjournal", 1, "go with you or this app"),
    ("michael1985", 1, "Dates and years"),
    ("kx7mq2pl", 2, "a few unrelated words"),
    ("river lamp", 2, "add a third unrelated word"),
    ("Tr0ub4dor&3", 3, "a few unrelated words"),
    ("river lamp quiet", 3, "One more unrelated word"),
    ("river lamp quiet ocean", 4, "only your recovery key (if you made one) opens"),
    ("RiverLampQuietOcean", 4, "can recover"),
    ("My dog is called Rex!", 4, "can recover"),
    ("Kx9#mQ2!vL7p$wR4", 4, "can recover"),
]


@pytest.mark.parametrize(
    ("guesses_log10", "score"),
    [
        (0.0, 1),
        (FAIR_GUESSES - 0.01, 1),
        (FAIR_GUESSES, 2),
        (GOOD_GUESSES - 0.01, 2),
        (GOOD_GUESSES, 3),
        (STRONG_GUESSES - 0.01, 3),
        (STRONG_GUESSES, 4),
        (40.0, 4),
    ],
)
def test_the_bands_at_their_boundaries(guesses_log10: float, score: int) -> None:
    assert score_for(guesses_log10) == score


def test_words_the_guesser_knows_count_for_little() -> None:
    alone = estimate("okafor marigold")
    known = estimate("okafor marigold", context=["Ada Okafor"])
    assert known.score <= alone.score and known.score < 3


def test_a_very_long_passphrase_is_judged_quickly() -> None:
    import time

    started = time.perf_counter()
    strength = estimate("river lamp quiet ocean " * 400)
    assert strength.score == 4
    assert time.perf_counter() - started < 5  # not a speed target: a hang guard


@pytest.mark.parametrize(("passphrase", "score", "advice"), TABLE)
def test_score_and_advice(passphrase: str, score: int, advice: str) -> None:
    strength = estimate(passphrase)
    assert (strength.score, strength.label) == (score, LABELS[score])
    assert advice in strength.advice


def _core_accepts(passphrase: str) -> bool:
    try:
        check_new_passphrase(passphrase)
    except WeakPassphrase:
        return False
    return True


@pytest.mark.parametrize(
    "passphrase",
    [
        *(row[0] for row in TABLE),
        "x" * (MIN_PASSPHRASE - 1),
        "x" * MIN_PASSPHRASE,
        "ü" * (MIN_PASSPHRASE - 1),
        " " * MIN_PASSPHRASE,
        "😀" * (MIN_PASSPHRASE - 1),
        "İ" * MIN_PASSPHRASE,
    ],
)
def test_acceptable_is_exactly_what_the_vault_accepts(passphrase: str) -> None:
    strength = estimate(passphrase)
    assert strength.acceptable == _core_accepts(passphrase)
    # Score 0 ("Too short") is the refused passphrase and nothing else.
    assert (strength.score == 0) == (not strength.acceptable)


@pytest.mark.parametrize(
    ("weaker", "stronger"),
    [
        ("river lamp", "river lamp quiet"),
        ("river lamp quiet", "river lamp quiet ocean"),
        ("aaaaaaaaaaaa", "aqzmwpxlkeno"),
        ("abcdefghijkl", "kx7mq2plw9rt"),
    ],
)
def test_more_unpredictable_never_scores_lower(weaker: str, stronger: str) -> None:
    assert estimate(weaker).score <= estimate(stronger).score
    assert estimate(weaker).score < 4


def test_every_advice_is_one_plain_sentence_or_two() -> None:
    for passphrase, _, _ in TABLE:
        advice = estimate(passphrase).advice
        assert advice[0].isupper() and advice.endswith(".")
        assert advice.count(". ") <= 1
