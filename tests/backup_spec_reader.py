"""An independent decryptor for TrustJournal backups, written only from docs/backup-format.md.

It imports nothing from `trustjournal`: only the standard library and `cryptography`. The
tests run it on files the app wrote; if the app and the document ever disagree, this is
where it shows. It reads the whole file into memory and favours plainness over speed.
"""

from __future__ import annotations

import hmac
import struct
import unicodedata

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class SpecReaderError(Exception):
    pass


def _hkdf(ikm: bytes, info: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=info.encode("ascii")).derive(ikm)


def _be(data: bytes) -> int:
    return int.from_bytes(data, "big")


def parse(blob: bytes) -> dict[str, object]:
    """The header fields, without any key; raises SpecReaderError for a malformed header."""
    if blob[:8] != b"TJBACKUP":
        raise SpecReaderError("not a backup")
    if len(blob) < 12:
        raise SpecReaderError("header cut short")
    version, s = _be(blob[8:10]), _be(blob[10:12])
    if version != 1:
        raise SpecReaderError(f"format version {version}")
    if s != 113:
        raise SpecReaderError("stanza length")
    stanza = blob[12 : 12 + s]
    if len(stanza) != 113 or stanza[:8] != b"TJVAULT\x00" or _be(stanza[8:10]) != 1:
        raise SpecReaderError("stanza")
    if stanza[10] != 1:
        raise SpecReaderError("kdf id")
    memory, iterations, lanes = struct.unpack(">IIH", stanza[11:21])
    if not (65536 <= memory <= 4194304 and 3 <= iterations <= 64 and 1 <= lanes <= 64):
        raise SpecReaderError("kdf parameters out of bounds")
    if len(blob) < 21 + s:
        raise SpecReaderError("header cut short")
    created = _be(blob[12 + s : 20 + s])
    v = blob[20 + s]
    end = 113 + s + v
    if len(blob) < end or created > 253402300799:
        raise SpecReaderError("header cut short or bad time")
    return {
        "stanza": stanza,
        "memory": memory,
        "iterations": iterations,
        "lanes": lanes,
        "salt": stanza[21:37],
        "stanza_nonce": stanza[53:65],
        "wrapped_k": stanza[65:113],
        "created_at": created,
        "app_version": blob[21 + s : 21 + s + v].decode("utf-8"),
        "before_nonce": blob[: 21 + s + v],
        "wrap_nonce": blob[21 + s + v : 33 + s + v],
        "wrapped_f": blob[33 + s + v : 81 + s + v],
        "before_mac": blob[: 81 + s + v],
        "mac": blob[81 + s + v : end],
        "chunks_at": end,
    }


def unwrap_k(fields: dict[str, object], passphrase: str) -> bytes:
    stanza = fields["stanza"]
    assert isinstance(stanza, bytes)
    wk = Argon2id(
        salt=stanza[21:37],
        length=32,
        iterations=struct.unpack(">I", stanza[15:19])[0],
        lanes=struct.unpack(">H", stanza[19:21])[0],
        memory_cost=struct.unpack(">I", stanza[11:15])[0],
    ).derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))
    return AESGCM(wk).decrypt(stanza[53:65], stanza[65:113], stanza[:65])


def decrypt(blob: bytes, passphrase: str | None = None, *, k: bytes | None = None) -> bytes:
    """The whole plaintext payload; raises on any failure (SpecReaderError or InvalidTag)."""
    fields = parse(blob)
    if k is None:
        assert passphrase is not None
        k = unwrap_k(fields, passphrase)
    w = _hkdf(k, "TrustJournal backup v1 wrap")
    f = AESGCM(w).decrypt(fields["wrap_nonce"], fields["wrapped_f"], fields["before_nonce"])  # type: ignore[arg-type]
    m = _hkdf(f, "TrustJournal backup v1 header")
    mac = crypto_hmac.HMAC(m, hashes.SHA256())
    mac.update(fields["before_mac"])  # type: ignore[arg-type]
    if not hmac.compare_digest(mac.finalize(), fields["mac"]):  # type: ignore[arg-type]
        raise SpecReaderError("header MAC")
    p = AESGCM(_hkdf(f, "TrustJournal backup v1 payload"))
    body = blob[fields["chunks_at"] :]  # type: ignore[misc]
    out = bytearray()
    i = 0
    pos = 0
    while True:
        chunk = body[pos : pos + 65552]
        if len(chunk) < 16:
            raise SpecReaderError(f"chunk {i} missing")
        last = pos + len(chunk) == len(body)
        nonce = i.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        piece = p.decrypt(nonce, chunk, None)
        if last:
            if i > 0 and not piece:
                raise SpecReaderError("empty last chunk after others")
            out += piece
            return bytes(out)
        out += piece
        pos += len(chunk)
        i += 1
