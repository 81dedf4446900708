"""Locking stops all work: a backup of 20,000 conversations that is halfway through is
abandoned and its partial file removed, the write asked just before the lock is committed,
the key is dropped, nothing runs after it, and the Lock action is off while locked.

The journal is real (20,000 conversations, built once for this module), the backup is the
real Back Up Now of the window's controller; only its two questions (which passphrase,
which file) are answered by the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE, journal_of, settle
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from trustjournal.core.demo import builder as demo
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft
from trustjournal.gui.backup.dialogs import BackupOptionsDialog
from trustjournal.gui.backup.job import Job
from trustjournal.gui.common.config import Config
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session

CONVERSATIONS = 20_000


@pytest.fixture(scope="module")
def big_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 people would not change what is tested; 20,000 conversations make the backup
    long enough to lock in the middle of it."""
    path = tmp_path_factory.mktemp("big") / "journal"
    with Journal.create(path, PASSPHRASE) as journal:
        demo.build(journal, people=200, conversations=CONVERSATIONS, seed=3, as_of=dt.date.today())
    return path


@pytest.fixture
def window(big_journal: Path, config: Config, qtbot: QtBot) -> Iterator[MainWindow]:
    config.backup_enabled = False  # no automatic backup at the lock: one backup at a time
    session = Session(big_journal, config)
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    session.attach(Journal.open(big_journal, PASSPHRASE))
    settle(qtbot, session, timeout=30_000)
    yield main
    session.close()


def test_lock_in_the_middle_of_a_20k_backup_stops_it_and_loses_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    out = tmp_path / "backups"
    out.mkdir()

    def journal_passphrase(dialog: BackupOptionsDialog) -> QDialog.DialogCode:
        dialog.journal_passphrase.setText(PASSPHRASE)  # the default choice, typed
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BackupOptionsDialog, "exec", journal_passphrase)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out / "mid.tjbackup"), "")
    )
    told: list[str] = []
    monkeypatch.setattr(window.backups, "_tell", lambda title, _text: told.append(title))
    progress: list[tuple[int, int]] = []
    advance = Job.advance

    def lock_halfway(job: Job, done: int, total: int) -> None:
        """At the first progress the GUI hears, the user presses Lock (on the next turn of
        the event loop, as a key press would come)."""
        advance(job, done, total)
        progress.append((done, total))
        if len(progress) == 1:
            session.write(lambda j: j.add_person(PersonDraft("Asked just before the lock")))
            QTimer.singleShot(0, window.app_actions.lock.trigger)

    monkeypatch.setattr(Job, "advance", lock_halfway)
    window.app_actions.back_up_now.trigger()
    qtbot.waitUntil(lambda: not session.is_open, timeout=60_000)

    done, total = progress[-1]
    assert 0 < done < total  # it was stopped halfway, not finished
    assert not window.backups.busy
    assert not window.app_actions.lock.isEnabled()  # nothing to lock while locked
    assert sorted(out.iterdir()) == []  # no backup, no partial file
    assert told == []  # nothing claims a backup was saved
    assert session.worker.idle()  # and nothing is left to run

    with Journal.open(session.path, PASSPHRASE) as journal:  # the key was dropped: reopen
        assert journal.count_conversations() == CONVERSATIONS
        assert "Asked just before the lock" in [p.name for p in journal.people()]

    session.attach(Journal.open(session.path, PASSPHRASE))
    qtbot.waitUntil(lambda: told == ["Back Up Now Stopped"])  # said once unlocked
    assert window.app_actions.lock.isEnabled()
    assert len(journal_of(session).people()) == 201
