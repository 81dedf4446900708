"""The unlock window as a user meets it: create the journal, unlock it, open the demo.

Real journals in the test's folder; key derivation really runs in a worker, and the
tests wait for what the user would see (qtbot.waitUntil / waitSignal), never sleep.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from helpers import PASSPHRASE, journal_of, settle
from keyring_support import LockedKeyring, MemoryKeyring
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from trustjournal.core.errors import AlreadyOpen, UnlockFailed
from trustjournal.core.journal.service import Journal
from trustjournal.core.store.vault import Vault
from trustjournal.gui.common import workers
from trustjournal.gui.common.config import Config
from trustjournal.gui.session import Session
from trustjournal.gui.unlock import window as unlock
from trustjournal.gui.unlock.opening import (
    DEMO_VAULT_ENV,
    GENERIC_FAILURE,
    demo_vault_path,
    describe,
)
from trustjournal.gui.unlock.window import (
    BUILDING_DEMO,
    CREATE_TITLE,
    CREATING,
    OPENING_DEMO,
    REMEMBER_TRADE,
    UNLOCK_TITLE,
    UnlockWindow,
)

STRONG = "river lamp quiet ocean"
WAIT = 20_000  # ms: generous for a loaded machine; the waits end as soon as the UI is there


@pytest.fixture(autouse=True)
def demo_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test's demo journal lives in its own folder, never the user's data folder."""
    path = tmp_path / "TrustJournal Demo"
    monkeypatch.setenv(DEMO_VAULT_ENV, str(path))
    return path


@pytest.fixture(autouse=True)
def no_worker_left(qtbot: QtBot) -> Iterator[None]:
    """No worker outlives its test (set up after qtbot, so this runs before it closes windows)."""
    yield
    assert workers.wait_for_all()
    QApplication.processEvents()


@pytest.fixture
def new_session(tmp_path: Path, config: Config, qapp: object) -> Iterator[Session]:
    session = Session(tmp_path / "My Journal", config)
    yield session
    session.lock()


@pytest.fixture
def locked_session(vault_path: Path, config: Config, qapp: object) -> Iterator[Session]:
    Journal.create(vault_path, PASSPHRASE).lock()
    session = Session(vault_path, config)
    yield session
    session.lock()


def open_window(qtbot: QtBot, session: Session) -> UnlockWindow:
    window = UnlockWindow(session)
    qtbot.addWidget(window)
    window.prepare()
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def shown(label: QLabel) -> bool:
    return label.isVisible() and bool(label.text())


