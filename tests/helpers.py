"""Values shared by the core and GUI tests (import from here inside tests/gui/)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

PASSPHRASE = "correct horse battery"


class OnWorker:
    """A session's journal as the tests use it: every call runs on the journal worker (the
    one thread that owns the open journal) and waits there for the answer, as no view may.

        journal_of(session).add_person(PersonDraft("Ana"))
    """

    def __init__(self, session: object) -> None:
        self._session = session

    def __getattr__(self, name: str) -> object:
        call = self._session.call  # type: ignore[attr-defined]
        value = call(lambda j: getattr(j, name))
        if not callable(value):
            return value
        return lambda *args, **kwargs: call(lambda j: getattr(j, name)(*args, **kwargs))


def journal_of(session: object) -> OnWorker:
    return OnWorker(session)


def settle(qtbot: object, session: object, timeout: int = 10_000) -> None:
    """Wait until everything asked of the journal has been answered and shown."""
    qtbot.waitUntil(session.idle, timeout=timeout)  # type: ignore[attr-defined]


def assess(session: object) -> list:  # type: ignore[type-arg]
    """Every tie as of today, as the sidebar and the person page compute them."""
    import datetime as dt

    return session.call(lambda j: j.assess_ties(dt.date.today()))  # type: ignore[attr-defined, no-any-return]


W = TypeVar("W")


def when_modal(kind: type[W], act: Callable[[W], object], *, timeout_ms: int = 10_000) -> None:
    """Call `act` with the application's modal window once one of type `kind` is up.

    For a test about to open a modal dialog (its `exec()` returns only once something
    answers it): the condition is checked on every turn of the event loop from now on,
    never after a guessed delay. If no such window comes within `timeout_ms`, the check
    stops and `act` is never called (the test's own assertions then say what is missing);
    if `act` fails, the window is closed so that the failure is reported, not a hang.
    """
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_ms / 1000
    timer = QTimer(QCoreApplication.instance())

    def check() -> None:
        window = QApplication.activeModalWidget()
        if isinstance(window, kind) and window.isVisible():
            timer.stop()
            timer.deleteLater()
            try:
                act(window)
            finally:  # a failed assertion in `act` must not leave the test blocked in exec()
                if window.isVisible():
                    window.close()
        elif time.monotonic() > deadline:
            timer.stop()
            timer.deleteLater()

    timer.timeout.connect(check)
    timer.start(0)
