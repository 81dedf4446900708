"""Quick capture: `--new` opens straight into a new conversation, and Ctrl+N does from
anywhere in the main window.

The real `App` on real journals, keys pressed on real widgets; the second launch (a real
process handing `--new` to the running app) is in test_single_instance.py. Every window a
test here touches is rendered to PNG under $TRUSTJOURNAL_SHOTS when that is set.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE, journal_of, settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.service import Journal
from trustjournal.gui import app as app_module
from trustjournal.gui.app import App
from trustjournal.gui.common.config import Config
from trustjournal.gui.editor import editor as editor_module
from trustjournal.gui.main_window import MainWindow

WAIT = 10_000


def shot(widget: QWidget, name: str) -> None:
    """Render `widget` to PNG (to look at); only when $TRUSTJOURNAL_SHOTS names a folder."""
    folder = os.environ.get("TRUSTJOURNAL_SHOTS")
    image = widget.grab()
    assert not image.isNull()
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def app(demo_path: Path, config: Config, qtbot: QtBot) -> Iterator[App]:
    controller = App(demo_path, config)
    yield controller
    controller.main_window.editor.confirm_leave = lambda *_: True  # type: ignore[method-assign]
    controller.session.lock()
    controller.main_window.close()
    controller.unlock_window.close()


def unlock(app: App, qtbot: QtBot) -> None:
    field = app.unlock_window.ui.passphrase
    field.clear()
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def unlocked(app: App, qtbot: QtBot) -> MainWindow:
    app.start()
    unlock(app, qtbot)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=WAIT)
    settle(qtbot, app.session)
    window = app.main_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def is_new_entry(window: MainWindow) -> bool:
    editor = window.editor
    return (
        window.isVisible()
        and window.pages.currentWidget() is editor
        and editor._conversation_id is None
        and editor.ui.titleLabel.text() == "New conversation"
        and editor.ui.noteEdit.isEnabled()  # arrived: no longer "Opening…"
    )


# -- --new ----------------------------------------------------------------------------------


def test_new_opens_the_editor_right_after_the_unlock(app: App, qtbot: QtBot) -> None:
    app.new_entry()  # what `trustjournal-app --new` asks before the window shows
    app.start()
    qtbot.waitExposed(app.unlock_window)
    assert not app.main_window.isVisible()
    shot(app.unlock_window, "quick-capture-unlock")
    with qtbot.waitSignal(app.main_window.editor.opened, timeout=WAIT):
        unlock(app, qtbot)
    window = app.main_window
    assert window.isVisible() and is_new_entry(window)
    assert window.editor.ui.peoplePicker.input.hasFocus()  # type who it was with, at once
    assert window.app_actions.show_people.isChecked()
    shot(window, "quick-capture-editor")


def test_new_opens_the_editor_at_once_when_the_keychain_unlocks(
    tmp_path: Path, config: Config, qtbot: QtBot, memory_keyring: object
) -> None:
    vault = tmp_path / "remembered"
    Journal.create(vault, PASSPHRASE, remember=True).lock()
    controller = App(vault, config)
    try:
        controller.new_entry()
        with qtbot.waitSignal(controller.main_window.editor.opened, timeout=WAIT):
            controller.start()  # no passphrase typed
        assert controller.main_window.isVisible() and is_new_entry(controller.main_window)
        assert not controller.unlock_window.isVisible()
    finally:
        controller.session.lock()
        controller.main_window.close()
        controller.unlock_window.close()


def test_asked_while_unlocked_it_opens_at_once_and_asks_about_unsaved_text(
    app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked(app, qtbot)
    with qtbot.waitSignal(window.editor.opened, timeout=WAIT):
        app.new_entry()
    assert is_new_entry(window)
    qtbot.keyClicks(window.editor.ui.noteEdit, "Half a thought")
    asked: list[bool] = []

    def cancel(parent: object) -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(editor_module, "ask_unsaved", cancel)
    app.new_entry()  # the launcher again, with words unsaved: asked, and Cancel keeps them
    assert asked == [True]
    assert window.editor.ui.noteEdit.toPlainText() == "Half a thought"


def test_after_a_lock_the_entry_being_edited_is_asked_about_first(
    app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locked while editing an old conversation; `--new` arrives; after the unlock the
    editor brings the edit back, asks about it (Discard here), then opens a new entry."""
    window = unlocked(app, qtbot)
    old = journal_of(app.session).conversations()[0]
    with qtbot.waitSignal(window.editor.opened, timeout=WAIT):
        window.open_conversation(old.id)
    qtbot.keyClicks(window.editor.ui.noteEdit, " An afterthought.")
    window.lock()
    qtbot.waitUntil(lambda: not app.session.is_open)
    app.new_entry()
    asked: list[str] = []

    def discard(parent: object) -> QMessageBox.StandardButton:
        asked.append(window.editor.ui.noteEdit.toPlainText())
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(editor_module, "ask_unsaved", discard)
    unlock(app, qtbot)
    qtbot.waitUntil(lambda: is_new_entry(window), timeout=WAIT)
    assert len(asked) == 1 and "An afterthought." in asked[0] and old.note in asked[0]
    assert window.editor.ui.noteEdit.toPlainText() == ""
    assert journal_of(app.session).conversation(old.id).note == old.note


