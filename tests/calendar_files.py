"""Calendars for the tests, made with icalendar's own API (Calendar, Event, vCalAddress,
`to_ical()`): what Google, Apple or Outlook would export for a leader's meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress

BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.UTC
ME = "leader@example.com"
DATA = Path(__file__).parent / "data" / "calendar"


def address(email: str, name: str = "", **params: str) -> vCalAddress:
    a = vCalAddress(f"mailto:{email}")
    if name:
        a.params["CN"] = name
    for key, value in params.items():
        a.params[key.upper()] = value
    return a


def event(
    uid: str,
    summary: str,
    start: dt.date | dt.datetime,
    *,
    minutes: int = 60,
    attendees: Sequence[vCalAddress] = (),
    organizer: vCalAddress | None = None,
    location: str = "",
    **props: object,
) -> Event:
    e = Event()
    e.add("uid", uid)
    e.add("summary", summary)
    e.add("dtstamp", dt.datetime(2026, 1, 1, tzinfo=UTC))
    e.add("dtstart", start)
    if isinstance(start, dt.datetime):
        e.add("dtend", start + dt.timedelta(minutes=minutes))
    else:
        e.add("dtend", start + dt.timedelta(days=1))
    if location:
        e.add("location", location)
    if organizer is not None:
        e.add("organizer", organizer)
    for a in attendees:
        e.add("attendee", a)
    for key, value in props.items():
        e.add(key.replace("_", "-"), value)
    return e


def calendar(*events: Event, owner: str = ME) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//TrustJournal tests//icalendar//EN")
    cal.add("version", "2.0")
    if owner:
        cal.add("x-wr-calname", owner)  # as Google names an export after its owner
    for e in events:
        cal.add_component(e)
    return cal


def me(partstat: str = "ACCEPTED") -> vCalAddress:
    return address(ME, "The Leader", partstat=partstat)


def weekly_with_ana() -> list[Event]:
    """A weekly 1:1 in Berlin time, six times from Monday 5 January 2026: the 19th is
    deleted (EXDATE) and the 12th moved to Tuesday 13th at 14:00 (RECURRENCE-ID)."""
    ana = address("ana@example.com", "Ana Diaz")
    series = event(
        "weekly-ana",
        "Weekly with Ana",
        dt.datetime(2026, 1, 5, 9, 30, tzinfo=BERLIN),
        minutes=30,
        attendees=[me(), ana],
        organizer=address(ME, "The Leader"),
        rrule={"freq": "weekly", "count": 6},
        exdate=dt.datetime(2026, 1, 19, 9, 30, tzinfo=BERLIN),
    )
    moved = event(
        "weekly-ana",
        "Weekly with Ana (moved)",
        dt.datetime(2026, 1, 13, 14, 0, tzinfo=BERLIN),
        minutes=30,
        attendees=[me(), ana],
        organizer=address(ME, "The Leader"),
        recurrence_id=dt.datetime(2026, 1, 12, 9, 30, tzinfo=BERLIN),
    )
    return [series, moved]


def mixed_events() -> list[Event]:
    """One of each case the import decides about, in January 2026."""
    bob = address("bob@example.com", "Bob Stone")
    cleo = address("cleo@example.org", "Cleo Park")
    return [
        # In UTC: 17:00Z is 18:00 in Berlin.
        event(
            "utc-call",
            "Quarterly check-in",
            dt.datetime(2026, 1, 8, 17, 0, tzinfo=UTC),
            attendees=[me(), bob],
            organizer=bob,
            location="https://zoom.us/j/123",
        ),
        event(
            "dinner",
            "Dinner with Bob and Cleo",
            dt.datetime(2026, 1, 9, 19, 0, tzinfo=BERLIN),
            attendees=[me(), bob, cleo, address("room-3@example.com", "Room 3", cutype="ROOM")],
            location="Trattoria Roma",
        ),
        event(
            "cancelled",
            "Cancelled sync",
            dt.datetime(2026, 1, 10, 10, 0, tzinfo=BERLIN),
            attendees=[me(), bob],
            status="CANCELLED",
        ),
        event(
            "declined",
            "Vendor pitch",
            dt.datetime(2026, 1, 12, 11, 0, tzinfo=BERLIN),
            attendees=[me("DECLINED"), cleo],
            organizer=cleo,
        ),
        event("focus", "Focus time", dt.datetime(2026, 1, 14, 8, 0, tzinfo=BERLIN)),
        event(
            "only-me",
            "Prep board deck",
            dt.datetime(2026, 1, 14, 15, 0, tzinfo=BERLIN),
            organizer=address(ME, "The Leader"),
            attendees=[me()],
        ),
        event(
            "holiday",
            "Public holiday",
            dt.date(2026, 1, 6),
            transp="TRANSPARENT",
            categories=["Holidays"],
        ),
        event(
            "retreat",
            "Leadership offsite",
            dt.date(2026, 1, 20),
            attendees=[me(), bob, cleo],
            location="Schloss Elmau",
            categories=["Retreat"],
        ),
        event(
            "lunch-named",
            "Lunch with Dana Reyes",
            dt.datetime(2026, 1, 21, 12, 30, tzinfo=BERLIN),
        ),
        event(
            "town-hall",
            "All hands",
            dt.datetime(2026, 1, 22, 16, 0, tzinfo=BERLIN),
            attendees=[me()] + [address(f"p{i}@example.com", f"P {i}") for i in range(25)],
        ),
        event(
            "next-year",
            "Far future",
            dt.datetime(2027, 6, 1, 9, 0, tzinfo=BERLIN),
            attendees=[me(), bob],
        ),
    ]


def write(path: Path, cal: Calendar) -> Path:
    path.write_bytes(cal.to_ical())
    return path


def year_of_meetings(events: int = 3000, year: int = 2025) -> Calendar:
    """About `events` occurrences over a year: mostly single meetings with one to five
    people, plus weekly series (each ~50 occurrences), in Berlin time and UTC."""
    import random

    rng = random.Random(17)
    people = [address(f"person{i}@example.com", f"Person {i}") for i in range(300)]
    found: list[Event] = []
    series = 10
    for n in range(series):
        start = dt.datetime(year, 1, 5 + n % 5, 8 + n, 0, tzinfo=BERLIN)
        found.append(
            event(
                f"series-{n}",
                f"Weekly {n}",
                start,
                attendees=[me(), *rng.sample(people, 1 + n % 3)],
                rrule={"freq": "weekly", "until": dt.datetime(year, 12, 31, tzinfo=UTC)},
            )
        )
    singles = events - series * 52
    day0 = dt.datetime(year, 1, 1, 8, 0, tzinfo=BERLIN)
    for n in range(singles):
        start = day0 + dt.timedelta(days=rng.randrange(365), hours=rng.randrange(10))
        if n % 3 == 0:
            start = start.astimezone(UTC)
        found.append(
            event(
                f"single-{n}@example.com",
                rng.choice(["Catch-up", "Review", "Dinner", "Call", "Planning"]) + f" {n}",
                start,
                attendees=[me(), *rng.sample(people, 1 + n % 5)],
                location=rng.choice(["", "Room 4", "https://meet.google.com/abc"]),
            )
        )
    return calendar(*found)
