"""Measure delete, merge and undo on a copy of the cached 20,000-conversation demo journal.

Each delete includes what makes it secure (FTS5's secure-delete, zeroed pages) and the WAL
checkpoint that follows it; each undo is `Journal.restore_deleted` putting the records back.
Runs on a fresh copy of the journal `bench/run.py` builds and caches (built first if missing).

    .venv/bin/python bench/delete.py [--work DIR] [--runs N]

These are measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # the cached bench journal

from trustjournal.core.journal.service import Journal

# A conversation: the undo bar should follow the click at once. A person: a deliberate act
# that runs on the journal worker (the window stays responsive), where FTS5's secure-delete
# rewrites the index entries of every one of their notes (about 15 ms a note here).
TARGET_S = 0.3
TARGET_PERSON_S = 2.0


def _pair(
    runs: int, act: Callable[[int], Any], undo: Callable[[Any], object]
) -> tuple[list[float], list[float]]:
    done, undone = [], []
    for i in range(runs):
        start = time.perf_counter()
        result = act(i)
        done.append(time.perf_counter() - start)
        start = time.perf_counter()
        undo(result)
        undone.append(time.perf_counter() - start)
    return done, undone


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=run.RESULTS)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    copy = run.prepare(
        args.work, run.DEFAULT_PEOPLE, run.DEFAULT_CONVERSATIONS, run.DEFAULT_SEED, rebuild=False
    ).path
    try:
        with Journal.open(copy, run.PASSPHRASE) as journal:
            talks = [c.id for c in journal.conversations(limit=args.runs * 50)][::50]
            people = sorted(journal.people(), key=lambda p: -journal.count_conversations(p.id))
            busiest, others = people[: args.runs], people[args.runs : 2 * args.runs]
            rows: list[tuple[str, list[float], list[float]]] = []
            d, u = _pair(
                args.runs,
                lambda i: journal.delete_conversation(talks[i]),
                journal.restore_deleted,
            )
            rows.append(("a conversation", d, u))
            d, u = _pair(
                args.runs,
                lambda i: journal.delete_person(busiest[i].id).undo,
                journal.restore_deleted,
            )
            n = statistics.median(journal.count_conversations(p.id) for p in busiest)
            rows.append((f"a person (~{n:.0f} conversations, shared kept)", d, u))
            d, u = _pair(
                args.runs,
                lambda i: journal.delete_person(busiest[i].id, with_shared=True).undo,
                journal.restore_deleted,
            )
            rows.append(("the same, shared deleted too", d, u))
            d, u = _pair(
                args.runs,
                lambda i: journal.merge(busiest[i].id, others[i].id).undo,
                journal.restore_deleted,
            )
            rows.append(("a merge (a busy person and a less busy one)", d, u))
            problems = journal.check()
    finally:
        shutil.rmtree(copy, ignore_errors=True)
    print(
        f"{args.runs} runs each on {run.DEFAULT_CONVERSATIONS:,} conversations; check: "
        f"{problems or 'ok'}"
    )
    print()
    print("| what | delete median ms | worst ms | undo median ms | worst ms | target ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for what, done, undone in rows:
        target = TARGET_PERSON_S if what.startswith(("a person", "the same")) else TARGET_S
        print(
            f"| {what} | {statistics.median(done) * 1000:.0f} | {max(done) * 1000:.0f} | "
            f"{statistics.median(undone) * 1000:.0f} | {max(undone) * 1000:.0f} | "
            f"{target * 1000:.0f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
