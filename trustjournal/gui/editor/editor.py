"""The entry editor: who was there, when, what was really said, and what it carried.

The layout is the form in ui/editor.ui, dressed and arranged by `layout.py`; this module
fills it from the journal (what it reads, on the journal worker, is in `reading.py`) and
saves it back through `Journal.add_conversation` / `update_conversation`. It never loses a
word:

* Drafts. While you write, the whole editor state is kept as an encrypted draft in the
  journal (`Journal.save_draft`, key "conversation:new" or "conversation:<id>"), 800 ms
  after the last change and at once when the journal locks. Opening the same entry again
  restores the draft quietly, with a visible "Restored your unsaved draft" strip and a
  Discard draft button: no question in your face late at night, nothing hidden either.
* Saving writes the conversation and drops its draft in one transaction. When the save
  fails (a full disk, a read-only journal, a missing person) the reason shows in place
  above the buttons, the text stays in the editor, and the draft is written again; if
  even that fails, the strip says so plainly.
* Leaving with unsaved changes asks Save / Discard / Cancel (`unsaved.ask_unsaved`).
* Locking (`session.locking`) calls `stash()`: the draft is saved and every widget is
  emptied; `restore()` after unlocking brings the same entry back from the draft.
* Suggestions (`suggestions.py`): the signals the note shows are offered on their toggles,
  never ticked; what the person dismisses stays dismissed for the entry (in the draft, and
  across a lock in memory), and locking clears every suggestion and quote.

Typing a long note stays cheap: a keystroke only restarts the draft timer, the preview
renders only when shown, and the state is compared only when somebody asks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from trustjournal import APP_NAME
from trustjournal.core.errors import InvalidInput, JournalError, NotFound, SaveFailed
from trustjournal.core.formats import DEFAULT_FORMAT
from trustjournal.core.records import Change, ConversationRecord
from trustjournal.gui.common import actions
from trustjournal.gui.common.announce import announce
from trustjournal.gui.common.dates import moment, short_day
from trustjournal.gui.editor import layout
from trustjournal.gui.editor.mentions import MentionBar
from trustjournal.gui.editor.reading import Choices, Opening
from trustjournal.gui.editor.signals import SignalPanel
from trustjournal.gui.editor.state import Chosen, EntryState, draft_key, from_json
from trustjournal.gui.editor.suggestions import AcceptAllButton, Suggestions
from trustjournal.gui.editor.unsaved import ask_unsaved
from trustjournal.gui.forms.ui_editor import Ui_EntryEditor
from trustjournal.gui.session import Session

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

DRAFT_DELAY_MS = 800


class EntryEditor(QWidget):
    """Write or edit one conversation. Signals: `saved(id)` after a save, `closed()`."""

    saved = Signal(int)
    closed = Signal()
    deleteRequested = Signal(int)  # the conversation open (gui/people/removal.py asks)
    opened = Signal()  # the entry asked for has arrived and is shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_EntryEditor()
        self.ui.setupUi(self)
        self.signals = SignalPanel()
        self.ui.signalsLayout.addWidget(self.signals)
        self.suggestions = Suggestions(
            self.ui.noteEdit,
            self.signals,
            lambda: [p.name for p in self.ui.peoplePicker.chosen()],
            self,
        )
        self.accept_all_button = AcceptAllButton()

        self._open = False  # an entry (new or existing) is loaded
        self._conversation_id: int | None = None
        self._requested_people: tuple[int, ...] = ()
        self._requested_decision: int | None = None
        self._requested_day: tuple[dt.date | None, str | None] = (None, None)
        self._baseline: EntryState | None = None  # what "no unsaved changes" looks like
        self._draft_kept = False  # the journal holds a draft for the current key
        self._loading = False
        self._resume: tuple[int | None, tuple[int, ...]] | None = None  # ids only
        self._resume_rejected: frozenset[str] = frozenset()  # dismissed suggestions (codes)
        self._status = ""  # the draft's state, on the line left of the buttons
        self._hint = ""  # a signal's explanation, shown there instead while it has focus
        self._draft_failed = False  # the banner shows that a draft could not be written
        self._saving = False  # a save is on its way to the journal
        self._asked: object = None  # the opening last asked for (answers to others are late)
        self._on_its_way = False  # an entry was asked for and has not arrived yet
        self._when_settled: list[Callable[[], None]] = []

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self._keep_draft)

        self._wide: bool | None = None
        self._build()
        self._connect()
        self._close_entry()
        self._arrange(0)  # narrow until shown: a hidden page must not widen the window

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout.set_up(self, self.ui, self.signals, self.accept_all_button)
        # The people the note names, offered under it (gui/editor/mentions.py).
        self.mentions = MentionBar(self.ui.noteEdit, self.ui.peoplePicker)
        self.ui.leftLayout.addWidget(self.mentions)
        # Ctrl+S and Ctrl+Shift+A while the focus is in the editor (keys: actions.py).
        self.save_action = actions.page_action("save_conversation", self)
        self.accept_all_action = actions.page_action("accept_suggestions", self)

    def _connect(self) -> None:
        ui = self.ui
        ui.peoplePicker.changed.connect(self._changed)
        # Name, Enter (picked), Enter again: writing the note, without nine Tabs.
        ui.peoplePicker.done.connect(lambda: ui.noteEdit.setFocus(Qt.FocusReason.TabFocusReason))
        ui.peoplePicker.changed.connect(self.suggestions.schedule)
        self.suggestions.changed.connect(self.accept_all_button.show_count)
        self.accept_all_button.clicked.connect(self.suggestions.accept_all)
        self.accept_all_action.triggered.connect(self.suggestions.accept_all)
        ui.peoplePicker.input.textEdited.connect(self._changed)
        ui.dateEdit.dateChanged.connect(self._changed)
        ui.formatCombo.currentIndexChanged.connect(self._changed)
        ui.decisionCombo.currentIndexChanged.connect(self._changed)
        ui.gatheringCombo.currentIndexChanged.connect(self._changed)
        ui.noteEdit.textChanged.connect(self._changed)
        self.signals.changed.connect(self._changed)
        self.signals.explained.connect(self._explain)
        ui.previewButton.toggled.connect(self._show_preview)
        ui.saveButton.clicked.connect(lambda: self.save())
        self.save_action.triggered.connect(lambda: self.save())
        ui.closeButton.clicked.connect(self.close_entry)
        ui.deleteButton.clicked.connect(self._delete_requested)
        ui.discardDraftButton.clicked.connect(self.discard_draft)
        self.session.locking.connect(self.stash)
        self.session.changed.connect(self._on_change)

    # -- wide and narrow -----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())
        if self._hint or self._status:
            QTimer.singleShot(0, self, self._show_status)  # once the status line has its width

    def _arrange(self, width: int) -> None:
        self._wide = layout.arrange(self.ui, self.signals, width, self._wide)

    # -- the public contract ---------------------------------------------------------------

    def new_conversation(
        self,
        people: Sequence[int] = (),
        decision: int | None = None,
        *,
        date: dt.date | None = None,
        format: str | None = None,
    ) -> None:
        """Start a new conversation with `people` (ids), about `decision` if given (the
        call logged from a decision), on `date` in `format` if given (a calendar meeting
        written up), or go on with its kept draft."""
        self._requested_decision = decision
        self._requested_day = date, format
        self._open_entry(None, tuple(people))

    def edit_conversation(self, ident: int) -> None:
        """Edit conversation `ident`, or go on with its kept draft."""
        self._requested_decision = None
        self._requested_day = None, None
        self._open_entry(ident, ())

    def when_settled(self, then: Callable[[], None]) -> None:
        """Call `then` now, or once the entry on its way from the journal has arrived (or
        was not found): after an unlock, its unsaved changes are known only then. A lock
        drops the wait."""
        if self._on_its_way:
            self._when_settled.append(then)
        else:
            then()

    def _settled(self) -> None:
        self._on_its_way = False
        waiting, self._when_settled = self._when_settled, []
        for then in waiting:
            then()

    def is_dirty(self) -> bool:
        """Whether the editor holds changes that are not saved as a conversation."""
        return self._open and self.state() != self._baseline

    def confirm_leave(self, proceed: Callable[[], None] | None = None) -> bool:
        """True when it is fine to leave now: nothing unsaved, or discarded. After Save it
        answers False and calls `proceed` once the conversation is saved."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved(self)
        if answer == QMessageBox.StandardButton.Save:
            self.save(proceed)
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self._forget_draft()
            self._close_entry()
            return True
        return False

    def stash(self) -> None:
        """Before locking: hand unsaved changes to the journal as a draft (written before
        the key is dropped; kept in memory if the journal refuses it), then empty every
        widget."""
        self._timer.stop()
        self._on_its_way = False
        self._when_settled.clear()
        if self._open:
            if self.is_dirty():
                self.session.keep_draft(self._key(), self.state().to_json(dt.datetime.now()))
            self._resume = (self._conversation_id, self._requested_people)
            # Codes only, in memory: an unchanged entry has no draft to carry them.
            self._resume_rejected = frozenset(self.suggestions.rejected)
        self.clear()

    def restore(self) -> None:
        """After unlocking: bring back the entry `stash()` put away, from its draft."""
        if self._resume is None:
            return
        ident, people = self._resume
        self._open_entry(ident, people, quietly=True, rejected=self._resume_rejected)

    def reload(self) -> None:
        """Re-read the people, decisions and gatherings offered, keeping what is chosen."""
        if not self.session.is_open:
            return
        self.session.read(Choices.read, self._offer, name="editor choices")

    def _offer(self, choices: Choices) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.peoplePicker.set_people(choices.people)
            layout.fill_combo(
                ui.decisionCombo,
                [(f"{d.title} · {short_day(d.date)}", d.id) for d in choices.decisions],
            )
            layout.fill_combo(
                ui.gatheringCombo,
                [(f"{g.name} · {short_day(g.start_date)}", g.id) for g in choices.gatherings],
            )
        finally:
            self._loading = False

    def clear(self) -> None:
        """Drop every bit of journal text from the widgets (the journal is locking)."""
        self._timer.stop()
        self.suggestions.stop()  # before the note empties: no reading of a half-cleared form
        self._open = False
        self._conversation_id = None
        self._baseline = None
        self._draft_kept = False
        self._loading = True
        try:
            ui = self.ui
            ui.peoplePicker.clear()
            ui.noteEdit.setPlainText("")  # also empties the undo history
            ui.notePreview.clear()
            ui.writeButton.setChecked(True)
            ui.noteStack.setCurrentIndex(0)
            ui.decisionCombo.clear()
            ui.gatheringCombo.clear()
            ui.formatCombo.setCurrentIndex(max(0, ui.formatCombo.findData(DEFAULT_FORMAT)))
            ui.dateEdit.setDate(QDate.currentDate())
            self.signals.set_checked(frozenset())
            ui.errorLabel.clear()
            ui.errorBanner.hide()
            ui.restoredLabel.setText(self.tr("Restored your unsaved draft."))
            ui.restoredNotice.hide()
            self._status = self._hint = ""
            ui.statusLabel.clear()
            self._set_title()
            self.mentions.reset()
        finally:
            self._loading = False

    # -- the state -----------------------------------------------------------------------

    def state(self) -> EntryState:
        ui = self.ui
        return EntryState(
            people=ui.peoplePicker.chosen(),
            date=ui.dateEdit.date().toPython(),
            format=str(ui.formatCombo.currentData() or DEFAULT_FORMAT),
            note=ui.noteEdit.toPlainText(),
            signals=self.signals.checked(),
            decision_id=ui.decisionCombo.currentData(),
            gathering_id=ui.gatheringCombo.currentData(),
            pending=ui.peoplePicker.pending_text(),
            rejected=frozenset(self.suggestions.rejected),
        )

    def _show(self, state: EntryState) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.peoplePicker.set_chosen(state.people, state.pending)
            ui.dateEdit.setDate(QDate(state.date.year, state.date.month, state.date.day))
            index = ui.formatCombo.findData(state.format)
            if index < 0:
                index = ui.formatCombo.findData(DEFAULT_FORMAT)
            ui.formatCombo.setCurrentIndex(max(0, index))
            if ui.noteEdit.toPlainText() != state.note:
                ui.noteEdit.setPlainText(state.note)
            self.signals.set_checked(state.signals)
            layout.select(ui.decisionCombo, state.decision_id)
            layout.select(ui.gatheringCombo, state.gathering_id)
            ui.writeButton.setChecked(True)
            ui.noteStack.setCurrentIndex(0)
            ui.notePreview.clear()
        finally:
            self._loading = False

    def _fresh(self, record: ConversationRecord | None) -> EntryState:
        """The entry as the journal has it: the saved conversation, or a blank new one."""
        if record is not None:
            return EntryState.of(record)
        names = {p.id: p.name for p in self.ui.peoplePicker.model.people()}
        chosen = tuple(Chosen(names[i], i) for i in self._requested_people if i in names)
        date, format = self._requested_day
        return EntryState(
            people=chosen,
            date=date or dt.date.today(),
            format=format or DEFAULT_FORMAT,
            decision_id=self._requested_decision,
        )

    # -- opening and closing -------------------------------------------------------------

    def _open_entry(
        self,
        ident: int | None,
        people: tuple[int, ...],
        *,
        quietly: bool = False,
        rejected: frozenset[str] = frozenset(),
    ) -> None:
        """Read what the entry needs (on the journal worker), then show it: `quietly`
        (after a lock) shows a kept draft without announcing it; `rejected`: suggestions
        dismissed before the lock."""
        self.clear()
        self._resume = None
        self._resume_rejected = frozenset()
        self._conversation_id = ident
        self._requested_people = people
        key = self._key()
        asked = self._asked = object()
        self._on_its_way = True
        self._set_loading(True)  # nothing typed before the entry arrives could be kept
        self.session.read(
            lambda j: Opening.read(j, ident, key),
            lambda opening: self._opened(asked, opening, quietly, rejected),
            self._not_found,
            urgent=True,
            name="open entry",
        )

    def _not_found(self, error: BaseException) -> None:
        if not isinstance(error, NotFound):
            raise error
        self._set_loading(False)
        self._show_error(str(error))
        self._settled()

    def _set_loading(self, loading: bool) -> None:
        """While an entry is on its way from the journal, its fields take no input."""
        ui = self.ui
        for widget in (
            ui.peoplePicker,
            ui.dateEdit,
            ui.formatCombo,
            ui.decisionCombo,
            ui.gatheringCombo,
            ui.noteEdit,
            self.signals,
            ui.saveButton,
        ):
            widget.setEnabled(not loading)
        if loading:
            self._set_status(self.tr("Opening…"))

    def _opened(
        self, asked: object, opening: Opening, quietly: bool, rejected: frozenset[str]
    ) -> None:
        if asked is not self._asked:
            return  # another entry was asked for meanwhile
        self._set_loading(False)
        self._set_status("")
        self._offer(opening.choices)
        fresh = self._fresh(opening.record)
        self._open = True
        self._baseline = fresh
        body, in_memory = opening.draft, False
        if body is None:
            body = self.session.unsaved_draft(self._key())  # refused by the journal at a lock
            in_memory = body is not None
        stored = from_json(body) if body is not None else None
        self._draft_kept = opening.draft is not None
        if stored is not None and stored.state != fresh:
            self._show(stored.state)
            self.ui.restoredLabel.setText(
                self.tr("Restored your unsaved draft from {moment}.").format(
                    moment=moment(stored.saved_at)
                )
                if stored.saved_at
                else self.tr("Restored your unsaved draft.")
            )
            self.ui.restoredNotice.setVisible(not quietly)
            self._set_status(self.tr("Unsaved changes · kept as a draft"))
            if in_memory:
                self._set_status(self.tr("Unsaved changes · no draft kept"))
                self._show_error(
                    self.tr(
                        "Your changes could not be kept as a draft before the journal locked, so "
                        "they were held in memory: they are all here. Save them now."
                    )
                )
        else:
            self._show(fresh)
            if stored is not None:  # the draft says nothing the journal does not
                self._forget_draft()
        self._set_title()
        # An old entry is offered what its note shows and it lacks, at once.
        self.suggestions.start(
            rejected | (stored.state.rejected if stored else frozenset()), opening.learned
        )
        focus = self.ui.noteEdit if fresh.people else self.ui.peoplePicker
        focus.setFocus()
        self.opened.emit()
        self._settled()

    def close_entry(self) -> None:
        """The Close button: ask about unsaved changes, then close."""
        if self.confirm_leave(self.close_entry):
            self._close_entry()
            self.closed.emit()

    def _delete_requested(self) -> None:
        if self._open and self._conversation_id is not None:
            self.deleteRequested.emit(self._conversation_id)

    def drop_deleted(self, ident: int) -> bool:
        """Conversation `ident` is being deleted: if it is the one open, close it at once,
        unsaved changes and all (no draft of it may be written after the delete)."""
        if not self._open or self._conversation_id != ident:
            return False
        self._close_entry()
        return True

    def _close_entry(self) -> None:
        self._resume = None
        self.clear()

    def _key(self) -> str:
        return draft_key(self._conversation_id)

    # -- saving --------------------------------------------------------------------------

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the conversation (on the journal worker); on failure say why in place and
        keep every word. `then` runs after a successful save."""
        if not self._open or self._saving:
            return
        self._timer.stop()
        picker = self.ui.peoplePicker
        if not picker.commit():
            self._show_error(
                self.tr(
                    "‘{name}’ is not in your journal yet: add them as a new person, or clear the "
                    "name."
                ).format(name=picker.pending_text())
            )
            return
        draft, ident, key = self.state().draft(), self._conversation_id, self._key()
        offered = self.suggestions.offered_suggestions()

        def write(journal: Journal) -> ConversationRecord:
            with journal.batch():  # one transaction, one fsync
                record = (
                    journal.add_conversation(draft)
                    if ident is None
                    else journal.update_conversation(ident, draft)
                )
                journal.discard_draft(key)
                if ident is None:  # a new conversation teaches how this leader writes, once
                    # Its own savepoint: refused, it is left out; never worth a failed save.
                    with contextlib.suppress(JournalError):
                        journal.learn_from(draft.note, record.signals, offered)
            return record

        def saved(record: ConversationRecord) -> None:
            self._saving = False
            self._saved(record)
            if then is not None:
                then()

        self._saving = True
        self.ui.saveButton.setEnabled(False)
        self.session.write(write, saved, self._save_failed, name="save conversation")

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.ui.saveButton.setEnabled(True)
        if isinstance(error, InvalidInput):
            self._keep_draft()
            self._show_error(str(error))
            return
        if not isinstance(error, JournalError):
            raise error
        message = str(error)
        if not isinstance(error, SaveFailed):  # (that one says the text was kept)
            message += " " + self.tr("Your text is still here.")
        self._show_error(message)
        self._keep_draft(after=message)

    def _saved(self, record: ConversationRecord) -> None:
        self._timer.stop()
        self.ui.saveButton.setEnabled(True)
        self._draft_kept = False
        self._conversation_id = record.id
        self._loading = True
        try:  # new people are people now: their chips get their ids
            self.ui.peoplePicker.set_chosen(tuple(Chosen(p.name, p.id) for p in record.people))
        finally:
            self._loading = False
        self._baseline = self.state()
        self.ui.errorBanner.hide()
        self.ui.restoredNotice.hide()
        self._set_title()
        self._set_status(self.tr("Saved at {moment}").format(moment=moment(dt.datetime.now())))
        announce(self.ui.statusLabel, self.tr("Conversation saved"))
        self.saved.emit(record.id)

    def discard_draft(self) -> None:
        """The Discard draft button: forget the changes, show what was last saved."""
        if not self._open:
            return
        self._forget_draft()
        self._open_entry(self._conversation_id, self._requested_people)

    def _forget_draft(self) -> None:
        self._timer.stop()
        self._draft_kept = False
        key = self._key()

        def refused(error: BaseException) -> None:
            if not isinstance(error, JournalError):
                raise error
            self._show_error(
                self.tr("The draft could not be discarded: {error}").format(error=error)
            )

        self.session.write(lambda j: j.discard_draft(key), None, refused, name="discard draft")

    # -- drafts --------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading or not self._open:
            return
        self._timer.start()
        self._set_status(self.tr("Unsaved changes"))

    def _keep_draft(self, after: str | None = None) -> None:
        """Write the draft now, on the journal worker (or drop it when nothing is unsaved).
        `after`: the message of a save that failed, to be completed with the draft's fate."""
        self._timer.stop()
        if not self._open or not self.session.is_open or self._saving:
            return
        state, key = self.state(), self._key()
        if state == self._baseline:
            if self._draft_kept:
                self._draft_kept = False
                self.session.write(lambda j: j.discard_draft(key), name="discard draft")
            self._set_status("")
            return
        body = state.to_json(dt.datetime.now())

        def kept(_none: None) -> None:
            if self._draft_failed:  # it works again: the warning has done its job
                self._draft_failed = False
                self.ui.errorBanner.hide()
            self._draft_kept = True
            self._set_status(
                self.tr("Unsaved changes · draft kept at {moment}").format(
                    moment=moment(dt.datetime.now())
                )
            )
            if after is not None:
                self._show_error(
                    after + " " + self.tr("It is also kept as an encrypted draft in your journal.")
                )

        def refused(error: BaseException) -> None:
            if not isinstance(error, JournalError):
                raise error
            self._set_status(self.tr("Unsaved changes · no draft kept"))
            if after is not None:
                self._show_error(
                    after
                    + " "
                    + self.tr(
                        "It could not be kept as a draft either ({reason}): leave this window "
                        "open and press Save again once that is fixed."
                    ).format(reason=error.reason)
                )
            else:
                self._show_error(
                    self.tr(
                        "Your draft could not be kept in the journal: {reason}. Your text "
                        "is still here; press Save once that is fixed."
                    ).format(reason=error.reason)
                )
            self._draft_failed = True

        self.session.write(lambda j: j.save_draft(key, body), kept, refused, name="keep draft")

    # -- reactions -----------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if self._open and change.kind in ("person", "decision", "gathering"):
            self.reload()

    def _show_preview(self, on: bool) -> None:
        ui = self.ui
        if on:
            ui.notePreview.setMarkdown(ui.noteEdit.toPlainText())
            ui.noteStack.setCurrentIndex(1)
        else:
            ui.noteStack.setCurrentIndex(0)
            ui.notePreview.clear()

    def _show_error(self, message: str) -> None:
        self._draft_failed = False
        self.ui.errorLabel.setText(message)
        self.ui.errorBanner.show()

    def _set_status(self, text: str) -> None:
        self._status = text
        self._show_status()

    def _explain(self, text: str) -> None:
        self._hint = text
        self._show_status()

    def _show_status(self) -> None:
        """The hint or the status, cut with "…" to two lines: a suggestion's quoted words can
        be long, and the line must never widen the editor (they are whole on the toggle's
        tooltip and accessible description)."""
        label = self.ui.statusLabel
        text = self._hint or self._status
        # Two lines at most (about the buttons' height): a little less than twice the width,
        # as breaking at spaces wastes some of it.
        room = int(max(label.width(), 1) * 1.8)
        shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        if label.text() != shown:
            label.setText(shown)

    def _set_title(self) -> None:
        editing = self._open and self._conversation_id is not None
        self.ui.deleteButton.setVisible(editing)
        title = self.tr("Edit conversation") if editing else self.tr("New conversation")
        self.ui.titleLabel.setText(title)
        self.setWindowTitle(f"{title} — {APP_NAME}")
