"""Measure the desktop app on the 1,000-person / 20,000-conversation demo journal.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui.py [--work DIR]

Prints a markdown table (median, p90, runs, target) of:
- cold start: a fresh `python -m trustjournal` process until the unlock window is shown;
- unlock to a populated sidebar, after the key derivation (`Session.attach` of an open
  journal until the sidebar lists every person);
- opening a person with 200 conversations;
- the longest event-loop stall while typing a note, filtering the sidebar and scrolling,
  from a 5 ms timer that records how late it fires (a stall detector, not a profiler);
- stepping between quarters on the Reflection page, cold and after the read-ahead.
Uses the cached demo journal of bench/run.py (built on first use). Measurements only:
nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench_run
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement.quarters import Quarter
from trustjournal.core.records import ConversationDraft
from trustjournal.gui.app import make_application
from trustjournal.gui.common.config import Config
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session

ROOT = Path(__file__).resolve().parent.parent
BIG_PERSON_CONVERSATIONS = 200
HUGE_PERSON_CONVERSATIONS = 2_000  # the "stays responsive" case


class StallDetector:
    """A 5 ms repeating timer; a stall is how much later than due it fired."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.interval = interval_ms
        self.worst = 0.0
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        late = self.clock.restart() - self.interval
        self.worst = max(self.worst, float(late))

    def __enter__(self) -> StallDetector:
        self.clock.start()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def settle(app: QApplication, ms: int = 30) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()


def until_idle(app: QApplication, session: Session) -> None:
    """Until everything asked of the journal worker has been answered and shown."""
    while not session.idle():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def until_person(app: QApplication, window: MainWindow, person: int) -> None:
    while window.person_view.current_person() != person or not window.session.idle():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()  # painted


def quantiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]


def cold_start(work: Path, runs: int) -> list[float]:
    """Whole process: interpreter, imports, QApplication, the unlock window on screen."""
    env = dict(os.environ, TRUSTJOURNAL_VAULT=str(work / "cold-start-vault"))
    env["TRUSTJOURNAL_QUIT_WHEN_SHOWN"] = "1"  # gui/app.py: quit once the first window shows
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "trustjournal"], env=env, check=True, capture_output=True
        )
        times.append((time.perf_counter() - start) * 1000)
    return times


