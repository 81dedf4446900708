"""File ▸ Export… and a person's Export…: the dialog writes on the journal worker, says
what it did, refuses a wrong passphrase before writing anything, and leaves no trace of
the location in any settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyrage
from helpers import PASSPHRASE, journal_of, settle
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QLineEdit

from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.gui.export import dialog as export_dialog
from trustjournal.gui.export.dialog import ExportDialog
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session

MARKER = "GUI-EXPORT-MARKER-9d0b"


def _fill(session: Session) -> int:
    j = journal_of(session)
    maya = j.add_person(PersonDraft("Maya Chen", "CEO"))
    j.add_conversation(ConversationDraft((maya.id,), dt.date(2026, 5, 6), "dinner", MARKER))
    return maya.id


def _run(qtbot: object, dialog: ExportDialog) -> None:
    dialog.show()
    dialog.ok.click()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: dialog.result_path is not None or dialog.error.isVisible(), timeout=60_000
    )


def test_export_a_folder_from_the_file_menu(
    qtbot: object, session: Session, tmp_path: Path
) -> None:
    _fill(session)
    window = MainWindow(session)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    action = window.app_actions["export"]
    assert action.text() == "&Export…"
    assert action in window.menuBar().actions()[0].menu().actions()
    dialog = ExportDialog(session, window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.as_age.isChecked() and dialog.location.text().endswith(".age")
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.as_folder.setChecked(True)
    assert dialog.warning.isVisibleTo(dialog) and "NOT encrypted" in dialog.warning.text()
    assert not dialog.location.text().endswith(".age")
    out = tmp_path / "export"
    dialog.location.setText(str(out))
    _run(qtbot, dialog)
    assert dialog.result_path == out, dialog.error.text()
    assert "Exported 1 person and 1 conversation" in dialog.status.text()
    assert MARKER in (out / "people" / "Maya Chen.md").read_text("utf-8")
    assert dialog.ok.text() == "Close"
    settle(qtbot, session)


def test_encrypted_export_checks_the_passphrase_first(
    qtbot: object, session: Session, tmp_path: Path
) -> None:
    maya = _fill(session)
    person = journal_of(session).person(maya).ref
    dialog = ExportDialog(session, None, person)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    out = tmp_path / "maya.age"
    dialog.location.setText(str(out))
    dialog.ok.click()
    assert "Type your journal passphrase" in dialog.error.text()
    dialog.passphrase.setText("not the passphrase")
    _run(qtbot, dialog)
    assert "not your journal passphrase" in dialog.error.text()
    assert not out.exists() and list(tmp_path.iterdir()) == [tmp_path / "vault"]
    assert dialog.as_age.isEnabled()  # ready to try again
    dialog.passphrase.setText(PASSPHRASE)
    _run(qtbot, dialog)
    assert dialog.result_path == out, dialog.error.text()
    assert "Maya Chen's history" in dialog.status.text()
    assert b"Maya Chen.md" in pyrage.passphrase.decrypt(out.read_bytes(), PASSPHRASE)
    dialog.accept()
    assert dialog.passphrase.text() == ""  # not kept once the dialog closes


def test_locking_closes_the_dialog(qtbot: object, session: Session) -> None:
    dialog = ExportDialog(session, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    session.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible())  # type: ignore[attr-defined]
    assert dialog.passphrase.text() == ""


def test_the_file_dialog_leaves_no_history(qtbot: object, tmp_path: Path) -> None:
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    before = {k: qt_settings.value(k) for k in qt_settings.allKeys()}
    chosen = tmp_path / "somewhere.age"

    def answer() -> None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                name = widget.findChild(QLineEdit, "fileNameEdit")
                name.setText(chosen.name)
                widget.accept()
                return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    got = export_dialog.choose_path(None, "Save", tmp_path / "x.age", folder=False)  # type: ignore[arg-type]
    assert got == chosen
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert {k: after.value(k) for k in after.allKeys()} == before
    stored = Path(after.fileName())
    assert not stored.exists() or str(tmp_path) not in stored.read_text("utf-8", "replace")
