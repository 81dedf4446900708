"""Today's next steps, read once for every view that shows them.

`NextFeed` asks the journal worker for `Journal.next_page` after an unlock, after every
change (a conversation logged may answer a step; marking one done changes the list) and
when the day turns, and keeps the answer: the Next page, the welcome page and the toolbar's
count all show the same one. Locking drops it (it holds names and sentences about people).
The leader's choices (done, snooze, not relevant, bring back) are written through here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from trustjournal.core.errors import JournalError
from trustjournal.core.journal.steps import NextPage
from trustjournal.core.judgement.follow_through import State
from trustjournal.gui.session import Session

# How often to look whether the day has turned (steps fall due at midnight).
DAY_CHECK_MS = 10 * 60 * 1000


class NextFeed(QObject):
    updated = Signal()  # `page` changed (None while locked or not yet read)
    failed = Signal(str)  # a choice could not be stored: the message to show

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.page: NextPage | None = None
        self.today: Callable[[], dt.date] = dt.date.today  # tests and screenshots set a day
        session.unlocked.connect(self.refresh)
        session.locking.connect(self.clear)
        self._refresh_timer = session.refresh_after_changes(self, self.refresh)
        self._day = QTimer(self)
        self._day.setInterval(DAY_CHECK_MS)
        self._day.timeout.connect(self._check_day)
        self._day.start()

    def refresh(self) -> None:
        as_of = self.today()
        self.session.read(lambda j: j.next_page(as_of), self._arrived, name="next steps")

    def _arrived(self, page: NextPage) -> None:
        self.page = page
        self.updated.emit()

    def clear(self) -> None:
        self._refresh_timer.stop()
        self.page = None
        self.updated.emit()

    def _check_day(self) -> None:
        if self.session.is_open and self.page is not None and self.page.as_of != self.today():
            self.refresh()

    def choose(self, key: str, state: State, until: dt.date | None = None) -> None:
        """Store the leader's choice for step `key`; the change notice reloads the feed."""
        as_of = self.today()
        self.session.write(
            lambda j: j.set_step_state(key, state, as_of, until),
            failed=self._not_stored,
            name="step state",
        )

    def _not_stored(self, exc: BaseException) -> None:
        reason = str(exc) if isinstance(exc, JournalError) else self.tr("The change was not saved.")
        self.failed.emit(reason)
