"""Delete, merge and undo in the app: each asks once, names what goes, and Ctrl+Z (or the
undo bar) puts it back exactly (same ids, people, signals, text; the sidebar shows the
person again) until the journal is locked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from helpers import journal_of, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from trustjournal.core.records import (
    ConversationDraft,
    DecisionDraft,
    GatheringDraft,
    PersonDraft,
)
from trustjournal.gui.common import language
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.people.removal import MergeDialog
from trustjournal.gui.session import Session

DAY = dt.date(2026, 5, 3)


@pytest.fixture
def world(session: Session) -> dict[str, int]:
    j = journal_of(session)
    maya = j.add_person(PersonDraft("Maya Chen", role="CFO")).id
    ben = j.add_person(PersonDraft("Ben Ode")).id
    mai = j.add_person(PersonDraft("Mai Chen")).id
    solo = j.add_conversation(
        ConversationDraft(
            (maya,), DAY, "one_on_one", "She admitted the launch is failing.",
            ("they_shared_failure",),
        )
    ).id  # fmt: skip
    j.add_conversation(ConversationDraft((maya,), DAY, "call", "A second call."))
    group = j.add_conversation(ConversationDraft((maya, ben), DAY, "group", "All of us.")).id
    j.add_conversation(ConversationDraft((mai,), DAY, "call", "Mai on the phone."))
    decision = j.add_decision(DecisionDraft("Reorg", DAY, 4, consulted=(maya, mai))).id
    gathering = j.add_gathering(GatheringDraft("Summit", DAY, people=(maya, ben))).id
    return {
        "maya": maya,
        "ben": ben,
        "mai": mai,
        "solo": solo,
        "group": group,
        "decision": decision,
        "gathering": gathering,
    }


@pytest.fixture
def window(qtbot: QtBot, session: Session, world: dict[str, int]) -> Iterator[MainWindow]:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    settle(qtbot, session)
    yield main
    main.hide()


def everything(session: Session) -> list[object]:
    def read(j: Any) -> list[object]:
        with j.exporting() as export:
            return list(export.records)

    return session.call(read)  # type: ignore[no-any-return]


class Answers:
    """Stands in for the person at the keyboard: answers each question with the button
    whose text is given, and counts the questions."""

    def __init__(self, window: MainWindow, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        window.removal.ask = self

    def __call__(self, box: QDialog) -> Any:
        answer = self.answers.pop(0)
        if isinstance(box, MergeDialog):
            self.asked.append(box.windowTitle())
            box.people.setCurrentIndex(box.people.findText(answer))
            return QDialog.DialogCode.Accepted
        assert isinstance(box, QMessageBox)
        self.asked.append(f"{box.text()} {box.informativeText()}")
        for button in box.buttons():
            if button.text() == answer:
                button.click()
                return None
        raise AssertionError(f"no button {answer!r} in {[b.text() for b in box.buttons()]}")


def undo_by_keyboard(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    window.person_view.timeline.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, session)


def test_delete_a_conversation_then_undo(
    qtbot: QtBot, window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    before = everything(session)
    window.show_person(world["maya"])
    settle(qtbot, session)
    answers = Answers(window, "Delete Conversation")
    window.removal.delete_conversation(world["solo"])
    settle(qtbot, session)
    assert answers.asked == [
        "Delete the conversation of 3 May 2026 with Maya Chen? Its note (6 words) and signals "
        "go with it. You can undo this until you lock the journal or quit."
    ]
    assert everything(session) != before
    assert window.undo_bar.isVisible()
    assert window.undo_bar.label.text() == "Deleted the conversation of 3 May 2026 with Maya Chen."
    assert window.app_actions.undo.text() == "&Undo Delete"
    qtbot.waitUntil(lambda: window.person_view.timeline_model.total() == 2)

    undo_by_keyboard(qtbot, window, session)
    assert everything(session) == before
    back = journal_of(session).conversation(world["solo"])
    assert back.note == "She admitted the launch is failing."
    assert back.signals == ("they_shared_failure",)
    assert not window.undo_bar.isVisible()
    qtbot.waitUntil(lambda: window.person_view.timeline_model.total() == 3)


def test_a_person_deleted_keeping_group_conversations_comes_back(
    qtbot: QtBot, window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    before = everything(session)
    window.show_person(world["maya"])
    settle(qtbot, session)
    answers = Answers(window, "Delete, Keep It")
    window.person_view.header.delete_action.trigger()
    settle(qtbot, session)
    assert answers.asked == [
        "Delete Maya Chen and the 2 conversations with only them? 1 group conversation with "
        "Maya Chen and others: keep it, without Maya Chen, or delete it too? You can undo "
        "this until you lock the journal or quit."
    ]
    assert world["maya"] not in window.sidebar.visible_people()
    group = journal_of(session).conversation(world["group"])
    assert [p.name for p in group.people] == ["Ben Ode"]
    assert window.undo_bar.label.text() == "Deleted Maya Chen and 2 conversations."

    window.undo_bar.undo_button.click()
    settle(qtbot, session)
    assert everything(session) == before
    qtbot.waitUntil(lambda: world["maya"] in window.sidebar.visible_people())
    assert window.person_view.current_person() == world["maya"]


def test_a_person_deleted_with_group_conversations(
    qtbot: QtBot, window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    before = everything(session)
    window.show_person(world["maya"])
    settle(qtbot, session)
    answers = Answers(window, "Delete All 3")
    window.person_view.delete_person()
    settle(qtbot, session)
    assert len(answers.asked) == 1
    assert journal_of(session).count_conversations() == 1  # only Mai's is left
    assert window.undo_bar.label.text() == "Deleted Maya Chen and 3 conversations."
    undo_by_keyboard(qtbot, window, session)
    assert everything(session) == before


def test_cancel_deletes_nothing(
    qtbot: QtBot, window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    before = everything(session)
    window.show_person(world["maya"])
    settle(qtbot, session)
    Answers(window, "Cancel", "Cancel")
    window.person_view.delete_person()
    settle(qtbot, session)
    window.removal.delete_conversation(world["solo"])
    settle(qtbot, session)
    assert everything(session) == before
    assert not window.undo_bar.isVisible()


def test_merge_then_undo(
    qtbot: QtBot, window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    before = everything(session)
    window.show_person(world["maya"])
    settle(qtbot, session)
    answers = Answers(window, "Mai Chen")
    window.person_view.header.merge_action.trigger()
    settle(qtbot, session)
    assert answers.asked == ["Merge into Maya Chen — TrustJournal"]
    assert "Mai Chen" in journal_of(session).person(world["maya"]).aliases
    assert window.undo_bar.label.text() == "Merged Mai Chen into Maya Chen."
    assert window.app_actions.undo.text() == "&Undo Merge"
    qtbot.waitUntil(lambda: world["mai"] not in window.sidebar.visible_people())
    undo_by_keyboard(qtbot, window, session)
    assert everything(session) == before
    qtbot.waitUntil(lambda: world["mai"] in window.sidebar.visible_people())


def test_the_merge_dialog_says_what_moves(
    qtbot: QtBot, window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    j = journal_of(session)
    dialog = MergeDialog(session, j.person(world["maya"]), [j.person(world["mai"])], window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.merge_button.isEnabled)
    assert dialog.moving.text().startswith(
        "Mai Chen's 1 conversation, 1 decision, 0 gatherings move to Maya Chen;"
    )


@pytest.mark.parametrize("kind", ["decision", "gathering"])
def test_delete_a_record_then_undo(
    qtbot: QtBot,
    window: MainWindow,
    session: Session,
    world: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    before = everything(session)
    asked: list[str] = []

    def yes(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    opening: dict[str, Callable[[int], None]] = {
        "decision": window.open_decision,
        "gathering": window.open_gathering,
    }
    page = window.decisions if kind == "decision" else window.gatherings
    opening[kind](world[kind])
    settle(qtbot, session)
    page.delete_current()
    settle(qtbot, session)
    assert len(asked) == 1 and "You can undo this" in asked[0]
    name = "Reorg" if kind == "decision" else "Summit"
    assert window.undo_bar.label.text() == f"Deleted the {kind} “{name}”."
    window.undo.undo_latest()
    settle(qtbot, session)
    assert everything(session) == before


def test_ctrl_z_in_a_text_field_undoes_the_typing_not_the_delete(
    qtbot: QtBot, window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    Answers(window, "Delete Conversation")
    window.removal.delete_conversation(world["solo"])
    settle(qtbot, session)
    window.show_search()
    field = window.search.findChild(QLineEdit)
    assert field is not None
    field.setFocus()
    qtbot.keyClicks(field, "launch")
    window.edit_undo()
    settle(qtbot, session)
    assert field.text() == ""
    assert window.undo.latest() is not None  # the delete is still there to undo


def test_locking_drops_the_undo(
    qtbot: QtBot, window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    Answers(window, "Delete Conversation")
    window.removal.delete_conversation(world["solo"])
    settle(qtbot, session)
    assert window.undo.latest() is not None
    session.lock()
    assert window.undo.latest() is None
    assert not window.undo_bar.isVisible() and window.undo_bar.label.text() == ""
    assert window.app_actions.undo.text() == "&Undo"
    window.undo.undo_latest()  # nothing to undo, nothing happens


def test_delete_from_the_editor_closes_it_and_leaves_no_draft(
    qtbot: QtBot, window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    before = everything(session)
    window.show_person(world["maya"])
    window.open_conversation(world["solo"])
    qtbot.waitUntil(lambda: window.editor.ui.deleteButton.isVisible())
    window.editor.ui.noteEdit.appendPlainText("an unsaved thought")  # a draft on its way
    answers = Answers(window, "Delete Conversation")
    window.editor.ui.deleteButton.click()
    settle(qtbot, session)
    assert len(answers.asked) == 1
    assert window.pages.currentWidget() is window.person_view
    qtbot.wait(1200)  # longer than the editor's draft timer
    settle(qtbot, session)
    assert journal_of(session).drafts() == []
    window.undo.undo_latest()
    settle(qtbot, session)
    assert everything(session) == before


def test_a_new_conversation_has_nothing_to_delete(
    qtbot: QtBot, window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    window.new_conversation((world["maya"],))
    settle(qtbot, session)
    assert not window.editor.ui.deleteButton.isVisible()


# -- in German: the sentences and Edit ▸ Undo's verb ---------------------------------------


@pytest.fixture
def german_window(
    qapp: QApplication, qtbot: QtBot, session: Session, world: dict[str, int]
) -> Iterator[MainWindow]:
    assert language.install("de", qapp) == "de"
    try:
        main = MainWindow(session)
        qtbot.addWidget(main)
        main.resize(1200, 800)
        main.show()
        settle(qtbot, session)
        yield main
        main.hide()
    finally:
        language.install("en", qapp)  # as tests/gui/conftest.py left it


def test_in_german_a_deleted_conversation_is_said_in_german(
    qtbot: QtBot, german_window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    window = german_window
    window.show_person(world["maya"])
    settle(qtbot, session)
    Answers(window, "Gespräch löschen")
    window.removal.delete_conversation(world["solo"])
    settle(qtbot, session)
    assert window.undo_bar.label.text() == "Gespräch vom 3. Mai 2026 mit Maya Chen gelöscht."
    assert window.app_actions.undo.text() == "&Rückgängig: Löschen"
    undo_by_keyboard(qtbot, window, session)
    assert journal_of(session).conversation(world["solo"]).note.startswith("She admitted")
    assert window.app_actions.undo.text() == "&Rückgängig"


def test_in_german_a_deleted_person_and_a_merge_are_said_in_german(
    qtbot: QtBot, german_window: MainWindow, session: Session, world: dict[str, int]
) -> None:
    window = german_window
    window.show_person(world["maya"])
    settle(qtbot, session)
    Answers(window, "Alle 3 löschen", "Mai Chen")
    window.person_view.delete_person()
    settle(qtbot, session)
    assert window.undo_bar.label.text() == "Maya Chen und 3 Gespräche gelöscht."
    assert window.app_actions.undo.text() == "&Rückgängig: Löschen"
    undo_by_keyboard(qtbot, window, session)
    qtbot.waitUntil(lambda: world["maya"] in window.sidebar.visible_people())
    window.show_person(world["maya"])
    settle(qtbot, session)
    window.person_view.header.merge_action.trigger()
    settle(qtbot, session)
    assert window.undo_bar.label.text() == "Mai Chen mit Maya Chen zusammengeführt."
    assert window.app_actions.undo.text() == "&Rückgängig: Zusammenführen"


def test_in_german_a_deleted_decision_is_said_in_german(
    qtbot: QtBot,
    german_window: MainWindow,
    session: Session,
    world: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = german_window
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.open_decision(world["decision"])
    settle(qtbot, session)
    window.decisions.delete_current()
    settle(qtbot, session)
    assert window.undo_bar.label.text() == "Entscheidung „Reorg“ gelöscht."
    assert window.app_actions.undo.text() == "&Rückgängig: Löschen"
