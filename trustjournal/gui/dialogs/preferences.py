"""The Preferences dialog: auto-lock, remember on this device, cadence, learning from the
signals ticked, theme, language (read at the next start: gui/common/language.py),
reminders (due next steps, the weekly review's day, running on in the tray), where the
journal is, automatic backups (on or off, folder, how many to keep, how the last one
went), and sync (gui/sync/page.py: done at once, not on OK). The cadence and learning
belong to the journal (and travel in its backups); the rest to this device.

OK writes the non-secret settings to `session.config` and emits `session.settings_changed`
when one changed (the cadence changes flags, the auto-lock the idle timer). The theme
shows at once while the dialog is open and Cancel puts the old one back. "Remember on
this device" is a keychain call, which can block on a keychain prompt, so it runs in a
worker when OK is pressed; if the keychain refuses, the dialog stays open with the reason.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)
from shiboken6 import Shiboken

from trustjournal.core.errors import JournalError
from trustjournal.core.judgement.ties import CADENCE_DAYS, CADENCE_RANGE
from trustjournal.core.store.vault import Vault
from trustjournal.gui.backup.automatic import automatic_status
from trustjournal.gui.common import theme, workers
from trustjournal.gui.common.config import (
    AUTO_LOCK_RANGE,
    KEEP_RANGE,
    LANGUAGES,
    REVIEW_DAYS,
    THEMES,
)
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.forms.ui_preferences import Ui_PreferencesDialog
from trustjournal.gui.session import Session
from trustjournal.gui.sync.page import SyncPage
from trustjournal.gui.tray import Tray

THEME_HELP = {
    "system": QT_TRANSLATE_NOOP(
        "PreferencesDialog",
        "Follows your desktop's light, dark or high-contrast setting, and changes when it does.",
    ),
    "light": QT_TRANSLATE_NOOP("PreferencesDialog", "Always light, whatever the desktop uses."),
    "dark": QT_TRANSLATE_NOOP("PreferencesDialog", "Always dark, whatever the desktop uses."),
    "high": QT_TRANSLATE_NOOP(
        "PreferencesDialog", "Black text on white with strong outlines, whatever the desktop uses."
    ),
    "high-dark": QT_TRANSLATE_NOOP(
        "PreferencesDialog", "White text on black with strong outlines, whatever the desktop uses."
    ),
}

WIDTH = 580  # wide enough for the help lines to wrap into two or three calm lines
KEYCHAIN_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "PreferencesDialog",
    "This computer's keychain is not available, so TrustJournal will ask for your "
    "passphrase each time.",
)
UPDATING_KEYCHAIN = QT_TRANSLATE_NOOP("PreferencesDialog", "Updating this computer's keychain…")
NO_TRAY = QT_TRANSLATE_NOOP(
    "PreferencesDialog", "This desktop has no system tray: closing the window quits TrustJournal."
)


RECOVERY_HELP = QT_TRANSLATE_NOOP(
    "PreferencesDialog",
    "Opens the journal if you forget your passphrase: make one, print the emergency kit "
    "and keep it somewhere safe.",
)


def _t(text: str) -> str:
    """A string marked above with QT_TRANSLATE_NOOP, in the GUI's language."""
    return QCoreApplication.translate("PreferencesDialog", text)


def keychain_available() -> bool:
    """Whether a real keychain backend is there to remember the key (may be slow: use a worker).

    keyring's fail, null and empty chained backends all have a priority of 0 or less.
    """
    try:
        import keyring

        return float(type(keyring.get_keyring()).priority) > 0
    except Exception:  # a backend that cannot even say what it is counts as none
        return False


