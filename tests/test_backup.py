"""Backups: a journal survives backup → restore whole, under the passphrase it should.

A demo journal (with drafts, an archived person, an unlinked conversation and a marker
string in a note) is backed up and restored, and every record of every kind is compared
field by field, with the tie assessment on top. Then: a passphrase change keeps old
backups opening with the old passphrase only; a separate backup passphrase; no plaintext
in the file; a full disk (a real small tmpfs, as in test_disk_full.py) while writing or
restoring leaves nothing under the final name; restore never overwrites; automatic
backups rotate only after the new one verified; and a payload that departs from the
format in any way (sealed properly, so only the payload checks can catch it) is refused
with a clear error.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import test_disk_full
from conftest import PASSPHRASE, snapshot
from test_disk_full import _fill

from trustjournal import __version__
from trustjournal.core.backup import archive as backup
from trustjournal.core.backup import format as backup_format
from trustjournal.core.backup import payload as backup_payload
from trustjournal.core.demo import builder as demo
from trustjournal.core.errors import (
    BackupInvalid,
    BackupTooNew,
    BackupWrongPassphrase,
    FolderNotEmpty,
    InvalidInput,
    JournalError,
    VaultExists,
    WeakPassphrase,
)
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import (
    ConversationDraft,
    ConversationRecord,
    Exported,
    GatheringDraft,
    JournalExport,
    PersonDraft,
    PersonRecord,
    PersonRef,
)

small_disk = test_disk_full.small_disk  # the real full disk: a small tmpfs (root only)

AS_OF = dt.date(2026, 11, 1)
MARKER = "ZEBRA-MARKER-7f3a9c never in plaintext"
NEW_PASSPHRASE = "a completely new passphrase"
BACKUP_PASSPHRASE = "separate backup passphrase"


def _fill_demo(journal: Journal) -> None:
    demo.build(journal, as_of=AS_OF)
    someone = journal.add_person(
        PersonDraft("Ines Marquez", "Advisor", "board", "notes ✓", True, ("Nessie", "IM"))
    )
    journal.add_conversation(
        ConversationDraft(
            (someone.id,), AS_OF, "call", f"She said: {MARKER}", ("they_shared_failure",)
        )
    )
    journal.add_gathering(GatheringDraft("Offsite", AS_OF, None, "", "", (someone.id,)))
    journal.save_draft("conversation:new", f"half a thought about {MARKER}")
    journal.save_draft("decision:3", '{"title": "an edit in progress"}')
    journal.set_cadence_days(120)  # a setting of the journal travels with it


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    journal = Journal.create(tmp_path_factory.mktemp("source") / "vault", PASSPHRASE)
    _fill_demo(journal)
    yield journal
    journal.lock()


@pytest.fixture(scope="module")
def made(source: Journal, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("backups") / "journal.tjbackup"
    backup.make(source, out)
    return out


def everything(journal: Journal) -> dict[str, Any]:
    """Every record of every kind the journal hands out, and what the ties make of them."""
    return {
        "people": journal.people(),
        "conversations": journal.conversations(),
        "decisions": journal.decisions(),
        "gatherings": journal.gatherings(),
        "reflections": journal.reflections(),
        "drafts": [(key, journal.draft(key)) for key in journal.drafts()],
        "settings": journal.tie_settings(),
        "counts": journal.counts(),
        "ties": journal.assess_ties(AS_OF),
    }


# -- the round trip ------------------------------------------------------------------------


def test_round_trip_keeps_every_record_and_field(
    source: Journal, made: Path, tmp_path: Path
) -> None:
    into = backup.restore(made, PASSPHRASE, tmp_path / "restored")
    assert into == tmp_path / "restored"
    with Journal.open(into, PASSPHRASE) as restored:
        before, after = everything(source), everything(restored)
        for kind in before:
            assert after[kind] == before[kind], kind
        assert len(after["drafts"]) == 2
        assert after["settings"].cadence_days == 120
        assert any(p.archived for p in after["people"])
        assert [p.aliases for p in after["people"] if p.aliases] == [("Nessie", "IM")]
        assert any(c.decision_id for c in after["conversations"])
        assert any(c.gathering_id for c in after["conversations"])
        assert any(d.changed_framing for d in after["decisions"])
        # The search index was rebuilt by the import, and the store is sound.
        assert [h.kind for h in restored.search("ZEBRA")] == ["conversation"]
        assert restored.check() == []
    # Nothing beside the new journal: no staging folder left.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["restored"]


def test_verify_reports_what_the_backup_holds_and_writes_nothing(
    source: Journal, made: Path
) -> None:
    before = snapshot(made.parent)
    calls: list[tuple[int, int]] = []
    info = backup.verify(made, PASSPHRASE, progress=lambda d, t: calls.append((d, t)))
    assert info.app_version == __version__
    assert info.counts == {
        **source.counts(),
        "drafts": 2,
        "settings": 1,
        "steps": len(source.step_occurrences()),  # the demo's leader opened the Next page
        "identities": 0,
        "calendar_items": 0,
    }
    assert info.size == made.stat().st_size
    assert info.created_at.tzinfo is not None
    assert abs(dt.datetime.now(dt.UTC) - info.created_at) < dt.timedelta(minutes=10)
    assert calls[-1] == (sum(info.counts.values()),) * 2
    by_key = backup.verify(made, key=source.backup_key()[1])
    assert by_key.counts == info.counts
    assert snapshot(made.parent) == before


def test_no_plaintext_in_the_backup_file(source: Journal, made: Path) -> None:
    data = made.read_bytes()
    assert MARKER.encode() not in data
    assert b"ZEBRA" not in data
    for person in source.people()[:5]:
        assert person.name.encode() not in data
    assert oct(made.stat().st_mode & 0o777) == oct(0o600)


def test_an_empty_journal_round_trips(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "empty.tjbackup"
    info = backup.make(journal, out)
    assert set(info.counts.values()) == {0}
    backup.restore(out, PASSPHRASE, tmp_path / "restored")
    with Journal.open(tmp_path / "restored", PASSPHRASE) as restored:
        assert everything(restored) == everything(journal)


# -- which passphrase ----------------------------------------------------------------------


def test_after_a_passphrase_change_an_old_backup_opens_with_the_old_passphrase(
    tmp_path: Path,
) -> None:
    vault = tmp_path / "vault"
    with Journal.create(vault, PASSPHRASE) as journal:
        journal.add_person(PersonDraft("Maya Chen", "CEO"))
        old = backup.make(journal, tmp_path / "sealed before the change.tjbackup")
        assert old.path is not None
        journal.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        newer = tmp_path / "after-change.tjbackup"
        backup.make(journal, newer)
        # The open journal still checks the old one with its key (the key never changed).
        backup.verify(old.path, key=journal.backup_key()[1])

    with pytest.raises(BackupWrongPassphrase):
        backup.verify(old.path, NEW_PASSPHRASE)
    with pytest.raises(BackupWrongPassphrase):
        backup.restore(old.path, NEW_PASSPHRASE, tmp_path / "nope")
    assert not (tmp_path / "nope").exists()
    backup.restore(old.path, PASSPHRASE, tmp_path / "restored")
    with Journal.open(tmp_path / "restored", PASSPHRASE) as restored:
        assert [p.name for p in restored.people()] == ["Maya Chen"]

    with pytest.raises(BackupWrongPassphrase):
        backup.verify(newer, PASSPHRASE)
    assert backup.verify(newer, NEW_PASSPHRASE).counts["people"] == 1


def test_a_separate_backup_passphrase(source: Journal, tmp_path: Path) -> None:
    out = tmp_path / "separate.tjbackup"
    backup.make(source, out, passphrase=BACKUP_PASSPHRASE)
    with pytest.raises(BackupWrongPassphrase):
        backup.verify(out, PASSPHRASE)
    with pytest.raises(BackupWrongPassphrase) as by_key:
        backup.verify(out, key=source.backup_key()[1])
    assert by_key.value.with_key
    backup.restore(out, BACKUP_PASSPHRASE, tmp_path / "restored")
    with Journal.open(tmp_path / "restored", BACKUP_PASSPHRASE) as restored:
        assert everything(restored) == everything(source)


def test_a_weak_separate_passphrase_is_refused_before_writing(
    source: Journal, tmp_path: Path
) -> None:
    with pytest.raises(WeakPassphrase):
        backup.make(source, tmp_path / "weak.tjbackup", passphrase="short")
    assert list(tmp_path.iterdir()) == []


# -- writing safely ------------------------------------------------------------------------


def test_make_never_replaces_a_file(source: Journal, tmp_path: Path) -> None:
    out = tmp_path / "taken.tjbackup"
    out.write_bytes(b"someone else's file")
    with pytest.raises(InvalidInput, match="already exists"):
        backup.make(source, out)
    assert out.read_bytes() == b"someone else's file"
    assert list(tmp_path.iterdir()) == [out]


def test_a_failure_while_writing_leaves_no_file(
    source: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = backup_format.write

    def failing(out: Any, stanza: bytes, key: bytes, plaintext: Any, **kw: Any) -> None:
        def some_then_fail() -> Iterator[bytes]:
            yield from plaintext  # every block written, then the disk fails
            raise OSError(5, "Input/output error")

        real_write(out, stanza, key, some_then_fail(), **kw)

    monkeypatch.setattr(backup_format, "write", failing)
    with pytest.raises(JournalError, match="Nothing was left under that name"):
        backup.make(source, tmp_path / "b.tjbackup")
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_while_writing_leaves_no_file(source: Journal, small_disk: Path) -> None:
    _fill(small_disk, leave=16 * 1024)  # room to start, not for the whole backup
    out = small_disk / "b.tjbackup"
    with pytest.raises(JournalError) as caught:
        backup.make(source, out)
    assert "disk is full" in str(caught.value)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_a_full_disk_while_restoring_leaves_no_vault(made: Path, small_disk: Path) -> None:
    _fill(small_disk, leave=200 * 1024)
    into = small_disk / "restored"
    with pytest.raises(JournalError) as caught:
        backup.restore(made, PASSPHRASE, into)
    assert "full" in str(caught.value)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


# -- restoring safely ----------------------------------------------------------------------


def test_restore_never_overwrites(made: Path, tmp_path: Path, journal: Journal) -> None:
    with pytest.raises(VaultExists):
        backup.restore(made, PASSPHRASE, journal.path)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(FolderNotEmpty):
        backup.restore(made, PASSPHRASE, busy)
    assert snapshot(busy) == {"notes.txt": b"mine"}
    empty = tmp_path / "empty"
    empty.mkdir()
    assert backup.restore(made, PASSPHRASE, empty) == empty
    assert (empty / "vault.header").is_file()


def test_a_damaged_backup_restores_nothing(made: Path, tmp_path: Path) -> None:
    data = bytearray(made.read_bytes())
    data[-5] ^= 0x01  # in the last chunk: found only after every record was imported
    damaged = tmp_path / "damaged.tjbackup"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid) as caught:
        backup.restore(damaged, PASSPHRASE, tmp_path / "restored")
    assert caught.value.where == "chunk"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.tjbackup"]


def test_restore_with_a_wrong_passphrase_creates_nothing(made: Path, tmp_path: Path) -> None:
    with pytest.raises(BackupWrongPassphrase):
        backup.restore(made, "not the passphrase", tmp_path / "restored")
    assert list(tmp_path.iterdir()) == []


def test_import_needs_an_empty_journal(source: Journal, journal: Journal) -> None:
    journal.add_person(PersonDraft("Already Here"))
    with source.exporting() as export, pytest.raises(InvalidInput, match="empty journal"):
        journal.import_records(export.records)
    assert [p.name for p in journal.people()] == ["Already Here"]


# -- automatic backups ---------------------------------------------------------------------


def _at(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, 30, 15)


def test_automatic_backups_rotate_and_leave_other_files(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "TrustJournal backup by hand.tjbackup").write_bytes(b"x")
    assert backup.due(folder, _at(1))
    assert backup.last_automatic(folder) is None
    for day in range(1, 6):
        info = backup.automatic(journal, folder, keep=3, now=_at(day))
        assert info.path == folder / f"TrustJournal backup 2026-03-0{day} 093015.tjbackup"
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "TrustJournal backup 2026-03-03 093015.tjbackup",
        "TrustJournal backup 2026-03-04 093015.tjbackup",
        "TrustJournal backup 2026-03-05 093015.tjbackup",
        "TrustJournal backup by hand.tjbackup",
        "holiday.jpg",
    ]
    assert backup.last_automatic(folder) == _at(5)
    assert not backup.due(folder, _at(5, 23))
    assert backup.due(folder, _at(6, 0))
    backup.write_key_file(journal, folder, PASSPHRASE)  # what opens them by passphrase
    for _, path in backup._automatic_files(folder):
        backup.verify(path, PASSPHRASE)


def test_automatic_never_deletes_before_the_new_one_verified(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "auto"
    for day in (1, 2):
        backup.automatic(journal, folder, keep=2, now=_at(day))
    before = snapshot(folder)

    def broken(*args: Any, **kwargs: Any) -> backup.BackupInfo:
        raise BackupInvalid.damaged_chunk(1)

    monkeypatch.setattr(backup, "verify", broken)
    with pytest.raises(BackupInvalid):
        backup.automatic(journal, folder, keep=2, now=_at(3))
    assert snapshot(folder) == before  # the unverified new one is gone, the old ones kept


def test_automatic_needs_to_keep_one(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        backup.automatic(journal, tmp_path, keep=0)


# -- the payload checks --------------------------------------------------------------------


def _payload_lines(journal: Journal) -> list[dict[str, Any]]:
    with journal.exporting() as export:
        counts = {n: export.counts[n] for n in backup_payload.COUNT_NAMES}
        lines = [backup_payload.to_json(r) for r in export.records]
    head = {
        "format": "trustjournal-export",
        "version": backup_payload.VERSION,
        "app_version": __version__,
        "created_at": "2026-03-01T09:00:00+00:00",
        "counts": counts,
    }
    return [head, *lines, {"type": "end", "counts": counts}]


def _sealed(journal: Journal, path: Path, payload: bytes) -> Path:
    stanza, key = journal.backup_key()
    with path.open("wb") as f:
        backup_format.write(
            f,
            stanza,
            key,
            [payload],
            created_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
            app_version=__version__,
        )
    return path


def _pack(lines: list[dict[str, Any]]) -> bytes:
    text = "".join(json.dumps(line) + "\n" for line in lines)
    return zlib.compress(text.encode())


@pytest.fixture
def small(journal: Journal) -> Journal:
    maya = journal.add_person(PersonDraft("Maya Chen", "CEO"))
    omar = journal.add_person(PersonDraft("Omar Said"))
    journal.add_conversation(ConversationDraft((maya.id, omar.id), AS_OF, "dinner", "honest"))
    journal.save_draft("conversation:new", "a draft")
    return journal


def _conversation_index(lines: list[dict[str, Any]]) -> int:
    return next(i for i, line in enumerate(lines) if line.get("type") == "conversation")


def _drop_end(lines: list[dict[str, Any]]) -> None:
    lines.pop()


def _extra_line(lines: list[dict[str, Any]]) -> None:
    lines.append({"type": "person", "id": 99, "name": "Late"})


def _unknown_person(lines: list[dict[str, Any]]) -> None:
    lines[_conversation_index(lines)]["people"] = [12345]


def _unknown_field(lines: list[dict[str, Any]]) -> None:
    lines[1]["shoe_size"] = 44


def _missing_field(lines: list[dict[str, Any]]) -> None:
    del lines[_conversation_index(lines)]["date"]


def _wrong_type(lines: list[dict[str, Any]]) -> None:
    lines[1]["archived"] = "no"


def _out_of_order(lines: list[dict[str, Any]]) -> None:
    i = _conversation_index(lines)
    lines.insert(1, lines.pop(i))


def _counts_differ(lines: list[dict[str, Any]]) -> None:
    lines[-1]["counts"] = {**lines[-1]["counts"], "people": 1}


def _duplicate_id(lines: list[dict[str, Any]]) -> None:
    lines[2]["id"] = lines[1]["id"]


def _bad_date(lines: list[dict[str, Any]]) -> None:
    lines[_conversation_index(lines)]["date"] = "yesterday"


def _unknown_type(lines: list[dict[str, Any]]) -> None:
    lines.insert(-1, {"type": "horoscope"})


def _not_an_export(lines: list[dict[str, Any]]) -> None:
    lines[0]["format"] = "something-else"


@pytest.mark.parametrize(
    "damage",
    [
        _drop_end,
        _extra_line,
        _unknown_person,
        _unknown_field,
        _missing_field,
        _wrong_type,
        _out_of_order,
        _counts_differ,
        _duplicate_id,
        _bad_date,
        _unknown_type,
        _not_an_export,
    ],
)
def test_a_payload_out_of_form_is_refused(small: Journal, tmp_path: Path, damage: Any) -> None:
    lines = _payload_lines(small)
    assert backup.verify(_sealed(small, tmp_path / "good", _pack(lines)), key=small.backup_key()[1])
    damage(lines)
    bad = _sealed(small, tmp_path / "bad", _pack(lines))
    with pytest.raises(BackupInvalid) as caught:
        backup.verify(bad, key=small.backup_key()[1])
    assert caught.value.where == "payload"
    assert "Maya" not in str(caught.value) and "honest" not in str(caught.value)
    with pytest.raises(BackupInvalid):
        backup.restore(bad, PASSPHRASE, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()
    assert not [p for p in tmp_path.iterdir() if ".restoring-" in p.name]


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"not zlib at all",
        zlib.compress(b'{"format": "trustjournal-export"'),  # cut inside the first line
        zlib.compress(b"\xff\xfe\n"),
        zlib.compress(b"[]\n"),
    ],
    ids=["empty", "not-zlib", "cut-line", "not-utf8", "not-an-object"],
)
def test_a_payload_that_is_not_an_export_is_refused(
    small: Journal, tmp_path: Path, payload: bytes
) -> None:
    bad = _sealed(small, tmp_path / "bad", payload)
    with pytest.raises(BackupInvalid):
        backup.verify(bad, key=small.backup_key()[1])


def test_trailing_bytes_after_the_compressed_stream_are_refused(
    small: Journal, tmp_path: Path
) -> None:
    bad = _sealed(small, tmp_path / "bad", _pack(_payload_lines(small)) + b"extra")
    with pytest.raises(BackupInvalid, match="after the compressed stream"):
        backup.verify(bad, key=small.backup_key()[1])


def test_a_newer_export_version_says_so(small: Journal, tmp_path: Path) -> None:
    lines = _payload_lines(small)
    lines[0]["version"] = backup_payload.VERSION + 1
    bad = _sealed(small, tmp_path / "newer", _pack(lines))
    with pytest.raises(BackupTooNew, match="newer TrustJournal"):
        backup.verify(bad, key=small.backup_key()[1])


def test_a_payload_read_in_any_block_boundaries_checks(small: Journal) -> None:
    lines = _payload_lines(small)
    data = _pack(lines)
    pieces = [data[i : i + 7] for i in range(0, len(data), 7)]  # any block boundaries
    head, counts = backup_payload.check(pieces)
    assert counts == lines[0]["counts"]
    assert head.app_version == __version__


# -- streaming: a large journal is never held in memory whole ---------------------------------

STREAM_NOTE = 8 * 1024  # characters of note per conversation
STREAM_CONVERSATIONS = 4000  # ≈ 32 MB of notes
MAYA = PersonRef(1, "Maya Chen")


def _large_records(count: int, note: int = STREAM_NOTE) -> Iterator[Exported]:
    """One person and `count` conversations with notes that compress only to about half
    (hex of seeded random bytes), as a journal's export gives them: one at a time."""
    rng = random.Random(20260301)
    yield PersonRecord(1, MAYA.name, "CEO", "", "", False)
    for i in range(1, count + 1):
        note_text = rng.randbytes(note // 2).hex()
        day = dt.date(2026, 1, 1) + dt.timedelta(days=i % 300)
        yield ConversationRecord(i, (MAYA,), day, "call", note_text, (), None, None)


def _export_of(count: int, pulled: list[int], note: int = STREAM_NOTE) -> JournalExport:
    """An export of `_large_records` that counts, in `pulled[0]`, the records read so far."""
    counts = dict.fromkeys(backup_payload.COUNT_NAMES, 0)
    counts["people"], counts["conversations"] = 1, count

    def counting() -> Iterator[Exported]:
        for record in _large_records(count, note):
            pulled[0] += 1
            yield record

    return JournalExport(counts, counting())


def test_the_encoder_compresses_records_as_they_are_read() -> None:
    """The first compressed block leaves before most records are read, and every block
    follows only a bounded number of records: the payload is never built whole."""
    count, pulled = 2000, [0]
    blocks = backup_payload.encode(
        _export_of(count, pulled, note=1024), app_version=__version__, created_at=_at(1)
    )
    read_at_each_block = []
    for block in blocks:
        if block:
            read_at_each_block.append(pulled[0])
    # 256 KiB of JSON (the encoder's block) is about 250 one-KiB records.
    assert read_at_each_block[0] < count // 4, read_at_each_block
    steps = [b - a for a, b in itertools.pairwise(read_at_each_block)]
    assert len(read_at_each_block) >= 4 and max(steps) < count // 4, read_at_each_block
    assert pulled[0] == count + 1


def test_the_decoder_gives_records_before_the_payload_has_arrived() -> None:
    """Records come out of `decode` while most of the payload is still to be read."""
    count, pulled = 2000, [0]
    data = b"".join(
        backup_payload.encode(
            _export_of(count, pulled, note=1024), app_version=__version__, created_at=_at(1)
        )
    )
    pieces = [data[i : i + 64 * 1024] for i in range(0, len(data), 64 * 1024)]  # chunk size
    given = [0]

    def arriving() -> Iterator[bytes]:
        for piece in pieces:
            given[0] += 1
            yield piece

    head, records = backup_payload.decode(arriving())
    assert head.counts["conversations"] == count
    first = next(records)
    assert isinstance(first, PersonRecord)
    assert given[0] <= 2, f"the first record needed {given[0]} of {len(pieces)} chunks"
    halfway = [r for _, r in zip(range(count // 2), records, strict=False)]
    assert len(halfway) == count // 2
    assert given[0] < len(pieces), "half the records needed the whole payload"
    assert sum(1 for _ in records) == count - count // 2  # the person came first
    assert given[0] == len(pieces)


def test_a_payload_that_inflates_a_thousandfold_is_read_a_bounded_step_at_a_time() -> None:
    """A small block can hold tens of megabytes of repetitive lines (or a forged zip bomb):
    the decoder inflates it a step at a time instead of all at once."""
    count = 40_000
    counts = dict.fromkeys(backup_payload.COUNT_NAMES, 0)
    counts["people"], counts["conversations"] = 1, count
    records = [
        PersonRecord(1, MAYA.name, "", "", "", False),
        *(
            ConversationRecord(i, (MAYA,), dt.date(2026, 1, 1), "call", "a" * 1024, (), None, None)
            for i in range(1, count + 1)
        ),
    ]
    data = b"".join(
        backup_payload.encode(
            JournalExport(counts, iter(records)), app_version=__version__, created_at=_at(1)
        )
    )
    inflated = count * 1024
    assert len(data) < inflated // 100
    found: list[dict[str, int]] = []
    peak = _peak(lambda: found.append(backup_payload.check([data])[1]))
    assert found == [counts]
    assert peak < inflated // 4, f"checking it held {peak / 1e6:.1f} MB at once"


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, int]]:
    """A journal of ≈ 32 MB of notes, and how many bytes of note it holds."""
    journal = Journal.create(tmp_path_factory.mktemp("large") / "vault", PASSPHRASE)
    journal.import_records(_large_records(STREAM_CONVERSATIONS))
    yield journal, STREAM_CONVERSATIONS * STREAM_NOTE
    journal.lock()


def _peak(action: Callable[[], object]) -> int:
    """The most memory Python held at once during `action`, in bytes."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_large_backup_is_made_and_verified_in_bounded_memory(
    large: tuple[Journal, int], tmp_path: Path
) -> None:
    """Making and verifying a backup of ≈ 32 MB of notes never holds half of them at once:
    the journal is read, compressed, sealed and written as it goes, and read back the same
    way. (Holding the records, the payload or the file whole would take all 32 MB.)"""
    journal, notes = large
    out = tmp_path / "large.tjbackup"
    made_peak = _peak(lambda: backup.make(journal, out))
    assert out.stat().st_size > notes // 3  # the notes are really in there
    assert made_peak < notes // 2, f"making it held {made_peak / 1e6:.1f} MB at once"
    verified: list[backup.BackupInfo] = []
    verify_peak = _peak(lambda: verified.append(backup.verify(out, key=journal.backup_key()[1])))
    assert verified[0].counts["conversations"] == STREAM_CONVERSATIONS
    assert verify_peak < notes // 8, f"verifying it held {verify_peak / 1e6:.1f} MB at once"
