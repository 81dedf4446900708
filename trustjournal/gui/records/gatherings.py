"""The Gatherings page: retreats, summits and dinner series, and what happened after each.

The list shows every gathering; the editor holds its name, dates, place, note and the
people met there, and above them its follow-up state from `core/judgement/followup.py`: the verdict
in one sentence ("Built relationships: you kept talking with 2 of 3 people you met") and,
for each person met, the conversations since ("3 conversations since · last 2 weeks ago").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QWidget

from trustjournal.core.errors import NotFound
from trustjournal.core.judgement import followup
from trustjournal.core.judgement.followup import FollowUp, PersonFollowUp, Verdict
from trustjournal.core.judgement.signals import is_honest
from trustjournal.core.judgement.ties import CADENCE_DAYS
from trustjournal.core.records import Change, GatheringDraft, GatheringRecord, Undo
from trustjournal.gui.common.dates import day_range, from_qdate, short_day, to_qdate
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.lists import AnyIndex
from trustjournal.gui.common.roles import (
    DETAIL_ROLE,
    FILTER_TEXT_ROLE,
    KEPT_TALKING_ROLE,
    PERSON_ID_ROLE,
    RECORD_ID_ROLE,
    SORT_DATE_ROLE,
    TITLE_ROLE,
)
from trustjournal.gui.common.rows import RowsModel
from trustjournal.gui.common.style import (
    SPACING,
    setup_form,
    style_heading,
    style_muted,
    style_section,
)
from trustjournal.gui.common.theme import mix
from trustjournal.gui.forms.ui_gathering_editor import Ui_GatheringEditor
from trustjournal.gui.records.people_picker import PeopleChecklistModel, wire_people_picker
from trustjournal.gui.records.record_list import RecordDelegate
from trustjournal.gui.records.record_page import RecordPage
from trustjournal.gui.session import Session

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

FOLLOW_UP_ROWS_SHOWN = 6  # the follow-up list grows to this many rows, then scrolls


def dates_text(start: dt.date, end: dt.date | None) -> str:
    """'24–26 Jan 2026', '30 Jan – 2 Feb 2026', '7 Mar 2026'."""
    return day_range(start, end or start)


# -- models -------------------------------------------------------------------------------


class GatheringsModel(RowsModel[GatheringRecord]):
    """Every gathering, newest first."""

    def people_count(self, count: int) -> str:
        if count == 0:
            return self.tr("nobody recorded as met")
        return self.tr("%n people met", "", count)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        g = self._at(index)
        if g is None:
            return None
        where = f"  ·  {g.place}" if g.place else ""
        if role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE):
            return g.name
        if role == DETAIL_ROLE:
            return (
                f"{dates_text(g.start_date, g.end_date)}{where}\n{self.people_count(len(g.people))}"
            )
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            place = f", {g.place}" if g.place else ""
            return (
                f"{g.name}. {dates_text(g.start_date, g.end_date)}{place}; "
                f"{self.people_count(len(g.people))}"
            )
        if role == RECORD_ID_ROLE:
            return g.id
        if role == SORT_DATE_ROLE:
            return f"{g.start_date.isoformat()}#{g.id:09d}"
        if role == FILTER_TEXT_ROLE:
            return " ".join([g.name, g.place, *(p.name for p in g.people)])
        return None


class FollowUpModel(RowsModel[PersonFollowUp]):
    """Each person met at one gathering, and the conversations since."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._as_of = dt.date.today()

    def set_follow_up(self, result: FollowUp | None, as_of: dt.date) -> None:
        self._as_of = as_of
        self.set_rows(result.people if result else [])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self._at(index)
        if p is None:
            return None
        summary = p.summary(self._as_of)
        kept = self.tr("Kept talking")
        detail = f"{kept}  ·  {summary}" if p.kept_talking else summary
        if role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE):
            return p.person.name
        if role == DETAIL_ROLE:
            return detail
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{name}: {detail}. Press Enter to open.").format(
                name=p.person.name, detail=detail
            )
        if role == PERSON_ID_ROLE:
            return p.person.id
        if role == KEPT_TALKING_ROLE:
            return p.kept_talking
        return None


# -- the page -----------------------------------------------------------------------------


def follow_up_of(journal: Journal, record: GatheringRecord, as_of: dt.date) -> tuple[FollowUp, int]:
    """A saved gathering's follow-up state, and the cadence it was judged with (on the
    journal worker)."""
    after = followup.ended(record) + dt.timedelta(days=1)
    dates: dict[int, list[dt.date]] = {}
    honest: dict[int, list[dt.date]] = {}
    for ref in record.people:
        talks = journal.conversations(person_id=ref.id, since=after, until=as_of)
        dates[ref.id] = [c.date for c in talks]
        honest[ref.id] = [c.date for c in talks if is_honest(c.signals)]
    cadence = journal.tie_settings().cadence_days
    result = followup.follow_up(record, dates, as_of, honest_by_person=honest, cadence_days=cadence)
    return result, cadence


