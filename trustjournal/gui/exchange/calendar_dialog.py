"""File ▸ Import… for a calendar (.ics): the preview before anything is written.

`open_calendar_import(parent, session, path)` opens the dialog (the import flow calls it
for the "ics" format). It reads the file on the journal worker for a period (the last 90
days by default; changing the dates reads again) with a progress bar that can be cancelled,
and shows the meetings that will go to the "To write up" inbox (date, time, title, who) and,
below, the attendees who are not in the journal, each with a box to add them as people
(known next time by their e-mail). *Import* writes it all in one transaction; *Cancel*
writes nothing. Titles and attendees stay in memory here and in the encrypted journal:
locking closes the dialog.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trustjournal import APP_NAME
from trustjournal.core.errors import JournalError
from trustjournal.core.exchange import calendar as ics
from trustjournal.gui.common.dates import field_format, from_qdate, to_qdate
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.lists import AnyIndex
from trustjournal.gui.common.style import SPACING, show_error, style_heading, style_muted
from trustjournal.gui.session import Session
from trustjournal.gui.worker import Cancelled, Ticket

COLUMNS = (
    QT_TRANSLATE_NOOP("MeetingsModel", "Date"),
    QT_TRANSLATE_NOOP("MeetingsModel", "Time"),
    QT_TRANSLATE_NOOP("MeetingsModel", "Meeting"),
    QT_TRANSLATE_NOOP("MeetingsModel", "With"),
)


def _weekday_day(day: dt.date) -> str:
    """'Tue 3 Mar 2026', or the GUI language's way ('Di., 3. März 2026')."""
    pattern = field_format("ddd d MMM yyyy")
    if pattern == "ddd d MMM yyyy":  # English
        return f"{day:%a} {day.day} {day:%b %Y}"
    return QLocale().toString(to_qdate(day), pattern)


class MeetingsModel(QAbstractTableModel):
    """The meetings an import would add: date, time, title, who (names or e-mails)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: ics.CalendarPreview | None = None

    def set_preview(self, found: ics.CalendarPreview | None) -> None:
        self.beginResetModel()
        self.found = found
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if (parent is not None and parent.isValid()) or self.found is None:
            return 0
        return len(self.found.new)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.found is None or not index.isValid():
            return None
        m = self.found.new[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return _weekday_day(m.date)
        if column == 1:
            return m.start_time or self.tr("all day")
        if column == 2:
            title = m.title or self.tr("(no title)")
            return f"{title} · {m.location}" if role == Qt.ItemDataRole.ToolTipRole else title
        index_ = self.found.index
        return ", ".join(
            index_.names[i] if (i := index_.match(n, e)) is not None else (e or n)
            for n, e in m.attendees
        )


class NewPeopleModel(QAbstractListModel):
    """The attendees not in the journal, each with a box: add as a person?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []
        self.checked: set[int] = set()

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.rows, self.checked = rows, set()
        self.endResetModel()

    def chosen(self) -> list[tuple[str, str]]:
        return [self.rows[i] for i in sorted(self.checked)]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        name, email = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name} <{email}>" if name and email else name or email
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if index.row() in self.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(index.row())
        else:
            self.checked.discard(index.row())
        self.dataChanged.emit(index, index, [role])
        return True


