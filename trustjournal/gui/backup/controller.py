"""Encrypted backups from the desktop app: Back Up Now, Restore, Verify, and automatic backups.

`BackupController` owns the three File-menu flows and the automatic backup made when the
journal locks or the app quits. All the work is `trustjournal.core.backup.archive`'s; here are only
the questions (file, passphrase, where to restore), a progress dialog around a worker,
and plain result or failure messages.

The backups of the open journal run on the journal worker (gui/worker.py) as long,
cancellable operations: locking cancels one in progress (its partial file is removed),
as it cancels a verification or a restore. The automatic backup is asked for while
`session.locking` is being delivered, as a write that the lock waits for before it drops
the key; `Session.lock()` keeps the "Backing up…" window painting meanwhile, but nothing
can be clicked or typed until the key is gone. A failure is stored in the config and
shown over the unlock window (or, after a quit, at the next unlock).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from trustjournal import APP_NAME
from trustjournal.core import kinds
from trustjournal.core.backup import archive as backup
from trustjournal.core.errors import BackupWrongPassphrase, JournalError, WeakPassphrase
from trustjournal.core.store.vault import check_new_passphrase
from trustjournal.gui.common import theme, workers
from trustjournal.gui.common.config import (
    BACKUP_FAILURE,
    BACKUP_FAILURE_AT,
    BACKUP_FAILURE_UNSEEN,
    BACKUP_LAST_DIR,
    BACKUP_LAST_VERIFIED,
    Config,
)
from trustjournal.gui.common.dates import long_moment
from trustjournal.gui.session import Session
from trustjournal.gui.worker import Cancelled, Ticket

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

SUFFIX = ".tjbackup"
FILE_FILTER = f"TrustJournal backups (*{SUFFIX});;All files (*)"
SHOW_AFTER_MS = 300  # an automatic backup quicker than this shows no window at all
WIDTH = 520

BACKING_UP = "Backing up your journal…"
VERIFYING = "Checking every part of the backup…"
RESTORING = "Restoring the journal…"
SAVING_CURRENT = "Keeping your current journal as a backup first…"
CANCELLED = "Cancelled. Nothing was written."
EVERYTHING = kinds.listing([kind.plural for kind in kinds.LISTED])  # what a backup holds


# -- words --------------------------------------------------------------------------------


def describe_error(exc: BaseException) -> str:
    """What went wrong, for a person (core errors already speak that way)."""
    if isinstance(exc, JournalError):
        return str(exc)
    if isinstance(exc, OSError):
        reason = (exc.strerror or str(exc)).rstrip(".")
        where = f" ({exc.filename})" if exc.filename else ""
        return f"The disk refused: {reason.lower()}{where}."
    return f"Something unexpected went wrong ({type(exc).__name__})."


def _reason(exc: BaseException) -> str:
    return exc.reason if isinstance(exc, JournalError) else describe_error(exc).rstrip(".")


def _parse_time(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def automatic_status(config: Config) -> tuple[str, str]:
    """The Preferences line about automatic backups: (text, theme role)."""
    failure, failed_at = str(config.get(BACKUP_FAILURE)), _parse_time(config.get(BACKUP_FAILURE_AT))
    verified = _parse_time(config.get(BACKUP_LAST_VERIFIED))
    folder = config.backup_folder
    latest: dt.datetime | None = None
    if folder is not None:
        with contextlib.suppress(OSError, JournalError):
            latest = backup.last_automatic(folder)
    if failure and failed_at and (verified is None or _aware(failed_at) >= _aware(verified)):
        return f"The last automatic backup failed on {long_moment(failed_at)}: {failure}", "error"
    if verified is not None and (latest is None or abs(_aware(latest) - _aware(verified)) < _DAY):
        return f"Last backup: {long_moment(verified)}, verified.", "muted"
    if latest is not None:
        return f"Last backup: {long_moment(latest)}.", "muted"
    return "No automatic backup has been made yet.", "muted"


_DAY = dt.timedelta(days=1)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.astimezone()


def default_backup_name(now: dt.datetime | None = None) -> str:
    moment = now or dt.datetime.now()
    return f"TrustJournal backup {moment:%Y-%m-%d %H%M%S}{SUFFIX}"


# -- dialogs ------------------------------------------------------------------------------


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
        self.error.setAccessibleName("Problem")
        theme.set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(ok_text)
        self.ok.setDefault(True)
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

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.adjustSize()

    def shown_error(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""


class BackupOptionsDialog(_Dialog):
    """Which passphrase opens the new backup: the journal's own (default) or a separate one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Back Up Now", "&Choose Where to Save…", parent)
        heading = QLabel("Back up the whole journal to one encrypted file")
        theme.set_role(heading, "heading")
        self.layout_.addWidget(heading)
        self.layout_.addWidget(
            _muted(
                f"Everything goes in: {EVERYTHING}. Keep the file somewhere other than "
                "this computer."
            )
        )
        self.layout_.addSpacing(4)
        self.own = QRadioButton("Use the &journal's passphrase")
        self.own.setAccessibleName("Use the journal's passphrase")
        self.own.setChecked(True)
        self.separate = QRadioButton("Use a &separate passphrase")
        self.separate.setAccessibleName("Use a separate passphrase")
        group = QButtonGroup(self)
        group.addButton(self.own)
        group.addButton(self.separate)
        self.layout_.addWidget(self.own)
        own_help = _muted(
            "It opens with the passphrase you unlock the journal with today, even after "
            "you change that passphrase."
        )
        own_help.setContentsMargins(24, 0, 0, 4)
        self.layout_.addWidget(own_help)
        self.layout_.addWidget(self.separate)
        grid = QGridLayout()
        grid.setContentsMargins(24, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.passphrase = _password_field("Backup passphrase", "At least 8 characters")
        self.repeat = _password_field("Backup passphrase again", "The same again")
        for row, (text, field) in enumerate(
            (("&Passphrase:", self.passphrase), ("&Repeat:", self.repeat))
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
        if on:
            self.passphrase.setFocus()
        self.show_error("")

    def chosen_passphrase(self) -> str | None:
        """None: the journal's own passphrase (its current header is the key stanza)."""
        return self.passphrase.text() if self.separate.isChecked() else None

    def accept(self) -> None:
        if self.separate.isChecked():
            text = self.passphrase.text()
            try:
                check_new_passphrase(text)
            except WeakPassphrase as exc:
                self.show_error(str(exc).replace(" Nothing was changed.", ""))
                return
            if text != self.repeat.text():
                self.show_error("The two passphrases are not the same.")
                return
        super().accept()


class RestoreDialog(_Dialog):
    """The backup's passphrase and where the restored journal goes."""

    def __init__(
        self, source: Path, journal_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("Restore from Backup", "&Restore", parent)
        heading = QLabel(f"Restore “{source.name}”")
        heading.setWordWrap(True)
        theme.set_role(heading, "heading")
        self.layout_.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        label = QLabel("&Passphrase:")
        self.passphrase = _password_field("Backup passphrase", "The backup's passphrase")
        label.setBuddy(self.passphrase)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.passphrase, 0, 1)
        grid.addWidget(
            _muted(
                "The passphrase that opened the journal when the backup was made, or the "
                "separate one chosen for it. The restored journal opens with it."
            ),
            1,
            1,
        )
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)
        self.layout_.addSpacing(4)

        self.into_new = QRadioButton("Restore into a &new folder:")
        self.into_new.setAccessibleName("Restore into a new folder")
        self.into_new.setChecked(True)
        self.replace = QRadioButton("Re&place the journal that is open now")
        self.replace.setAccessibleName("Replace the journal that is open now")
        group = QButtonGroup(self)
        group.addButton(self.into_new)
        group.addButton(self.replace)
        self.layout_.addWidget(self.into_new)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.setSpacing(8)
        self.folder = QLineEdit()
        self.folder.setAccessibleName("Folder for the restored journal")
        self.folder.setPlaceholderText("A new or empty folder")
        base = journal_path.parent if journal_path is not None else Path.home()
        self.folder.setText(str(_free_name(base / f"Restored journal {dt.date.today():%Y-%m-%d}")))
        self.choose = QPushButton("C&hoose…")
        self.choose.setAccessibleName("Choose the folder for the restored journal")
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.replace)
        replace_help = _muted(
            "Your current journal is first saved as a backup file and then moved aside, "
            "not deleted. You will be asked to confirm."
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
            self, f"Folder for the Restored Journal — {APP_NAME}", start
        )
        if chosen:
            self.folder.setText(chosen)

    def target(self) -> Path | None:
        """The folder to restore into, or None to replace the open journal."""
        return None if self.replace.isChecked() else Path(self.folder.text().strip()).expanduser()

    def accept(self) -> None:
        if not self.passphrase.text():
            self.show_error("Enter the backup's passphrase.")
            return
        target = self.target()
        if target is not None:
            if not self.folder.text().strip():
                self.show_error("Choose a folder for the restored journal.")
                return
            if target.exists() and (not target.is_dir() or any(target.iterdir())):
                self.show_error(f"{target} is not empty; choose a new or empty folder.")
                return
        super().accept()


