"""What happens after a gathering, table first: one row a situation, the verdict and its
sentence beside it; then each person's line, and the demo journal's retreat and summit.

The as-of date is fixed at 2026-06-30 and the gathering in the table ends `ENDED` days
before it, with the default 90-day cadence unless a row says otherwise. Every threshold of
core/judgement/followup.py has boundary rows: the day (or count) before it, on it and after it, so a
threshold moved by one, or a `<` turned into `<=`, changes a verdict a user reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from conftest import PASSPHRASE

from trustjournal.core.demo import builder as demo
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement.followup import (
    CONTINUED_SHARE_MIN,
    DIALOGUE_MIN_CONVERSATIONS,
    DIALOGUE_REACH_CADENCES,
    SPORADIC_MAX_FOLLOW_UPS,
    WAIT_CADENCES,
    PersonFollowUp,
    Verdict,
    follow_up,
    talks_by_person,
)
from trustjournal.core.judgement.ties import CADENCE_DAYS
from trustjournal.core.records import GatheringRecord, PersonRef

AS_OF = dt.date(2026, 6, 30)
ENDED = 200  # days before AS_OF the table's gathering ended
NAMES = ("Ana", "Ben", "Caro", "Dev", "Eli", "Fay")


def gathering(
    people: int = 5, ended_ago: int = ENDED, length: int = 2, one_day: bool = False
) -> GatheringRecord:
    end = AS_OF - dt.timedelta(days=ended_ago)
    start = end - dt.timedelta(days=length)
    refs = tuple(PersonRef(i + 1, NAMES[i]) for i in range(people))
    return GatheringRecord(
        7, "Lakeside Retreat", end if one_day else start, None if one_day else end, "", "", refs
    )


def after(days: int, ended_ago: int = ENDED) -> dt.date:
    """A date `days` after the table's gathering ended (negative: before or during it)."""
    return AS_OF - dt.timedelta(days=ended_ago) + dt.timedelta(days=days)


@dataclass
class Row:
    situation: str
    talks: dict[int, list[int]]  # person id -> days after the end
    verdict: Verdict
    sentence: str
    people: int = 5
    ended_ago: int = ENDED
    cadence: int = CADENCE_DAYS
    one_day: bool = False
    kept: int = 0
    honest: dict[int, list[int]] = field(default_factory=dict)


ROWS = [
    # -- the three answers the product promises ------------------------------------------
    Row(
        "3 of 5 kept an ongoing dialogue well past the first cadence",
        {1: [10, 60, 150], 2: [30, 120], 3: [5, 95, 190], 4: [20]},
        Verdict.BUILT_RELATIONSHIPS,
        "Built relationships: you kept talking with 3 of 5 people you met",
        kept=3,
    ),
    Row(
        "one polite message each, then nothing",
        {1: [12], 2: [40], 4: [80]},
        Verdict.NETWORKING,
        "Functioned as a networking event: at most one follow-up with anyone",
    ),
    Row(
        "ended three weeks ago: nothing can show yet",
        {1: [3, 10]},
        Verdict.TOO_SOON,
        "Too soon to tell: it ended 3 weeks ago",
        ended_ago=21,
    ),
    # -- the cases between them ----------------------------------------------------------
    Row(
        "nobody ever followed up",
        {},
        Verdict.NETWORKING,
        "Functioned as a networking event: no follow-up with anyone you met",
    ),
    Row(
        "a burst of follow-ups in the first weeks, then silence",
        {1: [3, 10, 25], 2: [7, 14]},
        Verdict.NETWORKING,
        "Functioned as a networking event: the follow-ups stopped within 90 days",
    ),
    Row(
        "one person became a real dialogue, nobody else",
        {1: [30, 100], 2: [15]},
        Verdict.BUILT_RELATIONSHIPS,
        "Built relationships: you kept talking with 1 of 5 people you met",
        kept=1,
    ),
    Row(
        "conversations during and before the gathering are not follow-ups",
        {1: [-1, 0, -300], 2: [-2, 0]},
        Verdict.NETWORKING,
        "Functioned as a networking event: no follow-up with anyone you met",
    ),
    Row(
        "a single follow-up far beyond the cadence is still only one",
        {1: [150]},
        Verdict.NETWORKING,
        "Functioned as a networking event: at most one follow-up with anyone",
    ),
    Row(
        "exactly one cadence later is not past it",
        {1: [10, 90]},
        Verdict.NETWORKING,
        "Functioned as a networking event: the follow-ups stopped within 90 days",
    ),
    Row(
        "one day past the cadence is",
        {1: [10, 91]},
        Verdict.BUILT_RELATIONSHIPS,
        "Built relationships: you kept talking with 1 of 5 people you met",
        kept=1,
    ),
    Row(
        "a longer cadence judges later and asks for a longer reach",
        {1: [10, 120]},
        Verdict.NETWORKING,
        "Functioned as a networking event: the follow-ups stopped within 180 days",
        cadence=180,
    ),
    Row(
        "…and waits longer before judging",
        {1: [10]},
        Verdict.TOO_SOON,
        "Too soon to tell: it ended 5 months ago",
        cadence=180,
        ended_ago=150,
    ),
    Row(
        "the wait ends on the cadence's last day",
        {},
        Verdict.NETWORKING,
        "Functioned as a networking event: no follow-up with anyone you met",
        ended_ago=90,
    ),
    Row(
        "a gathering still going on",
        {},
        Verdict.TOO_SOON,
        "Too soon to tell: it has not ended yet",
        ended_ago=-1,
    ),
    Row(
        "conversations after the as-of date do not count yet",
        {1: [10, 250]},
        Verdict.NETWORKING,
        "Functioned as a networking event: at most one follow-up with anyone",
    ),
    Row(
        "a one-day gathering counts from its day",
        {1: [20, 100]},
        Verdict.BUILT_RELATIONSHIPS,
        "Built relationships: you kept talking with the one person you met",
        people=1,
        one_day=True,
        kept=1,
    ),
    Row(
        "nobody recorded as met",
        {},
        Verdict.NOBODY_RECORDED,
        "Nobody recorded yet: add the people you met to see what happened after",
        people=0,
    ),
]

