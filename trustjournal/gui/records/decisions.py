"""The Decisions page: every decision in a list beside an editor for one of them.

A decision is the seed's practical test made concrete ("Who can I call when a decision
feels uncomfortable?"): its title, date, discomfort 1–5, status, outcome note, the people
consulted and, among them, whose input changed the leader's framing.

The list-beside-editor machinery is `record_page.py`'s.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from trustjournal.core.judgement.next_steps import CALL_CANDIDATES_MAX, who_to_call
from trustjournal.core.judgement.ties import UNCOMFORTABLE
from trustjournal.core.records import DecisionDraft, DecisionRecord, PersonRef, Undo
from trustjournal.gui.common.announce import label_combo
from trustjournal.gui.common.dates import from_qdate, short_day, to_qdate
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.lists import AnyIndex
from trustjournal.gui.common.roles import (
    DETAIL_ROLE,
    DISCOMFORT_ROLE,
    FILTER_TEXT_ROLE,
    RECORD_ID_ROLE,
    SORT_DATE_ROLE,
    STATUS_ROLE,
    TITLE_ROLE,
)
from trustjournal.gui.common.rows import RowsModel
from trustjournal.gui.common.style import SPACING, setup_form, style_heading, style_section
from trustjournal.gui.forms.ui_decision_editor import Ui_DecisionEditor
from trustjournal.gui.records.people_picker import PeopleChecklistModel, wire_people_picker
from trustjournal.gui.records.record_page import RecordPage

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

DISCOMFORT_WORDS = {  # shown translated in the "DecisionsView" context (`_t`)
    1: QT_TRANSLATE_NOOP("DecisionsView", "comfortable"),
    2: QT_TRANSLATE_NOOP("DecisionsView", "a little uneasy"),
    3: QT_TRANSLATE_NOOP("DecisionsView", "uneasy"),
    4: QT_TRANSLATE_NOOP("DecisionsView", "uncomfortable"),
    5: QT_TRANSLATE_NOOP("DecisionsView", "very uncomfortable"),
}
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("DecisionsView", "Open"),
    "decided": QT_TRANSLATE_NOOP("DecisionsView", "Decided"),
}


def _t(text: str) -> str:
    """A string of the decisions page (marked in the "DecisionsView" context) translated."""
    return QCoreApplication.translate("DecisionsView", text)


def _status(status: str) -> str:
    return _t(STATUS_LABELS[status]) if status in STATUS_LABELS else status


DECIDED_ALONE = QT_TRANSLATE_NOOP("DecisionsView", "Decided alone")
NOBODY_CONSULTED = QT_TRANSLATE_NOOP("DecisionsView", "Nobody consulted yet")
CONSULTED = QT_TRANSLATE_NOOP("DecisionsView", "Consulted {names}")
REFRAMED_BY = QT_TRANSLATE_NOOP("DecisionsView", "reframed by {names}")
DISCOMFORT_OF_5 = QT_TRANSLATE_NOOP("DecisionsView", "discomfort {value} of 5, {meaning}")


# -- small decision helpers ------------------------------------------------------------------


def dots(discomfort: int) -> str:
    """'●●●●○ 4/5': the dots for the eye, the number for everyone."""
    return "●" * discomfort + "○" * (5 - discomfort) + f" {discomfort}/5"


def names_text(people: Sequence[PersonRef], most: int = 3) -> str:
    shown = ", ".join(p.name for p in people[:most])
    return shown + (f" +{len(people) - most}" if len(people) > most else "")


def people_links(people: Sequence[PersonRef]) -> str:
    return ", ".join(f'<a href="person:{p.id}">{html.escape(p.name)}</a>' for p in people)


# -- the decisions list -------------------------------------------------------------------


class DecisionsModel(RowsModel[DecisionRecord]):
    """Every decision, newest first, as the journal returns them."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self._at(index)
        if d is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE):
            return d.title
        if role == DETAIL_ROLE:
            return "\n".join([self._facts(d), self._people(d)])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            discomfort = _t(DISCOMFORT_OF_5).format(
                value=d.discomfort, meaning=_t(DISCOMFORT_WORDS[d.discomfort])
            )
            return (
                f"{d.title}. {short_day(d.date)}; {discomfort}; {_status(d.status)}; "
                f"{self._people(d)}"
            )
        if role == RECORD_ID_ROLE:
            return d.id
        if role == SORT_DATE_ROLE:
            return f"{d.date.isoformat()}#{d.id:09d}"
        if role == FILTER_TEXT_ROLE:
            return " ".join([d.title, *(p.name for p in d.consulted)])
        if role == DISCOMFORT_ROLE:
            return d.discomfort
        if role == STATUS_ROLE:
            return d.status
        return None

    @staticmethod
    def _facts(d: DecisionRecord) -> str:
        return (
            # The meaning of the number is in the tooltip and the editor: spelled out here
            # it would push the dots out of a narrow list.
            f"{_status(d.status)}  ·  {short_day(d.date)}  ·  {dots(d.discomfort)}"
        )

    @staticmethod
    def _people(d: DecisionRecord) -> str:
        if not d.consulted:
            return _t(DECIDED_ALONE) if d.status == "decided" else _t(NOBODY_CONSULTED)
        text = _t(CONSULTED).format(names=names_text(d.consulted))
        if d.changed_framing:
            reframed = _t(REFRAMED_BY).format(names=names_text(d.changed_framing, 2))
            text += f"  ·  {reframed}"
        return text