def _free_name(path: Path) -> Path:
    """`path`, or `path (2)`, `path (3)`… whichever does not exist yet."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name} ({n})")
        n += 1
    return candidate


# -- progress around a worker ---------------------------------------------------------------


class _Progress(QObject):
    advanced = Signal(object, object)  # done, total: bytes can pass 2**31


class Job:
    """One piece of backup work in a worker, with a QProgressDialog the user can watch."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        cancellable: bool,
        show_after_ms: int = 0,
    ) -> None:
        self.cancelled = False
        self.title = title
        self.ticket: Ticket | None = None  # the journal worker's, when the job runs there
        self.relay = _Progress()
        self.dialog = QProgressDialog(text, "Cancel" if cancellable else "", 0, 0, parent)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle(f"{title} — {APP_NAME}")
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumSize(460, 140)  # the default is cramped
        self.dialog.setAccessibleName(text)
        self.dialog.canceled.connect(self._cancel)
        self.relay.advanced.connect(self._advance)
        if show_after_ms:
            self.dialog.hide()
            QTimer.singleShot(show_after_ms, self._show_if_running)
        else:
            self.dialog.show()
        self.running = True

    def _show_if_running(self) -> None:
        if self.running and Shiboken.isValid(self.dialog):
            self.dialog.show()

    def _cancel(self) -> None:
        self.cancelled = True
        if self.ticket is not None:
            self.ticket.cancel()
        if Shiboken.isValid(self.dialog):
            self.dialog.setLabelText("Cancelling…")

    def advance(self, done: int, total: int) -> None:
        """Progress on the GUI thread (from a journal worker ticket)."""
        self._advance(done, total)

    def _advance(self, done: int, total: int) -> None:
        if not self.running or total <= 0:
            return
        # Move the bar itself: QProgressDialog.setValue() on a modal dialog processes
        # events, so the job could finish (and its dialog be deleted) inside that call.
        bar = self.dialog.findChild(QProgressBar)
        if bar is not None:
            bar.setMaximum(1000)
            bar.setValue(min(1000, int(1000 * done / total)))

    def set_text(self, text: str) -> None:
        self.dialog.setLabelText(text)
        self.dialog.setRange(0, 0)

    def progress(self, done: int, total: int) -> None:
        """The callback handed to the core; runs in the worker."""
        if self.cancelled:
            raise Cancelled()
        self.relay.advanced.emit(done, total)

    def close(self) -> None:
        self.running = False
        if Shiboken.isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()


