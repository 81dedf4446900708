"""Preferences: what the dialog shows, what OK keeps (across restarts), what Cancel undoes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from helpers import PASSPHRASE, assess, journal_of, settle
from keyring.backends import fail
from keyring_support import LockedKeyring, MemoryKeyring
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement.ties import CADENCE_RANGE, Flag
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.core.store.vault import Vault
from trustjournal.gui.backup.controller import BackupController
from trustjournal.gui.common import theme, workers
from trustjournal.gui.common.config import (
    AUTO_LOCK_MINUTES,
    AUTO_LOCK_RANGE,
    BACKUP_FAILURE,
    BACKUP_FAILURE_AT,
    BACKUP_KEEP,
    KEEP_RANGE,
    REVIEW_DAYS,
    Config,
)
from trustjournal.gui.dialogs.preferences import KEYCHAIN_UNAVAILABLE, NO_TRAY, PreferencesDialog
from trustjournal.gui.session import Session
from trustjournal.gui.tray import Tray


@pytest.fixture
def open_dialog(qtbot: QtBot, session: Session, restore_look: None) -> Iterator[PreferencesDialog]:
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle_keychain()
    settle(qtbot, session)  # the settings read from the journal have arrived
    yield dialog
    settle_keychain()


def settle_keychain() -> None:
    """Let the dialog's keychain worker report back."""
    workers.wait_for_all()
    QApplication.processEvents()


