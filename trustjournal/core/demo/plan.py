"""The demo's plan: who the people are and who talked to whom, when, about what.

Everything is decided here, from one `random.Random(seed)`, before anything is written:
names and companies, the gatherings, each person's conversations laid out by their
persona (`personas.py`), the decisions and who was consulted, the group dinners, and
the signals ticked. `builder.py` then writes the plan through the journal service.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from trustjournal.core.demo import text
from trustjournal.core.demo.personas import (
    BREAKFAST_AGO,
    BREAKFAST_PEOPLE,
    CHALLENGED,
    COHORT,
    DECISIONS,
    DOUBT,
    HONEST_KINDS,
    OWN_CADENCE,
    PERSONAS,
    ROSTER,
    Kind,
    Persona,
    draw_signals,
)
from trustjournal.core.demo.words import occasions, profiles, stories
from trustjournal.core.judgement.signals import HONEST_MASK, mask
from trustjournal.core.judgement.ties import (
    CADENCE_RANGE,
    WINDOW_DAYS,
    Consultation,
    GatheringSpan,
    TieFacts,
)
from trustjournal.core.judgement.ties import Talk as TieTalk
from trustjournal.core.records import PersonDraft, PersonRef

# An own cadence is whole weeks, and this many days longer than the silence so far at least:
# the tie is honest still, and its fading-soon step is due within two weeks.
OWN_CADENCE_LEAD = 8
SAFE_SHARE = 0.4  # honest share kept in the window, well above ties.HONEST_SHARE_MIN
GROUP_CHANCE = 0.08  # a close tie's conversation that becomes a dinner with another one
COHORTS_PER_GATHERING = 4  # cohorts of the roster that share a retreat, a summit, a dinner


# -- the plan ---------------------------------------------------------------------------------


@dataclass
class Talk:
    """One planned conversation, owned by one person (others may join it)."""

    ago: int
    person: int
    kind: Kind | None = None
    gathering: int | None = None
    format: str | None = None
    decision: int | None = None
    extras: list[int] = field(default_factory=list)
    forced: list[str] = field(default_factory=list)
    signals: tuple[str, ...] = ()


@dataclass
class Person:
    index: int
    persona: Persona
    name: str
    draft: PersonDraft
    story: dict[str, str]
    gatherings: dict[str, int]  # kind -> index into Plan.gatherings
    talks: list[Talk] = field(default_factory=list)

    @property
    def cohort(self) -> int:
        return self.index // COHORT


@dataclass
class Gathering:
    kind: str
    name: str
    place: str
    start_ago: int
    end_ago: int
    people: list[int] = field(default_factory=list)


@dataclass
class Decision:
    shape: str
    title: str
    topic: tuple[str, str]  # how a note names it, and its short name
    ago: int
    discomfort: int
    status: str
    consulted: list[int]
    changed: list[int]


@dataclass
class Plan:
    as_of: dt.date
    people: list[Person]
    gatherings: list[Gathering]
    decisions: list[Decision]

    def date(self, ago: int) -> dt.date:
        return self.as_of - dt.timedelta(days=ago)

    def talks(self) -> list[Talk]:
        """Every conversation, oldest first."""
        every = [t for p in self.people for t in p.talks]
        return sorted(every, key=lambda t: (-t.ago, t.person))

    def tie_facts(self) -> list[TieFacts]:
        """What the tie rules will read once the plan is written (for checking a design
        against ties.py without a database)."""
        talks: dict[int, list[TieTalk]] = {p.index: [] for p in self.people}
        for t in self.talks():
            for i in [t.person, *t.extras]:
                talks[i].append(TieTalk.of(self.date(t.ago), *t.signals))
        asked: dict[int, list[Consultation]] = {p.index: [] for p in self.people}
        for d in self.decisions:
            for i in d.consulted:
                day = self.date(d.ago)
                asked[i].append(Consultation(day, d.discomfort, i in d.changed, d.title))
        spans: dict[int, list[GatheringSpan]] = {p.index: [] for p in self.people}
        for i, g in enumerate(self.gatherings):
            for person in g.people:
                spans[person].append(
                    GatheringSpan(i, g.name, self.date(g.start_ago), self.date(g.end_ago))
                )
        return [
            TieFacts(
                PersonRef(p.index, p.name),
                tuple(sorted(talks[p.index])),
                tuple(asked[p.index]),
                p.persona.archived,
                tuple(spans[p.index]),
                p.draft.cadence_days or None,
                bool(p.draft.my_few),
            )
            for p in self.people
        ]


def _weighted(rng: random.Random, options: Sequence[tuple[str, int]]) -> str:
    return rng.choices([o for o, _ in options], [w for _, w in options])[0]


def _spread(rng: random.Random, count: int, oldest: int, newest: int) -> list[int]:
    """`count` days-ago values from `oldest` to `newest`, evenly paced with some jitter."""
    if count <= 0:
        return []
    width = max(oldest - newest, 0) / count
    return [round(oldest - (i + rng.random()) * width) for i in range(count)]


def _names(rng: random.Random, count: int, taken: Collection[str]) -> list[str]:
    """`count` distinct names, none of them (case aside) in `taken`."""
    seen = {name.casefold() for name in taken}
    names: list[str] = []
    while len(names) < count:
        firsts, lasts = rng.choice(profiles.NAME_POOLS)
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name.casefold() in seen:
            name = f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rng.choice(lasts)}"
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def company(rng: random.Random, finance: bool) -> str:
    """A made-up company name: "Halvard Logistics", "Altamira Capital"."""
    sectors = profiles.FINANCE_SECTORS if finance else profiles.SECTORS
    return f"{rng.choice(profiles.COMPANY_NAMES)} {rng.choice(sectors)}"


def _gatherings(rng: random.Random, groups: int, as_of: dt.date) -> list[Gathering]:
    """A retreat, a summit and a dinner per group of cohorts, at their own dates."""
    made: list[Gathering] = []
    for g in range(groups):
        for kind, (low, high), days in (
            ("dinner", (620, 680), 0),
            ("retreat", (270, 330), 2),
            ("summit", (200, 240), 1),
        ):
            start = rng.randint(low, high)
            name, place = occasions.GATHERINGS[kind][g % len(occasions.GATHERINGS[kind])]
            year = (as_of - dt.timedelta(days=start)).year
            made.append(Gathering(kind, f"{name} {year}", place, start, start - days))
    return made


def _venue_kind(key: str) -> str:
    """The gathering a persona's "how we met" can mention."""
    if key.startswith("retreat"):
        return "retreat"
    return "summit" if key == "summit_contact" else "dinner"


