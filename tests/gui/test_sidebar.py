"""The sidebar: every person with their flag, filtered and sorted as the user asks.

Expected orders come from the core's own assessment (`assess(session)`, `ties.by_depth`),
so these tests check what the sidebar shows against the single source of the rules.
"""

from __future__ import annotations

import datetime as dt
import re

from helpers import assess, journal_of, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustjournal.core.judgement import ties
from trustjournal.core.judgement.ties import Flag, Role, TieAssessment
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.gui.common import config as keys
from trustjournal.gui.common.roles import (
    ARCHIVED_ROLE,
    EARLY_ROLES_ROLE,
    FLAG_ROLE,
    LAST_CONTACT_ROLE,
    PERSON_ID_ROLE,
)
from trustjournal.gui.people.sidebar import Sidebar
from trustjournal.gui.people.sidebar_model import TieListModel
from trustjournal.gui.session import Session

HONEST_BOTH_WAYS = ("they_shared_failure", "i_admitted_doubt")


def make(qtbot: QtBot, session: Session) -> Sidebar:
    sidebar = Sidebar(session)
    qtbot.addWidget(sidebar)
    sidebar.resize(360, 800)
    sidebar.reload()
    settle(qtbot, session)
    return sidebar


def active(session: Session) -> list[TieAssessment]:
    return [a for a in assess(session) if not a.archived]


def flag_shown(sidebar: Sidebar, person_id: int) -> Flag:
    index = sidebar.model.index_of(person_id)
    assert index.isValid()
    return Flag(index.data(FLAG_ROLE))


def test_lists_everyone_not_archived_deepest_first(qtbot: QtBot, demo_session: Session) -> None:
    sidebar = make(qtbot, demo_session)
    expected = [a.person.id for a in sorted(active(demo_session), key=ties.by_depth)]
    assert sidebar.visible_people() == expected
    assert sidebar.model.sort_key == "depth"


def test_header_counts_honest_ties_and_shows_capacity_notes(
    qtbot: QtBot, demo_session: Session
) -> None:
    sidebar = make(qtbot, demo_session)
    assessments = assess(demo_session)
    cap = ties.capacity(assessments, dt.date.today(), journal_of(demo_session).tie_settings())
    assert sidebar.count_label.text() == f"{cap.honest} honest ties · {cap.others} others"
    for note in cap.notes:
        assert note in sidebar.notes_label.text()
    assert sidebar.notes_label.isVisibleTo(sidebar) == bool(cap.notes)


def test_header_counts_how_many_of_my_few_are_honest_and_stars_them(
    qtbot: QtBot, demo_session: Session
) -> None:
    sidebar = make(qtbot, demo_session)
    # the demo's few: three honest ties and one gone quiet (fading)
    few = [a for a in active(demo_session) if a.my_few]
    assert sorted(a.flag.value for a in few) == ["fading", "honest", "honest", "honest"]
    assert sidebar.few_label.isVisibleTo(sidebar)
    assert sidebar.few_label.text() == "★ Your few: 3 of 4 honest"
    for a in active(demo_session):
        spoken = sidebar.model.index_of(a.person.id).data(Qt.ItemDataRole.AccessibleTextRole)
        assert ("one of your few" in spoken) == a.my_few

    journal = journal_of(demo_session)
    for a in few:  # nobody chosen: the line goes
        journal.update_person(a.person.id, PersonDraft(a.person.name, my_few=False))
    sidebar.reload()
    settle(qtbot, demo_session)
    assert not sidebar.few_label.isVisibleTo(sidebar)


