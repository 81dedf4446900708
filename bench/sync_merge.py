"""Measure the sync merge engine alone (trustjournal/core/sync): applying one change file
of 1,000 remote versions to the state of a 20,000-conversation journal.

The state holds 20,000 records of 8 fields (160,000 versions), as a device would after
loading its snapshot. Another device, which had the same state, writes 1,000 versions:
edits of existing fields (a tenth of them notes this device also edited, so conflicts
arise), 25 new records and 100 deletes. Measured: decoding its change file, the merge, the
records a bridge would read back (`Merged.changed`), the conflicts, and a round that brings
nothing new (the same file again). Also the snapshot of the whole state: building it,
encoding it and decoding it. The journal write-back (bridge.py, not built yet) comes on top
of the merge: the issue's budget for the whole is 1 s.

    .venv/bin/python bench/sync_merge.py [--runs N] [--records N]

Measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trustjournal.core.sync.codec import decode, encode
from trustjournal.core.sync.hlc import Clock
from trustjournal.core.sync.state import State, Version

KIND = "conversation"
FIELDS = ("date", "format", "note", "people", "signals", "decision", "gathering", "followup")
TARGET_MERGE_S = 0.2  # of the 1 s for 1,000 remote changes, the rest for the journal
TARGET_NOTHING_NEW_S = 0.02


class Time:
    def __init__(self) -> None:
        self.ms = 1_760_000_000_000

    def __call__(self) -> int:
        self.ms += 1
        return self.ms


def _fields(rng: random.Random, i: int) -> dict[str, Any]:
    return {
        "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "format": rng.choice(["walk", "call", "meal", "meeting"]),
        "note": " ".join(
            rng.choice(["honest", "candid", "quiet", "budget", "plan"]) for _ in range(40)
        ),
        "people": sorted(f"{rng.getrandbits(128):032x}" for _ in range(rng.randint(1, 3))),
        "signals": sorted(rng.sample(["challenged", "named-risk", "asked", "silent"], 2)),
        "decision": None,
        "gathering": None,
        "followup": rng.random() < 0.3,
    }


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(20)
    uids = [f"{rng.getrandbits(128):032x}" for _ in range(args.records)]

    office = State(Clock("office", Time()))
    base: list[Version] = []
    for i, uid in enumerate(uids):
        base += office.write(KIND, uid, _fields(rng, i))
    laptop = State(Clock("laptop", Time()))
    laptop.merge(base)
    # What the office edits meanwhile (concurrent with the laptop's notes below).
    both = rng.sample(uids, 70)
    local_edits = [(uid, {"note": "edited at the office"}) for uid in both]
    remote: list[Version] = []
    for uid in both:
        remote += laptop.write(KIND, uid, {"note": "edited on the laptop"})
    for uid in rng.sample(uids, 600):
        field = rng.choice(FIELDS)
        remote += laptop.write(KIND, uid, {field: _fields(rng, 1)[field]})
    for i in range(25):
        remote += laptop.write(KIND, f"{rng.getrandbits(128):032x}", _fields(rng, i))
    for uid in rng.sample(uids, 1000 - len(remote)):
        remote.append(laptop.delete(KIND, uid))
    assert len(remote) == 1000
    change_file = encode(remote)

    rows: dict[str, list[float]] = {}
    notes: dict[str, str] = {}
    for _ in range(args.runs):
        state = State(Clock("office", Time()))
        took, _r = _timed(lambda s=state: s.merge(base))
        rows.setdefault(f"load the state ({len(base):,} versions)", []).append(took)
        for uid, fields in local_edits:
            state.write(KIND, uid, fields)
        took, versions = _timed(lambda: decode(change_file))
        rows.setdefault(f"decode the change file ({len(change_file):,} bytes)", []).append(took)
        took, merged = _timed(lambda s=state, v=versions: s.merge(v))
        rows.setdefault("merge 1,000 remote versions", []).append(took)
        took, _r = _timed(lambda s=state, m=merged: [s.record(k, u) for k, u in m.changed])
        rows.setdefault(f"read back the {len(merged.changed):,} changed records", []).append(took)
        took, conflicts = _timed(state.conflicts)
        rows.setdefault(f"list the conflicts ({len(conflicts)})", []).append(took)
        took, again = _timed(lambda s=state, v=versions: s.merge(v))
        assert again.added == 0
        rows.setdefault("merge the same file again (nothing new)", []).append(took)
        took, heads = _timed(state.snapshot)
        rows.setdefault(f"snapshot ({len(heads):,} heads)", []).append(took)
        took, snapshot = _timed(lambda h=heads: encode(h))
        rows.setdefault("encode the snapshot", []).append(took)
        took, _r = _timed(lambda b=snapshot: decode(b))
        rows.setdefault("decode the snapshot", []).append(took)
        notes["snapshot"] = f"{len(snapshot) / 1e6:.1f} MB compressed"

    print(
        f"{args.runs} runs; {args.records:,} records of {len(FIELDS)} fields; "
        f"snapshot {notes['snapshot']}"
    )
    print()
    print("| what | median ms | worst ms |")
    print("| --- | ---: | ---: |")
    for what, times in rows.items():
        print(f"| {what} | {statistics.median(times) * 1000:.1f} | {max(times) * 1000:.1f} |")
    print()
    print(
        f"targets: merge + read back ≤ {TARGET_MERGE_S * 1000:.0f} ms (the journal's write-back "
        f"takes the rest of 1 s); nothing new ≤ {TARGET_NOTHING_NEW_S * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