def _person(
    rng: random.Random,
    index: int,
    key: str,
    name: str,
    gatherings: list[Gathering],
    by_kind: dict[str, int],
    as_of: dt.date,
) -> Person:
    persona = PERSONAS[key]
    firm = company(rng, key in profiles.FINANCE_PERSONAS)
    title = rng.choice(profiles.TITLES[key])
    role = title if title.split()[0].isupper() else title[0].lower() + title[1:]
    venue = gatherings[by_kind[_venue_kind(key)]]
    values = {
        "co": firm,
        "year": str(as_of.year - rng.randint(3, 12)),
        "gathering": venue.name,
        "place": venue.place,
    }
    notes = " ".join(
        filter(None, [rng.choice(profiles.PERSON_NOTES[key]), rng.choice(profiles.PERSONAL)])
    )
    draft = PersonDraft(
        name,
        f"{title}, {firm}",
        text.fill(rng.choice(profiles.HOW_MET[key]), values),
        text.fill(notes, values),
        persona.archived,
    )
    (trouble, short, setback), (trouble2, short2, setback2) = rng.sample(stories.TROUBLES, 2)
    story = {
        "co": firm.split()[0],
        "role": role,
        "a_role": f"{'an' if role[0] in 'aeiouAEIO' else 'a'} {role}",
        "trouble": trouble,
        "trouble_short": short,
        "setback": setback,
        "trouble2": trouble2,
        "trouble2_short": short2,
        "setback2": setback2,
        "win": rng.choice(stories.WINS),
        "ask": rng.choice(stories.ASKS),
        "doubt": rng.choice(stories.DOUBT_TOPICS),
    }
    return Person(index, persona, name, draft, story, by_kind)


# -- layouts: when each persona's conversations happen --------------------------------------


def _steady(rng: random.Random, p: Person, count: int, g: list[Gathering]) -> list[Talk]:
    oldest, newest = p.persona.span
    return [Talk(a, p.index) for a in _spread(rng, count, oldest, newest + rng.randint(0, 4))]


def _after(rng: random.Random, p: Person, count: int, venue: Gathering) -> list[Talk]:
    """Met at a gathering, then an ongoing dialogue until the end."""
    if count <= 0:
        return []
    session = Talk(rng.randint(venue.end_ago, venue.start_ago), p.index, Kind.SHARED, None)
    session.gathering = p.gatherings[venue.kind]
    session.format = "dinner" if venue.kind == "dinner" else "retreat_session"
    newest = p.persona.span[1] + rng.randint(0, 4)
    return [session] + [
        Talk(a, p.index) for a in _spread(rng, count - 1, venue.end_ago - 5, newest)
    ]


