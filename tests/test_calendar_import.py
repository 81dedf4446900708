"""Calendar in (issue 17, point 2): .ics files made with icalendar's own API and samples from
icalendar's and recurring-ical-events' test suites become the "To write up" inbox."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import calendar_files as cf
import pytest
from conftest import PASSPHRASE
from conftest import snapshot as _snapshot

from trustjournal.core.backup import archive as backup
from trustjournal.core.exchange import calendar as ics
from trustjournal.core.exchange import formats
from trustjournal.core.exchange.formats import ImportRefused
from trustjournal.core.journal.inbox import proposal, propose_format
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, PersonDraft

JANUARY = dict(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31), tz=cf.BERLIN)


def snapshot(folder: Path) -> dict[str, bytes]:
    """The vault's files, less SQLite's shared-memory index (reads touch it)."""
    return {k: v for k, v in _snapshot(folder).items() if not k.endswith("-shm")}


def read(cal: object, **kw: object) -> ics.Read:
    return ics.read_calendar(cal.to_ical(), "test.ics", **{**JANUARY, **kw})  # type: ignore[attr-defined,arg-type]


def by_uid(found: ics.Read) -> dict[str, list[ics.Meeting]]:
    out: dict[str, list[ics.Meeting]] = {}
    for m in found.meetings:
        out.setdefault(m.uid, []).append(m)
    return out


# -- reading: recurrences, time zones, what is kept --------------------------------------


def test_a_weekly_meeting_expands_with_its_moved_and_deleted_occurrences() -> None:
    found = read(cf.calendar(*cf.weekly_with_ana()))
    rows = [(m.date.isoformat(), m.start_time, m.title, m.recurrence_id) for m in found.meetings]
    assert rows == [
        ("2026-01-05", "09:30", "Weekly with Ana", "20260105T083000Z"),
        # moved from Monday 12th 09:30 to Tuesday 13th 14:00, known by its original start
        ("2026-01-13", "14:00", "Weekly with Ana (moved)", "20260112T083000Z"),
        # the 19th was deleted (EXDATE)
        ("2026-01-26", "09:30", "Weekly with Ana", "20260126T083000Z"),
    ]
    # The leader (the calendar's owner) is not an attendee of their own meetings.
    assert {m.attendees for m in found.meetings} == {(("Ana Diaz", "ana@example.com"),)}


def test_times_are_shown_in_the_leaders_time_zone() -> None:
    cal = cf.calendar(*cf.mixed_events())
    berlin = by_uid(read(cal))["utc-call"][0]
    assert (berlin.date, berlin.start_time) == (dt.date(2026, 1, 8), "18:00")
    tokyo = by_uid(read(cal, tz=dt.timezone(dt.timedelta(hours=9))))["utc-call"][0]
    assert (tokyo.date, tokyo.start_time) == (dt.date(2026, 1, 9), "02:00")


def test_what_is_kept_and_what_is_skipped() -> None:
    found = read(cf.calendar(*cf.mixed_events()))
    kept = by_uid(found)
    assert sorted(kept) == ["dinner", "retreat", "utc-call"]
    assert kept["dinner"][0].attendees == (
        ("Bob Stone", "bob@example.com"),
        ("Cleo Park", "cleo@example.org"),
    )  # the room is not a person
    assert kept["retreat"][0].all_day and kept["retreat"][0].retreat
    assert kept["retreat"][0].start_time == ""
    assert found.skipped == {
        "cancelled": 1,
        "declined": 1,
        "personal": 3,  # focus time, only me, a lunch naming nobody in the journal
        "holiday": 1,
        "large": 1,
    }
    assert found.events == 10  # the event next year is outside the period


def test_a_title_naming_someone_in_the_journal_is_kept(journal: Journal, tmp_path: Path) -> None:
    dana = journal.add_person(PersonDraft("Dana Reyes"))
    path = cf.write(tmp_path / "cal.ics", cf.calendar(*cf.mixed_events()))
    found = ics.preview(journal, path, **JANUARY)
    lunch = next(m for m in found.new if m.uid == "lunch-named")
    assert lunch.attendees == (("Dana Reyes", ""),)
    assert found.index.match(*lunch.attendees[0]) == dana.id


def test_the_default_period_is_the_last_90_days() -> None:
    assert ics.default_period(dt.date(2026, 3, 31)) == (dt.date(2025, 12, 31), dt.date(2026, 3, 31))
    today = dt.date.today()
    recent = cf.event(
        "recent",
        "Recent 1:1",
        dt.datetime.combine(today - dt.timedelta(days=3), dt.time(10)),
        attendees=[cf.me(), cf.address("x@example.com", "X")],
    )
    old = cf.event(
        "old",
        "Old 1:1",
        dt.datetime.combine(today - dt.timedelta(days=120), dt.time(10)),
        attendees=[cf.me(), cf.address("x@example.com", "X")],
    )
    found = ics.read_calendar(cf.calendar(recent, old).to_ical())
    assert [m.uid for m in found.meetings] == ["recent"]


# -- samples from the libraries' own test suites -------------------------------------------


def sample(name: str) -> bytes:
    return (cf.DATA / name).read_bytes()


EVER = dict(start=dt.date(2000, 1, 1), end=dt.date(2030, 1, 1), tz=cf.BERLIN)


def test_a_blackberry_invitation_from_icalendars_suite() -> None:
    found = ics.read_calendar(sample("property_params.ics"), **EVER)  # type: ignore[arg-type]
    [m] = found.meetings
    assert (m.date, m.start_time, m.title) == (dt.date(2012, 8, 14), "", "Test meeting from BB")
    # The organiser is also an attendee: once, with the name the attendee line gives.
    assert m.attendees == (
        ("RembrandDX", "rembrand@daxlab.com"),
        ("RembrandXS", "rembrand@xs4all.nl"),
        ("RembrandSB", "rembspam@xs4all.nl"),
    )


def test_an_alarms_attendee_is_not_a_meeting_attendee() -> None:
    found = ics.read_calendar(sample("alarm_google_future.ics"), **EVER)  # type: ignore[arg-type]
    assert found.meetings == [] and found.skipped == {"personal": 1}


def test_a_holiday_calendar_adds_nothing() -> None:
    found = ics.read_calendar(sample("Germany_Holidays.ics"), **EVER)  # type: ignore[arg-type]
    assert found.meetings == [] and found.skipped == {"holiday": 34}


def test_a_cancelled_occurrence_is_skipped() -> None:
    found = ics.read_calendar(sample("issue_18_cancel_status.ics"), **EVER)  # type: ignore[arg-type]
    assert found.skipped["cancelled"] == 1


def test_a_byte_order_mark_is_tolerated() -> None:
    assert ics.sniff(sample("bom_calendar.ics"), "x.ics")
    assert ics.read_calendar(sample("bom_calendar.ics"), **EVER).meetings == []  # type: ignore[arg-type]


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = cf.calendar(*cf.weekly_with_ana()).to_ical().decode().replace("Ana Diaz", "Ána Díaz")
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    assert ics.sniff(data[: formats.HEAD_BYTES], "cal.ics")
    found = ics.read_calendar(data, **JANUARY)  # type: ignore[arg-type]
    assert found.meetings[0].attendees == (("Ána Díaz", "ana@example.com"),)


def test_recognised_by_content_not_name(tmp_path: Path) -> None:
    path = cf.write(tmp_path / "export.txt", cf.calendar(*cf.weekly_with_ana()))
    assert formats.detect(path).name == "ics"
    fake = tmp_path / "not-a-calendar.ics"
    fake.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\n")
    assert not ics.sniff(fake.read_bytes(), fake.name)


# -- into the inbox: run, idempotence, dismissal -----------------------------------------


def january_file(tmp_path: Path) -> Path:
    return cf.write(tmp_path / "cal.ics", cf.calendar(*cf.weekly_with_ana(), *cf.mixed_events()))


def test_preview_apply_and_reimport_add_nothing_twice(journal: Journal, tmp_path: Path) -> None:
    ana = journal.add_person(PersonDraft("Ana Diaz"))
    path = january_file(tmp_path)
    found = ics.preview(journal, path, **JANUARY)
    assert len(found.new) == 6 and found.already == 0
    assert found.unknown_attendees() == [
        ("Bob Stone", "bob@example.com"),
        ("Cleo Park", "cleo@example.org"),
    ]
    ids = ics.apply(journal, found)
    assert len(ids) == 6 and journal.inbox_count() == 6
    items = journal.inbox()
    assert items[0].record.date == dt.date(2026, 1, 26)  # newest first
    assert {i.matched[0].id for i in items if i.record.uid == "weekly-ana"} == {ana.id}

    # Dismiss one, write one up; the same file again adds nothing and brings nothing back.
    journal.dismiss_calendar_item(items[0].record.id)
    again = ics.preview(journal, path, **JANUARY)
    assert again.new == [] and again.already == 6
    assert ics.apply(journal, again) == []
    assert journal.inbox_count() == 5
    assert [i.record.id for i in journal.inbox("dismissed")] == [items[0].record.id]


def test_run_dry_run_writes_nothing_and_reports(journal: Journal, tmp_path: Path) -> None:
    today = dt.date.today()
    cal = cf.calendar(
        cf.event(
            "r1",
            "Coffee with Ana",
            dt.datetime.combine(today - dt.timedelta(days=2), dt.time(9), tzinfo=cf.BERLIN),
            attendees=[cf.me(), cf.address("ana@example.com", "Ana Diaz")],
        ),
        cf.event(
            "r2",
            "Cancelled",
            dt.datetime.combine(today - dt.timedelta(days=1), dt.time(9), tzinfo=cf.BERLIN),
            attendees=[cf.me(), cf.address("ana@example.com", "Ana Diaz")],
            status="CANCELLED",
        ),
    )
    path = cf.write(tmp_path / "cal.ics", cal)
    journal.add_person(PersonDraft("Ana Diaz"))
    before = snapshot(journal.path)
    [fmt] = ics.FORMATS
    report = fmt.run(journal, path, dry_run=True)
    assert snapshot(journal.path) == before and journal.inbox_count() == 0
    assert not report.written and report.added == {"inbox": 1}
    assert report.lines[0].endswith("Coffee with Ana — Ana Diaz")
    assert report.rows[0]["attendees"][0]["person_id"] is not None
    assert report.rows[0]["format"] == "one_on_one"  # a coffee is no dinner
    assert "1 cancelled" in " ".join(report.warnings)
    done = fmt.run(journal, path)
    assert done.written and journal.inbox_count() == 1
    again = fmt.run(journal, path)
    assert not again.written and again.added == {"inbox": 0} and again.skipped == 1


# -- matching attendees to people -----------------------------------------------------------


def test_attendees_match_by_email_identity_name_alias_and_outlook_order(
    journal: Journal,
) -> None:
    emil = journal.add_person(PersonDraft("Émile Zola"))
    mo = journal.add_person(PersonDraft("Mohammed Jones", aliases=("Mo J",)))
    journal.add_person(PersonDraft("Sam Lee"))
    journal.add_person(PersonDraft("Sam  Lee Two", aliases=("Sam Lee 2",)))
    ids = journal.add_calendar_items([], [("Pat Kim", "pat@example.com")])
    assert ids == []
    pat = journal.person_by_name("Pat Kim")
    assert pat is not None
    index = journal.attendee_index()
    assert index.match("", "PAT@example.com") == pat.id  # the stored e-mail
    assert index.match("Someone Else", "pat@example.com") == pat.id  # e-mail first
    assert index.match("emile zola", "") == emil.id  # case and accents
    assert index.match("Zola, Émile", "") == emil.id  # Outlook's "Last, First"
    assert index.match("Mo J", "mo@example.com") == mo.id  # an alias
    assert index.match("Sam Lee", "") is not None
    assert index.match("Nobody", "nobody@example.com") is None


def test_adding_attendees_as_people_uses_the_name_or_the_email(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana Diaz"))
    journal.add_calendar_items(
        [], [("", "jo.bloggs@example.com"), ("Ana Diaz", "ana@work.example.com")]
    )
    names = [p.name for p in journal.people()]
    assert names == ["Ana Diaz", "Jo Bloggs"]  # Ana gets the e-mail, no second Ana
    assert journal.attendee_index().match("", "ana@work.example.com") == ana.id


# -- the editor's pre-fill -------------------------------------------------------------------

FORMAT_ROWS = [
    # (others, title, location, format)
    (0, "Lunch with Dana", "", "dinner"),
    (1, "Catch-up", "", "one_on_one"),
    (1, "Catch-up", "Room 4", "one_on_one"),
    (2, "Catch-up", "", "group"),  # boundary: two others is a group
    (1, "Sync", "https://zoom.us/j/123", "call"),
    (3, "Sync", "https://meet.google.com/abc-def", "call"),
    (1, "Phone call with Bo", "", "call"),
    (1, "Sync", "+49 30 1234567", "call"),
    (1, "Sync", "Call 5", "call"),
    (2, "Dinner", "Zoom room", "dinner"),  # a dinner before a call
    (1, "Breakfast", "", "dinner"),
    (1, "Coffee with Ana", "Café Einstein", "one_on_one"),
    (4, "Team", "Trattoria Roma", "dinner"),
    (12, "Leadership offsite", "Zoom", "retreat_session"),  # a retreat before the rest
    (5, "CEO Summit day 2", "", "retreat_session"),
    (1, "Conference debrief", "", "retreat_session"),
    (1, "Conferences", "", "retreat_session"),
    (1, "Teamsync", "", "one_on_one"),  # whole words only
    (1, "Dinnerware review", "", "one_on_one"),
]


@pytest.mark.parametrize(("others", "title", "location", "expected"), FORMAT_ROWS)
def test_propose_format(others: int, title: str, location: str, expected: str) -> None:
    assert propose_format(others, title, location) == expected


def test_write_up_marks_written_and_remembers_emails(journal: Journal, tmp_path: Path) -> None:
    ana = journal.add_person(PersonDraft("Ana Diaz"))
    ics.apply(journal, ics.preview(journal, january_file(tmp_path), **JANUARY))
    item = next(i for i in journal.inbox() if i.record.uid == "weekly-ana")
    wanted = proposal(item)
    assert (wanted.people, wanted.date, wanted.format) == (
        (ana.id,),
        item.record.date,
        "one_on_one",
    )
    saved = journal.add_conversation(ConversationDraft(wanted.people, wanted.date, wanted.format))
    journal.mark_calendar_written(item.record.id, saved.id)
    assert item.record.id not in {i.record.id for i in journal.inbox()}
    [written] = journal.inbox("written")
    assert written.record.conversation_id == saved.id
    # Ana was matched by name; her calendar address now finds her whatever the name says.
    assert journal.attendee_index().match("A. D.", "ana@example.com") == ana.id


def test_a_retreat_becomes_a_gathering_with_its_people(journal: Journal, tmp_path: Path) -> None:
    bob = journal.add_person(PersonDraft("Bob Stone"))
    ics.apply(journal, ics.preview(journal, january_file(tmp_path), **JANUARY))
    retreat = next(i for i in journal.inbox() if i.record.uid == "retreat")
    assert retreat.retreat
    assert proposal(retreat).format == "retreat_session"
    gathering = journal.calendar_gathering(retreat.record.id)
    assert (gathering.name, gathering.start_date, gathering.place) == (
        "Leadership offsite",
        dt.date(2026, 1, 20),
        "Schloss Elmau",
    )
    assert [p.id for p in gathering.people] == [bob.id]
    assert retreat.record.id not in {i.record.id for i in journal.inbox()}


def test_change_notices(journal: Journal, tmp_path: Path) -> None:
    seen: list[tuple[str, str]] = []
    journal.on_change(lambda c: seen.append((c.kind, c.action)))
    ids = ics.apply(journal, ics.preview(journal, january_file(tmp_path), **JANUARY))
    journal.dismiss_calendar_item(ids[0])
    assert seen == [("calendar_item", "added"), ("calendar_item", "updated")]


# -- bad input: a clear message, nothing written ------------------------------------------

GOOD = cf.calendar(*cf.weekly_with_ana()).to_ical()


def _missing_end() -> bytes:
    return GOOD.replace(b"END:VEVENT\r\n", b"", 1)


def _huge(path: Path) -> None:
    with path.open("wb") as f:
        f.write(GOOD)
        f.truncate(ics.MAX_CALENDAR_BYTES + 1)  # sparse: no disk used


BAD_INPUTS = [
    # (name, bytes or a writer, words the message must contain)
    ("missing END:VEVENT", _missing_end(), ["line 5", "END:VEVENT is missing"]),
    ("bad DTSTART (icalendar's suite)", sample("broken_dtstart.ics"), ["line 4", "DTSTART"]),
    ("bad RRULE (icalendar's suite)", sample("issue_1081_invalid_rrule_freq.ics"), ["RRULE"]),
    (
        "no DTSTART",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n",
        ["line 3", "DTSTART"],
    ),
    (
        "a line that is no property",
        GOOD.replace(b"SUMMARY:", b"this is prose SUMMARY:", 1),
        ["line", "not an iCalendar property"],
    ),
    ("END without BEGIN", GOOD + b"END:VEVENT\r\n", ["without a BEGIN"]),
    ("latin-1", GOOD.replace(b"Ana Diaz", "Ána Díaz".encode("latin-1")), ["not UTF-8", "line"]),
    ("UTF-16 without a mark", GOOD.decode().encode("utf-16-le"), ["UTF-16"]),
    ("empty", b"", ["empty"]),
    ("only blank lines", b"\r\n\r\n", ["empty"]),
    ("a vCard named .ics", b"BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n", ["not a calendar"]),
    ("a PNG named .ics", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["not UTF-8"]),
    ("huge", _huge, ["MB", "nothing was imported"]),
]


@pytest.mark.parametrize(("label", "content", "says"), BAD_INPUTS, ids=[r[0] for r in BAD_INPUTS])
def test_bad_input_is_refused_and_writes_nothing(
    journal: Journal, tmp_path: Path, label: str, content: object, says: list[str]
) -> None:
    journal.add_person(PersonDraft("Ana Diaz"))
    path = tmp_path / "calendar.ics"
    if callable(content):
        content(path)
    else:
        path.write_bytes(content)  # type: ignore[arg-type]
    before = snapshot(journal.path)
    with pytest.raises(ImportRefused) as refused:
        ics.FORMATS[0].run(journal, path)
    message = str(refused.value)
    for words in says:
        assert words.casefold() in message.casefold(), message
    assert "nothing was imported" in message.casefold()
    assert snapshot(journal.path) == before
    assert journal.inbox_count() == 0 and len(journal.people()) == 1


def test_cancel_writes_nothing(journal: Journal, tmp_path: Path) -> None:
    import threading

    stop = threading.Event()
    stop.set()
    with pytest.raises(ImportRefused, match="cancelled"):
        ics.FORMATS[0].run(journal, january_file(tmp_path), cancel=stop)
    assert journal.calendar_keys() == set()


# -- backups carry the inbox ------------------------------------------------------------------


def test_backup_round_trip_keeps_the_inbox(journal: Journal, tmp_path: Path) -> None:
    journal.add_person(PersonDraft("Ana Diaz"))
    ids = ics.apply(journal, ics.preview(journal, january_file(tmp_path), **JANUARY))
    journal.dismiss_calendar_item(ids[1])
    journal.add_calendar_items([], [("Bob Stone", "bob@example.com")])
    before = {s: journal.inbox(s) for s in ("open", "dismissed", "written")}
    out = tmp_path / "b.tjbackup"
    backup.make(journal, out)
    into = backup.restore(out, PASSPHRASE, tmp_path / "restored")
    with Journal.open(into, PASSPHRASE) as restored:
        assert {s: restored.inbox(s) for s in before} == before
        assert restored.attendee_index().match("", "bob@example.com") is not None
        # Restored, the same file still adds nothing.
        again = ics.preview(restored, tmp_path / "cal.ics", **JANUARY)
        assert again.new == []


def test_a_series_begun_years_ago_still_repeats_into_the_period() -> None:
    old_series = cf.event(
        "since-2020",
        "Monthly with Ana",
        dt.datetime(2020, 1, 15, 10, 0, tzinfo=cf.BERLIN),
        attendees=[cf.me(), cf.address("ana@example.com", "Ana Diaz")],
        rrule={"freq": "monthly"},
    )
    old_single = cf.event(
        "single-2020",
        "Old meeting",
        dt.datetime(2020, 1, 16, 10, 0, tzinfo=cf.BERLIN),
        attendees=[cf.me(), cf.address("ana@example.com", "Ana Diaz")],
    )
    found = read(cf.calendar(old_series, old_single))
    assert [(m.uid, m.date) for m in found.meetings] == [("since-2020", dt.date(2026, 1, 15))]
