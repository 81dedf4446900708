"""The bytes of a sealed change file, a snapshot and the folder's marker (docs/sync.md).

A change file or snapshot (big-endian; the whole file a multiple of 4 KiB):

    offset size  field
         0    8  magic            b"TJSYNCF\\0"
         8    2  format version   1
        10   12  nonce            random, AES-256-GCM under the sync key
        22    n  ciphertext       the sealed plaintext below, + 16-byte tag
      22+n   64  signature        Ed25519 of the device over bytes 0 .. 22+n

    sealed plaintext:
         1  kind            1 = change, 2 = snapshot
         1  id length       of the device id, 1..64
         …  device id       ASCII
         8  sequence        the device's, shared by its changes and snapshots
        32  public key      the device's Ed25519 key (how a new device registers itself)
         4  length          of the compressed payload
         …  payload         zlib-compressed
         …  zeros           padding, so the file is a multiple of 4 KiB

The associated data of the seal is the file's first 10 bytes (magic, version). The device
id, sequence and kind are sealed inside, and the reader checks them against the file's
name (an HMAC of the device id and the sequence, docs/sync.md): a file renamed, moved to
another device's folder or made into a snapshot is refused. The signature covers the
ciphertext and its associated data, so only the holder of the device's private key (not
every holder of the data key) can make a file that passes as that device's.

The marker (`TrustJournal.sync`): magic b"TJSYNCM\\0", version, nonce, then sealed the
journal tag and the version, associated data its first 10 bytes and b"marker".
"""

from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from trustjournal.core.sync import errors
from trustjournal.core.sync.keys import (
    PUBLIC_KEY_BYTES,
    SIGNATURE_BYTES,
    DeviceKey,
    SyncKeys,
    device_id_bytes,
)

FORMAT = 1
FILE_MAGIC = b"TJSYNCF\x00"
MARKER_MAGIC = b"TJSYNCM\x00"
CHANGE = "change"
SNAPSHOT = "snapshot"
BLOCK = 4096
_KIND_BYTE = {CHANGE: 1, SNAPSHOT: 2}
_KIND_OF = {v: k for k, v in _KIND_BYTE.items()}
_HEAD = struct.Struct(">8sH")
_NONCE = 12
_TAG = 16
OVERHEAD = _HEAD.size + _NONCE + _TAG + SIGNATURE_BYTES
MAX_FILE = 256 * 1024 * 1024  # a snapshot of a big journal compresses to a few MiB
MAX_PAYLOAD = 1024 * 1024 * 1024
_MARKER_AD = b"marker"


class FileProblem(Exception):
    """Why a blob is not a file this journal can read; `why` is one of errors' constants."""

    def __init__(self, why: str, found: int = 0) -> None:
        super().__init__(why)
        self.why = why
        self.found = found


@dataclass(frozen=True)
class Unsealed:
    """A file opened with the sync key; its signature is not checked yet (that needs the
    device's registered key, which the folder looks up)."""

    kind: str
    device_id: str
    seq: int
    public_key: bytes
    payload: bytes
    signed: bytes
    signature: bytes