def button(dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    found = dialog.ui.buttons.button(which)
    assert found is not None
    return found


def press_ok(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def press_cancel(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    cancel = button(dialog, QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)


def same_folder(config: Config) -> Config:
    """A fresh Config over the same settings file: what the app reads after a restart."""
    return Config(QSettings(config.qsettings.fileName(), QSettings.Format.IniFormat))


# -- what it shows ----------------------------------------------------------------------------


def test_shows_the_current_settings(open_dialog: PreferencesDialog, session: Session) -> None:
    ui = open_dialog.ui
    assert "TrustJournal" in open_dialog.windowTitle()
    assert open_dialog.windowTitle() == "Preferences — TrustJournal"
    assert ui.autoLock.value() == session.config.auto_lock_minutes
    assert ui.autoLock.text() == f"{session.config.auto_lock_minutes} min"
    assert ui.cadence.value() == journal_of(session).tie_settings().cadence_days
    assert (ui.cadence.minimum(), ui.cadence.maximum()) == (14, 365)
    assert ui.theme.currentText() == "System"
    assert not ui.remember.isChecked()
    assert ui.location.text() == str(session.path)
    assert ui.location.isReadOnly()
    assert "honest dialogue has stopped (Fading)" in ui.cadenceHelp.text()
    assert open_dialog.note() == ""  # the keychain is there: nothing to say


def test_zero_minutes_reads_never(open_dialog: PreferencesDialog) -> None:
    open_dialog.ui.autoLock.setValue(0)
    assert open_dialog.ui.autoLock.text() == "Never"


def test_every_control_is_named_and_reachable_from_the_keyboard(
    qtbot: QtBot, open_dialog: PreferencesDialog
) -> None:
    ui = open_dialog.ui
    controls = [
        ui.autoLock,
        ui.remember,
        ui.cadence,
        ui.learning,
        ui.theme,
        ui.language,
        ui.remindDue,
        ui.reviewDay,
        ui.keepInTray,
        ui.location,
        ui.backupEnabled,
        ui.backupFolder,
        ui.backupKeep,
    ]
    direct = [
        w
        for kind in (QSpinBox, QCheckBox, QComboBox, QLineEdit)
        for w in open_dialog.findChildren(kind)
        if w.parent() in (ui.generalPage, ui.remindersPage)
    ]
    assert sorted(w.objectName() for w in direct) == sorted(c.objectName() for c in controls)
    for control in controls:
        assert control.accessibleName(), control.objectName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
    buddies = {
        label.buddy() for label in open_dialog.findChildren(QLabel) if label.buddy() is not None
    }
    mnemonics = [label.text() for label in open_dialog.findChildren(QLabel) if label.buddy()]
    assert all("&" in text for text in mnemonics)
    assert {c for c in controls if not isinstance(c, QCheckBox)} <= buddies
    open_dialog.activateWindow()
    qtbot.waitUntil(open_dialog.isActiveWindow)
    ui.backupEnabled.setChecked(True)  # the folder and the count are reachable once it is on

    def tab_from(first: QWidget, count: int) -> list[QWidget | None]:
        first.setFocus()
        order = [QApplication.focusWidget()]
        while len(order) < count:
            qtbot.keyClick(order[-1], Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget())
        return order

    assert tab_from(ui.autoLock, 7) == [
        ui.autoLock,
        ui.remember,
        ui.cadence,
        ui.learning,
        ui.theme,
        ui.language,
        ui.location,
    ]
    ui.pages.setCurrentWidget(ui.remindersPage)
    assert tab_from(ui.remindDue, 6) == [
        ui.remindDue,
        ui.reviewDay,  # no tray in the tests: "keep running in the tray" is not offered
        ui.backupEnabled,
        ui.backupFolder,
        ui.backupChoose,
        ui.backupKeep,
    ]


@pytest.mark.parametrize("look", ["light", "dark"])
def test_nothing_is_cut_off_in_light_and_dark(
    qapp: QApplication,
    qtbot: QtBot,
    session: Session,
    restore_look: None,
    look: str,
    tmp_path: Path,
) -> None:
    theme.apply_theme(qapp, look)
    keyring.set_keyring(fail.Keyring())  # the longest layout: the keychain note is showing
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle_keychain()
    assert dialog.note() == KEYCHAIN_UNAVAILABLE
    for page in range(dialog.ui.pages.count()):
        dialog.ui.pages.setCurrentIndex(page)
        QApplication.processEvents()
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.objectName()
        assert dialog.grab().save(str(tmp_path / f"prefs_{look}_{page}.png"))


# -- OK and Cancel ----------------------------------------------------------------------------


def test_ok_keeps_the_settings_across_a_restart(
    qtbot: QtBot, qapp: QApplication, open_dialog: PreferencesDialog, session: Session
) -> None:
    ui = open_dialog.ui
    ui.autoLock.setValue(12)
    ui.cadence.setValue(120)
    ui.theme.setCurrentIndex(ui.theme.findText("Dark"))
    with qtbot.waitSignal(session.settings_changed, timeout=1000):
        press_ok(qtbot, open_dialog)
    assert not open_dialog.isVisible()
    restarted = same_folder(session.config)
    assert restarted.auto_lock_minutes == 12
    assert journal_of(session).tie_settings().cadence_days == 120  # kept in the journal itself
    assert restarted.theme == "dark"
    assert theme.current_scheme(qapp) == "dark"


@pytest.mark.parametrize(
    ("choice", "code", "text", "window"),
    [
        ("High contrast, light", "high", "#000000", "#ffffff"),
        ("High contrast, dark", "high-dark", "#ffffff", "#000000"),
    ],
)
def test_high_contrast_is_offered_shown_at_once_and_kept(
    qtbot: QtBot,
    qapp: QApplication,
    open_dialog: PreferencesDialog,
    session: Session,
    choice: str,
    code: str,
    text: str,
    window: str,
) -> None:
    ui = open_dialog.ui
    assert ui.theme.findText(choice) >= 0
    ui.theme.setCurrentIndex(ui.theme.findText(choice))
    assert "strong outlines" in ui.themeHelp.text()
    # Shown at once: black on white, or white on black.
    assert open_dialog.palette().color(QPalette.ColorRole.WindowText).name() == text
    assert open_dialog.palette().color(QPalette.ColorRole.Window).name() == window
    with qtbot.waitSignal(session.settings_changed, timeout=1000):
        press_ok(qtbot, open_dialog)
    assert same_folder(session.config).theme == code


def test_ok_without_changes_announces_nothing(
    qtbot: QtBot, open_dialog: PreferencesDialog, session: Session
) -> None:
    with qtbot.assertNotEmitted(session.settings_changed):
        press_ok(qtbot, open_dialog)
    assert not open_dialog.isVisible()


def test_theme_shows_at_once_and_cancel_puts_it_back(
    qtbot: QtBot, qapp: QApplication, session: Session, restore_look: None
) -> None:
    session.config.theme = "light"
    theme.apply_theme(qapp, "light")
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    settle_keychain()
    dialog.ui.theme.setCurrentIndex(dialog.ui.theme.findText("Dark"))
    assert theme.current_scheme(qapp) == "dark"
    assert dialog.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.2
    dialog.ui.cadence.setValue(30)
    with qtbot.assertNotEmitted(session.settings_changed):
        press_cancel(qtbot, dialog)
    assert theme.current_scheme(qapp) == "light"
    restarted = same_folder(session.config)
    assert restarted.theme == "light"
    assert journal_of(session).tie_settings().cadence_days == 90


def test_cadence_changes_the_flags(qtbot: QtBot, session: Session, restore_look: None) -> None:
    """Two honest talks about 190 days ago: Fading at a 180-day cadence, Honest at 200."""
    journal = journal_of(session)
    person = journal.add_person(PersonDraft("Mara Quist"))
    today = dt.date.today()
    for days in (200, 190):
        journal.add_conversation(
            ConversationDraft(
                people=(person.id,),
                date=today - dt.timedelta(days=days),
                format="one_on_one",
                signals=("they_shared_failure", "i_shared_failure"),
            )
        )
    journal.set_cadence_days(180)
    assert [a.flag for a in assess(session)] == [Flag.FADING]

    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    settle_keychain()
    assert dialog.ui.cadence.value() == 180
    dialog.ui.cadence.setValue(200)
    with qtbot.waitSignal(session.settings_changed, timeout=1000):
        press_ok(qtbot, dialog)
    assert [a.flag for a in assess(session)] == [Flag.HONEST]


def test_locking_closes_the_dialog(open_dialog: PreferencesDialog, session: Session) -> None:
    session.lock()
    assert not open_dialog.isVisible()


# -- remember on this device ------------------------------------------------------------------


def test_remember_on_this_device_goes_to_the_keychain_and_back(
    qtbot: QtBot, session: Session, memory_keyring: MemoryKeyring, restore_look: None
) -> None:
    vault = Vault(session.path)
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    settle_keychain()
    dialog.ui.remember.setChecked(True)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert vault.remembered
    assert len(memory_keyring.entries) == 1

    again = PreferencesDialog(session)
    qtbot.addWidget(again)
    again.show()
    settle_keychain()
    assert again.ui.remember.isChecked()
    again.ui.remember.setChecked(False)
    press_ok(qtbot, again)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=5000)
    assert not vault.remembered
    assert memory_keyring.entries == {}


def test_no_keychain_gives_a_quiet_note(qtbot: QtBot, session: Session, restore_look: None) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    settle_keychain()
    assert dialog.note() == KEYCHAIN_UNAVAILABLE
    assert dialog.ui.keychainNote.property(theme.ROLE) == "note"
    assert not dialog.ui.remember.isEnabled()
    press_ok(qtbot, dialog)  # the rest of the preferences still save
    assert not dialog.isVisible()


def test_a_keychain_that_refuses_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, session: Session, restore_look: None
) -> None:
    keyring.set_keyring(LockedKeyring())
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    settle_keychain()
    dialog.ui.remember.setChecked(True)
    dialog.ui.cadence.setValue(60)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "Could not remember" in dialog.note(), timeout=5000)
    assert dialog.isVisible()
    assert dialog.ui.keychainNote.property(theme.ROLE) == "error"
    assert not dialog.ui.remember.isChecked()
    assert not Vault(session.path).remembered
    assert journal_of(session).tie_settings().cadence_days == 60  # the rest was kept
    press_ok(qtbot, dialog)  # nothing left to change: OK closes
    assert not dialog.isVisible()


