"""The open journal as the GUI sees it: operations for the journal worker, and its notices.

Views hold a `Session`, never a `Journal`: they ask for what they need with `read`,
`write` and `long` (run on the journal worker, gui/worker.py, answered on the GUI thread)
and keep showing what they have until the answer arrives. `changed` carries the journal's
change notices, `locking` / `locked` / `unlocked` its life.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from trustjournal.core.errors import JournalError
from trustjournal.gui.common.config import Config
from trustjournal.gui.worker import Done, Failed, JournalWorker, Kind, Progress, Ticket

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal


class Session(QObject):
    """The journal worker and the signals every view listens to."""

    changed = Signal(object)  # a core `Change`, after every write, from anywhere
    unlocked = Signal()
    opening = Signal()  # a journal is about to be opened on the worker (build what shows it)
    locking = Signal()  # about to lock: hand unsaved text to `keep_draft`, drop the rest
    locked = Signal()
    settings_changed = Signal()  # cadence or other preference that changes what views show

    def __init__(self, path: Path, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.config = config
        self.is_demo = False
        self.worker = JournalWorker(self)
        self.worker.on_change(self.changed.emit)  # from the worker thread: delivered queued
        self._open = False
        self._timers: list[QTimer] = []
        # Drafts the journal refused at a lock (a full disk): kept here, in memory only,
        # until the next unlock asks for them.
        self._unsaved: dict[str, str] = {}
        self._unsaved_guard = threading.Lock()
        # Called with the journal passphrase each time a person has just typed it and it
        # opened the journal (an unlock, a new journal, a recovery's new passphrase): the
        # key file of the automatic backups is sealed with it (gui/backup/keyfile.py).
        self.passphrase_hooks: list[Callable[[str], None]] = []

    @property
    def is_open(self) -> bool:
        return self._open

    # -- asking the journal --------------------------------------------------------------

    def read(
        self,
        fn: Callable[[Journal], Any],
        done: Done | None = None,
        failed: Failed | None = None,
        *,
        urgent: bool = False,
        background: bool = False,
        wanted: Callable[[], bool] | None = None,
        name: str = "",
    ) -> Ticket:
        """Read on the journal worker; `done(result)` on the GUI thread. Dropped when the
        journal locks first, or when `wanted()` (asked on the worker) says no."""
        ticket = Ticket(Kind.READ, fn, done, failed, None, urgent, background, wanted, name=name)
        if not self._open:
            return ticket  # locked: nothing to read, and nobody will wait for it
        return self.worker.submit(ticket)

    def write(
        self,
        fn: Callable[[Journal], Any],
        done: Done | None = None,
        failed: Failed | None = None,
        *,
        name: str = "",
    ) -> Ticket:
        """Change the journal on the worker; it runs even if a lock is asked meanwhile."""
        ticket = Ticket(Kind.WRITE, fn, done, failed, name=name)
        return self.worker.submit(ticket) if self._open else ticket

    def long(
        self,
        fn: Callable[[Journal, Ticket], Any],
        done: Done | None = None,
        failed: Failed | None = None,
        progress: Progress | None = None,
        *,
        name: str = "",
    ) -> Ticket:
        """A long operation (`fn(journal, ticket)` reports with `ticket.report(done,
        total)`): cancelled by `ticket.cancel()` or a lock, then `failed(Cancelled())`."""
        ticket = Ticket(Kind.LONG, fn, done, failed, progress, name=name)
        return self.worker.submit(ticket) if self._open else ticket

    def open(
        self, opener: Callable[[], Journal], done: Done | None, failed: Failed | None
    ) -> Ticket:
        """Open (or create) the journal on the worker thread, where it will live: the key
        derivation runs there. `done(path)` after `unlocked` has been emitted."""

        def opened(path: Path) -> None:
            self._opened(path)
            if done is not None:
                done(path)

        self.opening.emit()
        return self.worker.submit(Ticket(Kind.OPEN, opener, opened, failed, name="open"))

    def unlock(
        self, path: Path, passphrase: str, done: Done | None, failed: Failed | None
    ) -> Ticket:
        """Open the journal at `path` with `passphrase`, on the worker (the key derivation
        runs there, the window keeps painting)."""

        def opener() -> Journal:
            from trustjournal.core.journal.service import Journal  # not needed before an unlock

            return Journal.open(path, passphrase)

        return self.open(opener, done, failed)

    def passphrase_typed(self, passphrase: str) -> None:
        """The passphrase just typed opened the journal: hand it to who needs it, once."""
        if self._open and not self.is_demo:
            for hook in self.passphrase_hooks:
                hook(passphrase)

    def attach(self, journal: Journal) -> None:
        """Hand a journal opened elsewhere to the worker (tests, benchmarks)."""
        self.worker.attach(journal)
        self._opened(journal.path)

    def opened_elsewhere(self, path: Path) -> None:
        """The worker was given a journal directly (`worker.call_open`): say it is open."""
        self._opened(path)

    def _opened(self, path: Path) -> None:
        self.path = path
        self._open = True
        # What is loaded by now (modules, the windows, the store's metadata) lives as long
        # as the app: out of the cycle collector's sight, a full collection (which holds the
        # interpreter lock, so the window cannot paint) takes milliseconds, not tens of them
        # while the worker reads 20,000 conversations (docs/performance.md).
        gc.freeze()
        self.unlocked.emit()

    def call(self, fn: Callable[[Journal], Any], timeout: float = 30.0) -> Any:
        """Run `fn` on the worker and wait: tests and benchmarks only (see worker.call)."""
        return self.worker.call(fn, timeout)

    def lock(self) -> None:
        """Views hand over their unsaved text and forget the rest, then all work stops and
        the key is dropped on the worker thread; the windows keep painting meanwhile (an
        automatic backup before the lock shows its progress), but take no input."""
        if not self._open:
            return
        self.locking.emit()
        self._open = False
        self.worker.lock(pump=True)
        for timer in self._timers:
            if isValid(timer):
                timer.stop()
        self.locked.emit()

    def close(self) -> None:
        """At quit: lock, then end the worker's thread."""
        self.lock()
        self.worker.stop()

    # -- drafts that must survive a lock -----------------------------------------------------

    def keep_draft(self, key: str, body: str) -> None:
        """Store a view's unsaved state as an encrypted draft; if the journal refuses it (a
        full disk), keep it in memory until the next unlock instead."""

        def save(journal: Journal) -> None:
            try:
                journal.save_draft(key, body)
            except JournalError:
                self.hold(key, body)

        self.write(save, name="keep draft")

    def hold(self, key: str, body: str) -> None:
        """Keep text the journal refused, in memory only, until `unsaved_draft(key)` asks
        for it (callable from the worker thread: a refusal during a lock lands here)."""
        with self._unsaved_guard:
            self._unsaved[key] = body

    def unsaved_draft(self, key: str) -> str | None:
        """A draft the journal refused at the last lock, kept in memory (and forget it)."""
        with self._unsaved_guard:
            return self._unsaved.pop(key, None)

    def take_draft(self, key: str, done: Callable[[str | None], None]) -> None:
        """The draft kept under `key` (and forget it), from the journal or from memory."""

        def take(journal: Journal) -> str | None:
            body = journal.draft(key)
            with self._unsaved_guard:
                in_memory = self._unsaved.pop(key, None)
            if body is not None:
                journal.discard_draft(key)
            return body if body is not None else in_memory

        self.write(take, done, name="take draft")

    # -- refreshing -------------------------------------------------------------------------

    def refresh_after_changes(
        self, owner: QObject, refresh: Callable[[], None], *, ignore: tuple[str, ...] = ()
    ) -> QTimer:
        """Run `refresh` once, on the next turn of the event loop, after any burst of change
        notices or a settings change (an import announces thousands of writes); changes of
        the kinds in `ignore` (such as "reflection") do not count. Returns the timer, so a
        view that reloads anyway can `stop()` the pending refresh."""
        timer = QTimer(owner)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(refresh)
        self._timers.append(timer)

        def changed(change: object) -> None:
            if getattr(change, "kind", None) not in ignore:
                timer.start()

        self.changed.connect(changed)
        self.settings_changed.connect(timer.start)
        return timer

    def track(self, timer: QTimer) -> QTimer:
        """Count a view's own refresh timer as pending work (see `idle`); stopped on lock."""
        self._timers.append(timer)
        return timer

    def idle(self) -> bool:
        """Nothing asked of the journal is unanswered and no refresh is pending (tests,
        benchmarks)."""
        self._timers = [t for t in self._timers if isValid(t)]
        return self.worker.idle() and not any(t.isActive() for t in self._timers)
