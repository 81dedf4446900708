"""The Search page: typing finds a note and highlights the word, filters narrow, Enter
opens the result, the empty and no-result states speak plainly, clear() leaves nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import journal_of, settle
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtGui import QFont, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.gui.common import theme
from trustjournal.gui.common.roles import HIGHLIGHTS_ROLE, HIT_ID_ROLE, HIT_KIND_ROLE, SNIPPET_ROLE
from trustjournal.gui.search.view import EMPTY_TEXT, SearchHitDelegate, SearchView
from trustjournal.gui.session import Session

TODAY = dt.date.today()


def shown_texts(root: QWidget) -> list[str]:
    """Every piece of text a user could see or a screen reader read under `root`."""
    texts = [w.text() for w in root.findChildren(QLabel)]
    texts += [w.text() for w in root.findChildren(QLineEdit)]
    for combo in root.findChildren(QComboBox):
        texts += [combo.currentText(), *(combo.itemText(i) for i in range(combo.count()))]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for row in range(model.rowCount()):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, SNIPPET_ROLE):
                    texts.append(str(index.data(role) or ""))
    return texts


@pytest.fixture
def journal_ids(session: Session) -> dict[str, int]:
    """Two people, three conversations: one about an escarpment, two about the harbour."""
    j = journal_of(session)
    ana = j.add_person(PersonDraft("Ana Lima")).id
    ben = j.add_person(PersonDraft("Ben Osei")).id
    walk = j.add_conversation(
        ConversationDraft(
            (ana,),
            TODAY - dt.timedelta(days=3),
            "one_on_one",
            "We walked the escarpment and she admitted the merger is failing.",
            ("they_shared_failure",),
        )
    ).id
    harbour_ana = j.add_conversation(
        ConversationDraft(
            (ana,), TODAY - dt.timedelta(days=400), "call", "Harbour project: all going well."
        )
    ).id
    harbour_ben = j.add_conversation(
        ConversationDraft(
            (ben,),
            TODAY - dt.timedelta(days=10),
            "dinner",
            "Ben doubts the harbour plan, and said so.",
            ("they_admitted_doubt",),
        )
    ).id
    return {
        "ana": ana,
        "ben": ben,
        "walk": walk,
        "harbour_ana": harbour_ana,
        "harbour_ben": harbour_ben,
    }


@pytest.fixture
def view(session: Session, journal_ids: dict[str, int], qtbot: QtBot) -> SearchView:
    widget = SearchView(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def hit_ids(view: SearchView) -> list[tuple[str, int]]:
    m = view.results
    return [
        (m.index(r).data(HIT_KIND_ROLE), m.index(r).data(HIT_ID_ROLE)) for r in range(m.rowCount())
    ]


def type_query(qtbot: QtBot, view: SearchView, text: str) -> None:
    view.focus_query()
    qtbot.keyClicks(view.query, text)
    qtbot.waitUntil(lambda: not view._timer.isActive(), timeout=2000)
    settle(qtbot, view.session)  # and the results have arrived


def test_typing_a_word_finds_the_note_and_highlights_it(
    view: SearchView, journal_ids: dict[str, int], qtbot: QtBot
) -> None:
    assert view.message.text() == EMPTY_TEXT
    assert view.stack.currentWidget() is view.message
    type_query(qtbot, view, "escarp")
    assert hit_ids(view) == [("conversation", journal_ids["walk"])]
    assert view.stack.currentWidget() is view.list_view
    index = view.results.index(0)
    snippet = index.data(SNIPPET_ROLE)
    spans = index.data(HIGHLIGHTS_ROLE)
    assert [snippet[start:end] for start, end in spans] == ["escarpment"]

    # What the delegate draws: the matched word in bold, the rest of the snippet not.
    delegate = view.list_view.itemDelegate()
    assert isinstance(delegate, SearchHitDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view.list_view)
    option.font = view.list_view.font()
    doc = delegate._document(option, index, 600)
    plain = doc.toPlainText()
    assert "1:1 with Ana Lima" in plain
    start = plain.index("escarpment")
    cursor = QTextCursor(doc)
    cursor.setPosition(start + 2)
    assert cursor.charFormat().fontWeight() >= QFont.Weight.Bold
    cursor.setPosition(plain.index("walked") + 2)
    assert cursor.charFormat().fontWeight() < QFont.Weight.Bold
    assert view.list_view.sizeHintForRow(0) > 3 * view.fontMetrics().height()


@pytest.mark.parametrize("scheme", ["light", "dark", "high", "high-dark"])
def test_a_selected_hit_keeps_its_words_readable(
    view: SearchView, qtbot: QtBot, qapp: QApplication, restore_look: None, scheme: str
) -> None:
    """On the selected row: the kind and date, the words, and the matched word on its mark
    all keep 4.5:1 (the mark used to be a tint of the selection under white words, 3:1)."""
    theme.apply_theme(qapp, scheme)
    type_query(qtbot, view, "escarp")
    index = view.results.index(0)
    delegate = view.list_view.itemDelegate()
    assert isinstance(delegate, SearchHitDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view.list_view)
    option.font = view.list_view.font()
    option.state |= QStyle.StateFlag.State_Selected
    doc = delegate._document(option, index, 600)
    selection = option.palette.color(QPalette.ColorRole.Highlight)
    plain = doc.toPlainText()
    cursor = QTextCursor(doc)
    for word in ("Conversation", "walked"):  # the muted line, the snippet
        cursor.setPosition(plain.index(word) + 2)
        ink = cursor.charFormat().foreground().color()
        assert theme.contrast_ratio(ink, selection) >= 4.5, (word, ink.name())
    cursor.setPosition(plain.index("escarpment") + 2)
    ink = cursor.charFormat().foreground().color()
    mark = cursor.charFormat().background().color()
    assert theme.contrast_ratio(ink, mark) >= 4.5, (ink.name(), mark.name())


def test_nothing_matches_says_so(view: SearchView, qtbot: QtBot) -> None:
    type_query(qtbot, view, "zeppelin")
    assert view.stack.currentWidget() is view.message
    assert view.message.text() == "Nothing matches \u2018zeppelin\u2019"
    view.query.clear()
    qtbot.waitUntil(lambda: view.message.text() == EMPTY_TEXT, timeout=2000)


def test_filter_by_person_narrows(
    view: SearchView, journal_ids: dict[str, int], qtbot: QtBot
) -> None:
    type_query(qtbot, view, "harbour")
    assert {i for _, i in hit_ids(view)} == {journal_ids["harbour_ana"], journal_ids["harbour_ben"]}
    line = view.person_combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "Ben Osei")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert view.person_id() == journal_ids["ben"]
    settle(qtbot, view.session)
    assert hit_ids(view) == [("conversation", journal_ids["harbour_ben"])]
    assert "only conversations" in view.summary.text()
    view.reset_filters()
    assert view.person_id() is None
    settle(qtbot, view.session)
    assert len(hit_ids(view)) == 2


def test_filter_by_signal_and_dates(
    view: SearchView, journal_ids: dict[str, int], qtbot: QtBot
) -> None:
    type_query(qtbot, view, "harbour")
    view.signal_combo.setCurrentIndex(view.signal_combo.findData("they_admitted_doubt"))
    settle(qtbot, view.session)
    assert hit_ids(view) == [("conversation", journal_ids["harbour_ben"])]
    view.signal_combo.setCurrentIndex(0)
    settle(qtbot, view.session)
    assert len(hit_ids(view)) == 2
    view.since_check.setChecked(True)
    view.since_edit.setDate(TODAY - dt.timedelta(days=30))
    settle(qtbot, view.session)
    assert hit_ids(view) == [("conversation", journal_ids["harbour_ben"])]
    view.since_check.setChecked(False)
    view.until_check.setChecked(True)
    view.until_edit.setDate(TODAY - dt.timedelta(days=30))
    settle(qtbot, view.session)
    assert hit_ids(view) == [("conversation", journal_ids["harbour_ana"])]


def test_down_then_enter_opens_the_result(
    view: SearchView, journal_ids: dict[str, int], qtbot: QtBot
) -> None:
    type_query(qtbot, view, "harbour")
    qtbot.keyClick(view.query, Qt.Key.Key_Down)
    assert view.list_view.currentIndex().row() == 0
    qtbot.keyClick(view.list_view, Qt.Key.Key_Down)
    expected = hit_ids(view)[1]
    with qtbot.waitSignal(view.hitActivated) as signal:
        qtbot.keyClick(view.list_view, Qt.Key.Key_Return)
    assert tuple(signal.args) == expected
    # Enter in the query field opens the first result directly.
    view.list_view.setCurrentIndex(view.results.index(0))
    with qtbot.waitSignal(view.hitActivated) as signal:
        qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert tuple(signal.args) == hit_ids(view)[0]
    person_hits = [h for h in hit_ids(view) if h[0] == "person"]
    assert person_hits == []  # "harbour" is in no one's profile


def test_a_person_hit_opens_the_person(
    view: SearchView, journal_ids: dict[str, int], qtbot: QtBot
) -> None:
    type_query(qtbot, view, "Osei")
    assert hit_ids(view)[0] == ("person", journal_ids["ben"])
    with qtbot.waitSignal(view.hitActivated) as signal:
        qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert signal.args == ["person", journal_ids["ben"]]


def test_focus_query_selects_the_text(view: SearchView, qtbot: QtBot) -> None:
    type_query(qtbot, view, "harbour")
    view.query.deselect()
    view.focus_query()
    assert view.query.selectedText() == "harbour"


@pytest.mark.parametrize("lock", [False, True])
def test_clear_leaves_no_text(
    session: Session, view: SearchView, journal_ids: dict[str, int], qtbot: QtBot, lock: bool
) -> None:
    type_query(qtbot, view, "harbour")
    view.person_combo.setCurrentIndex(view.people.row_of(journal_ids["ben"]))
    secrets = ["Ana Lima", "Ben Osei", "harbour", "Harbour", "escarpment"]
    assert any(s in t for t in shown_texts(view) for s in secrets)
    if lock:
        session.lock()
        settle(qtbot, session)
    else:
        view.clear()
    assert [t for t in shown_texts(view) for s in secrets if s in t] == []
    assert view.results.rowCount() == 0
    assert view.message.text() == EMPTY_TEXT


def test_a_new_note_shows_up_in_the_open_search(
    session: Session, view: SearchView, journal_ids: dict[str, int], qtbot: QtBot
) -> None:
    type_query(qtbot, view, "harbour")
    assert len(hit_ids(view)) == 2
    note = journal_of(session).add_conversation(
        ConversationDraft((journal_ids["ana"],), TODAY, "message", "The harbour deal closed.")
    )
    qtbot.waitUntil(lambda: len(hit_ids(view)) == 3)
    assert hit_ids(view)[0] == ("conversation", note.id)  # newest first
    cleo = journal_of(session).add_person(PersonDraft("Cleo Park")).id
    qtbot.waitUntil(lambda: view.people.row_of(cleo) > 0)


def test_one_letter_waits_for_enter(
    view: SearchView, journal_ids: dict[str, int], qtbot: QtBot
) -> None:
    type_query(qtbot, view, "h")
    assert view.results.rowCount() == 0
    assert view.message.text() == EMPTY_TEXT
    with qtbot.waitSignal(view.hitActivated):
        qtbot.keyClick(view.query, Qt.Key.Key_Return)
    assert view.results.rowCount() > 0
