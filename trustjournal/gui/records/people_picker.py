"""The people on a decision or a gathering: a checkable list of everyone, filtered as you
type, with a column for each way a person took part (consulted, changed my framing; met)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView

from trustjournal.core.records import PersonRecord, PersonRef
from trustjournal.gui.common.lists import AnyIndex
from trustjournal.gui.common.roles import PERSON_ID_ROLE


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
        """The ids ticked in `column`, in id order: also those of people not listed yet
        (the record can arrive before the people do), so a draft compares the same."""
        return tuple(sorted(self._checked[column]))

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
            return person.name + (self.tr(" (archived)") if person.archived else "")
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("ticked") if ticked else self.tr("not ticked")
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