def test_a_dialog_open_over_the_window_is_answered_first(app: App, qtbot: QtBot) -> None:
    window = unlocked(app, qtbot)
    box = QMessageBox(QMessageBox.Icon.Information, "A question", "Still here?", parent=window)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    app.new_entry()
    assert window.pages.currentWidget() is not window.editor  # not behind the dialog
    with qtbot.waitSignal(window.editor.opened, timeout=WAIT):
        box.accept()
    assert is_new_entry(window)


def test_a_lock_while_a_dialog_holds_the_request_opens_it_after_the_unlock(
    app: App, qtbot: QtBot
) -> None:
    """The lock closes the dialog; the new entry waits for the unlock, not for the lock."""
    window = unlocked(app, qtbot)
    box = QMessageBox(QMessageBox.Icon.Information, "A question", "Still here?", parent=window)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    app.new_entry()
    window.lock()
    qtbot.waitUntil(lambda: not app.session.is_open)
    assert not box.isVisible() and not window.isVisible()
    with qtbot.waitSignal(window.editor.opened, timeout=WAIT):
        unlock(app, qtbot)
    assert is_new_entry(window)


def test_the_demo_journal_is_not_written_into_by_new(app: App, qtbot: QtBot) -> None:
    window = unlocked(app, qtbot)
    app.session.is_demo = True  # as "Open the demo journal…" sets it before opening
    app.new_entry()  # the launcher's New Conversation while the demo is open
    assert window.statusBar().currentMessage() == app_module.DEMO_NOT_WRITTEN
    assert window.pages.currentWidget() is window.welcome
    shot(window, "quick-capture-demo")


# -- Ctrl+N from anywhere ---------------------------------------------------------------------


def _person(window: MainWindow, app: App) -> QWidget:
    window.show_person(journal_of(app.session).people()[0].id)
    return window.person_view.timeline


def _record(window: MainWindow, app: App) -> QWidget:
    window.open_decision(journal_of(app.session).decisions()[0].id)
    return window.decisions.form.titleEdit


def _editor_note(window: MainWindow, app: App) -> QWidget:
    window.open_conversation(journal_of(app.session).conversations()[0].id)
    return window.editor.ui.noteEdit


def _editor_people(window: MainWindow, app: App) -> QWidget:
    window.open_conversation(journal_of(app.session).conversations()[0].id)
    return window.editor.ui.peoplePicker.input


def _editor_date(window: MainWindow, app: App) -> QWidget:
    window.open_conversation(journal_of(app.session).conversations()[0].id)
    return window.editor.ui.dateEdit


