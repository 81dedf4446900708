"""The reflection's follow-through: which next steps of the quarter were acted on, ignored
or set aside, in words (core/judgement/reflection_steps.py), table first; then through a
real journal, from the Next page's record to `Journal.reflect` and the CLI report."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import reflection_report
from trustjournal.core.judgement.follow_through import State
from trustjournal.core.judgement.reflection_steps import follow_through
from trustjournal.core.records import (
    ConversationDraft,
    DecisionDraft,
    PersonDraft,
    StepRecord,
)

START, END = dt.date(2026, 7, 1), dt.date(2026, 9, 30)
NAMES = {1: "Maya Chen", 2: "Tom Berg"}
SUBJECTS = {"call_on_decision:7": "“Close the plant”", "gathering_closing:3": "Spring Retreat"}


def step(
    kind: str,
    about: int | None,
    state: str,
    closed: dt.date | None = dt.date(2026, 8, 1),
    seen: dt.date = dt.date(2026, 7, 15),
) -> StepRecord:
    person = about if kind not in ("call_on_decision", "gathering_closing") else None
    key = f"{kind}:{about if about is not None else ''}"
    return StepRecord(0, key, kind, person, seen, None, state, None, closed)


# One row a step: what became of it, and how the reflection words it.
@pytest.mark.parametrize(
    ("occurrence", "group", "words"),
    [
        (step("fading_soon", 1, "acted"), "acted", "reached out to Maya Chen before it faded"),
        (step("fading_soon", 2, "lapsed"), "ignored", "the tie with Tom Berg faded"),
        (step("few_quiet", 1, "done"), "acted", "called Maya Chen, one of your few"),
        (step("few_quiet", 2, "lapsed"), "ignored", "Tom Berg, one of your few, stayed quiet"),
        (step("one_sided", 1, "done"), "acted", "made it two-way with Maya Chen"),
        (step("polish_only", 2, "acted"), "acted", "asked Tom Berg an honest question"),
        (
            step("call_on_decision", 7, "acted"),
            "acted",
            "consulted someone on “Close the plant”",
        ),
        (
            step("call_on_decision", 7, "lapsed"),
            "ignored",
            "“Close the plant” went on with nobody consulted",
        ),
        (
            step("call_on_decision", 8, "lapsed"),
            "ignored",
            "a decision went on with nobody consulted",
        ),
        (
            step("gathering_closing", 3, "lapsed"),
            "ignored",
            "the window to follow up Spring Retreat closed",
        ),
        (
            step("decided_alone", None, "done"),
            "acted",
            "called someone before deciding, after deciding alone",
        ),
        (step("polish_only", 2, "dismissed"), "set_aside", "try one honest question (Tom Berg)"),
        (step("one_sided", 9, "dismissed"), "set_aside", "make it two-way (someone)"),  # deleted
        (
            step("few_quiet", 1, "open", None),
            "still_open",
            "one of your few, gone quiet (Maya Chen)",
        ),
        (step("fading_soon", 1, "snoozed", None), "still_open", "before it fades (Maya Chen)"),
        # the quarter's edges: closed on its first and last day count, a day outside does not
        (
            step("fading_soon", 1, "acted", START),
            "acted",
            "reached out to Maya Chen before it faded",
        ),
        (step("fading_soon", 1, "lapsed", END), "ignored", "the tie with Maya Chen faded"),
        (step("fading_soon", 1, "acted", START - dt.timedelta(1), START - dt.timedelta(9)), "", ""),
        (step("fading_soon", 1, "acted", END + dt.timedelta(1)), "still_open", "before it fades"),
        (step("fading_soon", 1, "open", None, END + dt.timedelta(1)), "", ""),  # seen after
        (step("fading_soon", 1, "open", None, START - dt.timedelta(1)), "", ""),  # seen before
    ],
)
def test_each_step_in_its_group_and_words(occurrence: StepRecord, group: str, words: str) -> None:
    found = follow_through([occurrence], START, END, NAMES, SUBJECTS)
    groups = {
        name: [s.what for s in getattr(found, name)]
        for name in ("acted", "ignored", "set_aside", "still_open")
    }
    if not group:
        assert found.total == 0 and found.sentences() == []
        return
    [said] = groups[group]
    assert said.startswith(words)
    assert found.total == 1


def test_the_quarter_in_three_sentences() -> None:
    found = follow_through(
        [
            step("fading_soon", 1, "acted"),
            step("call_on_decision", 7, "done"),
            step("fading_soon", 2, "lapsed"),
            step("polish_only", 2, "dismissed"),
        ],
        START,
        END,
        NAMES,
        SUBJECTS,
    )
    assert found.sentences() == [
        "You acted on 2 of 4 next steps: reached out to Maya Chen before it faded; consulted "
        "someone on “Close the plant”.",
        "Ignored 1: the tie with Tom Berg faded.",
        "Set aside 1 as not relevant: try one honest question (Tom Berg).",
    ]
    one = follow_through([step("fading_soon", 2, "lapsed")], START, END, NAMES, {})
    assert one.sentences() == [
        "You acted on 0 of 1 next step.",
        "Ignored 1: the tie with Tom Berg faded.",
    ]


def test_the_reflection_reports_what_the_leader_did_with_the_next_steps(
    journal: Journal,
) -> None:
    """From the Next page's record to the reflection, its JSON and its text."""
    maya = journal.add_person(PersonDraft("Maya Chen", cadence_days=30, my_few=True))
    honest = ("they_shared_failure", "i_admitted_doubt")
    for day in (dt.date(2026, 5, 1), dt.date(2026, 6, 1), dt.date(2026, 6, 20)):
        journal.add_conversation(ConversationDraft((maya.id,), day, "call", "", honest))
    plant = journal.add_decision(DecisionDraft("Close the plant", dt.date(2026, 7, 2), 5))
    page = journal.next_page(dt.date(2026, 7, 10))
    kinds = {t.step.kind.value: t.step for t in page.shown}
    assert {"fading_soon", "call_on_decision"} <= set(kinds)
    journal.set_step_state(kinds["call_on_decision"].key, State.DISMISSED, dt.date(2026, 7, 10))
    # no honest conversation with Maya before her own cadence ran out (2026-07-20): lapsed
    journal.next_page(dt.date(2026, 8, 1))

    r = journal.reflect("2026Q3", dt.date(2026, 10, 5))
    assert r.follow_through.sentences()[:3] == [
        "You acted on 0 of 3 next steps.",
        "Ignored 1: the tie with Maya Chen faded.",
        "Set aside 1 as not relevant: call someone on a decision (“Close the plant”).",
    ]
    data = reflection_report.as_json(r)["follow_through"]
    assert [s["what"] for s in data["ignored"]] == ["the tie with Maya Chen faded"]
    assert data["ignored"][0]["person_id"] == maya.id
    text = reflection_report.as_text(r)
    assert "\nFollow-through\n  You acted on 0 of 3 next steps." in text
    assert plant.id and "Your few: 0 of 1 honest." in text
