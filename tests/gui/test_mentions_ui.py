"""People found in notes, in the app: a person's "Mentioned in" tab, aliases in the person
dialog, and the entry editor offering the people its note names (asking when a name fits
several). Real journals and widgets; the look-ups run where the app runs them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from helpers import journal_of, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.gui.editor.editor import EntryEditor
from trustjournal.gui.editor.mentions import MentionBar
from trustjournal.gui.people.person_dialog import PersonDialog, split_aliases
from trustjournal.gui.people.person_view import MENTIONS_INDEX, PersonView
from trustjournal.gui.session import Session

DAY = dt.date(2026, 5, 4)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def cast(session: Session) -> dict[str, int]:
    journal = journal_of(session)
    people = {
        "Nadia Perez": ("Nad",),
        "Sam Ortiz": (),
        "Sam Lee": (),
        "Omar Said": (),
        "Mohammed Jalali": ("Mo",),
    }
    return {name: journal.add_person(PersonDraft(name, aliases=a)).id for name, a in people.items()}


def talk(session: Session, people: tuple[int, ...], note: str, day: int = 0) -> int:
    draft = ConversationDraft(people, DAY + dt.timedelta(days=day), "call", note)
    return journal_of(session).add_conversation(draft).id


# -- the person page -----------------------------------------------------------------------------


def page(qtbot: QtBot, session: Session, person: int) -> PersonView:
    view = PersonView(session)
    qtbot.addWidget(view)
    view.resize(940, 760)
    view.show()
    with qtbot.waitSignal(view.mentionsLoaded, timeout=10_000):
        view.show_person(person)
    return view


def test_mentioned_in_lists_others_conversations_newest_first(
    qtbot: QtBot, session: Session, cast: dict[str, int]
) -> None:
    nadia, omar = cast["Nadia Perez"], cast["Omar Said"]
    older = talk(session, (omar,), "Omar says Nadia Perez challenged the plan.", 1)
    newer = talk(session, (cast["Sam Ortiz"],), "Nad's numbers came up.", 2)
    talk(session, (nadia,), "Nadia herself.", 3)  # hers: the timeline has it
    talk(session, (omar,), "Sam was there.", 4)  # nobody's for certain
    view = page(qtbot, session, nadia)
    assert view.tabs.tabText(MENTIONS_INDEX) == "Mentioned in (2)"
    model = view.mentions_model
    assert [model.record(r).id for r in range(model.rowCount())] == [newer, older]
    text = model.index(1).data()
    assert "with Omar Said" in text  # whose conversation it was
    assert not view.mentions_view.isHidden() and view.mentions_empty.isHidden()

    view.tabs.setCurrentIndex(MENTIONS_INDEX)
    view.mentions_view.setCurrentIndex(model.index(0))
    with qtbot.waitSignal(view.conversationActivated) as opened:
        view.mentions_view.activated.emit(model.index(0))
    assert opened.args == [newer]


def test_mentioned_in_says_so_when_nobody_mentions_them(
    qtbot: QtBot, session: Session, cast: dict[str, int]
) -> None:
    view = page(qtbot, session, cast["Sam Lee"])
    talk(session, (cast["Omar Said"],), "Sam was quiet.")  # a shared first name: not him
    assert view.tabs.tabText(MENTIONS_INDEX) == "Mentioned in (0)"
    assert "No conversation with someone else mentions Sam Lee" in view.mentions_empty.text()
    with qtbot.waitSignal(view.mentionsLoaded, timeout=10_000):  # a change refreshes the page
        talk(session, (cast["Omar Said"],), "Sam Lee was sharp.", 1)
    assert view.tabs.tabText(MENTIONS_INDEX) == "Mentioned in (1)"


def test_locking_empties_the_mentions(qtbot: QtBot, session: Session, cast: dict[str, int]) -> None:
    talk(session, (cast["Omar Said"],), "Mo was candid.")
    view = page(qtbot, session, cast["Mohammed Jalali"])
    assert view.mentions_model.rowCount() == 1
    view.clear()
    assert view.mentions_model.rowCount() == 0
    assert view.tabs.tabText(MENTIONS_INDEX) == "Mentioned in"


# -- aliases in the person dialog ---------------------------------------------------------------


def test_split_aliases() -> None:
    assert split_aliases(" Mo, MJ ;; the Admiral ,") == ("Mo", "MJ", "the Admiral")
    assert split_aliases("") == ()


def test_the_dialog_edits_aliases_and_refuses_another_persons_name(
    qtbot: QtBot, session: Session, cast: dict[str, int]
) -> None:
    journal = journal_of(session)
    dialog = PersonDialog(session, journal.person(cast["Mohammed Jalali"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.aliases_edit.text() == "Mo"
    dialog.aliases_edit.setText("Mo, Omar Said")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog))
    assert "another person's full name" in dialog.error_label.text()
    assert dialog.aliases_edit.hasFocus()
    dialog.aliases_edit.setText("Mo, MJ, mo")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    assert journal.person(cast["Mohammed Jalali"]).aliases == ("Mo", "MJ")


# -- the editor ---------------------------------------------------------------------------------


@pytest.fixture
def editor(session: Session, qtbot: QtBot, cast: dict[str, int]) -> Iterator[EntryEditor]:
    widget = EntryEditor(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.opened, timeout=5000):
        widget.new_conversation([cast["Omar Said"]])
    yield widget


def write(qtbot: QtBot, editor: EntryEditor, note: str) -> MentionBar:
    """Type a note and wait for the bar to have looked at it (no sleeping)."""
    bar = editor.mentions
    with qtbot.waitSignal(bar.offersChanged, timeout=5000, raising=False):
        editor.ui.noteEdit.setFocus()
        qtbot.keyClicks(editor.ui.noteEdit, note)
    qtbot.waitUntil(lambda: not bar._timer.isActive())
    return bar


def buttons(bar: MentionBar) -> list[str]:
    return [b.text() for b in bar.findChildren(QPushButton) if b.isVisibleTo(bar)]


def chips(editor: EntryEditor) -> list[str]:
    return [c.label.text() for c in editor.ui.peoplePicker.chips()]


def test_the_editor_offers_a_person_the_note_names(
    qtbot: QtBot, editor: EntryEditor, session: Session
) -> None:
    bar = write(qtbot, editor, "Nadia's plan and Omar agreed.")
    qtbot.waitUntil(lambda: bar.offers() == [("Nadia", ("Nadia Perez",))])
    assert bar.isVisibleTo(editor)  # Omar is a participant already: not offered
    assert buttons(bar) == ["Add as participant"]
    with qtbot.waitSignal(editor.ui.peoplePicker.changed):
        qtbot.mouseClick(bar.findChildren(QPushButton)[0], LEFT)
    assert chips(editor) == ["Omar Said", "Nadia Perez"]
    assert bar.offers() == [] and not bar.isVisibleTo(editor)
    assert editor.is_dirty()
    editor.save()
    settle(qtbot, session)
    [saved] = journal_of(session).conversations()
    assert [p.name for p in saved.people] == ["Nadia Perez", "Omar Said"]


def test_an_ambiguous_name_asks_and_never_guesses(
    qtbot: QtBot, editor: EntryEditor, cast: dict[str, int]
) -> None:
    bar = write(qtbot, editor, "Sam pushed back hard.")
    qtbot.waitUntil(lambda: bar.offers() == [("Sam", ("Sam Lee", "Sam Ortiz"))])
    assert chips(editor) == ["Omar Said"]  # nothing added without a click
    assert buttons(bar) == ["Sam Lee", "Sam Ortiz"]  # in name order
    lee = next(b for b in bar.findChildren(QPushButton) if b.text() == "Sam Lee")
    qtbot.mouseClick(lee, LEFT)
    assert chips(editor) == ["Omar Said", "Sam Lee"]
    assert bar.offers() == []  # one of them is there now: the question is answered


def test_a_dismissed_offer_stays_dismissed_for_the_entry(qtbot: QtBot, editor: EntryEditor) -> None:
    bar = write(qtbot, editor, "Mo called. ")
    qtbot.waitUntil(lambda: bar.offers() == [("Mo", ("Mohammed Jalali",))])
    qtbot.mouseClick(bar.findChildren(QToolButton)[0], LEFT)
    assert bar.offers() == []
    write(qtbot, editor, "Mo again, and Nadia Perez.")
    qtbot.waitUntil(lambda: bar.offers() == [("Nadia Perez", ("Nadia Perez",))])
    assert chips(editor) == ["Omar Said"]
    with qtbot.waitSignal(editor.opened, timeout=5000):  # the entry afresh: offers afresh
        editor.discard_draft()
    assert editor.ui.noteEdit.toPlainText() == ""
    write(qtbot, editor, "Mo called.")
    qtbot.waitUntil(lambda: bar.offers() == [("Mo", ("Mohammed Jalali",))])


def test_locking_forgets_the_offers(qtbot: QtBot, editor: EntryEditor) -> None:
    bar = write(qtbot, editor, "Nadia called.")
    qtbot.waitUntil(lambda: bar.offers() != [])
    editor.stash()
    assert bar.offers() == [] and not bar.isVisibleTo(editor)
    assert not bar.findChildren(QPushButton)
