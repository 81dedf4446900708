"""The tie assessment: from the journal alone, which ties carry honesty and which only polish.

Pure functions of (facts, as-of date, settings): no database, no clock, no Qt. Every rule
and threshold the assessment uses is named in this module, and docs/tie-rules.md explains
them to the people who rely on them. The seed essay's vocabulary is the vocabulary here:
honesty against performance, ongoing dialogue against sporadic follow-ups, and the
practical test (who to call when a decision is uncomfortable, who challenges my framing,
who understands my constraints).

A conversation is *honest* when it carries at least one honesty or shared-context signal.
Direction matters: `they_*` signals are what they brought, `i_*` what I brought, and shared
context is both at once. Repetition is counted in *occasions*, not conversations: the days
you talked, with all the days of one gathering as a single occasion ("this context only
forms over time and repeated interaction").
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from trustjournal.core.i18n import _, day_text, lower_first, ngettext
from trustjournal.core.judgement.flags import FLAG_LABELS as FLAG_LABELS
from trustjournal.core.judgement.flags import FLAG_WORDS as FLAG_WORDS
from trustjournal.core.judgement.flags import ROLE_LABELS as ROLE_LABELS
from trustjournal.core.judgement.flags import ROLE_SHORT_LABELS as ROLE_SHORT_LABELS
from trustjournal.core.judgement.flags import Flag as Flag
from trustjournal.core.judgement.flags import Role as Role
from trustjournal.core.judgement.signals import BIT, GROUP_MASK, HONEST_MASK, Group, mask
from trustjournal.core.judgement.wording import MONTHS as MONTHS
from trustjournal.core.judgement.wording import ago as ago
from trustjournal.core.judgement.wording import and_list as _and
from trustjournal.core.judgement.wording import counted as _counted
from trustjournal.core.judgement.wording import doings as _doings
from trustjournal.core.judgement.wording import month_name as month_name
from trustjournal.core.judgement.wording import of_conversations as _of
from trustjournal.core.judgement.wording import of_occasions as _of_occasions
from trustjournal.core.judgement.wording import said as said
from trustjournal.core.judgement.wording import since as since
from trustjournal.core.records import PersonRef

# -- the thresholds (docs/tie-rules.md explains each one) ------------------------------------

WINDOW_DAYS = 180  # "recent": honesty and roles are judged over the last six months
CADENCE_DAYS = 90  # default: a gap longer than this means the dialogue has stopped
CADENCE_RANGE = (14, 365)  # the cadences a journal may choose
CADENCE_SETTING = "cadence_days"  # the journal setting (and backup record) that holds it
MIN_CONVERSATIONS = 2  # with fewer, it is too early to judge anything
REPEATED_HONESTY = 2  # occasions with honesty (separate days or gatherings) for an honest tie
HONEST_SHARE_MIN = 0.25  # …and at least this share of the conversations carried it
SEVERAL_CONVERSATIONS = 3  # occasions before a tie without honesty counts as polish
# A gathering this many days long or shorter is one occasion; a longer one (a dinner series
# recorded with its season's dates) is a run of separate days, like the rest of the year.
GATHERING_DAYS_MAX = 7
UNCOMFORTABLE = 4  # a decision with discomfort at or above this is "uncomfortable"
BREADTH_RATIO = 3  # polish-only ties per honest tie before breadth crowds out depth…
BREADTH_MIN_POLISH = 6  # …counted only once there are at least this many polish-only ties

THEY = GROUP_MASK[Group.HONESTY_THEM]
ME = GROUP_MASK[Group.HONESTY_ME]
SHARED = GROUP_MASK[Group.SHARED_CONTEXT]
POLISH = GROUP_MASK[Group.POLISH]
CHALLENGED = BIT["they_challenged_framing"]
UNDERSTOOD = BIT["they_understood_constraints"]
SUCCESS = BIT["signalled_success"]
VALIDATED = BIT["validated_only"]
FEEDBACK = BIT["they_gave_honest_feedback"]
ASKED_FOR_HELP = BIT["i_asked_for_help"]
# The signals that can answer a question of the practical test (the rest never do).
ANSWERING = ASKED_FOR_HELP | CHALLENGED | UNDERSTOOD
# How they answer when I ask for help on a live decision, for that to be the call the
# practical test asks about: they challenged my framing, understood my constraints, gave
# honest feedback, or shared their own doubt or failure.
ENGAGED = (
    CHALLENGED | UNDERSTOOD | FEEDBACK | BIT["they_admitted_doubt"] | BIT["they_shared_failure"]
)


# -- the facts the rules read -----------------------------------------------------------------


class Talk(NamedTuple):
    """One conversation as far as one person's tie is concerned: when, and which signals.

    A named tuple rather than a dataclass: a large journal makes tens of thousands.
    """

    date: dt.date
    signals: int  # bits from signals.BIT

    @classmethod
    def of(cls, date: dt.date, *codes: str) -> Talk:
        return cls(date, mask(codes))

    @property
    def honest(self) -> bool:
        return bool(self.signals & HONEST_MASK)


@dataclass(frozen=True)
class Consultation:
    """A decision this person was consulted on."""

    date: dt.date
    discomfort: int
    changed_framing: bool
    title: str = ""


@dataclass(frozen=True)
class GatheringSpan:
    """A gathering this person was at (met there, or a conversation with them linked to it):
    every conversation within its dates is one occasion."""

    id: int
    name: str
    start: dt.date
    end: dt.date


Occasion = dt.date | GatheringSpan


@dataclass(frozen=True)
class TieFacts:
    person: PersonRef
    talks: tuple[Talk, ...] = ()  # kept in date order, whatever order they are given in
    consultations: tuple[Consultation, ...] = ()
    archived: bool = False
    gatherings: tuple[GatheringSpan, ...] = ()
    cadence_days: int | None = None  # the person's own keep-in-touch cadence; None: the journal's
    my_few: bool = False  # one of the leader's chosen deep ties

    def __post_init__(self) -> None:
        dates = [t.date for t in self.talks]
        if dates != sorted(dates):
            object.__setattr__(self, "talks", tuple(sorted(self.talks, key=_date)))


def _date(talk: Talk) -> dt.date:
    return talk.date


@dataclass(frozen=True)
class TieSettings:
    cadence_days: int = CADENCE_DAYS
    window_days: int = WINDOW_DAYS


@dataclass(frozen=True)
class TieAssessment:
    person: PersonRef
    flag: Flag
    roles: tuple[Role, ...]
    reasons: tuple[str, ...]
    conversations: int
    honest_conversations: int
    last_conversation: dt.date | None
    last_honest_conversation: dt.date | None
    first_honest_conversation: dt.date | None
    recent_honest: int  # honest conversations in the window: the "depth" the sidebar sorts by
    archived: bool = False
    # The roles are early evidence, not a verdict: the tie is still too early to judge.
    early_roles: bool = False
    cadence_days: int = (
        CADENCE_DAYS  # the cadence this tie was judged with (its own or the journal's)
    )
    my_few: bool = False


# -- the rules ------------------------------------------------------------------------------------


@dataclass
class _Window:
    """What happened with one person up to the as-of date, and within the recent window."""

    facts: TieFacts
    as_of: dt.date
    settings: TieSettings
    talks: tuple[Talk, ...] = ()
    recent: tuple[Talk, ...] = ()
    consulted: list[Consultation] = field(default_factory=list)
    start: dt.date = dt.date.min  # the first day of the recent window
    spans: tuple[GatheringSpan, ...] = ()  # the gatherings short enough to be one occasion

    def __post_init__(self) -> None:
        if self.facts.cadence_days is not None:  # the person's own cadence wins
            self.settings = replace(self.settings, cadence_days=self.facts.cadence_days)
        start = self.start = self.as_of - dt.timedelta(days=self.settings.window_days)
        self.spans = tuple(
            g for g in self.facts.gatherings if (g.end - g.start).days < GATHERING_DAYS_MAX
        )
        talks = self.facts.talks  # in date order (TieFacts sorts them once)
        self.talks = talks[: bisect.bisect_right(talks, self.as_of, key=_date)]
        self.recent = self.talks[bisect.bisect_left(self.talks, start, key=_date) :]
        self.consulted = [c for c in self.facts.consultations if start <= c.date <= self.as_of]

    def days_since(self, date: dt.date) -> int:
        return (self.as_of - date).days

    def occasion(self, date: dt.date) -> Occasion:
        """The gathering whose dates hold `date` (a retreat is one occasion however many
        sessions it had), else the day itself."""
        for span in self.spans:
            if span.start <= date <= span.end:
                return span
        return date

    def occasions(self, talks: Iterable[Talk]) -> set[Occasion]:
        if not self.spans:  # the common case: one occasion a day
            return {t.date for t in talks}
        return {self.occasion(t.date) for t in talks}

    def count_occasions(self, talks: Sequence[Talk], enough: int) -> int:
        """How many occasions `talks` (in date order) span, counting no further than
        `enough`: a gathering's days are consecutive, so each occasion is one run."""
        found, last = 0, None
        spans = self.spans
        for t in talks:
            key = self.occasion(t.date) if spans else t.date
            if key != last:
                found, last = found + 1, key
                if found >= enough:
                    break
        return found


