"""The sidebar: every person with their tie flag, role icons and last contact.

`TieListModel` holds one row per person (the core's tie assessment joined with the person's
details), `TieFilterProxy` filters it by text, flag, role and archived state, and
`TieDelegate` paints each row: a flag is always an icon *and* its label, never colour alone.
The header counts honest ties against the rest and shows the capacity notes of
`trustjournal.core.judgement.ties.capacity`.

Sorting is done by the model, not by the proxy's `lessThan`: a Python comparison per pair
costs ~30 ms on 1,000 people, while one `list.sort` over precomputed keys costs ~1 ms. The
proxy still owns the choice of order (`TieFilterProxy.set_sort`) and keeps the source order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.judgement import ties
from trustjournal.core.judgement.ties import FLAG_ORDER, Flag, Role, TieAssessment
from trustjournal.core.records import PersonRecord
from trustjournal.gui.common import config as config_keys
from trustjournal.gui.common import icons
from trustjournal.gui.common.roles import (
    ARCHIVED_ROLE,
    ASSESSMENT_ROLE,
    DEPTH_KEY_ROLE,
    EARLY_ROLES_ROLE,
    FLAG_ROLE,
    LAST_CONTACT_ROLE,
    LAST_CONTACT_TEXT_ROLE,
    NAME_ROLE,
    ORGANISATION_ROLE,
    PERSON_ID_ROLE,
    REASONS_ROLE,
    ROLES_ROLE,
)
from trustjournal.gui.people.painting import BADGE_ICON, badge_width, muted, paint_badge, row_fonts
from trustjournal.gui.session import Session

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

Index = QModelIndex | QPersistentModelIndex

# -- the model's roles -----------------------------------------------------------------------


EARLY_WORDS = "so far"  # beside the role icons of a tie too early to judge

# Combo items always carry a string: PySide6 6.12 drops a reference to None whenever an
# empty QVariant comes back to Python (enough of them abort a Python 3.11 process).
ALL = ""
_E = TypeVar("_E", Flag, Role)

SORTS: dict[str, str] = {"depth": "Depth", "last_contact": "Last contact", "name": "Name"}


def last_contact_text(last: dt.date | None, as_of: dt.date) -> str:
    if last is None:
        return "No conversations yet"
    return f"Last contact {ties.ago((as_of - last).days)}"


@dataclass(frozen=True)
class TieRow:
    """One person in the sidebar, with everything the filter, the sorts and the painter read."""

    assessment: TieAssessment
    organisation: str
    last_text: str
    search_text: str  # casefolded name and organisation, for type-to-filter

    @property
    def person_id(self) -> int:
        return self.assessment.person.id

    @property
    def name(self) -> str:
        return self.assessment.person.name

    @property
    def flag(self) -> Flag:
        return self.assessment.flag

    @property
    def archived(self) -> bool:
        return self.assessment.archived

    @staticmethod
    def of(assessment: TieAssessment, person: PersonRecord | None, as_of: dt.date) -> TieRow:
        organisation = person.role if person else ""
        return TieRow(
            assessment,
            organisation,
            last_contact_text(assessment.last_conversation, as_of),
            f"{assessment.person.name}\n{organisation}".casefold(),
        )


def _by_last_contact(row: TieRow) -> tuple[int, str]:
    last = row.assessment.last_conversation
    return (-last.toordinal() if last else 1, row.name.casefold())


SORT_KEYS: dict[str, Callable[[TieRow], Any]] = {
    "depth": lambda row: ties.by_depth(row.assessment),
    "last_contact": _by_last_contact,
    "name": lambda row: (row.name.casefold(), row.person_id),
}


class TieListModel(QAbstractListModel):
    """Every person's tie, in the current sort order (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TieRow] = []
        self._sort = "depth"
        self._row_of: dict[int, int] = {}

    # -- filling -------------------------------------------------------------------------

    def set_ties(
        self,
        assessments: Sequence[TieAssessment],
        people: Sequence[PersonRecord],
        as_of: dt.date,
    ) -> None:
        self.set_rows(tie_rows(assessments, people, as_of))

    def set_rows(self, rows: list[TieRow]) -> None:
        """Show these rows (built off the GUI thread by `tie_rows`)."""
        rows.sort(key=SORT_KEYS[self._sort])
        self.beginResetModel()
        self._rows = rows
        self._reindex()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._row_of = {}
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {row.person_id: i for i, row in enumerate(self._rows)}

    # -- order ---------------------------------------------------------------------------

    @property
    def sort_key(self) -> str:
        return self._sort

    def set_sort(self, key: str) -> None:
        """Reorder the rows by "depth", "last_contact" or "name", keeping persistent indexes."""
        if key not in SORT_KEYS:
            raise ValueError(f"unknown sort {key!r}")
        self._sort = key
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[i.row()].person_id for i in old]
        self._rows.sort(key=SORT_KEYS[key])
        self._reindex()
        self.changePersistentIndexList(old, [self.index(self._row_of[i]) for i in ids])
        self.layoutChanged.emit()

    # -- reading -------------------------------------------------------------------------

    def rows(self) -> Sequence[TieRow]:
        return self._rows

    def row_at(self, row: int) -> TieRow:
        return self._rows[row]

    def index_of(self, person_id: int) -> QModelIndex:
        row = self._row_of.get(person_id)
        return self.index(row) if row is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        a = row.assessment
        if role == Qt.ItemDataRole.DisplayRole or role == NAME_ROLE:
            return row.name
        if role == PERSON_ID_ROLE:
            return row.person_id
        if role == FLAG_ROLE:
            return a.flag
        if role == ROLES_ROLE:
            return a.roles
        if role == LAST_CONTACT_ROLE:
            return a.last_conversation
        if role == DEPTH_KEY_ROLE:
            return ties.by_depth(a)
        if role == ARCHIVED_ROLE:
            return a.archived
        if role == ORGANISATION_ROLE:
            return row.organisation
        if role == REASONS_ROLE:
            return a.reasons
        if role == LAST_CONTACT_TEXT_ROLE:
            return row.last_text
        if role == ASSESSMENT_ROLE:
            return a
        if role == EARLY_ROLES_ROLE:
            return a.early_roles
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{icons.flag_label(a.flag)}: {a.reasons[0]}" if a.reasons else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [row.name, icons.flag_label(a.flag)]
            parts += [icons.role_label(r, a.early_roles) for r in a.roles]
            parts.append(row.last_text)
            if a.archived:
                parts.append("archived")
            return ", ".join(parts)
        return None