def padded_size(plain_length: int) -> int:
    """The size of a file whose sealed plaintext is `plain_length` bytes before padding."""
    return -(-(plain_length + OVERHEAD) // BLOCK) * BLOCK


def seal(
    keys: SyncKeys, kind: str, device_id: str, key: DeviceKey, seq: int, payload: bytes
) -> bytes:
    """A change file (or snapshot) holding `payload`, sealed and signed; see the layout."""
    ident = device_id_bytes(device_id)
    compressed = zlib.compress(payload, 6)
    plain = b"".join(
        (
            bytes((_KIND_BYTE[kind], len(ident))),
            ident,
            seq.to_bytes(8, "big"),
            key.public,
            len(compressed).to_bytes(4, "big"),
            compressed,
        )
    )
    plain += bytes(padded_size(len(plain)) - OVERHEAD - len(plain))
    head = _HEAD.pack(FILE_MAGIC, FORMAT)
    nonce = os.urandom(_NONCE)
    signed = head + nonce + AESGCM(keys.sync).encrypt(nonce, plain, head)
    return signed + key.sign(signed)


def unseal(keys: SyncKeys, blob: bytes) -> Unsealed:
    """Open a file sealed by `seal`; `FileProblem` for anything else."""
    if len(blob) < _HEAD.size:
        raise FileProblem(errors.NOT_A_FILE)
    magic, version = _HEAD.unpack_from(blob)
    if magic != FILE_MAGIC:
        raise FileProblem(errors.NOT_A_FILE)
    if version > FORMAT:
        raise FileProblem(errors.TOO_NEW, version)
    if version != FORMAT:
        raise FileProblem(errors.NOT_A_FILE)
    if len(blob) % BLOCK or len(blob) < BLOCK:
        raise FileProblem(errors.INCOMPLETE)
    signed, signature = blob[:-SIGNATURE_BYTES], blob[-SIGNATURE_BYTES:]
    head, nonce = signed[: _HEAD.size], signed[_HEAD.size : _HEAD.size + _NONCE]
    try:
        plain = AESGCM(keys.sync).decrypt(nonce, signed[_HEAD.size + _NONCE :], head)
    except InvalidTag:
        raise FileProblem(errors.DAMAGED) from None
    # Authenticated from here: a malformed plaintext is a bug of the writer, not an attack
    # by an outsider, but it is still refused rather than trusted.
    try:
        return _parse_plain(plain, signed, signature)
    except (IndexError, KeyError, ValueError, zlib.error):
        raise FileProblem(errors.DAMAGED) from None


def _parse_plain(plain: bytes, signed: bytes, signature: bytes) -> Unsealed:
    kind = _KIND_OF[plain[0]]
    n = plain[1]
    at = 2
    device_id = plain[at : at + n].decode("ascii")
    device_id_bytes(device_id)  # the same rules as the writer's
    at += n
    seq = int.from_bytes(plain[at : at + 8], "big")
    at += 8
    public_key = plain[at : at + PUBLIC_KEY_BYTES]
    at += PUBLIC_KEY_BYTES
    length = int.from_bytes(plain[at : at + 4], "big")
    at += 4
    if at + length > len(plain) or len(public_key) != PUBLIC_KEY_BYTES:
        raise ValueError("cut short")
    inflate = zlib.decompressobj()
    payload = inflate.decompress(plain[at : at + length], MAX_PAYLOAD)
    if inflate.unconsumed_tail or not inflate.eof:
        raise ValueError("payload too large or cut short")
    return Unsealed(kind, device_id, seq, public_key, payload, signed, signature)


# -- the marker --------------------------------------------------------------------------------


def seal_marker(keys: SyncKeys) -> bytes:
    head = _HEAD.pack(MARKER_MAGIC, FORMAT)
    nonce = os.urandom(_NONCE)
    plain = keys.journal_tag + FORMAT.to_bytes(2, "big")
    return head + nonce + AESGCM(keys.sync).encrypt(nonce, plain, head + _MARKER_AD)


def open_marker(keys: SyncKeys, blob: bytes) -> None:
    """Check the marker is this journal's: `FileProblem` NOT_A_FILE (not a marker),
    DAMAGED (another journal's, or altered) or TOO_NEW."""
    if len(blob) < _HEAD.size + _NONCE + _TAG:
        raise FileProblem(errors.NOT_A_FILE)
    magic, version = _HEAD.unpack_from(blob)
    if magic != MARKER_MAGIC:
        raise FileProblem(errors.NOT_A_FILE)
    if version > FORMAT:
        raise FileProblem(errors.TOO_NEW, version)
    head, nonce = blob[: _HEAD.size], blob[_HEAD.size : _HEAD.size + _NONCE]
    try:
        plain = AESGCM(keys.sync).decrypt(nonce, blob[_HEAD.size + _NONCE :], head + _MARKER_AD)
    except InvalidTag:
        raise FileProblem(errors.DAMAGED) from None
    if plain != keys.journal_tag + version.to_bytes(2, "big"):
        raise FileProblem(errors.DAMAGED)
