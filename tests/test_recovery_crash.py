"""kill -9 while the recovery key is being replaced loses neither way in.

A child replaces the recovery key in a loop (tests/children/recovery_replacer.py) and is
killed at a random moment, round after round. Afterwards the passphrase always opens the
journal, and so does the old or the new recovery key (the last one logged, or the one
before it); no temp header survives the next open. The kill moments come from the crash
seed (conftest.CRASH_SEED).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE, ROOT, crash_seed

from trustjournal.core.errors import UnlockFailed
from trustjournal.core.journal.service import Journal

ROUNDS = 12
CHILD = Path(__file__).parent / "children" / "recovery_replacer.py"


def _opens_with(vault: Path, key: str) -> bool:
    try:
        Journal.open_with_recovery_key(vault, key).lock()
    except UnlockFailed:
        return False
    return True


@pytest.mark.slow
def test_a_killed_replace_leaves_the_old_or_the_new_key(tmp_path: Path) -> None:
    seed = crash_seed()
    rng = random.Random(seed)
    vault, log = tmp_path / "vault", tmp_path / "keys.log"
    with Journal.create(vault, PASSPHRASE) as journal:
        log.write_text(journal.create_recovery_key() + "\n")
    env = {**os.environ, "TRUSTJOURNAL_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    temps_seen = landed = 0
    for number in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(vault), str(log)],
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n", f"seed {seed} round {number}"
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        child.wait()
        temps_seen += bool(list(vault.glob(".vault.header.*")))
        keys = log.read_text().split()
        last_landed = _opens_with(vault, keys[-1])
        assert last_landed or _opens_with(vault, keys[-2]), (
            f"seed {seed} round {number}: neither the last nor the previous key opens "
            f"({len(keys)} logged, opens with logged key no. "
            f"{[i for i, k in enumerate(keys) if _opens_with(vault, k)]})"
        )
        landed += last_landed
        if not last_landed:  # the key being written never reached the header: forget it
            log.write_text("\n".join(keys[:-1]) + "\n")
        Journal.open(vault, PASSPHRASE).lock()  # the passphrase always opens (and cleans up)
        assert not list(vault.glob(".vault.header.*")), f"seed {seed} round {number}"
    # The proof is worth something only if the kills landed while keys were being replaced.
    assert len(log.read_text().split()) > ROUNDS * 5, f"seed {seed}"
    # Both outcomes happened: some kills before the new header landed, some after.
    assert 0 < landed < ROUNDS, f"seed {seed}: the new key landed in {landed} of {ROUNDS} rounds"
    print(f"crash seed {seed}: {temps_seen} kills left a temp header behind")
