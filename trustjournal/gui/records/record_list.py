"""The list of records on the Decisions and Gatherings pages: each row its title in bold
over its details, muted (TITLE_ROLE over DETAIL_ROLE's lines), under a hairline."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from trustjournal.gui.common.lists import AnyIndex, item_panel
from trustjournal.gui.common.roles import DETAIL_ROLE, TITLE_ROLE
from trustjournal.gui.common.style import secondary_colour


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
        opt = item_panel(self, painter, option, index)
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = secondary_colour(palette, selected)
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
