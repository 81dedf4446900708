"""Non-secret preferences and window state, in one small class over QSettings.

Every key has a declared default here and nowhere else (Picard's `Config`). Nothing
secret or readable from the journal ever goes in: no names, no notes, no passphrase,
no key. Tests point QSettings at a temporary folder with `Config.use_folder`.

The settings live under the app id, like every other trace of the app on the system: in
an INI file at ~/.config/org.trustjournal.TrustJournal/TrustJournal.ini on Linux and
macOS, %APPDATA%\\org.trustjournal.TrustJournal\\TrustJournal.ini on Windows. Earlier
builds kept them in TrustJournal/TrustJournal.ini; the first start copies them across.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from trustjournal import APP_ID, APP_NAME

ORGANISATION = APP_ID  # the folder: the reverse-DNS id, as the desktop file and keychain use
APPLICATION = APP_NAME  # the file in it
# Where the settings were before the app id named them (copied once by `migrate_settings`).
OLD_ORGANISATION = "TrustJournal"
OLD_APPLICATION = "TrustJournal"
THEMES = ("system", "light", "dark", "high", "high-dark")  # "high…": high contrast
LANGUAGES = ("system", "en", "de")  # as gui/common/language.py offers them


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    kind: type


AUTO_LOCK_MINUTES = Key("security/auto_lock_minutes", 5, int)
THEME = Key("look/theme", "system", str)
LANGUAGE = Key("look/language", "system", str)  # read once, at start (gui/common/language)
SIDEBAR_SORT = Key("sidebar/sort", "depth", str)
# Hide people with no conversation (imported contacts, issue 17): off until an import
# adds people (gui/exchange/import_flow.py turns it on then, and says so).
SIDEBAR_HIDE_UNTALKED = Key("sidebar/hide_without_conversations", False, bool)
GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
STATE = Key("window/state", QByteArray(), QByteArray)
SPLITTER = Key("window/splitter", QByteArray(), QByteArray)
# Automatic backups (issue 5). Only folder paths, counts, times and the core's own error
# messages, which never hold journal text.
BACKUP_ENABLED = Key("backup/enabled", False, bool)
BACKUP_FOLDER = Key("backup/folder", "", str)
BACKUP_KEEP = Key("backup/keep", 10, int)
BACKUP_LAST_VERIFIED = Key("backup/last_verified", "", str)  # ISO time of the last good one
BACKUP_FAILURE = Key("backup/failure", "", str)  # why the last automatic backup failed
BACKUP_FAILURE_AT = Key("backup/failure_at", "", str)  # ISO time of that failure
BACKUP_FAILURE_UNSEEN = Key("backup/failure_unseen", False, bool)  # not yet shown to the user
# "FOLDER\nMARKER": the backup key file was sealed in FOLDER for the key and passphrase
# that MARKER names (core/backup/backupkey.py `sealed_marker`; it reveals neither).
BACKUP_KEY_SEALED = Key("backup/key_sealed", "", str)
BACKUP_KEY_DISMISSED = Key("backup/key_dismissed", "", str)  # "Not now" for this folder
BACKUP_LAST_DIR = Key("backup/last_dir", "", str)  # where "Back Up Now" last saved or opened
# Reminders (issue 16, point 5). Only switches and dates: what a reminder counted is never
# stored, and a notification carries no journal text (gui/reminders.py).
REMIND_DUE = Key("reminders/due", True, bool)
REVIEW_DAY = Key("reminders/review_day", "monday", str)  # one of REVIEW_DAYS
REVIEW_LAST = Key("reminders/review_last", "", str)  # ISO date of the last weekly prompt
KEEP_IN_TRAY = Key("reminders/keep_in_tray", False, bool)  # closing the window hides it
REVIEW_DAYS = ("off", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
KEEP_RANGE = (1, 100)
AUTO_LOCK_RANGE = (0, 480)  # minutes; 0: never


def _user_settings(organisation: str, application: str) -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, organisation, application
    )


def migrate_settings(settings: QSettings, old_file: Path) -> int:
    """Copy every key of `old_file` into `settings` if those have none yet; how many.

    Once only: after the copy the new file has keys, and a later start leaves it alone. The
    old file stays where it is, for an older build of the app. Nothing in either is secret
    (window geometry, theme, idle minutes, backup folder...).
    """
    # By file name, so that neither check sees QSettings' organisation-wide fallbacks.
    if QSettings(settings.fileName(), QSettings.Format.IniFormat).allKeys():
        return 0
    if not old_file.is_file() or old_file.resolve() == Path(settings.fileName()).resolve():
        return 0
    old = QSettings(str(old_file), QSettings.Format.IniFormat)
    keys = old.allKeys()
    for key in keys:
        settings.setValue(key, old.value(key))
    settings.sync()
    return len(keys)


class Config:
    """Typed access to the app's QSettings. One instance per app."""

    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            settings = _user_settings(ORGANISATION, APPLICATION)
            migrate_settings(
                settings, Path(_user_settings(OLD_ORGANISATION, OLD_APPLICATION).fileName())
            )
        self.qsettings = settings

    @staticmethod
    def use_folder(folder: Path) -> Config:
        """A config stored in `folder` (tests, and `--config-dir` style overrides)."""
        return Config(QSettings(str(folder / "TrustJournal.ini"), QSettings.Format.IniFormat))

    def get(self, key: Key) -> Any:
        value: Any = self.qsettings.value(key.name, key.default)
        if key.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return key.default
        if key.kind is str:
            return str(value)
        if key.kind is bool:
            # An INI file gives booleans back as the strings "true" / "false".
            return value.strip().lower() in ("true", "1") if isinstance(value, str) else bool(value)
        return value if isinstance(value, key.kind) else key.default

    def set(self, key: Key, value: Any) -> None:
        self.qsettings.setValue(key.name, value)
        self.qsettings.sync()

    # -- the typed properties views use ---------------------------------------------------

    @property
    def auto_lock_minutes(self) -> int:
        low, high = AUTO_LOCK_RANGE
        return min(high, max(low, int(self.get(AUTO_LOCK_MINUTES))))  # 0: never

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self.set(AUTO_LOCK_MINUTES, int(minutes))

    @property
    def theme(self) -> str:
        theme = str(self.get(THEME))
        return theme if theme in THEMES else "system"

    @theme.setter
    def theme(self, theme: str) -> None:
        self.set(THEME, theme if theme in THEMES else "system")

    @property
    def language(self) -> str:
        language = str(self.get(LANGUAGE))
        return language if language in LANGUAGES else "system"

    @language.setter
    def language(self, language: str) -> None:
        self.set(LANGUAGE, language if language in LANGUAGES else "system")

    @property
    def backup_enabled(self) -> bool:
        return bool(self.get(BACKUP_ENABLED))

    @backup_enabled.setter
    def backup_enabled(self, enabled: bool) -> None:
        self.set(BACKUP_ENABLED, bool(enabled))

    @property
    def backup_folder(self) -> Path | None:
        folder = str(self.get(BACKUP_FOLDER)).strip()
        return Path(folder) if folder else None

    @backup_folder.setter
    def backup_folder(self, folder: Path | None) -> None:
        self.set(BACKUP_FOLDER, str(folder) if folder else "")

    @property
    def backup_keep(self) -> int:
        low, high = KEEP_RANGE
        return min(high, max(low, int(self.get(BACKUP_KEEP))))

    @backup_keep.setter
    def backup_keep(self, keep: int) -> None:
        self.set(BACKUP_KEEP, int(keep))

    @property
    def remind_due(self) -> bool:
        return bool(self.get(REMIND_DUE))

    @remind_due.setter
    def remind_due(self, on: bool) -> None:
        self.set(REMIND_DUE, bool(on))

    @property
    def review_day(self) -> str:
        """ "off", or the weekday of the weekly review prompt ("monday"…"sunday")."""
        day = str(self.get(REVIEW_DAY)).strip().lower()
        return day if day in REVIEW_DAYS else str(REVIEW_DAY.default)

    @review_day.setter
    def review_day(self, day: str) -> None:
        self.set(REVIEW_DAY, day if day in REVIEW_DAYS else REVIEW_DAY.default)

    @property
    def review_weekday(self) -> int | None:
        """The review day as `date.weekday()` counts (Monday 0); None when off."""
        day = self.review_day
        return None if day == "off" else REVIEW_DAYS.index(day) - 1

    @property
    def keep_in_tray(self) -> bool:
        return bool(self.get(KEEP_IN_TRAY))

    @keep_in_tray.setter
    def keep_in_tray(self, on: bool) -> None:
        self.set(KEEP_IN_TRAY, bool(on))
