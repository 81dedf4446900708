"""A person's timeline: every conversation with them, newest first.

The timeline is model/view: `TimelineModel` exposes conversations in pages of 50
(`canFetchMore`/`fetchMore`, so the view asks for older ones as you scroll) and
`TimelineDelegate` lays out each row (date, format and who else was there; signal chips; the
note rendered from Markdown) with a cached `QTextDocument`, so a person with thousands of
conversations costs the same to show as one with fifty. `TimelineView` is the list.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from trustjournal.core.formats import FORMATS
from trustjournal.core.judgement import signals
from trustjournal.core.records import ConversationRecord
from trustjournal.gui.common import icons
from trustjournal.gui.common.dates import long_day
from trustjournal.gui.common.roles import CONVERSATION_ID_ROLE, CONVERSATION_ROLE
from trustjournal.gui.people.painting import chip_width, paint_chip, row_fonts, row_panel

Index = QModelIndex | QPersistentModelIndex
# (offset, limit, then): ask for a page; `then(page)` gets it on the GUI thread
Fetch = Callable[[int, int, Callable[[list[ConversationRecord]], None]], object]

PAGE = 50  # conversations the timeline adds at a time
NOTE_PREVIEW = 2_000  # characters of a note the timeline renders; the entry shows the rest


def note_preview(note: str) -> str:
    """The note, or its first part (cut at a paragraph) with a pointer to the rest."""
    if len(note) <= NOTE_PREVIEW:
        return note
    cut = note.rfind("\n\n", 0, NOTE_PREVIEW)
    head = note[: cut if cut > NOTE_PREVIEW // 2 else NOTE_PREVIEW].rstrip()
    more = QCoreApplication.translate(
        "TimelineModel", "Open the conversation to read the whole note."
    )
    return f"{head} …\n\n*{more}*"


class TimelineModel(QAbstractListModel):
    """A person's conversations, newest first, read from the journal a page of `PAGE` at a
    time as the view scrolls: a history of thousands opens as fast as one of fifty."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loaded: list[ConversationRecord] = []
        self._total = 0
        self._fetch: Fetch | None = None
        self._fetching = False  # a page is on its way: do not ask again
        self.person_id: int | None = None

    def set_person(
        self, person_id: int, total: int, first: list[ConversationRecord], fetch: Fetch
    ) -> None:
        """Show `person_id`'s `total` conversations, `first` of them read already; `fetch`
        asks for the next page as the view scrolls."""
        self.beginResetModel()
        self.person_id = person_id
        self._total = total
        self._fetch = fetch
        self._fetching = False
        self._loaded = list(first)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._loaded = []
        self._total = 0
        self._fetch = None
        self._fetching = False
        self.person_id = None
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def shown(self) -> int:
        return len(self._loaded)

    def record(self, row: int) -> ConversationRecord:
        return self._loaded[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._loaded)

    def canFetchMore(self, parent: Index) -> bool:
        return (
            not parent.isValid()
            and self._fetch is not None
            and not self._fetching
            and self.shown() < self._total
        )

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetch is None or self._fetching:
            return
        self._fetching = True
        person, offset = self.person_id, self.shown()

        def arrived(page: list[ConversationRecord]) -> None:
            if self.person_id != person or self.shown() != offset:
                return  # another person, or shown afresh, meanwhile
            self._fetching = False
            if not page:
                self._total = self.shown()  # fewer than counted: deleted meanwhile
                return
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self._loaded.extend(page)
            self.endInsertRows()

        self._fetch(offset, PAGE, arrived)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._loaded):
            return None
        record = self._loaded[index.row()]
        if role == CONVERSATION_ID_ROLE:
            return record.id
        if role == CONVERSATION_ROLE:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            others = [p.name for p in record.people if p.id != self.person_id]
            parts = [long_day(record.date), FORMATS.get(record.format, record.format)]
            if others:
                parts.append(self.tr("with {people}").format(people=", ".join(others)))
            parts += [signals.BY_CODE[c].label for c in record.signals if c in signals.BY_CODE]
            return ", ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click or press Enter to open this conversation")
        return None


@dataclass
class _RowLayout:
    head: QRect
    chips: list[tuple[str, QRect]]
    note_top: int
    height: int


ROW_PAD_X = 16
ROW_PAD_Y = 12
CHIP_GAP = 6


