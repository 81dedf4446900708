"""Every flow without the mouse (issue 19, point 2): create a journal, unlock it, write and
save an entry with signals, find a person, open a decision, step the reflection, back up.

Each test drives the real app with key events only, sent where Qt itself delivers them: to
the open popup (a menu, a completer's list) if there is one, else to the widget with the
keyboard focus (`press`, `type_text`). Nothing calls a widget's method or clicks to move the
flow on; reading state to check it is fine. After each step the test asks where the focus
is (`focused`), as a keyboard user would see it: it must be somewhere useful, never lost.

The window manager's part is played by the tests, since the offscreen platform has none:
a window that appears is activated (`activate`), and a closed popup hands the keyboard
back to its window (`hand_back`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE, journal_of, settle, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from trustjournal.core.backup import archive as backup
from trustjournal.core.judgement.quarters import last_complete
from trustjournal.core.store.vault import Vault
from trustjournal.gui.app import App
from trustjournal.gui.backup.dialogs import BackupOptionsDialog
from trustjournal.gui.common import workers
from trustjournal.gui.common.config import Config
from trustjournal.gui.common.roles import RECORD_ID_ROLE
from trustjournal.gui.unlock.opening import DEMO_VAULT_ENV

STRONG = "river lamp quiet ocean"
WAIT = 20_000
Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


# -- the keyboard -------------------------------------------------------------------------------


def target() -> QWidget:
    """Where a key goes: the open popup (it holds the keyboard), else the focused widget."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is nowhere: a key would be lost"
    return widget


def press(qtbot: QtBot, key: Qt.Key, times: int = 1, modifier: Qt.KeyboardModifier = NONE) -> None:
    for _ in range(times):
        window = target().window()
        qtbot.keyClick(target(), key, modifier)
        hand_back(window)


def type_text(qtbot: QtBot, text: str) -> None:
    window = target().window()
    qtbot.keyClicks(target(), text)
    hand_back(window)


def hand_back(window: QWidget) -> None:
    """The desktop's part, which the offscreen platform leaves out: it makes every window
    it shows active, popups too (a completer's list), and leaves a closed popup active.
    Once the key's events have run, the window the key went to gets the keyboard back."""
    QApplication.processEvents()
    active = QApplication.activeWindow()
    if not Shiboken.isValid(window):  # closed for good (a message box deletes itself)
        return
    if (active is None or not active.isVisible()) and window.isVisible():
        window.activateWindow()
        QApplication.processEvents()


def focused() -> str:
    """What has the focus, as a screen reader would name it: its accessible name, else a
    button's text (what Qt reads out for it), else its object name."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text().replace("&", "")
    return widget.objectName()


def tab_to(qtbot: QtBot, name: str, *, back: bool = False, limit: int = 40) -> int:
    """Tab (or Shift+Tab) until `name` has the focus; how many presses it took."""
    for presses in range(limit + 1):
        if focused() == name:
            return presses
        press(qtbot, Key.Key_Backtab if back else Key.Key_Tab)
    raise AssertionError(f"{name!r} is not reachable with Tab; the focus is on {focused()!r}")


def activate(qtbot: QtBot, window: QWidget) -> None:
    """What the desktop does for a window that appears: bring it forward, keys to it."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)


# -- the app ------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def no_worker_left(qtbot: QtBot) -> Iterator[None]:
    yield
    assert workers.wait_for_all()
    QApplication.processEvents()


def start(qtbot: QtBot, path: Path, config: Config) -> App:
    app = App(path, config)
    app.start()
    activate(qtbot, app.unlock_window)
    return app


def stop(app: App) -> None:
    app.config.backup_enabled = False  # no automatic backup (nor its message) at the end
    window = app._main_window
    if window is not None:
        window.editor.confirm_leave = lambda *_: True  # type: ignore[method-assign]
    app.session.lock()
    if window is not None:
        window.close()
    app.unlock_window.close()


@pytest.fixture
def demo_app(demo_path: Path, config: Config, qtbot: QtBot) -> Iterator[App]:
    app = start(qtbot, demo_path, config)
    yield app
    stop(app)