# -- automatic backups ------------------------------------------------------------------------


def test_automatic_backups_are_off_until_chosen(open_dialog: PreferencesDialog) -> None:
    ui = open_dialog.ui
    assert not ui.backupEnabled.isChecked()
    assert not ui.backupFolder.isEnabled() and not ui.backupChoose.isEnabled()
    assert ui.backupKeep.value() == 10
    assert ui.backupKeep.text() == "10 backups"
    assert open_dialog.backup_status() == "No automatic backup has been made yet."
    ui.backupEnabled.setChecked(True)
    assert ui.backupFolder.isEnabled() and ui.backupKeep.isEnabled()


def test_how_many_backups_to_keep_is_the_configs_range(
    qtbot: QtBot, session: Session, restore_look: None
) -> None:
    """The range has one home, config.KEEP_RANGE: the form types none, and both ends of it
    show as they are (a highest stored count is not cut to a spin box's default 99)."""
    low, high = KEEP_RANGE
    for stored in (low, high):
        session.config.set(BACKUP_KEEP, stored)
        dialog = PreferencesDialog(session)
        qtbot.addWidget(dialog)
        settle(qtbot, session)
        keep = dialog.ui.backupKeep
        assert (keep.minimum(), keep.maximum()) == KEEP_RANGE
        assert keep.value() == stored
        dialog.reject()
        settle_keychain()


