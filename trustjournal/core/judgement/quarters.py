"""Calendar quarters, written the way the reflection names them: `2026Q3`."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from trustjournal.core.errors import InvalidInput
from trustjournal.core.i18n import _

_PATTERN = re.compile(r"(\d{4})\s*[Qq]([1-4])")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1–4

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """`2026Q3` (also `2026q3`); anything else is refused with an example."""
        found = _PATTERN.fullmatch(text.strip())
        if not found or not 1 <= int(found.group(1)) <= 9998:
            raise InvalidInput(
                f"{text!r} is not a quarter: write the year and the quarter, like 2026Q3."
            )
        return cls(int(found.group(1)), int(found.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    @functools.cached_property
    def start(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @functools.cached_property
    def end(self) -> dt.date:
        """The quarter's last day."""
        return self.next().start - dt.timedelta(days=1)

    @property
    def months(self) -> tuple[dt.date, dt.date, dt.date]:
        """The first day of each of its three months."""
        first = 3 * self.number - 2
        return tuple(dt.date(self.year, first + i, 1) for i in range(3))  # type: ignore[return-value]

    @property
    def title(self) -> str:
        """'Q3 2026 · July–September'."""
        first = _(MONTHS[3 * self.number - 3])  # marked in wording.MONTHS
        last = _(MONTHS[3 * self.number - 1])
        return _("Q{number} {year} · {first}–{last}").format(
            number=self.number, year=self.year, first=first, last=last
        )

    def previous(self) -> Quarter:
        return Quarter(self.year, self.number - 1) if self.number > 1 else Quarter(self.year - 1, 4)

    def next(self) -> Quarter:
        return Quarter(self.year, self.number + 1) if self.number < 4 else Quarter(self.year + 1, 1)

    def back(self, count: int) -> Quarter:
        """The quarter `count` quarters before this one."""
        index = self.year * 4 + self.number - 1 - count
        return Quarter(index // 4, index % 4 + 1)


def check_started(quarter: Quarter, as_of: dt.date) -> Quarter:
    """`quarter`, unless it starts after `as_of`: a reflection never looks ahead."""
    if quarter.start > as_of:
        raise InvalidInput(
            _(
                "{quarter} has not started yet: the latest quarter to reflect on is {latest}."
            ).format(quarter=quarter, latest=Quarter.of(as_of))
        )
    return quarter


def last_complete(today: dt.date) -> Quarter:
    """The most recent quarter that has ended (the reflection's default)."""
    return Quarter.of(today).previous()
