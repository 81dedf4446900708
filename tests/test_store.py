"""The SQLCipher store: keyed first, private temp storage, durable commits, damage reported."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot

from trustjournal.core.errors import JournalDamaged
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.core.store import migrations
from trustjournal.core.store.db import KeyMismatch

PAGE = 4096


def _pragma(journal: Journal, name: str) -> object:
    store = journal._open_store()
    with store.raw() as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_connection_settings(journal: Journal) -> None:
    assert _pragma(journal, "cipher_version").startswith("4.")  # type: ignore[union-attr]
    assert _pragma(journal, "temp_store") == 2  # MEMORY: no temp files on disk
    assert _pragma(journal, "foreign_keys") == 1
    assert _pragma(journal, "journal_mode") == "wal"
    assert _pragma(journal, "synchronous") == 2  # FULL: a returned commit is on disk
    assert _pragma(journal, "user_version") == migrations.LATEST


def test_a_decisions_conversations_are_found_by_index(journal: Journal) -> None:
    store = journal._open_store()
    with store.raw() as conn:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM conversation WHERE decision_id IN (1, 2)"
        ).fetchall()
    assert "ix_conversation_decision_id" in " ".join(str(row) for row in plan)


def test_the_file_is_not_sqlite_readable(journal: Journal) -> None:
    journal.add_person(PersonDraft("Ana"))
    journal.lock()
    data = journal.vault.db_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    plain = sqlite3.connect(journal.vault.db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            plain.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        plain.close()


@pytest.fixture
def filled(journal: Journal) -> Path:
    ana = journal.add_person(PersonDraft("Ana"))
    for i in range(150):
        journal.add_conversation(
            ConversationDraft(
                (ana.id,),
                dt.date(2025, 1, 1) + dt.timedelta(days=i),
                "call",
                f"conversation {i}: " + "we compared the trade-offs of the reorg " * 12,
            )
        )
    journal.lock()  # the last connection checkpoints the WAL into journal.db
    assert not journal.vault.db_path.with_name("journal.db-wal").exists()
    return journal.path


def _flip(db: Path, page: int) -> None:
    data = bytearray(db.read_bytes())
    data[(page - 1) * PAGE + 200] ^= 0x10
    db.write_bytes(bytes(data))


def test_damaged_pages_are_reported_and_named(filled: Path) -> None:
    db = filled / "journal.db"
    pages = db.stat().st_size // PAGE
    damaged = list(range(10, pages, 7))
    for page in damaged:
        _flip(db, page)
    before = snapshot(filled)
    with Journal.open(filled, PASSPHRASE) as j:
        with pytest.raises(JournalDamaged) as caught:
            j.conversations()
            j.search("trade-offs reorg")
        assert "trustjournal check" in str(caught.value)
        problems = j.check()
    for page in damaged:
        assert f"HMAC verification failed for page {page}" in problems
    assert snapshot(filled)["journal.db"] == before["journal.db"]


def test_damaged_first_page_refuses_to_open(filled: Path) -> None:
    _flip(filled / "journal.db", 1)
    with pytest.raises(KeyMismatch) as caught:
        Journal.open(filled, PASSPHRASE)
    assert "first page is damaged" in str(caught.value)


def test_a_foreign_database_in_place_of_ours_is_refused(filled: Path, tmp_path: Path) -> None:
    other = Journal.create(tmp_path / "other", PASSPHRASE)
    other.lock()
    (filled / "journal.db").write_bytes((tmp_path / "other" / "journal.db").read_bytes())
    with pytest.raises(KeyMismatch):
        Journal.open(filled, PASSPHRASE)


def test_clean_journal_checks_clean(filled: Path) -> None:
    with Journal.open(filled, PASSPHRASE) as j:
        assert j.check() == []
