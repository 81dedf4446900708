"""The desktop app's entry point and the small controller that moves between its windows.

Locked: only the unlock window exists on screen. Unlocked: only the main window. The
`Session` says which; this module only listens and shows the right one.

From the start, an error reaches stderr and the screen only as its type and place, with no
journal text (gui/crash.py).

One app per journal (gui/single_instance.py): `main` first asks whether TrustJournal is
already open on this journal; if so, that one comes to the front and this launch exits.

Quick capture (`trustjournal-app --new`, the launcher's New Conversation): the app opens
straight into a new conversation, right after the unlock (at once when the keychain unlocks
it); a second launch hands the request to the running app, which does the same, or opens it
at once when unlocked. The demo journal is never written into this way.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from trustjournal import APP_ID, APP_NAME, __version__
from trustjournal.gui import crash, single_instance
from trustjournal.gui.common import icons, language, theme, workers
from trustjournal.gui.common.announce import announce, name_message_icons
from trustjournal.gui.common.config import Config
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.locking import IdleLock
from trustjournal.gui.notify import STATUS_MS, Desktop
from trustjournal.gui.reminders import Notice, Reminders
from trustjournal.gui.session import Session
from trustjournal.gui.single_instance import Outcome, SingleInstance
from trustjournal.gui.tray import Tray
from trustjournal.gui.unlock.window import UnlockWindow

if TYPE_CHECKING:
    from trustjournal.gui.main_window import MainWindow

QUIT_WHEN_SHOWN_ENV = "TRUSTJOURNAL_QUIT_WHEN_SHOWN"
QUIT_AFTER_ACTIVATION = "after-activation"  # …its value to quit once another launch hands over
DEMO_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "App",
    "This is the demo journal: to write a new conversation, lock it (Ctrl+L) and unlock your "
    "own journal.",
)


class App(QObject):
    """Owns the session, the unlock window, the main window and the idle lock."""

    broughtToFront = Signal(QWidget)  # after another launch asked for the window

    def __init__(self, path: Path, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.session = Session(path, config, self)
        self.unlock_window = UnlockWindow(self.session)
        self._main_window: MainWindow | None = None  # built once an unlock begins
        self._new_entry = False  # a new conversation was asked for and is not open yet
        self.idle_lock = IdleLock(self.session, self)
        self.session.opening.connect(self._build_main_window)
        self.session.unlocked.connect(self._unlocked)
        self.session.locking.connect(self._close_dialogs)
        self.session.locked.connect(self._locked)
        # Running on in the tray, and reminders that say how many, never who (issue 16).
        self.tray = Tray(self.session, self)
        self.tray.openRequested.connect(self.bring_to_front)
        self.tray.quitRequested.connect(self.quit)
        self.broughtToFront.connect(lambda _window: self.tray.left_tray())
        self.desktop = Desktop(self.tray, self._show_status, self)
        self.reminders = Reminders(self.session, self._remind, self)
        self.desktop.clicked.connect(self.reminders.openNext)
        self.reminders.openNext.connect(self.open_next)

    @property
    def main_window(self) -> MainWindow:
        """The main window, built on first use: the unlock window shows first, without
        waiting for the store and the pages (see `start`)."""
        if self._main_window is None:
            from trustjournal.gui.main_window import MainWindow

            window = MainWindow(self.session)
            window.close_to_tray = self.tray.close_to_tray
            window.restore_geometry()
            # After the views: their `locking` slots stash drafts before the backup reads them.
            window.backups.install_automatic()
            self._main_window = window
        return self._main_window

    def _build_main_window(self) -> None:
        """While the key derivation runs on the journal worker, the pages are built here."""
        _ = self.main_window

    def start(self) -> None:
        self.unlock_window.prepare()
        self.unlock_window.show()
        # While the passphrase is typed, load the store's code (SQLAlchemy, the journal,
        # the backups: pure Python, no widgets) on a thread of its own.
        threading.Thread(target=_preload, name="preload", daemon=True).start()

    def _unlocked(self) -> None:
        self.unlock_window.hide()
        self.main_window.show()
        self.main_window.raise_()
        self.main_window.activateWindow()
        if self._new_entry:
            # Once the main window has gone back to where it was (its `unlocked` slots run
            # after this one): leaving that place asks about unsaved changes as usual.
            QTimer.singleShot(0, self, self._open_new_entry)

    def new_entry(self) -> None:
        """Open a new conversation: now when unlocked, else right after the next unlock."""
        self._new_entry = True
        if self.session.is_open:
            self._open_new_entry()

    def _open_new_entry(self) -> None:
        if not self._new_entry or not self.session.is_open:
            return  # locked meanwhile: after the next unlock
        if self.session.is_demo:
            self._new_entry = False
            self.main_window.statusBar().showMessage(self.tr(DEMO_NOT_WRITTEN), 10_000)
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            # A question or dialog is open over the window: its answer comes first. Later,
            # not in its `finished`: a lock closes dialogs too, and must finish first.
            modal.finished.connect(
                lambda _result: QTimer.singleShot(0, self, self._open_new_entry),
                Qt.ConnectionType.SingleShotConnection,
            )
            return
        # After an unlock the editor may still be bringing back an entry with unsaved
        # changes: they are known, and asked about, once it has arrived.
        self.main_window.editor.when_settled(self._new_conversation_now)

    def _new_conversation_now(self) -> None:
        if self._new_entry and self.session.is_open:
            self._new_entry = False
            self.main_window.new_conversation()

    def bring_to_front(self, token: str = "") -> None:
        """Another launch asked for this journal: show the window that is current now (the
        unlock window while locked, else the main window), and a dialog open over it."""
        window = self.main_window if self.session.is_open else self.unlock_window
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and modal is not window:
            single_instance.bring_to_front(window)
            single_instance.bring_to_front(modal, token)
        else:
            single_instance.bring_to_front(window, token)
        self.broughtToFront.emit(window)

    def open_next(self) -> None:
        """A reminder was clicked: bring the window forward, on the Next page once unlocked."""
        self.bring_to_front()
        if self.session.is_open:
            self.main_window.show_next()

    def _close_dialogs(self) -> None:
        """A question or dialog left open must not stand over the locked window."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _locked(self) -> None:
        self.main_window.save_geometry()
        self.main_window.hide()
        if self.tray.in_tray:
            return  # closed to the tray: a lock brings up no window ("Open" shows it)
        self.unlock_window.prepare()
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        announce(self.unlock_window, "The journal is locked")

    def quit(self) -> None:
        """Quit from the tray: as the window's Quit does when unlocked (asking about unsaved
        work), else at once."""
        if self.session.is_open and self._main_window is not None:
            self._main_window.quit()
        else:
            self.unlock_window.request_quit()  # a journal still opening is locked at once
            QApplication.quit()

    def _remind(self, notice: Notice) -> None:
        """A reminder (steps became due, the weekly review): on the desktop, and said to a
        screen reader from the window on show."""
        self.desktop.show(notice.title, notice.body)
        if self._main_window is not None and self._main_window.isVisible():
            announce(self._main_window, notice.body)
        elif self.unlock_window.isVisible():
            announce(self.unlock_window, notice.body)

    def _show_status(self, text: str) -> None:
        """Where a reminder goes when the desktop shows no notifications."""
        if self._main_window is not None:
            self._main_window.statusBar().showMessage(text, STATUS_MS)

    def shutdown(self) -> None:
        """On quit: save drafts, drop the key (after a key derivation still running: the
        worker does one thing at a time), end the journal worker; then let other background
        work (a backup being verified) finish."""
        self.session.close()
        workers.wait_for_all()


