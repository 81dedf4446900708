"""The passphrase strength estimate: one row a passphrase, its score and the advice beside it."""

from __future__ import annotations

import pytest

from trustjournal.core.errors import WeakPassphrase
from trustjournal.core.store.strength import LABELS, estimate
from trustjournal.core.store.vault import MIN_PASSPHRASE, check_new_passphrase

# passphrase, score, words the advice must contain
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
    ("correct horse battery staple", 1, "most common passwords"),
    ("aaaaaaaa", 1, "Repeats and runs"),
    ("qwertyui", 1, "Repeats and runs"),
    ("abcabcabc", 1, "Repeats and runs"),
    ("passpasspass", 1, "Repeats and runs"),
    ("sunflower", 1, "a few unrelated words"),
    ("kx7mq2pl", 2, "a few unrelated words"),
    ("river lamp", 2, "add a third unrelated word"),
    ("Tr0ub4dor&3", 2, "a few unrelated words"),
    ("river lamp quiet", 3, "One more unrelated word"),
    ("correct horse battery", 3, "One more unrelated word"),
    ("river lamp quiet ocean", 4, "nobody, not even TrustJournal, can recover"),
    ("RiverLampQuietOcean", 4, "can recover"),
    ("My dog is called Rex!", 4, "can recover"),
    ("Kx9#mQ2!vL7p$wR4", 4, "can recover"),
]


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
