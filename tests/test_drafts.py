"""Drafts: the editor's unsaved state, kept inside the encrypted journal and nowhere else.

A draft is opaque text under a key ("conversation:new", "conversation:12"). It round-trips,
is replaced in place, survives a lock and a reopen, announces nothing (no view shows a
draft), a read-only journal refuses it, and a full disk (a small tmpfs, as in
tests/test_disk_full.py) refuses it with `SaveFailed` carrying the body, keeping the
previous draft whole. The leak test writes a marker into a large draft and scans every byte of every
file in the vault folder and the temp folder for it, as tests/test_leaks.py does for the
rest of the journal.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest
import test_disk_full
import test_leaks
from conftest import PASSPHRASE
from test_disk_full import _fill
from test_leaks import _files, _found, _needles, _read_all
from test_migrations import make_vault_at

from trustjournal.core.errors import InvalidInput, ReadOnlyJournal, SaveFailed
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import Change
from trustjournal.core.store import migrations

# The fixtures of the journal's own disk-full and leak tests: a small tmpfs, a fresh TMPDIR.
small_disk = test_disk_full.small_disk
temp_folder = test_leaks.temp_folder


def test_a_draft_round_trips_and_is_replaced_in_place(journal: Journal) -> None:
    assert journal.draft("conversation:new") is None
    assert journal.drafts() == []
    body = json.dumps({"note": "She said the reorg is failing. Café ✓ 信頼", "people": [1]})
    journal.save_draft("conversation:new", body)
    assert journal.draft("conversation:new") == body
    journal.save_draft("conversation:new", "second version")
    journal.save_draft("conversation:7", "an edit in progress")
    assert journal.draft("conversation:new") == "second version"
    assert sorted(journal.drafts()) == ["conversation:7", "conversation:new"]

    journal.discard_draft("conversation:new")
    journal.discard_draft("conversation:new")  # twice is harmless
    journal.discard_draft("conversation:never-saved")
    assert journal.draft("conversation:new") is None
    assert journal.drafts() == ["conversation:7"]
    assert journal.counts()["conversations"] == 0  # a draft is not a conversation


def test_drafts_announce_nothing_and_are_not_searchable(journal: Journal) -> None:
    heard: list[Change] = []
    journal.on_change(heard.append)
    journal.save_draft("conversation:new", "unsearchable-words here")
    journal.discard_draft("conversation:new")
    journal.save_draft("conversation:new", "unsearchable-words again")
    assert heard == []
    assert journal.search("unsearchable") == []


def test_a_draft_survives_lock_and_reopen(vault_path: Path) -> None:
    note = "Written at midnight, not yet saved.\n" * 5000
    with Journal.create(vault_path, PASSPHRASE) as journal:
        journal.save_draft("conversation:new", note)
    with Journal.open(vault_path, PASSPHRASE) as journal:
        assert journal.draft("conversation:new") == note
        assert journal.check() == []


def test_an_empty_key_is_refused(journal: Journal) -> None:
    for key in ("", "   "):
        with pytest.raises(InvalidInput, match="key"):
            journal.save_draft(key, "text")
        with pytest.raises(InvalidInput):
            journal.draft(key)


def test_a_read_only_journal_refuses_the_draft(vault_path: Path) -> None:
    Journal.create(vault_path, PASSPHRASE).lock()
    with Journal.open(vault_path, PASSPHRASE, readonly=True) as journal:
        with pytest.raises(ReadOnlyJournal):
            journal.save_draft("conversation:new", "keep me")
        assert journal.draft("conversation:new") is None


def test_a_full_disk_refuses_the_draft_and_hands_it_back(small_disk: Path) -> None:
    vault = small_disk / "vault"
    Journal.create(vault, PASSPHRASE).lock()
    body = "She said the merger scared her. ✓\n" * 40_000  # ~1.4 MB
    with Journal.open(vault, PASSPHRASE) as journal:
        journal.save_draft("conversation:new", "the earlier draft")
        filler = _fill(small_disk)
        with pytest.raises(SaveFailed) as caught:
            journal.save_draft("conversation:new", body)
        assert str(caught.value).startswith("Could not save: the disk is full.")
        assert caught.value.unsaved == body
        assert journal.draft("conversation:new") == "the earlier draft"  # not half of each
        filler.unlink()
        journal.save_draft("conversation:new", body)
        assert journal.draft("conversation:new") == body


def test_a_version_two_journal_gains_drafts(vault_path: Path) -> None:
    make_vault_at(vault_path, 2)
    with Journal.open(vault_path, PASSPHRASE) as journal:
        with journal._open_store().raw() as conn:
            assert migrations.version(conn) == migrations.LATEST
        journal.save_draft("conversation:1", "an edit")
        assert journal.draft("conversation:1") == "an edit"
        assert len(journal.conversations()) == 1


def test_a_draft_never_reaches_the_disk_as_plain_bytes(tmp_path: Path, temp_folder: Path) -> None:
    marker = "MARKER-" + secrets.token_hex(8)
    vault = tmp_path / "vault"
    journal = Journal.create(vault, PASSPHRASE)
    try:
        key = journal._key
        assert key is not None
        needles = _needles(marker, key)
        filler = "What the board did not hear, told candidly.\n" * 6000  # ~270 kB
        body = json.dumps({"note": f"{marker} opens.\n{filler}{marker} ends. Café ✓"})
        journal.save_draft("conversation:new", body)
        journal.save_draft("conversation:3", f"an edit: {marker}")
        journal.discard_draft("conversation:3")  # leaves the old body in freed pages
        assert journal.draft("conversation:new") == body

        while_open = _files(vault, temp_folder)
        assert "journal.db-wal" in {p.name for p in while_open}
        assert _found(_read_all(while_open), needles) == []
    finally:
        journal.lock()

    assert _found(_read_all(_files(vault, temp_folder)), needles) == []
    with Journal.open(vault, PASSPHRASE) as reopened:  # the text is there, for the passphrase
        assert marker in (reopened.draft("conversation:new") or "")
