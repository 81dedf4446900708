"""The reflection's chart: honest, polish and unmarked conversations per month, for a year.

A small QPainter widget of our own rather than QtCharts. QtCharts lives in PySide6-Addons,
and we install only PySide6-Essentials: Addons adds well over 100 MB to the install and to
the frozen bundle, for one chart of twelve stacked bars. Qt 6.7+ also marks Qt Charts
deprecated in favour of Qt Graphs (itself in Addons). `paint_chart` draws on any painter,
so the PDF gets the same chart as an image (`chart_image`).

The bars stack honest (green, the honest flag's colour), polish (blue, the polish flag's)
and unmarked (a light neutral) from the bottom; the quarter being reflected on sits on a
tinted band with full-strength bars, the nine months before it a little softer. Colours
are never the only cue: the legend names them and the tooltip and accessible description
give the numbers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from trustjournal.core.judgement.quarters import Quarter
from trustjournal.core.judgement.reflection import Month
from trustjournal.core.judgement.ties import Flag
from trustjournal.gui.common.icons import FLAG_COLOURS
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.theme import mix
from trustjournal.gui.reflection.words import month_name, quarter_name, words

HONEST = QColor(FLAG_COLOURS[Flag.HONEST])
POLISH = QColor(FLAG_COLOURS[Flag.POLISH])
# Marked here, translated where drawn (the constants stay English).
LEGEND = (
    (QT_TRANSLATE_NOOP("ReflectionChart", "Honest"), "honest"),
    (QT_TRANSLATE_NOOP("ReflectionChart", "Polish only"), "polish"),
    (QT_TRANSLATE_NOOP("ReflectionChart", "Unmarked"), "unmarked"),
)
translate = QCoreApplication.translate  # translate("ReflectionChart", …): lupdate reads these
PAD = 12.0


def month_text(m: Month) -> str:
    """'August 2026: 25 conversations — 11 honest, 11 polish only, 3 unmarked.'"""
    c = m.counts
    name = f"{month_name(m.first_day.month)} {m.first_day.year}"
    if not c.total:
        return translate("ReflectionChart", "{month}: no conversations.").format(month=name)
    return translate(
        "ReflectionChart",
        "{month}: {conversations} — {honest} honest, {polish} polish only, {unmarked} unmarked.",
    ).format(
        month=name,
        conversations=words().conversation_count(c.total),
        honest=c.honest,
        polish=c.polish,
        unmarked=c.unmarked,
    )


def describe(months: Sequence[Month]) -> str:
    """The chart in words, for screen readers."""
    if not months:
        return ""
    return translate("ReflectionChart", "Conversations per month, oldest first. {months}").format(
        months=" ".join(month_text(m) for m in months)
    )


def chart_colours(palette: QPalette) -> dict[str, QColor]:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = base.lightness() < 128
    return {
        "honest": HONEST,
        "polish": POLISH,
        "unmarked": mix(base, text, 0.5),  # 3:1 on Base, as the two flags have
        "grid": mix(base, text, 0.10),
        "axis": mix(base, text, 0.35),
        "label": palette.color(QPalette.ColorRole.PlaceholderText),
        "text": text,
        "band": mix(base, palette.color(QPalette.ColorRole.Highlight), 0.18 if dark else 0.12),
        "base": base,
    }


def _step(top: int) -> int:
    """A round gridline step giving three or four lines up to `top`."""
    if top <= 4:
        return 1
    raw = top / 3.5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)


@dataclass(frozen=True)
class _Layout:
    small: QFont
    bold: QFont
    line: float
    inner: QRectF
    plot: QRectF
    slot: float
    step: int
    ceiling: int
    label_w: float


def _layout(rect: QRectF, months: Sequence[Month], font: QFont) -> _Layout:
    small = QFont(font)
    if small.pointSizeF() > 0:
        small.setPointSizeF(max(font.pointSizeF() * 0.86, 7.0))
    bold = QFont(small)
    bold.setWeight(QFont.Weight.DemiBold)
    fm = QFontMetricsF(small)
    line = fm.height()
    inner = rect.adjusted(PAD, PAD * 0.75, -PAD, -PAD * 0.5)
    top = max((m.counts.total for m in months), default=0)
    step = _step(max(top, 1))
    ceiling = max(step, math.ceil(top / step) * step)
    label_w = fm.horizontalAdvance(str(ceiling)) + 6
    plot = QRectF(
        inner.left() + label_w,
        inner.top() + line + 10,
        inner.width() - label_w,
        inner.height() - line - 10 - 2 * line - 6,
    )
    slot = plot.width() / len(months) if months else 0.0
    return _Layout(small, bold, line, inner, plot, slot, step, ceiling, label_w)


def paint_chart(
    painter: QPainter,
    rect: QRectF,
    months: Sequence[Month],
    quarter: Quarter | None,
    palette: QPalette,
    font: QFont,
) -> None:
    """Draw the chart into `rect`: legend on top, bars, month names and quarters below."""
    colours = chart_colours(palette)
    lay = _layout(rect, months, font)
    small, bold, line, inner, plot = lay.small, lay.bold, lay.line, lay.inner, lay.plot
    slot, step, ceiling, label_w = lay.slot, lay.step, lay.ceiling, lay.label_w
    fm = QFontMetricsF(small)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    # The legend: a swatch and a name for each kind, in one row.
    painter.setFont(small)
    x = inner.left()
    swatch = round(line * 0.62)
    for english, key in LEGEND:
        label = translate("ReflectionChart", english)
        box = QRectF(x, inner.top() + (line - swatch) / 2, swatch, swatch)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours[key])
        painter.drawRoundedRect(box, 2, 2)
        painter.setPen(colours["text"])
        text_rect = QRectF(box.right() + 5, inner.top(), fm.horizontalAdvance(label) + 2, line)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, label)
        x = text_rect.right() + 14

    if plot.height() < 20 or not months:
        painter.restore()
        return
    highlight = set(quarter.months) if quarter else set()

    # The quarter's band, behind everything.
    shown = [i for i, m in enumerate(months) if m.first_day in highlight]
    if shown:
        band = QRectF(
            plot.left() + shown[0] * slot,
            plot.top() - 4,
            slot * len(shown),
            plot.height() + 4 + 2 * line + 6,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours["band"])
        painter.drawRoundedRect(band, 5, 5)

    # Gridlines with their numbers.
    painter.setFont(small)
    for value in range(0, ceiling + 1, step):
        y = plot.bottom() - plot.height() * value / ceiling
        painter.setPen(QPen(colours["axis" if value == 0 else "grid"], 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colours["label"])
        painter.drawText(
            QRectF(inner.left(), y - line / 2, label_w - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(value),
        )

    # The bars, and the month under each.
    bar_w = min(slot * 0.62, 26.0)
    names = [month_name(number) for number in range(1, 13)]
    short = max(fm.horizontalAdvance(name[:3]) for name in names) + 2 <= slot
    for i, m in enumerate(months):
        centre = plot.left() + (i + 0.5) * slot
        strong = m.first_day in highlight or not highlight
        y = plot.bottom()
        for key, value in (
            ("honest", m.counts.honest),
            ("polish", m.counts.polish),
            ("unmarked", m.counts.unmarked),
        ):
            if not value:
                continue
            h = plot.height() * value / ceiling
            colour = QColor(colours[key])
            if not strong:
                colour = mix(colour, colours["base"], 0.35)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(centre - bar_w / 2, y - h, bar_w, h))
            y -= h
        name = names[m.first_day.month - 1]
        painter.setFont(small)
        painter.setPen(colours["text"] if m.first_day in highlight else colours["label"])
        painter.drawText(
            QRectF(centre - slot / 2, plot.bottom() + 4, slot, line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            name[:3] if short else name[0],
        )

    # Each quarter's name under its three months.
    for start in range(0, len(months), 3):
        first = months[start].first_day
        q = Quarter.of(first)
        ours = first in highlight
        painter.setFont(bold if ours else small)
        painter.setPen(colours["text"] if ours else colours["label"])
        width = slot * min(3, len(months) - start)
        text = quarter_name(q) if fm.horizontalAdvance("Q4 2026") + 6 < width else ""
        painter.drawText(
            QRectF(plot.left() + start * slot, plot.bottom() + 4 + line, width, line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            text,
        )
    painter.restore()


def chart_image(
    months: Sequence[Month],
    quarter: Quarter | None,
    size: QSize,
    palette: QPalette,
    font: QFont,
    scale: float = 3.0,
) -> QImage:
    """The chart drawn into an image of `size` logical pixels at `scale` (for print)."""
    image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), months, quarter, palette, font)
    painter.end()
    return image


class HonestyChart(QWidget):
    """The chart as a widget: hover a month for its numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionChart")
        self.setAccessibleName(self.tr("Honest and polish conversations per month"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)
        self._months: tuple[Month, ...] = ()
        self._quarter: Quarter | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 210)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 180)

    def set_months(self, months: Sequence[Month], quarter: Quarter | None) -> None:
        self._months = tuple(months)
        self._quarter = quarter
        self.setAccessibleDescription(describe(self._months))
        self.update()

    def months(self) -> tuple[Month, ...]:
        return self._months

    def clear(self) -> None:
        self.set_months((), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_chart(
            painter, QRectF(self.rect()), self._months, self._quarter, self.palette(), self.font()
        )
        painter.end()

    def month_at(self, x: float) -> Month | None:
        """The month whose column holds `x` (widget coordinates), if any."""
        if not self._months:
            return None
        lay = _layout(QRectF(self.rect()), self._months, self.font())
        if lay.slot <= 0:
            return None
        index = math.floor((x - lay.plot.left()) / lay.slot)
        return self._months[index] if 0 <= index < len(self._months) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            month = self.month_at(event.pos().x())
            if month is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), month_text(month), self)
            return True
        return super().event(event)
