"""The "To write up" page and the calendar import preview, as a leader uses them: import a
calendar (made with icalendar's API), see the count on the toolbar, write a meeting up in
the pre-filled editor (the item leaves the inbox once saved), dismiss one, make a retreat a
gathering; and nothing of a meeting reaches the settings, the vault's other files or temp."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path

import calendar_files as cf
import pytest
from helpers import journal_of, settle
from leak_scan import leaks, marker_for
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trustjournal.core.exchange import calendar as ics
from trustjournal.core.records import PersonDraft
from trustjournal.gui.exchange.calendar_dialog import CalendarImportDialog
from trustjournal.gui.inbox.view import EMPTY
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session

TODAY = dt.date.today()


def recent_calendar(title: str = "Weekly with Ana", who: str = "Ana Diaz") -> list[object]:
    """Two meetings last week (Berlin time) and a retreat, all within the last 90 days."""
    day = TODAY - dt.timedelta(days=7)
    ana = cf.address("ana@example.com", who)
    bob = cf.address("bob@example.com", "Bob Stone")
    return [
        cf.event(
            "one",
            title,
            dt.datetime.combine(day, dt.time(9, 30), tzinfo=cf.BERLIN),
            attendees=[cf.me(), ana],
        ),
        cf.event(
            "two",
            "Dinner with Ana and Bob",
            dt.datetime.combine(day + dt.timedelta(days=1), dt.time(19), tzinfo=cf.BERLIN),
            attendees=[cf.me(), ana, bob],
            location="Trattoria Roma",
        ),
        cf.event(
            "three",
            "Leadership retreat",
            day + dt.timedelta(days=2),
            attendees=[cf.me(), ana, bob],
            location="Schloss Elmau",
        ),
    ]


@pytest.fixture
def window(session: Session, qtbot: QtBot) -> MainWindow:
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.resize(1240, 800)
    w.show()
    return w


def imported(window: MainWindow, qtbot: QtBot, tmp_path: Path, *events: object) -> None:
    path = cf.write(tmp_path / "cal.ics", cf.calendar(*(events or recent_calendar())))  # type: ignore[arg-type]
    j = journal_of(window.session)
    j.add_calendar_items([m.item() for m in ics.preview(j, path).new])  # type: ignore[arg-type]
    window.inbox.reload()
    settle(qtbot, window.session)


def test_the_inbox_counts_and_lists_the_meetings(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    journal_of(window.session).add_person(PersonDraft("Ana Diaz"))
    window.inbox.reload()
    settle(qtbot, window.session)
    assert window.app_actions.show_inbox.iconText() == "To write up"
    window.show_inbox()
    assert window.inbox.empty.text() == EMPTY
    assert window.inbox.stack.currentWidget() is window.inbox.empty
    imported(window, qtbot, tmp_path)
    assert window.app_actions.show_inbox.iconText() == "To write up (3)"
    assert window.app_actions.show_inbox.isChecked()
    model = window.inbox.model
    titles = [model.index(i).data() for i in range(model.rowCount())]
    assert titles == ["Leadership retreat", "Dinner with Ana and Bob", "Weekly with Ana"]
    dinner = model.item(1)
    assert dinner is not None
    assert (
        model.index(1)
        .data(Qt.ItemDataRole.ToolTipRole)
        .endswith("Ana Diaz · bob@example.com (not in the journal)")
    )
    # The retreat can become a gathering; the others cannot.
    window.inbox.list.setCurrentIndex(model.index(0))
    assert window.inbox.gathering_button.isVisibleTo(window)
    window.inbox.list.setCurrentIndex(model.index(1))
    assert not window.inbox.gathering_button.isVisibleTo(window)


def test_write_up_opens_the_editor_pre_filled_and_saving_clears_the_item(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    ana = journal_of(window.session).add_person(PersonDraft("Ana Diaz"))
    imported(window, qtbot, tmp_path)
    window.show_inbox()
    model = window.inbox.model
    window.inbox.list.setCurrentIndex(model.index(1))  # the dinner
    editor = window.editor
    with qtbot.waitSignal(editor.opened, timeout=5000):
        qtbot.mouseClick(window.inbox.write_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is editor
    assert [c.id for c in editor.ui.peoplePicker.chosen()] == [ana.id]
    assert editor.ui.dateEdit.date().toPython() == TODAY - dt.timedelta(days=6)
    assert editor.ui.formatCombo.currentData() == "dinner"
    assert not editor.is_dirty()  # nothing typed yet: leaving asks nothing
    editor.ui.noteEdit.setPlainText("She said the launch is slipping.")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    settle(qtbot, window.session)
    [written] = journal_of(window.session).inbox("written")
    assert written.record.title == "Dinner with Ana and Bob"
    assert written.record.conversation_id == saved.args[0]
    assert window.app_actions.show_inbox.iconText() == "To write up (2)"
    # A new conversation afterwards is not mistaken for the write-up.
    window.new_conversation((ana.id,))
    assert window._writing_up is None


def test_dismiss_and_make_a_gathering(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    journal_of(window.session).add_person(PersonDraft("Bob Stone"))
    imported(window, qtbot, tmp_path)
    window.show_inbox()
    page = window.inbox
    page.list.setCurrentIndex(page.model.index(2))  # the weekly
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.session)
    assert page.model.rowCount() == 2
    assert window.app_actions.show_inbox.iconText() == "To write up (2)"
    page.list.setCurrentIndex(page.model.index(0))  # the retreat
    qtbot.mouseClick(page.gathering_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.session)
    assert window.pages.currentWidget() is window.gatherings
    [gathering] = journal_of(window.session).gatherings()
    assert (gathering.name, gathering.place) == ("Leadership retreat", "Schloss Elmau")
    assert [p.name for p in gathering.people] == ["Bob Stone"]
    assert window.app_actions.show_inbox.iconText() == "To write up (1)"
    # The same calendar again brings back neither.
    imported(window, qtbot, tmp_path)
    assert page.model.rowCount() == 1


# -- the import preview --------------------------------------------------------------------


def open_dialog(session: Session, qtbot: QtBot, path: Path) -> CalendarImportDialog:
    dialog = CalendarImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._ticket is None, timeout=10_000)
    return dialog


def test_the_preview_shows_the_meetings_and_adds_the_people_ticked(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    journal_of(session).add_person(PersonDraft("Ana Diaz"))
    path = cf.write(tmp_path / "cal.ics", cf.calendar(*recent_calendar()))
    dialog = open_dialog(session, qtbot, path)
    start, end = dialog.period()
    assert (start, end) == ics.default_period()
    rows = [
        [dialog.meetings.index(r, c).data() for c in range(4)]
        for r in range(dialog.meetings.rowCount())
    ]
    assert [r[2] for r in rows] == [
        "Weekly with Ana",
        "Dinner with Ana and Bob",
        "Leadership retreat",
    ]
    assert rows[1][3] == "Ana Diaz, bob@example.com" and rows[2][1] == "all day"
    assert dialog.import_button.text() == "Import 3 meetings"
    assert dialog.people.rowCount() == 1
    assert dialog.people.index(0).data() == "Bob Stone <bob@example.com>"
    dialog.people.setData(
        dialog.people.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.added is not None and len(dialog.added) == 3
    assert dialog.summary == "3 meetings added to To write up; 1 person added to the journal."
    j = journal_of(session)
    assert [p.name for p in j.people()] == ["Ana Diaz", "Bob Stone"]
    dinner = next(i for i in j.inbox() if i.record.uid == "two")
    assert [p.name for p in dinner.matched] == ["Ana Diaz", "Bob Stone"]
    # Again: nothing new to import.
    again = open_dialog(session, qtbot, path)
    assert again.meetings.rowCount() == 0 and not again.import_button.isEnabled()
    assert "3 already in the inbox" in again.status.text()


def test_a_bad_file_says_why_and_imports_nothing(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "cal.ics"
    path.write_bytes(cf.calendar(*recent_calendar()).to_ical().replace(b"END:VEVENT\r\n", b"", 1))
    dialog = open_dialog(session, qtbot, path)
    assert dialog.error.isVisibleTo(dialog)
    assert "END:VEVENT is missing" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert journal_of(session).calendar_keys() == set()


# -- privacy ---------------------------------------------------------------------------------


@pytest.fixture
def own_temp(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "temp"
    folder.mkdir()
    before = tempfile.tempdir
    tempfile.tempdir = str(folder)
    yield folder
    tempfile.tempdir = before


def test_meetings_reach_only_the_encrypted_journal(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, own_temp: Path
) -> None:
    marker = marker_for("calendar inbox")
    session = window.session
    path = cf.write(tmp_path / "cal.ics", cf.calendar(*recent_calendar(title=marker, who=marker)))
    dialog = open_dialog(session, qtbot, path)
    for row in range(dialog.people.rowCount()):
        dialog.people.setData(
            dialog.people.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.apply()
    window.show_inbox()
    window.inbox.reload()
    settle(qtbot, session)
    assert window.inbox.model.rowCount() == 3
    window.save_geometry()
    session.config.qsettings.sync()
    session.lock()
    settle(qtbot, session)
    assert window.inbox.model.rowCount() == 0  # locking forgets them
    settings = Path(session.config.qsettings.fileName())
    assert settings.is_file() and settings.parent == tmp_path / "settings"
    blobs = {str(p): p.read_bytes() for p in settings.parent.rglob("*") if p.is_file()}
    vault = session.path
    for p in vault.rglob("*"):
        if p.is_file() and not p.name.startswith("journal.db"):
            blobs[str(p)] = p.read_bytes()
    for p in own_temp.rglob("*"):
        if p.is_file():
            blobs[str(p)] = p.read_bytes()
    assert blobs  # the header and lock file at least
    assert leaks(blobs, marker) == []
    # The journal's own file is encrypted: the marker is not in it either.
    db = {str(p): p.read_bytes() for p in vault.glob("journal.db*")}
    assert leaks(db, marker) == []


def test_file_import_opens_the_calendar_preview_for_an_ics_file(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    from icalendar import Calendar
    from PySide6.QtWidgets import QWidget

    from trustjournal.gui.exchange.import_flow import ImportFlow

    calendar = Calendar()
    calendar.add("prodid", "-//test//EN")
    calendar.add("version", "2.0")
    path = tmp_path / "meetings.txt"  # recognised by its content, not its name
    path.write_bytes(calendar.to_ical())
    window = QWidget()
    qtbot.addWidget(window)
    flow = ImportFlow(session, window)
    flow.open(path)
    qtbot.waitUntil(lambda: isinstance(flow.dialog, CalendarImportDialog))
    flow.dialog.reject()
