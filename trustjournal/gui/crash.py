"""When something breaks in the desktop app: a report with no journal text, and a calm dialog.

`install(app)` (called by `gui/app.py` `main`) replaces five hooks and returns the callable
that puts them back:

* `sys.excepthook`: PySide6 hands it every exception a slot, a timer callback or a Python
  override of a Qt virtual method (`paintEvent`) lets escape, on whatever thread ran it.
* `threading.excepthook`: an exception that ends a `threading.Thread`.
* `sys.unraisablehook`: an exception Python had to ignore (in `__del__`, a weakref
  callback, a generator closed by the garbage collector); its default output is the
  `repr()` of the object involved and the whole traceback, message included. Reported to
  stderr only: nothing was interrupted, so no dialog.
* `warnings.showwarning`: a Python warning is written as its category and place; its text
  is the warning code's, but may quote a value, so it is left out like a message.
* the Qt message handler, see below.

Each exception becomes `core.crash_report.report()`: type and stack (file, line, function),
never the message, arguments, notes or any value. It goes to stderr as one block, and a
"Something went wrong" dialog shows the same text with a Copy Report button. The dialog is
always opened from the GUI thread's event loop (a queued signal), never from inside the
hook: a hook can run on a worker thread, which must not touch widgets, or in the middle of
a paint, where a nested event loop would repaint into the same error. One dialog at a time:
problems that come while it is open are counted on it, and its report lists up to
`MAX_IN_DIALOG` different ones. The same problem again within `QUIET_SECONDS` of closing its
dialog goes to stderr only, so an error in a paint (which closing the dialog triggers
again) cannot chain dialogs. If building the dialog itself fails, dialogs stop for the rest
of the session and reports still go to stderr. The dialog's Close returns to the app. A
KeyboardInterrupt (Ctrl+C on the terminal that started the app) is reported, not shown.

Qt messages: warnings, criticals and fatals are written as `Qt warning [category]` plus
the file, line and function Qt recorded (Qt's release builds record none), never the
message text: most are Qt's own wording, but some quote an object name, a path or a window
title, and there is no safe way to tell which. Each (type, category, place) is written once
per session, so a warning repeated on every repaint does not flood. Debug and info messages
are dropped. With `TRUSTJOURNAL_DEBUG=1` every message is written in full, and Python's own
traceback follows each report: for a developer's terminal, never for a bug report.
"""

from __future__ import annotations

import sys
import threading
import time
import warnings
from types import TracebackType
from typing import Protocol, TextIO

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal import APP_NAME
from trustjournal.core import crash_report
from trustjournal.gui.common import icons, theme
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP

# The dialog's words in English (tests compare with them), marked for translation in the
# CrashDialog context and translated where shown (`_t`).
HEADING = QT_TRANSLATE_NOOP("CrashDialog", "Something went wrong")
_EXPLANATION = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "{app} hit an unexpected problem. Your journal is safe: everything saved so far "
    "is kept, and nothing from it is in this report.",
)
_NEXT_STEP = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "You can go on working. To tell us about it, copy the report: it says only where in "
    "{app} the problem happened.",
)
EXPLANATION = _EXPLANATION.format(app=APP_NAME)
NEXT_STEP = _NEXT_STEP.format(app=APP_NAME)
COPY = QT_TRANSLATE_NOOP("CrashDialog", "&Copy Report")
COPIED = QT_TRANSLATE_NOOP("CrashDialog", "Copied")
MAX_IN_DIALOG = 5  # different problems one dialog's report lists, at most
QUIET_SECONDS = 10.0  # the same problem again this soon after its dialog closed: stderr only
ICON_SIZE = 48
STDERR_LABEL = f"{APP_NAME}: an unexpected problem."


def _t(text: str) -> str:
    """One of the dialog's constants above in the language shown."""
    return QCoreApplication.translate("CrashDialog", text)


QT_KINDS = {
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical",
    QtMsgType.QtFatalMsg: "fatal",
}
# What may be copied from a Qt message's context: names as Qt's code spells them.
_CATEGORY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
_FUNCTION_CHARS = _CATEGORY_CHARS | frozenset(":~<>,*&() []")

Signature = tuple[str, str]


class _Unraisable(Protocol):
    exc_type: type[BaseException]
    exc_value: BaseException | None
    exc_traceback: TracebackType | None


def _only(text: str | None, allowed: frozenset[str], limit: int) -> str:
    """`text` if every character is in `allowed` and it is short; else nothing."""
    if not text or len(text) > limit or not set(text) <= allowed:
        return ""
    return text