def _roles(w: _Window) -> tuple[tuple[Role, ...], list[str]]:
    roles: list[Role] = []
    reasons: list[str] = []
    period = since(w.start, w.as_of)
    uncomfortable = [c for c in w.consulted if c.discomfort >= UNCOMFORTABLE]
    challenged = understood = 0
    asked: list[Talk] = []
    for t in w.recent:  # one pass: a large journal assesses a thousand people at a time
        if t.signals & ANSWERING:
            challenged += bool(t.signals & CHALLENGED)
            understood += bool(t.signals & UNDERSTOOD)
            if t.signals & ASKED_FOR_HELP and t.signals & ENGAGED:
                asked.append(t)
    if uncomfortable or asked:
        roles.append(Role.CALL_WHEN_UNCOMFORTABLE)
        if uncomfortable:
            n = len(uncomfortable)
            reasons.append(
                ngettext(
                    "You brought them {n} uncomfortable decision {period}",
                    "You brought them {n} uncomfortable decisions {period}",
                    n,
                ).format(n=n, period=period)
            )
        if asked:
            how = _and([phrase for phrase, _n in _counted(asked, ENGAGED)])
            n = len(asked)
            reasons.append(
                ngettext(
                    "You asked for their help on a live decision and they {how} "
                    "({n} conversation {period})",
                    "You asked for their help on a live decision and they {how} "
                    "({n} conversations {period})",
                    n,
                ).format(how=how, n=n, period=period)
            )
    reframed = [c for c in w.consulted if c.changed_framing]
    if challenged or reframed:
        roles.append(Role.CHALLENGES_FRAMING)
        if challenged:
            reasons.append(
                _("Challenged your framing in {share} {period}").format(
                    share=_of(challenged, len(w.recent)), period=period
                )
            )
        if reframed:
            n = len(reframed)
            reasons.append(
                ngettext(
                    "Changed your framing on {n} decision {period}",
                    "Changed your framing on {n} decisions {period}",
                    n,
                ).format(n=n, period=period)
            )
    if understood:
        roles.append(Role.UNDERSTANDS_CONSTRAINTS)
        reasons.append(
            _("Understood your constraints in {share} {period}").format(
                share=_of(understood, len(w.recent)), period=period
            )
        )
    return tuple(roles), reasons


