"""The preview window of a jrnl or Day One import, and the import it starts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import journal_of, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from trustjournal.core.exchange.journals import NEW
from trustjournal.core.records import PersonDraft
from trustjournal.gui.common import workers
from trustjournal.gui.exchange.journals_dialog import JournalImportDialog, open_journal_import
from trustjournal.gui.session import Session

DATA = Path(__file__).parent.parent / "data" / "journals"


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def tell(parent: object, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", tell)
    monkeypatch.setattr(QMessageBox, "warning", tell)
    return said


_open: list[JournalImportDialog] = []


@pytest.fixture(autouse=True)
def closed() -> Iterator[None]:
    """Each window is closed after its test (it deletes itself once closed)."""
    yield
    while _open:
        dialog = _open.pop()
        if Shiboken.isValid(dialog):
            dialog.close()


def shown(qtbot: Any, session: Session, path: Path, fmt: str) -> JournalImportDialog:
    dialog = open_journal_import(None, session, path, fmt)
    _open.append(dialog)
    qtbot.waitUntil(lambda: dialog.entries.rowCount() > 0 or dialog.error is not None)
    workers.wait_for_all()
    qtbot.waitUntil(lambda: dialog.error is not None or dialog.import_button.isEnabled())
    return dialog


def test_the_preview_shows_entries_tags_and_imports_them(
    qtbot: Any, session: Session, told: list[str]
) -> None:
    journal = journal_of(session)
    journal.add_person(PersonDraft("Marcus Webb"))
    journal.add_person(PersonDraft("Priya Raman"))
    dialog = shown(qtbot, session, DATA / "dayone-export.zip", "dayone")
    summary = dialog.ui.summaryLabel.text()
    assert "4 entries</b> from Day One" in summary
    assert "<b>2</b> will become conversations" in summary
    assert "1 photo is not imported" in summary
    tags = {dialog.tags.index(r, 0).data(): dialog.tags.index(r, 2).data() for r in range(4)}
    assert tags == {
        "Marcus": "Marcus Webb",
        "Nadia Perez": "Nobody (keep it as a tag)",
        "candid": "Nobody (keep it as a tag)",
        "reflection": "Nobody (keep it as a tag)",
    }
    # the leader says "Nadia Perez" is a new person, and gives the rest to Priya
    row = next(r for r in range(4) if dialog.tags.index(r, 0).data() == "Nadia Perez")
    assert dialog.tags.setData(dialog.tags.index(row, 2), NEW)
    assert dialog.tags.index(row, 3).data() == "Nadia Perez"
    dialog.ui.unnamedCombo.setCurrentIndex(
        dialog.ui.unnamedCombo.findText("Give them all to Priya Raman")
    )
    dialog.ui.unnamedCombo.activated.emit(dialog.ui.unnamedCombo.currentIndex())
    workers.wait_for_all()
    qtbot.waitUntil(lambda: dialog.import_button.text() == "Import 4")
    assert "with <b>1 new person</b>" in dialog.ui.summaryLabel.text()
    assert dialog.entries.index(0, 1).data() == "Nadia Perez"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session)
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["Imported 4 conversations from dayone-export.zip."]
    assert journal.count_conversations() == 4
    assert sorted(p.name for p in journal.people()) == ["Marcus Webb", "Nadia Perez", "Priya Raman"]


def test_a_file_that_cannot_be_imported_says_why_in_the_window(
    qtbot: Any, session: Session, tmp_path: Path
) -> None:
    bad = tmp_path / "export.zip"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    dialog = shown(qtbot, session, bad, "dayone")
    assert "export.zip cannot be imported" in dialog.ui.summaryLabel.text()
    assert "not a readable zip" in dialog.ui.summaryLabel.text()
    assert dialog.import_button.isHidden()


def test_cancelling_the_import_writes_nothing(
    qtbot: Any, session: Session, told: list[str]
) -> None:
    dialog = shown(qtbot, session, DATA / "jrnl-export.json", "jrnl")
    release = threading.Event()
    session.write(lambda j: release.wait(10))  # the worker is busy: the import waits
    dialog.start_import()
    assert dialog.job is not None
    dialog.job.dialog.canceled.emit()
    release.set()
    settle(qtbot, session)
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["The import was cancelled; nothing was imported."]
    assert journal_of(session).count_conversations() == 0
    assert journal_of(session).people() == []


def test_file_import_recognises_a_jrnl_export_and_opens_its_preview(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from trustjournal.gui.exchange.import_flow import ImportFlow
    from trustjournal.gui.exchange.journals_dialog import JournalImportDialog

    window = QWidget()
    qtbot.addWidget(window)
    flow = ImportFlow(session, window)
    flow.open(DATA / "jrnl-export.json")
    qtbot.waitUntil(lambda: isinstance(flow.dialog, JournalImportDialog))
    dialog = flow.dialog
    assert isinstance(dialog, JournalImportDialog) and dialog.fmt == "jrnl"
    qtbot.waitUntil(lambda: "Reading" not in dialog.ui.summaryLabel.text())
    assert "cannot be imported" not in dialog.ui.summaryLabel.text()
    dialog.reject()
