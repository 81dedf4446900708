"""The Decisions page: every decision in a list beside an editor for one of them.

A decision is the seed's practical test made concrete ("Who can I call when a decision
feels uncomfortable?"): its title, date, discomfort 1–5, status, outcome note, the people
consulted and, among them, whose input changed the leader's framing.

This module also holds the small pieces the Gatherings page reuses: the checkable,
filterable people list (`PeopleChecklistModel`), the two-line list delegate
(`RecordDelegate`) and the palette-aware styling helpers.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.errors import JournalError, JournalLocked, NotFound
from trustjournal.core.records import Change, DecisionDraft, DecisionRecord, PersonRecord, PersonRef
from trustjournal.gui import held, icons, theme
from trustjournal.gui.forms.ui_decision_editor import Ui_DecisionEditor
from trustjournal.gui.session import Session

HELD_KEY = "decision"  # the encrypted draft of unsaved changes across a lock

AnyIndex = QModelIndex | QPersistentModelIndex

# -- roles shared by the list models of this module and gatherings.py ---------------------

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (int)
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # the bold first line of a row
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # the lines under it, "\n"-separated
SORT_DATE_ROLE = Qt.ItemDataRole.UserRole + 4  # ISO date, for sorting
FILTER_TEXT_ROLE = Qt.ItemDataRole.UserRole + 5  # what type-to-filter matches
DISCOMFORT_ROLE = Qt.ItemDataRole.UserRole + 6  # 1–5
STATUS_ROLE = Qt.ItemDataRole.UserRole + 7  # "open" / "decided"
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 8  # in people lists

MARGIN = 14
SPACING = 8

DISCOMFORT_WORDS = {
    1: "comfortable",
    2: "a little uneasy",
    3: "uneasy",
    4: "uncomfortable",
    5: "very uncomfortable",
}
STATUS_LABELS = {"open": "Open", "decided": "Decided"}


# -- small shared helpers ---------------------------------------------------------------------


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def day_text(day: dt.date) -> str:
    """'7 Mar 2026'."""
    return f"{day.day} {day:%b %Y}"


def dots(discomfort: int) -> str:
    """'●●●●○ 4/5': the dots for the eye, the number for everyone."""
    return "●" * discomfort + "○" * (5 - discomfort) + f" {discomfort}/5"


def names_text(people: Sequence[PersonRef], most: int = 3) -> str:
    shown = ", ".join(p.name for p in people[:most])
    return shown + (f" +{len(people) - most}" if len(people) > most else "")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0–1) of the way towards `b`."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def secondary_colour(palette: QPalette) -> QColor:
    """Muted text: the theme's placeholder colour, which keeps its contrast on Base."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


def style_heading(label: QLabel, role: str = "title") -> None:
    """A page title ("title") or an editor heading ("heading"), from the app's stylesheet."""
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    theme.set_role(label, role)


def style_section(label: QLabel) -> None:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)


def style_muted(label: QLabel) -> None:
    theme.set_role(label, "muted")


def show_error(label: QLabel, message: str) -> None:
    """Show `message` in place as an error banner (empty hides it)."""
    label.setText(message)
    label.setVisible(bool(message))
    theme.set_role(label, "error")


