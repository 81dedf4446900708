"""Durability under SIGKILL, with real processes: a save that returned is never lost.

A child unlocks the vault and saves conversations in a loop, reporting each one only
after `add_conversation` returned; the test kills it with SIGKILL at a random moment
(mostly in the middle of a save, sometimes while it is still unlocking), then opens the
vault itself. Every round proves: the dead writer's lock is taken over (no
`AlreadyOpen`), every reported conversation is there with its exact note, nothing torn
or half-written appears, everything saved in earlier rounds is still there, and
`check()` finds nothing. A second loop kills a passphrase change A→B→A…: afterwards
exactly one of the two passphrases unlocks (one the change history allows), the journal
opens with it, and no temp header survives that open.

The kill moment comes from an RNG with a fixed seed (conftest.CRASH_SEED), printed in
pytest's header and in every failure (message or captured output);
`TRUSTJOURNAL_CRASH_SEED=<seed>` runs another. The same seed draws the same delays and
names; where a kill lands within a save still depends on the machine's timing.
bench/crash_loop.py runs the same loop for hundreds of rounds with fresh seeds.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from children.saver import PassphraseChanger, Saver, closing
from conftest import PASSPHRASE, crash_seed

SAVE_ROUNDS = 24
PASSPHRASE_ROUNDS = 20
OTHER_PASSPHRASE = "a different long passphrase"


@pytest.fixture
def seed() -> int:
    chosen = crash_seed()
    # Captured, so shown with any failure, even one raised before an assertion's message.
    print(f"crash seed {chosen}: replay with TRUSTJOURNAL_CRASH_SEED={chosen}")
    return chosen


@pytest.mark.slow
def test_a_killed_writer_never_loses_a_reported_save(tmp_path: Path, seed: int) -> None:
    loop = Saver(tmp_path / "vault", PASSPHRASE, random.Random(seed))
    loop.create()
    with closing(loop):
        rounds = [loop.round(n) for n in range(SAVE_ROUNDS)]

    failures = [(r.number, p) for r in rounds for p in r.problems]
    assert failures == [], f"seed {seed}: {failures}"
    reported = sum(r.reported for r in rounds)
    in_save = sum(r.killed_in_save for r in rounds)
    # The proof is only worth something if kills really hit saves in progress.
    assert in_save >= SAVE_ROUNDS // 2, f"seed {seed}: only {in_save} kills landed in a save"
    assert reported >= SAVE_ROUNDS, f"seed {seed}: only {reported} saves reported"
    assert len(loop.known) >= reported, f"seed {seed}"
    # Killed holders left their pid in journal.lock; the next open took the lock anyway.
    assert sum(r.stale_lock for r in rounds) >= SAVE_ROUNDS // 2, f"seed {seed}"


@pytest.mark.slow
def test_a_killed_passphrase_change_leaves_exactly_one_passphrase(
    tmp_path: Path, seed: int
) -> None:
    vault = tmp_path / "vault"
    loop = PassphraseChanger(vault, {"A": PASSPHRASE, "B": OTHER_PASSPHRASE}, random.Random(seed))
    loop.create()
    with closing(loop):
        # Every third round kills the instant the temp header appears, so that an
        # interrupted atomic write (and its clean-up on the next open) is certain to occur.
        rounds = [loop.round(n, targeted=n % 3 == 2) for n in range(PASSPHRASE_ROUNDS)]

    failures = [(r.number, p) for r in rounds for p in r.problems]
    assert failures == [], f"seed {seed}: {failures}"
    assert all(r.opens_with in ("A", "B") for r in rounds), f"seed {seed}"
    assert any(r.temp_left_by_kill for r in rounds), f"seed {seed}: no kill left a temp header"
    assert sum(r.changes for r in rounds) > 0, f"seed {seed}: no change ever completed"
    assert not list(vault.glob(".vault.header.*")), f"seed {seed}"
