"""The Decisions page: record a decision through the editor, see it in the list and the
journal, validation in place, delete with confirmation, and nothing left after clear()."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import journal_of, settle
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustjournal.core.records import ConversationDraft, DecisionDraft, PersonDraft
from trustjournal.gui.common.roles import DETAIL_ROLE, PERSON_ID_ROLE, TITLE_ROLE
from trustjournal.gui.records.decisions import DecisionsView
from trustjournal.gui.session import Session


def shown_texts(root: QWidget) -> list[str]:
    """Every piece of text a user could see or a screen reader read under `root`."""
    texts: list[str] = []
    for label in root.findChildren(QLabel):
        texts.append(label.text())
    for line in root.findChildren(QLineEdit):
        texts.append(line.text())
    for edit in root.findChildren(QPlainTextEdit):
        texts.append(edit.toPlainText())
    for rich in root.findChildren(QTextEdit):
        texts.append(rich.toPlainText())
    for combo in root.findChildren(QComboBox):
        texts.extend(combo.itemText(i) for i in range(combo.count()))
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(
                1 if isinstance(model, QAbstractListModel) else model.columnCount()
            ):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE, DETAIL_ROLE):
                    texts.append(str(index.data(role) or ""))
    return texts


def people_named(session: Session, *names: str) -> list[int]:
    return [journal_of(session).add_person(PersonDraft(name)).id for name in names]


def tick(qtbot: QtBot, view: DecisionsView, name: str, column: int) -> None:
    """Filter the people list to `name` and tick its box in `column` with the space bar."""
    f = view.form
    f.peopleFilter.clear()
    qtbot.keyClicks(f.peopleFilter, name)
    proxy = f.peopleView.model()
    assert proxy.rowCount() == 1, f"the filter should leave only {name}"
    f.peopleView.setFocus()
    f.peopleView.setCurrentIndex(proxy.index(0, column))
    qtbot.keyClick(f.peopleView, Qt.Key.Key_Space)


@pytest.fixture
def view(session: Session, qtbot: QtBot) -> DecisionsView:
    widget = DecisionsView(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    return widget


def test_create_a_decision_through_the_editor(
    session: Session, view: DecisionsView, qtbot: QtBot
) -> None:
    ana, ben, _cleo = people_named(session, "Ana Lima", "Ben Osei", "Cleo Park")
    view.reload()
    settle(qtbot, session)
    view.new_decision()
    f = view.form
    assert f.heading.text() == "New decision"
    assert f.dateEdit.date().toPython() == dt.date.today()
    qtbot.keyClicks(f.titleEdit, "Close the Berlin office")
    f.discomfortSlider.setFocus()
    qtbot.keyClick(f.discomfortSlider, Qt.Key.Key_Right)  # 3 -> 4
    assert f.discomfortValue.text() == "4 · uncomfortable"
    tick(qtbot, view, "Ana", 0)
    tick(qtbot, view, "Ben", 0)
    tick(qtbot, view, "Ben", 1)  # Ben's input changed my framing
    assert "Consulted: " in f.consultedSummary.text()
    assert "Changed your framing: " in f.consultedSummary.text()
    qtbot.keyClicks(f.outcomeEdit, "Keep it open one more quarter.")
    assert view.is_dirty()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)

    saved = journal_of(session).decisions()
    assert len(saved) == 1
    d = saved[0]
    assert (d.title, d.discomfort, d.status, d.outcome) == (
        "Close the Berlin office",
        4,
        "open",
        "Keep it open one more quarter.",
    )
    assert [p.id for p in d.consulted] == [ana, ben]
    assert [p.id for p in d.changed_framing] == [ben]
    assert view.proxy.rowCount() == 1
    row = view.proxy.index(0, 0)
    assert row.data(TITLE_ROLE) == "Close the Berlin office"
    detail = row.data(DETAIL_ROLE)
    assert "●●●●○ 4/5" in detail and "Open" in detail
    assert "Consulted Ana Lima, Ben Osei" in detail and "reframed by Ben Osei" in detail
    assert view.list_view.currentIndex().data(TITLE_ROLE) == "Close the Berlin office"
    assert view.current_decision() == d.id
    assert not view.is_dirty()
    assert not view.error_label.isVisible()


def test_a_refused_decision_is_explained_in_place(
    session: Session, view: DecisionsView, qtbot: QtBot
) -> None:
    view.new_decision()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert view.error_label.isVisible()
    assert view.error_label.text() == "A decision needs a title."
    assert journal_of(session).decisions() == []
    qtbot.keyClicks(view.form.titleEdit, "Hire a COO")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert not view.error_label.isVisible()
    assert [d.title for d in journal_of(session).decisions()] == ["Hire a COO"]


def test_show_edit_and_delete_with_confirmation(
    session: Session, view: DecisionsView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    (ana,) = people_named(session, "Ana Lima")
    d = journal_of(session).add_decision(
        DecisionDraft("Sell the unit", dt.date(2026, 3, 2), 5, "decided", "", (ana,))
    )
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)  # the change notice refreshed it
    view.show_decision(d.id)
    settle(qtbot, session)
    f = view.form
    assert f.titleEdit.text() == "Sell the unit"
    assert f.decidedRadio.isChecked()
    assert f.discomfortValue.text() == "5 · very uncomfortable"
    # A change made elsewhere (the CLI, another view) shows in the open, unchanged editor.
    journal_of(session).update_decision(
        d.id, DecisionDraft("Sell the unit to Ostara", d.date, 5, "decided", "", (ana,))
    )
    qtbot.waitUntil(lambda: f.titleEdit.text() == "Sell the unit to Ostara")
    assert view.proxy.index(0, 0).data(TITLE_ROLE) == "Sell the unit to Ostara"

    asked: list[str] = []

    def refuse(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", refuse)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert "Sell the unit to Ostara" in asked[0]
    assert len(journal_of(session).decisions()) == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert journal_of(session).decisions() == []
    assert view.proxy.rowCount() == 0
    assert view.current_decision() is None
    assert view.pages.currentIndex() == 0


def test_activating_a_consulted_person_opens_them(
    session: Session, view: DecisionsView, qtbot: QtBot
) -> None:
    ana, _ben = people_named(session, "Ana Lima", "Ben Osei")
    d = journal_of(session).add_decision(
        DecisionDraft("Move HQ", dt.date(2026, 1, 5), 3, "open", "", (ana,))
    )
    view.show_decision(d.id)
    settle(qtbot, session)
    people = view.form.peopleView
    first = people.model().index(0, 0)
    assert first.data(PERSON_ID_ROLE) == ana  # consulted people come first
    people.setFocus()
    people.setCurrentIndex(first)
    with qtbot.waitSignal(view.personActivated) as signal:
        qtbot.keyClick(people, Qt.Key.Key_Return)
    assert signal.args == [ana]
    with qtbot.waitSignal(view.personActivated) as signal:
        view.form.consultedSummary.linkActivated.emit(f"person:{ana}")
    assert signal.args == [ana]


def test_switching_away_from_unsaved_changes_asks(
    session: Session, view: DecisionsView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = journal_of(session).add_decision(DecisionDraft("First", dt.date(2026, 1, 5), 2))
    second = journal_of(session).add_decision(DecisionDraft("Second", dt.date(2026, 2, 5), 2))
    view.show_decision(first.id)
    settle(qtbot, session)
    qtbot.keyClicks(view.form.titleEdit, " (edited)")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    view.show_decision(second.id)
    settle(qtbot, session)
    assert view.current_decision() == first.id
    assert view.form.titleEdit.text() == "First (edited)"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Save)
    view.show_decision(second.id)
    settle(qtbot, session)
    assert view.current_decision() == second.id
    assert journal_of(session).decision(first.id).title == "First (edited)"


def test_demo_decisions_and_clear_leaves_no_text(demo_session: Session, qtbot: QtBot) -> None:
    view = DecisionsView(demo_session)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, demo_session)
    decisions = journal_of(demo_session).decisions()
    assert view.proxy.rowCount() == len(decisions) > 0
    open_ones = [d for d in decisions if d.status == "open"]
    view.status_filter.setCurrentIndex(view.status_filter.findData("open"))
    assert view.proxy.rowCount() == len(open_ones) < len(decisions)
    view.status_filter.setCurrentIndex(0)
    assert view.count_label.text() == f"{len(decisions)} decisions · {len(open_ones)} open"
    consulted = next(d for d in decisions if d.changed_framing)
    view.show_decision(consulted.id)
    settle(qtbot, demo_session)
    qtbot.keyClicks(view.filter_edit, consulted.consulted[0].name.split()[0])
    secrets = {p.name for p in journal_of(demo_session).people()} | {d.title for d in decisions}
    assert any(s in t for t in shown_texts(view) for s in secrets)

    view.clear()
    leaked = [t for t in shown_texts(view) for s in secrets if s in t]
    assert leaked == []
    assert view.model.rowCount() == view.people.rowCount() == 0
    assert view.list_view.currentIndex() == QModelIndex()
    view.reload()  # unlocking again brings the list back
    settle(qtbot, demo_session)
    assert view.model.rowCount() == len(decisions)


def test_locking_clears_the_view(demo_session: Session, qtbot: QtBot) -> None:
    view = DecisionsView(demo_session)
    qtbot.addWidget(view)
    view.show_decision(journal_of(demo_session).decisions()[0].id)
    settle(qtbot, demo_session)
    names = {p.name for p in journal_of(demo_session).people()}
    demo_session.lock()
    settle(qtbot, demo_session)
    assert not [t for t in shown_texts(view) for n in names if n in t]


def test_an_uncomfortable_decision_with_nobody_consulted_says_whom_to_call(
    session: Session, view: DecisionsView, qtbot: QtBot
) -> None:
    journal = journal_of(session)
    maya, _ben = people_named(session, "Maya Chen", "Ben Osei")
    today = dt.date.today()
    for days, codes in (
        (20, ("i_asked_for_help", "they_challenged_framing", "they_admitted_doubt")),
        (5, ("i_asked_for_help", "they_understood_constraints", "i_shared_failure")),
    ):
        journal.add_conversation(
            ConversationDraft((maya,), today - dt.timedelta(days=days), "one_on_one", "", codes)
        )
    view.reload()
    settle(qtbot, session)
    view.new_decision()
    f = view.form
    qtbot.keyClicks(f.titleEdit, "Close the Lyon plant")
    settle(qtbot, session)
    # Discomfort 3: nobody to name yet.
    assert "Whom to call" not in f.consultedSummary.text()
    f.discomfortSlider.setFocus()
    qtbot.keyClick(f.discomfortSlider, Qt.Key.Key_Right)  # 3 -> 4: uncomfortable
    settle(qtbot, session)  # whom to call is read on the journal worker when first needed
    text = f.consultedSummary.text()
    assert "Nobody consulted yet on an uncomfortable decision. Whom to call:" in text
    assert (
        f'<a href="consult:{maya}">Maya Chen</a> (call when uncomfortable, challenges your '
        "framing, understands your constraints)" in text
    )
    assert "Ben Osei" not in text  # no practical-test role: not named
    # One click ticks her as consulted, and the editor has unsaved changes.
    f.consultedSummary.linkActivated.emit(f"consult:{maya}")
    assert view.people.checked(0) == (maya,)
    assert "Consulted: " in f.consultedSummary.text() and view.is_dirty()
    # Decided: no longer asks whom to call.
    view.people.set_people(view._everyone, ((), ()))
    f.decidedRadio.setChecked(True)
    assert "Whom to call" not in f.consultedSummary.text()
