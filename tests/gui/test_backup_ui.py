"""Backups from the desktop app: Back Up Now, Verify, Restore, and the automatic backup on lock.

Real journals and real backup files throughout; only the OS file pickers, the passphrase
prompt and the message boxes are answered by the test (ARCHITECTURE.md's rule for statics),
and the two backup dialogs are filled in as a user would before they are accepted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import PASSPHRASE, journal_of, settle
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from trustjournal.core.backup import archive as backup
from trustjournal.core.backup import payload as backup_payload
from trustjournal.core.errors import BackupWrongPassphrase
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.gui.backup import automatic as automatic_module
from trustjournal.gui.backup.automatic import automatic_status
from trustjournal.gui.backup.controller import BackupController
from trustjournal.gui.backup.dialogs import BackupOptionsDialog, RestoreDialog
from trustjournal.gui.common import workers
from trustjournal.gui.common.config import BACKUP_FAILURE_UNSEEN
from trustjournal.gui.session import Session

MARKER = "Quillfeather-7731"  # a note no backup file may show in clear
SEPARATE = "a separate backup phrase"


class Messages:
    """Every message box the controller showed: (kind, title, text)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        self.answers: list[QMessageBox.StandardButton] = []  # first, one question each

    def texts(self, kind: str) -> list[str]:
        return [text for k, _, text in self.shown if k == kind]

    def titles(self) -> list[str]:
        return [title for _, title, _ in self.shown]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    seen = Messages()

    def recorder(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: Any, title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
            seen.shown.append((kind, title, text))
            if kind != "question":
                return QMessageBox.StandardButton.Ok
            return seen.answers.pop(0) if seen.answers else seen.answer

        return show

    for kind in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return seen


@pytest.fixture
def controller(session: Session, qtbot: QtBot) -> Iterator[BackupController]:
    made = BackupController(session, None)
    yield made
    session.config.backup_enabled = False  # no backup (nor message) from the fixture's lock
    workers.wait_for_all()
    QApplication.processEvents()


def write_some(journal: Journal, name: str = "Mara Quist") -> None:
    person = journal.add_person(PersonDraft(name))
    journal.add_conversation(
        ConversationDraft(
            people=(person.id,),
            date=dt.date.today(),
            format="one_on_one",
            signals=("they_shared_failure",),
            note=f"Talked about {MARKER}.",
        )
    )


def pick_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """Answer the next Save/Open file dialogs with `path` (None: the user cancelled)."""
    titles: list[str] = []

    def answer(_parent: Any, title: str, *_rest: Any) -> tuple[str, str]:
        titles.append(title)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    return titles


def fill_dialog(
    monkeypatch: pytest.MonkeyPatch, kind: type[QDialog], *fills: Callable[[Any], bool]
) -> list[str]:
    """Each time a `kind` dialog runs, the next fill types into it; True presses the OK
    button, False Cancel. Returns the error each dialog showed as it opened."""
    queue = list(fills)
    errors: list[str] = []

    def exec_(dialog: Any) -> int:
        errors.append(dialog.shown_error())
        fill = queue.pop(0)
        if fill(dialog):
            dialog.ok.click()
        else:
            dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(kind, "exec", exec_)
    return errors


def wait_idle(qtbot: QtBot, controller: BackupController) -> None:
    """Until the journal worker has answered, the job has ended and its result is shown."""
    settle(qtbot, controller.session, timeout=30_000)
    qtbot.waitUntil(lambda: not controller.busy, timeout=30_000)
    workers.wait_for_all()
    QApplication.processEvents()
    settle(qtbot, controller.session, timeout=30_000)


def answer_passphrases(monkeypatch: pytest.MonkeyPatch, *answers: str | None) -> list[str]:
    """Answer the passphrase prompts in turn (None: Cancel); returns the prompts' labels."""
    queue = list(answers)
    labels: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, *_rest: Any) -> tuple[str, bool]:
        labels.append(label)
        answer = queue.pop(0)
        return (answer or "", answer is not None)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return labels


