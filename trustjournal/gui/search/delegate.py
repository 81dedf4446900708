"""How one search hit is painted: kind, date and people muted on top, the title in bold,
the snippet with the matched words highlighted."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from trustjournal.core import kinds
from trustjournal.gui.common.dates import short_day
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.lists import AnyIndex, item_panel
from trustjournal.gui.common.roles import (
    HIGHLIGHTS_ROLE,
    HIT_DATE_ROLE,
    HIT_KIND_ROLE,
    HIT_PEOPLE_ROLE,
    HIT_TITLE_ROLE,
    SNIPPET_ROLE,
)
from trustjournal.gui.common.style import secondary_colour
from trustjournal.gui.common.theme import mix

MARK_TINT = 0.35  # how far a matched word's background leans from Base to the selection

# The kinds a search finds, as a hit shows them (marked here, translated where shown).
KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("SearchView", "Person"),
    "gathering": QT_TRANSLATE_NOOP("SearchView", "Gathering"),
    "decision": QT_TRANSLATE_NOOP("SearchView", "Decision"),
    "conversation": QT_TRANSLATE_NOOP("SearchView", "Conversation"),
    "reflection": QT_TRANSLATE_NOOP("SearchView", "Reflection"),
}


def kind_label(kind: str) -> str:
    """'Decision': a hit's kind in the GUI's language (another kind: the core's label)."""
    if kind in KIND_LABELS:
        return QCoreApplication.translate("SearchView", KIND_LABELS[kind])
    found = next((k for k in kinds.KINDS if k.name == kind), None)
    return found.label if found else kind


def hit_colours(palette: QPalette, selected: bool) -> dict[str, QColor]:
    """The colours of a hit: "text" (title and snippet), "muted" (kind, date, people),
    "mark" (the background of a matched word) and "marked" (the matched word itself).

    The mark is the same on a selected row as on the others, a light tint of the selection
    over Base with the words in the Text colour: on the selection itself a tint of it was
    too close to the words (about 3:1 for white words on the light petrol)."""
    base = palette.color(QPalette.ColorRole.Base)
    selection = palette.color(QPalette.ColorRole.Highlight)
    return {
        "text": palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ),
        "muted": secondary_colour(palette, selected),
        "mark": mix(base, selection, MARK_TINT),
        "marked": palette.color(QPalette.ColorRole.Text),
    }


def snippet_html(
    snippet: str, highlights: Sequence[tuple[int, int]], mark: str, marked: str = ""
) -> str:
    """The snippet as HTML, each [start, end) span bold on the `mark` background (and in
    the colour `marked`, when given)."""
    colour = f" color:{marked};" if marked else ""
    parts: list[str] = []
    position = 0
    for start, end in sorted(highlights):
        start, end = max(start, position), min(end, len(snippet))
        if start >= end:
            continue
        parts.append(html.escape(snippet[position:start]))
        parts.append(
            f'<span style="font-weight:700; background-color:{mark};{colour}">'
            f"{html.escape(snippet[start:end])}</span>"
        )
        position = end
    parts.append(html.escape(snippet[position:]))
    return "".join(parts)


class SearchHitDelegate(QStyledItemDelegate):
    """Kind, date and people muted on top; the title in bold; the highlighted snippet."""

    PAD_X = 14
    PAD_Y = 10

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex, width: int) -> QTextDocument:
        palette: QPalette = option.palette
        colours = hit_colours(palette, bool(option.state & QStyle.StateFlag.State_Selected))
        text, muted = colours["text"], colours["muted"]
        kind = str(index.data(HIT_KIND_ROLE) or "")
        date = index.data(HIT_DATE_ROLE)
        people: tuple[str, ...] = tuple(index.data(HIT_PEOPLE_ROLE) or ())
        meta = [kind_label(kind)]
        if isinstance(date, dt.date):
            meta.append(short_day(date))
        if people and kind not in ("conversation", "person"):
            meta.append(
                QCoreApplication.translate("SearchView", "with {people}").format(
                    people=", ".join(people)
                )
            )
        title = str(index.data(HIT_TITLE_ROLE) or "")
        snippet = snippet_html(
            str(index.data(SNIPPET_ROLE) or ""),
            index.data(HIGHLIGHTS_ROLE) or (),
            colours["mark"].name(),
            colours["marked"].name(),
        )
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setHtml(
            f'<div style="color:{muted.name()};">{html.escape("  ·  ".join(meta))}</div>'
            f'<div style="color:{text.name()}; font-weight:700; margin-top:2px;">'
            f"{html.escape(title)}</div>"
            f'<div style="color:{text.name()}; margin-top:3px;">{snippet}</div>'
        )
        doc.setTextWidth(max(width, 80))
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        if isinstance(widget, QAbstractItemView):
            return int(widget.viewport().width()) - 2 * self.PAD_X
        return int(option.rect.width()) - 2 * self.PAD_X

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        doc = self._document(option, index, self._width(option))
        return QSize(self._width(option), int(doc.size().height()) + 2 * self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = item_panel(self, painter, option, index)
        rect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        doc = self._document(opt, index, rect.width())
        painter.save()
        painter.translate(rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()


# -- the page -----------------------------------------------------------------------------
