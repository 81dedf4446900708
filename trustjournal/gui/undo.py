"""Undo for deletes and merges: the bar at the foot of the window, and Edit ▸ Undo.

Every delete and merge in the app returns a core `Undo` (core/journal/removal.py), which
the page hands to `UndoKeeper.push` with a sentence saying what went ("Deleted the
conversation of 3 May 2026 with Maya Chen.", in the GUI's language) and what it was: a
"delete" or a "merge" (Edit ▸ Undo Delete, Undo Merge: the menu's verb comes from this, never
from the sentence's words). The keeper holds them in memory only, most
recent last, and the `UndoBar` shows the latest with an Undo button. Ctrl+Z (Edit ▸ Undo)
undoes a text edit while the focus is in a text field, and otherwise the latest delete
(main_window.py `_edit`). Locking drops every undo (the records it holds are journal text);
quitting drops them with the process. Restoring runs on the journal worker
(`Journal.restore_deleted`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from trustjournal.core.errors import JournalError
from trustjournal.core.records import Undo
from trustjournal.gui.session import Session

DELETE = "delete"
MERGE = "merge"


@dataclass(frozen=True)
class Undoable:
    said: str  # "Deleted Maya Chen and 12 conversations." (translated)
    undo: Undo
    verb: str = DELETE  # what was done: DELETE or MERGE


class UndoKeeper(QObject):
    """The undos of this unlocked session, newest last; dropped at lock."""

    changed = Signal()  # the latest undo changed (pushed, undone, dropped)
    restored = Signal(object)  # an `Undo` is back in the journal
    refused = Signal(str)  # an undo that no longer fits: why (nothing was changed)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stack: list[Undoable] = []
        self._busy = False
        session.locking.connect(self.drop)
        session.locked.connect(self.drop)  # a delete that finished during the lock, too

    def push(self, said: str, undo: Undo, verb: str = DELETE) -> None:
        if not self.session.is_open:
            return  # locked meanwhile: the undo goes with the key
        self._stack.append(Undoable(said, undo, verb))
        self.changed.emit()

    def latest(self) -> Undoable | None:
        return self._stack[-1] if self._stack else None

    def can_undo(self) -> bool:
        return bool(self._stack) and not self._busy and self.session.is_open

    def undo_latest(self) -> None:
        if not self.can_undo():
            return
        item = self._stack[-1]
        self._busy = True

        def done(_none: None) -> None:
            self._busy = False
            if item in self._stack:
                self._stack.remove(item)
            self.changed.emit()
            self.restored.emit(item.undo)

        def failed(error: BaseException) -> None:
            self._busy = False
            if not isinstance(error, JournalError):
                raise error
            if item in self._stack:
                self._stack.remove(item)
            self.changed.emit()
            self.refused.emit(str(error))

        self.session.write(lambda j: j.restore_deleted(item.undo), done, failed, name="undo")

    def dismiss(self) -> None:
        """Hide the bar's latest undo (it can no longer be undone from the bar or Ctrl+Z)."""
        if self._stack:
            self._stack.pop()
            self.changed.emit()

    def drop(self) -> None:
        """Forget every undo: the journal is locking (or the app quitting)."""
        self._stack.clear()
        self._busy = False
        self.changed.emit()


class UndoBar(QFrame):
    """ "Deleted the conversation of 3 May 2026 with Maya Chen.  [Undo]  ×", at the foot of
    the main window while there is something to undo."""

    def __init__(self, keeper: UndoKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.setObjectName("undoBar")
        self.setProperty("role", "note")
        self.setAccessibleName(self.tr("Undo"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("undoText")
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Put it back as it was (Ctrl+Z)"))
        self.undo_button.clicked.connect(keeper.undo_latest)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide (it can then no longer be undone)"))
        self.close_button.setAccessibleName(self.tr("Hide the undo bar"))
        self.close_button.clicked.connect(keeper.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        keeper.changed.connect(self._show_latest)
        self.hide()

    def _show_latest(self) -> None:
        latest = self.keeper.latest()
        self.label.setText(latest.said if latest else "")
        self.setVisible(latest is not None)


def say_refused(parent: QWidget, why: str) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("UndoBar", "Cannot undo") + " — TrustJournal", why
    )
