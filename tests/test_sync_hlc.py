"""The hybrid logical clock (docs/sync.md, "Clock"): stamps never go backwards, the next
local stamp follows everything seen, and a stamp a day ahead is reported."""

from __future__ import annotations

import pytest

from trustjournal.core.sync.hlc import SKEW_REPORT_MS, Clock, Skew, Stamp

HOUR = 3_600_000


class FakeTime:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_order_by_wall_then_counter_then_device() -> None:
    assert Stamp(1, 9, "z") < Stamp(2, 0, "a")
    assert Stamp(5, 0, "z") < Stamp(5, 1, "a")
    assert Stamp(5, 1, "a") < Stamp(5, 1, "b")
    assert sorted([Stamp(5, 1, "b"), Stamp(5, 1, "a"), Stamp(4, 7, "c")])[0] == Stamp(4, 7, "c")


def test_writes_in_one_millisecond_count_up() -> None:
    now = FakeTime(1000)
    clock = Clock("A", now)
    assert [clock.tick() for _ in range(3)] == [
        Stamp(1000, 0, "A"),
        Stamp(1000, 1, "A"),
        Stamp(1000, 2, "A"),
    ]
    now.ms = 1001
    assert clock.tick() == Stamp(1001, 0, "A")


def test_a_clock_set_back_never_makes_an_earlier_stamp() -> None:
    now = FakeTime(10 * HOUR)
    clock = Clock("A", now)
    before = clock.tick()
    now.ms = 7 * HOUR  # the machine's clock set back three hours
    after = [clock.tick() for _ in range(3)]
    assert after == [Stamp(10 * HOUR, n, "A") for n in (1, 2, 3)]
    assert all(before < stamp for stamp in after)
    now.ms = 10 * HOUR + 1  # time catches up: the wall moves again
    assert clock.tick() == Stamp(10 * HOUR + 1, 0, "A")


def test_a_restarted_clock_goes_on_from_its_saved_last_stamp() -> None:
    first = Clock("A", FakeTime(5000))
    first.tick()
    saved = first.tick()
    again = Clock("A", FakeTime(4000), last=first.last)  # restarted, clock set back
    assert again.tick() > saved
    assert Clock("A", FakeTime(9000), last=saved).tick() == Stamp(9000, 0, "A")


@pytest.mark.parametrize(
    ("local_ms", "received", "expected"),
    [
        (1000, Stamp(1000, 0, "B"), Stamp(1000, 1, "A")),  # equal wall and counter
        (1000, Stamp(1000, 5, "B"), Stamp(1000, 6, "A")),  # equal wall, counter ahead
        (1000, Stamp(3000, 2, "B"), Stamp(3000, 3, "A")),  # a sender ahead pulls us on
        (5000, Stamp(3000, 2, "B"), Stamp(5000, 0, "A")),  # a sender behind changes nothing
    ],
)
def test_the_next_stamp_follows_every_stamp_received(
    local_ms: int, received: Stamp, expected: Stamp
) -> None:
    clock = Clock("A", FakeTime(local_ms))
    clock.observe(received)
    stamp = clock.tick()
    assert stamp == expected
    assert stamp > received


def test_observing_an_older_stamp_does_not_move_the_clock_back() -> None:
    clock = Clock("A", FakeTime(5000))
    mine = clock.tick()
    clock.observe(Stamp(10, 0, "B"))
    assert clock.tick() == Stamp(5000, mine.counter + 1, "A")


@pytest.mark.parametrize(
    ("ahead_ms", "reported"),
    [
        (0, False),
        (5 * HOUR, False),  # applied, the clocks pulled forward, but not worth a word
        (SKEW_REPORT_MS, False),  # exactly a day: not yet
        (SKEW_REPORT_MS + 1, True),
        (30 * HOUR, True),
    ],
)
def test_a_stamp_more_than_a_day_ahead_is_reported(ahead_ms: int, reported: bool) -> None:
    now = FakeTime(100 * HOUR)
    clock = Clock("A", now)
    received = Stamp(now.ms + ahead_ms, 0, "laptop")
    skew = clock.observe(received)
    assert (skew is not None) is reported
    assert clock.skew == skew
    assert clock.tick() > received  # applied all the same
    if skew is not None:
        assert skew == Skew("laptop", ahead_ms)


def test_the_skew_message_names_the_device_and_the_hours() -> None:
    assert (
        Skew("x", 30 * HOUR + 5)
        .message("the laptop")
        .startswith("The clock of the laptop is 30 hours ahead of this computer's.")
    )
    assert "1 hour ahead" in Skew("x", HOUR).message("the laptop")


def test_a_clock_needs_a_device() -> None:
    with pytest.raises(ValueError, match="device"):
        Clock("")