def test_sorts_by_last_contact_and_by_name_and_remembers(
    qtbot: QtBot, demo_session: Session
) -> None:
    sidebar = make(qtbot, demo_session)
    people = active(demo_session)

    sidebar.sort_combo.setCurrentIndex(sidebar.sort_combo.findText("Last contact"))
    dates = [
        sidebar.model.row_at(sidebar.model.index_of(i).row()) for i in sidebar.visible_people()
    ]
    last = [r.assessment.last_conversation or dt.date.min for r in dates]
    assert last == sorted(last, reverse=True)
    assert len(dates) == len(people)
    assert demo_session.config.get(keys.SIDEBAR_SORT) == "last_contact"

    sidebar.sort_combo.setCurrentIndex(sidebar.sort_combo.findText("Name"))
    names = {a.person.id: a.person.name for a in people}
    shown = [names[i] for i in sidebar.visible_people()]
    assert shown == sorted(names.values(), key=str.casefold)

    again = make(qtbot, demo_session)  # a new window opens with the sort last chosen
    assert again.sort_combo.currentText() == "Name"
    assert [names[i] for i in again.visible_people()] == shown


def test_type_to_filter_matches_names_and_organisations(
    qtbot: QtBot, demo_session: Session
) -> None:
    sidebar = make(qtbot, demo_session)
    people = {p.id: p for p in journal_of(demo_session).people(include_archived=False)}
    some = next(iter(people.values()))
    fragment = some.name.split()[0][:3]
    qtbot.keyClicks(sidebar.filter_edit, fragment)
    expected = {
        i
        for i, p in people.items()
        if fragment.casefold() in p.name.casefold() or fragment.casefold() in p.role.casefold()
    }
    assert some.id in sidebar.visible_people()
    assert set(sidebar.visible_people()) == expected

    qtbot.keyClick(sidebar.filter_edit, Qt.Key.Key_Escape)
    assert sidebar.filter_edit.text() == ""
    assert len(sidebar.visible_people()) == len(people)

    qtbot.keyClicks(sidebar.filter_edit, "nobody-has-this-name")
    assert sidebar.visible_people() == []
    assert sidebar.empty_label.isVisibleTo(sidebar)
    assert "Nobody matches" in sidebar.empty_label.text()


def test_filters_by_flag_and_by_role(qtbot: QtBot, demo_session: Session) -> None:
    sidebar = make(qtbot, demo_session)
    people = active(demo_session)
    for flag in Flag:
        sidebar.flag_combo.setCurrentIndex(sidebar.flag_combo.findText(ties.FLAG_LABELS[flag]))
        expected = [a.person.id for a in sorted(people, key=ties.by_depth) if a.flag is flag]
        assert sidebar.visible_people() == expected, flag
    sidebar.flag_combo.setCurrentIndex(sidebar.flag_combo.findText("All flags"))
    assert len(sidebar.visible_people()) == len(people)

    seen_someone = False
    for role in Role:
        sidebar.role_combo.setCurrentIndex(sidebar.role_combo.findText(ties.ROLE_LABELS[role]))
        expected = [a.person.id for a in sorted(people, key=ties.by_depth) if role in a.roles]
        assert sidebar.visible_people() == expected, role
        seen_someone = seen_someone or bool(expected)
    assert seen_someone, "the demo journal should have someone in a role"

    # Both at once: honest ties who challenge my framing.
    sidebar.flag_combo.setCurrentIndex(sidebar.flag_combo.findText("Honest"))
    assert all(flag_shown(sidebar, i) is Flag.HONEST for i in sidebar.visible_people())


def test_a_new_conversation_changes_the_flag(qtbot: QtBot, session: Session) -> None:
    journal = journal_of(session)
    ada = journal.add_person(PersonDraft("Ada Quint", role="CFO, Lumen"))
    today = dt.date.today()
    journal.add_conversation(
        ConversationDraft((ada.id,), today - dt.timedelta(days=20), "dinner", "", HONEST_BOTH_WAYS)
    )
    sidebar = make(qtbot, session)
    assert flag_shown(sidebar, ada.id) is Flag.TOO_EARLY
    assert "Too early" in sidebar.model.index_of(ada.id).data(Qt.ItemDataRole.AccessibleTextRole)

    journal.add_conversation(
        ConversationDraft((ada.id,), today - dt.timedelta(days=3), "call", "", HONEST_BOTH_WAYS)
    )
    qtbot.waitUntil(lambda: flag_shown(sidebar, ada.id) is Flag.HONEST)
    assert "Honest" in sidebar.model.index_of(ada.id).data(Qt.ItemDataRole.AccessibleTextRole)
    assert sidebar.count_label.text() == "1 honest tie · 0 others"


