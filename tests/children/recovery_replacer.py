"""A child that replaces a journal's recovery key in a loop until it is killed.

Run as `python recovery_replacer.py VAULT LOG` with the passphrase in
`TRUSTJOURNAL_PASSPHRASE`. It opens the journal, prints `ready`, then for ever: draws a
new key, appends its printed form to LOG (fsync'd) *before* writing it into the header, and
replaces the recovery slot with it. After a SIGKILL the header holds the last logged key
(the write landed) or the one before it (it did not): tests/test_recovery_crash.py checks
that one of them, and the passphrase, always opens the journal.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    vault, log = Path(sys.argv[1]), Path(sys.argv[2])
    from trustjournal.core.journal.service import Journal
    from trustjournal.core.store import recovery_key

    journal = Journal.open(vault, os.environ["TRUSTJOURNAL_PASSPHRASE"])
    print("ready", flush=True)
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    while True:
        secret, printed = recovery_key.generate()
        os.write(fd, f"{printed}\n".encode())
        os.fsync(fd)
        journal.vault.set_recovery_key(journal._data_key(), secret)


if __name__ == "__main__":
    main()
