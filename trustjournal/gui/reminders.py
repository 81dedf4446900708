"""Reminders that leak nothing: "3 follow-ups are due", and a weekly review prompt.

A desktop notification shows on the lock screen and stays in the desktop's notification
history, outside the journal's encryption, where anyone at the computer may read it. So a
reminder says how many next steps are due and nothing else: never a name, a reason or a
word from the journal. Its words come from `notification_text` and `review_text`, here and
nowhere else.

While the journal is unlocked, `Reminders` counts the next steps due this week
(`core.judgement.next_steps.due_soon`) on the journal worker, and only that number comes
back: at the unlock, a few seconds after changes, every hour and just after midnight. It
notifies when the count is above zero and above the count already notified that day. On
the weekday the leader chose (a per-device preference; "off" for none) it prompts for the
weekly review once, whether the journal is locked or not: that prompt reads nothing.

Locked, nothing is read. The numbers kept from one check to the next (the day and the
count last notified) are all that survive a lock; nothing of this goes to the settings but
the date of the last weekly prompt.

Both reminders can be turned off in Preferences. A click on a notification emits
`openNext` (the app shows its window there).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from trustjournal import APP_NAME
from trustjournal.core.judgement.next_steps import due_soon
from trustjournal.gui.common.config import REVIEW_LAST
from trustjournal.gui.session import Session

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

CHECK_MS = 60 * 60 * 1000  # look again every hour
SETTLE_MS = 3_000  # after an unlock or a burst of changes, wait this long before counting
AFTER_MIDNIGHT_S = 60  # the day-change check runs this long after midnight

DUE = "due"
REVIEW = "review"


@dataclass(frozen=True)
class Notice:
    """What a reminder shows: a title and a body, fixed words and a count only."""

    kind: str  # DUE or REVIEW
    title: str
    body: str


def notification_text(count: int) -> tuple[str, str]:
    """The title and body of the due reminder: how many, nothing else."""
    if count == 1:
        return APP_NAME, QCoreApplication.translate(
            "Reminders", "1 follow-up is due. Open TrustJournal to see it."
        )
    return APP_NAME, QCoreApplication.translate(
        "Reminders", "{count} follow-ups are due. Open TrustJournal to see them."
    ).format(count=count)


def review_text() -> tuple[str, str]:
    """The title and body of the weekly review prompt."""
    return APP_NAME, QCoreApplication.translate("Reminders", "Time for your weekly review.")


def due_count(journal: Journal, as_of: dt.date) -> int:
    """How many next steps are due this week (on the journal worker: only this number
    leaves it)."""
    return len(due_soon(journal.next_steps(as_of), as_of))


class Reminders(QObject):
    """Counts what is due and notifies through `deliver`; prompts for the weekly review."""

    openNext = Signal()  # a reminder was clicked: show the next steps
    delivered = Signal(object)  # a `Notice`, after it went to `deliver`

    def __init__(
        self,
        session: Session,
        deliver: Callable[[Notice], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.config = session.config
        # The seams: where a notice goes (gui/notify.py's `Desktop` in the app), and what
        # day it is (tests move it; the reminders never read the date any other way).
        self.deliver: Callable[[Notice], object] = deliver or (lambda _notice: None)
        self.clock: Callable[[], dt.date] = dt.date.today
        self.count: int | None = None  # due now, as last counted; None while locked
        self._notified: tuple[dt.date | None, int] = (None, 0)  # day, count notified then
        self._generation = 0  # a count asked before a lock is not used after it

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._hourly = QTimer(self)
        self._hourly.setInterval(CHECK_MS)
        self._hourly.timeout.connect(self.check)
        self._hourly.start()
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._day_changed)
        self._arm_midnight()

        session.unlocked.connect(self._settle.start)
        session.changed.connect(self._changed)
        session.settings_changed.connect(self._settle.start)
        session.locking.connect(self._locking)

    # -- checking ---------------------------------------------------------------------------

    def check(self) -> None:
        """Prompt for the weekly review if today is its day, and (unlocked) count what is due."""
        self._settle.stop()
        today = self.clock()
        self._review(today)
        if not self.config.remind_due or not self.session.is_open:
            return
        generation = self._generation
        self.session.read(
            lambda journal: due_count(journal, today),
            lambda count: self._counted(generation, today, count),
            self._failed,
            background=True,
            name="reminders",
        )

    def _counted(self, generation: int, day: dt.date, count: int) -> None:
        if generation != self._generation or not self.session.is_open:
            return  # locked meanwhile: the count is not known any more
        self.count = count
        if not self.config.remind_due:
            return
        notified_day, notified = self._notified
        if notified_day != day:
            notified = 0  # a new day: the first count above zero is news again
        if count > notified:
            self._notified = (day, count)
            self._send(Notice(DUE, *notification_text(count)))

    def _failed(self, _error: BaseException) -> None:
        # A reminder is a nicety: a journal that cannot answer now (it is being locked, or
        # refuses) is asked again at the next check. Nothing of the error is kept or shown.
        return

    def _review(self, today: dt.date) -> None:
        weekday = self.config.review_weekday
        if weekday is None or today.weekday() != weekday:
            return
        if self.config.get(REVIEW_LAST) == today.isoformat():
            return  # once that day, also across restarts
        self.config.set(REVIEW_LAST, today.isoformat())
        self._send(Notice(REVIEW, *review_text()))

    def _send(self, notice: Notice) -> None:
        self.deliver(notice)
        self.delivered.emit(notice)

    # -- when to check -------------------------------------------------------------------------

    def _changed(self, _change: object) -> None:
        if self.session.is_open:
            self._settle.start()  # restarted by every notice: once after a burst

    def _locking(self) -> None:
        self._settle.stop()
        self._generation += 1
        self.count = None  # unknown while locked; the day and count notified stay

    def _day_changed(self) -> None:
        self.check()
        self._arm_midnight()

    def _arm_midnight(self) -> None:
        now = dt.datetime.now()
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        wait = tomorrow - now + dt.timedelta(seconds=AFTER_MIDNIGHT_S)
        self._midnight.start(int(wait.total_seconds() * 1000))
