"""One person: the flag with its reasons, their roles, and everything you shared with them.

`PersonView` is the page. At the top the `PersonHeader` (who they are, the flag badge and the
sentences of the core assessment that explain it, the roles of the practical test, and the
actions); below, three tabs: the timeline of conversations (`person_timeline`), the
decisions they were part of and the gatherings where you met (`person_tables`); and
"Mentioned in": other people's conversations whose note names them (full name, a first
name nobody else has, an alias; `Journal.mentions_of`), drawn like the timeline.
Everything is read on the journal worker as one `Page`; the mentions follow in a read of
their own (they decrypt notes), and the timeline reads older conversations a page at a
time as you scroll. Edit details opens the `PersonDialog`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QTabWidget, QVBoxLayout, QWidget

from trustjournal.core.errors import NotFound
from trustjournal.core.judgement.mentions import MENTIONS_LIMIT
from trustjournal.core.judgement.ties import TieAssessment
from trustjournal.core.records import (
    ConversationRecord,
    DecisionRecord,
    GatheringRecord,
    PersonRecord,
)
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.page import QuietPage
from trustjournal.gui.common.roles import (
    CONVERSATION_ID_ROLE,
    DECISION_ID_ROLE,
    GATHERING_ID_ROLE,
)
from trustjournal.gui.people.person_dialog import PersonDialog
from trustjournal.gui.people.person_header import PersonHeader
from trustjournal.gui.people.person_tables import (
    DecisionTableModel,
    GatheringTableModel,
    table_view,
)
from trustjournal.gui.people.person_timeline import PAGE, TimelineModel, TimelineView
from trustjournal.gui.session import Session

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal


MENTIONS_TAB = QT_TRANSLATE_NOOP("PersonView", "Mentioned in")
MENTIONS_INDEX = 3
MENTIONS_TIP = QT_TRANSLATE_NOOP(
    "PersonView",
    "Conversations with other people whose note names this person: by full name, by a "
    "first name nobody else in your journal has, or by one of their aliases",
)


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
    mentionsLoaded = Signal(int)  # where others mention them has arrived and is shown
    missing = Signal()  # the person asked for is not in the journal (deleted meanwhile)
    deleteRequested = Signal(object)  # the PersonRecord shown (gui/people/removal.py asks)
    mergeRequested = Signal(object)  # the PersonRecord shown, to merge someone into
    deleteConversationRequested = Signal(int)

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

        self.header = PersonHeader()
        self.header.new_button.clicked.connect(self._new_conversation)
        self.header.edit_button.clicked.connect(self.edit_details)
        self.header.archive_button.clicked.connect(self.toggle_archived)
        self.header.export_button.clicked.connect(self.export_person)
        self.header.delete_action.triggered.connect(self.delete_person)
        self.header.merge_action.triggered.connect(self.merge_person)
        layout.addWidget(self.header)
        layout.addSpacing(4)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Conversations, decisions and gatherings"))
        self.timeline_model = TimelineModel(self)
        self.timeline = TimelineView()
        self.timeline.setObjectName("personTimeline")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName(self.tr("Conversations, newest first"))
        self.timeline.activated.connect(self._conversation_activated)
        self.timeline.deleteRequested.connect(self.deleteConversationRequested)
        self.timeline_empty = _empty_label()
        timeline_page = QWidget()
        timeline_layout = QVBoxLayout(timeline_page)
        timeline_layout.setContentsMargins(0, 8, 0, 0)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addWidget(self.timeline_empty, 1)

        self.decision_model = DecisionTableModel(self)
        self.decision_view = table_view(self.decision_model, self.tr("Decisions they were part of"))
        self.decision_view.setObjectName("personDecisions")
        self.decision_view.activated.connect(
            lambda index: self.decisionActivated.emit(int(index.data(DECISION_ID_ROLE)))
        )
        self.gathering_model = GatheringTableModel(self)
        self.gathering_view = table_view(self.gathering_model, self.tr("Gatherings where you met"))
        self.gathering_view.setObjectName("personGatherings")
        self.gathering_view.activated.connect(
            lambda index: self.gatheringActivated.emit(int(index.data(GATHERING_ID_ROLE)))
        )
        self.decisions_empty = _empty_label()
        self.gatherings_empty = _empty_label()
        self.tabs.addTab(timeline_page, self.tr("Conversations"))
        self.tabs.addTab(_padded(self.decision_view, self.decisions_empty), self.tr("Decisions"))
        self.tabs.addTab(_padded(self.gathering_view, self.gatherings_empty), self.tr("Gatherings"))

        self.mentions_model = TimelineModel(self)
        self.mentions_view = TimelineView()
        self.mentions_view.setObjectName("personMentions")
        self.mentions_view.setModel(self.mentions_model)
        self.mentions_view.setAccessibleName(
            self.tr("Other people's conversations that mention them")
        )
        self.mentions_view.activated.connect(self._conversation_activated)
        self.mentions_view.deleteRequested.connect(self.deleteConversationRequested)
        self.mentions_empty = _empty_label()
        self.tabs.addTab(_padded(self.mentions_view, self.mentions_empty), self.tr(MENTIONS_TAB))
        self.tabs.setTabToolTip(MENTIONS_INDEX, self.tr(MENTIONS_TIP))
        layout.addWidget(self.tabs, 1)

        self.setTabOrder(self.header.new_button, self.header.edit_button)
        self.setTabOrder(self.header.edit_button, self.header.archive_button)
        self.setTabOrder(self.header.archive_button, self.header.export_button)
        self.setTabOrder(self.header.export_button, self.header.more_button)
        self.setTabOrder(self.header.more_button, self.tabs)
        self.setTabOrder(self.tabs, self.timeline)
        self.header.set_actions_enabled(False)

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
        self.header.show_person(person, self.assessment)
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
        self._read_mentions(person, same)
        self.header.set_actions_enabled(True)
        if same:
            self.timeline.verticalScrollBar().setValue(scroll)
        else:
            self.timeline.scrollToTop()
        self._keyboard_on_a_row()
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
        self.header.clear()
        for label in (
            self.timeline_empty,
            self.decisions_empty,
            self.gatherings_empty,
            self.mentions_empty,
        ):
            label.clear()
        self.timeline_model.clear()
        self.timeline.timeline_delegate.clear()
        self.decision_model.clear()
        self.gathering_model.clear()
        self.mentions_model.clear()
        self.mentions_view.timeline_delegate.clear()
        for i, name in enumerate(self._tab_names()):
            self.tabs.setTabText(i, name)
        self.header.set_actions_enabled(False)

    def focus_timeline(self) -> None:
        """The keyboard on the conversations, newest first (after saving one, say)."""
        self.tabs.setCurrentIndex(0)
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        self._keyboard_on_a_row()

    def _keyboard_on_a_row(self) -> None:
        """A focused timeline always has a row to act on (Enter opens it): the newest,
        when the rows came after the focus or were read again."""
        view = self.timeline
        if view.hasFocus() and not view.currentIndex().isValid() and self.timeline_model.rowCount():
            view.setCurrentIndex(self.timeline_model.index(0, 0))

    def _tab_names(self) -> tuple[str, str, str, str]:
        return (
            self.tr("Conversations"),
            self.tr("Decisions"),
            self.tr("Gatherings"),
            self.tr(MENTIONS_TAB),
        )

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

    def export_person(self) -> None:
        """This person's history alone, as Markdown (gui/export/dialog.py)."""
        from trustjournal.gui.export.dialog import ExportDialog

        if self._person is not None:
            ExportDialog(self.session, self, self._person.ref).exec()

    def delete_person(self) -> None:
        if self._person is not None:
            self.deleteRequested.emit(self._person)

    def merge_person(self) -> None:
        if self._person is not None:
            self.mergeRequested.emit(self._person)

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

    # -- mentions --------------------------------------------------------------------------

    def _read_mentions(self, person: PersonRecord, same: bool) -> None:
        """Read where others' conversations mention `person` (after the page, not in its
        way: it decrypts the notes that name them); the tab keeps what it showed."""
        ident = person.id
        if not same:
            self.mentions_model.clear()
            self.mentions_view.timeline_delegate.clear()
            self.tabs.setTabText(MENTIONS_INDEX, self.tr(MENTIONS_TAB))
            self.mentions_view.hide()
            self.mentions_empty.setText(self.tr("Looking through your notes…"))
            self.mentions_empty.show()
        self.session.read(
            lambda j: j.mentions_of(ident),
            lambda found: self._mentions_arrived(ident, found),
            self._mentions_failed,
            name="mentions",
        )

    def _mentions_arrived(self, ident: int, found: list[ConversationRecord]) -> None:
        person = self._person
        if person is None or person.id != ident:
            return  # another person meanwhile
        scroll = self.mentions_view.verticalScrollBar().value()
        self.mentions_model.set_person(ident, len(found), found, lambda *_: None)
        self.mentions_view.verticalScrollBar().setValue(scroll)
        count = len(found)
        shown = f"{count}+" if count >= MENTIONS_LIMIT else str(count)
        self.tabs.setTabText(MENTIONS_INDEX, f"{self._tab_names()[3]} ({shown})")
        self.mentions_view.setVisible(count > 0)
        self.mentions_empty.setVisible(count == 0)
        self.mentions_empty.setText(
            ""
            if count
            else self.tr(
                "No conversation with someone else mentions {name} yet. Notes that use their "
                "full name, a first name nobody else has, or an alias show here."
            ).format(name=person.name)
        )
        self.mentionsLoaded.emit(ident)

    def _mentions_failed(self, error: BaseException) -> None:
        if not isinstance(error, NotFound):
            raise error  # the person went away meanwhile: the page itself says so

    # -- internals -------------------------------------------------------------------------

    def _refresh(self) -> None:
        if self.session.is_open:
            self.reload()

    def _update_tabs(self, person: PersonRecord) -> None:
        conversations = self.timeline_model.total()
        names = self._tab_names()
        self.tabs.setTabText(0, f"{names[0]} ({conversations})")
        self.tabs.setTabText(1, f"{names[1]} ({self.decision_model.rowCount()})")
        self.tabs.setTabText(2, f"{names[2]} ({self.gathering_model.rowCount()})")
        self.timeline.setVisible(conversations > 0)
        self.timeline_empty.setVisible(conversations == 0)
        self.timeline_empty.setText(
            ""
            if conversations
            else self.tr("No conversations with {name} recorded yet.").format(name=person.name)
        )
        decisions = self.decision_model.rowCount()
        self.decision_view.setVisible(decisions > 0)
        self.decisions_empty.setVisible(decisions == 0)
        self.decisions_empty.setText(
            ""
            if decisions
            else self.tr("{name} was not part of any decision you recorded.").format(
                name=person.name
            )
        )
        gatherings = self.gathering_model.rowCount()
        self.gathering_view.setVisible(gatherings > 0)
        self.gatherings_empty.setVisible(gatherings == 0)
        self.gatherings_empty.setText(
            ""
            if gatherings
            else self.tr("No gathering recorded where you met {name}.").format(name=person.name)
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