def placeholder(text: str) -> QLabel:
    """The centred, muted sentence an empty list or page shows."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(24)
    theme.set_role(label, "muted")
    return label


# -- the two-line list delegate ---------------------------------------------------------------


class RecordDelegate(QStyledItemDelegate):
    """Paints a row as its TITLE_ROLE in bold over its DETAIL_ROLE lines, muted."""

    PAD_X = 12
    PAD_Y = 8
    GAP = 3

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        bold, plain = self._fonts(option)
        lines = str(index.data(DETAIL_ROLE) or "").count("\n") + 1
        height = (
            QFontMetrics(bold).height()
            + lines * (QFontMetrics(plain).height() + self.GAP)
            + 2 * self.PAD_Y
        )
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        draw_separator(painter, opt)
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = (
            blend(text_colour, palette.color(QPalette.ColorRole.Highlight), 0.2)
            if selected
            else secondary_colour(palette)
        )
        bold, plain = self._fonts(opt)
        rect: QRect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        painter.save()
        painter.setFont(bold)
        painter.setPen(text_colour)
        metrics = QFontMetrics(bold)
        title = str(index.data(TITLE_ROLE) or index.data(Qt.ItemDataRole.DisplayRole) or "")
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(plain)
        painter.setPen(muted)
        small = QFontMetrics(plain)
        top = line.bottom() + 1 + self.GAP
        for detail in str(index.data(DETAIL_ROLE) or "").split("\n"):
            box = QRect(rect.left(), top, rect.width(), small.height())
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
            )
            top += small.height() + self.GAP
        painter.restore()


def draw_separator(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """A hairline under a row, so that rows of several lines read as separate items."""
    palette: QPalette = option.palette
    rect: QRect = option.rect
    colour = blend(
        palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.1
    )
    painter.save()
    painter.setPen(colour)
    painter.drawLine(rect.left() + 8, rect.bottom(), rect.right() - 8, rect.bottom())
    painter.restore()


def setup_form(form: Any, widget: QWidget) -> None:
    """Run a generated form's `setupUi` on `widget`, with its outer margins."""
    form.setupUi(widget)
    layout = widget.layout()
    if layout is not None:
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)


def record_list(model: QSortFilterProxyModel, name: str) -> QListView:
    """A list view for a record model: two-line rows, keyboard friendly."""
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(RecordDelegate(view))
    view.setAccessibleName(name)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setAlternatingRowColors(False)
    view.setSpacing(0)
    return view


# -- the checkable, filterable people list ------------------------------------------------


class PeopleChecklistModel(QAbstractTableModel):
    """People with one or more tick columns: column 0 ticks the name (consulted, met);
    every further column is a subset of it (changed my framing), tickable only when the
    name is ticked."""

    checksChanged = Signal()

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._people: list[PersonRecord] = []
        self._checked: list[set[int]] = [set() for _ in self._headers]

    # -- filling and reading

    def set_people(
        self, people: Iterable[PersonRecord], checked: Sequence[Iterable[int]] = ()
    ) -> None:
        """Everyone not archived, plus archived people already ticked; ticked ones first."""
        self.beginResetModel()
        self._checked = [set() for _ in self._headers]
        for column, ids in enumerate(checked):
            self._checked[column] = set(ids)
        ticked = self._checked[0]
        shown = [p for p in people if not p.archived or p.id in ticked]
        self._people = sorted(shown, key=lambda p: (p.id not in ticked, p.name.casefold()))
        self.endResetModel()

    def checked(self, column: int = 0) -> tuple[int, ...]:
        """The ids ticked in `column`, in name order."""
        return tuple(p.id for p in self.checked_people(column))

    def checked_people(self, column: int = 0) -> list[PersonRef]:
        ticked = self._checked[column]
        refs = [p.ref for p in self._people if p.id in ticked]
        return sorted(refs, key=lambda r: r.name.casefold())

    def person_row(self, ident: int) -> int:
        return next((i for i, p in enumerate(self._people) if p.id == ident), -1)

    def clear(self) -> None:
        self.set_people([])

    # -- Qt model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        column = index.column()
        ticked = person.id in self._checked[column]
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return person.name + (" (archived)" if person.archived else "")
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = "ticked" if ticked else "not ticked"
            return f"{person.name}, {self._headers[column].lower()}: {state}"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and person.role:
            return person.role
        if role == PERSON_ID_ROLE:
            return person.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 0 or self._people[index.row()].id in self._checked[0]:
            base |= Qt.ItemFlag.ItemIsEnabled
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        ident = self._people[index.row()].id
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        column = index.column()
        if on:
            self._checked[column].add(ident)
            self._checked[0].add(ident)
        else:
            self._checked[column].discard(ident)
            if column == 0:
                for other in self._checked[1:]:
                    other.discard(ident)
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.checksChanged.emit()
        return True


