"""Measure the recovery key: unwrapping through each slot, and the header rewrites.

Times (median of N runs) for: the passphrase slot's Argon2id unwrap of a version-1 and a
version-2 header (the MAC check adds an HKDF and an HMAC), the recovery slot's HKDF unwrap,
making (replacing) a recovery key on an open journal (HKDF, AES-GCM, atomic write with two
fsyncs), and `Journal.recover` end to end (HKDF unwrap, open, a new Argon2id seal, write).

    .venv/bin/python bench/recovery_key.py [--runs N]

These are measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from trustjournal.core.journal.service import Journal
from trustjournal.core.store import header, recovery_key

PASSPHRASE = "correct horse battery"


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        journal = Journal.create(vault, PASSPHRASE)
        v1 = header.parse((vault / "vault.header").read_bytes())
        key = journal.create_recovery_key()
        v2 = header.parse((vault / "vault.header").read_bytes())
        secret = recovery_key.decode(key)
        rows = [
            ("passphrase unwrap, v1 header (Argon2id)", lambda: header.unwrap(v1, PASSPHRASE)),
            ("passphrase unwrap, v2 header (+ MAC)", lambda: header.unwrap(v2, PASSPHRASE)),
            ("recovery unwrap (HKDF + MAC)", lambda: header.unwrap_recovery(v2, secret)),
            ("typed key checked (8 group checks)", lambda: recovery_key.decode(key)),
            ("replace recovery key (write + fsync)", journal.create_recovery_key),
        ]
        for label, fn in rows:
            print(f"{label:42} {_median_ms(fn, runs):9.2f} ms")
        key = journal.create_recovery_key()
        journal.lock()

        def recover() -> None:
            Journal.recover(vault, key, PASSPHRASE).lock()

        print(f"{'Journal.recover end to end':42} {_median_ms(recover, runs):9.2f} ms")


if __name__ == "__main__":
    main()
