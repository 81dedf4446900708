"""Encrypted backups from the desktop app: the File menu's Back Up Now, Verify a Backup and
Restore from Backup, and the automatic backup (automatic.py) they sit beside.

All the work is `trustjournal.core.backup.archive`'s; here are only the questions (file,
passphrase, where to restore: dialogs.py), a progress window around a worker (job.py),
and plain result or failure messages.

The backups of the open journal run on the journal worker (gui/worker.py) as long,
cancellable operations: locking cancels one in progress (its partial file is removed),
as it cancels a verification or a restore.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from shiboken6 import Shiboken

from trustjournal import APP_NAME
from trustjournal.core import kinds
from trustjournal.core.backup import archive as backup
from trustjournal.core.errors import BackupWrongPassphrase
from trustjournal.gui.backup.automatic import AutomaticBackup
from trustjournal.gui.backup.dialogs import BackupOptionsDialog, RestoreDialog, free_name
from trustjournal.gui.backup.job import Job, describe_error
from trustjournal.gui.backup.keyfile import KeyFile
from trustjournal.gui.common import workers
from trustjournal.gui.common.config import BACKUP_LAST_DIR, Config
from trustjournal.gui.common.dates import long_moment
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.session import Session
from trustjournal.gui.worker import Cancelled, Ticket

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

# Kept English here (tests compare with them); translated where shown, by self.tr in
# BackupController, whose context they are marked in.
BACKING_UP = QT_TRANSLATE_NOOP("BackupController", "Backing up your journal…")
VERIFYING = QT_TRANSLATE_NOOP("BackupController", "Checking every part of the backup…")
RESTORING = QT_TRANSLATE_NOOP("BackupController", "Restoring the journal…")
SAVING_CURRENT = QT_TRANSLATE_NOOP(
    "BackupController", "Keeping your current journal as a backup first…"
)
CANCELLED = QT_TRANSLATE_NOOP("BackupController", "Cancelled. Nothing was written.")


def file_filter() -> str:
    """FILE_FILTER in the language shown."""
    return QCoreApplication.translate(
        "BackupController", "TrustJournal backups ({patterns});;All files (*)"
    ).format(patterns=f"*{backup.SUFFIX} *.age")


class BackupController(QObject):
    """The File menu's backup actions, and (`automatic`, automatic.py) the automatic backup
    on lock and quit.

    Signals: `journalReplaced(Path)` after "replace the open journal" swapped the restored
    journal into the open journal's folder and unlocked it (the session is attached to the
    restored journal already; listeners only refresh what depends on the journal);
    `journalRestored(Path)` after a restore into a new folder; `automaticFinished(bool ok,
    str message)` after every automatic backup attempt.
    """

    journalReplaced = Signal(Path)
    journalRestored = Signal(Path)
    automaticFinished = Signal(bool, str)
    busyChanged = Signal(bool)

    def __init__(self, session: Session, parent_window: QWidget | None = None) -> None:
        super().__init__(parent_window)
        self.session = session
        self.parent_window = parent_window
        self._busy = False
        self._restore_dialog: RestoreDialog | None = None
        self._job: Job | None = None  # the job running, cancelled when the journal locks
        self._stopped_by_lock: str | None = None  # said after the next unlock
        session.locking.connect(self._cancel_job)
        session.unlocked.connect(self._say_stopped)
        session.unlocked.connect(self._tidy_after_crash)
        self.automatic = AutomaticBackup(session, self._window, self)
        self.automatic.finished.connect(self.automaticFinished)
        self.key_file = KeyFile(session, self._window, self)

    def _tidy_after_crash(self) -> None:
        """Remove what a restore killed mid-way left beside the journal (its hidden staging
        folder, which only a restore that is not running any more leaves unlocked)."""
        if not self.session.is_open:
            return
        parent = self.session.path.parent
        workers.run(lambda: backup.remove_stale_staging(parent), lambda _r: None, lambda _e: None)

    # -- state ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)

    def _cancel_job(self) -> None:
        """Locking stops a backup, verification or restore: it cleans up after itself (a
        partial file is removed before the key is dropped)."""
        job = self._job
        if job is None or not job.running:
            return
        job._cancel()
        if job.ticket is not None:  # on the journal worker: its answer is dropped by the lock
            self._stopped_by_lock = job.title
            self._finish(job)

    def _say_stopped(self) -> None:
        title, self._stopped_by_lock = self._stopped_by_lock, None
        if title is not None:
            QTimer.singleShot(
                0,
                lambda: self._tell(
                    self.tr("{title} Stopped").format(title=title),
                    self.tr(
                        "{title} was stopped when the journal locked. Nothing was written; "
                        "start it again whenever you like."
                    ).format(title=title),
                ),
            )

    @property
    def config(self) -> Config:
        return self.session.config

    def _window(self) -> QWidget | None:
        window = self.parent_window
        if window is not None and Shiboken.isValid(window) and window.isVisible():
            return window
        return _active_window()

    def _start_dir(self) -> str:
        remembered = str(self.config.get(BACKUP_LAST_DIR))
        if remembered and Path(remembered).is_dir():
            return remembered
        return str(Path.home())

    def _remember_dir(self, path: Path) -> None:
        self.config.set(BACKUP_LAST_DIR, str(path.parent))

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self._window(), f"{title} — {APP_NAME}", text)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._window(), f"{title} — {APP_NAME}", text)

    def install_automatic(self) -> None:
        """Back up when the journal locks or the app quits (after the views stashed drafts).

        Call once, after every view has connected to `session.locking`, so the drafts they
        stash on locking are in the backup.
        """
        self.automatic.install()
        self.session.passphrase_hooks.append(self.key_file.passphrase_typed)

    # -- Back Up Now ------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self._busy or not self.session.is_open:
            return
        options = BackupOptionsDialog(self._window())
        accepted = options.exec() == QDialog.DialogCode.Accepted
        passphrase = options.chosen_passphrase()
        own = options.uses_journal_passphrase()
        options.deleteLater()
        if not accepted:
            return
        # Named as an automatic backup made now would be: the date sorts them.
        start = str(Path(self._start_dir()) / backup.automatic_name(dt.datetime.now()))
        chosen, _ = QFileDialog.getSaveFileName(
            self._window(), self.tr("Save the Backup") + f" — {APP_NAME}", start, file_filter()
        )
        if not chosen:
            return
        out = Path(chosen)
        if not out.suffix:
            out = out.with_suffix(backup.SUFFIX)
        self._remember_dir(out)
        job = self._start(
            Job(self._window(), self.tr("Back Up Now"), self.tr(BACKING_UP), cancellable=True)
        )

        def done(info: backup.BackupInfo) -> None:
            self._finish(job)
            opens = (
                self.tr(
                    "It opens with the separate passphrase you chose, in TrustJournal or "
                    "with the age tool alone (age -d FILE | gunzip)."
                )
                if not own
                else self.tr(
                    "It opens with your journal's passphrase as it is today, in TrustJournal "
                    "or with the age tool alone (age -d FILE | gunzip)."
                )
            )
            self._tell(
                self.tr("Backup Saved"),
                self.tr("Your journal is backed up to\n{file}\n\nIt holds {counts}.").format(
                    file=out, counts=kinds.counts_text(info.counts)
                )
                + " "
                + opens,
            )

        def failed(exc: BaseException) -> None:
            self._finish(job)
            if isinstance(exc, Cancelled):
                self._tell(self.tr("Backup Cancelled"), self.tr(CANCELLED))
            else:
                self._warn(
                    self.tr("Backup Failed"),
                    self.tr("{error}\n\nNo backup file was left.").format(
                        error=describe_error(exc)
                    ),
                )

        job.ticket = self.session.long(
            lambda j, t: backup.make(
                j, out, passphrase=passphrase, journal_passphrase=own, progress=t.report
            ),
            done,
            failed,
            job.advance,
            name="back up now",
        )

    def _start(self, job: Job) -> Job:
        self._job = job
        self._set_busy(True)
        return job

    def _finish(self, job: Job) -> None:
        job.close()
        if self._job is job:
            self._job = None
        self._set_busy(False)

    # -- Verify a Backup --------------------------------------------------------------------

    def verify_backup(self) -> None:
        if self._busy:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self._window(),
            self.tr("Verify a Backup") + f" — {APP_NAME}",
            self._start_dir(),
            file_filter(),
        )
        if not chosen:
            return
        path = Path(chosen)
        self._remember_dir(path)
        if not self.session.is_open:
            self._ask_and_verify(path, "")
            return
        # The open journal's own key first: its own backups verify without a prompt.
        self.session.read(
            lambda j: j.backup_key()[1],
            lambda key: self._verify(path, None, key),
            lambda _exc: self._ask_and_verify(path, ""),
            urgent=True,
            name="backup key",
        )

    def _ask_and_verify(self, path: Path, problem: str) -> None:
        text = f"{problem}\n\n" if problem else ""
        passphrase, ok = QInputDialog.getText(
            self._window(),
            self.tr("Verify a Backup") + f" — {APP_NAME}",
            text + self.tr("Passphrase for “{name}”:").format(name=path.name),
            QLineEdit.EchoMode.Password,
        )
        if ok and passphrase:
            self._verify(path, passphrase, None)

    def _verify(self, path: Path, passphrase: str | None, key: bytes | None) -> None:
        job = self._start(
            Job(self._window(), self.tr("Verify a Backup"), self.tr(VERIFYING), cancellable=True)
        )

        def work() -> backup.BackupInfo:
            if key is not None:
                return backup.verify(path, key=key, progress=job.progress)
            return backup.verify(path, passphrase, progress=job.progress)

        def done(info: backup.BackupInfo) -> None:
            self._finish(job)
            self._tell(
                self.tr("Backup Verified"),
                self.tr(
                    "“{name}” is complete and intact.\n\n"
                    "Made on {moment} by {app} {version}.\n"
                    "It holds {counts}."
                ).format(
                    name=path.name,
                    moment=long_moment(info.created_at),
                    app=APP_NAME,
                    version=info.app_version,
                    counts=kinds.counts_text(info.counts),
                ),
            )

        def failed(exc: BaseException) -> None:
            self._finish(job)
            if isinstance(exc, Cancelled):
                return
            if is_wrong_passphrase(exc):
                # The open journal's key did not open it: it was made with another
                # passphrase (or for another journal). Ask, and again after a wrong one.
                self._ask_and_verify(path, str(exc) if key is None else "")
                return
            self._warn(
                self.tr("Backup Not Usable"),
                self.tr("“{name}” failed the check.\n\n{error}").format(
                    name=path.name, error=describe_error(exc)
                ),
            )

        workers.run(work, done, failed)

    # -- Restore from Backup ----------------------------------------------------------------

    def restore_from_backup(self) -> None:
        if self._busy:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self._window(),
            self.tr("Restore from Backup") + f" — {APP_NAME}",
            self._start_dir(),
            file_filter(),
        )
        if not chosen:
            return
        source = Path(chosen)
        self._remember_dir(source)
        journal_path = self.session.path if self.session.is_open else None
        self._restore_dialog = RestoreDialog(source, journal_path, self._window())
        self._ask_restore(source)

    def _ask_restore(self, source: Path, problem: str = "") -> None:
        dialog = self._restore_dialog
        if dialog is None:
            return
        dialog.show_error(problem)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._drop_restore_dialog()
            return
        passphrase, target = dialog.passphrase.text(), dialog.target()
        if target is None:
            if not self._confirm_replace():
                self._drop_restore_dialog()
                return
            self._replace(source, passphrase)
        else:
            self._restore_into(source, passphrase, target)

    def _drop_restore_dialog(self) -> None:
        if self._restore_dialog is not None:
            self._restore_dialog.deleteLater()
            self._restore_dialog = None

    def _confirm_replace(self) -> bool:
        answer = QMessageBox.question(
            self._window(),
            self.tr("Replace Your Journal?") + f" — {APP_NAME}",
            self.tr(
                "Replace the journal that is open now with the backup?\n\n"
                "Your current journal is first saved as a backup file beside it and then "
                "moved aside, not deleted. The restored journal opens with the backup's "
                "passphrase."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restore_failed(self, source: Path, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._drop_restore_dialog()
            self._tell(self.tr("Restore Cancelled"), self.tr("Cancelled. No journal was made."))
        elif is_wrong_passphrase(exc):
            self._ask_restore(source, str(exc))
        else:
            self._drop_restore_dialog()
            self._warn(
                self.tr("Restore Failed"),
                self.tr("{error}\n\nNo journal was made.").format(error=describe_error(exc)),
            )

    def _restore_into(self, source: Path, passphrase: str, target: Path) -> None:
        job = self._start(
            Job(
                self._window(), self.tr("Restore from Backup"), self.tr(RESTORING), cancellable=True
            )
        )

        def done(made: Path) -> None:
            self._finish(job)
            self._drop_restore_dialog()
            self._tell(
                self.tr("Journal Restored"),
                self.tr(
                    "The backup is restored into\n{folder}\n\n"
                    "It opens with the backup's passphrase."
                ).format(folder=made),
            )
            self.journalRestored.emit(made)

        def failed(exc: BaseException) -> None:
            self._finish(job)
            self._restore_failed(source, exc)

        workers.run(
            lambda: backup.restore(source, passphrase, target, progress=job.progress), done, failed
        )

    def _replace(self, source: Path, passphrase: str) -> None:
        """Save the current journal as a backup, restore beside it, then swap the folders."""
        if not self.session.is_open:
            return
        current = self.session.path
        stamp = f"{dt.datetime.now():%Y-%m-%d %H%M%S}"
        safety = free_name(current.parent / f"{current.name} before restore {stamp}{backup.SUFFIX}")
        staging = free_name(current.parent / f"{current.name} restored {stamp}")
        aside = free_name(current.parent / f"{current.name} replaced {stamp}")
        job = self._start(
            Job(
                self._window(),
                self.tr("Restore from Backup"),
                self.tr(SAVING_CURRENT),
                cancellable=True,
            )
        )

        def work(journal: Journal, ticket: Ticket) -> Path:
            try:
                # Under the passphrase just typed, which the restored journal will open
                # with; checked whole, so the old folder can be offered for deletion later.
                backup.safety_copy(journal, safety, passphrase, progress=ticket.report)
                job.relay.advanced.emit(0, 0)
                return backup.restore(source, passphrase, staging, progress=ticket.report)
            except Cancelled:  # by the user or a lock (whose answer nobody hears): tidy here
                with contextlib.suppress(OSError):
                    safety.unlink(missing_ok=True)
                raise

        def restored(made: Path) -> None:
            job.set_text(self.tr("Opening the restored journal…"))
            try:
                self._swap(current, made, aside)
            except OSError as exc:
                self._finish(job)
                self._drop_restore_dialog()
                self._warn(
                    self.tr("Restore Failed"),
                    self.tr(
                        "Could not put the restored journal in place: {error}\n\n"
                        "Your journal is unchanged in {current}; the restored copy is in {made}."
                    ).format(error=describe_error(exc), current=current, made=made),
                )
                return
            self.session.unlock(
                current,
                passphrase,
                lambda _path: self._replaced(job, safety, aside, passphrase),
                lambda exc: self._reopen_failed(job, exc),
            )

        def failed(exc: BaseException) -> None:
            self._finish(job)
            if isinstance(exc, Cancelled) or not is_wrong_passphrase(exc):
                with contextlib.suppress(OSError):
                    if safety.exists():
                        safety.unlink()  # the restore did not happen: no reason to keep it
            self._restore_failed(source, exc)

        job.ticket = self.session.long(work, restored, failed, job.advance, name="replace")

    def _swap(self, current: Path, made: Path, aside: Path) -> None:
        self.automatic.skip = True
        try:
            self.session.lock()
        finally:
            self.automatic.skip = False
        current.rename(aside)
        try:
            made.rename(current)
        except OSError:
            aside.rename(current)
            raise

    def _replaced(self, job: Job, safety: Path, aside: Path, passphrase: str) -> None:
        self._finish(job)
        self._drop_restore_dialog()
        self.journalReplaced.emit(self.session.path)
        # A restored journal has a key of its own, so its backups a key file of their own.
        self.session.passphrase_typed(passphrase)
        answer = QMessageBox.question(
            self._window(),
            self.tr("Journal Restored") + f" — {APP_NAME}",
            self.tr(
                "The backup now is your journal.\n\n"
                "The journal it replaced is saved, and checked, as the backup\n{safety}\n"
                "which opens with the passphrase you just typed, as the restored journal "
                "does.\n\n"
                "Its old folder is still at\n{aside}\n"
                "The backup holds all of it, so the folder is no longer needed.\n\n"
                "Delete the old folder now?"
            ).format(safety=safety, aside=aside),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._remove_replaced(aside)

    def _remove_replaced(self, aside: Path) -> None:
        """Delete the replaced journal's folder (ciphertext only: its database and header)."""
        shutil.rmtree(aside, ignore_errors=True)
        if aside.exists():
            self._warn(
                self.tr("Folder Not Deleted"),
                self.tr("Could not delete\n{folder}\nDelete it yourself.").format(folder=aside),
            )

    def _reopen_failed(self, job: Job, exc: BaseException) -> None:
        self._finish(job)
        self._drop_restore_dialog()
        self.journalReplaced.emit(self.session.path)
        self._warn(
            self.tr("Restored, Not Opened"),
            self.tr(
                "The backup is restored in place, but it did not open: {error}\n\n"
                "Unlock it with the backup's passphrase."
            ).format(error=describe_error(exc)),
        )


def _active_window() -> QWidget | None:
    """The window to put a message over when the main window is hidden (the unlock window)."""
    active = QApplication.activeWindow()
    if active is not None:
        return active
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    return visible[0] if visible else None


# -- what the core gives us --------------------------------------------------------------------


def is_wrong_passphrase(exc: BaseException) -> bool:
    return isinstance(exc, BackupWrongPassphrase)
