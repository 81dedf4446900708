"""What the reflection says in sentences, table first: decisions faced alone (and who was
there), the like-with-like comparison of a quarter in progress, the capacity of the
quarter's end, and the coach's notes, each with boundary rows at its threshold.

Facts are built by tests/reflection_world.py; 2026Q3 seen from 2026-11-01 unless a row says
otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from reflection_world import AS_OF, NAMES, Decided, Met, Talked, World, d

from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import reflection
from trustjournal.core.judgement.quarters import Quarter
from trustjournal.core.judgement.reflection_coach import (
    ALONE_NAMED,
    ALONE_PATTERN,
    ALONE_PROMPTS,
    BENCH_MIN_DECISIONS,
    KINDS,
    VALIDATOR_MIN,
)
from trustjournal.core.judgement.ties import Flag, Role
from trustjournal.core.records import (
    ConversationDraft,
    DecisionDraft,
    GatheringDraft,
    PersonDraft,
)

ANA, BEN, CARO, DEV = 1, 2, 3, 4
MUTUAL = ("they_shared_failure", "i_admitted_doubt")


def honest(person: int, *dates: str) -> list[Talked]:
    return [Talked(x, (person,), MUTUAL) for x in dates]


# Ana is an honest tie you brought an uncomfortable decision to in June: someone to call.
ANA_CALLABLE = honest(ANA, "2026-06-01", "2026-06-20", "2026-07-20")
ANA_CONSULTED = Decided(9, "2026-06-15", 5, consulted=(ANA,), title="Sell the Lyon site")


def kinds(r: reflection.Reflection) -> list[str]:
    return [n.kind for n in r.coach]


def note(r: reflection.Reflection, kind: str) -> reflection.CoachNote:
    (found,) = [n for n in r.coach if n.kind == kind]
    return found


# -- uncomfortable decisions faced alone: decided or open, and who was there -----------------


@dataclass
class AloneRow:
    situation: str
    world: World
    sentence: str | None  # the takeaway about the decision; None: no such takeaway


ALONE_ROWS = [
    AloneRow(
        "decided alone, nobody held the call role",
        World(decisions=[Decided(1, "2026-08-01", 5, title="Close the plant")]),
        "You decided “Close the plant” alone: no honest tie held the call role then.",
    ),
    AloneRow(
        "decided alone although an honest tie held the call role",
        World(
            talks=ANA_CALLABLE,
            decisions=[ANA_CONSULTED, Decided(1, "2026-08-01", 5, title="Close the plant")],
        ),
        "You decided “Close the plant” alone, although Ana was there to call.",
    ),
    AloneRow(
        "open with nobody consulted yet, an honest tie could help",
        World(
            talks=ANA_CALLABLE,
            decisions=[
                ANA_CONSULTED,
                Decided(1, "2026-08-01", 4, title="Close the plant", status="open"),
            ],
        ),
        "“Close the plant” is still open and you have consulted nobody yet; Ana could help.",
    ),
    AloneRow(
        "open with nobody consulted yet, and nobody to call",
        World(decisions=[Decided(1, "2026-08-01", 4, title="Close the plant", status="open")]),
        "“Close the plant” is still open and you have consulted nobody yet.",
    ),
    AloneRow(
        "help asked and honestly given counts as someone to call",
        World(
            talks=[
                *honest(BEN, "2026-06-01", "2026-07-10"),
                Talked("2026-07-20", (BEN,), ("i_asked_for_help", "they_challenged_framing")),
            ],
            decisions=[Decided(1, "2026-08-01", 5, title="Close the plant")],
        ),
        "You decided “Close the plant” alone, although Ben was there to call.",
    ),
    AloneRow(
        "the call role earned 180 days before the decision still counts",
        World(
            talks=honest(ANA, "2026-02-02", "2026-05-20", "2026-07-25"),
            decisions=[
                Decided(9, "2026-02-02", 5, consulted=(ANA,)),
                Decided(1, "2026-08-01", 5, title="Close the plant"),
            ],
        ),
        "You decided “Close the plant” alone, although Ana was there to call.",
    ),
    AloneRow(
        "…earned 181 days before, it does not",
        World(
            talks=honest(ANA, "2026-02-01", "2026-05-20", "2026-07-25"),
            decisions=[
                Decided(9, "2026-02-01", 5, consulted=(ANA,)),
                Decided(1, "2026-08-01", 5, title="Close the plant"),
            ],
        ),
        "You decided “Close the plant” alone: no honest tie held the call role then.",
    ),
    AloneRow(
        "a one-sided tie with the call role is not counted as there",
        World(
            talks=[Talked(x, (ANA,), ("i_shared_failure",)) for x in ("2026-06-01", "2026-07-01")],
            decisions=[ANA_CONSULTED, Decided(1, "2026-08-01", 5, title="Close the plant")],
        ),
        "You decided “Close the plant” alone: no honest tie held the call role then.",
    ),
    AloneRow(
        "an archived honest tie is not counted as there",
        World(
            talks=ANA_CALLABLE,
            decisions=[ANA_CONSULTED, Decided(1, "2026-08-01", 5, title="Close the plant")],
            archived=(ANA,),
        ),
        "You decided “Close the plant” alone: no honest tie held the call role then.",
    ),
    AloneRow(
        "discomfort 3 is not uncomfortable: no sentence",
        World(talks=ANA_CALLABLE, decisions=[Decided(1, "2026-08-01", 3, title="Close it")]),
        None,
    ),
    AloneRow(
        "discomfort 4 is uncomfortable",
        World(decisions=[Decided(1, "2026-08-01", 4, title="Close it")]),
        "You decided “Close it” alone: no honest tie held the call role then.",
    ),
]


@pytest.mark.parametrize("row", ALONE_ROWS, ids=lambda r: r.situation)
def test_decisions_faced_alone(row: AloneRow) -> None:
    r = row.world.reflect()
    said = [t for t in r.takeaways if "Close" in t]
    assert said == ([row.sentence] if row.sentence else [])


def test_the_text_report_never_calls_an_open_decision_made() -> None:
    from trustjournal.core.judgement.reflection_report import as_text

    r = World(
        talks=ANA_CALLABLE,
        decisions=[ANA_CONSULTED, Decided(1, "2026-08-01", 4, title="Close it", status="open")],
    ).reflect()
    text = as_text(r, 100)
    assert "open, NOBODY CONSULTED YET · could call Ana" in text
    assert "MADE ALONE" not in text and "DECIDED ALONE" not in text


# -- the practical test shows each person's flag -----------------------------------------------


def test_role_holders_carry_their_flag_at_the_quarters_end() -> None:
    talks = [Talked(x, (ANA,), ("they_challenged_framing",)) for x in ("2026-07-01", "2026-08-01")]
    talks += [Talked("2026-08-15", (BEN,), ("they_challenged_framing", "i_admitted_doubt"))]
    test = World(talks=talks).reflect().practical_test[Role.CHALLENGES_FRAMING]
    assert [(a.person.name, a.flag) for a in test] == [
        ("Ana", Flag.ONE_SIDED),
        ("Ben", Flag.TOO_EARLY),
    ]


# -- a quarter in progress is compared like with like -----------------------------------------


def test_a_quarter_in_progress_is_compared_with_the_same_days_of_the_one_before() -> None:
    q4 = Quarter(2026, 4)
    talks = [
        Talked("2026-07-05", (ANA,), ("they_shared_failure",)),  # day 5 of Q3: compared
        Talked("2026-08-01", (ANA,), ("they_shared_failure",)),  # day 32: compared
        Talked("2026-08-02", (ANA,), ("signalled_success",)),  # day 33: outside
        *[Talked(f"2026-09-{x:02}", (BEN,), ("signalled_success",)) for x in (1, 8, 15, 22)],
        Talked("2026-10-04", (CARO,), ("signalled_success",)),
        Talked("2026-10-20", (CARO,), ("they_shared_failure",)),
    ]
    r = World(talks=talks, quarter=q4).reflect()
    c = r.conversations
    assert (r.in_progress, c.days) == (True, 32)
    assert c.previous_to_date == reflection.Counts(total=2, honest=2)
    assert c.compared is c.previous_to_date
    assert c.previous.total == 7
    # 100 % honest in the first 32 days of Q3, 50 % in those of Q4: a fall, said as such.
    assert (
        "Honest conversations fell from 100 % to 50 % of your conversations (1 of 2; the "
        "first 32 days of each quarter)." in r.takeaways
    )


@pytest.mark.parametrize(
    ("before", "now", "said"),
    [
        ((1, 2), (3, 5), "rose from 50 % to 60 %"),  # exactly 10 points: said
        ((1, 2), (5, 9), None),  # 5.6 points: not
        ((3, 5), (1, 2), "fell from 60 % to 50 %"),
    ],
)
def test_a_shift_of_ten_points_in_the_honest_share_is_said(
    before: tuple[int, int], now: tuple[int, int], said: str | None
) -> None:
    def quarter(month: int, honest_n: int, total: int) -> list[Talked]:
        return [
            Talked(
                f"2026-{month:02}-{i + 1:02}", (ANA,), MUTUAL if i < honest_n else ("surface_talk",)
            )
            for i in range(total)
        ]

    r = World(talks=quarter(5, *before) + quarter(8, *now)).reflect()
    shifts = [t for t in r.takeaways if t.startswith("Honest conversations")]
    assert shifts == (
        [f"Honest conversations {said} of your conversations ({now[0]} of {now[1]})."]
        if said
        else []
    )


@pytest.mark.parametrize(("mine", "total", "said"), [(1, 5, False), (1, 6, True), (0, 1, True)])
def test_opening_up_in_fewer_than_one_in_five_is_said(mine: int, total: int, said: bool) -> None:
    talks = [
        Talked(
            f"2026-08-{i + 1:02}", (ANA,), ("i_admitted_doubt",) if i < mine else ("surface_talk",)
        )
        for i in range(total)
    ]
    r = World(talks=talks).reflect()
    assert any(t.startswith("You opened up in") for t in r.takeaways) is said


def test_a_complete_quarter_is_compared_with_the_whole_one_before() -> None:
    r = World(talks=honest(ANA, "2026-04-02", "2026-08-01")).reflect()
    c = r.conversations
    assert (r.in_progress, c.days, c.previous_to_date) == (False, None, None)
    assert c.compared is c.previous


def test_the_report_labels_a_partial_quarter() -> None:
    from trustjournal.core.judgement.reflection_report import as_json, as_text

    r = World(talks=honest(ANA, "2026-10-02"), quarter=Quarter(2026, 4)).reflect()
    assert as_text(r).startswith(
        "Reflection on Q4 2026 · October–December (in progress: day 32 of 92, as of 1 Nov 2026)"
    )
    data = as_json(r)["conversations"]
    assert (data["days"], data["previous_to_date"]["total"]) == (32, 0)


# -- capacity at the quarter's end counts only people met by then ------------------------------


def test_capacity_at_the_quarters_end_leaves_out_people_not_met_yet() -> None:
    talks = honest(ANA, "2026-07-01", "2026-08-01") + honest(BEN, "2026-10-05", "2026-10-20")
    r = World(talks=talks).reflect()
    assert (r.capacity.honest, r.capacity.others) == (1, 0)
    assert r.capacity.counts[Flag.TOO_EARLY] == 0


# -- the coach ---------------------------------------------------------------------------------


def test_prompts_ask_about_each_decision_faced_alone() -> None:
    r = World(
        talks=ANA_CALLABLE,
        decisions=[
            ANA_CONSULTED,
            Decided(1, "2026-08-01", 5, title="Close the plant"),
            Decided(2, "2026-09-01", 4, title="Delay the launch", status="open"),
        ],
        as_of=d("2026-10-01"),
    ).reflect()
    prompts = [n for n in r.coach if n.kind == "prompt"]
    assert [n.text for n in prompts] == [
        "You decided “Close the plant” alone: what stopped you calling Ana?",
        "“Delay the launch” is still open: what would Ana say if you called today?",
    ]
    assert prompts[0].evidence == (
        "1 Aug 2026 · discomfort 5 of 5 · nobody consulted",
        "Ana held the call role then, as an honest tie",
    )
    assert [p.name for p in prompts[0].people] == ["Ana"]


def test_a_decision_with_nobody_to_call_asks_who_you_would_want() -> None:
    r = World(decisions=[Decided(1, "2026-08-01", 5, title="Close the plant")]).reflect()
    assert note(r, "prompt").text == (
        "You faced “Close the plant” with nobody to call: who would you want to be able to call "
        "next time?"
    )


def test_one_person_holding_every_role_is_a_bench_of_one() -> None:
    talks = [
        *honest(ANA, "2026-07-01", "2026-08-01"),
        Talked(
            "2026-08-20",
            (ANA,),
            ("i_asked_for_help", "they_challenged_framing", "they_understood_constraints"),
        ),
    ]
    r = World(talks=talks).reflect()
    bench = note(r, "bench")
    assert bench.text == (
        "One person is your whole bench: Ana answered every question of the practical test this "
        "quarter, and nobody else answered any."
    )
    assert len(bench.evidence) == 3
    more = [*talks, Talked("2026-09-01", (BEN,), ("they_understood_constraints",))]
    assert "bench" not in kinds(World(talks=more).reflect())


@pytest.mark.parametrize(
    ("consulted", "expected"),
    [
        (((ANA,), (ANA,), (BEN,)), True),  # 2 of 3: more than half
        (((ANA,), (BEN,), (CARO,)), False),  # 1 of 3
        (((ANA,), (ANA,), (BEN,), (CARO,)), False),  # exactly half is not most
        (((ANA,), (ANA,)), False),  # fewer than BENCH_MIN_DECISIONS decisions
        (((ANA, BEN), (ANA, BEN), (CARO,)), False),  # two people, each 2 of 3: not one person
    ],
)
def test_one_person_consulted_on_most_hard_decisions(
    consulted: tuple[tuple[int, ...], ...], expected: bool
) -> None:
    decisions = [
        Decided(i, f"2026-0{7 + i % 3}-{10 + i}", 5, consulted=who, title=f"D{i}")
        for i, who in enumerate(consulted, start=1)
    ]
    # Two people hold roles, so only the decisions can make a bench of one.
    talks = [Talked("2026-07-02", (DEV,), ("they_understood_constraints",))]
    talks += [Talked("2026-07-03", (p,), ("surface_talk",)) for p in (ANA, BEN, CARO)]
    r = World(talks=talks, decisions=decisions).reflect()
    assert ("bench" in kinds(r)) is expected
    if expected:
        assert note(r, "bench").text == (
            "One person is your whole bench: you consulted Ana on 2 of your 3 uncomfortable "
            "decisions over the last year."
        )
    assert BENCH_MIN_DECISIONS == 3


def test_honest_ties_never_brought_a_decision_are_named() -> None:
    talks = honest(ANA, "2026-07-01", "2026-08-01") + honest(BEN, "2026-07-02", "2026-08-02")
    talks += honest(CARO, "2026-07-03", "2026-08-03")
    talks += [Talked("2026-08-10", (CARO,), ("i_asked_for_help",))]
    decisions = [Decided(1, "2026-08-05", 2, consulted=(BEN,))]
    r = World(talks=talks, decisions=decisions).reflect()
    untapped = note(r, "untapped")
    assert untapped.text == (
        "Ana is an honest tie you have never brought a decision: they could tell you what they "
        "think."
    )
    assert untapped.evidence[0].startswith("Ana: Honest in 2 of 2 conversations")
    assert "untapped" not in kinds(World(talks=talks).reflect())  # no decisions at all


@pytest.mark.parametrize(
    ("validated", "challenged", "named"),
    [(VALIDATOR_MIN, False, True), (VALIDATOR_MIN - 1, False, False), (VALIDATOR_MIN, True, False)],
)
def test_people_who_only_validate_are_named(validated: int, challenged: bool, named: bool) -> None:
    talks = [Talked(f"2026-07-{i + 1:02}", (ANA,), ("validated_only",)) for i in range(validated)]
    talks += [Talked("2026-08-01", (ANA,), ("surface_talk",))]
    if challenged:
        talks += [Talked("2026-08-20", (ANA,), ("they_challenged_framing",))]
    r = World(talks=talks).reflect()
    assert ("validators" in kinds(r)) is named
    if named:
        assert note(r, "validators").evidence == (
            "Ana: validated without challenge in 2 of 3 conversations, never an honest word of "
            "their own",
        )


@pytest.mark.parametrize("alone", [ALONE_PATTERN - 1, ALONE_PATTERN])
def test_decisions_faced_alone_over_the_year(alone: int) -> None:
    decisions = [Decided(i, f"2026-0{i + 1}-10", 4, title=f"D{i}") for i in range(1, alone + 1)] + [
        Decided(9, "2026-08-10", 4, consulted=(ANA,), title="Shared")
    ]
    r = World(talks=honest(ANA, "2026-07-01"), decisions=decisions).reflect()
    assert ("alone_year" in kinds(r)) is (alone >= ALONE_PATTERN)
    if alone >= ALONE_PATTERN:
        assert note(r, "alone_year").text == (
            f"Over the last year you faced {alone} of your {alone + 1} uncomfortable decisions "
            "alone: who is the person you would want to call next time?"
        )
        assert note(r, "alone_year").evidence[0] == "10 Feb 2026 · “D1” · decided"


def test_every_uncomfortable_decision_of_the_year_faced_alone_says_all() -> None:
    decisions = [Decided(i, f"2026-0{i + 1}-10", 4, title=f"D{i}") for i in (1, 2)]
    r = World(talks=honest(ANA, "2026-07-01"), decisions=decisions).reflect()
    assert note(r, "alone_year").text == (
        "Over the last year you faced all 2 of your uncomfortable decisions alone: who is the "
        "person you would want to call next time?"
    )


def test_someone_who_only_ever_validates_is_counted_in_plain_numbers() -> None:
    talks = [Talked(f"2026-07-0{i}", (ANA,), ("validated_only",)) for i in (1, 2)]
    r = World(talks=talks).reflect()
    assert note(r, "validators").evidence == (
        "Ana: validated without challenge in 2 of 2 conversations, never an honest word of "
        "their own",
    )


def test_a_shift_on_the_first_day_of_a_quarter_counts_one_day() -> None:
    talks = [
        Talked("2026-07-01", (ANA,), ("signalled_success",)),  # the first day of Q3
        Talked("2026-10-01", (ANA,), ("they_shared_failure",)),  # the first day of Q4
    ]
    r = World(talks=talks, quarter=Quarter(2026, 4), as_of=d("2026-10-01")).reflect()
    assert (
        "Honest conversations rose from 0 % to 100 % of your conversations (1 of 1; the first "
        "1 day of each quarter)." in r.takeaways
    )


def test_who_stopped_answering_the_practical_test() -> None:
    talks = [Talked("2026-05-10", (BEN,), ("they_challenged_framing",))]
    talks += [Talked("2026-08-10", (ANA,), ("they_challenged_framing",))]
    r = World(talks=talks).reflect()
    assert note(r, "history").text == (
        "Challenges my framing: Ben answered earlier in the year, not this quarter; Ana "
        "answered for the first time this year."
    )
    assert note(r, "history").evidence == ("Ben: 2026Q2", "Ana: 2026Q3 only")
    assert [len(q.answers[Role.CHALLENGES_FRAMING]) for q in r.history] == [0, 0, 1, 1]
    talks += [Talked("2026-10-10", (CARO,), ("surface_talk",))]
    soon = World(talks=talks, quarter=Quarter(2026, 4)).reflect()
    assert note(soon, "history").text.endswith(
        "Ana and Ben answered earlier in the year, not yet this quarter."
    )
    archived = World(talks=talks, archived=(BEN,)).reflect()
    assert note(archived, "history").text == (
        "Challenges my framing: Ana answered for the first time this year."
    )


def test_an_empty_quarter_has_no_coach() -> None:
    r = World(talks=honest(ANA, "2026-01-05")).reflect()
    assert r.empty and r.coach == ()


def test_every_note_kind_is_known() -> None:
    r = World(
        talks=ANA_CALLABLE,
        decisions=[ANA_CONSULTED, Decided(1, "2026-08-01", 5, title="Close the plant")],
    ).reflect()
    assert r.coach and set(kinds(r)) <= set(KINDS)
    assert all(n.evidence for n in r.coach)


def test_a_decision_talked_through_in_a_linked_conversation_is_not_faced_alone() -> None:
    talks = [
        *honest(ANA, "2026-06-01", "2026-06-20"),
        Talked("2026-07-30", (ANA,), ("i_asked_for_help", "they_challenged_framing"), decision=1),
    ]
    r = World(talks=talks, decisions=[Decided(1, "2026-08-01", 5, title="Close it")]).reflect()
    (d,) = r.decisions.all
    assert (d.alone, [p.name for p in d.talked_with], d.could_call) == (False, ["Ana"], ())
    assert "Every uncomfortable decision (1) was brought to someone." in r.takeaways
    assert not [n for n in r.coach if n.kind == "prompt"]
    from trustjournal.core.judgement.reflection_report import as_json, as_text

    assert "nobody recorded as consulted; talked it through with Ana" in as_text(r, 100)
    assert as_json(r)["decisions"]["uncomfortable"][0]["talked_with"] == ["Ana"]


def test_every_decision_brought_to_someone_is_said_only_when_it_is_true() -> None:
    r = World(
        talks=ANA_CALLABLE,
        decisions=[
            ANA_CONSULTED,
            Decided(1, "2026-08-01", 5, consulted=(ANA,), title="Sell it"),
            Decided(2, "2026-08-02", 5, title="Close it"),
        ],
    ).reflect()
    assert r.takeaways[0] == "You decided “Close it” alone, although Ana was there to call."
    assert not any(t.startswith("Every uncomfortable decision") for t in r.takeaways)


def test_call_evidence_on_the_decisions_own_day_counts() -> None:
    talks = [
        *honest(ANA, "2026-06-01", "2026-07-20"),
        Talked("2026-08-01", (ANA,), ("i_asked_for_help", "they_shared_failure")),
    ]
    r = World(talks=talks, decisions=[Decided(1, "2026-08-01", 5, title="Close it")]).reflect()
    assert [p.name for p in r.decisions.all[0].could_call] == ["Ana"]
    later = World(talks=talks, decisions=[Decided(1, "2026-07-31", 5, title="Close it")])
    assert later.reflect().decisions.all[0].could_call == ()


@pytest.mark.parametrize(
    ("as_of", "in_progress", "days"),
    [("2026-12-30", True, 91), ("2026-12-31", False, None), ("2026-10-01", True, 1)],
)
def test_the_last_day_of_a_quarter_completes_it(
    as_of: str, in_progress: bool, days: int | None
) -> None:
    r = World(talks=honest(ANA, "2026-10-01"), quarter=Quarter(2026, 4), as_of=d(as_of)).reflect()
    assert (r.in_progress, r.conversations.days) == (in_progress, days)
    if days == 1:
        from trustjournal.core.judgement.reflection_report import as_text

        assert "The quarter before, over its first 1 day:" in as_text(r, 100)


def test_an_empty_quarter_has_no_coach_even_with_a_year_of_decisions_alone() -> None:
    decisions = [Decided(i, f"2026-0{i}-10", 5, title=f"D{i}") for i in (2, 4, 5)]
    r = World(talks=honest(ANA, "2026-01-05"), decisions=decisions).reflect()
    assert r.empty and r.decisions_year.uncomfortable
    assert r.coach == () and r.takeaways == ()


def test_untapped_names_only_honest_ties_never_brought_a_decision() -> None:
    one_sided = [Talked(x, (BEN,), ("they_shared_failure",)) for x in ("2026-07-01", "2026-08-01")]
    talks = honest(ANA, "2026-07-02", "2026-08-02") + one_sided
    # Ana's only consultation comes after the quarter: within it, she was never asked.
    decisions = [
        Decided(1, "2026-07-15", 2, consulted=(CARO,)),
        Decided(2, "2026-10-20", 5, consulted=(ANA,)),
    ]
    r = World(talks=talks, decisions=decisions).reflect()
    assert [p.name for p in note(r, "untapped").people] == ["Ana"]


@pytest.mark.parametrize(
    ("theirs", "archived", "named"),
    [
        ("they_gave_honest_feedback", (), False),
        ("they_understood_constraints", (), False),
        ("comparable_tradeoffs", (), False),
        ("surface_talk", (ANA,), False),
        ("surface_talk", (), True),
    ],
)
def test_someone_with_an_honest_word_of_their_own_is_not_only_validating(
    theirs: str, archived: tuple[int, ...], named: bool
) -> None:
    talks = [Talked(f"2026-07-{i:02}", (ANA,), ("validated_only",)) for i in (1, 2)]
    talks += [Talked("2026-08-01", (ANA,), (theirs,))]
    r = World(talks=talks, archived=archived).reflect()
    assert ("validators" in kinds(r)) is named


@pytest.mark.parametrize("quarter", [Quarter(2026, 3), Quarter(2026, 4)])
def test_the_tables_world_is_what_a_real_journal_reads(journal: Journal, quarter: Quarter) -> None:
    """tests/reflection_world.py gathers facts the way Journal.reflect does; this holds it to
    that: the same records in a real journal give the same reflection, field for field."""
    world = World(
        talks=[
            *honest(ANA, "2026-02-01", "2026-06-01", "2026-06-20", "2026-10-03"),
            Talked("2026-05-10", (BEN,), ("they_challenged_framing",), "call"),
            Talked("2026-07-01", (BEN, CARO), ("validated_only",), "group"),
            Talked("2026-07-02", (CARO,), ("validated_only", "surface_talk")),
            Talked("2026-08-02", (DEV,), ("i_asked_for_help", "they_shared_failure"), decision=2),
            Talked("2026-08-03", (DEV,), ("signalled_success",), "dinner", decision=2),
            Talked("2026-10-10", (BEN,), ("they_understood_constraints", "i_admitted_doubt")),
        ],
        decisions=[
            Decided(1, "2026-06-15", 5, consulted=(ANA,), title="Sell the Lyon site"),
            Decided(2, "2026-08-01", 4, title="Close the plant", status="open"),
            Decided(3, "2026-09-01", 5, title="Replace the CFO"),
            Decided(4, "2026-10-20", 4, consulted=(BEN,), changed=(BEN,), title="Hire a COO"),
        ],
        gatherings=[Met("Aspen", "2026-05-09", "2026-05-11", (BEN, CARO))],
        quarter=quarter,
    )
    for name in NAMES:
        journal.add_person(PersonDraft(name))
    for g in world.gatherings:
        journal.add_gathering(
            GatheringDraft(g.name, d(g.start), d(g.end) if g.end else None, people=g.people)
        )
    for x in world.decisions:
        status = x.status
        journal.add_decision(
            DecisionDraft(x.title, d(x.date), x.discomfort, status, "", x.consulted, x.changed)
        )
    for t in world.talks:
        journal.add_conversation(
            ConversationDraft(t.people, d(t.date), t.format, "…", t.codes, t.decision)
        )
    assert journal.reflect(quarter, AS_OF) == world.reflect()


# -- a quarter of many decisions faced alone: a few named, the rest counted ------------------


def many_alone(n: int, **first: str) -> World:
    """`n` uncomfortable decisions faced alone in August, "Plan 1" the earliest; Ana (an
    honest tie holding the call role) is there for all of them."""
    decisions = [ANA_CONSULTED] + [
        Decided(i, f"2026-08-{i:02d}", 4, title=f"Plan {i}", **(first if i == 1 else {}))
        for i in range(1, n + 1)
    ]
    return World(talks=ANA_CALLABLE, decisions=decisions, as_of=d("2026-10-01"))


@pytest.mark.parametrize("n", [ALONE_NAMED, ALONE_NAMED + 1, ALONE_NAMED + 2])
def test_at_most_a_few_decisions_faced_alone_are_named_and_the_rest_counted(n: int) -> None:
    said = [t for t in many_alone(n).reflect().takeaways if "Plan" in t or "more unc" in t]
    named = [t for t in said if "Plan" in t]
    assert len(named) == ALONE_NAMED
    rest = n - ALONE_NAMED
    if rest == 0:
        assert said == named
    elif rest == 1:
        assert said[-1] == (
            "1 more uncomfortable decision was faced alone, although an honest tie was there "
            "to call."
        )
    else:
        assert said[-1] == (
            f"{rest} more uncomfortable decisions were faced alone; for {rest} of them an "
            "honest tie was there to call."
        )


@pytest.mark.parametrize("n", [ALONE_PROMPTS, ALONE_PROMPTS + 1])
def test_prompts_ask_about_the_most_telling_few(n: int) -> None:
    """An open decision comes first (there is still time to call), then the latest."""
    r = many_alone(n, status="open").reflect()
    prompts = [c.text for c in r.coach if c.kind == "prompt"]
    assert len(prompts) == ALONE_PROMPTS
    assert prompts[0] == "“Plan 1” is still open: what would Ana say if you called today?"
    latest_first = [f"Plan {i}" for i in range(n, 1, -1)][: ALONE_PROMPTS - 1]
    assert [p.split("“")[1].split("”")[0] for p in prompts[1:]] == sorted(
        latest_first, key=lambda t: int(t.split()[1])
    )
