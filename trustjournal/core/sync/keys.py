"""The sync folder's keys (docs/sync.md, "The folder").

From the journal's data key, HKDF-SHA256 derives three independent secrets, each under
its own `info`, so that none tells anything about the others or about the data key:

- the **sync key**, AES-256-GCM: seals the change files, the snapshots and the marker;
- the **names key**, HMAC-SHA256: names the device sub-folders and the files, so that a
  name reveals nothing (not the device, not the sequence, not the date);
- the **journal tag**: sealed inside the marker, so a folder names the journal it belongs
  to without saying it to anyone who lacks the key.

Every device that unlocked the journal derives the same three, and nothing else can. A
device's own identity is its **signing key**, Ed25519, made once on that device: the
private half stays in the (encrypted) journal of that device, the public half travels in
the device's record, so a device that knows the data key still cannot write as another.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_SYNC_INFO = b"trustjournal sync v1"
_NAMES_INFO = b"trustjournal sync names v1"
_TAG_INFO = b"trustjournal sync journal tag v1"
KEY_BYTES = 32
TAG_BYTES = 16  # a name's HMAC, truncated: 128 bits, no collision in any folder's lifetime
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
MAX_DEVICE_ID_BYTES = 64


def _derive(data_key: bytes, info: bytes, length: int = KEY_BYTES) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(data_key)


def device_id_bytes(device_id: str) -> bytes:
    """The device id as it is sealed and named: ASCII, 1 to 64 bytes, no control characters."""
    raw = device_id.encode("ascii", "strict") if device_id.isascii() else b""
    if not 0 < len(raw) <= MAX_DEVICE_ID_BYTES or not device_id.isprintable():
        raise ValueError("a device id is 1 to 64 printable ASCII characters")
    return raw


@dataclass(frozen=True, repr=False)
class SyncKeys:
    """The folder's three secrets (never printed: `repr` hides them)."""

    sync: bytes
    names: bytes
    journal_tag: bytes

    @classmethod
    def derive(cls, data_key: bytes) -> SyncKeys:
        if len(data_key) < KEY_BYTES:
            raise ValueError("the data key is 32 bytes")
        return cls(
            sync=_derive(data_key, _SYNC_INFO),
            names=_derive(data_key, _NAMES_INFO),
            journal_tag=_derive(data_key, _TAG_INFO, TAG_BYTES),
        )

    def __repr__(self) -> str:
        return "SyncKeys(…)"

    def _tag(self, message: bytes) -> str:
        return hmac.new(self.names, message, hashlib.sha256).digest()[:TAG_BYTES].hex()

    def device_tag(self, device_id: str) -> str:
        """The device's sub-folder tag: HMAC(names key, "device" ‖ device id)."""
        return self._tag(b"device\0" + device_id_bytes(device_id))

    def file_tag(self, device_id: str, seq: int) -> str:
        """A file's tag: HMAC(names key, "file" ‖ device id ‖ sequence). Change files and
        snapshots share one sequence per device, so a tag is never used twice."""
        if not 0 <= seq < 1 << 63:
            raise ValueError("a sequence number is from 0 to 2**63 - 1")
        return self._tag(b"file\0" + device_id_bytes(device_id) + b"\0" + seq.to_bytes(8, "big"))


@dataclass(frozen=True, repr=False)
class DeviceKey:
    """A device's Ed25519 signing key; `private` (32 raw bytes) is what the caller stores,
    in the journal (encrypted), and `public` (32 raw bytes) goes into the device's record."""

    private: bytes

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(Ed25519PrivateKey.generate().private_bytes_raw())

    def __post_init__(self) -> None:
        if len(self.private) != KEY_BYTES:
            raise ValueError("an Ed25519 private key is 32 raw bytes")

    def __repr__(self) -> str:
        return "DeviceKey(…)"

    @property
    def public(self) -> bytes:
        return self._key().public_key().public_bytes_raw()

    def sign(self, data: bytes) -> bytes:
        return self._key().sign(data)

    def _key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.private)


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether `signature` is the holder of `public_key`'s over `data` (False for any
    malformed key or signature, never an exception)."""
    if len(public_key) != PUBLIC_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
