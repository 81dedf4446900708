"""The system tray icon, and running on with the window closed.

With "Keep running in the system tray" on (a per-device preference, offered only where the
desktop has a tray) closing the main window hides it: the app keeps running, so reminders
still come, and the tray icon's menu opens the window again, locks the journal or quits.
With it off, closing the window quits, as it always did.

The icon shows only the app's name, never anything from the journal: its tooltip and menu
are fixed words, the same whether the journal is locked or not.

While the window is hidden in the tray, Qt must not quit when some other last window
closes, and a lock (idle, screen lock, the tray's own Lock) must not bring up the unlock
window: `in_tray` says so to the app, until a window is brought back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from trustjournal import APP_NAME
from trustjournal.gui.common import icons
from trustjournal.gui.session import Session

TOOLTIP = APP_NAME  # fixed: the tray is on screen whoever looks at it
MESSAGE_MS = 15_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    """The tray icon (created only when needed) and whether the app runs on in it."""

    openRequested = Signal()  # "Open TrustJournal", or a click on the icon
    quitRequested = Signal()
    messageClicked = Signal()  # a message shown by `show_message` was clicked

    # Whether this desktop has a tray (tests set it; the platform decides otherwise).
    available: Callable[[], bool] = staticmethod(tray_available)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.icon: QSystemTrayIcon | None = None
        self.in_tray = False  # the main window was closed into the tray and is hidden
        self._lock: QAction | None = None
        session.settings_changed.connect(self.refresh)
        session.unlocked.connect(self._update_lock)
        session.locked.connect(self._update_lock)
        self.refresh()

    def keeps_running(self) -> bool:
        """Closing the window hides it (the preference is on and there is a tray)."""
        return bool(self.session.config.keep_in_tray) and self.available()

    def refresh(self) -> None:
        """Show the icon while the preference is on; hide it when turned off."""
        if self.keeps_running():
            self._ensure_icon().show()
        elif self.icon is not None and not self.in_tray:
            self.icon.hide()

    def close_to_tray(self) -> bool:
        """The main window is being closed: True if it should only hide (then the app runs
        on in the tray), False to quit as usual."""
        if not self.keeps_running():
            return False
        self._ensure_icon().show()
        self.in_tray = True
        QGuiApplication.setQuitOnLastWindowClosed(False)
        return True

    def left_tray(self) -> None:
        """A window is shown again: closing the last one quits again."""
        if self.in_tray:
            self.in_tray = False
            QGuiApplication.setQuitOnLastWindowClosed(True)

    def show_message(self, title: str, body: str) -> bool:
        """Show a message from the tray icon; False when this desktop has no tray."""
        if not self.available():
            return False
        icon = self._ensure_icon()
        icon.show()  # a message needs the icon on screen; it stays while the app runs
        icon.showMessage(title, body, icons.app_icon(), MESSAGE_MS)
        return True

    # -- the icon and its menu ---------------------------------------------------------------

    def _ensure_icon(self) -> QSystemTrayIcon:
        if self.icon is None:
            icon = QSystemTrayIcon(icons.app_icon(), self)
            icon.setToolTip(TOOLTIP)
            menu = QMenu()
            menu.setParent(None)  # a menu has no QObject parent here; the icon keeps it
            menu.addAction(self.tr("Open TrustJournal"), self.openRequested.emit)
            self._lock = menu.addAction(self.tr("Lock"), self.session.lock)
            menu.addSeparator()
            menu.addAction(self.tr("Quit"), self.quitRequested.emit)
            icon.setContextMenu(menu)
            self._menu = menu
            icon.activated.connect(self._activated)
            icon.messageClicked.connect(self.messageClicked.emit)
            self.icon = icon
            self._update_lock()
        return self.icon

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.openRequested.emit()

    def _update_lock(self) -> None:
        if self._lock is not None:
            self._lock.setEnabled(self.session.is_open)

    def menu_texts(self) -> list[str]:
        """The words of the icon's menu (tests: none may come from the journal)."""
        return [a.text() for a in self._menu.actions()] if self.icon is not None else []
