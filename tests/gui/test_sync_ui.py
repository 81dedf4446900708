"""Sync in the app: Preferences ▸ Sync links a folder and lists the devices, the status bar
says how sync stands (and when the folder is gone), the conflicts dialog settles a note
edited on two devices, a change starts a round by itself, and a locked journal syncs
nothing. Real widgets, real journals, a real folder in tmp_path shared by two journals (as
tests/test_sync_journal.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE, journal_of, settle, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, ConversationRecord, PersonDraft
from trustjournal.gui.dialogs.preferences import PreferencesDialog
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session
from trustjournal.gui.sync import controller as sync_controller
from trustjournal.gui.sync.conflicts import BOTH_SEPARATOR, ConflictsDialog

DAY = dt.date(2026, 11, 3)


@pytest.fixture(autouse=True)
def quick_rounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A change starts its round after 0.2 s here, not 2 s."""
    monkeypatch.setattr(sync_controller, "AFTER_CHANGE_MS", 200)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "Sync"


@pytest.fixture
def maya(session: Session) -> int:
    j = journal_of(session)
    ident: int = j.add_person(PersonDraft("Maya Chen")).id  # type: ignore[attr-defined]
    j.add_conversation(  # type: ignore[attr-defined]
        ConversationDraft((ident,), DAY, "dinner", "Maya admitted the reorg is failing.")
    )
    return ident


@pytest.fixture
def other(session: Session, maya: int, folder: Path, tmp_path: Path) -> Iterator[Journal]:
    """The journal linked to `folder` as "laptop", and a second device, "desktop", joined."""
    session.call(lambda j: j.sync(folder, device_name="laptop"))
    desktop = Journal.join(tmp_path / "desktop", folder, PASSPHRASE, device_name="desktop")
    yield desktop
    desktop.lock()


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> Iterator[MainWindow]:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(1100, 700)
    main.show()
    settle(qtbot, session)
    yield main
    main.hide()


def notes(session: Session) -> list[str]:
    return sorted(c.note for c in session.call(lambda j: j.conversations()))


def _edit(c: ConversationRecord, note: str) -> ConversationDraft:
    return ConversationDraft(tuple(p.id for p in c.people), c.date, c.format, note)


