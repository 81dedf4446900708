"""Measure importing another journal: a 3,000-entry jrnl export and a 3,000-entry Day One zip.

Writes both files (in jrnl 4.6's and Day One's shapes, as tests/data/journals holds them:
each entry tags one or two of 60 people, some name them in their text only), then times
`Format.run` into a fresh journal: reading, the preview with its defaults, and writing
every conversation in one transaction. A second run over the same journal measures a
re-import (everything recognised, nothing added). Key derivation is not timed.

    .venv/bin/python bench/import_journals.py [--entries N] [--runs N]

Target: 3,000 entries in at most 3 s. These are measurements, not tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trustjournal.core.exchange import journals
from trustjournal.core.journal.service import Journal

TARGET_S = 3.0
FIRST = ["Nadia", "Marcus", "Priya", "Sam", "Émile", "Ana", "Tom", "Lena", "Omar", "Ines"]
LAST = ["Perez", "Webb", "Raman", "Okafor", "Dubois", "Lind"]
# the words of the notes (a note of 40 to 160 of them, about the size leaders write)
_SENTENCE = (
    "the board pushed back on the plan and she admitted the numbers were soft; we talked "
    "about hiring, the reorg, what failed last quarter and what I would do differently"
)
WORDS = tuple(_SENTENCE.split())


def _entries(count: int) -> list[tuple[dt.datetime, str, str, list[str]]]:
    rnd = random.Random(17)
    people = [f"{first}{last}".lower() for first in FIRST for last in LAST]
    start = dt.datetime(2021, 1, 1, 8, 0)
    found = []
    for i in range(count):
        when = start + dt.timedelta(hours=7 * i + rnd.randrange(5))
        who = rnd.sample(people, rnd.choice([1, 1, 1, 2]))
        title = f"Coffee with {' and '.join('@' + w for w in who)}."
        body = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(40, 160))) + "."
        tags = [f"@{w}" for w in who] + (["#candid"] if i % 5 == 0 else [])
        found.append((when, title, body, tags))
    return found


def write_jrnl(path: Path, count: int) -> None:
    entries = [
        {"title": t, "body": b, "date": w.strftime("%Y-%m-%d"), "time": w.strftime("%H:%M"),
         "tags": tags, "starred": False}
        for w, t, b, tags in _entries(count)
    ]  # fmt: skip
    counts: dict[str, int] = {}
    for e in entries:
        for tag in e["tags"]:  # type: ignore[attr-defined]
            counts[tag] = counts.get(tag, 0) + 1
    path.write_text(json.dumps({"tags": counts, "entries": entries}, indent=2))


def write_dayone(path: Path, count: int) -> None:
    entries = [
        {"uuid": f"{i:032X}", "creationDate": w.strftime("%Y-%m-%dT%H:%M:%SZ"),
         "timeZone": "Europe/Zurich", "text": f"# {t}\n{b}".replace(".", "\\."),
         "tags": [x.lstrip("@#") for x in tags], "starred": False}
        for i, (w, t, b, tags) in enumerate(_entries(count))
    ]  # fmt: skip
    doc = {"metadata": {"version": "1.0"}, "entries": entries}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Journal.json", json.dumps(doc, indent=2, separators=(",", " : ")))


def measure(fmt: journals.JournalFormat, path: Path, runs: int) -> None:
    firsts, agains = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            journal = Journal.create(Path(tmp) / "vault", "bench passphrase for imports")
            try:
                if fmt.name == "dayone":  # Day One tags are not people unless they are in
                    for tag in {t for e in journals.read(path, "dayone").entries for t in e.tags}:
                        from trustjournal.core.records import PersonDraft

                        journal.add_person(PersonDraft(tag.title()))
                began = time.perf_counter()
                report = fmt.run(journal, path)
                firsts.append(time.perf_counter() - began)
                began = time.perf_counter()
                again = fmt.run(journal, path)
                agains.append(time.perf_counter() - began)
                assert again.added["conversations"] == 0
            finally:
                journal.lock()
    print(
        f"{fmt.name:7} {report.added['conversations']:,} conversations, "
        f"{report.added['people']} new people: import median {statistics.median(firsts):.2f} s "
        f"(best {min(firsts):.2f}), re-import {statistics.median(agains):.2f} s "
        f"[target ≤ {TARGET_S:.0f} s]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        jrnl, dayone = Path(tmp) / "jrnl.json", Path(tmp) / "dayone.zip"
        write_jrnl(jrnl, args.entries)
        write_dayone(dayone, args.entries)
        print(f"{args.entries:,} entries: jrnl {jrnl.stat().st_size / 1e6:.1f} MB, "
              f"Day One zip {dayone.stat().st_size / 1e6:.1f} MB")  # fmt: skip
        measure(journals.JRNL, jrnl, args.runs)
        measure(journals.DAYONE, dayone, args.runs)


if __name__ == "__main__":
    main()
