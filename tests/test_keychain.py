"""'Remember on this device': the keychain is a cache, and every failure falls back to the
passphrase with a plain note."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from conftest import PASSPHRASE
from keyring.backends import fail
from keyring_support import LockedKeyring, MemoryKeyring

from trustjournal import APP_ID
from trustjournal.core.journal.base import STALE_KEY_NOTE
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft
from trustjournal.core.store.vault import Vault


def _entry(vault: Path) -> tuple[str, str]:
    return APP_ID, f"vault-{Vault(vault).read_header().vault_id.hex()}"


def test_remembered_journal_opens_without_the_passphrase(
    vault_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with Journal.create(vault_path, PASSPHRASE, remember=True) as j:
        j.add_person(PersonDraft("Ana"))
        key = j._key
    assert memory_keyring.entries[_entry(vault_path)] == key.hex()  # type: ignore[union-attr]
    journal, note = Journal.open_remembered(vault_path)
    assert note is None and journal is not None
    with journal:
        assert [p.name for p in journal.people()] == ["Ana"]


def test_the_key_never_lands_in_a_plain_file(vault_path: Path) -> None:
    with Journal.create(vault_path, PASSPHRASE, remember=True) as j:
        key = j._key
    assert key is not None
    for path in vault_path.iterdir():
        data = path.read_bytes()
        assert key not in data and key.hex().encode() not in data, path.name
    assert Vault(vault_path).remember_path.read_bytes() == b""


def test_not_remembered_means_the_keychain_is_not_even_asked(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.lock()
    keyring.set_keyring(LockedKeyring())  # would produce a note if it were asked
    assert Journal.open_remembered(journal.path) == (None, None)


@pytest.mark.parametrize(
    ("backend", "fragment"),
    [
        (fail.Keyring(), "No recommended backend"),
        (LockedKeyring(), "Failed to unlock the collection"),
    ],
    ids=["no keychain", "locked keychain"],
)
def test_unavailable_keychain_falls_back_to_the_passphrase(
    vault_path: Path, backend: keyring.backend.KeyringBackend, fragment: str
) -> None:
    Journal.create(vault_path, PASSPHRASE, remember=True).lock()
    keyring.set_keyring(backend)
    journal, note = Journal.open_remembered(vault_path)
    assert journal is None
    assert note is not None
    assert note.startswith("The keychain could not be read (")
    assert fragment in note and note.endswith("enter your passphrase instead.")
    with Journal.open(vault_path, PASSPHRASE) as j:  # the passphrase still works
        assert j.is_open


def test_removed_entry_falls_back_with_a_note(
    vault_path: Path, memory_keyring: MemoryKeyring
) -> None:
    Journal.create(vault_path, PASSPHRASE, remember=True).lock()
    memory_keyring.entries.clear()
    journal, note = Journal.open_remembered(vault_path)
    assert journal is None
    assert note is not None and "no longer in the keychain" in note


def test_stale_key_is_removed_and_the_passphrase_asked(
    vault_path: Path, memory_keyring: MemoryKeyring
) -> None:
    Journal.create(vault_path, PASSPHRASE, remember=True).lock()
    memory_keyring.entries[_entry(vault_path)] = "ab" * 32  # e.g. from a journal once here
    journal, note = Journal.open_remembered(vault_path)
    assert journal is None and note == STALE_KEY_NOTE
    assert memory_keyring.entries == {}
    assert not Vault(vault_path).remembered
    with Journal.open(vault_path, PASSPHRASE) as j:  # and the journal itself is fine
        assert j.check() == []


def test_garbage_in_the_keychain_is_not_trusted(
    vault_path: Path, memory_keyring: MemoryKeyring
) -> None:
    Journal.create(vault_path, PASSPHRASE, remember=True).lock()
    memory_keyring.entries[_entry(vault_path)] = "not hex at all"
    journal, note = Journal.open_remembered(vault_path)
    assert journal is None and note is not None and "not valid" in note


def test_keychain_refusing_to_store_is_a_note_not_a_failure(vault_path: Path) -> None:
    keyring.set_keyring(LockedKeyring())
    with Journal.create(vault_path, PASSPHRASE, remember=True) as j:
        assert len(j.notes) == 1 and "Could not remember the journal on this device" in j.notes[0]
    assert not Vault(vault_path).remembered
    with Journal.open(vault_path, PASSPHRASE) as j:
        assert j.is_open


def test_passphrase_change_keeps_the_remembered_entry_working(
    vault_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with Journal.create(vault_path, PASSPHRASE, remember=True) as j:
        key = j._key
        memory_keyring.entries[_entry(vault_path)] = "00" * 32  # make "updated" observable
        assert j.change_passphrase(PASSPHRASE, "a new passphrase here") is None
    assert memory_keyring.entries[_entry(vault_path)] == key.hex()  # type: ignore[union-attr]
    journal, note = Journal.open_remembered(vault_path)
    assert journal is not None and note is None
    journal.lock()


def test_forgetting_removes_the_entry_and_the_marker(
    vault_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with Journal.create(vault_path, PASSPHRASE, remember=True) as j:
        assert j.set_remember(False) is None
    assert memory_keyring.entries == {}
    assert not Vault(vault_path).remembered
    assert Journal.open_remembered(vault_path) == (None, None)


def test_turning_remember_on_later(vault_path: Path, memory_keyring: MemoryKeyring) -> None:
    with Journal.create(vault_path, PASSPHRASE) as j:
        assert memory_keyring.entries == {}
        assert j.set_remember(True) is None
    journal, _ = Journal.open_remembered(vault_path)
    assert journal is not None
    journal.lock()
