"""THE journal worker: the one thread that owns the open `Journal` (Anki's QueryOp/CollectionOp).

The GUI never calls the journal itself. It hands the worker an operation, a function of the
journal, and hears back on the GUI thread:

    session.read(lambda j: j.people(), done=self._show, failed=self._say)
    session.write(lambda j: j.save_draft(key, body))
    ticket = session.long(lambda j, t: backup.make(j, out, progress=t.report), done, failed,
                          progress=self._moved)

Operations run one at a time on a thread of their own (writes first, in the order asked, so
every read sees what the user just did; then urgent reads; background reads last), so the
GUI thread never waits on SQLCipher or a key derivation and never sees a half-written
batch. Results are plain records (core/records.py): nothing that holds a database session
crosses back.

Locking (`lock`) stops all work: queued reads and long operations are dropped, a long one
that is running is cancelled (it checks `Ticket.check()` between steps and raises
`Cancelled`), writes already queued still run (they are the user's words), then the key is
dropped on this thread and no operation runs until the next unlock. Results of anything
asked before the lock are never delivered.
"""

from __future__ import annotations

import contextlib
import itertools
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from shiboken6 import isValid

from trustjournal.core.errors import JournalLocked

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int], None]

LOCK_WAIT_S = 30.0  # the longest a lock waits for the writes before it (an automatic backup)
PROGRESS_EVERY_S = 0.05  # progress reports reach the GUI at most this often


class Kind(IntEnum):
    """What an operation does; the order is the queue's among the same priority."""

    OPEN = 0  # open or create a journal (a key derivation)
    WRITE = 1  # change the journal: always runs, even when a lock is waiting
    READ = 2  # read: dropped when the journal locks
    LONG = 3  # a backup, restore, demo: cancellable, dropped or cancelled on lock
    LOCK = 9  # drop the key: after every write queued before it


class Cancelled(Exception):
    """A long operation was cancelled (the user, or a lock): it has stopped and cleaned up."""


@dataclass(eq=False)
class Ticket:
    """One operation asked of the worker; `cancel()` stops a long one between steps."""

    kind: Kind
    fn: Callable[..., Any]
    done: Done | None = None
    failed: Failed | None = None
    progress: Progress | None = None
    urgent: bool = False
    background: bool = False
    wanted: Callable[[], bool] | None = None  # asked on the worker thread before it runs
    generation: int = 0
    name: str = ""
    _cancelled: threading.Event = field(default_factory=threading.Event)
    _answered: threading.Event = field(default_factory=threading.Event)  # after it is sent
    _reported: float = 0.0
    _worker: JournalWorker | None = None

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """For long operations, between steps: stop here if cancelled."""
        if self._cancelled.is_set():
            raise Cancelled()

    def report(self, done: int, total: int) -> None:
        """Progress from the worker thread (throttled); raises `Cancelled` once cancelled."""
        self.check()
        now = time.monotonic()
        if self._worker is not None and (done >= total or now - self._reported >= PROGRESS_EVERY_S):
            self._reported = now
            self._worker.progressed.emit(self, done, total)

    @property
    def waited_on(self) -> bool:
        """Someone is waiting for the answer: a read or write, not a background read-ahead
        nor a long operation (it has a progress window of its own)."""
        return self.kind in (Kind.READ, Kind.WRITE) and not self.background

    def priority(self) -> tuple[int, int]:
        """Writes (and openings) come first, in the order asked, so no read ever runs
        before a write asked earlier and every read sees what the user just did."""
        band = 0 if self.urgent else 2 if self.background else 1
        if self.kind in (Kind.OPEN, Kind.WRITE):
            band = 0
        elif self.kind is Kind.LOCK:
            band = 3
        return band, int(self.kind)