def _direction(w: _Window, honest: Sequence[Talk]) -> tuple[bool, bool]:
    """Whether honesty came from them, and from me. Shared context (similar failures,
    comparable trade-offs, parallel pressures) is both at once; decisions count too."""
    they = any(t.signals & (THEY | SHARED) for t in honest) or any(
        c.changed_framing for c in w.consulted
    )
    me = any(t.signals & (ME | SHARED) for t in honest) or any(
        c.discomfort >= UNCOMFORTABLE for c in w.consulted
    )
    return they, me


def _repeated(w: _Window, honest: Sequence[Talk], talks: Sequence[Talk]) -> bool:
    """Honesty that came back: on separate occasions, and on a large enough share of them
    (a retreat's ten polite sessions are one occasion, not ten against the honesty)."""
    came_back = w.count_occasions(honest, len(honest))
    return (
        came_back >= REPEATED_HONESTY
        and came_back / w.count_occasions(talks, len(talks)) >= HONEST_SHARE_MIN
    )


def _one_sided(w: _Window, honest: Sequence[Talk], they: bool) -> str:
    """Who brought what, naming the signals actually ticked."""
    if they:
        reframed = sum(1 for c in w.consulted if c.changed_framing)
        extra = [
            ngettext(
                "changed your framing on {n} decision", "changed your framing on {n} decisions", n
            ).format(n=n)
            for n in [reframed]
            if n
        ]
        return _(
            "You have not opened up in return: they {doings}, "
            "while you brought no failure, doubt or request of your own"
        ).format(doings=_doings(_counted(honest, THEY), extra))
    hard = sum(1 for c in w.consulted if c.discomfort >= UNCOMFORTABLE)
    extra = [
        ngettext(
            "brought them {n} uncomfortable decision",
            "brought them {n} uncomfortable decisions",
            n,
        ).format(n=n)
        for n in [hard]
        if n
    ]
    return _(
        "Only you opened up: you {doings}; they have not shared failure or doubt with you"
    ).format(doings=_doings(_counted(honest, ME), extra))


