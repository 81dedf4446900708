"""A crashing desktop app puts no journal text in any stream or file: real processes.

tests/children/gui_crasher.py runs the real `gui.app.main` on a journal with one person,
named with a marker, and unlocks it so the marker is on screen. Then a button's slot, a
`threading.Thread`, a `QRunnable`, a `paintEvent`, Qt's own logging, a Python warning
and an object's `__del__` each fail with the marker in their message (and in a local).
The child has its own HOME, XDG folders and temp folder. Afterwards the marker (name and
token, as typed, lower- and upper-case, UTF-8 and UTF-16) must be in neither stream nor
in any file under those folders; stderr must name each error's type and function; every
dialog must have come up on the GUI thread, modal, with the same report on the clipboard,
and closing it must leave the app running.

Two controls prove the scan can fail: `--bare` (the hooks not installed) shows every
scenario's marker on stderr, and `TRUSTJOURNAL_DEBUG=1` shows it there too while the
dialogs still hold none. The marker comes from a seeded RNG; the seed is printed and in
every failure message (`TRUSTJOURNAL_MARKER_SEED=<seed>` replays a run).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from children.saver import child_env
from conftest import ROOT
from helpers import PASSPHRASE
from leak_scan import SEED, leaks, marker_for

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft
from trustjournal.gui.crash import EXPLANATION, HEADING

CHILD = ROOT / "tests" / "children" / "gui_crasher.py"
# Each step that brings up the dialog: the type and where it was caught, and the frame.
DIALOGS = {
    "slot": ("ValueError in the main thread", "gui_crasher.py:", " in Trigger.on_save_clicked"),
    "thread": ("KeyError in a background thread", "gui_crasher.py:", " in in_thread"),
    "runnable": ("TypeError in a background thread", "gui_crasher.py:", " in Runnable.run"),
    "paint": ("LookupError in the main thread", "gui_crasher.py:", " in Painter.paintEvent"),
}


@dataclass
class Outcome:
    status: int
    stdout: str
    stderr: str
    blobs: dict[str, bytes]  # the streams and every file the child could have written
    said: list[dict[str, Any]]

    def step(self, name: str, key: str) -> Any:
        found = [line[key] for line in self.said if line["step"] == name and key in line]
        assert len(found) == 1, f"{name}/{key}: {found} in {self.said}"
        return found[0]


def run_child(tmp_path: Path, marker: str, *args: str, **env: str) -> Outcome:
    vault = tmp_path / "journal"
    with Journal.create(vault, PASSPHRASE) as journal:
        journal.add_person(PersonDraft(marker, notes=f"Candid about the merger. {marker}"))
    home, run, temp = tmp_path / "home", tmp_path / "run", tmp_path / "tmp"
    for folder in (home, temp):
        folder.mkdir()
    run.mkdir(mode=0o700)
    child = child_env(
        TRUSTJOURNAL_PASSPHRASE=PASSPHRASE,
        TJ_CRASH_MARKER=marker,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_RUNTIME_DIR=str(run),
        TMPDIR=str(temp),
        TEMP=str(temp),
        TMP=str(temp),
        QT_QPA_PLATFORM="offscreen",
        **env,
    )
    done = subprocess.run(
        [sys.executable, str(CHILD), str(vault), *args],
        capture_output=True,
        env=child,
        cwd=ROOT,
        timeout=120,
    )
    blobs = {"stdout": done.stdout, "stderr": done.stderr}
    blobs.update({str(p): p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()})
    stdout = done.stdout.decode("utf-8", "replace")
    said = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    return Outcome(done.returncode, stdout, done.stderr.decode("utf-8", "replace"), blobs, said)


def test_a_crashing_app_leaves_no_journal_text_anywhere(tmp_path: Path) -> None:
    marker = marker_for("gui")
    out = run_child(tmp_path, marker)
    assert leaks(out.blobs, marker) == [], f"seed {SEED}"
    assert out.status == 0, f"{out.said}\n{out.stderr}"
    assert out.step("unlock", "main_window") is True  # the marker was on screen

    for step, (kind, file, function) in DIALOGS.items():
        report = out.step(step, "report")
        lines = report.splitlines()
        assert lines[1] == kind, report
        assert any(ln.startswith(f"  {file}") and ln.endswith(function) for ln in lines), report
        assert out.step(step, "clipboard") == report  # Copy Report copies exactly that
        assert out.step(step, "modal") is True
        assert out.step(step, "gui_thread") is True  # never built on the worker thread
        texts = out.step(step, "texts")
        assert HEADING in texts and EXPLANATION in texts
        assert {"Problem report", "Copy report"} <= set(texts)  # what a screen reader says
        # Close returns to the app: the dialog is gone, the main window still there.
        assert out.step(step, "closed") is True
        assert out.step(step, "main_window") is True
        # The same report on stderr, once.
        assert out.stderr.count(f"\n{kind}\n") == 1, out.stderr
        assert function in out.stderr
    assert out.step("done", "main_window") is True

    # Qt's messages: type and category, once per place, never the text.
    assert out.stderr.count("Qt warning [trustjournal.crasher]") == 1
    assert out.stderr.count("Qt critical [trustjournal.crasher]") == 1
    assert "Qt critical [default]" in out.stderr
    # A Python warning: category and place.
    assert "TrustJournal: Python RuntimeWarning at gui_crasher.py:" in out.stderr
    assert " (the message is left out; TRUSTJOURNAL_DEBUG=1 shows it)" in out.stderr
    # An error Python had to ignore: reported without the object it was ignored in.
    assert "OSError ignored (Python could not pass it on)" in out.stderr
    assert " in Leaky.__del__" in out.stderr
    assert "Traceback" not in out.stderr and "Exception ignored in" not in out.stderr


def test_without_the_hooks_every_scenario_would_leak(tmp_path: Path) -> None:
    """The control: the same run with Python's and Qt's own output."""
    marker = marker_for("gui-bare")
    out = run_child(tmp_path, marker, "--bare")
    assert out.status == 0, f"{out.said}\n{out.stderr}"
    for text in (
        f"ValueError: could not save the conversation with {marker}",
        f"KeyError: '{marker}'",
        f"TypeError: bad note for {marker}",
        f"LookupError: no colour for {marker}",
        f"QWidget::setTabOrder: cannot order {marker}",
        f"QPainter::begin: cannot paint {marker}",
        f"OSError: could not close {marker}",
        f"RuntimeWarning: odd note for {marker}",
    ):
        assert text in out.stderr, f"seed {SEED}: {text!r} not in\n{out.stderr}"
    assert any(leak.endswith(" in stderr") for leak in leaks(out.blobs, marker))


def test_debug_puts_details_on_the_terminal_but_never_in_the_dialog(tmp_path: Path) -> None:
    marker = marker_for("gui-debug")
    out = run_child(tmp_path, marker, TRUSTJOURNAL_DEBUG="1")
    assert out.status == 0, f"{out.said}\n{out.stderr}"
    assert f"ValueError: could not save the conversation with {marker}" in out.stderr
    assert f"cannot order {marker}" in out.stderr  # Qt's messages in full
    # The dialogs and the clipboard (all of stdout) hold no marker, debug or not.
    assert [leak for leak in leaks(out.blobs, marker) if " in stdout" in leak] == []
    for step in DIALOGS:
        assert out.step(step, "report").splitlines()[1] == DIALOGS[step][0]
