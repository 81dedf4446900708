"""The CLI's unexpected errors carry no journal text; its expected errors keep their words.

A real `python -m trustjournal` (tests/children/cli_crasher.py runs the package's
`__main__` through runpy after replacing one command) fails with a marker in the
exception's message, in the message of the exception it was raised from, in a local
variable, and in a builtin's own message (`int("…")` quotes its argument). The marker
must be in neither output stream, in any encoding, nor in any file the process left in
its own HOME and temp folder; the one line on stderr names the type and where it
happened. `TRUSTJOURNAL_DEBUG=1` is the control: then the full traceback, marker
included, is printed, which proves the scan would see a leak.

The marker and the scan are tests/leak_scan.py's (a seeded RNG: the seed is printed and
in every failure message, and `TRUSTJOURNAL_MARKER_SEED=<seed>` replays a run).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, cli_env
from leak_scan import SEED, leaks, marker_for

CHILD = ROOT / "tests" / "children" / "cli_crasher.py"


def crash(how: str, tmp_path: Path, marker: str, **extra: str) -> tuple[int, dict[str, bytes]]:
    """Run the failing CLI with its own HOME and temp folder; its outputs and files."""
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    env = cli_env(
        tmp_path / "vault",
        TJ_CRASH_MARKER=marker,
        HOME=str(home),
        TMPDIR=str(temp),
        TEMP=str(temp),
        TMP=str(temp),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local/state"),
        **extra,
    )
    done = subprocess.run(
        [sys.executable, str(CHILD), how, "signals"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    blobs = {"stdout": done.stdout, "stderr": done.stderr}
    blobs.update({str(p): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()})
    return done.returncode, blobs


@pytest.mark.parametrize(("how", "function"), [("value", "explode"), ("library", "parse")])
def test_an_unexpected_error_prints_one_line_without_journal_text(
    tmp_path: Path, how: str, function: str
) -> None:
    marker = marker_for(how)
    status, blobs = crash(how, tmp_path, marker)
    assert leaks(blobs, marker) == [], f"seed {SEED}"
    assert status == 1
    stderr = blobs["stderr"].decode()
    assert blobs["stdout"] == b""
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "Traceback" not in stderr
    assert stderr.startswith("trustjournal: internal error (ValueError at cli_crasher.py:")
    assert f" in {function}, from trustjournal/cli/__init__.py:" in stderr
    assert "Nothing from your journal is in this message" in stderr
    assert "set TRUSTJOURNAL_DEBUG=1 to see the details" in stderr


def test_debug_shows_the_full_traceback_which_the_scan_would_catch(tmp_path: Path) -> None:
    marker = marker_for("debug")
    status, blobs = crash("value", tmp_path, marker, TRUSTJOURNAL_DEBUG="1")
    assert status == 1
    stderr = blobs["stderr"].decode()
    assert "Traceback" in stderr and "KeyError" in stderr
    assert f"ValueError: could not find {marker} in the journal" in stderr
    assert any(leak.startswith("marker ") and "in stderr" in leak for leak in leaks(blobs, marker))


def test_an_expected_error_keeps_its_clear_message(tmp_path: Path) -> None:
    from children.cli_crasher import EXPECTED_MESSAGE

    marker = marker_for("expected")
    status, blobs = crash("expected", tmp_path, marker)
    assert status == 1
    assert blobs["stderr"].decode() == f"trustjournal: {EXPECTED_MESSAGE}\n"
    assert leaks(blobs, marker) == []
