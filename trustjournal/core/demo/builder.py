"""The demo journal: a deterministic, made-up two years of a CEO's candid conversations.

New users, screenshots and benchmarks all start from it. Every person follows a
*persona* (`personas.py`: the confidant, the board investor who only ever reassures,
the connector who trades intros, the friend from a retreat, the peer who went quiet …)
whose dates and signals are chosen so that the real tie rules in `judgement/ties.py` give
each flag and role at the default size: nothing is typed in as a verdict. The notes that
go with the signals come from `text.py` and the banks in `words/`.

`build` plans everything first (`plan.py`, from one `random.Random(seed)`), then
writes it through the `Journal` service inside one `batch()`: the search triggers run,
change notices go out once, and a failure leaves nothing behind. The same (people,
conversations, seed, as_of) always gives the same journal; nothing reads the clock except a
missing `as_of`, which means today.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from trustjournal.core.demo import text
from trustjournal.core.demo.personas import COHORT, HONEST_KINDS, PERSONAS, SPAN_DAYS
from trustjournal.core.demo.plan import Decision, Gathering, Plan, Talk, company, plan_demo
from trustjournal.core.demo.words import occasions, profiles, sentences, stories
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, DecisionDraft, GatheringDraft

DEFAULT_PEOPLE = 25
DEMO_VERSION = 3  # bump when the same arguments would give a different journal
PROGRESS_EVERY = 200  # writes between progress calls

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoReport:
    people: int
    conversations: int
    decisions: int
    gatherings: int
    as_of: dt.date


# -- writing it through the service ------------------------------------------------------------


def build(
    journal: Journal,
    *,
    people: int | None = None,
    conversations: int | None = None,
    seed: int = 1,
    as_of: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoReport:
    """Fill `journal` with the demo, in one transaction; see the module docstring."""
    people = DEFAULT_PEOPLE if people is None else people
    if people < 1:
        raise InvalidInput("The demo needs at least one person.")
    if conversations is not None and conversations < 1:
        raise InvalidInput("The demo needs at least one conversation.")
    as_of = as_of or dt.date.today()
    # With --force, a second demo must not reuse a name or overwrite a reflection the
    # user wrote.
    taken = [p.name for p in journal.people()]
    plan = plan_demo(people, conversations, seed, as_of, taken)
    reflections = [(q, body) for q, body in _reflections(plan) if not journal.reflection(q).text]
    notes = random.Random(f"{seed}:notes")  # noqa: S311 - its own stream: text never moves a date
    writer = _Writer(journal, plan, notes, progress, reflections)
    with journal.batch():
        writer.write()
        _follow_through(journal, as_of)
    return DemoReport(people, writer.conversations, writer.decisions, writer.gatherings, as_of)


def sample_notes(count: int, seed: int = 1, as_of: dt.date | None = None) -> list[str]:
    """`count` demo notes, without a journal (for benchmarks that save their own)."""
    plan = plan_demo(DEFAULT_PEOPLE, count, seed, as_of or dt.date.today())
    rng = random.Random(f"{seed}:notes")  # noqa: S311
    return [_note(rng, plan, t) for t in plan.talks()][:count]


class _Writer:
    """Writes a plan through the service, composing each note just before it is saved."""

    def __init__(
        self,
        journal: Journal,
        plan: Plan,
        rng: random.Random,
        progress: Progress | None,
        reflections: list[tuple[str, str]],
    ) -> None:
        self.journal, self.plan, self.rng, self.progress = journal, plan, rng, progress
        self.reflections = reflections
        self.ids: dict[int, int] = {}
        self.gathering_ids: dict[int, int] = {}
        self.decision_ids: dict[int, int] = {}
        self.conversations = self.decisions = self.gatherings = 0
        used = sum(1 for g in plan.gatherings if g.people)
        talks = sum(len(p.talks) for p in plan.people)
        self.done, self.total = 0, len(plan.people) + used + len(plan.decisions) + talks

    def tick(self, count: int = 1) -> None:
        before, self.done = self.done, self.done + count
        if self.progress and before // PROGRESS_EVERY != self.done // PROGRESS_EVERY:
            self.progress(self.done, self.total)

    def write(self) -> None:
        if self.progress:
            self.progress(0, self.total)
        for p in self.plan.people:
            if p.persona.layout != "single":  # they are added with their first conversation
                self.ids[p.index] = self.journal.add_person(p.draft).id
                self.tick()
        for i, g in enumerate(self.plan.gatherings):
            if g.people:
                self.gathering_ids[i] = self._gathering(g)
                self.gatherings += 1
                self.tick()
        for i, d in enumerate(self.plan.decisions):
            self.decision_ids[i] = self._decision(d)
            self.decisions += 1
            self.tick()
        for t in self.plan.talks():
            added = self._conversation(t)
            self.conversations += 1
            self.tick(2 if added else 1)
        for p in self.plan.people:
            if p.index not in self.ids:  # in a tiny demo, someone we never talked to
                self.ids[p.index] = self.journal.add_person(p.draft).id
                self.tick()
        for quarter, body in self.reflections:
            self.journal.save_reflection(quarter, body)
        if self.progress:
            self.progress(self.total, self.total)

    def _gathering(self, g: Gathering) -> int:
        draft = GatheringDraft(
            g.name,
            self.plan.date(g.start_ago),
            self.plan.date(g.end_ago) if g.end_ago != g.start_ago else None,
            g.place,
            occasions.GATHERING_NOTES[g.kind],
            tuple(self.ids[i] for i in g.people if i in self.ids),
        )
        return self.journal.add_gathering(draft).id

    def _decision(self, d: Decision) -> int:
        names = text.joined([self.plan.people[i].name.split()[0] for i in d.consulted])
        if d.status == "open":
            outcome = self.rng.choice(occasions.OPEN_NOTES)
        elif d.consulted:
            outcome = text.fill(self.rng.choice(occasions.OUTCOME_CONSULTED), {"names": names})
        else:
            outcome = self.rng.choice(occasions.OUTCOME_ALONE)
        draft = DecisionDraft(
            d.title,
            self.plan.date(d.ago),
            d.discomfort,
            d.status,
            outcome,
            tuple(self.ids[i] for i in d.consulted),
            tuple(self.ids[i] for i in d.changed),
        )
        return self.journal.add_decision(draft).id

    def _conversation(self, t: Talk) -> bool:
        """Save one conversation; True if it added its person to the journal."""
        p = self.plan.people[t.person]
        note = _note(self.rng, self.plan, t)
        new = () if t.person in self.ids else (p.name,)
        draft = ConversationDraft(
            tuple(self.ids[i] for i in [t.person, *t.extras] if i in self.ids),
            self.plan.date(t.ago),
            t.format or "one_on_one",
            note,
            t.signals,
            self.decision_ids.get(t.decision) if t.decision is not None else None,
            self.gathering_ids.get(t.gathering) if t.gathering is not None else None,
            new,
        )
        saved = self.journal.add_conversation(draft)
        if new:
            [ref] = [r for r in saved.people if r.name == p.name]
            self.ids[t.person] = ref.id
            self.journal.update_person(ref.id, p.draft)
        return bool(new)


# -- the leader's use of the Next page --------------------------------------------------------

VISIT_EVERY_DAYS = 14  # the made-up leader opens the Next page every two weeks


def _follow_through(journal: Journal, as_of: dt.date) -> None:
    """What the leader did with the next steps over the last complete quarter and since, so
    that the reflection has follow-through to report: the Next page opened every two weeks
    (the journal records each step and, when it goes, whether it was acted on or lapsed);
    in the quarter, the first step to try an honest question set aside as not relevant and
    the first one-sided tie's step marked done. No dice: the same journal gives the same history."""
    from trustjournal.core.judgement.follow_through import State
    from trustjournal.core.judgement.next_steps import Kind
    from trustjournal.core.judgement.quarters import last_complete

    quarter = last_complete(as_of).start
    day = quarter - dt.timedelta(days=VISIT_EVERY_DAYS)
    choices = {Kind.POLISH_ONLY: State.DISMISSED, Kind.ONE_SIDED: State.DONE}
    while day < as_of:
        page = journal.next_page(day)
        for tracked in page.shown if day >= quarter else ():
            state = choices.pop(tracked.step.kind, None)
            if state is not None:
                journal.set_step_state(tracked.step.key, state, day)
        day += dt.timedelta(days=VISIT_EVERY_DAYS)


