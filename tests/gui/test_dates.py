"""How the app writes dates: one module, the same words on every page."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.gui.common import dates


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        (dt.date(2026, 3, 7), dt.date(2026, 3, 7), "7 Mar 2026"),  # one day
        (dt.date(2026, 1, 24), dt.date(2026, 1, 26), "24–26 Jan 2026"),  # one month
        (dt.date(2026, 1, 30), dt.date(2026, 2, 2), "30 Jan – 2 Feb 2026"),  # one year
        (dt.date(2025, 12, 30), dt.date(2026, 1, 2), "30 Dec 2025 – 2 Jan 2026"),  # two years
    ],
)
def test_a_range_says_each_part_once(start: dt.date, end: dt.date, shown: str) -> None:
    assert dates.day_range(start, end) == shown


def test_days_and_moments() -> None:
    day = dt.date(2026, 3, 7)
    assert dates.long_day(day) == "7 March 2026"
    assert dates.short_day(day) == "7 Mar 2026"
    today = dt.datetime.combine(dt.date.today(), dt.time(14, 2))
    assert dates.moment(today) == "14:02"
    assert dates.moment(dt.datetime(2026, 3, 3, 14, 2)) == "Tue 3 Mar, 14:02"
    assert dates.long_moment(dt.datetime(2025, 3, 3, 14, 2)) == "3 March 2025 at 14:02"
