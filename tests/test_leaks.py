"""Nothing readable touches the disk: no journal text, no data key, in any file, ever.

A unique marker goes into every kind of text the journal keeps (a person's name and
notes, conversation notes small and large, a decision's title and outcome, a gathering,
a quarter reflection), is searched for, edited and deleted; then every byte of every
file in the vault folder and in the temp folder is scanned for the marker (UTF-8 and
UTF-16, as typed, lower- and upper-case) and for the data key (raw and hex). The same
scan runs while the journal is open (the WAL holds the fresh writes), after it is
locked, and after a writer is killed with SIGKILL in the middle of its saves, when the
WAL and shared-memory file are left as the kill found them; for that writer, every file
it holds open, deleted ones included, is read through /proc and scanned too. Finally
the database is not a plain SQLite file: no SQLite magic, and stdlib sqlite3 cannot
read it.
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
import sqlite3
import stat
import tempfile
import time
from pathlib import Path

import pytest
from children.saver import Child, child_env
from conftest import PASSPHRASE

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import (
    ConversationDraft,
    DecisionDraft,
    GatheringDraft,
    PersonDraft,
)
from trustjournal.core.store.vault import Vault

DAY = dt.date(2026, 2, 3)


def _needles(marker: str, key: bytes) -> dict[str, bytes]:
    """Every byte pattern that would betray the marker or the key."""
    texts = {
        "marker": marker,
        "marker lower-case": marker.lower(),
        "marker upper-case": marker.upper(),
        "marker's random part": marker.split("-", 1)[1],
    }
    needles: dict[str, bytes] = {}
    for label, text in texts.items():
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needles[f"{label} ({encoding})"] = text.encode(encoding)
    needles["data key (raw)"] = key
    for label, text in {"hex": key.hex(), "HEX": key.hex().upper()}.items():
        needles[f"data key ({label}, ascii)"] = text.encode("ascii")
        needles[f"data key ({label}, utf-16-le)"] = text.encode("utf-16-le")
    return needles


def _files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())


def _found(blobs: dict[str, bytes], needles: dict[str, bytes]) -> list[str]:
    return [
        f"{what} in {where}"
        for where, blob in blobs.items()
        for what, needle in needles.items()
        if needle in blob
    ]


def _read_all(paths: list[Path]) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in paths}


def _open_files_of(pid: int) -> dict[str, bytes]:
    """The bytes of every regular file `pid` holds open, read through /proc (so files
    unlinked after opening, as SQLite's temp files are, are read too)."""
    blobs: dict[str, bytes] = {}
    fd_dir = Path(f"/proc/{pid}/fd")
    for fd in fd_dir.iterdir():
        try:
            target = fd.readlink()
            if not stat.S_ISREG(fd.stat().st_mode):
                continue
            blobs[f"{target} (open in pid {pid})"] = fd.read_bytes()
        except OSError:
            continue  # closed while we looked
    return blobs


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty temp folder for everything in this process that asks for one."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _fill_with_marker(journal: Journal, marker: str) -> None:
    person = journal.add_person(
        PersonDraft(
            f"Ada {marker}",
            role=f"Chief of staff {marker}",
            how_met=f"Board dinner, {marker}",
            notes=f"Told me about the failed launch. {marker} Ünïcödé ✓",
        )
    )
    other = journal.add_person(PersonDraft("Bram Visser", notes=f"peer {marker}"))
    people = (person.id, other.id)
    decision = journal.add_decision(
        DecisionDraft(
            f"Close the Lyon office {marker}",
            DAY,
            4,
            status="decided",
            outcome=f"We closed it; {marker} changed my mind",
            consulted=people,
            changed_framing=(person.id,),
        )
    )
    gathering = journal.add_gathering(
        GatheringDraft(
            f"CEO retreat {marker}",
            DAY,
            DAY,
            place=f"Chamonix {marker}",
            note=marker,
            people=people,
        )
    )
    saved = [
        journal.add_conversation(
            ConversationDraft(
                (person.id,) if i % 2 else people,
                DAY,
                "dinner" if i % 2 else "one_on_one",
                f"Conversation {i}: she said {marker} and admitted doubt. Café ✓ 信頼",
                signals=("they_admitted_doubt", "i_shared_failure"),
                decision_id=decision.id,
                gathering_id=gathering.id,
            )
        )
        for i in range(6)
    ]
    # An edit and a delete leave old versions in freed pages and the WAL (a delete
    # checkpoints the WAL, so it comes before the large write that must stay in the WAL).
    journal.update_conversation(
        saved[0].id, ConversationDraft(people, DAY, "call", f"Rewritten {marker}")
    )
    journal.delete_conversation(saved[1].id)
    # About 2.7 MB: larger than SQLite's page cache, so the write spills mid-transaction.
    # The marker is in it a few times only: FTS5's snippet() slows down with hits per note.
    filler = "".join(
        f"Paragraph {i}: what the board did not hear, told candidly.\n" for i in range(24_000)
    )
    large = f"{marker} opens.\n{filler}{marker} in the middle.\n{filler}{marker} ends."
    saved.append(journal.add_conversation(ConversationDraft(people, DAY, "call", large)))
    journal.save_reflection("2026Q1", f"This quarter {marker} taught me to ask for help.")

    hits = journal.search(marker, limit=500)
    assert {h.kind for h in hits} == {"person", "conversation", "decision", "gathering"}
    assert sum(h.kind == "conversation" for h in hits) == len(saved) - 1
    assert marker in journal.reflection("2026Q1").text


def test_no_file_holds_the_marker_or_the_key(tmp_path: Path, temp_folder: Path) -> None:
    marker = "MARKER-" + secrets.token_hex(8)
    vault = tmp_path / "vault"
    journal = Journal.create(vault, PASSPHRASE)
    try:
        key = journal._key
        assert key is not None
        needles = _needles(marker, key)
        _fill_with_marker(journal, marker)

        while_open = _files(vault, temp_folder)
        names = {p.name for p in while_open}
        assert {"journal.db", "journal.db-wal", "vault.header", "journal.lock"} <= names
        assert (vault / "journal.db-wal").stat().st_size > 1_000_000  # the fresh writes
        assert _found(_read_all(while_open), needles) == []
    finally:
        journal.lock()

    after_lock = _files(vault, temp_folder)
    assert {"journal.db", "vault.header"} <= {p.name for p in after_lock}
    assert _found(_read_all(after_lock), needles) == []
    # The same text is really in there, for whoever has the passphrase.
    with Journal.open(vault, PASSPHRASE) as reopened:
        assert any(h.kind == "person" for h in reopened.search(marker))


def test_a_killed_writer_leaves_nothing_readable(tmp_path: Path) -> None:
    marker = "MARKER-" + secrets.token_hex(8)
    vault = tmp_path / "vault"
    child_tmp = tmp_path / "child-tmp"
    child_tmp.mkdir()
    name = f"Cyrus {marker}"
    with Journal.create(vault, PASSPHRASE) as journal:
        journal.add_person(PersonDraft(name, notes=marker))
    key = Vault(vault).unwrap(PASSPHRASE)
    needles = _needles(marker, key)

    temp_env = {n: str(child_tmp) for n in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR")}
    child = Child(
        ["save", str(vault), "--person", name, "--prefix", marker],
        child_env(TRUSTJOURNAL_PASSPHRASE=PASSPHRASE, **temp_env),
    )
    try:
        child.go()
        assert child.wait_ready(), "the writer did not start"
        deadline = time.monotonic() + 30
        while sum(line.startswith("saved") for line in child.lines) < 30:
            assert time.monotonic() < deadline, f"the writer stalled: {child.lines[-3:]}"
            time.sleep(0.01)
        held_open = _open_files_of(child.pid)  # mid-write, from the writer's own handles
    finally:
        child.kill()

    assert any("journal.db-wal" in where for where in held_open)
    assert _found(held_open, needles) == []
    left = _files(vault, child_tmp)
    wal = vault / "journal.db-wal"
    assert wal in left and wal.stat().st_size > 0  # the kill left the WAL as it was
    assert _found(_read_all(left), needles) == []

    saved = sum(line.startswith("saved") for line in child.lines)
    with Journal.open(vault, PASSPHRASE) as journal:
        assert len(journal.search(marker, limit=10_000)) >= saved + 1
    assert _found(_read_all(_files(vault, child_tmp)), needles) == []


def test_the_database_is_not_a_plain_sqlite_file(journal: Journal, tmp_path: Path) -> None:
    person = journal.add_person(PersonDraft("Dana Reyes", notes="readable?"))
    journal.add_conversation(ConversationDraft((person.id,), DAY, "call", "not for sqlite3"))
    db = journal.vault.db_path
    assert not db.read_bytes().startswith(b"SQLite format 3")

    copy = tmp_path / "copy"
    copy.mkdir()
    for suffix in ("", "-wal"):
        source = db.with_name(db.name + suffix)
        if source.exists():
            shutil.copyfile(source, copy / source.name)
    assert not (copy / db.name).read_bytes().startswith(b"SQLite format 3")
    plain = sqlite3.connect(f"file:{copy / db.name}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            plain.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        plain.close()