class _Output:
    """stderr, resolved at every write (tests and `pythonw` swap or drop it), one block at a
    time across threads; a closed or missing stream is silently skipped."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream
        self._lock = threading.RLock()  # a write that warns must not deadlock its thread

    def write(self, text: str) -> None:
        stream = self._stream if self._stream is not None else sys.stderr
        if stream is None:
            return
        with self._lock:
            try:
                stream.write(text if text.endswith("\n") else text + "\n")
                stream.flush()
            except Exception:  # noqa: S110 - nowhere left to say it; a hook must not raise
                pass


class CrashDialog(QDialog):
    """The "Something went wrong" dialog: the report to read and copy, and Close, which
    returns to the app."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        heading_text = _t(HEADING)
        explanation_text = _t(_EXPLANATION).format(app=APP_NAME)
        self.setWindowTitle(f"{heading_text} — {APP_NAME}")
        self.setAccessibleName(heading_text)
        self.setAccessibleDescription(explanation_text)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.more = 0  # problems that came up while it was open
        self.listed = 1  # of them and the first, how many reports the view holds

        self.icon_label = QLabel()
        self.icon_label.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.icon_label.setPixmap(icons.icon("app").pixmap(ICON_SIZE, ICON_SIZE))
        self.icon_label.setAccessibleName(self.tr("{app} icon").format(app=APP_NAME))
        heading = QLabel(heading_text)
        theme.set_role(heading, "title")
        explanation = QLabel(explanation_text)
        explanation.setWordWrap(True)
        next_step = QLabel(_t(_NEXT_STEP).format(app=APP_NAME))
        next_step.setWordWrap(True)
        theme.set_role(next_step, "muted")

        self.report_view = QPlainTextEdit(report)
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report_view.setTabChangesFocus(True)
        self.report_view.setAccessibleName(self.tr("Problem report"))
        self.report_view.setAccessibleDescription(crash_report.NO_TEXT_NOTE)
        self.report_view.setMinimumHeight(self.report_view.fontMetrics().lineSpacing() * 9 + 16)
        self.more_label = QLabel()
        self.more_label.setWordWrap(True)
        self.more_label.setAccessibleDescription(self.tr("More problems"))
        theme.set_role(self.more_label, "muted")
        self.more_label.hide()

        self.copy_button = QPushButton(_t(COPY))
        self.copy_button.setAutoDefault(False)
        self.copy_button.setAccessibleName(self.tr("Copy report"))
        self.copy_button.clicked.connect(self.copy_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.close_button.setAccessibleName(self.tr("Close and go back"))

        words = QVBoxLayout()
        words.setSpacing(8)
        words.addWidget(heading)
        words.addWidget(explanation)
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(words, 1)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addSpacing(16)
        layout.addWidget(next_step)
        layout.addSpacing(8)
        layout.addWidget(self.report_view, 1)
        layout.addSpacing(6)
        layout.addWidget(self.more_label)
        layout.addSpacing(16)
        layout.addLayout(row)
        width = self.report_view.fontMetrics().horizontalAdvance("M" * 80)
        self.resize(max(600, width + 80), self.sizeHint().height())
        self.close_button.setFocus()

    def report(self) -> str:
        return self.report_view.toPlainText()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.copy_button.setText(_t(COPIED))
        QTimer.singleShot(2000, self._restore_copy_text)

    def _restore_copy_text(self) -> None:
        if shiboken6.isValid(self.copy_button):
            self.copy_button.setText(_t(COPY))

    def add(self, report: str | None) -> None:
        """One more problem while this dialog is open; its report too, if given."""
        self.more += 1
        if report is not None:
            self.listed += 1
            self.report_view.appendPlainText(f"\n{report}")
        text = self.tr("%n more problems came up after this one.", "", self.more)
        if self.listed > 1:
            text += " " + self.tr("Each different one is in the report too.")
        self.more_label.setText(text)
        self.more_label.show()


class CrashReporter(QObject):
    """Turns exceptions and Qt messages into reports on stderr and the dialog (see module)."""

    _post = Signal(str, object)  # (report, signature), queued to the GUI thread
    dialogShown = Signal(object)  # the CrashDialog, once it is on screen

    def __init__(
        self, app: QCoreApplication, stream: TextIO | None = None, *, dialogs: bool = True
    ) -> None:
        super().__init__(app)
        self.setObjectName("CrashReporter")
        self.output = _Output(stream)
        self.dialogs = dialogs
        self.dialog: CrashDialog | None = None
        self.reports = 0  # every exception reported this session
        self._in_dialog: set[Signature] = set()
        self._quiet_until: dict[Signature, float] = {}
        self._seen: dict[Signature, int] = {}
        self._qt_seen: set[tuple[str, str, str, int, str]] = set()
        self._lock = threading.Lock()
        self._post.connect(self._present, Qt.ConnectionType.QueuedConnection)
        self._extra = (f"Qt {qVersion()}",)
        crash_report.environment(self._extra)  # now: nothing may be importable at exit

    # -- the hooks: any thread --------------------------------------------------------------
    # None of them may raise: Python's fallback for a failing hook prints the original
    # traceback, message and all. So each one ends, whatever happens, in a fixed line.

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            on_main = threading.current_thread() is threading.main_thread()
            where = "in the main thread" if on_main else "in a background thread"
            interrupted = isinstance(exc_type, type) and issubclass(exc_type, KeyboardInterrupt)
            self._report(exc_type, exc, tb, where, dialog=not interrupted)
            if crash_report.debug_enabled() and exc is not None:
                sys.__excepthook__(exc_type, exc, tb)
        except BaseException:
            self._failed()

    def threadhook(self, args: threading.ExceptHookArgs) -> None:
        try:
            if args.exc_type is SystemExit:  # as Python's own hook: a thread may end so
                return
            where = "in a background thread"
            self._report(args.exc_type, args.exc_value, args.exc_traceback, where)
            if crash_report.debug_enabled():
                threading.__excepthook__(args)
        except BaseException:
            self._failed()

    def unraisablehook(self, unraisable: _Unraisable) -> None:
        try:
            where = "ignored (Python could not pass it on)"
            exc, tb = unraisable.exc_value, unraisable.exc_traceback
            self._report(unraisable.exc_type, exc, tb, where, dialog=False)
            if crash_report.debug_enabled():
                sys.__unraisablehook__(unraisable)  # type: ignore[arg-type]
        except BaseException:
            self._failed()

    def showwarning(
        self,
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        try:
            if crash_report.debug_enabled():
                text = warnings.formatwarning(message, category, filename, lineno, line)
                self.output.write(text)
                return
            name = crash_report.type_name(category)
            where = crash_report.short_path(filename)
            self.output.write(
                f"{APP_NAME}: Python {name} at {where}:{lineno} (the message is left out; "
                f"{crash_report.DEBUG_ENV}=1 shows it)"
            )
        except BaseException:
            self._failed()

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        try:
            self._qt_message(kind, context, message)
        except BaseException:  # a message handler must not raise into Qt either
            self._failed()

    def _failed(self) -> None:
        """The last resort of every hook: a fixed line, nothing from the problem."""
        self.output.write(f"{APP_NAME}: an unexpected problem, and its report failed too.")

    # -- the work ---------------------------------------------------------------------------

    def _report(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        where: str,
        *,
        dialog: bool = True,
    ) -> None:
        text = crash_report.report(exc_type, exc, tb, context=where, extra=self._extra)
        signature = crash_report.signature(exc_type, tb)
        with self._lock:
            self.reports += 1
            seen = self._seen[signature] = self._seen.get(signature, 0) + 1
        if seen == 1:
            self.output.write(f"\n{STDERR_LABEL}\n{text}\n")
        elif seen & (seen - 1) == 0:  # 2, 4, 8, …: a loop does not flood the terminal
            self.output.write(
                f"{APP_NAME}: the same problem again ({signature[0]} at {signature[1]}), "
                f"{seen} times so far."
            )
        if dialog and self.dialogs and self._alive():
            self._post.emit(text, signature)

    def _alive(self) -> bool:
        app = QCoreApplication.instance()
        return app is not None and shiboken6.isValid(self) and not app.closingDown()

    def _present(self, report: str, signature: Signature) -> None:
        """On the GUI thread: open the dialog, or add to the one that is open. If that
        fails, dialogs stop: an exception escaping this slot would come back through
        `excepthook` to this slot again, for ever."""
        if not self.dialogs:
            return
        try:
            dialog = self.dialog
            if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
                fresh = signature not in self._in_dialog and len(self._in_dialog) < MAX_IN_DIALOG
                if fresh:
                    self._in_dialog.add(signature)
                dialog.add(report if fresh else None)
            elif time.monotonic() >= self._quiet_until.get(signature, 0.0):
                self._open(report, signature)
        except BaseException:
            self.dialogs = False
            self.dialog = None
            self.output.write(
                f"{APP_NAME}: the problem dialog could not be shown; "
                "further problems are reported here only."
            )

    def _open(self, report: str, signature: Signature) -> None:
        dialog = CrashDialog(report, _over())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._in_dialog = {signature}
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.destroyed.connect(lambda _obj=None: self._forget(dialog))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.dialogShown.emit(dialog)

    def _closed(self, dialog: CrashDialog) -> None:
        until = time.monotonic() + QUIET_SECONDS
        for signature in self._in_dialog:
            self._quiet_until[signature] = until
        self._forget(dialog)

    def _forget(self, dialog: CrashDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            self._in_dialog = set()

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if crash_report.debug_enabled():
            self.output.write(f"Qt {kind.name}: {message}")
            return
        name = QT_KINDS.get(kind)
        if name is None:  # debug and info: developer chatter
            return
        category = _only(context.category, _CATEGORY_CHARS, 80) or "?"
        file = (context.file or "").replace("\\", "/").rsplit("/", 1)[-1]
        file = _only(file, _CATEGORY_CHARS, 80)
        function = _only(context.function, _FUNCTION_CHARS, 160)
        line = context.line if file else 0
        key = (name, category, file, line, function)
        with self._lock:
            if key in self._qt_seen:
                return
            self._qt_seen.add(key)
        place = f" at {file}:{line}" if file else ""
        place += f" in {function}" if function else ""
        self.output.write(
            f"{APP_NAME}: Qt {name} [{category}]{place} (the message is left out; "
            f"{crash_report.DEBUG_ENV}=1 shows Qt's messages in full)"
        )


def _over() -> QWidget | None:
    """The window the dialog belongs over: the modal one, the active one, else the main
    window or whatever window is showing (none is active after another dialog closed)."""
    active = QApplication.activeModalWidget() or QApplication.activeWindow()
    if active is not None:
        return active
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
        and w.isWindow()
        and not isinstance(w, CrashDialog)
        and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    ]
    shown.sort(key=lambda w: not isinstance(w, QMainWindow))
    return shown[0] if shown else None


class Installed:
    """What `install` returns: call it to put the previous hooks back (a hook replaced by
    someone else since is left alone); `reporter` is there for tests."""

    def __init__(self, reporter: CrashReporter) -> None:
        self.reporter = reporter
        self._excepthook = sys.excepthook
        self._threadhook = threading.excepthook
        self._unraisablehook = sys.unraisablehook
        self._showwarning = warnings.showwarning
        sys.excepthook = reporter.excepthook
        threading.excepthook = reporter.threadhook
        sys.unraisablehook = reporter.unraisablehook
        warnings.showwarning = reporter.showwarning
        self._qt_handler = qInstallMessageHandler(reporter.qt_message)
        self._done = False

    def __call__(self) -> None:
        if self._done:
            return
        self._done = True
        reporter = self.reporter
        if sys.excepthook == reporter.excepthook:
            sys.excepthook = self._excepthook
        if threading.excepthook == reporter.threadhook:
            threading.excepthook = self._threadhook
        if sys.unraisablehook == reporter.unraisablehook:
            sys.unraisablehook = self._unraisablehook
        if warnings.showwarning == reporter.showwarning:
            warnings.showwarning = self._showwarning
        qInstallMessageHandler(self._qt_handler)
        reporter.dialogs = False
        if reporter.dialog is not None and shiboken6.isValid(reporter.dialog):
            reporter.dialog.close()
        if shiboken6.isValid(reporter):
            reporter.setParent(None)
            reporter.deleteLater()


def install(
    app: QCoreApplication, stream: TextIO | None = None, *, dialogs: bool = True
) -> Installed:
    """Install the hooks for `app` (see the module's docstring); the result, called,
    uninstalls them. `stream` is where reports go (by default stderr, looked up at each
    write); `dialogs=False` writes reports only."""
    return Installed(CrashReporter(app, stream, dialogs=dialogs))


def reporter_of(app: QCoreApplication) -> CrashReporter | None:
    """The reporter `install` made for `app`, if any (tests and the app's own checks)."""
    found = app.findChild(CrashReporter, "CrashReporter")
    return found if isinstance(found, CrashReporter) else None


__all__ = ["CrashDialog", "CrashReporter", "Installed", "install", "reporter_of"]