class JournalWorker(QObject):
    """Owns the open journal on a thread of its own; see the module docstring."""

    # Emitted on the worker thread, received on the GUI thread (queued).
    finished = Signal(object, object, object)  # ticket, result, exception or None
    progressed = Signal(object, int, int)  # ticket, done, total
    # On the GUI thread: something the user is waiting for is (True) or is no longer (False)
    # unanswered: a read or write, not a background read-ahead nor a long operation.
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.PriorityQueue[tuple[tuple[int, int], int, Ticket | None]] = (
            queue.PriorityQueue()
        )
        self._order = itertools.count()
        self._journal: Journal | None = None
        self._listeners: list[Callable[[object], None]] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._generation = 0
        self._pending: set[Ticket] = set()  # asked and not yet delivered (GUI thread only)
        self._waited_on = 0  # how many of them someone waits for (see `busyChanged`)
        self._running: Ticket | None = None
        # The one window that takes input while a lock waits (the automatic backup's
        # progress window, for its Cancel): only while it is the active modal window.
        self.input_window: QObject | None = None
        self._guard = threading.Lock()
        self._thread = threading.Thread(target=self._loop, name="journal", daemon=True)
        self.finished.connect(self._deliver)
        self.progressed.connect(self._progress)
        self._thread.start()

    # -- asking (GUI thread) --------------------------------------------------------------

    def submit(self, ticket: Ticket) -> Ticket:
        ticket.generation = self._generation
        ticket._worker = self
        self._pending.add(ticket)
        if ticket.waited_on:
            self._waited_on += 1
            if self._waited_on == 1:
                self.busyChanged.emit(True)
        self._queue.put((ticket.priority(), next(self._order), ticket))
        return ticket

    @property
    def is_open(self) -> bool:
        return self._journal is not None

    def idle(self) -> bool:
        """Nothing asked and not yet answered (for tests and benchmarks)."""
        return not self._pending

    def on_change(self, listener: Callable[[object], None]) -> None:
        """Hear the open journal's change notices (called on the worker thread)."""
        self._listeners.append(listener)

    def call(self, fn: Callable[[Journal], Any], timeout: float = 30.0) -> Any:
        """Run `fn` on the worker and wait for it: for tests, benchmarks and shutting down
        only, never from a view (the GUI must not wait on the journal)."""
        if threading.current_thread() is self._thread:
            return fn(self._require())
        box: dict[str, Any] = {}

        def run(journal: Journal) -> None:
            try:
                box["result"] = fn(journal)
            except BaseException as exc:
                box["error"] = exc

        # Any failure is raised here, to the caller, and not again on the GUI thread.
        ticket = self.submit(Ticket(Kind.WRITE, run, failed=_ignore, name="call"))
        if not ticket._answered.wait(timeout):
            raise TimeoutError("the journal worker did not answer")
        if "error" in box:
            raise box["error"]
        if "result" not in box:
            raise JournalLocked()  # there was no journal to run it on
        return box["result"]

    def attach(self, journal: Journal) -> None:
        """Take over a journal opened elsewhere (tests, benchmarks): from now on only this
        thread uses it."""
        self.call_open(lambda: journal)

    def call_open(self, opener: Callable[[], Journal], timeout: float = 60.0) -> None:
        """Open a journal on the worker and wait for it (tests, benchmarks, smoke test)."""
        box: dict[str, BaseException] = {}

        def open_() -> Journal:
            try:
                return opener()
            except BaseException as exc:
                box["error"] = exc
                raise

        self.submit(Ticket(Kind.OPEN, open_, failed=lambda _exc: None, name="open"))
        with contextlib.suppress(JournalLocked):  # no journal: the opening failed
            self.call(lambda _j: None, timeout)  # runs after the opening, in order
        if "error" in box:
            raise box["error"]

    def lock(self, timeout: float = LOCK_WAIT_S, *, pump: bool = False) -> bool:
        """Stop all work and drop the key; True once locked (waits for the running write
        and the writes queued before this, never for reads or long operations). `pump`
        keeps windows painting meanwhile (no user input is taken, but by `input_window`)."""
        self._generation += 1
        with self._guard:
            running = self._running
        if running is not None and running.kind in (Kind.LONG, Kind.READ):
            running.cancel()
        ticket = self.submit(Ticket(Kind.LOCK, lambda _j: None, name="lock"))
        if pump:
            deadline = time.monotonic() + timeout
            while not ticket._answered.is_set() and time.monotonic() < deadline:
                QCoreApplication.processEvents(self._pump_flags(), 20)
                ticket._answered.wait(0.005)
        ok = ticket._answered.wait(0 if pump else timeout)
        # Nothing from before the lock will be delivered: forget it.
        self._pending.clear()
        if self._waited_on:
            self._waited_on = 0
            self.busyChanged.emit(False)
        return ok

    def _pump_flags(self) -> QEventLoop.ProcessEventsFlag:
        from PySide6.QtWidgets import QApplication

        window = self.input_window
        if window is not None and isValid(window) and QApplication.activeModalWidget() is window:
            return QEventLoop.ProcessEventsFlag.AllEvents  # modal: input reaches it alone
        return QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents

    def stop(self) -> None:
        """At quit (or when a test is done), after locking: end the thread."""
        if self._thread.is_alive():
            self._queue.put(((9, 99), next(self._order), None))
            self._thread.join(5)

    # -- the worker thread ------------------------------------------------------------------

    def _require(self) -> Journal:
        if self._journal is None:
            raise JournalLocked()
        return self._journal

    def _loop(self) -> None:
        while True:
            _, _, ticket = self._queue.get()
            if ticket is None:
                return
            stale = ticket.generation != self._generation
            if (stale and ticket.kind in (Kind.READ, Kind.LONG, Kind.OPEN)) or (
                ticket.wanted is not None and not ticket.wanted()
            ):
                self._answer(ticket, None, _Dropped())
                continue
            with self._guard:
                self._running = ticket
            try:
                result = self._run(ticket)
            except BaseException as exc:
                self._answer(ticket, None, exc)
            else:
                self._answer(ticket, result, None)
            finally:
                with self._guard:
                    self._running = None

    def _answer(self, ticket: Ticket, result: Any, error: BaseException | None) -> None:
        """Send the answer to the GUI thread, then let a waiting `call` or `lock` go on."""
        try:
            if isValid(self):
                self.finished.emit(ticket, result, error)
        finally:
            ticket._answered.set()

    def _run(self, ticket: Ticket) -> Any:
        if ticket.kind is Kind.OPEN:
            journal = ticket.fn()
            self._adopt(journal)
            return journal.path
        if ticket.kind is Kind.LOCK:
            self._drop()
            ticket.fn(None)
            return None
        journal = self._require()
        if ticket.kind is Kind.LONG:
            return ticket.fn(journal, ticket)
        return ticket.fn(journal)

    def _adopt(self, journal: Journal) -> None:
        self._drop()
        self._journal = journal
        journal.bind_thread()
        self._unsubscribe = journal.on_change(self._announce)

    def _announce(self, change: object) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _drop(self) -> None:
        journal, self._journal = self._journal, None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if journal is not None:
            journal.lock()

    # -- answers (GUI thread) ---------------------------------------------------------------

    def _deliver(self, ticket: Ticket, result: Any, error: BaseException | None) -> None:
        if ticket.generation != self._generation:
            return  # asked before a lock: nobody is waiting for it any more
        if ticket in self._pending:
            self._pending.discard(ticket)
            if ticket.waited_on:
                self._waited_on -= 1
                if self._waited_on == 0:
                    self.busyChanged.emit(False)
        if isinstance(error, _Dropped):
            return  # no longer wanted when its turn came
        if error is None:
            if ticket.done is not None:
                ticket.done(result)
        elif ticket.failed is not None:
            ticket.failed(error)
        elif not isinstance(error, Cancelled):
            raise error  # an operation nobody expected to fail: the crash report

    def _progress(self, ticket: Ticket, done: int, total: int) -> None:
        if ticket.generation == self._generation and ticket.progress is not None:
            ticket.progress(done, total)


def _ignore(_error: BaseException) -> None:
    pass


class _Dropped(Exception):
    """Internal: an operation that was not run (asked before a lock, or no longer wanted)."""