def test_auto_lock_and_cadence_ranges_have_one_home_each(
    qtbot: QtBot, session: Session, restore_look: None
) -> None:
    """Idle minutes from config.AUTO_LOCK_RANGE, cadence days from ties.CADENCE_RANGE; a
    stored value beyond the range is shown at its end, not lost to a spin box's default."""
    low, high = AUTO_LOCK_RANGE
    for stored, shown in ((low, low), (high, high), (high + 1, high), (-3, low)):
        session.config.set(AUTO_LOCK_MINUTES, stored)
        dialog = PreferencesDialog(session)
        qtbot.addWidget(dialog)
        settle(qtbot, session)
        minutes = dialog.ui.autoLock
        assert (minutes.minimum(), minutes.maximum()) == AUTO_LOCK_RANGE
        assert minutes.value() == shown == session.config.auto_lock_minutes
        cadence = dialog.ui.cadence
        assert (cadence.minimum(), cadence.maximum()) == CADENCE_RANGE
        dialog.reject()
        settle_keychain()


def test_ok_keeps_the_backup_settings_across_a_restart(
    qtbot: QtBot,
    open_dialog: PreferencesDialog,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "Cloud" / "Backups"
    folder.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    ui = open_dialog.ui
    ui.backupEnabled.setChecked(True)
    qtbot.mouseClick(ui.backupChoose, Qt.MouseButton.LeftButton)
    assert ui.backupFolder.text() == str(folder)
    ui.backupKeep.setValue(4)
    press_ok(qtbot, open_dialog)
    assert not open_dialog.isVisible()
    restarted = same_folder(session.config)
    assert restarted.backup_enabled
    assert restarted.backup_folder == folder
    assert restarted.backup_keep == 4


def test_automatic_backups_need_a_usable_folder(
    qtbot: QtBot, open_dialog: PreferencesDialog, session: Session, tmp_path: Path
) -> None:
    ui = open_dialog.ui
    ui.backupEnabled.setChecked(True)
    press_ok(qtbot, open_dialog)
    assert open_dialog.isVisible()
    assert open_dialog.backup_status() == "Choose a folder for the automatic backups."
    assert ui.backupStatus.property(theme.ROLE) == "error"
    ui.backupFolder.setText(str(session.path / "backups"))
    press_ok(qtbot, open_dialog)
    assert "outside the journal's own folder" in open_dialog.backup_status()
    afile = tmp_path / "a file"
    afile.write_text("x")
    ui.backupFolder.setText(str(afile))
    press_ok(qtbot, open_dialog)
    assert "is a file, not a folder" in open_dialog.backup_status()
    assert not same_folder(session.config).backup_enabled
    ui.backupFolder.setText(str(tmp_path / "new backups"))  # made on the first backup
    press_ok(qtbot, open_dialog)
    assert not open_dialog.isVisible()
    assert same_folder(session.config).backup_enabled


def test_shows_how_the_last_automatic_backup_went(
    qtbot: QtBot, session: Session, restore_look: None, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    session.config.backup_enabled = True
    session.config.backup_folder = folder
    controller = BackupController(session, None)
    controller.install_automatic()
    session.passphrase_typed(PASSPHRASE)  # as an unlock does: the backups' key file
    settle(qtbot, session)
    session.lock()
    settle(qtbot, session)
    session.attach(Journal.open(session.path, PASSPHRASE))
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    settle_keychain()
    assert dialog.backup_status().startswith("Last backup: ")
    assert dialog.backup_status().endswith(", verified.")
    assert dialog.ui.backupStatus.property(theme.ROLE) == "muted"
    dialog.reject()

    session.config.set(BACKUP_FAILURE, "the disk is full")
    session.config.set(BACKUP_FAILURE_AT, dt.datetime.now().astimezone().isoformat())
    again = PreferencesDialog(session)
    qtbot.addWidget(again)
    again.show()
    settle_keychain()
    assert again.backup_status().startswith("The last automatic backup failed on ")
    assert again.backup_status().endswith(": the disk is full")
    assert again.ui.backupStatus.property(theme.ROLE) == "error"
    session.config.backup_enabled = False


def test_learning_is_on_until_turned_off_and_off_forgets_what_was_learned(
    qtbot: QtBot, session: Session, restore_look: None
) -> None:
    journal_of(session).learn_from("MK went wobbly on the raise.", ("they_admitted_doubt",))
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.cadence_loaded):
        pass
    box = dialog.ui.learning
    assert box.isChecked() and box.isEnabled()
    assert "encrypted in this journal" in box.accessibleDescription()
    box.setChecked(False)
    dialog.accept()
    settle(qtbot, session)
    assert journal_of(session).learned() is None
    settle_keychain()
    again = PreferencesDialog(session)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.cadence_loaded):
        pass
    assert not again.ui.learning.isChecked()
    again.reject()
    settle_keychain()