def no_dialog_open() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def type_into(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    qtbot.keyClicks(line, text)


# -- first run: create the journal ------------------------------------------------------------


def test_first_run_offers_to_create_the_journal(qtbot: QtBot, new_session: Session) -> None:
    window = open_window(qtbot, new_session)
    ui = window.ui
    assert window.windowTitle() == CREATE_TITLE
    assert ui.createPage.isVisible() and not ui.unlockPage.isVisible()
    assert ui.createPath.text() == str(new_session.path)
    assert ui.createPath.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert ui.newPassphrase.echoMode() == QLineEdit.EchoMode.Password
    assert ui.rememberNewHint.text() == REMEMBER_TRADE
    assert not ui.rememberNew.isChecked()
    assert not ui.createButton.isEnabled()


def test_create_needs_two_matching_acceptable_passphrases(
    qtbot: QtBot, new_session: Session
) -> None:
    window = open_window(qtbot, new_session)
    ui = window.ui

    type_into(qtbot, ui.newPassphrase, "abc")
    assert ui.strengthLabel.text() == "Too short"
    assert "at least 8 characters" in ui.adviceLabel.text()
    type_into(qtbot, ui.confirmPassphrase, "abc")
    assert not ui.createButton.isEnabled()  # they match, but core would refuse it

    ui.newPassphrase.clear()
    ui.confirmPassphrase.clear()
    type_into(qtbot, ui.newPassphrase, STRONG)
    assert ui.strengthLabel.text() == "Strong"
    type_into(qtbot, ui.confirmPassphrase, "river lamp")
    assert not shown(ui.matchLabel)  # still typing it: no complaint yet
    assert not ui.createButton.isEnabled()
    type_into(qtbot, ui.confirmPassphrase, " quiet oceans")
    assert ui.matchLabel.text() == "The two passphrases differ."
    assert not ui.createButton.isEnabled()
    qtbot.keyClick(ui.confirmPassphrase, Qt.Key.Key_Backspace)
    assert "match" in ui.matchLabel.text() and "differ" not in ui.matchLabel.text()
    assert ui.createButton.isEnabled()


def test_a_common_password_is_called_weak(qtbot: QtBot, new_session: Session) -> None:
    window = open_window(qtbot, new_session)
    type_into(qtbot, window.ui.newPassphrase, "password1")
    assert window.ui.strengthLabel.text() == "Weak"
    assert "most common passwords" in window.ui.adviceLabel.text()


def test_creating_the_journal_attaches_it(
    qtbot: QtBot, new_session: Session, memory_keyring: MemoryKeyring
) -> None:
    window = open_window(qtbot, new_session)
    ui = window.ui
    type_into(qtbot, ui.newPassphrase, STRONG)
    type_into(qtbot, ui.confirmPassphrase, STRONG)
    with qtbot.waitSignal(new_session.unlocked, timeout=WAIT):
        qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
        assert window.busy and ui.busyLabel.text() == CREATING and ui.busyBar.isVisible()
        assert not ui.createButton.isEnabled() and not ui.newPassphrase.isEnabled()
    assert new_session.is_open and not new_session.is_demo
    assert Vault(new_session.path).exists()
    assert not Vault(new_session.path).remembered and not memory_keyring.entries
    assert ui.newPassphrase.text() == "" and ui.confirmPassphrase.text() == ""
    assert not window.busy
    new_session.lock()
    Journal.open(new_session.path, STRONG).lock()  # the passphrase typed is the one that works


def test_create_and_remember_on_this_device(
    qtbot: QtBot, new_session: Session, memory_keyring: MemoryKeyring
) -> None:
    window = open_window(qtbot, new_session)
    type_into(qtbot, window.ui.newPassphrase, STRONG)
    type_into(qtbot, window.ui.confirmPassphrase, STRONG)
    window.ui.rememberNew.setChecked(True)
    with qtbot.waitSignal(new_session.unlocked, timeout=WAIT):
        qtbot.keyClick(window.ui.confirmPassphrase, Qt.Key.Key_Return)
    assert Vault(new_session.path).remembered and memory_keyring.entries


def test_a_keychain_that_refuses_is_told_once_after_creating(
    qtbot: QtBot, new_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(LockedKeyring())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window = open_window(qtbot, new_session)
    type_into(qtbot, window.ui.newPassphrase, STRONG)
    type_into(qtbot, window.ui.confirmPassphrase, STRONG)
    window.ui.rememberNew.setChecked(True)
    with qtbot.waitSignal(new_session.unlocked, timeout=WAIT):
        qtbot.mouseClick(window.ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT)
    assert len(told) == 1 and told[0] == "\n\n".join(journal_of(new_session).notes)
    assert new_session.is_open and not Vault(new_session.path).remembered


# -- unlock -------------------------------------------------------------------------------------


def test_wrong_then_right_passphrase(qtbot: QtBot, locked_session: Session) -> None:
    window = open_window(qtbot, locked_session)
    ui = window.ui
    assert window.windowTitle() == UNLOCK_TITLE
    assert ui.unlockPage.isVisible() and not ui.createPage.isVisible()
    assert ui.unlockButton.isDefault()

    type_into(qtbot, ui.passphrase, "not my passphrase")
    qtbot.keyClick(ui.passphrase, Qt.Key.Key_Return)
    assert window.busy and not ui.unlockButton.isEnabled()
    qtbot.waitUntil(lambda: shown(ui.unlockMessage), timeout=WAIT)
    assert ui.unlockMessage.text() == str(UnlockFailed())
    assert ui.passphrase.selectedText() == "not my passphrase"
    assert ui.passphrase.isEnabled() and ui.unlockButton.isEnabled()
    assert QApplication.focusWidget() is ui.passphrase
    assert no_dialog_open() and not locked_session.is_open

    qtbot.keyClicks(ui.passphrase, PASSPHRASE)  # replaces the selected wrong one
    assert not shown(ui.unlockMessage)  # the old message goes as soon as the user types
    with qtbot.waitSignal(locked_session.unlocked, timeout=WAIT):
        qtbot.mouseClick(ui.unlockButton, Qt.MouseButton.LeftButton)
    assert locked_session.is_open and ui.passphrase.text() == ""


def test_pressing_unlock_again_while_it_runs_starts_nothing_more(
    qtbot: QtBot, locked_session: Session
) -> None:
    window = open_window(qtbot, locked_session)
    type_into(qtbot, window.ui.passphrase, "wrong, wrong")
    for _ in range(5):
        qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
        window.ui.unlockButton.click()
    qtbot.waitUntil(lambda: shown(window.ui.unlockMessage), timeout=WAIT)
    settle(qtbot, locked_session)
    assert window.ui.unlockMessage.text() == str(UnlockFailed()) and no_dialog_open()


def test_an_empty_passphrase_is_asked_for_in_place(qtbot: QtBot, locked_session: Session) -> None:
    window = open_window(qtbot, locked_session)
    qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
    assert window.ui.unlockMessage.text() == unlock.EMPTY_FIELD_MESSAGE
    assert not window.busy and no_dialog_open()


def test_journal_open_elsewhere_is_named(qtbot: QtBot, locked_session: Session) -> None:
    other = Journal.open(locked_session.path, PASSPHRASE)  # another TrustJournal holds it
    try:
        window = open_window(qtbot, locked_session)
        type_into(qtbot, window.ui.passphrase, PASSPHRASE)
        qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: shown(window.ui.unlockMessage), timeout=WAIT)
        text = window.ui.unlockMessage.text()
        assert text == str(AlreadyOpen(os.getpid()))
        assert "already open in another TrustJournal" in text
        assert not locked_session.is_open and no_dialog_open()
    finally:
        other.lock()


def test_a_damaged_journal_gets_cores_message(qtbot: QtBot, locked_session: Session) -> None:
    Vault(locked_session.path).db_path.unlink()
    window = open_window(qtbot, locked_session)
    type_into(qtbot, window.ui.passphrase, PASSPHRASE)
    qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(window.ui.unlockMessage), timeout=WAIT)
    assert window.ui.unlockMessage.text().startswith("The journal database is damaged")
    assert not locked_session.is_open