class CalendarImportDialog(QDialog):
    """The preview of a calendar import; see the module docstring."""

    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.found: ics.CalendarPreview | None = None
        self.added: list[int] | None = None  # the new items' ids, once imported
        self.summary = ""  # what was imported, for the import flow to tell
        self._ticket: Ticket | None = None
        self.setWindowTitle(self.tr("Import Calendar") + f" — {APP_NAME}")
        self.resize(860, 640)

        heading = QLabel(self.tr("Meetings from {name}").format(name=path.name))
        style_heading(heading)
        intro = QLabel(
            self.tr(
                "Meetings with people become items to write up. Cancelled and declined "
                "meetings, holidays, and time with nobody else are left out."
            )
        )
        intro.setWordWrap(True)
        style_muted(intro)
        start, end = ics.default_period()
        self.start_edit = QDateEdit(to_qdate(start))
        self.end_edit = QDateEdit(to_qdate(end))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(field_format("d MMM yyyy"))
            edit.dateChanged.connect(self._period_changed)
        # Named for a screen reader by what each day is ("From" and "to" alone say little).
        self.start_edit.setAccessibleName(self.tr("Meetings from"))
        self.end_edit.setAccessibleName(self.tr("Meetings until"))
        period = QHBoxLayout()
        for words, edit in ((self.tr("From"), self.start_edit), (self.tr("to"), self.end_edit)):
            label = QLabel(words)
            label.setBuddy(edit)
            period.addWidget(label)
            period.addWidget(edit)
        period.addStretch(1)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.stop_button)
        self.working = QWidget()
        self.working.setLayout(working)
        working.setContentsMargins(0, 0, 0, 0)

        self.meetings = MeetingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.meetings)
        self.table.setAccessibleName(self.tr("Meetings to import"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.people_label = QLabel("")
        self.people_label.setWordWrap(True)
        self.people = NewPeopleModel(self)
        self.people_list = QListView()
        self.people_list.setModel(self.people)
        self.people_list.setAccessibleName(self.tr("Attendees not in the journal"))

        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(self.status)
        layout.addWidget(self.working)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.people_label)
        layout.addWidget(self.people_list)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(400)  # dates typed digit by digit read once
        self._read_timer.timeout.connect(self.read)
        session.locking.connect(self.reject)
        self.read()

    # -- reading --------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())

    def _period_changed(self) -> None:
        self._read_timer.start()

    def read(self) -> None:
        if self._ticket is not None:
            self._ticket.cancel()
        start, end = self.period()
        path = self.path

        def work(journal: Any, ticket: Ticket) -> ics.CalendarPreview:
            return ics.preview(journal, path, start=start, end=end, progress=ticket.report)

        self._busy(self.tr("Reading the calendar…"))
        ticket = self.session.long(work, None, None, self._progressed, name="read calendar")
        ticket.done = lambda found, t=ticket: self._read(t, found)
        ticket.failed = lambda exc, t=ticket: self._failed(t, exc)
        self._ticket = ticket

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.working.show()
        self.import_button.setEnabled(False)
        self.error.hide()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def stop(self) -> None:
        if self._ticket is not None:
            self._ticket.cancel()

    def _read(self, ticket: Ticket, found: ics.CalendarPreview) -> None:
        if ticket is not self._ticket:
            return  # an earlier period's answer
        self._ticket = None
        self.working.hide()
        self.found = found
        self.meetings.set_preview(found)
        self.people.set_rows(found.unknown_attendees())
        self.status.setText(_summary(found))
        unknown = self.people.rowCount()
        self.people_label.setText(
            self.tr(
                "{count} people at these meetings are not in your journal. Tick the ones to "
                "add: the inbox then shows them by name, and they are known next time."
            ).format(count=unknown)
            if unknown
            else ""
        )
        self.people_label.setVisible(bool(unknown))
        self.people_list.setVisible(bool(unknown))
        if unknown:  # as tall as its rows, up to five: the meetings keep the room
            rows = min(unknown, 5) * max(self.people_list.sizeHintForRow(0), 1)
            self.people_list.setFixedHeight(rows + 2 * self.people_list.frameWidth() + 2)
        self.table.setFocus()
        count = len(found.new)
        self.import_button.setText(self.tr("Import %n meetings", "", count))
        self.import_button.setEnabled(count > 0)

    def _failed(self, ticket: Ticket | None, exc: BaseException) -> None:
        if ticket is not None and ticket is not self._ticket:
            return
        self._ticket = None
        self.working.hide()
        if isinstance(exc, Cancelled):
            self.status.setText(
                self.tr("Stopped. Nothing was imported; change the dates to read again.")
            )
            return
        message = (
            str(exc)
            if isinstance(exc, JournalError)
            else self.tr("The calendar could not be read.")
        )
        self.status.setText("")
        show_error(self.error, message)
        self.error.show()

    # -- importing ------------------------------------------------------------------------

    def apply(self) -> None:
        found = self.found
        if found is None:
            return
        chosen = self.people.chosen()

        def work(journal: Any, ticket: Ticket) -> list[int]:
            ticket.check()
            return ics.apply(journal, found, chosen)

        self._busy(self.tr("Importing…"))
        ticket = self.session.long(work, self._applied, None, name="import calendar")
        ticket.failed = lambda exc, t=ticket: self._failed(t, exc)
        self._ticket = ticket

    def _applied(self, ids: list[int]) -> None:
        self._ticket = None
        self.added = ids
        people = len(self.people.chosen())
        self.summary = self.tr("%n meetings added to To write up", "", len(ids)) + (
            self.tr("; %n people added to the journal.", "", people) if people else "."
        )
        self.accept()

    def done(self, result: int) -> None:
        """Closing forgets what was read (titles and attendees) and stops any reading."""
        if self._ticket is not None:
            self._ticket.cancel()
            self._ticket = None
        self.meetings.set_preview(None)
        self.people.set_rows([])
        super().done(result)


def _summary(found: ics.CalendarPreview) -> str:
    read = found.read
    parts = [
        QCoreApplication.translate(
            "CalendarImportDialog", "{events} events in the period; {meetings} meetings to write up"
        ).format(events=read.events, meetings=len(found.new))
        + (
            QCoreApplication.translate(
                "CalendarImportDialog", " ({count} already in the inbox)"
            ).format(count=found.already)
            if found.already
            else ""
        )
        + "."
    ]
    if read.skipped:
        left = ics.skipped_sentence(read.skipped)  # whole phrases, in the core's language
        parts.append(
            QCoreApplication.translate("CalendarImportDialog", "Left out: {reasons}.").format(
                reasons=left
            )
        )
    return " ".join(parts)


def open_calendar_import(parent: QWidget | None, session: Session, path: Path) -> list[int] | None:
    """Show the preview of importing the calendar at `path`; the new items' ids if the leader
    imported, None if they cancelled."""
    dialog = CalendarImportDialog(session, path, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.added if accepted else None
    finally:
        dialog.deleteLater()
