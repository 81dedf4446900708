"""The Reflection page: stepping through quarters, reading the practical test, opening a
person from a name, the written reflection saving itself (and surviving a lock), the calm
empty quarter, and the PDF export with its warning."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE, journal_of, settle, when_modal
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustjournal.core.errors import SaveFailed
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement.quarters import Quarter, last_complete
from trustjournal.core.judgement.ties import FLAG_LABELS, Role
from trustjournal.core.records import ConversationDraft
from trustjournal.gui.app import App
from trustjournal.gui.common import theme
from trustjournal.gui.common.config import Config
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.reflection.doc import (
    QUESTIONS,
    reflection_chunks,
    reflection_html,
    screen_style,
)
from trustjournal.gui.reflection.pdf import (
    ExportDialog,
    PdfOptions,
    default_page_size,
    pdf_metadata_title,
)
from trustjournal.gui.reflection.view import ReflectionView
from trustjournal.gui.session import Session

TODAY = Quarter.of(dt.date.today())
LAST = last_complete(dt.date.today())
MARKER = "walrus-marker-51c2"


@pytest.fixture
def view(demo_session: Session, qtbot: QtBot) -> Iterator[ReflectionView]:
    widget = ReflectionView(demo_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    wait_computed(qtbot, widget)
    yield widget
    settle(qtbot, demo_session)  # nothing reads the journal while the fixture locks it


@pytest.fixture
def window(demo_session: Session, qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow(demo_session)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    yield main
    main.editor.confirm_leave = lambda *_: True  # type: ignore[method-assign]
    settle(qtbot, demo_session)


def wait_computed(qtbot: QtBot, view: ReflectionView) -> None:
    """Until the worker's reflection for the quarter shown is on the page."""
    qtbot.waitUntil(lambda: view.reflection() is not None and not view.rendering(), timeout=10_000)


def deliver_finished_reads(qtbot: QtBot, view: ReflectionView) -> None:
    """Wait for the reads under way to finish, then hand the view every result the journal
    worker sent (queued signals, also those a lock made stale): after this, no late result
    is still on its way, so what the page shows is what it will keep showing."""
    settle(qtbot, view.session)
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def document_text(view: ReflectionView) -> str:
    """What the page shows (the invisible joints between its appended pieces left out)."""
    return view.document.toPlainText().replace("\u200b", "")


def link_point(browser: QTextBrowser, href: str) -> QPoint:
    """Where on the browser's viewport the link `href` is (scrolled into view)."""
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        pieces = block.begin()
        while not pieces.atEnd():
            fragment = pieces.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor).center()
            pieces += 1
        block = block.next()
    raise AssertionError(f"no link {href} in the document")


def texts_under(widget: QWidget) -> list[str]:
    """Every text a widget tree holds, tooltips and accessible descriptions included."""
    found: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QLineEdit):
            found.append(child.text())
        elif isinstance(child, QPlainTextEdit | QTextEdit):
            found.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QAbstractSpinBox):
            found.append(child.text())
        found += [child.toolTip(), child.accessibleDescription()]
    return found


# -- opening and stepping ------------------------------------------------------------------


def test_the_action_opens_the_last_complete_quarter_and_remembers_the_one_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    action = window.app_actions.show_reflection
    assert action.shortcut() == QKeySequence("Ctrl+5")
    assert action.toolTip() == "The quarterly reflection: the practical test, answered"
    assert action in window.toolbar.actions()
    view_menu = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    assert action in view_menu.actions()
    toolbar = window.toolbar.actions()
    assert toolbar.index(action) == toolbar.index(window.app_actions.show_search) + 1

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.reflection
    assert window.pages.currentWidget() is page
    assert action.isChecked()
    wait_computed(qtbot, page)
    assert page.title_label.text() == LAST.title
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.title_label.text() == LAST.previous().title
    window.show_people()
    assert not action.isChecked()
    action.trigger()
    assert page.quarter() == LAST.previous()
    assert page.title_label.text() == LAST.previous().title


