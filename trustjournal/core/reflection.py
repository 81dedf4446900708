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
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from trustjournal.core import followup
from trustjournal.core.formats import FORMATS
from trustjournal.core.quarters import Quarter
from trustjournal.core.records import GatheringRecord, PersonRef
from trustjournal.core.reflection_facts import (
    ConversationFact,
    DecisionFact,
    GatheringFact,
)
from trustjournal.core.reflection_facts import Counts as Counts  # part of a Reflection
from trustjournal.core.signals import HONEST_MASK
from trustjournal.core.ties import (
    CHALLENGED,
    FLAG_LABELS,
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
)

# -- the reflection's own thresholds (docs/tie-rules.md, "The quarterly reflection") --------

CHART_QUARTERS = 4  # the honesty chart, and the "trailing year", cover this many quarters
# A gathering is reviewed in the quarter it ended and in the next ones while what followed
# it decides its verdict: a retreat's worth shows only in the months after it.
GATHERING_QUARTERS = 3
SHARE_SHIFT = 0.10  # a change in the honest share worth a sentence (ten percentage points)
OPENED_UP_LOW = 0.20  # you opened up in fewer than this share of conversations: worth saying

PROMPTS = (
    "Who could I call this quarter when a decision felt uncomfortable, and did I call them?",
    "Who challenged my framing, and what did it change?",
    "Who understands my constraints well enough to give useful feedback?",
    "Where did I keep it polished when I could have been honest?",
)


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

    @property
    def uncomfortable(self) -> bool:
        return self.discomfort >= UNCOMFORTABLE

    @property
    def alone(self) -> bool:
        return not self.consulted


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
    decisions: Sequence[DecisionFact]  # of the quarter
    decision_talks: Sequence[tuple[int, int]]  # (decision id, signals) of linked conversations
    gatherings: Sequence[GatheringFact]  # ended in this quarter or the ones before it
    first_date: dt.date | None
    written: str = ""


# -- the computation --------------------------------------------------------------------------


def chart_start(quarter: Quarter) -> dt.date:
    return quarter.back(CHART_QUARTERS - 1).start


def gatherings_start(quarter: Quarter) -> dt.date:
    return quarter.back(GATHERING_QUARTERS - 1).start


def reflect(
    quarter: Quarter, facts: Facts, as_of: dt.date, settings: TieSettings | None = None
) -> Reflection:
    """The reflection on `quarter`, looking from `as_of` (which must not be before it)."""
    settings = settings or TieSettings()
    end = min(quarter.end, as_of)
    people = {f.person.id: f for f in facts.ties}
    in_quarter = [c for c in facts.conversations if quarter.start <= c.date <= end]
    after = {a.person.id: a for a in assess(facts.ties, end, settings)}
    tie_changes = _ties(quarter, in_quarter, people, after, settings)
    decisions = _decisions(facts.decisions, facts.decision_talks, people)
    gatherings = tuple(_gathering(g, people, as_of, settings) for g in facts.gatherings)
    conversations = _conversations(quarter, facts.months)
    test = _practical_test(in_quarter, decisions, people)
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
    )
    return replace(reflection, takeaways=tuple(takeaways(reflection)))


def _kind(fact: ConversationFact) -> str:
    return FORMATS.get(fact.format, fact.format)


def _practical_test(
    conversations: Iterable[ConversationFact],
    decisions: Decisions,
    people: Mapping[int, TieFacts],
) -> dict[Role, tuple[Answer, ...]]:
    found: dict[Role, defaultdict[int, list[Evidence]]] = {r: defaultdict(list) for r in Role}
    for d in decisions.all:
        for ref in d.consulted:
            if d.uncomfortable:
                found[Role.CALL_WHEN_UNCOMFORTABLE][ref.id].append(
                    Evidence(d.date, f"Consulted on “{d.title}” (discomfort {d.discomfort} of 5)")
                )
        for ref in d.changed_framing:
            found[Role.CHALLENGES_FRAMING][ref.id].append(
                Evidence(d.date, f"Changed your framing of “{d.title}”")
            )
    for c in conversations:
        for ident in c.people:
            if c.signals & CHALLENGED:
                found[Role.CHALLENGES_FRAMING][ident].append(
                    Evidence(c.date, f"Challenged your framing ({_kind(c)})")
                )
            if c.signals & UNDERSTOOD:
                found[Role.UNDERSTANDS_CONSTRAINTS][ident].append(
                    Evidence(c.date, f"Understood your constraints ({_kind(c)})")
                )
    return {
        role: tuple(
            sorted(
                (
                    Answer(
                        people[ident].person,
                        people[ident].archived,
                        tuple(sorted(evidence, key=lambda e: e.date)),
                    )
                    for ident, evidence in by_person.items()
                    if ident in people
                ),
                key=lambda a: (-len(a.evidence), a.person.name.casefold()),
            )
        )
        for role, by_person in found.items()
    }


def _conversations(quarter: Quarter, months: Mapping[dt.date, Counts]) -> Conversations:
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
    )


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


def _decisions(
    decisions: Iterable[DecisionFact],
    talks: Iterable[tuple[int, int]],
    people: Mapping[int, TieFacts],
) -> Decisions:
    honest: defaultdict[int, int] = defaultdict(int)
    polish: defaultdict[int, int] = defaultdict(int)
    for decision_id, signals in talks:
        if signals & HONEST_MASK:
            honest[decision_id] += 1
        elif signals & POLISH:
            polish[decision_id] += 1

    def refs(ids: Iterable[int]) -> tuple[PersonRef, ...]:
        return tuple(
            sorted((people[i].person for i in ids if i in people), key=lambda p: p.name.casefold())
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
            )
            for d in decisions
        )
    )


