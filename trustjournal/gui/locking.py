"""Locking the journal when nobody is there: after idle time, when the screen locks, before sleep.

`IdleLock` watches every keyboard, mouse, wheel, touch and tablet event of the whole
application (one event filter on the QApplication, installed only while the journal is
open) and locks the session once none has come for `config.auto_lock_minutes` (0: never).
`ScreenLockWatcher` hears the desktop over D-Bus, where there is one: the screensaver
becoming active (`org.freedesktop.ScreenSaver` / `org.gnome.ScreenSaver` `ActiveChanged`),
logind's `PrepareForSleep` before suspend, and logind's `Lock` for this login session.
Without a bus it quietly does nothing; locking on idle still works.

Idle time is measured on a clock that keeps running while the machine sleeps
(CLOCK_BOOTTIME on Linux) and checked at least every `CHECK_MS`, so a laptop that wakes
after the idle time has passed locks within seconds even where logind cannot tell us.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from trustjournal.gui.session import Session

CHECK_MS = 15_000  # longest wait between two looks at the idle clock
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)

SCREENSAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"


def _clock() -> float:
    """Seconds on a clock that also counts time spent asleep, where the system has one."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic()


def login_session_path(session_id: str) -> str:
    """logind's object path for a session id (systemd's bus label escaping)."""
    label = "".join(
        ch if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)) else f"_{ord(ch):02x}"
        for i, ch in enumerate(session_id)
    )
    return f"{LOGIN1_PATH}/session/{label or '_'}"


class ScreenLockWatcher(QObject):
    """Emits `lockRequested` when the desktop locks its screen or the machine is about to sleep.

    Pass private bus connections to watch those instead of the user's own (tests do).
    """

    lockRequested = Signal(str)  # "screen" | "sleep" | "session"

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_bus = session_bus
        self._system_bus = system_bus
        self.watching: list[str] = []  # "interface.Signal" for every match that is in place

    def watch(self) -> list[str]:
        """Connect to whichever buses exist; returns what is being watched (maybe nothing)."""
        try:
            session_bus = self._session_bus or QDBusConnection.sessionBus()
            if session_bus.isConnected():
                for interface in SCREENSAVER_INTERFACES:
                    self._connect(
                        session_bus,
                        "",
                        "",
                        interface,
                        "ActiveChanged",
                        "screensaver_active_changed(bool)",
                    )
            system_bus = self._system_bus or QDBusConnection.systemBus()
            if system_bus.isConnected():
                self._connect(
                    system_bus,
                    LOGIN1,
                    LOGIN1_PATH,
                    LOGIN1_MANAGER,
                    "PrepareForSleep",
                    "prepare_for_sleep(bool)",
                )
                session_id = os.environ.get("XDG_SESSION_ID")
                if session_id:
                    self._connect(
                        system_bus,
                        LOGIN1,
                        login_session_path(session_id),
                        LOGIN1_SESSION,
                        "Lock",
                        "session_locked()",
                    )
        except Exception:  # noqa: S110 - no usable D-Bus here: idle locking is enough
            pass
        return list(self.watching)

    def _connect(
        self, bus: QDBusConnection, service: str, path: str, interface: str, name: str, slot: str
    ) -> None:
        # The stubs say the slot is bytes; PySide6 only accepts the str that SLOT() returns.
        if bus.connect(service, path, interface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            self.watching.append(f"{interface}.{name}")

    @Slot(bool)
    def screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("screen")

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.lockRequested.emit("sleep")

    @Slot()
    def session_locked(self) -> None:
        self.lockRequested.emit("session")


class IdleLock(QObject):
    """Locks `session` after idle time, and when the screen locks or the machine sleeps."""

    autoLocked = Signal(str)  # why, just before locking: "idle" | "screen" | "sleep" | "session"

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        *,
        watcher: ScreenLockWatcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._override_ms: int | None = None
        self._last_input = _clock()
        self._filtering = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        if watcher is None:
            watcher = ScreenLockWatcher(self)
            watcher.watch()
        self.watcher = watcher
        watcher.lockRequested.connect(self.lock_now)
        session.unlocked.connect(self.start)
        session.locked.connect(self.stop)
        session.settings_changed.connect(self._settings_changed)
        if session.is_open:
            self.start()

    # -- the interval -----------------------------------------------------------------------

    def interval_ms(self) -> int:
        """Idle time before locking, in milliseconds; 0 means never."""
        if self._override_ms is not None:
            return max(0, self._override_ms)
        return self.session.config.auto_lock_minutes * 60_000

    def set_interval_ms(self, ms: int | None) -> None:
        """Override the configured minutes (tests); None goes back to the configuration."""
        self._override_ms = ms
        if self._filtering:
            self._restart()

    def is_armed(self) -> bool:
        """Whether a lock is pending (journal open and an interval set)."""
        return self._timer.isActive()

    # -- running ----------------------------------------------------------------------------

    def start(self) -> None:
        """Start watching input (on unlock); does nothing while the journal is locked."""
        if not self.session.is_open:
            return
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._restart()

    def stop(self) -> None:
        """Stop watching input (on lock)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def _settings_changed(self) -> None:
        if self._filtering:
            self._restart()

    def _restart(self) -> None:
        self._last_input = _clock()
        interval = self.interval_ms()
        if interval <= 0:
            self._timer.stop()
        else:
            self._timer.start(min(interval, CHECK_MS))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = _clock()
        return False

    def _check(self) -> None:
        interval = self.interval_ms()
        if interval <= 0 or not self.session.is_open:
            return
        remaining = interval - int((_clock() - self._last_input) * 1000)
        if remaining > 0:
            self._timer.start(min(remaining, CHECK_MS))
        else:
            self.lock_now("idle")

    def lock_now(self, reason: str = "idle") -> None:
        """Lock at once (if open), saying why through `autoLocked`."""
        if self.session.is_open:
            self.autoLocked.emit(reason)
            self.session.lock()