PRELOAD = (
    "trustjournal.core.journal.service",
    "trustjournal.core.backup.archive",
    "trustjournal.core.demo.builder",
)


def _preload() -> None:
    for name in PRELOAD:
        importlib.import_module(name)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    theme.prepare_high_dpi()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_ID)  # as gui/common/config.py names the settings folder
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icons.app_icon())
    name_message_icons(app)  # a message box's icon, in words for a screen reader
    return app


def claim(path: Path, app: QApplication, *, new_entry: bool = False) -> SingleInstance | None:
    """Claim the journal at `path` for this process; None if another TrustJournal has it
    (it was asked to come to the front, and with `new_entry` to open a new conversation).
    A note, if any, goes to stderr."""
    instance = SingleInstance(path, app)
    token = os.environ.get(single_instance.TOKEN_ENV, "")
    outcome = instance.claim(token=token, new_entry=new_entry)
    if instance.note:
        print(instance.note, file=sys.stderr)
    if outcome is Outcome.FORWARDED:
        instance.deleteLater()
        return None
    return instance


def main(path: Path, *, new_entry: bool = False) -> int:
    """Open the app on the journal at `path` (created on first run); returns the exit code.
    With `new_entry`, straight into a new conversation once the journal is unlocked.

    If TrustJournal is already open on that journal, brings it to the front (and hands it
    the new conversation) and returns 0.
    """
    app = make_application()
    # First thing, and for the rest of the process: errors while Python shuts down, after
    # `exec` returned, are scrubbed too.
    crash.install(app)
    config = Config()
    # Before any window is built (each translates its words once, when it is made), and
    # before the claim, whose notes on the terminal are in this language too.
    language.install(language.chosen(config.language), app)
    instance = claim(path, app, new_entry=new_entry)
    if instance is None:
        return 0
    theme.apply_theme(app, config.theme)
    controller = App(path, config)
    instance.activated.connect(controller.bring_to_front)
    instance.newEntryRequested.connect(controller.new_entry)
    if new_entry:
        controller.new_entry()
    app.aboutToQuit.connect(instance.close)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    quit_when = os.environ.get(QUIT_WHEN_SHOWN_ENV)
    if quit_when == QUIT_AFTER_ACTIVATION:  # tests: stay until another launch hands over
        instance.activated.connect(lambda _token: QTimer.singleShot(0, app.quit))
    elif quit_when:  # bench/cold_start.py: painted once, then quit
        QTimer.singleShot(0, lambda: (controller.unlock_window.repaint(), app.quit()))
    return app.exec()
