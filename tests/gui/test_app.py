"""The whole app as a user meets it: unlock, write, see the sidebar change, search, lock.

These drive the real `App` (unlock window, main window, idle lock) on real journals;
each view's own details are tested beside it (test_sidebar.py, test_editor.py, …).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE, assess, journal_of, settle, when_modal
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement.ties import Flag
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.gui.app import App
from trustjournal.gui.common import system
from trustjournal.gui.common.config import Config
from trustjournal.gui.common.roles import FLAG_ROLE, PERSON_ID_ROLE
from trustjournal.gui.editor import editor as editor_module

MARKER = "zebra-marker-7f3a"


@pytest.fixture
def app(demo_path: Path, config: Config, qtbot: QtBot) -> Iterator[App]:
    controller = App(demo_path, config)
    controller.start()
    yield controller
    controller.main_window.editor.confirm_leave = lambda *_: True  # type: ignore[method-assign]
    controller.session.lock()
    controller.main_window.close()
    controller.unlock_window.close()


def unlock(app: App, qtbot: QtBot, passphrase: str = PASSPHRASE) -> None:
    field = app.unlock_window.ui.passphrase
    field.clear()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def texts_under(widget: QWidget) -> list[str]:
    """Every piece of text a widget tree holds: labels, fields, editors, item models."""
    found: list[str] = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QLineEdit):
            found.append(child.text())
        elif isinstance(child, QPlainTextEdit | QTextEdit):
            found.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QAbstractSpinBox):
            found.append(child.text())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            found += model_texts(child.model())
        found.append(child.toolTip())
    return found


def model_texts(model: QAbstractItemModel) -> list[str]:
    texts = []
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for row in range(model.rowCount(root)):
        for column in range(max(1, columns)):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value is not None:
                texts.append(str(value))
    return texts


def sidebar_flag(app: App, person_id: int) -> Flag | None:
    model = app.main_window.sidebar.list_view().model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(PERSON_ID_ROLE) == person_id:
            return Flag(index.data(FLAG_ROLE))
    return None


def test_wrong_then_right_passphrase_opens_the_main_window(app: App, qtbot: QtBot) -> None:
    assert app.unlock_window.isVisible() and not app.main_window.isVisible()
    unlock(app, qtbot, "not the passphrase")
    qtbot.waitUntil(lambda: "Wrong passphrase" in app.unlock_window.ui.unlockMessage.text())
    assert not app.session.is_open
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    assert not app.unlock_window.isVisible()
    assert app.main_window.sidebar.person_count() == len(journal_of(app.session).people())
    assert "TrustJournal" in app.main_window.windowTitle()


def test_a_conversation_written_in_the_editor_changes_the_sidebar_flag(
    app: App, qtbot: QtBot
) -> None:
    """Two talks where only Nadia opened up make a one-sided tie; writing, in the editor,
    a third where I opened up too turns the sidebar's flag to honest, with no reload."""
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    journal = journal_of(app.session)
    nadia = journal.add_person(PersonDraft("Nadia Farouk", role="CFO, Lumen")).id
    for days in (40, 20):
        journal.add_conversation(
            ConversationDraft(
                (nadia,),
                dt.date.today() - dt.timedelta(days=days),
                "one_on_one",
                "She told me about the failed launch.",
                ("they_shared_failure",),
            )
        )
    qtbot.waitUntil(lambda: sidebar_flag(app, nadia) is not None)
    assert sidebar_flag(app, nadia) == Flag.ONE_SIDED  # the flag before the save
    window = app.main_window
    window.show_person(nadia)
    settle(qtbot, app.session)
    window.person_view.newConversationRequested.emit(nadia)
    settle(qtbot, app.session)
    editor = window.editor
    assert window.pages.currentWidget() is editor
    qtbot.keyClicks(editor.ui.noteEdit, "She said the turnaround is failing; I said I'm lost.")
    for code in ("they_shared_failure", "i_shared_failure"):
        editor.signals.boxes[code].click()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    saved = journal.conversations(person_id=nadia)[0]
    assert len(journal.conversations(person_id=nadia)) == 3
    assert set(saved.signals) == {"they_shared_failure", "i_shared_failure"}
    assert "turnaround is failing" in saved.note
    # Both sides have now opened up: the sidebar follows the save, and shows the core's flag.
    qtbot.waitUntil(lambda: sidebar_flag(app, nadia) != Flag.ONE_SIDED)
    [core] = [a for a in assess(app.session) if a.person.id == nadia]
    assert core.flag is Flag.HONEST
    assert sidebar_flag(app, nadia) == Flag.HONEST
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.person_view)


def test_first_ever_flag_change_from_too_early(app: App, qtbot: QtBot) -> None:
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    journal = journal_of(app.session)
    omar = journal.add_person(PersonDraft("Omar Haddad")).id
    journal.add_conversation(
        ConversationDraft(
            (omar,),
            dt.date.today() - dt.timedelta(days=30),
            "call",
            "Hello.",
            ("they_admitted_doubt", "i_asked_for_help"),
        )
    )
    qtbot.waitUntil(lambda: sidebar_flag(app, omar) == Flag.TOO_EARLY)
    window = app.main_window
    window.new_conversation((omar,))
    settle(qtbot, app.session)
    editor = window.editor
    qtbot.keyClicks(editor.ui.noteEdit, "Omar told me the merger scares him. I asked for help.")
    editor.signals.boxes["they_admitted_doubt"].click()
    editor.signals.boxes["i_asked_for_help"].click()
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sidebar_flag(app, omar) == Flag.HONEST)