def test_a_journal_gone_meanwhile_leads_to_creating_one(
    qtbot: QtBot, locked_session: Session
) -> None:
    window = open_window(qtbot, locked_session)
    for file in sorted(locked_session.path.iterdir()):
        file.unlink()
    locked_session.path.rmdir()
    type_into(qtbot, window.ui.passphrase, PASSPHRASE)
    qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(window.ui.createMessage), timeout=WAIT)
    assert window.ui.createMessage.text().startswith("No TrustJournal journal in")
    assert window.ui.createPage.isVisible() and window.windowTitle() == CREATE_TITLE


def test_only_journal_errors_are_shown_as_written() -> None:
    assert describe(UnlockFailed()) == str(UnlockFailed())
    message = describe(RuntimeError("sqlite3.OperationalError at 0x7f..: Traceback"))
    assert message == GENERIC_FAILURE and "Traceback" not in message


def test_the_event_loop_runs_while_the_key_is_derived(
    qtbot: QtBot, locked_session: Session
) -> None:
    window = open_window(qtbot, locked_session)
    busy_ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: busy_ticks.append(window.busy))
    type_into(qtbot, window.ui.passphrase, PASSPHRASE)
    timer.start()
    with qtbot.waitSignal(locked_session.unlocked, timeout=WAIT):
        qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
    timer.stop()
    assert busy_ticks.count(True) >= 3  # the timer kept ticking while the worker ran


