"""Run by test_real_keychain.py inside a private D-Bus session (`dbus-run-session`).

Starts gnome-keyring's Secret Service, then stores the journal key there, unlocks with
it, survives a passphrase change, and removes it. Prints REAL-KEYCHAIN-OK at the end.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

daemon = subprocess.run(
    ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
    input=b"login keyring password for the test",
    capture_output=True,
    check=True,
)
for line in daemon.stdout.decode().splitlines():
    name, _, value = line.partition("=")
    if name:
        os.environ[name] = value

import keyring  # noqa: E402
from keyring.backends import SecretService  # noqa: E402

backend = SecretService.Keyring()
keyring.set_keyring(backend)

from trustjournal import APP_ID  # noqa: E402
from trustjournal.core.journal.service import Journal  # noqa: E402
from trustjournal.core.records import PersonDraft  # noqa: E402
from trustjournal.core.store.vault import Vault  # noqa: E402

vault = Path(sys.argv[1])
with Journal.create(vault, "correct horse battery", remember=True) as journal:
    assert journal.notes == [], journal.notes
    journal.add_person(PersonDraft("Ana"))
    key = journal._key
    assert key is not None
entry = f"vault-{Vault(vault).read_header().vault_id.hex()}"
assert backend.get_password(APP_ID, entry) == key.hex(), "key not in the Secret Service"

opened, note = Journal.open_remembered(vault)
assert opened is not None and note is None, note
with opened:
    assert [p.name for p in opened.people()] == ["Ana"]
    assert opened.change_passphrase("correct horse battery", "another fine passphrase") is None
again, note = Journal.open_remembered(vault)
assert again is not None, note
with again:
    assert again.set_remember(False) is None
assert backend.get_password(APP_ID, entry) is None, "key still in the Secret Service"
assert Journal.open_remembered(vault) == (None, None)
print("REAL-KEYCHAIN-OK", type(backend).__module__)