def _after_dinner(rng: random.Random, p: Person, count: int, g: list[Gathering]) -> list[Talk]:
    return _after(rng, p, count, g[p.gatherings["dinner"]])


def _after_retreat(rng: random.Random, p: Person, count: int, g: list[Gathering]) -> list[Talk]:
    return _after(rng, p, count, g[p.gatherings["retreat"]])


def _retreat_quiet(rng: random.Random, p: Person, count: int, g: list[Gathering]) -> list[Talk]:
    """Met at the retreat, one polite follow-up, then nothing: a sporadic follow-up."""
    talks = _after(rng, p, 1, g[p.gatherings["retreat"]])
    follow = g[p.gatherings["retreat"]].end_ago - rng.randint(15, 60)
    kind = rng.choice((Kind.SURFACE, Kind.TRANSACTIONAL))
    return [*talks, Talk(follow, p.index, kind, None, "message")]


def _summit(rng: random.Random, p: Person, count: int, g: list[Gathering]) -> list[Talk]:
    """A chat at the summit and at most one follow-up: the summit was a networking event."""
    venue = g[p.gatherings["summit"]]
    kind = rng.choice((Kind.SURFACE, Kind.TRANSACTIONAL, Kind.SUCCESS))
    talks = [
        Talk(
            rng.randint(venue.end_ago, venue.start_ago),
            p.index,
            kind,
            p.gatherings["summit"],
            "retreat_session",
        )
    ]
    if rng.random() < 2 / 3:
        ago = venue.end_ago - rng.randint(10, 80)
        talks.append(Talk(ago, p.index, Kind.TRANSACTIONAL, None, "message"))
    return talks


def _faded_polish(rng: random.Random, p: Person, count: int, g: list[Gathering]) -> list[Talk]:
    """Honest for a year, then only announcements: honest ties can fade into polish."""
    honest = max(min(2, count), round(count * 0.65))
    talks = [Talk(a, p.index) for a in _spread(rng, honest, p.persona.span[0], 330)]
    for t in talks[-2:]:
        t.kind = Kind.MUTUAL
    polish = _spread(rng, count - honest, 300, p.persona.span[1])
    return talks + [
        Talk(a, p.index, rng.choice((Kind.SUCCESS, Kind.TRANSACTIONAL))) for a in polish
    ]


def _mostly_polish(rng: random.Random, p: Person, count: int, g: list[Gathering]) -> list[Talk]:
    """Business as usual, honest about one time in eight, once lately."""
    talks = _steady(rng, p, count, g)
    older = [t for t in talks if t.ago > WINDOW_DAYS]
    offset = rng.randrange(8)
    for i, t in enumerate(older):
        if i % 8 == offset:
            t.kind = Kind.THEY
    recent = [t for t in talks if t.ago <= WINDOW_DAYS]
    if recent:
        min(recent, key=lambda t: abs(t.ago - 45)).kind = Kind.MUTUAL
    return talks


def _single(rng: random.Random, p: Person, count: int, g: list[Gathering]) -> list[Talk]:
    return [Talk(rng.randint(5, 25), p.index, Kind.MUTUAL, None, "one_on_one")]


def _pair(rng: random.Random, p: Person, count: int, g: list[Gathering]) -> list[Talk]:
    return [
        Talk(rng.randint(50, 90), p.index, Kind.SURFACE),
        Talk(rng.randint(8, 40), p.index, Kind.MUTUAL),
    ]


def _untagged(rng: random.Random, p: Person, count: int, g: list[Gathering]) -> list[Talk]:
    return [Talk(a, p.index, Kind.BLANK) for a in _spread(rng, 3, 120, 10)]


Layout = Callable[[random.Random, Person, int, list[Gathering]], list[Talk]]
_LAYOUTS: dict[str, Layout] = {
    "steady": _steady,
    "after_dinner": _after_dinner,
    "after_retreat": _after_retreat,
    "retreat_quiet": _retreat_quiet,
    "summit": _summit,
    "faded_polish": _faded_polish,
    "mostly_polish": _mostly_polish,
    "single": _single,
    "pair": _pair,
    "untagged": _untagged,
}


