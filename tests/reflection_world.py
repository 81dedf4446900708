"""A small world of conversations, decisions and gatherings for the reflection's tables:
`World.reflect()` gathers the facts the way `Journal.reflect` does, without a database.

Every table is about 2026Q3 seen from 2026-11-01 unless a row says otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from trustjournal.core.judgement import reflection
from trustjournal.core.judgement.quarters import Quarter
from trustjournal.core.judgement.reflection_facts import (
    ConversationFact,
    DecisionFact,
    GatheringFact,
    between,
    months,
)
from trustjournal.core.judgement.signals import mask
from trustjournal.core.judgement.ties import (
    Consultation,
    GatheringSpan,
    Talk,
    TieFacts,
    TieSettings,
)
from trustjournal.core.records import PersonRef

Q3 = Quarter(2026, 3)
AS_OF = dt.date(2026, 11, 1)
NAMES = ("Ana", "Ben", "Caro", "Dev", "Eli", "Fay", "Gus", "Hal", "Ida", "Jo", "Kit", "Lea")
PEOPLE = {i + 1: name for i, name in enumerate(NAMES)}


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@dataclass
class Talked:
    date: str
    people: tuple[int, ...]
    codes: tuple[str, ...] = ()
    format: str = "one_on_one"
    decision: int | None = None


@dataclass
class Decided:
    id: int
    date: str
    discomfort: int
    consulted: tuple[int, ...] = ()
    changed: tuple[int, ...] = ()
    title: str = ""
    status: str = "decided"


@dataclass
class Met:
    name: str
    start: str
    end: str | None
    people: tuple[int, ...]


@dataclass
class World:
    talks: Sequence[Talked] = ()
    decisions: Sequence[Decided] = ()
    gatherings: Sequence[Met] = ()
    archived: tuple[int, ...] = ()
    quarter: Quarter = Q3
    as_of: dt.date = AS_OF
    settings: TieSettings = field(default_factory=TieSettings)  # the journal's cadence

    def reflect(self) -> reflection.Reflection:
        """What `Journal.reflect` would compute for a journal holding exactly this."""
        q, end = self.quarter, min(self.quarter.end, self.as_of)
        year = reflection.chart_start(q)
        by_person: defaultdict[int, list[Talk]] = defaultdict(list)
        all_talks = []
        in_quarter, earlier = [], []
        for i, t in enumerate(self.talks, start=1):
            talk = Talk(d(t.date), mask(t.codes))
            all_talks.append(talk)
            for p in t.people:
                by_person[p].append(talk)
            if q.start <= talk.date <= end:
                in_quarter.append(
                    ConversationFact(i, talk.date, t.format, talk.signals, t.decision, t.people)
                )
            elif year <= talk.date < q.start:
                earlier.append(ConversationFact(i, talk.date, "", talk.signals, None, t.people))
        consulted: defaultdict[int, list[Consultation]] = defaultdict(list)
        for dec in self.decisions:
            for p in dec.consulted:
                consulted[p].append(
                    Consultation(d(dec.date), dec.discomfort, p in dec.changed, dec.title)
                )
        spans: defaultdict[int, list[GatheringSpan]] = defaultdict(list)
        for i, g in enumerate(self.gatherings, start=1):
            for p in g.people:
                spans[p].append(GatheringSpan(i, g.name, d(g.start), d(g.end or g.start)))
        ties = [
            TieFacts(
                PersonRef(i, name),
                tuple(sorted(by_person[i])),
                tuple(consulted[i]),
                i in self.archived,
                tuple(spans[i]),
            )
            for i, name in PEOPLE.items()
        ]
        decisions = [
            DecisionFact(
                dec.id,
                dec.title or f"Decision {dec.id}",
                d(dec.date),
                dec.discomfort,
                dec.status,
                dec.consulted,
                dec.changed,
            )
            for dec in self.decisions
            if year <= d(dec.date) <= end
        ]
        linked = [
            (t.decision, mask(t.codes), t.people) for t in self.talks if t.decision is not None
        ]
        gatherings = [
            GatheringFact(
                i,
                g.name,
                d(g.start),
                d(g.end) if g.end else None,
                tuple(PersonRef(p, PEOPLE[p]) for p in g.people),
            )
            for i, g in enumerate(self.gatherings, start=1)
        ]
        dates = [t.date for t in all_talks] + [d(x.date) for x in self.decisions]
        days = reflection.days_in(q, self.as_of)
        before = q.previous().start
        facts = reflection.Facts(
            ties=ties,
            conversations=in_quarter,
            months=months(all_talks, year, end),
            decisions=decisions,
            decision_talks=linked,  # type: ignore[arg-type]
            gatherings=gatherings,
            first_date=min(dates) if dates else None,
            earlier=earlier,
            previous_to_date=None
            if days is None
            else between(all_talks, before, before + dt.timedelta(days - 1)),
        )
        return reflection.reflect(q, facts, self.as_of, self.settings)


def names(answers: Sequence[reflection.Answer]) -> list[tuple[str, int]]:
    return [(a.person.name, len(a.evidence)) for a in answers]