def unlock_by_keys(qtbot: QtBot, app: App) -> None:
    assert focused() == "Passphrase"
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: app.session.is_open, timeout=WAIT)
    settle(qtbot, app.session)
    activate(qtbot, app.main_window)
    settle(qtbot, app.session)
    # In the page shown (this week's steps), not on the recovery-key reminder above it.
    window = app.main_window
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.isAncestorOf(QApplication.focusWidget())


# -- create and unlock --------------------------------------------------------------------------


def test_create_a_journal_then_lock_and_unlock_it(
    qtbot: QtBot, tmp_path: Path, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DEMO_VAULT_ENV, str(tmp_path / "demo"))
    app = start(qtbot, tmp_path / "My Journal", config)
    try:
        ui = app.unlock_window.ui
        assert ui.createPage.isVisible()
        assert focused() == ui.newPassphrase.accessibleName()  # typing goes straight in
        type_text(qtbot, STRONG)
        tab_to(qtbot, ui.confirmPassphrase.accessibleName())
        type_text(qtbot, STRONG)
        press(qtbot, Key.Key_Return)
        qtbot.waitUntil(lambda: app.session.is_open, timeout=WAIT)
        settle(qtbot, app.session)
        assert Vault(tmp_path / "My Journal").exists()
        # Asked once: make a recovery key now? Its default is to make one; Esc is "Not now".
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        offer = QApplication.activeModalWidget()
        activate(qtbot, offer)
        assert focused() == "Make a recovery key"
        press(qtbot, Key.Key_Escape)
        assert not Shiboken.isValid(offer) or not offer.isVisible()
        window = app.main_window
        activate(qtbot, window)
        # On the empty journal's first step, in the page: not on the recovery reminder.
        assert window.pages.currentWidget() is window.welcome
        assert focused() == "New conversation"

        press(qtbot, Key.Key_L, modifier=CTRL)
        qtbot.waitUntil(lambda: not app.session.is_open, timeout=WAIT)
        activate(qtbot, app.unlock_window)
        assert ui.unlockPage.isVisible()
        assert focused() == "Passphrase"
        type_text(qtbot, "not the passphrase")
        press(qtbot, Key.Key_Return)
        qtbot.waitUntil(lambda: bool(ui.unlockMessage.text()), timeout=WAIT)
        assert "Wrong passphrase" in ui.unlockMessage.text()
        assert focused() == "Passphrase"  # the wrong one selected: typing replaces it
        type_text(qtbot, STRONG)
        press(qtbot, Key.Key_Return)
        qtbot.waitUntil(lambda: app.session.is_open, timeout=WAIT)
        activate(qtbot, app.main_window)
    finally:
        stop(app)


# -- write an entry -----------------------------------------------------------------------------


def test_write_and_save_a_conversation_with_signals(qtbot: QtBot, demo_app: App) -> None:
    unlock_by_keys(qtbot, demo_app)
    window = demo_app.main_window
    journal = journal_of(demo_app.session)
    person = journal.people()[2]
    before = len(journal.conversations(person_id=person.id))

    press(qtbot, Key.Key_N, modifier=CTRL)
    settle(qtbot, demo_app.session)
    assert window.pages.currentWidget() is window.editor
    assert focused() == "Add a person"
    type_text(qtbot, person.name)
    press(qtbot, Key.Key_Escape)  # the completer's list closes; the name stays typed
    press(qtbot, Key.Key_Return)  # the name becomes a chip
    assert [c.id for c in window.editor.ui.peoplePicker.chosen()] == [person.id]
    press(qtbot, Key.Key_Return)  # Enter on the empty field: on to the note
    assert focused() == "Note"
    type_text(qtbot, "She said the launch failed; I admitted I doubt the plan.")
    press(qtbot, Key.Key_Tab)
    assert focused() == "Honesty from them: Shared a failure"
    press(qtbot, Key.Key_Space)
    tab_to(qtbot, "Honesty from me: I admitted doubt")
    press(qtbot, Key.Key_Space)
    with qtbot.waitSignal(window.editor.saved, timeout=WAIT):
        press(qtbot, Key.Key_S, modifier=CTRL)
    settle(qtbot, demo_app.session)

    saved = journal.conversations(person_id=person.id)
    assert len(saved) == before + 1
    newest = max(saved, key=lambda c: c.id)
    assert set(newest.signals) == {"they_shared_failure", "i_admitted_doubt"}
    assert "launch failed" in newest.note
    # Back on the person, with the focus on their conversations, the new one first.
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.person_view)
    assert window.person_view.current_person() == person.id
    assert focused() == "Conversations, newest first"
    press(qtbot, Key.Key_Return)  # opens the one just saved, again
    settle(qtbot, demo_app.session)
    assert window.pages.currentWidget() is window.editor
    assert window.editor._conversation_id == newest.id


