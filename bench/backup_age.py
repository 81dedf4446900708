"""Backup and verify of the cached 20,000-conversation demo journal: age file under a
passphrase, age file for the backup key (what automatic backups are), and the sealed
container (TrustJournal's own, what automatic backups were).

Same journal as bench/backup.py (`bench/run.py` builds and caches it), opened read-only.
An age backup runs scrypt once to seal and once to open (rage's work factor, calibrated to
about a second on the machine that makes the file); the sealed container runs no KDF with
the journal's key. So the age rows are given whole and with the one scrypt run taken off
(measured alone on an empty file). Peak memory is Python's (tracemalloc) during each
operation, in a separate run: pyrage seals and opens whole byte strings, so the age rows
hold the compressed payload and the sealed file at once. The backup-key rows run no KDF.

    .venv/bin/python bench/backup_age.py [--work DIR] [--runs N]

Measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pyrage
import run  # the cached bench journal
from backup import _peak, _timed

from trustjournal.core.backup import agefile, backupkey
from trustjournal.core.backup import archive as backup
from trustjournal.core.journal.service import Journal


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=run.RESULTS)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cached = run.prepare(
        args.work,
        run.DEFAULT_PEOPLE,
        run.DEFAULT_CONVERSATIONS,
        run.DEFAULT_SEED,
        rebuild=False,
        copy=False,
    ).path
    secret = run.PASSPHRASE
    scratch = Path(tempfile.mkdtemp(prefix="tj-backup-age-bench-", dir=args.work))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        with Journal.open(cached, secret, readonly=True) as journal:
            key = journal.backup_key()[1]
            recipient = backupkey.recipient(key)

            def by_passphrase(plain: bytes) -> bytes:
                return agefile.seal(plain, secret)

            def by_key(plain: bytes) -> bytes:
                return agefile.seal_for(plain, recipient)

            def name(kind: str) -> object:
                return lambda i: scratch / f"{kind}-{i}.tjbackup"

            sealed_make = _timed(args.runs, name("sealed"), lambda p: backup.make(journal, p))
            age_make = _timed(
                args.runs,
                name("age"),
                lambda p: backup._make_age(
                    journal, p, by_passphrase, None, now
                ),  # no strength check
            )
            key_make = _timed(
                args.runs, name("key"), lambda p: backup._make_age(journal, p, by_key, None, now)
            )
            sealed, aged = scratch / "sealed-0.tjbackup", scratch / "age-0.tjbackup"
            keyed = scratch / "key-0.tjbackup"
            sealed_verify = _timed(args.runs, lambda i: sealed, lambda p: backup.verify(p, key=key))
            age_verify = _timed(args.runs, lambda i: aged, lambda p: backup.verify(p, secret))
            key_verify = _timed(args.runs, lambda i: keyed, lambda p: backup.verify(p, key=key))
            empty = pyrage.passphrase.encrypt(b"", secret)
            scrypt_seal = statistics.median(
                _timed(3, lambda i: None, lambda _: pyrage.passphrase.encrypt(b"", secret))
            )
            scrypt_open = statistics.median(
                _timed(3, lambda i: None, lambda _: pyrage.passphrase.decrypt(empty, secret))
            )
            mem = {
                "sealed make": _peak(lambda: backup.make(journal, scratch / "m1.tjbackup")),
                "age make": _peak(
                    lambda: backup._make_age(
                        journal, scratch / "m2.tjbackup", by_passphrase, None, now
                    )
                ),
                "key make": _peak(
                    lambda: backup._make_age(journal, scratch / "m3.tjbackup", by_key, None, now)
                ),
                "sealed verify": _peak(lambda: backup.verify(sealed, key=key)),
                "age verify": _peak(lambda: backup.verify(aged, secret)),
                "key verify": _peak(lambda: backup.verify(keyed, key=key)),
            }
            counts = backup.verify(sealed, key=key).counts
        sizes = (sealed.stat().st_size, aged.stat().st_size)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    med = statistics.median
    rows = [
        ("sealed make", med(sealed_make), max(sealed_make), None, mem["sealed make"]),
        ("age make", med(age_make), max(age_make), scrypt_seal, mem["age make"]),
        ("sealed verify", med(sealed_verify), max(sealed_verify), None, mem["sealed verify"]),
        ("age verify", med(age_verify), max(age_verify), scrypt_open, mem["age verify"]),
        ("automatic make (backup key)", med(key_make), max(key_make), None, mem["key make"]),
        (
            "automatic verify (backup key)",
            med(key_verify),
            max(key_verify),
            None,
            mem["key verify"],
        ),
    ]
    print(
        f"Journal: {', '.join(f'{n:,} {k}' for k, n in counts.items())}; sealed file "
        f"{sizes[0] / 1e6:.2f} MB, age file {sizes[1] / 1e6:.2f} MB; {args.runs} runs each."
    )
    print()
    print("| operation | median s | worst s | less scrypt s | peak Python memory |")
    print("|---|---|---|---|---|")
    for label, m, worst, kdf, peak in rows:
        less = f"{m - kdf:.2f}" if kdf is not None else ""
        print(f"| {label} | {m:.2f} | {worst:.2f} | {less} | {peak / 1e6:.1f} MB |")
    print()
    print(f"One scrypt run: {scrypt_seal:.2f} s to seal, {scrypt_open:.2f} s to open.")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Process maximum resident size at the end: {maxrss:.0f} MB.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
