"""Sync rounds on the 20,000-conversation bench journal (issue 20's targets): applying
1,000 remote changes (≤ 1 s, off the GUI thread) and a round with nothing new (≤ 20 ms).

A copy of the cached bench journal (`bench/run.py`) links a fresh folder (its first round
writes the whole journal: 21,000 records), a second journal joins from that folder; then,
for each run, the first edits 1,000 conversations' notes and sends them, and the second's
round that receives and writes them back is timed. The nothing-new round is timed on the
second journal after that (it lists the folder, finds no new file and no changed row).

    .venv/bin/python bench/sync_round.py [--work DIR] [--runs N]

Measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # the cached bench journal

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=run.RESULTS)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    prepared = run.prepare(
        args.work, run.DEFAULT_PEOPLE, run.DEFAULT_CONVERSATIONS, run.DEFAULT_SEED, rebuild=False
    )
    scratch = Path(tempfile.mkdtemp(prefix="tj-sync-bench-", dir=args.work))
    folder = scratch / "Sync"
    try:
        a = Journal.open(prepared.path, run.PASSPHRASE)
        started = time.perf_counter()
        first = a.sync(folder, device_name="laptop")
        linked = time.perf_counter() - started
        started = time.perf_counter()
        b = Journal.join(scratch / "b", folder, run.PASSPHRASE, device_name="desktop")
        joined = time.perf_counter() - started
        print(f"first round (link, {first.sent:,} versions written): {linked:.2f} s")
        print(f"join (every version read and written back): {joined:.2f} s")
        conversations = a.conversations()
        applied, quiet = [], []
        for number in range(args.runs):
            chunk = conversations[number * 1000 : (number + 1) * 1000]
            with a.batch():
                for c in chunk:
                    a.update_conversation(
                        c.id,
                        ConversationDraft(
                            tuple(p.id for p in c.people),
                            c.date,
                            c.format,
                            f"{c.note} (run {number})",
                            tuple(c.signals),
                            c.decision_id,
                            c.gathering_id,
                        ),
                    )
            sent = a.sync()
            started = time.perf_counter()
            received = b.sync()
            applied.append(time.perf_counter() - started)
            assert received.received == sent.sent, (received, sent)
            for _ in range(5):
                started = time.perf_counter()
                b.sync()
                quiet.append(time.perf_counter() - started)
        print(
            f"apply 1,000 remote changes at 20k conversations: median "
            f"{statistics.median(applied) * 1000:.0f} ms (runs: "
            + ", ".join(f"{x * 1000:.0f}" for x in applied)
            + " ms; target ≤ 1,000 ms)"
        )
        print(
            f"a round with nothing new: median {statistics.median(quiet) * 1000:.1f} ms "
            f"(min {min(quiet) * 1000:.1f}, max {max(quiet) * 1000:.1f}; target ≤ 20 ms)"
        )
        a.lock()
        b.lock()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # the copy of the journal: next prepare()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
