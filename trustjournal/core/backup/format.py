"""The encrypted backup container: an authenticated header, then 64 KiB sealed chunks.

This module knows nothing of what a backup holds (that is `backup_payload.py`); it turns
a stream of plaintext blocks into a backup file and back, streaming both ways: neither
the whole file nor the whole plaintext is ever held in memory. The byte layout is
specified for people in docs/backup-format.md, which is the reference; in short
(version 1, big-endian):

    header  magic b"TJBACKUP" | format version u16 | stanza length u16 | stanza (113 bytes,
            exactly a vault header, header.py) | created_at u64 (unix seconds, UTC) |
            app version (u8 length + UTF-8) | wrap nonce (12) | wrapped file key (32 + 16)
            | header MAC (32)
    chunks  AES-256-GCM under the payload key; nonce = 11-byte counter || last-flag byte

Keys: the stanza wraps K (Argon2id over the passphrase, exactly as a vault header). A
random file key F per backup is wrapped under W = HKDF-SHA256(K, info "... wrap"), with
all header bytes before the wrap nonce as associated data; the payload key P and the
header MAC key M are derived from F by HKDF-SHA256.

API (all failures are `JournalError` subclasses with messages for people):

    new_stanza(passphrase) -> (stanza, K)       # a separate backup passphrase
    write(out, stanza, key, plaintext, *, created_at, app_version) -> None
    read(f, passphrase) -> (BackupHeader, Iterator[bytes])
    read_with_key(f, key) -> (BackupHeader, Iterator[bytes])
    unlock(f, passphrase) / unlock_with_key(f, key) -> (BackupHeader, payload key)
    decrypt_chunks(f, payload_key) -> Iterator[bytes]

`read` checks the whole header (and runs the KDF) before it returns, so a wrong
passphrase, a damaged header or a newer format raise at once. The chunks are checked as
they are iterated: each yielded block is authentic, but the payload is complete only
when the iterator is exhausted without an error (truncation, reordering, duplication,
a missing or second last chunk and trailing bytes raise `BackupInvalid` naming the chunk).
"""

from __future__ import annotations

import datetime as dt
import hmac
import os
import secrets
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustjournal.core.errors import (
    BackupInvalid,
    BackupTooNew,
    BackupWrongPassphrase,
    UnlockFailed,
)
from trustjournal.core.store import header

MAGIC = b"TJBACKUP"
FORMAT_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
MAC_BYTES = 32
CHUNK_SIZE = 64 * 1024
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_BYTES
MAX_APP_VERSION_BYTES = 255
# The latest time a header may carry: 9999-12-31 23:59:59 UTC (what `datetime` can hold).
MAX_CREATED_AT = 253402300799

WRAP_INFO = b"TrustJournal backup v1 wrap"
PAYLOAD_INFO = b"TrustJournal backup v1 payload"
HEADER_MAC_INFO = b"TrustJournal backup v1 header"

_PREFIX = struct.Struct(">8sHH")  # magic, format version, stanza length
_COUNTER_LIMIT = 1 << 88  # 11-byte chunk counter


@dataclass(frozen=True)
class BackupHeader:
    """What an authenticated backup header says about the backup."""

    created_at: dt.datetime  # aware, UTC, whole seconds
    app_version: str
    format_version: int


