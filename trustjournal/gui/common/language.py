"""Which language the GUI speaks: a QTranslator for the app's own strings and one for Qt's
(OK, Cancel, the context menus of text fields), installed before any window is built.

The choice is Preferences' "Language" (`system`, `en` or `de`; it takes effect at the next
start, since every window translates its words once, when it is built), or for tests and
screenshots the environment: TRUSTJOURNAL_LANGUAGE=de. "system" follows QLocale.system().

The app's translations are compiled from resources/translations/trustjournal_LANG.ts into
the Qt resource module (`make forms`, tools/build_ui.py), so a wheel and a bundle carry them
as they carry the icons; Qt's own come from where Qt keeps them (QLibraryInfo).

`install` also makes the chosen locale Qt's default, so dates (gui/common/dates.py) and
numbers in spin boxes follow it. The core never imports Qt: its messages stay English.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trustjournal.core import i18n
from trustjournal.gui.common.config import LANGUAGES

# Importing the generated module registers ":/translations" (by name, as gui/common/icons.py).
importlib.import_module("trustjournal.gui.resources_rc")

LANGUAGE_ENV = "TRUSTJOURNAL_LANGUAGE"
TRANSLATED = ("de",)  # languages with a trustjournal_LANG.qm (and "en": its plurals)
RESOURCE_DIR = ":/translations"
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context` (lupdate finds the call by its name);
    translate it where it is shown, with QCoreApplication.translate(context, source).
    Qt's own returns `object` to type checkers; this one says str."""
    return source


_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)
_spoken = ["en"]  # the language `install` last made the GUI speak


def chosen(setting: str) -> str:
    """The language asked for: the environment's, else the setting's (`system`, `en`, `de`)."""
    override = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    choice = override or setting
    return choice if choice in LANGUAGES else "system"


def locale_for(choice: str) -> QLocale:
    """The locale a choice means: the system's for "system", else the language's own."""
    if choice == "system":
        return QLocale.system()
    if choice == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return ENGLISH


def language_code(locale: QLocale) -> str:
    """'de' for any German locale, else 'en' (the language the source strings are in)."""
    code = locale.name().split("_")[0]
    return code if code in TRANSLATED else "en"


def install(choice: str, app: QCoreApplication | None = None) -> str:
    """Install the translators for `choice` (see `chosen`) and make its locale the default;
    return the language now spoken ('en' when nothing needed loading or nothing loaded).
    Replaces what an earlier call installed. The core's messages (tie reasons, errors, the
    reflection: gettext, core/i18n.py) follow the same language."""
    spoken = _install(choice, app)
    i18n.use(spoken)
    return spoken


def _install(choice: str, app: QCoreApplication | None) -> str:
    app = app or QCoreApplication.instance()
    uninstall(app)
    locale = locale_for(choice)
    code = language_code(locale)
    if choice == "en" and language_code(QLocale.system()) == "en":
        locale = QLocale.system()  # English as the system writes it (en_US: 12/31/26)
    # For "system" in, say, France: English words, the locale's own dates and numbers.
    QLocale.setDefault(locale)
    if app is None:
        return "en"
    ours = QTranslator()
    if not ours.load(f"trustjournal_{code}", RESOURCE_DIR):
        return "en"
    if code == "en":  # only the plural forms: "1 meeting", "2 meetings"
        app.installTranslator(ours)
        _installed.append(ours)
        return "en"
    qt = QTranslator()
    if any(qt.load(f"qtbase_{code}", folder) for folder in _qt_translations()):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)  # installed last: asked first
    _installed.append(ours)
    _spoken[0] = code
    return code


def _qt_translations() -> list[str]:
    """Where Qt's own .qm files may be: where Qt says, else inside the PySide6 package (a
    frozen bundle keeps them there, packaging/trustjournal.spec)."""
    package = Path(PySide6.__file__).parent
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(package / "Qt" / "translations"),
        str(package / "translations"),
    ]


def uninstall(app: QCoreApplication | None = None) -> None:
    """Back to the source strings and the system's locale (tests switch languages)."""
    app = app or QCoreApplication.instance()
    _spoken[0] = "en"
    i18n.use(None)
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def current() -> str:
    """The language installed now: 'de', or 'en' when no translation is."""
    return _spoken[0]