# -- the controller -----------------------------------------------------------------------


class BackupController(QObject):
    """The File menu's backup actions and the automatic backup on lock and quit.

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
        self._quitting = False
        self._skip_automatic = False  # the lock inside "replace" is not a moment to back up
        self._restore_dialog: RestoreDialog | None = None
        self._job: Job | None = None  # the job running, cancelled when the journal locks
        self._stopped_by_lock: str | None = None  # said after the next unlock
        self._automatic: dict[str, Any] = {}  # the automatic backup's outcome, at a lock
        session.locking.connect(self._cancel_job)
        session.unlocked.connect(self._say_stopped)

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
                    f"{title} Stopped",
                    f"{title} was stopped when the journal locked. Nothing was written; "
                    "start it again whenever you like.",
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

    # -- Back Up Now ------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self._busy or not self.session.is_open:
            return
        options = BackupOptionsDialog(self._window())
        accepted = options.exec() == QDialog.DialogCode.Accepted
        passphrase = options.chosen_passphrase()
        options.deleteLater()
        if not accepted:
            return
        start = str(Path(self._start_dir()) / default_backup_name())
        chosen, _ = QFileDialog.getSaveFileName(
            self._window(), f"Save the Backup — {APP_NAME}", start, FILE_FILTER
        )
        if not chosen:
            return
        out = Path(chosen)
        if not out.suffix:
            out = out.with_suffix(SUFFIX)
        self._remember_dir(out)
        job = self._start(Job(self._window(), "Back Up Now", BACKING_UP, cancellable=True))

        def done(info: backup.BackupInfo) -> None:
            self._finish(job)
            self._tell(
                "Backup Saved",
                f"Your journal is backed up to\n{out}\n\n"
                f"It holds {kinds.counts_text(info.counts)}. "
                + (
                    "It opens with the separate passphrase you chose."
                    if passphrase is not None
                    else "It opens with your journal's passphrase as it is today."
                ),
            )

        def failed(exc: BaseException) -> None:
            self._finish(job)
            if isinstance(exc, Cancelled):
                self._tell("Backup Cancelled", CANCELLED)
            else:
                self._warn("Backup Failed", f"{describe_error(exc)}\n\nNo backup file was left.")

        job.ticket = self.session.long(
            lambda j, t: backup.make(j, out, passphrase=passphrase, progress=t.report),
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
            self._window(), f"Verify a Backup — {APP_NAME}", self._start_dir(), FILE_FILTER
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
            f"Verify a Backup — {APP_NAME}",
            f"{text}Passphrase for “{path.name}”:",
            QLineEdit.EchoMode.Password,
        )
        if ok and passphrase:
            self._verify(path, passphrase, None)

    def _verify(self, path: Path, passphrase: str | None, key: bytes | None) -> None:
        job = self._start(Job(self._window(), "Verify a Backup", VERIFYING, cancellable=True))

        def work() -> backup.BackupInfo:
            if key is not None:
                return backup.verify(path, key=key, progress=job.progress)
            return backup.verify(path, passphrase, progress=job.progress)

        def done(info: backup.BackupInfo) -> None:
            self._finish(job)
            self._tell(
                "Backup Verified",
                f"“{path.name}” is complete and intact.\n\n"
                f"Made on {long_moment(info.created_at)} by {APP_NAME} {info.app_version}.\n"
                f"It holds {kinds.counts_text(info.counts)}.",
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
                "Backup Not Usable", f"“{path.name}” failed the check.\n\n{describe_error(exc)}"
            )

        workers.run(work, done, failed)

    # -- Restore from Backup ----------------------------------------------------------------

    def restore_from_backup(self) -> None:
        if self._busy:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self._window(), f"Restore from Backup — {APP_NAME}", self._start_dir(), FILE_FILTER
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
            f"Replace Your Journal? — {APP_NAME}",
            "Replace the journal that is open now with the backup?\n\n"
            "Your current journal is first saved as a backup file beside it and then "
            "moved aside, not deleted. The restored journal opens with the backup's "
            "passphrase.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restore_failed(self, source: Path, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._drop_restore_dialog()
            self._tell("Restore Cancelled", "Cancelled. No journal was made.")
        elif is_wrong_passphrase(exc):
            self._ask_restore(source, str(exc))
        else:
            self._drop_restore_dialog()
            self._warn("Restore Failed", f"{describe_error(exc)}\n\nNo journal was made.")

    def _restore_into(self, source: Path, passphrase: str, target: Path) -> None:
        job = self._start(Job(self._window(), "Restore from Backup", RESTORING, cancellable=True))

        def done(made: Path) -> None:
            self._finish(job)
            self._drop_restore_dialog()
            self._tell(
                "Journal Restored",
                f"The backup is restored into\n{made}\n\nIt opens with the backup's passphrase.",
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
        safety = _free_name(current.parent / f"{current.name} before restore {stamp}{SUFFIX}")
        staging = _free_name(current.parent / f"{current.name} restored {stamp}")
        aside = _free_name(current.parent / f"{current.name} replaced {stamp}")
        job = self._start(
            Job(self._window(), "Restore from Backup", SAVING_CURRENT, cancellable=True)
        )

        def work(journal: Journal, ticket: Ticket) -> Path:
            try:
                backup.make(journal, safety, progress=ticket.report)
                job.relay.advanced.emit(0, 0)
                return backup.restore(source, passphrase, staging, progress=ticket.report)
            except Cancelled:  # by the user or a lock (whose answer nobody hears): tidy here
                with contextlib.suppress(OSError):
                    safety.unlink(missing_ok=True)
                raise

        def restored(made: Path) -> None:
            job.set_text("Opening the restored journal…")
            try:
                self._swap(current, made, aside)
            except OSError as exc:
                self._finish(job)
                self._drop_restore_dialog()
                self._warn(
                    "Restore Failed",
                    f"Could not put the restored journal in place: {describe_error(exc)}\n\n"
                    f"Your journal is unchanged in {current}; the restored copy is in {made}.",
                )
                return
            self.session.unlock(
                current,
                passphrase,
                lambda _path: self._replaced(job, safety, aside),
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
        self._skip_automatic = True
        try:
            self.session.lock()
        finally:
            self._skip_automatic = False
        current.rename(aside)
        try:
            made.rename(current)
        except OSError:
            aside.rename(current)
            raise

    def _replaced(self, job: Job, safety: Path, aside: Path) -> None:
        self._finish(job)
        self._drop_restore_dialog()
        self.journalReplaced.emit(self.session.path)
        self._tell(
            "Journal Restored",
            "The backup now is your journal.\n\n"
            f"The journal it replaced was saved as\n{safety}\nand its folder moved to\n{aside}",
        )

    def _reopen_failed(self, job: Job, exc: BaseException) -> None:
        self._finish(job)
        self._drop_restore_dialog()
        self.journalReplaced.emit(self.session.path)
        self._warn(
            "Restored, Not Opened",
            f"The backup is restored in place, but it did not open: {describe_error(exc)}\n\n"
            "Unlock it with the backup's passphrase.",
        )

    # -- automatic backups --------------------------------------------------------------------

    def install_automatic(self) -> None:
        """Back up when the journal locks or the app quits (after the views stashed drafts).

        Call once, after every view has connected to `session.locking`, so the drafts they
        stash on locking are in the backup.
        """
        self.session.locking.connect(self._backup_before_lock)
        self.session.locked.connect(self._after_lock)
        self.session.unlocked.connect(self._after_unlock)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._about_to_quit)

    def _about_to_quit(self) -> None:
        self._quitting = True

    def automatic_due(self) -> bool:
        config = self.config
        folder = config.backup_folder
        if not config.backup_enabled or folder is None or self._skip_automatic:
            return False
        if self.session.is_demo or not self.session.is_open:
            return False
        try:
            return backup.due(folder, dt.datetime.now(dt.UTC))
        except (OSError, JournalError):
            return True  # let the attempt fail and say why, rather than skip quietly

    def _backup_before_lock(self) -> None:
        """On locking: the automatic backup runs on the journal worker before the key is
        dropped (a write: a lock never drops it); its outcome is recorded once locked."""
        self._automatic = {}
        if not self.automatic_due():
            return
        folder = self.config.backup_folder
        assert folder is not None
        keep = self.config.backup_keep
        outcome = self._automatic
        job = Job(
            self._window(),
            "Automatic Backup",
            "Backing up before locking…",
            cancellable=False,
            show_after_ms=SHOW_AFTER_MS,
        )
        outcome["job"] = job

        def work(journal: Journal) -> None:
            try:
                outcome["info"] = backup.automatic(
                    journal, folder, keep=keep, progress=job.relay.advanced.emit
                )
            except BaseException as exc:
                outcome["error"] = exc

        self.session.write(work, name="automatic backup")

    def _record_success(self, info: backup.BackupInfo) -> None:
        self.config.set(BACKUP_LAST_VERIFIED, _aware(info.created_at).isoformat())
        self.config.set(BACKUP_FAILURE, "")
        self.config.set(BACKUP_FAILURE_AT, "")
        self.config.set(BACKUP_FAILURE_UNSEEN, False)
        self.automaticFinished.emit(True, f"Last backup: {long_moment(info.created_at)}, verified.")

    def _record_failure(self, exc: BaseException) -> None:
        reason = _reason(exc)
        self.config.set(BACKUP_FAILURE, reason)
        self.config.set(BACKUP_FAILURE_AT, dt.datetime.now().astimezone().isoformat())
        self.config.set(BACKUP_FAILURE_UNSEEN, True)
        self.automaticFinished.emit(False, reason)

    def _after_lock(self) -> None:
        outcome, self._automatic = self._automatic, {}
        if "job" in outcome:
            outcome["job"].close()
            if "info" in outcome:
                self._record_success(outcome["info"])
            else:
                self._record_failure(outcome.get("error") or RuntimeError("no result"))
        if self.config.get(BACKUP_FAILURE_UNSEEN) and not self._quitting:
            QTimer.singleShot(0, self.show_failure)  # over the unlock window, once it shows

    def _after_unlock(self) -> None:
        if self.config.get(BACKUP_FAILURE_UNSEEN):
            QTimer.singleShot(0, self.show_failure)  # failed at the last quit

    def failure_text(self) -> str:
        failed_at = _parse_time(str(self.config.get(BACKUP_FAILURE_AT)))
        moment = f" on {long_moment(failed_at)}" if failed_at else ""
        return (
            f"The automatic backup{moment} could not be made: {self.config.get(BACKUP_FAILURE)}."
            "\n\nYour journal itself is fine. TrustJournal tries again the next time the "
            "journal locks; check the backup folder in Preferences."
        )

    def show_failure(self) -> None:
        """Tell the user about an automatic backup that failed, once."""
        if not self.config.get(BACKUP_FAILURE_UNSEEN):
            return
        self.config.set(BACKUP_FAILURE_UNSEEN, False)
        self._warn("Automatic Backup Failed", self.failure_text())


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
