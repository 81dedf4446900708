"""The busy hint: views keep their last state while the worker answers; only a wait the user
could notice (past ~300 ms) shows "Working…", and it goes when the answer arrives."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from helpers import settle
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.service import Journal
from trustjournal.gui.common.busy import DELAY_MS, BusyHint
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> Iterator[MainWindow]:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    settle(qtbot, session)
    yield main
    main.hide()


def hint_of(window: MainWindow) -> BusyHint:
    hint = window.statusBar().findChild(BusyHint)
    assert hint is not None
    return hint


def held_read(session: Session, release: threading.Event, **how: bool) -> list[object]:
    """A read that lasts until `release` is set; returns the list its answer lands in."""
    answers: list[object] = []

    def slow(journal: Journal) -> int:
        release.wait(30)
        return len(journal.people())

    session.read(slow, answers.append, **how)
    return answers


def test_a_slow_answer_shows_working_then_the_hint_goes(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    hint = hint_of(window)
    release = threading.Event()
    answers = held_read(session, release)
    assert not hint.isVisible()  # not at once: most answers come before anyone notices
    assert hint.waiting
    qtbot.waitUntil(hint.isVisible, timeout=DELAY_MS * 20)
    assert window.statusBar().isVisible()
    release.set()
    qtbot.waitUntil(lambda: not hint.isVisible())
    assert len(answers) == 1
    assert not hint.waiting


def test_a_quick_answer_never_shows_the_hint(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    hint = hint_of(window)
    release = threading.Event()
    release.set()
    answers = held_read(session, release)
    assert hint.waiting
    qtbot.waitUntil(lambda: len(answers) == 1)
    assert not hint.waiting and not hint.isVisible()  # the delay was cancelled, not run out


def test_background_read_ahead_is_not_a_wait(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    hint = hint_of(window)
    release = threading.Event()
    answers = held_read(session, release, background=True)
    assert not hint.waiting and not hint.isVisible()
    release.set()
    qtbot.waitUntil(lambda: len(answers) == 1)
    assert not hint.isVisible()


def test_locking_clears_the_hint(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    hint = hint_of(window)
    release = threading.Event()
    held_read(session, release)
    qtbot.waitUntil(hint.isVisible, timeout=DELAY_MS * 20)
    release.set()
    session.lock()
    assert not hint.isVisible() and not hint.waiting