def _share(w: _Window, honest: Sequence[Talk], talks: Sequence[Talk]) -> str:
    """'in 3 of 4 conversations', or 'on 2 of 3 occasions (2 of 12 conversations)' when some
    conversations shared a day or a gathering."""
    came_back = w.count_occasions(honest, len(honest))
    occasions = w.count_occasions(talks, len(talks))
    if (came_back, occasions) == (len(honest), len(talks)):
        return _("in {share}").format(share=_of(len(honest), len(talks)))
    return _("on {occasions} ({share})").format(
        occasions=_of_occasions(came_back, occasions), share=_of(len(honest), len(talks))
    )


def _honest_verdict(
    w: _Window, honest: Sequence[Talk], talks: Sequence[Talk], where: str
) -> tuple[Flag, list[str]]:
    """Honest, or one-sided when the honesty only ever came from one side."""
    they, me = _direction(w, honest)
    share = _("Honest {share} {where}").format(share=_share(w, honest, talks), where=where)
    if they != me:
        return Flag.ONE_SIDED, [_one_sided(w, honest, they), share]
    only_shared = not any(t.signals & (THEY | ME) for t in honest)
    both = _("you compared shared pressures") if only_shared else _("both of you opened up")
    return Flag.HONEST, [_("{share}; {both}").format(share=share, both=both)]


def _fading(w: _Window, honest: Sequence[Talk], repeated_recently: bool) -> list[str] | None:
    """The reasons the tie is fading, or None: it was honest (honesty repeated in the window,
    or over the whole history up to its last honest conversation) and the last honest
    conversation is longer ago than the cadence."""
    if not honest:
        return None
    last_honest = honest[-1].date
    quiet = w.days_since(last_honest)
    if quiet <= w.settings.cadence_days:
        return None
    before = w.talks[: bisect.bisect_right(w.talks, last_honest, key=_date)]
    if not (repeated_recently or _repeated(w, honest, before)):
        return None
    after = len(w.talks) - len(before)
    then = (
        _("no conversation since")
        if not after
        else _("the {n} conversations since carried only polish").format(n=after)
        if after > 1
        else _("the one conversation since carried only polish")
    )
    cadence = w.settings.cadence_days
    return [
        _("Last honest conversation {ago} ({date}); {then}").format(
            ago=ago(quiet), date=day_text(last_honest), then=then
        ),
        ngettext(
            "Your cadence is {n} day: the dialogue has stopped",
            "Your cadence is {n} days: the dialogue has stopped",
            cadence,
        ).format(n=cadence),
    ]


