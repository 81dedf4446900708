"""The Search page (Ctrl+F): full text over notes, people, decisions and gatherings.

Search runs as you type, debounced; the core's FTS5 search takes a few milliseconds, so it
runs on the GUI thread. Filters narrow by person, signal and dates (person and signal
search conversations only, as the core does). Each result shows its kind, date, title,
people and a snippet whose matched words are highlighted from `SearchHit.highlights`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.errors import JournalError
from trustjournal.core.journal import search as core_search
from trustjournal.core.judgement.signals import GROUP_LABELS, Group, in_group
from trustjournal.core.records import Change, PersonRecord, SearchHit
from trustjournal.gui.common import icons
from trustjournal.gui.common.announce import name_clear_button
from trustjournal.gui.common.dates import field_format, short_day, to_qdate
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.lists import AnyIndex
from trustjournal.gui.common.page import QuietPage
from trustjournal.gui.common.roles import (
    HIGHLIGHTS_ROLE,
    HIT_DATE_ROLE,
    HIT_ID_ROLE,
    HIT_KIND_ROLE,
    HIT_PEOPLE_ROLE,
    HIT_TITLE_ROLE,
    PERSON_ID_ROLE,
    SNIPPET_ROLE,
)
from trustjournal.gui.common.rows import RowsModel
from trustjournal.gui.common.style import (
    MARGIN,
    SPACING,
    placeholder,
    show_error,
    style_heading,
    style_muted,
)
from trustjournal.gui.search.delegate import SearchHitDelegate, kind_label
from trustjournal.gui.session import Session

DEBOUNCE_MS = 250
# Searching as you type starts at this many characters: one letter matches nearly every
# note, which is the one query slow enough to stall typing. Enter searches for one.
MIN_TYPED = 2
RESULT_LIMIT = core_search.DEFAULT_LIMIT
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "SearchView", "Type to search notes, people, decisions and gatherings"
)


def empty_text() -> str:
    return QCoreApplication.translate("SearchView", EMPTY_TEXT)


def nothing_matches(query: str) -> str:
    return QCoreApplication.translate("SearchView", "Nothing matches \u2018{query}\u2019").format(
        query=query
    )


# -- models -------------------------------------------------------------------------------


class SearchResultsModel(RowsModel[SearchHit]):
    """The hits of one search, in the order the core ranks them."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        h = self._at(index)
        if h is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            when = f", {short_day(h.date)}" if h.date else ""
            return f"{kind_label(h.kind)}{when}: {h.title}. {h.snippet}"
        return {
            HIT_KIND_ROLE: h.kind,
            HIT_ID_ROLE: h.id,
            HIT_DATE_ROLE: h.date,
            HIT_TITLE_ROLE: h.title,
            HIT_PEOPLE_ROLE: h.people,
            SNIPPET_ROLE: h.snippet,
            HIGHLIGHTS_ROLE: h.highlights,
        }.get(role)


class PersonFilterModel(QAbstractListModel):
    """ "Anyone", then every person by name: the person filter's choices."""

    ANYONE = QT_TRANSLATE_NOOP("SearchView", "Anyone")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[PersonRecord] = []

    def set_people(self, people: Sequence[PersonRecord]) -> None:
        self.beginResetModel()
        self._people = sorted(people, key=lambda p: p.name.casefold())
        self.endResetModel()

    def clear(self) -> None:
        self.set_people([])

    def row_of(self, ident: int | None) -> int:
        if ident is None:
            return 0
        return next((i + 1 for i, p in enumerate(self._people) if p.id == ident), 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row() - 1] if index.row() else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return person.name if person else QCoreApplication.translate("SearchView", self.ANYONE)
        if role == PERSON_ID_ROLE:
            return person.id if person else None
        return None


