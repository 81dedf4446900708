"""How a tie's marks are painted, the same in the sidebar and on the person page.

A pill tinted with a colour holding an icon (or a dot) and its words (`paint_chip`: role
chips, signal chips), the flag badge (`paint_badge`: the flag's own shape and its label, so
a flag is never told by colour alone), their widths for laying out, the subdued colour of
secondary text (`muted`) and the three fonts of a painted row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from trustjournal.core.judgement.ties import Flag
from trustjournal.gui.common import icons
from trustjournal.gui.common.style import secondary_colour

BADGE_ICON = 16
BADGE_PAD = 7


def row_fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
    """A painted row's fonts: the view's own, a demi-bold one, and a smaller one."""
    base = QFont(option.font)
    bold = QFont(base)
    bold.setWeight(QFont.Weight.DemiBold)
    small = QFont(base)
    small.setPointSizeF(max(base.pointSizeF() * 0.92, 8.5))
    return base, bold, small


def row_panel(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> tuple[QStyleOptionViewItem, bool, QColor, QColor]:
    """Begin painting a row: the style's panel (selection, hover, focus) without the default
    text or icon; then the row's option, whether it is selected, and its text and muted
    colours."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    opt.icon = QIcon()
    style = opt.widget.style() if opt.widget else None
    if style is not None:
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
    selected = bool(opt.state & QStyle.StateFlag.State_Selected)
    palette = opt.palette
    text = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    return opt, selected, text, muted(palette, selected)


def muted(palette: QPalette, selected: bool) -> QColor:
    """Subdued text: the theme's muted colour, or on a selection the selected text toned down."""
    return secondary_colour(palette, selected)


def paint_chip(
    painter: QPainter,
    rect: QRect,
    text: str,
    colour: QColor,
    palette: QPalette,
    selected: bool = False,
    icon: QIcon | None = None,
    *,
    faint: bool = False,
) -> None:
    """A pill tinted with `colour` holding an icon (or a dot) and its text: never colour alone.
    A `faint` pill (early evidence) has a dashed outline, a paler fill and a faded icon; its
    text keeps full contrast."""
    fill = QColor(colour)
    fill.setAlphaF(0.30 if selected else 0.06 if faint else 0.16)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if faint:
        outline = QColor(colour)
        outline.setAlphaF(0.7)
        painter.setPen(QPen(outline, 1, Qt.PenStyle.DashLine))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    radius = rect.height() / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    painter.setPen(Qt.PenStyle.NoPen)
    if icon is not None:
        mark = QRect(
            rect.left() + BADGE_PAD, rect.center().y() - BADGE_ICON // 2 + 1, BADGE_ICON, BADGE_ICON
        )
        painter.setOpacity(icons.EARLY_OPACITY if faint else 1.0)
        icon.paint(painter, mark)
        painter.setOpacity(1.0)
        left = BADGE_PAD + BADGE_ICON + 5
    else:
        painter.setBrush(colour)
        painter.drawEllipse(rect.left() + BADGE_PAD, rect.center().y() - 3 + 1, 7, 7)
        left = BADGE_PAD + 7 + 6
    painter.setPen(
        palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    )
    painter.drawText(
        rect.adjusted(left, 0, -BADGE_PAD, 0),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        text,
    )
    painter.restore()


def chip_width(fm: QFontMetrics, text: str, with_icon: bool = True) -> int:
    mark = BADGE_ICON + 5 if with_icon else 7 + 6
    return BADGE_PAD * 2 + mark + fm.horizontalAdvance(text)


def paint_badge(
    painter: QPainter, rect: QRect, flag: Flag, palette: QPalette, selected: bool
) -> None:
    """The flag's badge: its own shape (icon) and its label, on a pill of its colour."""
    paint_chip(
        painter,
        rect,
        icons.flag_label(flag),
        icons.flag_colour(flag),
        palette,
        selected,
        icons.flag_icon(flag),
    )


def badge_width(fm: QFontMetrics, flag: Flag) -> int:
    return chip_width(fm, icons.flag_label(flag))
