"""The desktop app's entry point and the small controller that moves between its windows.

Locked: only the unlock window exists on screen. Unlocked: only the main window. The
`Session` says which; this module only listens and shows the right one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from trustjournal import APP_ID, APP_NAME, __version__
from trustjournal.gui import icons, theme, workers
from trustjournal.gui.config import Config
from trustjournal.gui.locking import IdleLock
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session
from trustjournal.gui.unlock import UnlockWindow

QUIT_WHEN_SHOWN_ENV = "TRUSTJOURNAL_QUIT_WHEN_SHOWN"


class App(QObject):
    """Owns the session, the unlock window, the main window and the idle lock."""

    def __init__(self, path: Path, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.session = Session(path, config, self)
        self.unlock_window = UnlockWindow(self.session)
        self.main_window = MainWindow(self.session)
        self.main_window.restore_geometry()
        self.idle_lock = IdleLock(self.session, self)
        # After the views: their `locking` slots stash drafts before the backup reads them.
        self.main_window.backups.install_automatic()
        self.session.unlocked.connect(self._unlocked)
        self.session.locking.connect(self._close_dialogs)
        self.session.locked.connect(self._locked)

    def start(self) -> None:
        self.unlock_window.prepare()
        self.unlock_window.show()

    def _unlocked(self) -> None:
        self.unlock_window.hide()
        self.main_window.show()
        self.main_window.raise_()
        self.main_window.activateWindow()

    def _close_dialogs(self) -> None:
        """A question or dialog left open must not stand over the locked window."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _locked(self) -> None:
        self.main_window.save_geometry()
        self.main_window.hide()
        self.unlock_window.prepare()
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    def shutdown(self) -> None:
        """On quit: let a key derivation still running finish (it locks what it opened),
        then save drafts and drop the key."""
        workers.wait_for_all()
        self.session.lock()


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    theme.prepare_high_dpi()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icons.icon("app"))
    return app


def main(path: Path) -> int:
    """Open the app on the journal at `path` (created on first run); returns the exit code."""
    app = make_application()
    config = Config()
    theme.apply_theme(app, config.theme)
    controller = App(path, config)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):  # bench/gui.py times a cold start with this
        QTimer.singleShot(0, app.quit)
    return app.exec()
