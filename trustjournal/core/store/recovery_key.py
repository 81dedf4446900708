"""The recovery key: 160 random bits a person can copy by hand, with a check per group.

Written as eight groups of five Crockford base32 characters, e.g.
`7K2MQ-9XAB4-...`: in each group the first four characters carry 20 bits of the key and
the fifth is a check character over those four and the group's position (GF(32)
weights, so any single wrong character and any swap of two neighbours in a group is
caught, and so is a group copied in the wrong place). Reading is tolerant as Crockford
defines: any case, spaces and dashes anywhere, O read as 0, I and L read as 1. A typo is
reported with the group it is in before any key derivation runs.
"""

from __future__ import annotations

import re
import secrets

from trustjournal.core.errors import BadRecoveryKey
from trustjournal.core.i18n import _

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
GROUPS = 8
DATA_CHARS = 4  # per group: 20 bits
GROUP_CHARS = DATA_CHARS + 1
KEY_BYTES = GROUPS * DATA_CHARS * 5 // 8  # 160 bits
_IGNORED = re.compile(r"[\s\-_.]+")
_GF_POLY = 0b100101  # x^5 + x^2 + 1, primitive


def _gf_mul(a: int, b: int) -> int:
    out = 0
    while b:
        if b & 1:
            out ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= _GF_POLY
    return out


_ALPHA = 2  # a generator of GF(32)*
_WEIGHTS = [1]
for _step in range(DATA_CHARS):
    _WEIGHTS.append(_gf_mul(_WEIGHTS[-1], _ALPHA))


def _check(group: int, digits: list[int]) -> int:
    # Distinct non-zero weights α^1..α^4 catch any single change and neighbour swap; the
    # group's number (+1, never zero) catches a group copied into another's place.
    out = (group * 7 + 3) % 32
    for weight, digit in zip(_WEIGHTS[1:], digits, strict=True):
        out ^= _gf_mul(weight, digit)
    return out


def encode(secret: bytes) -> str:
    """The printed form of a 20-byte key: eight groups of five, joined by dashes."""
    if len(secret) != KEY_BYTES:
        raise ValueError("a recovery key is 20 bytes")
    number = int.from_bytes(secret, "big")
    digits = [(number >> (5 * i)) & 31 for i in reversed(range(GROUPS * DATA_CHARS))]
    groups = []
    for g in range(GROUPS):
        data = digits[g * DATA_CHARS : (g + 1) * DATA_CHARS]
        groups.append("".join(ALPHABET[d] for d in [*data, _check(g, data)]))
    return "-".join(groups)


def generate() -> tuple[bytes, str]:
    """A fresh key from the OS's randomness: (its 20 bytes, its printed form)."""
    secret = secrets.token_bytes(KEY_BYTES)
    return secret, encode(secret)


def decode(text: str) -> bytes:
    """The 20 bytes of a typed key; `BadRecoveryKey` names the group with a typo."""
    cleaned = _IGNORED.sub("", text).upper()
    for position, char in enumerate(cleaned):
        if char not in _VALUE:
            group = position // GROUP_CHARS + 1
            raise BadRecoveryKey(
                _(
                    "“{char}” is not a character of a recovery key (group {group}). A recovery "
                    "key has only the digits 0–9 and the letters A–Z except U."
                ).format(char=char, group=group)
            )
    if len(cleaned) != GROUPS * GROUP_CHARS:
        raise BadRecoveryKey(
            _(
                "A recovery key has {total} characters ({groups} groups of {size}); this one "
                "has {n}. Check it against your emergency kit."
            ).format(total=GROUPS * GROUP_CHARS, groups=GROUPS, size=GROUP_CHARS, n=len(cleaned))
        )
    values = [_VALUE[c] for c in cleaned]
    number = 0
    for g in range(GROUPS):
        chunk = values[g * GROUP_CHARS : (g + 1) * GROUP_CHARS]
        if _check(g, chunk[:DATA_CHARS]) != chunk[DATA_CHARS]:
            raise BadRecoveryKey(
                _(
                    "This recovery key has a typo in group {group}: check those five "
                    "characters against your emergency kit."
                ).format(group=g + 1)
            )
        for d in chunk[:DATA_CHARS]:
            number = (number << 5) | d
    return number.to_bytes(KEY_BYTES, "big")
