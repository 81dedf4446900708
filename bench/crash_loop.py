"""The SIGKILL durability loop of tests/test_crash.py, for many more rounds.

Each round starts a writer (tests/children/saver.py) that saves conversations in a loop,
SIGKILLs it at a random moment, opens the vault and checks that every save the writer
reported is there with its exact note, that nothing torn appeared, that every earlier
save survived and that `check()` is clean. A fresh vault is started every
`--fresh-every` rounds so late rounds cost what early ones do.

    .venv/bin/python bench/crash_loop.py --rounds 50
    .venv/bin/python bench/crash_loop.py --rounds 300 --passphrase-rounds 100 --seed 7

Exit status 0 when every round held, 1 when any failed (each failure is printed).
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import sys
import tempfile
import time
from pathlib import Path

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.insert(0, str(TESTS))

from children.saver import PassphraseChanger, Saver, closing  # noqa: E402

PASSPHRASES = {"A": "correct horse battery", "B": "a different long passphrase"}


def _save_loop(args: argparse.Namespace, rng: random.Random, workdir: Path) -> dict[str, int]:
    totals = dict.fromkeys(
        ("rounds", "reported", "verified", "checks", "in_save", "early", "in_flight", "failed"), 0
    )
    loop: Saver | None = None
    for number in range(args.rounds):
        if loop is None or number % args.fresh_every == 0:
            if loop is not None:
                loop.close()
            loop = Saver(workdir / f"vault-{number:05d}", PASSPHRASES["A"], rng)
            loop.max_delay = args.max_delay
            loop.create()
        result = loop.round(number)
        totals["rounds"] += 1
        totals["reported"] += result.reported
        totals["checks"] += len(loop.known)
        totals["in_save"] += result.killed_in_save
        totals["early"] += result.killed_early
        totals["in_flight"] += result.in_flight_committed
        if result.problems:
            totals["failed"] += 1
            for problem in result.problems:
                print(f"round {number}: FAILED: {problem}", flush=True)
        if (number + 1) % args.fresh_every == 0 or number + 1 == args.rounds:
            totals["verified"] += len(loop.known)
        if (number + 1) % 25 == 0:
            print(f"  {number + 1}/{args.rounds} rounds, {totals['failed']} failed", flush=True)
    if loop is not None:
        with closing(loop):
            pass
    return totals


def _passphrase_loop(args: argparse.Namespace, rng: random.Random, workdir: Path) -> dict[str, int]:
    totals = dict.fromkeys(("rounds", "changes", "temps", "failed"), 0)
    if args.passphrase_rounds <= 0:
        return totals
    loop = PassphraseChanger(workdir / "passphrase-vault", PASSPHRASES, rng)
    loop.create()
    with closing(loop):
        for number in range(args.passphrase_rounds):
            result = loop.round(number, targeted=number % 3 == 2)
            totals["rounds"] += 1
            totals["changes"] += result.changes
            totals["temps"] += result.temp_left_by_kill
            if result.problems:
                totals["failed"] += 1
                for problem in result.problems:
                    print(f"passphrase round {number}: FAILED: {problem}", flush=True)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=300, help="save kill rounds (300)")
    parser.add_argument(
        "--passphrase-rounds", type=int, default=0, help="passphrase-change kill rounds (0)"
    )
    parser.add_argument("--seed", type=int, default=None, help="replay a run")
    parser.add_argument(
        "--max-delay", type=float, default=0.3, help="longest run before the kill, s (0.3)"
    )
    parser.add_argument("--fresh-every", type=int, default=50, help="new vault every N rounds")
    args = parser.parse_args(argv)
    if args.rounds < 0 or args.fresh_every < 1:
        parser.error("--rounds must be >= 0 and --fresh-every >= 1")
    seed = args.seed if args.seed is not None else secrets.randbits(32)
    rng = random.Random(seed)
    print(
        f"crash loop: {args.rounds} save rounds, {args.passphrase_rounds} passphrase rounds, "
        f"seed {seed}",
        flush=True,
    )
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="tj-crash-") as tmp:
        saves = _save_loop(args, rng, Path(tmp))
        changes = _passphrase_loop(args, rng, Path(tmp))
    elapsed = time.monotonic() - started
    print(
        f"rounds: {saves['rounds']} ({saves['in_save']} killed mid-save, "
        f"{saves['early']} while unlocking, {saves['in_flight']} with the last save committed "
        f"but unreported)\n"
        f"entries verified: {saves['verified']} distinct saves "
        f"({saves['reported']} reported; {saves['checks']} entry checks across rounds)\n"
        f"failures: {saves['failed']}"
    )
    if changes["rounds"]:
        print(
            f"passphrase rounds: {changes['rounds']} ({changes['changes']} changes completed, "
            f"{changes['temps']} kills left a temp header)\n"
            f"passphrase failures: {changes['failed']}"
        )
    print(
        f"time: {elapsed:.1f} s ({elapsed / max(1, saves['rounds'] + changes['rounds']):.2f} "
        f"s a round); seed {seed}"
    )
    return 1 if saves["failed"] or changes["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
