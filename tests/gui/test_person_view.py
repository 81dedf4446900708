"""The person view: the flag explained in the core's own sentences, and the shared history."""

from __future__ import annotations

import datetime as dt

from helpers import assess, journal_of, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from trustjournal.core.judgement import ties
from trustjournal.core.judgement.ties import Flag
from trustjournal.core.records import ConversationDraft, DecisionDraft, PersonDraft
from trustjournal.gui.people.person_dialog import PersonDialog
from trustjournal.gui.people.person_timeline import PAGE
from trustjournal.gui.people.person_view import PersonView
from trustjournal.gui.people.sidebar import Sidebar
from trustjournal.gui.session import Session


def show(qtbot: QtBot, view: PersonView, person_id: int) -> None:
    """Ask for a person, and wait until the page shows them."""
    with qtbot.waitSignal(view.loaded, timeout=10_000, check_params_cb=person_id.__eq__):
        view.show_person(person_id)


def make(qtbot: QtBot, session: Session) -> PersonView:
    view = PersonView(session)
    qtbot.addWidget(view)
    view.resize(940, 800)
    return view


def busiest(session: Session) -> int:
    """The demo person with the most conversations and at least one reason beyond the first."""
    assessments = [a for a in assess(session) if len(a.reasons) > 1]
    return max(assessments, key=lambda a: a.conversations).person.id


def test_reasons_are_the_cores_for_everyone(qtbot: QtBot, demo_session: Session) -> None:
    view = make(qtbot, demo_session)
    for a in assess(demo_session):
        show(qtbot, view, a.person.id)
        assert view.reasons() == list(a.reasons), a.person.name
        assert view.header.badge.text() == ties.FLAG_LABELS[a.flag]
        assert view.header.reason_label.text() == a.reasons[0]
        for later in a.reasons[1:]:
            assert later.replace("'", "&#x27;") in view.header.more_reasons_label.text()
        shown_roles = [c.text() for c in view.header.role_chips if c.isVisibleTo(view)]
        so_far = " · so far" if a.flag is Flag.TOO_EARLY else ""
        assert shown_roles == [ties.ROLE_LABELS[r] + so_far for r in a.roles]
        early = [c.is_early() for c in view.header.role_chips if c.isVisibleTo(view)]
        assert early == [a.early_roles] * len(a.roles)


def test_header_shows_who_they_are(qtbot: QtBot, demo_session: Session) -> None:
    view = make(qtbot, demo_session)
    person = journal_of(demo_session).person(busiest(demo_session))
    show(qtbot, view, person.id)
    assert view.current_person() == person.id
    assert view.header.name_label.text() == person.name
    assert person.role in view.header.details_label.text()
    assert person.how_met in view.header.details_label.text()


def test_header_says_one_of_your_few_and_their_own_cadence(
    qtbot: QtBot, demo_session: Session
) -> None:
    view = make(qtbot, demo_session)
    people = journal_of(demo_session).people()
    keep = view.header.keep_label
    own = next(p for p in people if p.cadence_days is not None)  # the demo's sparring partner
    show(qtbot, view, own.id)
    assert keep.isVisibleTo(view)
    assert keep.text() == f"★ One of your few  ·  cadence {own.cadence_days} days"
    few = next(p for p in people if p.my_few and p.cadence_days is None)
    show(qtbot, view, few.id)
    assert keep.text() == "★ One of your few"
    neither = next(p for p in people if not p.my_few and p.cadence_days is None)
    show(qtbot, view, neither.id)
    assert not keep.isVisibleTo(view)


