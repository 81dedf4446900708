"""The core's messages in the reader's language: Python's gettext, no Qt.

The core's user-facing sentences (tie reasons, next steps, errors, the reflection) are
marked with `_("…")` and `ngettext("…", "…", n)`; both look the language up when they are
*called*, so switching with `use()` after import changes every message made from then on.
Text kept in module-level tables is marked with `N_("…")` (which only marks it) and
translated where it is read: `LabelMap` does that for the label dictionaries.

The catalogues are trustjournal/locale/<lang>/LC_MESSAGES/trustjournal.mo, compiled from the
committed .po files by tools/build_locale.py. English is the source text, so it needs none.

The GUI calls `use(lang)` with the language it shows (its setting, else the system's); the
command line does the same from the environment (`from_environment`: TRUSTJOURNAL_LANGUAGE,
else the system's locale), and the tests follow TRUSTJOURNAL_LANGUAGE.

Dates in sentences: `day_text(d)` ("25 Sep 2026", "25. Sept. 2026") and `long_day_text(d)`
("25 September 2026", "25. September 2026"), the shapes the GUI's dates have
(gui/common/dates.py), from the catalogue, never from the C library's locale.

Machine output (the command line's JSON) is computed inside `machine()`: English source text
and ISO dates ("2026-09-25") whatever the reader's language, so the JSON a command prints is
the same in every language. The switch is per thread (a context variable).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import gettext
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar

DOMAIN = "trustjournal"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
ENV = "TRUSTJOURNAL_LANGUAGE"
SOURCE_LANGUAGE = "en"

# Where the language comes from when nothing chose it: the override, then POSIX's order.
SYSTEM_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE
_machine = contextvars.ContextVar("trustjournal_machine_text", default=False)  # per thread


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
    """The language in use ("en" when English, and inside `machine()`)."""
    return SOURCE_LANGUAGE if _machine.get() else _language


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the command line speaks, chosen as the GUI chooses it when its setting is
    "system": TRUSTJOURNAL_LANGUAGE (unless "system"), else the system's locale (the first of
    LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set; LANGUAGE may list several, "de:en").
    "C" and "POSIX" mean English. Returns the language now in use (see `use`)."""
    env = os.environ if environ is None else environ
    for name in (ENV, *SYSTEM_VARIABLES):
        value = env.get(name, "").strip()
        if name == ENV and value.lower() == "system":  # as the GUI's setting: the locale's
            continue
        if value:
            first = value.split(":")[0].split("@")[0]
            return use(None if first in ("C", "POSIX") or first.startswith("C.") else first)
    return use(None)


def style() -> tuple[str, bool]:
    """What the core's text depends on: the language, and whether it is for a machine (a
    memo of sentences is keyed by this)."""
    return language(), _machine.get()


@contextlib.contextmanager
def machine() -> Iterator[None]:
    """Inside (on this thread), the core's text is for a machine: English whatever the
    language in use, and `day_text`/`long_day_text` give ISO dates. For JSON output."""
    token = _machine.set(True)
    try:
        yield
    finally:
        _machine.reset(token)


def _(message: str) -> str:
    """`message` in the language in use."""
    return message if _machine.get() else _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of `singular`/`plural` for `n` in the language in use."""
    if _machine.get():
        return singular if n == 1 else plural
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks `message` for translation without translating it (for tables read later)."""
    return message


def lower_first(text: str) -> str:
    """`text` with its first letter in lower case, to follow a colon or start a clause: in
    English only (German nouns and the formal "Sie" keep their capital)."""
    return text[:1].lower() + text[1:] if language() == SOURCE_LANGUAGE else text


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


# The months for dates in sentences (judgement/wording.MONTHS is this tuple), and their
# abbreviations: "Sep" (German "Sept."); "May" is its own abbreviation, in German too (Mai).
LONG_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)
SHORT_MONTHS = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


def day_text(day: dt.date) -> str:
    """A date in a sentence or a list: "25 Sep 2026" ("25. Sept. 2026"); ISO inside
    `machine()`."""
    if _machine.get():
        return day.isoformat()
    month = _(SHORT_MONTHS[day.month - 1])
    # Translators: a date, "25 Sep 2026"; German "{day}. {month} {year}".
    return _("{day} {month} {year}").format(day=day.day, month=month, year=day.year)


def long_day_text(day: dt.date) -> str:
    """A date in full: "25 September 2026" ("25. September 2026"); ISO inside `machine()`."""
    if _machine.get():
        return day.isoformat()
    month = _(LONG_MONTHS[day.month - 1])
    return _("{day} {month} {year}").format(day=day.day, month=month, year=day.year)


use(os.environ.get(ENV))
