"""Fixtures for the GUI tests (pytest-qt, offscreen; see tests/conftest.py).

`config` is a QSettings file in the test's own folder; `session` is an unlocked, empty
journal; `demo_session` an unlocked copy of the default demo journal (25 people, built
once per run and copied for each test).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from trustjournal.core.demo import builder as demo
from trustjournal.core.journal.service import Journal
from trustjournal.gui.common import language, theme
from trustjournal.gui.common.config import Config
from trustjournal.gui.notify import Desktop
from trustjournal.gui.session import Session
from trustjournal.gui.tray import Tray

DEMO_AS_OF = dt.date.today()  # the demo ends today, so "recent" means what the app shows


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> None:
    """English, as the app installs it at start: the plural forms ("1 honest tie")."""
    language.install("en", qapp)


@pytest.fixture(autouse=True)
def no_desktop_notifications(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reminder in a test never reaches the desktop of whoever runs the tests: no tray,
    and a session bus that is not connected (tests/gui/test_reminders.py brings its own)."""
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: False))
    monkeypatch.setattr(Desktop, "session_bus", staticmethod(lambda: QDBusConnection("none")))


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config.use_folder(tmp_path / "settings")


@pytest.fixture
def session(journal: Journal, config: Config, qapp: object) -> Iterator[Session]:
    s = Session(journal.path, config)
    s.attach(journal)
    yield s
    s.lock()
    s.worker.stop()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-template") / "vault"
    with Journal.create(path, PASSPHRASE) as journal:
        demo.build(journal, as_of=DEMO_AS_OF)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo-vault"
    shutil.copytree(demo_template, path)
    return path


@pytest.fixture
def demo_session(demo_path: Path, config: Config, qapp: object) -> Iterator[Session]:
    s = Session(demo_path, config)
    s.attach(Journal.open(demo_path, PASSPHRASE))
    yield s
    s.lock()
    s.worker.stop()


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    """Put the app's style, palette, font and stylesheet back for the tests that follow."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    font, sheet = QFont(qapp.font()), qapp.styleSheet()
    yield
    keeper = qapp.findChild(theme.ThemeKeeper, theme.ThemeKeeper.OBJECT_NAME)
    if isinstance(keeper, theme.ThemeKeeper):
        qapp.styleHints().colorSchemeChanged.disconnect(keeper.follow_system)
        if hasattr(qapp.styleHints(), "accessibility"):
            qapp.styleHints().accessibility().contrastPreferenceChanged.disconnect(
                keeper.follow_contrast
            )
        keeper.setParent(None)
        keeper.deleteLater()
    qapp.styleHints().unsetColorScheme()
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