class TieFilterProxy(QSortFilterProxyModel):
    """Filters the ties by text, flag, role and archived state; the source keeps the order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._flag: Flag | None = None
        self._role: Role | None = None
        self._show_archived = False

    def _source(self) -> TieListModel:
        source = self.sourceModel()
        assert isinstance(source, TieListModel)
        return source

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: the non-deprecated way
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateRowsFilter()

    def set_text(self, text: str) -> None:
        wanted = text.strip().casefold()
        if wanted != self._text:
            self._refilter(lambda: setattr(self, "_text", wanted))

    def set_flag(self, flag: Flag | None) -> None:
        if flag != self._flag:
            self._refilter(lambda: setattr(self, "_flag", flag))

    def set_role(self, role: Role | None) -> None:
        if role != self._role:
            self._refilter(lambda: setattr(self, "_role", role))

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self._refilter(lambda: setattr(self, "_show_archived", show))

    def set_sort(self, key: str) -> None:
        self._source().set_sort(key)

    @property
    def sort_key(self) -> str:
        return self._source().sort_key

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self._source().row_at(source_row)
        a = row.assessment
        if a.archived and not self._show_archived:
            return False
        if self._flag is not None and a.flag is not self._flag:
            return False
        if self._role is not None and self._role not in a.roles:
            return False
        return not self._text or all(word in row.search_text for word in self._text.split())

    def person_ids(self) -> list[int]:
        """The people shown, top to bottom (what a user sees, for tests and benchmarks)."""
        return [self.data(self.index(r, 0), PERSON_ID_ROLE) for r in range(self.rowCount())]


# -- painting ------------------------------------------------------------------------------------

PAD_X = 14
PAD_Y = 10
LINE_GAP = 3
ROLE_ICON = 16


class TieDelegate(QStyledItemDelegate):
    """Paints a person: name, organisation, last contact, flag badge and role icons."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        _base, bold, small = row_fonts(option)
        height = (
            QFontMetrics(bold).height()
            + QFontMetrics(small).height() * 2
            + LINE_GAP * 2
            + PAD_Y * 2
        )
        return QSize(260, max(height, 64))

    def _layout(self, option: QStyleOptionViewItem, index: Index) -> dict[str, Any]:
        base, bold, small = row_fonts(option)
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        fm_small = QFontMetrics(small)
        flag = index.data(FLAG_ROLE)
        roles: tuple[Role, ...] = index.data(ROLES_ROLE) or ()
        badge_h = max(fm_small.height() + 6, BADGE_ICON + 6)
        bw = badge_width(fm_small, flag)
        badge = QRect(rect.right() - bw + 1, rect.top(), bw, badge_h)
        line1 = QRect(rect.left(), rect.top(), rect.width() - bw - 8, badge_h)
        y2 = rect.top() + badge_h + LINE_GAP
        line2 = QRect(rect.left(), y2, rect.width(), fm_small.height())
        y3 = y2 + fm_small.height() + LINE_GAP
        role_rects: list[tuple[Role, QRect]] = []
        x = rect.right() - 2 + 1
        for role in reversed(roles):
            x -= ROLE_ICON
            role_rects.insert(0, (role, QRect(x, y3, ROLE_ICON, ROLE_ICON)))
            x -= 6
        so_far = QRect()
        if roles and index.data(EARLY_ROLES_ROLE):  # early evidence says so in words too
            width = fm_small.horizontalAdvance(EARLY_WORDS)
            x -= width
            so_far = QRect(x, y3, width, max(ROLE_ICON, fm_small.height()))
            x -= 6
        line3 = QRect(rect.left(), y3, max(0, x - rect.left() - 4), fm_small.height())
        return {
            "fonts": (base, bold, small),
            "badge": badge,
            "line1": line1,
            "line2": line2,
            "line3": line3,
            "roles": role_rects,
            "so_far": so_far,
            "flag": flag,
        }

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        soft = muted(palette, selected)
        lay = self._layout(opt, index)
        _base, bold, small = lay["fonts"]
        archived = bool(index.data(ARCHIVED_ROLE))

        painter.setFont(bold)
        painter.setPen(soft if archived else text)
        line1: QRect = lay["line1"]
        name = QFontMetrics(bold).elidedText(
            index.data(NAME_ROLE) or "", Qt.TextElideMode.ElideRight, line1.width()
        )
        painter.drawText(line1, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)

        painter.setFont(small)
        paint_badge(painter, lay["badge"], lay["flag"], palette, selected)

        painter.setPen(soft)
        fm_small = QFontMetrics(small)
        organisation = index.data(ORGANISATION_ROLE) or ""
        line2: QRect = lay["line2"]
        if organisation:
            painter.drawText(
                line2,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm_small.elidedText(organisation, Qt.TextElideMode.ElideRight, line2.width()),
            )
        last = index.data(LAST_CONTACT_TEXT_ROLE) or ""
        if archived:
            last = f"Archived · {last}"
        line3: QRect = lay["line3"]
        painter.drawText(
            line3,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            fm_small.elidedText(last, Qt.TextElideMode.ElideRight, line3.width()),
        )
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        so_far: QRect = lay["so_far"]
        if not so_far.isNull():  # early evidence: the words, then faint icons
            painter.drawText(
                so_far, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, EARLY_WORDS
            )
            painter.setOpacity(icons.EARLY_OPACITY)
        for role, rect in lay["roles"]:
            if selected:  # the role colour would vanish into the selection colour
                painter.drawPixmap(
                    rect, icons.tinted(f"role-{role.value}", text, rect.width(), ratio)
                )
            else:
                icons.role_icon(role).paint(painter, rect)
        painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """Role icons explain themselves; elsewhere the row's tooltip (flag and first reason)."""
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            lay = self._layout(option, index)
            for role, rect in lay["roles"]:
                if rect.adjusted(-3, -3, 3, 3).contains(event.pos()):
                    label = icons.role_label(role, bool(index.data(EARLY_ROLES_ROLE)))
                    QToolTip.showText(event.globalPos(), label, view, rect)
                    return True
        return super().helpEvent(event, view, option, index)


