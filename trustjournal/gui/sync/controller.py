"""When the app syncs (docs/sync.md): once right after an unlock, every five minutes while
unlocked, and about two seconds after the last of a burst of changes; never while locked.

Every round runs on the journal worker as a long operation (`Session.long`): never on the
GUI thread, dropped when a lock comes first, and not counted as something the user waits
for (the status bar says "Syncing…" itself). One round at a time: a round asked while one
runs is run once after it.

A round writes the rows other devices changed, and the journal announces them like any
write: views refresh. Those notices reach the GUI thread before the round's answer (both
are queued from the worker thread, in order), so the notices that arrive while a round is
out are the round's own (or of writes it already carried) and start no other round; a
round started by a change also runs only when rows are waiting to be sent
(`SyncStatus.waiting`), so a round can never set off an endless chain of rounds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from trustjournal.core.errors import JournalError

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal
    from trustjournal.core.journal.syncing import SyncStatus
    from trustjournal.core.sync.bridge import Report
    from trustjournal.gui.session import Session
    from trustjournal.gui.worker import Ticket

AFTER_CHANGE_MS = 2_000  # a burst of changes (typing, an import) ends in one round
EVERY_MS = 5 * 60 * 1000  # the others' changes arrive at least this often while unlocked


@dataclass(frozen=True)
class Outcome:
    """A round's answer: where sync stands after it, what it did (None: no round ran,
    nothing was waiting or the journal is not linked), and the error that stopped it."""

    status: SyncStatus
    report: Report | None = None
    error: JournalError | None = None


def _round(
    journal: Journal, folder: Path | None, device_name: str | None, only_if_waiting: bool
) -> Outcome:
    """On the worker: one round (linking to `folder` first, when given)."""
    status = journal.sync_status()
    if folder is None and (status.folder is None or (only_if_waiting and not status.waiting)):
        return Outcome(status)
    try:
        report = journal.sync(folder, device_name=device_name)
    except JournalError as error:
        if folder is not None:
            raise  # linking: the page says why, nothing was linked
        return Outcome(journal.sync_status(), None, error)
    return Outcome(journal.sync_status(), report)


class SyncController(QObject):
    """The rounds of one session; `SyncController.of(session)` finds or makes it."""

    updated = Signal()  # status, error or running changed
    roundStarted = Signal()

    OBJECT_NAME = "syncController"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setObjectName(self.OBJECT_NAME)
        self.session = session
        self.status: SyncStatus | None = None  # None: locked, or not read yet
        self.error: JournalError | None = None  # what stopped the last round
        self.report: Report | None = None  # the last round that ran
        self.rounds = 0  # rounds answered since this controller began (tests, the page)
        self._out = 0  # rounds asked of the worker and not answered yet
        self._again = False  # a round was asked while one was out: run it after
        self._after_change = QTimer(self)
        self._after_change.setSingleShot(True)
        self._after_change.setInterval(AFTER_CHANGE_MS)
        self._after_change.timeout.connect(lambda: self.sync_now(only_if_waiting=True))
        self._every = QTimer(self)
        self._every.setInterval(EVERY_MS)
        self._every.timeout.connect(self.sync_now)
        session.changed.connect(self._changed)
        session.unlocked.connect(self._unlocked)
        session.locking.connect(self._stop)
        session.locked.connect(self._locked)
        if session.is_open:
            self._unlocked()

    @classmethod
    def of(cls, session: Session) -> SyncController:
        found = session.findChild(SyncController, cls.OBJECT_NAME)
        return found if isinstance(found, SyncController) else cls(session)

    # -- what the status bar and the page read --------------------------------------------

    @property
    def linked(self) -> bool:
        return self.status is not None and self.status.folder is not None

    @property
    def running(self) -> bool:
        return self._out > 0

    def timers_active(self) -> bool:
        """A round is planned (tests: nothing is planned while locked)."""
        return self._after_change.isActive() or self._every.isActive()

    # -- rounds -----------------------------------------------------------------------------

    def sync_now(
        self,
        folder: Path | None = None,
        device_name: str | None = None,
        done: Callable[[Outcome], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        only_if_waiting: bool = False,
    ) -> Ticket | None:
        """A round on the worker (with `folder`: link the journal to it first); `done` and
        `failed` hear how it went, on the GUI thread. None when locked, or when a round is
        out already (it runs again after that one; a link always goes in the queue)."""
        if not self.session.is_open:
            return None
        if self._out and folder is None and done is None:
            self._again = True
            return None
        self._out += 1
        if self._out == 1:
            self.roundStarted.emit()
            self.updated.emit()

        def answered(outcome: Outcome) -> None:
            self._answered(outcome)
            if done is not None:
                done(outcome)

        def refused(error: BaseException) -> None:
            self._out = max(0, self._out - 1)
            self.updated.emit()
            if failed is not None:
                failed(error)
            elif not isinstance(error, JournalError):
                raise error
            self.refresh()

        return self.session.long(
            lambda j, _t: _round(j, folder, device_name, only_if_waiting),
            answered,
            refused,
            name="sync",
        )

    def refresh(self) -> None:
        """Read where sync stands (after something outside a round: a revocation)."""
        if self.session.is_open:
            self.session.read(lambda j: j.sync_status(), self._status_read, background=True)

    def _status_read(self, status: SyncStatus) -> None:
        if isValid(self):
            self.status = status
            self.updated.emit()

    def _answered(self, outcome: Outcome) -> None:
        self._out = max(0, self._out - 1)
        self.rounds += 1
        self.status = outcome.status
        if outcome.report is not None or outcome.error is not None:
            self.error = outcome.error
            if outcome.report is not None:
                self.report = outcome.report
        if self.linked and not self._every.isActive():
            self._every.start()
        self.updated.emit()
        if self._again and not self._out:
            self._again = False
            self.sync_now()

    def _changed(self, _change: object) -> None:
        if self._out or not self.linked or not self.session.is_open:
            return  # the round's own notices (see the module docstring), or nothing to do
        if not self._after_change.isActive():
            self.refresh()  # "1 change waiting" until the round (once a burst: an import)
        self._after_change.start()

    # -- the journal's life -------------------------------------------------------------------

    def _unlocked(self) -> None:
        self._out = 0
        self._again = False
        self.sync_now()  # reads the status too; a round only when linked

    def _stop(self) -> None:
        self._after_change.stop()
        self._every.stop()
        self._again = False

    def _locked(self) -> None:
        self._stop()
        self._out = 0
        self.status = None
        self.error = None
        self.report = None
        self.updated.emit()
