"""The recovery key: the header's second slot, its printed form, and what it promises.

Forgetting the passphrase and coming back with the recovery key keeps every byte of the
journal; a replaced or removed key stops working at once; a changed byte anywhere in a
two-slot header reads exactly like a wrong passphrase (or a wrong recovery key) and
changes nothing; a version-1 header keeps opening and stays version 1 until a recovery key
is made.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot

from trustjournal.core.backup import archive
from trustjournal.core.errors import BadRecoveryKey, UnlockFailed, WeakPassphrase
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.core.store import header, recovery_key

NEW = "a brand new passphrase"
WRONG_PASSPHRASE = "Wrong passphrase, or the vault header is damaged. Nothing was changed."
WRONG_KEY = "Wrong recovery key, or the vault header is damaged. Nothing was changed."
NOTE = "Maya said the reorg worries her more than she lets on."


def _fill(journal: Journal) -> None:
    maya = journal.add_person(PersonDraft("Maya Chen"))
    journal.add_conversation(
        ConversationDraft((maya.id,), dt.date(2026, 3, 2), "one_on_one", NOTE, ())
    )


def _notes(journal: Journal) -> list[str]:
    return [c.note for c in journal.conversations()]


def _header_size(path: Path) -> int:
    return len((path / "vault.header").read_bytes())


def test_forgotten_passphrase_recovered_with_the_key(journal: Journal) -> None:
    _fill(journal)
    key = journal.create_recovery_key()
    journal.lock()

    with Journal.recover(journal.path, key, NEW) as recovered:
        assert _notes(recovered) == [NOTE]
        assert recovered.has_recovery_key
    with pytest.raises(UnlockFailed) as caught:
        Journal.open(journal.path, PASSPHRASE)
    assert str(caught.value) == WRONG_PASSPHRASE
    with Journal.open(journal.path, NEW) as reopened:
        assert _notes(reopened) == [NOTE]
    # The recovery key keeps working after use, typed the way a person might.
    sloppy = key.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    with Journal.open_with_recovery_key(journal.path, sloppy) as again:
        assert _notes(again) == [NOTE]


def test_a_replaced_key_is_refused_at_once(journal: Journal) -> None:
    old = journal.create_recovery_key()
    new = journal.create_recovery_key()
    assert old != new
    journal.lock()
    before = snapshot(journal.path)
    with pytest.raises(UnlockFailed) as caught:
        Journal.open_with_recovery_key(journal.path, old)
    assert str(caught.value) == WRONG_KEY
    assert snapshot(journal.path) == before
    Journal.open_with_recovery_key(journal.path, new).lock()


def test_a_removed_key_is_refused_and_the_header_is_version_1_again(journal: Journal) -> None:
    key = journal.create_recovery_key()
    assert journal.remove_recovery_key() is True
    assert journal.remove_recovery_key() is False
    assert not journal.has_recovery_key
    journal.lock()
    assert _header_size(journal.path) == header.SIZE
    with pytest.raises(UnlockFailed) as caught:
        Journal.open_with_recovery_key(journal.path, key)
    assert str(caught.value) == WRONG_KEY
    Journal.open(journal.path, PASSPHRASE).lock()


def test_changing_the_passphrase_keeps_the_recovery_key(journal: Journal) -> None:
    key = journal.create_recovery_key()
    journal.change_passphrase(PASSPHRASE, NEW)
    journal.lock()
    Journal.open(journal.path, NEW).lock()
    Journal.open_with_recovery_key(journal.path, key).lock()
    with pytest.raises(UnlockFailed):
        Journal.open(journal.path, PASSPHRASE)


def test_a_version_1_journal_opens_and_stays_version_1(journal: Journal) -> None:
    _fill(journal)
    journal.lock()
    assert _header_size(journal.path) == header.SIZE
    first = (journal.path / "vault.header").read_bytes()
    assert first[8:10] == b"\x00\x01"
    with Journal.open(journal.path, PASSPHRASE) as opened:
        assert _notes(opened) == [NOTE]
        assert not opened.has_recovery_key
    assert (journal.path / "vault.header").read_bytes() == first  # opening never rewrites
    with Journal.open(journal.path, PASSPHRASE) as opened:
        opened.change_passphrase(PASSPHRASE, NEW)
    assert _header_size(journal.path) == header.SIZE  # still version 1
    with Journal.open(journal.path, NEW) as opened:
        opened.create_recovery_key()
    blob = (journal.path / "vault.header").read_bytes()
    assert len(blob) == header.SLOTS_SIZE
    assert blob[8:10] == b"\x00\x02"


def test_a_version_1_journal_refuses_any_recovery_key(journal: Journal) -> None:
    journal.lock()
    _, printed = recovery_key.generate()
    before = snapshot(journal.path)
    with pytest.raises(UnlockFailed) as caught:
        Journal.open_with_recovery_key(journal.path, printed)
    assert str(caught.value) == WRONG_KEY
    assert snapshot(journal.path) == before


# Every region of a two-slot header (header.py's table): a flipped byte in any of them is
# refused by both ways in, with their usual message, and no file changes.
REGIONS = {
    "magic": 0,
    "version": 9,
    "slot count": 10,
    "first slot kind": 11,
    "passphrase slot magic": 12,
    "passphrase slot KDF memory": 12 + 13,
    "passphrase slot salt": 12 + 25,
    "passphrase slot vault id": 12 + 40,
    "passphrase slot nonce": 12 + 60,
    "passphrase slot wrapped key": 12 + 70,
    "passphrase slot tag": 12 + header.SIZE - 1,
    "recovery slot kind": 125,
    "recovery slot KDF id": 126,
    "recovery slot salt": 130,
    "recovery slot nonce": 150,
    "recovery slot wrapped key": 160,
    "recovery slot tag": 200,
    "MAC": 210,
    "MAC last byte": header.SLOTS_SIZE - 1,
}


@pytest.fixture(scope="module")
def two_slot_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, bytes]:
    path = tmp_path_factory.mktemp("slots") / "vault"
    with Journal.create(path, PASSPHRASE) as journal:
        _fill(journal)
        key = journal.create_recovery_key()
    return path, key, (path / "vault.header").read_bytes()


@pytest.mark.parametrize("region", list(REGIONS))
def test_a_tampered_slot_reads_like_a_wrong_passphrase(
    two_slot_vault: tuple[Path, str, bytes], region: str
) -> None:
    path, key, good = two_slot_vault
    blob = bytearray(good)
    blob[REGIONS[region]] ^= 0x04
    (path / "vault.header").write_bytes(bytes(blob))
    try:
        before = snapshot(path)
        with pytest.raises(UnlockFailed) as by_passphrase:
            Journal.open(path, PASSPHRASE)
        assert str(by_passphrase.value) == WRONG_PASSPHRASE
        with pytest.raises(UnlockFailed) as by_key:
            Journal.open_with_recovery_key(path, key)
        assert str(by_key.value) == WRONG_KEY
        with pytest.raises(UnlockFailed):
            Journal.recover(path, key, NEW)
        assert snapshot(path) == before
    finally:
        (path / "vault.header").write_bytes(good)
    Journal.open(path, PASSPHRASE).lock()


@pytest.mark.parametrize(
    "cut", [header.SIZE, header.SLOTS_SIZE - 1, header.SLOTS_SIZE + 1, header.SLOTS_SIZE - 32]
)
def test_a_cut_or_extended_two_slot_header_is_refused(
    two_slot_vault: tuple[Path, str, bytes], cut: int
) -> None:
    path, key, good = two_slot_vault
    blob = (good + b"\0")[:cut]
    (path / "vault.header").write_bytes(blob)
    try:
        with pytest.raises(UnlockFailed):
            Journal.open_with_recovery_key(path, key)
        if cut != header.SIZE:
            with pytest.raises(UnlockFailed):
                Journal.open(path, PASSPHRASE)
    finally:
        (path / "vault.header").write_bytes(good)


def test_a_slot_from_another_journal_is_refused(tmp_path: Path) -> None:
    """The recovery slot of journal B pasted into journal A's header: the MAC refuses it."""
    a, b = tmp_path / "a", tmp_path / "b"
    with Journal.create(a, PASSPHRASE) as ja:
        ja.create_recovery_key()
    with Journal.create(b, PASSPHRASE) as jb:
        key_b = jb.create_recovery_key()
    blob_a = bytearray((a / "vault.header").read_bytes())
    blob_b = (b / "vault.header").read_bytes()
    blob_a[125:203] = blob_b[125:203]
    (a / "vault.header").write_bytes(bytes(blob_a))
    with pytest.raises(UnlockFailed):
        Journal.open_with_recovery_key(a, key_b)
    with pytest.raises(UnlockFailed):
        Journal.open(a, PASSPHRASE)


