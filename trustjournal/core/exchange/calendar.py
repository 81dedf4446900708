"""Calendar in: the meetings of an iCalendar file (.ics, RFC 5545) worth writing up.

`read_calendar` reads the file with `icalendar`, expands recurrences with
`recurring_ical_events` over a period (by default the last `DEFAULT_DAYS` days up to today:
what `trustjournal import cal.ics` reads), and keeps the meetings with someone to write up:

- skipped: cancelled events (STATUS:CANCELLED, the whole series or one occurrence), events
  the leader declined, all-day holidays (by category or title), and personal blocks: an event
  with nobody besides the leader (no attendees, or only the organiser) is kept only when it
  is timed and its title names someone in the journal ("Lunch with Ana Diaz");
- large meetings (more than `LARGE_MEETING` other people) are skipped unless they are a
  retreat, summit or conference (which can become a gathering);
- rooms and resources are not attendees; the leader is not an attendee of their own
  meetings. The leader's addresses are the ones given (`me`), the calendar's name when it is
  an address (Google names an export after its owner), or else the one address found in
  most of the meetings (at least `OWNER_SHARE` of them, from `OWNER_MIN` meetings on).

Each occurrence is known by the event's UID and its RECURRENCE-ID (for an expanded
recurrence, the occurrence's original start, in UTC), so importing the same calendar again
adds nothing. Dates and times are shown in the machine's time zone (floating times as
written). `preview` matches attendees to people (core/journal/inbox.py) and says what is new;
`apply` writes the items (and the attendees chosen to become people) in one transaction.

A file that is not a calendar, not UTF-8 (or UTF-16 with a byte-order mark), malformed (an
event never closed, a line that is not a property, a start that is not a date) or too large
is refused with `ImportRefused` naming the line, before anything is written.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import hashlib
import re
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.core.exchange.formats import (
    Format,
    ImportRefused,
    Progress,
    Report,
    cancelled,
    size_checked,
)
from trustjournal.core.i18n import N_, LabelMap, _, day_text, ngettext
from trustjournal.core.journal.inbox import AttendeeIndex, is_retreat, propose_format, words
from trustjournal.core.records import CalendarItemRecord

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

DEFAULT_DAYS = 90  # the period read when none is chosen: the last 90 days up to today
MAX_CALENDAR_BYTES = 32 * 1024 * 1024  # ten years of a busy calendar is a few MB
MAX_OCCURRENCES = 50_000  # occurrences in the period; more: choose a shorter period
LARGE_MEETING = 20  # more other people than this: a town hall, not a conversation
OWNER_SHARE = 0.6
OWNER_MIN = 5
HOLIDAY_WORDS = frozenset(
    [
        "holiday",
        "holidays",
        "feiertag",
        "feiertage",
        "vacation",
        "bank-holiday",
        "jour-férié",
        "férié",
        "festivo",
    ]
)
NOT_PEOPLE = frozenset({"ROOM", "RESOURCE", "GROUP"})
# Calendars, not people, that appear as attendees (Google's group and resource calendars).
_NOT_PERSON_ADDRESS = re.compile(r"@(group|resource|import)\.calendar\.google\.com$", re.I)
_PROPERTY_LINE = re.compile(r"[A-Za-z0-9-]+[;:]")


class _SkipReasons(LabelMap[str]):
    """The reasons, translated when read ("with more than 12 people")."""

    def __getitem__(self, key: str) -> str:
        return super().__getitem__(key).format(n=LARGE_MEETING)


# Read one at a time after a count ("3 cancelled"); `skipped_sentence` makes whole phrases.
SKIP_REASONS: LabelMap[str] = _SkipReasons(
    {
        "cancelled": N_("cancelled"),
        "declined": N_("declined"),
        "holiday": N_("holidays"),
        "personal": N_("with nobody else"),
        "large": N_("with more than {n} people"),
    }
)
_SKIPPED = {  # the same with their count, as one phrase to translate
    "cancelled": N_("{n} cancelled"),
    "declined": N_("{n} declined"),
    "holiday": N_("{n} holidays"),
    "personal": N_("{n} with nobody else"),
    "large": N_("{n} with more than {limit} people"),
}


def skipped_sentence(skipped: Mapping[str, int]) -> str:
    """The events left out, by reason: "2 cancelled, 1 declined"."""
    return ", ".join(
        _(_SKIPPED[reason]).format(n=n, limit=LARGE_MEETING)
        for reason, n in sorted(skipped.items())
    )


@dataclass(frozen=True)
class Meeting:
    """One occurrence kept for the inbox."""

    uid: str
    recurrence_id: str
    date: dt.date
    start_time: str  # "09:30", "" all day
    title: str
    location: str
    attendees: tuple[tuple[str, str], ...]  # the others (name, e-mail), organiser first
    all_day: bool = False
    retreat: bool = False

    def item(self) -> CalendarItemRecord:
        return CalendarItemRecord(
            0,
            self.uid,
            self.recurrence_id,
            self.date,
            self.start_time,
            self.title,
            self.location,
            self.attendees,
        )


@dataclass
class Read:
    """What a calendar file holds for the period."""

    start: dt.date
    end: dt.date
    meetings: list[Meeting]
    skipped: Counter[str] = field(default_factory=Counter)
    events: int = 0  # occurrences in the period, before choosing


@dataclass
class CalendarPreview:
    """A read calendar, matched against the journal: what an import would add."""

    read: Read
    new: list[Meeting]  # not in the inbox yet
    already: int  # in the inbox already (whatever became of them)
    index: AttendeeIndex

    def unknown_attendees(self) -> list[tuple[str, str]]:
        """Attendees of the new meetings not in the journal, each once (by e-mail or name),
        most frequent first: the ones the leader may add as people."""
        count: Counter[tuple[str, str]] = Counter()
        first: dict[str, tuple[str, str]] = {}
        for m in self.new:
            for name, email in m.attendees:
                if self.index.match(name, email) is None:
                    key = email.casefold() or name.casefold()
                    first.setdefault(key, (name, email))
                    count[first[key]] += 1
        return [a for a, _n in count.most_common()]


def default_period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    today = today or dt.date.today()
    return today - dt.timedelta(days=DEFAULT_DAYS), today


# -- reading the file ---------------------------------------------------------------------


def _not_closed(name: str) -> str:
    return _("BEGIN:{name} is not closed (END:{name} is missing)").format(name=name)


def _refuse(name: str, line: int | None, what: str) -> ImportRefused:
    if line:
        return ImportRefused(
            _("{file}, line {line}: {what}. Nothing was imported.").format(
                file=name, line=line, what=what
            )
        )
    return ImportRefused(_("{file}: {what}. Nothing was imported.").format(file=name, what=what))


def decode(data: bytes, name: str) -> str:
    """The file's text: UTF-8 (with or without a byte-order mark), or UTF-16 with one."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _refuse(name, None, _("the UTF-16 text is damaged")) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _refuse(
            name,
            line,
            _(
                "the text is not UTF-8, the encoding calendars use (RFC 5545); export the "
                "calendar again as UTF-8"
            ),
        ) from None
    if "\x00" in text[:200]:
        raise _refuse(name, 1, _("the text looks like UTF-16 without a byte-order mark"))
    return text