NETWORKING_ONE = "Functioned as a networking event: at most one follow-up with anyone"
NETWORKING_NONE = "Functioned as a networking event: no follow-up with anyone you met"
NETWORKING_STOPPED = "Functioned as a networking event: the follow-ups stopped within 90 days"
BUILT_ONE_OF_FIVE = "Built relationships: you kept talking with 1 of 5 people you met"

# The thresholds, each with the row before it, on it and after it (days count from the
# gathering's last day; the default cadence is 90 days).
BOUNDARY_ROWS = [
    # DIALOGUE_MIN_CONVERSATIONS (2): conversations after the gathering, the last one past
    # the reach, with one person.
    Row("min conversations: one below", {1: [150]}, Verdict.NETWORKING, NETWORKING_ONE),
    Row(
        "min conversations: exactly the minimum",
        {1: [120, 150]},
        Verdict.BUILT_RELATIONSHIPS,
        BUILT_ONE_OF_FIVE,
        kept=1,
    ),
    Row(
        "min conversations: one above",
        {1: [30, 120, 150]},
        Verdict.BUILT_RELATIONSHIPS,
        BUILT_ONE_OF_FIVE,
        kept=1,
    ),
    # DIALOGUE_REACH_CADENCES (1): the last follow-up must come after day 90 (`> reach`).
    Row("reach: the day before", {1: [10, 89]}, Verdict.NETWORKING, NETWORKING_STOPPED),
    Row("reach: on the day (not past it)", {1: [10, 90]}, Verdict.NETWORKING, NETWORKING_STOPPED),
    Row(
        "reach: the day after",
        {1: [10, 91]},
        Verdict.BUILT_RELATIONSHIPS,
        BUILT_ONE_OF_FIVE,
        kept=1,
    ),
    Row(
        "reach with a 30-day cadence: on the day",
        {1: [10, 30]},
        Verdict.NETWORKING,
        "Functioned as a networking event: the follow-ups stopped within 30 days",
        cadence=30,
    ),
    Row(
        "reach with a 30-day cadence: the day after",
        {1: [10, 31]},
        Verdict.BUILT_RELATIONSHIPS,
        BUILT_ONE_OF_FIVE,
        cadence=30,
        kept=1,
    ),
    # WAIT_CADENCES (1): judged once `days < cadence` no longer holds.
    Row(
        "wait: the day before the cadence has passed",
        {1: [10]},
        Verdict.TOO_SOON,
        "Too soon to tell: it ended 2 months ago",
        ended_ago=89,
    ),
    Row("wait: on the day", {1: [10]}, Verdict.NETWORKING, NETWORKING_ONE, ended_ago=90),
    Row("wait: the day after", {1: [10]}, Verdict.NETWORKING, NETWORKING_ONE, ended_ago=91),
    Row(
        "wait with a 180-day cadence: the day before",
        {},
        Verdict.TOO_SOON,
        "Too soon to tell: it ended 5 months ago",
        cadence=180,
        ended_ago=179,
    ),
    Row(
        "wait with a 180-day cadence: on the day",
        {},
        Verdict.NETWORKING,
        NETWORKING_NONE,
        cadence=180,
        ended_ago=180,
    ),
    Row(
        "wait: a gathering that ended today",
        {},
        Verdict.TOO_SOON,
        "Too soon to tell: it ended today",
        ended_ago=0,
    ),
    # SPORADIC_MAX_FOLLOW_UPS (1): the most follow-ups with anyone, none past the reach.
    Row("sporadic: nobody at all", {}, Verdict.NETWORKING, NETWORKING_NONE),
    Row("sporadic: one with someone", {1: [40], 2: [5]}, Verdict.NETWORKING, NETWORKING_ONE),
    Row(
        "sporadic: two with someone",
        {1: [40], 2: [5, 60]},
        Verdict.NETWORKING,
        NETWORKING_STOPPED,
    ),
    # CONTINUED_SHARE_MIN (0.2): the share of the people met who kept an ongoing dialogue.
    Row(
        "share: 1 of 6, just below one in five",
        {1: [30, 100]},
        Verdict.NETWORKING,
        "Functioned as a networking event: only 1 of the 6 people you met kept talking",
        people=6,
        kept=1,
    ),
    Row(
        "share: 1 of 5, exactly one in five",
        {1: [30, 100]},
        Verdict.BUILT_RELATIONSHIPS,
        BUILT_ONE_OF_FIVE,
        kept=1,
    ),
    Row(
        "share: 2 of 6, above",
        {1: [30, 100], 6: [50, 150]},
        Verdict.BUILT_RELATIONSHIPS,
        "Built relationships: you kept talking with 2 of 6 people you met",
        people=6,
        kept=2,
    ),
    # After the gathering's last day: a conversation on that day is part of the gathering,
    # the next day's is the first follow-up.
    Row("after: the day before the last day", {1: [-1, 100]}, Verdict.NETWORKING, NETWORKING_ONE),
    Row("after: on the last day", {1: [0, 100]}, Verdict.NETWORKING, NETWORKING_ONE),
    Row(
        "after: the day after the last day",
        {1: [1, 100]},
        Verdict.BUILT_RELATIONSHIPS,
        BUILT_ONE_OF_FIVE,
        kept=1,
    ),
    Row(
        "after, one-day gathering: on its day",
        {1: [0, 100]},
        Verdict.NETWORKING,
        NETWORKING_ONE,
        one_day=True,
    ),
    Row(
        "after, one-day gathering: the day after",
        {1: [1, 100]},
        Verdict.BUILT_RELATIONSHIPS,
        BUILT_ONE_OF_FIVE,
        one_day=True,
        kept=1,
    ),
    # …and up to the as-of date: a conversation on it counts, the next day's not yet.
    Row(
        "as-of: on the day",
        {1: [10, ENDED]},
        Verdict.BUILT_RELATIONSHIPS,
        BUILT_ONE_OF_FIVE,
        kept=1,
    ),
    Row("as-of: the day after", {1: [10, ENDED + 1]}, Verdict.NETWORKING, NETWORKING_ONE),
]