def test_search_and_open_a_result(app: App, qtbot: QtBot) -> None:
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    journal = journal_of(app.session)
    person = journal.people()[0].id
    ident = journal.add_conversation(
        ConversationDraft((person,), dt.date.today(), "dinner", f"We spoke about {MARKER}.")
    ).id
    window = app.main_window
    window.app_actions.find.trigger()
    assert window.pages.currentWidget() is window.search
    qtbot.keyClicks(window.search.query, MARKER)
    qtbot.waitUntil(lambda: window.search.results.rowCount() == 1)
    qtbot.keyClick(window.search.query, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.search.hitActivated):
        qtbot.keyClick(window.search.list_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: MARKER in window.editor.ui.noteEdit.toPlainText())
    assert window.pages.currentWidget() is window.editor
    assert window.editor._conversation_id == ident


def test_auto_lock_leaves_no_journal_text_and_the_draft_comes_back(app: App, qtbot: QtBot) -> None:
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    journal = journal_of(app.session)
    names = [p.name for p in journal.people()]
    notes = [c.note[:40] for c in journal.conversations()[:50]]
    window = app.main_window
    window.show_person(journal.people()[0].id)
    settle(qtbot, app.session)
    window.new_conversation((journal.people()[0].id,))
    settle(qtbot, app.session)
    qtbot.keyClicks(window.editor.ui.noteEdit, f"Unsaved words {MARKER}")
    app.idle_lock.set_interval_ms(300)
    app.idle_lock.start()
    qtbot.waitUntil(lambda: not app.session.is_open, timeout=5_000)
    assert app.unlock_window.isVisible() and not app.main_window.isVisible()
    held = "\n".join(texts_under(app.main_window) + texts_under(app.unlock_window))
    assert MARKER not in held
    leaked = [n for n in names if n in held] + [n for n in notes if n and n in held]
    assert leaked == []
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    assert window.pages.currentWidget() is window.editor
    assert f"Unsaved words {MARKER}" in window.editor.ui.noteEdit.toPlainText()


def test_ctrl_l_locks_and_unlocking_returns_to_the_person(app: App, qtbot: QtBot) -> None:
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    window = app.main_window
    person = journal_of(app.session).people()[3].id
    window.show_person(person)
    settle(qtbot, app.session)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not app.session.is_open)
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    assert window.pages.currentWidget() is window.person_view
    assert window.person_view.current_person() == person


