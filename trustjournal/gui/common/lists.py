"""What the pages' list views share: the index type their models take, the hairline
between rows of several lines, and the start of painting a row (`item_panel`)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

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


def item_panel(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: AnyIndex,
) -> QStyleOptionViewItem:
    """Begin painting a list row: the style's item (selection, hover, focus) without its
    text, and the separator below it; returns the row's option for the rest."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    widget = opt.widget
    style = widget.style() if widget else None
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    draw_separator(painter, opt)
    return opt
