"""Cold start: a fresh `python -m trustjournal` process until the unlock window is shown.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/cold_start.py [--runs N] [--before DIR]

Bytecode is compiled first in each checkout, as an installed app has it. The app quits
as soon as its first window is shown (TRUSTJOURNAL_QUIT_WHEN_SHOWN), so the
time is interpreter start, imports, QApplication and the unlock window painted once.
`--before DIR`: also time the checkout in DIR (an older commit, say), alternating run by
run with this one, so both see the same machine; medians are printed side by side.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def once(source: Path, vault: Path) -> float:
    env = dict(os.environ, TRUSTJOURNAL_VAULT=str(vault), TRUSTJOURNAL_QUIT_WHEN_SHOWN="1")
    env["PYTHONPATH"] = str(source)  # this checkout's code, whatever the venv installed
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    # Not from a checkout: `-m` puts the working folder first on the path, before PYTHONPATH.
    subprocess.run(
        [sys.executable, "-m", "trustjournal"],
        env=env,
        cwd=vault.parent,
        check=True,
        capture_output=True,
    )
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--before", type=Path, help="an older checkout to time alongside")
    args = parser.parse_args(argv)
    sources = {"this checkout": ROOT}
    if args.before:
        sources = {"before": args.before.resolve(), **sources}
    times: dict[str, list[float]] = {name: [] for name in sources}
    for source in sources.values():  # as installed: bytecode compiled (PYTHONDONTWRITEBYTECODE
        # would otherwise make every run compile from source)
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(source / "trustjournal")], check=True
        )
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in sources.items():  # a first, untimed run: files in the page cache
            once(source, Path(tmp) / f"vault-{len(times[name])}")
        for i in range(args.runs):
            for name, source in sources.items():
                times[name].append(once(source, Path(tmp) / f"vault-{name}-{i}"))
    print("| Cold start to the unlock window | runs | median | p90 |")
    print("|---|---:|---:|---:|")
    for name, samples in times.items():
        ordered = sorted(samples)
        p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
        print(f"| {name} | {len(samples)} | {statistics.median(samples):.0f} ms | {p90:.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
