"""The tie rules, table first: one row a situation, the flag, roles and reason beside it.

The first rows are the clear-cut cases the product promises; the rest are the cases
between them that docs/tie-rules.md decides. As-of date fixed at 2026-06-30, so "since
January" is the 180-day window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from trustjournal.core.judgement.signals import BIT
from trustjournal.core.judgement.ties import (
    Consultation,
    Flag,
    GatheringSpan,
    Role,
    Talk,
    TieFacts,
    TieSettings,
    assess_one,
    by_depth,
    capacity,
    capacity_sentence,
    few_sentence,
    said,
)
from trustjournal.core.records import PersonRef

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


MUTUAL = ("they_shared_failure", "i_shared_failure")  # both of us opened up


def decided(days: int, discomfort: int, changed: bool = False) -> Consultation:
    return Consultation(ago(days), discomfort, changed, "Close the Berlin office")


def retreat(first: int, last: int) -> GatheringSpan:
    """A gathering held from `first` to `last` days before the as-of date."""
    return GatheringSpan(7, "Stillwater Retreat", ago(first), ago(last))


@dataclass
class Row:
    situation: str
    talks: list[Talk]
    flag: Flag
    reason: str  # a fragment of the first reason
    roles: tuple[Role, ...] = ()
    consulted: list[Consultation] = field(default_factory=list)
    settings: TieSettings = field(default_factory=TieSettings)
    gatherings: tuple[GatheringSpan, ...] = ()


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
        "Only polish in 3 conversations since January: no honesty on either side",
    ),
    Row(
        "3 recent, only success stories",
        talks([10, 40, 70], "signalled_success"),
        Flag.POLISH,
        "Only success stories since January: 3 conversations, no failure, doubt or regret on "
        "either side",
    ),
    Row(
        "3 honest two-way, all > 200 days ago, none since",
        talks([210, 240, 300], "they_voiced_regret", "i_admitted_doubt"),
        Flag.FADING,
        "Last honest conversation 7 months ago (2 Dec 2025); no conversation since",
    ),
    Row(
        "3 recent with their honest feedback, never mine",
        talks([10, 40, 70], "they_gave_honest_feedback"),
        Flag.ONE_SIDED,
        "You have not opened up in return: they gave honest feedback in 3 conversations, "
        "while you brought no failure, doubt or request of your own",
    ),
    Row(
        "3 recent with my honesty, never theirs",
        talks([10, 40, 70], "i_admitted_doubt"),
        Flag.ONE_SIDED,
        "Only you opened up: you admitted doubt in 3 conversations; they have not shared "
        "failure or doubt with you",
    ),
    Row(
        "exactly one conversation",
        talks([5], *MUTUAL),
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
        talks([10, 40, 70], *MUTUAL),
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
        "was honest, now only polish",
        talks([300, 320, 340], *MUTUAL) + talks([10, 40, 70], "signalled_success"),
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
        "conversations after the as-of date are ignored",
        talks([-10, -40, -70], *MUTUAL),
        Flag.TOO_EARLY,
        "No conversations recorded yet",
    ),
    Row(
        "honesty spread over a year, still within cadence",
        talks([60], *MUTUAL) + talks([250, 330], "they_admitted_doubt", "i_asked_for_help"),
        Flag.HONEST,
        "Honest in 3 of 3 conversations so far",
    ),
    Row(
        "two old honest talks lost among many polite ones never were an honest tie",
        talks([320, 330, 340, 350, 360, 370, 380, 390], "surface_talk")
        + talks([300, 310], *MUTUAL)
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
        "polish long ago, nothing recent: a network contact",
        talks([300, 330, 360, 400], "transactional"),
        Flag.POLISH,
        "Only polish in 4 conversations so far",
    ),
    # -- 1. Fading: an honest tie silent for longer than the cadence ---------------------------
    Row(
        "honest in the window, but quiet longer than the cadence: fading",
        talks([150, 160, 170], *MUTUAL),
        Flag.FADING,
        "Last honest conversation 5 months ago (31 Jan 2026); no conversation since",
    ),
    Row(
        "last honest conversation the day before the cadence ends: honest",
        talks([89, 120], *MUTUAL),
        Flag.HONEST,
        "Honest in 2 of 2 conversations since January",
    ),
    Row(
        "last honest conversation exactly one cadence ago: still honest",
        talks([90, 120], *MUTUAL),
        Flag.HONEST,
        "Honest in 2 of 2 conversations since January",
    ),
    Row(
        "last honest conversation one day past the cadence: fading",
        talks([91, 120], *MUTUAL),
        Flag.FADING,
        "Last honest conversation 3 months ago (31 Mar 2026); no conversation since",
    ),
    Row(
        "honest in the window, only polish since the cadence: fading",
        talks([100, 120], *MUTUAL) + talks([10], "transactional"),
        Flag.FADING,
        "the one conversation since carried only polish",
    ),
    Row(
        "a longer cadence keeps an old honest tie alive",
        talks([100], *MUTUAL) + talks([200], "they_admitted_doubt", "i_asked_for_help"),
        Flag.HONEST,
        "Honest in 2 of 2 conversations so far",
        settings=TieSettings(cadence_days=120),
    ),
    Row(
        "…one day past that longer cadence it fades",
        talks([121], *MUTUAL) + talks([200], "they_admitted_doubt", "i_asked_for_help"),
        Flag.FADING,
        "Last honest conversation 4 months ago",
        settings=TieSettings(cadence_days=120),
    ),
    Row(
        "…and the default cadence calls the same tie fading",
        talks([100], *MUTUAL) + talks([200], "they_admitted_doubt", "i_asked_for_help"),
        Flag.FADING,
        "Last honest conversation 3 months ago",
    ),
    # -- 2. Repetition counts occasions: separate days, and a gathering as one ---------------
    Row(
        "two honest talks on the same day are one occasion",
        talks([10, 10], *MUTUAL),
        Flag.TOO_EARLY,
        "Honest in 2 conversations, all on 20 Jun 2026: one occasion so far",
    ),
    Row(
        "two honest talks on consecutive days are two occasions",
        talks([10, 11], *MUTUAL),
        Flag.HONEST,
        "Honest in 2 of 2 conversations since January",
    ),
    Row(
        "three honest sessions in one retreat weekend",
        talks([20, 21, 22], *MUTUAL),
        Flag.TOO_EARLY,
        "Honest only at Stillwater Retreat so far (3 conversations there): see what happens after",
        gatherings=(retreat(22, 20),),
    ),
    Row(
        "honest on the retreat's first and last day: still one occasion",
        talks([20, 22], *MUTUAL),
        Flag.TOO_EARLY,
        "Honest only at Stillwater Retreat so far",
        gatherings=(retreat(22, 20),),
    ),
    Row(
        "honest at the retreat and the day after it ended: two occasions",
        talks([19, 22], *MUTUAL),
        Flag.HONEST,
        "Honest in 2 of 2 conversations since January",
        gatherings=(retreat(22, 20),),
    ),
    Row(
        "honest the day before the retreat began and at it: two occasions",
        talks([21, 23], *MUTUAL),
        Flag.HONEST,
        "Honest in 2 of 2 conversations since January",
        gatherings=(retreat(22, 20),),
    ),
    Row(
        "honest at the retreat, then a dialogue after it",
        talks([20, 21], *MUTUAL) + talks([5], "they_admitted_doubt", "i_admitted_doubt"),
        Flag.HONEST,
        "Honest on 2 of 2 occasions (3 of 3 conversations) since January",
        gatherings=(retreat(22, 20),),
    ),
    Row(
        "ten polite sessions at a retreat, then honest twice: the retreat is one occasion",
        talks([20, 20, 20, 21, 21, 21, 22, 22, 22, 22], "surface_talk") + talks([5, 12], *MUTUAL),
        Flag.HONEST,
        "Honest on 2 of 3 occasions (2 of 12 conversations) since January",
        gatherings=(retreat(22, 20),),
    ),
    Row(
        "a gathering of seven days is one occasion",
        talks([10, 16], *MUTUAL),
        Flag.TOO_EARLY,
        "Honest only at Stillwater Retreat so far",
        gatherings=(retreat(16, 10),),
    ),
    Row(
        "…of eight days (a series, say) is a run of separate days",
        talks([10, 17], *MUTUAL),
        Flag.HONEST,
        "Honest in 2 of 2 conversations since January",
        gatherings=(retreat(17, 10),),
    ),
    Row(
        "honest only at a retreat long ago, nothing since",
        talks([120, 121], *MUTUAL),
        Flag.TOO_EARLY,
        "Honest only at Stillwater Retreat (2 conversations there), 4 months ago, and no "
        "conversation since: it has not become a dialogue",
        gatherings=(retreat(121, 120),),
    ),
    Row(
        "honest only at a retreat exactly one cadence ago: still early",
        talks([90, 91], *MUTUAL),
        Flag.TOO_EARLY,
        "Honest only at Stillwater Retreat so far",
        gatherings=(retreat(91, 90),),
    ),
    Row(
        "…one day past the cadence, it says the retreat did not become a dialogue",
        talks([91, 92], *MUTUAL),
        Flag.TOO_EARLY,
        "it has not become a dialogue",
        gatherings=(retreat(92, 91),),
    ),
    Row(
        "honest at the retreat, then only polish",
        talks([21, 22], *MUTUAL) + talks([5, 10, 15], "transactional"),
        Flag.POLISH,
        "Mostly polish: honest in only 2 of 5 conversations since January, all at Stillwater "
        "Retreat",
        gatherings=(retreat(22, 20),),
    ),
    Row(
        "three polish talks on one day are one occasion",
        talks([10, 10, 10], "surface_talk"),
        Flag.TOO_EARLY,
        "Only one occasion so far (3 conversations on 20 Jun 2026): too early to judge",
    ),
    Row(
        "three polish talks on two days are not yet several occasions",
        talks([10, 10, 30], "surface_talk"),
        Flag.TOO_EARLY,
        "Only 2 occasions so far (3 conversations)",
    ),
    Row(
        "three polish talks on three days are several",
        talks([10, 20, 30], "surface_talk"),
        Flag.POLISH,
        "Only polish in 3 conversations since January",
    ),
    # -- 3. Who to call: a consulted decision, or help asked and honestly given ---------------
    Row(
        "I asked for help on a live decision and they challenged my framing",
        talks([10, 40, 70], "i_asked_for_help", "they_challenged_framing"),
        Flag.HONEST,
        "both of you opened up",
        (CALL, CHALLENGES),
    ),
    Row(
        "I asked for help and they understood my constraints",
        talks([10], "i_asked_for_help", "they_understood_constraints") + talks([40], *MUTUAL),
        Flag.HONEST,
        "both of you opened up",
        (CALL, CONSTRAINTS),
    ),
    Row(
        "I asked for help and they gave honest feedback",
        talks([10], "i_asked_for_help", "they_gave_honest_feedback") + talks([40], *MUTUAL),
        Flag.HONEST,
        "both of you opened up",
        (CALL,),
    ),
    Row(
        "I asked for help and they shared their own doubt",
        talks([10, 40], "i_asked_for_help", "they_admitted_doubt"),
        Flag.HONEST,
        "both of you opened up",
        (CALL,),
    ),
    Row(
        "I asked for help and they only validated",
        talks([10, 40, 70], "i_asked_for_help", "validated_only"),
        Flag.ONE_SIDED,
        "Only you opened up: you asked for help on a live decision in 3 conversations",
    ),
    Row(
        "I asked for help, and they voiced a regret of their own: no answer to my decision",
        talks([10, 40], "i_asked_for_help", "they_voiced_regret"),
        Flag.HONEST,
        "both of you opened up",
    ),
    Row(
        "asking and their honesty in different conversations is not the call",
        talks([10], "i_asked_for_help") + talks([40], "they_challenged_framing"),
        Flag.HONEST,
        "both of you opened up",
        (CHALLENGES,),
    ),
    Row(
        "help asked and given on the first day of the window counts",
        talks([180], "i_asked_for_help", "they_shared_failure") + talks([10], *MUTUAL),
        Flag.HONEST,
        "Honest in 2 of 2 conversations since January",
        (CALL,),
        settings=TieSettings(cadence_days=365),
    ),
    Row(
        "help asked and given the day before the window does not",
        talks([181], "i_asked_for_help", "they_shared_failure") + talks([10], *MUTUAL),
        Flag.HONEST,
        "Honest in 2 of 2 conversations so far",
        settings=TieSettings(cadence_days=365),
    ),
    Row(
        "a comfortable decision is no call-when-uncomfortable",
        talks([10, 40, 70], *MUTUAL),
        Flag.HONEST,
        "Honest in 3 of 3",
        (),
        [decided(30, 3)],
    ),
    Row(
        "an uncomfortable decision on the first day of the window counts",
        talks([10, 40, 70], *MUTUAL),
        Flag.HONEST,
        "Honest in 3 of 3",
        (CALL,),
        [decided(180, 4)],
    ),
    Row(
        "an uncomfortable decision the day before the window does not",
        talks([10, 40, 70], *MUTUAL),
        Flag.HONEST,
        "Honest in 3 of 3",
        (),
        [decided(181, 5)],
    ),
    Row(
        "a decision dated after the as-of date does not count",
        talks([10, 40, 70], *MUTUAL),
        Flag.HONEST,
        "Honest in 3 of 3",
        (),
        [decided(-1, 5)],
    ),
    Row(
        "their honesty, and I brought them a decision of discomfort 4: both directions",
        talks([10, 40, 70], "they_shared_failure"),
        Flag.HONEST,
        "both of you opened up",
        (CALL,),
        [decided(30, 4)],
    ),
    Row(
        "…of discomfort 3: still only their honesty",
        talks([10, 40, 70], "they_shared_failure"),
        Flag.ONE_SIDED,
        "You have not opened up in return",
        (),
        [decided(30, 3)],
    ),
    Row(
        "an uncomfortable decision on the as-of date itself counts",
        talks([10, 40, 70], *MUTUAL),
        Flag.HONEST,
        "Honest in 3 of 3",
        (CALL,),
        [decided(0, 4)],
    ),
    # -- 4. Shared context is honesty in both directions -------------------------------------
    Row(
        "they shared a failure and we compared similar failures, twice",
        talks([10, 40], "they_shared_failure", "similar_failures"),
        Flag.HONEST,
        "Honest in 2 of 2 conversations since January; both of you opened up",
    ),
    Row(
        "I admitted doubt and we recognised parallel pressures, twice",
        talks([10, 40], "i_admitted_doubt", "parallel_pressures"),
        Flag.HONEST,
        "both of you opened up",
    ),
    # -- 5. One-sided names what was actually brought -----------------------------------------
    Row(
        "they challenged my framing and gave honest feedback, I never opened up",
        talks([10, 40], "they_challenged_framing", "they_gave_honest_feedback")
        + talks([70], "they_challenged_framing"),
        Flag.ONE_SIDED,
        "You have not opened up in return: they challenged your framing in 3 conversations "
        "and gave honest feedback in 2,",
        (CHALLENGES,),
    ),
    Row(
        "they changed my framing on a decision, I never opened up",
        talks([10, 40], "they_understood_constraints"),
        Flag.ONE_SIDED,
        "they understood your constraints in 2 conversations and changed your framing on 1 "
        "decision,",
        (CHALLENGES, CONSTRAINTS),
        [decided(20, 2, changed=True)],
    ),
    Row(
        "I shared failures and brought them an uncomfortable decision; they never opened up",
        talks([10, 40], "i_shared_failure"),
        Flag.ONE_SIDED,
        "Only you opened up: you shared a failure in 2 conversations and brought them 1 "
        "uncomfortable decision;",
        (CALL,),
        [decided(20, 5)],
    ),
    # -- 6. Roles while too early are early evidence ------------------------------------------
    Row(
        "one conversation where they challenged my framing",
        talks([5], "they_challenged_framing", "i_admitted_doubt"),
        Flag.TOO_EARLY,
        "Only one conversation so far",
        (CHALLENGES,),
    ),
    # -- the thresholds, at the boundary -------------------------------------------------------
    Row(
        "honest in 2 of 8 conversations: exactly the 25 % share",
        talks([5, 15, 25, 35, 45, 55], "surface_talk") + talks([65, 75], *MUTUAL),
        Flag.HONEST,
        "Honest in 2 of 8 conversations since January",
    ),
    Row(
        "honest in 2 of 9 conversations: below the 25 % share",
        talks([5, 15, 25, 35, 45, 55, 60], "surface_talk") + talks([65, 75], *MUTUAL),
        Flag.POLISH,
        "Mostly polish: honest in only 2 of 9 conversations since January",
    ),
    Row(
        "two honest among ten is below the 25% share",
        talks([5, 15, 25, 35, 45, 55, 65, 75], "surface_talk") + talks([85, 95], *MUTUAL),
        Flag.POLISH,
        "Mostly polish: honest in only 2 of 10 conversations since January",
    ),
    Row(
        "honest at both ends of the window is judged within it",
        talks([10, 180], *MUTUAL) + talks([200, 210, 220, 230, 240, 250], "surface_talk"),
        Flag.HONEST,
        "Honest in 2 of 2 conversations since January",
        settings=TieSettings(cadence_days=365),
    ),
    Row(
        "…one day earlier, it is judged over the whole history",
        talks([10, 181], *MUTUAL) + talks([200, 210, 220, 230, 240, 250], "surface_talk"),
        Flag.HONEST,
        "Honest in 2 of 8 conversations so far",
        settings=TieSettings(cadence_days=365),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.situation for r in ROWS])
def test_tie_rules(row: Row) -> None:
    facts = TieFacts(
        PersonRef(1, "Maya"), tuple(row.talks), tuple(row.consulted), gatherings=row.gatherings
    )
    assessed = assess_one(facts, AS_OF, row.settings)
    assert assessed.flag is row.flag, assessed.reasons
    assert row.reason in assessed.reasons[0], assessed.reasons
    assert assessed.roles == row.roles, assessed.reasons
    assert assessed.early_roles == (row.flag is Flag.TOO_EARLY and bool(row.roles))


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


def test_a_quiet_honest_tie_is_fading_not_honest_with_a_warning() -> None:
    facts = TieFacts(PersonRef(1, "Maya"), tuple(talks([150, 160, 170], *MUTUAL)))
    assessed = assess_one(facts, AS_OF)
    assert assessed.flag is Flag.FADING
    assert assessed.reasons[1] == "Your cadence is 90 days: the dialogue has stopped"
    assert not any("keep the dialogue going" in r for r in assessed.reasons)
    assert capacity([assessed], AS_OF).honest == 0


def test_the_call_reason_says_which_evidence() -> None:
    facts = TieFacts(
        PersonRef(1, "Maya"),
        tuple(
            talks([10], "i_asked_for_help", "they_challenged_framing", "they_admitted_doubt")
            + talks([40], "i_asked_for_help", "they_challenged_framing")
        ),
        (decided(20, 5),),
    )
    reasons = assess_one(facts, AS_OF).reasons
    assert "You brought them 1 uncomfortable decision since January" in reasons
    assert (
        "You asked for their help on a live decision and they challenged your framing and "
        "admitted doubt (2 conversations since January)"
    ) in reasons


def test_early_roles_say_they_are_early_evidence() -> None:
    facts = TieFacts(PersonRef(1, "Maya"), tuple(talks([5], "they_challenged_framing")))
    a = assess_one(facts, AS_OF)
    assert (a.flag, a.roles, a.early_roles) == (Flag.TOO_EARLY, (CHALLENGES,), True)
    assert a.reasons[1] == (
        "Early evidence: challenged your framing in 1 of 1 conversation since January"
    )
    settled = assess_one(
        TieFacts(PersonRef(1, "Maya"), tuple(talks([5, 40], "they_challenged_framing"))), AS_OF
    )
    assert (settled.flag, settled.early_roles) == (Flag.ONE_SIDED, False)
    assert "Challenged your framing in 2 of 2 conversations since January" in settled.reasons


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


def _few(*specs: tuple[list[Talk], bool, int | None, bool]) -> list:
    """(talks, my few, own cadence, archived) per person."""
    return [
        assess_one(TieFacts(PersonRef(i, f"p{i}"), tuple(ts), (), gone, (), days, few), AS_OF)
        for i, (ts, few, days, gone) in enumerate(specs)
    ]


# The quiet in days since the last honest conversation against a person's own cadence: the
# tie is honest up to its cadence and counts as fading the day after.
@pytest.mark.parametrize(
    ("specs", "few", "honest", "sentence"),
    [
        ([], 0, 0, ""),  # none chosen: nothing said
        ([(HONEST, False, None, False)], 0, 0, ""),  # honest, but not one of the few
        ([(HONEST, True, None, False)], 1, 1, "Your few: 1 of 1 honest"),
        (
            [(FADED, True, None, False), (HONEST, True, None, False)],
            2,
            1,
            "Your few: 1 of 2 honest",
        ),
        ([(POLISH, True, None, False)], 1, 0, "Your few: 0 of 1 honest"),
        ([([], True, None, False)], 1, 0, "Your few: 0 of 1 honest"),  # chosen, not met yet
        ([(HONEST, True, None, True)], 0, 0, ""),  # archived: no longer one of the few
        ([(talks([10, 30], *MUTUAL), True, 30, False)], 1, 1, "Your few: 1 of 1 honest"),
        ([(talks([10, 31], *MUTUAL), True, 30, False)], 1, 1, "Your few: 1 of 1 honest"),
        ([(talks([31, 60], *MUTUAL), True, 30, False)], 1, 0, "Your few: 0 of 1 honest"),
        ([(talks([30, 60], *MUTUAL), True, 30, False)], 1, 1, "Your few: 1 of 1 honest"),
    ],
)
def test_capacity_counts_the_few_that_are_honest(
    specs: list[tuple[list[Talk], bool, int | None, bool]], few: int, honest: int, sentence: str
) -> None:
    summary = capacity(_few(*specs), AS_OF)
    assert (summary.few, summary.few_honest, few_sentence(summary)) == (few, honest, sentence)


@pytest.mark.parametrize(
    ("faded", "formed", "noted"),
    [
        ([270, 280], None, True),  # went quiet within the window and a cadence before it
        ([271, 280], None, False),  # one day earlier: not "recently"
        ([270, 280], [180, 10], False),  # one faded, one formed: not faster
        ([270, 280], [181, 10], True),  # first honest a day before the window: not new
    ],
)
def test_ties_fading_faster_than_new_ones_form_at_the_boundaries(
    faded: list[int], formed: list[int] | None, noted: bool
) -> None:
    people = [("faded", talks(faded, *MUTUAL))]
    if formed:
        people.append(("formed", talks(formed, *MUTUAL)))
    assessed = _assessed(*people)
    assert assessed[0].flag is Flag.FADING
    if formed:
        assert assessed[1].flag is Flag.HONEST
    notes = capacity(assessed, AS_OF).notes
    assert any(n.startswith("Honest ties are fading faster") for n in notes) is noted


@pytest.mark.parametrize(
    ("honest", "polish", "crowded"),
    [(2, 6, True), (2, 5, False), (3, 8, False), (3, 9, True), (0, 6, True)],
)
def test_breadth_crowds_out_depth_at_three_polish_per_honest_tie_from_six(
    honest: int, polish: int, crowded: bool
) -> None:
    people = [(f"h{i}", HONEST) for i in range(honest)] + [(f"p{i}", POLISH) for i in range(polish)]
    notes = capacity(_assessed(*people), AS_OF).notes
    assert any(n.startswith("Breadth is crowding out depth") for n in notes) is crowded


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


def test_among_equal_ties_the_one_talked_to_last_comes_first() -> None:
    """Same flag, same honest conversations in the window: the more recent contact first,
    then by name; someone never talked to sorts last and does not break the sort."""
    assessed = _assessed(
        ("older", talks([30, 60], "transactional")),
        ("nobody yet", []),
        ("recent", talks([5, 60], "transactional")),
        ("also recent", talks([5, 90], "transactional")),
    )
    assert [a.person.name for a in sorted(assessed, key=by_depth)] == [
        "also recent",
        "recent",
        "older",
        "nobody yet",
    ]


@pytest.mark.parametrize(
    ("specs", "sentence"),
    [
        ([], "0 honest ties against 0 others."),
        ([("a", HONEST), ("b", POLISH)], "1 honest tie against 1 other (polish only 1)."),
        (
            [
                ("a", HONEST),
                ("b", HONEST),
                ("c", talks([10, 40, 70], "they_shared_failure")),
                ("d", FADED),
                ("e", POLISH),
                ("f", talks([3])),
                ("g", talks([4])),
            ],
            "2 honest ties against 5 others (one-sided 1, fading 1, polish only 1, too early 2).",
        ),
        ([("a", POLISH), ("b", POLISH)], "0 honest ties against 2 others (polish only 2)."),
    ],
    ids=["nobody", "one-each", "every-flag", "no-depth"],
)
def test_the_capacity_sentence(specs: list[tuple[str, list[Talk]]], sentence: str) -> None:
    """The line at the end of the CLI's tie report and of the text reflection."""
    assert capacity_sentence(capacity(_assessed(*specs), AS_OF)) == sentence


def test_said_names_only_the_signals_given() -> None:
    """The practical test's evidence says what they did in that conversation, nothing else."""
    assert said(BIT["they_challenged_framing"]) == "challenged your framing"
    both = BIT["they_challenged_framing"] | BIT["they_admitted_doubt"]
    assert said(both) == "admitted doubt and challenged your framing"  # in the editor's order


def test_one_honest_conversation_at_a_gathering_is_not_called_all_at_it() -> None:
    facts = TieFacts(
        PersonRef(1, "Maya"),
        tuple(talks([21], *MUTUAL) + talks([5, 10, 15], "transactional")),
        gatherings=(retreat(22, 20),),
    )
    assert assess_one(facts, AS_OF).reasons[0] == (
        "Mostly polish: honest in only 1 of 4 conversations since January"
    )
