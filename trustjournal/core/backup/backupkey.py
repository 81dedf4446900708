"""The journal's backup key: what automatic backups are sealed for, as standard age files.

An age file sealed for a passphrase needs the passphrase to be made, and the app does not
keep it after unlocking. So a backup made without asking (the automatic one, at every lock)
is sealed instead for an age **X25519 key**, whose public half is all that sealing needs:

- the key (an age identity, `AGE-SECRET-KEY-1…`) is derived from the journal's data key by
  HKDF-SHA256, so the open journal always has it, it never changes with the passphrase, and
  it is stored nowhere;
- beside the automatic backups, in their folder, lies the **key file**
  "TrustJournal backup key XXXXXXXX.age" (XXXXXXXX names the key, not the journal): the
  identity, itself an age file sealed with the journal passphrase (scrypt). It is written
  whenever the passphrase is at hand (an unlock, a new passphrase) and the folder lacks it
  or holds it under an older passphrase.

So one passphrase opens every automatic backup, with any age implementation, no
TrustJournal needed: `age -d -i "TrustJournal backup key XXXXXXXX.age" BACKUP` asks for the
passphrase of the key file, then decrypts (age reads passphrase-protected identity files).
The app restores them the same way: the key files beside the backup, opened with the
passphrase typed. docs/backup-format.md gives the steps, docs/security.md the reasons.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustjournal.core.errors import BackupInvalid, BackupWrongPassphrase, JournalError
from trustjournal.core.i18n import _
from trustjournal.core.store import fsutil

KEY_FILE_PREFIX = "TrustJournal backup key "
KEY_FILE_SUFFIX = ".age"
_INFO = b"trustjournal backup identity v1"
_HRP = "age-secret-key-"
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_KEY_FILE_LIMIT = 64 * 1024  # an identity with its comments is a few hundred bytes


class NoKeyFile(JournalError):
    """An automatic backup with no key file beside it (and no open journal to derive it)."""

    def __init__(self, backup: Path) -> None:
        super().__init__(
            _(
                "“{backup}” is an automatic backup: it opens with the key file “{key_file}” "
                "that is kept in the folder the automatic backups are made in, and no such "
                "file is beside it. Put that key file in the same folder as the backup and try "
                "again (or open the backup with `age -d -i KEYFILE BACKUP`). Nothing was "
                "changed."
            ).format(backup=backup.name, key_file=f"{KEY_FILE_PREFIX}….age")
        )


class KeyFileMismatch(JournalError):
    """The passphrase opened a key file beside the backup, but its key does not open it."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "The backup key beside this backup belongs to another journal (the passphrase "
                "opened it, but it does not open this backup). Put the key file from this "
                "backup's own folder beside it. Nothing was changed."
            )
        )


# -- the key ---------------------------------------------------------------------------------


def identity(data_key: bytes) -> str:
    """The journal's backup identity (`AGE-SECRET-KEY-1…`), derived from its data key."""
    secret = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(data_key)
    return _bech32(_HRP, secret).upper()


def recipient(data_key: bytes) -> str:
    """The public half of the backup identity (`age1…`): what automatic backups are sealed for."""
    import pyrage

    return str(pyrage.x25519.Identity.from_str(identity(data_key)).to_public())


def key_file_name(data_key: bytes) -> str:
    """The key file's name: the same for a journal whatever its passphrase."""
    tag = hashlib.sha256(recipient(data_key).encode("ascii")).hexdigest()[:8]
    return f"{KEY_FILE_PREFIX}{tag}{KEY_FILE_SUFFIX}"


def sealed_marker(passphrase_slot: bytes, data_key: bytes) -> str:
    """Names this key under this passphrase (the header's passphrase slot, which changes with
    every new passphrase): the app notes it once the key file is written, and writes the
    file again when the marker changes. It reveals neither the key nor the passphrase."""
    digest = hashlib.sha256(recipient(data_key).encode("ascii") + b"\0" + passphrase_slot)
    return digest.hexdigest()[:32]


# -- the key file ----------------------------------------------------------------------------


def key_file_text(data_key: bytes, now: dt.datetime | None = None) -> bytes:
    """The identity file age reads (`#` lines are comments), before it is sealed."""
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        "# TrustJournal backup key: opens this journal's automatic backups.\n"
        "# Use: age -d -i THIS-FILE BACKUP | gunzip > journal.jsonl\n"
        f"# created: {when}\n"
        f"# public key: {recipient(data_key)}\n"
        f"{identity(data_key)}\n"
    ).encode("ascii")


def write_key_file(folder: Path, data_key: bytes, passphrase: str) -> Path:
    """Write (or write again, under `passphrase`) the key file in `folder`; return its path."""
    from trustjournal.core.backup import agefile

    path = folder / key_file_name(data_key)
    try:
        if not folder.exists():
            fsutil.make_private_dir(folder)
        fsutil.atomic_write(path, agefile.seal(key_file_text(data_key), passphrase))
    except OSError as exc:
        raise JournalError(
            _("Could not write the backup key file in {folder}: {error}.").format(
                folder=folder, error=(exc.strerror or str(exc)).lower()
            )
        ) from None
    return path


def key_files_beside(backup: Path) -> list[Path]:
    """The key files in the backup's folder (newest first)."""
    try:
        found = [
            p
            for p in backup.parent.iterdir()
            if p.name.startswith(KEY_FILE_PREFIX) and p.name.endswith(KEY_FILE_SUFFIX)
        ]
    except OSError:
        return []
    found = [p for p in found if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def open_key_file(path: Path, passphrase: str) -> str:
    """The identity inside the key file at `path`; `BackupWrongPassphrase` if it does not open."""
    from trustjournal.core.backup import agefile

    try:
        with path.open("rb") as f:
            data = f.read(_KEY_FILE_LIMIT + 1)
    except OSError as exc:
        raise JournalError(
            _("Could not read the key file {file}: {error}.").format(
                file=path.name, error=(exc.strerror or str(exc)).lower()
            )
        ) from None
    if len(data) > _KEY_FILE_LIMIT:
        raise BackupInvalid(_not_a_key_file(path))
    plain = agefile.open_sealed(data, passphrase)  # a wrong passphrase raises here
    lines = [ln.strip() for ln in plain.decode("ascii", "replace").splitlines()]
    keys = [ln for ln in lines if ln.startswith("AGE-SECRET-KEY-1")]
    if len(keys) != 1:
        raise BackupInvalid(_not_a_key_file(path))
    return keys[0]


def _not_a_key_file(path: Path) -> str:
    return _("{file} is not a backup key file. Nothing was changed.").format(file=path.name)


def identities_beside(backup: Path, passphrase: str) -> list[str]:
    """The identities of the key files beside `backup` that `passphrase` opens.

    Raises `NoKeyFile` when there is none, `BackupWrongPassphrase` when the passphrase
    opens none of them.
    """
    files = key_files_beside(backup)
    if not files:
        raise NoKeyFile(backup)
    opened: list[str] = []
    for path in files:
        try:
            opened.append(open_key_file(path, passphrase))
        except (BackupWrongPassphrase, BackupInvalid):
            continue
    if not opened:
        raise BackupWrongPassphrase()
    return opened


# -- bech32 (BIP 173), the encoding of age keys -----------------------------------------------


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= generator
    return check


def _bech32(hrp: str, data: bytes) -> str:
    groups: list[int] = []
    acc = bits = 0
    for byte in data:  # 8-bit bytes to 5-bit groups, the last one padded with zeros
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            groups.append((acc >> bits) & 31)
    if bits:
        groups.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = _polymod(expanded + groups + [0] * 6) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[g] for g in groups + checksum)