def tie_rows(
    assessments: Sequence[TieAssessment], people: Sequence[PersonRecord], as_of: dt.date
) -> list[TieRow]:
    by_id = {p.id: p for p in people}
    return [TieRow.of(a, by_id.get(a.person.id), as_of) for a in assessments]


@dataclass(frozen=True)
class Snapshot:
    """Everything the sidebar shows, read and prepared on the journal worker."""

    rows: list[TieRow]
    capacity: ties.Capacity

    @staticmethod
    def read(journal: Journal, as_of: dt.date) -> Snapshot:
        settings = journal.tie_settings()
        assessments = journal.assess_ties(as_of, settings)
        rows = tie_rows(assessments, journal.people(), as_of)
        return Snapshot(rows, ties.capacity(assessments, as_of, settings))


def _chosen(combo: QComboBox, kind: type[_E]) -> _E | None:
    value = str(combo.currentData())
    return kind(value) if value else None


# -- the widget -------------------------------------------------------------------------------


class Sidebar(QWidget):
    """People and their ties: header with counts, filters, sort, and the list."""

    personActivated = Signal(int)
    loaded = Signal()  # the ties asked for have arrived and are shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("Sidebar")
        self.model = TieListModel(self)
        self.proxy = TieFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        sort = str(session.config.get(config_keys.SIDEBAR_SORT))
        self.model.set_sort(sort if sort in SORTS else "depth")
        self._selected: int | None = None
        self._quiet = False  # selecting in code does not "activate" a person
        self._build()
        self._refresh_timer = session.refresh_after_changes(self, self._refresh)
        session.locking.connect(self.clear)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 14, 12, 12)
        layout.setSpacing(8)

        self.count_label = QLabel()
        self.count_label.setObjectName("sidebarCounts")
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.count_label.setFont(font)
        self.count_label.setAccessibleName("Honest ties and others")
        self.notes_label = QLabel()
        self.notes_label.setObjectName("sidebarCapacityNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setProperty("role", "muted")
        self.notes_label.setAccessibleName("Capacity notes")
        self.notes_label.hide()
        layout.addWidget(self.count_label)
        layout.addWidget(self.notes_label)
        layout.addSpacing(2)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter people")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter people by name or organisation")
        self.filter_edit.setToolTip("Type part of a name or organisation; Esc clears")
        self.filter_edit.textChanged.connect(lambda text: self._quietly(self.proxy.set_text, text))
        self.filter_edit.installEventFilter(self)
        layout.addWidget(self.filter_edit)

        self.flag_combo = QComboBox()
        self.flag_combo.setAccessibleName("Show only ties with this flag")
        self.flag_combo.setToolTip("Show only ties with this flag")
        self.flag_combo.addItem("All flags", ALL)
        for flag in FLAG_ORDER:
            self.flag_combo.addItem(icons.flag_icon(flag), icons.flag_label(flag), flag.value)
        self.flag_combo.currentIndexChanged.connect(
            lambda _: self._quietly(self.proxy.set_flag, _chosen(self.flag_combo, Flag))
        )
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName("Show only people in this role")
        self.role_combo.setToolTip("Show only people in this role of the practical test")
        self.role_combo.addItem("All roles", ALL)
        for role in Role:
            self.role_combo.addItem(icons.role_icon(role), icons.role_label(role), role.value)
        self.role_combo.currentIndexChanged.connect(
            lambda _: self._quietly(self.proxy.set_role, _chosen(self.role_combo, Role))
        )
        self.role_combo.setMinimumContentsLength(8)
        self.role_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.flag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.flag_combo.setMinimumContentsLength(8)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.flag_combo, 1)
        filters.addWidget(self.role_combo, 1)
        layout.addLayout(filters)

        self.sort_combo = QComboBox()
        self.sort_combo.setAccessibleName("Sort people by")
        for key, text in SORTS.items():
            self.sort_combo.addItem(text, key)
        self.sort_combo.setCurrentIndex(list(SORTS).index(self.model.sort_key))
        self.sort_combo.currentIndexChanged.connect(
            lambda _: self.set_sort(self.sort_combo.currentData())
        )
        sort_label = QLabel("Sor&t by")  # Alt+S saves in the editor beside it
        sort_label.setBuddy(self.sort_combo)
        self.archived_check = QCheckBox("Show arch&ived")  # Alt+A is Archive, Alt+C Decision
        self.archived_check.setAccessibleName("Show archived people")
        self.archived_check.toggled.connect(
            lambda on: self._quietly(self.proxy.set_show_archived, on)
        )
        sort_row = QHBoxLayout()
        sort_row.setSpacing(8)
        sort_row.addWidget(sort_label)
        sort_row.addWidget(self.sort_combo)
        sort_row.addStretch(1)
        sort_row.addWidget(self.archived_check)
        layout.addLayout(sort_row)

        self.view = QListView()
        self.view.setObjectName("sidebarList")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(TieDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.setAccessibleName("People")
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)
        layout.addWidget(self.view, 1)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("sidebarEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(8, 24, 8, 0)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.hide()
        layout.addWidget(self.empty_label, 1)  # takes the list's place while it is empty
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_empty)

        self.setTabOrder(self.filter_edit, self.flag_combo)
        self.setTabOrder(self.flag_combo, self.role_combo)
        self.setTabOrder(self.role_combo, self.sort_combo)
        self.setTabOrder(self.sort_combo, self.archived_check)
        self.setTabOrder(self.archived_check, self.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # From the filter straight into the list, on the first person shown.
                if self.proxy.rowCount():
                    self.view.setFocus()
                    if not self.view.currentIndex().isValid():
                        self.view.setCurrentIndex(self.proxy.index(0, 0))
                    elif event.key() != Qt.Key.Key_Down:
                        self._activated(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # -- the contract ----------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read every tie from the journal (on the journal worker), keeping the selected
        person selected; the list shows what it had until the new one arrives."""
        self._refresh_timer.stop()
        if not self.session.is_open:
            self.clear()
            return
        as_of = dt.date.today()
        self.session.read(lambda j: Snapshot.read(j, as_of), self._show, name="sidebar")

    def _show(self, snapshot: Snapshot) -> None:
        keep = self._selected
        self._quiet = True
        try:
            self.model.set_rows(snapshot.rows)
            self._show_capacity(snapshot.capacity)
            if keep is not None:
                self._select(keep)
        finally:
            self._quiet = False
        self._update_empty()
        self.loaded.emit()

    def clear(self) -> None:
        """Forget every name: the list, the header, and whatever was typed in the filter."""
        self._refresh_timer.stop()
        self._quiet = True
        try:
            self.model.clear()
            self.filter_edit.clear()
        finally:
            self._quiet = False
        self._selected = None
        self.count_label.clear()
        self.notes_label.clear()
        self.notes_label.hide()
        self.empty_label.clear()
        self.empty_label.hide()
        self.view.show()

    def select_person(self, person_id: int) -> None:
        """Select `person_id` in the list (showing archived people if needed), quietly."""
        self._selected = person_id
        self._quiet = True
        try:
            self._select(person_id)
        finally:
            self._quiet = False

    def set_sort(self, key: str) -> None:
        if key not in SORTS:
            return
        self.proxy.set_sort(key)
        self.session.config.set(config_keys.SIDEBAR_SORT, key)
        if self.sort_combo.currentData() != key:
            self.sort_combo.setCurrentIndex(list(SORTS).index(key))
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    def focus_filter(self) -> None:
        """Put the cursor in the filter field (for a shortcut the main window owns)."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # For benchmarks and tests: what the user sees.
    def person_count(self) -> int:
        return self.model.rowCount()

    def filter_field(self) -> QLineEdit:
        return self.filter_edit

    def list_view(self) -> QListView:
        return self.view

    def visible_people(self) -> list[int]:
        return self.proxy.person_ids()

    # -- internals -------------------------------------------------------------------------

    def _refresh(self) -> None:
        if self.session.is_open:
            self.reload()

    def _select(self, person_id: int) -> None:
        source = self.model.index_of(person_id)
        if not source.isValid():
            self.view.clearSelection()
            return
        if not self.proxy.mapFromSource(source).isValid() and self.model.data(
            source, ARCHIVED_ROLE
        ):
            self.archived_check.setChecked(True)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        else:
            self.view.clearSelection()

    def _quietly(self, change: Callable[[Any], None], value: Any) -> None:
        """Apply a filter change without opening whichever row becomes current."""
        quiet, self._quiet = self._quiet, True
        try:
            change(value)
        finally:
            self._quiet = quiet

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        person_id = int(current.data(PERSON_ID_ROLE))
        self._selected = person_id
        # Only the user moving in the list opens a person; a row that becomes current
        # because a filter hid the old one must not (it would leave the editor).
        if not self._quiet:
            self.personActivated.emit(person_id)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._selected = int(index.data(PERSON_ID_ROLE))
            self.personActivated.emit(self._selected)

    def _show_capacity(self, cap: ties.Capacity) -> None:
        honest = "1 honest tie" if cap.honest == 1 else f"{cap.honest} honest ties"
        others = "1 other" if cap.others == 1 else f"{cap.others} others"
        self.count_label.setText(f"{honest} · {others}")
        self.count_label.setToolTip(
            "\n".join(f"{icons.flag_label(flag)}: {cap.counts[flag]}" for flag in FLAG_ORDER)
        )
        self.notes_label.setText("\n\n".join(cap.notes))
        self.notes_label.setVisible(bool(cap.notes))

    def _update_empty(self) -> None:
        if self.proxy.rowCount():
            self.empty_label.hide()
            self.view.show()
            return
        if not self.model.rowCount():
            text = (
                "No people yet. Record a conversation and the people in it appear here."
                if self.session.is_open
                else ""
            )
        else:
            text = "Nobody matches these filters."
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self.view.setVisible(not text)
