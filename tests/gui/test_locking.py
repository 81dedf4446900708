"""Locking when nobody is there: after idle time, when the screen locks, before sleep."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from fractions import Fraction

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import SLOT, QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.service import Journal
from trustjournal.gui import locking
from trustjournal.gui.locking import IdleLock, ScreenLockWatcher
from trustjournal.gui.session import Session


@pytest.fixture
def idle(session: Session) -> Iterator[IdleLock]:
    # A watcher that is not connected to the machine's own buses: its slots are called directly.
    lock = IdleLock(session, watcher=ScreenLockWatcher())
    yield lock
    lock.stop()
    lock.deleteLater()


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def reopen(session: Session) -> None:
    session.attach(Journal.open(session.path, PASSPHRASE))


def test_idle_time_locks_the_journal(qtbot: QtBot, session: Session, idle: IdleLock) -> None:
    idle.set_interval_ms(200)
    with (
        qtbot.waitSignal(idle.autoLocked, timeout=3000) as why,
        qtbot.waitSignal(session.locked, timeout=3000),
    ):
        pass
    assert why.args == ["idle"]
    assert not session.is_open
    assert not idle.is_armed()


class FakeClock:
    """The idle clock, moved by the test: idle time is what the test says has passed,
    however slowly the machine runs the test. Exact (a Fraction of seconds), so that
    399 ms is never 399.99… and 400 never 399.99…"""

    def __init__(self) -> None:
        self.ms = 1_000_000

    def __call__(self) -> Fraction:
        return Fraction(self.ms, 1000)

    def advance(self, ms: int) -> None:
        self.ms += ms


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(locking, "_clock", fake)
    return fake


def next_check(qtbot: QtBot, idle: IdleLock) -> None:
    """Wait until the idle lock has looked at the clock once more (its timer fired)."""
    assert idle.is_armed()
    with qtbot.waitSignal(idle._timer.timeout, timeout=3000):
        pass


def test_typing_and_clicking_postpone_the_lock(
    qtbot: QtBot, session: Session, idle: IdleLock, field: QLineEdit, clock: FakeClock
) -> None:
    idle.set_interval_ms(400)
    for i in range(8):  # 2.4 s of activity, six times the idle time, a key or click each 0.3 s
        clock.advance(300)
        next_check(qtbot, idle)
        assert session.is_open, f"locked {0.3 * (i + 1):.1f} s in, 0.3 s after the last input"
        if i % 2:
            qtbot.keyClick(field, "a")
        else:
            qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    clock.advance(399)  # one millisecond short of the idle time
    next_check(qtbot, idle)
    assert session.is_open
    clock.advance(1)  # and once the hands have stopped for the idle time, it locks
    with qtbot.waitSignal(session.locked, timeout=3000):
        pass
    assert not session.is_open


def test_zero_minutes_never_locks(
    qtbot: QtBot, session: Session, idle: IdleLock, clock: FakeClock
) -> None:
    session.config.auto_lock_minutes = 0
    session.settings_changed.emit()
    assert idle.interval_ms() == 0
    assert not idle.is_armed()
    idle.set_interval_ms(0)
    assert not idle.is_armed()  # no timer: nothing can fire later
    clock.advance(24 * 3600 * 1000)
    idle._check()  # even a look at the clock a day later (as after a stray timer) keeps it open
    assert session.is_open
    assert not idle.is_armed()


def test_minutes_come_from_the_config_and_are_reread_when_settings_change(
    session: Session, idle: IdleLock
) -> None:
    assert idle.interval_ms() == session.config.auto_lock_minutes * 60_000
    assert idle.is_armed()
    session.config.auto_lock_minutes = 0
    session.settings_changed.emit()
    assert not idle.is_armed()
    session.config.auto_lock_minutes = 7
    session.settings_changed.emit()
    assert idle.interval_ms() == 7 * 60_000
    assert idle.is_armed()


def test_runs_only_while_the_journal_is_open(
    qtbot: QtBot, session: Session, idle: IdleLock
) -> None:
    session.lock()  # Ctrl+L
    assert not idle.is_armed()
    reopen(session)
    assert idle.is_armed()
    idle.set_interval_ms(200)
    with qtbot.waitSignal(session.locked, timeout=3000):
        pass
    assert not session.is_open


def test_a_lock_that_starts_on_a_locked_session_waits_for_the_unlock(
    qtbot: QtBot, session: Session
) -> None:
    session.lock()
    lock = IdleLock(session, watcher=ScreenLockWatcher())
    try:
        lock.set_interval_ms(200)
        assert not lock.is_armed()
        reopen(session)
        with qtbot.waitSignal(session.locked, timeout=3000):
            pass
    finally:
        lock.stop()


@pytest.mark.parametrize(
    ("slot", "reason"),
    [
        ("screensaver_active_changed", "screen"),
        ("prepare_for_sleep", "sleep"),
    ],
)
def test_screen_lock_and_sleep_lock_the_journal(
    qtbot: QtBot, session: Session, idle: IdleLock, slot: str, reason: str
) -> None:
    getattr(idle.watcher, slot)(False)  # the screensaver going away, or waking up
    assert session.is_open
    with qtbot.waitSignal(idle.autoLocked, timeout=1000) as why:
        getattr(idle.watcher, slot)(True)
    assert why.args == [reason]
    assert not session.is_open


def test_logind_session_lock_locks_the_journal(
    qtbot: QtBot, session: Session, idle: IdleLock
) -> None:
    with qtbot.waitSignal(idle.autoLocked, timeout=1000) as why:
        idle.watcher.session_locked()
    assert why.args == ["session"]
    assert not session.is_open


def test_without_a_bus_nothing_is_watched_and_nothing_fails(qapp: object) -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "tj-test-nowhere")
    try:
        watcher = ScreenLockWatcher(session_bus=nowhere, system_bus=nowhere)
        assert watcher.watch() == []
    finally:
        QDBusConnection.disconnectFromBus("tj-test-nowhere")


@pytest.mark.parametrize(
    ("session_id", "path"),
    [
        ("c1", "/org/freedesktop/login1/session/c1"),
        ("2", "/org/freedesktop/login1/session/_32"),
        ("12", "/org/freedesktop/login1/session/_312"),
        ("a-b", "/org/freedesktop/login1/session/a_2db"),
        ("", "/org/freedesktop/login1/session/_"),
    ],
)
def test_logind_session_path(session_id: str, path: str) -> None:
    assert locking.login_session_path(session_id) == path


# -- a real D-Bus daemon ------------------------------------------------------------------------


@pytest.fixture
def private_bus(qapp: object) -> Iterator[str]:
    """The address of a dbus-daemon of our own (never the user's session or system bus)."""
    if not shutil.which("dbus-daemon"):
        pytest.skip("needs dbus-daemon (apt-get install dbus-daemon)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        yield address
    finally:
        for name in ("tj-test-watcher", "tj-test-emitter"):
            QDBusConnection.disconnectFromBus(name)
        daemon.terminate()
        daemon.wait(timeout=10)


BARRIER_PATH = "/org/trustjournal/Test"
BARRIER_INTERFACE = "org.trustjournal.Test"


class Barrier(QObject):
    """Hears a test signal sent after the ones whose (lack of) effect is checked."""

    reached = Signal()

    @Slot()
    def reach(self) -> None:
        self.reached.emit()


def _emit(bus: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    if args:
        message.setArguments(list(args))
    assert bus.send(message)


@pytest.mark.parametrize(
    ("path", "interface", "name", "args", "reason"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", [True],
         "screen"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", [True], "screen"),
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", [True],
         "sleep"),
        ("/org/freedesktop/login1/session/_37", "org.freedesktop.login1.Session", "Lock", [],
         "session"),
    ],
)  # fmt: skip
def test_signals_on_a_real_bus_lock_the_journal(
    qtbot: QtBot,
    session: Session,
    private_bus: str,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    interface: str,
    name: str,
    args: list[object],
    reason: str,
) -> None:
    monkeypatch.setenv("XDG_SESSION_ID", "7")
    emitter = QDBusConnection.connectToBus(private_bus, "tj-test-emitter")
    assert emitter.isConnected()
    # logind's signals only count when they come from logind's own bus name.
    assert emitter.registerService(locking.LOGIN1)
    bus = QDBusConnection.connectToBus(private_bus, "tj-test-watcher")
    watcher = ScreenLockWatcher(session_bus=bus, system_bus=bus)
    assert f"{interface}.{name}" in watcher.watch()
    lock = IdleLock(session, watcher=watcher)
    barrier = Barrier()
    assert bus.connect("", BARRIER_PATH, BARRIER_INTERFACE, "Reached", barrier, SLOT("reach()"))
    try:
        _emit(emitter, path, interface, "Other")  # an unrelated signal does nothing
        if args:  # ActiveChanged(false), PrepareForSleep(false): waking up does nothing
            _emit(emitter, path, interface, name, False)
        # The bus delivers one sender's signals in order: once the barrier has arrived,
        # the watcher has heard (and ignored) everything sent before it.
        with qtbot.waitSignal(barrier.reached, timeout=5000):
            _emit(emitter, BARRIER_PATH, BARRIER_INTERFACE, "Reached")
        assert session.is_open
        with qtbot.waitSignal(lock.autoLocked, timeout=5000) as why:
            _emit(emitter, path, interface, name, *args)
        assert why.args == [reason]
        assert not session.is_open
    finally:
        lock.stop()
        QCoreApplication.processEvents()