def _editor_signal(window: MainWindow, app: App) -> QWidget:
    window.open_conversation(journal_of(app.session).conversations()[0].id)
    return window.editor.signals.first()


# (where, how to get there and which widget then has the focus)
PLACES: list[tuple[str, Callable[[MainWindow, App], QWidget]]] = [
    ("people page, sidebar filter", lambda w, a: w.sidebar.filter_field()),
    ("people page, sidebar list", lambda w, a: w.sidebar.list_view()),
    ("welcome button", lambda w, a: w.welcome.findChild(QPushButton)),
    ("person page", _person),
    ("decision record", _record),
    (
        "decisions filter",
        lambda w, a: (w.app_actions.show_decisions.trigger(), w.decisions.filter_edit)[1],
    ),
    (
        "gatherings list",
        lambda w, a: (w.app_actions.show_gatherings.trigger(), w.gatherings.filter_edit)[1],
    ),
    ("search field", lambda w, a: (w.show_search(), w.search.query)[1]),
    ("search people filter", lambda w, a: (w.show_search(), w.search.person_combo)[1]),
    ("reflection document", lambda w, a: (w.show_reflection(), w.reflection.document)[1]),
    ("reflection written", lambda w, a: (w.show_reflection(), w.reflection.editor)[1]),
    ("editor note", _editor_note),
    ("editor people", _editor_people),
    ("editor date", _editor_date),
    ("editor signal", _editor_signal),
]