def wire_people_picker(
    model: PeopleChecklistModel, filter_edit: QLineEdit, view: QTableView
) -> QSortFilterProxyModel:
    """Put `model` in `view` behind a type-to-filter proxy driven by `filter_edit`."""
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(0)
    filter_edit.textChanged.connect(proxy.setFilterFixedString)
    view.setModel(proxy)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # Fixed widths from the header text: ResizeToContents would read every row on each
    # reset, which a journal of a thousand people feels.
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        header.resizeSection(column, QFontMetrics(header.font()).horizontalAdvance(text) + 32)
    header.setHighlightSections(False)
    view.verticalHeader().setDefaultSectionSize(QFontMetrics(view.font()).height() + 12)
    return proxy


def people_links(people: Sequence[PersonRef]) -> str:
    return ", ".join(f'<a href="person:{p.id}">{html.escape(p.name)}</a>' for p in people)


# -- the decisions list -------------------------------------------------------------------


class DecisionsModel(QAbstractListModel):
    """Every decision, newest first, as the journal returns them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DecisionRecord] = []

    def set_decisions(self, rows: Sequence[DecisionRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_decisions([])

    def row_of(self, ident: int) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == ident), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE):
            return d.title
        if role == DETAIL_ROLE:
            return "\n".join([self._facts(d), self._people(d)])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                f"{d.title}. {day_text(d.date)}; discomfort {d.discomfort} of 5, "
                f"{DISCOMFORT_WORDS[d.discomfort]}; {STATUS_LABELS.get(d.status, d.status)}; "
                f"{self._people(d)}"
            )
        if role == RECORD_ID_ROLE:
            return d.id
        if role == SORT_DATE_ROLE:
            return f"{d.date.isoformat()}#{d.id:09d}"
        if role == FILTER_TEXT_ROLE:
            return " ".join([d.title, *(p.name for p in d.consulted)])
        if role == DISCOMFORT_ROLE:
            return d.discomfort
        if role == STATUS_ROLE:
            return d.status
        return None

    @staticmethod
    def _facts(d: DecisionRecord) -> str:
        return (
            # The meaning of the number is in the tooltip and the editor: spelled out here
            # it would push the dots out of a narrow list.
            f"{STATUS_LABELS.get(d.status, d.status)}  ·  {day_text(d.date)}"
            f"  ·  {dots(d.discomfort)}"
        )

    @staticmethod
    def _people(d: DecisionRecord) -> str:
        if not d.consulted:
            return "Decided alone" if d.status == "decided" else "Nobody consulted yet"
        text = f"Consulted {names_text(d.consulted)}"
        if d.changed_framing:
            text += f"  ·  reframed by {names_text(d.changed_framing, 2)}"
        return text


class DecisionsProxy(QSortFilterProxyModel):
    """Type-to-filter over titles and names, a status filter, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.setFilterRole(FILTER_TEXT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_DATE_ROLE)

    def set_status(self, status: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            self.status = status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.status = status
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        if self.status is not None:
            index = self.sourceModel().index(row, 0, parent)
            if index.data(STATUS_ROLE) != self.status:
                return False
        return super().filterAcceptsRow(row, parent)


# -- the page -----------------------------------------------------------------------------


class DecisionsView(QWidget):
    """The decisions list beside the editor; see the module docstring."""

    personActivated = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName("Decisions")
        self._current: int | None = None  # the decision in the editor; None: a new one
        self._editing = False  # the editor page is showing
        self._baseline: DecisionDraft | None = None
        self._held: str | None = None  # unsaved changes the journal could not keep (see held.py)
        self._selecting = False
        self._touched: str | None = None  # what a change notice did to the shown decision
        self._everyone: list[PersonRecord] = []  # as of the last reload (person changes reload)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._apply_changes)

        self.model = DecisionsModel(self)
        self.proxy = DecisionsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        self.people = PeopleChecklistModel(("Consulted", "Changed my framing"), self)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        session.changed.connect(self._on_changed)
        session.locking.connect(self.stash)
        if session.is_open:
            self.reload()

    # -- building

    def _build_list(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(MARGIN, MARGIN, SPACING, MARGIN)
        layout.setSpacing(SPACING)
        top = QHBoxLayout()
        title = QLabel("Decisions")
        style_heading(title)
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(icons.icon("decision"), "&New decision")
        self.new_button.setAccessibleName("New decision")
        self.new_button.setToolTip("Record a decision you are facing or have made")
        self.new_button.clicked.connect(self.new_decision)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        filters.setSpacing(SPACING)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by title or person…")
        self.filter_edit.setAccessibleName("Filter decisions")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        filters.addWidget(self.filter_edit, 1)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Show decisions by status")
        self.status_filter.addItem("All", None)
        self.status_filter.addItem("Open", "open")
        self.status_filter.addItem("Decided", "decided")
        self.status_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_status(self.status_filter.currentData())
        )
        filters.addWidget(self.status_filter)
        layout.addLayout(filters)

        self.list_view = record_list(self.proxy, "Decisions list")
        self.list_view.selectionModel().currentChanged.connect(self._on_current_row)
        self.list_view.activated.connect(lambda _: self.form.titleEdit.setFocus())
        self.list_stack = QStackedWidget()
        self.list_empty = placeholder(
            "No decisions yet.\n\nRecord the next one that feels uncomfortable, and who you "
            "called about it."
        )
        self.list_stack.addWidget(self.list_empty)
        self.list_stack.addWidget(self.list_view)
        layout.addWidget(self.list_stack, 1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("How many decisions")
        style_muted(self.count_label)
        layout.addWidget(self.count_label)
        return pane

    def _build_editor(self) -> QWidget:
        self.pages = QStackedWidget()
        self.pages.setAccessibleName("Decision")

        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        empty_layout.addStretch(1)
        empty_layout.addWidget(
            placeholder(
                "Pick a decision on the left to see who you consulted,\nor record a new one."
            )
        )
        new_here = QPushButton(icons.icon("decision"), "Record a decision")
        new_here.setAccessibleName("Record a new decision")
        new_here.clicked.connect(self.new_decision)
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
        self.form = Ui_DecisionEditor()
        setup_form(self.form, body)
        style_heading(self.form.heading, "heading")
        self.form.heading.setWordWrap(True)
        self.form.heading.setTextFormat(Qt.TextFormat.PlainText)
        style_section(self.form.peopleLabel)
        style_section(self.form.outcomeLabel)
        self.form.dateEdit.setDate(to_qdate(dt.date.today()))
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        outer.addWidget(self._build_bar())
        self.pages.addWidget(editor)

        f = self.form
        wire_people_picker(self.people, f.peopleFilter, f.peopleView)
        f.peopleView.activated.connect(self._on_person_row_activated)
        f.consultedSummary.linkActivated.connect(self._on_link)
        f.discomfortSlider.valueChanged.connect(self._show_discomfort)
        for signal in (
            f.titleEdit.textChanged,
            f.dateEdit.dateChanged,
            f.discomfortSlider.valueChanged,
            f.openRadio.toggled,
            f.outcomeEdit.textChanged,
            self.people.checksChanged,
        ):
            signal.connect(self._on_edited)
        self.people.checksChanged.connect(self._show_consulted)
        f.titleEdit.returnPressed.connect(self.save)
        return self.pages

    def _build_bar(self) -> QWidget:
        bar = QWidget()
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(MARGIN, SPACING, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Problem with this decision")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        self.delete_button = QPushButton("De&lete…")
        self.delete_button.setAccessibleName("Delete this decision")
        self.delete_button.clicked.connect(self.delete_current)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        self.revert_button = QPushButton("&Revert changes")
        self.revert_button.setAccessibleName("Discard changes")
        self.revert_button.clicked.connect(self.revert)
        row.addWidget(self.revert_button)
        self.save_button = QPushButton("&Save")
        self.save_button.setAccessibleName("Save this decision")
        self.save_button.setDefault(True)
        theme.set_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return bar

    # -- public API

    def reload(self) -> None:
        """Re-read the list and the people from the journal; keep the editor's text."""
        if not self.session.is_open:
            return
        journal = self.session.journal
        decisions = journal.decisions()
        self._selecting = True
        try:
            self.model.set_decisions(decisions)
            self._select_row(self._current)
        finally:
            self._selecting = False
        self.list_stack.setCurrentWidget(self.list_view if decisions else self.list_empty)
        open_count = sum(1 for d in decisions if d.status == "open")
        self.count_label.setText(
            f"{len(decisions)} decision{'s' if len(decisions) != 1 else ''} · {open_count} open"
            if decisions
            else ""
        )
        self._everyone = journal.people()
        self.people.set_people(self._everyone, (self.people.checked(0), self.people.checked(1)))
        self._show_consulted()

    def clear(self) -> None:
        """Drop every bit of journal text from the widgets and models."""
        self._refresh.stop()
        self._touched = None
        self._everyone = []
        self._current = None
        self._editing = False
        self._baseline = None
        self.model.clear()
        self.people.clear()
        f = self.form
        for edit in (self.filter_edit, f.titleEdit, f.peopleFilter):
            edit.clear()
        f.outcomeEdit.clear()
        f.heading.setText("New decision")
        f.consultedSummary.clear()
        self.count_label.clear()
        show_error(self.error_label, "")
        self.pages.setCurrentIndex(0)
        self.list_stack.setCurrentWidget(self.list_empty)

    def new_decision(self) -> None:
        """Open an empty editor, dated today, with the title focused."""
        self._flush()
        if not self.confirm_leave():
            return
        self._current = None
        self._load_editor(None)
        self.list_view.clearSelection()
        self.list_view.setCurrentIndex(QModelIndex())
        self.form.titleEdit.setFocus()

    def show_decision(self, ident: int) -> None:
        """Show decision `ident` in the editor and select it in the list."""
        self._flush()
        if self._editing and ident == self._current:
            self._select_row(ident)
            return
        if not self.confirm_leave():
            self._select_row(self._current)
            return
        try:
            record = self.session.journal.decision(ident)
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
        kept = held.take(self.session, HELD_KEY, DecisionDraft, self._held)
        self._held = None
        if kept is None:
            return
        ident, draft = kept
        try:
            record = self.session.journal.decision(ident) if ident is not None else None
        except NotFound:
            record, ident = None, None
        self._current = ident
        self._load_editor(record)
        self._select_row(ident)
        self._fill(draft)

    def _fill(self, draft: DecisionDraft) -> None:
        """Put a draft's values into the editor, leaving its baseline as it is."""
        f = self.form
        f.titleEdit.setText(draft.title)
        f.dateEdit.setDate(to_qdate(draft.date))
        f.discomfortSlider.setValue(draft.discomfort)
        (f.openRadio if draft.status == "open" else f.decidedRadio).setChecked(True)
        f.outcomeEdit.setPlainText(draft.outcome)
        self.people.set_people(self._everyone, (draft.consulted, draft.changed_framing))
        self._show_consulted()
        self._on_edited()

    def current_decision(self) -> int | None:
        return self._current

    def is_dirty(self) -> bool:
        return self._editing and self._baseline is not None and self._draft() != self._baseline

    def confirm_leave(self) -> bool:
        """True when the editor may show something else (asks Save/Discard/Cancel if dirty)."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved decision — TrustJournal",
            "This decision has changes that are not saved.",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def save(self) -> bool:
        """Save the editor; a problem is shown in place and nothing is lost."""
        if not self._editing:
            return False
        draft = self._draft()
        journal = self.session.journal
        try:
            if self._current is None:
                record = journal.add_decision(draft)
            else:
                record = journal.update_decision(self._current, draft)
        except JournalLocked:
            return False
        except JournalError as exc:
            show_error(self.error_label, str(exc))
            if "title" in str(exc).lower():
                self.form.titleEdit.setFocus()
            return False
        self._settle()
        self._current = record.id
        self._load_editor(record)
        self._select_row(record.id)
        return True

    def revert(self) -> None:
        if self._current is None:
            self._load_editor(None)
        else:
            self.show_decision_fresh(self._current)

    def show_decision_fresh(self, ident: int) -> None:
        """Reload decision `ident` into the editor, dropping unsaved edits."""
        try:
            self._load_editor(self.session.journal.decision(ident))
        except NotFound:
            self._show_nothing()

    def delete_current(self) -> None:
        if self._current is None:
            self._show_nothing()
            return
        title = self.form.titleEdit.text().strip() or "this decision"
        answer = QMessageBox.question(
            self,
            "Delete decision — TrustJournal",
            f"Delete the decision “{title}”?\n\nConversations linked to it stay in the "
            "journal, unlinked. This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ident, self._current = self._current, None
        try:
            self.session.journal.delete_decision(ident)
        except JournalError as exc:
            self._current = ident
            show_error(self.error_label, str(exc))
            return
        self._settle()
        self._show_nothing()

    def _settle(self) -> None:
        """After our own write: show it at once rather than on the next turn of the loop."""
        self._refresh.stop()
        self._touched = None
        self.reload()

    # -- the editor

    def _load_editor(self, record: DecisionRecord | None) -> None:
        f = self.form
        self._baseline = None  # no dirty checks while filling
        f.heading.setText(record.title if record else "New decision")
        f.titleEdit.setText(record.title if record else "")
        f.dateEdit.setDate(to_qdate(record.date if record else dt.date.today()))
        f.discomfortSlider.setValue(record.discomfort if record else 3)
        (f.openRadio if record is None or record.status == "open" else f.decidedRadio).setChecked(
            True
        )
        f.outcomeEdit.setPlainText(record.outcome if record else "")
        f.peopleFilter.clear()
        consulted = [p.id for p in record.consulted] if record else []
        changed = [p.id for p in record.changed_framing] if record else []
        self.people.set_people(self._everyone, (consulted, changed))
        f.peopleView.scrollToTop()
        self._show_discomfort(f.discomfortSlider.value())
        self._show_consulted()
        show_error(self.error_label, "")
        self.delete_button.setEnabled(record is not None)
        self.delete_button.setVisible(record is not None)
        self._editing = True
        self.pages.setCurrentIndex(1)
        self._baseline = self._draft()
        self._on_edited()

    def _draft(self) -> DecisionDraft:
        f = self.form
        return DecisionDraft(
            f.titleEdit.text(),
            from_qdate(f.dateEdit.date()),
            f.discomfortSlider.value(),
            "open" if f.openRadio.isChecked() else "decided",
            f.outcomeEdit.toPlainText(),
            self.people.checked(0),
            self.people.checked(1),
        )

    def _on_edited(self, *_: object) -> None:
        dirty = self.is_dirty()
        self.revert_button.setEnabled(dirty)
        self.save_button.setEnabled(dirty or self._current is None)

    def _show_discomfort(self, value: int) -> None:
        self.form.discomfortValue.setText(f"{value} · {DISCOMFORT_WORDS[value]}")
        self.form.discomfortSlider.setToolTip(f"{value} of 5: {DISCOMFORT_WORDS[value]}")

    def _show_consulted(self) -> None:
        consulted = self.people.checked_people(0)
        changed = self.people.checked_people(1)
        if not consulted:
            text = "Nobody consulted yet: tick the people you asked."
        else:
            text = f"Consulted: {people_links(consulted)}."
            text += (
                f"<br>Changed your framing: {people_links(changed)}."
                if changed
                else "<br>Nobody changed your framing yet: tick them in the second column."
            )
        self.form.consultedSummary.setText(text)

    def _on_link(self, link: str) -> None:
        if link.startswith("person:"):
            self.personActivated.emit(int(link.split(":", 1)[1]))

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
        self.show_decision(int(current.data(RECORD_ID_ROLE)))

    def _show_nothing(self) -> None:
        self._current = None
        self._editing = False
        self._baseline = None
        self.pages.setCurrentIndex(0)
        self.list_view.clearSelection()

    # -- change notices

    def _on_changed(self, change: Change) -> None:
        """Note what changed; refresh once the burst is over (an import sends thousands)."""
        if change.kind not in ("decision", "person"):
            return
        if change.kind == "decision" and self._current in change.ids:
            self._touched = "deleted" if change.action == "deleted" else self._touched or "updated"
        self._refresh.start()

    def _flush(self) -> None:
        """Apply change notices still waiting, so that what is shown next is current."""
        if self._refresh.isActive():
            self._refresh.stop()
            self._apply_changes()

    def _apply_changes(self) -> None:
        touched, self._touched = self._touched, None
        if not self.session.is_open:
            return
        self.reload()
        if touched == "deleted":
            self._show_nothing()
        elif touched and self._current is not None and not self.is_dirty():
            self.show_decision_fresh(self._current)
