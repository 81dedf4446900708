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

Version 2 (235 bytes) holds two key slots wrapping the same data key, LUKS-style:

    offset size  field
         0    8  magic            b"TJVAULT\0"
         8    2  format version   2
        10    1  slot count       2
        11    1  slot kind        1 = passphrase
        12  113  passphrase slot  a complete version-1 header (above), unchanged
       125    1  slot kind        2 = recovery key
       126    1  KDF id           2 = HKDF-SHA256
       127   16  salt
       143   12  nonce            AES-256-GCM
       155   48  wrapped data key 32-byte key + 16-byte tag
       203   32  header MAC       HMAC-SHA256 of bytes 0..202, keyed from the data key

The recovery slot's associated data is the magic, version, vault id (of the passphrase
slot) and its own bytes up to the nonce. Whichever slot unwraps the data key, the MAC over
the whole header is then checked with a key derived from the data key, so a change to the
other slot, the count or a kind is detected too, with the same message. The passphrase
slot being a whole version-1 header lets a recovery key be added or removed with the data
key alone (the journal open), and keeps a backup's key stanza a version-1 header.
"""

from __future__ import annotations

import hmac
import os
import struct
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustjournal.core.errors import UnlockFailed

MAGIC = b"TJVAULT\x00"
VERSION = 1
VERSION_SLOTS = 2
KDF_ARGON2ID = 1
KDF_HKDF_SHA256 = 2
SLOT_PASSPHRASE = 1
SLOT_RECOVERY = 2
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
_FIXED = struct.Struct(">8sHBIIH16s16s12s")
_TAG_BYTES = 16
SIZE = _FIXED.size + KEY_BYTES + _TAG_BYTES
_PREFIX = struct.Struct(">8sHB")  # magic, version, slot count
_RECOVERY_FIXED = struct.Struct(">BB16s12s")  # kind, KDF id, salt, nonce
RECOVERY_SLOT_SIZE = _RECOVERY_FIXED.size + KEY_BYTES + _TAG_BYTES
MAC_BYTES = 32
_PASSPHRASE_AT = _PREFIX.size + 1
_RECOVERY_AT = _PASSPHRASE_AT + SIZE
SLOTS_SIZE = _RECOVERY_AT + RECOVERY_SLOT_SIZE + MAC_BYTES
_RECOVERY_INFO = b"TrustJournal recovery slot v1"
_MAC_INFO = b"TrustJournal header MAC v2"

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
    # Version 2 only: the recovery slot and the MAC over the whole header.
    recovery: RecoverySlot | None = None
    passphrase_slot: bytes = b""  # the version-1 header inside (or the whole v1 blob)
    mac_data: bytes = b""
    mac: bytes = b""

    @property
    def version(self) -> int:
        return VERSION if self.recovery is None else VERSION_SLOTS


@dataclass(frozen=True)
class RecoverySlot:
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    associated_data: bytes
    raw: bytes  # the slot's bytes as stored, copied unchanged when the passphrase changes


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
    """Parse and bounds-check a header (version 1 or 2); any oddity is `UnlockFailed`,
    before any KDF."""
    if len(blob) == SLOTS_SIZE:
        return _parse_slots(blob)
    return _parse_v1(blob)


def _parse_slots(blob: bytes) -> Header:
    magic, version, count = _PREFIX.unpack_from(blob)
    if magic != MAGIC or version != VERSION_SLOTS or count != 2:
        raise UnlockFailed()
    if blob[_PREFIX.size] != SLOT_PASSPHRASE:
        raise UnlockFailed()
    inner = _parse_v1(blob[_PASSPHRASE_AT:_RECOVERY_AT])
    kind, kdf_id, salt, nonce = _RECOVERY_FIXED.unpack_from(blob, _RECOVERY_AT)
    if kind != SLOT_RECOVERY or kdf_id != KDF_HKDF_SHA256:
        raise UnlockFailed()
    raw = blob[_RECOVERY_AT : _RECOVERY_AT + RECOVERY_SLOT_SIZE]
    ad = blob[: _PREFIX.size - 1] + inner.vault_id + raw[: _RECOVERY_FIXED.size]
    slot = RecoverySlot(salt, nonce, raw[_RECOVERY_FIXED.size :], ad, raw)
    return Header(
        inner.params,
        inner.salt,
        inner.vault_id,
        inner.nonce,
        inner.wrapped_key,
        inner.associated_data,
        recovery=slot,
        passphrase_slot=inner.passphrase_slot,
        mac_data=blob[:-MAC_BYTES],
        mac=blob[-MAC_BYTES:],
    )


def _parse_v1(blob: bytes) -> Header:
    if len(blob) != SIZE:
        raise UnlockFailed()
    magic, version, kdf_id, memory, iterations, lanes, salt, vault_id, nonce = _FIXED.unpack_from(
        blob
    )
    params = KdfParams(memory, iterations, lanes)
    if magic != MAGIC or version != VERSION or kdf_id != KDF_ARGON2ID or not params.in_bounds():
        raise UnlockFailed()
    return Header(
        params,
        salt,
        vault_id,
        nonce,
        blob[_FIXED.size :],
        blob[: _FIXED.size],
        passphrase_slot=blob,
    )


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
    ad = header.associated_data
    key = _open(wrapping_key, header.nonce, header.wrapped_key, ad, "passphrase")
    check_mac(header, key, "passphrase")
    return key


def _open(wrapping_key: bytes, nonce: bytes, sealed: bytes, ad: bytes, what: str) -> bytes:
    try:
        key = AESGCM(wrapping_key).decrypt(nonce, sealed, ad)
    except InvalidTag:
        raise UnlockFailed(what) from None
    if len(key) != KEY_BYTES:
        raise UnlockFailed(what)
    return key


# -- version 2: the recovery slot and the whole-header MAC -------------------------------


def _hkdf(secret: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def _mac(data_key: bytes, data: bytes) -> bytes:
    return hmac.digest(_hkdf(data_key, None, _MAC_INFO), data, "sha256")


def check_mac(header: Header, data_key: bytes, what: str = "passphrase") -> None:
    """`UnlockFailed(what)` unless a version-2 header's MAC is right under `data_key`."""
    if header.recovery is None:
        return
    if not hmac.compare_digest(_mac(data_key, header.mac_data), header.mac):
        raise UnlockFailed(what)