def test_the_boundary_rows_name_the_thresholds_as_they_are() -> None:
    """The rows above are written for these values; a changed threshold needs new rows."""
    assert (DIALOGUE_MIN_CONVERSATIONS, DIALOGUE_REACH_CADENCES, WAIT_CADENCES) == (2, 1, 1)
    assert (SPORADIC_MAX_FOLLOW_UPS, CONTINUED_SHARE_MIN) == (1, 0.2)


@pytest.mark.parametrize(
    "row", ROWS + BOUNDARY_ROWS, ids=[r.situation for r in ROWS + BOUNDARY_ROWS]
)
def test_follow_up_table(row: Row) -> None:
    g = gathering(row.people, row.ended_ago, one_day=row.one_day)
    dates = {pid: [after(d, row.ended_ago) for d in days] for pid, days in row.talks.items()}
    result = follow_up(g, dates, AS_OF, cadence_days=row.cadence)
    assert (result.verdict, result.sentence) == (row.verdict, row.sentence)
    assert result.kept_talking == row.kept
    assert result.met == row.people
    assert result.sentence.startswith(result.label)
    assert [p.person.name for p in result.people] == list(NAMES[: row.people])


def test_each_person_counts_follow_ups_and_honesty() -> None:
    g = gathering()
    dates = {1: [after(-1), after(10), after(60), after(150)], 2: [after(30)]}
    honest = {1: [after(-1)], 2: [after(30)]}
    result = follow_up(g, dates, AS_OF, honest_by_person=honest)
    ana, ben, caro = result.people[:3]
    assert (ana.conversations, ana.first, ana.last) == (3, after(10), after(150))
    assert ana.kept_talking and not ben.kept_talking
    assert ana.honest is False  # the only honest talk was during the gathering
    assert ben.honest is True
    assert (caro.conversations, caro.last, caro.honest) == (0, None, False)
    without = follow_up(g, dates, AS_OF)
    assert {p.honest for p in without.people} == {None}


