"""The journal worker on its own: operations in order, answers on the GUI thread, and a lock
that stops work (cancels what runs, drops what waits, keeps the writes)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from helpers import PASSPHRASE, journal_of, settle
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft
from trustjournal.gui.common.config import Config
from trustjournal.gui.session import Session
from trustjournal.gui.worker import Cancelled, Ticket


@pytest.fixture
def open_session(journal: Journal, config: Config) -> Iterator[Session]:
    path = journal.path
    journal.lock()
    session = Session(path, config)
    session.attach(Journal.open(path, PASSPHRASE))
    yield session
    session.close()


def test_answers_arrive_on_the_gui_thread_in_the_order_asked(
    qtbot: QtBot, open_session: Session
) -> None:
    seen: list[tuple[str, bool]] = []
    gui = threading.get_ident()

    def note(name: str) -> object:
        return lambda _result: seen.append((name, threading.get_ident() == gui))

    open_session.write(lambda j: j.add_person(PersonDraft("Ana Lima")), note("write"))
    open_session.read(lambda j: [p.name for p in j.people()], note("read"))
    settle(qtbot, open_session)
    assert seen == [("write", True), ("read", True)]


def test_no_read_runs_before_a_write_asked_earlier(qtbot: QtBot, open_session: Session) -> None:
    """An urgent read (a page opening) never overtakes the save the user just made."""
    names: list[list[str]] = []
    open_session.write(lambda j: j.add_person(PersonDraft("Ana Lima")))
    open_session.read(lambda j: [p.name for p in j.people()], names.append, urgent=True)
    settle(qtbot, open_session)
    assert names == [["Ana Lima"]]


def test_a_failure_reaches_its_handler_and_the_worker_goes_on(
    qtbot: QtBot, open_session: Session
) -> None:
    errors: list[BaseException] = []
    open_session.read(lambda j: j.person(424242), None, errors.append)
    open_session.write(lambda j: j.add_person(PersonDraft("Ana Lima")))
    settle(qtbot, open_session)
    assert [type(e).__name__ for e in errors] == ["NotFound"]
    assert [p.name for p in journal_of(open_session).people()] == ["Ana Lima"]


def test_lock_cancels_what_runs_drops_what_waits_and_keeps_the_writes(
    qtbot: QtBot, open_session: Session
) -> None:
    started = threading.Event()
    steps: list[int] = []
    outcomes: list[str] = []

    def long(_journal: Journal, ticket: Ticket) -> None:
        started.set()
        for step in range(10_000):  # ~100 s unless cancelled
            ticket.check()
            steps.append(step)
            threading.Event().wait(0.01)

    open_session.long(long, lambda _r: outcomes.append("long done"))
    assert started.wait(10)
    open_session.read(lambda j: j.people(), lambda _r: outcomes.append("read answered"))
    open_session.write(lambda j: j.add_person(PersonDraft("Written before the lock")))
    open_session.lock()  # no view cancels anything here: the worker itself must

    assert not open_session.is_open
    assert 0 < len(steps) < 10_000  # stopped between two steps
    QApplication.processEvents()
    assert outcomes == []  # nothing asked before the lock is answered after it
    assert open_session.worker.idle()
    with pytest.raises(Exception, match="locked"):
        open_session.call(lambda j: j.people())  # no journal any more on the worker
    with Journal.open(open_session.path, PASSPHRASE) as journal:
        assert [p.name for p in journal.people()] == ["Written before the lock"]


def test_work_asked_while_locked_does_not_run(qtbot: QtBot, open_session: Session) -> None:
    open_session.lock()
    ran: list[str] = []
    open_session.read(lambda _j: ran.append("read"))
    open_session.write(lambda _j: ran.append("write"))
    open_session.long(lambda _j, _t: ran.append("long"))
    assert open_session.worker.idle()
    assert ran == []


def test_a_cancelled_long_operation_says_so(qtbot: QtBot, open_session: Session) -> None:
    started = threading.Event()
    failures: list[BaseException] = []

    def long(_journal: Journal, ticket: Ticket) -> None:
        started.set()
        while True:
            ticket.check()
            threading.Event().wait(0.005)

    ticket = open_session.long(long, None, failures.append)
    assert started.wait(10)
    ticket.cancel()
    settle(qtbot, open_session)
    assert [type(f) for f in failures] == [Cancelled]
    assert open_session.is_open  # cancelling one operation is not a lock
