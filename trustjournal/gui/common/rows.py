"""Item models over a Python list of records that is replaced whole on each reload.

The decisions, gatherings and search lists, and the person view's decision and gathering
tables, all hold "the rows the journal returned last"; this is that part, once. Each
subclass only says how a row is shown (`data`, and for tables `HEADERS`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class _Rows(Generic[T]):
    """The list of rows and what every such model does with it (a mixin)."""

    _rows: list[T]

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()  # type: ignore[attr-defined]
        self._rows = list(rows)
        self.endResetModel()  # type: ignore[attr-defined]

    def clear(self) -> None:
        self.set_rows([])

    def row(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, ident: int) -> int:
        """The row of the record whose `id` is `ident`, or -1."""
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == ident), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def _at(self, index: Index) -> T | None:
        """The row behind `index`, or None for an index that is not (or no longer) a row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]


class RowsModel(_Rows[T], QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        QAbstractListModel.__init__(self, parent)
        self._rows = []


class RowsTable(_Rows[T], QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        QAbstractTableModel.__init__(self, parent)
        self._rows = []

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Marked with QT_TRANSLATE_NOOP in the subclass's own context, if at all.
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None
