"""Measure the quarterly reflection on the cached 20,000-conversation demo journal.

Uses the journal `bench/run.py` builds and caches (built here first if it is missing),
opened read-only. Times `Journal.reflect` in-process for the last complete quarter of the
demo (2026Q3, looking from the demo's last day) and for each of the four quarters before
it, the way the reflection view's previous/next buttons ask for them, and shows what one
reflection takes apart: reading the facts, and the computation on top.

    .venv/bin/python bench/reflection.py [--work DIR] [--runs N]

These are measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # the cached bench journal

from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import facts
from trustjournal.core.judgement.quarters import last_complete

TARGET_MS = 100.0


def _ms(samples: list[float]) -> str:
    samples = sorted(samples)
    p90 = samples[min(len(samples) - 1, int(len(samples) * 0.9))]
    return f"median {statistics.median(samples) * 1000:6.1f} ms · p90 {p90 * 1000:6.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=run.RESULTS)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    cached = run.prepare(
        args.work,
        run.DEFAULT_PEOPLE,
        run.DEFAULT_CONVERSATIONS,
        run.DEFAULT_SEED,
        rebuild=False,
        copy=False,
    ).path
    quarter = last_complete(run.AS_OF)
    with Journal.open(cached, run.PASSPHRASE, readonly=True) as journal:
        for _ in range(run.WARMUP):
            journal.reflect(quarter, run.AS_OF)
        one = []
        for _ in range(args.runs):
            start = time.perf_counter()
            found = journal.reflect(quarter, run.AS_OF)
            one.append(time.perf_counter() - start)
        steps = []
        q = quarter
        for _ in range(max(1, args.runs // 5)):
            for _ in range(4):
                q = q.previous()
                start = time.perf_counter()
                journal.reflect(q, run.AS_OF)
                steps.append(time.perf_counter() - start)
            q = quarter
        loading = []
        for _ in range(args.runs):
            with journal._reading() as s:  # the facts alone, as Journal.reflect reads them
                start = time.perf_counter()
                facts.load_with_conversations(s, quarter.start)
                loading.append(time.perf_counter() - start)
    c = found.conversations.this
    print(f"# Quarterly reflection, {run.DEFAULT_CONVERSATIONS:,}-conversation demo\n")
    print(f"- journal: {cached.name}")
    print(
        f"- {quarter} from {run.AS_OF}: {c.total:,} conversations in the quarter, "
        f"{len(found.decisions.all)} decisions, {len(found.gatherings)} gatherings, "
        f"{sum(len(a) for a in found.practical_test.values())} practical-test answers\n"
    )
    print(f"reflect({quarter})           {_ms(one)}   (target ≤ {TARGET_MS:.0f} ms)")
    print(f"reflect(each earlier quarter) {_ms(steps)}")
    print(f"  of which reading the facts   {_ms(loading)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