def test_preferences_links_a_folder_and_lists_the_devices(
    qtbot: QtBot,
    session: Session,
    maya: int,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    restore_look: None,
) -> None:
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.ui.pages.setCurrentWidget(dialog.sync_page)
    dialog.show()
    page = dialog.sync_page
    settle(qtbot, session)
    assert "Not syncing" in page.state()
    assert not page.ui.syncNow.isEnabled()
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.ui.deviceName.setText("Laptop")
    qtbot.mouseClick(page.ui.folderChoose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [d.name for d in page.devices] == ["Laptop"])
    assert page.ui.folder.text() == str(folder)
    assert page.ui.devices.topLevelItem(0).text(0) == "Laptop (this device)"
    assert page.ui.deviceName.isReadOnly()
    assert (folder / "TrustJournal.sync").exists()

    # A second computer joins; after "Sync Now" it is listed, and it can be revoked.
    desktop = Journal.join(tmp_path / "desktop", folder, PASSPHRASE, device_name="Desktop")
    try:
        assert sorted(c.note for c in desktop.conversations()) == notes(session)
        qtbot.mouseClick(page.ui.syncNow, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(page.devices) == 2)
        rows = [page.ui.devices.topLevelItem(i).text(0) for i in range(2)]
        assert rows == ["Laptop (this device)", "Desktop"]
        page.choose(page.devices[0].uid)
        assert not page.ui.revoke.isEnabled()  # not this device
        page.choose(page.devices[1].uid)
        asked: list[str] = []

        def answer(box: object, _revoke: object) -> bool:
            asked.append(f"{box.text()} {box.informativeText()}")  # type: ignore[attr-defined]
            return True

        page.ask_revoke = answer  # type: ignore[assignment]
        qtbot.mouseClick(page.ui.revoke, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(d.revoked for d in page.devices))
        assert "refused" in asked[0] and "still read" in asked[0]
        assert page.ui.devices.topLevelItem(1).text(0) == "Desktop — revoked"
        assert not page.ui.revoke.isEnabled()
    finally:
        desktop.lock()

    # Unlink: asked first; then the page says it does not sync and the entries stay.
    page.ask_unlink = answer  # type: ignore[assignment]
    qtbot.mouseClick(page.ui.unlink, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not syncing" in page.state())
    assert "stay" in asked[-1]
    assert page.ui.folder.text() == "" and not page.ui.unlink.isEnabled()
    assert session.call(lambda j: j.sync_status().folder) is None
    assert notes(session)  # the entries are still here
    dialog.reject()


def test_a_folder_of_another_kind_is_refused_on_the_page(
    qtbot: QtBot, session: Session, tmp_path: Path, restore_look: None
) -> None:
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    page = dialog.sync_page
    busy = tmp_path / "Photos"
    busy.mkdir()
    (busy / "holiday.jpg").write_bytes(b"not a journal")
    page.link(busy)
    qtbot.waitUntil(lambda: "already holds other files" in page.state())
    assert not page.controller.linked
    assert page.ui.folder.text() == ""
    dialog.reject()


def test_the_status_bar_says_synced_and_then_that_the_folder_is_missing(
    qtbot: QtBot, other: Journal, window: MainWindow, session: Session, folder: Path, tmp_path: Path
) -> None:
    bar = window.sync_status
    window.sync.sync_now()
    qtbot.waitUntil(lambda: bar.text() == "Synced just now")
    assert "as “laptop”" in bar.label.toolTip()

    folder.rename(tmp_path / "away")
    journal_of(session).add_conversation(  # type: ignore[attr-defined]
        ConversationDraft((session.call(lambda j: j.people()[0].id),), DAY, "call", "Away.")
    )
    qtbot.waitUntil(lambda: "1 change waiting to be sent" in bar.label.toolTip())
    assert bar.text().startswith("Sync folder missing — last synced ")
    assert "is not there" in bar.label.toolTip()

    (tmp_path / "away").rename(folder)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: bar.text() == "Synced just now")
    other.sync()
    assert "Away." in [c.note for c in other.conversations()]


def test_a_status_bar_is_empty_for_a_journal_that_does_not_sync(
    window: MainWindow,
) -> None:
    assert window.sync_status.text() == ""
    assert not window.sync.timers_active()


def test_the_conflicts_dialog_keeps_the_text_chosen_and_the_other_device_follows(
    qtbot: QtBot, other: Journal, window: MainWindow, session: Session
) -> None:
    mine = session.call(lambda j: j.conversations()[0])
    journal_of(session).update_conversation(mine.id, _edit(mine, "Edited on the laptop."))  # type: ignore[attr-defined]
    theirs = other.conversations()[0]
    other.update_conversation(theirs.id, _edit(theirs, "Edited on the desktop."))
    other.sync()
    window.sync.sync_now()
    bar = window.sync_status
    qtbot.waitUntil(lambda: bar.text().endswith("· 1 conflict"))
    assert bar.conflicts.isVisible()

    seen: list[ConflictsDialog] = []

    def settle_it(dialog: ConflictsDialog) -> None:
        seen.append(dialog)
        qtbot.waitUntil(lambda: dialog.list.count() == 1)
        assert dialog.list.item(0).text() == "Conversation of 3 Nov 2026 with Maya Chen"

        def shown() -> list[str]:  # the texts side by side, in their order
            views = [dialog.findChild(QPlainTextEdit, f"conflictText{i}") for i in range(3)]
            return [v.toPlainText() for v in views if v is not None and v.isVisible()]

        qtbot.waitUntil(lambda: len(shown()) == 2)
        texts = shown()
        assert sorted(texts) == ["Edited on the desktop.", "Edited on the laptop."]
        index = texts.index("Edited on the desktop.")
        keep = dialog.findChild(QPushButton, f"keep{index}")
        assert keep is not None
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.list.count() == 0)
        dialog.accept()

    when_modal(ConflictsDialog, settle_it)
    qtbot.mouseClick(bar.conflicts, Qt.MouseButton.LeftButton)
    assert seen
    assert notes(session) == ["Edited on the desktop."]
    qtbot.waitUntil(lambda: bar.text() == "Synced just now")

    def followed() -> bool:  # the round after settling has brought it to the desktop
        other.sync()
        return [c.note for c in other.conversations()] == ["Edited on the desktop."]

    qtbot.waitUntil(followed)
    assert other.sync_conflicts() == []


