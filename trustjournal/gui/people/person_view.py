"""One person: the flag with its reasons, their roles, and everything you shared with them.

The header shows who they are, the flag badge and the sentences of the core assessment that
explain it (the first one prominent), and the roles of the practical test. Below, three tabs:
the timeline of conversations (newest first, signal chips, the note rendered from Markdown),
the decisions they were part of, and the gatherings where you met.

The timeline is model/view: `TimelineModel` exposes conversations in pages of 50
(`canFetchMore`/`fetchMore`, so the view asks for older ones as you scroll) and
`TimelineDelegate` lays out each row with a cached `QTextDocument`, so a person with
thousands of conversations costs the same to show as one with fifty.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
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
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.errors import JournalError, NotFound
from trustjournal.core.formats import FORMATS
from trustjournal.core.judgement import signals, ties
from trustjournal.core.judgement.ties import TieAssessment
from trustjournal.core.records import (
    ConversationRecord,
    DecisionRecord,
    GatheringRecord,
    PersonDraft,
    PersonRecord,
)
from trustjournal.gui.common import icons
from trustjournal.gui.common.dates import long_day, short_day
from trustjournal.gui.common.roles import (
    CONVERSATION_ID_ROLE,
    CONVERSATION_ROLE,
    DECISION_ID_ROLE,
    GATHERING_ID_ROLE,
)
from trustjournal.gui.common.rows import RowsTable
from trustjournal.gui.forms.ui_person_dialog import Ui_PersonDialog
from trustjournal.gui.page import QuietPage
from trustjournal.gui.people.painting import (
    BADGE_ICON,
    chip_width,
    muted,
    paint_badge,
    paint_chip,
    row_fonts,
)
from trustjournal.gui.session import Session

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

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
    return f"{head} …\n\n*Open the conversation to read the whole note.*"


# -- the timeline ----------------------------------------------------------------------------


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
                parts.append("with " + ", ".join(others))
            parts += [signals.BY_CODE[c].label for c in record.signals if c in signals.BY_CODE]
            return ", ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Double-click or press Enter to open this conversation"
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

    Markdown is parsed once per conversation (kept in a small LRU of documents) and row
    heights are cached per width, so scrolling repaints without re-laying-out text.
    """

    MAX_DOCS = 300

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._docs: OrderedDict[int, QTextDocument] = OrderedDict()
        self._sizes: dict[tuple[int, int], _RowLayout] = {}

    def clear(self) -> None:
        self._docs.clear()
        self._sizes.clear()

    def forget(self) -> None:
        """Drop cached layouts (the palette or font changed); documents stay."""
        self._sizes.clear()

    def _doc(self, record: ConversationRecord, font: QFont) -> QTextDocument:
        doc = self._docs.get(record.id)
        if doc is None:
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(font)
            doc.setMarkdown(
                note_preview(record.note),
                QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                | QTextDocument.MarkdownFeature.MarkdownNoHTML,
            )
            self._docs[record.id] = doc
            while len(self._docs) > self.MAX_DOCS:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(record.id)
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        return width if width > 0 else self.view.viewport().width()

    def _layout(self, option: QStyleOptionViewItem, record: ConversationRecord) -> _RowLayout:
        width = max(self._width(option), 240)
        key = (record.id, width)
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
        self._sizes[key] = layout
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        record: ConversationRecord = index.data(CONVERSATION_ROLE)
        return QSize(self._width(option), self._layout(option, record).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        record: ConversationRecord = index.data(CONVERSATION_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        soft = muted(palette, selected)
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
            rest += "  ·  with " + ", ".join(others)
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
                "No note",
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
    """The timeline list: rows of different heights, laid out again when the width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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


# -- decisions and gatherings ------------------------------------------------------------------


class DecisionTableModel(RowsTable[tuple[DecisionRecord, bool]]):
    """The decisions this person was consulted on, newest first."""

    HEADERS = ("Decision", "Date", "Discomfort", "Changed my framing", "Status")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._at(index)
        if row is None:
            return None
        decision, changed = row
        if role == DECISION_ID_ROLE:
            return decision.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                decision.title,
                short_day(decision.date),
                f"{decision.discomfort} of 5",
                "Yes" if changed else "",
                decision.status.capitalize(),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return (
                "Uncomfortable: you brought them a hard call"
                if decision.discomfort >= ties.UNCOMFORTABLE
                else None
            )
        return None


class GatheringTableModel(RowsTable[GatheringRecord]):
    """The gatherings where you met this person, newest first."""

    HEADERS = ("Gathering", "Dates", "Place")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        g = self._at(index)
        if g is None:
            return None
        if role == GATHERING_ID_ROLE:
            return g.id
        if role == Qt.ItemDataRole.DisplayRole:
            dates = short_day(g.start_date)
            if g.end_date and g.end_date != g.start_date:
                dates += f" – {short_day(g.end_date)}"
            return (g.name, dates, g.place)[index.column()]
        return None


class _RoomyDelegate(QStyledItemDelegate):
    """Table rows with room to breathe: taller rows, a gap between columns."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, size.height() + 14)


def _table(model: QAbstractTableModel, name: str) -> QTreeView:
    view = QTreeView()
    view.setModel(model)
    view.setItemDelegate(_RoomyDelegate(view))
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAccessibleName(name)
    view.setToolTip("Double-click or press Enter to open")
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return view


# -- header pieces -----------------------------------------------------------------------------


class Chip(QWidget):
    """A flag badge or a role chip as a widget: icon and words on a tinted pill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flag: ties.Flag | None = None
        self._role: ties.Role | None = None
        self._early = False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_flag(self, flag: ties.Flag | None) -> None:
        self._flag, self._role = flag, None
        self._changed(icons.flag_label(flag) if flag else "")

    def set_role(self, role: ties.Role, early: bool = False) -> None:
        """A role of the practical test; `early` (the tie is too early to judge) draws it
        faint and says "so far"."""
        self._flag, self._role, self._early = None, role, early
        self._changed(icons.role_label(role, early))

    def is_early(self) -> bool:
        return self._role is not None and self._early

    def text(self) -> str:
        if self._flag is not None:
            return icons.flag_label(self._flag)
        return icons.role_label(self._role, self._early) if self._role is not None else ""

    def _changed(self, text: str) -> None:
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        if not self.text():
            return QSize(0, 0)
        return QSize(chip_width(fm, self.text()), max(fm.height() + 10, BADGE_ICON + 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text():
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        if self._flag is not None:
            paint_badge(painter, self.rect(), self._flag, self.palette(), False)
        elif self._role is not None:
            paint_chip(
                painter,
                self.rect(),
                self.text(),
                icons.role_colour(),
                self.palette(),
                False,
                icons.role_icon(self._role),
                faint=self._early,
            )
        painter.end()


class PersonDialog(QDialog):
    """Edit a person's name, role/organisation, how you met and notes."""

    def __init__(self, session: Session, person: PersonRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.person = person
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.name_edit = self.ui.nameEdit
        self.role_edit = self.ui.roleEdit
        self.how_met_edit = self.ui.howMetEdit
        self.notes_edit = self.ui.notesEdit
        self.error_label = self.ui.errorLabel
        self.buttons = self.ui.buttons
        self.name_edit.setText(person.name)
        self.role_edit.setText(person.role)
        self.how_met_edit.setText(person.how_met)
        self.notes_edit.setPlainText(person.notes)
        self.error_label.setObjectName("personDialogError")
        self.error_label.setProperty("role", "error")
        self.error_label.hide()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textEdited.connect(lambda _: self.error_label.hide())
        for edit in (self.name_edit, self.role_edit, self.how_met_edit):
            edit.setCursorPosition(0)  # show the start of a long line, not its end

    def draft(self) -> PersonDraft:
        return PersonDraft(
            self.name_edit.text(),
            self.role_edit.text(),
            self.how_met_edit.text(),
            self.notes_edit.toPlainText(),
            self.person.archived,
        )

    def save(self) -> None:
        ident, draft = self.person.id, self.draft()
        self.session.write(
            lambda j: j.update_person(ident, draft),
            lambda _record: self.accept(),
            self._refused,
            name="update person",
        )

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, JournalError):
            raise error
        self.error_label.setText(str(error))
        self.error_label.show()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def forget(self) -> None:
        """Drop every field (the journal is locking) and close."""
        for edit in (self.name_edit, self.role_edit, self.how_met_edit):
            edit.clear()
        self.notes_edit.clear()
        self.error_label.clear()
        self.reject()


# -- the view ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """One person and everything the page shows of them, read on the journal worker."""

    person: PersonRecord
    assessment: TieAssessment
    total: int
    conversations: list[ConversationRecord]  # the newest ones, a page or what was shown
    decisions: list[DecisionRecord]
    gatherings: list[GatheringRecord]

    @staticmethod
    def read(journal: Journal, person_id: int, keep: int, today: dt.date) -> Page:
        person = journal.person(person_id)
        total = journal.count_conversations(person_id)
        want = min(total, max(PAGE, keep))
        return Page(
            person,
            journal.assess_person(person_id, today),
            total,
            journal.conversations(person_id=person_id, limit=want, offset=0) if want else [],
            journal.decisions(person_id=person_id),
            journal.gatherings(person_id=person_id),
        )


class PersonView(QWidget, QuietPage):
    """The page for one person: flag and reasons, roles, timeline, decisions, gatherings."""

    conversationActivated = Signal(int)
    decisionActivated = Signal(int)
    gatheringActivated = Signal(int)
    newConversationRequested = Signal(int)
    loaded = Signal(int)  # the person asked for has arrived and is shown
    missing = Signal()  # the person asked for is not in the journal (deleted meanwhile)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("PersonView")
        self._person: PersonRecord | None = None
        self._wanted: int | None = None  # the person last asked for
        self.assessment: TieAssessment | None = None
        self._dialog: PersonDialog | None = None
        self._build()
        self._refresh_timer = session.refresh_after_changes(self, self._refresh)
        session.locking.connect(self.clear)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)

        self.name_label = QLabel()
        self.name_label.setObjectName("personName")
        self.name_label.setProperty("role", "title")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setAccessibleName("Name")
        self.details_label = QLabel()
        self.details_label.setObjectName("personDetails")
        self.details_label.setProperty("role", "muted")
        self.details_label.setWordWrap(True)
        self.details_label.setAccessibleName("Role, organisation and how you met")

        self.new_button = QPushButton(icons.on_accent("new-conversation"), "&New conversation")
        self.new_button.setProperty("primary", True)
        self.new_button.setAccessibleName("New conversation with this person")
        self.new_button.clicked.connect(self._new_conversation)
        self.edit_button = QPushButton("Edit &details…")  # Alt+E opens the Edit menu
        self.edit_button.setAccessibleName("Edit this person's details")
        self.edit_button.clicked.connect(self.edit_details)
        self.archive_button = QPushButton("&Archive")
        self.archive_button.setAccessibleName("Archive this person")
        self.archive_button.clicked.connect(self.toggle_archived)

        title_box = QVBoxLayout()
        title_box.setSpacing(2)
        title_box.addWidget(self.name_label)
        title_box.addWidget(self.details_label)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addLayout(title_box, 1)
        for button in (self.new_button, self.edit_button, self.archive_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.badge = Chip()
        self.badge.setObjectName("personFlag")
        self.chips_row = QHBoxLayout()
        self.chips_row.setSpacing(8)
        self.chips_row.addWidget(self.badge)
        self.role_chips: list[Chip] = []
        for _role in ties.Role:
            chip = Chip()
            chip.hide()
            self.role_chips.append(chip)
            self.chips_row.addWidget(chip)
        self.chips_row.addStretch(1)
        layout.addSpacing(4)
        layout.addLayout(self.chips_row)

        self.reason_label = QLabel()
        self.reason_label.setObjectName("personReason")
        self.reason_label.setWordWrap(True)
        reason_font = self.reason_label.font()
        reason_font.setPointSizeF(reason_font.pointSizeF() * 1.1)
        self.reason_label.setFont(reason_font)
        self.reason_label.setAccessibleName("Why this flag")
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_reasons_label = QLabel()
        self.more_reasons_label.setObjectName("personMoreReasons")
        self.more_reasons_label.setWordWrap(True)
        self.more_reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.more_reasons_label.setAccessibleName("More about this tie")
        self.more_reasons_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.notes_label = QLabel()
        self.notes_label.setObjectName("personNotes")
        self.notes_label.setProperty("role", "muted")
        self.notes_label.setWordWrap(True)
        self.notes_label.setAccessibleName("Notes about this person")
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.more_reasons_label)
        layout.addWidget(self.notes_label)
        layout.addSpacing(4)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Conversations, decisions and gatherings")
        self.timeline_model = TimelineModel(self)
        self.timeline = TimelineView()
        self.timeline.setObjectName("personTimeline")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName("Conversations, newest first")
        self.timeline.activated.connect(self._conversation_activated)
        self.timeline_empty = _empty_label()
        timeline_page = QWidget()
        timeline_layout = QVBoxLayout(timeline_page)
        timeline_layout.setContentsMargins(0, 8, 0, 0)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addWidget(self.timeline_empty, 1)

        self.decision_model = DecisionTableModel(self)
        self.decision_view = _table(self.decision_model, "Decisions they were part of")
        self.decision_view.setObjectName("personDecisions")
        self.decision_view.activated.connect(
            lambda index: self.decisionActivated.emit(int(index.data(DECISION_ID_ROLE)))
        )
        self.gathering_model = GatheringTableModel(self)
        self.gathering_view = _table(self.gathering_model, "Gatherings where you met")
        self.gathering_view.setObjectName("personGatherings")
        self.gathering_view.activated.connect(
            lambda index: self.gatheringActivated.emit(int(index.data(GATHERING_ID_ROLE)))
        )
        self.decisions_empty = _empty_label()
        self.gatherings_empty = _empty_label()
        self.tabs.addTab(timeline_page, "Conversations")
        self.tabs.addTab(_padded(self.decision_view, self.decisions_empty), "Decisions")
        self.tabs.addTab(_padded(self.gathering_view, self.gatherings_empty), "Gatherings")
        layout.addWidget(self.tabs, 1)

        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.archive_button)
        self.setTabOrder(self.archive_button, self.tabs)
        self.setTabOrder(self.tabs, self.timeline)
        self._set_enabled(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched: re-tint
            self.new_button.setIcon(icons.on_accent("new-conversation"))
        super().changeEvent(event)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.new_button, self.edit_button, self.archive_button):
            button.setEnabled(enabled)

    # -- the contract ----------------------------------------------------------------------

    def current_person(self) -> int | None:
        return self._person.id if self._person else None

    def show_person(self, person_id: int) -> None:
        """Read one person and everything with them (on the journal worker), and show it;
        the page shows what it had until then."""
        self._refresh_timer.stop()
        same = self._person is not None and self._person.id == person_id
        keep = self.timeline_model.shown() if same else 0
        self._wanted = person_id
        today = dt.date.today()
        self.session.read(
            lambda j: Page.read(j, person_id, keep, today),
            self._arrived,
            self._not_found,
            urgent=True,
            name="person",
        )

    def _arrived(self, page: Page) -> None:
        person = page.person
        if person.id != self._wanted:
            return  # another person was asked for meanwhile
        same = self._person is not None and self._person.id == person.id
        scroll = self.timeline.verticalScrollBar().value() if same else 0
        self.assessment = page.assessment
        self._person = person
        if not same:
            self.timeline.timeline_delegate.clear()
        else:
            self.timeline.timeline_delegate.forget()
        self._show_header(person, self.assessment)
        ident = person.id
        self.timeline_model.set_person(
            ident,
            page.total,
            page.conversations,
            lambda offset, limit, then: self.session.read(
                lambda j: j.conversations(person_id=ident, limit=limit, offset=offset),
                then,
                name="timeline page",
            ),
        )
        self.decision_model.set_rows(
            [(d, any(p.id == ident for p in d.changed_framing)) for d in page.decisions]
        )
        self.gathering_model.set_rows(page.gatherings)
        self._update_tabs(person)
        self._set_enabled(True)
        if same:
            self.timeline.verticalScrollBar().setValue(scroll)
        else:
            self.timeline.scrollToTop()
        self.loaded.emit(ident)

    def _not_found(self, error: BaseException) -> None:
        if not isinstance(error, NotFound):
            raise error
        if self._person is None or self._person.id == self._wanted:
            self.clear()  # deleted or merged away: nothing of them is left to show
        self.missing.emit()

    def reload(self) -> None:
        """Read again the person shown (or, if one is on its way, the one asked for)."""
        if self._person is None or not self.session.is_open:
            return
        self.show_person(self._wanted if self._wanted is not None else self._person.id)

    def clear(self) -> None:
        """Forget the person: every label, model and cached document."""
        self._refresh_timer.stop()
        if self._dialog is not None:
            self._dialog.forget()
            self._dialog = None
        self._person = None
        self._wanted = None
        self.assessment = None
        for label in (
            self.name_label,
            self.details_label,
            self.reason_label,
            self.more_reasons_label,
            self.notes_label,
            self.timeline_empty,
            self.decisions_empty,
            self.gatherings_empty,
        ):
            label.clear()
        self.notes_label.hide()
        self.more_reasons_label.hide()
        self.badge.set_flag(None)
        for chip in self.role_chips:
            chip.hide()
        self.timeline_model.clear()
        self.timeline.timeline_delegate.clear()
        self.decision_model.clear()
        self.gathering_model.clear()
        for i, name in enumerate(("Conversations", "Decisions", "Gatherings")):
            self.tabs.setTabText(i, name)
        self._set_enabled(False)

    # For benchmarks and tests: what the user sees.
    def timeline_view(self) -> QListView:
        return self.timeline

    def reasons(self) -> list[str]:
        return list(self.assessment.reasons) if self.assessment else []

    # -- actions -----------------------------------------------------------------------------

    def edit_details(self) -> None:
        if self._person is None:
            return
        self._dialog = PersonDialog(self.session, self._person, self)
        try:
            self._dialog.exec()
        finally:
            self._dialog = None

    def toggle_archived(self) -> None:
        if self._person is None:
            return
        ident, archived = self._person.id, not self._person.archived
        self.session.write(lambda j: j.set_archived(ident, archived), name="archive")

    def _new_conversation(self) -> None:
        if self._person is not None:
            self.newConversationRequested.emit(self._person.id)

    def _conversation_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.conversationActivated.emit(int(index.data(CONVERSATION_ID_ROLE)))

    # -- internals -------------------------------------------------------------------------

    def _refresh(self) -> None:
        if self.session.is_open:
            self.reload()

    def _show_header(self, person: PersonRecord, a: TieAssessment) -> None:
        self.name_label.setText(person.name)
        details = [person.role] if person.role else []
        if person.how_met:
            details.append(f"Met: {person.how_met}")
        if person.archived:
            details.append("Archived")
        self.details_label.setText("  ·  ".join(details))
        self.details_label.setVisible(bool(details))
        self.badge.set_flag(a.flag)
        for chip, role in zip(self.role_chips, (*a.roles, None, None, None), strict=False):
            if role is None:
                chip.hide()
            else:
                chip.set_role(role, a.early_roles)
                chip.show()
        reasons = list(a.reasons)
        self.reason_label.setText(reasons[0] if reasons else "")
        rest = reasons[1:]
        self.more_reasons_label.setText(
            "<ul style='margin-left: 0px; -qt-list-indent: 1;'>"
            + "".join(f"<li>{html.escape(r)}</li>" for r in rest)
            + "</ul>"
            if rest
            else ""
        )
        self.more_reasons_label.setVisible(bool(rest))
        notes = person.notes.strip()
        self.notes_label.setText(notes)
        self.notes_label.setVisible(bool(notes))
        self.archive_button.setText("Un&archive" if person.archived else "&Archive")
        self.archive_button.setAccessibleName(
            "Unarchive this person" if person.archived else "Archive this person"
        )
        self.archive_button.setToolTip(
            "Show them in the sidebar again"
            if person.archived
            else "Hide them from the sidebar; nothing is deleted"
        )

    def _update_tabs(self, person: PersonRecord) -> None:
        conversations = self.timeline_model.total()
        self.tabs.setTabText(0, f"Conversations ({conversations})")
        self.tabs.setTabText(1, f"Decisions ({self.decision_model.rowCount()})")
        self.tabs.setTabText(2, f"Gatherings ({self.gathering_model.rowCount()})")
        self.timeline.setVisible(conversations > 0)
        self.timeline_empty.setVisible(conversations == 0)
        self.timeline_empty.setText(
            "" if conversations else f"No conversations with {person.name} recorded yet."
        )
        decisions = self.decision_model.rowCount()
        self.decision_view.setVisible(decisions > 0)
        self.decisions_empty.setVisible(decisions == 0)
        self.decisions_empty.setText(
            "" if decisions else f"{person.name} was not part of any decision you recorded."
        )
        gatherings = self.gathering_model.rowCount()
        self.gathering_view.setVisible(gatherings > 0)
        self.gatherings_empty.setVisible(gatherings == 0)
        self.gatherings_empty.setText(
            "" if gatherings else f"No gathering recorded where you met {person.name}."
        )


def _empty_label() -> QLabel:
    """The calm line a tab shows instead of an empty list."""
    label = QLabel()
    label.setProperty("role", "muted")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.hide()
    return label


def _padded(view: QWidget, empty: QLabel | None = None) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.addWidget(view, 1)
    if empty is not None:
        layout.addWidget(empty, 1)
    return page
