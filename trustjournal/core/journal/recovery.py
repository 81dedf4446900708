"""The recovery key of a journal (the header's second key slot, core/store/header.py).

`RecoveryKeys` is the part of `Journal` (service.py) that makes, replaces and removes it
while the journal is open, and unlocks with it when the passphrase is forgotten:
`Journal.open_with_recovery_key(path, key)` and `Journal.recover(path, key, new)`, which
sets a new passphrase and leaves the recovery key valid (a leader who fears it was seen
makes a new one from Preferences or `trustjournal recovery-key --replace`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

from trustjournal.core.errors import JournalLocked, UnlockFailed
from trustjournal.core.journal.base import JournalBase
from trustjournal.core.store import recovery_key
from trustjournal.core.store.vault import Vault, check_new_passphrase


class RecoveryKeys(JournalBase):
    """Making, replacing, removing and using the recovery key (a part of `Journal`)."""

    @classmethod
    def open_with_recovery_key(cls, path: Path, key: str, *, readonly: bool = False) -> Self:
        """Unlock with the recovery key. A typo raises `BadRecoveryKey` before any key
        derivation; a wrong key or a damaged header `UnlockFailed`; nothing is written."""
        secret = recovery_key.decode(key)
        vault = Vault(path)
        try:
            return cls.open_with(path, lambda: vault.unwrap_recovery(secret), readonly=readonly)
        except UnlockFailed:  # a header that does not parse: the same words as a wrong key
            raise UnlockFailed("recovery key") from None

    @classmethod
    def recover(cls, path: Path, key: str, new_passphrase: str) -> Self:
        """Unlock with the recovery key and set `new_passphrase`: the forgotten one stops
        working, the recovery key keeps working. Returns the open journal."""
        secret = recovery_key.decode(key)
        check_new_passphrase(new_passphrase)  # before anything is derived or opened
        journal = cls.open_with_recovery_key(path, recovery_key.encode(secret))
        try:
            journal.vault.set_passphrase(journal._data_key(), new_passphrase)
            if journal.vault.remembered:
                journal.notes.extend(filter(None, [journal.vault.remember(journal._data_key())]))
        except BaseException:
            journal.lock()
            raise
        return journal

    @property
    def has_recovery_key(self) -> bool:
        return self.vault.has_recovery_key

    def create_recovery_key(self) -> str:
        """Make a recovery key, replacing any other (which stops working at once).
        Returns its printed form: show it once; it is stored nowhere."""
        self._writable()
        return self.vault.set_recovery_key(self._data_key())

    def remove_recovery_key(self) -> bool:
        """Remove the recovery key; False if there was none."""
        self._writable()
        return self.vault.remove_recovery_key(self._data_key())

    def _data_key(self) -> bytes:
        key = self._key
        if key is None:
            raise JournalLocked()
        return key
