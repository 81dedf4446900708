"""Integration: "remember on this device" against a real Secret Service (gnome-keyring in
a private D-Bus session). CI sets TRUSTJOURNAL_REQUIRE_REAL_KEYCHAIN=1 so that missing
tools fail the run instead of skipping the test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

CHILD = Path(__file__).with_name("real_keychain_child.py")


@pytest.mark.real_keychain
def test_key_is_stored_used_and_removed_in_a_real_secret_service(tmp_path: Path) -> None:
    missing = [
        tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(tool)
    ]
    if missing:
        message = f"needs {', '.join(missing)} (apt-get install dbus gnome-keyring)"
        if os.environ.get("TRUSTJOURNAL_REQUIRE_REAL_KEYCHAIN"):
            pytest.fail(message)
        pytest.skip(message)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(CHILD), str(tmp_path / "vault")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "REAL-KEYCHAIN-OK keyring.backends.SecretService" in done.stdout
    # the login keyring gnome-keyring wrote is in the test's own HOME, not the user's
    assert list((home / "data" / "keyrings").glob("*.keyring"))
