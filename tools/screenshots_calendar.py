"""Render the calendar import preview and the To write up page on the demo journal, light
and dark (a calendar of made-up meetings with the demo's people, made with icalendar).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_calendar.py [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshots as base  # the demo, the window and the grabbing
from icalendar import Calendar, Event, vCalAddress
from PySide6.QtWidgets import QApplication

from trustjournal.core.demo import builder as demo
from trustjournal.core.journal.service import Journal
from trustjournal.gui.app import make_application
from trustjournal.gui.common import theme
from trustjournal.gui.common.config import Config
from trustjournal.gui.exchange.calendar_dialog import CalendarImportDialog
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session

ZONE = ZoneInfo("Europe/Berlin")
ME = "leader@example.com"


def _who(email: str, name: str) -> vCalAddress:
    a = vCalAddress(f"mailto:{email}")
    a.params["CN"] = name
    return a


def demo_calendar(names: list[str], today: dt.date) -> bytes:
    def mail(name: str) -> str:
        return name.lower().replace(" ", ".") + "@example.com"

    cal = Calendar()
    cal.add("prodid", "-//TrustJournal screenshots//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", ME)
    rows = [
        (2, 9, 30, "1:1 with " + names[0], [names[0]], "", 30),
        (3, 19, 0, "Dinner after the board call", [names[1], names[2]], "Brasserie Lipp", 120),
        (5, 14, 0, "Quarterly check-in", [names[3]], "https://meet.google.com/abc-defg", 45),
        (8, 0, 0, "Leadership offsite", [names[4], names[5], "Noor Haddad"], "Schloss Elmau", 0),
        (9, 11, 0, "Hiring sync", [names[6], "Priya Raman", "Jonas Weber"], "Room 4", 60),
        (12, 8, 0, "Breakfast with " + names[7], [names[7]], "Café Einstein", 60),
        (15, 16, 0, "Vendor pitch", ["Alex Morgan"], "", 30),
    ]
    for n, (ago, hour, minute, title, people, place, minutes) in enumerate(rows):
        day = today - dt.timedelta(days=ago)
        e = Event()
        e.add("uid", f"shot-{n}@example.com")
        e.add("dtstamp", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        e.add("summary", title)
        if minutes:
            start = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZONE)
            e.add("dtstart", start)
            e.add("dtend", start + dt.timedelta(minutes=minutes))
        else:
            e.add("dtstart", day)
            e.add("dtend", day + dt.timedelta(days=2))
        if place:
            e.add("location", place)
        e.add("organizer", _who(ME, "The Leader"))
        e.add("attendee", _who(ME, "The Leader"))
        for name in people:
            e.add("attendee", _who(mail(name), name))
        cal.add_component(e)
    return cal.to_ical()


def shoot(out: Path, scheme: str, work: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    config = Config.use_folder(work / f"settings-{scheme}")
    config.theme = scheme
    theme.apply_theme(app, scheme)
    vault = work / f"demo-{scheme}"
    journal = Journal.create(vault, base.PASSPHRASE)
    demo.build(journal, as_of=dt.date.today())
    session = Session(vault, config)
    session.is_demo = False
    window = MainWindow(session)
    session.attach(journal)
    window.resize(base.SIZE)
    window.show()
    names = session.call(lambda j: [p.name for p in j.people()][:8])
    path = work / f"calendar-{scheme}.ics"
    path.write_bytes(demo_calendar(names, dt.date.today()))
    dialog = CalendarImportDialog(session, path, window)
    dialog.show()
    base.wait_for(app, lambda: dialog._ticket is None)
    dialog.people.setData(dialog.people.index(0), 2, 10)  # tick the first (CheckStateRole)
    base.save(app, dialog, out / f"calendar-import-{scheme}.png", session)
    dialog.apply()
    base.wait_for(app, lambda: dialog.added is not None)
    window.inbox.reload()
    window.show_inbox()
    base.wait_for(app, lambda: window.inbox.count > 0)
    model = window.inbox.model
    offsite = next(
        i for i in range(model.rowCount()) if model.index(i).data() == "Leadership offsite"
    )
    window.inbox.list.setCurrentIndex(model.index(offsite))
    base.save(app, window, out / f"inbox-{scheme}.png", session)
    window.inbox.list.setCurrentIndex(model.index(0))
    window.inbox.write_up()
    base.wait_for(app, session.idle)
    base.save(app, window, out / f"inbox-write-up-{scheme}.png", session)
    session.close()
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=base.OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    make_application([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        for scheme in ("light", "dark"):
            shoot(args.out, scheme, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