class SearchView(QWidget, QuietPage):
    """A query field, filters, and the results; see the module docstring."""

    hitActivated = Signal(str, int)
    searched = Signal()  # the results asked for have arrived and are shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Search"))
        self.results = SearchResultsModel(self)
        self.people = PersonFilterModel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.run_search(typed=True))
        self._people_stale = False
        self._searched = ""  # the query the results shown were found for
        self._asked: tuple[str, core_search.SearchFilter] | None = None  # the search on its way
        self._shown: tuple[str, core_search.SearchFilter] | None = None  # the results shown
        self._when_found: Callable[[], None] | None = None  # what Enter or Down asked for
        self._refresh = session.track(QTimer(self))
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._apply_changes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN + 2, MARGIN, MARGIN + 2, MARGIN)
        layout.setSpacing(SPACING + 2)
        title = QLabel(self.tr("Search"))
        style_heading(title)
        layout.addWidget(title)

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search notes, people, decisions and gatherings…"))
        self.query.setAccessibleName(self.tr("Search the journal"))
        self.query.setClearButtonEnabled(True)
        name_clear_button(self.query, self.tr("Clear the search"))
        magnifier = self.query.addAction(
            icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        magnifier.setText(self.tr("Search"))  # the icon's button, named for a screen reader
        self.query.setMinimumHeight(self.query.sizeHint().height() + 8)
        font = self.query.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.query.setFont(font)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.returnPressed.connect(self._open_from_query)
        self.query.installEventFilter(self)
        layout.addWidget(self.query)
        layout.addLayout(self._build_filters())

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Search results summary"))
        style_muted(self.summary)
        layout.addWidget(self.summary)

        self.list_view = QListView()
        self.list_view.setModel(self.results)
        self.list_view.setItemDelegate(SearchHitDelegate(self.list_view))
        self.list_view.setAccessibleName(self.tr("Search results"))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setWordWrap(True)
        self.list_view.activated.connect(self._on_activated)
        self.list_view.installEventFilter(self)
        self.message = placeholder(empty_text())
        self.message.setAccessibleDescription(self.tr("Search status"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.list_view)
        layout.addWidget(self.stack, 1)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        session.changed.connect(self._on_changed)
        session.locking.connect(self.clear)
        session.unlocked.connect(self.reload)
        if session.is_open:
            self.reload()

    def _build_filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        rows.setSpacing(SPACING)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        rows.addLayout(row)

        person_label = QLabel(self.tr("&Person"))
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setModel(self.people)
        self.person_combo.setMinimumContentsLength(14)
        self.person_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person_combo.setAccessibleName(self.tr("Only conversations with this person"))
        completer = QCompleter(self.people, self.person_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person_combo.setCompleter(completer)
        self.person_combo.currentIndexChanged.connect(lambda _: self._filters_changed())
        line = self.person_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Anyone"))
            line.setAccessibleName(
                self.tr("Only conversations with this person")
            )  # the box's words
            line.editingFinished.connect(self._settle_person_text)
        person_label.setBuddy(self.person_combo)
        row.addWidget(person_label)
        row.addWidget(self.person_combo, 2)
        row.addSpacing(SPACING)

        signal_label = QLabel(self.tr("Si&gnal"))
        self.signal_combo = QComboBox()
        self.signal_combo.setAccessibleName(self.tr("Only conversations with this signal"))
        self.signal_combo.addItem(self.tr("Any signal"), None)
        for group in Group:
            self.signal_combo.insertSeparator(self.signal_combo.count())
            self.signal_combo.addItem(GROUP_LABELS[group], None)
            header = self.signal_combo.model().index(self.signal_combo.count() - 1, 0)
            self.signal_combo.model().setData(header, 0, Qt.ItemDataRole.UserRole - 1)
            for signal in in_group(group):
                self.signal_combo.addItem(f"   {signal.label}", signal.code)
                self.signal_combo.setItemData(
                    self.signal_combo.count() - 1, signal.explanation, Qt.ItemDataRole.ToolTipRole
                )
        self.signal_combo.currentIndexChanged.connect(lambda _: self._filters_changed())
        signal_label.setBuddy(self.signal_combo)
        row.addWidget(signal_label)
        row.addWidget(self.signal_combo, 2)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        rows.addLayout(row)

        today = dt.date.today()
        self.since_check = QCheckBox(self.tr("&From"))
        self.since_check.setAccessibleName(self.tr("Only from a date"))
        self.since_edit = QDateEdit(to_qdate(today.replace(day=1) - dt.timedelta(days=365)))
        self.until_check = QCheckBox(self.tr("&To"))
        self.until_check.setAccessibleName(self.tr("Only up to a date"))
        self.until_edit = QDateEdit(to_qdate(today))
        for check, edit, name in (
            (self.since_check, self.since_edit, self.tr("First date")),
            (self.until_check, self.until_edit, self.tr("Last date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(field_format("d MMM yyyy"))
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _: self._filters_changed())
            edit.dateChanged.connect(lambda _: self._filters_changed())
            row.addWidget(check)
            row.addWidget(edit)
            row.addSpacing(SPACING)

        self.reset_button = QPushButton(self.tr("Clear filters"))
        self.reset_button.setAccessibleName(self.tr("Clear the filters"))
        self.reset_button.clicked.connect(self.reset_filters)
        self.reset_button.setEnabled(False)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        return rows

    # -- public API

    def focus_query(self) -> None:
        """Focus the query field with its text selected (Ctrl+F)."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def reload(self) -> None:
        """Re-read the people for the filter and run the current search again."""
        if not self.session.is_open:
            return
        self.session.read(lambda j: j.people(), self._offer_people, name="search people")

    def _offer_people(self, people: list[PersonRecord]) -> None:
        chosen = self.person_id()
        self.person_combo.blockSignals(True)
        try:
            self.people.set_people(people)
            self.person_combo.setCurrentIndex(self.people.row_of(chosen))
        finally:
            self.person_combo.blockSignals(False)
        if self._searched:  # the names changed under the results shown: search again
            self.run_search()

    def clear(self) -> None:
        """Drop the query, the results and the names from every widget and model."""
        self._timer.stop()
        self._refresh.stop()
        self._people_stale = False
        self._searched = ""
        for widget in (self.query, self.person_combo, self.signal_combo):
            widget.blockSignals(True)
        try:
            self.query.clear()
            self.people.clear()
            self.person_combo.setCurrentIndex(0)
            self.person_combo.setEditText("")
            self.signal_combo.setCurrentIndex(0)
        finally:
            for widget in (self.query, self.person_combo, self.signal_combo):
                widget.blockSignals(False)
        self.results.clear()
        self.summary.clear()
        show_error(self.error_label, "")
        self.message.setText(empty_text())
        self.stack.setCurrentWidget(self.message)

    def reset_filters(self) -> None:
        for widget in (self.person_combo, self.signal_combo, self.since_check, self.until_check):
            widget.blockSignals(True)
        try:
            self.person_combo.setCurrentIndex(0)
            self.signal_combo.setCurrentIndex(0)
            self.since_check.setChecked(False)
            self.until_check.setChecked(False)
            self.since_edit.setEnabled(False)
            self.until_edit.setEnabled(False)
        finally:
            for widget in (
                self.person_combo,
                self.signal_combo,
                self.since_check,
                self.until_check,
            ):
                widget.blockSignals(False)
        self._filters_changed()

    def person_id(self) -> int | None:
        value = self.person_combo.currentData(PERSON_ID_ROLE)
        return int(value) if value is not None else None

    def filters(self) -> core_search.SearchFilter:
        """The filters as the core takes them."""
        signal = self.signal_combo.currentData()
        return core_search.SearchFilter(
            person_id=self.person_id(),
            signal=str(signal) if signal else None,
            since=_date(self.since_edit.date()) if self.since_check.isChecked() else None,
            until=_date(self.until_edit.date()) if self.until_check.isChecked() else None,
        )

    def run_search(self, *, typed: bool = False) -> None:
        """Search now with the query and filters (`typed`: the debounce timer calls this)."""
        self._timer.stop()
        if not self.session.is_open:
            return
        query = self.query.text().strip()
        if typed and len(query) < MIN_TYPED:
            query = ""
        self._searched = query
        filters = self.filters()
        narrowed = filters != core_search.SearchFilter()
        self.reset_button.setEnabled(narrowed)
        show_error(self.error_label, "")
        if not core_search.terms(query):
            self.results.clear()
            self.summary.clear()
            self.message.setText(empty_text())
            self.stack.setCurrentWidget(self.message)
            self._asked = None
            self._when_found = None
            return
        asked = self._asked = (query, filters)
        self.session.read(
            lambda j: j.search(query, filters, RESULT_LIMIT),
            lambda hits: self._show_hits(asked, hits),
            lambda error: self._search_failed(asked, error),
            urgent=True,
            name="search",
        )

    def _search_failed(
        self, asked: tuple[str, core_search.SearchFilter], error: BaseException
    ) -> None:
        if not isinstance(error, JournalError):
            raise error
        if asked is self._asked:
            show_error(self.error_label, str(error))
            self._show_hits(asked, [])

    def _show_hits(
        self, asked: tuple[str, core_search.SearchFilter], hits: list[SearchHit]
    ) -> None:
        if asked is not self._asked:
            return  # a newer search is on its way
        self._shown = asked
        query, filters = asked
        narrowed = filters != core_search.SearchFilter()
        current = self.list_view.currentIndex()
        keep = (
            (current.data(HIT_KIND_ROLE), current.data(HIT_ID_ROLE)) if current.isValid() else None
        )
        self.results.set_rows(hits)
        if not hits:
            shown = query if len(query) <= 60 else query[:57] + "…"
            extra = "\n" + self.tr("Try fewer filters.") if narrowed else ""
            self.message.setText(nothing_matches(shown) + extra)
            self.stack.setCurrentWidget(self.message)
            self.summary.clear()
        else:
            self.stack.setCurrentWidget(self.list_view)
            self._restore_current(keep)
            self.summary.setText(self._summary(len(hits), filters))
        then, self._when_found = self._when_found, None
        if then is not None:
            then()
        self.searched.emit()

    # -- helpers

    def _summary(self, count: int, filters: core_search.SearchFilter) -> str:
        text = (
            self.tr(
                "The {count} best and newest results: add words or filters to narrow them"
            ).format(count=count)
            if count >= RESULT_LIMIT
            else self.tr("%n result(s)", "", count)
        )
        if filters.person_id is not None or filters.signal is not None:
            text += self.tr(" · only conversations are searched with a person or signal filter")
        return text + self.tr(" · Enter opens a result")

    def _restore_current(self, keep: tuple[Any, Any] | None) -> None:
        if keep is None:
            return
        for row in range(self.results.rowCount()):
            hit = self.results.row(row)
            if (hit.kind, hit.id) == keep:
                self.list_view.setCurrentIndex(self.results.index(row, 0))
                return

    def _filters_changed(self) -> None:
        self.run_search()

    def _settle_person_text(self) -> None:
        """After typing in the person filter: pick the exact match, or put back the choice."""
        text = self.person_combo.currentText().strip()
        match = self.person_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if not text:
            match = 0
        if match >= 0 and match != self.person_combo.currentIndex():
            self.person_combo.setCurrentIndex(match)
        elif match < 0:
            self.person_combo.setEditText(
                self.person_combo.itemText(self.person_combo.currentIndex())
            )

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hitActivated.emit(str(index.data(HIT_KIND_ROLE)), int(index.data(HIT_ID_ROLE)))

    def _with_results(self, then: Callable[[], None]) -> None:
        """Run `then` once the results are for what the field holds (searching first if
        they are not, or are still on their way)."""
        if self._timer.isActive() or self._searched != self.query.text().strip():
            self.run_search()
        if self._asked is not None and self._asked is not self._shown:
            self._when_found = then
        else:
            then()

    def _open_from_query(self) -> None:
        """Enter in the query field opens the selected result, or the first."""

        def open_one() -> None:
            if not self.results.rowCount():
                return
            current = self.list_view.currentIndex()
            self._on_activated(current if current.isValid() else self.results.index(0, 0))

        self._with_results(open_one)

    def _into_results(self) -> None:
        if self.results.rowCount():
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.list_view.currentIndex().isValid():
                self.list_view.setCurrentIndex(self.results.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.query and key == Qt.Key.Key_Down:
                self._with_results(self._into_results)
                return True
            if watched is self.query and key == Qt.Key.Key_Escape and self.query.text():
                self.query.clear()
                return True
            if watched is self.list_view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Handled here rather than through `activated`, which some styles (macOS)
                # give to editing instead.
                self._on_activated(self.list_view.currentIndex())
                return True
            if (
                watched is self.list_view
                and key == Qt.Key.Key_Up
                and self.list_view.currentIndex().row() <= 0
            ):
                self.focus_query()
                return True
        return super().eventFilter(watched, event)

    def _on_changed(self, change: Change) -> None:
        """Note what changed; search again once the burst is over."""
        self._people_stale = self._people_stale or change.kind == "person"
        self._refresh.start()

    def _apply_changes(self) -> None:
        people, self._people_stale = self._people_stale, False
        if people:
            self.reload()
        elif self.query.text().strip():
            self.run_search()


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


__all__ = ["SearchHitDelegate", "SearchResultsModel", "SearchView"]
