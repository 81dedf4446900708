"""File ▸ Export… and a person's Export…: where the readable export goes, and its progress.

One small dialog: an encrypted `.age` file (the default: it asks for the journal passphrase,
checked before anything is written) or a folder of readable files (with the warning, in
place, that it is not encrypted); the location; then, in the same dialog, progress that can
be cancelled and the result. The work (`core/exchange/export.py`) runs on the journal
worker as a long operation; locking cancels it and closes the dialog.

Nothing of an export is remembered: the location is not kept in the app's settings, and
the file dialog is Qt's own (never the platform's, which may add to a recent-files list),
whose remembered history is put back as it was once it closes (docs/export-format.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from trustjournal import APP_NAME
from trustjournal.core.errors import JournalError, UnlockFailed
from trustjournal.core.exchange import export, markdown
from trustjournal.core.kinds import counts_text
from trustjournal.core.records import PersonRef
from trustjournal.gui.common import theme
from trustjournal.gui.common.announce import announce
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.session import Session
from trustjournal.gui.worker import Cancelled, Ticket

WIDTH = 560
AGE_HELP = QT_TRANSLATE_NOOP(  # shown through self.tr, in the ExportDialog context
    "ExportDialog",
    "Encrypted with your journal passphrase as a standard age file: the age tool alone "
    "opens it (age -d FILE.age | tar x).",
)


def folder_warning() -> str:
    """The Markdown folder's warning, in the language in use (the core's sentence)."""
    return f"⚠  {markdown.warning()}"


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    theme.set_role(label, "muted")
    return label


def choose_path(parent: QWidget, title: str, start: Path, *, folder: bool) -> Path | None:
    """Qt's own file dialog, leaving no trace: its remembered history and last folder
    (QSettings "QtProject", written when a QFileDialog is destroyed) are put back."""
    kept = QSettings(QSettings.Scope.UserScope, "QtProject")
    keys = [k for k in kept.allKeys() if k.startswith("FileDialog/")]
    before = {k: kept.value(k) for k in keys}
    dialog = QFileDialog(parent, f"{title} — {APP_NAME}", str(start))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setNameFilter(QCoreApplication.translate("ExportDialog", "age files (*.age)"))
        dialog.setDefaultSuffix("age")
        dialog.selectFile(start.name)
    chosen = dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else None
    Shiboken.delete(dialog)  # writes its settings now, so they can be put back
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in [k for k in after.allKeys() if k.startswith("FileDialog/")]:
        if key in before:
            after.setValue(key, before[key])
        else:
            after.remove(key)
    after.sync()
    return Path(chosen) if chosen else None


class ExportDialog(QDialog):
    """Export the whole journal, or one person's history (`person`)."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, person: PersonRef | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.person = person
        self.ticket: Ticket | None = None
        self.result_path: Path | None = None
        what = self.tr("Export {name}").format(name=person.name) if person else self.tr("Export")
        self.setWindowTitle(f"{what} — {APP_NAME}")
        self.setMinimumWidth(WIDTH)
        self._build()
        session.locking.connect(self._locking)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # The dialog grows and shrinks with what it shows (the warning, progress, result).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        if self.person is None:
            intro = self.tr(
                "Write your journal in formats you can read without TrustJournal: a Markdown "
                "page per person with their conversations in order, your decisions, gatherings "
                "and reflections, and journal.json with everything (it imports back into an "
                "empty journal)."
            )
        else:
            intro = self.tr(
                "Write {name}'s history as one Markdown page: the flag and why, "
                "every conversation in order with its signals and note, the decisions and "
                "gatherings they were part of."
            ).format(name=self.person.name)
        text = QLabel(intro)
        text.setWordWrap(True)
        text.setMinimumWidth(WIDTH - 32)  # the dialog's width (its size follows its layout)
        layout.addWidget(text)
        layout.addSpacing(4)

        self.as_age = QRadioButton(self.tr("An &encrypted file (.age)"))
        self.as_age.setAccessibleName(self.tr("Export as an encrypted age file"))
        self.as_folder = QRadioButton(self.tr("A &folder of readable files (not encrypted)"))
        self.as_folder.setAccessibleName(self.tr("Export as a folder of readable files"))
        group = QButtonGroup(self)
        group.addButton(self.as_age)
        group.addButton(self.as_folder)
        self.as_age.setChecked(True)
        layout.addWidget(self.as_age)
        self.age_box = QWidget()
        age_layout = QVBoxLayout(self.age_box)
        age_layout.setContentsMargins(24, 0, 0, 4)
        age_layout.setSpacing(6)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your journal passphrase"))
        self.passphrase.setAccessibleName(self.tr("Journal passphrase"))
        age_layout.addWidget(self.passphrase)
        age_layout.addWidget(_muted(self.tr(AGE_HELP)))
        layout.addWidget(self.age_box)
        layout.addWidget(self.as_folder)
        self.warning = QLabel(folder_warning())
        self.warning.setWordWrap(True)
        # A label's name is what a screen reader reads: its words, with what kind they are.
        self.warning.setAccessibleDescription(self.tr("Warning"))
        theme.set_role(self.warning, "warning")
        layout.addWidget(self.warning)

        layout.addSpacing(4)
        where = QHBoxLayout()
        where.setSpacing(8)
        self.location = QLineEdit(str(self._default_path()))
        self.location.setAccessibleName(self.tr("Where to write the export"))
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.clicked.connect(self._choose)
        where.addWidget(QLabel(self.tr("Save to:")))
        where.addWidget(self.location, 1)
        where.addWidget(self.choose)
        layout.addLayout(where)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleDescription(self.tr("Problem"))
        theme.set_role(self.error, "error")
        self.error.hide()
        layout.addWidget(self.error)

        layout.addSpacing(8)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(self.tr("&Show in Folder"))
        self.open_button.clicked.connect(self._show_in_folder)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()  # adding it showed it: only once there is something to show
        self.ok = QPushButton(self.tr("&Export"))
        self.ok.setDefault(True)
        theme.set_primary(self.ok)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self._cancel)
        layout.addWidget(self.buttons)

        self.as_age.toggled.connect(self._kind_changed)
        self._kind_changed()

    def _default_path(self) -> Path:
        day = dt.date.today().isoformat()
        name = f"{self.person.name} {day}" if self.person else f"TrustJournal export {day}"
        return Path.home() / f"{markdown.safe_name(name, 'TrustJournal export')}.age"

    def _kind_changed(self) -> None:
        age = self.as_age.isChecked()
        self.age_box.setEnabled(age)
        self.warning.setVisible(not age)
        path = Path(self.location.text().strip() or str(self._default_path()))
        if age and not export.is_age(path):
            path = path.with_name(path.name + export.AGE_SUFFIX)
        elif not age and export.is_age(path):
            path = path.with_name(path.name[: -len(export.AGE_SUFFIX)])
        self.location.setText(str(path))
        self.error.hide()
        (self.passphrase if age else self.location).setFocus()

    def _choose(self) -> None:
        current = Path(self.location.text().strip() or str(self._default_path()))
        folder = self.as_folder.isChecked()
        title = self.tr("Export to a Folder") if folder else self.tr("Save the Encrypted Export")
        chosen = choose_path(self, title, current if not folder else current.parent, folder=folder)
        if chosen is not None:
            if folder and chosen.exists() and any(chosen.iterdir()):
                chosen = chosen / current.name  # a new folder inside the one picked
            self.location.setText(str(chosen))

    # -- running --------------------------------------------------------------------------------

    def _inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.as_age, self.as_folder, self.location, self.choose, self.ok):
            widget.setEnabled(enabled)
        self.age_box.setEnabled(enabled and self.as_age.isChecked())

    def _start(self) -> None:
        if self.result_path is not None:  # the export is done: the button says Close
            self.accept()
            return
        text = self.location.text().strip()
        if not text:
            self._fail(self.tr("Choose where to write the export."))
            return
        out = Path(text).expanduser()
        age = self.as_age.isChecked()
        if age and not export.is_age(out):
            out = out.with_name(out.name + export.AGE_SUFFIX)
        secret = self.passphrase.text() if age else None
        if age and not secret:
            self._fail(self.tr("Type your journal passphrase: the encrypted file opens with it."))
            self.passphrase.setFocus()
            return
        person_id = self.person.id if self.person else None
        self.error.hide()
        self._inputs_enabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Checking the passphrase…") if age else self.tr("Exporting…"))
        self.status.show()

        def work(journal: Any, ticket: Ticket) -> export.ExportInfo:
            if secret is not None:
                export.check_passphrase(journal, secret)
            return export.export(
                journal, out, passphrase=secret, person_id=person_id, progress=ticket.report
            )

        self.ticket = self.session.long(
            work, self._done, self._failed, self._advance, name="export"
        )

    def _advance(self, done: int, total: int) -> None:
        if total > 0 and Shiboken.isValid(self.progress):
            self.status.setText(self.tr("Exporting…"))
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, int(1000 * done / total)))

    def _done(self, info: export.ExportInfo) -> None:
        self.ticket = None
        self.result_path = info.path
        self.progress.hide()
        held = {kind: n for kind, n in info.counts.items() if n}
        what = (
            counts_text(held)
            if self.person is None
            else self.tr("{name}'s history").format(name=self.person.name)
        )
        if info.encrypted:
            said = self.tr(
                "Exported {what} to {path}, encrypted with your journal passphrase."
            ).format(what=what, path=info.path)
        else:
            said = self.tr(
                "Exported {what} to the folder {path} (not encrypted: see above)."
            ).format(what=what, path=info.path)
        self.status.setText(said)
        theme.set_role(self.status, "note")
        announce(self.status, said)  # the dialog stays open: the change is told, not seen
        self.ok.setText(self.tr("Close"))
        self.ok.setEnabled(True)
        self.open_button.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def _failed(self, exc: BaseException) -> None:
        self.ticket = None
        self.progress.hide()
        self.status.hide()
        self._inputs_enabled(True)
        if isinstance(exc, Cancelled):
            self._fail(self.tr("The export was cancelled; nothing was written."))
        elif isinstance(exc, UnlockFailed):
            self._fail(self.tr("That is not your journal passphrase. Nothing was written."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(exc, JournalError):
            self._fail(str(exc))
        else:
            self._fail(
                self.tr("The export failed ({kind}); nothing was written.").format(
                    kind=type(exc).__name__
                )
            )

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        announce(self.error, text, assertive=True)

    def _cancel(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Cancel (also Esc and the window's close button): while the export runs, stop it
        and stay open to say so; otherwise close."""
        if self.ticket is not None:
            self.ticket.cancel()  # `_failed` says so
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def _locking(self) -> None:
        if self.ticket is not None:
            self.ticket.cancel()
            self.ticket = None
        self.passphrase.clear()
        super().reject()

    def _show_in_folder(self) -> None:
        if self.result_path is not None:
            target = self.result_path if self.result_path.is_dir() else self.result_path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def done(self, code: int) -> None:
        """QDialog's, forgetting the passphrase and the lock signal."""
        self.passphrase.clear()
        with contextlib.suppress(RuntimeError, TypeError):  # already gone
            self.session.locking.disconnect(self._locking)
        super().done(code)
