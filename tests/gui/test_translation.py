"""The second language (issue 19, point 4): the German translation is complete and compiled,
and with German chosen the real windows speak it, Qt's own buttons and the dates too.

Each test that loads a language puts English back (the `german` fixture), so the rest of
the suite keeps reading the source strings.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from trustjournal.gui.common import dates, language, theme
from trustjournal.gui.common.config import Config
from trustjournal.gui.dialogs.preferences import PreferencesDialog
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session
from trustjournal.gui.unlock.window import UnlockWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
GERMAN_TS = TRANSLATIONS / "trustjournal_de.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def _build_ui() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "tools" / "build_ui.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_ui", module)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()  # noqa: S314 - our own committed file
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert language.install("de", qapp) == "de"
    yield
    language.install("en", qapp)  # as tests/gui/conftest.py left it


def test_every_german_string_is_translated_with_its_placeholders() -> None:
    messages = _messages(GERMAN_TS)
    assert len(messages) > 300  # the forms, the actions, the windows wrapped so far
    problems = []
    for context, message in messages:
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        forms = (
            [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            text.strip() for text in forms
        ):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in forms:  # "{folder}" and "%n" must survive, or the GUI shows nonsense
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r} changes its placeholders")
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{context}: {source!r} needs German's two plural forms")
    assert not problems, "\n".join(problems)


def test_the_translations_hold_every_string_of_the_sources_and_are_compiled(
    tmp_path: Path,
) -> None:
    """lupdate finds nothing new in the sources, and each .qm is its .ts compiled."""
    assert _build_ui().stale_translations(tmp_path) == []


def test_with_german_chosen_the_unlock_window_speaks_german(
    german: None, config: Config, tmp_path: Path, qtbot: QtBot
) -> None:
    fresh = Session(tmp_path / "new-journal", config)
    window = UnlockWindow(fresh)
    qtbot.addWidget(window)
    window.prepare()
    window.show()
    assert window.windowTitle() == "Ihr Journal anlegen — TrustJournal"
    assert window.ui.createButton.text().replace("&", "") == "Journal anlegen"
    assert window.ui.newPassphrase.placeholderText() == "Ein paar Wörter ohne Zusammenhang"
    # Typed in the window: the mismatch line is ours, from Python, not from the form.
    window.ui.newPassphrase.setText("rote Fahrräder im Regen")
    window.ui.confirmPassphrase.setText("rote Fahrräder im Schnee")
    qtbot.waitUntil(lambda: "unterscheiden" in window.ui.matchLabel.text())
    fresh.close()


def test_with_german_chosen_preferences_speak_german_qt_buttons_too(
    german: None, session: Session, qtbot: QtBot
) -> None:
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Einstellungen — TrustJournal"
    assert dialog.ui.languageLabel.text().replace("&", "") == "Sprache:"
    assert "nächsten Start" in dialog.ui.languageHelp.text()
    # Qt's own words, from qtbase_de.qm.
    cancel = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"
    dialog.reject()


@pytest.mark.parametrize("look", ["light", "dark"])
def test_german_preferences_wrap_every_help_line_in_full(
    german: None, session: Session, qtbot: QtBot, qapp: QApplication, restore_look: None, look: str
) -> None:
    """German words are longer: the dialog grows its tabs until no help line is cut off."""
    theme.apply_theme(qapp, look)
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for page in range(dialog.ui.pages.count()):
        dialog.ui.pages.setCurrentIndex(page)
        QApplication.processEvents()
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
    dialog.reject()


def test_with_german_chosen_the_main_window_menus_and_counts_speak_german(
    german: None, session: Session, qtbot: QtBot
) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["Datei", "Bearbeiten", "Ansicht", "Hilfe"]
    assert window.app_actions.lock.text().replace("&", "") == "Sperren"
    window._show_inbox_count(1)
    assert window.app_actions.show_inbox.toolTip() == "1 Termin nachzutragen"
    window._show_inbox_count(3)
    assert window.app_actions.show_inbox.toolTip() == "3 Termine nachzutragen"
    assert window.app_actions.show_inbox.iconText() == "Nachzutragen (3)"


def test_english_counts_say_one_in_the_singular(session: Session, qtbot: QtBot) -> None:
    """English has a plural-only translation, so that one meeting is not "1 meetings"."""
    window = MainWindow(session)
    qtbot.addWidget(window)
    window._show_inbox_count(1)
    assert window.app_actions.show_inbox.toolTip() == "1 meeting to write up"
    window._show_inbox_count(2)
    assert window.app_actions.show_inbox.toolTip() == "2 meetings to write up"


def test_dates_follow_german(german: None) -> None:
    assert dates.long_day(dt.date(2026, 3, 7)) == "7. März 2026"
    assert dates.day_range(dt.date(2026, 3, 7), dt.date(2026, 3, 9)) == "7.–9. März 2026"
    assert dates.long_moment(dt.datetime(2025, 3, 3, 14, 2)) == "3. März 2025 um 14:02"


def test_dates_stay_english_in_english(qapp: QApplication) -> None:
    assert language.current() == "en"
    assert dates.long_day(dt.date(2026, 3, 7)) == "7 March 2026"


def test_the_language_is_chosen_in_preferences_and_read_at_start(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(language.LANGUAGE_ENV, raising=False)
    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.ui.language.currentData() == "system"
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("de"))
    dialog.accept()
    assert session.config.language == "de"
    assert language.chosen(session.config.language) == "de"
    # Tests and screenshots choose without touching the settings.
    monkeypatch.setenv(language.LANGUAGE_ENV, "en")
    assert language.chosen(session.config.language) == "en"
    monkeypatch.setenv(language.LANGUAGE_ENV, "klingon")
    assert language.chosen("de") == "system"


def test_the_app_installs_the_chosen_language_before_building_its_windows(
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    restore_look: None,
) -> None:
    """`trustjournal-app` with TRUSTJOURNAL_LANGUAGE=de: the first window is already German."""
    from trustjournal.gui import app as app_module

    class Built(Exception):
        """Stops `main` once its first window exists, before the event loop."""

    titles: list[str] = []

    def first_window(path: Path, config: Config) -> None:
        fresh = Session(path, config)
        window = UnlockWindow(fresh)
        qtbot.addWidget(window)
        window.prepare()
        titles.append(window.windowTitle())
        fresh.close()
        raise Built

    monkeypatch.setenv(language.LANGUAGE_ENV, "de")
    monkeypatch.setattr(app_module.crash, "install", lambda _app: None)
    monkeypatch.setattr(app_module, "claim", lambda *_args, **_kwargs: object())
    monkeypatch.setattr(app_module, "Config", lambda: Config.use_folder(tmp_path / "settings"))
    monkeypatch.setattr(app_module, "App", first_window)
    try:
        with pytest.raises(Built):
            app_module.main(tmp_path / "journal")
    finally:
        language.install("en", qapp)
    assert titles == ["Ihr Journal anlegen — TrustJournal"]


def test_the_core_speaks_the_language_the_app_chose(qapp: QApplication) -> None:
    """One setting for both: the GUI's Qt translations and the core's gettext catalogue
    (tie flags, reasons, errors) switch together, and back."""
    from trustjournal.core import i18n
    from trustjournal.core.errors import JournalLocked
    from trustjournal.core.judgement.ties import FLAG_LABELS, Flag

    try:
        assert language.install("de", qapp) == "de"
        assert i18n.language() == "de"
        assert FLAG_LABELS[Flag.HONEST] == "Ehrlich"
        assert str(JournalLocked()) != str(_english(JournalLocked))
    finally:
        language.install("en", qapp)
    assert i18n.language() == "en"
    assert FLAG_LABELS[Flag.HONEST] == "Honest"


def _english(make: type[Exception]) -> Exception:
    from trustjournal.core import i18n

    before = i18n.language()
    i18n.use(None)
    try:
        return make()
    finally:
        i18n.use(before)