def test_leaving_unsaved_text_asks_and_cancel_keeps_it(
    app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    window = app.main_window
    window.new_conversation()
    settle(qtbot, app.session)
    qtbot.keyClicks(window.editor.ui.noteEdit, "Half a thought")
    asked: list[bool] = []

    def cancel(parent: object) -> object:
        asked.append(True)
        return editor_module.QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(editor_module, "ask_unsaved", cancel)
    window.app_actions.show_decisions.trigger()
    assert asked == [True]
    assert window.pages.currentWidget() is window.editor
    assert window.editor.ui.noteEdit.toPlainText() == "Half a thought"


def test_a_question_left_open_closes_when_the_journal_locks(app: App, qtbot: QtBot) -> None:
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    window = app.main_window
    window.new_conversation()
    settle(qtbot, app.session)
    qtbot.keyClicks(window.editor.ui.noteEdit, f"Words before the question {MARKER}")
    app.idle_lock.set_interval_ms(400)
    app.idle_lock.start()
    window.app_actions.show_decisions.trigger()  # asks Save / Discard / Cancel, and waits
    assert not app.session.is_open
    assert [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ] == []
    assert app.unlock_window.isVisible()
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    assert MARKER in window.editor.ui.noteEdit.toPlainText()


def test_filtering_the_sidebar_does_not_leave_the_editor(app: App, qtbot: QtBot) -> None:
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    window = app.main_window
    window.show_person(journal_of(app.session).people()[0].id)
    settle(qtbot, app.session)
    window.new_conversation()
    settle(qtbot, app.session)
    qtbot.keyClicks(window.editor.ui.noteEdit, "Still writing")
    qtbot.keyClicks(window.sidebar.filter_field(), "zz")  # hides the selected person
    assert window.pages.currentWidget() is window.editor
    assert window.editor.ui.noteEdit.toPlainText() == "Still writing"


def test_unsaved_decision_and_gathering_changes_survive_a_lock(app: App, qtbot: QtBot) -> None:
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    window = app.main_window
    first = journal_of(app.session).decisions()[0]
    window.open_decision(first.id)
    settle(qtbot, app.session)
    window.decisions.form.outcomeEdit.setPlainText(f"Half decided {MARKER}")
    assert window.decisions.is_dirty()
    window.lock()
    settle(qtbot, app.session)
    assert MARKER not in "\n".join(texts_under(window))
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    assert window.pages.currentWidget() is window.decisions
    assert window.decisions.current_decision() == first.id
    assert window.decisions.form.outcomeEdit.toPlainText() == f"Half decided {MARKER}"
    assert window.decisions.is_dirty()  # still unsaved: Save or Revert is the user's call
    assert journal_of(app.session).decision(first.id).outcome == first.outcome

    window.decisions.revert()
    window.new_gathering()
    settle(qtbot, app.session)
    qtbot.keyClicks(window.gatherings.form.nameEdit, "Founders dinner")
    window.lock()
    settle(qtbot, app.session)
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    assert window.pages.currentWidget() is window.gatherings
    assert window.gatherings.form.nameEdit.text() == "Founders dinner"


def test_quitting_asks_every_page_with_unsaved_work_not_only_the_one_shown(
    app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlock(app, qtbot)
    settle(qtbot, app.session)
    window = app.main_window
    first = journal_of(app.session).decisions()[0]
    window.open_decision(first.id)
    settle(qtbot, app.session)
    window.decisions.form.outcomeEdit.setPlainText("Half decided")
    asked: list[str] = []

    def cancel(_parent: object, title: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    window.pages.setCurrentWidget(window.search)  # the decision is no longer on screen
    assert not window.close()  # Cancel: TrustJournal stays open
    assert asked == ["Unsaved decision — TrustJournal"]
    assert window.isVisible() and window.decisions.is_dirty()


def test_the_shortcuts_window_lists_the_actions_shortcuts(app: App, qtbot: QtBot) -> None:
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    seen: list[str] = []

    def read_and_close(dialog: QDialog) -> None:
        seen.append(dialog.windowTitle())
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        assert not dialog.grab().isNull()  # it renders (nothing is written anywhere)
        dialog.reject()

    when_modal(QDialog, read_and_close)
    app.main_window.app_actions.shortcuts.trigger()
    assert seen[0] == "Keyboard Shortcuts — TrustJournal"
    assert "New Conversation" in seen and "Ctrl+N" in seen
    assert "Lock" in seen and "Ctrl+L" in seen
    # A page's own shortcuts are listed too, with the page where they work.
    rows = dict(app.main_window.app_actions.shortcut_rows())
    assert rows["Save Conversation (in the editor)"] == "Ctrl+S"
    assert rows["Accept Suggested Signals (in the editor)"] == "Ctrl+Shift+A"
    assert rows["Previous Quarter (on the Reflection page)"] == "Alt+Left"
    assert rows["Next Quarter (on the Reflection page)"] == "Alt+Right"
    for text, keys in rows.items():
        assert text in seen and keys in seen
    # The pages' actions carry those keys, and only while the focus is in their page.
    window = app.main_window
    for action, keys in (
        (window.editor.save_action, "Ctrl+S"),
        (window.editor.accept_all_action, "Ctrl+Shift+A"),
        (window.reflection.previous_action, "Alt+Left"),
        (window.reflection.next_action, "Alt+Right"),
    ):
        assert action.shortcut().toString() == keys
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut


def test_the_file_menu_offers_the_backups(app: App) -> None:
    [file_menu] = [m for m in app.main_window.menuBar().actions() if m.text() == "&File"]
    texts = [a.text() for a in file_menu.menu().actions()]
    assert [t for t in texts if "Backup" in t or "Back Up" in t] == [
        "&Back Up Now…",
        "&Verify a Backup…",
        "&Restore from Backup…",
    ]
    window = app.main_window
    assert window.app_actions.back_up_now.receivers("2triggered(bool)") >= 1


def test_every_window_title_names_the_app(app: App, qtbot: QtBot) -> None:
    assert "TrustJournal" in app.unlock_window.windowTitle()
    unlock(app, qtbot)
    settle(qtbot, app.session)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            assert "TrustJournal" in widget.windowTitle(), widget


def test_missing_qt_libraries_name_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    plugin = system.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    # What `ldd` says on a machine without libxcb-cursor0 (the usual first-run problem).
    monkeypatch.setattr(system, "missing_libraries", lambda _: ["libxcb-cursor.so.0"])
    missing = system.missing_packages({"DISPLAY": ":0"})
    assert missing == ["libxcb-cursor0"]
    assert "sudo apt-get install libxcb-cursor0" in system.missing_message(missing)
    assert system.missing_packages({"QT_QPA_PLATFORM": "offscreen"}) == []


def test_no_display_is_explained() -> None:
    assert system.display_problem({}) is not None
    assert system.display_problem({"DISPLAY": ":0"}) is None
    assert system.display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_journal_open_elsewhere_is_named_in_the_unlock_window(
    app: App, qtbot: QtBot, demo_path: Path
) -> None:
    other = Journal.open(demo_path, PASSPHRASE)
    try:
        unlock(app, qtbot)
        settle(qtbot, app.session)
        qtbot.waitUntil(
            lambda: "already open" in app.unlock_window.ui.unlockMessage.text(), timeout=10_000
        )
        assert not app.session.is_open
    finally:
        other.lock()
        settle(qtbot, app.session)
