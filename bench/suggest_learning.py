"""Does learning from one leader's own ticks make the suggestions better for them?

    .venv/bin/python bench/suggest_learning.py [--set bench/suggest_data/one_writer.jsonl]
                                               [--test-from 100]

Replays one writer's labelled notes in order (bench/suggest_data/one_writer.jsonl: one
executive, 220 notes, their own idioms; see ONE_WRITER.md) as if each had been saved with
exactly its labels ticked and the rules' suggestions shown (core/suggest/learning.py), and
measures micro precision, recall and F1 of the suggestions on their later notes (from
`--test-from` on) after 0, 25, 50 and 100 of their earlier notes were learned. 0 is
the suggestions alone (rules and the shipped model). Measurements only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trustjournal.core.suggest import suggest  # noqa: E402
from trustjournal.core.suggest.learning import Learned, learn, personalise  # noqa: E402

CHECKPOINTS = (0, 25, 50, 100)


def load(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(model: Learned | None, notes: list[dict[str, object]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for note in notes:
        text = str(note["text"])
        truth = set(note["signals"])  # type: ignore[call-overload]
        said = {s.signal for s in personalise(model, text, suggest(text))}
        tp += len(said & truth)
        fp += len(said - truth)
        fn += len(truth - said)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", type=Path, default=ROOT / "bench" / "suggest_data" / "one_writer.jsonl"
    )
    parser.add_argument("--test-from", type=int, default=max(CHECKPOINTS))
    parser.add_argument(
        "--limit", type=int, default=None, help="use only the first N notes (to tune on them)"
    )
    args = parser.parse_args(argv)
    notes = load(args.set)[: args.limit]
    later = notes[args.test_from :]
    print(
        f"{args.set.name}: learning from the first N notes, measured on the {len(later)} "
        f"notes from note {args.test_from + 1} on\n"
    )
    print("| notes learned | micro precision | micro recall | micro F1 | phrases kept |")
    print("|---:|---:|---:|---:|---:|")
    model = Learned()
    learned = 0
    for checkpoint in [c for c in CHECKPOINTS if c <= args.test_from]:
        for note in notes[learned:checkpoint]:
            text = str(note["text"])
            learn(model, text, note["signals"], suggest(text))  # type: ignore[arg-type]
        learned = checkpoint
        p, r, f = score(model if checkpoint else None, later)
        print(f"| {checkpoint} | {p:.2f} | {r:.2f} | {f:.2f} | {len(model.phrases):,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
