"""The inbox's items as a list model, and the delegate that paints one: the meeting's title
and when on the first line, who was there below it (people in the journal by name, the
others by e-mail, marked as not in the journal), and a tag for a retreat-like meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from trustjournal.core.formats import FORMATS
from trustjournal.core.journal.inbox import InboxItem, proposal
from trustjournal.gui.common import dates, language
from trustjournal.gui.common.lists import AnyIndex, item_panel
from trustjournal.gui.common.roles import INBOX_ITEM_ROLE, INBOX_WHEN_ROLE, INBOX_WHO_ROLE
from trustjournal.gui.common.style import secondary_colour


def when_text(item: InboxItem) -> str:
    """'Tue 13 Jan 2026 · 14:00', or '· all day'."""
    day: dt.date = item.record.date
    time = item.record.start_time or translate("Inbox", "all day")
    if patterns := dates.PATTERNS.get(language.current()):  # 'Di. 13. Jan. 2026'
        shown = QLocale().toString(dates.to_qdate(day), patterns[3] + " yyyy")
        return f"{shown} · {time}"
    return f"{day:%a} {day.day} {day:%b %Y} · {time}"


translate = QCoreApplication.translate  # translate("Inbox", …): lupdate reads these


def no_title() -> str:
    return translate("Inbox", "(no title)")


def who_text(item: InboxItem) -> str:
    """The people in the journal by name, then the others by e-mail (or name)."""
    known = [p.name for p in item.matched]
    others = [
        e or n for (n, e), p in zip(item.record.attendees, item.people, strict=False) if p is None
    ]
    parts = []
    if known:
        parts.append(", ".join(known))
    if others:
        parts.append(
            translate("Inbox", "{people} (not in the journal)").format(people=", ".join(others))
        )
    return " · ".join(parts) or translate("Inbox", "Nobody in the journal yet")


def tag_text(item: InboxItem) -> str:
    """What writing it up would make it: '1:1', 'Group', 'Retreat session'…"""
    return FORMATS[proposal(item).format]


class InboxModel(QAbstractListModel):
    """The open items, newest first, as the journal lists them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InboxItem] = []

    def set_items(self, rows: Sequence[InboxItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items(())

    def item(self, row: int) -> InboxItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ident: int) -> int:
        return next((i for i, t in enumerate(self._rows) if t.record.id == ident), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.record.title or no_title()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            place = f" · {item.record.location}" if item.record.location else ""
            return f"{when_text(item)}{place}. {who_text(item)}"
        if role == INBOX_ITEM_ROLE:
            return item
        if role == INBOX_WHEN_ROLE:
            return when_text(item)
        if role == INBOX_WHO_ROLE:
            return who_text(item)
        return None


class InboxDelegate(QStyledItemDelegate):
    """Title in bold with when on the right; who below (wrapped), the format muted."""

    PAD_X = 12
    PAD_Y = 9
    GAP = 4

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _width(self, option: QStyleOptionViewItem) -> int:
        viewport = getattr(option.widget, "viewport", None)
        width = viewport().width() if callable(viewport) else option.rect.width()
        return max(160, width - 2 * self.PAD_X)

    @staticmethod
    def _wrapped(metrics: QFontMetrics, text: str, width: int) -> QRect:
        return metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        bold, plain = self._fonts(option)
        width = self._width(option)
        who = str(index.data(INBOX_WHO_ROLE) or "")
        height = QFontMetrics(bold).height() + self.GAP
        height += self._wrapped(QFontMetrics(plain), who, width).height()
        height += self.GAP + QFontMetrics(plain).height()
        return QSize(width, height + 2 * self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = item_panel(self, painter, option, index)
        item: InboxItem | None = index.data(INBOX_ITEM_ROLE)
        if item is None:
            return
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = secondary_colour(palette, selected)
        bold, plain = self._fonts(opt)
        rect: QRect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        painter.save()
        top = QFontMetrics(bold)
        metrics = QFontMetrics(plain)
        line = QRect(rect.left(), rect.top(), rect.width(), top.height())
        when = when_text(item)
        when_width = metrics.horizontalAdvance(when) + 12
        painter.setFont(plain)
        painter.setPen(muted)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        painter.setFont(bold)
        painter.setPen(text)
        title = top.elidedText(
            item.record.title or no_title(),
            Qt.TextElideMode.ElideRight,
            rect.width() - when_width,
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(plain)
        who = who_text(item)
        box = self._wrapped(metrics, who, rect.width())
        box.moveTo(rect.left(), line.bottom() + 1 + self.GAP)
        box.setWidth(rect.width())
        painter.setPen(text)
        painter.drawText(box, int(Qt.TextFlag.TextWordWrap), who)
        below = QRect(rect.left(), box.bottom() + 1 + self.GAP, rect.width(), metrics.height())
        place = item.record.location
        detail = f"{tag_text(item)} · {place}" if place else tag_text(item)
        if item.retreat:
            detail += translate("Inbox", " · can become a gathering")
        painter.setPen(muted)
        painter.drawText(
            below,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()
