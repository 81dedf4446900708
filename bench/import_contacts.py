"""Measure a contacts import: 2,000 vCards (written by vobject) read, matched and applied.

Three cases, each in a fresh journal (key derivation not timed):
  new       2,000 contacts into an empty journal: every card added
  again     the same file imported a second time: every card known, nothing written
  overlap   2,000 contacts into a journal of 1,000 people, half of them the same names

"preview" is reading the file and matching every card (what the preview dialog waits
for), "apply" the one transaction that writes the chosen rows. The target (issue 17):
preview + apply <= 3 s.

    .venv/bin/python bench/import_contacts.py [--count N] [--runs N]

These are measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from vcard_samples import many, write  # noqa: E402

from trustjournal.core.exchange import vcard  # noqa: E402
from trustjournal.core.journal.service import Journal  # noqa: E402
from trustjournal.core.records import PersonDraft  # noqa: E402

TARGET_S = 3.0
PASSPHRASE = "bench contacts import passphrase 2026"


def timed(journal: Journal, path: Path) -> tuple[float, float, int]:
    start = time.perf_counter()
    found = vcard.preview(journal, path)
    previewed = time.perf_counter()
    done = vcard.apply(journal, found.rows)
    applied = time.perf_counter()
    return previewed - start, applied - previewed, done.added.get("people", 0)


def one_run(work: Path, count: int) -> dict[str, tuple[float, float, int]]:
    contacts = many(count)
    path = write(work / "contacts.vcf", contacts, "3.0")
    results = {}
    with Journal.create(work / "new", PASSPHRASE) as journal:
        results["new"] = timed(journal, path)
        results["again"] = timed(journal, path)
    with Journal.create(work / "overlap", PASSPHRASE) as journal:
        with journal.batch():
            for c in contacts[: count // 2]:
                journal.add_person(PersonDraft(c.name))
            for i in range(count // 2):
                journal.add_person(PersonDraft(f"Someone Else {i:04d}"))
        results["overlap"] = timed(journal, path)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            runs.append(one_run(Path(tmp), args.count))
    size = len(write(Path(tempfile.mkdtemp()) / "c.vcf", many(args.count)).read_bytes())
    print(f"{args.count:,} contacts ({size / 1024:,.0f} KiB of vCard 3.0), median of {args.runs}:")
    for case in ("new", "again", "overlap"):
        preview = statistics.median(r[case][0] for r in runs)
        apply = statistics.median(r[case][1] for r in runs)
        added = runs[0][case][2]
        total = preview + apply
        verdict = "ok" if total <= TARGET_S else "OVER"
        print(
            f"  {case:<8} preview {preview:5.2f} s  apply {apply:5.2f} s  "
            f"total {total:5.2f} s  ({added:,} added)  target {TARGET_S:.0f} s: {verdict}"
        )


if __name__ == "__main__":
    main()