class GatheringsView(RecordPage[GatheringRecord, GatheringDraft]):
    """The gatherings list beside the editor and follow-up; see the module docstring."""

    followed = Signal(int)  # the follow-up of the gathering shown has arrived and is shown

    KIND = "gathering"
    WORDS: ClassVar[dict[str, str]] = {
        "title": QT_TRANSLATE_NOOP("GatheringsView", "Gatherings"),
        "new": QT_TRANSLATE_NOOP("GatheringsView", "&New gathering"),
        "new_name": QT_TRANSLATE_NOOP("GatheringsView", "New gathering"),
        "filter_name": QT_TRANSLATE_NOOP("GatheringsView", "Filter gatherings"),
        "list_name": QT_TRANSLATE_NOOP("GatheringsView", "Gatherings list"),
        "count_name": QT_TRANSLATE_NOOP("GatheringsView", "How many gatherings"),
        "editor_name": QT_TRANSLATE_NOOP("GatheringsView", "Gathering"),
        "record": QT_TRANSLATE_NOOP("GatheringsView", "Record a gathering"),
        "record_name": QT_TRANSLATE_NOOP("GatheringsView", "Record a new gathering"),
        "problem_name": QT_TRANSLATE_NOOP("GatheringsView", "Problem with this gathering"),
        "delete_name": QT_TRANSLATE_NOOP("GatheringsView", "Delete this gathering"),
        "save_name": QT_TRANSLATE_NOOP("GatheringsView", "Save this gathering"),
        "unsaved_title": QT_TRANSLATE_NOOP("GatheringsView", "Unsaved gathering — TrustJournal"),
        "unsaved_text": QT_TRANSLATE_NOOP(
            "GatheringsView", "This gathering has changes that are not saved."
        ),
        "this": QT_TRANSLATE_NOOP("GatheringsView", "this gathering"),
        "delete_title": QT_TRANSLATE_NOOP("GatheringsView", "Delete gathering — TrustJournal"),
        "delete_question": QT_TRANSLATE_NOOP("GatheringsView", "Delete the gathering “{name}”?"),
        "deleted": QT_TRANSLATE_NOOP("GatheringsView", "Deleted the gathering “{name}”."),
    }
    NEW_TIP = QT_TRANSLATE_NOOP("GatheringsView", "Record a retreat, conference or dinner series")
    FILTER_HINT = QT_TRANSLATE_NOOP("GatheringsView", "Filter by name, place or person…")
    LIST_EMPTY = QT_TRANSLATE_NOOP(
        "GatheringsView",
        "No gatherings yet.\n\nRecord a retreat, a summit or a dinner series and who you "
        "met there, to see what happens after.",
    )
    EDITOR_EMPTY = QT_TRANSLATE_NOOP(
        "GatheringsView", "Pick a gathering on the left to see\nwho you kept talking to afterwards."
    )
    DELETE_WARNING = QT_TRANSLATE_NOOP(
        "GatheringsView",
        "The people and conversations stay in the journal; conversations linked to it "
        "become unlinked. You can undo this until you lock the journal or quit.",
    )
    NAME_FIELD = "name"
    SIZES = (360, 560)
    draft_type = GatheringDraft

    model: GatheringsModel

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        session.settings_changed.connect(self._refresh_follow_up)

    def _count_text(self, rows: Sequence[GatheringRecord]) -> str:
        return self.tr("%n gatherings", "", len(rows))

    def _make_models(self) -> None:
        self.last_follow_up: FollowUp | None = None
        self._cadence = CADENCE_DAYS  # the journal's, as of the last follow-up read
        self.model = GatheringsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FILTER_TEXT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_DATE_ROLE)
        self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        self.people = PeopleChecklistModel((self.tr("Met there"),), self)
        self.follow_model = FollowUpModel(self)

    # -- building

    def _build_form(self, body: QWidget) -> None:
        self.form = Ui_GatheringEditor()
        setup_form(self.form, body)
        f = self.form
        style_heading(f.heading, "heading")
        f.heading.setTextFormat(Qt.TextFormat.PlainText)
        for label in (f.followUpLabel, f.detailsLabel, f.peopleLabel):
            style_section(label)
        f.editorLayout.insertSpacing(f.editorLayout.indexOf(f.detailsLabel), SPACING)
        verdict_font = QFont(f.verdictLabel.font())
        verdict_font.setPointSizeF(verdict_font.pointSizeF() * 1.2)
        verdict_font.setBold(True)
        f.verdictLabel.setFont(verdict_font)
        f.verdictLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.verdictDetail.setTextFormat(Qt.TextFormat.PlainText)
        style_muted(f.verdictDetail)
        f.startEdit.setDate(to_qdate(dt.date.today()))
        f.endEdit.setDate(to_qdate(dt.date.today()))
        f.followUpView.setModel(self.follow_model)
        f.followUpView.setItemDelegate(RecordDelegate(f.followUpView))
        f.followUpView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        f.followUpView.activated.connect(self._on_follow_up_activated)
        f.followUpView.setFrameShape(QFrame.Shape.StyledPanel)
        f.followUpView.installEventFilter(self)

    def _wire_form(self) -> None:
        f = self.form
        wire_people_picker(self.people, f.peopleFilter, f.peopleView)
        f.peopleView.horizontalHeader().hide()
        f.peopleView.activated.connect(self._on_person_row_activated)
        f.oneDayCheck.toggled.connect(lambda on: f.endEdit.setEnabled(not on))
        for signal in (
            f.nameEdit.textChanged,
            f.startEdit.dateChanged,
            f.endEdit.dateChanged,
            f.oneDayCheck.toggled,
            f.placeEdit.textChanged,
            f.noteEdit.textChanged,
            self.people.checksChanged,
        ):
            signal.connect(self._on_edited)
        f.nameEdit.returnPressed.connect(self.save)
        f.placeEdit.returnPressed.connect(self.save)
        self._style_card()

    def _style_card(self) -> None:
        """The verdict card: a tint of the accent colour, from the palette in use."""
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        self.form.verdictCard.setStyleSheet(
            "#verdictCard { "
            f"background-color: {mix(base, accent, 0.12).name()}; "
            f"border: 1px solid {mix(base, accent, 0.45).name()}; border-radius: 8px; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_card()
        super().changeEvent(event)

    def _name_edit(self) -> QLineEdit:
        edit: QLineEdit = self.form.nameEdit
        return edit

    def _open_focus(self) -> QWidget:
        widget: QWidget = self.form.followUpView
        return widget

    # -- public API

    def new_gathering(self) -> None:
        """Open an empty editor, dated today, with the name focused."""
        self.new_record()

    def show_gathering(self, ident: int) -> None:
        """Show gathering `ident`: its verdict, who you kept talking to, its details."""
        self.show_record(ident)

    def current_gathering(self) -> int | None:
        return self._current

    # -- the journal

    def _read_rows(self, journal: Journal) -> Sequence[GatheringRecord]:
        return journal.gatherings()

    def _reloaded(self) -> None:
        self._refresh_follow_up()

    def _fetch(self, journal: Journal, ident: int) -> GatheringRecord:
        return journal.gathering(ident)

    def _add(self, journal: Journal, draft: GatheringDraft) -> GatheringRecord:
        return journal.add_gathering(draft)

    def _update(self, journal: Journal, ident: int, draft: GatheringDraft) -> GatheringRecord:
        return journal.update_gathering(ident, draft)

    def _delete(self, journal: Journal, ident: int) -> Undo:
        return journal.delete_gathering(ident)

    # -- the editor

    def _clear_form(self) -> None:
        self.last_follow_up = None
        self.follow_model.clear()
        f = self.form
        for edit in (f.nameEdit, f.placeEdit, f.peopleFilter):
            edit.clear()
        f.noteEdit.clear()
        f.heading.setText(self.tr("New gathering"))
        f.verdictLabel.clear()
        f.verdictDetail.clear()

    def _show_record(self, record: GatheringRecord | None) -> None:
        f = self.form
        today = dt.date.today()
        f.heading.setText(record.name if record else self.tr("New gathering"))
        f.nameEdit.setText(record.name if record else "")
        f.startEdit.setDate(to_qdate(record.start_date if record else today))
        one_day = record is not None and record.end_date is None
        f.endEdit.setDate(to_qdate(record.end_date or record.start_date if record else today))
        f.oneDayCheck.setChecked(one_day)
        f.endEdit.setEnabled(not one_day)
        f.placeEdit.setText(record.place if record else "")
        f.noteEdit.setPlainText(record.note if record else "")
        f.peopleFilter.clear()
        met = [p.id for p in record.people] if record else []
        self.people.set_people(self._everyone, (met,))
        f.peopleView.scrollToTop()

    def _loaded(self, record: GatheringRecord | None) -> None:
        self._show_follow_up(record)

    def _fill(self, draft: GatheringDraft) -> None:
        f = self.form
        f.nameEdit.setText(draft.name)
        f.startEdit.setDate(to_qdate(draft.start_date))
        f.oneDayCheck.setChecked(draft.end_date is None)
        f.endEdit.setEnabled(draft.end_date is not None)
        f.endEdit.setDate(to_qdate(draft.end_date or draft.start_date))
        f.placeEdit.setText(draft.place)
        f.noteEdit.setPlainText(draft.note)
        self.people.set_people(self._everyone, (draft.people,))
        self._on_edited()

    def _draft(self) -> GatheringDraft:
        f = self.form
        start = from_qdate(f.startEdit.date())
        return GatheringDraft(
            f.nameEdit.text(),
            start,
            None if f.oneDayCheck.isChecked() else from_qdate(f.endEdit.date()),
            f.placeEdit.text(),
            f.noteEdit.toPlainText(),
            self.people.checked(0),
        )

    def _show_nothing(self) -> None:
        super()._show_nothing()
        self.last_follow_up = None
        self.follow_model.clear()

    # -- the follow-up state

    def _note(self, change: Change) -> bool:
        if change.kind == "conversation":
            self._stale = self._stale or "follow_up"  # a new talk may change who kept talking
            return True
        return super()._note(change)

    def _refresh_part(self, part: str) -> None:
        self._refresh_follow_up()

    def _refresh_follow_up(self) -> None:
        if self._current is None or not self.session.is_open:
            return
        ident = self._current

        def missing(error: BaseException) -> None:
            if not isinstance(error, NotFound):
                raise error
            self._show_follow_up(None)

        self.session.read(lambda j: j.gathering(ident), self._show_follow_up, missing)

    def _show_follow_up(self, record: GatheringRecord | None) -> None:
        f = self.form
        shown = record is not None
        for widget in (f.verdictCard, f.followUpLabel, f.followUpView, f.detailsLabel):
            widget.setVisible(shown)
        if record is None:
            self.last_follow_up = None
            self.follow_model.clear()
            f.verdictLabel.clear()
            f.verdictDetail.clear()
            return
        as_of = dt.date.today()
        self.session.read(
            lambda j: follow_up_of(j, record, as_of),
            lambda found: self._render_follow_up(record.id, found[0], found[1], as_of),
            name="follow-up",
        )

    def _render_follow_up(self, ident: int, result: FollowUp, cadence: int, as_of: dt.date) -> None:
        if ident != self._current:
            return  # another gathering is shown by now
        f = self.form
        self.last_follow_up = result
        self._cadence = cadence
        f.verdictLabel.setText(result.sentence + ".")
        f.verdictDetail.setText(self._explain(result))
        self.follow_model.set_follow_up(result, as_of)
        f.followUpLabel.setVisible(result.met > 0)
        f.followUpView.setVisible(result.met > 0)
        self._fit_follow_up()
        self.followed.emit(ident)

    def _fit_follow_up(self) -> None:
        """Make the follow-up list exactly as tall as its rows (up to a few, then scroll).

        Run again when the list is shown or restyled: the rows' height depends on the
        font the app's style sheet gives it, which is only final once it is polished.
        """
        view = self.form.followUpView
        count = self.follow_model.rowCount()
        rows = max(1, min(count, FOLLOW_UP_ROWS_SHOWN))
        row_height = view.sizeHintForRow(0) if count else 40
        view.setFixedHeight(rows * max(row_height, 1) + 2 * view.frameWidth())
        view.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if count > FOLLOW_UP_ROWS_SHOWN
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form.followUpView and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._fit_follow_up()
        return super().eventFilter(watched, event)

    def _explain(self, result: FollowUp) -> str:
        cadence = self._cadence
        counted = self.tr("Counting conversations after {day}, its last day.").format(
            day=short_day(result.ended)
        )
        if result.verdict is Verdict.TOO_SOON:
            judged = result.ended + dt.timedelta(days=cadence * followup.WAIT_CADENCES)
            return self.tr("Look again after {day}: follow-ups need {days} days to show.").format(
                day=short_day(judged), days=cadence
            )
        if result.verdict is Verdict.NOBODY_RECORDED:
            return self.tr("Tick the people you met in the list below, then save.")
        kept = self.tr(
            "Kept talking means at least {count} conversations, going on past {days} days."
        ).format(count=followup.DIALOGUE_MIN_CONVERSATIONS, days=cadence)
        return f"{counted} {kept}"

    def _on_follow_up_activated(self, index: QModelIndex) -> None:
        ident = index.data(PERSON_ID_ROLE)
        if ident is not None:
            self.personActivated.emit(int(ident))
