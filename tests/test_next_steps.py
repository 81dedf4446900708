"""The next-step rules (core/judgement/next_steps.py): a table of cases per kind, with the
day before, on and after each threshold. docs/tie-rules.md ("Next steps") says the same in
words."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.judgement import next_steps as ns
from trustjournal.core.judgement.followup import follow_up
from trustjournal.core.judgement.ties import (
    CADENCE_DAYS,
    Flag,
    Role,
    Talk,
    TieAssessment,
    TieFacts,
    TieSettings,
    assess_one,
)
from trustjournal.core.records import DecisionRecord, GatheringRecord, PersonRef

AS_OF = dt.date(2026, 6, 30)
MAYA = PersonRef(1, "Maya Chen")
TOM = PersonRef(2, "Tom Berg")
ANA = PersonRef(3, "Ana Ruiz")
LEAD = ns.FADE_LEAD_DAYS


def ago(days: int) -> dt.date:
    return AS_OF - dt.timedelta(days=days)


def honest_tie(last_honest_ago: int, person: PersonRef = MAYA) -> TieFacts:
    """Two honest conversations, both ways, the last `last_honest_ago` days ago."""
    return TieFacts(
        person,
        talks=(
            Talk.of(ago(last_honest_ago + 20), "they_admitted_doubt", "i_shared_failure"),
            Talk.of(ago(last_honest_ago), "they_shared_failure", "i_admitted_doubt"),
        ),
    )


# -- an honest tie about to fade ------------------------------------------------------------


@pytest.mark.parametrize(
    ("quiet", "step"),
    [
        (CADENCE_DAYS - LEAD - 1, False),  # 68 days: not yet
        (CADENCE_DAYS - LEAD, True),  # 69: three weeks left
        (CADENCE_DAYS, True),  # the last day it is still Honest
        (CADENCE_DAYS + 1, False),  # the flag is Fading now: too late for this step
    ],
)
def test_an_honest_tie_is_flagged_three_weeks_before_it_fades(quiet: int, step: bool) -> None:
    a = assess_one(honest_tie(quiet), AS_OF)
    found = ns.fading_soon(a, AS_OF)
    assert (found is not None) == step
    if found is not None:
        assert a.flag is Flag.HONEST
        assert found.reason == (
            f"Your last honest conversation with Maya Chen was {quiet} days ago; "
            f"reach out before it fades (cadence {CADENCE_DAYS} days)"
        )
        assert found.due == ago(quiet) + dt.timedelta(days=CADENCE_DAYS)
        assert found.person == MAYA
    else:
        assert quiet <= CADENCE_DAYS or a.flag is Flag.FADING


def test_a_shorter_cadence_brings_the_step_forward_and_archived_people_have_none() -> None:
    a = assess_one(honest_tie(40), AS_OF, TieSettings(cadence_days=60))
    assert ns.fading_soon(a, AS_OF) is not None  # 40 >= 60 - 21
    assert ns.fading_soon(assess_one(honest_tie(40), AS_OF), AS_OF) is None  # 90 days
    archived = TieFacts(MAYA, talks=honest_tie(80).talks, archived=True)
    assert ns.fading_soon(assess_one(archived, AS_OF), AS_OF) is None


@pytest.mark.parametrize(
    ("own", "quiet", "flag", "step"),
    [
        (60, 38, Flag.HONEST, False),  # 60 - 21 = 39: not yet
        (60, 39, Flag.HONEST, True),
        (60, 60, Flag.HONEST, True),  # the last day it is honest by her cadence
        (60, 61, Flag.FADING, False),  # faded by her cadence, though the journal's is 90
        (120, 98, Flag.HONEST, False),  # a longer cadence of her own: not yet at 98
        (120, 99, Flag.HONEST, True),
        (120, 100, Flag.HONEST, True),  # past the journal's 90, still honest by hers
    ],
)
def test_a_persons_own_cadence_is_used_by_the_flag_and_the_step(
    own: int, quiet: int, flag: Flag, step: bool
) -> None:
    facts = TieFacts(MAYA, talks=honest_tie(quiet).talks, cadence_days=own)
    a = assess_one(facts, AS_OF)  # the journal's cadence is 90
    assert a.flag is flag and a.cadence_days == own
    found = ns.fading_soon(a, AS_OF)
    assert (found is not None) == step
    if found is not None:
        assert found.reason.endswith(f"(cadence {own} days)")
        assert found.due == ago(quiet) + dt.timedelta(days=own)


# -- one of my few, gone quiet ------------------------------------------------------------------


def few(
    quiet: int, *, my_few: bool = True, own: int | None = None, polish: bool = True
) -> TieFacts:
    codes = () if polish else ("they_admitted_doubt", "i_shared_failure")
    return TieFacts(
        MAYA,
        talks=(Talk.of(ago(quiet + 30), *codes), Talk.of(ago(quiet), *codes)),
        cadence_days=own,
        my_few=my_few,
    )


@pytest.mark.parametrize(
    ("facts", "step"),
    [
        (few(CADENCE_DAYS), False),  # 90 days quiet: not longer than the cadence
        (few(CADENCE_DAYS + 1), True),  # 91: longer
        (few(CADENCE_DAYS + 1, my_few=False), False),  # not one of the few
        (few(45, own=44), True),  # her own cadence, 44 days
        (few(44, own=44), False),
        (few(CADENCE_DAYS + 1, polish=False), True),  # honest, now fading: still one of the few
    ],
)
def test_one_of_my_few_quiet_for_longer_than_their_cadence(facts: TieFacts, step: bool) -> None:
    a = assess_one(facts, AS_OF)
    found = ns.few_quiet(a, AS_OF)
    assert (found is not None) == step
    if found is not None:
        quiet = (AS_OF - facts.talks[-1].date).days
        assert found.reason == (
            f"Maya Chen is one of your few, and your last conversation was {quiet} days ago "
            f"(cadence {a.cadence_days} days): call this week"
        )
        assert found.due == facts.talks[-1].date + dt.timedelta(days=a.cadence_days)
        assert found.due < AS_OF  # overdue: ranked first


def test_one_of_my_few_archived_or_never_met_has_no_step() -> None:
    archived = TieFacts(MAYA, talks=few(120).talks, my_few=True, archived=True)
    assert ns.few_quiet(assess_one(archived, AS_OF), AS_OF) is None
    assert ns.few_quiet(assess_one(TieFacts(MAYA, my_few=True), AS_OF), AS_OF) is None


# -- a gathering whose follow-up window is closing ---------------------------------------------


def retreat(ended_ago: int, people: tuple[PersonRef, ...] = (MAYA, TOM, ANA)) -> GatheringRecord:
    return GatheringRecord(
        7, "the Aspen retreat", ago(ended_ago + 2), ago(ended_ago), "", "", people
    )


@pytest.mark.parametrize(
    ("ended_ago", "step", "left"),
    [
        (CADENCE_DAYS - ns.GATHERING_LEAD_DAYS - 1, False, 22),  # 68 days ago: 22 days left
        (CADENCE_DAYS - ns.GATHERING_LEAD_DAYS, True, 21),
        (CADENCE_DAYS - 1, True, 1),
        (CADENCE_DAYS, False, 0),  # judged now: too late for this step
    ],
)
def test_a_gathering_is_flagged_while_its_window_closes(
    ended_ago: int, step: bool, left: int
) -> None:
    g = retreat(ended_ago)
    talks = {MAYA.id: [ago(ended_ago - 5)]}  # Maya only, once
    follow = follow_up(g, talks, AS_OF)
    found = ns.gathering_closing(g, follow, AS_OF, CADENCE_DAYS)
    assert (found is not None) == step
    if found is not None:
        days = "1 day" if left == 1 else f"{left} days"
        assert found.reason == (
            f"From the Aspen retreat, 2 of 3 people have had no conversation since; "
            f"{days} left for it to become an ongoing dialogue"
        )
        assert found.subject == 7 and found.person is None


def test_a_gathering_everyone_was_spoken_to_since_needs_no_step() -> None:
    g = retreat(80, people=(MAYA,))
    follow = follow_up(g, {MAYA.id: [ago(70)]}, AS_OF)
    assert ns.gathering_closing(g, follow, AS_OF, CADENCE_DAYS) is None
    # one person, not yet: "1 of 1 … has"
    follow = follow_up(g, {}, AS_OF)
    found = ns.gathering_closing(g, follow, AS_OF, CADENCE_DAYS)
    assert found is not None and "1 of 1 people has had no conversation" in found.reason


# -- an uncomfortable decision, nobody consulted --------------------------------------------------


def decision(
    discomfort: int = 4,
    status: str = "open",
    consulted: tuple[PersonRef, ...] = (),
    date: dt.date = AS_OF,
) -> DecisionRecord:
    return DecisionRecord(5, "Close the Lyon plant", date, discomfort, status, "", consulted, ())


def assessed(person: PersonRef, *roles: Role, early: bool = False) -> TieAssessment:
    return TieAssessment(
        person, Flag.HONEST, roles, (), 4, 2, AS_OF, AS_OF, AS_OF, 2, early_roles=early
    )


@pytest.mark.parametrize(
    ("d", "step"),
    [
        (decision(discomfort=3), False),  # not uncomfortable
        (decision(discomfort=4), True),  # UNCOMFORTABLE exactly
        (decision(discomfort=5), True),
        (decision(consulted=(TOM,)), False),  # somebody consulted
        (decision(status="decided"), False),  # no longer open
    ],
)
def test_an_open_uncomfortable_decision_with_nobody_consulted(
    d: DecisionRecord, step: bool
) -> None:
    found = ns.call_on_decision(d, [assessed(TOM, Role.CHALLENGES_FRAMING)], (), AS_OF)
    assert (found is not None) == step


def test_whom_to_call_the_call_role_first_then_more_roles_then_who_knows_the_decision() -> None:
    people = [
        assessed(ANA, Role.UNDERSTANDS_CONSTRAINTS),
        assessed(TOM, Role.CHALLENGES_FRAMING, Role.UNDERSTANDS_CONSTRAINTS),
        assessed(MAYA, Role.CALL_WHEN_UNCOMFORTABLE),
        assessed(PersonRef(4, "Ola Nowak")),  # no role, but in the decision's conversations
        assessed(PersonRef(5, "Early Bird"), Role.CALL_WHEN_UNCOMFORTABLE, early=True),
        assessed(PersonRef(6, "Nobody Yet")),
    ]
    found = ns.call_on_decision(decision(discomfort=5), people, [4], AS_OF)
    assert found is not None
    assert [p.name for p in found.candidates] == ["Maya Chen", "Tom Berg", "Ana Ruiz"]
    assert found.person == MAYA and found.subject == 5 and found.due == AS_OF
    assert found.reason.startswith(
        "“Close the Lyon plant” (discomfort 5 of 5) is open and you have consulted nobody: "
        "call Maya Chen (call when uncomfortable); Tom Berg (challenges your framing, "
        "understands your constraints); Ana Ruiz (understands your constraints)"
    )
    ranked = ns.who_to_call(people, [4])
    assert [p.name for p, _ in ranked] == [
        "Maya Chen",
        "Tom Berg",
        "Ana Ruiz",
        "Ola Nowak",
    ]
    assert ranked[-1][1] == "knows this decision"


def test_nobody_to_call_is_said_plainly() -> None:
    found = ns.call_on_decision(decision(), [assessed(TOM)], (), AS_OF)
    assert found is not None and found.person is None and found.candidates == ()
    assert found.reason.endswith("nobody holds a practical-test role yet: who could you call?")


@pytest.mark.parametrize(
    ("days_ago", "counted"),
    [(0, True), (ns.DECIDED_ALONE_DAYS - 1, True), (ns.DECIDED_ALONE_DAYS, False)],
)
def test_decided_alone_over_the_last_quarter(days_ago: int, counted: bool) -> None:
    alone = decision(status="decided", date=ago(days_ago))
    found = ns.decided_alone([alone], AS_OF)
    assert (found is not None) == counted
    if found is not None:
        assert found.reason.startswith(
            "Over the last quarter you decided alone on an uncomfortable"
        )
    helped = decision(status="decided", consulted=(TOM,), date=ago(1))
    easy = decision(status="decided", discomfort=3, date=ago(1))
    assert ns.decided_alone([helped, easy], AS_OF) is None
    found = ns.decided_alone([alone, alone, decision(status="decided", date=ago(2))], AS_OF)
    if counted:
        assert found is not None and "on 3 uncomfortable decisions" in found.reason


# -- one-sided and polish-only ties --------------------------------------------------------------


def test_one_sided_says_who_should_open_up() -> None:
    only_they = TieFacts(
        MAYA,
        talks=(Talk.of(ago(30), "they_admitted_doubt"), Talk.of(ago(10), "they_shared_failure")),
    )
    a = assess_one(only_they, AS_OF)
    assert a.flag is Flag.ONE_SIDED
    found = ns.one_sided(a, only_they, AS_OF, TieSettings())
    assert found is not None and found.reason.startswith("Only Maya Chen opens up: share something")
    only_me = TieFacts(
        TOM, talks=(Talk.of(ago(30), "i_admitted_doubt"), Talk.of(ago(10), "i_shared_failure"))
    )
    b = assess_one(only_me, AS_OF)
    found = ns.one_sided(b, only_me, AS_OF, TieSettings())
    assert found is not None
    assert (
        found.reason == "Only you open up with Tom Berg: ask about a failure or a doubt of theirs"
    )


@pytest.mark.parametrize(
    ("conversations", "my_few", "step"),
    [
        (ns.POLISH_MATTERS_MIN - 1, False, False),
        (ns.POLISH_MATTERS_MIN, False, True),
        (ns.POLISH_MATTERS_MIN - 1, True, True),  # one of your few matters anyway
    ],
)
def test_a_polish_only_tie_that_matters_gets_an_honest_question(
    conversations: int, my_few: bool, step: bool
) -> None:
    talks = tuple(
        Talk.of(ago(10 + 7 * i), "signalled_success", *(["i_kept_it_polished"] if i < 2 else []))
        for i in range(conversations)
    )
    facts = TieFacts(TOM, talks=talks, my_few=my_few)
    a = assess_one(facts, AS_OF)
    assert a.flag is Flag.POLISH
    found = ns.polish_only(a, facts, AS_OF, TieSettings())
    assert (found is not None) == step
    if found is not None:
        assert found.reason == "You kept it polished with Tom Berg 2 times: try one honest question"


# -- all of them, in order ---------------------------------------------------------------------


def test_steps_are_ranked_by_their_date_and_advice_comes_last() -> None:
    maya = honest_tie(CADENCE_DAYS - 5)  # due in 5 days
    tom = TieFacts(
        TOM, talks=(Talk.of(ago(30), "i_admitted_doubt"), Talk.of(ago(10), "i_shared_failure"))
    )
    facts = {1: maya, 2: tom}
    assessments = [assess_one(f, AS_OF) for f in facts.values()]
    g = retreat(CADENCE_DAYS - 10)  # closes in 10 days
    steps = ns.next_steps(
        assessments,
        facts,
        [(g, follow_up(g, {}, AS_OF))],
        [decision()],
        {},
        AS_OF,
    )
    assert [s.kind for s in steps] == [
        ns.Kind.CALL_ON_DECISION,  # due today
        ns.Kind.FADING_SOON,  # in 5 days
        ns.Kind.GATHERING_CLOSING,  # in 10 days
        ns.Kind.ONE_SIDED,  # no date
    ]
    assert len({s.key for s in steps}) == len(steps)
    assert steps[1].key == "fading_soon:1" and steps[2].key == "gathering_closing:7"