def test_refresh_keeps_the_selection_and_selecting_in_code_is_quiet(
    qtbot: QtBot, demo_session: Session
) -> None:
    sidebar = make(qtbot, demo_session)
    chosen = sidebar.visible_people()[3]
    with qtbot.assertNotEmitted(sidebar.personActivated):
        sidebar.select_person(chosen)
    assert sidebar.view.currentIndex().data(PERSON_ID_ROLE) == chosen

    other = sidebar.visible_people()[0]
    with qtbot.waitSignal(sidebar.loaded, timeout=5000):  # the refresh has run
        journal_of(demo_session).add_conversation(
            ConversationDraft((other,), dt.date.today(), "call", "", ("surface_talk",))
        )
    assert sidebar.view.currentIndex().data(PERSON_ID_ROLE) == chosen


def test_a_save_repaints_only_what_changed_and_the_list_stays_where_it_was(
    qtbot: QtBot, demo_session: Session
) -> None:
    sidebar = make(qtbot, demo_session)
    sidebar.set_sort("name")
    sidebar.show()
    qtbot.waitExposed(sidebar)
    bar = sidebar.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    middle = sidebar.view.indexAt(sidebar.view.viewport().rect().center())
    person = middle.data(PERSON_ID_ROLE)
    changed: list[tuple[int, int]] = []
    sidebar.model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    with qtbot.assertNotEmitted(sidebar.model.modelReset), qtbot.waitSignal(sidebar.loaded):
        journal_of(demo_session).add_conversation(
            ConversationDraft((person,), dt.date.today(), "call", "", ("surface_talk",))
        )
    row = sidebar.model.index_of(person).row()
    assert changed == [(row, row)]  # only their row, not the thousand others
    assert sidebar.model.index_of(person).data(LAST_CONTACT_ROLE) == dt.date.today()
    assert bar.value() == scrolled


def test_a_save_that_reorders_keeps_the_selection(qtbot: QtBot, demo_session: Session) -> None:
    sidebar = make(qtbot, demo_session)
    sidebar.set_sort("last_contact")
    people = sidebar.visible_people()
    chosen, quiet = people[2], people[-1]
    sidebar.select_person(chosen)
    with qtbot.assertNotEmitted(sidebar.model.modelReset), qtbot.waitSignal(sidebar.loaded):
        journal_of(demo_session).add_conversation(
            ConversationDraft((quiet,), dt.date.today(), "call", "", ("surface_talk",))
        )
    assert sidebar.visible_people()[0] == quiet  # the latest contact moved to the top
    assert sidebar.view.currentIndex().data(PERSON_ID_ROLE) == chosen


def test_early_roles_are_said_to_be_early(qtbot: QtBot, session: Session) -> None:
    pia = journal_of(session).add_person(PersonDraft("Pia Early")).id
    ben = journal_of(session).add_person(PersonDraft("Ben Settled")).id
    journal_of(session).add_conversation(
        ConversationDraft((pia,), dt.date.today(), "call", "", ("they_challenged_framing",))
    )
    for days in (3, 30):
        journal_of(session).add_conversation(
            ConversationDraft(
                (ben,),
                dt.date.today() - dt.timedelta(days=days),
                "call",
                "",
                ("they_challenged_framing", "i_admitted_doubt"),
            )
        )
    sidebar = make(qtbot, session)
    index = sidebar.model.index_of(pia)
    assert index.data(EARLY_ROLES_ROLE) is True
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Too early" in spoken and "Challenges my framing · so far" in spoken
    # On screen: the words "so far" beside the role icons, only for an early tie.
    row = sidebar.proxy.mapFromSource(index)
    option = QStyleOptionViewItem()
    option.initFrom(sidebar.view)
    option.rect = sidebar.view.visualRect(row)
    delegate = sidebar.view.itemDelegate()
    assert not delegate._layout(option, row)["so_far"].isNull()
    settled = sidebar.proxy.mapFromSource(sidebar.model.index_of(ben))
    option.rect = sidebar.view.visualRect(settled)
    assert delegate._layout(option, settled)["so_far"].isNull()


