"""The entry editor, as a leader uses it: pick people, write, tick signals, save; and
never lose a word (drafts through a lock or a crash, the unsaved-changes prompt, a full
disk, a read-only journal, a 200 KB note). Real journals throughout; the only thing
replaced is the modal question, by `ask_unsaved`, where a test answers it.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from helpers import PASSPHRASE, assess, journal_of, settle, when_modal
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustjournal.core.formats import FORMATS
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import signals
from trustjournal.core.judgement.ties import Flag
from trustjournal.core.records import (
    ConversationDraft,
    DecisionDraft,
    GatheringDraft,
    PersonDraft,
)
from trustjournal.gui.common.config import Config
from trustjournal.gui.common.roles import PERSON_ID_ROLE
from trustjournal.gui.editor import editor as editor_module
from trustjournal.gui.editor import unsaved
from trustjournal.gui.editor.editor import EntryEditor
from trustjournal.gui.editor.state import NEW_KEY
from trustjournal.gui.session import Session

NOTE = "She admitted the reorg is failing and asked what I would do. Café ✓ 信頼"
TODAY = dt.date.today()


# -- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def people(session: Session) -> dict[str, int]:
    journal = journal_of(session)
    return {
        name: journal.add_person(PersonDraft(name, role)).id
        for name, role in (
            ("Maya Chen", "CEO, Northwind"),
            ("Dana Reyes", "COO"),
            ("Mark Osei", "Board member"),
        )
    }


@pytest.fixture
def editor(session: Session, qtbot: QtBot) -> Iterator[EntryEditor]:
    widget = EntryEditor(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def new(qtbot: QtBot, editor: EntryEditor, people: Sequence[int] = ()) -> None:
    """Open a new conversation and wait until it is ready for typing, as a user does."""
    with qtbot.waitSignal(editor.opened, timeout=5000):
        editor.new_conversation(people)


def edit(qtbot: QtBot, editor: EntryEditor, ident: int) -> None:
    with qtbot.waitSignal(editor.opened, timeout=5000):
        editor.edit_conversation(ident)


def chips(editor: EntryEditor) -> list[str]:
    return [c.label.text() for c in editor.ui.peoplePicker.chips()]


def type_name(qtbot: QtBot, editor: EntryEditor, text: str) -> None:
    field = editor.ui.peoplePicker.input
    field.setFocus()
    qtbot.keyClicks(field, text)


def pick_first_suggestion(qtbot: QtBot, editor: EntryEditor) -> None:
    """Down arrow onto the first suggestion, then Enter, as a user does in the popup."""
    popup = editor.ui.peoplePicker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def suggestions(editor: EntryEditor) -> list[str]:
    model = editor.ui.peoplePicker.completer.completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def tick(qtbot: QtBot, editor: EntryEditor, *codes: str) -> None:
    for code in codes:
        box = editor.signals.boxes[code]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)  # keyboard reachable, as promised
        assert box.isChecked()


def write(qtbot: QtBot, editor: EntryEditor, text: str) -> None:
    """Type the ASCII part key by key (QTest types nothing else), paste the rest."""
    field = editor.ui.noteEdit
    field.setFocus()
    typed = text.encode("ascii", "ignore").decode()
    cut = next((i for i, (a, b) in enumerate(zip(text, typed, strict=False)) if a != b), None)
    if cut is None and len(typed) == len(text):
        qtbot.keyClicks(field, text)
        return
    cut = cut if cut is not None else len(typed)
    qtbot.keyClicks(field, text[:cut])
    field.insertPlainText(text[cut:])


def save(qtbot: QtBot, editor: EntryEditor) -> int:
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    ident = saved.args[0]
    assert isinstance(ident, int)
    return ident


def shown_texts(root: QWidget) -> list[str]:
    """Every piece of text a widget tree shows or holds in a model."""
    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QLineEdit | QPushButton | QCheckBox):
            texts.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            texts.append(w.toPlainText())
        if isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        texts.append(w.toolTip())
        texts.append(w.accessibleName())
    for model in root.findChildren(QAbstractItemModel):
        texts.extend(_model_texts(model))
    return texts


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    found.append(value)
    return found


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real full disk, as tests/test_disk_full.py makes one: an 8 MiB tmpfs (root only).

    (That module cannot be imported from here: its `conftest` is tests/conftest.py.)
    """
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("a real full disk needs a Linux tmpfs, mounted as root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", mount_point],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mount -t tmpfs was refused: {mounted.stderr.strip()}")
    try:
        st = os.statvfs(mount_point)
        assert st.f_blocks * st.f_frsize <= 64 * 1024 * 1024, "the tmpfs is not in place"
        yield mount_point
    finally:
        if subprocess.run(["umount", mount_point], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", mount_point], capture_output=True)


def fill(disk: Path) -> Path:
    """Take every free byte of the small disk."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        chunk = 1024 * 1024
        while chunk:
            try:
                os.write(fd, b"\xa5" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
                chunk //= 2
    finally:
        os.close(fd)
    return filler


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[int]:
    asked: list[int] = []

    def ask(parent: QWidget | None) -> QMessageBox.StandardButton:
        asked.append(1)
        return button

    monkeypatch.setattr(editor_module, "ask_unsaved", ask)
    return asked


# -- writing and saving ------------------------------------------------------------------------


def test_a_conversation_written_in_the_editor_is_in_the_journal(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot
) -> None:
    new(qtbot, editor)
    assert editor.ui.titleLabel.text() == "New conversation"
    assert editor.ui.dateEdit.date().toPython() == TODAY
    assert editor.ui.noteEdit.placeholderText() == "What was really said?"
    assert editor.ui.peoplePicker.input.hasFocus()  # nobody chosen yet: start there

    type_name(qtbot, editor, "may")
    assert suggestions(editor) == ["Maya Chen"]
    pick_first_suggestion(qtbot, editor)
    assert chips(editor) == ["Maya Chen"]
    assert editor.ui.peoplePicker.input.text() == ""
    type_name(qtbot, editor, "a")  # Maya is chosen, so no longer suggested
    assert "Maya Chen" not in suggestions(editor)
    assert set(suggestions(editor)) == {"Dana Reyes", "Mark Osei"}
    editor.ui.peoplePicker.input.clear()

    editor.ui.formatCombo.setCurrentIndex(editor.ui.formatCombo.findData("dinner"))
    write(qtbot, editor, NOTE)
    tick(qtbot, editor, "they_shared_failure", "they_admitted_doubt", "i_asked_for_help")
    assert editor.is_dirty()

    ident = save(qtbot, editor)
    saved = journal_of(session).conversation(ident)
    assert [p.name for p in saved.people] == ["Maya Chen"]
    assert saved.note == NOTE
    assert saved.format == "dinner"
    assert saved.date == TODAY
    assert set(saved.signals) == {"they_shared_failure", "they_admitted_doubt", "i_asked_for_help"}
    assert saved.decision_id is None and saved.gathering_id is None
    assert journal_of(session).drafts() == []  # the draft went with the save
    assert not editor.is_dirty()
    assert editor.ui.statusLabel.text().startswith("Saved at")
    assert editor.ui.titleLabel.text() == "Edit conversation"
    assert not editor.ui.errorBanner.isVisible()


def test_ctrl_s_saves(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot
) -> None:
    new(qtbot, editor, [people["Dana Reyes"]])
    assert chips(editor) == ["Dana Reyes"]
    assert editor.ui.noteEdit.hasFocus()  # someone chosen already: straight to the note
    editor.ui.noteEdit.setPlainText("Short and honest.")
    assert editor.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert editor.save_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.ui.noteEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [conversation] = journal_of(session).conversations()
    assert conversation.note == "Short and honest."


def test_linking_a_decision_and_a_gathering(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot
) -> None:
    journal = journal_of(session)
    decision = journal.add_decision(DecisionDraft("Replace the CFO", TODAY, 5))
    gathering = journal.add_gathering(GatheringDraft("CEO retreat", TODAY, place="Chamonix"))
    new(qtbot, editor, [people["Mark Osei"]])
    combo = editor.ui.decisionCombo
    assert combo.itemText(0) == "None"
    assert combo.itemText(1).startswith("Replace the CFO")
    combo.setCurrentIndex(combo.findData(decision.id))
    gatherings = editor.ui.gatheringCombo
    gatherings.setCurrentIndex(gatherings.findData(gathering.id))
    # A decision recorded elsewhere while the editor is open is offered at once.
    later = journal.add_decision(DecisionDraft("Open a Lyon office", TODAY, 2))
    qtbot.waitUntil(lambda: combo.findData(later.id) > 0)
    assert combo.currentData() == decision.id  # and the choice stays
    ident = save(qtbot, editor)
    saved = journal.conversation(ident)
    assert (saved.decision_id, saved.gathering_id) == (decision.id, gathering.id)


def test_format_choices_and_signal_toggles_come_from_the_core(editor: EntryEditor) -> None:
    combo = editor.ui.formatCombo
    assert [combo.itemText(i) for i in range(combo.count())] == list(FORMATS.values())
    assert [combo.itemData(i) for i in range(combo.count())] == list(FORMATS)
    assert list(editor.signals.boxes) == list(signals.CODES)
    for signal in signals.SIGNALS:
        box = editor.signals.boxes[signal.code]
        assert box.text() == signal.label
        assert box.toolTip() == signal.explanation
        assert box.accessibleDescription() == signal.explanation
        assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    titles = [editor.signals.titles[g].text() for g in signals.Group]
    assert titles == [signals.GROUP_LABELS[g] for g in signals.Group]
    # For keyboard users, who see no tooltip, the focused toggle explains itself below.
    box = editor.signals.boxes["they_challenged_framing"]
    box.setFocus()
    QApplication.processEvents()
    assert editor.ui.statusLabel.text() == (
        f"{box.text()}: {signals.BY_CODE['they_challenged_framing'].explanation}"
    )


def test_editing_a_conversation_changes_it(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot
) -> None:
    journal = journal_of(session)
    original = journal.add_conversation(
        ConversationDraft(
            (people["Maya Chen"], people["Dana Reyes"]),
            TODAY - dt.timedelta(days=3),
            "call",
            "First version.",
            signals=("surface_talk",),
        )
    )
    edit(qtbot, editor, original.id)
    assert editor.ui.titleLabel.text() == "Edit conversation"
    assert chips(editor) == ["Dana Reyes", "Maya Chen"]
    assert editor.ui.noteEdit.toPlainText() == "First version."
    assert editor.signals.checked() == {"surface_talk"}
    assert editor.ui.formatCombo.currentData() == "call"
    assert not editor.is_dirty()

    # Remove Dana with her chip's close button, Maya with Backspace; add Mark back.
    dana = next(c for c in editor.ui.peoplePicker.chips() if "Dana" in c.label.text())
    qtbot.mouseClick(dana.close_button, Qt.MouseButton.LeftButton)
    assert chips(editor) == ["Maya Chen"]
    field = editor.ui.peoplePicker.input
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert chips(editor) == []
    type_name(qtbot, editor, "Mark Osei")
    qtbot.keyClick(editor.ui.peoplePicker.completer.popup(), Qt.Key.Key_Return)
    assert chips(editor) == ["Mark Osei"]
    editor.signals.boxes["surface_talk"].setChecked(False)
    tick(qtbot, editor, "they_challenged_framing")
    assert save(qtbot, editor) == original.id
    edited = journal.conversation(original.id)
    assert [p.name for p in edited.people] == ["Mark Osei"]
    assert edited.signals == ("they_challenged_framing",)
    assert len(journal.conversations()) == 1


# -- people ----------------------------------------------------------------------------------


def test_a_new_person_is_offered_and_added_with_the_conversation(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot
) -> None:
    journal = journal_of(session)
    new(qtbot, editor)
    type_name(qtbot, editor, "Priya  Raman")
    qtbot.keyClick(editor.ui.peoplePicker.input, Qt.Key.Key_Return)
    picker = editor.ui.peoplePicker
    assert picker.offer.isVisible()
    assert picker.add_button.text() == "Add ‘Priya Raman’ as a new person"
    assert picker.add_button.hasFocus()  # Enter confirms
    assert chips(editor) == []
    qtbot.keyClick(picker.add_button, Qt.Key.Key_Return)
    assert not picker.offer.isVisible()
    assert chips(editor) == ["Priya Raman (new)"]
    assert journal.person_by_name("Priya Raman") is None  # not before the save

    # A comma adds too; "dan" is only Dana, so she is taken without asking.
    type_name(qtbot, editor, "dan,")
    assert chips(editor) == ["Priya Raman (new)", "Dana Reyes"]
    write(qtbot, editor, "We compared notes on the layoffs.")
    ident = save(qtbot, editor)

    priya = journal.person_by_name("Priya Raman")
    assert priya is not None
    saved = journal.conversation(ident)
    assert {p.name for p in saved.people} == {"Priya Raman", "Dana Reyes"}
    assert chips(editor) == ["Dana Reyes", "Priya Raman"]  # now a person like the others
    # The new person is suggested from now on.
    new(qtbot, editor)
    type_name(qtbot, editor, "pri")
    assert suggestions(editor) == ["Priya Raman"]


def test_declining_a_new_name_adds_nobody(
    editor: EntryEditor, people: dict[str, int], qtbot: QtBot
) -> None:
    new(qtbot, editor)
    type_name(qtbot, editor, "Someone Else")
    qtbot.keyClick(editor.ui.peoplePicker.input, Qt.Key.Key_Return)
    picker = editor.ui.peoplePicker
    assert picker.offer.isVisible()
    qtbot.mouseClick(picker.not_now, Qt.MouseButton.LeftButton)
    assert not picker.offer.isVisible()
    assert chips(editor) == []
    assert picker.input.text() == "Someone Else"  # still there to correct


def test_a_typed_name_left_in_the_field_is_not_lost_on_save(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot
) -> None:
    new(qtbot, editor)
    write(qtbot, editor, NOTE)
    type_name(qtbot, editor, "Ravi Shah")
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert journal_of(session).conversations() == []
    assert editor.ui.errorBanner.isVisible()
    assert "‘Ravi Shah’ is not in your journal yet" in editor.ui.errorLabel.text()
    assert editor.ui.peoplePicker.offer.isVisible()
    qtbot.mouseClick(editor.ui.peoplePicker.add_button, Qt.MouseButton.LeftButton)
    ident = save(qtbot, editor)
    assert [p.name for p in journal_of(session).conversation(ident).people] == ["Ravi Shah"]


def test_chips_can_be_reached_and_removed_from_the_keyboard(
    editor: EntryEditor, people: dict[str, int], qtbot: QtBot
) -> None:
    new(qtbot, editor, [people["Maya Chen"], people["Dana Reyes"], people["Mark Osei"]])
    picker = editor.ui.peoplePicker
    field = picker.input
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Left)  # from the start of the field onto the last chip
    maya, dana, mark = picker.chips()
    assert mark.close_button.hasFocus()
    assert mark.close_button.accessibleName() == "Remove Mark Osei"
    qtbot.keyClick(mark.close_button, Qt.Key.Key_Left)
    assert dana.close_button.hasFocus()
    qtbot.keyClick(dana.close_button, Qt.Key.Key_Delete)
    assert chips(editor) == ["Maya Chen", "Mark Osei"]
    assert maya.close_button.hasFocus()
    qtbot.keyClick(maya.close_button, Qt.Key.Key_Escape)
    assert field.hasFocus()
    assert editor.is_dirty()


def test_three_honest_two_way_conversations_make_an_honest_tie(
    editor: EntryEditor, session: Session, qtbot: QtBot
) -> None:
    for days_ago in (50, 20, 2):
        new(qtbot, editor)
        type_name(qtbot, editor, "Sam Okafor")
        if days_ago == 50:  # the first time, Sam is new
            qtbot.keyClick(editor.ui.peoplePicker.input, Qt.Key.Key_Return)
            qtbot.mouseClick(editor.ui.peoplePicker.add_button, Qt.MouseButton.LeftButton)
        else:  # then Sam is suggested
            pick_first_suggestion(qtbot, editor)
        assert chips(editor)[0].startswith("Sam Okafor")
        editor.ui.dateEdit.setDate(TODAY - dt.timedelta(days=days_ago))
        write(qtbot, editor, f"Honest, both ways ({days_ago} days ago).")
        tick(qtbot, editor, "they_shared_failure", "i_admitted_doubt")
        save(qtbot, editor)

    [sam] = [a for a in assess(session) if a.person.name == "Sam Okafor"]
    assert sam.conversations == 3
    assert sam.flag is Flag.HONEST, sam.reasons


# -- drafts ------------------------------------------------------------------------------------


def test_the_draft_is_kept_as_you_type_and_comes_back_after_a_crash(
    editor: EntryEditor,
    session: Session,
    people: dict[str, int],
    qtbot: QtBot,
    config: Config,
) -> None:
    journal = journal_of(session)
    new(qtbot, editor, [people["Maya Chen"]])
    write(qtbot, editor, NOTE)
    assert journal.draft(NEW_KEY) is None  # not per keystroke…
    qtbot.waitUntil(lambda: journal.draft(NEW_KEY) is not None, timeout=3000)  # …but soon
    qtbot.waitUntil(lambda: "draft kept at" in editor.ui.statusLabel.text())
    assert journal.drafts() == [NEW_KEY]

    # The app dies: no stash, no save. The journal is closed the hard way.
    path = journal.path
    journal.lock()
    settle(qtbot, session)
    again = Session(path, config)
    again.attach(Journal.open(path, PASSPHRASE))
    try:
        fresh = EntryEditor(again)
        qtbot.addWidget(fresh)
        new(qtbot, fresh)
        assert fresh.ui.noteEdit.toPlainText() == NOTE
        assert chips(fresh) == ["Maya Chen"]
        assert fresh.ui.restoredNotice.isVisibleTo(fresh)
        assert fresh.ui.restoredLabel.text().startswith("Restored your unsaved draft")
        assert fresh.is_dirty()
    finally:
        again.lock()
        settle(qtbot, session)


def test_a_draft_survives_lock_and_unlock_and_the_locked_editor_holds_nothing(
    editor: EntryEditor,
    session: Session,
    people: dict[str, int],
    qtbot: QtBot,
) -> None:
    journal = journal_of(session)
    decision = journal.add_decision(DecisionDraft("Close the Lyon office", TODAY, 4))
    new(qtbot, editor)
    type_name(qtbot, editor, "maya")
    qtbot.keyClick(editor.ui.peoplePicker.input, Qt.Key.Key_Return)  # the only match
    type_name(qtbot, editor, "Nadia Okoye,")
    qtbot.keyClick(editor.ui.peoplePicker.add_button, Qt.Key.Key_Return)
    write(qtbot, editor, NOTE)
    tick(qtbot, editor, "they_voiced_regret", "comparable_tradeoffs")
    editor.ui.decisionCombo.setCurrentIndex(editor.ui.decisionCombo.findData(decision.id))
    editor.ui.dateEdit.setDate(TODAY - dt.timedelta(days=1))
    before = editor.state()

    session.lock()  # locking stashes: the draft is written now, not 800 ms later
    settle(qtbot, session)

    texts = "\n".join(shown_texts(editor))
    for secret in ("Maya", "Nadia", "Café", "reorg", "Lyon", "Dana Reyes", "Mark Osei"):
        assert secret not in texts
    assert chips(editor) == []
    assert editor.ui.noteEdit.toPlainText() == ""
    assert editor.ui.noteEdit.document().isUndoAvailable() is False
    assert editor.ui.decisionCombo.count() == 0
    assert not editor.is_dirty()

    session.attach(Journal.open(session.path, PASSPHRASE))
    assert journal_of(session).drafts() == [NEW_KEY]
    editor.restore()
    settle(qtbot, session)
    assert editor.state() == before
    assert chips(editor) == ["Maya Chen", "Nadia Okoye (new)"]
    assert editor.ui.noteEdit.toPlainText() == NOTE
    assert editor.is_dirty()
    ident = save(qtbot, editor)
    assert journal_of(session).conversation(ident).note == NOTE
    assert journal_of(session).drafts() == []


def test_what_the_editor_keeps_reaches_no_file_as_plain_text(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot, tmp_path: Path
) -> None:
    """The vault, the settings folder and the temp folder of this test: no marker, ever."""
    marker = "MARKER-" + secrets.token_hex(8)
    new(qtbot, editor, [people["Maya Chen"]])
    write(qtbot, editor, f"The part I never told the board: {marker}")
    type_name(qtbot, editor, f"Person {marker}")  # typed, not yet added: kept in the draft
    qtbot.waitUntil(lambda: journal_of(session).draft(NEW_KEY) is not None, timeout=3000)
    assert marker in (journal_of(session).draft(NEW_KEY) or "")
    session.lock()
    settle(qtbot, session)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "journal.db" for p in files)
    needles = [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    leaks = [str(p) for p in files for n in needles if n in p.read_bytes()]
    assert leaks == []


def test_an_edit_keeps_its_own_draft(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot
) -> None:
    journal = journal_of(session)
    saved = journal.add_conversation(
        ConversationDraft((people["Dana Reyes"],), TODAY, "call", "As saved.")
    )
    edit(qtbot, editor, saved.id)
    editor.ui.noteEdit.setPlainText("As saved, and more.")
    session.lock()
    settle(qtbot, session)
    session.attach(Journal.open(session.path, PASSPHRASE))
    assert journal_of(session).drafts() == [f"conversation:{saved.id}"]
    editor.restore()
    settle(qtbot, session)
    assert editor.ui.titleLabel.text() == "Edit conversation"
    assert editor.ui.noteEdit.toPlainText() == "As saved, and more."
    assert journal_of(session).conversation(saved.id).note == "As saved."  # not saved yet


def test_discard_draft_goes_back_to_what_was_saved(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot
) -> None:
    new(qtbot, editor, [people["Mark Osei"]])
    editor.ui.noteEdit.setPlainText("A thought I will not keep.")
    editor.stash()  # as on locking, without the lock
    new(qtbot, editor, [people["Mark Osei"]])
    assert editor.ui.restoredNotice.isVisible()
    with qtbot.waitSignal(editor.opened):
        qtbot.mouseClick(editor.ui.discardDraftButton, Qt.MouseButton.LeftButton)
    assert not editor.ui.restoredNotice.isVisible()
    assert editor.ui.noteEdit.toPlainText() == ""
    assert chips(editor) == ["Mark Osei"]
    assert journal_of(session).drafts() == []
    assert not editor.is_dirty()


def test_undoing_every_change_drops_the_draft(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot
) -> None:
    new(qtbot, editor, [people["Mark Osei"]])
    write(qtbot, editor, "x")
    qtbot.waitUntil(lambda: journal_of(session).draft(NEW_KEY) is not None, timeout=3000)
    qtbot.keyClick(editor.ui.noteEdit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: journal_of(session).draft(NEW_KEY) is None, timeout=3000)
    assert not editor.is_dirty()


# -- leaving with unsaved changes --------------------------------------------------------------


def test_cancel_keeps_the_editor_and_its_draft(
    editor: EntryEditor,
    session: Session,
    people: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new(qtbot, editor, [people["Maya Chen"]])
    write(qtbot, editor, NOTE)
    qtbot.waitUntil(lambda: journal_of(session).draft(NEW_KEY) is not None, timeout=3000)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(editor.closed):
        qtbot.mouseClick(editor.ui.closeButton, Qt.MouseButton.LeftButton)
    assert asked == [1]
    assert editor.confirm_leave() is False
    assert editor.ui.noteEdit.toPlainText() == NOTE
    assert journal_of(session).draft(NEW_KEY) is not None


def test_discard_drops_the_draft(
    editor: EntryEditor,
    session: Session,
    people: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new(qtbot, editor, [people["Maya Chen"]])
    write(qtbot, editor, NOTE)
    qtbot.waitUntil(lambda: journal_of(session).draft(NEW_KEY) is not None, timeout=3000)
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(editor.closed):
        qtbot.mouseClick(editor.ui.closeButton, Qt.MouseButton.LeftButton)
    assert journal_of(session).drafts() == []
    assert journal_of(session).conversations() == []
    assert editor.ui.noteEdit.toPlainText() == ""
    new(qtbot, editor)  # nothing to restore
    assert not editor.ui.restoredNotice.isVisible()


def test_save_from_the_prompt_saves(
    editor: EntryEditor,
    session: Session,
    people: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new(qtbot, editor, [people["Maya Chen"]])
    write(qtbot, editor, NOTE)
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    left: list[bool] = []
    with qtbot.waitSignal(editor.saved):
        assert editor.confirm_leave(lambda: left.append(True)) is False  # after the save
    qtbot.waitUntil(lambda: left == [True])
    [saved] = journal_of(session).conversations()
    assert saved.note == NOTE


def test_leaving_a_clean_editor_asks_nothing(
    editor: EntryEditor, people: dict[str, int], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    new(qtbot, editor, [people["Maya Chen"]])
    assert editor.confirm_leave() is True
    assert asked == []


def test_the_unsaved_changes_question(qtbot: QtBot) -> None:
    """The real message box: its title, words and buttons; Escape means Cancel."""
    seen: dict[str, object] = {}

    def respond(box: QMessageBox) -> None:
        seen["title"] = box.windowTitle()
        seen["text"] = box.text()
        seen["buttons"] = box.standardButtons()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    parent = QWidget()
    qtbot.addWidget(parent)
    when_modal(QMessageBox, respond)
    assert unsaved.ask_unsaved(parent) == QMessageBox.StandardButton.Cancel
    assert "TrustJournal" in str(seen["title"])
    assert seen["text"] == unsaved.UNSAVED_TEXT
    assert seen["buttons"] == (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    assert seen["default"] is True


# -- when saving fails ---------------------------------------------------------------------------


def test_invalid_input_is_explained_in_place_and_the_text_stays(
    editor: EntryEditor, session: Session, qtbot: QtBot
) -> None:
    new(qtbot, editor)
    write(qtbot, editor, NOTE)
    with qtbot.assertNotEmitted(editor.saved):
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
        settle(qtbot, session)
    assert editor.ui.errorBanner.isVisible()
    assert editor.ui.errorLabel.text() == "A conversation needs at least one person."
    assert editor.ui.noteEdit.toPlainText() == NOTE
    assert journal_of(session).conversations() == []
    assert journal_of(session).draft(NEW_KEY) is not None  # kept as a draft meanwhile


def test_a_read_only_journal_refuses_and_says_the_draft_failed_too(
    journal: Journal, config: Config, qtbot: QtBot
) -> None:
    maya = journal.add_person(PersonDraft("Maya Chen")).id
    path = journal.path
    journal.lock()
    session = Session(path, config)
    session.attach(Journal.open(path, PASSPHRASE, readonly=True))
    try:
        editor = EntryEditor(session)
        qtbot.addWidget(editor)
        editor.show()
        new(qtbot, editor, [maya])
        write(qtbot, editor, NOTE)
        with qtbot.assertNotEmitted(editor.saved):
            qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
            settle(qtbot, session)
        message = editor.ui.errorLabel.text()
        assert editor.ui.errorBanner.isVisible()
        assert "read-only" in message
        assert "could not be kept as a draft either" in message
        assert "Traceback" not in message
        assert editor.ui.noteEdit.toPlainText() == NOTE
        assert editor.is_dirty()
    finally:
        session.lock()


def test_changes_that_cannot_become_a_draft_survive_a_lock_in_memory_only(
    journal: Journal, config: Config, qtbot: QtBot
) -> None:
    maya = journal.add_person(PersonDraft("Maya Chen")).id
    path = journal.path
    journal.lock()
    session = Session(path, config)
    session.attach(Journal.open(path, PASSPHRASE, readonly=True))
    try:
        editor = EntryEditor(session)
        qtbot.addWidget(editor)
        new(qtbot, editor, [maya])
        write(qtbot, editor, NOTE)
        session.lock()  # the draft cannot be written to a read-only journal
        assert "Maya" not in "\n".join(shown_texts(editor))
        assert editor.ui.noteEdit.toPlainText() == ""
        assert list(path.rglob("*draft*")) == []  # and nothing went to a file instead

        session.attach(Journal.open(path, PASSPHRASE, readonly=True))
        with qtbot.waitSignal(editor.opened):
            editor.restore()
        assert editor.ui.noteEdit.toPlainText() == NOTE
        assert chips(editor) == ["Maya Chen"]
        assert "held in memory" in editor.ui.errorLabel.text()
    finally:
        session.lock()


def test_a_full_disk_keeps_the_text_and_saves_once_there_is_room(
    small_disk: Path, config: Config, qtbot: QtBot
) -> None:
    vault = small_disk / "vault"
    with Journal.create(vault, PASSPHRASE) as journal:
        maya = journal.add_person(PersonDraft("Maya Chen")).id
    session = Session(vault, config)
    session.attach(Journal.open(vault, PASSPHRASE))
    note = "She said the merger scared her more than she admitted; café ✓\n" * 16_000
    try:
        editor = EntryEditor(session)
        qtbot.addWidget(editor)
        editor.show()
        new(qtbot, editor, [maya])
        editor.ui.noteEdit.setPlainText(note)
        tick(qtbot, editor, "they_admitted_doubt")
        filler = fill(small_disk)

        with qtbot.assertNotEmitted(editor.saved):
            qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
            settle(qtbot, session)
        message = editor.ui.errorLabel.text()
        assert editor.ui.errorBanner.isVisible()
        assert message.startswith("Could not save: the disk is full.")
        assert "could not be kept as a draft either (the disk is full)" in message
        assert editor.ui.noteEdit.toPlainText() == note
        assert journal_of(session).conversations() == []

        filler.unlink()
        ident = save(qtbot, editor)
        assert journal_of(session).conversation(ident).note == note
        assert not editor.ui.errorBanner.isVisible()
        assert journal_of(session).drafts() == []
    finally:
        session.lock()


# -- a long note ----------------------------------------------------------------------------------


def test_a_200_kb_note_loads_saves_and_previews_only_when_asked(
    editor: EntryEditor,
    session: Session,
    people: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal = journal_of(session)
    line = "She said the *merger* scared her more than she admitted; **café**, 信頼 ✓\n"
    big = line * (200 * 1024 // len(line.encode()) + 1)
    assert len(big.encode()) > 200 * 1024
    saved = journal.add_conversation(
        ConversationDraft((people["Maya Chen"],), TODAY, "one_on_one", big)
    )
    drafts_written: list[str] = []
    on_worker = session.call(lambda j: j)  # the journal itself, patched where it runs
    real_save_draft = on_worker.save_draft

    def counting_save_draft(key: str, body: str) -> None:
        drafts_written.append(key)
        real_save_draft(key, body)

    monkeypatch.setattr(on_worker, "save_draft", counting_save_draft)

    edit(qtbot, editor, saved.id)
    assert editor.ui.noteEdit.toPlainText() == big
    assert editor.ui.notePreview.toPlainText() == ""  # nothing rendered while writing
    editor.ui.noteEdit.moveCursor(editor.ui.noteEdit.textCursor().MoveOperation.End)
    write(qtbot, editor, " And one more line.")
    assert drafts_written == []  # typing writes nothing…
    qtbot.waitUntil(lambda: drafts_written == [f"conversation:{saved.id}"], timeout=3000)

    qtbot.mouseClick(editor.ui.previewButton, Qt.MouseButton.LeftButton)
    assert editor.ui.noteStack.currentIndex() == 1
    rendered = editor.ui.notePreview.toPlainText()
    assert "merger" in rendered and "*merger*" not in rendered  # Markdown, rendered
    qtbot.mouseClick(editor.ui.writeButton, Qt.MouseButton.LeftButton)
    assert editor.ui.notePreview.toPlainText() == ""

    assert save(qtbot, editor) == saved.id
    assert journal.conversation(saved.id).note == big + " And one more line."


def test_the_preview_reads_no_files(editor: EntryEditor, tmp_path: Path, qtbot: QtBot) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the preview")
    new(qtbot, editor)
    editor.ui.noteEdit.setPlainText(f"![x]({secret.as_uri()}) and [a link](https://example.com)")
    editor.ui.previewButton.setChecked(True)
    preview = editor.ui.notePreview
    assert preview.loadResource(0, secret.as_uri()) is None
    assert "not for the preview" not in preview.toHtml()
    assert not preview.openLinks() and not preview.openExternalLinks()


def test_clear_drops_every_name_and_title(
    demo_session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = EntryEditor(demo_session)
    qtbot.addWidget(editor)
    [conversation, *_] = journal_of(demo_session).conversations()
    edit(qtbot, editor, conversation.id)
    decision_titles = [d.title for d in journal_of(demo_session).decisions()]
    names = [p.name for p in journal_of(demo_session).people()]
    assert editor.ui.decisionCombo.count() == len(decision_titles) + 1
    type_name(qtbot, editor, names[0][:3])
    editor.clear()
    texts = "\n".join(shown_texts(editor))
    for secret in [*names, *decision_titles, conversation.note[:40]]:
        assert secret not in texts
    assert editor.ui.peoplePicker.model.rowCount() == 0
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert editor.confirm_leave() is True  # nothing open, nothing to ask


def test_narrow_editors_put_the_signals_under_the_note(editor: EntryEditor, qtbot: QtBot) -> None:
    new(qtbot, editor)
    editor.resize(1000, 760)
    qtbot.waitUntil(lambda: editor.signals.columns == 1)
    beside = editor.ui.signalsScroll.geometry().left() > editor.ui.noteStack.geometry().right()
    assert beside
    editor.resize(600, 760)
    qtbot.waitUntil(
        lambda: editor.ui.signalsScroll.geometry().top() > editor.ui.noteStack.geometry().bottom()
    )
    assert editor.minimumSizeHint().width() <= 600  # a hidden editor never widens the window


def test_suggestions_leave_out_archived_people_but_their_full_name_still_finds_them(
    editor: EntryEditor, session: Session, people: dict[str, int], qtbot: QtBot
) -> None:
    journal_of(session).set_archived(people["Mark Osei"], True)
    new(qtbot, editor)
    type_name(qtbot, editor, "mar")
    assert "Mark Osei" not in suggestions(editor)
    editor.ui.peoplePicker.input.clear()
    type_name(qtbot, editor, "mark osei")
    qtbot.keyClick(editor.ui.peoplePicker.input, Qt.Key.Key_Return)
    assert chips(editor) == ["Mark Osei"]
    [chip] = editor.ui.peoplePicker.chips()
    assert chip.chosen.id == people["Mark Osei"]
    assert editor.ui.peoplePicker.model.index(0, 0).data(PERSON_ID_ROLE) is not None