class TimelineDelegate(QStyledItemDelegate):
    """Lays out a conversation: date, format and others; signal chips; the rendered note.

    Markdown is parsed once per note (kept in a small LRU of documents) and row layouts are
    cached per record and width, so scrolling repaints without re-laying-out text, and a
    reload re-lays-out only the conversations that changed (keys hold what is drawn, so an
    edited note is never shown in its old words).
    """

    MAX_DOCS = 300
    MAX_SIZES = 4_000

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._docs: OrderedDict[tuple[int, str], QTextDocument] = OrderedDict()
        self._sizes: dict[tuple[ConversationRecord, int], _RowLayout] = {}

    def clear(self) -> None:
        self._docs.clear()
        self._sizes.clear()

    def forget(self) -> None:
        """Drop cached layouts (the palette or font changed); documents stay."""
        self._sizes.clear()

    def _doc(self, record: ConversationRecord, font: QFont) -> QTextDocument:
        key = (record.id, record.note)
        doc = self._docs.get(key)
        if doc is None:
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(font)
            doc.setMarkdown(
                note_preview(record.note),
                QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                | QTextDocument.MarkdownFeature.MarkdownNoHTML,
            )
            self._docs[key] = doc
            while len(self._docs) > self.MAX_DOCS:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(key)
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        return width if width > 0 else self.view.viewport().width()

    def _layout(self, option: QStyleOptionViewItem, record: ConversationRecord) -> _RowLayout:
        width = max(self._width(option), 240)
        key = (record, width)
        found = self._sizes.get(key)
        if found is not None:
            return found
        base, bold, small = row_fonts(option)
        inner = width - 2 * ROW_PAD_X
        head_h = QFontMetrics(bold).height()
        head = QRect(ROW_PAD_X, ROW_PAD_Y, inner, head_h)
        y = ROW_PAD_Y + head_h + 8
        fm = QFontMetrics(small)
        chip_h = fm.height() + 6
        chips: list[tuple[str, QRect]] = []
        x = ROW_PAD_X
        for code in record.signals:
            signal = signals.BY_CODE.get(code)
            if signal is None:
                continue
            w = chip_width(fm, signal.label, with_icon=False)
            if x > ROW_PAD_X and x + w > ROW_PAD_X + inner:
                x = ROW_PAD_X
                y += chip_h + CHIP_GAP
            chips.append((code, QRect(x, y, w, chip_h)))
            x += w + CHIP_GAP
        if chips:
            y += chip_h + 10
        note_top = y
        if record.note.strip():
            doc = self._doc(record, base)
            doc.setTextWidth(inner)
            y += int(doc.size().height()) + 2
        else:
            y += QFontMetrics(small).height()
        layout = _RowLayout(head, chips, note_top, y + ROW_PAD_Y)
        if len(self._sizes) >= self.MAX_SIZES:
            self._sizes.clear()  # widths and records long gone; rebuilt as rows show
        self._sizes[key] = layout
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        record: ConversationRecord = index.data(CONVERSATION_ROLE)
        return QSize(self._width(option), self._layout(option, record).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        record: ConversationRecord = index.data(CONVERSATION_ROLE)
        painter.save()
        opt, selected, text, soft = row_panel(self, painter, option, index)
        palette = opt.palette
        base, bold, small = row_fonts(opt)
        lay = self._layout(opt, record)
        origin = opt.rect.topLeft()

        if not selected:  # a hairline between conversations
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(
                opt.rect.left() + ROW_PAD_X,
                opt.rect.bottom(),
                opt.rect.right() - ROW_PAD_X,
                opt.rect.bottom(),
            )

        head = lay.head.translated(origin)
        date = long_day(record.date)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(head, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, date)
        used = QFontMetrics(bold).horizontalAdvance(date)
        model = index.model()
        person_id = getattr(model, "person_id", None)
        others = [p.name for p in record.people if p.id != person_id]
        rest = "  ·  " + FORMATS.get(record.format, record.format)
        if others:
            rest += "  ·  " + self.tr("with {people}").format(people=", ".join(others))
        painter.setFont(base)
        painter.setPen(soft)
        rest_rect = head.adjusted(used, 0, 0, 0)
        painter.drawText(
            rest_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(base).elidedText(rest, Qt.TextElideMode.ElideRight, rest_rect.width()),
        )

        painter.setFont(small)
        for code, rect in lay.chips:
            signal = signals.BY_CODE[code]
            paint_chip(
                painter,
                rect.translated(origin),
                signal.label,
                icons.group_colour(signal.group),
                palette,
                selected,
            )

        top = origin.y() + lay.note_top
        if record.note.strip():
            doc = self._doc(record, base)
            doc.setTextWidth(lay.head.width())
            painter.translate(origin.x() + ROW_PAD_X, top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = QPalette(palette)
            context.palette.setColor(QPalette.ColorRole.Text, text)
            context.clip = QRectF(0, 0, lay.head.width(), opt.rect.bottom() - top)
            doc.documentLayout().draw(painter, context)
        else:
            painter.setPen(soft)
            italic = QFont(small)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.drawText(
                QRect(origin.x() + ROW_PAD_X, top, lay.head.width(), QFontMetrics(small).height()),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("No note"),
            )
        painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """A signal chip explains itself with the core's one-line explanation."""
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            record: ConversationRecord = index.data(CONVERSATION_ROLE)
            lay = self._layout(option, record)
            for code, rect in lay.chips:
                placed = rect.translated(option.rect.topLeft())
                if placed.contains(event.pos()):
                    signal = signals.BY_CODE[code]
                    QToolTip.showText(
                        event.globalPos(), f"{signal.label}: {signal.explanation}", view, placed
                    )
                    return True
        return super().helpEvent(event, view, option, index)


class TimelineView(QListView):
    """The timeline list: rows of different heights, laid out again when the width changes.
    Delete (the key, or the context menu) asks to delete the conversation chosen."""

    deleteRequested = Signal(int)  # a conversation's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.timeline_delegate = TimelineDelegate(self)
        self.setItemDelegate(self.timeline_delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalScrollBar().setSingleStep(24)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.timeline_delegate.clear()
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self._request_delete(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _menu(self, point: QPoint) -> None:
        index = self.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.activated.emit(index))
        menu.addAction(self.tr("&Delete Conversation…"), lambda: self._request_delete(index))
        menu.exec(self.viewport().mapToGlobal(point))

    def _request_delete(self, index: QModelIndex) -> None:
        ident = index.data(CONVERSATION_ID_ROLE) if index.isValid() else None
        if ident is not None:
            self.deleteRequested.emit(int(ident))