def _apportion(total: int, weights: Sequence[int]) -> list[int]:
    """Split `total` in proportion to `weights` (largest remainder), exactly."""
    whole = sum(weights)
    if whole <= 0 or total <= 0:
        return [0] * len(weights)
    quotas = [total * w / whole for w in weights]
    counts = [int(q) for q in quotas]
    by_remainder = sorted(range(len(weights)), key=lambda i: (counts[i] - quotas[i], i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _lay_out(rng: random.Random, plan: Plan, conversations: int | None) -> None:
    """Give every person their conversations: the natural cadence, or `conversations` in all."""
    natural = [round(p.persona.base * rng.uniform(0.85, 1.15)) for p in plan.people]
    fixed = {
        p.index: _LAYOUTS[p.persona.layout](rng, p, 0, plan.gatherings)
        for p in plan.people
        if not p.persona.base
    }
    fixed_total = sum(len(t) for t in fixed.values())
    scalable = [p for p in plan.people if p.persona.base]
    budgets = dict(
        zip([p.index for p in scalable], [natural[p.index] for p in scalable], strict=True)
    )
    if conversations is not None and conversations >= fixed_total + len(scalable):
        spare = conversations - fixed_total - len(scalable)
        shares = _apportion(spare, [natural[p.index] for p in scalable])
        budgets = {p.index: 1 + s for p, s in zip(scalable, shares, strict=True)}
    elif conversations is not None:  # too few to keep every story: trim them all alike
        sizes = [len(fixed[p.index]) if p.index in fixed else natural[p.index] for p in plan.people]
        budgets = dict(enumerate(_apportion(conversations, sizes)))
        for index, talks in fixed.items():
            del talks[budgets[index] :]
    for p in plan.people:
        if p.index in fixed:
            p.talks = fixed[p.index]
        else:
            p.talks = _LAYOUTS[p.persona.layout](rng, p, budgets[p.index], plan.gatherings)
        for t in p.talks:
            t.kind = t.kind or Kind(_weighted(rng, p.persona.kinds))
            t.format = t.format or _weighted(rng, p.persona.formats)


# -- decisions, groups, and the guarantees that keep each story true --------------------------


def _decisions(rng: random.Random, plan: Plan) -> None:
    for cohort in range(plan.people[-1].cohort + 1):
        members = [p for p in plan.people if p.cohort == cohort]
        first = {}
        for p in reversed(members):
            first[p.persona.key] = p
        for shape, (low, high), discomfort, status, asked, changed in DECISIONS:
            titles = occasions.DECISION_TITLES[shape]
            title, topic, short = titles[0] if cohort == 0 else rng.choice(titles)
            ago = rng.randint(low, high)
            consulted = [first[k].index for k in asked if k in first]
            reframed = [first[k].index for k in changed if k in first]
            plan.decisions.append(
                Decision(shape, title, (topic, short), ago, discomfort, status, consulted, reframed)
            )
            for index in consulted:
                _link(plan, len(plan.decisions) - 1, plan.people[index], index in reframed)


def _link(plan: Plan, decision: int, p: Person, reframed: bool) -> None:
    """Turn their conversation nearest the decision (up to 30 days before) into the talk
    where I consulted them."""
    ago = plan.decisions[decision].ago
    near = [
        t
        for t in p.talks
        if ago <= t.ago <= ago + 30 and t.gathering is None and t.decision is None
    ]
    kind = p.persona.consulted_as
    if not near or kind is None:
        return
    talk = min(near, key=lambda t: t.ago)
    talk.decision, talk.kind = decision, kind
    if kind in (Kind.MUTUAL, Kind.ME):
        talk.forced.append("i_asked_for_help")
    if reframed:
        talk.forced.append(CHALLENGED)


def _settle(p: Person) -> None:
    """Make the persona's intent hold whatever the dice said: the kind of their recent
    conversations, their signature signal, their last conversation."""
    persona = p.persona
    talks = sorted(p.talks, key=lambda t: -t.ago)
    if persona.last and talks:
        talks[-1].kind = persona.last
    recent = [t for t in talks if t.ago <= WINDOW_DAYS and t.gathering is None]
    free = [t for t in recent if t.decision is None and not t.extras]
    if persona.recent:
        for t in free[-2:]:
            t.kind = persona.recent
    if persona.recent in HONEST_KINDS:
        for t in reversed(free):
            if _honest_share(recent) >= SAFE_SHARE:
                break
            t.kind = persona.recent
    if persona.ensure:
        latest = [t for t in free if t.kind in (Kind.MUTUAL, Kind.THEY)]
        if latest:
            latest[-1].forced.append(persona.ensure)


def _honest_share(talks: Sequence[Talk]) -> float:
    return sum(1 for t in talks if t.kind in HONEST_KINDS) / len(talks) if talks else 1.0


def _groups(rng: random.Random, plan: Plan) -> None:
    """Close ties sometimes meet together: a dinner of two, or the opening retreat session."""
    for cohort in range(plan.people[-1].cohort + 1):
        circle = [p for p in plan.people if p.cohort == cohort and p.persona.circle and p.talks]
        friends = [p for p in circle if p.persona.layout == "after_retreat"]
        if len(friends) > 1:  # the first friend's retreat session was a group session
            session = next(t for t in friends[0].talks if t.gathering is not None)
            session.extras = [f.index for f in friends[1:]]
        for p in circle:
            others = [o for o in circle if o is not p]
            for t in p.talks:
                if t.decision is None and t.gathering is None and rng.random() < GROUP_CHANCE:
                    free = [o for o in others if _active(o, t.ago)]
                    if free:
                        t.extras = [rng.choice(free).index]
                        t.kind, t.format = Kind.SHARED, rng.choice(("dinner", "group"))


def _active(p: Person, ago: int) -> bool:
    """Whether we were in touch with them at that time (between their first and last talk)."""
    return min(t.ago for t in p.talks) <= ago <= max(t.ago for t in p.talks)


def _sign(rng: random.Random, plan: Plan) -> None:
    for p in plan.people:
        for t in p.talks:
            kind = t.kind or Kind.BLANK
            codes = draw_signals(rng, kind, p.persona.they or ((DOUBT, 1),)) + t.forced
            t.signals = tuple(dict.fromkeys(codes))


def _breakfasts(plan: Plan, groups: int) -> None:
    """Per group of cohorts, a breakfast that ended `BREAKFAST_AGO` days ago (no dice: its
    follow-up window closes two weeks after as_of), where I met people already known, the
    last two of whom I have not spoken to since."""
    per_group = COHORT * COHORTS_PER_GATHERING
    for g in range(groups):
        name, place = occasions.GATHERINGS["breakfast"][g % len(occasions.GATHERINGS["breakfast"])]
        year = plan.date(BREAKFAST_AGO).year
        met = [g * per_group + ROSTER.index(key) for key in BREAKFAST_PEOPLE]
        people = [i for i in met if i < len(plan.people)]
        plan.gatherings.append(
            Gathering("breakfast", f"{name} {year}", place, BREAKFAST_AGO, BREAKFAST_AGO, people)
        )


def _few(plan: Plan) -> None:
    """My few (the first cohort's close ties, one of whom went quiet) and the one person with
    a cadence of their own: whole weeks, a little longer than the silence since their last
    honest conversation, so that the tie is honest and about to fade."""
    for p in plan.people[:COHORT]:
        cadence = None
        if p.persona.key == OWN_CADENCE and not any(
            q.persona.key == OWN_CADENCE for q in plan.people[: p.index]
        ):
            honest = [
                t.ago
                for t in plan.talks()
                if p.index in (t.person, *t.extras) and mask(t.signals) & HONEST_MASK
            ]
            if honest:
                weeks = -(-(min(honest) + OWN_CADENCE_LEAD) // 7)
                cadence = max(CADENCE_RANGE[0], 7 * weeks)
        if p.persona.few or cadence:
            p.draft = replace(p.draft, my_few=p.persona.few or None, cadence_days=cadence)


def plan_demo(
    people: int,
    conversations: int | None,
    seed: int,
    as_of: dt.date,
    taken: Collection[str] = (),
) -> Plan:
    """Everything the demo will write, decided before anything is written; `taken` are
    names already in the journal."""
    rng = random.Random(seed)  # noqa: S311 - made-up content, not a secret
    groups = (people - 1) // (COHORT * COHORTS_PER_GATHERING) + 1
    gatherings = _gatherings(rng, groups, as_of)
    names = _names(rng, people, taken)
    plan = Plan(as_of, [], gatherings, [])
    for i in range(people):
        g = i // (COHORT * COHORTS_PER_GATHERING)
        by_kind = {kind: 3 * g + k for k, kind in enumerate(("dinner", "retreat", "summit"))}
        plan.people.append(
            _person(rng, i, ROSTER[i % COHORT], names[i], gatherings, by_kind, as_of)
        )
    _lay_out(rng, plan, conversations)
    _decisions(rng, plan)
    _groups(rng, plan)
    for p in plan.people:
        _settle(p)
    _sign(rng, plan)
    for p in plan.people:
        for t in p.talks:
            if t.gathering is not None and p.index not in gatherings[t.gathering].people:
                gatherings[t.gathering].people.append(p.index)
    _breakfasts(plan, groups)
    _few(plan)
    return plan
