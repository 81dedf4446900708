"""The quarterly reflection, computed from hand-made facts (table-driven), then read from a
real journal (the loader, the quarter's bounds, refusals).

Every table is about 2026Q3 seen from 2026-11-01 unless a row says otherwise
(tests/reflection_world.py builds the facts). The takeaways and the coach's notes are in
tests/test_reflection_coach.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from reflection_world import AS_OF, NAMES, Decided, Met, Talked, World, d, names

from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import reflection
from trustjournal.core.judgement.followup import Verdict
from trustjournal.core.judgement.quarters import Quarter, last_complete
from trustjournal.core.judgement.ties import Flag, Role, TieSettings
from trustjournal.core.records import (
    ConversationDraft,
    DecisionDraft,
    GatheringDraft,
    PersonDraft,
)

# -- the practical test --------------------------------------------------------------------


@dataclass
class PracticalRow:
    situation: str
    world: World
    call: list[tuple[str, int]] = field(default_factory=list)
    challenges: list[tuple[str, int]] = field(default_factory=list)
    understands: list[tuple[str, int]] = field(default_factory=list)


PRACTICAL_TEST = [
    PracticalRow(
        "only polish: nobody answers any question",
        World(talks=[Talked("2026-07-10", (1,), ("signalled_success",))]),
    ),
    PracticalRow(
        "a challenge in a 1:1 answers 'who challenges my framing'",
        World(talks=[Talked("2026-07-10", (1,), ("they_challenged_framing",))]),
        challenges=[("Ana", 1)],
    ),
    PracticalRow(
        "understood constraints in a group: everyone in it",
        World(talks=[Talked("2026-08-02", (1, 2), ("they_understood_constraints",), "group")]),
        understands=[("Ana", 1), ("Ben", 1)],
    ),
    PracticalRow(
        "an uncomfortable decision (discomfort 4) answers 'who can I call'",
        World(decisions=[Decided(1, "2026-08-01", 4, consulted=(2,))]),
        call=[("Ben", 1)],
    ),
    PracticalRow(
        "a comfortable decision (discomfort 3) does not",
        World(decisions=[Decided(1, "2026-08-01", 3, consulted=(2,))]),
    ),
    PracticalRow(
        "changing your framing of a decision counts as a challenge, at any discomfort",
        World(decisions=[Decided(1, "2026-08-01", 2, consulted=(2, 3), changed=(3,))]),
        challenges=[("Caro", 1)],
    ),
    PracticalRow(
        "the quarter's edges: June 30 and October 1 are outside it",
        World(
            talks=[
                Talked("2026-06-30", (1,), ("they_challenged_framing",)),
                Talked("2026-07-01", (2,), ("they_challenged_framing",)),
                Talked("2026-09-30", (3,), ("they_challenged_framing",)),
                Talked("2026-10-01", (4,), ("they_challenged_framing",)),
            ]
        ),
        challenges=[("Ben", 1), ("Caro", 1)],
    ),
    PracticalRow(
        "more evidence first, then by name",
        World(
            talks=[
                Talked("2026-07-01", (3,), ("they_challenged_framing",)),
                Talked("2026-07-02", (2,), ("they_challenged_framing",)),
                Talked("2026-08-01", (2,), ("they_challenged_framing",)),
                Talked("2026-07-03", (1,), ("they_challenged_framing",)),
            ]
        ),
        challenges=[("Ben", 2), ("Ana", 1), ("Caro", 1)],
    ),
    PracticalRow(
        "one person can answer all three",
        World(
            talks=[
                Talked(
                    "2026-07-15", (1,), ("they_challenged_framing", "they_understood_constraints")
                )
            ],
            decisions=[Decided(1, "2026-07-20", 5, consulted=(1,))],
        ),
        call=[("Ana", 1)],
        challenges=[("Ana", 1)],
        understands=[("Ana", 1)],
    ),
]


@pytest.mark.parametrize("row", PRACTICAL_TEST, ids=lambda r: r.situation)
def test_practical_test(row: PracticalRow) -> None:
    found = row.world.reflect().practical_test
    assert names(found[Role.CALL_WHEN_UNCOMFORTABLE]) == row.call
    assert names(found[Role.CHALLENGES_FRAMING]) == row.challenges
    assert names(found[Role.UNDERSTANDS_CONSTRAINTS]) == row.understands


def test_evidence_says_what_happened_and_when() -> None:
    world = World(
        talks=[Talked("2026-08-14", (1,), ("they_challenged_framing",), "call")],
        decisions=[
            Decided(1, "2026-09-02", 5, consulted=(1,), changed=(1,), title="Replace the CFO")
        ],
    )
    test = world.reflect().practical_test
    (call,) = test[Role.CALL_WHEN_UNCOMFORTABLE]
    assert call.evidence == (
        reflection.Evidence(d("2026-09-02"), "Consulted on “Replace the CFO” (discomfort 5 of 5)"),
    )
    (challenge,) = test[Role.CHALLENGES_FRAMING]
    assert challenge.evidence == (
        reflection.Evidence(d("2026-08-14"), "Challenged your framing (Call)"),
        reflection.Evidence(d("2026-09-02"), "Changed your framing of “Replace the CFO”"),
    )


def test_archived_people_still_answer_and_are_marked() -> None:
    world = World(talks=[Talked("2026-07-10", (1,), ("they_challenged_framing",))], archived=(1,))
    (answer,) = world.reflect().practical_test[Role.CHALLENGES_FRAMING]
    assert answer.person.name == "Ana" and answer.archived


# -- conversations ---------------------------------------------------------------------------


def test_conversations_are_counted_by_kind_month_and_against_earlier_quarters() -> None:
    world = World(
        talks=[
            Talked("2026-07-01", (1,), ("they_shared_failure",)),  # honest
            Talked("2026-07-20", (1,), ("i_admitted_doubt",)),  # honest, and you opened up
            Talked("2026-08-03", (2,), ("signalled_success",)),  # polish
            Talked("2026-08-04", (2,), ("signalled_success", "similar_failures")),  # honest
            Talked("2026-09-09", (3,), ()),  # unmarked
            Talked("2026-05-05", (1,), ("transactional",)),  # previous quarter: polish
            Talked("2025-10-01", (1,), ("they_admitted_doubt",)),  # first month of the year
            Talked("2025-09-30", (1,), ("they_admitted_doubt",)),  # before the chart
            Talked("2026-10-02", (1,), ("they_admitted_doubt",)),  # after the quarter
        ]
    )
    c = world.reflect().conversations
    assert c.this == reflection.Counts(total=5, honest=3, polish=1, unmarked=1, i_honest=1)
    assert c.previous == reflection.Counts(total=1, polish=1)
    assert c.trailing_year == reflection.Counts(total=7, honest=4, polish=2, unmarked=1, i_honest=1)
    assert [m.first_day for m in c.months] == [
        dt.date(2025, 10, 1) + dt.timedelta(days=0)
        if i == 0
        else dt.date(2025 + (9 + i) // 12, (9 + i) % 12 + 1, 1)
        for i in range(12)
    ]
    assert [m.counts.total for m in c.in_quarter] == [2, 2, 1]
    assert c.months[0].counts.honest == 1
    assert c.this.share(c.this.honest) == pytest.approx(0.6)


# -- ties: deepened, faded, stayed polish, new ------------------------------------------------


def honest_talks(person: int, *dates: str) -> list[Talked]:
    return [Talked(x, (person,), ("they_shared_failure", "i_admitted_doubt")) for x in dates]


def polish_talks(person: int, *dates: str) -> list[Talked]:
    return [Talked(x, (person,), ("signalled_success",)) for x in dates]


TIE_ROWS = [
    (
        "polish before, honest now: deepened",
        polish_talks(1, "2026-01-10", "2026-02-10", "2026-03-10")
        + honest_talks(1, "2026-07-10", "2026-08-10", "2026-09-10"),
        {"deepened": ["Ana"]},
    ),
    (
        "honest before, silent for longer than the cadence: faded",
        honest_talks(1, "2026-02-01", "2026-03-01", "2026-04-01"),
        {"faded": ["Ana"]},
    ),
    (
        "polish before and after, talked this quarter: stayed polish-only",
        polish_talks(1, "2026-03-01", "2026-04-01", "2026-05-01", "2026-08-01"),
        {"polish_only": ["Ana"]},
    ),
    (
        "polish before and after, but not a word this quarter: not listed",
        polish_talks(1, "2026-03-01", "2026-04-01", "2026-05-01"),
        {},
    ),
    (
        "first conversation this quarter: new (and deepened when already honest)",
        honest_talks(2, "2026-07-05", "2026-08-05"),
        {"new": ["Ben"], "deepened": ["Ben"]},
    ),
    (
        "honest throughout: neither deepened nor faded",
        honest_talks(1, "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01"),
        {},
    ),
    (
        "last seen long ago: unchanged, not listed",
        honest_talks(1, "2024-01-01", "2024-02-01"),
        {},
    ),
]


@pytest.mark.parametrize(("situation", "talks", "expected"), TIE_ROWS, ids=[r[0] for r in TIE_ROWS])
def test_ties_that_moved(
    situation: str, talks: list[Talked], expected: dict[str, list[str]]
) -> None:
    t = World(talks=talks).reflect().ties
    for group in ("deepened", "faded", "polish_only", "new"):
        assert [c.person.name for c in getattr(t, group)] == expected.get(group, []), group


def test_a_faded_tie_says_what_it_was_and_is() -> None:
    (change,) = (
        World(talks=honest_talks(1, "2026-02-01", "2026-03-01", "2026-04-01")).reflect().ties.faded
    )
    assert (change.before, change.after) == (Flag.HONEST, Flag.FADING)
    assert change.reason.startswith("Last honest conversation")


# -- decisions ---------------------------------------------------------------------------------


def test_decisions_uncomfortable_alone_and_how_they_were_discussed() -> None:
    world = World(
        talks=[
            Talked("2026-07-02", (1,), ("signalled_success",), decision=1),
            Talked("2026-07-03", (1,), ("transactional",), decision=1),
            Talked("2026-07-04", (2,), ("they_shared_failure",), decision=2),
        ],
        decisions=[
            Decided(1, "2026-07-05", 5, consulted=(1,), title="Close the plant"),
            Decided(2, "2026-08-05", 4, consulted=(2,), changed=(2,), title="Sell the unit"),
            Decided(3, "2026-09-05", 4, title="Cut the bonus pool"),
            Decided(4, "2026-09-06", 2, title="Move the office"),
            Decided(5, "2026-06-30", 5, title="Last quarter's"),
        ],
    )
    r = world.reflect()
    assert [x.title for x in r.decisions.all] == [
        "Close the plant",
        "Sell the unit",
        "Cut the bonus pool",
        "Move the office",
    ]
    assert [x.title for x in r.decisions.uncomfortable] == [
        "Close the plant",
        "Sell the unit",
        "Cut the bonus pool",
    ]
    assert [x.title for x in r.decisions.alone] == ["Cut the bonus pool", "Move the office"]
    plant, unit = r.decisions.all[:2]
    assert (plant.honest_talks, plant.polish_talks) == (0, 2)
    assert (unit.honest_talks, unit.polish_talks) == (1, 0)
    assert [p.name for p in unit.changed_framing] == ["Ben"]
    assert r.takeaways[0] == (
        "You decided “Cut the bonus pool” alone: no honest tie held the call role then."
    )
    assert (
        "The hard trade-off “Close the plant” was discussed only in polish: no failure, doubt "
        "or shared pressure in those conversations." in r.takeaways
    )


def test_the_evidence_names_the_format_by_its_label_or_else_its_code() -> None:
    """A restored backup can hold a format this version has no label for (the import keeps
    the code as it is): the evidence then shows the code, never nothing or 'None'."""
    asked = ("i_asked_for_help", "they_challenged_framing")
    world = World(
        talks=[Talked("2026-07-10", (1,), asked, "call"), Talked("2026-07-11", (1,), asked, "walk")]
    )
    (answer,) = world.reflect().practical_test[Role.CHALLENGES_FRAMING]
    assert [e.what for e in answer.evidence] == [
        "Challenged your framing (Call)",
        "Challenged your framing (walk)",
    ]
    (answer,) = world.reflect().practical_test[Role.CALL_WHEN_UNCOMFORTABLE]
    assert answer.evidence[0].what == (
        "Asked for their help on a live decision; they challenged your framing (Call)"
    )


# -- gatherings ------------------------------------------------------------------------------


def dialogue(person: int, *dates: str) -> list[Talked]:
    return [Talked(x, (person,), ("they_shared_failure",)) for x in dates]


GATHERING_ROWS = [
    (
        "2 of 3 kept talking past the first cadence: built relationships",
        Met("Lakeside Retreat", "2026-04-01", "2026-04-03", (1, 2, 3)),
        dialogue(1, "2026-04-20", "2026-08-01")
        + dialogue(2, "2026-05-01", "2026-09-01")
        + dialogue(3, "2026-04-10"),
        Verdict.BUILT_RELATIONSHIPS,
        (["Ana", "Ben"], ["Caro"], []),
    ),
    (
        "one follow-up each, then silence: a networking event",
        Met("Growth Summit", "2026-07-01", "2026-07-02", (1, 2, 3)),
        dialogue(1, "2026-07-10") + dialogue(2, "2026-07-20"),
        Verdict.NETWORKING,
        ([], ["Ana", "Ben"], ["Caro"]),
    ),
    (
        "1 of 12 kept talking: too few ties continued, a networking event",
        Met("Big Conference", "2026-04-01", "2026-04-02", tuple(range(1, 13))),
        dialogue(1, "2026-04-20", "2026-08-01"),
        Verdict.NETWORKING,
        (["Ana"], [], [n for n in NAMES[1:]]),
    ),
    (
        "ended three weeks before the as-of date: too soon to tell",
        Met("Autumn Dinner", "2026-09-20", "2026-09-20", (1,)),
        dialogue(1, "2026-09-25"),
        Verdict.TOO_SOON,
        ([], ["Ana"], []),
    ),
]


@pytest.mark.parametrize(
    ("situation", "met", "talks", "verdict", "groups"),
    GATHERING_ROWS,
    ids=[r[0] for r in GATHERING_ROWS],
)
def test_gathering_verdicts(
    situation: str,
    met: Met,
    talks: list[Talked],
    verdict: Verdict,
    groups: tuple[list[str], list[str], list[str]],
) -> None:
    as_of = dt.date(2026, 10, 15) if verdict is Verdict.TOO_SOON else AS_OF
    (g,) = World(talks=talks, gatherings=[met], as_of=as_of).reflect().gatherings
    assert g.verdict is verdict
    assert (
        [p.name for p in g.ongoing],
        [p.name for p in g.sporadic],
        [p.name for p in g.none],
    ) == groups


def test_a_gathering_is_judged_from_its_last_day_with_the_journals_cadence() -> None:
    """The reflection's gathering is the follow-up rule on the gathering's own dates: a
    talk on the second day of a three-day retreat is part of it, not a follow-up."""
    met = Met("Lakeside Retreat", "2026-07-01", "2026-07-03", (1,))
    (g,) = (
        World(talks=dialogue(1, "2026-07-02", "2026-07-20"), gatherings=[met]).reflect().gatherings
    )
    assert (g.id, g.name, g.start, g.end) == (
        1,
        "Lakeside Retreat",
        d("2026-07-01"),
        d("2026-07-03"),
    )
    assert (g.verdict, g.sentence) == (
        Verdict.NETWORKING,
        "Functioned as a networking event: at most one follow-up with anyone",
    )
    assert [p.name for p in g.sporadic] == ["Ana"]


def test_a_one_day_gathering_ends_on_its_day() -> None:
    met = Met("Founders Dinner", "2026-07-01", None, (1,))
    (g,) = (
        World(talks=dialogue(1, "2026-07-01", "2026-07-05"), gatherings=[met]).reflect().gatherings
    )
    assert (g.start, g.end, g.verdict) == (d("2026-07-01"), d("2026-07-01"), Verdict.NETWORKING)
    assert [p.name for p in g.sporadic] == ["Ana"]


def test_a_shorter_cadence_makes_an_earlier_dialogue() -> None:
    """Talks 8 and 44 days after the gathering: past a 30-day cadence's reach, not 90's."""
    met = Met("Growth Summit", "2026-07-01", "2026-07-02", (1,))
    talks = dialogue(1, "2026-07-10", "2026-08-15")
    monthly = World(talks=talks, gatherings=[met], settings=TieSettings(cadence_days=30))
    (g,) = monthly.reflect().gatherings
    assert (g.verdict, g.sentence) == (
        Verdict.BUILT_RELATIONSHIPS,
        "Built relationships: you kept talking with the one person you met",
    )
    (g,) = World(talks=talks, gatherings=[met]).reflect().gatherings
    assert g.verdict is Verdict.NETWORKING


GATHERING_TAKEAWAYS = [
    (
        "the one person met kept talking",
        Met("Dinner", "2026-04-01", None, (1,)),
        dialogue(1, "2026-04-20", "2026-08-01"),
        "Dinner built relationships: the one person you met is still in dialogue with you.",
    ),
    (
        "the one person met got one follow-up",
        Met("Dinner", "2026-07-01", None, (1,)),
        dialogue(1, "2026-07-10"),
        "Dinner functioned as a networking event: the one person you met got a follow-up and "
        "then silence.",
    ),
    (
        "the one person met never heard again",
        Met("Dinner", "2026-07-01", None, (1,)),
        dialogue(2, "2026-07-10"),
        "Dinner functioned as a networking event: the one person you met never heard from you "
        "again.",
    ),
    (
        "1 of 2 kept talking",
        Met("Offsite", "2026-04-01", "2026-04-02", (1, 2)),
        dialogue(1, "2026-04-20", "2026-08-01"),
        "Offsite built relationships: 1 of the 2 people you met is still in dialogue with you.",
    ),
    (
        "2 of 3 kept talking",
        Met("Offsite", "2026-04-01", "2026-04-02", (1, 2, 3)),
        dialogue(1, "2026-04-20", "2026-08-01") + dialogue(2, "2026-05-01", "2026-09-01"),
        "Offsite built relationships: 2 of the 3 people you met are still in dialogue with you.",
    ),
    (
        "1 of 2 got one follow-up",
        Met("Offsite", "2026-07-01", "2026-07-02", (1, 2)),
        dialogue(1, "2026-07-10"),
        "Offsite functioned as a networking event: of the 2 people you met, 1 got a follow-up "
        "and then silence.",
    ),
    (
        "none of 2 heard again",
        Met("Offsite", "2026-07-01", "2026-07-02", (1, 2)),
        dialogue(3, "2026-07-10"),
        "Offsite functioned as a networking event: none of the 2 people you met heard from you "
        "again.",
    ),
]


@pytest.mark.parametrize(
    ("situation", "met", "talks", "sentence"),
    GATHERING_TAKEAWAYS,
    ids=[r[0] for r in GATHERING_TAKEAWAYS],
)
def test_what_followed_a_gathering_in_a_takeaway(
    situation: str, met: Met, talks: list[Talked], sentence: str
) -> None:
    r = World(talks=talks, gatherings=[met]).reflect()
    assert [t for t in r.takeaways if t.startswith(met.name)] == [sentence]


def test_ties_that_deepened_and_faded_in_one_sentence() -> None:
    """Ana was honest both ways in the spring and went quiet; Ben opened up this quarter."""
    talks = [
        Talked(x, (1,), ("they_shared_failure", "i_shared_failure"))
        for x in ("2026-05-01", "2026-06-01")
    ]
    talks += [Talked(x, (2,), ("they_shared_failure",)) for x in ("2026-07-01", "2026-07-08")]
    r = World(talks=talks).reflect()
    assert "Ties this quarter: 1 deepened (Ben, now one-sided); 1 faded (Ana)." in r.takeaways


def test_three_trade_offs_discussed_only_in_polish_name_two() -> None:
    decisions = [
        Decided(i, f"2026-07-0{i}", 4, consulted=(1,), title=t)
        for i, t in enumerate(("Close the plant", "Sell the unit", "Cut the pool"), start=1)
    ]
    talks = [Talked(f"2026-07-0{i}", (1,), ("signalled_success",), decision=i) for i in (1, 2, 3)]
    r = World(talks=talks, decisions=decisions).reflect()
    assert (
        "The hard trade-offs “Close the plant”, “Sell the unit” and 1 more were discussed only in "
        "polish." in r.takeaways
    )


def test_a_networking_gathering_becomes_a_takeaway() -> None:
    met = Met("Growth Summit", "2026-07-01", "2026-07-02", (1, 2, 3))
    r = World(talks=dialogue(1, "2026-07-10"), gatherings=[met]).reflect()
    assert (
        "Growth Summit functioned as a networking event: of the 3 people you met, 1 got a "
        "follow-up and then silence." in r.takeaways
    )


# -- takeaways: only what the numbers say -------------------------------------------------------


def test_an_empty_quarter_says_nothing_and_counts_nothing() -> None:
    r = World(talks=polish_talks(1, "2026-01-05", "2026-11-01")).reflect()
    assert r.empty
    assert r.takeaways == ()
    assert r.conversations.this == reflection.Counts()
    assert all(not answers for answers in r.practical_test.values())


def test_a_quarter_that_only_reviews_an_earlier_gathering_is_still_empty() -> None:
    met = Met("Lakeside Retreat", "2026-04-01", "2026-04-03", (1,))
    r = World(talks=dialogue(1, "2026-04-20", "2026-06-01"), gatherings=[met]).reflect()
    assert r.empty and [g.name for g in r.gatherings] == ["Lakeside Retreat"]


def test_honesty_shift_and_opening_up_are_stated_with_their_numbers() -> None:
    talks = polish_talks(1, "2026-04-01", "2026-04-15", "2026-05-01", "2026-05-15")
    talks += [Talked(x, (2,), ("they_shared_failure",)) for x in ("2026-07-01", "2026-07-08")]
    talks += [Talked("2026-07-15", (2,), ("they_shared_failure",))]
    talks += polish_talks(2, "2026-08-01")
    r = World(talks=talks).reflect()
    assert "Honest conversations rose from 0 % to 75 % of your conversations (3 of 4)." in (
        r.takeaways
    )
    assert (
        "You opened up in 0 of 4 conversations (0 %): people can only challenge what you show "
        "them." in r.takeaways
    )
    assert r.takeaways[0].startswith("Nobody answered the practical test this quarter")
    assert "Ties this quarter: 1 deepened (Ben, now one-sided)." in r.takeaways
    assert "No honest ties in the last 6 months: you have a network, not relationships." in (
        r.takeaways
    )


def test_a_question_nobody_answered_is_named() -> None:
    talks = [Talked("2026-07-01", (2,), ("they_challenged_framing",))]
    r = World(talks=talks).reflect()
    assert (
        "Nobody was there to call on an uncomfortable decision or showed they understood your "
        "constraints this quarter." in r.takeaways
    )


def test_every_uncomfortable_decision_brought_to_someone_is_said_too() -> None:
    r = World(decisions=[Decided(1, "2026-08-01", 5, consulted=(1,))]).reflect()
    assert r.takeaways[0] == "Every uncomfortable decision (1) was brought to someone."


# -- quarters ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quarter", "start", "end"),
    [
        ("2026Q3", Quarter(2026, 3), "2026-07-01", "2026-09-30"),
        ("2026q1", Quarter(2026, 1), "2026-01-01", "2026-03-31"),
        (" 2024Q4 ", Quarter(2024, 4), "2024-10-01", "2024-12-31"),
    ],
)
def test_quarters_parse_and_bound(text: str, quarter: Quarter, start: str, end: str) -> None:
    q = Quarter.parse(text)
    assert q == quarter and (q.start, q.end) == (d(start), d(end))


@pytest.mark.parametrize("text", ["2026Q5", "2026Q0", "Q3 2026", "2026-3", "", "26Q3", "2026Q3x"])
def test_malformed_quarters_are_refused_with_an_example(text: str) -> None:
    with pytest.raises(InvalidInput, match="like 2026Q3"):
        Quarter.parse(text)


def test_quarter_steps_and_the_default() -> None:
    assert Quarter(2026, 1).previous() == Quarter(2025, 4)
    assert Quarter(2025, 4).next() == Quarter(2026, 1)
    assert Quarter(2026, 3).back(3) == Quarter(2025, 4)
    assert last_complete(d("2026-11-26")) == Quarter(2026, 3)
    assert last_complete(d("2026-01-01")) == Quarter(2025, 4)
    assert Quarter(2026, 3).title == "Q3 2026 · July–September"


# -- from a real journal --------------------------------------------------------------------------


def test_journal_reflect_reads_what_the_quarter_holds(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    ben = journal.add_person(PersonDraft("Ben")).id
    cfo = journal.add_decision(
        DecisionDraft("Replace the CFO", d("2026-08-20"), 5, "decided", "", (ana,), (ana,))
    )
    journal.add_decision(DecisionDraft("Cut the bonus pool", d("2026-09-01"), 4))
    journal.add_conversation(
        ConversationDraft(
            (ana, ben), d("2026-08-10"), "group", "", ("they_understood_constraints",), cfo.id
        )
    )
    journal.add_gathering(
        GatheringDraft("Lakeside", d("2026-01-10"), d("2026-01-12"), people=(ben,))
    )
    journal.add_gathering(
        GatheringDraft("Too old", d("2025-12-01"), d("2025-12-31"), people=(ben,))
    )
    journal.save_reflection("2026Q3", "What I learned.")
    r = journal.reflect("2026Q3", AS_OF)
    assert names(r.practical_test[Role.UNDERSTANDS_CONSTRAINTS]) == [("Ana", 1), ("Ben", 1)]
    assert names(r.practical_test[Role.CALL_WHEN_UNCOMFORTABLE]) == [("Ana", 1)]
    assert [x.title for x in r.decisions.alone] == ["Cut the bonus pool"]
    assert r.decisions.all[0].honest_talks == 1
    # A gathering is reviewed in its quarter and the two after it.
    assert [g.name for g in r.gatherings] == ["Lakeside"]
    assert r.written == "What I learned."
    assert r.first_quarter == Quarter(2025, 4)
    assert not r.in_progress and not r.empty


def test_the_current_quarter_is_in_progress_and_a_future_one_refused(journal: Journal) -> None:
    assert journal.reflect("2026Q4", AS_OF).in_progress
    with pytest.raises(InvalidInput, match="2027Q1 has not started yet"):
        journal.reflect("2027Q1", AS_OF)


def test_an_empty_journal_reflects_calmly(journal: Journal) -> None:
    r = journal.reflect("2026Q3", AS_OF)
    assert r.empty and r.first_quarter is None and r.takeaways == ()


def test_a_long_written_reflection_round_trips(journal: Journal) -> None:
    text = ("Écrire sans filtre — honest words. " * 1500)[:50_000]
    journal.save_reflection("2026Q3", text)
    assert journal.reflect("2026Q3", AS_OF).written == text
