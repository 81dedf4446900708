"""How the app writes dates and times, in one place: "7 March 2026" in sentences and
headers, "7 Mar 2026" in lists, "14:02" (or "Tue 3 Mar, 14:02") for a moment; and a
date to and from a date field's QDate."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def long_day(day: dt.date) -> str:
    """'7 March 2026'."""
    return f"{day.day} {day:%B %Y}"


def short_day(day: dt.date) -> str:
    """'7 Mar 2026'."""
    return f"{day.day} {day:%b %Y}"


def day_range(start: dt.date, end: dt.date) -> str:
    """'7–9 Mar 2026', or '28 Feb – 2 Mar 2026' across months (one day: as `short_day`)."""
    if start == end:
        return short_day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{short_day(start)} – {short_day(end)}"


def moment(when: dt.datetime) -> str:
    """A time today ('14:02'), or with its day ('Tue 3 Mar, 14:02')."""
    if when.date() == dt.date.today():
        return f"{when:%H:%M}"
    return f"{when:%a} {when.day} {when:%b}, {when:%H:%M}"


def long_moment(when: dt.datetime) -> str:
    """'3 March 2025 at 14:02', in local time."""
    local = when.astimezone() if when.tzinfo else when
    return f"{long_day(local)} at {local:%H:%M}"


def to_qdate(day: dt.date) -> QDate:
    """A date for a QDateEdit."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A QDateEdit's date."""
    return dt.date(day.year(), day.month(), day.day())
