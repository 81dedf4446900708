"""How the app writes dates and times, in one place: "7 March 2026" in sentences and
headers, "7 Mar 2026" in lists, "14:02" (or "Tue 3 Mar, 14:02") for a moment; and a
date to and from a date field's QDate.

In German (gui/common/language.py) the same shapes in the German way, with the month and
day names of QLocale: "7. März 2026", "7. Sept. 2026", "Di. 3. März, 14:02",
"3. März 2025 um 14:02"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

from trustjournal.gui.common import language

# Qt date patterns per translated language: (long day, short day, day and short month,
# weekday with day and month, time, "{day} at {time}").
PATTERNS = {
    "de": ("d. MMMM yyyy", "d. MMM yyyy", "d. MMM", "ddd d. MMM", "HH:mm", "{day} um {time}"),
}

# A date field's display format (QDateEdit), by language: the English one as the key.
FIELD_FORMATS = {
    "de": {"ddd d MMM yyyy": "ddd, d. MMM yyyy", "d MMM yyyy": "d. MMM yyyy"},
}


def field_format(english: str) -> str:
    """The display format of a date field in the GUI's language ("d MMM yyyy" in English)."""
    return FIELD_FORMATS.get(language.current(), {}).get(english, english)


def _patterns() -> tuple[str, ...] | None:
    return PATTERNS.get(language.current())


def _qt(day: dt.date, pattern: str) -> str:
    return QLocale().toString(to_qdate(day), pattern)


def _qt_time(when: dt.datetime, pattern: str) -> str:
    return QLocale().toString(QTime(when.hour, when.minute), pattern)


def long_day(day: dt.date) -> str:
    """'7 March 2026'."""
    if patterns := _patterns():
        return _qt(day, patterns[0])
    return f"{day.day} {day:%B %Y}"


def short_day(day: dt.date) -> str:
    """'7 Mar 2026'."""
    if patterns := _patterns():
        return _qt(day, patterns[1])
    return f"{day.day} {day:%b %Y}"


def day_month(day: dt.date) -> str:
    """'3 Dec' (the year left out: a recent day)."""
    if patterns := _patterns():
        return _qt(day, patterns[2])
    return f"{day.day} {day:%b}"


def day_range(start: dt.date, end: dt.date) -> str:
    """'7–9 Mar 2026', or '28 Feb – 2 Mar 2026' across months (one day: as `short_day`)."""
    if start == end:
        return short_day(start)
    if patterns := _patterns():
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}.–{short_day(end)}"
        if start.year == end.year:
            return f"{_qt(start, patterns[2])} – {short_day(end)}"
        return f"{short_day(start)} – {short_day(end)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{short_day(start)} – {short_day(end)}"


def moment(when: dt.datetime) -> str:
    """A time today ('14:02'), or with its day ('Tue 3 Mar, 14:02')."""
    if patterns := _patterns():
        time = _qt_time(when, patterns[4])
        return time if when.date() == dt.date.today() else f"{_qt(when, patterns[3])}, {time}"
    if when.date() == dt.date.today():
        return f"{when:%H:%M}"
    return f"{when:%a} {when.day} {when:%b}, {when:%H:%M}"


def long_moment(when: dt.datetime) -> str:
    """'3 March 2025 at 14:02', in local time."""
    local = when.astimezone() if when.tzinfo else when
    if patterns := _patterns():
        return patterns[5].format(day=long_day(local), time=_qt_time(local, patterns[4]))
    return f"{long_day(local)} at {local:%H:%M}"


def to_qdate(day: dt.date) -> QDate:
    """A date for a QDateEdit."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A QDateEdit's date."""
    return dt.date(day.year(), day.month(), day.day())
