"""One piece of backup work running in a worker: its progress window (with Cancel when it
can stop), the progress callback the core calls, and what to say when it fails."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget
from shiboken6 import Shiboken

from trustjournal import APP_NAME
from trustjournal.core.errors import JournalError
from trustjournal.gui.worker import Cancelled, Ticket


def describe_error(exc: BaseException) -> str:
    """What went wrong, for a person (core errors already speak that way)."""
    if isinstance(exc, JournalError):
        return str(exc)
    if isinstance(exc, OSError):
        reason = (exc.strerror or str(exc)).rstrip(".")
        where = f" ({exc.filename})" if exc.filename else ""
        return QCoreApplication.translate("Job", "The disk refused: {reason}{where}.").format(
            reason=reason.lower(), where=where
        )
    return QCoreApplication.translate("Job", "Something unexpected went wrong ({kind}).").format(
        kind=type(exc).__name__
    )


def failure_reason(exc: BaseException) -> str:
    """What went wrong as a clause, to follow a colon ("could not be made: …")."""
    return exc.reason if isinstance(exc, JournalError) else describe_error(exc).rstrip(".")


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
        self.dialog = QProgressDialog(
            text, QCoreApplication.translate("Job", "Cancel") if cancellable else "", 0, 0, parent
        )
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
            self.dialog.setLabelText(QCoreApplication.translate("Job", "Cancelling…"))

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