# -- Back Up Now ------------------------------------------------------------------------------


def own_passphrase(dialog: BackupOptionsDialog) -> bool:
    """The default choice, the journal's own passphrase, typed as the leader would."""
    dialog.journal_passphrase.setText(PASSPHRASE)
    return True


def test_back_up_now_with_the_journal_passphrase(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    write_some(journal_of(session))
    out = tmp_path / "mine.tjbackup"
    pick_file(monkeypatch, out)
    fill_dialog(monkeypatch, BackupOptionsDialog, own_passphrase)  # the default choice
    controller.back_up_now()
    wait_idle(qtbot, controller)
    assert messages.titles() == ["Backup Saved — TrustJournal"], messages.shown
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n")  # any age tool opens it
    [text] = messages.texts("information")
    assert str(out) in text
    assert "1 person, 1 conversation" in text
    assert "journal's passphrase" in text and "age -d FILE | gunzip" in text
    assert MARKER.encode() not in out.read_bytes()
    info = backup.verify(out, PASSPHRASE)
    assert info.counts["people"] == 1


def test_back_up_now_with_a_separate_passphrase(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    write_some(journal_of(session))
    out = tmp_path / "separate"  # no suffix typed: the app adds it

    def separate(dialog: BackupOptionsDialog) -> bool:
        dialog.separate.setChecked(True)
        dialog.passphrase.setText(SEPARATE)
        dialog.repeat.setText(SEPARATE)
        return True

    pick_file(monkeypatch, out)
    fill_dialog(monkeypatch, BackupOptionsDialog, separate)
    controller.back_up_now()
    wait_idle(qtbot, controller)
    made = out.with_suffix(".tjbackup")
    assert "separate passphrase you chose" in messages.texts("information")[0]
    assert backup.verify(made, SEPARATE).counts["conversations"] == 1
    with pytest.raises(BackupWrongPassphrase):
        backup.verify(made, PASSPHRASE)


def test_cancelling_the_file_dialog_writes_nothing(
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    pick_file(monkeypatch, None)
    fill_dialog(monkeypatch, BackupOptionsDialog, own_passphrase)
    controller.back_up_now()
    assert not controller.busy
    assert messages.shown == []
    assert list(tmp_path.glob("*.tjbackup")) == []


def test_a_backup_that_cannot_be_written_says_so_and_leaves_nothing(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    out = tmp_path / "no such folder" / "b.tjbackup"
    pick_file(monkeypatch, out)
    fill_dialog(monkeypatch, BackupOptionsDialog, own_passphrase)
    controller.back_up_now()
    wait_idle(qtbot, controller)
    [text] = messages.texts("warning")
    assert "There is no folder" in text
    assert "No backup file was left" in text
    assert not out.exists()


def test_the_options_dialog_checks_a_separate_passphrase(qtbot: QtBot) -> None:
    dialog = BackupOptionsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert "TrustJournal" in dialog.windowTitle()
    assert dialog.own.isChecked() and not dialog.passphrase.isEnabled()
    assert dialog.journal_passphrase.isEnabled() and dialog.uses_journal_passphrase()
    dialog.ok.click()  # the journal passphrase is not typed yet
    assert dialog.isVisible() and "Type your journal passphrase" in dialog.shown_error()
    dialog.separate.setChecked(True)
    assert dialog.passphrase.isEnabled() and dialog.repeat.isEnabled()
    dialog.passphrase.setText("short")
    dialog.ok.click()
    assert dialog.isVisible()
    assert "at least 8 characters" in dialog.shown_error()
    dialog.passphrase.setText(SEPARATE)
    dialog.repeat.setText(SEPARATE + "!")
    dialog.ok.click()
    assert dialog.shown_error() == "The two passphrases are not the same."
    dialog.repeat.setText(SEPARATE)
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_passphrase() == SEPARATE and not dialog.uses_journal_passphrase()


def test_back_up_now_with_a_mistyped_journal_passphrase_writes_nothing(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    write_some(journal_of(session))
    pick_file(monkeypatch, tmp_path / "mine.tjbackup")

    def mistyped(dialog: BackupOptionsDialog) -> bool:
        dialog.journal_passphrase.setText(PASSPHRASE + "x")
        return True

    fill_dialog(monkeypatch, BackupOptionsDialog, mistyped)
    controller.back_up_now()
    wait_idle(qtbot, controller)
    assert messages.titles() == ["Backup Failed — TrustJournal"], messages.shown
    assert "No backup file was left" in messages.texts("warning")[0]
    assert "Wrong passphrase" in messages.texts("warning")[0]
    assert not [p for p in tmp_path.iterdir() if "mine.tjbackup" in p.name]  # nor a partial


# -- Verify a Backup --------------------------------------------------------------------------


def test_verify_its_own_backup_needs_no_passphrase(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    write_some(journal_of(session))
    made = session.call(lambda j: backup.make(j, tmp_path / "own.tjbackup"))
    pick_file(monkeypatch, made.path)
    prompts = answer_passphrases(monkeypatch)
    controller.verify_backup()
    wait_idle(qtbot, controller)
    assert prompts == []
    assert messages.titles() == ["Backup Verified — TrustJournal"]
    [text] = messages.texts("information")
    assert "complete and intact" in text
    assert "1 person, 1 conversation" in text
    assert f"{made.created_at.astimezone():%B %Y}" in text


def test_verify_asks_for_a_separate_passphrase_and_again_after_a_wrong_one(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    made = session.call(lambda j: backup.make(j, tmp_path / "sep.tjbackup", passphrase=SEPARATE))
    pick_file(monkeypatch, made.path)
    prompts = answer_passphrases(monkeypatch, "not it at all", SEPARATE)
    controller.verify_backup()
    qtbot.waitUntil(lambda: len(messages.shown) == 1, timeout=30_000)
    wait_idle(qtbot, controller)
    assert len(prompts) == 2
    assert "Wrong passphrase" in prompts[1]
    assert messages.titles() == ["Backup Verified — TrustJournal"]


def test_verify_a_damaged_backup_and_a_file_that_is_not_one(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    write_some(journal_of(session))
    made = session.call(lambda j: backup.make(j, tmp_path / "hurt.tjbackup"))
    assert made.path is not None
    data = bytearray(made.path.read_bytes())
    data[-5] ^= 0x40
    made.path.write_bytes(bytes(data))
    pick_file(monkeypatch, made.path)
    controller.verify_backup()
    wait_idle(qtbot, controller)
    [damaged] = messages.texts("warning")
    assert "failed the check" in damaged and "damaged or incomplete" in damaged

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300))
    pick_file(monkeypatch, photo)
    controller.verify_backup()
    wait_idle(qtbot, controller)
    assert "not a TrustJournal backup" in messages.texts("warning")[1]


# -- Restore ----------------------------------------------------------------------------------


def test_restore_into_a_new_folder(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    write_some(journal_of(session))
    made = session.call(lambda j: backup.make(j, tmp_path / "r.tjbackup"))
    into = tmp_path / "restored here"

    def fill(dialog: RestoreDialog) -> bool:
        assert dialog.into_new.isChecked()  # the safe choice is the default
        dialog.passphrase.setText(PASSPHRASE)
        dialog.folder.setText(str(into))
        return True

    pick_file(monkeypatch, made.path)
    fill_dialog(monkeypatch, RestoreDialog, fill)
    with qtbot.waitSignal(controller.journalRestored, timeout=30_000) as restored:
        controller.restore_from_backup()
    wait_idle(qtbot, controller)
    assert restored.args == [into]
    assert messages.titles() == ["Journal Restored — TrustJournal"]
    assert str(into) in messages.texts("information")[0]
    with Journal.open(into, PASSPHRASE) as copy:
        assert [p.name for p in copy.people()] == ["Mara Quist"]
    assert session.is_open and session.path != into  # the open journal is untouched


def test_restore_with_a_wrong_passphrase_asks_again_and_makes_nothing(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    made = session.call(lambda j: backup.make(j, tmp_path / "r.tjbackup"))
    into = tmp_path / "never"

    def wrong(dialog: RestoreDialog) -> bool:
        dialog.passphrase.setText("wrong wrong wrong")
        dialog.folder.setText(str(into))
        return True

    pick_file(monkeypatch, made.path)
    shown = fill_dialog(monkeypatch, RestoreDialog, wrong, lambda d: False)
    controller.restore_from_backup()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30_000)
    wait_idle(qtbot, controller)
    assert shown[0] == ""
    assert "Wrong passphrase" in shown[1]
    assert not into.exists()
    assert messages.shown == []


def test_the_restore_dialog_refuses_a_folder_in_use(qtbot: QtBot, tmp_path: Path) -> None:
    used = tmp_path / "used"
    used.mkdir()
    (used / "something.txt").write_text("x")
    dialog = RestoreDialog(tmp_path / "b.tjbackup", tmp_path / "journal")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Restored journal" in dialog.folder.text()
    dialog.ok.click()
    assert dialog.shown_error() == "Enter the backup's passphrase."
    dialog.passphrase.setText(PASSPHRASE)
    dialog.folder.setText(str(used))
    dialog.ok.click()
    assert "not empty" in dialog.shown_error()
    dialog.replace.setChecked(True)
    assert not dialog.folder.isEnabled()
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.target() is None


def test_replace_the_open_journal_keeps_the_old_one_first(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    write_some(journal_of(session), "Mara Quist")
    made = session.call(lambda j: backup.make(j, tmp_path / "r.tjbackup", passphrase=SEPARATE))
    write_some(journal_of(session), "Ola Brandt")  # after the backup: gone once restored
    original = session.path

    def replace(dialog: RestoreDialog) -> bool:
        dialog.passphrase.setText(SEPARATE)
        dialog.replace.setChecked(True)
        return True

    pick_file(monkeypatch, made.path)
    fill_dialog(monkeypatch, RestoreDialog, replace)
    with qtbot.waitSignal(controller.journalReplaced, timeout=30_000) as replaced:
        controller.restore_from_backup()
    wait_idle(qtbot, controller)
    assert replaced.args == [original]
    assert messages.titles()[0] == "Replace Your Journal? — TrustJournal"
    assert messages.titles()[1] == "Journal Restored — TrustJournal"
    assert session.is_open and session.path == original
    assert [p.name for p in journal_of(session).people()] == ["Mara Quist"]
    [safety] = original.parent.glob(f"{original.name} before restore *.tjbackup")
    # An age file under the passphrase just typed, which the restored journal opens with.
    kept = backup.verify(safety, SEPARATE)
    assert kept.counts["people"] == 2
    with pytest.raises(BackupWrongPassphrase):
        backup.verify(safety, PASSPHRASE)
    [offer] = [t for t in messages.texts("question") if "Delete the old folder now?" in t]
    assert str(safety) in offer and "opens with the passphrase you just typed" in offer
    # Answered Yes: the old folder is gone (the checked backup holds all of it).
    assert not list(original.parent.glob(f"{original.name} replaced *"))
    assert not list(original.parent.glob(f".{original.name}*"))  # no staging left either


def test_replace_can_keep_the_old_folder_when_asked(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    write_some(journal_of(session), "Mara Quist")
    made = session.call(lambda j: backup.make(j, tmp_path / "r.tjbackup"))
    write_some(journal_of(session), "Ola Brandt")
    original = session.path

    def replace(dialog: RestoreDialog) -> bool:
        dialog.passphrase.setText(PASSPHRASE)
        dialog.replace.setChecked(True)
        return True

    messages.answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]
    pick_file(monkeypatch, made.path)
    fill_dialog(monkeypatch, RestoreDialog, replace)
    with qtbot.waitSignal(controller.journalReplaced, timeout=30_000):
        controller.restore_from_backup()
    wait_idle(qtbot, controller)
    [aside] = original.parent.glob(f"{original.name} replaced *")
    assert str(aside) in messages.texts("question")[1]
    with Journal.open(aside, PASSPHRASE) as old:
        assert sorted(p.name for p in old.people()) == ["Mara Quist", "Ola Brandt"]


def test_replace_declined_changes_nothing(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    made = session.call(lambda j: backup.make(j, tmp_path / "r.tjbackup"))
    name = session.path.name
    before = sorted(p.name for p in session.path.parent.iterdir() if name in p.name)
    messages.answer = QMessageBox.StandardButton.Cancel

    def replace(dialog: RestoreDialog) -> bool:
        dialog.passphrase.setText(PASSPHRASE)
        dialog.replace.setChecked(True)
        return True

    pick_file(monkeypatch, made.path)
    fill_dialog(monkeypatch, RestoreDialog, replace)
    controller.restore_from_backup()
    wait_idle(qtbot, controller)
    assert [kind for kind, _, _ in messages.shown] == ["question"]
    assert session.is_open
    assert sorted(p.name for p in session.path.parent.iterdir() if name in p.name) == before


# -- automatic backups --------------------------------------------------------------------------


def automatic_on(session: Session, folder: Path, keep: int = 10) -> None:
    session.config.backup_enabled = True
    session.config.backup_folder = folder
    session.config.backup_keep = keep


def test_locking_makes_a_verified_backup_before_the_key_goes(
    session: Session,
    controller: BackupController,
    messages: Messages,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    write_some(journal_of(session))
    folder = tmp_path / "backups"
    automatic_on(session, folder)
    controller.install_automatic()
    session.passphrase_typed(PASSPHRASE)  # as an unlock does: the key file is written
    settle(qtbot, session)
    at_lock: list[list[str]] = []
    session.locked.connect(lambda: at_lock.append(sorted(p.name for p in folder.iterdir())))
    with qtbot.waitSignal(controller.automaticFinished, timeout=30_000) as finished:
        session.lock()
        settle(qtbot, session)
    assert finished.args[0] is True
    [name, key_file] = at_lock[0]  # there before the lock completed
    assert name.startswith("TrustJournal backup ") and name.endswith(".tjbackup")
    assert key_file.startswith("TrustJournal backup key ") and key_file.endswith(".age")
    assert backup.verify(folder / name, PASSPHRASE).counts["conversations"] == 1
    text, role = automatic_status(session.config)
    assert text.startswith("Last backup: ") and text.endswith(", verified.")
    assert role == "muted"
    QApplication.processEvents()
    assert messages.shown == []  # success is quiet

    # Unlocked and locked again the same day: at most one a day.
    session.attach(Journal.open(session.path, PASSPHRASE))
    with qtbot.assertNotEmitted(controller.automaticFinished):
        session.lock()
        settle(qtbot, session)
    assert len(list(folder.iterdir())) == 2


def test_no_automatic_backup_when_off_or_for_the_demo(
    session: Session, controller: BackupController, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    automatic_on(session, folder)
    session.config.backup_enabled = False
    controller.install_automatic()
    with qtbot.assertNotEmitted(controller.automaticFinished):
        session.lock()
        settle(qtbot, session)
    session.attach(Journal.open(session.path, PASSPHRASE))
    session.config.backup_enabled = True
    session.is_demo = True
    with qtbot.assertNotEmitted(controller.automaticFinished):
        session.lock()
        settle(qtbot, session)
    assert not folder.exists()


def test_a_failed_automatic_backup_is_shown_over_the_unlock_window(
    session: Session,
    controller: BackupController,
    messages: Messages,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    automatic_on(session, blocker / "backups")
    controller.install_automatic()
    with qtbot.waitSignal(controller.automaticFinished, timeout=30_000) as finished:
        session.lock()
        settle(qtbot, session)
    assert finished.args[0] is False
    assert not session.is_open  # the lock still happened
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=5000)
    assert messages.titles() == ["Automatic Backup Failed — TrustJournal"]
    [text] = messages.texts("warning")
    assert "could not be made" in text and "backup folder" in text
    text, role = automatic_status(session.config)
    assert text.startswith("The last automatic backup failed on ")
    assert role == "error"
    # Shown once: the next unlock does not repeat it.
    session.attach(Journal.open(session.path, PASSPHRASE))
    QApplication.processEvents()
    assert len(messages.shown) == 1


def test_a_failure_at_quit_is_shown_at_the_next_unlock(
    session: Session,
    controller: BackupController,
    messages: Messages,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    automatic_on(session, blocker / "backups")
    controller.install_automatic()
    controller.automatic.about_to_quit()  # what QApplication.aboutToQuit calls
    session.lock()
    settle(qtbot, session)
    QApplication.processEvents()
    assert messages.shown == []  # the app is going away: nothing to stand over
    assert session.config.get(BACKUP_FAILURE_UNSEEN)

    again = BackupController(session, None)  # the next start of the app
    again.install_automatic()
    session.attach(Journal.open(session.path, PASSPHRASE))
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=5000)
    assert messages.titles() == ["Automatic Backup Failed — TrustJournal"]
    assert not session.config.get(BACKUP_FAILURE_UNSEEN)


def test_an_automatic_backup_can_be_cancelled_and_leaves_no_file(
    session: Session,
    controller: BackupController,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    def many(journal: Journal) -> None:
        with journal.batch():
            for n in range(3000):
                journal.add_person(PersonDraft(f"Person {n:04}"))

    session.call(many)
    folder = tmp_path / "backups"
    folder.mkdir()
    older = folder / backup.automatic_name(dt.datetime(2020, 1, 1, 9, 0))
    older.write_bytes(b"an older automatic backup, never touched by a cancelled one")
    automatic_on(session, folder)
    monkeypatch.setattr(automatic_module, "SHOW_AFTER_MS", 0)  # its window shows at once
    monkeypatch.setattr(backup_payload, "PROGRESS_EVERY", 1)  # a chance to stop every record
    controller.install_automatic()

    def click_cancel() -> None:
        # A click on Cancel, posted while the lock waits for the backup. (Offscreen Qt
        # cannot fake a window-system click: those are what `JournalWorker.input_window`
        # lets through to this window alone; a posted one is delivered either way.)
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QProgressDialog)
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        centre = QPointF(button.rect().center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            QApplication.postEvent(
                button,
                QMouseEvent(
                    kind,
                    centre,
                    button.mapToGlobal(centre),
                    Qt.MouseButton.LeftButton,
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                ),
            )

    session.locking.connect(lambda: QTimer.singleShot(0, click_cancel))
    with qtbot.waitSignal(controller.automaticFinished, timeout=60_000) as finished:
        session.lock()
        settle(qtbot, session)
    assert finished.args == [False, automatic_module.CANCELLED]
    assert not session.is_open  # the lock went ahead
    assert sorted(p.name for p in folder.iterdir()) == [older.name]  # nothing partial, no new
    QApplication.processEvents()
    assert messages.shown == []  # a cancel is no failure to warn about
    assert automatic_status(session.config)[1] == "muted"


def test_a_killed_restores_staging_is_removed_at_the_next_unlock(
    session: Session, controller: BackupController, qtbot: QtBot
) -> None:
    parent = session.path.parent
    stale = parent / f".{session.path.name} restored 2026-12-01 090000.restoring-1234abcd"
    with Journal.create(stale, PASSPHRASE):
        pass  # as a restore killed mid-way leaves it: a vault nobody holds the lock of
    mine = parent / ".my own hidden folder"
    mine.mkdir()
    session.lock()
    session.attach(Journal.open(session.path, PASSPHRASE))
    qtbot.waitUntil(lambda: not stale.exists(), timeout=10_000)
    assert mine.is_dir() and session.path.is_dir()
