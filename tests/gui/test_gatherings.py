"""The Gatherings page: the demo's retreat and summit show their follow-up verdicts, each
person met shows the conversations since, a gathering made through the editor is saved,
and clear() leaves nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import journal_of, settle
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustjournal.core.judgement.followup import Verdict
from trustjournal.core.records import ConversationDraft, GatheringDraft, PersonDraft
from trustjournal.gui.common.roles import DETAIL_ROLE, PERSON_ID_ROLE, TITLE_ROLE
from trustjournal.gui.records.gatherings import GatheringsView
from trustjournal.gui.session import Session


def shown_texts(root: QWidget) -> list[str]:
    """Every piece of text a user could see or a screen reader read under `root`."""
    texts = [w.text() for w in root.findChildren(QLabel)]
    texts += [w.text() for w in root.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in root.findChildren(QPlainTextEdit)]
    for combo in root.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(
                1 if isinstance(model, QAbstractListModel) else model.columnCount()
            ):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE, DETAIL_ROLE):
                    texts.append(str(index.data(role) or ""))
    return texts


def make_view(session: Session, qtbot: QtBot) -> GatheringsView:
    view = GatheringsView(session)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    settle(qtbot, session)
    return view


def follow_up_rows(view: GatheringsView) -> dict[str, str]:
    model = view.form.followUpView.model()
    return {
        model.index(r, 0).data(TITLE_ROLE): model.index(r, 0).data(DETAIL_ROLE)
        for r in range(model.rowCount())
    }


def test_demo_retreat_built_relationships_and_summit_was_networking(
    demo_session: Session, qtbot: QtBot
) -> None:
    view = make_view(demo_session, qtbot)
    gatherings = {g.name: g for g in journal_of(demo_session).gatherings()}
    assert view.proxy.rowCount() == len(gatherings) == 4  # and a breakfast, too soon to tell
    retreat = next(g for name, g in gatherings.items() if "Retreat" in name)
    summit = next(g for name, g in gatherings.items() if "Summit" in name)

    view.show_gathering(retreat.id)
    settle(qtbot, demo_session)
    f = view.form
    assert f.verdictCard.isVisible()
    assert (
        f.verdictLabel.text() == "Built relationships: you kept talking with 2 of 3 people you met."
    )
    rows = follow_up_rows(view)
    assert sorted(rows) == sorted(p.name for p in retreat.people)
    kept = [d for d in rows.values() if d.startswith("Kept talking")]
    assert len(kept) == 2
    assert all("conversations since · last " in d for d in kept)
    assert any(d.startswith("1 conversation since · ") for d in rows.values())
    assert view.last_follow_up is not None
    assert view.last_follow_up.verdict is Verdict.BUILT_RELATIONSHIPS

    view.show_gathering(summit.id)
    settle(qtbot, demo_session)
    assert f.verdictLabel.text() == (
        "Functioned as a networking event: at most one follow-up with anyone."
    )
    rows = follow_up_rows(view)
    assert not any(d.startswith("Kept talking") for d in rows.values())
    assert all(
        d == "no conversation since" or d.startswith("1 conversation since") for d in rows.values()
    )
    assert view.list_view.currentIndex().data(TITLE_ROLE) == summit.name


def test_create_a_gathering_through_the_editor(session: Session, qtbot: QtBot) -> None:
    ana = journal_of(session).add_person(PersonDraft("Ana Lima")).id
    ben = journal_of(session).add_person(PersonDraft("Ben Osei")).id
    journal_of(session).add_person(PersonDraft("Cleo Park"))
    view = make_view(session, qtbot)
    view.new_gathering()
    f = view.form
    assert not f.verdictCard.isVisible()  # nothing to judge before it is saved
    qtbot.keyClicks(f.nameEdit, "Lakeside Forum")
    qtbot.keyClicks(f.placeEdit, "Como")
    for name in ("Ana", "Ben"):
        f.peopleFilter.clear()
        qtbot.keyClicks(f.peopleFilter, name)
        f.peopleView.setFocus()
        f.peopleView.setCurrentIndex(f.peopleView.model().index(0, 0))
        qtbot.keyClick(f.peopleView, Qt.Key.Key_Space)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)

    (saved,) = journal_of(session).gatherings()
    assert (saved.name, saved.place, saved.start_date) == (
        "Lakeside Forum",
        "Como",
        dt.date.today(),
    )
    assert [p.id for p in saved.people] == [ana, ben]
    row = view.proxy.index(0, 0)
    assert row.data(TITLE_ROLE) == "Lakeside Forum"
    assert "2 people met" in row.data(DETAIL_ROLE) and "Como" in row.data(DETAIL_ROLE)
    assert f.verdictLabel.text() == "Too soon to tell: it ended today."
    assert follow_up_rows(view) == {
        "Ana Lima": "no conversation since",
        "Ben Osei": "no conversation since",
    }


def test_follow_up_counts_conversations_after_it_ended(session: Session, qtbot: QtBot) -> None:
    ana = journal_of(session).add_person(PersonDraft("Ana Lima")).id
    today = dt.date.today()
    start = today - dt.timedelta(days=200)
    g = journal_of(session).add_gathering(
        GatheringDraft("Alpine Retreat", start, start + dt.timedelta(days=2), "", "", (ana,))
    )
    view = make_view(session, qtbot)
    view.show_gathering(g.id)
    settle(qtbot, session)
    assert view.form.verdictLabel.text() == (
        "Functioned as a networking event: no follow-up with anyone you met."
    )
    for ago in (150, 14):
        journal_of(session).add_conversation(
            ConversationDraft(
                (ana,), today - dt.timedelta(days=ago), "call", "", ("they_shared_failure",)
            )
        )
    # A conversation written anywhere updates who you kept talking to.
    qtbot.waitUntil(
        lambda: (
            follow_up_rows(view)["Ana Lima"]
            == "Kept talking  ·  2 conversations since · last 2 weeks ago · honest"
        )
    )
    assert view.form.verdictLabel.text() == (
        "Built relationships: you kept talking with the one person you met."
    )
    with qtbot.waitSignal(view.personActivated) as signal:
        follow = view.form.followUpView
        follow.setFocus()
        follow.setCurrentIndex(follow.model().index(0, 0))
        qtbot.keyClick(follow, Qt.Key.Key_Return)
    assert signal.args == [ana]
    assert follow.model().index(0, 0).data(PERSON_ID_ROLE) == ana


def test_end_before_start_is_refused_in_place(session: Session, qtbot: QtBot) -> None:
    view = make_view(session, qtbot)
    view.new_gathering()
    f = view.form
    qtbot.keyClicks(f.nameEdit, "Backwards Summit")
    f.endEdit.setDate(f.startEdit.date().addDays(-3))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    assert view.error_label.isVisible()
    assert view.error_label.text() == "A gathering cannot end before it starts."
    assert journal_of(session).gatherings() == []
    f.oneDayCheck.setChecked(True)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    (saved,) = journal_of(session).gatherings()
    assert saved.end_date is None
    assert not view.error_label.isVisible()


@pytest.mark.parametrize("lock", [False, True])
def test_clear_leaves_no_text(demo_session: Session, qtbot: QtBot, lock: bool) -> None:
    view = make_view(demo_session, qtbot)
    gatherings = journal_of(demo_session).gatherings()
    view.show_gathering(gatherings[0].id)
    settle(qtbot, demo_session)
    qtbot.keyClicks(view.form.peopleFilter, "a")
    secrets = {p.name for p in journal_of(demo_session).people()} | {g.name for g in gatherings}
    secrets |= {g.place for g in gatherings if g.place}
    assert any(s in t for t in shown_texts(view) for s in secrets)
    if lock:
        demo_session.lock()
        settle(qtbot, demo_session)
    else:
        view.clear()
    assert [t for t in shown_texts(view) for s in secrets if s in t] == []
    assert view.form.verdictLabel.text() == ""
    assert view.model.rowCount() == view.people.rowCount() == view.follow_model.rowCount() == 0
