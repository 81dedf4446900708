"""The Next page in the main window: the steps ranked, the count on its toolbar button, the
welcome page's top steps, and the actions (log a conversation, open the decision, snooze,
done, not relevant, bring back), stored in the journal."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import journal_of, settle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trustjournal.core.judgement.follow_through import State
from trustjournal.core.judgement.next_steps import Kind
from trustjournal.core.records import ConversationDraft, DecisionDraft, PersonDraft
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.next.model import when_text
from trustjournal.gui.next.view import EMPTY, EMPTY_HIDDEN
from trustjournal.gui.session import Session

TODAY = dt.date(2026, 6, 30)


def honest_with(session: Session, name: str, last_ago: int) -> int:
    j = journal_of(session)
    ident = j.add_person(PersonDraft(name)).id
    for days, codes in (
        (last_ago + 30, ("they_admitted_doubt", "i_shared_failure")),
        (last_ago, ("they_shared_failure", "i_admitted_doubt")),
    ):
        j.add_conversation(
            ConversationDraft((ident,), TODAY - dt.timedelta(days=days), "one_on_one", "", codes)
        )
    return ident


@pytest.fixture
def window(session: Session, qtbot: QtBot) -> MainWindow:
    w = MainWindow(session)
    w.next_feed.today = lambda: TODAY
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    return w


def refreshed(window: MainWindow, qtbot: QtBot) -> None:
    window.next_feed.refresh()
    settle(qtbot, window.session)


def test_the_steps_are_ranked_counted_and_shown_first_on_the_welcome_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    session = window.session
    honest_with(session, "Maya Chen", 85)  # due in 5 days: this week
    honest_with(session, "Tom Berg", 70)  # due in 20 days
    journal_of(session).add_decision(DecisionDraft("Close the Lyon plant", TODAY, 5, "open"))
    refreshed(window, qtbot)
    action = window.app_actions.show_next
    assert action.iconText() == "Next (2)"  # the decision (today) and Maya (in 5 days)
    assert action.toolTip() == "2 to do this week, 3 next steps in all"
    # The welcome page leads with them.
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.title.text() == "What to do this week"
    text = window.welcome.steps.text()
    assert "Call someone on a decision" in text and "Before it fades · in 5 days" in text
    assert window.welcome.all_steps.text() == "All next steps (3)"
    window.welcome.all_steps.click()
    page = window.next_steps
    assert window.pages.currentWidget() is page and action.isChecked()
    rows = [page.model.tracked(i) for i in range(page.model.rowCount())]
    assert [t.step.kind for t in rows if t] == [
        Kind.CALL_ON_DECISION,
        Kind.FADING_SOON,
        Kind.FADING_SOON,
    ]
    assert page.subtitle.text() == "As of 30 June 2026: 2 to do this week, 3 in all."
    assert page.primary.text() == "Open the decision"


def test_log_a_conversation_opens_the_editor_with_the_person_and_today(
    window: MainWindow, qtbot: QtBot
) -> None:
    ident = honest_with(window.session, "Maya Chen", 80)
    refreshed(window, qtbot)
    window.show_next()
    page = window.next_steps
    assert page.primary.text() == "Log a conversation"
    page.primary.click()
    settle(qtbot, window.session)
    assert window.pages.currentWidget() is window.editor
    state = window.editor.state()
    assert [p.id for p in state.people] == [ident]
    assert state.date == dt.date.today()


def test_snooze_done_not_relevant_and_bring_back_are_stored_in_the_journal(
    window: MainWindow, qtbot: QtBot
) -> None:
    session = window.session
    honest_with(session, "Maya Chen", 80)
    honest_with(session, "Tom Berg", 75)
    refreshed(window, qtbot)
    window.show_next()
    page = window.next_steps
    first = page.current()
    assert first is not None and first.step.person and first.step.person.name == "Maya Chen"
    page.snooze_for(7)
    settle(qtbot, session)
    assert [t.step.person.name for t in window.next_feed.page.shown if t.step.person] == [
        "Tom Berg"
    ]
    assert page.hidden_button.text() == "Hidden (1)"
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Tom: done
    settle(qtbot, session)
    assert page.stack.currentWidget() is page.empty and page.empty.text() == EMPTY
    states = {o.key.split(":")[0] + o.state for o in journal_of(session).step_occurrences()}
    assert states == {"fading_soondone", "fading_soonsnoozed"}
    page.hidden_button.click()
    assert page.model.rowCount() == 2 and page.restore_button.isVisible()
    assert not page.done.isVisible()
    page.list.setCurrentIndex(page.model.index(page.model.row_of(first.step.key)))
    page.restore_button.click()  # Maya is back
    settle(qtbot, session)
    page.hidden_button.click()
    assert [t.step.key for t in window.next_feed.page.shown] == [first.step.key]
    page.dismiss.click()
    settle(qtbot, session)
    (aside,) = [t for t in window.next_feed.page.hidden if t.step.key == first.step.key]
    assert aside.state is State.DISMISSED


def test_an_empty_hidden_list_says_so_and_locking_clears_the_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    honest_with(window.session, "Maya Chen", 80)
    refreshed(window, qtbot)
    window.show_next()
    page = window.next_steps
    page.hidden_button.click()
    assert page.empty.text() == EMPTY_HIDDEN and page.stack.currentWidget() is page.empty
    page.hidden_button.click()
    assert page.model.rowCount() == 1
    window.session.lock()
    assert page.model.rowCount() == 0 and window.next_feed.page is None
    assert window.app_actions.show_next.iconText() == "Next"
    assert window.welcome.steps.text() == ""


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (None, ""),
        (-2, "2 days overdue"),
        (-1, "1 day overdue"),
        (0, "today"),
        (1, "by tomorrow"),
        (6, "in 6 days"),
        (7, "by 7 Jul 2026"),
    ],
)
def test_when_a_step_is_due_in_words(days: int | None, text: str) -> None:
    due = None if days is None else TODAY + dt.timedelta(days=days)
    assert when_text(due, TODAY) == text


def test_the_decision_editor_logs_the_call_as_a_conversation_about_the_decision(
    window: MainWindow, qtbot: QtBot
) -> None:
    session = window.session
    j = journal_of(session)
    maya = j.add_person(PersonDraft("Maya Chen")).id
    today = dt.date.today()
    for days, codes in (
        (20, ("i_asked_for_help", "they_challenged_framing", "they_admitted_doubt")),
        (5, ("i_asked_for_help", "they_understood_constraints", "i_shared_failure")),
    ):
        j.add_conversation(
            ConversationDraft((maya,), today - dt.timedelta(days=days), "one_on_one", "", codes)
        )
    decision = j.add_decision(DecisionDraft("Close the Lyon plant", today, 5, "open")).id
    window.open_decision(decision)
    settle(qtbot, session)
    summary = window.decisions.form.consultedSummary
    assert f'<a href="log:{maya}">log the call</a>' in summary.text()
    summary.linkActivated.emit(f"log:{maya}")
    settle(qtbot, session)
    assert window.pages.currentWidget() is window.editor
    state = window.editor.state()
    assert [p.id for p in state.people] == [maya] and state.decision_id == decision
    assert state.date == today


def test_a_narrow_window_keeps_lock_on_the_toolbar_and_the_next_count_in_words(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QToolButton

    honest_with(window.session, "Maya Chen", 85)
    refreshed(window, qtbot)
    bar = window.toolbar
    lock = bar.widgetForAction(window.app_actions.lock)
    nxt = bar.widgetForAction(window.app_actions.show_next)
    assert isinstance(nxt, QToolButton)
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon  # 1200 px
    window.resize(900, 700)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly)
    qtbot.waitUntil(lambda: lock is not None and lock.isVisible())
    assert nxt.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert nxt.text() == "Next (1)"
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
