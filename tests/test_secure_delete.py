"""Deleted text is gone from the file: not in any page of the database nor of its WAL,
decrypted with the journal's own key, nor in a plain copy made with `sqlcipher_export`.

Each test first finds the marker where it should be (the positive control: the scan can
fail), then deletes, then finds it nowhere. The last test turns FTS5's secure-delete off
for the notes' index and shows the scan catches the words the index would have kept.
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from conftest import PASSPHRASE
from decrypted_pages import database_pages, found_in, wal_pages

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.core.store import migrations
from trustjournal.core.store.db import open_store

DAY = dt.date(2026, 3, 2)
FILLER = "".join(f"Paragraph {i}: the plan for the quarter, candidly.\n" for i in range(400))


def _key(journal: Journal) -> bytes:
    key = journal._key
    assert key is not None
    return key


def _in_pages(journal: Journal, marker: bytes) -> dict[str, bool]:
    db = journal.vault.db_path
    key = _key(journal)
    return {
        "database": found_in(database_pages(db, key), marker),
        "wal": found_in(wal_pages(db.with_name(db.name + "-wal"), key), marker),
    }


def _in_export(journal: Journal, marker: bytes, tmp: Path) -> bool:
    """A plain copy of the database (its files as they are now, the WAL included)."""
    folder = tmp / secrets.token_hex(4)
    folder.mkdir()
    db = journal.vault.db_path
    for path in db.parent.glob(db.name + "*"):
        shutil.copy(path, folder / path.name)
    conn = sqlcipher.connect(str(folder / db.name))
    try:
        conn.execute(f"PRAGMA key = \"x'{_key(journal).hex()}'\"")
        conn.execute(f"ATTACH DATABASE '{folder / 'plain.db'}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        conn.close()
    return marker in (folder / "plain.db").read_bytes()


@pytest.fixture
def marker() -> Iterator[str]:
    yield "zq" + secrets.token_hex(6)


def _fill(journal: Journal, marker: str) -> tuple[int, int, int]:
    """Maya (notes with the marker), a note with only her, one with her and Ben."""
    maya = journal.add_person(PersonDraft("Maya Chen", notes=f"Prefers {marker} mornings.")).id
    ben = journal.add_person(PersonDraft("Ben Ode")).id
    for i in range(30):  # other conversations around it, so pages are shared
        journal.add_conversation(ConversationDraft((ben,), DAY, "call", f"{i} {FILLER}"))
    solo = journal.add_conversation(
        ConversationDraft((maya,), DAY, "one_on_one", f"She said {marker} twice.\n{FILLER}")
    ).id
    for i in range(30):
        journal.add_conversation(ConversationDraft((ben,), DAY, "call", f"later {i} {FILLER}"))
    return maya, ben, solo


def test_a_deleted_conversation_leaves_no_trace(
    journal: Journal, marker: str, tmp_path: Path
) -> None:
    _, _, solo = _fill(journal, marker)
    needle = marker.encode()
    assert any(_in_pages(journal, needle).values())  # the control: the scan finds it
    assert _in_export(journal, needle, tmp_path)

    journal.update_person(journal.person_by_name("Maya Chen").id, PersonDraft("Maya Chen"))
    journal.delete_conversation(solo)

    assert _in_pages(journal, needle) == {"database": False, "wal": False}
    assert not _in_export(journal, needle, tmp_path)
    assert journal.search(marker) == []
    assert journal.check() == []


def test_a_deleted_person_and_their_conversations_leave_no_trace(
    journal: Journal, marker: str, tmp_path: Path
) -> None:
    maya, _, _ = _fill(journal, marker)
    needle = marker.encode()
    journal.lock()  # a lock checkpoints: now the marker is in the database file itself
    reopened = Journal.open(journal.path, PASSPHRASE)
    try:
        assert _in_pages(reopened, needle)["database"]
        reopened.delete_person(maya)
        assert _in_pages(reopened, needle) == {"database": False, "wal": False}
        assert not _in_export(reopened, needle, tmp_path)
    finally:
        reopened.lock()


def test_the_scan_catches_an_index_that_keeps_deleted_words(journal: Journal, marker: str) -> None:
    _, _, solo = _fill(journal, marker)
    with journal._writable().raw() as conn:  # what the journal did before migration 10
        conn.execute(
            "INSERT INTO conversation_fts (conversation_fts, rank) VALUES ('secure-delete', 0)"
        )
    journal.update_person(journal.person_by_name("Maya Chen").id, PersonDraft("Maya Chen"))
    journal.delete_conversation(solo)
    assert _in_pages(journal, marker.encode())["database"]


def test_every_connection_deletes_securely(journal: Journal) -> None:
    with journal._writable().raw() as conn:
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert _secure_indexes(conn) == dict.fromkeys(migrations.FTS_COLUMNS, 1)


def _secure_indexes(conn: object) -> dict[str, object]:
    found = {}
    for table in migrations.FTS_COLUMNS:
        row = conn.execute(  # type: ignore[attr-defined]
            f"SELECT v FROM {table}_fts_config WHERE k = 'secure-delete'"
        ).fetchone()
        found[table] = row[0] if row else None
    return found


def test_a_journal_made_before_migration_10_gets_secure_indexes(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    store = open_store(tmp_path / "old.db", key)
    try:
        with store.raw() as conn:
            migrations.upgrade(conn, target=9)
            assert set(_secure_indexes(conn).values()) == {None}
            assert migrations.upgrade(conn) == 9
            assert _secure_indexes(conn) == dict.fromkeys(migrations.FTS_COLUMNS, 1)
    finally:
        store.close()
