"""Signals the note suggests, in the entry editor: shown on their toggles and in the note
while the person writes, accepted or dismissed by the person only, never kept anywhere.

Real widgets, a real journal and the real `trustjournal.core.suggest` engine: nothing is
mocked. Where a test needs to know what the engine finds, it asks `suggest()` itself.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from helpers import PASSPHRASE, journal_of, settle
from leak_scan import leaks, marker_for
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QCheckBox, QMenu, QTextEdit, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from gui.test_editor import edit, new, save, shown_texts, write
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.core.suggest import suggest
from trustjournal.core.suggest.model import sureness
from trustjournal.gui.common import actions, theme, workers
from trustjournal.gui.editor import suggestions as suggestions_module
from trustjournal.gui.editor.editor import EntryEditor
from trustjournal.gui.editor.state import NEW_KEY, from_json
from trustjournal.gui.session import Session

DOUBT = "they_admitted_doubt"
# One sentence a signal, in the words the issue quotes from real notes.
DOUBT_NOTE = "She admitted she has no idea how to handle the reorg."
FAILURE_NOTE = "I told him our launch slipped twice."
INTRO_NOTE = "All he wanted was an intro to our CFO."
NEGATED_NOTE = "She didn't admit any doubt; everything is on track, she said."


@pytest.fixture
def maya(session: Session) -> int:
    return journal_of(session).add_person(PersonDraft("Maya Chen", "CEO, Northwind")).id


@pytest.fixture
def editor(session: Session, qtbot: QtBot) -> Iterator[EntryEditor]:
    widget = EntryEditor(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def engine(note: str, people: Sequence[str] = ()) -> set[str]:
    """What the engine itself suggests for `note`."""
    return {s.signal for s in suggest(note, people)}


def suggested(editor: EntryEditor) -> frozenset[str]:
    return editor.signals.suggested()


def wait_suggested(qtbot: QtBot, editor: EntryEditor, *codes: str) -> None:
    """Wait (past the pause in typing) until every one of `codes` is suggested."""
    qtbot.waitUntil(lambda: set(codes) <= suggested(editor), timeout=3000)


def marked(editor: EntryEditor) -> list[str]:
    """The words marked in the note."""
    return [s.cursor.selectedText() for s in editor.ui.noteEdit.extraSelections()]


def words_of(note: str, code: str) -> set[str]:
    """The words the engine gives as evidence of `code` in `note`."""
    return {e.text for s in suggest(note, ["Maya Chen"]) if s.signal == code for e in s.evidence}


def typed_note(qtbot: QtBot, editor: EntryEditor, maya: int, note: str) -> None:
    new(qtbot, editor, [maya])
    write(qtbot, editor, note)


# -- showing ----------------------------------------------------------------------------------


def test_typing_a_note_marks_its_signals_suggested_not_ticked_and_its_words_in_the_note(
    editor: EntryEditor, maya: int, qtbot: QtBot
) -> None:
    assert DOUBT in engine(DOUBT_NOTE, ["Maya Chen"])
    typed_note(qtbot, editor, maya, DOUBT_NOTE)
    wait_suggested(qtbot, editor, DOUBT)
    assert suggested(editor) == engine(DOUBT_NOTE, ["Maya Chen"])
    assert list(editor.suggestions.people()) == ["Maya Chen"]  # who was there, for the engine
    assert editor.signals.checked() == frozenset()  # suggested, never ticked
    box = editor.signals.boxes[DOUBT]
    assert not box.isChecked()
    assert editor.signals.rows[DOUBT].dismiss.isVisible()

    # The words that show it are marked in the note, and quoted wherever it says why.
    [found] = [s for s in suggest(DOUBT_NOTE, ["Maya Chen"]) if s.signal == DOUBT]
    quotes = [e.text for e in found.evidence]
    assert set(quotes) <= set(marked(editor))
    assert all(q in DOUBT_NOTE for q in quotes)
    assert quotes[0] in box.toolTip()
    assert f"\u2018{DOUBT_NOTE}\u2019" in box.toolTip()  # the whole sentence, quoted
    assert quotes[0] in box.accessibleDescription()
    assert "Suggested by your note" in box.accessibleDescription()
    box.setFocus()  # keyboard users see no tooltip: the status line says why
    assert quotes[0][:20] in editor.ui.statusLabel.text()
    assert "Space ticks it" in editor.ui.statusLabel.text()

    button = editor.accept_all_button
    count = len(suggested(editor))
    assert button.isVisible() and button.text() == f"Accept all ({count})"

    # Hovering the marked words in the note names the signal they suggest.
    note = editor.ui.noteEdit
    cursor = note.textCursor()
    cursor.setPosition(DOUBT_NOTE.index(quotes[0]) + 1)
    spot = note.cursorRect(cursor).center()
    QApplication.sendEvent(
        note.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, spot, note.viewport().mapToGlobal(spot)),
    )
    assert "Admitted doubt" in QToolTip.text()
    QToolTip.hideText()


def test_suggestions_wait_for_a_pause_in_typing_and_follow_the_note(
    editor: EntryEditor, maya: int, qtbot: QtBot
) -> None:
    typed_note(qtbot, editor, maya, DOUBT_NOTE)
    assert editor.suggestions.waiting()  # read after a pause in typing, not at each key
    wait_suggested(qtbot, editor, DOUBT)
    assert not editor.suggestions.waiting()
    editor.ui.noteEdit.selectAll()
    write(qtbot, editor, "Weather, golf, the new office.")
    qtbot.waitUntil(lambda: DOUBT not in suggested(editor), timeout=3000)
    assert not editor.signals.rows[DOUBT].dismiss.isVisible()
    assert DOUBT_NOTE[:10] not in editor.signals.boxes[DOUBT].toolTip()


def test_a_long_note_is_read_off_the_gui_thread_and_a_stale_answer_is_dropped(
    editor: EntryEditor, maya: int, qtbot: QtBot
) -> None:
    filler = "We went through the quarterly numbers. " * 80
    note = filler + DOUBT_NOTE
    assert len(note) > suggestions_module.INLINE_LIMIT
    new(qtbot, editor, [maya])
    editor.ui.noteEdit.setPlainText(note)
    editor.suggestions.refresh()  # asks the pool: nothing is shown before the answer
    assert suggested(editor) == frozenset()
    wait_suggested(qtbot, editor, DOUBT)
    assert editor.signals.checked() == frozenset()

    # An answer for text that has changed since is dropped, and a newer reading follows.
    editor.ui.noteEdit.setPlainText(filler + "Weather and golf.")
    editor.suggestions.refresh()
    editor.ui.noteEdit.setPlainText(filler + "Nothing of note.")  # before the answer
    qtbot.waitUntil(lambda: DOUBT not in suggested(editor), timeout=3000)
    workers.wait_for_all()
    QApplication.processEvents()  # any late answer arrives now, and is dropped
    assert suggested(editor) == engine(filler + "Nothing of note.", ["Maya Chen"])


def test_a_negated_note_suggests_nothing_for_that_signal(
    editor: EntryEditor, maya: int, qtbot: QtBot
) -> None:
    assert DOUBT not in engine(NEGATED_NOTE, ["Maya Chen"])
    typed_note(qtbot, editor, maya, NEGATED_NOTE + " " + INTRO_NOTE)
    qtbot.waitUntil(lambda: "transactional" in suggested(editor), timeout=3000)
    assert DOUBT not in suggested(editor)
    assert all("admit" not in words for words in marked(editor))


# -- the person decides ------------------------------------------------------------------------


def test_a_click_on_a_suggestion_accepts_it(editor: EntryEditor, maya: int, qtbot: QtBot) -> None:
    typed_note(qtbot, editor, maya, DOUBT_NOTE)
    wait_suggested(qtbot, editor, DOUBT)
    box = editor.signals.boxes[DOUBT]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert DOUBT not in suggested(editor)
    assert editor.signals.checked() == {DOUBT}
    assert not words_of(DOUBT_NOTE, DOUBT) & set(marked(editor))  # its marks went with it


def test_space_on_a_suggestion_accepts_it_from_the_keyboard(
    editor: EntryEditor, maya: int, qtbot: QtBot
) -> None:
    typed_note(qtbot, editor, maya, DOUBT_NOTE)
    wait_suggested(qtbot, editor, DOUBT)
    # Tab from the note: the Accept all button, then the toggles (a keyboard user's path).
    qtbot.keyClick(editor.ui.noteEdit, Qt.Key.Key_Tab)
    assert editor.accept_all_button.hasFocus()
    box = editor.signals.boxes[DOUBT]
    for _ in range(len(editor.signals.boxes)):
        focused = editor.focusWidget()
        if focused is box or focused is None:
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert DOUBT not in suggested(editor)


def test_accept_all_ticks_every_suggestion_by_its_shortcut_and_its_button(
    editor: EntryEditor, maya: int, qtbot: QtBot
) -> None:
    note = f"{DOUBT_NOTE} {INTRO_NOTE}"
    expected = engine(note, ["Maya Chen"])
    assert {DOUBT, "transactional"} <= expected
    typed_note(qtbot, editor, maya, note)
    wait_suggested(qtbot, editor, *expected)
    assert editor.accept_all_action.shortcut().toString() == "Ctrl+Shift+A"
    assert ("Accept Suggested Signals (in the editor)", "Ctrl+Shift+A") in [
        (f"{s.text} ({s.page})", actions.key_text(s.name)) for s in actions.SPECS if s.page
    ]
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(
        editor.ui.noteEdit,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.signals.checked() == expected
    assert suggested(editor) == frozenset()
    assert not editor.accept_all_button.isVisible()
    assert editor.ui.noteEdit.extraSelections() == []

    # The button does the same, by the keyboard too (Tab from the note, then Space).
    for code in expected:
        editor.signals.boxes[code].setChecked(False)  # unticking says no to each…
    assert suggested(editor) == frozenset()  # …so they are not offered again
    write(qtbot, editor, " " + FAILURE_NOTE)
    more = engine(editor.ui.noteEdit.toPlainText(), ["Maya Chen"]) - expected
    assert "i_shared_failure" in more
    wait_suggested(qtbot, editor, *more)
    qtbot.keyClick(editor.ui.noteEdit, Qt.Key.Key_Tab)
    assert editor.accept_all_button.hasFocus()
    qtbot.keyClick(editor.accept_all_button, Qt.Key.Key_Space)
    assert editor.signals.checked() == more


def test_a_dismissed_suggestion_stays_dismissed_while_typing_more(
    editor: EntryEditor, maya: int, qtbot: QtBot
) -> None:
    note = f"{DOUBT_NOTE} {INTRO_NOTE}"
    typed_note(qtbot, editor, maya, note)
    wait_suggested(qtbot, editor, DOUBT, "transactional")
    box = editor.signals.boxes[DOUBT]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Delete)  # dismissed from the keyboard
    assert DOUBT not in suggested(editor)
    assert not box.isChecked()
    qtbot.mouseClick(editor.signals.rows["transactional"].dismiss, Qt.MouseButton.LeftButton)
    assert "transactional" not in suggested(editor)
    dismissed_words = words_of(note, DOUBT) | words_of(note, "transactional")
    assert not dismissed_words & set(marked(editor))

    write(
        qtbot, editor, " Later she admitted she is unsure about the board, and asked for an intro."
    )
    editor.suggestions.refresh()  # the reading after the pause, now
    assert DOUBT not in suggested(editor)
    assert "transactional" not in suggested(editor)
    assert editor.signals.checked() == frozenset()
    assert editor.suggestions.rejected == {DOUBT, "transactional"}
    assert editor.state().signals == frozenset()


def test_the_context_menu_of_a_suggestion_ticks_or_dismisses_it(
    editor: EntryEditor, maya: int, qtbot: QtBot
) -> None:
    typed_note(qtbot, editor, maya, f"{DOUBT_NOTE} {INTRO_NOTE}")
    wait_suggested(qtbot, editor, DOUBT, "transactional")

    def choose(code: str, text: str) -> None:
        def pick() -> None:
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            [action] = [a for a in menu.actions() if a.text() == text]
            menu.close()
            action.trigger()

        box = editor.signals.boxes[code]
        QTimer.singleShot(0, pick)
        box.customContextMenuRequested.emit(box.rect().center())

    choose(DOUBT, "Dismiss Suggestion")
    assert DOUBT not in suggested(editor) and DOUBT in editor.suggestions.rejected
    choose("transactional", "Tick It")
    assert editor.signals.checked() == {"transactional"}
    assert suggested(editor) == frozenset()


# -- old entries, saving ------------------------------------------------------------------------


def test_an_old_entry_is_offered_only_the_signals_it_lacks(
    editor: EntryEditor, session: Session, maya: int, qtbot: QtBot
) -> None:
    note = f"{DOUBT_NOTE} {INTRO_NOTE}"
    found = engine(note, ["Maya Chen"])
    assert {DOUBT, "transactional"} <= found
    old = journal_of(session).add_conversation(
        ConversationDraft((maya,), dt.date.today(), "dinner", note, (DOUBT,))
    )
    edit(qtbot, editor, old.id)
    # At once, without a keystroke: what the note shows and the entry lacks.
    assert suggested(editor) == found - {DOUBT}
    assert editor.signals.boxes[DOUBT].isChecked()
    assert not editor.is_dirty()  # offering is no change
    assert editor.signals.checked() == {DOUBT}


def test_nothing_is_ticked_without_the_person_and_saving_writes_only_what_was_accepted(
    editor: EntryEditor, session: Session, maya: int, qtbot: QtBot
) -> None:
    note = f"{DOUBT_NOTE} {INTRO_NOTE} {FAILURE_NOTE}"
    typed_note(qtbot, editor, maya, note)
    wait_suggested(qtbot, editor, DOUBT, "transactional")
    assert editor.state().signals == frozenset()
    ident = save(qtbot, editor)
    assert journal_of(session).conversation(ident).signals == ()  # suggestions are not saved
    assert suggested(editor) >= {DOUBT, "transactional"}  # still offered after the save

    qtbot.mouseClick(editor.signals.boxes[DOUBT], Qt.MouseButton.LeftButton)
    save(qtbot, editor)
    assert journal_of(session).conversation(ident).signals == (DOUBT,)


# -- locking and privacy --------------------------------------------------------------------------


def test_dismissals_last_through_the_draft_and_a_lock_and_nowhere_else(
    editor: EntryEditor, session: Session, maya: int, qtbot: QtBot
) -> None:
    note = f"{DOUBT_NOTE} {INTRO_NOTE}"
    typed_note(qtbot, editor, maya, note)
    wait_suggested(qtbot, editor, DOUBT, "transactional")
    editor.signals.rows[DOUBT].dismiss.click()
    session.lock()
    settle(qtbot, session)
    assert suggested(editor) == frozenset()
    session.attach(Journal.open(session.path, PASSPHRASE))
    draft = from_json(journal_of(session).draft(NEW_KEY) or "")
    assert draft is not None and draft.state.rejected == {DOUBT}  # in the encrypted draft
    editor.restore()
    settle(qtbot, session)
    qtbot.waitUntil(lambda: "transactional" in suggested(editor), timeout=3000)
    assert DOUBT not in suggested(editor)

    # An old entry left unchanged has no draft: its dismissals are kept (codes only) in memory.
    ident = save(qtbot, editor)
    edit(qtbot, editor, ident)
    assert "transactional" in suggested(editor)
    editor.signals.rows["transactional"].dismiss.click()
    session.lock()
    settle(qtbot, session)
    session.attach(Journal.open(session.path, PASSPHRASE))
    assert journal_of(session).drafts() == []
    with qtbot.waitSignal(editor.opened, timeout=5000):
        editor.restore()
    assert editor.ui.noteEdit.toPlainText() == note
    assert "transactional" not in suggested(editor)


def test_locking_leaves_no_suggestion_text_anywhere(
    editor: EntryEditor,
    session: Session,
    maya: int,
    qtbot: QtBot,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    marker = marker_for("editor suggestions")
    token = marker.rsplit(" ", 1)[1]
    note = f"She admitted she has no idea how to handle {token}."
    assert DOUBT in engine(note)
    typed_note(qtbot, editor, maya, note)
    wait_suggested(qtbot, editor, DOUBT)
    box = editor.signals.boxes[DOUBT]
    box.setFocus()
    # The quote that says why holds the marker: it is there to be found, until the lock.
    assert token in box.toolTip() and token in box.accessibleDescription()
    assert token in editor.ui.statusLabel.text() or "…" in editor.ui.statusLabel.text()

    session.lock()
    settle(qtbot, session)

    # No widget holds it: text, tooltip, accessible name or description, status line, marks.
    widgets = [editor, *editor.findChildren(QWidget)]
    texts = "\n".join(shown_texts(editor) + [w.accessibleDescription() for w in widgets])
    assert token not in texts
    assert editor.ui.noteEdit.extraSelections() == []
    assert suggested(editor) == frozenset()
    assert editor.suggestions.shown == {} and editor.suggestions.rejected == set()
    assert all(not r.dismiss.isVisible() for r in editor.signals.rows.values())
    assert not editor.accept_all_button.isVisible()
    assert isinstance(box, QCheckBox) and box.toolTip() == box.accessibleDescription()
    # Nor what the engine keeps for speed: the words it read, the word starts it met.
    from trustjournal.core.suggest import engine as suggest_engine
    from trustjournal.core.suggest import features

    low = token.lower()
    assert not any(low in word for _, _, word in features._FEATURES)
    assert not any(low[:5] == head for head in suggest_engine._scanner()._heads)

    # No file (the vault, settings, temp), no log record, no output.
    files = {str(p): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert any(p.endswith("journal.db") for p in files)
    out, err = capfd.readouterr()
    files["log records"] = "\n".join(r.getMessage() for r in caplog.records).encode()
    files["stdout and stderr"] = (out + err).encode()
    assert leaks(files, marker) == []


def test_marks_follow_unicode_beyond_the_basic_plane(
    editor: EntryEditor, maya: int, qtbot: QtBot
) -> None:
    """Qt counts UTF-16 units, Python characters: an emoji before the words must not shift
    the marks."""
    note = f"Dinner 🍷🍷 in Lisbon. {DOUBT_NOTE}"
    new(qtbot, editor, [maya])
    editor.ui.noteEdit.setPlainText(note)
    wait_suggested(qtbot, editor, DOUBT)
    [found] = [s for s in suggest(note, ["Maya Chen"]) if s.signal == DOUBT]
    assert {e.text for e in found.evidence} <= set(marked(editor))


def test_the_marks_take_the_theme_colours_and_follow_a_switch(
    editor: EntryEditor, maya: int, qtbot: QtBot, qapp: QApplication, restore_look: None
) -> None:
    theme.apply_theme(qapp, "light")
    typed_note(qtbot, editor, maya, DOUBT_NOTE)
    wait_suggested(qtbot, editor, DOUBT)

    def fills() -> set[str]:
        selections: list[QTextEdit.ExtraSelection] = editor.ui.noteEdit.extraSelections()
        return {s.format.background().color().name().upper() for s in selections}

    assert fills() == {theme.LIGHT.suggest_bg}
    [form] = {s.format.underlineStyle() for s in editor.ui.noteEdit.extraSelections()}
    assert form == QTextCharFormat.UnderlineStyle.DotLine  # solid only for the one in focus
    theme.apply_theme(qapp, "dark")
    qtbot.waitUntil(lambda: fills() == {theme.DARK.suggest_bg}, timeout=3000)
    button = editor.accept_all_button  # tinted as the toggles it accepts
    qtbot.waitUntil(lambda: theme.DARK.suggest_bg in button.styleSheet().upper())
    assert theme.LIGHT.suggest_bg not in button.styleSheet().upper()


# -- how it looks: light, dark, 2× --------------------------------------------------------------

# Run in a fresh interpreter for 2× (QT_SCALE_FACTOR is read when Qt starts): a suggested
# toggle is drawn in the scheme's tint, its ✕ sits inside its row, its words are not cut.
LOOK = """
import sys
from PySide6.QtWidgets import QApplication
from trustjournal.gui.common import theme
from trustjournal.gui.editor.signals import SignalPanel
app = QApplication([])
theme.apply_theme(app, sys.argv[1])
scheme = theme.SCHEMES[sys.argv[1]]
panel = SignalPanel()
panel.set_columns(1)
panel.resize(300, panel.sizeHint().height())
panel.show()
code = "i_asked_for_help"  # the longest label
panel.set_suggested(code, ("I asked what she would do about the Lisbon office",))
app.processEvents()
row, box = panel.rows[code], panel.boxes[code]
assert row.dismiss.isVisible()
assert row.rect().contains(row.dismiss.geometry()), (row.rect(), row.dismiss.geometry())
assert box.geometry().right() < row.dismiss.geometry().left()
assert box.width() >= box.sizeHint().width(), (box.width(), box.sizeHint())
image = row.grab().toImage()
ratio = image.devicePixelRatio()
pixel = image.pixelColor(int((row.width() - 40) * ratio), int(row.height() / 2 * ratio))
assert pixel.name() == scheme.suggest_bg.lower(), (pixel.name(), scheme.suggest_bg)
print(ratio)
"""


@pytest.mark.parametrize("scale", ["1", "2"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_suggested_toggle_is_tinted_and_uncut_in_light_and_dark_at_1x_and_2x(
    scheme: str, scale: str
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [sys.executable, "-c", LOOK, scheme],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert float(done.stdout.strip()) == float(scale)


# -- learning the leader's own words ----------------------------------------------------------


IDIOM_NOTES = ("MK went wobbly on the raise.", "JB went wobbly about the board.")
IDIOM_NEW = "Maya went wobbly about churn."


def test_saved_entries_teach_the_leaders_own_words_and_later_entries_suggest_them(
    editor: EntryEditor, maya: int, qtbot: QtBot, session: Session
) -> None:
    """The rules do not know "went wobbly"; two entries ticked with doubt teach it, and the
    third entry suggests it, with those words marked. Nothing is ticked for the person."""
    assert DOUBT not in engine(IDIOM_NEW, ["Maya Chen"])
    for note in IDIOM_NOTES:
        typed_note(qtbot, editor, maya, note)
        editor.signals.boxes[DOUBT].click()  # ticked by the person, as they would
        save(qtbot, editor)
        settle(qtbot, session)
    typed_note(qtbot, editor, maya, IDIOM_NEW)
    wait_suggested(qtbot, editor, DOUBT)
    assert editor.signals.checked() == frozenset()
    assert any("wobbly" in words for words in marked(editor))
    learned = journal_of(session).learned()
    assert learned is not None and learned.notes == 2


def test_learning_turned_off_forgets_and_teaches_nothing(
    editor: EntryEditor, maya: int, qtbot: QtBot, session: Session
) -> None:
    journal_of(session).set_learning(False)
    for note in IDIOM_NOTES:
        typed_note(qtbot, editor, maya, note)
        editor.signals.boxes[DOUBT].click()
        save(qtbot, editor)
        settle(qtbot, session)
    typed_note(qtbot, editor, maya, IDIOM_NEW)
    qtbot.waitUntil(lambda: not editor.suggestions.waiting())
    settle(qtbot, session)
    assert DOUBT not in suggested(editor)
    assert journal_of(session).learned() is None


def test_a_less_sure_suggestion_is_drawn_dashed_and_said_possibly(
    editor: EntryEditor, maya: int, qtbot: QtBot
) -> None:
    """A hedge lowers the strength below "strong": the toggle says so in words and in its
    edge, not by colour alone; a plain one stays solid."""
    hedged = "Maybe she admitted she has no idea how to handle the reorg."
    [found] = [s for s in suggest(hedged, ["Maya Chen"]) if s.signal == DOUBT]
    assert sureness(found.strength) != "strong"
    typed_note(qtbot, editor, maya, hedged)
    wait_suggested(qtbot, editor, DOUBT)
    row, box = editor.signals.rows[DOUBT], editor.signals.boxes[DOUBT]
    assert not row.sure and box.toolTip().startswith("Possibly suggested by your note")
    editor.ui.noteEdit.selectAll()
    write(qtbot, editor, DOUBT_NOTE)
    qtbot.waitUntil(lambda: row.sure and row.suggested)
    assert box.toolTip().startswith("Suggested by your note")
