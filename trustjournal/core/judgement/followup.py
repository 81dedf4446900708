"""What happened after a gathering: did it build relationships, or only a network?

The essay behind TrustJournal puts it plainly: networking leads to sporadic follow-ups,
relationships to ongoing dialogue, and what happens *after* a retreat decides which one it
was. This module answers that for one gathering from plain facts (who you met there, and
the dates of your conversations with each of them), as pure functions with every threshold
named below; docs/tie-rules.md ("Gatherings: what happens after") explains them in words,
and tests/test_followup.py holds the table of cases.

Nothing here reads a note: only people, dates and, optionally, which conversations were
honest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from trustjournal.core.i18n import N_, LabelMap, _, ngettext
from trustjournal.core.judgement.signals import is_honest
from trustjournal.core.judgement.ties import CADENCE_DAYS, TieFacts, ago
from trustjournal.core.records import ConversationRecord, GatheringRecord, PersonRef

# Conversations after the gathering with one person that can make an ongoing dialogue…
DIALOGUE_MIN_CONVERSATIONS = 2
# …as long as they reach past this many cadences after it ended: a burst of thank-you notes
# in the first weeks is a follow-up, not a dialogue.
DIALOGUE_REACH_CADENCES = 1
# A gathering is judged once this many cadences have passed since it ended; before that an
# ongoing dialogue could not yet show, so the verdict is "too soon to tell".
WAIT_CADENCES = 1
# The most follow-ups with anyone that still reads as "at most one follow-up with anyone".
SPORADIC_MAX_FOLLOW_UPS = 1
# The share of the people met who must keep an ongoing dialogue for the gathering to have
# built relationships; with fewer, too few ties continued and it was a networking event.
CONTINUED_SHARE_MIN = 0.2


class Verdict(StrEnum):
    BUILT_RELATIONSHIPS = "built_relationships"
    NETWORKING = "networking"
    TOO_SOON = "too_soon"
    NOBODY_RECORDED = "nobody_recorded"


VERDICT_LABELS: LabelMap[Verdict] = LabelMap(
    {
        Verdict.BUILT_RELATIONSHIPS: N_("Built relationships"),
        Verdict.NETWORKING: N_("Functioned as a networking event"),
        Verdict.TOO_SOON: N_("Too soon to tell"),
        Verdict.NOBODY_RECORDED: N_("Nobody recorded"),
    }
)


@dataclass(frozen=True)
class PersonFollowUp:
    """One person met at the gathering, and what followed with them."""

    person: PersonRef
    conversations: int  # after the gathering ended, up to the as-of date
    first: dt.date | None
    last: dt.date | None
    honest: bool | None  # any of them honest; None when no signal information was given
    kept_talking: bool  # an ongoing dialogue by the rule above

    def summary(self, as_of: dt.date) -> str:
        """'3 conversations since · last 2 weeks ago', or 'no conversation since'."""
        if self.last is None:
            return _("no conversation since")
        when = ago((as_of - self.last).days)
        if self.conversations == 1:
            text = _("1 conversation since · {when}").format(when=when)
        else:
            text = _("{n} conversations since · last {when}").format(
                n=self.conversations, when=when
            )
        if self.honest:
            text += _(" · honest")
        return text


@dataclass(frozen=True)
class FollowUp:
    """A gathering's follow-up state: a verdict, its sentence, and each person met."""

    gathering_id: int
    verdict: Verdict
    sentence: str  # the verdict in one sentence, shown prominently
    people: tuple[PersonFollowUp, ...]  # in the gathering's order (by name)
    ended: dt.date
    days_since_end: int

    @property
    def met(self) -> int:
        return len(self.people)

    @property
    def kept_talking(self) -> int:
        return sum(1 for p in self.people if p.kept_talking)

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self.verdict]


def ended(gathering: GatheringRecord) -> dt.date:
    """The last day of the gathering (its start, for a one-day one)."""
    return gathering.end_date or gathering.start_date


def _person(
    ref: PersonRef,
    dates: Iterable[dt.date],
    honest_dates: Iterable[dt.date] | None,
    end: dt.date,
    as_of: dt.date,
    reach: dt.date,
) -> PersonFollowUp:
    after = sorted(d for d in dates if end < d <= as_of)
    honest = None
    if honest_dates is not None:
        honest = any(end < d <= as_of for d in honest_dates)
    kept = len(after) >= DIALOGUE_MIN_CONVERSATIONS and after[-1] > reach
    return PersonFollowUp(
        ref,
        len(after),
        after[0] if after else None,
        after[-1] if after else None,
        honest,
        kept,
    )


