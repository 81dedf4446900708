""" "Remember on this device": the data key cached in the operating system's keychain.

The keychain is only ever a cache. Every failure (no backend, a locked keychain, a
removed entry, a key that no longer opens the journal) turns into a plain note and a
fall back to the passphrase; nothing here raises into the unlock path. The key is
stored as hex text because some backends only hold strings.
"""

from __future__ import annotations

from dataclasses import dataclass

from trustjournal import APP_ID
from trustjournal.core.i18n import _

SERVICE = APP_ID


@dataclass(frozen=True)
class Lookup:
    key: bytes | None
    note: str | None = None


def _entry_name(vault_id: bytes) -> str:
    return f"vault-{vault_id.hex()}"


def load(vault_id: bytes) -> Lookup:
    import keyring  # imported on use: its backend discovery is not free

    try:
        secret = keyring.get_password(SERVICE, _entry_name(vault_id))
    except Exception as exc:  # any backend failure is a cache miss, by design
        return Lookup(
            None,
            _("The keychain could not be read ({why}); enter your passphrase instead.").format(
                why=_describe(exc)
            ),
        )
    if secret is None:
        return Lookup(
            None,
            _(
                "This journal's key is no longer in the keychain; "
                "enter your passphrase (you can ask to remember it again)."
            ),
        )
    try:
        key = bytes.fromhex(secret)
    except ValueError:
        key = b""
    if len(key) != 32:
        return Lookup(None, _("The key in the keychain is not valid; enter your passphrase."))
    return Lookup(key)


def store(vault_id: bytes, key: bytes) -> str | None:
    """Store the key; on failure return a note saying the passphrase will be needed."""
    import keyring

    try:
        keyring.set_password(SERVICE, _entry_name(vault_id), key.hex())
    except Exception as exc:  # the journal works without the cache
        return _(
            "Could not remember the journal on this device ({why}); "
            "you will be asked for your passphrase."
        ).format(why=_describe(exc))
    return None


def forget(vault_id: bytes) -> str | None:
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, _entry_name(vault_id))
    except PasswordDeleteError:
        return None  # nothing stored: already forgotten
    except Exception as exc:
        return _(
            "Could not remove the key from the keychain ({why}); "
            "remove the entry named TrustJournal by hand in your keychain app."
        ).format(why=_describe(exc))
    return None


def _describe(exc: Exception) -> str:
    # Backend messages name the backend or the lock state; they never contain our key.
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text[:120] or type(exc).__name__
