"""The automatic backup made when the journal locks or the app quits, and what
Preferences says about the last one.

It is asked for while `session.locking` is being delivered, as a write on the journal
worker that the lock waits for before it drops the key (`Session.lock()` keeps the
"Backing up…" window painting meanwhile, but nothing can be clicked or typed until the
key is gone). Its outcome is recorded in the config once the journal is locked; a
failure is shown over the unlock window or, after a quit, at the next unlock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from trustjournal import APP_NAME
from trustjournal.core.backup import archive as backup
from trustjournal.core.errors import JournalError
from trustjournal.gui.backup.job import Job, failure_reason
from trustjournal.gui.backup.keyfile import MISSING as KEY_FILE_MISSING
from trustjournal.gui.backup.keyfile import key_file_missing
from trustjournal.gui.common.config import (
    BACKUP_FAILURE,
    BACKUP_FAILURE_AT,
    BACKUP_FAILURE_UNSEEN,
    BACKUP_LAST_VERIFIED,
    Config,
)
from trustjournal.gui.common.dates import long_moment
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.session import Session
from trustjournal.gui.worker import Cancelled

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

SHOW_AFTER_MS = 300  # an automatic backup quicker than this shows no window at all
CANCELLED = QT_TRANSLATE_NOOP(
    "AutomaticBackup", "The automatic backup was cancelled; it is made at the next lock instead."
)


def _t(text: str) -> str:
    return QCoreApplication.translate("AutomaticBackup", text)


def _parse_time(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def automatic_status(config: Config) -> tuple[str, str]:
    """The Preferences line about automatic backups, (text, theme role), and whether the
    key file that opens them by passphrase is missing from their folder."""
    text, role = _last_backup(config)
    if key_file_missing(config):
        return f"{text} {QCoreApplication.translate('KeyFile', KEY_FILE_MISSING)}", role
    return text, role


def _last_backup(config: Config) -> tuple[str, str]:
    failure, failed_at = str(config.get(BACKUP_FAILURE)), _parse_time(config.get(BACKUP_FAILURE_AT))
    verified = _parse_time(config.get(BACKUP_LAST_VERIFIED))
    folder = config.backup_folder
    latest: dt.datetime | None = None
    if folder is not None:
        with contextlib.suppress(OSError, JournalError):
            latest = backup.last_automatic(folder)
    if failure and failed_at and (verified is None or _aware(failed_at) >= _aware(verified)):
        return QCoreApplication.translate(
            "AutomaticBackup", "The last automatic backup failed on {moment}: {reason}"
        ).format(moment=long_moment(failed_at), reason=failure), "error"
    if verified is not None and (latest is None or abs(_aware(latest) - _aware(verified)) < _DAY):
        return QCoreApplication.translate(
            "AutomaticBackup", "Last backup: {moment}, verified."
        ).format(moment=long_moment(verified)), "muted"
    if latest is not None:
        return QCoreApplication.translate("AutomaticBackup", "Last backup: {moment}.").format(
            moment=long_moment(latest)
        ), "muted"
    return QCoreApplication.translate(
        "AutomaticBackup", "No automatic backup has been made yet."
    ), "muted"


_DAY = dt.timedelta(days=1)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.astimezone()


class AutomaticBackup(QObject):
    """Backs the journal up when it locks or the app quits, if Preferences ask for it.

    `finished(bool ok, str message)` after every attempt. `skip` is set around a lock
    that is no moment to back up (the one inside "replace the open journal").
    """

    finished = Signal(bool, str)

    def __init__(
        self,
        session: Session,
        window: Callable[[], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._window = window  # what to put a window or a message over
        self.skip = False
        self._quitting = False
        self._outcome: dict[str, Any] = {}  # the backup's outcome, at a lock

    @property
    def config(self) -> Config:
        return self.session.config

    def install(self) -> None:
        """Back up at every lock from now on (`BackupController.install_automatic`)."""
        self.session.locking.connect(self._before_lock)
        self.session.locked.connect(self._after_lock)
        self.session.unlocked.connect(self._after_unlock)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.about_to_quit)

    def about_to_quit(self) -> None:
        self._quitting = True

    def due(self) -> bool:
        config = self.config
        folder = config.backup_folder
        if not config.backup_enabled or folder is None or self.skip:
            return False
        if self.session.is_demo or not self.session.is_open:
            return False
        try:
            return backup.due(folder, dt.datetime.now(dt.UTC))
        except (OSError, JournalError):
            return True  # let the attempt fail and say why, rather than skip quietly

    def _before_lock(self) -> None:
        """On locking: the automatic backup runs on the journal worker before the key is
        dropped (a write: a lock never drops it); its outcome is recorded once locked."""
        self._outcome = {}
        if not self.due():
            return
        folder = self.config.backup_folder
        assert folder is not None
        keep = self.config.backup_keep
        outcome = self._outcome
        job = Job(
            self._window(),
            self.tr("Automatic Backup"),
            self.tr("Backing up before locking…"),
            cancellable=True,
            show_after_ms=SHOW_AFTER_MS,
        )
        outcome["job"] = job
        self.session.worker.input_window = job.dialog  # its Cancel works while locking

        def work(journal: Journal) -> None:
            try:
                # `job.progress` raises `Cancelled` once Cancel is clicked: the core then
                # removes the file it was writing (or the one it was verifying).
                outcome["info"] = backup.automatic(
                    journal, folder, keep=keep, progress=job.progress
                )
            except Cancelled:
                outcome["cancelled"] = True
            except BaseException as exc:
                outcome["error"] = exc

        self.session.write(work, name="automatic backup")

    def _record_success(self, info: backup.BackupInfo) -> None:
        self.config.set(BACKUP_LAST_VERIFIED, _aware(info.created_at).isoformat())
        self.config.set(BACKUP_FAILURE, "")
        self.config.set(BACKUP_FAILURE_AT, "")
        self.config.set(BACKUP_FAILURE_UNSEEN, False)
        self.finished.emit(
            True,
            QCoreApplication.translate(
                "AutomaticBackup", "Last backup: {moment}, verified."
            ).format(moment=long_moment(info.created_at)),
        )

    def _record_failure(self, exc: BaseException) -> None:
        reason = failure_reason(exc)
        self.config.set(BACKUP_FAILURE, reason)
        self.config.set(BACKUP_FAILURE_AT, dt.datetime.now().astimezone().isoformat())
        self.config.set(BACKUP_FAILURE_UNSEEN, True)
        self.finished.emit(False, reason)

    def _after_lock(self) -> None:
        outcome, self._outcome = self._outcome, {}
        self.session.worker.input_window = None
        if "job" in outcome:
            outcome["job"].close()
            if outcome.get("cancelled"):  # not a failure: it is tried again at the next lock
                self.finished.emit(False, _t(CANCELLED))
            elif "info" in outcome:
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
        reason = self.config.get(BACKUP_FAILURE)
        if failed_at:
            said = self.tr("The automatic backup on {moment} could not be made: {reason}.").format(
                moment=long_moment(failed_at), reason=reason
            )
        else:
            said = self.tr("The automatic backup could not be made: {reason}.").format(
                reason=reason
            )
        return said + self.tr(
            "\n\nYour journal itself is fine. TrustJournal tries again the next time the "
            "journal locks; check the backup folder in Preferences."
        )

    def show_failure(self) -> None:
        """Tell the user about an automatic backup that failed, once."""
        if not self.config.get(BACKUP_FAILURE_UNSEEN):
            return
        self.config.set(BACKUP_FAILURE_UNSEEN, False)
        QMessageBox.warning(
            self._window(),
            self.tr("Automatic Backup Failed") + f" — {APP_NAME}",
            self.failure_text(),
        )