def test_timeline_is_newest_first_and_pages(qtbot: QtBot, demo_session: Session) -> None:
    view = make(qtbot, demo_session)
    person = busiest(demo_session)
    show(qtbot, view, person)
    expected = journal_of(demo_session).conversations(person_id=person)
    model = view.timeline_model
    assert model.total() == len(expected)
    assert model.rowCount() == min(PAGE, len(expected))
    dates = [model.record(r).date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert [model.record(r).id for r in range(model.rowCount())] == [c.id for c in expected][
        : model.rowCount()
    ]
    assert view.tabs.tabText(0) == f"Conversations ({len(expected)})"


def test_timeline_renders_markdown_and_signal_chips(qtbot: QtBot, session: Session) -> None:
    journal = journal_of(session)
    ada = journal.add_person(PersonDraft("Ada Quint"))
    bo = journal.add_person(PersonDraft("Bo Lind"))
    record = journal.add_conversation(
        ConversationDraft(
            (ada.id, bo.id),
            dt.date(2026, 3, 12),
            "dinner",
            "The **board** wants an answer.\n\n- one\n- two",
            ("they_shared_failure", "surface_talk"),
        )
    )
    view = make(qtbot, session)
    view.show()
    show(qtbot, view, ada.id)
    qtbot.waitExposed(view)
    index = view.timeline_model.index(0)
    text = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "12 March 2026" in text
    assert "Dinner" in text
    assert "with Bo Lind" in text
    assert "Ada Quint" not in text  # the person whose page this is is not "with" themselves
    assert "Shared a failure" in text and "Surface talk" in text
    doc = view.timeline.timeline_delegate._doc(record, view.font())
    assert "**" not in doc.toPlainText()
    assert "board" in doc.toPlainText()
    assert view.timeline.visualRect(index).height() > 60


def test_activating_entries_emits_their_ids(qtbot: QtBot, demo_session: Session) -> None:
    view = make(qtbot, demo_session)
    view.show()
    person = busiest(demo_session)
    show(qtbot, view, person)
    qtbot.waitExposed(view)
    first = view.timeline_model.record(0)
    view.timeline.setCurrentIndex(view.timeline_model.index(0))
    view.timeline.setFocus()
    with qtbot.waitSignal(view.conversationActivated) as blocker:
        qtbot.keyClick(view.timeline, Qt.Key.Key_Return)
    assert blocker.args == [first.id]

    with qtbot.waitSignal(view.newConversationRequested) as blocker:
        qtbot.mouseClick(view.header.new_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [person]


def test_decisions_and_gatherings_tabs(qtbot: QtBot, session: Session) -> None:
    journal = journal_of(session)
    ada = journal.add_person(PersonDraft("Ada Quint"))
    other = journal.add_person(PersonDraft("Bo Lind"))
    hard = journal.add_decision(
        DecisionDraft(
            "Close the Tilburg line",
            dt.date.today(),
            5,
            consulted=(ada.id,),
            changed_framing=(ada.id,),
        )
    )
    journal.add_decision(DecisionDraft("Not hers", dt.date.today(), 2, consulted=(other.id,)))
    view = make(qtbot, session)
    show(qtbot, view, ada.id)
    assert view.decision_model.rowCount() == 1
    row = [view.decision_model.index(0, c).data() for c in range(5)]
    assert row[0] == "Close the Tilburg line"
    assert row[2] == "5 of 5"
    assert row[3] == "Yes"
    assert view.tabs.tabText(1) == "Decisions (1)"
    assert view.gathering_model.rowCount() == 0
    # An empty tab says so in a line instead of showing bare column headers (isHidden:
    # the tabs not in front are never "visible").
    assert not view.decision_view.isHidden() and view.decisions_empty.isHidden()
    assert view.gathering_view.isHidden() and not view.gatherings_empty.isHidden()
    assert "Ada Quint" in view.gatherings_empty.text()
    show(qtbot, view, journal.add_person(PersonDraft("Cy Noor")).id)
    assert not view.decisions_empty.isHidden() and view.decision_view.isHidden()
    view.clear()
    assert view.decisions_empty.text() == view.gatherings_empty.text() == ""
    show(qtbot, view, ada.id)
    # The uncomfortable decision makes them someone to call: the core's role and reason; with
    # no conversation yet the tie is too early to judge, so the role is early evidence.
    shown = [c for c in view.header.role_chips if c.isVisibleTo(view)]
    assert ties.ROLE_LABELS[ties.Role.CALL_WHEN_UNCOMFORTABLE] + " · so far" in [
        c.text() for c in shown
    ]
    assert all(c.is_early() for c in shown)
    journal.add_conversation(
        ConversationDraft((ada.id,), dt.date.today(), "call", "", ("they_shared_failure",))
    )
    journal.add_conversation(
        ConversationDraft(
            (ada.id,), dt.date.today() - dt.timedelta(days=9), "call", "", ("i_shared_failure",)
        )
    )
    qtbot.waitUntil(lambda: view.header.badge.text() == ties.FLAG_LABELS[Flag.HONEST])
    shown = [c for c in view.header.role_chips if c.isVisibleTo(view)]
    assert ties.ROLE_LABELS[ties.Role.CALL_WHEN_UNCOMFORTABLE] in [c.text() for c in shown]
    assert not any(c.is_early() for c in shown)
    with qtbot.waitSignal(view.decisionActivated) as blocker:
        view.decision_view.activated.emit(view.decision_model.index(0, 0))
    assert blocker.args == [hard.id]


def test_archive_hides_from_the_sidebar_and_unarchive_returns(
    qtbot: QtBot, demo_session: Session
) -> None:
    sidebar = Sidebar(demo_session)
    qtbot.addWidget(sidebar)
    sidebar.reload()
    settle(qtbot, demo_session)
    view = make(qtbot, demo_session)
    person = sidebar.visible_people()[0]
    show(qtbot, view, person)
    assert view.header.archive_button.text().replace("&", "") == "Archive"

    qtbot.mouseClick(view.header.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: person not in sidebar.visible_people())
    qtbot.waitUntil(lambda: view.header.archive_button.text().replace("&", "") == "Unarchive")
    assert "Archived" in view.header.details_label.text()

    qtbot.mouseClick(view.header.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: person in sidebar.visible_people())


def test_a_new_conversation_updates_the_open_person(qtbot: QtBot, session: Session) -> None:
    journal = journal_of(session)
    ada = journal.add_person(PersonDraft("Ada Quint"))
    view = make(qtbot, session)
    show(qtbot, view, ada.id)
    assert view.header.badge.text() == ties.FLAG_LABELS[Flag.TOO_EARLY]
    assert view.timeline_empty.isVisibleTo(view)
    for days in (30, 2):
        journal.add_conversation(
            ConversationDraft(
                (ada.id,),
                dt.date.today() - dt.timedelta(days=days),
                "call",
                f"Talk {days}",
                ("they_admitted_doubt", "i_shared_failure"),
            )
        )
    qtbot.waitUntil(lambda: view.timeline_model.total() == 2)
    assert view.header.badge.text() == ties.FLAG_LABELS[Flag.HONEST]
    assert view.timeline_model.record(0).note == "Talk 2"


def test_edit_details_shows_duplicate_names_in_place(qtbot: QtBot, session: Session) -> None:
    journal = journal_of(session)
    ada = journal.add_person(PersonDraft("Ada Quint", role="CFO"))
    journal.add_person(PersonDraft("Bo Lind"))
    dialog = PersonDialog(session, journal.person(ada.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle().endswith("TrustJournal")
    dialog.name_edit.setText("Bo Lind")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog))
    assert "already a person named" in dialog.error_label.text()
    assert dialog.result() == 0
    assert journal.person(ada.id).name == "Ada Quint"

    dialog.name_edit.setText("Ada Quint-Lind")
    dialog.how_met_edit.setText("Board dinner")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    saved = journal.person(ada.id)
    assert (saved.name, saved.role, saved.how_met) == ("Ada Quint-Lind", "CFO", "Board dinner")


def open_dialog(qtbot: QtBot, session: Session, person_id: int) -> PersonDialog:
    dialog = PersonDialog(session, journal_of(session).person(person_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot: QtBot, dialog: PersonDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.result() == 1)


def test_edit_details_sets_their_own_cadence_and_my_few_then_resets(
    qtbot: QtBot, session: Session
) -> None:
    journal = journal_of(session)
    journal.set_cadence_days(60)
    ada = journal.add_person(PersonDraft("Ada Quint", role="CFO"))
    dialog = open_dialog(qtbot, session, ada.id)
    # a new person keeps in touch at the journal's cadence, which the dialog names
    qtbot.waitUntil(lambda: dialog.journal_cadence_radio.text() == "Journal's cadence (60 days)")
    assert dialog.journal_cadence_radio.isChecked() and not dialog.cadence_spin.isEnabled()
    assert (dialog.cadence_spin.minimum(), dialog.cadence_spin.maximum()) == (14, 365)
    assert not dialog.few_check.isChecked()

    dialog.cadence_spin.setValue(30)  # choosing a number chooses "Every"
    assert dialog.own_cadence_radio.isChecked() and dialog.cadence_spin.isEnabled()
    dialog.few_check.setChecked(True)
    save(qtbot, dialog)
    saved = journal.person(ada.id)
    assert (saved.cadence_days, saved.my_few, saved.role) == (30, True, "CFO")

    again = open_dialog(qtbot, session, ada.id)
    assert again.own_cadence_radio.isChecked() and again.cadence_spin.value() == 30
    assert again.cadence_spin.text() == "30 days" and again.few_check.isChecked()
    again.journal_cadence_radio.setChecked(True)
    again.few_check.setChecked(False)
    save(qtbot, again)
    saved = journal.person(ada.id)
    assert (saved.cadence_days, saved.my_few) == (None, False)

    third = open_dialog(qtbot, session, ada.id)
    qtbot.waitUntil(lambda: third.cadence_spin.value() == 60)  # "Every" starts from the journal's
    assert third.journal_cadence_radio.isChecked() and not third.few_check.isChecked()


def test_clear_and_locking_leave_nothing(qtbot: QtBot, demo_session: Session) -> None:
    view = make(qtbot, demo_session)
    person = journal_of(demo_session).person(busiest(demo_session))
    show(qtbot, view, person.id)
    demo_session.lock()
    assert view.current_person() is None
    assert view.timeline_model.rowCount() == 0
    assert view.decision_model.rowCount() == 0
    assert view.gathering_model.rowCount() == 0
    texts = [w.text() for w in view.findChildren(QLabel)]
    texts += [w.text() for w in view.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in view.findChildren(QPlainTextEdit)]
    assert not any(person.name in t for t in texts)
    assert all(t == "" for t in texts)
    assert not view.header.new_button.isEnabled()


def test_an_edited_note_shows_its_new_words_on_the_open_person(
    qtbot: QtBot, session: Session
) -> None:
    """The timeline keeps rendered notes between reloads, but never an outdated one."""
    journal = journal_of(session)
    ada = journal.add_person(PersonDraft("Ada Quint"))
    day = dt.date.today() - dt.timedelta(days=3)
    first = ConversationDraft((ada.id,), day, "call", "She kept to the **script**.", ())
    record = journal.add_conversation(first)
    view = make(qtbot, session)
    view.show()
    show(qtbot, view, ada.id)
    qtbot.waitExposed(view)
    index = view.timeline_model.index(0)
    short = view.timeline.visualRect(index).height()
    longer = "She said the launch is failing.\n\n" + "She has not told the chair. " * 30
    journal.update_conversation(
        record.id, ConversationDraft((ada.id,), day, "call", longer, ("they_shared_failure",))
    )
    qtbot.waitUntil(lambda: view.timeline_model.record(0).note == longer)
    shown = view.timeline_model.record(0)
    doc = view.timeline.timeline_delegate._doc(shown, view.font())
    assert "launch is failing" in doc.toPlainText()
    assert "script" not in doc.toPlainText()
    qtbot.waitUntil(lambda: view.timeline.visualRect(index).height() > short + 40)
