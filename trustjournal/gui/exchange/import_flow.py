"""File ▸ Import…: choose a file, recognise what it is, show that format's preview.

The file is recognised by its content on the journal worker (`core.exchange.formats.detect`),
then `DIALOGS` names the preview dialog of the format (a class taking the session, the
file and the parent window, with a `summary` to tell once it has imported). A format with
no dialog of its own gets `ReportDialog`: the dry run's lines, then Import.
The file chooser is Qt's own dialog, so the file never lands in a recent-files list.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trustjournal import APP_NAME
from trustjournal.core.exchange import formats
from trustjournal.gui.backup.job import Job, describe_error
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.session import Session
from trustjournal.gui.worker import Cancelled

# Format name -> "module:Class" of its preview dialog (imported when first needed).
DIALOGS: dict[str, str] = {
    "vcard": "trustjournal.gui.exchange.contacts_dialog:ContactsDialog",
    "jrnl": "trustjournal.gui.exchange.journals_dialog:jrnl_dialog",
    "dayone": "trustjournal.gui.exchange.journals_dialog:dayone_dialog",
    "ics": "trustjournal.gui.exchange.calendar_dialog:CalendarImportDialog",
}

FILE_FILTER = QT_TRANSLATE_NOOP(  # shown through self.tr, in the ImportFlow context
    "ImportFlow",
    "Contacts, calendars and journals (*.vcf *.vcard *.ics *.ical *.json *.zip *.txt);;"
    "All files (*)",
)


def dialog_class(name: str) -> Any:
    """The preview dialog of format `name`, or `ReportDialog`."""
    where = DIALOGS.get(name)
    if where is None:
        return None
    module, cls = where.split(":")
    return getattr(importlib.import_module(module), cls)


class ImportFlow(QObject):
    """What File ▸ Import… does (one per main window)."""

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.dialog: QDialog | None = None
        self.last_dir = str(Path.home())

    def choose(self) -> None:
        if not self.session.is_open:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import") + f" — {APP_NAME}",
            self.last_dir,
            self.tr(FILE_FILTER),
            options=QFileDialog.Option.DontUseNativeDialog,  # no recent-files entry
        )
        if chosen:
            self.open(Path(chosen))

    def open(self, path: Path) -> None:
        """Recognise `path` on the worker, then show its preview."""
        self.last_dir = str(path.parent)
        self.session.read(
            lambda _j: formats.detect(path),
            lambda fmt: self._preview(path, fmt),
            lambda exc: self._refused(path, exc),
            urgent=True,
            name="detect import",
        )

    def _preview(self, path: Path, fmt: formats.Format) -> None:
        cls = dialog_class(fmt.name)
        dialog = (
            cls(self.session, path, self.window)
            if cls
            else ReportDialog(self.session, path, fmt, self.window)
        )
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._done(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        load = getattr(dialog, "load", None)
        if callable(load):  # a preview that reads once it is shown
            load()

    def _done(self, dialog: QDialog) -> None:
        summary = getattr(dialog, "summary", "")
        if summary:
            QMessageBox.information(self.window, self.tr("Imported") + f" — {APP_NAME}", summary)

    def _refused(self, path: Path, exc: BaseException) -> None:
        QMessageBox.warning(
            self.window,
            self.tr("Cannot Import {name}").format(name=path.name) + f" — {APP_NAME}",
            describe_error(exc),
        )


class ReportDialog(QDialog):
    """A format without a preview of its own: what the dry run found, then Import."""

    def __init__(
        self, session: Session, path: Path, fmt: formats.Format, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.path, self.fmt = session, path, fmt
        self.summary = ""
        self.setWindowTitle(self.tr("Import {format}").format(format=fmt.label) + f" — {APP_NAME}")
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Reading {name}…").format(name=path.name))
        font = self.heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        session.locking.connect(self.reject)
        session.read(
            lambda j: fmt.run(j, path, dry_run=True), self._show, self._failed, name="dry run"
        )

    def _show(self, report: formats.Report) -> None:
        self.heading.setText(
            self.tr("{format}: {name}. Nothing is written yet.").format(
                format=self.fmt.label, name=self.path.name
            )
        )
        self.text.setPlainText("\n".join(report.lines + report.warnings))
        self.import_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.heading.setText(self.tr("{name} cannot be imported").format(name=self.path.name))
        self.text.setPlainText(describe_error(exc))

    def start_import(self) -> None:
        self.import_button.setEnabled(False)
        job = Job(
            self,
            self.tr("Import"),
            self.tr("Importing {name}…").format(name=self.path.name),
            cancellable=True,
        )

        def done(report: formats.Report) -> None:
            job.close()
            added = ", ".join(f"{n} {kind}" for kind, n in report.added.items()) or self.tr(
                "nothing new"
            )
            self.summary = self.tr("Imported {added}; {merged} merged, {skipped} skipped.").format(
                added=added, merged=report.merged, skipped=report.skipped
            )
            self.accept()

        def failed(exc: BaseException) -> None:
            job.close()
            self.import_button.setEnabled(True)
            if not isinstance(exc, Cancelled):
                QMessageBox.warning(
                    self, self.tr("Import Failed") + f" — {APP_NAME}", describe_error(exc)
                )

        job.ticket = self.session.long(
            lambda j, t: self.fmt.run(j, self.path, progress=t.report),
            done,
            failed,
            job.advance,
            name="import",
        )