def test_step_through_quarters_never_past_today(view: ReflectionView, qtbot: QtBot) -> None:
    assert view.quarter() == LAST
    assert view.title_label.text() == LAST.title
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.title_label.text() == LAST.previous().title
    wait_computed(qtbot, view)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.quarter() == TODAY
    assert view.title_label.text() == f"{TODAY.title} — in progress"
    assert not view.next_button.isEnabled()
    view.step(1)
    qtbot.keyClick(view.document, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.quarter() == TODAY
    view.show_quarter(TODAY.next())  # asked for directly: brought back to today
    assert view.quarter() == TODAY
    wait_computed(qtbot, view)
    assert view.reflection() is not None and view.reflection().in_progress  # type: ignore[union-attr]
    assert "So far:" in view.subtitle_label.text()
    qtbot.keyClick(view.document, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.quarter() == TODAY.previous()


def test_previous_stops_at_the_first_quarter_with_anything_recorded(
    view: ReflectionView, demo_session: Session, qtbot: QtBot
) -> None:
    first = journal_of(demo_session).reflect(LAST).first_quarter
    assert first is not None and first < LAST
    view.show_quarter(first)
    settle(qtbot, demo_session)
    wait_computed(qtbot, view)
    assert not view.previous_button.isEnabled()
    view.step(-1)
    settle(qtbot, demo_session)
    assert view.quarter() == first
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    wait_computed(qtbot, view)
    assert view.previous_button.isEnabled()


def test_a_late_result_for_a_quarter_no_longer_shown_is_dropped(
    view: ReflectionView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_page: list[Quarter] = []  # every quarter the page shows, even for a moment
    display = view._display
    monkeypatch.setattr(view, "_display", lambda r: (on_page.append(r.quarter), display(r)))
    view.show_quarter(LAST.back(2))
    view.show_quarter(LAST.back(3))  # before the first result arrives
    deliver_finished_reads(qtbot, view)
    assert on_page == [LAST.back(3)]  # the quarter left behind never flashes up
    shown = view.reflection()
    assert shown is not None and shown.quarter == LAST.back(3)
    assert view.title_label.text() == LAST.back(3).title


# -- what the page says --------------------------------------------------------------------


def test_the_practical_test_names_the_people_with_their_evidence(
    view: ReflectionView, demo_session: Session
) -> None:
    r = journal_of(demo_session).reflect(LAST)
    text = document_text(view)
    assert any(r.practical_test.values()), "the demo's last quarter answers the test"
    for role in Role:
        assert QUESTIONS[role] in text
        for answer in r.practical_test[role]:
            assert answer.person.name in text
            assert answer.evidence[0].what in text
    for sentence in r.takeaways:
        assert sentence in text
    for decision in r.decisions.uncomfortable:
        assert decision.title in text
    for decision in r.decisions.uncomfortable:
        if decision.alone:  # an open decision is never called made
            assert ("Open, nobody consulted yet" if decision.open else "Decided alone") in text
    assert "Made alone" not in text
    for answer in r.practical_test[Role.CALL_WHEN_UNCOMFORTABLE]:
        assert f"{answer.person.name}  ● {FLAG_LABELS[answer.flag]}" in text
    for note in r.coach:
        assert note.text in text and note.evidence[0] in text
    assert "Questions to sit with" in text and "People who answered" in text
    for g in r.gatherings:
        assert g.name in text
    assert f"{r.conversations.this.total} conversations" in view.subtitle_label.text()
    assert view.chart.months() == r.conversations.months
    assert str(r.conversations.months[-1].counts.total) in view.chart.accessibleDescription()


def test_follow_through_says_which_steps_were_acted_on_and_which_ignored(
    view: ReflectionView, demo_session: Session
) -> None:
    r = journal_of(demo_session).reflect(LAST)
    done = r.follow_through
    assert done.acted and done.ignored and done.set_aside, "the demo's leader used the Next page"
    text = document_text(view)
    assert "\nFollow-through\n" in text
    for sentence in done.sentences():
        assert sentence in text
    assert f"You acted on {len(done.acted)} of {done.total} next steps: " in text
    assert f"Ignored {len(done.ignored)}: " in text
    assert "Set aside 1 as not relevant: try one honest question (" in text
    assert "Your few: 3 of 4 honest (the deep ties you chose to keep)." in text


def test_an_archived_person_is_still_there_and_marked(
    view: ReflectionView, demo_session: Session, qtbot: QtBot
) -> None:
    r = view.reflection()
    assert r is not None
    answer = next(a for answers in r.practical_test.values() for a in answers)
    journal_of(demo_session).set_archived(answer.person.id, True)
    qtbot.waitUntil(lambda: f"{answer.person.name} (archived)" in document_text(view))
    assert answer.evidence[0].what in document_text(view)


def test_clicking_a_name_opens_that_person(
    window: MainWindow, demo_session: Session, qtbot: QtBot
) -> None:
    window.show_reflection()
    page = window.reflection
    wait_computed(qtbot, page)
    r = page.reflection()
    assert r is not None
    answer = next(a for answers in r.practical_test.values() for a in answers)
    point = link_point(page.document, f"person:{answer.person.id}")
    with qtbot.waitSignal(page.personActivated) as activated:
        qtbot.mouseClick(page.document.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert activated.args == [answer.person.id]
    qtbot.waitUntil(lambda: window.person_view.current_person() == answer.person.id)
    assert window.pages.currentWidget() is window.person_view
    assert window.person_view.header.name_label.text() == answer.person.name


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_quarter_shown_piece_by_piece_looks_exactly_as_shown_whole(
    demo_session: Session, qtbot: QtBot, restore_look: None, scheme: str
) -> None:
    """The page appends a long quarter a piece per turn of the event loop (so the window
    never waits for it); the result must be the very same picture as the whole at once."""
    theme.apply_theme(QApplication.instance(), scheme)  # type: ignore[arg-type]
    r = journal_of(demo_session).reflect(LAST)
    whole, pieces = QTextBrowser(), QTextBrowser()
    for browser in (whole, pieces):
        qtbot.addWidget(browser)
        browser.resize(700, 4000)
        browser.show()
    style = screen_style(whole.palette(), whole.font())
    whole.setHtml(reflection_html(r, style))
    first, *rest = reflection_chunks(r, style, size=500)
    assert len(rest) >= 20  # cut in many places
    pieces.setHtml(first)
    for piece in rest:
        cursor = QTextCursor(pieces.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(piece)
    assert pieces.document().size() == whole.document().size()
    assert pieces.grab().toImage() == whole.grab().toImage()


def test_a_quarter_with_nothing_recorded_says_so_calmly(session: Session, qtbot: QtBot) -> None:
    page = ReflectionView(session)
    qtbot.addWidget(page)
    page.show()
    wait_computed(qtbot, page)
    text = document_text(page)
    assert f"Nothing recorded in Q{LAST.number} {LAST.year}" in text
    assert "0 conversations" not in text and "0 %" not in text
    assert "The practical test" not in text
    assert not page.previous_button.isEnabled()  # an empty journal starts today
    assert page.next_button.isEnabled()
    assert page.editor.isEnabled() and page.editor.placeholderText()
    assert not page.chart.isVisible()


def test_a_quarter_before_the_journal_began_is_empty_too(
    view: ReflectionView, qtbot: QtBot
) -> None:
    view.show_quarter(Quarter(2001, 1))
    wait_computed(qtbot, view)
    assert "Nothing recorded in Q1 2001" in document_text(view)


def test_the_page_follows_changes_to_the_journal(
    view: ReflectionView, demo_session: Session, qtbot: QtBot
) -> None:
    view.show_quarter(TODAY)
    settle(qtbot, demo_session)
    wait_computed(qtbot, view)
    before = view.reflection()
    assert before is not None
    person = journal_of(demo_session).people()[0].id
    journal_of(demo_session).add_conversation(
        ConversationDraft(date=dt.date.today(), people=(person,), format="call")
    )
    total = before.conversations.this.total + 1
    qtbot.waitUntil(
        lambda: (
            view.reflection() is not None and view.reflection().conversations.this.total == total
        )  # type: ignore[union-attr]
    )
    assert f"So far: {total} conversations" in view.subtitle_label.text()


# -- the written reflection ------------------------------------------------------------------


def test_typing_saves_the_written_reflection_soon_after(
    view: ReflectionView, demo_session: Session, qtbot: QtBot
) -> None:
    quarter = LAST.back(3)
    view.show_quarter(quarter)
    settle(qtbot, demo_session)
    assert view.editor.toPlainText() == journal_of(demo_session).reflection(str(quarter)).text
    view.editor.clear()
    qtbot.keyClicks(view.editor, "Who did I call? Nobody, twice.")
    assert view.status_label.text() == "Saving…"
    qtbot.waitUntil(
        lambda: (
            journal_of(demo_session).reflection(str(quarter)).text
            == "Who did I call? Nobody, twice."
        )
    )
    qtbot.waitUntil(lambda: view.status_label.text() == "Saved")


def test_switching_quarter_saves_at_once(
    view: ReflectionView, demo_session: Session, qtbot: QtBot
) -> None:
    view.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(view.editor, " And one more thing.")
    expected = view.editor.toPlainText()
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    settle(qtbot, demo_session)
    assert journal_of(demo_session).reflection(str(LAST)).text == expected
    assert (
        view.editor.toPlainText() == journal_of(demo_session).reflection(str(LAST.previous())).text
    )


def test_a_50_kb_paste_is_saved(view: ReflectionView, demo_session: Session, qtbot: QtBot) -> None:
    line = "Honest with Lin about the refinancing, polished with the board again. "
    long_text = (line * (50_000 // len(line) + 1))[:50_000]
    QApplication.clipboard().setText(long_text)
    view.editor.selectAll()
    view.editor.setFocus()
    html_before = view.document.toHtml()
    qtbot.keyClick(view.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.toPlainText() == long_text
    assert view.document.toHtml() == html_before  # typing never re-lays out the document
    qtbot.waitUntil(lambda: journal_of(demo_session).reflection(str(LAST)).text == long_text)


def test_a_refused_save_is_shown_in_place_and_the_text_is_kept(
    view: ReflectionView, demo_session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = demo_session.call(lambda j: j)  # the journal itself, patched where it runs

    def full_disk(quarter: str, text: str) -> object:
        raise SaveFailed("the disk is full", text)

    monkeypatch.setattr(journal, "save_reflection", full_disk)
    view.editor.setPlainText("Words the disk will not take")
    qtbot.waitUntil(lambda: view.save_error.isVisible())
    assert "the disk is full" in view.save_error.text()
    assert view.status_label.text() == "Not saved"
    assert view.editor.toPlainText() == "Words the disk will not take"
    view.step(-1)  # another quarter: the refused text is held in memory, not given up
    settle(qtbot, demo_session)
    assert view.quarter() == LAST.previous()
    assert (
        view.editor.toPlainText() == journal_of(demo_session).reflection(str(LAST.previous())).text
    )
    view.step(1)  # back: the held text returns, and is tried again
    qtbot.waitUntil(lambda: view.save_error.isVisible())
    assert view.editor.toPlainText() == "Words the disk will not take"
    assert view.status_label.text() == "Not saved"
    monkeypatch.undo()
    view.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(view.editor, "!")
    qtbot.waitUntil(
        lambda: (
            journal_of(demo_session).reflection(str(LAST)).text == "Words the disk will not take!"
        )
    )
    qtbot.waitUntil(lambda: not view.save_error.isVisible())


# -- locking ---------------------------------------------------------------------------------


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for PDFs (tmp_path also holds the demo journal)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def app(demo_path: Path, config: Config, qtbot: QtBot) -> Iterator[App]:
    controller = App(demo_path, config)
    controller.start()
    yield controller
    controller.main_window.editor.confirm_leave = lambda *_: True  # type: ignore[method-assign]
    controller.session.lock()
    controller.main_window.close()
    controller.unlock_window.close()


def unlock(app: App, qtbot: QtBot) -> None:
    field = app.unlock_window.ui.passphrase
    field.clear()
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window.isVisible(), timeout=10_000)


def test_lock_empties_the_page_and_unlock_brings_back_the_quarter_and_the_text(
    app: App, qtbot: QtBot
) -> None:
    unlock(app, qtbot)
    window = app.main_window
    journal = journal_of(app.session)
    names = [p.name for p in journal.people()]
    written = journal.reflection(str(LAST)).text
    window.app_actions.show_reflection.trigger()
    page = window.reflection
    wait_computed(qtbot, page)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    wait_computed(qtbot, page)
    page.editor.setPlainText(f"Unsaved thought {MARKER}")
    shown = page.quarter()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not app.session.is_open)

    held = "\n".join(texts_under(page) + texts_under(window))
    assert MARKER not in held
    assert [n for n in names if n in held] == []
    assert page.document.toPlainText() == "" and page.chart.months() == ()
    assert written.splitlines()[0] not in held

    unlock(app, qtbot)
    assert window.pages.currentWidget() is page
    wait_computed(qtbot, page)
    assert page.quarter() == shown
    assert page.title_label.text() == shown.title  # type: ignore[union-attr]
    assert page.editor.toPlainText() == f"Unsaved thought {MARKER}"
    assert journal_of(app.session).reflection(str(shown)).text == f"Unsaved thought {MARKER}"
    assert page.document.toPlainText() != ""


def test_a_result_arriving_after_a_lock_is_dropped(
    view: ReflectionView, demo_session: Session, qtbot: QtBot
) -> None:
    view.show_quarter(LAST.previous())
    demo_session.lock()  # before the reflection arrives
    deliver_finished_reads(qtbot, view)
    assert view.document.toPlainText() == ""
    assert view.title_label.text() == "" and view.reflection() is None
    demo_session.attach(Journal.open(demo_session.path, PASSPHRASE))
    wait_computed(qtbot, view)
    assert view.quarter() == LAST.previous()


# -- PDF -------------------------------------------------------------------------------------


def pdf_title(data: bytes) -> str:
    """The document information dictionary's /Title, decoded."""
    found = re.search(rb"/Title \((.*?)(?<!\\)\)\n", data, re.DOTALL)
    assert found, "the PDF has a /Title"
    raw = re.sub(rb"\\(.)", rb"\1", found.group(1))
    return raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")


def media_box(data: bytes) -> tuple[int, int]:
    found = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert found, "the PDF has a page size"
    return round(float(found.group(1))), round(float(found.group(2)))


def test_export_writes_a_pdf_titled_with_the_quarter(view: ReflectionView, out: Path) -> None:
    target = out / "reflection.pdf"
    assert view.export_to(target, PdfOptions(include_written=True, page_size="A4"))
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_title(data) == pdf_metadata_title(LAST)
    assert str(LAST) in pdf_title(data)
    assert media_box(data) == (595, 842)  # A4, in points
    assert [p.name for p in out.iterdir()] == ["reflection.pdf"]  # no partial file left
    assert view.message_label.isVisible() and "not encrypted" in view.message_label.text()


def test_the_warning_comes_first_and_cancel_writes_nothing(
    view: ReflectionView, out: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(view, "ask_pdf_path", lambda name: asked.append(name) or out / "never.pdf")
    seen: list[str] = []

    def cancel(dialog: ExportDialog) -> None:
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.reject()

    when_modal(ExportDialog, cancel)
    view.export_pdf()
    assert seen and "The PDF is not encrypted." in seen[0]
    assert "Anyone who gets the file can read it" in seen[0]
    assert asked == []
    assert list(out.iterdir()) == []


def test_the_dialog_choices_reach_the_file(
    view: ReflectionView, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "mine.pdf"
    asked: list[str] = []
    monkeypatch.setattr(view, "ask_pdf_path", lambda name: asked.append(name) or target)

    def choose(dialog: ExportDialog) -> None:
        assert not dialog.include_written.isChecked()  # the private part is opt-in
        dialog.include_written.setChecked(True)
        dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
        dialog.export_button.click()

    when_modal(ExportDialog, choose)
    view.export_pdf()
    assert asked == [f"TrustJournal reflection {LAST}.pdf"]
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert media_box(data) == (612, 792)  # Letter, in points


def test_an_unwritable_folder_is_reported_and_leaves_nothing(
    view: ReflectionView, out: Path
) -> None:
    target = out / "missing folder" / "r.pdf"
    assert not view.export_to(target, PdfOptions())
    assert "could not be written" in view.message_label.text()
    assert not target.parent.exists()


@pytest.mark.parametrize(
    ("territory", "size"),
    [("en_US", "Letter"), ("fr_CA", "Letter"), ("en_GB", "A4"), ("de_DE", "A4")],
)
def test_the_page_size_follows_the_locale(territory: str, size: str) -> None:
    assert default_page_size(QLocale(territory)) == size