def _where(occasion: Occasion) -> str:
    if isinstance(occasion, GatheringSpan):
        return _("at {gathering}").format(gathering=occasion.name)
    return _("on {date}").format(date=day_text(occasion))


def _too_early(w: _Window, honest: Sequence[Talk], occasions: int) -> str:
    """Why it is too early: one occasion, even with several conversations, shows no
    repetition (the essay's retreats "compress interaction into short time windows")."""
    n = len(w.talks)
    honest_at = w.occasions(honest)
    if len(honest) >= REPEATED_HONESTY and len(honest_at) == 1:
        (only,) = honest_at
        if isinstance(only, GatheringSpan):
            quiet = w.days_since(only.end)
            if w.talks[-1].date <= only.end and quiet > w.settings.cadence_days:
                return _(
                    "Honest only at {gathering} ({n} conversations there), {ago}, and no "
                    "conversation since: it has not become a dialogue"
                ).format(gathering=only.name, n=len(honest), ago=ago(quiet))
            return _(
                "Honest only at {gathering} so far ({n} conversations there): see what "
                "happens after"
            ).format(gathering=only.name, n=len(honest))
        return _(
            "Honest in {n} conversations, all on {date}: one occasion so far, see whether "
            "the honesty comes back"
        ).format(n=len(honest), date=day_text(only))
    if occasions == 1:
        (only,) = w.occasions(w.talks)
        return _("Only one occasion so far ({n} conversations {where}): too early to judge").format(
            n=n, where=_where(only)
        )
    if occasions < n:
        return _(
            "Only {occasions} occasions so far ({n} conversations): too early to judge"
        ).format(occasions=occasions, n=n)
    return _("Only {n} conversations so far: too early to judge").format(n=n)


def _polish(w: _Window) -> list[str]:
    period = since(w.start, w.as_of)
    several = w.count_occasions(w.recent, SEVERAL_CONVERSATIONS) >= SEVERAL_CONVERSATIONS
    judged = w.recent if several else w.talks
    honest_judged = [t for t in judged if t.signals & HONEST_MASK]
    where = period if judged is w.recent else _("so far")
    n = len(judged)
    if not honest_judged:
        ticked = [t for t in judged if t.signals]
        if ticked and all(t.signals & SUCCESS for t in ticked):
            return [
                ngettext(
                    "Only success stories {where}: {n} conversation, "
                    "no failure, doubt or regret on either side",
                    "Only success stories {where}: {n} conversations, "
                    "no failure, doubt or regret on either side",
                    n,
                ).format(where=where, n=n)
            ]
        return [
            ngettext(
                "Only polish in {n} conversation {where}: no honesty on either side",
                "Only polish in {n} conversations {where}: no honesty on either side",
                n,
            ).format(where=where, n=n)
        ]
    occasions = w.occasions(honest_judged)
    share = _of(len(honest_judged), n)
    if len(honest_judged) > 1 and len(occasions) == 1:
        (only,) = occasions
        return [
            _("Mostly polish: honest in only {share} {where}, all {at}").format(
                share=share, where=where, at=_where(only)
            )
        ]
    return [_("Mostly polish: honest in only {share} {where}").format(share=share, where=where)]


