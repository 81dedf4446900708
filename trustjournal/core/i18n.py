"""The core's messages in the reader's language: Python's gettext, no Qt.

The core's user-facing sentences (tie reasons, next steps, errors, the reflection) are
marked with `_("…")` and `ngettext("…", "…", n)`; both look the language up when they are
*called*, so switching with `use()` after import changes every message made from then on.
Text kept in module-level tables is marked with `N_("…")` (which only marks it) and
translated where it is read: `LabelMap` does that for the label dictionaries.

The catalogues are trustjournal/locale/<lang>/LC_MESSAGES/trustjournal.mo, compiled from the
committed .po files by tools/build_locale.py. English is the source text, so it needs none.

The GUI calls `use(lang)` with the language it shows (its setting, else the system's); the
command line and the tests follow the TRUSTJOURNAL_LANGUAGE environment variable.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar

DOMAIN = "trustjournal"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
ENV = "TRUSTJOURNAL_LANGUAGE"
SOURCE_LANGUAGE = "en"

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE


def available() -> tuple[str, ...]:
    """The languages with a compiled catalogue, and English."""
    found = sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return (SOURCE_LANGUAGE, *found)


def use(language: str | None) -> str:
    """Show the core's messages in `language` ("de", "de_DE", "de-AT"; None or "en":
    English). A language without a catalogue falls back to English. Returns the language
    now in use."""
    global _translations, _language
    code = (language or SOURCE_LANGUAGE).replace("-", "_").split(".")[0]
    candidates = [code, code.split("_")[0]]
    if candidates[-1] == SOURCE_LANGUAGE:
        _translations, _language = gettext.NullTranslations(), SOURCE_LANGUAGE
        return _language
    try:
        _translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=candidates)
    except OSError:  # no catalogue for this language: English
        _translations, _language = gettext.NullTranslations(), SOURCE_LANGUAGE
        return _language
    _language = candidates[-1] if not (LOCALE_DIR / code).is_dir() else code
    return _language


def language() -> str:
    """The language in use ("en" when English)."""
    return _language


def _(message: str) -> str:
    """`message` in the language in use."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of `singular`/`plural` for `n` in the language in use."""
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks `message` for translation without translating it (for tables read later)."""
    return message


def lower_first(text: str) -> str:
    """`text` with its first letter in lower case, to follow a colon or start a clause: in
    English only (German nouns and the formal "Sie" keep their capital)."""
    return text[:1].lower() + text[1:] if _language == SOURCE_LANGUAGE else text


K = TypeVar("K")


class LabelMap(Mapping[K, str]):
    """A read-only table of labels marked with `N_`, translated each time one is read."""

    def __init__(self, labels: Mapping[K, str]) -> None:
        self._labels = dict(labels)

    def __getitem__(self, key: K) -> str:
        return _(self._labels[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def source(self, key: K) -> str:
        """The English label, whatever the language."""
        return self._labels[key]


use(os.environ.get(ENV))
