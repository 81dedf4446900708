"""Reminders that leak nothing (gui/reminders.py): how many follow-ups are due, never who or
why; the weekly review prompt on the chosen day, once; running on in the tray (gui/tray.py).

Real journals throughout; the day is moved with the reminders' own `clock`, and what would
be shown is read where it leaves the app (the tray's message, or the `deliver` seam).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import PASSPHRASE, journal_of, settle
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.gui.app import App
from trustjournal.gui.common.config import Config
from trustjournal.gui.notify import Desktop
from trustjournal.gui.reminders import (
    DUE,
    REVIEW,
    Notice,
    Reminders,
    notification_text,
    review_text,
)
from trustjournal.gui.session import Session
from trustjournal.gui.tray import TOOLTIP, Tray

CHILDREN = Path(__file__).resolve().parent.parent / "children"
MARKER = "Zqxmarker"
TODAY = dt.date.today()
WEDNESDAY = dt.date(2026, 7, 1)  # a Wednesday
assert WEDNESDAY.weekday() == 2


def fading_tie(journal: Any, name: str, quiet: int = 85) -> int:
    """A tie honest both ways, on two days, the last `quiet` days ago: with the default
    cadence of 90 days it fades within the week, so a "before it fades" step is due."""
    person = journal.add_person(PersonDraft(name, notes=f"Knows about {MARKER} plans")).id
    for days, signals in (
        (quiet + 20, ("they_admitted_doubt", "i_shared_failure")),
        (quiet, ("they_shared_failure", "i_admitted_doubt")),
    ):
        journal.add_conversation(
            ConversationDraft(
                (person,),
                TODAY - dt.timedelta(days=days),
                "one_on_one",
                f"{name} told me about {MARKER}; I said I was unsure too.",
                signals,
            )
        )
    return int(person)


class Recorder:
    def __init__(self) -> None:
        self.notices: list[Notice] = []

    def __call__(self, notice: Notice) -> None:
        self.notices.append(notice)

    def bodies(self, kind: str = DUE) -> list[str]:
        return [n.body for n in self.notices if n.kind == kind]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def reminders(session: Session, recorder: Recorder) -> Iterator[Reminders]:
    session.config.review_day = "off"
    r = Reminders(session, recorder)
    yield r
    r.deleteLater()


def counted(qtbot: QtBot, reminders: Reminders) -> None:
    """Check now, and wait for the count to come back from the journal worker."""
    reminders.count = None
    reminders.check()
    qtbot.waitUntil(lambda: reminders.count is not None, timeout=10_000)


# -- the words ------------------------------------------------------------------------------


def test_the_words_say_how_many_and_nothing_else() -> None:
    assert notification_text(1) == (
        "TrustJournal",
        "1 follow-up is due. Open TrustJournal to see it.",
    )
    assert notification_text(3) == (
        "TrustJournal",
        "3 follow-ups are due. Open TrustJournal to see them.",
    )
    assert review_text() == ("TrustJournal", "Time for your weekly review.")


# -- the marker test: what leaves the app --------------------------------------------------------


@pytest.fixture
def marked_vault(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    with Journal.create(path, PASSPHRASE) as journal:
        fading_tie(journal, f"{MARKER} Okafor")
    return path


@pytest.fixture
def app_with_tray(
    marked_vault: Path, config: Config, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[App, list[tuple[str, str]]]]:
    """The real app on a desktop with a tray, whose messages are recorded, not shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    monkeypatch.setattr(
        QSystemTrayIcon,
        "showMessage",
        lambda _self, title, body, *_rest: shown.append((title, body)),
    )
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    config.review_day = "off"
    controller = App(marked_vault, config)
    controller.start()
    yield controller, shown
    config.keep_in_tray = False
    controller.tray.left_tray()
    controller.main_window.editor.confirm_leave = lambda *_: True  # type: ignore[method-assign]
    controller.session.lock()
    controller.main_window.close()
    controller.unlock_window.close()
    if controller.tray.icon is not None:
        controller.tray.icon.hide()


def unlock(app: App, qtbot: QtBot) -> None:
    field = app.unlock_window.ui.passphrase
    field.clear()
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(app.main_window.isVisible, timeout=10_000)


