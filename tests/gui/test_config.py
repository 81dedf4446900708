"""Where the settings live: under the app id, with the settings of earlier builds (kept under
"TrustJournal") copied across once. Real INI files in the test's folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from trustjournal import APP_ID
from trustjournal.gui.common import config as config_module
from trustjournal.gui.common.config import (
    AUTO_LOCK_MINUTES,
    BACKUP_FOLDER,
    GEOMETRY,
    THEME,
    Config,
    migrate_settings,
)

GEOMETRY_BYTES = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00 any bytes \xff")


def _old_settings(path: Path) -> None:
    old = Config(QSettings(str(path), QSettings.Format.IniFormat))
    old.auto_lock_minutes = 12
    old.theme = "dark"
    old.backup_folder = Path("/media/usb/Backups – Žurnál")
    old.set(GEOMETRY, GEOMETRY_BYTES)


def test_the_settings_are_named_by_the_app_id() -> None:
    assert (config_module.ORGANISATION, config_module.APPLICATION) == (APP_ID, "TrustJournal")


def test_old_settings_are_copied_once_into_empty_new_ones(tmp_path: Path) -> None:
    old_file = tmp_path / "TrustJournal" / "TrustJournal.ini"
    _old_settings(old_file)
    new_file = tmp_path / APP_ID / "TrustJournal.ini"
    new = QSettings(str(new_file), QSettings.Format.IniFormat)
    assert migrate_settings(new, old_file) == 4
    assert new_file.exists()
    again = Config(QSettings(str(new_file), QSettings.Format.IniFormat))
    assert again.auto_lock_minutes == 12
    assert again.theme == "dark"
    assert again.backup_folder == Path("/media/usb/Backups – Žurnál")
    assert again.get(GEOMETRY) == GEOMETRY_BYTES
    assert old_file.exists()  # left for an older build

    # Once: later changes on either side are not copied over the new settings.
    again.theme = "light"
    Config(QSettings(str(old_file), QSettings.Format.IniFormat)).auto_lock_minutes = 30
    assert migrate_settings(QSettings(str(new_file), QSettings.Format.IniFormat), old_file) == 0
    settled = Config(QSettings(str(new_file), QSettings.Format.IniFormat))
    assert (settled.theme, settled.auto_lock_minutes) == ("light", 12)


def test_nothing_to_copy_leaves_no_file(tmp_path: Path) -> None:
    new_file = tmp_path / APP_ID / "TrustJournal.ini"
    new = QSettings(str(new_file), QSettings.Format.IniFormat)
    assert migrate_settings(new, tmp_path / "TrustJournal" / "TrustJournal.ini") == 0
    assert not new_file.exists()


CHILD = """
import json
from trustjournal.gui.common.config import Config, AUTO_LOCK_MINUTES, THEME, BACKUP_FOLDER
c = Config()
print(json.dumps({"file": c.qsettings.fileName(), "minutes": c.auto_lock_minutes,
                  "theme": c.theme, "folder": str(c.backup_folder)}))
"""


def _open_config(config_home: Path) -> dict[str, str]:
    """`Config()` as the app makes it, in a process whose XDG config folder is ours."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(config_home), HOME=str(config_home.parent))
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, str] = json.loads(done.stdout)
    return result


def test_the_app_moves_its_settings_under_the_app_id_at_first_start(tmp_path: Path) -> None:
    config_home = tmp_path / "config"
    _old_settings(config_home / "TrustJournal" / "TrustJournal.ini")
    seen = _open_config(config_home)
    new_file = config_home / APP_ID / "TrustJournal.ini"
    assert Path(seen["file"]) == new_file
    assert (seen["minutes"], seen["theme"]) == (12, "dark")
    assert seen["folder"] == "/media/usb/Backups – Žurnál"
    stored = QSettings(str(new_file), QSettings.Format.IniFormat)
    assert sorted(stored.allKeys()) == sorted(
        k.name for k in (AUTO_LOCK_MINUTES, THEME, BACKUP_FOLDER, GEOMETRY)
    )
    assert stored.value(GEOMETRY.name) == GEOMETRY_BYTES


def test_a_first_start_without_old_settings_uses_the_defaults(tmp_path: Path) -> None:
    seen = _open_config(tmp_path / "config")
    assert Path(seen["file"]) == tmp_path / "config" / APP_ID / "TrustJournal.ini"
    assert (seen["minutes"], seen["theme"]) == (5, "system")
