"""The signal taxonomy: what made a conversation honest, shared, or only polished.

This module is the single source of the list. The codes are stable: the database, the
CLI, backups and tests store and use them, so a code is never renamed or reused. Labels
and explanations are what the GUI shows beside each toggle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from trustjournal.core.errors import InvalidInput


class Group(StrEnum):
    HONESTY_THEM = "honesty_them"
    HONESTY_ME = "honesty_me"
    SHARED_CONTEXT = "shared_context"
    POLISH = "polish"


GROUP_LABELS: dict[Group, str] = {
    Group.HONESTY_THEM: "Honesty from them",
    Group.HONESTY_ME: "Honesty from me",
    Group.SHARED_CONTEXT: "Shared context",
    Group.POLISH: "Polish",
}


@dataclass(frozen=True)
class Signal:
    code: str
    group: Group
    label: str
    explanation: str
    # The signal as a verb phrase without its subject, for the sentences that explain a
    # flag: "they *challenged your framing*", "you *admitted doubt*".
    phrase: str


SIGNALS: tuple[Signal, ...] = (
    Signal(
        "they_shared_failure",
        Group.HONESTY_THEM,
        "Shared a failure",
        "They told you about something that is going wrong or went wrong, not just wins.",
        "shared a failure",
    ),
    Signal(
        "they_admitted_doubt",
        Group.HONESTY_THEM,
        "Admitted doubt",
        "They said they were unsure, or did not know how to handle something.",
        "admitted doubt",
    ),
    Signal(
        "they_voiced_regret",
        Group.HONESTY_THEM,
        "Voiced regret",
        "They named a decision or path they wish they had taken differently.",
        "voiced regret",
    ),
    Signal(
        "they_gave_honest_feedback",
        Group.HONESTY_THEM,
        "Gave honest feedback",
        "They told you something about you or your work you may not have wanted to hear.",
        "gave honest feedback",
    ),
    Signal(
        "they_challenged_framing",
        Group.HONESTY_THEM,
        "Challenged my framing",
        "They questioned how you framed the problem instead of validating it.",
        "challenged your framing",
    ),
    Signal(
        "they_understood_constraints",
        Group.HONESTY_THEM,
        "Understood my constraints",
        "Their advice fitted the real limits you work within, not an idealised version.",
        "understood your constraints",
    ),
    Signal(
        "i_shared_failure",
        Group.HONESTY_ME,
        "I shared a failure",
        "You said plainly that something of yours is failing or failed.",
        "shared a failure",
    ),
    Signal(
        "i_admitted_doubt",
        Group.HONESTY_ME,
        "I admitted doubt",
        "You said you were uncertain instead of projecting confidence.",
        "admitted doubt",
    ),
    Signal(
        "i_asked_for_help",
        Group.HONESTY_ME,
        "I asked for help on a live decision",
        "You brought them a decision you have not made yet and asked what they would do.",
        "asked for help on a live decision",
    ),
    Signal(
        "similar_failures",
        Group.SHARED_CONTEXT,
        "Similar failures",
        "You compared failures that rhyme with each other.",
        "compared similar failures",
    ),
    Signal(
        "comparable_tradeoffs",
        Group.SHARED_CONTEXT,
        "Comparable trade-offs",
        "You talked through trade-offs of the same kind you both face.",
        "compared trade-offs",
    ),
    Signal(
        "parallel_pressures",
        Group.SHARED_CONTEXT,
        "Parallel pressures",
        "You recognised the same pressures (board, market, team) in each other's situation.",
        "recognised parallel pressures",
    ),
    Signal(
        "signalled_success",
        Group.POLISH,
        "Signalled success",
        "The talk was about confidence, momentum and wins.",
        "signalled success",
    ),
    Signal(
        "transactional",
        Group.POLISH,
        "Transactional",
        "Intros, asks, \u201chow can we help each other\u201d.",
        "kept it transactional",
    ),
    Signal(
        "surface_talk",
        Group.POLISH,
        "Surface talk",
        "\u201cWhat do you do?\u201d: pleasant, but nothing underneath.",
        "kept to surface talk",
    ),
    Signal(
        "validated_only",
        Group.POLISH,
        "Validated without challenge",
        "They agreed with everything; nothing you said was tested.",
        "validated without challenge",
    ),
    Signal(
        "i_kept_it_polished",
        Group.POLISH,
        "I kept it polished",
        "You presented the polished version of yourself and your company.",
        "kept it polished",
    ),
)

BY_CODE: dict[str, Signal] = {s.code: s for s in SIGNALS}
CODES: tuple[str, ...] = tuple(BY_CODE)
_ORDER: dict[str, int] = {code: i for i, code in enumerate(CODES)}

# Each code as one bit, so that a conversation's signals fit in one integer: the tie rules
# test a conversation against a whole group with a single `&`.
BIT: dict[str, int] = {code: 1 << i for i, code in enumerate(CODES)}
GROUP_MASK: dict[Group, int] = {g: sum(BIT[s.code] for s in SIGNALS if s.group is g) for g in Group}
HONEST_MASK = (
    GROUP_MASK[Group.HONESTY_THEM] | GROUP_MASK[Group.HONESTY_ME] | GROUP_MASK[Group.SHARED_CONTEXT]
)


def in_group(group: Group) -> tuple[Signal, ...]:
    return tuple(s for s in SIGNALS if s.group is group)


def mask(codes: Iterable[str]) -> int:
    """The bits of the known codes among `codes` (unknown ones, from a newer app, count 0)."""
    return sum(BIT.get(c, 0) for c in set(codes))


def is_honest(codes: Iterable[str]) -> bool:
    """An honest conversation carries at least one honesty or shared-context signal."""
    return bool(mask(codes) & HONEST_MASK)


def valid_codes_text() -> str:
    """The valid codes, grouped, for a usage message."""
    return "; ".join(
        f"{GROUP_LABELS[g].lower()}: " + ", ".join(s.code for s in in_group(g)) for g in Group
    )


def in_order(codes: Iterable[str]) -> tuple[str, ...]:
    """Codes in taxonomy order; codes this version does not know (from a newer one) last."""
    return tuple(sorted(set(codes), key=lambda c: (_ORDER.get(c, len(_ORDER)), c)))


def normalise(codes: Iterable[str]) -> tuple[str, ...]:
    """Deduplicate and put codes in taxonomy order; refuse unknown ones by name."""
    wanted = set(codes)
    unknown = sorted(wanted - BY_CODE.keys())
    if unknown:
        raise InvalidInput(
            f"Unknown signal {', '.join(repr(u) for u in unknown)}. "
            f"Valid signals are {valid_codes_text()}."
        )
    return in_order(wanted)