# -- find a person, open a decision -------------------------------------------------------------


def test_find_a_person_by_typing_part_of_their_name(qtbot: QtBot, demo_app: App) -> None:
    unlock_by_keys(qtbot, demo_app)
    window = demo_app.main_window
    journal = journal_of(demo_app.session)
    people = journal.people()
    wanted = people[5]
    part = wanted.name.split()[-1]  # the family name
    assert sum(part in p.name for p in people) == 1

    press(qtbot, Key.Key_2, modifier=CTRL)  # somewhere else first
    press(qtbot, Key.Key_1, modifier=CTRL)  # People: the keyboard in the sidebar's filter
    assert focused() == "Filter people by name or organisation"
    type_text(qtbot, part)
    assert window.sidebar.visible_people() == [wanted.id]
    press(qtbot, Key.Key_Return)  # the only one left: into the list…
    assert focused() == "People"
    press(qtbot, Key.Key_Return)  # …and open them
    settle(qtbot, demo_app.session)
    assert window.pages.currentWidget() is window.person_view
    assert window.person_view.current_person() == wanted.id
    assert focused() == "People"  # still in the list: Up and Down go on to the next person

    # On into the person's page (past the recovery-key reminder the demo shows above it).
    assert tab_to(qtbot, "New conversation with this person") <= 3
    press(qtbot, Key.Key_Space)
    settle(qtbot, demo_app.session)
    assert window.pages.currentWidget() is window.editor
    assert [c.id for c in window.editor.ui.peoplePicker.chosen()] == [wanted.id]
    assert focused() == "Note"  # the person is chosen: straight to writing


def test_open_a_decision_from_the_list_and_edit_it(qtbot: QtBot, demo_app: App) -> None:
    unlock_by_keys(qtbot, demo_app)
    window = demo_app.main_window
    decisions = window.decisions
    press(qtbot, Key.Key_2, modifier=CTRL)
    settle(qtbot, demo_app.session)
    assert window.pages.currentWidget() is decisions
    assert focused() == "Decisions list"  # the keyboard where the decisions are
    assert decisions.list_view.currentIndex().row() == 0  # on the first row already
    press(qtbot, Key.Key_Down)  # the next decision: shown beside the list as the row moves
    settle(qtbot, demo_app.session)
    second = decisions.list_view.currentIndex()
    assert second.row() == 1
    shown = second.data(RECORD_ID_ROLE)
    assert decisions.current_decision() == shown
    assert focused() == "Decisions list"
    press(qtbot, Key.Key_Return)  # Enter: into the decision, on its title
    assert focused() == decisions.form.titleEdit.accessibleName()
    assert decisions.current_decision() == shown
    title = decisions.form.titleEdit.text()
    press(qtbot, Key.Key_End)
    type_text(qtbot, " (revisited)")
    press(qtbot, Key.Key_S, modifier=CTRL)
    settle(qtbot, demo_app.session)
    assert journal_of(demo_app.session).decision(shown).title == f"{title} (revisited)"
    assert focused() == decisions.form.titleEdit.accessibleName()  # saved, still in place


# -- the reflection -----------------------------------------------------------------------------