# -- reminders (gui/reminders.py) ---------------------------------------------------------------


def test_reminders_are_on_with_the_review_on_monday_until_changed(
    qtbot: QtBot, open_dialog: PreferencesDialog, session: Session
) -> None:
    ui = open_dialog.ui
    assert ui.remindDue.isChecked()
    assert ui.reviewDay.currentText() == "Monday"
    assert [ui.reviewDay.itemData(i) for i in range(ui.reviewDay.count())] == list(REVIEW_DAYS)
    assert "never a name" in ui.remindHelp.text()
    ui.remindDue.setChecked(False)
    ui.reviewDay.setCurrentIndex(ui.reviewDay.findText("Off"))
    with qtbot.waitSignal(session.settings_changed, timeout=1000):
        press_ok(qtbot, open_dialog)
    restarted = same_folder(session.config)
    assert not restarted.remind_due
    assert restarted.review_day == "off" and restarted.review_weekday is None


def test_keep_running_in_the_tray_is_offered_only_with_a_tray(
    qtbot: QtBot, session: Session, restore_look: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_tray = PreferencesDialog(session)
    qtbot.addWidget(no_tray)
    assert not no_tray.ui.keepInTray.isEnabled()
    assert no_tray.ui.keepInTray.toolTip() == NO_TRAY
    assert not no_tray.ui.keepInTray.isChecked()
    settle_keychain()
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    settle_keychain()
    settle(qtbot, session)
    assert dialog.ui.keepInTray.isEnabled() and not dialog.ui.keepInTray.isChecked()
    dialog.ui.keepInTray.setChecked(True)
    with qtbot.waitSignal(session.settings_changed, timeout=1000):
        press_ok(qtbot, dialog)
    assert same_folder(session.config).keep_in_tray
