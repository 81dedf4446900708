"""The tie rules, table first: one row a situation, the flag, roles and reason beside it.

The first rows are the clear-cut cases the product promises; the rest are the cases
between them that docs/tie-rules.md decides. As-of date fixed at 2026-06-30, so "since
January" is the 180-day window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from trustjournal.core.records import PersonRef
from trustjournal.core.ties import (
    Consultation,
    Flag,
    Role,
    Talk,
    TieFacts,
    TieSettings,
    assess_one,
    by_depth,
    capacity,
)

AS_OF = dt.date(2026, 6, 30)
CALL, CHALLENGES, CONSTRAINTS = (
    Role.CALL_WHEN_UNCOMFORTABLE,
    Role.CHALLENGES_FRAMING,
    Role.UNDERSTANDS_CONSTRAINTS,
)


def ago(days: int) -> dt.date:
    return AS_OF - dt.timedelta(days=days)


def talks(days: list[int], *codes: str) -> list[Talk]:
    return [Talk.of(ago(d), *codes) for d in days]


def decided(days: int, discomfort: int, changed: bool = False) -> Consultation:
    return Consultation(ago(days), discomfort, changed, "Close the Berlin office")


@dataclass
class Row:
    situation: str
    talks: list[Talk]
    flag: Flag
    reason: str  # a fragment of the first reason
    roles: tuple[Role, ...] = ()
    consulted: list[Consultation] = field(default_factory=list)
    settings: TieSettings = field(default_factory=TieSettings)


ROWS = [
    # -- the clear-cut cases ------------------------------------------------------------------
    Row(
        "3 recent, all with their honesty, one with mine",
        talks([10, 40], "they_shared_failure")
        + talks([70], "they_admitted_doubt", "i_shared_failure"),
        Flag.HONEST,
        "Honest in 3 of 3 conversations since January; both of you opened up",
    ),
    Row(
        "3 recent, only polish",
        talks([10], "transactional") + talks([40, 70], "surface_talk", "i_kept_it_polished"),
        Flag.POLISH,
        "Only polish in 3 conversations since January",
    ),
    Row(
        "3 recent, only success stories",
        talks([10, 40, 70], "signalled_success"),
        Flag.POLISH,
        "Only success stories since January",
    ),
    Row(
        "3 honest two-way, all > 200 days ago, none since",
        talks([210, 240, 300], "they_voiced_regret", "i_admitted_doubt"),
        Flag.FADING,
        "Last honest conversation 7 months ago (2025-12-02); no conversation since",
    ),
    Row(
        "3 recent with their honesty, never mine",
        talks([10, 40, 70], "they_gave_honest_feedback"),
        Flag.ONE_SIDED,
        "You have not opened up in return",
    ),
    Row(
        "3 recent with my honesty, never theirs",
        talks([10, 40, 70], "i_asked_for_help"),
        Flag.ONE_SIDED,
        "Only you opened up",
    ),
    Row(
        "exactly one conversation",
        talks([5], "they_shared_failure", "i_shared_failure"),
        Flag.TOO_EARLY,
        "Only one conversation so far",
    ),
    Row(
        "challenged my framing in the window",
        talks([10, 40, 70], "they_challenged_framing", "i_admitted_doubt"),
        Flag.HONEST,
        "Honest in 3 of 3",
        (CHALLENGES,),
    ),
    Row(
        "understood my constraints in the window",
        talks([10, 40, 70], "they_understood_constraints", "i_shared_failure"),
        Flag.HONEST,
        "Honest in 3 of 3",
        (CONSTRAINTS,),
    ),
    Row(
        "consulted on an uncomfortable decision in the window",
        talks([10, 40, 70], "they_shared_failure", "i_shared_failure"),
        Flag.HONEST,
        "Honest in 3 of 3",
        (CALL,),
        [decided(20, 4)],
    ),
    # -- between the clear cases --------------------------------------------------------------
    Row("no conversations at all", [], Flag.TOO_EARLY, "No conversations recorded yet"),
    Row(
        "conversations but no signals ticked",
        talks([10, 40, 70]),
        Flag.TOO_EARLY,
        "None of the 3 conversations has signals marked",
    ),
    Row(
        "one conversation, no signals",
        talks([10]),
        Flag.TOO_EARLY,
        "The one conversation has no signals marked",
    ),
    Row(
        "two honest two-way conversations are already repeated honesty",
        talks([10, 50], "they_admitted_doubt", "i_admitted_doubt"),
        Flag.HONEST,
        "Honest in 2 of 2 conversations since January",
    ),
    Row(
        "two polish conversations are not yet several",
        talks([10, 50], "surface_talk"),
        Flag.TOO_EARLY,
        "Only 2 conversations so far",
    ),
    Row(
        "one honest conversation among eight",
        talks([5, 20, 30, 50, 60, 90, 100], "transactional") + talks([120], "they_shared_failure"),
        Flag.POLISH,
        "Mostly polish: honest in only 1 of 8 conversations since January",
    ),
    Row(
        "two honest among ten is below the 25% share",
        talks([5, 15, 25, 35, 45, 55, 65, 75], "surface_talk")
        + talks([85, 95], "they_shared_failure", "i_shared_failure"),
        Flag.POLISH,
        "Mostly polish: honest in only 2 of 10 conversations since January",
    ),
    Row(
        "honest in the window, but quiet longer than the cadence",
        talks([150, 160, 170], "they_shared_failure", "i_shared_failure"),
        Flag.HONEST,
        "Honest in 3 of 3 conversations since January",
    ),
    Row(
        "was honest, now only polish",
        talks([300, 320, 340], "they_shared_failure", "i_shared_failure")
        + talks([10, 40, 70], "signalled_success"),
        Flag.FADING,
        "the 3 conversations since carried only polish",
    ),
    Row(
        "shared context only counts as honest, in both directions",
        talks([10, 40, 70], "comparable_tradeoffs", "parallel_pressures"),
        Flag.HONEST,
        "you compared shared pressures",
    ),
    Row(
        "their honesty, and I brought them an uncomfortable decision",
        talks([10, 40, 70], "they_shared_failure"),
        Flag.HONEST,
        "both of you opened up",
        (CALL,),
        [decided(30, 5)],
    ),
    Row(
        "my honesty, and their input changed my framing on a decision",
        talks([10, 40, 70], "i_admitted_doubt"),
        Flag.HONEST,
        "both of you opened up",
        (CHALLENGES,),
        [decided(30, 2, changed=True)],
    ),
    Row(
        "a comfortable decision is no call-when-uncomfortable",
        talks([10, 40, 70], "they_shared_failure", "i_shared_failure"),
        Flag.HONEST,
        "Honest in 3 of 3",
        (),
        [decided(30, 3)],
    ),
    Row(
        "an uncomfortable decision before the window does not count",
        talks([10, 40, 70], "they_shared_failure", "i_shared_failure"),
        Flag.HONEST,
        "Honest in 3 of 3",
        (),
        [decided(200, 5)],
    ),
    Row(
        "conversations after the as-of date are ignored",
        talks([-10, -40, -70], "they_shared_failure", "i_shared_failure"),
        Flag.TOO_EARLY,
        "No conversations recorded yet",
    ),
    Row(
        "honesty spread over a year, still within cadence",
        talks([60], "they_shared_failure", "i_shared_failure")
        + talks([250, 330], "they_admitted_doubt", "i_asked_for_help"),
        Flag.HONEST,
        "Honest in 3 of 3 conversations so far",
    ),
    Row(
        "a longer cadence keeps an old honest tie alive",
        talks([100], "they_shared_failure", "i_shared_failure")
        + talks([200], "they_admitted_doubt", "i_asked_for_help"),
        Flag.HONEST,
        "Honest in 2 of 2 conversations so far",
        (),
        [],
        TieSettings(cadence_days=120),
    ),
    Row(
        "two old honest talks lost among many polite ones never were an honest tie",
        talks([320, 330, 340, 350, 360, 370, 380, 390], "surface_talk")
        + talks([300, 310], "they_shared_failure", "i_shared_failure")
        + talks([10, 40, 70], "surface_talk"),
        Flag.POLISH,
        "Only polish in 3 conversations since January",
    ),
    Row(
        "success stories beside talks without signals are still success stories",
        talks([10, 40], "signalled_success") + talks([70]),
        Flag.POLISH,
        "Only success stories since January",
    ),
    Row(
        "no signals ticked in the window is not called success stories",
        talks([10, 40, 70]) + talks([300], "transactional"),
        Flag.POLISH,
        "Only polish in 3 conversations since January",
    ),
    Row(
        "…and the default cadence calls the same tie fading",
        talks([100], "they_shared_failure", "i_shared_failure")
        + talks([200], "they_admitted_doubt", "i_asked_for_help"),
        Flag.FADING,
        "Last honest conversation 3 months ago",
    ),
    Row(
        "polish long ago, nothing recent: a network contact",
        talks([300, 330, 360, 400], "transactional"),
        Flag.POLISH,
        "Only polish in 4 conversations so far",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.situation for r in ROWS])
def test_tie_rules(row: Row) -> None:
    facts = TieFacts(PersonRef(1, "Maya"), tuple(row.talks), tuple(row.consulted))
    assessed = assess_one(facts, AS_OF, row.settings)
    assert assessed.flag is row.flag, assessed.reasons
    assert row.reason in assessed.reasons[0], assessed.reasons
    assert assessed.roles == row.roles, assessed.reasons


def test_role_reasons_carry_the_counts() -> None:
    facts = TieFacts(
        PersonRef(1, "Maya"),
        tuple(
            talks([10, 40, 70], "they_challenged_framing", "i_admitted_doubt")
            + talks([100], "they_understood_constraints", "i_admitted_doubt")
        ),
        (decided(20, 5), decided(25, 4, changed=True)),
    )
    reasons = assess_one(facts, AS_OF).reasons
    assert "You brought them 2 uncomfortable decisions since January" in reasons
    assert "Challenged your framing in 3 of 4 conversations since January" in reasons
    assert "Changed your framing on 1 decision since January" in reasons
    assert "Understood your constraints in 1 of 4 conversations since January" in reasons


def test_counts_used_are_reported() -> None:
    facts = TieFacts(
        PersonRef(1, "Maya"),
        tuple(
            talks([5], "transactional")
            + talks([40, 300], "they_shared_failure", "i_shared_failure")
        ),
    )
    a = assess_one(facts, AS_OF)
    assert (a.conversations, a.honest_conversations, a.recent_honest) == (3, 2, 1)
    assert (a.last_conversation, a.last_honest_conversation, a.first_honest_conversation) == (
        ago(5),
        ago(40),
        ago(300),
    )


def test_quiet_honest_tie_gets_a_cadence_warning() -> None:
    facts = TieFacts(
        PersonRef(1, "Maya"),
        tuple(talks([150, 160, 170], "they_shared_failure", "i_shared_failure")),
    )
    reasons = assess_one(facts, AS_OF).reasons
    assert "No conversation for 150 days, longer than your 90-day cadence" in reasons[-1]


# -- capacity -----------------------------------------------------------------------------------


def _assessed(*specs: tuple[str, list[Talk]], archived: str = "") -> list:
    return [
        assess_one(TieFacts(PersonRef(i, name), tuple(ts), archived=name == archived), AS_OF)
        for i, (name, ts) in enumerate(specs)
    ]


HONEST = talks([10, 40, 70], "they_shared_failure", "i_shared_failure")
POLISH = talks([10, 40, 70], "transactional")
FADED = talks([200, 230, 260], "they_shared_failure", "i_shared_failure")


def test_capacity_counts_flags_and_says_when_there_is_no_depth() -> None:
    summary = capacity(_assessed(("a", POLISH), ("b", POLISH), ("c", talks([3]))), AS_OF)
    assert summary.counts[Flag.POLISH] == 2 and summary.counts[Flag.TOO_EARLY] == 1
    assert (summary.honest, summary.others) == (0, 3)
    assert "No honest ties in the last 6 months: you have a network, not relationships" in (
        summary.notes
    )


def test_capacity_notices_ties_fading_faster_than_new_ones_form() -> None:
    old_honest = talks([300, 330], "they_shared_failure", "i_shared_failure")
    summary = capacity(_assessed(("a", FADED), ("b", FADED), ("c", old_honest + HONEST)), AS_OF)
    assert summary.counts[Flag.FADING] == 2 and summary.honest == 1
    assert any(
        n.startswith(
            "Honest ties are fading faster than new ones form: 2 ties went "
            "quiet recently, 0 new honest ties"
        )
        for n in summary.notes
    )


def test_capacity_says_when_breadth_crowds_out_depth() -> None:
    people = [("h", HONEST)] + [(f"p{i}", POLISH) for i in range(6)]
    summary = capacity(_assessed(*people), AS_OF)
    assert any(
        n.startswith("Breadth is crowding out depth: 6 polish-only contacts against 1 honest tie")
        for n in summary.notes
    )
    fewer = capacity(_assessed(*people[:6]), AS_OF)
    assert not any("Breadth" in n for n in fewer.notes)


def test_capacity_leaves_archived_people_out() -> None:
    summary = capacity(_assessed(("a", HONEST), ("b", POLISH), archived="b"), AS_OF)
    assert (summary.honest, summary.others, summary.counts[Flag.POLISH]) == (1, 0, 0)
    assert summary.notes == ()


def test_depth_order_puts_honest_ties_first_then_the_deepest() -> None:
    assessed = _assessed(
        ("polish", POLISH),
        ("shallow", talks([10, 50], "they_shared_failure", "i_shared_failure")),
        ("deep", HONEST),
        ("faded", FADED),
    )
    assert [a.person.name for a in sorted(assessed, key=by_depth)] == [
        "deep",
        "shallow",
        "faded",
        "polish",
    ]
