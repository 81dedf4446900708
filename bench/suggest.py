"""Measure the note-to-signal suggestions: quality on labelled sets and speed.

    .venv/bin/python bench/suggest.py [--set PATH ...] [--errors] [--min-strength X]

Quality: for each labelled set (JSON lines with `id`, `text`, `signals`; by default every
`bench/suggest_data/*.jsonl` of the repository), per-signal and micro precision, recall
and F1 of `suggest()` against the labels, as a markdown table. A suggestion counts when
its strength is at least --min-strength (default: every suggestion the editor would show).
Speed: the median of `suggest()` on a 500-word note and on a 50 KB note, the first call
(which compiles the patterns) and the import time of `trustjournal.core.suggest` in a
fresh interpreter (`python -X importtime`). These are measurements, never assertions.
`--errors` lists the notes with a wrong or missing suggestion (for tuning only on sets
you may read).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trustjournal.core.judgement.signals import CODES  # noqa: E402

DATA = ROOT / "bench" / "suggest_data"


def load(path: Path) -> list[dict[str, object]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def score(rows: list[dict[str, object]], min_strength: float, errors: bool) -> str:
    from trustjournal.core.suggest import suggest

    tp = dict.fromkeys(CODES, 0)
    fp = dict.fromkeys(CODES, 0)
    fn = dict.fromkeys(CODES, 0)
    wrong: list[str] = []
    for row in rows:
        text = str(row["text"])
        people = [str(p) for p in row.get("people", []) or []]  # type: ignore[attr-defined]
        truth = set(row["signals"])  # type: ignore[call-overload]
        got = {s.signal for s in suggest(text, people) if s.strength >= min_strength}
        for code in CODES:
            if code in got and code in truth:
                tp[code] += 1
            elif code in got:
                fp[code] += 1
            elif code in truth:
                fn[code] += 1
        if errors and got != truth:
            wrong.append(
                f"- {row.get('id')}: +{sorted(got - truth)} -{sorted(truth - got)}\n    {text}"
            )
    lines = [
        "| signal | P | R | F1 | TP | FP | FN |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for code in CODES:
        if tp[code] + fp[code] + fn[code] == 0:
            continue
        lines.append(_row(code, tp[code], fp[code], fn[code]))
    lines.append(_row("**micro**", sum(tp.values()), sum(fp.values()), sum(fn.values())))
    out = "\n".join(lines)
    if wrong:
        out += "\n\n" + "\n".join(wrong)
    return out


def _row(name: str, tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp else 0.0
    return f"| {name} | {p:.2f} | {r:.2f} | {f:.2f} | {tp} | {fp} | {fn} |"


_SAMPLE = (
    "Long dinner with Daniel. Started polished on both sides - his wins, my hires. Then "
    "around dessert he said their migration is four months late and he's the one who said "
    "yes to the timeline. I told him about the covenant breach, which I haven't told anyone "
    "outside the board. He didn't try to fix it; he just asked what the bank actually wants. "
    "She admitted she has no idea how to handle the reorg. No pushback at all, 'you've got "
    "this'. He asked for an intro to our CFO. We both lost a customer to the same rival. "
)


def note_of(words: int) -> str:
    base = _SAMPLE.split()
    out = [base[i % len(base)] for i in range(words)]
    return " ".join(out)


def note_of_bytes(size: int) -> str:
    text = _SAMPLE
    while len(text.encode()) < size:
        text += _SAMPLE
    return text[:size]


def speed() -> str:
    from trustjournal.core.suggest import suggest

    def median_ms(text: str, runs: int) -> float:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            suggest(text)
            times.append((time.perf_counter() - t0) * 1000)
        return statistics.median(times)

    t0 = time.perf_counter()
    suggest("warm up")
    first = (time.perf_counter() - t0) * 1000
    small = median_ms(note_of(500), 50)
    big = median_ms(note_of_bytes(50_000), 9)
    imp = import_ms()
    return "\n".join(
        [
            "| measure | median | target |",
            "| --- | --- | --- |",
            f"| suggest() on a 500-word note | {small:.2f} ms | ≤ 5 ms |",
            f"| suggest() on a 50 KB note | {big:.1f} ms | ≤ 50 ms |",
            f"| first call (compiles the patterns) | {first:.1f} ms | — |",
            f"| import trustjournal.core.suggest (own, cumulative) | {imp:.1f} ms | ≤ 30 ms |",
        ]
    )


def import_ms(runs: int = 5) -> float:
    """Cumulative import time of the package in a fresh interpreter, median of runs."""
    results = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import trustjournal.core.suggest"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
            check=True,
        )
        for line in proc.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() == "trustjournal.core.suggest":
                results.append(int(parts[1]) / 1000)
    return statistics.median(results) if results else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", action="append", type=Path, default=[], dest="sets")
    parser.add_argument("--min-strength", type=float, default=0.0)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    sets = args.sets or sorted(DATA.glob("*.jsonl"))
    for path in sets:
        rows = load(path)
        print(f"\n### {path.name} ({len(rows)} notes)\n")
        print(score(rows, args.min_strength, args.errors))
    if not args.no_speed:
        print("\n### speed\n")
        print(speed())


if __name__ == "__main__":
    main()