def test_keep_both_keeps_the_two_texts_under_a_line(
    qtbot: QtBot, other: Journal, window: MainWindow, session: Session
) -> None:
    mine = session.call(lambda j: j.conversations()[0])
    journal_of(session).update_conversation(mine.id, _edit(mine, "Laptop words."))  # type: ignore[attr-defined]
    theirs = other.conversations()[0]
    other.update_conversation(theirs.id, _edit(theirs, "Desktop words."))
    other.sync()
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync_status.text().endswith("· 1 conflict"))
    dialog = ConflictsDialog(window.sync, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    both = dialog.findChild(QPushButton, "keepBoth")
    assert both is not None
    qtbot.mouseClick(both, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    (note,) = notes(session)
    assert sorted(note.split(BOTH_SEPARATOR)) == ["Desktop words.", "Laptop words."]
    dialog.close()


def test_a_change_starts_a_round_that_brings_the_others_changes(
    qtbot: QtBot, other: Journal, window: MainWindow, session: Session
) -> None:
    controller = window.sync
    settle(qtbot, session)
    maya_there = other.people()[0].id
    other.add_conversation(ConversationDraft((maya_there,), DAY, "call", "From the desktop."))
    other.sync()
    before = controller.rounds
    journal_of(session).add_person(PersonDraft("Ben Ode"))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: controller.rounds > before)
    assert "From the desktop." in notes(session)
    other.sync()
    assert "Ben Ode" in [p.name for p in other.people()]
    # The round's own notices (it wrote "From the desktop." here) start no other round.
    settled = controller.rounds
    qtbot.wait(sync_controller.AFTER_CHANGE_MS * 3)
    assert controller.rounds == settled
    assert not controller.running


def test_a_locked_journal_syncs_nothing(
    qtbot: QtBot, other: Journal, window: MainWindow, session: Session
) -> None:
    controller = window.sync
    qtbot.waitUntil(lambda: window.sync_status.text() == "Synced just now")
    assert controller.timers_active()
    session.lock()
    assert not controller.timers_active()
    assert controller.sync_now() is None
    assert window.sync_status.text() == ""


def test_a_record_deleted_on_one_device_and_edited_on_the_other_is_explained(
    qtbot: QtBot, other: Journal, window: MainWindow, session: Session
) -> None:
    mine = session.call(lambda j: j.conversations()[0])
    journal_of(session).delete_conversation(mine.id)  # type: ignore[attr-defined]
    theirs = other.conversations()[0]
    other.update_conversation(theirs.id, _edit(theirs, "An edit the laptop never saw."))
    other.sync()
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync_status.text().endswith("· 1 conflict"))
    assert notes(session) == ["An edit the laptop never saw."]  # kept, not lost
    dialog = ConflictsDialog(window.sync, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    words = " ".join(label.text() for label in dialog.detail.findChildren(QLabel))
    assert "Deleted on another device while edited here — it was kept" in words
    assert dialog.list.item(0).text() == "Conversation of 3 Nov 2026 with Maya Chen"
    keep = dialog.detail.findChild(QPushButton, "keepRecord")
    assert keep is not None
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    qtbot.waitUntil(lambda: "conflict" not in window.sync_status.text())
    assert notes(session) == ["An edit the laptop never saw."]
    dialog.close()
