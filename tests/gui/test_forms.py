"""The committed form and resource modules are exactly what their sources generate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_match_their_sources() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_ui.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_form_has_a_generated_module() -> None:
    forms = {p.stem for p in (ROOT / "ui").glob("*.ui")}
    generated = {
        p.stem.removeprefix("ui_") for p in (ROOT / "trustjournal/gui/forms").glob("ui_*.py")
    }
    assert forms, "the windows' layouts live in ui/*.ui"
    assert forms == generated