def unwrap_recovery(header: Header, recovery_secret: bytes) -> bytes:
    """The data key through the recovery slot, or `UnlockFailed("recovery key")` for a
    wrong key, a header without a recovery slot or a tampered header."""
    slot = header.recovery
    if slot is None:
        raise UnlockFailed("recovery key")
    wrapping = _hkdf(recovery_secret, slot.salt, _RECOVERY_INFO)
    key = _open(wrapping, slot.nonce, slot.wrapped_key, slot.associated_data, "recovery key")
    check_mac(header, key, "recovery key")
    return key


def seal_recovery_slot(data_key: bytes, recovery_secret: bytes, vault_id: bytes) -> bytes:
    """A fresh recovery slot (new salt, new nonce) for `with_slots`."""
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    fixed = _RECOVERY_FIXED.pack(SLOT_RECOVERY, KDF_HKDF_SHA256, salt, nonce)
    ad = MAGIC + struct.pack(">H", VERSION_SLOTS) + vault_id + fixed
    wrapping = _hkdf(recovery_secret, salt, _RECOVERY_INFO)
    return fixed + AESGCM(wrapping).encrypt(nonce, data_key, ad)


def with_slots(data_key: bytes, passphrase_slot: bytes, recovery_slot: bytes | None) -> bytes:
    """The header holding these slots: version 2 with a MAC, or the bare version-1
    passphrase slot when there is no recovery slot."""
    if recovery_slot is None:
        return passphrase_slot
    body = (
        _PREFIX.pack(MAGIC, VERSION_SLOTS, 2)
        + bytes([SLOT_PASSPHRASE])
        + passphrase_slot
        + recovery_slot
    )
    return body + _mac(data_key, body)
