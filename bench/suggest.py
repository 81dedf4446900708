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


# Sentences of the kind notes are made of: about a third carry a signal, the rest are
# the logistics and narration around them. Written for this bench, not taken from a set.
_SENTENCES = (
    "Long dinner with Daniel at the usual place near the station.",
    "Started polished on both sides - his wins, my hires.",
    "Then around dessert he said their migration is four months late.",
    "We went through the agenda for the March offsite and the budget for the venue.",
    "I told him about the covenant breach, which I haven't told anyone outside the board.",
    "He didn't try to fix it; he just asked what the bank actually wants.",
    "The train back was delayed by forty minutes, so I read the board pack.",
    "She admitted she has no idea how to handle the reorg.",
    "We talked about the hiring plan for engineering and the timing of the offer letters.",
    "No pushback at all, just 'you've got this'.",
    "He asked for an intro to our CFO before we left.",
    "We both lost a customer to the same rival this year.",
    "The lawyers sent the redlines on Tuesday and the data room opens on the first.",
    "Her team is moving offices in the spring and she will be in Berlin for two weeks.",
    "'Your plan is fine,' she said, 'but you are hiding behind the board.'",
    "Next steps: send the deck, book the follow-up, ask Hannah about the venue.",
    "I asked her what she would do about the VP before the offsite on Monday.",
    "Mostly we compared notes on recruiting agencies and the cost of relocation.",
)


def note_of(words: int) -> str:
    """A note of about `words` words made of the sentences above, in turn."""
    out: list[str] = []
    count, i = 0, 0
    while count < words:
        sentence = _SENTENCES[i % len(_SENTENCES)]
        out.append(sentence)
        count += len(sentence.split())
        i += 1
    return " ".join(out)


_PLAIN = ("We went", "The train", "The lawyers", "Her team", "Next steps", "Mostly")


def note_of_bytes(size: int, dense: bool = False) -> str:
    """A note of `size` bytes; `dense` leaves out the sentences without a signal (a worst
    case: every sentence needs the scope rules)."""
    pool = [s for s in _SENTENCES if not (dense and s.startswith(_PLAIN))]
    out: list[str] = []
    total, i = 0, 0
    while total < size:
        out.append(pool[i % len(pool)])
        total += len(pool[i % len(pool)]) + 1
        i += 1
    return " ".join(out)[:size]


def speed() -> str:
    from trustjournal.core.suggest import suggest

    def median_ms(text: str, runs: int) -> float:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            suggest(text)
            times.append((time.perf_counter() - t0) * 1000)
        return statistics.median(times)

    first = first_call_ms()
    small = median_ms(note_of(500), 50)
    big = median_ms(note_of_bytes(50_000), 11)
    dense = median_ms(note_of_bytes(50_000, dense=True), 11)
    # A paste with no full stops: one run of commas, cut into bounded sentences.
    unpunctuated = median_ms(note_of_bytes(50_000).replace(".", ",").replace("?", ","), 5)
    imp = import_ms()
    return "\n".join(
        [
            "| measure | median | target |",
            "| --- | --- | --- |",
            f"| suggest() on a 500-word note | {small:.2f} ms | ≤ 5 ms |",
            f"| suggest() on a 50 KB note | {big:.1f} ms | ≤ 50 ms |",
            f"| suggest() on a 50 KB note, every sentence with a cue | {dense:.1f} ms | — |",
            f"| suggest() on a 50 KB note without full stops | {unpunctuated:.1f} ms | — |",
            f"| first call in a fresh process (compiles, indexes) | {first:.1f} ms | — |",
            f"| import trustjournal.core.suggest (own, cumulative) | {imp:.1f} ms | ≤ 30 ms |",
        ]
    )


def first_call_ms() -> float:
    """The first suggest() of a fresh interpreter: compiling and indexing the patterns."""
    code = (
        "import time; from trustjournal.core.suggest import suggest; t = time.perf_counter(); "
        "suggest('She admitted she has no idea.'); print((time.perf_counter() - t) * 1000)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    return float(proc.stdout.strip())


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