def test_recover_refuses_a_weak_passphrase_and_writes_nothing(journal: Journal) -> None:
    key = journal.create_recovery_key()
    journal.lock()
    before = snapshot(journal.path)
    with pytest.raises(WeakPassphrase):
        Journal.recover(journal.path, key, "short")
    assert snapshot(journal.path) == before


def test_a_backup_of_a_two_slot_journal_opens_with_the_passphrase(
    journal: Journal, tmp_path: Path
) -> None:
    _fill(journal)
    journal.create_recovery_key()
    out = tmp_path / "journal.tjbackup"
    archive.make(journal, out)
    assert archive.verify(out, key=journal.backup_key()[1]).counts["conversations"] == 1
    assert archive.verify(out, PASSPHRASE).counts["conversations"] == 1


# -- the printed form ---------------------------------------------------------------------


def test_the_printed_form_is_eight_groups_of_five_and_round_trips() -> None:
    secret, printed = recovery_key.generate()
    assert len(secret) * 8 == 160
    groups = printed.split("-")
    assert [len(g) for g in groups] == [5] * 8
    assert set(printed.replace("-", "")) <= set(recovery_key.ALPHABET)
    assert recovery_key.decode(printed) == secret
    assert recovery_key.decode(f"  {printed.lower().replace('-', ' ')}\n") == secret


