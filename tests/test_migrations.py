"""Schema versions: a journal made at version 1 upgrades in place and keeps every word."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE

from trustjournal.core.errors import NeedsNewerApp
from trustjournal.core.journal.service import Journal
from trustjournal.core.store import fsutil, migrations
from trustjournal.core.store.db import open_store
from trustjournal.core.store.models import Base
from trustjournal.core.store.vault import Vault

NOW = "2025-03-01 10:00:00.000000"


def make_vault_at(path: Path, version: int) -> None:
    """A vault whose store stops at schema `version`, as an older TrustJournal left it."""
    vault = Vault(path)
    fsutil.make_private_dir(path)
    key, vault_id = Vault.new_identity()
    fsutil.create_private_file(vault.db_path)
    store = open_store(vault.db_path, key)
    with store.raw() as conn:
        migrations.upgrade(conn, target=version)
        conn.executescript(f"""
            INSERT INTO person (id, name, role, how_met, notes, archived, created_at, updated_at)
            VALUES (1, 'Maya Chen', 'CEO, Northwind', 'YPO retreat', '', 0, '{NOW}', '{NOW}');
            INSERT INTO conversation (id, date, format, note, created_at, updated_at)
            VALUES (1, '2025-02-27', 'dinner', 'Maya admitted the reorg is failing.',
                    '{NOW}', '{NOW}');
            INSERT INTO conversation_person VALUES (1, 1);
            INSERT INTO conversation_signal VALUES (1, 'they_shared_failure');
            INSERT INTO decision (id, title, date, discomfort, status, outcome,
                                  created_at, updated_at)
            VALUES (1, 'Replace the CFO', '2025-02-28', 5, 'open', '', '{NOW}', '{NOW}');
            INSERT INTO decision_person VALUES (1, 1, 1);
        """)
    store.close()
    vault.write_header(key, PASSPHRASE, vault_id)


def test_version_one_journal_upgrades_and_becomes_searchable(vault_path: Path) -> None:
    make_vault_at(vault_path, 1)
    with Journal.open(vault_path, PASSPHRASE) as j:
        with j._open_store().raw() as conn:
            assert migrations.version(conn) == migrations.LATEST
        [conversation] = j.conversations()
        assert conversation.note == "Maya admitted the reorg is failing."
        assert conversation.signals == ("they_shared_failure",)
        assert [p.name for p in conversation.people] == ["Maya Chen"]
        assert j.decision(1).changed_framing[0].name == "Maya Chen"
        hits = j.search("reorg")
        assert [(h.kind, h.id) for h in hits] == [("conversation", 1)]
        assert [h.kind for h in j.search("Northwind")] == ["person"]
        assert [h.kind for h in j.search("CFO")] == ["decision"]
        assert j.check() == []


def test_upgrade_is_one_step_per_version_and_idempotent(vault_path: Path) -> None:
    make_vault_at(vault_path, 1)
    Journal.open(vault_path, PASSPHRASE).lock()
    with Journal.open(vault_path, PASSPHRASE) as j:  # second open: nothing left to do
        assert len(j.conversations()) == 1


def test_read_only_open_of_an_old_journal_does_not_upgrade_it(vault_path: Path) -> None:
    make_vault_at(vault_path, 1)
    with pytest.raises(Exception, match="read-only"):
        Journal.open(vault_path, PASSPHRASE, readonly=True)
    with Journal.open(vault_path, PASSPHRASE) as j:
        assert j.conversations()


def test_journal_from_a_newer_version_is_refused_untouched(journal: Journal) -> None:
    with journal._open_store().raw() as conn:
        conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    journal.lock()
    with pytest.raises(NeedsNewerApp) as caught:
        Journal.open(journal.path, PASSPHRASE)
    assert "newer TrustJournal" in str(caught.value)


def test_migrated_schema_matches_the_orm_models(journal: Journal) -> None:
    with journal._open_store().raw() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(f"PRAGMA table_info({table.name})").fetchall()
            found = {name: (bool(notnull), bool(pk)) for _, name, _, notnull, _, pk in rows}
            rowid_alias = len(table.primary_key.columns) == 1  # SQLite reports it nullable
            expected = {
                c.name: (not c.nullable and not (c.primary_key and rowid_alias), c.primary_key)
                for c in table.columns
            }
            assert found == expected, table.name
