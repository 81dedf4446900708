"""The longest GUI-thread stalls at 1,000 people / 20,000 conversations.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/stalls.py [--runs N] [--work DIR]

A 5 ms precise timer runs on the GUI thread; a stall is how much later than due it fires,
i.e. how long the window could not paint or take a key. Each scenario runs N times on a
fresh copy of the bench journal (bench/run.py) in the real main window, and the table gives
the median and the worst of the per-run longest stalls, against the targets of ARCHITECTURE
rule 3 (16 ms median, 50 ms worst). Each run lasts until the work is done and shown (and
the refreshes it triggers have landed), so work deferred to later is counted too.

Scenarios: unlock (after the passphrase is typed: the key derivation and the first
screen), saving an entry (with every refresh it triggers), switching to each page,
filtering and sorting the sidebar, stepping the reflection quarters, a whole backup.

The script only uses what both the app before the journal worker and after it offer
(`Session.attach`, the window's actions), so the same file measures both: run it in a
checkout of the older commit for the "before" column. Measurements only: nothing here
fails because a figure is high.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench_run
from gui import StallDetector
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from trustjournal.core.judgement.quarters import Quarter, last_complete
from trustjournal.gui.app import make_application
from trustjournal.gui.common.config import Config
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session

QUIET_MS = 400  # after the work: refreshes it set off (debounced) land inside the run
TARGET_MEDIAN_MS = 16
TARGET_WORST_MS = 50


class Bench:
    def __init__(self, app: QApplication, window: MainWindow, session: Session, path: Path):
        self.app, self.window, self.session, self.path = app, window, session, path
        self.today = dt.date.today()

    # -- waiting, the same way for the old app and the new ------------------------------------

    def idle(self) -> bool:
        idle = getattr(self.session, "idle", None)
        return bool(idle()) if callable(idle) else True

    def run_loop(self, until: Callable[[], bool], timeout_s: float = 120.0) -> None:
        """Run the event loop (asleep between events) until `until()` and the journal
        worker has nothing left, then for QUIET_MS more."""
        deadline = time.monotonic() + timeout_s
        waker = QTimer()
        waker.start(10)  # conditions that change without an event are seen within 10 ms
        try:
            while not (until() and self.idle()):
                if time.monotonic() > deadline:
                    raise TimeoutError("the scenario did not finish")
                self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            end = time.monotonic() + QUIET_MS / 1000
            while time.monotonic() < end or not self.idle():
                self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            waker.stop()

    def on_journal(self, fn: Callable[[Any], Any]) -> Any:
        call = getattr(self.session, "call", None)
        if callable(call):
            return call(fn)
        return fn(self.session.journal)  # type: ignore[attr-defined]  # before the worker

    # -- unlocking ---------------------------------------------------------------------------

    def lock(self) -> None:
        self.session.lock()
        self.run_loop(lambda: True)

    def unlock(self) -> None:
        """As the unlock window does: the key derivation off the GUI thread, then the
        journal is handed to the session and every view fills itself."""
        unlock = getattr(self.session, "unlock", None)
        if callable(unlock):
            unlock(self.path, bench_run.PASSPHRASE, None, None)
        else:  # before the worker: a pool thread opened, the GUI thread attached
            from trustjournal.core.journal.service import Journal

            box: list[Any] = []
            opener = threading.Thread(
                target=lambda: box.append(Journal.open(self.path, bench_run.PASSPHRASE))
            )
            opener.start()
            while not box:
                self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            self.session.attach(box[0])
        self.run_loop(self.sidebar_full)

    def sidebar_full(self) -> bool:
        return bool(self.window.sidebar.person_count() >= bench_run.DEFAULT_PEOPLE)

    # -- scenarios ---------------------------------------------------------------------------

    def measure(
        self, runs: int, setup: Callable[[], None], action: Callable[[], Callable[[], bool]]
    ) -> list[float]:
        """The longest stall of each run of `action` (which starts the work and returns
        what says it is done); `setup` is not counted."""
        worst: list[float] = []
        for _ in range(runs):
            setup()
            self.run_loop(lambda: True)
            with StallDetector() as detector:
                done = action()
                self.run_loop(done)
            worst.append(detector.worst)
        return worst


def scenarios(b: Bench) -> list[tuple[str, Callable[[], None], Callable[[], Callable[[], bool]]]]:
    w = b.window
    first = b.on_journal(lambda j: j.people()[0].id)

    def no_question() -> None:
        for page in (w.editor, w.decisions, w.gatherings):
            page.confirm_leave = lambda *_: True  # type: ignore[method-assign]

    def at_people() -> None:
        no_question()
        w.show_person(first)

    def unlock() -> Callable[[], bool]:
        b.unlock()
        return lambda: True

    def new_entry() -> None:
        at_people()
        b.run_loop(lambda: True)
        w.new_conversation((first,))
        b.run_loop(lambda: w.editor.ui.noteEdit.isEnabled())
        w.editor.ui.noteEdit.setPlainText("The board wants an answer; she admitted doubt.")
        w.editor.signals.boxes["they_admitted_doubt"].click()

    def save() -> Callable[[], bool]:
        saved: list[int] = []
        w.editor.saved.connect(saved.append)
        w.editor.ui.saveButton.click()
        return lambda: bool(saved)

    def page(action_name: str, shown: Callable[[], bool]) -> Callable[[], Callable[[], bool]]:
        def go() -> Callable[[], bool]:
            getattr(w.app_actions, action_name).trigger()
            return shown

        return go

    def person_shown() -> bool:
        return bool(w.person_view.header.name_label.text())

    def reflection_shown() -> bool:
        return w.reflection.reflection() is not None

    def at_welcome() -> None:
        no_question()
        w.show_search()  # away from the page measured

    def filtering() -> Callable[[], bool]:
        field = w.sidebar.filter_field()
        field.setFocus()
        edits = iter(("a", "an", "ana", "an", "a", "", "m", "ma", "mar", ""))

        def next_edit() -> bool:
            text = next(edits, None)
            if text is None:
                return True
            field.setText(text)
            return False

        return lambda: next_edit() and b.sidebar_full()

    def sorting() -> Callable[[], bool]:
        combo = w.sidebar.sort_combo
        steps = iter([*range(1, combo.count()), 0])

        def next_sort() -> bool:
            index = next(steps, None)
            if index is None:
                return True
            combo.setCurrentIndex(index)
            return False

        return next_sort

    def at_reflection() -> None:
        no_question()
        w.show_reflection()
        b.run_loop(reflection_shown)
        view = w.reflection
        view.show_quarter(last_complete(b.today))
        b.run_loop(lambda: (r := view.reflection()) is not None and r.quarter == view.quarter())
        view._cache.clear()  # as after a change: nothing computed yet

    def step() -> Callable[[], bool]:
        view = w.reflection
        start = view.quarter()
        assert start is not None
        target: Quarter = start.previous()
        view.step(-1)
        return lambda: (r := view.reflection()) is not None and r.quarter == target

    def backup() -> Callable[[], bool]:
        controller = w.backups
        seen: list[bool] = []

        def finished() -> bool:
            if controller.busy:
                seen.append(True)
            return bool(seen) and not controller.busy

        controller.back_up_now()
        return finished

    return [
        ("unlock (key derivation, then the first screen)", b.lock, unlock),
        ("saving an entry, with the refreshes it triggers", new_entry, save),
        ("switching to a person", at_welcome, page("show_people", person_shown)),
        ("switching to Decisions", at_people, page("show_decisions", lambda: True)),
        ("switching to Gatherings", at_people, page("show_gatherings", lambda: True)),
        ("switching to Search", at_people, page("show_search", lambda: True)),
        ("switching to Reflection", at_people, page("show_reflection", reflection_shown)),
        ("filtering the sidebar (10 edits)", at_people, filtering),
        ("sorting the sidebar (every order)", at_people, sorting),
        ("stepping the reflection a quarter back", at_reflection, step),
        ("a whole backup (Back Up Now)", at_people, backup),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=bench_run.RESULTS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", help="run only the scenarios whose name holds this")
    args = parser.parse_args(argv)
    prepared = bench_run.prepare(
        args.work.resolve(),
        bench_run.DEFAULT_PEOPLE,
        bench_run.DEFAULT_CONVERSATIONS,
        bench_run.DEFAULT_SEED,
        rebuild=False,
    )
    app = make_application([sys.argv[0]])
    config = Config.use_folder(args.work / "stall-settings")
    config.backup_enabled = False  # the automatic backup at each lock is not measured here
    out = args.work / "stall-backups"
    out.mkdir(parents=True, exist_ok=True)
    # The backup dialogs answer themselves: journal passphrase, a file in `out`, no message.
    QDialog.exec = lambda self: int(QDialog.DialogCode.Accepted)  # type: ignore[method-assign]
    QFileDialog.getSaveFileName = staticmethod(  # type: ignore[method-assign]
        lambda *a, **k: (str(out / f"stall-{time.monotonic_ns()}.tjbackup"), "")
    )
    session = Session(prepared.path, config)
    window = MainWindow(session)
    window.backups._tell = lambda *a: None  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show()
    bench = Bench(app, window, session, prepared.path)
    bench.unlock()
    print("| GUI-thread stall at 1,000 people / 20,000 conversations | runs | median | worst |")
    print("|---|---:|---:|---:|")
    for name, setup, action in scenarios(bench):
        if args.only and args.only not in name:
            continue
        worst = bench.measure(args.runs, setup, action)
        print(
            f"| {name} | {len(worst)} | {statistics.median(worst):.0f} ms | {max(worst):.0f} ms |",
            flush=True,
        )
    for f in out.glob("*.tjbackup"):
        f.unlink()
    session.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
