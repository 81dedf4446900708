"""A hybrid logical clock: stamps that order every write, across devices (docs/sync.md).

A `Stamp` is `(wall_ms, counter, device)`, compared in that order: the wall time in
milliseconds a write happened at (as this device's clock said, but never earlier than any
stamp it had seen), a counter that orders writes in the same millisecond, and the device's
id that breaks the last tie. Every stamp a device makes is unique, so a stamp is also the
id of the version it stamps.

A `Clock` makes a device's stamps: `tick()` for a local write, `observe(stamp)` for each
stamp received. Its stamps never go backwards, whatever the machine's clock does, and the
next local stamp is after everything seen. A received stamp more than a day ahead of this
machine's clock is still accepted (refusing it would split the replicas) but reported as a
`Skew` the app can show ("the laptop's clock is 5 hours ahead").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from trustjournal.core.i18n import ngettext

# A received stamp this far ahead of this machine's clock is reported (strictly more).
SKEW_REPORT_MS = 24 * 60 * 60 * 1000


class Stamp(NamedTuple):
    """One write's place in the order of all writes. A tuple, so comparing, hashing and
    sorting the many stamps a merge handles are done in C."""

    wall_ms: int
    counter: int
    device: str


def wall_clock_ms() -> int:
    """This machine's clock, in milliseconds since the epoch."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class Skew:
    """A received stamp from `device` that was `ahead_ms` ahead of this machine's clock."""

    device: str
    ahead_ms: int

    @property
    def hours(self) -> int:
        return self.ahead_ms // 3_600_000

    def message(self, name: str) -> str:
        """The sentence for the leader, `name` being the device's name ("the laptop")."""
        hours = self.hours
        return ngettext(
            "The clock of {name} is {hours} hour ahead of this computer's. Its changes are "
            "applied, but will win over later ones until its clock is set right.",
            "The clock of {name} is {hours} hours ahead of this computer's. Its changes are "
            "applied, but will win over later ones until its clock is set right.",
            hours,
        ).format(name=name, hours=f"{hours:,}")


class Clock:
    """A device's hybrid logical clock.

    `last` is the greatest stamp made or seen (its device made this device's, so that the
    next tick is unique); give the one saved from the previous session so that a restart,
    or a machine clock set back, never repeats a stamp.
    """

    def __init__(
        self,
        device: str,
        now: Callable[[], int] = wall_clock_ms,
        last: Stamp | None = None,
    ) -> None:
        if not device:
            raise ValueError("a clock needs its device's id")
        self.device = device
        self._now = now
        self._wall = 0
        self._counter = -1
        if last is not None:
            self._wall, self._counter = last.wall_ms, last.counter
        self.skew: Skew | None = None  # the latest stamp received too far ahead, if any

    @property
    def last(self) -> Stamp:
        """The greatest stamp made or seen, as this device's (what to save)."""
        return Stamp(self._wall, max(self._counter, 0), self.device)

    def tick(self) -> Stamp:
        """A new stamp for a local write: after every stamp made or seen before."""
        now = self._now()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:  # the wall did not move (or went back): count on from the last stamp
            self._counter += 1
        return Stamp(self._wall, self._counter, self.device)

    def observe(self, stamp: Stamp) -> Skew | None:
        """Take in a received stamp: the next tick will come after it. Returns a `Skew`
        (also kept in `skew`) when it is more than a day ahead of this machine's clock."""
        if (stamp.wall_ms, stamp.counter) > (self._wall, self._counter):
            self._wall, self._counter = stamp.wall_ms, stamp.counter
        ahead = stamp.wall_ms - self._now()
        if ahead > SKEW_REPORT_MS:
            self.skew = Skew(stamp.device, ahead)
            return self.skew
        return None