def reflection_steps(
    app: QApplication, window: MainWindow, runs: int
) -> list[tuple[str, list[float], str, str]]:
    """Step one quarter back on the Reflection page until the document shows it: cold (the
    page's cache emptied first, as after a change) and after the read-ahead of neighbours."""
    view = window.reflection
    window.show_reflection()

    def until_shown(quarter: Quarter) -> None:
        # Wait as the event loop does, asleep until an event comes: spinning processEvents()
        # would hold the interpreter lock against the reader thread and time that instead.
        while (r := view.reflection()) is None or r.quarter != quarter:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        app.processEvents()  # the document and chart are painted

    start_quarter = view.quarter()
    assert start_quarter is not None
    until_shown(start_quarter)
    cold: list[float] = []
    warm: list[float] = []
    for i in range(runs):
        view.show_quarter(start_quarter)
        until_shown(start_quarter)
        until_idle(app, window.session)
        settle(app, 50)
        view._cache.clear()  # as after a change: nothing computed yet
        target = start_quarter.back(1 + i % 3)
        started = time.perf_counter()
        view.show_quarter(target)
        until_shown(target)
        cold.append((time.perf_counter() - started) * 1000)
        settle(app, 800)  # the user pauses; the neighbours are read ahead
        until_idle(app, window.session)
        started = time.perf_counter()
        view.step(-1)
        until_shown(target.previous())
        warm.append((time.perf_counter() - started) * 1000)
    return [
        (
            "Reflection: step to a quarter not yet computed (as after a change)",
            cold,
            "≤ 150 ms",
            "Journal.reflect on the journal worker, then the document and chart",
        ),
        (
            "Reflection: step to the next quarter after a pause (read ahead)",
            warm,
            "≤ 150 ms",
            "the neighbours of the quarter shown are computed while you read it",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=bench_run.RESULTS)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    prepared = bench_run.prepare(
        args.work.resolve(),
        bench_run.DEFAULT_PEOPLE,
        bench_run.DEFAULT_CONVERSATIONS,
        bench_run.DEFAULT_SEED,
        rebuild=False,
    )
    path = prepared.path
    app = make_application([sys.argv[0]])
    config = Config.use_folder(args.work / "gui-settings")
    rows: list[tuple[str, list[float], str, str]] = []

    rows.append(
        (
            "Cold start to the unlock window (whole process)",
            cold_start(args.work, args.runs),
            "≤ 1000 ms",
            "",
        )
    )

    journal = Journal.open(path, bench_run.PASSPHRASE)
    # Two people with exactly-so-many conversations: the person view's common worst case,
    # and a very long history.
    big, huge = (p.id for p in journal.people()[:2])
    with journal.batch():
        for person, wanted in ((big, BIG_PERSON_CONVERSATIONS), (huge, HUGE_PERSON_CONVERSATIONS)):
            for i in range(max(0, wanted - journal.count_conversations(person))):
                journal.add_conversation(
                    ConversationDraft(
                        (person,),
                        dt.date(2024, 1, 1) + dt.timedelta(days=i % 700),
                        "call",
                        f"Bench conversation {i}: the board, the plan.",
                        ("they_shared_failure",),
                    )
                )
    journal.lock()
    session = Session(path, config)
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    unlock_ms: list[float] = []
    person_ms: list[float] = []
    huge_ms: list[float] = []
    for _ in range(args.runs):
        journal = Journal.open(path, bench_run.PASSPHRASE)  # the KDF is not part of this
        start = time.perf_counter()
        session.attach(journal)
        while window.sidebar.person_count() < bench_run.DEFAULT_PEOPLE:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        app.processEvents()
        unlock_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        window.show_person(big)
        until_person(app, window, big)
        person_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        window.show_person(huge)
        until_person(app, window, huge)
        huge_ms.append((time.perf_counter() - start) * 1000)
        window.show_people()
        session.lock()
    rows.append(
        (
            "Unlock to a populated sidebar (after the KDF)",
            unlock_ms,
            "≤ 300 ms",
            "1,000 people, 20,000 conversations",
        )
    )
    rows.append(
        (
            f"Open a person with {BIG_PERSON_CONVERSATIONS} conversations",
            person_ms,
            "≤ 150 ms",
            "header, reasons, timeline",
        )
    )
    rows.append(
        (
            f"Open a person with {HUGE_PERSON_CONVERSATIONS:,} conversations",
            huge_ms,
            "responsive",
            "header, reasons, timeline",
        )
    )

    session.attach(Journal.open(path, bench_run.PASSPHRASE))
    settle(app, 200)
    stalls: dict[str, float] = {}

    def measure(name: str, setup: Callable[[], None], action: Callable[[], None]) -> None:
        """Worst stall during `action` only; `setup` (opening the page) is not counted."""
        setup()
        settle(app, 300)
        with StallDetector() as detector:
            action()
            settle(app, 1200)  # debounced work (the draft save, refreshes) lands inside too
        stalls[name] = detector.worst

    def open_editor() -> None:
        window.new_conversation((big,))

    def typing() -> None:
        note = window.editor.ui.noteEdit
        note.setFocus()
        for word in ("The board wants a clear answer by Friday, and I have none. " * 6).split():
            QTest.keyClicks(note, word + " ")
            app.processEvents()

    def open_people() -> None:
        window.editor.confirm_leave = lambda *_: True  # type: ignore[method-assign]
        window.show_people()

    def filtering() -> None:
        field = window.sidebar.filter_field()
        field.setFocus()
        for text in ("a", "an", "ana", "an", "a", "", "m", "ma", "mar", ""):
            field.setText(text)
            settle(app, 60)

    def scrolling_sidebar() -> None:
        bar = window.sidebar.list_view().verticalScrollBar()
        for value in range(0, bar.maximum(), max(1, bar.maximum() // 60)):
            bar.setValue(value)
            app.processEvents()

    def open_big_person() -> None:
        window.show_person(big)

    def scrolling_timeline() -> None:
        tbar = window.person_view.timeline_view().verticalScrollBar()
        for value in range(0, tbar.maximum(), max(1, tbar.maximum() // 60)):
            tbar.setValue(value)
            app.processEvents()

    measure("typing a note (about 80 words, key by key)", open_editor, typing)
    measure("filtering the sidebar (10 edits)", open_people, filtering)
    measure("scrolling the sidebar (1,000 people)", lambda: None, scrolling_sidebar)
    measure(
        f"scrolling a {BIG_PERSON_CONVERSATIONS}-conversation timeline",
        open_big_person,
        scrolling_timeline,
    )
    rows += reflection_steps(app, window, args.runs)
    session.lock()

    print("| Benchmark | n | median | p90 | target | notes |")
    print("|---|---:|---:|---:|---:|---|")
    for name, samples, target, notes in rows:
        median, p90 = quantiles(samples)
        print(f"| {name} | {len(samples)} | {median:.0f} ms | {p90:.0f} ms | {target} | {notes} |")
    for name, worst in stalls.items():
        print(f"| Longest event-loop stall: {name} | 1 | {worst:.0f} ms | – | ≤ 50 ms | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