@pytest.mark.parametrize(
    ("count", "last_ago", "honest", "text"),
    [
        (3, 14, None, "3 conversations since · last 2 weeks ago"),
        (1, 150, None, "1 conversation since · 5 months ago"),
        (2, 0, True, "2 conversations since · last today · honest"),
        (0, None, None, "no conversation since"),
    ],
)
def test_person_summary(count: int, last_ago: int | None, honest: bool | None, text: str) -> None:
    last = None if last_ago is None else AS_OF - dt.timedelta(days=last_ago)
    line = PersonFollowUp(PersonRef(1, "Ana"), count, last, last, honest, False)
    assert line.summary(AS_OF) == text


def test_talks_by_person_reads_dates_and_honest_signals() -> None:
    from trustjournal.core.records import ConversationRecord

    def conv(day: int, people: tuple[int, ...], *signals: str) -> ConversationRecord:
        refs = tuple(PersonRef(i, NAMES[i - 1]) for i in people)
        return ConversationRecord(day, refs, after(day), "call", "", signals, None, None)

    convs = [
        conv(10, (1, 2), "they_shared_failure"),
        conv(20, (1,), "surface_talk"),
        conv(30, (3,)),
    ]
    dates, honest = talks_by_person(convs, [1, 2])
    assert dates == {1: [after(10), after(20)], 2: [after(10)]}
    assert honest == {1: [after(10)], 2: [after(10)]}


@pytest.mark.parametrize(
    ("day", "honest"),
    [(-1, False), (0, False), (1, True), (ENDED, True), (ENDED + 1, False)],
    ids=["during", "last-day", "day-after", "as-of", "after-as-of"],
)
def test_an_honest_conversation_counts_only_after_the_last_day_and_up_to_as_of(
    day: int, honest: bool
) -> None:
    g = gathering()
    result = follow_up(g, {1: [after(day)]}, AS_OF, honest_by_person={1: [after(day)]})
    assert result.people[0].honest is honest


# -- the demo journal: its stories must come out of the real rule ------------------------


@pytest.fixture(scope="module", params=[dt.date.today(), AS_OF])
def demo_journal(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Journal, dt.date]]:
    journal = Journal.create(tmp_path_factory.mktemp("demo") / "vault", PASSPHRASE)
    demo.build(journal, as_of=request.param)
    yield journal, request.param
    journal.lock()


def test_demo_retreat_built_relationships_and_summit_was_networking(
    demo_journal: tuple[Journal, dt.date],
) -> None:
    journal, as_of = demo_journal
    conversations = journal.conversations()
    verdicts: dict[str, tuple[Verdict, str]] = {}
    for g in journal.gatherings():
        dates, honest = talks_by_person(conversations, [p.id for p in g.people])
        result = follow_up(g, dates, as_of, honest_by_person=honest)
        for word in ("Retreat", "Summit"):
            if word in g.name:
                verdicts[word] = (result.verdict, result.sentence)
                if word == "Retreat":
                    assert any(p.honest for p in result.people if p.kept_talking)
    assert verdicts["Retreat"] == (
        Verdict.BUILT_RELATIONSHIPS,
        "Built relationships: you kept talking with 2 of 3 people you met",
    )
    assert verdicts["Summit"] == (
        Verdict.NETWORKING,
        "Functioned as a networking event: at most one follow-up with anyone",
    )