def _flag(w: _Window) -> tuple[Flag, list[str]]:
    """The flag and the sentence(s) that explain it, first rule that holds wins."""
    n = len(w.talks)
    period = since(w.start, w.as_of)
    if n == 0:
        return Flag.TOO_EARLY, [_("No conversations recorded yet")]
    if not any(t.signals for t in w.talks):
        return Flag.TOO_EARLY, [
            _(
                "None of the {n} conversations has signals marked: tick what happened "
                "so the journal can judge"
            ).format(n=n)
            if n > 1
            else _(
                "The one conversation has no signals marked: tick what happened so the journal "
                "can judge"
            )
        ]
    if n < MIN_CONVERSATIONS:
        return Flag.TOO_EARLY, [_("Only one conversation so far: too early to judge")]

    honest = [t for t in w.talks if t.signals & HONEST_MASK]
    recent_honest = [t for t in w.recent if t.signals & HONEST_MASK]
    repeated_recently = bool(recent_honest) and _repeated(w, recent_honest, w.recent)
    fading = _fading(w, honest, repeated_recently)
    if fading:
        return Flag.FADING, fading
    if repeated_recently:
        return _honest_verdict(w, recent_honest, w.recent, period)
    if honest and _repeated(w, honest, w.talks):  # spread wider than the window, still alive
        return _honest_verdict(w, honest, w.talks, _("so far"))

    occasions = w.count_occasions(w.talks, len(w.talks))
    if occasions >= SEVERAL_CONVERSATIONS:
        return Flag.POLISH, _polish(w)
    return Flag.TOO_EARLY, [_too_early(w, honest, occasions)]


def assess_one(
    facts: TieFacts, as_of: dt.date, settings: TieSettings | None = None
) -> TieAssessment:
    w = _Window(facts, as_of, settings or TieSettings())
    flag, reasons = _flag(w)
    roles, role_reasons = _roles(w)
    early = flag is Flag.TOO_EARLY and bool(roles)
    if early:  # evidence, not yet a verdict: said so wherever the roles are shown
        role_reasons = [
            _("Early evidence: {reason}").format(reason=lower_first(r)) for r in role_reasons
        ]
    honest = [t for t in w.talks if t.signals & HONEST_MASK]
    return TieAssessment(
        person=facts.person,
        flag=flag,
        roles=roles,
        reasons=tuple(reasons + role_reasons),
        conversations=len(w.talks),
        honest_conversations=len(honest),
        last_conversation=w.talks[-1].date if w.talks else None,
        last_honest_conversation=honest[-1].date if honest else None,
        first_honest_conversation=honest[0].date if honest else None,
        recent_honest=sum(1 for t in w.recent if t.signals & HONEST_MASK),
        archived=facts.archived,
        early_roles=early,
        cadence_days=w.settings.cadence_days,
        my_few=facts.my_few,
    )


def opened_up(
    facts: TieFacts, as_of: dt.date, settings: TieSettings | None = None
) -> tuple[bool, bool]:
    """Whether honesty came from them, and from me, over what the flag is judged on (the
    recent window when honesty repeated there, else the whole history)."""
    w = _Window(facts, as_of, settings or TieSettings())
    recent_honest = [t for t in w.recent if t.signals & HONEST_MASK]
    if recent_honest and _repeated(w, recent_honest, w.recent):
        return _direction(w, recent_honest)
    return _direction(w, [t for t in w.talks if t.signals & HONEST_MASK])


def flag_on(facts: TieFacts, as_of: dt.date, settings: TieSettings) -> Flag:
    """The flag alone, as `assess_one` gives it (for asking it of many days, cheaply)."""
    return _flag(_Window(facts, as_of, settings))[0]


def assess(
    facts: Iterable[TieFacts], as_of: dt.date, settings: TieSettings | None = None
) -> list[TieAssessment]:
    """One assessment per person, in the order given."""
    settings = settings or TieSettings()
    return [assess_one(f, as_of, settings) for f in facts]


# -- capacity: the whole network at a glance -------------------------------------------------


@dataclass(frozen=True)
class Capacity:
    counts: dict[Flag, int]
    honest: int
    others: int
    notes: tuple[str, ...]
    few: int = 0  # "my few": the deep ties the leader chose (not archived)…
    few_honest: int = 0  # …and how many of them are honest ties now