def test_clicking_a_person_activates_them(qtbot: QtBot, demo_session: Session) -> None:
    sidebar = make(qtbot, demo_session)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    index = sidebar.proxy.index(2, 0)
    rect = sidebar.view.visualRect(index)
    with qtbot.waitSignal(sidebar.personActivated) as blocker:
        qtbot.mouseClick(sidebar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [index.data(PERSON_ID_ROLE)]


def test_archived_people_are_hidden_unless_asked_for(qtbot: QtBot, demo_session: Session) -> None:
    sidebar = make(qtbot, demo_session)
    person = sidebar.visible_people()[0]
    journal_of(demo_session).set_archived(person, True)
    qtbot.waitUntil(lambda: person not in sidebar.visible_people())
    assert sidebar.model.index_of(person).data(ARCHIVED_ROLE) is True

    sidebar.archived_check.setChecked(True)
    assert person in sidebar.visible_people()
    sidebar.archived_check.setChecked(False)
    assert person not in sidebar.visible_people()

    sidebar.select_person(person)  # choosing an archived person shows the archived
    assert sidebar.archived_check.isChecked()
    assert sidebar.view.currentIndex().data(PERSON_ID_ROLE) == person


def test_clear_and_locking_leave_no_names(qtbot: QtBot, demo_session: Session) -> None:
    sidebar = make(qtbot, demo_session)
    names = [p.name for p in journal_of(demo_session).people()]
    qtbot.keyClicks(sidebar.filter_edit, names[0][:4])
    sidebar.clear()
    assert sidebar.model.rowCount() == 0
    assert sidebar.proxy.rowCount() == 0

    def texts() -> list[str]:
        found = [w.text() for w in sidebar.findChildren(QLabel)]
        found += [w.text() for w in sidebar.findChildren(QLineEdit)]
        return found

    assert not any(name in text for name in names for text in texts())

    sidebar.reload()
    settle(qtbot, demo_session)
    assert sidebar.model.rowCount() == len(names)
    demo_session.lock()
    assert sidebar.model.rowCount() == 0
    assert sidebar.count_label.text() == ""


def test_empty_journal_says_how_people_arrive(qtbot: QtBot, session: Session) -> None:
    sidebar = make(qtbot, session)
    assert sidebar.visible_people() == []
    assert "No people yet" in sidebar.empty_label.text()


def test_model_orders_by_each_sort_key(qtbot: QtBot, demo_session: Session) -> None:
    model = TieListModel()
    assessments = assess(demo_session)
    model.set_ties(assessments, journal_of(demo_session).people(), dt.date.today())
    model.set_sort("name")
    assert [r.name for r in model.rows()] == sorted(
        (r.name for r in model.rows()), key=str.casefold
    )
    model.set_sort("depth")
    assert [r.assessment for r in model.rows()] == sorted(assessments, key=ties.by_depth)


def _mnemonics(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)]
    return [m.lower() for t in texts for m in re.findall(r"&([^&\s])", t)]


def test_mnemonics_do_not_clash_with_the_views_beside_the_sidebar(
    qtbot: QtBot, session: Session
) -> None:
    from trustjournal.gui.editor.editor import EntryEditor
    from trustjournal.gui.people.person_view import PersonView

    sidebar = make(qtbot, session)
    mine = _mnemonics(sidebar)
    assert len(mine) == len(set(mine))
    menus = {"f", "e", "v", "h"}  # File, Edit, View, Help
    for beside in (EntryEditor(session), PersonView(session)):
        qtbot.addWidget(beside)
        theirs = _mnemonics(beside)
        assert len(theirs) == len(set(theirs)), type(beside).__name__
        assert not set(mine) & (set(theirs) | menus), type(beside).__name__
