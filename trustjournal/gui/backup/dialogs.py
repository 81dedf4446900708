"""The questions a backup asks: which passphrase opens a new backup (Back Up Now), and
the backup's passphrase and where the restored journal goes (Restore from Backup)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal import APP_NAME
from trustjournal.core import kinds
from trustjournal.core.errors import WeakPassphrase
from trustjournal.core.store.vault import check_new_passphrase
from trustjournal.gui.common import theme

WIDTH = 520
EVERYTHING = kinds.listing([kind.plural for kind in kinds.LISTED])  # what a backup holds


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    theme.set_role(label, "muted")
    return label


def _password_field(accessible: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    return field


class _Dialog(QDialog):
    """Shared frame: margins, an error line, and OK/Cancel with a named primary button."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{title} — {APP_NAME}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 16, 16, 16)
        self.layout_.setSpacing(8)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(QCoreApplication.translate("_Dialog", "Problem"))
        theme.set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(ok_text)
        self.ok.setAccessibleName(ok_text.replace("&", "").rstrip("…"))
        theme.set_primary(self.ok)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(WIDTH)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addSpacing(8)
        self.layout_.addWidget(self.buttons)
        # Only now, in the dialog: a button made default before it has its dialog is not
        # the dialog's default (Enter pressed Cancel, the first button to take the focus).
        self.ok.setDefault(True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped lines need at this width: a dialog does not size itself
        by height-for-width, and German wraps into more lines than the estimate."""
        self.layout_.invalidate()
        self.layout_.activate()
        height = self.layout_.totalHeightForWidth(self.width())
        self.setMinimumHeight(height)
        if self.height() < height:
            self.resize(self.width(), height)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.adjustSize()
        self._fit_height()

    def shown_error(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""


class BackupOptionsDialog(_Dialog):
    """Which passphrase opens the new backup: the journal's own (default) or a separate one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("BackupOptionsDialog", "Back Up Now"),
            QCoreApplication.translate("BackupOptionsDialog", "&Choose Where to Save…"),
            parent,
        )
        heading = QLabel(self.tr("Back up the whole journal to one encrypted age file"))
        heading.setWordWrap(True)  # the German heading is longer than the dialog is wide
        theme.set_role(heading, "heading")
        self.layout_.addWidget(heading)
        self.layout_.addWidget(
            _muted(
                self.tr(
                    "Everything goes in: {everything}. Keep the file somewhere other than "
                    "this computer. It is a standard age file: if TrustJournal were ever gone, "
                    "the free age tool would still open it (age -d FILE | gunzip)."
                ).format(everything=EVERYTHING)
            )
        )
        self.layout_.addSpacing(4)
        self.own = QRadioButton(self.tr("&Use the journal's passphrase"))
        self.own.setAccessibleName(self.tr("Use the journal's passphrase"))
        self.own.setChecked(True)
        self.separate = QRadioButton(self.tr("Use a &separate passphrase"))
        self.separate.setAccessibleName(self.tr("Use a separate passphrase"))
        group = QButtonGroup(self)
        group.addButton(self.own)
        group.addButton(self.separate)
        self.layout_.addWidget(self.own)
        own_help = _muted(
            self.tr(
                "It opens with the passphrase you unlock the journal with today, even after "
                "you change that passphrase. Type it once more: the backup is sealed with it."
            )
        )
        own_help.setContentsMargins(24, 0, 0, 4)
        self.layout_.addWidget(own_help)
        own_grid = QGridLayout()
        own_grid.setContentsMargins(24, 0, 0, 4)
        own_grid.setHorizontalSpacing(12)
        self.journal_passphrase = _password_field(
            self.tr("Journal passphrase"), self.tr("Your journal passphrase")
        )
        own_label = QLabel(self.tr("&Journal passphrase:"))
        own_label.setBuddy(self.journal_passphrase)
        own_grid.addWidget(own_label, 0, 0)
        own_grid.addWidget(self.journal_passphrase, 0, 1)
        self.layout_.addLayout(own_grid)
        self.layout_.addWidget(self.separate)
        grid = QGridLayout()
        grid.setContentsMargins(24, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.passphrase = _password_field(
            self.tr("Backup passphrase"), self.tr("At least 8 characters")
        )
        self.repeat = _password_field(self.tr("Backup passphrase again"), self.tr("The same again"))
        for row, (text, field) in enumerate(
            ((self.tr("&Passphrase:"), self.passphrase), (self.tr("&Repeat:"), self.repeat))
        ):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        self.layout_.addLayout(grid)
        self.finish_layout()
        self.separate.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        on = self.separate.isChecked()
        self.passphrase.setEnabled(on)
        self.repeat.setEnabled(on)
        self.journal_passphrase.setEnabled(not on)
        (self.passphrase if on else self.journal_passphrase).setFocus()
        self.show_error("")

    def chosen_passphrase(self) -> str:
        """The passphrase that seals the backup (the journal's, if `uses_journal_passphrase`)."""
        return (self.passphrase if self.separate.isChecked() else self.journal_passphrase).text()

    def uses_journal_passphrase(self) -> bool:
        return not self.separate.isChecked()

    def accept(self) -> None:
        if not self.separate.isChecked() and not self.journal_passphrase.text():
            self.show_error(self.tr("Type your journal passphrase: the backup opens with it."))
            self.journal_passphrase.setFocus()
            return
        if self.separate.isChecked():
            text = self.passphrase.text()
            try:
                check_new_passphrase(text)
            except WeakPassphrase as exc:
                self.show_error(str(exc).replace(" Nothing was changed.", ""))
                return
            if text != self.repeat.text():
                self.show_error(self.tr("The two passphrases are not the same."))
                return
        super().accept()


class RestoreDialog(_Dialog):
    """The backup's passphrase and where the restored journal goes."""

    def __init__(
        self, source: Path, journal_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RestoreDialog", "Restore from Backup"),
            QCoreApplication.translate("RestoreDialog", "&Restore"),
            parent,
        )
        heading = QLabel(self.tr("Restore “{name}”").format(name=source.name))
        heading.setWordWrap(True)
        theme.set_role(heading, "heading")
        self.layout_.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        label = QLabel(self.tr("&Passphrase:"))
        self.passphrase = _password_field(
            self.tr("Backup passphrase"), self.tr("The backup's passphrase")
        )
        label.setBuddy(self.passphrase)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.passphrase, 0, 1)
        grid.addWidget(
            _muted(
                self.tr(
                    "The passphrase that opened the journal when the backup was made, or the "
                    "separate one chosen for it. The restored journal opens with it."
                )
            ),
            1,
            1,
        )
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)
        self.layout_.addSpacing(4)

        self.into_new = QRadioButton(self.tr("Restore into a &new folder:"))
        self.into_new.setAccessibleName(self.tr("Restore into a new folder"))
        self.into_new.setChecked(True)
        self.replace = QRadioButton(self.tr("Re&place the journal that is open now"))
        self.replace.setAccessibleName(self.tr("Replace the journal that is open now"))
        group = QButtonGroup(self)
        group.addButton(self.into_new)
        group.addButton(self.replace)
        self.layout_.addWidget(self.into_new)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.setSpacing(8)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder for the restored journal"))
        self.folder.setPlaceholderText(self.tr("A new or empty folder"))
        base = journal_path.parent if journal_path is not None else Path.home()
        self.folder.setText(
            str(
                free_name(
                    base
                    / self.tr("Restored journal {date}").format(date=f"{dt.date.today():%Y-%m-%d}")
                )
            )
        )
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAccessibleName(self.tr("Choose the folder for the restored journal"))
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.replace)
        replace_help = _muted(
            self.tr(
                "Your current journal is first saved as a backup file and then moved aside, "
                "not deleted. You will be asked to confirm."
            )
        )
        replace_help.setContentsMargins(24, 0, 0, 0)
        self.layout_.addWidget(replace_help)
        self.replace.setEnabled(journal_path is not None)
        self.finish_layout()
        self.choose.clicked.connect(self._choose)
        self.into_new.toggled.connect(self._update)
        self._update()
        self.passphrase.setFocus()

    def _update(self) -> None:
        self.folder.setEnabled(self.into_new.isChecked())
        self.choose.setEnabled(self.into_new.isChecked())

    def _choose(self) -> None:
        start = str(Path(self.folder.text()).parent) if self.folder.text() else str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the Restored Journal") + f" — {APP_NAME}", start
        )
        if chosen:
            self.folder.setText(chosen)

    def target(self) -> Path | None:
        """The folder to restore into, or None to replace the open journal."""
        return None if self.replace.isChecked() else Path(self.folder.text().strip()).expanduser()

    def accept(self) -> None:
        if not self.passphrase.text():
            self.show_error(self.tr("Enter the backup's passphrase."))
            return
        target = self.target()
        if target is not None:
            if not self.folder.text().strip():
                self.show_error(self.tr("Choose a folder for the restored journal."))
                return
            if target.exists() and (not target.is_dir() or any(target.iterdir())):
                self.show_error(
                    self.tr("{folder} is not empty; choose a new or empty folder.").format(
                        folder=target
                    )
                )
                return
        super().accept()


def free_name(path: Path) -> Path:
    """`path`, or `path (2)`, `path (3)`… whichever does not exist yet."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name} ({n})")
        n += 1
    return candidate
