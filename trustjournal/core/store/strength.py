"""A rough, honest estimate of how hard a new passphrase is to guess, with advice.

The create-journal window shows it live while the passphrase is typed. It is a guide,
not a gate: the only rule is core's own minimum (`vault.check_new_passphrase`), and
`Strength.acceptable` is exactly that rule, so the estimate can never call acceptable a
passphrase the vault would refuse. Everything here is a pure function of the text.

The estimate reads the passphrase as a guesser would: a run of letters is a word (worth
less than as many random letters), a run like ``aaaa``, ``abcd``, ``4321`` or ``qwer`` and
a chunk said again like ``abcabc`` count for little, and one of the most common passwords
(also with digits or symbols tacked on, or letters swapped for look-alike digits) is
weak whatever its length. The bits that remain give the score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from trustjournal.core.errors import WeakPassphrase
from trustjournal.core.store.vault import MIN_PASSPHRASE, check_new_passphrase

LABELS = ("Too short", "Weak", "Fair", "Good", "Strong")
# Bits of guessing work at which a passphrase reaches score 2, 3 and 4: three unrelated
# words are good, four strong. The vault's key derivation (Argon2id, ~0.1-0.2 s a guess)
# makes each bit cost far more than it does for a fast hash.
FAIR_BITS = 32
GOOD_BITS = 48
STRONG_BITS = 64
# A word is one of some tens of thousands, not a string of random letters: a run of n
# letters is worth at most WORD_BITS + LETTER_BITS * n.
WORD_BITS = 10.0
LETTER_BITS = 1.6
SPACE_BITS = 1.0  # the space between words is expected, not a choice
# A predictable character (continuing a run, or inside a repeated chunk) still carries a
# little information: which run, how long.
PREDICTABLE_WEIGHT = 0.25
KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "azertyuiop")
# fmt: off
LOOKALIKE_LETTERS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                     "$": "s", "!": "i"}
LOOKALIKES = str.maketrans(LOOKALIKE_LETTERS)
# The passwords tried first by anyone guessing (after the digits/symbols at their ends are
# stripped and look-alike digits read as letters); short ones are refused by length anyway.
COMMON = frozenset({
    "password", "passw0rd", "letmein", "welcome", "iloveyou", "sunshine", "princess",
    "football", "baseball", "monkey", "dragon", "master", "shadow", "superman", "batman",
    "trustno", "iloveu", "qwerty", "qwertyuiop", "asdfghjkl", "abc", "abcdef", "abcdefgh",
    "abcd", "admin", "administrator", "login", "secret", "changeme", "whatever", "starwars",
    "computer", "internet", "freedom", "michael", "jennifer", "jordan", "hunter", "charlie",
    "liverpool", "chelsea", "arsenal", "soccer", "hockey", "summer", "winter", "autumn",
    "spring", "flower", "cookie", "chocolate", "pokemon", "mustang", "harley", "ranger",
    "buster", "tigger", "passphrase", "mypassword", "mypassphrase", "journal", "trustjournal",
    "thereisnospoon", "correcthorsebatterystaple", "helloworld", "hello", "test", "testing",
    "default", "guest"
})
COMMON_EXACT = frozenset({
    "12345678", "123456789", "1234567890", "87654321", "11111111", "00000000", "12341234",
    "11223344", "123123123", "147258369", "987654321", "qwerty123", "1q2w3e4r", "1qaz2wsx",
    "zaq12wsx", "qazwsx", "password1", "password123", "abc12345", "abcd1234", "iloveyou1",
    "aa123456", "a1b2c3d4"
})
# fmt: on


@dataclass(frozen=True)
class Strength:
    """`score` 0-4 (0: refused), a one-word `label`, and one sentence of `advice`."""

    score: int
    label: str
    advice: str
    acceptable: bool  # the vault accepts it (core's minimum); independent of the score


def estimate(passphrase: str) -> Strength:
    """How hard `passphrase` is to guess, and what would make it better."""
    try:
        check_new_passphrase(passphrase)
    except WeakPassphrase:
        missing = MIN_PASSPHRASE - len(passphrase)
        more = f"{missing} more character{'s' if missing != 1 else ''}"
        return Strength(
            0,
            LABELS[0],
            f"Use at least {MIN_PASSPHRASE} characters ({more}); a few unrelated words are "
            "easy to remember and hard to guess.",
            acceptable=False,
        )
    if is_common(passphrase):
        return Strength(
            1,
            LABELS[1],
            "This is one of the most common passwords, the first a guesser would try. "
            "Choose a few unrelated words instead.",
            acceptable=True,
        )
    bits = guess_bits(passphrase)
    score = 1 + (bits >= FAIR_BITS) + (bits >= GOOD_BITS) + (bits >= STRONG_BITS)
    return Strength(score, LABELS[score], _advice(passphrase, score), acceptable=True)


def _advice(passphrase: str, score: int) -> str:
    if score == 4:
        return (
            "Keep it somewhere safe: nobody, not even TrustJournal, can recover "
            "a forgotten passphrase."
        )
    text = _lower(passphrase)
    repeats = _repeating_unit(text) < len(text)
    if repeats or _weights(text).count(PREDICTABLE_WEIGHT) * 3 >= len(text):
        return (
            "Repeats and runs like aaa, abc, 123 or qwerty are easy to guess; "
            "add an unrelated word."
        )
    words = len(passphrase.split())
    if words >= 3:
        return "One more unrelated word would make it much harder to guess."
    if words == 2:
        return "Getting there: add a third unrelated word."
    return "Longer beats complicated: try a few unrelated words, like a short odd sentence."


def is_common(passphrase: str) -> bool:
    """Whether this is one of the well-known passwords, possibly dressed up a little."""
    lowered = passphrase.lower()
    if lowered in COMMON_EXACT or lowered.replace(" ", "") in COMMON:
        return True
    core = lowered.strip("0123456789!@#$%^&*?.,-_+= ")
    if core in COMMON or core.translate(LOOKALIKES) in COMMON:
        return True
    squeezed = "".join(lowered.split()).translate(LOOKALIKES).strip("0123456789!?.,-_ ")
    return squeezed in COMMON


def pool_size(passphrase: str) -> int:
    """How many characters each position could be, judged by the kinds present."""
    pool = 0
    if any(c.islower() and c.isascii() for c in passphrase):
        pool += 26
    if any(c.isupper() and c.isascii() for c in passphrase):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in passphrase):
        pool += 10
    if any(c == " " for c in passphrase):
        pool += 1
    if any(c.isascii() and not c.isalnum() and c != " " for c in passphrase):
        pool += 33
    if any(not c.isascii() for c in passphrase):
        pool += 64
    return max(pool, 2)


def guess_bits(passphrase: str) -> float:
    """Roughly how many bits of guessing `passphrase` takes (log2 of the guesses)."""
    text = _lower(passphrase)
    unit = _repeating_unit(text)
    if unit < len(text):  # "abcabc": guess the chunk, then how many times it is said
        return guess_bits(passphrase[:unit]) + math.log2(len(text) // unit)
    per_char = math.log2(pool_size(passphrase))
    weights = _weights(text)
    bits = 0.0
    for start, end, kind in _tokens(passphrase):
        weight = sum(weights[start:end])
        if kind == "word":
            bits += min(weight * per_char, WORD_BITS + LETTER_BITS * weight)
        elif kind == "space":
            bits += weight * SPACE_BITS
        else:
            bits += weight * per_char
    return bits


def _tokens(passphrase: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) runs: "word" (letters, with look-alike digits inside, split where
    a capital follows a small letter), "space", or "other" (one character each)."""
    kinds = []
    for i, c in enumerate(passphrase):
        inside = 0 < i < len(passphrase) - 1
        if c.isalpha() or (
            c in LOOKALIKE_LETTERS
            and inside
            and passphrase[i - 1].isalpha()
            and passphrase[i + 1].isalpha()
        ):
            kinds.append("word")
        else:
            kinds.append("space" if c.isspace() else "other")
    tokens: list[tuple[int, int, str]] = []
    start = 0
    for i in range(1, len(passphrase) + 1):
        at_end = i == len(passphrase)
        if (
            at_end
            or kinds[i] != kinds[start]
            or kinds[i] == "other"
            or (kinds[i] == "word" and passphrase[i].isupper() and passphrase[i - 1].islower())
        ):
            tokens.append((start, i, kinds[start]))
            start = i
    return tokens


def _weights(text: str) -> list[float]:
    """1 for each character a guesser could not predict, PREDICTABLE_WEIGHT for one that
    continues a run of three or more (the same character again, a step of one up or down,
    or neighbours on a keyboard row)."""
    weights = [1.0] * len(text)
    for i in range(2, len(text)):
        if _continues_run(text[i - 2], text[i - 1], text[i]):
            weights[i] = weights[i - 1] = PREDICTABLE_WEIGHT
    return weights


def _lower(passphrase: str) -> str:
    """Lower case, one character for one (so positions still match the passphrase)."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in passphrase)


def _continues_run(a: str, b: str, c: str) -> bool:
    step = ord(b) - ord(a)
    if step == ord(c) - ord(b) and step in (-1, 0, 1):
        return True
    triple = a + b + c
    return any(triple in row or triple in row[::-1] for row in KEYBOARD_ROWS)


def _repeating_unit(text: str) -> int:
    """The length of the shortest chunk that `text` is made of, said two or more times."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return size
    return len(text)
