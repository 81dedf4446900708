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

The kill moment comes from a seeded RNG; the seed is in every failure message, and
`TRUSTJOURNAL_CRASH_SEED=<seed>` replays a run. bench/crash_loop.py runs the same loop
for hundreds of rounds.
"""

from __future__ import annotations

import os
import random
import secrets
from pathlib import Path

import pytest
from children.saver import PassphraseChanger, Saver, closing
from conftest import PASSPHRASE

SAVE_ROUNDS = 24
PASSPHRASE_ROUNDS = 20
OTHER_PASSPHRASE = "a different long passphrase"


@pytest.fixture
def seed() -> int:
    chosen = os.environ.get("TRUSTJOURNAL_CRASH_SEED")
    return int(chosen) if chosen else secrets.randbits(32)


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
    assert len(loop.known) >= reported
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
    assert all(r.opens_with in ("A", "B") for r in rounds)
    assert any(r.temp_left_by_kill for r in rounds), f"seed {seed}: no kill left a temp header"
    assert sum(r.changes for r in rounds) > 0, f"seed {seed}: no change ever completed"
    assert not list(vault.glob(".vault.header.*"))
