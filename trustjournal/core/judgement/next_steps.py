"""What to do next to keep the ties that matter, in time: the practical test, turned forward.

The flags say what a tie *is*; a Fading flag appears only once the tie has faded, and a
gathering's verdict only once its window has closed. These rules read the same facts and
say what to do *before*: reach out to an honest tie while it is still honest, follow up a
retreat while a dialogue can still start, call someone on an uncomfortable decision before
deciding alone, open up where only they do, ask one honest question where there has only
been polish. Pure functions, every threshold named below; docs/tie-rules.md ("Next steps")
has the table of cases and tests/test_next_steps.py its rows.

Each step carries the plain sentence that explains it and, where there is one, the date
by which it should be done (`due`): steps are ranked by it, the undated ones (advice with
no deadline) last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from trustjournal.core.i18n import N_, LabelMap, _, ngettext
from trustjournal.core.judgement.followup import WAIT_CADENCES, FollowUp, Verdict
from trustjournal.core.judgement.signals import BIT
from trustjournal.core.judgement.ties import (
    UNCOMFORTABLE,
    Flag,
    Role,
    TieAssessment,
    TieFacts,
    TieSettings,
    ago,
    opened_up,
)
from trustjournal.core.records import DecisionRecord, GatheringRecord, PersonRef

# An honest tie is flagged this many days before its cadence runs out (then it would fade).
FADE_LEAD_DAYS = 21
# A gathering's follow-up window is flagged this many days before it closes.
GATHERING_LEAD_DAYS = 21
# A polish-only tie "matters" (is worth an honest question) from this many conversations in
# the recent window: someone you keep meeting, not a one-off.
POLISH_MATTERS_MIN = 4
# "Over a quarter": uncomfortable decisions made alone in the last this many days.
DECIDED_ALONE_DAYS = 92
# At most this many people are named as whom to call on a decision.
CALL_CANDIDATES_MAX = 3

_KEPT_POLISHED = BIT["i_kept_it_polished"]


class Kind(StrEnum):
    FADING_SOON = "fading_soon"
    GATHERING_CLOSING = "gathering_closing"
    CALL_ON_DECISION = "call_on_decision"
    DECIDED_ALONE = "decided_alone"
    ONE_SIDED = "one_sided"
    POLISH_ONLY = "polish_only"
    FEW_QUIET = "few_quiet"


KIND_LABELS: LabelMap[Kind] = LabelMap(
    {
        Kind.FADING_SOON: N_("Before it fades"),
        Kind.GATHERING_CLOSING: N_("Follow up a gathering"),
        Kind.CALL_ON_DECISION: N_("Call someone on a decision"),
        Kind.DECIDED_ALONE: N_("Decided alone"),
        Kind.ONE_SIDED: N_("Make it two-way"),
        Kind.POLISH_ONLY: N_("Try one honest question"),
        Kind.FEW_QUIET: N_("One of your few, gone quiet"),
    }
)
# Among steps due the same day (or undated), the first kinds come first.
_ORDER = {kind: i for i, kind in enumerate(Kind)}

# How each practical-test role recommends a person for a call, in order of weight.
_CALL_ROLES: tuple[tuple[Role, str], ...] = (
    (Role.CALL_WHEN_UNCOMFORTABLE, N_("call when uncomfortable")),
    (Role.CHALLENGES_FRAMING, N_("challenges your framing")),
    (Role.UNDERSTANDS_CONSTRAINTS, N_("understands your constraints")),
)


@dataclass(frozen=True)
class Step:
    """One thing to do next, with the sentence that says why."""

    kind: Kind
    reason: str
    due: dt.date | None = None  # do it by then; None: advice with no deadline
    person: PersonRef | None = None
    subject: int | None = None  # the decision or gathering it is about
    candidates: tuple[PersonRef, ...] = ()  # whom to call, best first (decisions)

    @property
    def key(self) -> str:
        """What the step is about, stable from day to day (for done / snoozed states)."""
        # The decision or gathering when there is one (a decision's first candidate may
        # change from day to day), else the person.
        about = (
            self.subject if self.subject is not None else self.person.id if self.person else None
        )
        return f"{self.kind}:{about if about is not None else ''}"


def fading_soon(a: TieAssessment, as_of: dt.date) -> Step | None:
    """An honest tie whose last honest conversation is within `FADE_LEAD_DAYS` of its
    cadence (the person's own, else the journal's): reach out before the flag turns to
    Fading (the day after the cadence)."""
    last = a.last_honest_conversation
    if a.archived or a.flag is not Flag.HONEST or last is None:
        return None
    cadence_days = a.cadence_days
    quiet = (as_of - last).days
    if quiet < cadence_days - FADE_LEAD_DAYS:
        return None
    name = a.person.name
    return Step(
        Kind.FADING_SOON,
        ngettext(
            "Your last honest conversation with {name} was {quiet} days ago; reach out before "
            "it fades (cadence {n} day)",
            "Your last honest conversation with {name} was {quiet} days ago; reach out before "
            "it fades (cadence {n} days)",
            cadence_days,
        ).format(name=name, quiet=quiet, n=cadence_days),
        due=last + dt.timedelta(days=cadence_days),
        person=a.person,
    )


def few_quiet(a: TieAssessment, as_of: dt.date) -> Step | None:
    """One of "my few" with no conversation for longer than their cadence (whatever the
    flag says: a deep tie the leader chose is kept by talking, honest or not)."""
    last = a.last_conversation
    if a.archived or not a.my_few or last is None:
        return None
    quiet = (as_of - last).days
    if quiet <= a.cadence_days:
        return None
    return Step(
        Kind.FEW_QUIET,
        ngettext(
            "{name} is one of your few, and your last conversation was {quiet} days "
            "ago (cadence {n} day): call this week",
            "{name} is one of your few, and your last conversation was {quiet} days "
            "ago (cadence {n} days): call this week",
            a.cadence_days,
        ).format(name=a.person.name, quiet=quiet, n=a.cadence_days),
        due=last + dt.timedelta(days=a.cadence_days),
        person=a.person,
    )


def gathering_closing(
    gathering: GatheringRecord, follow: FollowUp, as_of: dt.date, cadence_days: int
) -> Step | None:
    """A gathering still "too soon to tell", ended, within `GATHERING_LEAD_DAYS` of its
    verdict, with people met and not yet spoken to since."""
    if follow.verdict is not Verdict.TOO_SOON or follow.days_since_end < 0:
        return None
    closes = follow.ended + dt.timedelta(days=cadence_days * WAIT_CADENCES)
    left = (closes - as_of).days
    silent = [p for p in follow.people if p.last is None]
    if left > GATHERING_LEAD_DAYS or not silent:
        return None
    days = ngettext("{n} day", "{n} days", left).format(n=left)
    return Step(
        Kind.GATHERING_CLOSING,
        ngettext(
            "From {gathering}, {n} of {met} people has had no conversation since; {days} "
            "left for it to become an ongoing dialogue",
            "From {gathering}, {n} of {met} people have had no conversation since; {days} "
            "left for it to become an ongoing dialogue",
            len(silent),
        ).format(gathering=gathering.name, n=len(silent), met=follow.met, days=days),
        due=closes,
        subject=gathering.id,
    )


def who_to_call(
    assessments: Iterable[TieAssessment], involved: Iterable[int] = ()
) -> list[tuple[PersonRef, str]]:
    """Whom to call on an uncomfortable decision, best first, each with why: the
    practical-test roles first (call when uncomfortable, then challenges my framing, then
    understands my constraints; more roles rank higher), then being part of the decision's
    conversations already; archived people and early evidence are left out."""
    part = set(involved)
    ranked: list[tuple[tuple[int, ...], str, PersonRef, str]] = []
    for a in assessments:
        if a.archived or a.early_roles:
            continue
        why = [_(text) for role, text in _CALL_ROLES if role in a.roles]
        knows = a.person.id in part
        if knows:
            why.append(_("knows this decision"))
        if not why:
            continue
        has = [role in a.roles for role, _ in _CALL_ROLES]
        # The call role first, then more roles, then which roles, then knowing the decision.
        rank = (-has[0], -sum(has), -has[1], -has[2], -int(knows))
        ranked.append((rank, a.person.name, a.person, ", ".join(why)))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [(person, why) for _, _, person, why in ranked]


def call_on_decision(
    decision: DecisionRecord,
    assessments: Sequence[TieAssessment],
    involved: Iterable[int],
    as_of: dt.date,
) -> Step | None:
    """An open decision with discomfort at `UNCOMFORTABLE` or more and nobody consulted."""
    if decision.status != "open" or decision.discomfort < UNCOMFORTABLE or decision.consulted:
        return None
    ranked = who_to_call(assessments, involved)[:CALL_CANDIDATES_MAX]
    head = _("“{title}” (discomfort {n} of 5) is open and you have consulted nobody").format(
        title=decision.title, n=decision.discomfort
    )
    if ranked:
        names = "; ".join(f"{p.name} ({why})" for p, why in ranked)
        reason = _("{head}: call {names}").format(head=head, names=names)
    else:
        reason = _(
            "{head}, and nobody holds a practical-test role yet: who could you call?"
        ).format(head=head)
    return Step(
        Kind.CALL_ON_DECISION,
        reason,
        due=as_of,
        person=ranked[0][0] if ranked else None,
        subject=decision.id,
        candidates=tuple(p for p, _ in ranked),
    )


def decided_alone(decisions: Iterable[DecisionRecord], as_of: dt.date) -> Step | None:
    """Uncomfortable decisions made in the last `DECIDED_ALONE_DAYS` with nobody consulted."""
    since = as_of - dt.timedelta(days=DECIDED_ALONE_DAYS)
    alone = [
        d
        for d in decisions
        if d.status == "decided"
        and d.discomfort >= UNCOMFORTABLE
        and not d.consulted
        and since < d.date <= as_of
    ]
    if not alone:
        return None
    n = len(alone)
    last = max(alone, key=lambda d: d.date).title
    return Step(
        Kind.DECIDED_ALONE,
        _(
            "Over the last quarter you decided alone on an uncomfortable decision "
            "(last: “{last}”): next time, call someone before you decide"
        ).format(last=last)
        if n == 1
        else _(
            "Over the last quarter you decided alone on {n} uncomfortable decisions "
            "(last: “{last}”): next time, call someone before you decide"
        ).format(n=n, last=last),
    )


def one_sided(
    a: TieAssessment, facts: TieFacts, as_of: dt.date, settings: TieSettings
) -> Step | None:
    """A one-sided tie: where only they open up, share something of yours; where only
    you do, ask about theirs."""
    if a.archived or a.flag is not Flag.ONE_SIDED:
        return None
    they, _me = opened_up(facts, as_of, settings)
    name = a.person.name
    reason = (
        _(
            "Only {name} opens up: share something of yours (a failure, a doubt, a decision "
            "you have not made)"
        ).format(name=name)
        if they
        else _("Only you open up with {name}: ask about a failure or a doubt of theirs").format(
            name=name
        )
    )
    return Step(Kind.ONE_SIDED, reason, person=a.person)


def polish_only(
    a: TieAssessment, facts: TieFacts, as_of: dt.date, settings: TieSettings
) -> Step | None:
    """A polish-only tie that matters: you keep meeting them (`POLISH_MATTERS_MIN`
    conversations in the window), or they are one of your few. One honest question would
    show what it could be."""
    if a.archived or a.flag is not Flag.POLISH:
        return None
    start = as_of - dt.timedelta(days=settings.window_days)
    recent = [t for t in facts.talks if start <= t.date <= as_of]
    if not recent or (len(recent) < POLISH_MATTERS_MIN and not a.my_few):
        return None
    kept = sum(1 for t in recent if t.signals & _KEPT_POLISHED)
    last = max(t.date for t in recent)
    name = a.person.name
    if kept:
        reason = (
            _("You kept it polished with {name} once: try one honest question")
            if kept == 1
            else _("You kept it polished with {name} {n} times: try one honest question")
        ).format(name=name, n=kept)
    else:
        when = ago((as_of - last).days)
        reason = ngettext(
            "{n} conversation with {name}, all polish (the last {when}): try one honest question",
            "{n} conversations with {name}, all polish (the last {when}): try one honest question",
            len(recent),
        ).format(n=len(recent), name=name, when=when)
    return Step(Kind.POLISH_ONLY, reason, person=a.person)


def next_steps(
    assessments: Sequence[TieAssessment],
    facts: Mapping[int, TieFacts],
    gatherings: Iterable[tuple[GatheringRecord, FollowUp]],
    decisions: Sequence[DecisionRecord],
    involved: Mapping[int, Iterable[int]],
    as_of: dt.date,
    settings: TieSettings | None = None,
) -> list[Step]:
    """Every next step, most urgent first. `facts` and `involved` are keyed by person id
    and decision id (the people in each decision's conversations)."""
    settings = settings or TieSettings()
    cadence = settings.cadence_days
    steps: list[Step | None] = []
    for a in assessments:
        steps.append(fading_soon(a, as_of))
        steps.append(few_quiet(a, as_of))
        f = facts.get(a.person.id)
        if f is not None:
            steps.append(one_sided(a, f, as_of, settings))
            steps.append(polish_only(a, f, as_of, settings))
    steps.extend(gathering_closing(g, follow, as_of, cadence) for g, follow in gatherings)
    # Whom to call is ranked among the people holding a role, and those who know a decision:
    # picked out once, not from every tie for every decision.
    callers = [a for a in assessments if a.roles]
    by_id = {a.person.id: a for a in assessments}
    for d in decisions:
        knows = set(involved.get(d.id, ()))
        among = callers + [by_id[i] for i in knows if i in by_id and not by_id[i].roles]
        steps.append(call_on_decision(d, among, knows, as_of))
    steps.append(decided_alone(decisions, as_of))
    return sorted((s for s in steps if s is not None), key=_urgency)


def _urgency(step: Step) -> tuple[int, dt.date, int, str, str]:
    undated = step.due is None
    name = step.person.name if step.person is not None else ""
    return (int(undated), step.due or dt.date.max, _ORDER[step.kind], name, step.reason)


# A dated step counts as due (the toolbar count, the reminders) this many days ahead.
DUE_AHEAD_DAYS = 7


def due_soon(steps: Iterable[Step], as_of: dt.date) -> list[Step]:
    """The steps to do this week: dated, due within `DUE_AHEAD_DAYS` (or overdue)."""
    until = as_of + dt.timedelta(days=DUE_AHEAD_DAYS)
    return [s for s in steps if s.due is not None and s.due <= until]
