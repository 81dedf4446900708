"""A tie's flag and the roles of the practical test, with the words people read for them
(translated where read: core/i18n.py). The rules that give them are in ties.py."""

from __future__ import annotations

from enum import StrEnum

from trustjournal.core.i18n import N_, LabelMap


class Flag(StrEnum):
    HONEST = "honest"
    POLISH = "polish"
    FADING = "fading"
    ONE_SIDED = "one_sided"
    TOO_EARLY = "too_early"


FLAG_LABELS: LabelMap[Flag] = LabelMap(
    {
        Flag.HONEST: N_("Honest"),
        Flag.POLISH: N_("Polish only"),
        Flag.FADING: N_("Fading"),
        Flag.ONE_SIDED: N_("One-sided"),
        Flag.TOO_EARLY: N_("Too early"),
    }
)

# The same in lower case, for the middle of a sentence ("fading 2"); German keeps the
# capital of a noun ("nur Fassade"), so these are translated on their own.
FLAG_WORDS: LabelMap[Flag] = LabelMap(
    {
        Flag.HONEST: N_("honest"),
        Flag.POLISH: N_("polish only"),
        Flag.FADING: N_("fading"),
        Flag.ONE_SIDED: N_("one-sided"),
        Flag.TOO_EARLY: N_("too early"),
    }
)


class Role(StrEnum):
    CALL_WHEN_UNCOMFORTABLE = "call_when_uncomfortable"
    CHALLENGES_FRAMING = "challenges_framing"
    UNDERSTANDS_CONSTRAINTS = "understands_constraints"


ROLE_LABELS: LabelMap[Role] = LabelMap(
    {
        Role.CALL_WHEN_UNCOMFORTABLE: N_("Call when a decision is uncomfortable"),
        Role.CHALLENGES_FRAMING: N_("Challenges my framing"),
        Role.UNDERSTANDS_CONSTRAINTS: N_("Understands my constraints"),
    }
)
# The same, short enough for a table's first column.
ROLE_SHORT_LABELS: LabelMap[Role] = LabelMap(
    {
        Role.CALL_WHEN_UNCOMFORTABLE: N_("Call when uncomfortable"),
        Role.CHALLENGES_FRAMING: N_("Challenges my framing"),
        Role.UNDERSTANDS_CONSTRAINTS: N_("Understands constraints"),
    }
)