def _note(rng: random.Random, plan: Plan, t: Talk) -> str:
    p = plan.people[t.person]
    firsts = [plan.people[i].name.split()[0] for i in [t.person, *t.extras]]
    topics, setbacks = text.our_story(t.ago)
    ours, ours_short = rng.choice(topics)
    if t.decision is not None:  # the talk is about the decision
        ours, ours_short = plan.decisions[t.decision].topic
    mine = "2" if rng.random() < 0.3 else ""  # now and then their other trouble
    trouble = p.story[f"trouble{mine}"]
    values = {
        **p.story,
        "name": firsts[0],
        "names": text.joined(firsts),
        "names_possessive": f"{text.joined(firsts)}'s",
        "trouble": trouble,
        "Trouble": text.capital(trouble),
        "trouble_short": p.story[f"trouble{mine}_short"],
        "setback": p.story[f"setback{mine}"],
        "ours": ours,
        "ours_short": ours_short,
        "our_setback": rng.choice(setbacks),
        "intro": _intro(rng, firsts[0]),
        "place": rng.choice(stories.PLACES),
        "weekday": plan.date(t.ago).strftime("%A"),
        "quote": rng.choice(stories.QUOTES),
        "feeling": rng.choice(stories.FEELINGS),
        "tradeoff": rng.choice(stories.TRADEOFFS),
        "pressure": rng.choice(stories.PRESSURES),
        "gathering": plan.gatherings[t.gathering].name if t.gathering is not None else "",
        "decision": plan.decisions[t.decision].title if t.decision is not None else "",
    }
    extra = []
    if t.decision is not None:
        extra.append(rng.choice(sentences.DECISION_LINES))
    if t.gathering is not None:
        extra.append(rng.choice(sentences.GATHERING_LINES[plan.gatherings[t.gathering].kind]))
    key = p.persona.key
    return text.compose_note(
        rng,
        values,
        t.signals,
        t.format or "one_on_one",
        _colour(key, t) if t.signals or key == "untagged" else None,
        extra,
        "operational" if key == "untagged" else "general",
    )


