"""Measure a calendar import: a year of meetings (3,000 occurrences, some of them weekly
series, in Berlin time and UTC, one to five attendees each) read, expanded and matched
(the preview), then written to the "To write up" inbox (apply), into a fresh journal with
150 people, half of them known by their e-mail. The calendar is made with icalendar's own
API (tests/calendar_files.py). Times exclude creating the journal (key derivation).

    .venv/bin/python bench/import_calendar.py [--runs N] [--events N]

These are measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import calendar_files as cf  # noqa: E402

from trustjournal.core.exchange import calendar as ics  # noqa: E402
from trustjournal.core.journal.service import Journal  # noqa: E402
from trustjournal.core.records import PersonDraft  # noqa: E402

TARGET_S = 3.0
YEAR = 2025


def one_run(folder: Path, data_path: Path) -> tuple[float, float, int, int]:
    journal = Journal.create(folder / "vault", "correct horse battery staple 42")
    try:
        for i in range(150):
            journal.add_person(PersonDraft(f"Person {i}"))
        journal.add_calendar_items([], [("", f"person{i}@example.com") for i in range(75)])
        began = time.perf_counter()
        found = ics.preview(
            journal, data_path, start=dt.date(YEAR, 1, 1), end=dt.date(YEAR, 12, 31)
        )
        previewed = time.perf_counter()
        ids = ics.apply(journal, found)
        applied = time.perf_counter()
        return previewed - began, applied - previewed, found.read.events, len(ids)
    finally:
        journal.lock()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--events", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data_path = cf.write(folder / "year.ics", cf.year_of_meetings(args.events, YEAR))
        size = data_path.stat().st_size
        results = []
        for n in range(args.runs):
            run_folder = folder / f"run{n}"
            run_folder.mkdir()
            results.append(one_run(run_folder, data_path))
    previews = [r[0] for r in results]
    applies = [r[1] for r in results]
    totals = [r[0] + r[1] for r in results]
    events, added = results[0][2], results[0][3]
    print(
        f"calendar: {events:,} occurrences in {YEAR}, {size / 1e6:.1f} MB; {added:,} to the inbox"
    )
    print(f"preview (read, expand, match): median {statistics.median(previews):.2f} s")
    print(f"apply (one transaction):        median {statistics.median(applies):.2f} s")
    total = statistics.median(totals)
    verdict = "within" if total <= TARGET_S else "OVER"
    print(
        f"total: median {total:.2f} s, worst {max(totals):.2f} s "
        f"({verdict} the {TARGET_S:.0f} s target)"
    )


if __name__ == "__main__":
    main()