def test_the_notification_counts_and_names_nobody(
    app_with_tray: tuple[App, list[tuple[str, str]]], qtbot: QtBot, config: Config
) -> None:
    app, shown = app_with_tray
    # The journal really has a due step, and its reason names the person.
    unlock(app, qtbot)
    [step] = app.session.call(lambda j: j.next_steps(TODAY))
    assert MARKER in step.reason and step.due <= TODAY + dt.timedelta(days=7)
    # The unlock itself starts the check: no test hook, the app's own path to the tray.
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=15_000)
    title, body = shown[0]
    assert (title, body) == notification_text(1)
    assert "1 follow-up is due" in body
    icon = app.tray.icon
    assert icon is not None and icon.toolTip() == TOOLTIP == "TrustJournal"
    everything = " ".join([title, body, icon.toolTip(), *app.tray.menu_texts()])
    assert MARKER.lower() not in everything.lower()
    assert "Okafor" not in everything
    config.qsettings.sync()
    settings = Path(config.qsettings.fileName()).read_bytes()
    assert MARKER.encode() not in settings and b"Okafor" not in settings


# -- when it notifies ----------------------------------------------------------------------------


def test_a_new_step_notifies_again_the_same_count_does_not(
    qtbot: QtBot, session: Session, reminders: Reminders, recorder: Recorder
) -> None:
    journal = journal_of(session)
    counted(qtbot, reminders)
    assert reminders.count == 0 and recorder.notices == []  # nothing due: nothing said
    fading_tie(journal, "Maya Chen")
    counted(qtbot, reminders)
    assert recorder.bodies() == [notification_text(1)[1]]
    counted(qtbot, reminders)
    assert len(recorder.notices) == 1  # the same count, the same day: once
    fading_tie(journal, "Tom Berg", quiet=88)
    counted(qtbot, reminders)
    assert recorder.bodies()[-1] == notification_text(2)[1]
    reminders.clock = lambda: TODAY + dt.timedelta(days=1)
    counted(qtbot, reminders)
    assert len(recorder.bodies()) == 3  # a new day: still due, said once more


def test_changes_in_the_journal_start_a_check(
    qtbot: QtBot, session: Session, reminders: Reminders, recorder: Recorder
) -> None:
    fading_tie(journal_of(session), "Maya Chen")
    qtbot.waitUntil(lambda: len(recorder.notices) == 1, timeout=15_000)
    assert recorder.notices[0].body == notification_text(1)[1]