def _colour(key: str, t: Talk) -> str:
    """The persona's voice, matched to whether this conversation was honest."""
    honest = f"{key}/honest" if t.kind in HONEST_KINDS else f"{key}/polish"
    return honest if honest in sentences.COLOUR else key


def _intro(rng: random.Random, besides: str) -> str:
    """Someone they offer to introduce me to (never a namesake of theirs)."""
    firsts, lasts = rng.choice(profiles.NAME_POOLS)
    first = rng.choice([f for f in firsts if f != besides])
    role = rng.choice(("the CFO", "the new CEO", "a partner", "the chair", "the founder"))
    return f"{first} {rng.choice(lasts)}, {role} of {company(rng, False)}"


def _quarter(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _before(year: int, q: int) -> tuple[int, int]:
    return (year, q - 1) if q > 1 else (year - 1, 4)


def _reflections(plan: Plan) -> list[tuple[str, str]]:
    """The leader's own words for the last two completed quarters (if the cast is complete)."""
    first: dict[str, str] = {}
    for p in reversed(plan.people[:COHORT]):
        first[p.persona.key] = p.name.split()[0]
    names = {
        "confidant": first.get("confidant"),
        "sparring": first.get("sparring"),
        "peer": first.get("peer"),
        "one_way_me": first.get("one_way_me"),
        "fading": first.get("fading_quiet"),
        "confessor": first.get("confessor"),
        "summit": next((g.name for g in plan.gatherings if g.kind == "summit" and g.people), None),
        "retreat": next(
            (g.name for g in plan.gatherings if g.kind == "retreat" and g.people), None
        ),
    }
    if not all(names.values()):
        return []
    values = {k: v or "" for k, v in names.items()}
    last = _before(*_quarter(plan.as_of))
    quarters = [_before(*last), last]
    return [
        (f"{y}Q{q}", text.fill(body, values))
        for (y, q), body in zip(quarters, occasions.REFLECTIONS, strict=True)
    ]


__all__ = [
    "DEFAULT_PEOPLE",
    "PERSONAS",
    "SPAN_DAYS",
    "DemoReport",
    "build",
    "plan_demo",
    "sample_notes",
]
