"""Measure backup, verify and restore on the cached 20,000-conversation demo journal.

Uses the journal `bench/run.py` builds and caches (built here first if it is missing),
opened read-only so the cache is never written. Times exclude key derivation: `make`
and `verify` use the journal's own key (no KDF runs); a restore runs Argon2id twice
(opening the backup, sealing the new vault's header), so its time is given whole and
with two measured derivations taken off. Peak memory is what Python allocates during
each operation (tracemalloc, in a separate run so the timing is not slowed), and the
process's maximum resident size at the end.

    .venv/bin/python bench/backup.py [--work DIR] [--runs N]

These are measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # the cached bench journal

from trustjournal.core.backup import archive as backup
from trustjournal.core.journal.service import Journal
from trustjournal.core.store import header

TARGET_MAKE_S = 2.0
TARGET_VERIFY_S = 2.0
TARGET_RESTORE_S = 4.0


def _timed(runs: int, setup: Callable[[int], Any], action: Callable[[Any], object]) -> list[float]:
    times = []
    for i in range(runs):
        arg = setup(i)
        start = time.perf_counter()
        action(arg)
        times.append(time.perf_counter() - start)
    return times


def _peak(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


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
    scratch = Path(tempfile.mkdtemp(prefix="tj-backup-bench-", dir=args.work))
    try:
        with Journal.open(cached, run.PASSPHRASE, readonly=True) as journal:
            key = journal.backup_key()[1]
            out = scratch / "bench.tjbackup"

            def made(i: int) -> Path:
                return scratch / f"make-{i}.tjbackup"

            make_s = _timed(args.runs, made, lambda p: backup.make(journal, p))
            backup.make(journal, out)
            verify_s = _timed(args.runs, lambda i: out, lambda p: backup.verify(p, key=key))
            counts = backup.verify(out, key=key).counts
            restore_s = _timed(
                args.runs,
                lambda i: scratch / f"restored-{i}",
                lambda p: backup.restore(out, run.PASSPHRASE, p),
            )
            stanza = header.parse(out.read_bytes()[12 : 12 + header.SIZE])
            kdf_s = statistics.median(
                _timed(
                    3,
                    lambda i: None,
                    lambda _: header.derive_wrapping_key("x", stanza.salt, stanza.params),
                )
            )
            mem_make = _peak(lambda: backup.make(journal, scratch / "mem.tjbackup"))
            mem_verify = _peak(lambda: backup.verify(out, key=key))
            mem_restore = _peak(lambda: backup.restore(out, run.PASSPHRASE, scratch / "mem"))
        size = out.stat().st_size
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    restore_med = statistics.median(restore_s)
    rows = [
        ("backup (make)", statistics.median(make_s), max(make_s), TARGET_MAKE_S, mem_make),
        ("verify", statistics.median(verify_s), max(verify_s), TARGET_VERIFY_S, mem_verify),
        ("restore, 2 KDFs taken off", restore_med - 2 * kdf_s, None, TARGET_RESTORE_S, None),
        ("restore, whole", restore_med, max(restore_s), None, mem_restore),
        ("one Argon2id derivation", kdf_s, None, None, None),
    ]
    print(
        f"Journal: {', '.join(f'{n:,} {k}' for k, n in counts.items())}; "
        f"backup file {size / 1e6:.2f} MB; {args.runs} runs each."
    )
    print()
    print("| operation | median s | worst s | target s | peak Python memory |")
    print("|---|---|---|---|---|")
    for name, med, worst, target, mem in rows:
        w = f"{worst:.2f}" if worst is not None else ""
        t = f"≤ {target:.0f}" if target is not None else ""
        m = f"{mem / 1e6:.1f} MB" if mem is not None else ""
        print(f"| {name} | {med:.2f} | {w} | {t} | {m} |")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print(f"Process maximum resident size at the end: {maxrss:.0f} MB.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
