"""The desktop app, breaking on purpose while a journal's text is on screen, for
tests/gui/test_crash_output.py.

    python gui_crasher.py VAULT [--bare]

Runs the real `trustjournal.gui.app.main(VAULT)` (which installs gui/crash.py's hooks;
`--bare` replaces that install with nothing, so Python's and Qt's own output is what
the test sees: the control). The passphrase and the journal text come from the
environment (`TRUSTJOURNAL_PASSPHRASE`, `TJ_CRASH_MARKER`), never argv. Once the app
runs, the child unlocks the journal (a person named with the marker is in it, so the
sidebar shows the marker), then one step after another:

    slot        a button's clicked slot reads the person's name and raises ValueError with it
    thread      a threading.Thread raises KeyError(name)
    runnable    a QRunnable on the thread pool raises TypeError(name)
    paint       a widget's paintEvent raises LookupError(name)
    qt          qWarning, qCritical, and three qCWarning and a qCCritical in the category
                `trustjournal.crasher`, all with the name in the text
    warning     a Python RuntimeWarning with the name in its text
    unraisable  an object raises OSError(name) in __del__

Each of the first four should bring up the crash dialog; the child then writes what the
dialog shows (every text, accessible name and description in it), presses Copy Report,
writes the clipboard, presses Close, and checks that the main window is still there.
Everything is reported as JSON lines on stdout; the test scans them too. Then it quits.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import (  # noqa: E402
    QLoggingCategory,
    QRunnable,
    QThreadPool,
    QTimer,
    qCCritical,
    qCritical,
    qCWarning,
    qWarning,
)
from PySide6.QtGui import QGuiApplication, QPaintEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from trustjournal.core.journal.service import Journal  # noqa: E402
from trustjournal.gui import app as app_module  # noqa: E402
from trustjournal.gui import crash  # noqa: E402
from trustjournal.gui.unlock.window import UnlockWindow  # noqa: E402

DIALOG_STEPS = ("slot", "thread", "runnable", "paint")
QUIET_STEPS = ("qt", "warning", "unraisable")
SETTLE_MS = 400  # after a step with no dialog to wait for
TIMEOUT_MS = 60_000
CATEGORY = QLoggingCategory("trustjournal.crasher")


def say(**fields: object) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


class Trigger(QPushButton):
    """A Save button whose slot fails with the person's name in its message."""

    def __init__(self, name_of: Callable[[], str]) -> None:
        super().__init__("Save")
        self.name_of = name_of
        self.clicked.connect(self.on_save_clicked)

    def on_save_clicked(self) -> None:
        person_name = self.name_of()  # a local holding journal text
        raise ValueError(f"could not save the conversation with {person_name}")


def in_thread(person_name: str) -> None:
    raise KeyError(person_name)


class Runnable(QRunnable):
    def __init__(self, person_name: str) -> None:
        super().__init__()
        self.person_name = person_name

    def run(self) -> None:
        raise TypeError(f"bad note for {self.person_name}")


class Painter(QWidget):
    """Fails on its first paint only (a paint that always fails would be its own test)."""

    def __init__(self, person_name: str) -> None:
        super().__init__()
        self.person_name = person_name
        self.failed = False
        self.resize(120, 60)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.failed:
            self.failed = True
            raise LookupError(f"no colour for {self.person_name}")


class Leaky:
    def __init__(self, person_name: str) -> None:
        self.person_name = person_name

    def __del__(self) -> None:
        raise OSError(f"could not close {self.person_name}")


def texts_in(dialog: QWidget) -> list[str]:
    """Everything the dialog shows or tells a screen reader."""
    found = [dialog.windowTitle(), dialog.accessibleName(), dialog.accessibleDescription()]
    for widget in dialog.findChildren(QWidget):
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
    return [t for t in found if t]