def test_quit_while_unlocking_leaves_the_journal_locked(
    qtbot: QtBot, locked_session: Session
) -> None:
    window = open_window(qtbot, locked_session)
    type_into(qtbot, window.ui.passphrase, PASSPHRASE)
    qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
    assert window.busy and window.ui.quitButton.isEnabled()
    with qtbot.waitSignal(window.quitRequested, timeout=WAIT):
        qtbot.mouseClick(window.ui.quitButton, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    settle(qtbot, locked_session)  # the opening ends on the journal worker, locked again
    assert not locked_session.is_open
    Journal.open(locked_session.path, PASSPHRASE).lock()  # nothing holds the vault any more


def test_ctrl_q_quits_while_unlocking(qtbot: QtBot, locked_session: Session) -> None:
    window = open_window(qtbot, locked_session)
    quit_keys = [key for action in window.actions() for key in action.shortcuts()]
    assert QKeySequence("Ctrl+Q") in quit_keys
    type_into(qtbot, window.ui.passphrase, PASSPHRASE)
    qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.quitRequested, timeout=WAIT):
        # To the window, as the system delivers it: the field is disabled while busy.
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, locked_session)  # the opening ends on the journal worker, locked again
    assert not locked_session.is_open
    Journal.open(locked_session.path, PASSPHRASE).lock()


def test_caps_lock_is_guessed_from_typing(qtbot: QtBot, locked_session: Session) -> None:
    window = open_window(qtbot, locked_session)
    caps = window.ui.capsLabel
    assert not caps.isVisible()
    qtbot.keyClicks(window.ui.passphrase, "A")  # a capital without Shift: Caps Lock is on
    assert caps.isVisible() and caps.text() == "Caps Lock is on"
    qtbot.keyClicks(window.ui.passphrase, "a", Qt.KeyboardModifier.ShiftModifier)
    assert caps.isVisible()  # small letter with Shift: still on
    qtbot.keyClicks(window.ui.passphrase, "b")
    assert not caps.isVisible()
    qtbot.keyClicks(window.ui.passphrase, "C", Qt.KeyboardModifier.ShiftModifier)
    assert not caps.isVisible()
    qtbot.keyClicks(window.ui.passphrase, "7")  # no case: tells nothing
    assert not caps.isVisible()


def test_show_and_hide_the_passphrase(qtbot: QtBot, locked_session: Session) -> None:
    window = open_window(qtbot, locked_session)
    ui = window.ui
    qtbot.mouseClick(ui.showButton, Qt.MouseButton.LeftButton)
    assert ui.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert ui.showButton.text() == "Hide"
    qtbot.mouseClick(ui.showButton, Qt.MouseButton.LeftButton)
    assert ui.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(ui.showButton, Qt.MouseButton.LeftButton)
    type_into(qtbot, ui.passphrase, "typed")
    window.prepare()  # as after a lock: hidden and empty again
    assert ui.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert ui.passphrase.text() == "" and ui.showButton.text() == "Show"


# -- remember on this device ------------------------------------------------------------------


@pytest.fixture
def remembered_session(vault_path: Path, config: Config, qapp: object) -> Iterator[Session]:
    Journal.create(vault_path, PASSPHRASE, remember=True).lock()
    session = Session(vault_path, config)
    yield session
    session.lock()


def test_a_remembered_journal_opens_without_typing(
    qtbot: QtBot, remembered_session: Session
) -> None:
    window = UnlockWindow(remembered_session)
    qtbot.addWidget(window)
    with qtbot.waitSignal(remembered_session.unlocked, timeout=WAIT):
        window.prepare()
        window.show()
        assert window.busy and window.ui.rememberBox.isChecked()
    assert remembered_session.is_open and window.ui.passphrase.text() == ""


def test_after_a_lock_a_remembered_journal_waits_for_unlock(
    qtbot: QtBot, remembered_session: Session
) -> None:
    window = UnlockWindow(remembered_session)
    qtbot.addWidget(window)
    with qtbot.waitSignal(remembered_session.unlocked, timeout=WAIT):
        window.prepare()
    remembered_session.lock()
    window.prepare()  # what the app does after locking
    window.show()
    assert not window.busy and not remembered_session.is_open
    with qtbot.waitSignal(remembered_session.unlocked, timeout=WAIT):
        qtbot.mouseClick(window.ui.unlockButton, Qt.MouseButton.LeftButton)  # field left empty


