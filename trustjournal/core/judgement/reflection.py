"""The quarterly reflection: one quarter of the journal, read the way the essay asks.

A pure computation over plain facts (no database, no clock, no Qt): who answered the
practical test this quarter and on what evidence, how honest the conversations were (and
how honest *you* were), which ties deepened or faded, the uncomfortable decisions and who
was there for them, what followed the gatherings, and a few sentences drawn from those
numbers. The tie flags come from `ties`, the gathering verdicts from `followup`: the rules
live there, and docs/tie-rules.md explains them. `Journal.reflect` gathers the facts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from trustjournal.core.formats import FORMATS
from trustjournal.core.i18n import N_, _
from trustjournal.core.judgement import followup
from trustjournal.core.judgement.quarters import Quarter
from trustjournal.core.judgement.reflection_facts import (
    ConversationFact,
    DecisionFact,
    GatheringFact,
)
from trustjournal.core.judgement.reflection_facts import Counts as Counts  # part of a Reflection
from trustjournal.core.judgement.reflection_steps import FollowThrough, follow_through
from trustjournal.core.judgement.signals import HONEST_MASK
from trustjournal.core.judgement.ties import (
    ASKED_FOR_HELP,
    CHALLENGED,
    ENGAGED,
    POLISH,
    REPEATED_HONESTY,
    UNCOMFORTABLE,
    UNDERSTOOD,
    Capacity,
    Flag,
    Role,
    TieAssessment,
    TieFacts,
    TieSettings,
    assess,
    capacity,
    flag_on,
    said,
)
from trustjournal.core.records import GatheringRecord, PersonRef, StepRecord

# -- the reflection's own thresholds (docs/tie-rules.md, "The quarterly reflection") --------

CHART_QUARTERS = 4  # the honesty chart, and the "trailing year", cover this many quarters
# A gathering is reviewed in the quarter it ended and in the next ones while what followed
# it decides its verdict: a retreat's worth shows only in the months after it.
GATHERING_QUARTERS = 3
# The honest ties named as "there to call" for a decision faced alone, most called first.
COULD_CALL_SHOWN = 5

# The questions to write about, in English (marked); `prompts()` gives them translated.
PROMPTS = (
    N_("Who could I call this quarter when a decision felt uncomfortable, and did I call them?"),
    N_("Who challenged my framing, and what did it change?"),
    N_("Who understands my constraints well enough to give useful feedback?"),
    N_("Where did I keep it polished when I could have been honest?"),
)


def prompts() -> tuple[str, ...]:
    """The questions to write about, in the language in use."""
    return tuple(_(p) for p in PROMPTS)


# -- what the reflection shows ----------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    date: dt.date
    what: str  # "Challenged your framing (1:1)"


@dataclass(frozen=True)
class Answer:
    """One person who answers one question of the practical test, and why."""

    person: PersonRef
    archived: bool
    evidence: tuple[Evidence, ...]
    flag: Flag = Flag.TOO_EARLY  # their tie at the end of the quarter, shown beside the name


@dataclass(frozen=True)
class Month:
    first_day: dt.date
    counts: Counts


@dataclass(frozen=True)
class Conversations:
    this: Counts
    previous: Counts  # the quarter before
    trailing_year: Counts  # the four quarters ending with this one
    months: tuple[Month, ...]  # the last four quarters, month by month (the chart)
    # A quarter in progress is compared with the same number of days of the one before:
    # how many days have passed, and the quarter before over its first that many days.
    days: int | None = None
    previous_to_date: Counts | None = None

    @property
    def compared(self) -> Counts:
        """What this quarter is compared with: like with like."""
        return self.previous_to_date if self.previous_to_date is not None else self.previous

    @property
    def in_quarter(self) -> tuple[Month, ...]:
        return self.months[-3:]


@dataclass(frozen=True)
class TieChange:
    person: PersonRef
    archived: bool
    before: Flag | None  # at the end of the previous quarter (None: not met yet)
    after: Flag
    reason: str  # the first sentence of the assessment at the end of this quarter


@dataclass(frozen=True)
class Ties:
    deepened: tuple[TieChange, ...]  # moved toward honest
    faded: tuple[TieChange, ...]  # were honest, now fading or polish
    polish_only: tuple[TieChange, ...]  # polish before and after, and talked this quarter
    new: tuple[TieChange, ...]  # first conversation ever this quarter


@dataclass(frozen=True)
class Decision:
    id: int
    title: str
    date: dt.date
    discomfort: int
    status: str
    consulted: tuple[PersonRef, ...]
    changed_framing: tuple[PersonRef, ...]
    honest_talks: int  # conversations linked to it that carried honesty
    polish_talks: int  # …that carried only polish
    # Faced alone although these honest ties held the call role on its date (worked out for
    # the decisions of the quarter reflected on, not for the rest of its year).
    could_call: tuple[PersonRef, ...] = ()
    # Not recorded as consulted, but in a conversation linked to it: talked it through.
    talked_with: tuple[PersonRef, ...] = ()

    @property
    def uncomfortable(self) -> bool:
        return self.discomfort >= UNCOMFORTABLE

    @property
    def alone(self) -> bool:
        """Nobody consulted and no conversation about it with anyone: decided alone, or
        (while open) faced alone so far."""
        return not self.consulted and not self.talked_with

    @property
    def open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class Decisions:
    all: tuple[Decision, ...]

    @property
    def uncomfortable(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.all if d.uncomfortable)

    @property
    def alone(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.all if d.alone)


@dataclass(frozen=True)
class Gathering:
    id: int
    name: str
    start: dt.date
    end: dt.date
    verdict: followup.Verdict
    sentence: str
    ongoing: tuple[PersonRef, ...]  # kept an ongoing dialogue
    sporadic: tuple[PersonRef, ...]  # a follow-up or a few, then nothing
    none: tuple[PersonRef, ...]  # no conversation since


@dataclass(frozen=True)
class QuarterTest:
    """Who answered each question of the practical test in one quarter."""

    quarter: Quarter
    answers: Mapping[Role, tuple[PersonRef, ...]]


@dataclass(frozen=True)
class CoachNote:
    """What a coach would point out, computed from the journal, with its evidence."""

    kind: str  # one of reflection_coach.KINDS
    text: str
    evidence: tuple[str, ...]
    people: tuple[PersonRef, ...] = ()


@dataclass(frozen=True)
class Reflection:
    quarter: Quarter
    as_of: dt.date  # the day the reflection was computed for (the quarter's end, or today)
    in_progress: bool  # the quarter has not ended yet
    first_quarter: Quarter | None  # the earliest quarter with anything recorded
    practical_test: Mapping[Role, tuple[Answer, ...]]
    conversations: Conversations
    ties: Ties
    decisions: Decisions
    gatherings: tuple[Gathering, ...]
    capacity: Capacity  # at the end of the quarter
    takeaways: tuple[str, ...]
    written: str = ""  # the leader's own reflection for the quarter
    # The trailing year: the four quarters ending with this one.
    history: tuple[QuarterTest, ...] = ()  # the practical test, quarter by quarter
    decisions_year: Decisions = Decisions(())
    coach: tuple[CoachNote, ...] = ()
    follow_through: FollowThrough = field(default_factory=FollowThrough)  # its next steps

    @property
    def empty(self) -> bool:
        """Nothing recorded in the quarter: no conversation, decision or gathering held in
        it (a gathering of an earlier quarter still under review does not count)."""
        held = any(
            self.quarter.start <= g.end and g.start <= self.quarter.end for g in self.gatherings
        )
        return not (self.conversations.this.total or self.decisions.all or held)


@dataclass(frozen=True)
class Facts:
    """Everything the computation reads, gathered by `Journal.reflect`."""

    ties: Sequence[TieFacts]  # every person
    conversations: Sequence[ConversationFact]  # of the quarter, up to the as-of date
    months: Mapping[dt.date, Counts]  # the chart's months, by their first day
    decisions: Sequence[DecisionFact]  # of the trailing year, up to the as-of date
    # (decision id, signals, people) of the conversations linked to those decisions
    decision_talks: Sequence[tuple[int, int, tuple[int, ...]]]
    gatherings: Sequence[GatheringFact]  # ended in this quarter or the ones before it
    first_date: dt.date | None
    written: str = ""
    # The three quarters before this one, for the practical test over the year (without
    # format or decision: only who, when and which signals; only those with a signal
    # that can answer it, `ties.ANSWERING`).
    earlier: Sequence[ConversationFact] = ()
    # For a quarter in progress: the quarter before over the same number of days.
    previous_to_date: Counts | None = None
    # The journal's record of next steps, and what the steps about a decision or gathering
    # were about (key -> its title or name).
    steps: Sequence[StepRecord] = ()
    subjects: Mapping[str, str] = field(default_factory=dict)


# -- the computation --------------------------------------------------------------------------


def chart_start(quarter: Quarter) -> dt.date:
    return quarter.back(CHART_QUARTERS - 1).start


def gatherings_start(quarter: Quarter) -> dt.date:
    return quarter.back(GATHERING_QUARTERS - 1).start


def days_in(quarter: Quarter, as_of: dt.date) -> int | None:
    """How many days of a quarter in progress have passed (None once it has ended)."""
    return (as_of - quarter.start).days + 1 if as_of < quarter.end else None


def reflect(
    quarter: Quarter, facts: Facts, as_of: dt.date, settings: TieSettings | None = None
) -> Reflection:
    """The reflection on `quarter`, looking from `as_of` (which must not be before it)."""
    from trustjournal.core.judgement import reflection_coach  # it reads a Reflection: imported late

    settings = settings or TieSettings()
    end = min(quarter.end, as_of)
    people = {f.person.id: f for f in facts.ties}
    in_quarter = [c for c in facts.conversations if quarter.start <= c.date <= end]
    after = {a.person.id: a for a in assess(facts.ties, end, settings)}
    tie_changes = _ties(quarter, in_quarter, people, after, settings)
    year = _decisions(facts.decisions, facts.decision_talks, people, settings, quarter.start)
    decisions = Decisions(tuple(d for d in year.all if quarter.start <= d.date <= end))
    gatherings = tuple(_gathering(g, people, as_of, settings) for g in facts.gatherings)
    conversations = _conversations(quarter, facts.months, facts.previous_to_date, as_of)
    test = _practical_test(in_quarter, decisions, people, after)
    found = capacity(list(after.values()), end, settings)
    reflection = Reflection(
        quarter=quarter,
        as_of=as_of,
        in_progress=as_of < quarter.end,
        first_quarter=Quarter.of(facts.first_date) if facts.first_date else None,
        practical_test=test,
        conversations=conversations,
        ties=tie_changes,
        decisions=decisions,
        gatherings=gatherings,
        capacity=found,
        takeaways=(),
        written=facts.written,
        history=_history(quarter, test, facts.earlier, year, people),
        decisions_year=year,
        follow_through=follow_through(
            facts.steps,
            quarter.start,
            end,
            {i: f.person.name for i, f in people.items()},
            facts.subjects,
        ),
    )
    return replace(
        reflection,
        takeaways=tuple(reflection_coach.takeaways(reflection)),
        coach=tuple(reflection_coach.notes(reflection, after, people, in_quarter)),
    )


def _kind(fact: ConversationFact) -> str:
    return FORMATS.get(fact.format, fact.format)


def _practical_test(
    conversations: Iterable[ConversationFact],
    decisions: Decisions,
    people: Mapping[int, TieFacts],
    after: Mapping[int, TieAssessment] | None = None,
) -> dict[Role, tuple[Answer, ...]]:
    """Who answered each question in these conversations and decisions, with the evidence;
    `after` (their ties at the quarter's end) gives the flag shown beside each name."""
    found: dict[Role, defaultdict[int, list[Evidence]]] = {r: defaultdict(list) for r in Role}
    for d in decisions.all:
        for ref in d.consulted:
            if d.uncomfortable:
                found[Role.CALL_WHEN_UNCOMFORTABLE][ref.id].append(
                    Evidence(
                        d.date,
                        _("Consulted on “{title}” (discomfort {n} of 5)").format(
                            title=d.title, n=d.discomfort
                        ),
                    )
                )
        for ref in d.changed_framing:
            found[Role.CHALLENGES_FRAMING][ref.id].append(
                Evidence(d.date, _("Changed your framing of “{title}”").format(title=d.title))
            )
    for c in conversations:
        helped = c.signals & ASKED_FOR_HELP and c.signals & ENGAGED
        for ident in c.people:
            if helped:
                found[Role.CALL_WHEN_UNCOMFORTABLE][ident].append(
                    Evidence(
                        c.date,
                        _("Asked for their help on a live decision; they {said} ({kind})").format(
                            said=said(c.signals & ENGAGED), kind=_kind(c)
                        ),
                    )
                )
            if c.signals & CHALLENGED:
                found[Role.CHALLENGES_FRAMING][ident].append(
                    Evidence(c.date, _("Challenged your framing ({kind})").format(kind=_kind(c)))
                )
            if c.signals & UNDERSTOOD:
                found[Role.UNDERSTANDS_CONSTRAINTS][ident].append(
                    Evidence(
                        c.date, _("Understood your constraints ({kind})").format(kind=_kind(c))
                    )
                )
    return {
        role: tuple(
            sorted(
                (
                    Answer(
                        people[ident].person,
                        people[ident].archived,
                        tuple(sorted(evidence, key=lambda e: e.date)),
                        after[ident].flag if after else Flag.TOO_EARLY,
                    )
                    for ident, evidence in by_person.items()
                    if ident in people
                ),
                key=lambda a: (-len(a.evidence), a.person.name.casefold()),
            )
        )
        for role, by_person in found.items()
    }


def _conversations(
    quarter: Quarter,
    months: Mapping[dt.date, Counts],
    previous_to_date: Counts | None,
    as_of: dt.date,
) -> Conversations:
    chart: dict[dt.date, Counts] = {}
    q = quarter.back(CHART_QUARTERS - 1)
    while q <= quarter:
        for first_day in q.months:
            chart[first_day] = months.get(first_day, Counts())
        q = q.next()
    return Conversations(
        this=sum((chart[m] for m in quarter.months), Counts()),
        previous=sum((chart[m] for m in quarter.previous().months), Counts()),
        trailing_year=sum(chart.values(), Counts()),
        months=tuple(Month(m, counts) for m, counts in chart.items()),
        days=days_in(quarter, as_of),
        previous_to_date=previous_to_date if days_in(quarter, as_of) else None,
    )


def _history(
    quarter: Quarter,
    this: Mapping[Role, Sequence[Answer]],
    earlier: Sequence[ConversationFact],
    year: Decisions,
    people: Mapping[int, TieFacts],
) -> tuple[QuarterTest, ...]:
    """The practical test of each of the four quarters ending with this one."""
    found = []
    for back in range(CHART_QUARTERS - 1, 0, -1):
        q = quarter.back(back)
        talks = [c for c in earlier if q.start <= c.date <= q.end]
        decided = Decisions(tuple(d for d in year.all if q.start <= d.date <= q.end))
        test = _practical_test(talks, decided, people)
        found.append(QuarterTest(q, {r: tuple(a.person for a in test[r]) for r in Role}))
    found.append(QuarterTest(quarter, {r: tuple(a.person for a in this[r]) for r in Role}))
    return tuple(found)


_DEPTH = {Flag.HONEST: 3, Flag.ONE_SIDED: 2, Flag.FADING: 1, Flag.POLISH: 0, Flag.TOO_EARLY: 0}


def _could_move(
    f: TieFacts, now: TieAssessment, talked: set[int], quarter: Quarter, settings: TieSettings
) -> bool:
    """Whether this tie could have deepened, faded or stayed polish-only this quarter: only
    for these is the flag at the end of the previous quarter worth computing.

    Deepened needs an honest or one-sided tie now; stayed polish-only, a polish tie you
    talked with; faded, a tie that was honest or one-sided before, which takes at least
    `REPEATED_HONESTY` honest conversations before the quarter. And someone last seen before
    both dates' recent window and cadence has the same conversations at both dates, none
    recent and all too long ago: the rules give them the same flag.
    """
    if not f.talks:
        return False
    quiet = max(settings.window_days, settings.cadence_days) + 1
    if f.talks[-1].date < quarter.start - dt.timedelta(days=quiet):
        return False
    if now.flag in (Flag.HONEST, Flag.ONE_SIDED):
        return True
    if now.flag is Flag.POLISH and f.person.id in talked:
        return True
    honest_before = sum(1 for t in f.talks if t.date < quarter.start and t.signals & HONEST_MASK)
    return now.flag in (Flag.FADING, Flag.POLISH) and honest_before >= REPEATED_HONESTY


def _ties(
    quarter: Quarter,
    in_quarter: Sequence[ConversationFact],
    people: Mapping[int, TieFacts],
    after: Mapping[int, TieAssessment],
    settings: TieSettings,
) -> Ties:
    talked = {ident for c in in_quarter for ident in c.people}
    candidates = [
        f for f in people.values() if _could_move(f, after[f.person.id], talked, quarter, settings)
    ]
    before = {a.person.id: a for a in assess(candidates, quarter.start - dt.timedelta(1), settings)}
    deepened, faded, polish, new = [], [], [], []
    for ident, now in sorted(after.items(), key=lambda kv: kv[1].person.name.casefold()):
        then = before.get(ident)
        was = then.flag if then and then.conversations else None
        change = TieChange(
            now.person, people[ident].archived, was, now.flag, now.reasons[0] if now.reasons else ""
        )
        if (
            now.flag in (Flag.HONEST, Flag.ONE_SIDED)
            and _DEPTH[now.flag] > _DEPTH[was or Flag.TOO_EARLY]
        ):
            deepened.append(change)
        elif was in (Flag.HONEST, Flag.ONE_SIDED) and now.flag in (Flag.FADING, Flag.POLISH):
            faded.append(change)
        elif was is Flag.POLISH and now.flag is Flag.POLISH and ident in talked:
            polish.append(change)
        first = people[ident].talks[0].date if people[ident].talks else None
        if first is not None and first >= quarter.start and ident in talked:
            new.append(change)
    return Ties(tuple(deepened), tuple(faded), tuple(polish), tuple(new))


def _call_events(people: Mapping[int, TieFacts]) -> list[tuple[dt.date, int]]:
    """(date, person) of everything that can earn the call role, oldest first: an
    uncomfortable decision brought to them, help asked on a live decision and honestly
    given. Archived people are left out: nobody is told they could have called them."""
    found = []
    for ident, f in people.items():
        if f.archived:
            continue
        found += [(c.date, ident) for c in f.consultations if c.discomfort >= UNCOMFORTABLE]
        found += [
            (t.date, ident) for t in f.talks if t.signals & ASKED_FOR_HELP and t.signals & ENGAGED
        ]
    found.sort()
    return found


def _could_call(
    alone: Iterable[DecisionFact], people: Mapping[int, TieFacts], settings: TieSettings
) -> dict[int, tuple[PersonRef, ...]]:
    """For each uncomfortable decision faced alone (`alone`), the honest ties that held the
    call role on its date: people you could have called, the one you had called most often
    in the window before it first, `COULD_CALL_SHOWN` at most.

    Evidence dated in the window is exactly what earns the call role (ties._roles), so only
    the flag on that day is left to ask of each candidate. The decisions are taken in date
    order with the window's evidence counted as it slides: one pass over the evidence.
    """
    alone = sorted(alone, key=lambda d: d.date)
    if not alone:
        return {}
    events = _call_events(people)
    counts: Counter[int] = Counter()
    first = past = 0
    found: dict[int, tuple[PersonRef, ...]] = {}
    for d in alone:
        start = d.date - dt.timedelta(days=settings.window_days)
        while past < len(events) and events[past][0] <= d.date:
            counts[events[past][1]] += 1
            past += 1
        while first < past and events[first][0] < start:
            counts[events[first][1]] -= 1
            first += 1
        ranked = sorted(
            (-n, people[ident].person.name.casefold(), ident) for ident, n in counts.items() if n
        )
        there: list[PersonRef] = []
        for *_rank, ident in ranked:
            if flag_on(people[ident], d.date, settings) is Flag.HONEST:
                there.append(people[ident].person)
                if len(there) == COULD_CALL_SHOWN:
                    break
        found[d.id] = tuple(there)
    return found


def _decisions(
    decisions: Iterable[DecisionFact],
    talks: Iterable[tuple[int, int, tuple[int, ...]]],
    people: Mapping[int, TieFacts],
    settings: TieSettings,
    since: dt.date,
) -> Decisions:
    """The decisions as the reflection shows them; for those dated `since` or later (the
    quarter's), who could have been called on the ones faced alone. The people of a
    conversation linked to a decision talked it through with you, consulted or not."""
    honest: defaultdict[int, int] = defaultdict(int)
    polish: defaultdict[int, int] = defaultdict(int)
    talked: defaultdict[int, set[int]] = defaultdict(set)
    for decision_id, signals, who in talks:
        talked[decision_id].update(who)
        if signals & HONEST_MASK:
            honest[decision_id] += 1
        elif signals & POLISH:
            polish[decision_id] += 1

    def refs(ids: Iterable[int]) -> tuple[PersonRef, ...]:
        return tuple(
            sorted((people[i].person for i in ids if i in people), key=lambda p: p.name.casefold())
        )

    decisions = list(decisions)
    could_call = _could_call(
        [
            d
            for d in decisions
            if d.date >= since
            and d.discomfort >= UNCOMFORTABLE
            and not d.consulted
            and not talked[d.id]
        ],
        people,
        settings,
    )

    return Decisions(
        tuple(
            Decision(
                d.id,
                d.title,
                d.date,
                d.discomfort,
                d.status,
                refs(d.consulted),
                refs(d.changed_framing),
                honest[d.id],
                polish[d.id],
                could_call.get(d.id, ()),
                refs(talked[d.id] - set(d.consulted)),
            )
            for d in decisions
        )
    )


def _gathering(
    g: GatheringFact, people: Mapping[int, TieFacts], as_of: dt.date, settings: TieSettings
) -> Gathering:
    record = GatheringRecord(g.id, g.name, g.start, g.end, "", "", g.people)
    result = followup.follow_up_from_facts(record, people, as_of, settings.cadence_days)
    return Gathering(
        g.id,
        g.name,
        g.start,
        result.ended,
        result.verdict,
        result.sentence,
        tuple(p.person for p in result.people if p.kept_talking),
        tuple(p.person for p in result.people if not p.kept_talking and p.conversations),
        tuple(p.person for p in result.people if not p.conversations),
    )
