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
from trustjournal.core.i18n import N_, LabelMap, _


class Group(StrEnum):
    HONESTY_THEM = "honesty_them"
    HONESTY_ME = "honesty_me"
    SHARED_CONTEXT = "shared_context"
    POLISH = "polish"


GROUP_LABELS: LabelMap[Group] = LabelMap(
    {
        Group.HONESTY_THEM: N_("Honesty from them"),
        Group.HONESTY_ME: N_("Honesty from me"),
        Group.SHARED_CONTEXT: N_("Shared context"),
        Group.POLISH: N_("Polish"),
    }
)


@dataclass(frozen=True)
class Signal:
    code: str
    group: Group
    # The English texts (marked for translation); the properties below give them in the
    # language in use.
    source_label: str
    source_explanation: str
    # The signal as a verb phrase without its subject, for the sentences that explain a
    # flag: "they *challenged your framing*", "you *admitted doubt*".
    source_phrase: str

    @property
    def label(self) -> str:
        return _(self.source_label)

    @property
    def explanation(self) -> str:
        return _(self.source_explanation)

    @property
    def phrase(self) -> str:
        return _(self.source_phrase)


SIGNALS: tuple[Signal, ...] = (
    Signal(
        "they_shared_failure",
        Group.HONESTY_THEM,
        N_("Shared a failure"),
        N_("They told you about something that is going wrong or went wrong, not just wins."),
        N_("shared a failure"),
    ),
    Signal(
        "they_admitted_doubt",
        Group.HONESTY_THEM,
        N_("Admitted doubt"),
        N_("They said they were unsure, or did not know how to handle something."),
        N_("admitted doubt"),
    ),
    Signal(
        "they_voiced_regret",
        Group.HONESTY_THEM,
        N_("Voiced regret"),
        N_("They named a decision or path they wish they had taken differently."),
        N_("voiced regret"),
    ),
    Signal(
        "they_gave_honest_feedback",
        Group.HONESTY_THEM,
        N_("Gave honest feedback"),
        N_("They told you something about you or your work you may not have wanted to hear."),
        N_("gave honest feedback"),
    ),
    Signal(
        "they_challenged_framing",
        Group.HONESTY_THEM,
        N_("Challenged my framing"),
        N_("They questioned how you framed the problem instead of validating it."),
        N_("challenged your framing"),
    ),
    Signal(
        "they_understood_constraints",
        Group.HONESTY_THEM,
        N_("Understood my constraints"),
        N_("Their advice fitted the real limits you work within, not an idealised version."),
        N_("understood your constraints"),
    ),
    Signal(
        "i_shared_failure",
        Group.HONESTY_ME,
        N_("I shared a failure"),
        N_("You said plainly that something of yours is failing or failed."),
        N_("shared a failure"),
    ),
    Signal(
        "i_admitted_doubt",
        Group.HONESTY_ME,
        N_("I admitted doubt"),
        N_("You said you were uncertain instead of projecting confidence."),
        N_("admitted doubt"),
    ),
    Signal(
        "i_asked_for_help",
        Group.HONESTY_ME,
        N_("I asked for help on a live decision"),
        N_("You brought them a decision you have not made yet and asked what they would do."),
        N_("asked for help on a live decision"),
    ),
    Signal(
        "similar_failures",
        Group.SHARED_CONTEXT,
        N_("Similar failures"),
        N_("You compared failures that rhyme with each other."),
        N_("compared similar failures"),
    ),
    Signal(
        "comparable_tradeoffs",
        Group.SHARED_CONTEXT,
        N_("Comparable trade-offs"),
        N_("You talked through trade-offs of the same kind you both face."),
        N_("compared trade-offs"),
    ),
    Signal(
        "parallel_pressures",
        Group.SHARED_CONTEXT,
        N_("Parallel pressures"),
        N_("You recognised the same pressures (board, market, team) in each other's situation."),
        N_("recognised parallel pressures"),
    ),
    Signal(
        "signalled_success",
        Group.POLISH,
        N_("Signalled success"),
        N_("The talk was about confidence, momentum and wins."),
        N_("signalled success"),
    ),
    Signal(
        "transactional",
        Group.POLISH,
        N_("Transactional"),
        N_("Intros, asks, \u201chow can we help each other\u201d."),
        N_("kept it transactional"),
    ),
    Signal(
        "surface_talk",
        Group.POLISH,
        N_("Surface talk"),
        N_("\u201cWhat do you do?\u201d: pleasant, but nothing underneath."),
        N_("kept to surface talk"),
    ),
    Signal(
        "validated_only",
        Group.POLISH,
        N_("Validated without challenge"),
        N_("They agreed with everything; nothing you said was tested."),
        N_("validated without challenge"),
    ),
    Signal(
        "i_kept_it_polished",
        Group.POLISH,
        N_("I kept it polished"),
        N_("You presented the polished version of yourself and your company."),
        N_("kept it polished"),
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
            _("Unknown signal {codes}. Valid signals are {valid}.").format(
                codes=", ".join(repr(u) for u in unknown), valid=valid_codes_text()
            )
        )
    return in_order(wanted)