def capacity(
    assessments: Sequence[TieAssessment], as_of: dt.date, settings: TieSettings | None = None
) -> Capacity:
    """Counts per flag over the ties (people not archived, with a conversation by `as_of`),
    with plain notes when depth is thin. Someone you have not talked with yet is no tie."""
    settings = settings or TieSettings()
    active = [a for a in assessments if not a.archived and a.conversations]
    counts = {flag: sum(1 for a in active if a.flag is flag) for flag in Flag}
    honest = counts[Flag.HONEST]
    notes: list[str] = []
    start = as_of - dt.timedelta(days=settings.window_days)
    months = settings.window_days // 30
    talked = [a for a in active if a.conversations]
    if talked and honest == 0:
        notes.append(
            ngettext(
                "No honest ties in the last {months} month: you have a network, not relationships",
                "No honest ties in the last {months} months: you have a network, not relationships",
                months,
            ).format(months=months)
        )
    faded = [
        a
        for a in active
        if a.flag is Flag.FADING
        and a.last_honest_conversation
        and a.last_honest_conversation >= start - dt.timedelta(days=settings.cadence_days)
    ]
    formed = [
        a
        for a in active
        if a.flag is Flag.HONEST
        and a.first_honest_conversation
        and a.first_honest_conversation >= start
    ]
    if faded and len(faded) > len(formed):
        new = ngettext("{n} new honest tie", "{n} new honest ties", len(formed)).format(
            n=len(formed)
        )
        quiet = ngettext(
            "{n} tie went quiet recently", "{n} ties went quiet recently", len(faded)
        ).format(n=len(faded))
        notes.append(
            ngettext(
                "Honest ties are fading faster than new ones form: {quiet}, {new} in the "
                "last {months} month",
                "Honest ties are fading faster than new ones form: {quiet}, {new} in the "
                "last {months} months",
                months,
            ).format(quiet=quiet, new=new, months=months)
        )
    polish = counts[Flag.POLISH]
    if polish >= BREADTH_MIN_POLISH and polish >= BREADTH_RATIO * max(honest, 1):
        notes.append(
            ngettext(
                "Breadth is crowding out depth: {polish} polish-only contacts against {n} "
                "honest tie. You can keep only a few deep relationships at once; choose where "
                "to go deeper",
                "Breadth is crowding out depth: {polish} polish-only contacts against {n} "
                "honest ties. You can keep only a few deep relationships at once; choose where "
                "to go deeper",
                honest,
            ).format(polish=polish, n=honest)
        )
    few = [a for a in assessments if a.my_few and not a.archived]
    few_honest = sum(1 for a in few if a.flag is Flag.HONEST)
    return Capacity(counts, honest, len(active) - honest, tuple(notes), len(few), few_honest)


FLAG_ORDER: tuple[Flag, ...] = (
    Flag.HONEST,
    Flag.ONE_SIDED,
    Flag.FADING,
    Flag.POLISH,
    Flag.TOO_EARLY,
)


def capacity_sentence(c: Capacity) -> str:
    """'6 honest ties against 17 others (one-sided 2, fading 2, polish only 7, too early 6).'"""
    others = ", ".join(
        _("{flag} {n}").format(flag=FLAG_WORDS[f], n=c.counts[f])
        for f in FLAG_ORDER[1:]
        if c.counts.get(f)
    )
    honest = ngettext("{n} honest tie", "{n} honest ties", c.honest).format(n=c.honest)
    sentence = ngettext("{honest} against {n} other", "{honest} against {n} others", c.others)
    sentence = sentence.format(honest=honest, n=c.others)
    return (
        _("{sentence} ({others}).").format(sentence=sentence, others=others)
        if others
        else (_("{sentence}.").format(sentence=sentence))
    )


def few_sentence(c: Capacity) -> str:
    """'Your few: 3 of 4 honest', or '' when the leader has chosen none."""
    if not c.few:
        return ""
    return _("Your few: {honest} of {few} honest").format(honest=c.few_honest, few=c.few)


def by_depth(a: TieAssessment) -> tuple[int, int, int, str]:
    """Sort key: flag (honest first), then honest conversations in the window, then contact."""
    last = a.last_conversation.toordinal() if a.last_conversation else 0
    return (FLAG_ORDER.index(a.flag), -a.recent_honest, -last, a.person.name.casefold())
