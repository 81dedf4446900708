"""The crash dialog and the hooks behind it, in-process: bursts, a failing dialog, threads,
Qt messages, and hooks that are put back.

Every test here that lets an exception reach a hook installs gui/crash.py's hooks itself
(writing to a StringIO) and uninstalls them in a `finally`, so the next test finds
pytest-qt's own `sys.excepthook` and Qt message handler. Those tests are marked
`qt_no_exception_capture`: the exception must go through our hook, not pytest-qt's
(which would print the message and fail the test). The real-process proof that nothing
reaches a stream or a file is tests/gui/test_crash_output.py.
"""

from __future__ import annotations

import io
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QLoggingCategory,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qCWarning,
    qDebug,
    qInfo,
    qInstallMessageHandler,
    qWarning,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from trustjournal.core import crash_report
from trustjournal.gui import app as app_module
from trustjournal.gui import crash
from trustjournal.gui.crash import COPY, EXPLANATION, HEADING, CrashDialog, Installed

MARKER = "Ana Ruiz MARKER-7d41e2"  # fixed: nothing random here
WAIT = 5_000


def drain() -> None:
    """Handle every event already posted (the hooks post their reports to the GUI thread):
    what has not happened after this will not happen, without waiting for a guessed time."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()


@pytest.fixture
def hooks(qapp: QApplication) -> Iterator[tuple[Installed, io.StringIO]]:
    stream = io.StringIO()
    installed = crash.install(qapp, stream)
    try:
        yield installed, stream
    finally:
        installed()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CrashDialog):
                widget.close()


def dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]


def visible_dialogs() -> list[CrashDialog]:
    return [d for d in dialogs() if d.isVisible()]


def save(name: str) -> None:
    raise ValueError(f"could not save {name}")


def load(name: str) -> None:
    raise KeyError(name)


def draw(name: str) -> None:
    raise LookupError(name)


def report_of(fn: object, name: str) -> str:
    try:
        fn(name)  # type: ignore[operator]
    except Exception as exc:
        return crash_report.report(type(exc), exc, exc.__traceback__, context="in the main thread")
    raise AssertionError("nothing raised")


def hook(fn: object, name: str = MARKER) -> None:
    """What PySide6 does when a slot raises: hand the exception to sys.excepthook."""
    try:
        fn(name)  # type: ignore[operator]
    except Exception:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


# -- the dialog ------------------------------------------------------------------------------


def test_the_dialog_says_it_calmly_and_copies_its_report(qtbot: QtBot) -> None:
    report = report_of(save, MARKER)
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Something went wrong — TrustJournal"
    assert dialog.accessibleName() == HEADING
    assert dialog.report() == report and dialog.report_view.isReadOnly()
    assert dialog.report_view.accessibleName() == "Problem report"
    assert dialog.copy_button.accessibleName() == "Copy report"
    assert dialog.close_button.isDefault()
    assert not dialog.more_label.isVisible()
    labels = [w.text() for w in dialog.findChildren(type(dialog.more_label))]
    assert HEADING in labels and EXPLANATION in labels
    # Nothing is cut: the longest report line fits without scrolling sideways.
    assert dialog.report_view.horizontalScrollBar().maximum() == 0

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report
    assert dialog.copy_button.text() == "Copied"
    qtbot.waitUntil(lambda: dialog.copy_button.text() == COPY, timeout=WAIT)

    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        dialog.close_button.click()
    assert not dialog.isVisible()


def test_more_problems_are_counted_on_the_open_dialog(qtbot: QtBot) -> None:
    dialog = CrashDialog(report_of(save, MARKER))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add(report_of(load, MARKER))
    dialog.add(None)
    assert dialog.more == 2 and dialog.more_label.isVisible()
    assert dialog.more_label.text() == (
        "2 more problems came up after this one. Each different one is in the report too."
    )
    assert "\nKeyError in the main thread\n" in dialog.report()


# -- the hooks -------------------------------------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_a_slot_that_raises_brings_up_one_dialog_and_the_app_goes_on(
    qtbot: QtBot, hooks: tuple[Installed, io.StringIO]
) -> None:
    installed, stream = hooks
    button = QPushButton("Save")
    qtbot.addWidget(button)

    def on_save_clicked() -> None:
        person_name = MARKER
        raise ValueError(f"could not save {person_name}")

    button.clicked.connect(on_save_clicked)
    with qtbot.waitSignal(installed.reporter.dialogShown, timeout=WAIT) as shown:
        button.click()  # returns: the dialog opens from the event loop, not from the hook
    dialog = shown.args[0]
    assert isinstance(dialog, CrashDialog) and dialog.isModal()
    assert "on_save_clicked" in dialog.report() and MARKER not in dialog.report()
    written = stream.getvalue()
    assert "ValueError in the main thread" in written and "on_save_clicked" in written
    assert "MARKER" not in written
    dialog.close_button.click()
    qtbot.waitUntil(lambda: installed.reporter.dialog is None, timeout=WAIT)
    assert button.isEnabled()  # and the app is still there to use


@pytest.mark.qt_no_exception_capture
def test_a_burst_opens_one_dialog_and_counts_the_rest(
    qtbot: QtBot, hooks: tuple[Installed, io.StringIO]
) -> None:
    installed, stream = hooks
    with qtbot.waitSignal(installed.reporter.dialogShown, timeout=WAIT):
        for i in range(30):
            hook((save, load, draw)[i % 3])
    drain()  # the rest of the burst, queued behind the first
    assert len(visible_dialogs()) == 1
    dialog = visible_dialogs()[0]
    assert dialog.more == 29
    report = dialog.report()
    # Three different problems, each listed once; the repeats only counted.
    for kind in ("ValueError", "KeyError", "LookupError"):
        assert report.count(f"\n{kind} in the main thread\n") == 1, report
    assert "29 more problems came up after this one." in dialog.more_label.text()
    # stderr: each report once, then a short line at the 2nd, 4th, 8th… repeat.
    written = stream.getvalue()
    assert written.count("TrustJournal: an unexpected problem.") == 3
    assert written.count("the same problem again (ValueError at ") == 3  # 2, 4, 8
    assert "MARKER" not in written + report


@pytest.mark.qt_no_exception_capture
def test_the_same_problem_right_after_closing_goes_to_stderr_only(
    qtbot: QtBot, hooks: tuple[Installed, io.StringIO]
) -> None:
    """A paint that always fails fails again when the dialog closes over it: no chain of
    dialogs. A different problem still gets its own."""
    installed, _stream = hooks
    with qtbot.waitSignal(installed.reporter.dialogShown, timeout=WAIT) as shown:
        hook(draw)
    shown.args[0].close_button.click()
    qtbot.waitUntil(lambda: installed.reporter.dialog is None, timeout=WAIT)
    with qtbot.assertNotEmitted(installed.reporter.dialogShown, wait=200):
        hook(draw)
    with qtbot.waitSignal(installed.reporter.dialogShown, timeout=WAIT):
        hook(load)


@pytest.mark.qt_no_exception_capture
def test_a_dialog_that_cannot_be_built_does_not_loop(
    qtbot: QtBot, hooks: tuple[Installed, io.StringIO], monkeypatch: pytest.MonkeyPatch
) -> None:
    _installed, stream = hooks
    built: list[str] = []

    def broken(report: str, parent: object = None) -> None:
        built.append(report)
        raise RuntimeError(f"no dialog for {MARKER}")

    monkeypatch.setattr(crash, "CrashDialog", broken)
    hook(save)
    qtbot.waitUntil(lambda: "could not be shown" in stream.getvalue(), timeout=WAIT)
    hook(load)
    hook(draw)
    drain()  # every report posted so far is handled
    assert len(built) == 1  # one attempt, then reports only
    written = stream.getvalue()
    assert written.count("TrustJournal: an unexpected problem.") == 3
    assert "MARKER" not in written


@pytest.mark.qt_no_exception_capture
def test_a_dialog_that_fails_while_open_does_not_loop_either(
    qtbot: QtBot, hooks: tuple[Installed, io.StringIO], monkeypatch: pytest.MonkeyPatch
) -> None:
    installed, stream = hooks
    with qtbot.waitSignal(installed.reporter.dialogShown, timeout=WAIT):
        hook(save)
    calls: list[str | None] = []

    def broken_add(self: CrashDialog, report: str | None) -> None:
        calls.append(report)
        raise RuntimeError(MARKER)

    monkeypatch.setattr(CrashDialog, "add", broken_add)
    hook(load)
    qtbot.waitUntil(lambda: "could not be shown" in stream.getvalue(), timeout=WAIT)
    hook(draw)
    drain()  # every report posted so far is handled
    assert len(calls) == 1 and not installed.reporter.dialogs
    assert "MARKER" not in stream.getvalue()


def test_a_hook_never_raises_even_when_called_wrongly(
    hooks: tuple[Installed, io.StringIO],
) -> None:
    installed, stream = hooks
    reporter = installed.reporter
    reporter.excepthook("not a type", None, None)  # type: ignore[arg-type]
    reporter.threadhook(None)  # type: ignore[arg-type]
    reporter.unraisablehook(None)  # type: ignore[arg-type]
    reporter.qt_message(QtMsgType.QtWarningMsg, None, MARKER)  # type: ignore[arg-type]
    written = stream.getvalue()
    assert "\n? in the main thread\nNo stack was recorded.\n" in written  # not a type: "?"
    assert written.count("an unexpected problem, and its report failed too.") == 3
    assert "MARKER" not in written


@pytest.mark.qt_no_exception_capture
def test_a_thread_reports_and_the_dialog_is_built_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication, hooks: tuple[Installed, io.StringIO]
) -> None:
    installed, stream = hooks

    def in_worker() -> None:
        note = MARKER
        raise KeyError(note)

    worker = threading.Thread(target=in_worker, name=f"worker {MARKER}")
    with qtbot.waitSignal(installed.reporter.dialogShown, timeout=WAIT) as shown:
        worker.start()
        worker.join()
    dialog = shown.args[0]
    assert dialog.thread() is qapp.thread()
    assert dialog.report().splitlines()[1] == "KeyError in a background thread"
    assert "in_worker" in stream.getvalue()
    assert "MARKER" not in stream.getvalue() + dialog.report()  # nor the thread's name


def test_qt_messages_keep_their_type_and_category_only(
    qtbot: QtBot, hooks: tuple[Installed, io.StringIO], monkeypatch: pytest.MonkeyPatch
) -> None:
    _installed, stream = hooks
    monkeypatch.delenv(crash_report.DEBUG_ENV, raising=False)
    category = QLoggingCategory("trustjournal.test")
    for _ in range(3):
        qWarning(f"QWidget::setTabOrder: 'first' {MARKER}")
        qCWarning(category, f"cannot fit {MARKER}")
    qDebug(f"debug {MARKER}")
    qInfo(f"info {MARKER}")
    written = stream.getvalue()
    assert "MARKER" not in written
    assert written.count("TrustJournal: Qt warning [default] (the message is left out;") == 1
    assert written.count("TrustJournal: Qt warning [trustjournal.test]") == 1
    assert "debug" not in written and "info" not in written

    monkeypatch.setenv(crash_report.DEBUG_ENV, "1")
    qWarning(f"shown in debug {MARKER}")
    assert f"shown in debug {MARKER}" in stream.getvalue()


def test_python_warnings_keep_their_category_and_place_only(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(crash_report.DEBUG_ENV, raising=False)
    stream = io.StringIO()
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        installed = crash.install(qapp, stream)
        try:
            warnings.warn(f"odd note for {MARKER}", UserWarning, stacklevel=1)
        finally:
            installed()
    written = stream.getvalue()
    assert "MARKER" not in written
    assert written.startswith("TrustJournal: Python UserWarning at gui/test_crash_dialog.py:")


# -- installing and putting back -------------------------------------------------------------


def test_uninstall_puts_every_hook_back(qapp: QApplication) -> None:
    heard: list[str] = []

    def recording(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        heard.append(message)

    pytest_qt_handler = qInstallMessageHandler(recording)
    before = (sys.excepthook, threading.excepthook, sys.unraisablehook, warnings.showwarning)
    stream = io.StringIO()
    try:
        installed = crash.install(qapp, stream)
        reporter = installed.reporter
        assert (sys.excepthook, threading.excepthook, sys.unraisablehook, warnings.showwarning) == (
            reporter.excepthook,
            reporter.threadhook,
            reporter.unraisablehook,
            reporter.showwarning,
        )
        assert crash.reporter_of(qapp) is reporter
        qWarning("to ours")
        assert heard == [] and "Qt warning" in stream.getvalue()
        installed()
        installed()  # twice is harmless
        assert (sys.excepthook, threading.excepthook, sys.unraisablehook, warnings.showwarning) == (
            before
        )
        qWarning("to the previous handler")
        assert heard == ["to the previous handler"]
    finally:
        qInstallMessageHandler(pytest_qt_handler)


def test_main_installs_the_hooks_before_anything_else(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    made: list[Installed] = []
    real_install = crash.install

    def install(app: QApplication, *args: object, **kwargs: object) -> Installed:
        made.append(real_install(app, io.StringIO()))
        return made[-1]

    def claim(path: Path, app: QApplication, **_how: object) -> None:
        assert made and sys.excepthook == made[0].reporter.excepthook
        return None  # as when another TrustJournal has this journal: main returns 0

    monkeypatch.setattr(crash, "install", install)
    monkeypatch.setattr(app_module, "claim", claim)
    try:
        assert app_module.main(tmp_path / "vault") == 0
        assert len(made) == 1
    finally:
        for installed in made:
            installed()
