"""Backups as standard age v1 files (https://age-encryption.org/v1): a passphrase (scrypt)
recipient for the backups a person asks for, the journal's backup key (an X25519 recipient,
backupkey.py) for the automatic ones.

Sealing and opening are pyrage's (Python bindings of rage, a well-kept implementation of
age); the file then opens with any age implementation, `age -d` or `rage -d`, without
TrustJournal. What is inside is the gzip-compressed JSON-Lines payload of payload.py, so
`age -d FILE | gunzip` prints the journal (docs/backup-format.md).

pyrage seals and opens whole byte strings, not streams: a backup is held in memory once
compressed and once sealed (a 20k-conversation journal is some tens of MB). So that a
hostile file cannot make us read gigabytes, a file larger than `MAX_FILE_BYTES` is
refused before it is read, and the header is parsed here before pyrage runs: exactly one
scrypt stanza with a work factor no larger than `MAX_WORK_FACTOR` (a larger one would
make the KDF run for minutes), or X25519 stanzas only; anything else is refused with a
message for people.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from trustjournal.core.errors import (
    BackupInvalid,
    BackupWrongPassphrase,
    InvalidInput,
    JournalError,
)
from trustjournal.core.i18n import _

MAGIC = b"age-encryption.org/v1\n"
MAX_FILE_BYTES = 2 * 1024**3
MAX_WORK_FACTOR = 22  # age's own default is 18, rage's ~20; each step doubles the work
_HEADER_LIMIT = 64 * 1024
# The stanzas of age's other recipients: a file sealed for a key, not a passphrase.
_KEY_STANZAS = {b"X25519", b"ssh-rsa", b"ssh-ed25519", b"mlkem768x25519", b"piv-p256"}
SCRYPT = "scrypt"
X25519 = "X25519"


def is_age(head: bytes) -> bool:
    """Whether a file starting with `head` (its first bytes) is an age file."""
    return head.startswith(MAGIC)


def seal(plaintext: bytes, passphrase: str) -> bytes:
    """`plaintext` as an age file for `passphrase` (scrypt recipient, rage's work factor)."""
    import pyrage

    if not passphrase:
        raise InvalidInput(_("A backup needs a passphrase."))
    return bytes(pyrage.passphrase.encrypt(plaintext, passphrase))


def seal_for(plaintext: bytes, recipient: str) -> bytes:
    """`plaintext` as an age file for the X25519 `recipient` (`age1…`): no passphrase needed."""
    import pyrage

    return bytes(pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(recipient)]))


def kind(data: bytes) -> str:
    """What the age file `data` is sealed for: `SCRYPT` (a passphrase) or `X25519` (a key,
    such as the journal's backup key); anything else is refused. No KDF runs."""
    return _check_header(data)


def _check_header(data: bytes) -> str:
    """Refuse a header that is neither one scrypt stanza of a sane work factor nor X25519
    stanzas only; return which of the two it is. No KDF runs."""
    end = data.find(b"\n---", 0, _HEADER_LIMIT)
    if not data.startswith(MAGIC) or end < 0:
        raise BackupInvalid.damaged_header()
    stanzas = [
        line.split(b" ") for line in data[len(MAGIC) : end].split(b"\n") if line.startswith(b"-> ")
    ]
    if not stanzas:
        raise BackupInvalid.damaged_header()
    kinds = {s[1] if len(s) > 1 else b"" for s in stanzas}
    if b"scrypt" in kinds and len(stanzas) != 1:  # age allows scrypt only alone
        raise BackupInvalid.damaged_header()
    if b"scrypt" not in kinds and b"X25519" in kinds:  # (rage adds a random "-grease" one)
        if any(len(s) != 3 for s in stanzas if s[1] == b"X25519"):
            raise BackupInvalid.damaged_header()
        return X25519
    if b"scrypt" not in kinds and kinds & _KEY_STANZAS:
        raise BackupInvalid(
            _(
                "This age file is sealed for a kind of age key TrustJournal does not use, so it "
                "is not a TrustJournal backup. Open it with `age -d -i YOUR-KEY-FILE`. Nothing "
                "was changed."
            ),
            where="file",
        )
    stanza = stanzas[0]
    if kinds != {b"scrypt"} or len(stanza) != 4 or not stanza[3].isdigit():
        raise BackupInvalid.damaged_header()
    if int(stanza[3]) > MAX_WORK_FACTOR:
        raise BackupInvalid(
            _(
                "This backup's passphrase protection asks for far more work than any backup "
                "needs (scrypt work factor {found}; at most {limit}), so it was not tried. "
                "Nothing was changed."
            ).format(found=int(stanza[3]), limit=MAX_WORK_FACTOR),
            where="header",
        )
    return SCRYPT


def read(f: BinaryIO) -> bytes:
    """The whole age file `f` (from its start), refusing one too large to be a backup."""
    size = os.fstat(f.fileno()).st_size
    if size > MAX_FILE_BYTES:
        raise BackupInvalid(
            _(
                "This file is {size} GB, far larger than any backup this app makes, so it was "
                "not read. Nothing was changed."
            ).format(size=f"{size / 1024**3:.1f}"),
            where="file",
        )
    data = f.read(size + 1)  # (not MAX_FILE_BYTES: read(n) may allocate n bytes first)
    _check_header(data)
    return data


def open_sealed(data: bytes, passphrase: str) -> bytes:
    """The plaintext of the age file `data`; raises for a wrong passphrase or damage.

    age authenticates everything: the header by its MAC (a wrong passphrase and a tampered
    stanza cannot be told apart, as with the journal's own header), the payload chunk by
    chunk, and truncation and trailing bytes are detected.
    """
    import pyrage

    if _check_header(data) != SCRYPT:
        raise BackupWrongPassphrase()
    try:
        return bytes(pyrage.passphrase.decrypt(data, passphrase))
    except pyrage.DecryptError as exc:
        raise _failure(str(exc)) from None


def open_with(data: bytes, identities: list[str]) -> bytes:
    """The plaintext of the age file `data`, sealed for one of the X25519 `identities`
    (`AGE-SECRET-KEY-1…`); `BackupWrongPassphrase(with_key=True)` when none opens it."""
    import pyrage

    if _check_header(data) != X25519:
        raise BackupWrongPassphrase(with_key=True)
    keys = [pyrage.x25519.Identity.from_str(i) for i in identities]
    try:
        return bytes(pyrage.decrypt(data, keys))
    except pyrage.DecryptError as exc:
        raise _failure(str(exc), with_key=True) from None


def _failure(said: str, *, with_key: bool = False) -> JournalError:
    """What pyrage's error means for a person."""
    lowered = said.lower()
    if said == "Decryption failed" or "no matching keys" in lowered:
        return BackupWrongPassphrase(with_key=with_key)  # the stanza did not open
    if "header" in lowered:  # the stanza opened; the header's MAC failed
        return BackupInvalid.damaged_header()
    return BackupInvalid(
        _(
            "This backup is damaged or incomplete (its encrypted contents do not "
            "authenticate) and cannot be read. Nothing was changed."
        ),
        where="chunk",
    )