def test_step_the_reflection_write_in_it_and_open_a_name(qtbot: QtBot, demo_app: App) -> None:
    unlock_by_keys(qtbot, demo_app)
    window = demo_app.main_window
    page = window.reflection
    last = last_complete(dt.date.today())

    def computed() -> bool:
        return page.reflection() is not None and not page.rendering()

    press(qtbot, Key.Key_5, modifier=CTRL)
    qtbot.waitUntil(computed, timeout=WAIT)
    assert window.pages.currentWidget() is page
    assert focused() == "The reflection on this quarter"  # so Alt+Left works at once
    assert page.quarter() == last
    press(qtbot, Key.Key_Left, modifier=ALT)
    qtbot.waitUntil(computed, timeout=WAIT)
    assert page.quarter() == last.previous()
    assert page.title_label.text() == last.previous().title
    press(qtbot, Key.Key_Right, modifier=ALT)
    qtbot.waitUntil(computed, timeout=WAIT)
    assert page.quarter() == last
    assert focused() == "The reflection on this quarter"  # stepping keeps the keyboard here

    # On to the written reflection (Alt+Y, "Your reflection"), type, and it saves itself.
    press(qtbot, Key.Key_Y, modifier=ALT)
    assert focused() == "Your written reflection for the quarter"
    press(qtbot, Key.Key_End, modifier=CTRL)
    type_text(qtbot, " Called Ana first.")
    qtbot.waitUntil(
        lambda: "Called Ana first." in journal_of(demo_app.session).reflection(str(last)).text,
        timeout=WAIT,
    )

    # Back into the reflection, onto the first name in it, and open that person.
    press(qtbot, Key.Key_Backtab)
    assert focused() == "The reflection on this quarter"
    press(qtbot, Key.Key_Home, modifier=CTRL)
    press(qtbot, Key.Key_Tab)  # in the reflection, Tab goes from name to name
    link = page.document.textCursor().charFormat().anchorHref()
    assert link.startswith("person:")
    press(qtbot, Key.Key_Return)
    settle(qtbot, demo_app.session)
    assert window.pages.currentWidget() is window.person_view
    assert window.person_view.current_person() == int(link.split(":", 1)[1])
    assert window.isAncestorOf(QApplication.focusWidget())


# -- back up ------------------------------------------------------------------------------------


def test_back_up_now_from_the_file_menu(qtbot: QtBot, demo_app: App, tmp_path: Path) -> None:
    """File ▸ Back Up Now… by its mnemonics (Alt+F, B); the journal's passphrase typed
    once more; Qt's own file dialog (the offscreen platform has no native one) answered by
    typing the file's path; the result's message closed with Enter."""
    unlock_by_keys(qtbot, demo_app)
    out = tmp_path / "by-keys.tjbackup"
    seen: list[str] = []

    def options(dialog: BackupOptionsDialog) -> None:
        activate(qtbot, dialog)
        seen.append(focused())  # the field to type in, under the default choice
        type_text(qtbot, PASSPHRASE)
        press(qtbot, Key.Key_Return)  # the default button: Choose Where to Save…

    def where(dialog: QFileDialog) -> None:
        activate(qtbot, dialog)
        seen.append(focused())  # the file name, with the suggested name selected
        press(qtbot, Key.Key_A, modifier=CTRL)
        type_text(qtbot, str(out))
        press(qtbot, Key.Key_Return)

    def result(box: QMessageBox) -> None:
        activate(qtbot, box)
        seen.append(box.text())
        press(qtbot, Key.Key_Return)

    when_modal(BackupOptionsDialog, options, timeout_ms=WAIT)
    when_modal(QFileDialog, where, timeout_ms=WAIT)
    when_modal(QMessageBox, result, timeout_ms=60_000)
    press(qtbot, Key.Key_F, modifier=ALT)
    assert isinstance(QApplication.activePopupWidget(), QMenu)  # the File menu is open
    press(qtbot, Key.Key_B)  # &Back Up Now…
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=60_000)
    assert seen[:2] == ["Journal passphrase", "fileNameEdit"]
    assert out.exists() and backup.verify(out, PASSPHRASE).counts["people"] == 25
    assert str(out) in seen[2]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT)
    activate(qtbot, demo_app.main_window)  # the keyboard is back in the window


def test_enter_in_the_backup_dialog_goes_on(qtbot: QtBot) -> None:
    dialog = BackupOptionsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert focused() == "Journal passphrase"
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Key.Key_Return)
    assert dialog.result() == BackupOptionsDialog.DialogCode.Accepted
