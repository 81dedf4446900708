"""Showing a desktop notification: from the tray icon where the desktop has a tray, else
through the freedesktop notification service on the session bus, else as a line in the
main window's status bar.

Whatever is shown here can appear on a lock screen and stays in the desktop's notification
history, out of the journal's encryption: callers pass fixed words and counts only (see
gui/reminders.py, the one place that writes them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    QCoreApplication,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from trustjournal import APP_ID, APP_NAME
from trustjournal.gui.tray import Tray

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
DEFAULT_ACTION = "default"  # the spec's name for a click on the notification itself
DBUS_TIMEOUT_MS = 2_000
STATUS_MS = 30_000


class Desktop(QObject):
    """Shows a title and a body where the desktop lets us; `clicked` when the user clicks
    one (the tray message, or the freedesktop notification)."""

    clicked = Signal()

    # The bus the freedesktop service is looked for on, when none is given (tests point it
    # away from the desktop of whoever runs them).
    session_bus: Callable[[], QDBusConnection] = staticmethod(QDBusConnection.sessionBus)

    def __init__(
        self,
        tray: Tray,
        status: Callable[[str], None] | None = None,
        parent: QObject | None = None,
        *,
        bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self.tray = tray
        self.status = status  # the last resort: the main window's status bar
        self._bus = bus
        self._notifications: QDBusInterface | None = None
        self._sent: set[int] = set()  # ids of our own notifications, to know their clicks
        tray.messageClicked.connect(self.clicked.emit)

    def show(self, title: str, body: str) -> str:
        """Show it; returns how: "tray", "dbus", "status" or "" (nowhere)."""
        if self.tray.show_message(title, body):
            return "tray"
        if self._notify(title, body):
            return "dbus"
        if self.status is not None:
            self.status(body)
            return "status"
        return ""

    # -- freedesktop notifications --------------------------------------------------------

    def _interface(self) -> QDBusInterface | None:
        if self._notifications is not None:
            return self._notifications
        bus = self._bus if self._bus is not None else self.session_bus()
        if not bus.isConnected():
            return None
        registered = bus.interface()
        if registered is None or not registered.isServiceRegistered(NOTIFICATIONS).value():
            return None
        interface = QDBusInterface(NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, bus, self)
        if not interface.isValid():
            return None
        interface.setTimeout(DBUS_TIMEOUT_MS)
        # The stubs say the slot is bytes; PySide6 only accepts the str that SLOT() returns.
        bus.connect(  # type: ignore[call-overload]
            NOTIFICATIONS,
            NOTIFICATIONS_PATH,
            NOTIFICATIONS,
            "ActionInvoked",
            self,
            SLOT("_action_invoked(uint,QString)"),
        )
        self._notifications = interface
        return interface

    def _notify(self, title: str, body: str) -> bool:
        interface = self._interface()
        if interface is None:
            return False
        # Through the interface's introspected method, so that every argument goes with the
        # spec's type ("susssasa{sv}i"): a plain call would send the id as a signed int,
        # which servers that check types refuse.
        try:
            ident = QMetaObject.invokeMethod(
                interface,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, APP_NAME),
                Q_ARG("uint", 0),
                Q_ARG(str, APP_ID),  # the icon, by the desktop entry's name
                Q_ARG(str, title),
                Q_ARG(str, body),
                Q_ARG(
                    "QStringList",
                    [DEFAULT_ACTION, QCoreApplication.translate("Notifier", "Open TrustJournal")],
                ),
                Q_ARG("QVariantMap", {"desktop-entry": APP_ID}),
                Q_ARG(int, -1),
            )
        except (RuntimeError, TypeError):
            return False
        if not isinstance(ident, int) or ident == 0:
            return False
        self._sent.add(ident)
        return True

    @Slot("uint", str)
    def _action_invoked(self, ident: int, action: str) -> None:
        if ident in self._sent and action == DEFAULT_ACTION:
            self.clicked.emit()
