"""With sync on, deleted text still leaves the journal file: a delete that arrives from
another device scrubs the receiving journal as a local delete does, whether the round writes
a few rows (FTS5's secure-delete row by row) or many (the indexes merged whole, bridge.py
`_indexing`), and the sync state keeps no words of a deleted record."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from decrypted_pages import database_pages, found_in, wal_pages

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, ConversationRecord, PersonDraft
from trustjournal.core.sync import bridge

DAY = dt.date(2026, 3, 2)
FILLER = "".join(f"Paragraph {i}: the plan for the quarter, candidly.\n" for i in range(200))


def _in_file(journal: Journal, marker: bytes) -> bool:
    db, key = journal.vault.db_path, journal._key
    assert key is not None
    return found_in(database_pages(db, key), marker) or found_in(
        wal_pages(db.with_name(db.name + "-wal"), key), marker
    )


def _redraft(c: ConversationRecord, note: str) -> ConversationDraft:
    return ConversationDraft(tuple(p.id for p in c.people), c.date, c.format, note, c.signals)


@pytest.mark.parametrize("others", [0, bridge.BULK + 5], ids=["a few rows", "many rows"])
def test_a_delete_from_another_device_leaves_no_trace(tmp_path: Path, others: int) -> None:
    marker = "zq" + secrets.token_hex(6)
    a = Journal.create(tmp_path / "a", PASSPHRASE)
    ben = a.add_person(PersonDraft("Ben Ode")).id
    for i in range(max(others, 20)):
        a.add_conversation(ConversationDraft((ben,), DAY, "call", f"{i} {FILLER}"))
    secret = a.add_conversation(
        ConversationDraft((ben,), DAY, "one_on_one", f"He said {marker} twice.\n{FILLER}")
    ).id
    a.sync(tmp_path / "Sync")
    b = Journal.join(tmp_path / "b", tmp_path / "Sync", PASSPHRASE)
    try:
        assert _in_file(b, marker.encode())  # the control: the scan finds it
        a.delete_conversation(secret)
        for c in a.conversations()[:others]:  # many rows in the same round
            a.update_conversation(c.id, _redraft(c, c.note + " (edited)"))
        a.sync()
        report = b.sync()
        assert report.removed.get("conversation")
        assert not _in_file(b, marker.encode())
        assert b.search(marker) == []
        assert b.check() == []
    finally:
        a.lock()
        b.lock()
