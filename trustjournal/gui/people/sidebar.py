"""The sidebar: every person with their tie flag, role icons and last contact.

The header counts honest ties against the rest and shows the capacity notes of
`trustjournal.core.judgement.ties.capacity`; below it the filters (text, flag, role,
archived), the sort, and the list. The rows, sorts and filter are in `sidebar_model`, the
painting of a row in `sidebar_delegate`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.judgement import ties
from trustjournal.core.judgement.ties import FLAG_ORDER, Flag, Role
from trustjournal.gui.common import config as config_keys
from trustjournal.gui.common import icons
from trustjournal.gui.common.announce import label_combo, name_clear_button
from trustjournal.gui.common.roles import ARCHIVED_ROLE, PERSON_ID_ROLE
from trustjournal.gui.people.sidebar_delegate import TieDelegate
from trustjournal.gui.people.sidebar_model import SORTS, Snapshot, TieFilterProxy, TieListModel
from trustjournal.gui.session import Session

# Combo items always carry a string: PySide6 6.12 drops a reference to None whenever an
# empty QVariant comes back to Python (enough of them abort a Python 3.11 process).
ALL = ""
_E = TypeVar("_E", Flag, Role)


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
        self.count_label.setWordWrap(True)  # longer words (German) take a second line
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.count_label.setFont(font)
        # A label's words are its name for a screen reader (its tooltip the breakdown).
        self.few_label = QLabel()  # "Your few: 3 of 4 honest" (ties.few_sentence)
        self.few_label.setObjectName("sidebarFew")
        self.few_label.setProperty("role", "muted")
        self.few_label.setToolTip(
            self.tr(
                "The people you marked as one of your few, the deep ties you choose to keep, "
                "and how many of them are honest ties now"
            )
        )
        self.few_label.hide()
        self.notes_label = QLabel()
        self.notes_label.setObjectName("sidebarCapacityNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setProperty("role", "muted")
        self.notes_label.setAccessibleDescription(self.tr("Capacity notes"))
        self.notes_label.hide()
        layout.addWidget(self.count_label)
        layout.addWidget(self.few_label)
        layout.addWidget(self.notes_label)
        layout.addSpacing(2)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter people"))
        self.filter_edit.setClearButtonEnabled(True)
        name_clear_button(self.filter_edit, self.tr("Clear the filter"))
        self.filter_edit.setAccessibleName(self.tr("Filter people by name or organisation"))
        self.filter_edit.setToolTip(self.tr("Type part of a name or organisation; Esc clears"))
        self.filter_edit.textChanged.connect(lambda text: self._quietly(self.proxy.set_text, text))
        self.filter_edit.installEventFilter(self)
        layout.addWidget(self.filter_edit)

        self.flag_combo = QComboBox()
        self.flag_combo.setAccessibleName(self.tr("Show only ties with this flag"))
        self.flag_combo.setToolTip(self.tr("Show only ties with this flag"))
        self.flag_combo.addItem(self.tr("All flags"), ALL)
        for flag in FLAG_ORDER:
            self.flag_combo.addItem(icons.flag_icon(flag), icons.flag_label(flag), flag.value)
        self.flag_combo.currentIndexChanged.connect(
            lambda _: self._quietly(self.proxy.set_flag, _chosen(self.flag_combo, Flag))
        )
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Show only people in this role"))
        self.role_combo.setToolTip(self.tr("Show only people in this role of the practical test"))
        self.role_combo.addItem(self.tr("All roles"), ALL)
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
        # No words beside these two boxes: a screen reader hears their purpose from labels
        # it alone reads (over AT-SPI a combo box's name is its current value).
        label_combo(self.flag_combo, "Show only ties with this flag")
        label_combo(self.role_combo, "Show only people in this role")

        self.sort_combo = QComboBox()
        self.sort_combo.setAccessibleName(self.tr("Sort people by"))
        for key, text in SORTS.items():
            self.sort_combo.addItem(QCoreApplication.translate("Sidebar", text), key)
        self.sort_combo.setCurrentIndex(list(SORTS).index(self.model.sort_key))
        self.sort_combo.currentIndexChanged.connect(
            lambda _: self.set_sort(self.sort_combo.currentData())
        )
        sort_label = QLabel(self.tr("Sor&t by"))  # Alt+S saves in the editor beside it
        sort_label.setBuddy(self.sort_combo)
        self.archived_check = QCheckBox(
            self.tr("Show arch&ived")
        )  # Alt+A is Archive, Alt+C Decision
        self.archived_check.setAccessibleName(self.tr("Show archived people"))
        self.archived_check.toggled.connect(
            lambda on: self._quietly(self.proxy.set_show_archived, on)
        )
        self.untalked_check = QCheckBox(self.tr("Hide people with no conversations"))
        self.untalked_check.setAccessibleName(self.tr("Hide people with no conversations"))
        self.untalked_check.setToolTip(
            self.tr(
                "Imported contacts and others you have not recorded a conversation with yet: "
                "they are no ties until you talk"
            )
        )
        self.untalked_check.setChecked(
            bool(self.session.config.get(config_keys.SIDEBAR_HIDE_UNTALKED))
        )
        self.proxy.set_hide_untalked(self.untalked_check.isChecked())
        self.untalked_check.toggled.connect(self._hide_untalked)
        self.session.settings_changed.connect(self._sync_untalked)
        sort_row = QHBoxLayout()
        sort_row.setSpacing(8)
        sort_row.addWidget(sort_label)
        sort_row.addWidget(self.sort_combo)
        sort_row.addStretch(1)
        sort_row.addWidget(self.archived_check)
        layout.addLayout(sort_row)
        layout.addWidget(self.untalked_check)

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
        self.view.setAccessibleName(self.tr("People"))
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
        self.setTabOrder(self.archived_check, self.untalked_check)
        self.setTabOrder(self.untalked_check, self.view)

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
        sort = self.model.sort_key
        self.session.read(lambda j: Snapshot.read(j, as_of, sort), self._show, name="sidebar")

    def _show(self, snapshot: Snapshot) -> None:
        keep = self._selected
        self._quiet = True
        try:
            self.model.set_rows(snapshot.rows, snapshot.sort)
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

    def _hide_untalked(self, hide: bool) -> None:
        self.session.config.set(config_keys.SIDEBAR_HIDE_UNTALKED, hide)
        self._quietly(self.proxy.set_hide_untalked, hide)
        self._update_empty()

    def _sync_untalked(self) -> None:
        """The setting changed elsewhere (an import turned it on)."""
        hide = bool(self.session.config.get(config_keys.SIDEBAR_HIDE_UNTALKED))
        if hide != self.untalked_check.isChecked():
            self.untalked_check.setChecked(hide)

    def _select(self, person_id: int) -> None:
        self._quietly(self.proxy.set_keep, person_id)  # shown even with no conversation yet
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
        honest = self.tr("%n honest ties", "", cap.honest)
        others = self.tr("%n others", "", cap.others)
        self.count_label.setText(f"{honest} · {others}")
        self.count_label.setToolTip(
            "\n".join(f"{icons.flag_label(flag)}: {cap.counts[flag]}" for flag in FLAG_ORDER)
        )
        few = ties.few_sentence(cap)
        self.few_label.setText(f"{icons.FEW_MARK} {few}" if few else "")
        self.few_label.setVisible(bool(few))
        self.notes_label.setText("\n\n".join(cap.notes))
        self.notes_label.setVisible(bool(cap.notes))

    def _archived_count(self) -> int:
        return 0 if self.archived_check.isChecked() else sum(r.archived for r in self.model.rows())

    def _update_empty(self) -> None:
        if self.proxy.rowCount():
            self.empty_label.hide()
            self.view.show()
            return
        if not self.model.rowCount():
            text = (
                self.tr("No people yet. Record a conversation and the people in it appear here.")
                if self.session.is_open
                else ""
            )
        elif self.proxy.hidden_untalked() == self.model.rowCount() - self._archived_count():
            text = self.tr(
                "Nobody here has a conversation recorded yet. Untick “Hide people with no "
                "conversations” to see the people in your journal."
            )
        else:
            text = self.tr("Nobody matches these filters.")
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self.view.setVisible(not text)
