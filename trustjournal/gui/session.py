"""The open journal as the GUI sees it: one object, its change notices as a Qt signal.

Views hold a `Session`, never a `Journal`: after locking there is no journal to hold.
`session.journal` raises `JournalLocked` while locked, so a view that forgot to clear
itself fails loudly instead of reading through a dropped key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from trustjournal.core.errors import JournalLocked
from trustjournal.core.journal import Journal
from trustjournal.core.ties import TieAssessment, TieSettings
from trustjournal.gui.config import Config


class Session(QObject):
    """Holds the unlocked `Journal` (or nothing) and relays its change notices."""

    changed = Signal(object)  # a core `Change`, after every write, from anywhere
    unlocked = Signal()
    locking = Signal()  # about to lock: save drafts, drop text
    locked = Signal()
    settings_changed = Signal()  # cadence or other preference that changes what views show

    def __init__(self, path: Path, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.config = config
        self._journal: Journal | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.is_demo = False

    @property
    def is_open(self) -> bool:
        return self._journal is not None and self._journal.is_open

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            raise JournalLocked()
        return self._journal

    def attach(self, journal: Journal) -> None:
        """Take over a journal just unlocked (by the unlock window's worker)."""
        self._journal = journal
        self.path = journal.path
        self._unsubscribe = journal.on_change(self.changed.emit)
        self.unlocked.emit()

    def lock(self) -> None:
        """Views save and forget, then the key is dropped and the database closed."""
        if self._journal is None:
            return
        self.locking.emit()
        journal, self._journal = self._journal, None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        journal.lock()
        self.locked.emit()

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

        def changed(change: object) -> None:
            if getattr(change, "kind", None) not in ignore:
                timer.start()

        self.changed.connect(changed)
        self.settings_changed.connect(timer.start)
        return timer

    def tie_settings(self) -> TieSettings:
        """The journal's own settings (its cadence): the same the CLI and backups use."""
        return self.journal.tie_settings()

    def assess(self, as_of: dt.date | None = None) -> list[TieAssessment]:
        return self.journal.assess_ties(as_of or dt.date.today(), self.tie_settings())
