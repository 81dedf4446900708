"""What the Decisions and Gatherings pages share: a list of records beside an editor.

`RecordPage` holds the editor's state once: which record is shown, whether it has unsaved
changes, keeping them across a lock (with `held.py`) and catching up with change notices.
Each page names its record kind and fills in the hooks that touch its own form and its
own journal calls. The list it shows is `record_list.py`'s, the people it ticks
`people_picker.py`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core import kinds
from trustjournal.core.errors import JournalError, JournalLocked, NotFound
from trustjournal.core.records import Change, PersonRecord, Undo
from trustjournal.gui.common import actions, held, icons, theme
from trustjournal.gui.common.announce import name_clear_button
from trustjournal.gui.common.roles import PERSON_ID_ROLE, RECORD_ID_ROLE
from trustjournal.gui.common.style import (
    MARGIN,
    SPACING,
    placeholder,
    show_error,
    style_heading,
    style_muted,
)
from trustjournal.gui.records.people_picker import PeopleChecklistModel
from trustjournal.gui.records.record_list import record_list
from trustjournal.gui.session import Session

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal


class SavedRecord(Protocol):
    @property
    def id(self) -> int: ...


class RecordRows(Protocol):
    """What a page needs of its list model (the rows themselves go through the proxy)."""

    def row_of(self, ident: int) -> int: ...

    def set_rows(self, rows: Any) -> None: ...

    def clear(self) -> None: ...


R = TypeVar("R", bound=SavedRecord)  # the saved record, as the journal returns it
D = TypeVar("D")  # its draft: what the editor holds, compared to spot unsaved changes


class RecordPage(QWidget, Generic[R, D]):
    """A list of one kind of record beside an editor for one of them.

    Subclasses set the class attributes (the wording) and fill in the hooks below, which
    build their form, move records in and out of it and call the journal.
    """

    personActivated = Signal(int)
    loaded = Signal()  # the list asked for has arrived and is shown
    shown = Signal(int)  # the record asked for is in the editor
    saved = Signal(int)  # a record was saved (its id)
    restored = Signal()  # unsaved changes kept over a lock are back in the editor
    removed = Signal(str, object)  # deleted: what, in a sentence, and the core `Undo`

    KIND: ClassVar[str]  # "decision": in the wording, the held-draft key and change notices
    NEW_TIP: ClassVar[str]  # the New button's tooltip
    FILTER_HINT: ClassVar[str]
    LIST_EMPTY: ClassVar[str]  # what the list says before there is anything in it
    EDITOR_EMPTY: ClassVar[str]  # what the editor side says when no record is shown
    DELETE_WARNING: ClassVar[str]  # under "Delete the decision “…”?"
    NAME_FIELD: ClassVar[str]  # the word for the name field in the journal's errors
    SIZES: ClassVar[tuple[int, int]]  # the list's and the editor's starting widths
    # The wording, marked for translation with QT_TRANSLATE_NOOP in the subclass's own
    # context (its class name): whole phrases, not the kind word put into English ones,
    # since other languages inflect around it ("die Entscheidung", "das Treffen").
    WORDS: ClassVar[dict[str, str]]

    draft_type: type[D]
    model: RecordRows
    proxy: QSortFilterProxyModel
    people: PeopleChecklistModel

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self._w("title"))
        self._current: int | None = None  # the record in the editor; None: a new one
        self._editing = False  # the editor page is showing
        self._baseline: D | None = None
        self._wanted: int | None = None  # the record last asked for
        self._selecting = False
        self._stale: str | None = None  # "all", or a part `_refresh_part` redoes alone
        self._touched: str | None = None  # what a change notice did to the shown record
        self._everyone: list[PersonRecord] = []  # as of the last reload (person changes reload)
        self._refresh = session.track(QTimer(self))
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._apply_changes)

        self._make_models()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes(list(self.SIZES))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        session.changed.connect(self._on_changed)
        session.locking.connect(self.stash)
        if session.is_open:
            self.reload()

    def _plural(self) -> str:
        """'decisions'."""
        return kinds.named(self.KIND).plural

    def _t(self, text: str) -> str:
        """`text`, one of the subclass's marked strings, in the GUI's language."""
        return QCoreApplication.translate(type(self).__name__, text)

    def _w(self, key: str) -> str:
        """The subclass's phrase `key` (see WORDS) in the GUI's language."""
        return self._t(self.WORDS[key])

    # -- hooks

    def _make_models(self) -> None:
        """Create `model`, `proxy` and `people` (and any model of the subclass's own)."""
        raise NotImplementedError

    def _build_form(self, body: QWidget) -> None:
        """Set up and style the generated form on `body`."""
        raise NotImplementedError

    def _wire_form(self) -> None:
        """Connect the form's widgets, once it sits in the editor page."""
        raise NotImplementedError

    def _name_edit(self) -> QLineEdit:
        """The field focused in a new record, and after an error about it."""
        raise NotImplementedError

    def _open_focus(self) -> QWidget:
        """Where Enter on a list row moves the focus."""
        raise NotImplementedError

    # The journal calls: they run on the journal worker (`journal` is only ever theirs).

    def _read_rows(self, journal: Journal) -> Sequence[R]:
        """Every record of this kind, as the list shows them."""
        raise NotImplementedError

    def _fetch(self, journal: Journal, ident: int) -> R:
        raise NotImplementedError

    def _add(self, journal: Journal, draft: D) -> R:
        raise NotImplementedError

    def _update(self, journal: Journal, ident: int, draft: D) -> R:
        raise NotImplementedError

    def _delete(self, journal: Journal, ident: int) -> Undo:
        raise NotImplementedError

    def _clear_form(self) -> None:
        """Empty the form's fields and whatever the subclass shows beside them."""
        raise NotImplementedError

    def _show_record(self, record: R | None) -> None:
        """Put `record`'s values (or a new record's) into the form."""
        raise NotImplementedError

    def _fill(self, draft: D) -> None:
        """Put a draft's values into the editor, leaving its baseline as it is."""
        raise NotImplementedError

    def _draft(self) -> D:
        raise NotImplementedError

    def _add_filters(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.filter_edit)

    def _count_text(self, rows: Sequence[R]) -> str:
        count = len(rows)
        return f"{count} {kinds.named(self.KIND).noun(count)}"

    def _reloaded(self) -> None:
        """After `reload`: refresh what is drawn from the list or the people."""

    def _loaded(self, record: R | None) -> None:
        """After `_load_editor` has shown the editor page, before the baseline is taken."""

    def _refresh_part(self, part: str) -> None:
        """Redo only `part` of the page: a value of `_stale` the subclass sets itself."""

    # -- building

    def _build_list(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(MARGIN, MARGIN, SPACING, MARGIN)
        layout.setSpacing(SPACING)
        top = QHBoxLayout()
        title = QLabel(self._w("title"))
        style_heading(title)
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(icons.icon(self.KIND), self._w("new"))
        self.new_button.setAccessibleName(self._w("new_name"))
        self.new_button.setToolTip(self._t(self.NEW_TIP))
        self.new_button.clicked.connect(self.new_record)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self._t(self.FILTER_HINT))
        self.filter_edit.setAccessibleName(self._w("filter_name"))
        self.filter_edit.setClearButtonEnabled(True)
        name_clear_button(
            self.filter_edit, QCoreApplication.translate("RecordPage", "Clear the filter")
        )
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self._add_filters(layout)

        self.list_view = record_list(self.proxy, self._w("list_name"))
        self.list_view.selectionModel().currentChanged.connect(self._on_current_row)
        self.list_view.activated.connect(lambda _: self._open_focus().setFocus())
        self.list_stack = QStackedWidget()
        self.list_empty = placeholder(self._t(self.LIST_EMPTY))
        self.list_stack.addWidget(self.list_empty)
        self.list_stack.addWidget(self.list_view)
        layout.addWidget(self.list_stack, 1)
        self.count_label = QLabel()
        self.count_label.setAccessibleDescription(self._w("count_name"))
        style_muted(self.count_label)
        layout.addWidget(self.count_label)
        return pane

    def _build_editor(self) -> QWidget:
        self.pages = QStackedWidget()
        self.pages.setAccessibleName(self._w("editor_name"))

        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        empty_layout.addStretch(1)
        empty_layout.addWidget(placeholder(self._t(self.EDITOR_EMPTY)))
        new_here = QPushButton(icons.icon(self.KIND), self._w("record"))
        new_here.setAccessibleName(self._w("record_name"))
        new_here.clicked.connect(self.new_record)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(new_here)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self.pages.addWidget(empty)

        editor = QWidget()
        outer = QVBoxLayout(editor)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QWidget()
        self._build_form(body)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        outer.addWidget(self._build_bar())
        self.pages.addWidget(editor)
        self._wire_form()
        return self.pages

    def _build_bar(self) -> QWidget:
        bar = QWidget()
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(MARGIN, SPACING, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleDescription(self._w("problem_name"))
        self.error_label.hide()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setAccessibleName(self._w("delete_name"))
        self.delete_button.clicked.connect(self.delete_current)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        self.revert_button = QPushButton(self.tr("&Revert changes"))
        self.revert_button.setAccessibleName(self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.revert)
        row.addWidget(self.revert_button)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self._w("save_name"))
        self.save_button.setDefault(True)
        theme.set_primary(self.save_button)
        self.save_button.clicked.connect(lambda: self.save())
        # Ctrl+S while the focus is in this page, as in the conversation editor.
        self.save_action = actions.page_action("save_record", self)
        self.save_action.triggered.connect(self._save_by_key)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return bar

    # -- public API

    def _save_by_key(self) -> None:
        if self._editing and self.save_button.isEnabled():
            self.save()

    def first_focus(self) -> QWidget:
        """Where the keyboard goes when the page is chosen (MainWindow._focus_into): into a
        new record being written (the list has no row for it: focusing the list would open
        its first row instead); else the list, once it has rows; else New."""
        if self._editing and self._current is None:
            return self._open_focus()
        if self.list_stack.currentWidget() is self.list_view:
            return self.list_view
        return self.new_button

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Re-read the list and the people (on the journal worker); keep the editor's text.
        `then` runs once they are shown."""
        if not self.session.is_open:
            return
        self.session.read(
            lambda j: (self._read_rows(j), j.people()),
            lambda found: self._show_rows(found[0], found[1], then),
            name=self._plural(),
        )

    def _show_rows(
        self, rows: Sequence[R], everyone: list[PersonRecord], then: Callable[[], None] | None
    ) -> None:
        self._selecting = True
        try:
            self.model.set_rows(rows)
            self._select_row(self._current)
        finally:
            self._selecting = False
        self.list_stack.setCurrentWidget(self.list_view if rows else self.list_empty)
        self.count_label.setText(self._count_text(rows) if rows else "")
        self._everyone = everyone
        ticked = [self.people.checked(c) for c in range(self.people.columnCount())]
        self.people.set_people(self._everyone, ticked)
        self._reloaded()
        if then is not None:
            then()
        self.loaded.emit()

    def clear(self) -> None:
        """Drop every bit of journal text from the widgets and models."""
        self._refresh.stop()
        self._stale = self._touched = None
        self._everyone = []
        self._current = None
        self._editing = False
        self._baseline = None
        self.model.clear()
        self.people.clear()
        self.filter_edit.clear()
        self._clear_form()
        self.count_label.clear()
        show_error(self.error_label, "")
        self.pages.setCurrentIndex(0)
        self.list_stack.setCurrentWidget(self.list_empty)

    def new_record(self) -> None:
        """Open an empty editor, dated today, with the name focused."""
        self._flush()
        if not self.confirm_leave(self.new_record):
            return
        self._current = None
        self._load_editor(None)
        self.list_view.clearSelection()
        self.list_view.setCurrentIndex(QModelIndex())
        self._name_edit().setFocus()

    def show_record(self, ident: int) -> None:
        """Show record `ident` in the editor and select it in the list."""
        self._flush()
        if self._editing and ident == self._current:
            self._select_row(ident)
            return
        if not self.confirm_leave(lambda: self.show_record(ident)):
            self._select_row(self._current)
            return
        self._wanted = ident
        self.session.read(
            lambda j: self._fetch(j, ident),
            lambda record: self._arrived(ident, record),
            self._not_found,
            urgent=True,
            name=self.KIND,
        )

    def _arrived(self, ident: int, record: R) -> None:
        if ident != self._wanted:
            return  # another record was asked for meanwhile
        self._current = ident
        self._load_editor(record)
        self._select_row(ident)
        self.shown.emit(ident)

    def _not_found(self, error: BaseException) -> None:
        if not isinstance(error, NotFound):
            raise error
        show_error(self.error_label, str(error))

    def stash(self) -> None:
        """On locking: keep unsaved changes as an encrypted draft, then forget everything."""
        if self.is_dirty():
            held.keep(self.session, self.KIND, self._current, self._draft())
        self.clear()

    def restore(self) -> None:
        """After unlocking: reload, then bring back the changes `stash` kept, if any."""

        def take() -> None:
            held.take(self.session, self.KIND, self.draft_type, self._restore)

        self.reload(take)

    def _restore(self, kept: tuple[int | None, D] | None) -> None:
        if kept is None:
            return
        ident, draft = kept

        def fill(record: R | None) -> None:
            self._current = record.id if record is not None else None
            self._load_editor(record)
            self._select_row(self._current)
            self._fill(draft)
            self.restored.emit()

        def missing(error: BaseException) -> None:
            if not isinstance(error, NotFound):
                raise error
            fill(None)  # deleted meanwhile: the changes come back as a new one

        if ident is None:
            fill(None)
        else:
            self.session.read(lambda j: self._fetch(j, ident), fill, missing, name=self.KIND)

    def is_dirty(self) -> bool:
        return self._editing and self._baseline is not None and self._draft() != self._baseline

    def confirm_leave(self, proceed: Callable[[], None] | None = None) -> bool:
        """True when the editor may show something else now (asks Save/Discard/Cancel if
        dirty). After Save it answers False and, once the save has succeeded, calls
        `proceed` (the move that was asked for) if given."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self._w("unsaved_title"),
            self._w("unsaved_text"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save(proceed)
            return False
        return answer == QMessageBox.StandardButton.Discard

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the editor (on the journal worker); a problem is shown in place and nothing
        is lost. `then` runs after a successful save."""
        if not self._editing:
            return
        draft, current = self._draft(), self._current
        self.save_button.setEnabled(False)  # one save at a time
        self.session.write(
            (lambda j: self._add(j, draft))
            if current is None
            else (lambda j: self._update(j, current, draft)),
            lambda record: self._saved(record, then),
            self._save_failed,
            name=f"save {self.KIND}",
        )

    def _saved(self, record: R, then: Callable[[], None] | None) -> None:
        self._settle()
        self._current = record.id
        self._load_editor(record)
        self._select_row(record.id)
        self.saved.emit(record.id)
        if then is not None:
            then()

    def _save_failed(self, error: BaseException) -> None:
        self._on_edited()
        if isinstance(error, JournalLocked):
            return
        if not isinstance(error, JournalError):
            raise error
        show_error(self.error_label, str(error))
        if self.NAME_FIELD in str(error).lower():
            self._name_edit().setFocus()

    def revert(self) -> None:
        if self._current is None:
            self._load_editor(None)
        else:
            self._load_fresh(self._current)

    def delete_current(self) -> None:
        if self._current is None:
            self._show_nothing()
            return
        shown = self._name_edit().text().strip() or self._w("this")
        question = self._w("delete_question").format(name=shown)
        answer = QMessageBox.question(
            self,
            self._w("delete_title"),
            f"{question}\n\n{self._t(self.DELETE_WARNING)}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ident, self._current = self._current, None

        def deleted(undo: Undo) -> None:
            self._settle()
            self._show_nothing()
            self.removed.emit(self._w("deleted").format(name=shown), undo)

        def refused(error: BaseException) -> None:
            if not isinstance(error, JournalError):
                raise error
            self._current = ident
            show_error(self.error_label, str(error))

        self.session.write(lambda j: self._delete(j, ident), deleted, refused, name="delete")

    def _settle(self) -> None:
        """After our own write: show it at once rather than on the next turn of the loop."""
        self._refresh.stop()
        self._stale = self._touched = None
        self.reload()

    # -- the editor

    def _load_editor(self, record: R | None) -> None:
        self._baseline = None  # no dirty checks while filling
        self._show_record(record)
        show_error(self.error_label, "")
        self.delete_button.setEnabled(record is not None)
        self.delete_button.setVisible(record is not None)
        self._editing = True
        self.pages.setCurrentIndex(1)
        self._loaded(record)
        self._baseline = self._draft()
        self._on_edited()

    def _load_fresh(self, ident: int) -> None:
        """Reload record `ident` into the editor, dropping unsaved edits (at once: leaving
        before the record arrives asks nothing)."""
        self._baseline = None
        self.revert_button.setEnabled(False)

        def missing(error: BaseException) -> None:
            if not isinstance(error, NotFound):
                raise error
            self._show_nothing()

        self.session.read(lambda j: self._fetch(j, ident), self._load_editor, missing)

    def _on_edited(self, *_: object) -> None:
        dirty = self.is_dirty()
        self.revert_button.setEnabled(dirty)
        self.save_button.setEnabled(dirty or self._current is None)

    def _on_person_row_activated(self, index: QModelIndex) -> None:
        ident = index.data(PERSON_ID_ROLE)
        if ident is not None and ident in self.people.checked(0):
            self.personActivated.emit(int(ident))

    # -- the list

    def _select_row(self, ident: int | None) -> None:
        selection = self.list_view.selectionModel()
        row = self.model.row_of(ident) if ident is not None else -1
        if row < 0:
            self.list_view.clearSelection()
            return
        index = self.proxy.mapFromSource(self.proxy.sourceModel().index(row, 0))
        if not index.isValid():
            return
        was, self._selecting = self._selecting, True
        try:
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
            self.list_view.scrollTo(index)
        finally:
            self._selecting = was

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        self.show_record(int(current.data(RECORD_ID_ROLE)))

    def _show_nothing(self) -> None:
        self._current = None
        self._editing = False
        self._baseline = None
        self.pages.setCurrentIndex(0)
        self.list_view.clearSelection()

    # -- change notices

    def _on_changed(self, change: Change) -> None:
        """Note what changed; refresh once the burst is over (an import sends thousands)."""
        if self._note(change):
            self._refresh.start()

    def _note(self, change: Change) -> bool:
        """Mark what `change` makes stale; False when it does not concern this page."""
        if change.kind not in (self.KIND, "person"):
            return False
        self._stale = "all"
        if change.kind == self.KIND and self._current in change.ids:
            deleted = change.action == "deleted"
            self._touched = "deleted" if deleted else self._touched or "updated"
        return True

    def _flush(self) -> None:
        """Apply change notices still waiting, so that what is shown next is current."""
        if self._refresh.isActive():
            self._refresh.stop()
            self._apply_changes()

    def _apply_changes(self) -> None:
        stale, self._stale = self._stale, None
        touched, self._touched = self._touched, None
        if not self.session.is_open:
            return
        if stale is not None and stale != "all":
            self._refresh_part(stale)
            return
        self.reload()
        if touched == "deleted":
            self._show_nothing()
        elif touched and self._current is not None and not self.is_dirty():
            self.revert()
