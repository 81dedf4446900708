"""The next steps as a list model, and the delegate that paints one: what kind of step and
by when on the first line, the sentence that says why below it (wrapped, never cut), and for
a hidden step what the leader did with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from trustjournal.core.judgement.follow_through import State, Tracked
from trustjournal.core.judgement.next_steps import KIND_LABELS
from trustjournal.gui.common.dates import short_day
from trustjournal.gui.common.lists import AnyIndex, item_panel
from trustjournal.gui.common.roles import STATE_ROLE, TRACKED_ROLE, WHEN_ROLE
from trustjournal.gui.common.style import secondary_colour


def when_text(due: dt.date | None, as_of: dt.date) -> str:
    """By when, in words: '' (no date), 'today', 'in 3 days', 'by 15 Jul 2026', '2 days
    overdue'."""
    if due is None:
        return ""
    days = (due - as_of).days
    if days < 0:
        return StepWords.words().overdue(-days)
    if days == 0:
        return translate("NextSteps", "today")
    if days == 1:
        return translate("NextSteps", "by tomorrow")
    if days < 7:
        return StepWords.words().in_days(days)
    return translate("NextSteps", "by {date}").format(date=short_day(due))


translate = QCoreApplication.translate  # translate("NextSteps", …): lupdate reads these


class StepWords(QObject):
    """The next steps' counted words (lupdate sees a plural only in `self.tr(text, "", n)`)."""

    _one: StepWords | None = None

    @classmethod
    def words(cls) -> StepWords:
        """The one object, made when first needed (never at import time)."""
        if cls._one is None:
            cls._one = cls()
        return cls._one

    def overdue(self, n: int) -> str:
        return self.tr("%n day(s) overdue", "", n)

    def in_days(self, n: int) -> str:
        return self.tr("in %n day(s)", "", n)


def state_text(tracked: Tracked) -> str:
    if tracked.state is State.SNOOZED and tracked.until is not None:
        return translate("NextSteps", "Snoozed until {date}").format(date=short_day(tracked.until))
    if tracked.state is State.DONE:
        return translate("NextSteps", "Marked done")
    if tracked.state is State.DISMISSED:
        return translate("NextSteps", "Not relevant: it will not come back for this reason")
    return ""


def title_text(tracked: Tracked) -> str:
    """'Before it fades · Maya Chen'."""
    step = tracked.step
    label = KIND_LABELS[step.kind]
    return (
        f"{label} · {step.person.name}"
        if step.person is not None and not step.candidates
        else label
    )


class StepsModel(QAbstractListModel):
    """The steps shown (or the hidden ones), as the journal ranked them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Tracked] = []
        self._as_of = dt.date.today()

    def set_steps(self, rows: Sequence[Tracked], as_of: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._as_of = as_of
        self.endResetModel()

    def clear(self) -> None:
        self.set_steps((), self._as_of)

    def tracked(self, row: int) -> Tracked | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        return next((i for i, t in enumerate(self._rows) if t.step.key == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title_text(t)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return " ".join(x for x in (when_text(t.step.due, self._as_of), t.step.reason) if x)
        if role == TRACKED_ROLE:
            return t
        if role == WHEN_ROLE:  # a hidden step's date is not what to look at: its state is
            return when_text(t.step.due, self._as_of) if t.state is State.OPEN else ""
        if role == STATE_ROLE:
            return state_text(t)
        return None


class StepDelegate(QStyledItemDelegate):
    """Title in bold and the date on the right, the reason wrapped below, the state muted."""

    PAD_X = 12
    PAD_Y = 9
    GAP = 4

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        viewport = getattr(widget, "viewport", None)
        width = viewport().width() if callable(viewport) else option.rect.width()
        return max(160, width - 2 * self.PAD_X)

    @staticmethod
    def _wrapped(metrics: QFontMetrics, text: str, width: int) -> QRect:
        return metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        bold, plain = self._fonts(option)
        width = self._width(option)
        tracked = index.data(TRACKED_ROLE)
        reason = tracked.step.reason if tracked is not None else ""
        height = QFontMetrics(bold).height() + self.GAP
        height += self._wrapped(QFontMetrics(plain), reason, width).height()
        if index.data(STATE_ROLE):
            height += self.GAP + QFontMetrics(plain).height()
        return QSize(width, height + 2 * self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = item_panel(self, painter, option, index)
        tracked = index.data(TRACKED_ROLE)
        if tracked is None:
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
        top_metrics = QFontMetrics(bold)
        line = QRect(rect.left(), rect.top(), rect.width(), top_metrics.height())
        when = str(index.data(WHEN_ROLE) or "")
        painter.setFont(plain)
        when_width = QFontMetrics(plain).horizontalAdvance(when) + 12 if when else 0
        if when:
            painter.setPen(text if "overdue" in when or when == "today" else muted)
            painter.drawText(
                line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when
            )
        painter.setFont(bold)
        painter.setPen(text)
        title = top_metrics.elidedText(
            title_text(tracked), Qt.TextElideMode.ElideRight, rect.width() - when_width
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(plain)
        painter.setPen(text)
        metrics = QFontMetrics(plain)
        box = self._wrapped(metrics, tracked.step.reason, rect.width())
        box.moveTo(rect.left(), line.bottom() + 1 + self.GAP)
        box.setWidth(rect.width())
        painter.drawText(box, int(Qt.TextFlag.TextWordWrap), tracked.step.reason)
        state = str(index.data(STATE_ROLE) or "")
        if state:
            painter.setPen(muted)
            below = QRect(rect.left(), box.bottom() + 1 + self.GAP, rect.width(), metrics.height())
            painter.drawText(
                below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, state
            )
        painter.restore()