def test_turned_off_says_nothing_and_reads_nothing(
    qtbot: QtBot,
    session: Session,
    reminders: Reminders,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fading_tie(journal_of(session), "Maya Chen")
    settle(qtbot, session)
    session.config.remind_due = False
    reads: list[str] = []
    real_read = session.read
    monkeypatch.setattr(
        session, "read", lambda *a, **k: (reads.append("read"), real_read(*a, **k))[1]
    )
    reminders.check()
    settle(qtbot, session)
    assert reads == [] and recorder.notices == []


def test_locked_nothing_is_read_and_the_count_is_forgotten(
    qtbot: QtBot,
    session: Session,
    reminders: Reminders,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fading_tie(journal_of(session), "Maya Chen")
    counted(qtbot, reminders)
    assert reminders.count == 1
    session.lock()
    assert reminders.count is None
    reads: list[str] = []
    monkeypatch.setattr(session, "read", lambda *a, **k: reads.append("read"))
    reminders.check()
    assert reads == [] and len(recorder.notices) == 1


# -- the weekly review ---------------------------------------------------------------------------


def test_the_weekly_review_comes_on_its_day_once(
    session: Session, reminders: Reminders, recorder: Recorder
) -> None:
    session.config.remind_due = False
    session.config.review_day = "wednesday"
    for day in (WEDNESDAY - dt.timedelta(days=1), WEDNESDAY, WEDNESDAY, WEDNESDAY):
        reminders.clock = lambda day=day: day  # type: ignore[misc]
        reminders.check()
    assert recorder.bodies(REVIEW) == [review_text()[1]]
    # Once that day, also after a restart of the app.
    again = Reminders(session, recorder)
    again.clock = lambda: WEDNESDAY
    again.check()
    for day in range(1, 7):
        reminders.clock = lambda day=day: WEDNESDAY + dt.timedelta(days=day)  # type: ignore[misc]
        reminders.check()
    assert len(recorder.bodies(REVIEW)) == 1
    reminders.clock = lambda: WEDNESDAY + dt.timedelta(days=7)
    reminders.check()
    assert len(recorder.bodies(REVIEW)) == 2


def test_the_weekly_review_comes_while_locked_and_not_when_off(
    session: Session, reminders: Reminders, recorder: Recorder
) -> None:
    session.lock()
    session.config.review_day = "wednesday"
    reminders.clock = lambda: WEDNESDAY
    reminders.check()
    assert [n.kind for n in recorder.notices] == [REVIEW]
    session.config.review_day = "off"
    reminders.clock = lambda: WEDNESDAY + dt.timedelta(days=7)
    reminders.check()
    assert len(recorder.notices) == 1


# -- the tray -----------------------------------------------------------------------------------


def test_with_the_tray_closing_hides_the_window_and_the_app_runs_on(
    app_with_tray: tuple[App, list[tuple[str, str]]],
    qtbot: QtBot,
    config: Config,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app, _shown = app_with_tray
    quits: list[str] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append("quit")))
    config.keep_in_tray = True
    app.session.settings_changed.emit()
    assert app.tray.icon is not None and app.tray.icon.isVisible()
    unlock(app, qtbot)
    window = app.main_window
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    QApplication.processEvents()
    assert quits == [] and app.session.is_open and app.tray.in_tray
    assert not QApplication.quitOnLastWindowClosed()
    # A lock while in the tray brings up no window; "Open TrustJournal" shows the unlock one.
    app.session.lock()
    assert not app.unlock_window.isVisible() and not window.isVisible()
    app.tray.openRequested.emit()
    assert app.unlock_window.isVisible() and not app.tray.in_tray
    assert QApplication.quitOnLastWindowClosed()
    unlock(app, qtbot)
    window.app_actions.quit.trigger()  # Quit quits, tray or not
    qtbot.waitUntil(lambda: quits == ["quit"])


def test_without_the_tray_closing_the_window_quits_as_before(
    app_with_tray: tuple[App, list[tuple[str, str]]],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app, _shown = app_with_tray
    quits: list[str] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append("quit")))
    unlock(app, qtbot)
    assert not app.tray.keeps_running()
    app.main_window.close()
    qtbot.waitUntil(lambda: quits == ["quit"])
    assert not app.tray.in_tray


def test_a_click_on_a_reminder_opens_the_window_on_the_next_page(
    app_with_tray: tuple[App, list[tuple[str, str]]], qtbot: QtBot, config: Config
) -> None:
    app, _shown = app_with_tray
    config.keep_in_tray = True
    unlock(app, qtbot)
    app.main_window.close()
    qtbot.waitUntil(lambda: not app.main_window.isVisible())
    with qtbot.waitSignal(app.reminders.openNext):
        app.desktop.clicked.emit()
    assert app.main_window.isVisible() and not app.tray.in_tray
    assert app.main_window.pages.currentWidget() is app.main_window.next_steps


# -- without a tray: the freedesktop notification service -----------------------------------------


@pytest.fixture
def notification_service(qapp: object) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """A bus of our own (never the user's) with a stand-in notification service on it."""
    if not shutil.which("dbus-daemon"):
        pytest.skip("needs dbus-daemon (apt-get install dbus-daemon)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    server = subprocess.Popen(
        [sys.executable, str(CHILDREN / "fake_notifications.py")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        yield address, server
    finally:
        QDBusConnection.disconnectFromBus("tj-test-notify")
        for process in (server, daemon):
            process.terminate()
            process.wait(timeout=10)


def test_without_a_tray_the_desktops_notification_service_shows_it(
    notification_service: tuple[str, subprocess.Popen[str]], session: Session
) -> None:
    address, server = notification_service
    bus = QDBusConnection.connectToBus(address, "tj-test-notify")
    desktop = Desktop(Tray(session), bus=bus)
    title, body = notification_text(2)
    assert desktop.show(title, body) == "dbus"
    assert server.stdout is not None
    call = json.loads(server.stdout.readline())  # it arrived with the spec's argument types
    assert (call["app"], call["summary"], call["body"]) == ("TrustJournal", title, body)
    assert call["actions"][0] == "default"


def test_with_no_tray_and_no_service_the_status_bar_says_it(session: Session) -> None:
    said: list[str] = []
    desktop = Desktop(Tray(session), said.append)  # the tests' bus is not connected
    assert desktop.show(*notification_text(1)) == "status"
    assert said == [notification_text(1)[1]]