def _people_phrase(count: int, total: int) -> str:
    if total == 1:
        return _("the one person you met")
    return _("{count} of {total} people you met").format(count=count, total=total)


def follow_up(
    gathering: GatheringRecord,
    conversations_by_person: Mapping[int, Sequence[dt.date]],
    as_of: dt.date,
    *,
    honest_by_person: Mapping[int, Sequence[dt.date]] | None = None,
    cadence_days: int = CADENCE_DAYS,
) -> FollowUp:
    """What followed `gathering`, looking from `as_of`.

    `conversations_by_person` maps each person's id to the dates of your conversations
    with them (any dates: only those after the gathering ended count).
    `honest_by_person`, when given, maps ids to the dates of the honest ones among them.
    `cadence_days` is the user's cadence (the same setting the tie rules use).
    """
    end = ended(gathering)
    reach = end + dt.timedelta(days=cadence_days * DIALOGUE_REACH_CADENCES)
    people = tuple(
        _person(
            ref,
            conversations_by_person.get(ref.id, ()),
            None if honest_by_person is None else honest_by_person.get(ref.id, ()),
            end,
            as_of,
            reach,
        )
        for ref in gathering.people
    )
    days = (as_of - end).days
    verdict, sentence = _verdict(people, days, cadence_days)
    return FollowUp(gathering.id, verdict, sentence, people, end, days)


def _verdict(people: Sequence[PersonFollowUp], days: int, cadence_days: int) -> tuple[Verdict, str]:
    met = len(people)
    if not met:
        return (
            Verdict.NOBODY_RECORDED,
            _("Nobody recorded yet: add the people you met to see what happened after"),
        )
    kept = sum(1 for p in people if p.kept_talking)
    if kept and kept / met >= CONTINUED_SHARE_MIN:
        return (
            Verdict.BUILT_RELATIONSHIPS,
            _("Built relationships: you kept talking with {people}").format(
                people=_people_phrase(kept, met)
            ),
        )
    if days < cadence_days * WAIT_CADENCES:
        when = _("it has not ended yet") if days < 0 else _("it ended {ago}").format(ago=ago(days))
        return Verdict.TOO_SOON, _("Too soon to tell: {when}").format(when=when)
    most = max(p.conversations for p in people)
    if kept:
        detail = _("only {kept} of the {met} people you met kept talking").format(
            kept=kept, met=met
        )
    elif most == 0:
        detail = _("no follow-up with anyone you met")
    elif most <= SPORADIC_MAX_FOLLOW_UPS:
        detail = _("at most one follow-up with anyone")
    else:
        detail = ngettext(
            "the follow-ups stopped within {n} day",
            "the follow-ups stopped within {n} days",
            cadence_days,
        ).format(n=cadence_days)
    return Verdict.NETWORKING, _("Functioned as a networking event: {detail}").format(detail=detail)


def follow_up_from_facts(
    gathering: GatheringRecord,
    people: Mapping[int, TieFacts],
    as_of: dt.date,
    cadence_days: int = CADENCE_DAYS,
) -> FollowUp:
    """`follow_up` read from the tie facts already loaded (dates and signals by person),
    so no conversation is read again."""
    met = [people[p.id] for p in gathering.people if p.id in people]
    dates = {f.person.id: [t.date for t in f.talks] for f in met}
    honest = {f.person.id: [t.date for t in f.talks if t.honest] for f in met}
    return follow_up(gathering, dates, as_of, honest_by_person=honest, cadence_days=cadence_days)


def talks_by_person(
    conversations: Iterable[ConversationRecord], people: Iterable[int]
) -> tuple[dict[int, list[dt.date]], dict[int, list[dt.date]]]:
    """The conversation dates, and the honest ones, with each of `people`."""
    wanted = set(people)
    dates: dict[int, list[dt.date]] = {i: [] for i in wanted}
    honest: dict[int, list[dt.date]] = {i: [] for i in wanted}
    for c in conversations:
        frank = is_honest(c.signals)
        for ref in c.people:
            if ref.id in wanted:
                dates[ref.id].append(c.date)
                if frank:
                    honest[ref.id].append(c.date)
    return dates, honest