def sniff(head: bytes, name: str) -> bool:
    """A calendar by its content: BEGIN:VCALENDAR first (after a byte-order mark or blanks)."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            text = head[len(bom) : len(bom) + 64].decode(codec, "ignore")
            return text.lstrip().upper().startswith("BEGIN:VCALENDAR")
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    return head.lstrip()[:15].upper() == b"BEGIN:VCALENDAR"


def _check_structure(text: str, name: str) -> list[int]:
    """Every component closed and every line a property; the line of each BEGIN:VEVENT."""
    stack: list[tuple[str, int]] = []
    events: list[int] = []
    seen_calendar = False
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        if not line or line[0] in " \t":
            continue  # blank, or folded onto the line before
        if not stack and not seen_calendar and line.strip().upper() != "BEGIN:VCALENDAR":
            raise _refuse(name, number, _("this is not a calendar (it must begin BEGIN:VCALENDAR)"))
        if not _PROPERTY_LINE.match(line):
            raise _refuse(name, number, _("this line is not an iCalendar property"))
        key, _sep, value = line.partition(":")
        key, value = key.strip().upper(), value.strip().upper()
        if key == "BEGIN":
            stack.append((value, number))
            seen_calendar = True
            if value == "VEVENT":
                events.append(number)
        elif key == "END":
            if not stack:
                raise _refuse(
                    name, number, _("END:{name} without a BEGIN:{name}").format(name=value)
                )
            top, at = stack.pop()
            if top != value:
                raise _refuse(name, at, _not_closed(top))
    if stack:
        top, at = stack[-1]
        raise _refuse(name, at, _not_closed(top))
    if not seen_calendar:
        raise _refuse(name, None, _("the file is empty: there is no calendar in it"))
    return events


_DATE = re.compile(r"(\d{8})")
_REPEATS = ("RRULE", "RDATE", "RECURRENCE-ID")


def _within(text: str, events_at: list[int], start: dt.date, end: dt.date) -> tuple[str, list[int]]:
    """The text less the single events that start days outside the period (a multi-year
    export read for 90 days parses a fraction of its events), and the lines of those kept.
    Repeating events, their exceptions and anything whose start cannot be read stay."""
    lines = text.split("\n")
    low, high = start - dt.timedelta(days=2), end + dt.timedelta(days=2)
    drop: set[int] = set()
    kept_at: list[int] = []
    for first in events_at:
        number, day, repeats = first, None, False
        while True:
            line = lines[number].rstrip("\r")  # the line after `number` (1-based)
            number += 1
            key = line.split(":", 1)[0].split(";", 1)[0].upper()
            if key == "END" and line.upper().startswith("END:VEVENT"):
                break
            if key in _REPEATS:
                repeats = True
            elif key == "DTSTART" and ":" in line:
                found = _DATE.match(line.rsplit(":", 1)[1].strip())
                with contextlib.suppress(ValueError):
                    day = dt.datetime.strptime(found.group(1), "%Y%m%d").date() if found else None
        if not repeats and day is not None and not low <= day <= high:
            drop.update(range(first, number + 1))
        else:
            kept_at.append(first)
    if not drop:
        return text, events_at
    return "\n".join(x for i, x in enumerate(lines, 1) if i not in drop), kept_at


def _address(value: Any) -> tuple[str, str, dict[str, str]]:
    """(name, e-mail, parameters) of an ATTENDEE or ORGANIZER."""
    text = str(value).strip()
    email = text[7:] if text.lower().startswith("mailto:") else ""
    if "@" not in email:
        email = ""
    params = {k.upper(): str(v) for k, v in getattr(value, "params", {}).items()}
    name = " ".join(params.get("CN", "").strip().strip('"').split())
    return name, email.strip().lower(), params


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _stamp(value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        return value.strftime("%Y%m%dT%H%M%S")
    return value.strftime("%Y%m%d")


def _categories(event: Any) -> list[str]:
    found: list[str] = []
    for value in _listed(event.get("CATEGORIES")):
        cats = getattr(value, "cats", None)
        found.extend(str(c) for c in (cats if cats is not None else [value]))
    return found


def _owners(calendars: Sequence[Any], me: Sequence[str]) -> set[str]:
    owners = {m.strip().lower() for m in me if m.strip()}
    counts: Counter[str] = Counter()
    meetings = 0
    for cal in calendars:
        calname = str(cal.get("X-WR-CALNAME", "")).strip().lower()
        if "@" in calname and " " not in calname:
            owners.add(calname)
        for event in cal.walk("VEVENT"):
            found = {_address(a)[1] for a in _listed(event.get("ATTENDEE"))}
            if event.get("ORGANIZER") is not None:
                found.add(_address(event.get("ORGANIZER"))[1])
            found.discard("")
            if len(found) >= 2:
                meetings += 1
                counts.update(found)
    top = counts.most_common(2)
    clear = len(top) == 1 or (len(top) == 2 and top[0][1] > top[1][1])
    if not owners and meetings >= OWNER_MIN and clear and top[0][1] >= OWNER_SHARE * meetings:
        owners.add(top[0][0])
    return owners


def _local(value: dt.date | dt.datetime, tz: dt.tzinfo | None) -> tuple[dt.date, str, bool]:
    if not isinstance(value, dt.datetime):
        return value, "", True
    if value.tzinfo is not None:
        value = value.astimezone(tz) if tz is not None else value.astimezone()
    return value.date(), value.strftime("%H:%M"), False


def read_calendar(
    data: bytes,
    name: str = "calendar.ics",
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    me: Sequence[str] = (),
    index: AttendeeIndex | None = None,
    tz: dt.tzinfo | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Read:
    """The meetings of the calendar `data` from `start` to `end` (both included; by default
    `default_period()`), chosen as the module says. `index` (the journal's people) lets a
    personal block whose title names someone be kept. Raises `ImportRefused`."""
    import icalendar
    import recurring_ical_events

    first, last = default_period()
    start, end = start or first, end or last
    if end < start:
        raise ImportRefused(_("The period ends before it starts; nothing was imported."))
    text = decode(data, name)
    events_at = _check_structure(text, name)
    text, events_at = _within(text, events_at, start, end)
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except (ValueError, KeyError, IndexError) as exc:
        raise _refuse(
            name, None, _("the calendar cannot be read ({error})").format(error=type(exc).__name__)
        ) from None
    events = [e for cal in calendars for e in cal.walk("VEVENT")]
    for number, event in zip(events_at, events, strict=False):
        for prop, _message in getattr(event, "errors", ()):
            what = (
                _("the event's {property} is not valid (it cannot be read)").format(property=prop)
                if prop
                else _("a line of this event (it cannot be read)")
            )
            raise _refuse(name, number, what)
        if event.get("DTSTART") is None:
            raise _refuse(name, number, _("an event without a start (DTSTART)"))
    if cancelled(cancel):
        raise ImportRefused(_("Import cancelled; nothing was imported."))
    owners = _owners(calendars, me)
    occurrences: list[Any] = []
    for cal in calendars:
        try:
            query = recurring_ical_events.of(cal)
            for occurrence in query.between(start - dt.timedelta(days=1), end + dt.timedelta(2)):
                occurrences.append(occurrence)
                if len(occurrences) > MAX_OCCURRENCES:
                    raise ImportRefused(
                        _(
                            "{file} has more than {limit} events in the period; choose a "
                            "shorter period. Nothing was imported."
                        ).format(file=name, limit=f"{MAX_OCCURRENCES:,}")
                    )
        except ImportRefused:
            raise
        except Exception as exc:
            what = _("a repeating event cannot be worked out ({error})")
            raise _refuse(name, None, what.format(error=type(exc).__name__)) from None
    result = Read(start, end, [])
    seen: set[tuple[str, str]] = set()
    total = len(occurrences)
    for done, event in enumerate(occurrences, 1):
        if done % 250 == 0:
            if cancelled(cancel):
                raise ImportRefused(_("Import cancelled; nothing was imported."))
            if progress is not None:
                progress(done, total)
        meeting = _meeting(event, owners, index, tz, start, end, result.skipped)
        if meeting is None:
            continue
        key = (meeting.uid, meeting.recurrence_id)
        if key not in seen:
            seen.add(key)
            result.meetings.append(meeting)
    result.events = sum(1 for e in occurrences if _in_period(e, tz, start, end))
    if progress is not None:
        progress(total, total)
    result.meetings.sort(key=lambda m: (m.date, m.start_time, m.title.casefold()))
    return result


def _in_period(event: Any, tz: dt.tzinfo | None, start: dt.date, end: dt.date) -> bool:
    day, _time, _all_day = _local(event.get("DTSTART").dt, tz)
    return start <= day <= end


def _meeting(
    event: Any,
    owners: set[str],
    index: AttendeeIndex | None,
    tz: dt.tzinfo | None,
    start: dt.date,
    end: dt.date,
    skipped: Counter[str],
) -> Meeting | None:
    day, time, all_day = _local(event.get("DTSTART").dt, tz)
    if not start <= day <= end:
        return None
    title = " ".join(str(event.get("SUMMARY", "")).split())
    location = " ".join(str(event.get("LOCATION", "")).split())
    categories = _categories(event)
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        skipped["cancelled"] += 1
        return None
    others: dict[str, tuple[str, str]] = {}
    for value in [event.get("ORGANIZER"), *_listed(event.get("ATTENDEE"))]:
        if value is None:
            continue
        person, email, params = _address(value)
        if email in owners:
            if params.get("PARTSTAT", "").upper() == "DECLINED":
                skipped["declined"] += 1
                return None
            continue
        if params.get("CUTYPE", "").upper() in NOT_PEOPLE or _NOT_PERSON_ADDRESS.search(email):
            continue
        if not person and not email:
            continue
        key = email or person.casefold()
        if key not in others or (person and not others[key][0]):
            others[key] = (person, email)
    retreat = is_retreat(title, location, categories)
    attendees = tuple(others.values())
    transparent = str(event.get("TRANSP", "")).upper() == "TRANSPARENT"
    if all_day and (_holiday(title, categories) or (transparent and not attendees)):
        skipped["holiday"] += 1
        return None
    if not attendees:
        named = _named_in_title(title, index) if not all_day else ()
        if not named:
            skipped["personal"] += 1
            return None
        attendees = named
    if len(attendees) > LARGE_MEETING and not retreat:
        skipped["large"] += 1
        return None
    return Meeting(
        _uid(event),
        _stamp(event["RECURRENCE-ID"].dt) if event.get("RECURRENCE-ID") is not None else "",
        day,
        time,
        title,
        location,
        attendees,
        all_day,
        retreat,
    )


def _holiday(title: str, categories: Sequence[str]) -> bool:
    found = words(title)
    for category in categories:
        found |= words(category)
    return bool(found & HOLIDAY_WORDS)


def _named_in_title(title: str, index: AttendeeIndex | None) -> tuple[tuple[str, str], ...]:
    if index is None or not title:
        return ()
    from trustjournal.core.judgement.mentions import NameIndex, PersonNames

    people = NameIndex(PersonNames(i, n) for i, n in index.names.items())
    found = [m.person for m in people.find(title) if m.person is not None]
    return tuple((index.names[i], "") for i in dict.fromkeys(found))


def _uid(event: Any) -> str:
    uid = " ".join(str(event.get("UID", "")).split())
    if uid:
        return uid
    # No UID (RFC 5545 requires one; some exports forget): the start and title stand in.
    basis = f"{event.get('DTSTART').to_ical()!r}|{event.get('SUMMARY', '')}"
    return "sha256:" + hashlib.sha256(basis.encode()).hexdigest()[:32]


# -- against the journal ------------------------------------------------------------------


def preview(
    journal: Journal,
    path: Path,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    me: Sequence[str] = (),
    tz: dt.tzinfo | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> CalendarPreview:
    """Read the calendar at `path` and compare it with the journal (reads only)."""
    size_checked(path, MAX_CALENDAR_BYTES)
    data = path.read_bytes()
    index = journal.attendee_index()
    read = read_calendar(
        data,
        path.name,
        start=start,
        end=end,
        me=me,
        index=index,
        tz=tz,
        progress=progress,
        cancel=cancel,
    )
    have = journal.calendar_keys()
    new = [m for m in read.meetings if (m.uid, m.recurrence_id) not in have]
    return CalendarPreview(read, new, len(read.meetings) - len(new), index)


def apply(
    journal: Journal,
    found: CalendarPreview,
    add_people: Sequence[tuple[str, str]] = (),
    cancel: threading.Event | None = None,
) -> list[int]:
    """Add the preview's new meetings (and the attendees chosen to become people) to the
    inbox in one transaction; returns the new items' ids."""
    if cancelled(cancel):
        raise ImportRefused(_("Import cancelled; nothing was imported."))
    return journal.add_calendar_items([m.item() for m in found.new], add_people)


def describe(m: Meeting, index: AttendeeIndex) -> str:
    """One line of the preview: date, time, title, and who (in the journal, or new)."""
    when = f"{day_text(m.date)} {m.start_time or _('all day')}"
    who = ", ".join(
        (
            index.names[i]
            if (i := index.match(n, e)) is not None
            else _("{attendee} (new)").format(attendee=e or n)
        )
        for n, e in m.attendees
    )
    return f"{when}  {m.title or _('(no title)')} — {who}"


def _report(found: CalendarPreview, written: bool) -> Report:
    read, index = found.read, found.index
    report = Report("ics", written=written)
    report.added = {"inbox": len(found.new)}
    report.skipped = found.already
    for m in found.new:
        report.lines.append(describe(m, index))
        report.rows.append(
            {
                "date": m.date.isoformat(),
                "time": m.start_time,
                "title": m.title,
                "location": m.location,
                "format": propose_format(len(m.attendees), m.title, m.location),
                "retreat": m.retreat,
                "attendees": [
                    {"name": n, "email": e, "person_id": index.match(n, e)} for n, e in m.attendees
                ],
            }
        )
    report.warnings.append(
        ngettext(
            "Period: {start} to {end}; {events} events, {meetings} with people to write up, "
            "{new} new to the inbox.",
            "Period: {start} to {end}; {events} events, {meetings} with people to write up, "
            "{new} new to the inbox.",
            read.events,
        ).format(
            start=day_text(read.start),
            end=day_text(read.end),
            events=read.events,
            meetings=len(read.meetings),
            new=len(found.new),
        )
    )
    if read.skipped:
        report.warnings.append(_("Skipped: {parts}.").format(parts=skipped_sentence(read.skipped)))
    unknown = found.unknown_attendees()
    if unknown:
        report.warnings.append(
            ngettext(
                "{n} attendees are not in the journal; the inbox shows them by e-mail (add "
                "them in the app's import preview).",
                "{n} attendees are not in the journal; the inbox shows them by e-mail (add "
                "them in the app's import preview).",
                len(unknown),
            ).format(n=len(unknown))
        )
    return report


@dataclass  # not frozen: `Format` declares plain attributes
class _CalendarFormat:
    name: str = "ics"
    label: str = "Calendar (iCalendar .ics)"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff(head, name)

    def run(
        self,
        journal: Journal,
        path: Path,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Report:
        """Import the meetings of the last `DEFAULT_DAYS` days into the inbox."""
        found = preview(journal, path, progress=progress, cancel=cancel)
        written = False
        if not dry_run and found.new:
            apply(journal, found, cancel=cancel)
            written = True
        return _report(found, written)


FORMATS: tuple[_CalendarFormat, ...] = (_CalendarFormat(),)

if TYPE_CHECKING:  # each of them is a `formats.Format`
    _checked: tuple[Format, ...] = FORMATS
