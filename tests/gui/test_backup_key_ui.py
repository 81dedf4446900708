"""The key file of the automatic backups in the app: written when the passphrase is typed,
asked for once after Preferences turn automatic backups on, and named in Preferences while
it is missing. Real journals, real key files, the real unlock window; only the passphrase
prompt is answered by the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE, journal_of, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.test_backup_ui import answer_passphrases, automatic_on, write_some
from trustjournal.core.backup import archive as backup
from trustjournal.core.backup import backupkey
from trustjournal.core.journal.service import Journal
from trustjournal.gui.backup.automatic import automatic_status
from trustjournal.gui.backup.controller import BackupController
from trustjournal.gui.backup.keyfile import MISSING, WRONG, key_file_missing
from trustjournal.gui.common import workers
from trustjournal.gui.common.config import Config
from trustjournal.gui.session import Session
from trustjournal.gui.unlock.window import UnlockWindow

WAIT = 30_000


@pytest.fixture
def controller(session: Session, qtbot: QtBot) -> Iterator[BackupController]:
    made = BackupController(session, None)
    made.install_automatic()
    yield made
    session.config.backup_enabled = False  # no backup from the fixture's lock
    workers.wait_for_all()
    QApplication.processEvents()


def key_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(backupkey.KEY_FILE_PREFIX)]


def test_typing_the_passphrase_writes_the_key_file_once(
    session: Session, controller: BackupController, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    automatic_on(session, folder)
    assert key_file_missing(session.config)
    assert automatic_status(session.config)[0].endswith(MISSING)

    session.passphrase_typed(PASSPHRASE)
    settle(qtbot, session)
    [written] = key_files(folder)
    assert not key_file_missing(session.config)
    assert MISSING not in automatic_status(session.config)[0]
    sealed = written.read_bytes()

    session.passphrase_typed(PASSPHRASE)  # the next unlock: already there, left alone
    settle(qtbot, session)
    assert [p.read_bytes() for p in key_files(folder)] == [sealed]

    written.unlink()  # deleted by hand: written again at the next passphrase
    assert key_file_missing(session.config)
    session.passphrase_typed(PASSPHRASE)
    settle(qtbot, session)
    assert len(key_files(folder)) == 1


def test_nothing_is_written_when_automatic_backups_are_off(
    session: Session, controller: BackupController, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    automatic_on(session, folder)
    session.config.backup_enabled = False
    assert not key_file_missing(session.config)
    session.passphrase_typed(PASSPHRASE)
    settle(qtbot, session)
    assert not folder.exists()


def test_after_preferences_the_passphrase_is_asked_once_and_checked(
    session: Session,
    controller: BackupController,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_some(journal_of(session))
    folder = tmp_path / "backups"
    automatic_on(session, folder)
    labels = answer_passphrases(monkeypatch, None)  # Cancel: left for later
    controller.key_file.ask()
    settle(qtbot, session)
    assert len(labels) == 1 and "key file" in labels[0]
    assert not folder.exists() and key_file_missing(session.config)

    labels = answer_passphrases(monkeypatch, "not the passphrase", PASSPHRASE)
    controller.key_file.ask()
    qtbot.waitUntil(lambda: len(labels) == 2, timeout=WAIT)
    settle(qtbot, session)
    assert labels[1].startswith(WRONG)
    [written] = key_files(folder)
    assert not key_file_missing(session.config)

    labels = answer_passphrases(monkeypatch)  # no prompt: nothing is missing any more
    controller.key_file.ask()
    assert labels == []

    made = session.call(lambda j: backup.automatic(j, folder, keep=3))
    assert backup.verify(made.path, PASSPHRASE).counts["conversations"] == 1
    assert written.exists()


def test_unlocking_with_the_passphrase_writes_the_key_file(
    qtbot: QtBot, vault_path: Path, config: Config, tmp_path: Path, qapp: object
) -> None:
    with Journal.create(vault_path, PASSPHRASE) as journal:
        write_some(journal)
    session = Session(vault_path, config)
    controller = BackupController(session, None)
    controller.install_automatic()
    folder = tmp_path / "backups"
    automatic_on(session, folder)
    window = UnlockWindow(session)
    qtbot.addWidget(window)
    window.prepare()
    window.show()
    window.ui.passphrase.setFocus()
    qtbot.keyClicks(window.ui.passphrase, PASSPHRASE)
    try:
        with qtbot.waitSignal(session.unlocked, timeout=WAIT):
            qtbot.keyClick(window.ui.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: folder.exists() and len(key_files(folder)) == 1, timeout=WAIT)
        settle(qtbot, session)
        assert not key_file_missing(config)
        session.lock()  # the automatic backup, which the key file opens
        settle(qtbot, session)
        [made] = folder.glob("TrustJournal backup 2*.tjbackup")
        restored = backup.restore(made, PASSPHRASE, tmp_path / "restored")
        with Journal.open(restored, PASSPHRASE) as journal:
            assert [p.name for p in journal.people()] == ["Mara Quist"]
    finally:
        config.backup_enabled = False
        session.close()
        workers.wait_for_all()


def test_after_an_unlock_without_the_passphrase_a_reminder_offers_the_key_file(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trustjournal.gui.main_window import MainWindow

    folder = tmp_path / "backups"
    automatic_on(session, folder)
    window = MainWindow(session)  # opened as by the key this device remembers
    qtbot.addWidget(window)
    window.backups.install_automatic()
    window.show()
    reminder = window.key_file_reminder
    qtbot.waitUntil(reminder.isVisible, timeout=WAIT)
    assert "cannot be restored if this journal is lost" in reminder.label.text()

    labels = answer_passphrases(monkeypatch, PASSPHRASE)
    reminder.make_button.click()
    qtbot.waitUntil(lambda: not reminder.isVisible(), timeout=WAIT)
    assert len(labels) == 1 and len(key_files(folder)) == 1

    # Another folder, and "Not now": not shown again for that folder.
    session.config.backup_folder = tmp_path / "elsewhere"
    reminder.check()
    assert reminder.isVisible()
    reminder.later_button.click()
    reminder.check()
    assert not reminder.isVisible()
    session.config.backup_enabled = False


def test_no_reminder_when_the_passphrase_was_typed(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    from trustjournal.gui.main_window import MainWindow

    folder = tmp_path / "backups"
    automatic_on(session, folder)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.backups.install_automatic()
    session.passphrase_typed(PASSPHRASE)  # the key file is being written
    window.show()
    window.key_file_reminder.check()
    assert not window.key_file_reminder.isVisible()  # not while it is written
    settle(qtbot, session)
    assert len(key_files(folder)) == 1
    assert not window.key_file_reminder.isVisible()
    session.config.backup_enabled = False