class Run:
    def __init__(self, app: QApplication, vault: Path, bare: bool) -> None:
        self.app = app
        self.vault = vault
        self.bare = bare
        self.steps = ["unlock", *DIALOG_STEPS, *QUIET_STEPS]
        self.step = ""
        self.keep: list[object] = []

    # -- the journal ------------------------------------------------------------------------

    def unlock_window(self) -> UnlockWindow:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockWindow)]
        return found[0]

    def person_name(self) -> str:
        session = self.unlock_window().session
        return str(session.call(lambda j: j.people()[0].name))

    def main_window_visible(self) -> bool:
        return any(
            type(w).__name__ == "MainWindow" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )

    # -- the steps --------------------------------------------------------------------------

    def start(self) -> None:
        QTimer.singleShot(TIMEOUT_MS, self.timeout)
        if not self.bare:
            reporter = crash.reporter_of(self.app)
            assert reporter is not None, "main() installed no crash reporter"
            reporter.dialogShown.connect(self.on_dialog)
        self.next()

    def next(self) -> None:
        if not self.steps:
            self.finish()
            return
        self.step = self.steps.pop(0)
        getattr(self, f"do_{self.step}")()
        if self.step not in DIALOG_STEPS or self.bare:
            QTimer.singleShot(SETTLE_MS, self.next)

    def do_unlock(self) -> None:
        passphrase = os.environ["TRUSTJOURNAL_PASSPHRASE"]
        self.unlock_window().session.attach(Journal.open(self.vault, passphrase))
        self.steps.insert(0, "shown")

    def do_shown(self) -> None:
        say(step="unlock", main_window=self.main_window_visible())

    def do_slot(self) -> None:
        trigger = Trigger(self.person_name)
        self.keep.append(trigger)
        trigger.click()

    def do_thread(self) -> None:
        threading.Thread(target=in_thread, args=(self.person_name(),), name="saver").start()

    def do_runnable(self) -> None:
        QThreadPool.globalInstance().start(Runnable(self.person_name()))

    def do_paint(self) -> None:
        painter = Painter(self.person_name())
        self.keep.append(painter)
        painter.show()

    def do_qt(self) -> None:
        name = self.person_name()
        qWarning(f"QWidget::setTabOrder: cannot order {name}")
        qCritical(f"cannot draw {name}")
        for _ in range(3):  # the same place three times: one line
            qCWarning(CATEGORY, f"QWidget::setGeometry: cannot fit {name}")
        qCCritical(CATEGORY, f"QPainter::begin: cannot paint {name}")

    def do_warning(self) -> None:
        warnings.warn(f"odd note for {self.person_name()}", RuntimeWarning, stacklevel=1)

    def do_unraisable(self) -> None:
        Leaky(self.person_name())
        gc.collect()

    # -- the dialog -------------------------------------------------------------------------

    def on_dialog(self, dialog: crash.CrashDialog) -> None:
        say(
            step=self.step,
            texts=texts_in(dialog),
            report=dialog.report(),
            modal=dialog.isModal(),
            gui_thread=dialog.thread() is self.app.thread(),
            parent=type(dialog.parentWidget()).__name__,
            focus=type(QApplication.focusWidget()).__name__,
        )
        dialog.copy_button.click()
        say(step=self.step, clipboard=QGuiApplication.clipboard().text())
        QTimer.singleShot(50, lambda: self.close(dialog))

    def close(self, dialog: crash.CrashDialog) -> None:
        dialog.close_button.click()
        QTimer.singleShot(50, self.after_close)

    def after_close(self) -> None:
        reporter = crash.reporter_of(self.app)
        say(
            step=self.step,
            closed=reporter is not None and reporter.dialog is None,
            main_window=self.main_window_visible(),
        )
        self.next()

    def finish(self) -> None:
        say(step="done", main_window=self.main_window_visible())
        self.app.quit()

    def timeout(self) -> None:
        say(step="timeout", waiting_in=self.step)
        os._exit(3)


def main() -> int:
    vault = Path(sys.argv[1])
    bare = "--bare" in sys.argv[2:]
    if bare:
        crash.install = lambda *args, **kwargs: None  # type: ignore[assignment,misc]
    run = Run(app_module.make_application(), vault, bare)
    QTimer.singleShot(0, run.start)
    return app_module.main(vault)


if __name__ == "__main__":
    sys.exit(main())