def _hkdf(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(key)


def _mac(mac_key: bytes, data: bytes) -> bytes:
    h = crypto_hmac.HMAC(mac_key, hashes.SHA256())
    h.update(data)
    return h.finalize()


def _chunk_nonce(index: int, last: bool) -> bytes:
    if index >= _COUNTER_LIMIT:  # pragma: no cover - 2**88 chunks of 64 KiB
        raise OverflowError("backup too large")
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _read_exact(f: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes; fewer only at the end of the file."""
    parts: list[bytes] = []
    remaining = size
    while remaining > 0:
        part = f.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts) if len(parts) != 1 else parts[0]


# -- keys -------------------------------------------------------------------------------


def new_stanza(passphrase: str, params: header.KdfParams | None = None) -> tuple[bytes, bytes]:
    """A fresh stanza around a fresh random K under `passphrase`: returns (stanza, K).

    For a backup with its own passphrase. (A backup under the journal passphrase uses the
    vault's current header bytes as its stanza and the journal's data key as K.)
    """
    key = secrets.token_bytes(KEY_BYTES)
    stanza = header.seal(key, passphrase, secrets.token_bytes(16), params)
    return stanza, key


# -- writing ----------------------------------------------------------------------------


def _encode_header(
    stanza: bytes, key: bytes, file_key: bytes, created_at: dt.datetime, app_version: str
) -> bytes:
    if created_at.tzinfo is None:
        raise ValueError("created_at must be timezone-aware")
    seconds = int(created_at.timestamp())
    if not 0 <= seconds <= MAX_CREATED_AT:
        raise ValueError("created_at out of range")
    version_bytes = app_version.encode("utf-8")
    if len(version_bytes) > MAX_APP_VERSION_BYTES:
        raise ValueError("app_version longer than 255 bytes")
    before_nonce = (
        _PREFIX.pack(MAGIC, FORMAT_VERSION, len(stanza))
        + stanza
        + struct.pack(">QB", seconds, len(version_bytes))
        + version_bytes
    )
    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(_hkdf(key, WRAP_INFO)).encrypt(nonce, file_key, before_nonce)
    body = before_nonce + nonce + wrapped
    return body + _mac(_hkdf(file_key, HEADER_MAC_INFO), body)


def write(
    out: BinaryIO,
    stanza: bytes,
    key: bytes,
    plaintext: Iterable[bytes],
    *,
    created_at: dt.datetime,
    app_version: str,
) -> None:
    """Write a whole backup to `out`: the header, then `plaintext` sealed in chunks.

    `stanza` is a vault header (113 bytes) that wraps `key` (K, already unwrapped);
    `plaintext` is any iterable of byte blocks of any size, consumed as it is written (at
    most one chunk is buffered). `created_at` must be timezone-aware. The caller owns
    `out` (a temp file it fsyncs and renames); OS errors (a full disk) propagate as they
    are. A stanza that does not parse raises `UnlockFailed`, the vault's own message.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("key must be 32 bytes")
    header.parse(stanza)  # refuses anything but a well-formed stanza, before writing
    file_key = secrets.token_bytes(KEY_BYTES)
    out.write(_encode_header(stanza, key, file_key, created_at, app_version))
    aead = AESGCM(_hkdf(file_key, PAYLOAD_INFO))
    buffer = bytearray()
    index = 0
    for block in plaintext:
        buffer += block
        # Keep a full chunk back until more data follows: a full-size chunk is the last
        # one only if the payload ends there, and an empty last chunk only if it is empty.
        while len(buffer) > CHUNK_SIZE:
            out.write(aead.encrypt(_chunk_nonce(index, False), bytes(buffer[:CHUNK_SIZE]), None))
            del buffer[:CHUNK_SIZE]
            index += 1
    out.write(aead.encrypt(_chunk_nonce(index, True), bytes(buffer), None))


# -- reading ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parsed:
    stanza: header.Header
    info: BackupHeader
    before_nonce: bytes
    nonce: bytes
    wrapped_file_key: bytes
    body: bytes  # every header byte before the MAC
    mac: bytes


def _parse_header(f: BinaryIO) -> _Parsed:
    """Read and check the header's structure and the stanza's KDF bounds; no KDF runs."""
    prefix = _read_exact(f, _PREFIX.size)
    if len(prefix) < len(MAGIC):
        if prefix and MAGIC.startswith(prefix):
            raise BackupInvalid.damaged_header()
        raise BackupInvalid.not_a_backup()
    if not prefix.startswith(MAGIC):
        raise BackupInvalid.not_a_backup()
    if len(prefix) < _PREFIX.size:
        raise BackupInvalid.damaged_header()
    _, version, stanza_len = _PREFIX.unpack(prefix)
    if version > FORMAT_VERSION:
        raise BackupTooNew(version, FORMAT_VERSION)
    if version != FORMAT_VERSION or stanza_len != header.SIZE:
        raise BackupInvalid.damaged_header()
    stanza_bytes = _read_exact(f, stanza_len)
    try:
        stanza = header.parse(stanza_bytes)  # length, magic, version, KDF id and bounds
    except UnlockFailed:
        raise BackupInvalid.damaged_header() from None
    fixed = _read_exact(f, 9)
    if len(fixed) < 9:
        raise BackupInvalid.damaged_header()
    seconds, version_len = struct.unpack(">QB", fixed)
    version_bytes = _read_exact(f, version_len)
    rest = _read_exact(f, NONCE_BYTES + KEY_BYTES + TAG_BYTES + MAC_BYTES)
    if (
        len(version_bytes) < version_len
        or len(rest) < NONCE_BYTES + KEY_BYTES + TAG_BYTES + MAC_BYTES
        or seconds > MAX_CREATED_AT
    ):
        raise BackupInvalid.damaged_header()
    try:
        app_version = version_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise BackupInvalid.damaged_header() from None
    info = BackupHeader(
        created_at=dt.datetime.fromtimestamp(seconds, dt.UTC),
        app_version=app_version,
        format_version=version,
    )
    before_nonce = prefix + stanza_bytes + fixed + version_bytes
    nonce = rest[:NONCE_BYTES]
    wrapped = rest[NONCE_BYTES : NONCE_BYTES + KEY_BYTES + TAG_BYTES]
    mac = rest[NONCE_BYTES + KEY_BYTES + TAG_BYTES :]
    return _Parsed(stanza, info, before_nonce, nonce, wrapped, before_nonce + nonce + wrapped, mac)


def _open(parsed: _Parsed, key: bytes, *, with_key: bool) -> bytes:
    """Unwrap F under K, verify the header MAC; return the payload key P."""
    try:
        file_key = AESGCM(_hkdf(key, WRAP_INFO)).decrypt(
            parsed.nonce, parsed.wrapped_file_key, parsed.before_nonce
        )
    except InvalidTag:
        # Through a passphrase, K came out of an authenticated stanza, so a failure here
        # is damage; with a key handed in, it is most likely another key.
        if with_key:
            raise BackupWrongPassphrase(with_key=True) from None
        raise BackupInvalid.damaged_header() from None
    if not hmac.compare_digest(_mac(_hkdf(file_key, HEADER_MAC_INFO), parsed.body), parsed.mac):
        raise BackupInvalid.damaged_header()
    return _hkdf(file_key, PAYLOAD_INFO)


def unlock(f: BinaryIO, passphrase: str) -> tuple[BackupHeader, bytes]:
    """Read and authenticate the header; return it and the payload key.

    Leaves `f` at the first chunk (pass it and the key to `decrypt_chunks`). Raises
    `BackupInvalid` (not a backup / damaged header), `BackupTooNew`, or
    `BackupWrongPassphrase`. The stanza's KDF parameters are bounds-checked before
    Argon2id runs.
    """
    parsed = _parse_header(f)
    try:
        key = header.unwrap(parsed.stanza, passphrase)
    except UnlockFailed:
        raise BackupWrongPassphrase() from None
    return parsed.info, _open(parsed, key, with_key=False)


def unlock_with_key(f: BinaryIO, key: bytes) -> tuple[BackupHeader, bytes]:
    """As `unlock`, with K already known (the open journal checking its own backup)."""
    parsed = _parse_header(f)
    return parsed.info, _open(parsed, key, with_key=True)


def _opens(aead: AESGCM, index: int, block: bytes) -> bool:
    try:
        aead.decrypt(_chunk_nonce(index, False), block, None)
    except InvalidTag:
        return False
    return True


def decrypt_chunks(f: BinaryIO, payload_key: bytes) -> Iterator[bytes]:
    """Yield the verified plaintext of each chunk, from `f` positioned at the first one.

    Raises `BackupInvalid.damaged_chunk(n)` (n counts from 1) for a chunk that does not
    authenticate at its position, a missing last chunk, anything after the last chunk,
    and an empty last chunk after others. The payload is whole only once this is
    exhausted without an error; the last block is yielded only after the end of the file
    was checked.
    """
    aead = AESGCM(payload_key)
    index = 0
    block = _read_exact(f, SEALED_CHUNK_SIZE)
    while True:
        if len(block) < TAG_BYTES:  # includes the file ending before the last chunk
            raise BackupInvalid.damaged_chunk(index + 1)
        following = b""
        if len(block) == SEALED_CHUNK_SIZE:
            following = _read_exact(f, SEALED_CHUNK_SIZE)
        last = not following
        try:
            plain = aead.decrypt(_chunk_nonce(index, last), block, None)
        except InvalidTag:
            if last and len(block) == SEALED_CHUNK_SIZE and _opens(aead, index, block):
                # An intact middle chunk at the end of the file: the next one is missing.
                raise BackupInvalid.damaged_chunk(index + 2) from None
            raise BackupInvalid.damaged_chunk(index + 1) from None
        if last:
            if (index > 0 and not plain) or f.read(1):
                raise BackupInvalid.damaged_chunk(index + 1)
            yield plain
            return
        yield plain
        block = following
        index += 1


def read(f: BinaryIO, passphrase: str) -> tuple[BackupHeader, Iterator[bytes]]:
    """Authenticate the header now (runs the KDF); return it and the plaintext chunks."""
    info, payload_key = unlock(f, passphrase)
    return info, decrypt_chunks(f, payload_key)


def read_with_key(f: BinaryIO, key: bytes) -> tuple[BackupHeader, Iterator[bytes]]:
    """As `read`, with K already known: no KDF, no passphrase."""
    info, payload_key = unlock_with_key(f, key)
    return info, decrypt_chunks(f, payload_key)
