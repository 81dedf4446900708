"""The vault header: the data key, wrapped under a key derived from the passphrase.

Layout (version 1, big-endian, 113 bytes; described for people in docs/security.md):

    offset size  field
         0    8  magic            b"TJVAULT\\0"
         8    2  format version   1
        10    1  KDF id           1 = Argon2id
        11    4  memory           KiB
        15    4  iterations
        19    2  lanes
        21   16  salt
        37   16  vault id         random; names the keychain entry, never secret
        53   12  nonce            AES-256-GCM
        65   48  wrapped data key 32-byte key + 16-byte tag

The first 65 bytes are the associated data of the AES-GCM seal, so any change to any
byte (parameters, salt, id, nonce, key) makes unwrapping fail. KDF parameters are
bounds-checked before Argon2id runs, so a forged header cannot make us allocate
gigabytes or spin for minutes.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from trustjournal.core.errors import UnlockFailed

MAGIC = b"TJVAULT\x00"
VERSION = 1
KDF_ARGON2ID = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
_FIXED = struct.Struct(">8sHBIIH16s16s12s")
_TAG_BYTES = 16
SIZE = _FIXED.size + KEY_BYTES + _TAG_BYTES

# What a new vault uses (RFC 9106's second recommended option, with 4 lanes).
MEMORY_KIB = 64 * 1024
ITERATIONS = 3
LANES = 4
# What a header may ask for before it is refused as damaged; the floor is the default
# so that no header can talk us down to a weaker derivation.
MEMORY_KIB_RANGE = (MEMORY_KIB, 4 * 1024 * 1024)
ITERATIONS_RANGE = (ITERATIONS, 64)
LANES_RANGE = (1, 64)


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MEMORY_KIB
    iterations: int = ITERATIONS
    lanes: int = LANES

    def in_bounds(self) -> bool:
        return (
            MEMORY_KIB_RANGE[0] <= self.memory_kib <= MEMORY_KIB_RANGE[1]
            and ITERATIONS_RANGE[0] <= self.iterations <= ITERATIONS_RANGE[1]
            and LANES_RANGE[0] <= self.lanes <= LANES_RANGE[1]
        )


@dataclass(frozen=True)
class Header:
    """A parsed header: everything but the passphrase-derived secret."""

    params: KdfParams
    salt: bytes
    vault_id: bytes
    nonce: bytes
    wrapped_key: bytes
    associated_data: bytes


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC so that the same passphrase typed through different input methods matches.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_wrapping_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(_passphrase_bytes(passphrase))


def parse(blob: bytes) -> Header:
    """Parse and bounds-check a header; any oddity is `UnlockFailed`, before any KDF."""
    if len(blob) != SIZE:
        raise UnlockFailed()
    magic, version, kdf_id, memory, iterations, lanes, salt, vault_id, nonce = _FIXED.unpack_from(
        blob
    )
    params = KdfParams(memory, iterations, lanes)
    if magic != MAGIC or version != VERSION or kdf_id != KDF_ARGON2ID or not params.in_bounds():
        raise UnlockFailed()
    return Header(params, salt, vault_id, nonce, blob[_FIXED.size :], blob[: _FIXED.size])


def seal(
    data_key: bytes, passphrase: str, vault_id: bytes, params: KdfParams | None = None
) -> bytes:
    """A fresh header for `data_key` under `passphrase` (new salt, new nonce)."""
    params = params or KdfParams()
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    fixed = _FIXED.pack(
        MAGIC,
        VERSION,
        KDF_ARGON2ID,
        params.memory_kib,
        params.iterations,
        params.lanes,
        salt,
        vault_id,
        nonce,
    )
    wrapping_key = derive_wrapping_key(passphrase, salt, params)
    return fixed + AESGCM(wrapping_key).encrypt(nonce, data_key, fixed)


def unwrap(header: Header, passphrase: str) -> bytes:
    """The data key, or `UnlockFailed` for a wrong passphrase or a tampered header."""
    return unwrap_with(header, derive_wrapping_key(passphrase, header.salt, header.params))


def unwrap_with(header: Header, wrapping_key: bytes) -> bytes:
    """The data key under a wrapping key already derived (see `derive_wrapping_key`)."""
    try:
        key = AESGCM(wrapping_key).decrypt(header.nonce, header.wrapped_key, header.associated_data)
    except InvalidTag:
        raise UnlockFailed() from None
    if len(key) != KEY_BYTES:
        raise UnlockFailed()
    return key
