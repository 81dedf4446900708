"""The "To write up" page: meetings from the leader's calendar waiting to be written up.

Each item shows the meeting's title, when, and who was there (people in the journal by
name, the others by e-mail). *Write up* opens the entry editor pre-filled with the people,
the date and a format (core/journal/inbox.py `proposal`); once that conversation is saved
the item leaves the inbox (the main window marks it written). *Dismiss* takes it out for
good (a re-import does not bring it back). A retreat, summit or conference can *become a
gathering* with its people instead. The items are read on the journal worker after an
unlock and after every change; locking forgets them (titles and attendees are journal data).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.errors import JournalError
from trustjournal.core.journal.inbox import InboxItem
from trustjournal.core.records import GatheringRecord
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.page import QuietPage
from trustjournal.gui.common.style import MARGIN, SPACING, placeholder, style_heading, style_muted
from trustjournal.gui.inbox.model import InboxDelegate, InboxModel
from trustjournal.gui.session import Session

# Marked here, translated where shown (the constants stay English for the tests).
EMPTY = QT_TRANSLATE_NOOP(
    "InboxView",
    "Nothing to write up. Import your calendar (File ▸ Import…, an .ics file): the meetings "
    "you had with people come here, ready to be written up with one click.",
)
READING = QT_TRANSLATE_NOOP("InboxView", "Reading your calendar's meetings…")


class InboxView(QWidget, QuietPage):
    writeUp = Signal(object)  # the InboxItem to write up
    gatheringMade = Signal(int)  # the new gathering's id
    countChanged = Signal(int)  # open items (-1 while locked or not yet read)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = InboxModel(self)
        self.count = -1
        title = QLabel(self.tr("To write up"))
        style_heading(title)
        self.subtitle = QLabel(self.tr(READING))
        style_muted(self.subtitle)
        self.subtitle.setWordWrap(True)

        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(InboxDelegate(self.list))
        self.list.setAccessibleName(self.tr("Meetings to write up"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.activated.connect(lambda _index: self.write_up())
        self.list.selectionModel().currentChanged.connect(self._enable)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.empty = placeholder(self.tr(EMPTY))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        self.write_button = QPushButton(self.tr("Write up"))
        self.write_button.setProperty("primary", True)
        self.write_button.setToolTip(
            self.tr("Open the editor with the people, date and format filled in")
        )
        self.write_button.clicked.connect(self.write_up)
        self.gathering_button = QPushButton(self.tr("Make a gathering"))
        self.gathering_button.setToolTip(
            self.tr(
                "Record this retreat or conference as a gathering with the people who were there"
            )
        )
        self.gathering_button.clicked.connect(self.make_gathering)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(
            self.tr("Nothing to write: take it out of the inbox for good")
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        bar = QHBoxLayout()
        for button in (self.write_button, self.gathering_button, self.dismiss_button):
            bar.addWidget(button)
        bar.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)
        session.unlocked.connect(self.reload)
        session.locking.connect(self.clear)
        self._refresh = session.refresh_after_changes(self, self.reload)
        self._enable()

    def summary(self, count: int) -> str:
        if count == 0:
            return ""
        return self.tr(
            "%n meeting(s) from your calendar to write up. Write one up while you remember "
            "what was really said, or dismiss it.",
            "",
            count,
        )

    # -- the Page protocol --------------------------------------------------------------

    def reload(self) -> None:
        self.session.read(lambda j: j.inbox(), self._arrived, name="to write up")

    def clear(self) -> None:
        self._refresh.stop()
        self.model.clear()
        self.subtitle.setText(self.tr(READING))
        self.count = -1
        self.countChanged.emit(-1)
        self._enable()

    # -- showing ------------------------------------------------------------------------

    def _arrived(self, items: list[InboxItem]) -> None:
        chosen = self.current()
        self.model.set_items(items)
        self.count = len(items)
        self.subtitle.setText(self.summary(len(items)))
        self.stack.setCurrentWidget(self.list if items else self.empty)
        if items:
            row = self.model.row_of(chosen.record.id) if chosen is not None else -1
            self.list.setCurrentIndex(self.model.index(max(0, row)))
        self._enable()
        self.countChanged.emit(len(items))

    def current(self) -> InboxItem | None:
        return self.model.item(self.list.currentIndex().row())

    def _enable(self, *_args: object) -> None:
        item = self.current()
        self.write_button.setEnabled(item is not None)
        self.dismiss_button.setEnabled(item is not None)
        self.gathering_button.setVisible(item is not None and item.retreat)

    def _failed(self, exc: BaseException) -> None:
        self.subtitle.setText(
            str(exc) if isinstance(exc, JournalError) else self.tr("The change was not saved.")
        )

    # -- acting -------------------------------------------------------------------------

    def write_up(self) -> None:
        item = self.current()
        if item is not None:
            self.writeUp.emit(item)

    def dismiss(self) -> None:
        item = self.current()
        if item is None:
            return
        ident = item.record.id
        self.session.write(
            lambda j: j.dismiss_calendar_item(ident), failed=self._failed, name="dismiss"
        )

    def make_gathering(self) -> None:
        item = self.current()
        if item is None or not item.retreat:
            return
        ident = item.record.id

        def made(record: GatheringRecord) -> None:
            self.gatheringMade.emit(record.id)

        self.session.write(
            lambda j: j.calendar_gathering(ident), made, self._failed, name="make a gathering"
        )

    def _context_menu(self, at: QPoint) -> None:
        index: QModelIndex = self.list.indexAt(at)
        if not index.isValid():
            return
        self.list.setCurrentIndex(index)
        item = self.current()
        menu = QMenu(self)
        menu.addAction(self.tr("Write up"), self.write_up)
        if item is not None and item.retreat:
            menu.addAction(self.tr("Make a gathering"), self.make_gathering)
        menu.addAction(self.tr("Dismiss"), self.dismiss)
        menu.exec(self.list.viewport().mapToGlobal(at))
