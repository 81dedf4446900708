"""The vault header: Argon2id + AES-256-GCM, authenticated as a whole, bounds-checked first."""

from __future__ import annotations

import os
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustjournal.core.errors import UnlockFailed
from trustjournal.core.store import header

KEY = bytes(range(32))
VAULT_ID = b"v" * 16
PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def sealed() -> bytes:
    return header.seal(KEY, PASSPHRASE, VAULT_ID)


def test_round_trip_records_strong_parameters(sealed: bytes) -> None:
    parsed = header.parse(sealed)
    assert header.unwrap(parsed, PASSPHRASE) == KEY
    assert parsed.params.memory_kib >= 64 * 1024
    assert parsed.params.iterations >= 3
    assert parsed.params.lanes >= 4
    assert len(parsed.salt) == 16
    assert parsed.vault_id == VAULT_ID
    assert len(sealed) == header.SIZE
    assert KEY not in sealed


def test_every_seal_uses_a_fresh_salt_and_nonce() -> None:
    a, b = (header.parse(header.seal(KEY, PASSPHRASE, VAULT_ID)) for _ in range(2))
    assert a.salt != b.salt
    assert a.nonce != b.nonce


def test_passphrase_is_compared_after_unicode_normalisation() -> None:
    composed, decomposed = "caf\u00e9 au lait!", "cafe\u0301 au lait!"
    blob = header.seal(KEY, composed, VAULT_ID)
    assert header.unwrap(header.parse(blob), decomposed) == KEY


def test_wrong_passphrase_fails_with_the_plain_message(sealed: bytes) -> None:
    with pytest.raises(UnlockFailed) as caught:
        header.unwrap(header.parse(sealed), "correct horse batterY")
    assert (
        str(caught.value)
        == "Wrong passphrase, or the vault header is damaged. Nothing was changed."
    )


def _fail_message(blob: bytes) -> str:
    with pytest.raises(UnlockFailed) as caught:
        header.unwrap(header.parse(blob), PASSPHRASE)
    return str(caught.value)


def test_flipping_any_single_byte_gives_the_wrong_passphrase_message(sealed: bytes) -> None:
    expected = str(UnlockFailed())
    for offset in range(len(sealed)):
        damaged = bytearray(sealed)
        damaged[offset] ^= 0x01 if offset % 2 else 0x80  # low and high bits, alternately
        assert _fail_message(bytes(damaged)) == expected, f"byte {offset}"


@pytest.mark.parametrize("cut", [0, 1, 64, header.SIZE - 1])
def test_truncated_or_extended_header_is_refused(sealed: bytes, cut: int) -> None:
    assert _fail_message(sealed[:cut]) == str(UnlockFailed())
    assert _fail_message(sealed + b"\0") == str(UnlockFailed())


def _with_params(blob: bytes, memory: int, iterations: int, lanes: int) -> bytes:
    patched = bytearray(blob)
    struct.pack_into(">IIH", patched, 11, memory, iterations, lanes)
    return bytes(patched)


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [
        (0xFFFFFFFF, 3, 4),  # 4 TiB of memory
        (64 * 1024, 0xFFFFFFFF, 4),  # billions of passes
        (64 * 1024, 3, 0),
        (8, 1, 1),  # a downgrade to a trivially cheap derivation
    ],
)
def test_absurd_kdf_parameters_are_refused_before_the_kdf_runs(
    sealed: bytes, memory: int, iterations: int, lanes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    real = header.derive_wrapping_key
    monkeypatch.setattr(header, "derive_wrapping_key", lambda *a: calls.append(a) or real(*a))
    with pytest.raises(UnlockFailed) as caught:
        header.parse(_with_params(sealed, memory, iterations, lanes))
    assert "vault header is damaged" in str(caught.value)
    assert calls == []


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=0, max_size=200))
def test_arbitrary_bytes_never_parse_into_anything_but_unlock_failed(blob: bytes) -> None:
    try:
        parsed = header.parse(blob)
    except UnlockFailed:
        return
    # Only a blob with our exact magic, version and sane parameters gets this far;
    # it must still fail to authenticate.
    assert blob.startswith(header.MAGIC)
    with pytest.raises(UnlockFailed):
        header.unwrap(parsed, PASSPHRASE)


def test_random_header_with_valid_layout_does_not_authenticate() -> None:
    fake = header._FIXED.pack(
        header.MAGIC, 1, 1, 64 * 1024, 3, 4, os.urandom(16), os.urandom(16), os.urandom(12)
    ) + os.urandom(48)
    assert _fail_message(fake) == str(UnlockFailed())
