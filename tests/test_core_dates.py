"""Dates in the core's sentences follow the language (issue 19): "25 Sep 2026" in English,
"25. Sept. 2026" in German, the shapes the GUI's dates have (gui/common/dates.py), from the
catalogue and not the C library's locale; machine output (JSON) keeps ISO and English. And
the command line chooses its language as the GUI does on "system"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from trustjournal.core import i18n
from trustjournal.core.judgement.reflection_report import as_json, as_text


@pytest.fixture
def german() -> Iterator[None]:
    assert i18n.use("de") == "de"
    yield
    i18n.use(None)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


DAYS = [
    # day, English short, English long, German short, German long
    ("2026-09-25", "25 Sep 2026", "25 September 2026", "25. Sept. 2026", "25. September 2026"),
    ("2026-03-07", "7 Mar 2026", "7 March 2026", "7. März 2026", "7. März 2026"),
    ("2026-05-01", "1 May 2026", "1 May 2026", "1. Mai 2026", "1. Mai 2026"),
    ("2026-06-09", "9 Jun 2026", "9 June 2026", "9. Juni 2026", "9. Juni 2026"),
    ("2026-07-31", "31 Jul 2026", "31 July 2026", "31. Juli 2026", "31. Juli 2026"),
    ("2025-12-31", "31 Dec 2025", "31 December 2025", "31. Dez. 2025", "31. Dezember 2025"),
    ("2027-01-01", "1 Jan 2027", "1 January 2027", "1. Jan. 2027", "1. Januar 2027"),
    ("2026-10-10", "10 Oct 2026", "10 October 2026", "10. Okt. 2026", "10. Oktober 2026"),
]


@pytest.mark.parametrize(("day", "short", "long", "de_short", "de_long"), DAYS)
def test_a_date_in_english(day: str, short: str, long: str, de_short: str, de_long: str) -> None:
    assert i18n.language() == "en"
    assert i18n.day_text(d(day)) == short
    assert i18n.long_day_text(d(day)) == long


@pytest.mark.parametrize(("day", "short", "long", "de_short", "de_long"), DAYS)
def test_a_date_in_german(
    german: None, day: str, short: str, long: str, de_short: str, de_long: str
) -> None:
    assert i18n.day_text(d(day)) == de_short
    assert i18n.long_day_text(d(day)) == de_long


def test_for_a_machine_dates_are_iso_and_words_english(german: None) -> None:
    with i18n.machine():
        assert i18n.day_text(d("2026-09-25")) == "2026-09-25"
        assert i18n.long_day_text(d("2026-03-07")) == "2026-03-07"
        assert i18n.language() == "en"
        assert i18n._("as of {date}") == "as of {date}"
        assert i18n.ngettext("{n} day ago", "{n} days ago", 1) == "{n} day ago"
    assert i18n.day_text(d("2026-09-25")) == "25. Sept. 2026"  # and back to German after


def test_the_reflection_text_has_the_reader_s_dates_its_json_stays_iso(german: None) -> None:
    from test_reflection_coach import ANA, World, honest

    from trustjournal.core.judgement.quarters import Quarter

    r = World(talks=honest(ANA, "2026-10-02"), quarter=Quarter(2026, 4)).reflect()
    assert as_text(r).splitlines()[0].endswith("Stand 1. Nov. 2026)")
    assert as_json(r)["as_of"] == "2026-11-01"


@pytest.mark.parametrize(
    ("environ", "spoken"),
    [
        ({"TRUSTJOURNAL_LANGUAGE": "de"}, "de"),
        ({"TRUSTJOURNAL_LANGUAGE": "en", "LANG": "de_DE.UTF-8"}, "en"),  # the override wins
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8@euro"}, "de"),
        ({"LANGUAGE": "de:en", "LANG": "en_GB.UTF-8"}, "de"),  # LANGUAGE before LANG
        ({"LC_ALL": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, "en"),  # LC_ALL before LANG
        ({"LC_MESSAGES": "de_CH.UTF-8", "LANG": "C.UTF-8"}, "de"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # no French catalogue: English
        ({"TRUSTJOURNAL_LANGUAGE": "", "LANG": "de_DE"}, "de"),  # empty: not set
        ({"TRUSTJOURNAL_LANGUAGE": "system", "LANG": "de_DE"}, "de"),  # as the GUI's setting
        ({}, "en"),
    ],
)
def test_the_command_line_language_comes_from_the_environment(
    environ: dict[str, str], spoken: str
) -> None:
    try:
        assert i18n.from_environment(environ) == spoken
        assert i18n.language() == spoken
    finally:
        i18n.use(None)
