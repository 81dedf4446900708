"""Read an encrypted journal's pages as SQLCipher 4 wrote them, decrypted with the data key.

For the secure-deletion tests: what a thief with the key (but not the app) would find in
the file and its WAL, page by page, including free pages and cells SQLite no longer uses
(which `sqlcipher_export` would never copy). SQLCipher 4's defaults: 4096-byte pages, the
first 16 bytes of the file the salt, and at the end of each page 80 reserved bytes, the
AES-256-CBC IV (16) and the HMAC-SHA512 (64); a raw key is the AES key itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body = page[start : PAGE - RESERVE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of the database file, decrypted (page 1 without its salt)."""
    data = path.read_bytes()
    for number in range(len(data) // PAGE):
        yield _decrypt(key, data[number * PAGE : (number + 1) * PAGE], number == 0)


def wal_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every frame's page in a WAL file (none when it is absent or empty), decrypted."""
    if not path.exists():
        return
    data = path.read_bytes()
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        yield _decrypt(key, page, number == 1)
        offset += FRAME_HEADER + PAGE


def found_in(pages: Iterator[bytes], marker: bytes) -> bool:
    return any(marker in page for page in pages)
