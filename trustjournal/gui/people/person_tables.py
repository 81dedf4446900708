"""The person page's other two tabs: the decisions they were part of, the gatherings where
you met. Table models over the rows the journal returned, and the roomy table view for them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from trustjournal.core.judgement import ties
from trustjournal.core.records import DecisionRecord, GatheringRecord
from trustjournal.gui.common.dates import short_day
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.roles import DECISION_ID_ROLE, GATHERING_ID_ROLE
from trustjournal.gui.common.rows import RowsTable

Index = QModelIndex | QPersistentModelIndex


class DecisionTableModel(RowsTable[tuple[DecisionRecord, bool]]):
    """The decisions this person was consulted on, newest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DecisionTableModel", "Decision"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "Date"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "Discomfort"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "Changed my framing"),
        QT_TRANSLATE_NOOP("DecisionTableModel", "Status"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._at(index)
        if row is None:
            return None
        decision, changed = row
        if role == DECISION_ID_ROLE:
            return decision.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                decision.title,
                short_day(decision.date),
                self.tr("{level} of 5").format(level=decision.discomfort),
                self.tr("Yes") if changed else "",
                # "Open", "Decided": marked in the decisions page's context.
                QCoreApplication.translate("DecisionsView", decision.status.capitalize()),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return (
                self.tr("Uncomfortable: you brought them a hard call")
                if decision.discomfort >= ties.UNCOMFORTABLE
                else None
            )
        return None


class GatheringTableModel(RowsTable[GatheringRecord]):
    """The gatherings where you met this person, newest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("GatheringTableModel", "Gathering"),
        QT_TRANSLATE_NOOP("GatheringTableModel", "Dates"),
        QT_TRANSLATE_NOOP("GatheringTableModel", "Place"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        g = self._at(index)
        if g is None:
            return None
        if role == GATHERING_ID_ROLE:
            return g.id
        if role == Qt.ItemDataRole.DisplayRole:
            dates = short_day(g.start_date)
            if g.end_date and g.end_date != g.start_date:
                dates += f" – {short_day(g.end_date)}"
            return (g.name, dates, g.place)[index.column()]
        return None


class _RoomyDelegate(QStyledItemDelegate):
    """Table rows with room to breathe: taller rows, a gap between columns."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, size.height() + 14)


def table_view(model: QAbstractTableModel, name: str) -> QTreeView:
    """A table of records to open: whole rows, the first column stretched, the rest fitted."""
    view = QTreeView()
    view.setModel(model)
    view.setItemDelegate(_RoomyDelegate(view))
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAccessibleName(name)
    view.setToolTip(
        QCoreApplication.translate("PersonTables", "Double-click or press Enter to open")
    )
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view
