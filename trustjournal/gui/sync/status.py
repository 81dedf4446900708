"""Sync in the status bar: nothing when the journal is not linked; else how it stands
("Synced 2 min ago", "Syncing…", "3 changes waiting", "Sync folder missing — last synced
3 Dec", the folder's own words as the tooltip) and, when there are conflicts, a "1
conflict" button that opens them (gui/sync/conflicts.py).

A screen reader hears what a sighted person would notice: a problem appearing or going,
and a new conflict; not every "Synced just now".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSizePolicy, QToolButton, QWidget

from trustjournal.core.errors import JournalError
from trustjournal.core.journal.syncing import SyncStatus
from trustjournal.core.sync.errors import SyncFolderMissing
from trustjournal.gui.common import theme
from trustjournal.gui.common.announce import announce
from trustjournal.gui.common.dates import day_month, long_moment
from trustjournal.gui.sync.controller import SyncController

SHOW_SYNCING_AFTER_MS = 400  # a quicker round does not flash "Syncing…"
TICK_MS = 30_000  # "2 min ago" moves on without asking the journal


class Counted(QObject):
    """The status's words with a number (lupdate finds plurals only in a class's tr)."""

    def minutes_ago(self, n: int) -> str:
        return self.tr("Synced %n min ago", "", n)

    def waiting(self, n: int) -> str:
        return self.tr("%n change(s) waiting", "", n)

    def waiting_to_send(self, n: int) -> str:
        return self.tr("%n change(s) waiting to be sent.", "", n)


def since(last: dt.datetime, now: dt.datetime) -> str:
    """'Synced just now', 'Synced 2 min ago', 'Synced at 14:02', 'Last synced 3 Dec'."""
    minutes = int((now - last).total_seconds() // 60)
    local = last.astimezone()
    if minutes < 1:
        return QCoreApplication.translate("SyncStatus", "Synced just now")
    if minutes < 60:
        return Counted().minutes_ago(minutes)
    if local.date() == now.astimezone().date():
        return QCoreApplication.translate("SyncStatus", "Synced at {time}").format(
            time=f"{local:%H:%M}"
        )
    return QCoreApplication.translate("SyncStatus", "Last synced {day}").format(
        day=day_month(local.date())
    )


def describe(
    status: SyncStatus, error: JournalError | None, syncing: bool, now: dt.datetime
) -> tuple[str, str, str]:
    """(text, tooltip, theme role) of a linked journal's sync."""
    where = QCoreApplication.translate(
        "SyncStatus", "Syncing through {folder} as “{device}”."
    ).format(folder=status.folder, device=status.device_name)
    last, waiting = status.last_round, status.waiting
    if last is not None:
        where += " " + QCoreApplication.translate("SyncStatus", "Last synced {moment}.").format(
            moment=long_moment(last)
        )
    if error is not None:
        if isinstance(error, SyncFolderMissing):
            text = QCoreApplication.translate("SyncStatus", "Sync folder missing")
        else:
            text = QCoreApplication.translate("SyncStatus", "Not synced")
        if last is not None:
            text = QCoreApplication.translate("SyncStatus", "{problem} — last synced {day}").format(
                problem=text, day=day_month(last.astimezone().date())
            )
        tip = str(error)
        if waiting:
            tip += "\n" + Counted().waiting_to_send(waiting)
        return text, tip, "error"
    if syncing:
        return QCoreApplication.translate("SyncStatus", "Syncing…"), where, "muted"
    if waiting:
        return (
            Counted().waiting(waiting),
            where,
            "muted",
        )
    if last is None:
        return QCoreApplication.translate("SyncStatus", "Not synced yet"), where, "muted"
    return since(last, now), where, "muted"


class SyncStatusBar(QWidget):
    """The status bar's sync part; follows a `SyncController`."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setObjectName("syncStatusText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.conflicts = QToolButton()
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setAutoRaise(True)
        self.conflicts.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A link's look: it opens something, and a conflict wants the eye.
        self.conflicts.setStyleSheet(
            "QToolButton#syncConflicts { color: palette(link); text-decoration: underline;"
            " font-weight: 600; border: none; padding: 0 2px; }"
        )
        self.conflicts.setToolTip(self.tr("Show the changes made on two devices at once"))
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._said: tuple[str, int] | None = None  # what a screen reader last heard
        self._syncing = QTimer(self)
        self._syncing.setSingleShot(True)
        self._syncing.setInterval(SHOW_SYNCING_AFTER_MS)
        self._syncing.timeout.connect(self.show_status)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.show_status)
        self.conflicts.clicked.connect(self.open_conflicts)
        controller.roundStarted.connect(self._syncing.start)
        controller.updated.connect(self.show_status)
        self.show_status()

    @classmethod
    def install(cls, window: QMainWindow, controller: SyncController) -> SyncStatusBar:
        bar = cls(controller, window)
        window.statusBar().addPermanentWidget(bar)
        return bar

    def text(self) -> str:
        """What the status bar says about sync ("" when nothing shows)."""
        if not self.isVisibleTo(self.window()):
            return ""
        if self.conflicts.isVisibleTo(self):
            return f"{self.label.text()} · {self.conflicts.text()}"
        return self.label.text()

    def show_status(self) -> None:
        controller = self.controller
        status = controller.status
        if status is None or status.folder is None:
            self._tick.stop()
            self._said = None
            self.hide()
            return
        syncing = controller.running and not self._syncing.isActive()
        text, tip, role = describe(status, controller.error, syncing, dt.datetime.now(dt.UTC))
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.label.setAccessibleName(self.tr("Sync"))
        self.label.setAccessibleDescription(text)
        theme.set_role(self.label, role)
        count = status.conflicts
        self.conflicts.setText(self.tr("%n conflict(s)", "", count))
        self.conflicts.setAccessibleName(self.tr("%n sync conflict(s): show them", "", count))
        self.conflicts.setVisible(count > 0)
        self.show()
        if not self._tick.isActive():
            self._tick.start()
        self._announce(text, role, count)

    def _announce(self, text: str, role: str, conflicts: int) -> None:
        said = (role, conflicts)
        if self._said is not None and said != self._said:
            words = text
            if conflicts > (self._said[1] if self._said else 0):
                words = self.tr("Sync: %n conflict(s) to settle", "", conflicts)
            announce(self.label, words, assertive=role == "error")
        self._said = said

    def open_conflicts(self) -> None:
        from trustjournal.gui.sync.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.controller, self.window())
        dialog.exec()
        dialog.deleteLater()