class PreferencesDialog(QDialog):
    """Preferences — TrustJournal. `exec()` it; everything is applied on OK."""

    cadence_loaded = Signal()  # the journal's cadence (and learning) has arrived and is shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        config = session.config

        # The ranges come from their one home before the values: the form types none.
        ui.autoLock.setRange(*AUTO_LOCK_RANGE)
        ui.autoLock.setValue(config.auto_lock_minutes)
        ui.cadence.setRange(*CADENCE_RANGE)
        self._cadence = CADENCE_DAYS  # the journal's own, once read
        ui.cadence.setValue(self._cadence)
        self._learning = True  # the journal's own, once read
        ui.learning.setChecked(self._learning)
        if session.is_open:
            for control in (ui.cadence, ui.learning):
                control.setEnabled(False)  # until the journal's own value has arrived
            session.read(
                lambda j: (j.tie_settings().cadence_days, j.learning_enabled()),
                self._journal_read,
            )
        for index, code in enumerate(THEMES):
            ui.theme.setItemData(index, code)
        ui.theme.setCurrentIndex(THEMES.index(config.theme))
        ui.themeHelp.setText(_t(THEME_HELP[config.theme]))
        for index, code in enumerate(LANGUAGES):
            ui.language.setItemData(index, code)
        ui.language.setCurrentIndex(LANGUAGES.index(config.language))
        ui.remindDue.setChecked(config.remind_due)
        for index, code in enumerate(REVIEW_DAYS):
            ui.reviewDay.setItemData(index, code)
        ui.reviewDay.setCurrentIndex(REVIEW_DAYS.index(config.review_day))
        ui.keepInTray.setChecked(config.keep_in_tray)
        ui.keepInTray.setAccessibleDescription(ui.keepInTray.toolTip())
        if not Tray.available():  # offered only where there is a tray to run on in
            ui.keepInTray.setEnabled(False)
            ui.keepInTray.setToolTip(_t(NO_TRAY))
            ui.keepInTray.setAccessibleDescription(_t(NO_TRAY))
        ui.location.setText(str(session.path))
        ui.location.setCursorPosition(0)
        self._remembered = Vault(session.path).remembered
        ui.remember.setChecked(self._remembered)
        self._keychain_ok: bool | None = None  # unknown until the worker says
        self._busy = False
        self._saved_theme = config.theme
        self._previewing = False
        self.show_note(None)
        ui.backupEnabled.setChecked(config.backup_enabled)
        ui.backupFolder.setText(str(config.backup_folder or ""))
        ui.backupFolder.setCursorPosition(0)
        # The units after the numbers (the form marks them untranslatable: "min" stays).
        ui.cadence.setSuffix(self.tr(" days"))
        ui.backupKeep.setSuffix(self.tr(" backups"))
        ui.backupKeep.setRange(*KEEP_RANGE)
        ui.backupKeep.setValue(config.backup_keep)
        self.show_backup_status()
        self._backup_toggled()

        for control, help_label in (
            (ui.autoLock, ui.autoLockHelp),
            (ui.remember, ui.rememberHelp),
            (ui.cadence, ui.cadenceHelp),
            (ui.learning, ui.learningHelp),
            (ui.theme, ui.themeHelp),
            (ui.language, ui.languageHelp),
            (ui.remindDue, ui.remindHelp),
            (ui.backupEnabled, ui.backupHelp),
        ):
            control.setAccessibleDescription(help_label.text())
            help_label.setContentsMargins(0, 0, 0, 4)  # a help line belongs to the control above
        for heading in (
            ui.tiesHeading,
            ui.appearanceHeading,
            ui.journalHeading,
            ui.backupHeading,
        ):
            heading.setContentsMargins(0, 10, 0, 0)  # air above every section but a page's first
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        theme.set_primary(ok)

        self.resize(WIDTH, self.height())
        ui.theme.currentIndexChanged.connect(self._preview_theme)
        ui.pages.currentChanged.connect(self._fit_height)  # each page wraps its own lines
        ui.buttons.accepted.connect(self.accept)
        ui.backupEnabled.toggled.connect(self._backup_toggled)
        ui.backupChoose.clicked.connect(self._choose_backup_folder)
        self._add_recovery_row()
        self.sync_page = SyncPage(session, ui.pages)
        ui.pages.addTab(self.sync_page, self.tr("Sync"))
        ui.buttons.rejected.connect(self.reject)
        session.locking.connect(self._session_locking)
        workers.run(keychain_available, self._keychain_checked, lambda _exc: None)

    # -- what the user sees ---------------------------------------------------------------

    def _add_recovery_row(self) -> None:
        """ "Recovery key…" under the journal's location (the form's last row, before its
        stretch): gui/recovery/dialogs.py makes, replaces or removes the key."""
        ui = self.ui
        ui.form.removeItem(ui.generalPageStretch)
        self.recoveryButton = QPushButton(self.tr("Recovery key…"), ui.generalPage)
        self.recoveryButton.setObjectName("recoveryButton")
        self.recoveryButton.setEnabled(self.session.is_open)
        help_label = QLabel(_t(RECOVERY_HELP), ui.generalPage)
        help_label.setWordWrap(True)
        theme.set_role(help_label, "muted")
        ui.form.addWidget(self.recoveryButton, 18, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)
        ui.form.addWidget(help_label, 19, 1, 1, 1)
        ui.form.addItem(ui.generalPageStretch, 20, 0, 1, 2)
        ui.form.setRowStretch(18, 0)
        ui.form.setRowStretch(20, 1)
        self.recoveryButton.clicked.connect(self.manage_recovery_key)

    def manage_recovery_key(self) -> None:
        from trustjournal.gui.recovery.dialogs import RecoveryKeyDialog

        self.recovery_dialog = RecoveryKeyDialog(self.session, self)
        self.recovery_dialog.exec()

    def show_note(self, text: str | None, role: str = "note") -> None:
        """Show `text` in place under the remember checkbox (or hide the note)."""
        note = self.ui.keychainNote
        note.setText(text or "")
        theme.set_role(note, role)
        note.setVisible(bool(text))
        if self.isVisible():
            self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # A dialog does not size itself by height-for-width, so wrapped help lines would be
        # cut off: ask the layout how tall it must be at this width. The pages are measured
        # at the width they really have (the tab frame's style sheet is not in the tab
        # widget's own estimate), the tallest one deciding.
        layout = self.ui.layout
        layout.invalidate()
        layout.activate()
        shown = self.ui.pages.currentWidget()
        pages = (self.ui.generalPage, self.ui.remindersPage, self.sync_page)
        # A page never shown yet has not been given its width: the widest one has it.
        width = max(page.width() for page in pages)
        needed = 0
        for page in pages:
            page_layout = page.layout()
            if page_layout is not None:
                page_layout.invalidate()
                needed = max(needed, page_layout.totalHeightForWidth(width))
        if needed > shown.height():
            # Longer words (German) wrap into more lines than the tabs' own estimate: the
            # tabs, not the stretch under them, must take the height they need.
            self.ui.pages.setMinimumHeight(self.ui.pages.height() + needed - shown.height())
            layout.invalidate()
            layout.activate()
        height = layout.totalHeightForWidth(self.width())
        height = max(height, self.height() + needed - shown.height())
        self.setMinimumHeight(height)
        if self.height() < height:
            self.resize(self.width(), height)
        shown_layout = shown.layout()
        if shown_layout is not None:
            shown_layout.activate()  # the lines of the page now shown, at today's font

    def note(self) -> str:
        """The note shown in place now ("" when none)."""
        return self.ui.keychainNote.text() if self.ui.keychainNote.isVisibleTo(self) else ""

    def show_backup_status(self, text: str | None = None, role: str = "muted") -> None:
        """The line under the backup settings: how the last automatic backup went, or a problem."""
        if text is None:
            text, role = automatic_status(self.session.config)
        self.ui.backupStatus.setText(text)
        theme.set_role(self.ui.backupStatus, role)
        if self.isVisible():
            self._fit_height()

    def backup_status(self) -> str:
        return str(self.ui.backupStatus.text())

    def _backup_toggled(self) -> None:
        on = self.ui.backupEnabled.isChecked()
        for control in (self.ui.backupFolder, self.ui.backupChoose, self.ui.backupKeep):
            control.setEnabled(on)

    def _choose_backup_folder(self) -> None:
        start = self.ui.backupFolder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup Folder — TrustJournal"), start
        )
        if chosen:
            self.ui.backupFolder.setText(chosen)
            self.ui.backupFolder.setCursorPosition(0)
            self.show_backup_status()

    def _backup_problem(self) -> str | None:
        """Why the automatic-backup settings cannot be kept as they are (None: they can)."""
        if not self.ui.backupEnabled.isChecked():
            return None
        text = self.ui.backupFolder.text().strip()
        if not text:
            return self.tr("Choose a folder for the automatic backups.")
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            return self.tr("Choose the backup folder with Choose…, or type its full path.")
        if folder.exists() and not folder.is_dir():
            return self.tr("{folder} is a file, not a folder.").format(folder=folder)
        journal = self.session.path.resolve()
        if folder.resolve() == journal or journal in folder.resolve().parents:
            return self.tr("Choose a folder outside the journal's own folder.")
        existing = folder if folder.exists() else next(p for p in folder.parents if p.exists())
        if not os.access(existing, os.W_OK | os.X_OK):
            return self.tr("TrustJournal may not write in {folder}; choose another folder.").format(
                folder=existing
            )
        return None

    def _keychain_checked(self, available: bool) -> None:
        if not Shiboken.isValid(self) or self._busy:
            return
        self._keychain_ok = available
        if not available:
            self.show_note(_t(KEYCHAIN_UNAVAILABLE))
            # Still allowed to turn it off: the marker file goes even if the keychain is gone.
            self.ui.remember.setEnabled(self.ui.remember.isChecked())

    def _preview_theme(self, index: int) -> None:
        self.ui.themeHelp.setText(_t(THEME_HELP[str(self.ui.theme.itemData(index))]))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, str(self.ui.theme.itemData(index)))
            self._previewing = True

    # -- OK, Cancel, lock -----------------------------------------------------------------

    def accept(self) -> None:
        if self._busy:
            return
        problem = self._backup_problem()
        if problem:
            self.show_backup_status(problem, "error")
            self.ui.backupFolder.setFocus()
            return
        self._save_settings()
        want = self.ui.remember.isChecked()
        if want == self._remembered or not self.session.is_open:
            super().accept()
            return
        self._set_busy(True)
        self.show_note(_t(UPDATING_KEYCHAIN), "muted")
        self.session.write(
            lambda j: j.set_remember(want), self._remember_done, self._remember_failed
        )

    def reject(self) -> None:
        if self._busy:
            return
        self._restore_theme()
        super().reject()

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.session.locking.disconnect(self._session_locking)
        super().done(result)

    def _journal_read(self, values: tuple[int, bool]) -> None:
        self._cadence, self._learning = values
        self.ui.cadence.setValue(self._cadence)
        self.ui.learning.setChecked(self._learning)
        for control in (self.ui.cadence, self.ui.learning):
            control.setEnabled(True)
        self.cadence_loaded.emit()

    def _journal_refused(self, error: BaseException) -> None:
        if not isinstance(error, JournalError):
            raise error
        self.show_note(str(error), "error")

    def _session_locking(self) -> None:
        if self.isVisible():
            self._busy = False
            self.reject()

    def _save_settings(self) -> None:
        config = self.session.config
        before = self._device_settings()
        config.auto_lock_minutes = self.ui.autoLock.value()
        cadence = self.ui.cadence.value()
        changed = cadence != self._cadence
        if changed:  # the cadence belongs to the journal: the CLI and backups follow it too
            self.session.write(
                lambda j: j.set_cadence_days(cadence),
                lambda _none: self.session.settings_changed.emit(),
                self._journal_refused,
                name="cadence",
            )
            self._cadence = cadence
            changed = False  # announced once the journal has it
        learning = self.ui.learning.isChecked()
        if learning != self._learning:  # off forgets what was learned (core/journal/learning)
            self.session.write(
                lambda j: j.set_learning(learning), None, self._journal_refused, name="learning"
            )
            self._learning = learning
        config.theme = str(self.ui.theme.currentData())
        config.language = str(self.ui.language.currentData())  # read at the next start
        self._saved_theme = config.theme
        self._previewing = False
        config.backup_enabled = self.ui.backupEnabled.isChecked()
        folder = self.ui.backupFolder.text().strip()
        config.backup_folder = Path(folder).expanduser() if folder else None
        config.backup_keep = self.ui.backupKeep.value()
        config.remind_due = self.ui.remindDue.isChecked()
        config.review_day = str(self.ui.reviewDay.currentData())
        if self.ui.keepInTray.isEnabled():
            config.keep_in_tray = self.ui.keepInTray.isChecked()
        if changed or self._device_settings() != before:
            self.session.settings_changed.emit()

    def _device_settings(self) -> tuple[object, ...]:
        """The settings of this device that views, the idle lock, the reminders or the tray
        follow (a change is announced with `settings_changed`)."""
        config = self.session.config
        return (
            config.auto_lock_minutes,
            config.theme,
            config.remind_due,
            config.review_day,
            config.keep_in_tray,
        )

    def _restore_theme(self) -> None:
        app = QApplication.instance()
        if self._previewing and isinstance(app, QApplication):
            theme.apply_theme(app, self._saved_theme)
        self._previewing = False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.buttons.setEnabled(not busy)
        usable = self._keychain_ok is not False or self.ui.remember.isChecked()
        self.ui.remember.setEnabled(not busy and usable)

    def _remember_done(self, note: Any) -> None:
        if not Shiboken.isValid(self) or not self._busy:
            return
        self._remembered = Vault(self.session.path).remembered
        self.ui.remember.setChecked(self._remembered)
        self._set_busy(False)
        if note:
            self.show_note(str(note), "error")
            return
        self.show_note(None)
        super().accept()

    def _remember_failed(self, exc: BaseException) -> None:
        if not Shiboken.isValid(self) or not self._busy:
            return
        self._remembered = Vault(self.session.path).remembered
        self.ui.remember.setChecked(self._remembered)
        self._set_busy(False)
        reason = (
            exc.reason if isinstance(exc, JournalError) else self.tr("the keychain did not answer")
        )
        self.show_note(
            self.tr("Could not change this setting: {reason}.").format(reason=reason), "error"
        )
