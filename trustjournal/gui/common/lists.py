"""What the pages' list views share: the index type their models take, and the hairline
between rows of several lines."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from trustjournal.gui.common.theme import mix

AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt hands a model or a delegate


def draw_separator(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """A hairline under a row, so that rows of several lines read as separate items."""
    palette: QPalette = option.palette
    rect: QRect = option.rect
    colour = mix(
        palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.1
    )
    painter.save()
    painter.setPen(colour)
    painter.drawLine(rect.left() + 8, rect.bottom(), rect.right() - 8, rect.bottom())
    painter.restore()
