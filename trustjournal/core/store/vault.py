"""The vault folder: where the journal lives, its header, and the passphrase around it.

    <vault>/                     0700
        vault.header             0600  the wrapped data key (header.py)
        journal.db (-wal, -shm)  0600  the SQLCipher database, keyed by the data key
        journal.lock             0600  held by the one process that may write
        remember-on-this-device  0600  empty marker: the key is cached in the keychain

The header's existence is what makes a folder a journal, so it is written last when a
vault is created. A passphrase change rewraps the data key in a new header and touches
nothing else; the old header is replaced atomically. A recovery key (recovery_key.py) adds
a second slot to the header (version 2); a passphrase change keeps it, and removing it
writes the version-1 header again.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from trustjournal.core.errors import NotAVault, WeakPassphrase
from trustjournal.core.i18n import _
from trustjournal.core.store import fsutil, header, keychain, recovery_key

HEADER_NAME = "vault.header"
DB_NAME = "journal.db"
LOCK_NAME = "journal.lock"
REMEMBER_NAME = "remember-on-this-device"
MIN_PASSPHRASE = 8


def default_path() -> Path:
    """`TRUSTJOURNAL_VAULT`, else the platform's per-user data folder."""
    chosen = os.environ.get("TRUSTJOURNAL_VAULT")
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("TrustJournal", appauthor=False))


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase(
            _(
                "A passphrase needs at least {n} characters; a few unrelated words are easier "
                "to remember and much harder to guess. Nothing was changed."
            ).format(n=MIN_PASSPHRASE)
        )


@dataclass(frozen=True)
class Vault:
    path: Path

    @property
    def header_path(self) -> Path:
        return self.path / HEADER_NAME

    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @property
    def lock_path(self) -> Path:
        return self.path / LOCK_NAME

    @property
    def remember_path(self) -> Path:
        return self.path / REMEMBER_NAME

    def exists(self) -> bool:
        return self.header_path.is_file()

    def read_header(self) -> header.Header:
        try:
            blob = self.header_path.read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            raise NotAVault(self.path) from None
        return header.parse(blob)

    # -- passphrase -------------------------------------------------------------------

    def unwrap(self, passphrase: str) -> bytes:
        """The data key, or `UnlockFailed`; reads the header and writes nothing."""
        return header.unwrap(self.read_header(), passphrase)

    @staticmethod
    def new_identity() -> tuple[bytes, bytes]:
        """A fresh (data key, vault id)."""
        return secrets.token_bytes(header.KEY_BYTES), secrets.token_bytes(16)

    def write_header(self, data_key: bytes, passphrase: str, vault_id: bytes) -> None:
        fsutil.atomic_write(self.header_path, header.seal(data_key, passphrase, vault_id))

    def change_passphrase(self, old: str, new: str) -> bytes:
        """Rewrap the data key under `new`; `old` stops working at the rename. Returns the key.
        A recovery key stays valid."""
        check_new_passphrase(new)
        current = self.read_header()
        data_key = header.unwrap(current, old)
        self._write_passphrase_slot(current, data_key, new)
        return data_key

    def _write_passphrase_slot(self, current: header.Header, data_key: bytes, new: str) -> None:
        slot = header.seal(data_key, new, current.vault_id)
        kept = current.recovery.raw if current.recovery is not None else None
        fsutil.atomic_write(self.header_path, header.with_slots(data_key, slot, kept))

    # -- recovery key -------------------------------------------------------------------

    @property
    def has_recovery_key(self) -> bool:
        return self.read_header().recovery is not None

    def unwrap_recovery(self, secret: bytes) -> bytes:
        """The data key through the recovery slot, or `UnlockFailed("recovery key")`."""
        return header.unwrap_recovery(self.read_header(), secret)

    def _current_for(self, data_key: bytes) -> header.Header:
        current = self.read_header()
        header.check_mac(current, data_key)  # never rewrite a header that is not ours
        return current

    def set_recovery_key(self, data_key: bytes, secret: bytes | None = None) -> str:
        """Add or replace the recovery slot; the old recovery key stops working at the
        rename. Returns the new key's printed form (shown once, stored nowhere)."""
        if secret is None:
            secret, printed = recovery_key.generate()
        else:
            printed = recovery_key.encode(secret)
        current = self._current_for(data_key)
        slot = header.seal_recovery_slot(data_key, secret, current.vault_id)
        blob = header.with_slots(data_key, current.passphrase_slot, slot)
        fsutil.atomic_write(self.header_path, blob)
        return printed

    def remove_recovery_key(self, data_key: bytes) -> bool:
        """Back to the passphrase alone (a version-1 header); False if there was none."""
        current = self._current_for(data_key)
        if current.recovery is None:
            return False
        fsutil.atomic_write(self.header_path, current.passphrase_slot)
        return True

    def set_passphrase(self, data_key: bytes, new: str) -> None:
        """A new passphrase from the data key alone (after a recovery-key unlock); the
        recovery slot is kept."""
        check_new_passphrase(new)
        self._write_passphrase_slot(self._current_for(data_key), data_key, new)

    def clean_interrupted_writes(self) -> None:
        fsutil.remove_stale_temps(self.header_path)

    # -- remember on this device --------------------------------------------------------

    @property
    def remembered(self) -> bool:
        return self.remember_path.is_file()

    def remembered_key(self) -> keychain.Lookup:
        if not self.remembered:
            return keychain.Lookup(None)
        return keychain.load(self.read_header().vault_id)

    def remember(self, data_key: bytes) -> str | None:
        note = keychain.store(self.read_header().vault_id, data_key)
        if note is None and not self.remembered:
            fsutil.create_private_file(self.remember_path)
        return note

    def forget(self) -> str | None:
        note = keychain.forget(self.read_header().vault_id)
        self.remember_path.unlink(missing_ok=True)
        return note
