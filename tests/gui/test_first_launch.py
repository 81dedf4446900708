"""The very first launch, on a disk that will not take the journal, and without a display.

Real folders that refuse writes: a folder without write permission (chmod 0o500; skipped
as root, whom the permission does not stop), a path under a regular file (refused for
root too), a read-only disk and a full disk (small tmpfs mounts, as in test_disk_full.py:
root only, skipped otherwise unless TRUSTJOURNAL_REQUIRE_TMPFS=1). Each time the create
window and `trustjournal init` name the folder, say what to do, and leave no vault
behind; nothing that was there before is removed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, cli_env, run_cli
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_disk_full import REQUIRE_ENV

from trustjournal.core.store.vault import DB_NAME, HEADER_NAME, LOCK_NAME, default_path
from trustjournal.gui.common import workers
from trustjournal.gui.common.config import Config
from trustjournal.gui.session import Session
from trustjournal.gui.unlock.window import CREATE_FAILED_HINT, CREATE_TITLE, UnlockWindow

STRONG = "river lamp quiet ocean"
WAIT = 20_000
VAULT_FILES = {HEADER_NAME, DB_NAME, LOCK_NAME}


@dataclass(frozen=True)
class Blocked:
    """A place where the journal cannot be created, and why, as the message says it."""

    parent: Path  # the folder the journal's folder would be made in
    reason: str

    @property
    def vault(self) -> Path:
        return self.parent / "TrustJournal"


def _mount(target: Path, options: str) -> None:
    reason = None
    if not sys.platform.startswith("linux"):
        reason = "a tmpfs needs Linux"
    elif os.geteuid() != 0:
        reason = "mounting a small tmpfs needs root (CAP_SYS_ADMIN)"
    else:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            reason = f"mount -t tmpfs was refused: {done.stderr.strip()}"
    if reason is not None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{reason}, and {REQUIRE_ENV}=1 requires the real disk tests")
        pytest.skip(reason)


@pytest.fixture(params=["read-only folder", "under a file", "read-only disk", "full disk"])
def blocked(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Blocked]:
    kind: str = request.param
    place = tmp_path / "place"
    mounted = False
    if kind == "read-only folder":
        if os.name != "posix" or os.geteuid() == 0:
            pytest.skip("root writes through chmod 0o500 (the 'under a file' case covers it)")
        place.mkdir(mode=0o500)
        place.chmod(0o500)
        found = Blocked(place, "permission denied")
    elif kind == "under a file":
        place.write_text("a file, not a folder\n")
        found = Blocked(place, "not a directory")
    else:
        place.mkdir()
        options = "ro,size=1m" if kind == "read-only disk" else "size=96k,mode=0700"
        _mount(place, options)
        mounted = True
        reason = "read-only file system" if kind == "read-only disk" else "the disk is full"
        found = Blocked(place, reason)
    try:
        yield found
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(place)], check=False)
        if place.is_dir():
            place.chmod(0o700)


def snapshot(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.is_dir() else []


def assert_no_vault_left(blocked: Blocked, before: list[str]) -> None:
    assert not blocked.vault.exists()
    after = snapshot(blocked.parent)
    assert set(before) <= set(after)  # nothing that was there was removed
    # At most folders on the way to it (HOME/.local/share), with no file in any of them.
    for name in set(after) - set(before):
        assert (blocked.parent / name).is_dir(), name
        assert Path(name).name != blocked.vault.name and Path(name).name not in VAULT_FILES


@pytest.fixture(autouse=True)
def settle(qtbot: QtBot) -> Iterator[None]:
    yield
    assert workers.wait_for_all()
    QApplication.processEvents()


def create_in_window(qtbot: QtBot, vault: Path, config: Config) -> UnlockWindow:
    session = Session(vault, config)
    window = UnlockWindow(session)
    qtbot.addWidget(window)
    window.prepare()
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == CREATE_TITLE
    assert window.ui.createPath.text() == str(vault)
    window.ui.newPassphrase.setText(STRONG)
    window.ui.confirmPassphrase.setText(STRONG)
    assert window.ui.createButton.isEnabled()
    window.ui.createButton.click()
    qtbot.waitUntil(lambda: window.ui.createMessage.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT)
    return window


def test_the_create_window_says_which_folder_why_and_what_to_do(
    qtbot: QtBot, blocked: Blocked, config: Config
) -> None:
    before = snapshot(blocked.parent)
    window = create_in_window(qtbot, blocked.vault, config)
    message = window.ui.createMessage.text()
    assert message == (
        f"Could not create the journal in {blocked.vault}: {blocked.reason}. Nothing was left "
        f"behind. {CREATE_FAILED_HINT}"
    )
    assert window.ui.createMessage.property("role") == "error"
    assert not window.session.is_open
    assert window.ui.createPage.isVisible()  # still offering to create, to try again
    assert window.ui.newPassphrase.isEnabled()
    assert_no_vault_left(blocked, before)


def test_the_default_data_folder_on_a_home_that_refuses_writes(
    qtbot: QtBot, blocked: Blocked, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """First launch with nothing configured: the journal would go to HOME/.local/share."""
    monkeypatch.setenv("HOME", str(blocked.parent))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("TRUSTJOURNAL_VAULT", raising=False)
    vault = default_path()
    assert vault == blocked.parent / ".local" / "share" / "TrustJournal"
    before = snapshot(blocked.parent)
    window = create_in_window(qtbot, vault, config)
    assert str(vault) in window.ui.createMessage.text()
    assert blocked.reason in window.ui.createMessage.text()
    assert CREATE_FAILED_HINT in window.ui.createMessage.text()
    assert not vault.exists()
    assert_no_vault_left(Blocked(blocked.parent, blocked.reason), before)


def test_init_on_the_command_line_says_which_folder_and_leaves_nothing(
    tmp_path: Path, blocked: Blocked
) -> None:
    before = snapshot(blocked.parent)
    done = run_cli("init", vault=blocked.vault)
    assert done.returncode == 1
    assert done.stderr == (
        f"trustjournal: Could not create the journal in {blocked.vault}: {blocked.reason}. "
        "Nothing was left behind. Check that the folder can be written and the disk has "
        "space, or choose another folder with --vault.\n"
    )
    assert_no_vault_left(blocked, before)

    env = cli_env(blocked.vault, HOME=str(blocked.parent))  # the default folder, in HOME
    for name in ("TRUSTJOURNAL_VAULT", "XDG_DATA_HOME"):
        env.pop(name, None)
    done = run_cli("init", vault=blocked.vault, env=env)
    assert done.returncode == 1
    default = blocked.parent / ".local" / "share" / "TrustJournal"
    assert f"Could not create the journal in {default}: {blocked.reason}." in done.stderr
    assert "Traceback" not in done.stderr
    assert not default.exists()


def test_the_app_launcher_without_a_display_says_so(tmp_path: Path) -> None:
    """`trustjournal-app` (the gui-scripts launcher) runs the same `cli:main` as the
    command, so it gives the same sentence instead of a crash from Qt's plugin."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    target = project["project"]["gui-scripts"]["trustjournal-app"]
    assert target == project["project"]["scripts"]["trustjournal"] == "trustjournal.cli:main"
    module, _, function = target.partition(":")
    launcher = f"import sys; from {module} import {function}; sys.exit({function}())"
    env = cli_env(tmp_path / "vault")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", launcher], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.startswith("trustjournal: TrustJournal needs a desktop session")
    assert "trustjournal --help" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "vault").exists()
