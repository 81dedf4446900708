"""Measure the readable export on the cached 20,000-conversation demo journal (1,000 people).

Uses the journal `bench/run.py` builds and caches (built here first if it is missing),
opened read-only. Times a whole export to a folder (Markdown pages + journal.json, written
and renamed into place) and to one .age file (the same as a tar in memory, then age's
scrypt passphrase encryption, whose cost does not depend on the journal: it is measured
alone too), and reading the journal.json back (parsing and checking every record; the
write into a fresh journal is `Journal.import_records`, measured by bench/backup.py's
restore). Target: an export in at most 5 s (issue 17).

    .venv/bin/python bench/export.py [--work DIR] [--runs N]

These are measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # the cached bench journal

from trustjournal.core.exchange import export, journal_json
from trustjournal.core.journal.service import Journal

TARGET_S = 5.0


def _timed(runs: int, fn: Callable[[int], object]) -> list[float]:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return times


def _line(label: str, times: list[float]) -> str:
    return (
        f"{label:<34} median {statistics.median(times):6.2f} s   best {min(times):6.2f} s   "
        f"worst {max(times):6.2f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=run.RESULTS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cached = run.prepare(
        args.work,
        run.DEFAULT_PEOPLE,
        run.DEFAULT_CONVERSATIONS,
        run.DEFAULT_SEED,
        rebuild=False,
        copy=False,
    ).path
    scratch = Path(tempfile.mkdtemp(prefix="export-bench-"))
    try:
        with Journal.open(cached, run.PASSPHRASE, readonly=True) as journal:
            folder = _timed(
                args.runs,
                lambda i: export.export_folder(journal, scratch / f"out{i}", as_of=run.AS_OF),
            )
            info = export.export_folder(journal, scratch / "sample", as_of=run.AS_OF)
            sealed = _timed(
                args.runs,
                lambda i: export.export_age(
                    journal, scratch / f"out{i}.age", run.PASSPHRASE, as_of=run.AS_OF
                ),
            )
            size = (scratch / "out0.age").stat().st_size
        import pyrage

        scrypt = _timed(args.runs, lambda i: pyrage.passphrase.encrypt(b"x", run.PASSPHRASE))
        data = (scratch / "sample" / journal_json.FILE_NAME).read_bytes()
        parse = _timed(args.runs, lambda i: journal_json.parse(data))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(
        f"Export of {info.counts['people']:,} people / {info.counts['conversations']:,} "
        f"conversations: {info.files:,} files, {info.size / 1e6:.1f} MB "
        f"(journal.json {len(data) / 1e6:.1f} MB); .age {size / 1e6:.1f} MB"
    )
    print(_line("to a folder", folder))
    print(_line("to one .age file", sealed))
    print(_line("  of which age's scrypt alone", scrypt))
    print(_line("journal.json read and checked", parse))
    worst = max(statistics.median(folder), statistics.median(sealed))
    print(f"target ≤ {TARGET_S:.0f} s: {'met' if worst <= TARGET_S else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
