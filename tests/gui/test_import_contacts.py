"""File ▸ Import… with a .vcf: the preview dialog, a choice changed, the import; and the
sidebar's "Hide people with no conversations" (issue 17, point 1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import journal_of, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from vcard_samples import BRIGHT_CARD, Contact, write

from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.gui.common import config as keys
from trustjournal.gui.exchange import import_flow
from trustjournal.gui.exchange.contacts_dialog import ACTION_COLUMN, ContactsDialog
from trustjournal.gui.people.sidebar import Sidebar
from trustjournal.gui.session import Session


def contacts_file(tmp_path: Path) -> Path:
    return write(
        tmp_path / "contacts.vcf",
        [BRIGHT_CARD, Contact("Bob Smith", emails=("bob@nimbus.example",)), Contact("Ada Byron")],
    )


def open_dialog(qtbot: QtBot, session: Session, path: Path) -> ContactsDialog:
    dialog = ContactsDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    return dialog


def choose(dialog: ContactsDialog, row: int, label: str) -> None:
    """Pick `label` in the action combo of `row`, as a user does."""
    index = dialog.proxy.index(row, ACTION_COLUMN)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    combo = dialog.table.viewport().findChild(QComboBox)
    assert combo is not None
    at = combo.findText(label)
    assert at >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(at)
    combo.activated.emit(at)


def test_preview_choose_skip_and_import(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    journal = journal_of(session)
    journal.add_person(PersonDraft("Robert Smith", "CFO, Nimbus"))
    dialog = open_dialog(qtbot, session, contacts_file(tmp_path))
    assert dialog.heading.text() == "Import contacts from contacts.vcf"
    assert dialog.counts_label.text().startswith(
        "2 new, 1 already in your journal, 0 to decide.   Will add 2, merge 1, skip 0."
    )
    shown = [[dialog.proxy.index(r, c).data() for c in range(5)] for r in range(3)]
    assert shown[1][0] == "Bob Smith"
    assert shown[1][3] == "Merge into Robert Smith"
    assert shown[1][4] == "Bob is short for Robert"
    assert shown[0][3] == "Add as a new person"
    assert journal.people() and len(journal.people()) == 1  # nothing written by the preview

    choose(dialog, 2, "Skip")  # Ada Byron
    assert "Will add 1, merge 1, skip 1." in dialog.counts_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    settle(qtbot, session)

    names = {p.name for p in journal.people()}
    assert names == {"Robert Smith", "Dana Whitfield"}  # Ada skipped
    robert = journal.person_by_name("Robert Smith")
    assert "Bob Smith" in robert.aliases and robert.role == "CFO, Nimbus"
    assert "1 person added, 1 person given new details, 1 skipped." in dialog.summary
    assert session.config.get(keys.SIDEBAR_HIDE_UNTALKED) is True  # an import turns it on


def test_cancel_writes_nothing(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, session, contacts_file(tmp_path))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Rejected
    settle(qtbot, session)
    assert journal_of(session).people() == []


def test_a_bad_file_says_why_and_offers_no_import(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "broken.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\n", "utf-8")
    dialog = ContactsDialog(session, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.heading.text())
    assert "has no END:VCARD" in dialog.counts_label.text()
    assert not dialog.import_button.isEnabled()


def test_the_flow_recognises_a_vcard_by_content_and_opens_its_preview(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "export.txt", [BRIGHT_CARD])
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    flow = import_flow.ImportFlow(session, window)
    flow.open(path)
    qtbot.waitUntil(lambda: isinstance(flow.dialog, ContactsDialog))
    assert isinstance(flow.dialog, ContactsDialog)
    flow.dialog.reject()

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    other = tmp_path / "notes.vcf"
    other.write_text("just some text", "utf-8")
    flow.open(other)
    qtbot.waitUntil(lambda: bool(warned))
    assert "not a file TrustJournal can import" in warned[0]


def test_sidebar_hides_people_with_no_conversations(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    journal = journal_of(session)
    journal.add_conversation(
        ConversationDraft((), dt.date.today(), "one_on_one", new_people=("Ines Ortega",))
    )
    ines = journal.person_by_name("Ines Ortega").id
    journal.add_person(PersonDraft("Contact One"))
    journal.add_person(PersonDraft("Contact Two"))
    sidebar = Sidebar(session)
    qtbot.addWidget(sidebar)
    sidebar.reload()
    settle(qtbot, session)
    assert len(sidebar.visible_people()) == 3
    assert sidebar.count_label.text() == "0 honest ties · 1 other"  # contacts are no ties

    sidebar.untalked_check.setChecked(True)
    assert sidebar.visible_people() == [ines]
    assert session.config.get(keys.SIDEBAR_HIDE_UNTALKED) is True

    # Going to a contact (from a gathering, a search) still shows and selects them.
    two = journal.person_by_name("Contact Two").id
    sidebar.select_person(two)
    assert set(sidebar.visible_people()) == {ines, two}

    sidebar.untalked_check.setChecked(False)
    assert len(sidebar.visible_people()) == 3


def test_sidebar_explains_when_everyone_is_hidden(qtbot: QtBot, session: Session) -> None:
    journal_of(session).add_person(PersonDraft("Contact One"))
    session.config.set(keys.SIDEBAR_HIDE_UNTALKED, True)
    sidebar = Sidebar(session)
    qtbot.addWidget(sidebar)
    sidebar.show()
    sidebar.reload()
    settle(qtbot, session)
    assert sidebar.visible_people() == []
    assert "Nobody here has a conversation recorded yet" in sidebar.empty_label.text()


def test_file_import_opens_the_preview_and_records_no_recent_file(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from trustjournal.gui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("new_gathering") < names.index("import_file") < names.index("back_up_now")
    path = contacts_file(tmp_path)
    asked: list[object] = []

    def chooser(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(kwargs.get("options"))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    window.app_actions.import_file.trigger()
    qtbot.waitUntil(lambda: isinstance(window.imports.dialog, ContactsDialog))
    assert asked == [QFileDialog.Option.DontUseNativeDialog]  # Qt's own: no recent-files entry
    window.imports.dialog.reject()
