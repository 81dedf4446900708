"""Sync Conflicts: what was changed on two devices at once, and what to keep.

A note (or a person's notes, a decision's outcome, a gathering's note, a reflection) edited
on two devices before either saw the other's keeps both texts (docs/sync.md): they show side
by side, read-only, each with "Keep This One"; "Keep Both" keeps them one after the other,
under a line. A record deleted on one device while edited on another was kept: that is only
explained (the core offers no way to settle it from here yet; deleting it again, with the
edit now seen, settles it everywhere).

Settling writes on the journal worker and then starts a round, so the other devices follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from trustjournal.core.errors import JournalError
from trustjournal.core.journal.syncing import ConflictRecord
from trustjournal.core.records import (
    ConversationRecord,
    DecisionRecord,
    GatheringRecord,
    PersonRecord,
)
from trustjournal.gui.common import theme
from trustjournal.gui.common.announce import announce
from trustjournal.gui.common.dates import short_day
from trustjournal.gui.sync.controller import SyncController

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

DELETED = "_deleted"
BOTH_SEPARATOR = "\n\n———\n\n"  # between two texts kept both
Subject = PersonRecord | ConversationRecord | DecisionRecord | GatheringRecord | None


@dataclass(frozen=True)
class Conflict:
    record: ConflictRecord
    subject: Subject  # what it is about, to name it (None: not found, or a reflection)


def _subject(journal: Journal, c: ConflictRecord) -> Subject:
    if c.local_id is None:
        return None
    try:
        if c.kind == "person":
            return journal.person(c.local_id)
        if c.kind == "conversation":
            return journal.conversation(c.local_id)
        if c.kind == "decision":
            return journal.decision(c.local_id)
        if c.kind == "gathering":
            return journal.gathering(c.local_id)
    except JournalError:
        return None
    return None


def read_conflicts(journal: Journal) -> list[Conflict]:
    """On the worker: the conflicts, each with what it is about."""
    return [Conflict(c, _subject(journal, c)) for c in journal.sync_conflicts()]


class ConflictsDialog(QDialog):
    """Sync Conflicts — TrustJournal. Lists the conflicts; the chosen one shows at the right."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.session = controller.session
        self.setWindowTitle(self.tr("Sync Conflicts — TrustJournal"))
        self.setObjectName("syncConflictsDialog")
        self.conflicts: list[Conflict] = []
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "These were changed on two devices before either had the other's change. "
                "Choose what to keep: your other devices follow at their next sync."
            )
        )
        intro.setWordWrap(True)
        theme.set_role(intro, "muted")
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.setMinimumWidth(220)
        self.list.setWordWrap(True)  # a long title wraps rather than scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(3)
        splitter.addWidget(self.list)
        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(12, 0, 0, 0)
        self.detail_layout.setSpacing(10)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 640])
        layout.addWidget(splitter, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.session.locking.connect(self.reject)
        self.resize(900, 520)
        self.load()

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> None:
        self.session.read(read_conflicts, self._loaded, self._refused, urgent=True)

    def _loaded(self, conflicts: list[Conflict]) -> None:
        if not isValid(self):
            return
        row = max(0, self.list.currentRow())
        self.conflicts = conflicts
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in conflicts:
            item = QListWidgetItem(self.title(conflict))
            item.setToolTip(self.title(conflict))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if conflicts:
            self.list.blockSignals(True)  # shown once, below
            self.list.setCurrentRow(min(row, len(conflicts) - 1))
            self.list.blockSignals(False)
            self._show(self.list.currentRow())
        else:
            self._clear_detail()
            done = QLabel(self.tr("No conflicts left: every device will show the same."))
            done.setWordWrap(True)
            self.detail_layout.addWidget(done)
            self.detail_layout.addStretch(1)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, JournalError):
            raise error
        if isValid(self):
            self._busy = False
            self.note.setText(str(error))
            theme.set_role(self.note, "error")
            self.note.show()

    # -- naming ------------------------------------------------------------------------------

    def title(self, conflict: Conflict) -> str:
        """'Conversation of 3 Nov 2026 with Maya Chen', 'Notes about Maya Chen', …"""
        s = conflict.subject
        if isinstance(s, ConversationRecord):
            people = ", ".join(p.name for p in s.people)
            if people:
                return self.tr("Conversation of {day} with {people}").format(
                    day=short_day(s.date), people=people
                )
            return self.tr("Conversation of {day}").format(day=short_day(s.date))
        if isinstance(s, PersonRecord):
            return self.tr("Notes about {name}").format(name=s.name)
        if isinstance(s, DecisionRecord):
            return self.tr("Decision “{title}” of {day}").format(
                title=s.title, day=short_day(s.date)
            )
        if isinstance(s, GatheringRecord):
            return self.tr("Gathering “{name}” of {day}").format(
                name=s.name, day=short_day(s.start_date)
            )
        if conflict.record.kind == "reflection":
            return self.tr("A quarter's reflection")
        return self.tr("An entry")

    # -- the chosen conflict -----------------------------------------------------------------

    def _clear_detail(self) -> None:
        _empty(self.detail_layout)

    def _show(self, row: int) -> None:
        self._clear_detail()
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        heading = QLabel(self.title(conflict))
        heading.setWordWrap(True)
        theme.set_role(heading, "heading")
        self.detail_layout.addWidget(heading)
        if conflict.record.field == DELETED:
            self._show_deleted(conflict.record)
        else:
            self._show_texts(conflict.record)

    def _show_deleted(self, record: ConflictRecord) -> None:
        words = QLabel(
            self.tr(
                "Deleted on another device while edited here — it was kept, so the edit is "
                "not lost. Keep it on every device, or delete it again: the other devices "
                "follow."
            )
        )
        words.setWordWrap(True)
        self.detail_layout.addWidget(words)
        keep = QPushButton(self.tr("&Keep It"))
        keep.setObjectName("keepRecord")
        keep.setAccessibleName(self.tr("Keep it on every device"))
        keep.clicked.connect(lambda: self._keep(record))
        self.detail_layout.addWidget(keep, 0, Qt.AlignmentFlag.AlignLeft)
        self.detail_layout.addStretch(1)

    def _keep(self, record: ConflictRecord) -> None:
        if self._busy:
            return
        self._busy = True
        self.session.write(
            lambda j: j.keep_record(record.kind, record.uid),
            self._resolved,
            self._refused,
            name="keep record",
        )

    def _show_texts(self, record: ConflictRecord) -> None:
        words = QLabel(
            self.tr("Two devices changed this text at once. The first is shown for now.")
        )
        words.setWordWrap(True)
        theme.set_role(words, "muted")
        self.detail_layout.addWidget(words)
        row = QHBoxLayout()
        row.setSpacing(12)
        for index, text in enumerate(record.texts):
            column = QVBoxLayout()
            column.setSpacing(6)
            caption = (
                self.tr("Shown now")
                if index == 0
                else self.tr("From another device")
                if len(record.texts) == 2
                else self.tr("Version {n}").format(n=index + 1)
            )
            label = QLabel(caption)
            label.setStyleSheet("font-weight: 600;")
            view = QPlainTextEdit(text)
            view.setObjectName(f"conflictText{index}")
            view.setReadOnly(True)
            view.setAccessibleName(caption)
            keep = QPushButton(
                self.tr("&Keep This One") if index == 0 else self.tr("Keep This One")
            )
            keep.setObjectName(f"keep{index}")
            keep.setAccessibleName(self.tr("Keep this one: {which}").format(which=caption))
            keep.clicked.connect(lambda _=False, t=text: self.resolve(record, t))
            column.addWidget(label)
            column.addWidget(view, 1)
            column.addWidget(keep, 0, Qt.AlignmentFlag.AlignLeft)
            row.addLayout(column, 1)
        self.detail_layout.addLayout(row, 1)
        both = QPushButton(self.tr("Keep &Both"))
        both.setObjectName("keepBoth")
        both.setToolTip(self.tr("Keeps both texts, one after the other, under a line"))
        both.clicked.connect(
            lambda: self.resolve(record, BOTH_SEPARATOR.join(t for t in record.texts if t))
        )
        self.detail_layout.addWidget(both, 0, Qt.AlignmentFlag.AlignLeft)

    # -- settling ----------------------------------------------------------------------------

    def resolve(self, record: ConflictRecord, text: str) -> None:
        """Keep `text` for the conflict's field, then sync so the other devices follow."""
        if self._busy:
            return
        self._busy = True
        self.session.write(
            lambda j: j.resolve_conflict(record.kind, record.uid, record.field, text),
            self._resolved,
            self._refused,
            name="resolve conflict",
        )

    def _resolved(self, _none: object) -> None:
        if not isValid(self):
            return
        self._busy = False
        announce(self.list, self.tr("Kept. The other devices follow at their next sync."))
        self.controller.sync_now()
        self.load()


def _empty(layout: QLayout) -> None:
    """Take everything out of `layout`, deleting its widgets and inner layouts."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.hide()
            widget.setParent(None)  # gone from the dialog now, not at the next turn
            widget.deleteLater()
        elif inner is not None:
            _empty(inner)
            inner.deleteLater()