def test_ctrl_n_opens_a_new_entry_from_anywhere(app: App, qtbot: QtBot) -> None:
    """Every page, and the focus in each kind of field there (one unlock for them all)."""
    window = unlocked(app, qtbot)
    assert window.app_actions.new_conversation.shortcuts()[0] == QKeySequence(
        QKeySequence.StandardKey.New
    )
    for where, go in PLACES:
        focus = go(window, app)
        settle(qtbot, app.session)
        focus.setFocus()
        qtbot.waitUntil(focus.hasFocus)
        assert window.pages.currentWidget() is not window.editor or where.startswith("editor")
        with qtbot.waitSignal(window.editor.opened, timeout=WAIT):
            qtbot.keyClick(focus, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert is_new_entry(window), where
        assert window.editor.state().note == "", where
        shot(window, f"ctrl-n-{where.replace(' ', '-').replace(',', '')}")
        window.editor.close_entry()  # nothing typed: closes without asking


def test_ctrl_n_in_the_editor_with_unsaved_text_asks(
    app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked(app, qtbot)
    with qtbot.waitSignal(window.editor.opened, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.ui.noteEdit, "Words worth keeping")
    asked: list[bool] = []

    def cancel(parent: object) -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(editor_module, "ask_unsaved", cancel)
    qtbot.keyClick(window.editor.ui.noteEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    assert window.editor.ui.noteEdit.toPlainText() == "Words worth keeping"


def test_ctrl_n_with_the_people_completer_open(
    app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The people picker's suggestion list is a popup window of its own that takes the
    keys while it is open: Ctrl+N there still reaches New Conversation (the half-typed
    name is unsaved, so it asks first: Discard here)."""
    asked: list[bool] = []

    def discard(parent: object) -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(editor_module, "ask_unsaved", discard)
    window = unlocked(app, qtbot)
    with qtbot.waitSignal(window.editor.opened, timeout=WAIT):
        window.new_conversation()
    picker = window.editor.ui.peoplePicker
    first = journal_of(app.session).people()[0].name
    qtbot.keyClicks(picker.input, first[:2])
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    with qtbot.waitSignal(window.editor.opened, timeout=WAIT):
        qtbot.keyClick(popup, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    assert not popup.isVisible()
    assert is_new_entry(window) and picker.pending_text() == ""


def test_the_keyboard_path_counted_in_the_docs(app: App, qtbot: QtBot) -> None:
    """docs/quick-capture.md, keyboard only: Ctrl+N, the name, Down,
    Enter (picked), Enter (on to the note), the note, Tab, Space, Down x7, Space, Ctrl+S:
    15 keys besides the note and the name, every one pressed here."""
    window = unlocked(app, qtbot)
    person = journal_of(app.session).people()[0]
    presses = 0

    def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        nonlocal presses
        presses += 1
        qtbot.keyClick(widget, key, modifier)

    editor = window.editor
    with qtbot.waitSignal(editor.opened, timeout=WAIT):
        press(window.sidebar.list_view(), Qt.Key.Key_N, CTRL)
    field = editor.ui.peoplePicker.input
    assert field.hasFocus()
    qtbot.keyClicks(field, person.name)
    popup = editor.ui.peoplePicker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    press(popup, Qt.Key.Key_Down)
    press(popup, Qt.Key.Key_Return)
    assert [c.id for c in editor.ui.peoplePicker.chosen()] == [person.id]
    press(field, Qt.Key.Key_Return)  # the empty field: done with the people
    assert editor.ui.noteEdit.hasFocus()
    note = "She said the reorg is failing. I admitted I have no plan. We agreed to talk Friday."
    qtbot.keyClicks(editor.ui.noteEdit, note)
    press(editor.ui.noteEdit, Qt.Key.Key_Tab)
    boxes = list(editor.signals.boxes)
    assert editor.signals.boxes[boxes[0]].hasFocus()
    press(QApplication.focusWidget(), Qt.Key.Key_Space)  # Shared a failure (theirs)
    for _ in range(boxes.index("i_admitted_doubt")):
        press(QApplication.focusWidget(), Qt.Key.Key_Down)
    press(QApplication.focusWidget(), Qt.Key.Key_Space)  # I admitted doubt
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as saved:
        press(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert presses == 15
    record = journal_of(app.session).conversation(saved.args[0])
    assert record.note == note and record.date == dt.date.today()
    assert set(record.signals) == {"they_shared_failure", "i_admitted_doubt"}
    assert [p.id for p in record.people] == [person.id]


def test_the_after_path_with_suggestions_and_mentions(app: App, qtbot: QtBot) -> None:
    """docs/quick-capture.md, after: Ctrl+N, Enter (no name typed: on to the note), the
    note naming the person, one click on "Add as participant", Ctrl+Shift+A (accept the
    suggested signals), Ctrl+S: five actions besides the note, every one done here."""
    window = unlocked(app, qtbot)
    person = journal_of(app.session).people()[0]
    editor = window.editor
    actions_done = 0
    with qtbot.waitSignal(editor.opened, timeout=WAIT):
        qtbot.keyClick(window.sidebar.list_view(), Qt.Key.Key_N, CTRL)
    actions_done += 1
    qtbot.keyClick(editor.ui.peoplePicker.input, Qt.Key.Key_Return)
    actions_done += 1
    assert editor.ui.noteEdit.hasFocus()
    note = (
        f"{person.name} said the reorg is failing. I admitted I have no plan. "
        "We agreed to talk Friday."
    )
    with qtbot.waitSignal(editor.suggestions.changed, timeout=WAIT, check_params_cb=bool):
        qtbot.keyClicks(editor.ui.noteEdit, note)
    qtbot.waitUntil(lambda: bool(editor.mentions.offers()), timeout=WAIT)
    [add] = [
        b
        for b in editor.mentions.findChildren(QPushButton)
        if b.text() == "Add as participant" and b.isVisible()
    ]
    shot(window, "quick-capture-after")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    actions_done += 1
    qtbot.keyClick(editor.ui.noteEdit, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    actions_done += 1
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as saved:
        qtbot.keyClick(editor.ui.noteEdit, Qt.Key.Key_S, CTRL)
    actions_done += 1
    assert actions_done == 5
    record = journal_of(app.session).conversation(saved.args[0])
    assert set(record.signals) == {"they_shared_failure", "i_admitted_doubt"}
    assert [p.id for p in record.people] == [person.id]


CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
