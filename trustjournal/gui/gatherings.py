"""The Gatherings page: retreats, summits and dinner series, and what happened after each.

The list shows every gathering; the editor holds its name, dates, place, note and the
people met there, and above them its follow-up state from `core/followup.py`: the verdict
in one sentence ("Built relationships: you kept talking with 2 of 3 people you met") and,
for each person met, the conversations since ("3 conversations since · last 2 weeks ago").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core import followup
from trustjournal.core.errors import JournalError, JournalLocked, NotFound
from trustjournal.core.followup import FollowUp, PersonFollowUp, Verdict
from trustjournal.core.records import Change, GatheringDraft, GatheringRecord, PersonRecord
from trustjournal.core.signals import is_honest
from trustjournal.gui import held, icons, theme
from trustjournal.gui.decisions import (
    DETAIL_ROLE,
    FILTER_TEXT_ROLE,
    MARGIN,
    PERSON_ID_ROLE,
    RECORD_ID_ROLE,
    SORT_DATE_ROLE,
    SPACING,
    TITLE_ROLE,
    AnyIndex,
    PeopleChecklistModel,
    RecordDelegate,
    blend,
    day_text,
    from_qdate,
    placeholder,
    record_list,
    setup_form,
    show_error,
    style_heading,
    style_muted,
    style_section,
    to_qdate,
    wire_people_picker,
)
from trustjournal.gui.forms.ui_gathering_editor import Ui_GatheringEditor
from trustjournal.gui.session import Session

HELD_KEY = "gathering"  # the encrypted draft of unsaved changes across a lock

KEPT_TALKING_ROLE = Qt.ItemDataRole.UserRole + 20  # bool, in the follow-up list
FOLLOW_UP_ROWS_SHOWN = 6  # the follow-up list grows to this many rows, then scrolls


def dates_text(start: dt.date, end: dt.date | None) -> str:
    """'24–26 Jan 2026', '30 Jan – 2 Feb 2026', '7 Mar 2026'."""
    if end is None or end == start:
        return day_text(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{day_text(start)} – {day_text(end)}"


def people_count(count: int) -> str:
    if count == 0:
        return "nobody recorded as met"
    return f"{count} {'person' if count == 1 else 'people'} met"


# -- models -------------------------------------------------------------------------------


class GatheringsModel(QAbstractListModel):
    """Every gathering, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GatheringRecord] = []

    def set_gatherings(self, rows: Sequence[GatheringRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_gatherings([])

    def row_of(self, ident: int) -> int:
        return next((i for i, g in enumerate(self._rows) if g.id == ident), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        g = self._rows[index.row()]
        where = f"  ·  {g.place}" if g.place else ""
        if role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE):
            return g.name
        if role == DETAIL_ROLE:
            return f"{dates_text(g.start_date, g.end_date)}{where}\n{people_count(len(g.people))}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            place = f", {g.place}" if g.place else ""
            return (
                f"{g.name}. {dates_text(g.start_date, g.end_date)}{place}; "
                f"{people_count(len(g.people))}"
            )
        if role == RECORD_ID_ROLE:
            return g.id
        if role == SORT_DATE_ROLE:
            return f"{g.start_date.isoformat()}#{g.id:09d}"
        if role == FILTER_TEXT_ROLE:
            return " ".join([g.name, g.place, *(p.name for p in g.people)])
        return None


class FollowUpModel(QAbstractListModel):
    """Each person met at one gathering, and the conversations since."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonFollowUp] = []
        self._as_of = dt.date.today()

    def set_follow_up(self, result: FollowUp | None, as_of: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(result.people) if result else []
        self._as_of = as_of
        self.endResetModel()

    def clear(self) -> None:
        self.set_follow_up(None, dt.date.today())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        summary = p.summary(self._as_of)
        detail = f"Kept talking  ·  {summary}" if p.kept_talking else summary
        if role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE):
            return p.person.name
        if role == DETAIL_ROLE:
            return detail
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{p.person.name}: {detail}. Press Enter to open."
        if role == PERSON_ID_ROLE:
            return p.person.id
        if role == KEPT_TALKING_ROLE:
            return p.kept_talking
        return None


# -- the page -----------------------------------------------------------------------------


class GatheringsView(QWidget):
    """The gatherings list beside the editor and follow-up; see the module docstring."""

    personActivated = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName("Gatherings")
        self._current: int | None = None
        self._editing = False
        self._baseline: GatheringDraft | None = None
        self._held: str | None = None  # unsaved changes the journal could not keep (see held.py)
        self._selecting = False
        self.last_follow_up: FollowUp | None = None
        self._stale: str | None = None  # "all", or only "follow_up", after change notices
        self._touched: str | None = None  # what a change notice did to the shown gathering
        self._everyone: list[PersonRecord] = []  # as of the last reload (person changes reload)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._apply_changes)

        self.model = GatheringsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FILTER_TEXT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_DATE_ROLE)
        self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        self.people = PeopleChecklistModel(("Met there",), self)
        self.follow_model = FollowUpModel(self)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        session.changed.connect(self._on_changed)
        session.locking.connect(self.stash)
        session.settings_changed.connect(self._refresh_follow_up)
        if session.is_open:
            self.reload()

    # -- building

    def _build_list(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(MARGIN, MARGIN, SPACING, MARGIN)
        layout.setSpacing(SPACING)
        top = QHBoxLayout()
        title = QLabel("Gatherings")
        style_heading(title)
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(icons.icon("gathering"), "&New gathering")
        self.new_button.setAccessibleName("New gathering")
        self.new_button.setToolTip("Record a retreat, conference or dinner series")
        self.new_button.clicked.connect(self.new_gathering)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by name, place or person…")
        self.filter_edit.setAccessibleName("Filter gatherings")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        layout.addWidget(self.filter_edit)

        self.list_view = record_list(self.proxy, "Gatherings list")
        self.list_view.selectionModel().currentChanged.connect(self._on_current_row)
        self.list_view.activated.connect(lambda _: self.form.followUpView.setFocus())
        self.list_stack = QStackedWidget()
        self.list_empty = placeholder(
            "No gatherings yet.\n\nRecord a retreat, a summit or a dinner series and who you "
            "met there, to see what happens after."
        )
        self.list_stack.addWidget(self.list_empty)
        self.list_stack.addWidget(self.list_view)
        layout.addWidget(self.list_stack, 1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("How many gatherings")
        style_muted(self.count_label)
        layout.addWidget(self.count_label)
        return pane

    def _build_editor(self) -> QWidget:
        self.pages = QStackedWidget()
        self.pages.setAccessibleName("Gathering")

        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        empty_layout.addStretch(1)
        empty_layout.addWidget(
            placeholder("Pick a gathering on the left to see\nwho you kept talking to afterwards.")
        )
        new_here = QPushButton(icons.icon("gathering"), "Record a gathering")
        new_here.setAccessibleName("Record a new gathering")
        new_here.clicked.connect(self.new_gathering)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(new_here)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self.pages.addWidget(empty)

        editor = QWidget()
        outer = QVBoxLayout(editor)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QWidget()
        self.form = Ui_GatheringEditor()
        setup_form(self.form, body)
        f = self.form
        style_heading(f.heading, "heading")
        f.heading.setTextFormat(Qt.TextFormat.PlainText)
        for label in (f.followUpLabel, f.detailsLabel, f.peopleLabel):
            style_section(label)
        f.editorLayout.insertSpacing(f.editorLayout.indexOf(f.detailsLabel), SPACING)
        verdict_font = QFont(f.verdictLabel.font())
        verdict_font.setPointSizeF(verdict_font.pointSizeF() * 1.2)
        verdict_font.setBold(True)
        f.verdictLabel.setFont(verdict_font)
        f.verdictLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.verdictDetail.setTextFormat(Qt.TextFormat.PlainText)
        style_muted(f.verdictDetail)
        f.startEdit.setDate(to_qdate(dt.date.today()))
        f.endEdit.setDate(to_qdate(dt.date.today()))
        f.followUpView.setModel(self.follow_model)
        f.followUpView.setItemDelegate(RecordDelegate(f.followUpView))
        f.followUpView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        f.followUpView.activated.connect(self._on_follow_up_activated)
        f.followUpView.setFrameShape(QFrame.Shape.StyledPanel)
        f.followUpView.installEventFilter(self)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        outer.addWidget(self._build_bar())
        self.pages.addWidget(editor)

        wire_people_picker(self.people, f.peopleFilter, f.peopleView)
        f.peopleView.horizontalHeader().hide()
        f.peopleView.activated.connect(self._on_person_row_activated)
        f.oneDayCheck.toggled.connect(lambda on: f.endEdit.setEnabled(not on))
        for signal in (
            f.nameEdit.textChanged,
            f.startEdit.dateChanged,
            f.endEdit.dateChanged,
            f.oneDayCheck.toggled,
            f.placeEdit.textChanged,
            f.noteEdit.textChanged,
            self.people.checksChanged,
        ):
            signal.connect(self._on_edited)
        f.nameEdit.returnPressed.connect(self.save)
        f.placeEdit.returnPressed.connect(self.save)
        self._style_card()
        return self.pages

    def _build_bar(self) -> QWidget:
        bar = QWidget()
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(MARGIN, SPACING, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Problem with this gathering")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        self.delete_button = QPushButton("De&lete…")
        self.delete_button.setAccessibleName("Delete this gathering")
        self.delete_button.clicked.connect(self.delete_current)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        self.revert_button = QPushButton("&Revert changes")
        self.revert_button.setAccessibleName("Discard changes")
        self.revert_button.clicked.connect(self.revert)
        row.addWidget(self.revert_button)
        self.save_button = QPushButton("&Save")
        self.save_button.setAccessibleName("Save this gathering")
        self.save_button.setDefault(True)
        theme.set_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return bar

    def _style_card(self) -> None:
        """The verdict card: a tint of the accent colour, from the palette in use."""
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        self.form.verdictCard.setStyleSheet(
            "#verdictCard { "
            f"background-color: {blend(base, accent, 0.12).name()}; "
            f"border: 1px solid {blend(base, accent, 0.45).name()}; border-radius: 8px; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_card()
        super().changeEvent(event)

    # -- public API

    def reload(self) -> None:
        """Re-read the list, the people and the follow-up; keep the editor's text."""
        if not self.session.is_open:
            return
        journal = self.session.journal
        gatherings = journal.gatherings()
        self._selecting = True
        try:
            self.model.set_gatherings(gatherings)
            self._select_row(self._current)
        finally:
            self._selecting = False
        self.list_stack.setCurrentWidget(self.list_view if gatherings else self.list_empty)
        count = len(gatherings)
        self.count_label.setText(f"{count} gathering{'s' if count != 1 else ''}" if count else "")
        self._everyone = journal.people()
        self.people.set_people(self._everyone, (self.people.checked(0),))
        self._refresh_follow_up()

    def clear(self) -> None:
        """Drop every bit of journal text from the widgets and models."""
        self._refresh.stop()
        self._stale = self._touched = None
        self._everyone = []
        self._current = None
        self._editing = False
        self._baseline = None
        self.last_follow_up = None
        self.model.clear()
        self.people.clear()
        self.follow_model.clear()
        f = self.form
        for edit in (self.filter_edit, f.nameEdit, f.placeEdit, f.peopleFilter):
            edit.clear()
        f.noteEdit.clear()
        f.heading.setText("New gathering")
        f.verdictLabel.clear()
        f.verdictDetail.clear()
        self.count_label.clear()
        show_error(self.error_label, "")
        self.pages.setCurrentIndex(0)
        self.list_stack.setCurrentWidget(self.list_empty)

    def new_gathering(self) -> None:
        """Open an empty editor, dated today, with the name focused."""
        self._flush()
        if not self.confirm_leave():
            return
        self._current = None
        self._load_editor(None)
        self.list_view.clearSelection()
        self.list_view.setCurrentIndex(QModelIndex())
        self.form.nameEdit.setFocus()

    def show_gathering(self, ident: int) -> None:
        """Show gathering `ident`: its verdict, who you kept talking to, its details."""
        self._flush()
        if self._editing and ident == self._current:
            self._select_row(ident)
            return
        if not self.confirm_leave():
            self._select_row(self._current)
            return
        try:
            record = self.session.journal.gathering(ident)
        except NotFound as exc:
            show_error(self.error_label, str(exc))
            return
        self._current = ident
        self._load_editor(record)
        self._select_row(ident)

    def stash(self) -> None:
        """On locking: keep unsaved changes as an encrypted draft, then forget everything."""
        if self.is_dirty():
            self._held = held.keep(self.session, HELD_KEY, self._current, self._draft())
        self.clear()

    def restore(self) -> None:
        """After unlocking: bring back the changes `stash` kept, if any."""
        self.reload()
        kept = held.take(self.session, HELD_KEY, GatheringDraft, self._held)
        self._held = None
        if kept is None:
            return
        ident, draft = kept
        try:
            record = self.session.journal.gathering(ident) if ident is not None else None
        except NotFound:
            record, ident = None, None
        self._current = ident
        self._load_editor(record)
        self._select_row(ident)
        self._fill(draft)

    def _fill(self, draft: GatheringDraft) -> None:
        """Put a draft's values into the editor, leaving its baseline as it is."""
        f = self.form
        f.nameEdit.setText(draft.name)
        f.startEdit.setDate(to_qdate(draft.start_date))
        f.oneDayCheck.setChecked(draft.end_date is None)
        f.endEdit.setEnabled(draft.end_date is not None)
        f.endEdit.setDate(to_qdate(draft.end_date or draft.start_date))
        f.placeEdit.setText(draft.place)
        f.noteEdit.setPlainText(draft.note)
        self.people.set_people(self._everyone, (draft.people,))
        self._on_edited()

    def current_gathering(self) -> int | None:
        return self._current

    def is_dirty(self) -> bool:
        return self._editing and self._baseline is not None and self._draft() != self._baseline

    def confirm_leave(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved gathering — TrustJournal",
            "This gathering has changes that are not saved.",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def save(self) -> bool:
        if not self._editing:
            return False
        draft = self._draft()
        journal = self.session.journal
        try:
            if self._current is None:
                record = journal.add_gathering(draft)
            else:
                record = journal.update_gathering(self._current, draft)
        except JournalLocked:
            return False
        except JournalError as exc:
            show_error(self.error_label, str(exc))
            if "name" in str(exc).lower():
                self.form.nameEdit.setFocus()
            return False
        self._settle()
        self._current = record.id
        self._load_editor(record)
        self._select_row(record.id)
        return True

    def revert(self) -> None:
        if self._current is None:
            self._load_editor(None)
            return
        try:
            self._load_editor(self.session.journal.gathering(self._current))
        except NotFound:
            self._show_nothing()

    def delete_current(self) -> None:
        if self._current is None:
            self._show_nothing()
            return
        name = self.form.nameEdit.text().strip() or "this gathering"
        answer = QMessageBox.question(
            self,
            "Delete gathering — TrustJournal",
            f"Delete the gathering “{name}”?\n\nThe people and conversations stay in the "
            "journal; conversations linked to it become unlinked. This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ident, self._current = self._current, None
        try:
            self.session.journal.delete_gathering(ident)
        except JournalError as exc:
            self._current = ident
            show_error(self.error_label, str(exc))
            return
        self._settle()
        self._show_nothing()

    def _settle(self) -> None:
        """After our own write: show it at once rather than on the next turn of the loop."""
        self._refresh.stop()
        self._stale = self._touched = None
        self.reload()

    # -- the editor

    def _load_editor(self, record: GatheringRecord | None) -> None:
        f = self.form
        self._baseline = None
        today = dt.date.today()
        f.heading.setText(record.name if record else "New gathering")
        f.nameEdit.setText(record.name if record else "")
        f.startEdit.setDate(to_qdate(record.start_date if record else today))
        one_day = record is not None and record.end_date is None
        f.endEdit.setDate(to_qdate(record.end_date or record.start_date if record else today))
        f.oneDayCheck.setChecked(one_day)
        f.endEdit.setEnabled(not one_day)
        f.placeEdit.setText(record.place if record else "")
        f.noteEdit.setPlainText(record.note if record else "")
        f.peopleFilter.clear()
        met = [p.id for p in record.people] if record else []
        self.people.set_people(self._everyone, (met,))
        f.peopleView.scrollToTop()
        show_error(self.error_label, "")
        self.delete_button.setVisible(record is not None)
        self._editing = True
        self.pages.setCurrentIndex(1)
        self._show_follow_up(record)
        self._baseline = self._draft()
        self._on_edited()

    def _draft(self) -> GatheringDraft:
        f = self.form
        start = from_qdate(f.startEdit.date())
        return GatheringDraft(
            f.nameEdit.text(),
            start,
            None if f.oneDayCheck.isChecked() else from_qdate(f.endEdit.date()),
            f.placeEdit.text(),
            f.noteEdit.toPlainText(),
            self.people.checked(0),
        )

    def _on_edited(self, *_: object) -> None:
        dirty = self.is_dirty()
        self.revert_button.setEnabled(dirty)
        self.save_button.setEnabled(dirty or self._current is None)

    # -- the follow-up state

    def _refresh_follow_up(self) -> None:
        if self._current is None or not self.session.is_open:
            return
        try:
            self._show_follow_up(self.session.journal.gathering(self._current))
        except NotFound:
            self._show_follow_up(None)

    def compute_follow_up(self, record: GatheringRecord, as_of: dt.date) -> FollowUp:
        """The follow-up state of a saved gathering, read through the journal."""
        journal = self.session.journal
        after = followup.ended(record) + dt.timedelta(days=1)
        dates: dict[int, list[dt.date]] = {}
        honest: dict[int, list[dt.date]] = {}
        for ref in record.people:
            talks = journal.conversations(person_id=ref.id, since=after, until=as_of)
            dates[ref.id] = [c.date for c in talks]
            honest[ref.id] = [c.date for c in talks if is_honest(c.signals)]
        return followup.follow_up(
            record,
            dates,
            as_of,
            honest_by_person=honest,
            cadence_days=self.session.tie_settings().cadence_days,
        )

    def _show_follow_up(self, record: GatheringRecord | None) -> None:
        f = self.form
        shown = record is not None
        for widget in (f.verdictCard, f.followUpLabel, f.followUpView, f.detailsLabel):
            widget.setVisible(shown)
        if record is None:
            self.last_follow_up = None
            self.follow_model.clear()
            f.verdictLabel.clear()
            f.verdictDetail.clear()
            return
        as_of = dt.date.today()
        result = self.compute_follow_up(record, as_of)
        self.last_follow_up = result
        f.verdictLabel.setText(result.sentence + ".")
        f.verdictDetail.setText(self._explain(result))
        self.follow_model.set_follow_up(result, as_of)
        f.followUpLabel.setVisible(result.met > 0)
        f.followUpView.setVisible(result.met > 0)
        self._fit_follow_up()

    def _fit_follow_up(self) -> None:
        """Make the follow-up list exactly as tall as its rows (up to a few, then scroll).

        Run again when the list is shown or restyled: the rows' height depends on the
        font the app's style sheet gives it, which is only final once it is polished.
        """
        view = self.form.followUpView
        count = self.follow_model.rowCount()
        rows = max(1, min(count, FOLLOW_UP_ROWS_SHOWN))
        row_height = view.sizeHintForRow(0) if count else 40
        view.setFixedHeight(rows * max(row_height, 1) + 2 * view.frameWidth())
        view.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if count > FOLLOW_UP_ROWS_SHOWN
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form.followUpView and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._fit_follow_up()
        return super().eventFilter(watched, event)

    def _explain(self, result: FollowUp) -> str:
        cadence = self.session.tie_settings().cadence_days
        counted = f"Counting conversations after {day_text(result.ended)}, its last day."
        if result.verdict is Verdict.TOO_SOON:
            judged = result.ended + dt.timedelta(days=cadence * followup.WAIT_CADENCES)
            return f"Look again after {day_text(judged)}: follow-ups need {cadence} days to show."
        if result.verdict is Verdict.NOBODY_RECORDED:
            return "Tick the people you met in the list below, then save."
        return (
            f"{counted} Kept talking means at least {followup.DIALOGUE_MIN_CONVERSATIONS} "
            f"conversations, going on past {cadence} days."
        )

    def _on_follow_up_activated(self, index: QModelIndex) -> None:
        ident = index.data(PERSON_ID_ROLE)
        if ident is not None:
            self.personActivated.emit(int(ident))

    def _on_person_row_activated(self, index: QModelIndex) -> None:
        ident = index.data(PERSON_ID_ROLE)
        if ident is not None and ident in self.people.checked(0):
            self.personActivated.emit(int(ident))

    # -- the list

    def _select_row(self, ident: int | None) -> None:
        selection = self.list_view.selectionModel()
        row = self.model.row_of(ident) if ident is not None else -1
        if row < 0:
            self.list_view.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        was, self._selecting = self._selecting, True
        try:
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
            self.list_view.scrollTo(index)
        finally:
            self._selecting = was

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        self.show_gathering(int(current.data(RECORD_ID_ROLE)))

    def _show_nothing(self) -> None:
        self._current = None
        self._editing = False
        self._baseline = None
        self.last_follow_up = None
        self.follow_model.clear()
        self.pages.setCurrentIndex(0)
        self.list_view.clearSelection()

    # -- change notices

    def _on_changed(self, change: Change) -> None:
        """Note what changed; refresh once the burst is over (an import sends thousands)."""
        if change.kind == "conversation":
            self._stale = self._stale or "follow_up"  # a new talk may change who kept talking
        elif change.kind in ("gathering", "person"):
            self._stale = "all"
            if change.kind == "gathering" and self._current in change.ids:
                deleted = change.action == "deleted"
                self._touched = "deleted" if deleted else self._touched or "updated"
        else:
            return
        self._refresh.start()

    def _flush(self) -> None:
        """Apply change notices still waiting, so that what is shown next is current."""
        if self._refresh.isActive():
            self._refresh.stop()
            self._apply_changes()

    def _apply_changes(self) -> None:
        stale, self._stale = self._stale, None
        touched, self._touched = self._touched, None
        if not self.session.is_open:
            return
        if stale == "follow_up":
            self._refresh_follow_up()
            return
        self.reload()
        if touched == "deleted":
            self._show_nothing()
        elif touched and not self.is_dirty():
            self.revert()
