"""Non-secret preferences and window state, in one small class over QSettings.

Every key has a declared default here and nowhere else (Picard's `Config`). Nothing
secret or readable from the journal ever goes in: no names, no notes, no passphrase,
no key. Tests point QSettings at a temporary folder with `Config.use_folder`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from trustjournal.core.ties import CADENCE_DAYS, TieSettings

ORGANISATION = "TrustJournal"
APPLICATION = "TrustJournal"
THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    kind: type


AUTO_LOCK_MINUTES = Key("security/auto_lock_minutes", 5, int)
CADENCE = Key("ties/cadence_days", CADENCE_DAYS, int)
THEME = Key("look/theme", "system", str)
SIDEBAR_SORT = Key("sidebar/sort", "depth", str)
GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
STATE = Key("window/state", QByteArray(), QByteArray)
SPLITTER = Key("window/splitter", QByteArray(), QByteArray)


class Config:
    """Typed access to the app's QSettings. One instance per app."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

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
        return value if isinstance(value, key.kind) else key.default

    def set(self, key: Key, value: Any) -> None:
        self.qsettings.setValue(key.name, value)
        self.qsettings.sync()

    # -- the typed properties views use ---------------------------------------------------

    @property
    def auto_lock_minutes(self) -> int:
        return max(0, int(self.get(AUTO_LOCK_MINUTES)))  # 0: never

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self.set(AUTO_LOCK_MINUTES, int(minutes))

    @property
    def cadence_days(self) -> int:
        return max(7, int(self.get(CADENCE)))

    @cadence_days.setter
    def cadence_days(self, days: int) -> None:
        self.set(CADENCE, int(days))

    @property
    def theme(self) -> str:
        theme = str(self.get(THEME))
        return theme if theme in THEMES else "system"

    @theme.setter
    def theme(self, theme: str) -> None:
        self.set(THEME, theme if theme in THEMES else "system")

    def tie_settings(self) -> TieSettings:
        return TieSettings(cadence_days=self.cadence_days)