SECRET = bytes(range(20))
PRINTED = recovery_key.encode(SECRET)


def _at(position: int, char: str) -> str:
    flat = PRINTED.replace("-", "")
    flat = flat[:position] + char + flat[position + 1 :]
    return "-".join(flat[i : i + 5] for i in range(0, 40, 5))


def _swap(position: int) -> str:
    flat = PRINTED.replace("-", "")
    flat = flat[:position] + flat[position + 1] + flat[position] + flat[position + 2 :]
    return "-".join(flat[i : i + 5] for i in range(0, 40, 5))


def _other(char: str) -> str:
    return "X" if char != "X" else "Y"


TYPOS = [
    (_at(0, _other(PRINTED[0])), "typo in group 1"),
    (_at(7, _other(PRINTED[8])), "typo in group 2"),
    (_at(39, _other(PRINTED[-1])), "typo in group 8"),
    (_swap(21), "typo in group 5"),
    (_swap(2), "typo in group 1"),
    (PRINTED.replace(PRINTED[6:11], PRINTED[0:5], 1), "typo in group 2"),  # group 1 twice
    (PRINTED[:-1], "has 39"),
    (PRINTED + "7", "has 41"),
    ("", "has 0"),
    (PRINTED[:12] + "U" + PRINTED[13:], "“U” is not a character of a recovery key (group 3)"),
    (PRINTED[:3] + "!" + PRINTED[4:], "“!” is not a character"),
    (PRINTED.replace("-", "—"), "“—” is not a character"),
]


@pytest.mark.parametrize(("typed", "said"), TYPOS)
def test_a_typo_is_named_by_its_group(typed: str, said: str) -> None:
    with pytest.raises(BadRecoveryKey) as caught:
        recovery_key.decode(typed)
    assert said in str(caught.value)


def test_every_single_wrong_character_and_neighbour_swap_is_caught() -> None:
    flat = PRINTED.replace("-", "")
    for position in range(40):
        for char in recovery_key.ALPHABET:
            if char != flat[position]:
                with pytest.raises(BadRecoveryKey):
                    recovery_key.decode(_at(position, char))
    for position in range(39):
        if flat[position] != flat[position + 1]:
            with pytest.raises(BadRecoveryKey):
                recovery_key.decode(_swap(position))


def test_a_typo_is_caught_before_any_file_is_read(tmp_path: Path) -> None:
    with pytest.raises(BadRecoveryKey):
        Journal.open_with_recovery_key(tmp_path / "nowhere", PRINTED[:-1])