class DecisionsProxy(QSortFilterProxyModel):
    """Type-to-filter over titles and names, a status filter, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.setFilterRole(FILTER_TEXT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_DATE_ROLE)

    def set_status(self, status: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            self.status = status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.status = status
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        if self.status is not None:
            index = self.sourceModel().index(row, 0, parent)
            if index.data(STATUS_ROLE) != self.status:
                return False
        return super().filterAcceptsRow(row, parent)


# -- the page -----------------------------------------------------------------------------


class DecisionsView(RecordPage[DecisionRecord, DecisionDraft]):
    """The decisions list beside the editor; see the module docstring."""

    logCall = Signal(int, int)  # log a conversation with this person about this decision
    KIND = "decision"
    WORDS: ClassVar[dict[str, str]] = {
        "title": QT_TRANSLATE_NOOP("DecisionsView", "Decisions"),
        "new": QT_TRANSLATE_NOOP("DecisionsView", "&New decision"),
        "new_name": QT_TRANSLATE_NOOP("DecisionsView", "New decision"),
        "filter_name": QT_TRANSLATE_NOOP("DecisionsView", "Filter decisions"),
        "list_name": QT_TRANSLATE_NOOP("DecisionsView", "Decisions list"),
        "count_name": QT_TRANSLATE_NOOP("DecisionsView", "How many decisions"),
        "editor_name": QT_TRANSLATE_NOOP("DecisionsView", "Decision"),
        "record": QT_TRANSLATE_NOOP("DecisionsView", "Record a decision"),
        "record_name": QT_TRANSLATE_NOOP("DecisionsView", "Record a new decision"),
        "problem_name": QT_TRANSLATE_NOOP("DecisionsView", "Problem with this decision"),
        "delete_name": QT_TRANSLATE_NOOP("DecisionsView", "Delete this decision"),
        "save_name": QT_TRANSLATE_NOOP("DecisionsView", "Save this decision"),
        "unsaved_title": QT_TRANSLATE_NOOP("DecisionsView", "Unsaved decision — TrustJournal"),
        "unsaved_text": QT_TRANSLATE_NOOP(
            "DecisionsView", "This decision has changes that are not saved."
        ),
        "this": QT_TRANSLATE_NOOP("DecisionsView", "this decision"),
        "delete_title": QT_TRANSLATE_NOOP("DecisionsView", "Delete decision — TrustJournal"),
        "delete_question": QT_TRANSLATE_NOOP("DecisionsView", "Delete the decision “{name}”?"),
        "deleted": QT_TRANSLATE_NOOP("DecisionsView", "Deleted the decision “{name}”."),
    }
    NEW_TIP = QT_TRANSLATE_NOOP("DecisionsView", "Record a decision you are facing or have made")
    FILTER_HINT = QT_TRANSLATE_NOOP("DecisionsView", "Filter by title or person…")
    LIST_EMPTY = QT_TRANSLATE_NOOP(
        "DecisionsView",
        "No decisions yet.\n\nRecord the next one that feels uncomfortable, and who you "
        "called about it.",
    )
    EDITOR_EMPTY = QT_TRANSLATE_NOOP(
        "DecisionsView",
        "Pick a decision on the left to see who you consulted,\nor record a new one.",
    )
    DELETE_WARNING = QT_TRANSLATE_NOOP(
        "DecisionsView",
        "Conversations linked to it stay in the journal, unlinked. You can undo this until "
        "you lock the journal or quit.",
    )
    NAME_FIELD = "title"
    SIZES = (400, 540)
    draft_type = DecisionDraft

    model: DecisionsModel
    proxy: DecisionsProxy

    def _make_models(self) -> None:
        self.model = DecisionsModel(self)
        self.proxy = DecisionsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        self.people = PeopleChecklistModel(
            (self.tr("Consulted"), self.tr("Changed my framing")), self
        )

    # -- building

    def _add_filters(self, layout: QVBoxLayout) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(SPACING)
        filters.addWidget(self.filter_edit, 1)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show decisions by status"))
        self.status_filter.addItem(self.tr("All"), None)
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Decided"), "decided")
        self.status_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_status(self.status_filter.currentData())
        )
        filters.addWidget(self.status_filter)
        layout.addLayout(filters)
        label_combo(self.status_filter, _t("Show decisions by status"))  # no words beside it

    def _build_form(self, body: QWidget) -> None:
        self.form = Ui_DecisionEditor()
        setup_form(self.form, body)
        style_heading(self.form.heading, "heading")
        self.form.heading.setWordWrap(True)
        self.form.heading.setTextFormat(Qt.TextFormat.PlainText)
        style_section(self.form.peopleLabel)
        style_section(self.form.outcomeLabel)
        self.form.dateEdit.setDate(to_qdate(dt.date.today()))

    def _wire_form(self) -> None:
        f = self.form
        # Whom to call on an uncomfortable decision (core/judgement/next_steps.py), best
        # first, with why: read on the journal worker the first time a decision needs it
        # after a reload (None: not read since).
        self._callers: list[tuple[PersonRef, str]] | None = None
        self._asking = False
        wire_people_picker(self.people, f.peopleFilter, f.peopleView)
        f.peopleView.activated.connect(self._on_person_row_activated)
        f.consultedSummary.linkActivated.connect(self._on_link)
        f.discomfortSlider.valueChanged.connect(self._show_discomfort)
        f.discomfortSlider.valueChanged.connect(self._show_consulted)
        f.openRadio.toggled.connect(self._show_consulted)
        for signal in (
            f.titleEdit.textChanged,
            f.dateEdit.dateChanged,
            f.discomfortSlider.valueChanged,
            f.openRadio.toggled,
            f.outcomeEdit.textChanged,
            self.people.checksChanged,
        ):
            signal.connect(self._on_edited)
        self.people.checksChanged.connect(self._show_consulted)
        f.titleEdit.returnPressed.connect(self.save)

    def _name_edit(self) -> QLineEdit:
        edit: QLineEdit = self.form.titleEdit
        return edit

    def _open_focus(self) -> QWidget:
        widget: QWidget = self.form.titleEdit
        return widget

    # -- public API

    def new_decision(self) -> None:
        """Open an empty editor, dated today, with the title focused."""
        self.new_record()

    def show_decision(self, ident: int) -> None:
        """Show decision `ident` in the editor and select it in the list."""
        self.show_record(ident)

    def current_decision(self) -> int | None:
        return self._current

    def show_decision_fresh(self, ident: int) -> None:
        """Reload decision `ident` into the editor, dropping unsaved edits."""
        self._load_fresh(ident)

    # -- the journal

    def _read_rows(self, journal: Journal) -> Sequence[DecisionRecord]:
        return journal.decisions()

    def _count_text(self, rows: Sequence[DecisionRecord]) -> str:
        open_count = sum(1 for d in rows if d.status == "open")
        return self.tr("%n decisions", "", len(rows)) + self.tr(" · %n open", "", open_count)

    def _reloaded(self) -> None:
        self._callers = None  # the ties may have changed: read again when next needed
        self._show_consulted()

    def _ask_callers(self) -> None:
        if self._asking:
            return
        self._asking = True

        def got(callers: list[tuple[PersonRef, str]]) -> None:
            self._asking = False
            self._callers = callers[:CALL_CANDIDATES_MAX]
            self._show_consulted()

        def failed(_error: BaseException) -> None:
            self._asking = False

        self.session.read(lambda j: who_to_call(j.assess_ties()), got, failed, name="whom to call")

    def _fetch(self, journal: Journal, ident: int) -> DecisionRecord:
        return journal.decision(ident)

    def _add(self, journal: Journal, draft: DecisionDraft) -> DecisionRecord:
        return journal.add_decision(draft)

    def _update(self, journal: Journal, ident: int, draft: DecisionDraft) -> DecisionRecord:
        return journal.update_decision(ident, draft)

    def _delete(self, journal: Journal, ident: int) -> Undo:
        return journal.delete_decision(ident)

    # -- the editor

    def _clear_form(self) -> None:
        f = self.form
        for edit in (f.titleEdit, f.peopleFilter):
            edit.clear()
        f.outcomeEdit.clear()
        f.heading.setText(self.tr("New decision"))
        f.consultedSummary.clear()
        self._callers = None
        self._asking = False  # a lock drops a read on its way, and its answer

    def _show_record(self, record: DecisionRecord | None) -> None:
        f = self.form
        f.heading.setText(record.title if record else self.tr("New decision"))
        f.titleEdit.setText(record.title if record else "")
        f.dateEdit.setDate(to_qdate(record.date if record else dt.date.today()))
        f.discomfortSlider.setValue(record.discomfort if record else 3)
        (f.openRadio if record is None or record.status == "open" else f.decidedRadio).setChecked(
            True
        )
        f.outcomeEdit.setPlainText(record.outcome if record else "")
        f.peopleFilter.clear()
        consulted = [p.id for p in record.consulted] if record else []
        changed = [p.id for p in record.changed_framing] if record else []
        self.people.set_people(self._everyone, (consulted, changed))
        f.peopleView.scrollToTop()
        self._show_discomfort(f.discomfortSlider.value())
        self._show_consulted()

    def _fill(self, draft: DecisionDraft) -> None:
        f = self.form
        f.titleEdit.setText(draft.title)
        f.dateEdit.setDate(to_qdate(draft.date))
        f.discomfortSlider.setValue(draft.discomfort)
        (f.openRadio if draft.status == "open" else f.decidedRadio).setChecked(True)
        f.outcomeEdit.setPlainText(draft.outcome)
        self.people.set_people(self._everyone, (draft.consulted, draft.changed_framing))
        self._show_consulted()
        self._on_edited()

    def _draft(self) -> DecisionDraft:
        f = self.form
        return DecisionDraft(
            f.titleEdit.text(),
            from_qdate(f.dateEdit.date()),
            f.discomfortSlider.value(),
            "open" if f.openRadio.isChecked() else "decided",
            f.outcomeEdit.toPlainText(),
            self.people.checked(0),
            self.people.checked(1),
        )

    def _show_discomfort(self, value: int) -> None:
        meaning = _t(DISCOMFORT_WORDS[value])
        self.form.discomfortValue.setText(f"{value} · {meaning}")
        self.form.discomfortSlider.setToolTip(
            self.tr("{value} of 5: {meaning}").format(value=value, meaning=meaning)
        )

    def _show_consulted(self) -> None:
        consulted = self.people.checked_people(0)
        changed = self.people.checked_people(1)
        f = self.form
        uncomfortable = f.discomfortSlider.value() >= UNCOMFORTABLE and f.openRadio.isChecked()
        if not consulted and uncomfortable and self._callers is None:
            self._ask_callers()
        if not consulted and uncomfortable and self._callers:
            saved = self._current is not None  # a call can be logged about a saved decision
            log_call = html.escape(self.tr("log the call"))
            names = "".join(
                f'<br>• <a href="consult:{p.id}">{html.escape(p.name)}</a> ({html.escape(why)})'
                + (f' · <a href="log:{p.id}">{log_call}</a>' if saved else "")
                for p, why in self._callers
            )
            text = self.tr(
                "Nobody consulted yet on an uncomfortable decision. Whom to call:{names}"
            ).format(names=names) + (
                self.tr(
                    "<br>Click a name to tick them as consulted, or log the call as a "
                    "conversation about this decision."
                )
                if saved
                else self.tr("<br>Click a name to tick them as consulted.")
            )
        elif not consulted:
            text = self.tr("Nobody consulted yet: tick the people you asked.")
        else:
            text = self.tr("Consulted: {people}.").format(people=people_links(consulted))
            text += (
                self.tr("<br>Changed your framing: {people}.").format(people=people_links(changed))
                if changed
                else self.tr("<br>Nobody changed your framing yet: tick them in the second column.")
            )
        self.form.consultedSummary.setText(text)

    def _on_link(self, link: str) -> None:
        if link.startswith("person:"):
            self.personActivated.emit(int(link.split(":", 1)[1]))
        elif link.startswith("log:") and self._current is not None:
            self.logCall.emit(int(link.split(":", 1)[1]), self._current)
        elif link.startswith("consult:"):
            ident = int(link.split(":", 1)[1])
            consulted = [*self.people.checked(0), ident]
            self.people.set_people(self._everyone, (consulted, self.people.checked(1)))
            self._show_consulted()
            self._on_edited()