def test_a_forgotten_key_asks_for_the_passphrase_quietly(
    qtbot: QtBot, remembered_session: Session, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.entries.clear()  # the keychain lost the key (new login keyring, …)
    window = open_window(qtbot, remembered_session)
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT)
    assert shown(window.ui.unlockMessage) and window.ui.unlockMessage.property("role") == "note"
    assert not remembered_session.is_open and no_dialog_open()
    type_into(qtbot, window.ui.passphrase, PASSPHRASE)
    with qtbot.waitSignal(remembered_session.unlocked, timeout=WAIT):
        qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
    assert memory_keyring.entries  # still ticked, so the key is remembered again


def test_unticking_remember_forgets_the_key(
    qtbot: QtBot, remembered_session: Session, memory_keyring: MemoryKeyring
) -> None:
    window = UnlockWindow(remembered_session)
    qtbot.addWidget(window)
    window.prepare(try_remembered=False)
    window.show()
    window.ui.rememberBox.setChecked(False)
    type_into(qtbot, window.ui.passphrase, PASSPHRASE)
    with qtbot.waitSignal(remembered_session.unlocked, timeout=WAIT):
        qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
    assert not Vault(remembered_session.path).remembered and not memory_keyring.entries


# -- the demo journal -------------------------------------------------------------------------


def test_demo_path_comes_from_the_environment_or_beside_the_data_folder(
    demo_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert demo_vault_path() == demo_folder
    monkeypatch.delenv(DEMO_VAULT_ENV)
    assert demo_vault_path().name == "TrustJournal Demo"


def test_the_demo_is_its_own_journal(qtbot: QtBot, new_session: Session, demo_folder: Path) -> None:
    own = new_session.path
    window = open_window(qtbot, new_session)
    with qtbot.waitSignal(new_session.unlocked, timeout=60_000):
        qtbot.mouseClick(window.ui.demoButton, Qt.MouseButton.LeftButton)
        assert window.ui.busyLabel.text() == BUILDING_DEMO
    assert new_session.is_demo and new_session.path == demo_folder
    assert Vault(demo_folder).exists() and not Vault(own).exists() and not own.exists()
    names = [p.name for p in journal_of(new_session).people()]
    assert len(names) == 25
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QLineEdit)]
    assert not any(name in text for name in names for text in texts)

    new_session.lock()
    window.prepare()  # back to the user's own journal
    assert new_session.path == own and not new_session.is_demo
    assert window.ui.createPage.isVisible() and window.windowTitle() == CREATE_TITLE

    with qtbot.waitSignal(new_session.unlocked, timeout=WAIT):
        qtbot.mouseClick(window.ui.demoButton, Qt.MouseButton.LeftButton)
        assert window.ui.busyLabel.text() == OPENING_DEMO  # made once, opened after
    assert new_session.is_demo and len(journal_of(new_session).people()) == 25


def test_the_demo_link_is_on_the_unlock_page_too(
    qtbot: QtBot, locked_session: Session, demo_folder: Path
) -> None:
    window = open_window(qtbot, locked_session)
    assert window.ui.demoButton.isVisible()
    with qtbot.waitSignal(locked_session.unlocked, timeout=60_000):
        qtbot.mouseClick(window.ui.demoButton, Qt.MouseButton.LeftButton)
    assert locked_session.is_demo and locked_session.path == demo_folder
    own = Journal.open(window.own_path, PASSPHRASE)  # untouched, and not held
    try:
        assert own.people() == []
    finally:
        own.lock()


def test_the_demo_never_goes_into_the_users_own_folder(
    qtbot: QtBot, locked_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DEMO_VAULT_ENV, str(locked_session.path / "demo"))
    window = open_window(qtbot, locked_session)
    before = sorted(p.name for p in locked_session.path.iterdir())
    qtbot.mouseClick(window.ui.demoButton, Qt.MouseButton.LeftButton)
    assert "cannot live in your own journal's folder" in window.ui.unlockMessage.text()
    assert not window.busy and not locked_session.is_open
    assert sorted(p.name for p in locked_session.path.iterdir()) == before