def _gathering(
    g: GatheringFact, people: Mapping[int, TieFacts], as_of: dt.date, settings: TieSettings
) -> Gathering:
    met = [people[p.id] for p in g.people if p.id in people]
    dates = {f.person.id: [t.date for t in f.talks] for f in met}
    honest = {f.person.id: [t.date for t in f.talks if t.signals & HONEST_MASK] for f in met}
    record = GatheringRecord(g.id, g.name, g.start, g.end, "", "", g.people)
    result = followup.follow_up(
        record, dates, as_of, honest_by_person=honest, cadence_days=settings.cadence_days
    )
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


# -- takeaways: plain sentences, each drawn from the numbers above ----------------------------


def _names(refs: Sequence[PersonRef], most: int = 3) -> str:
    names = [r.name for r in refs[:most]]
    if len(refs) > most:
        names.append(f"{len(refs) - most} more")
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _titles(decisions: Sequence[Decision]) -> str:
    return _names([PersonRef(d.id, f"“{d.title}”") for d in decisions], most=2)


def _percent(share: float) -> str:
    return f"{round(share * 100)} %"


def takeaways(r: Reflection) -> list[str]:
    """What the quarter's numbers say, most important first; nothing that is not in them."""
    if r.empty:
        return []
    out: list[str] = []
    hard = r.decisions.uncomfortable
    alone = [d for d in hard if d.alone]
    if alone:
        out.append(
            f"You faced {len(alone)} of {len(hard)} uncomfortable decisions with nobody to "
            f"call: {_titles(alone)}."
            if len(hard) > 1
            else f"You faced your one uncomfortable decision, {_titles(alone)}, with nobody to "
            "call."
        )
    elif hard:
        out.append(f"Every uncomfortable decision ({len(hard)}) was brought to someone.")
    only_polish = [d for d in hard if d.polish_talks and not d.honest_talks]
    if only_polish:
        out.append(
            f"The hard trade-off {_titles(only_polish)} was discussed only in polish: "
            "no failure, doubt or shared pressure in those conversations."
            if len(only_polish) == 1
            else f"The hard trade-offs {_titles(only_polish)} were discussed only in polish."
        )
    c = r.conversations
    if c.this.total:
        if not any(r.practical_test.values()):
            out.append(
                "Nobody answered the practical test this quarter: no one you could call on an "
                "uncomfortable decision, challenged your framing or understood your constraints."
            )
        else:
            missing = [_QUESTION[role] for role, found in r.practical_test.items() if not found]
            if missing:
                out.append(f"Nobody {' or '.join(missing)} this quarter.")
        now, then = c.this.share(c.this.honest), c.previous.share(c.previous.honest)
        if c.previous.total and abs(now - then) >= SHARE_SHIFT:
            verb = "rose" if now > then else "fell"
            out.append(
                f"Honest conversations {verb} from {_percent(then)} to {_percent(now)} of your "
                f"conversations ({c.this.honest} of {c.this.total})."
            )
        mine = c.this.share(c.this.i_honest)
        if mine < OPENED_UP_LOW:
            out.append(
                f"You opened up in {c.this.i_honest} of {c.this.total} conversations "
                f"({_percent(mine)}): people can only challenge what you show them."
            )
    for g in r.gatherings:
        if g.verdict is followup.Verdict.NETWORKING:
            out.append(f"{g.name} functioned as a networking event: {_followed(g)}.")
        elif g.verdict is followup.Verdict.BUILT_RELATIONSHIPS:
            out.append(f"{g.name} built relationships: {_followed(g)}.")
    t = r.ties
    if t.faded or t.deepened:
        out.append(_tie_sentence(t))
    out.extend(note if note.endswith(".") else note + "." for note in r.capacity.notes)
    return out


_QUESTION = {
    Role.CALL_WHEN_UNCOMFORTABLE: "was there to call on an uncomfortable decision",
    Role.CHALLENGES_FRAMING: "challenged your framing",
    Role.UNDERSTANDS_CONSTRAINTS: "showed they understood your constraints",
}


def _followed(g: Gathering) -> str:
    met = len(g.ongoing) + len(g.sporadic) + len(g.none)
    if g.ongoing:
        return f"{len(g.ongoing)} of the {met} people you met are still in dialogue with you"
    if g.sporadic:
        return f"of the {met} people you met, {len(g.sporadic)} got a follow-up and then silence"
    return f"none of the {met} people you met heard from you again"


def _now(change: TieChange) -> PersonRef:
    """The person, with their flag when it is not the obvious one (honest, or fading)."""
    if change.after in (Flag.HONEST, Flag.FADING):
        return change.person
    label = FLAG_LABELS[change.after].lower()
    return PersonRef(change.person.id, f"{change.person.name}, now {label}")


def _tie_sentence(t: Ties) -> str:
    parts = []
    for count, changes in (("deepened", t.deepened), ("faded", t.faded)):
        if changes:
            parts.append(f"{len(changes)} {count} ({_names([_now(c) for c in changes])})")
    return "Ties this quarter: " + "; ".join(parts) + "."
