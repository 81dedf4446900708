"""The sync folder (issue 20, docs/sync.md): sealed, signed, padded change files in a real
folder, with real crypto; every file that was tampered with, moved, forged, revoked, foreign,
garbage or cut short is refused with its message and nothing of it is returned."""

from __future__ import annotations

import os
import shutil
import zlib
from pathlib import Path

import pytest

from trustjournal.core import i18n
from trustjournal.core.sync import errors
from trustjournal.core.sync.errors import (
    ForeignSyncFolder,
    NotASyncFolder,
    SequenceUsed,
    SyncFileRefused,
    SyncFolderMissing,
    SyncFolderNotEmpty,
)
from trustjournal.core.sync.folder import (
    MARKER_NAME,
    DeviceInfo,
    ScanResult,
    SyncFolder,
    read_header,
)
from trustjournal.core.sync.keys import DeviceKey, SyncKeys, verify
from trustjournal.core.sync.sealed import BLOCK, SNAPSHOT

DATA_KEY = bytes(range(32))
OTHER_DATA_KEY = bytes(range(100, 132))
LAPTOP = "a1" * 16
DESKTOP = "b2" * 16
TABLET = "c3" * 16
HEADER = b"TJVAULT\x00 the vault header bytes"
SECRET = b"MARKER-zebra"


@pytest.fixture
def keys() -> SyncKeys:
    return SyncKeys.derive(DATA_KEY)


@pytest.fixture
def laptop() -> DeviceKey:
    return DeviceKey.generate()


@pytest.fixture
def desktop() -> DeviceKey:
    return DeviceKey.generate()


@pytest.fixture
def folder(tmp_path: Path, keys: SyncKeys) -> SyncFolder:
    made = SyncFolder(tmp_path / "Sync" / "TrustJournal", keys)
    made.init(HEADER)
    return made


@pytest.fixture
def devices(laptop: DeviceKey, desktop: DeviceKey) -> dict[str, DeviceInfo]:
    return {LAPTOP: DeviceInfo(laptop.public), DESKTOP: DeviceInfo(desktop.public)}


def payloads(result: ScanResult) -> list[tuple[str, int, str, bytes]]:
    return [(f.device_id, f.seq, f.kind, f.payload) for f in result.opened]


def refusals(result: ScanResult) -> dict[str, SyncFileRefused]:
    return {r.name: r for r in result.refused}


def opened_names(result: ScanResult) -> set[str]:
    return {name for f in result.opened for name in f.names}


def flip(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


# -- keys -------------------------------------------------------------------------------------


def test_keys_are_derived_apart_and_only_from_this_data_key(keys: SyncKeys) -> None:
    again = SyncKeys.derive(DATA_KEY)
    other = SyncKeys.derive(OTHER_DATA_KEY)
    assert (again.sync, again.names, again.journal_tag) == (
        keys.sync,
        keys.names,
        keys.journal_tag,
    )
    assert len({keys.sync, keys.names, keys.journal_tag, DATA_KEY}) == 4
    assert other.sync != keys.sync and other.names != keys.names
    assert keys.device_tag(LAPTOP) != other.device_tag(LAPTOP)
    assert keys.file_tag(LAPTOP, 1) != keys.file_tag(LAPTOP, 2) != keys.file_tag(DESKTOP, 2)
    assert DATA_KEY.hex() not in repr(keys) and keys.sync.hex() not in repr(keys)


def test_a_device_key_survives_its_raw_bytes_and_signs(laptop: DeviceKey) -> None:
    stored = DeviceKey(laptop.private)  # what the caller keeps in the journal and reads back
    assert stored.public == laptop.public and len(laptop.public) == 32
    signature = stored.sign(b"change")
    assert verify(laptop.public, signature, b"change")
    assert not verify(laptop.public, signature, b"changed")
    assert not verify(DeviceKey.generate().public, signature, b"change")
    assert laptop.private.hex() not in repr(laptop)


# -- the folder: init and check ---------------------------------------------------------------


def test_init_marks_the_folder_and_keeps_the_header_for_join(folder: SyncFolder) -> None:
    assert (folder.path / MARKER_NAME).is_file()
    assert read_header(folder.path) == HEADER
    folder.check()
    folder.init(HEADER + b" new")  # again, the same journal: only the header is rewritten
    assert read_header(folder.path) == HEADER + b" new"
    folder.check()


def test_another_journals_folder_is_refused_and_left_alone(
    folder: SyncFolder, laptop: DeviceKey
) -> None:
    marker = (folder.path / MARKER_NAME).read_bytes()
    stranger = SyncFolder(folder.path, SyncKeys.derive(OTHER_DATA_KEY))
    for attempt in (
        stranger.check,
        lambda: stranger.init(b"other header"),
        lambda: stranger.scan(set(), {}),
        lambda: stranger.write_change(LAPTOP, laptop, 1, b"x"),
    ):
        with pytest.raises(ForeignSyncFolder, match="belongs to another journal"):
            attempt()
    assert (folder.path / MARKER_NAME).read_bytes() == marker
    assert read_header(folder.path) == HEADER
    assert [p.name for p in folder.path.iterdir() if p.name.startswith("d-")] == []


def test_a_folder_that_is_not_a_sync_folder_is_refused(tmp_path: Path, keys: SyncKeys) -> None:
    (tmp_path / "Photos").mkdir()
    (tmp_path / "Photos" / "holiday.jpg").write_bytes(b"jpeg")
    photos = SyncFolder(tmp_path / "Photos", keys)
    with pytest.raises(NotASyncFolder, match="not a TrustJournal sync folder"):
        photos.check()
    with pytest.raises(NotASyncFolder):
        read_header(tmp_path / "Photos")
    with pytest.raises(SyncFolderNotEmpty, match="already holds other files"):
        photos.init(HEADER)
    assert sorted(p.name for p in (tmp_path / "Photos").iterdir()) == ["holiday.jpg"]
    (tmp_path / "Photos" / MARKER_NAME).write_bytes(b"not a marker at all")
    with pytest.raises(NotASyncFolder):
        photos.check()


def test_a_missing_or_unmounted_folder_is_a_clear_error_and_nothing_is_written(
    tmp_path: Path, keys: SyncKeys, laptop: DeviceKey
) -> None:
    away = SyncFolder(tmp_path / "USB" / "Sync", keys)
    for attempt in (
        away.check,
        lambda: away.scan(set(), {}),
        lambda: away.write_change(LAPTOP, laptop, 1, b"x"),
        lambda: read_header(away.path),
    ):
        with pytest.raises(SyncFolderMissing, match="not there, or is empty"):
            attempt()
    assert not (tmp_path / "USB").exists()
    # An unmounted drive leaves its empty mount point: never write into it.
    (tmp_path / "USB" / "Sync").mkdir(parents=True)
    with pytest.raises(SyncFolderMissing):
        away.write_change(LAPTOP, laptop, 1, b"x")
    assert list((tmp_path / "USB" / "Sync").iterdir()) == []


def test_a_folder_that_goes_away_after_init_is_missing_not_a_crash(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    folder.write_change(LAPTOP, laptop, 1, b"x")
    shutil.rmtree(folder.path)
    with pytest.raises(SyncFolderMissing):
        folder.scan(set(), devices)


# -- writing and reading ----------------------------------------------------------------------


def test_changes_and_a_snapshot_round_trip_in_order(
    folder: SyncFolder, laptop: DeviceKey, desktop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    names = [
        folder.write_change(LAPTOP, laptop, 2, b"second"),
        folder.write_change(LAPTOP, laptop, 1, b"first"),
        folder.write_snapshot(LAPTOP, laptop, 3, b"everything"),
        folder.write_change(DESKTOP, desktop, 1, b"from the desktop"),
    ]
    result = folder.scan(set(), devices)
    assert sorted(payloads(result)) == sorted(
        [
            (LAPTOP, 1, "change", b"first"),
            (LAPTOP, 2, "change", b"second"),
            (LAPTOP, 3, SNAPSHOT, b"everything"),
            (DESKTOP, 1, "change", b"from the desktop"),
        ]
    )
    laptop_files = [f for f in result.opened if f.device_id == LAPTOP]
    assert [f.seq for f in laptop_files] == [1, 2, 3]  # a device's files in sequence
    assert result.refused == [] and result.waiting == []
    assert result.known == set(names) == opened_names(result)
    assert not any(f.self_registered for f in result.opened)
    again = folder.scan(result.known, devices)
    assert again.opened == [] and again.known == result.known


def test_names_and_bytes_show_nothing_in_clear(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    secret = SECRET + b" met Jane Doe on 2026-12-06 about the budget " * 20
    folder.write_change(LAPTOP, laptop, 1, secret)
    folder.compact(LAPTOP, laptop, 2, secret + b" snapshot", [])
    looked_for = [SECRET, b"Jane Doe", LAPTOP.encode(), laptop.public, laptop.private, DATA_KEY]
    files = [p for p in folder.path.rglob("*") if p.is_file()]
    assert len(files) == 4  # the marker, keys/HEADER, the change file and the snapshot
    for path in folder.path.rglob("*"):
        name = str(path.relative_to(folder.path)).encode()
        assert not any(bad in name for bad in looked_for[:3]), name
        if path.is_file():
            data = path.read_bytes()
            assert not any(bad in data for bad in looked_for), path
            assert b"zebra" not in data.lower()
            if path.parent.name.startswith("d-"):  # sealed through and through: no structure
                assert len(zlib.compress(data)) > 0.99 * len(data), path
    assert [f.payload for f in folder.scan(set(), devices).opened] == [
        secret,
        secret + b" snapshot",
    ]


def test_sizes_are_padded_to_4_kib_and_show_only_a_coarse_size(
    folder: SyncFolder, laptop: DeviceKey
) -> None:
    small = folder.path / folder.write_change(LAPTOP, laptop, 1, b"x")
    longer = folder.path / folder.write_change(LAPTOP, laptop, 2, b"a longer note " * 100)
    big = folder.path / folder.write_change(LAPTOP, laptop, 3, os.urandom(10_000))
    assert small.stat().st_size == longer.stat().st_size == BLOCK
    assert big.stat().st_size % BLOCK == 0 and big.stat().st_size >= 3 * BLOCK
    # Compressed before it is padded: 60 KB of a journal's repetitive text fits in one block.
    text = b"Talked with the team about the quarter's goals. " * 1250
    compressed = folder.path / folder.write_change(LAPTOP, laptop, 4, text)
    assert compressed.stat().st_size == BLOCK


def test_a_used_sequence_is_never_overwritten(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    assert folder.last_seq(LAPTOP) is None
    name = folder.write_change(LAPTOP, laptop, 1, b"original")
    folder.write_snapshot(LAPTOP, laptop, 5, b"snapshot")
    before = (folder.path / name).read_bytes()
    # A device restored from an older backup counts from an old sequence again.
    with pytest.raises(SequenceUsed, match="restored from an older backup"):
        folder.write_change(LAPTOP, laptop, 1, b"something else")
    with pytest.raises(SequenceUsed):
        folder.write_change(LAPTOP, laptop, 5, b"something else")
    assert (folder.path / name).read_bytes() == before
    assert folder.last_seq(LAPTOP) == 5
    assert payloads(folder.scan(set(), devices)) == [
        (LAPTOP, 1, "change", b"original"),
        (LAPTOP, 5, SNAPSHOT, b"snapshot"),
    ]


# -- refusals: nothing of a refused file is returned ------------------------------------------


def test_tampered_ciphertext_is_refused_after_a_second_look(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    good = folder.write_change(LAPTOP, laptop, 1, b"good")
    bad = folder.write_change(LAPTOP, laptop, 2, b"to be altered")
    flip(folder.path / bad, 100)  # inside the ciphertext
    first = folder.scan(set(), devices)
    # The first time it may be a file the sync tool is still writing: skipped quietly.
    assert payloads(first) == [(LAPTOP, 1, "change", b"good")]
    assert first.waiting == [bad] and first.refused == [] and bad not in first.known
    second = folder.scan(first.known, devices)
    assert second.opened == []
    refused = refusals(second)[bad]
    assert refused.why == errors.DAMAGED
    assert str(refused).startswith(f"The sync file {bad} is damaged, or was not written by")
    assert "Nothing of it was applied" in str(refused)
    assert bad in second.known and good in second.known


def test_a_file_moved_to_another_devices_folder_is_refused(
    folder: SyncFolder, laptop: DeviceKey, desktop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    name = folder.write_change(LAPTOP, laptop, 7, b"the laptop's")
    folder.write_change(DESKTOP, desktop, 1, b"the desktop's")
    moved = f"{folder.device_dir(DESKTOP)}/{name.split('/')[1]}"
    shutil.copyfile(folder.path / name, folder.path / moved)
    result = folder.scan({name}, devices)
    assert payloads(result) == [(DESKTOP, 1, "change", b"the desktop's")]
    assert refusals(result)[moved].why == errors.MISPLACED
    assert "was moved or renamed from where its device wrote it" in str(refusals(result)[moved])


def test_a_file_renamed_to_another_sequence_or_kind_is_refused(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    name = folder.write_change(LAPTOP, laptop, 1, b"first")
    as_later = folder.file_name(LAPTOP, 9)
    as_snapshot = folder.file_name(LAPTOP, 1, SNAPSHOT)
    (folder.path / name).replace(folder.path / as_later)
    shutil.copyfile(folder.path / as_later, folder.path / as_snapshot)
    result = folder.scan(set(), devices)
    assert result.opened == []
    assert {n: r.why for n, r in refusals(result).items()} == {
        as_later: errors.MISPLACED,
        as_snapshot: errors.MISPLACED,
    }


def test_a_file_signed_by_another_device_is_refused(
    folder: SyncFolder, laptop: DeviceKey, desktop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    # The desktop holds the data key, so it can seal a file as the laptop; it cannot sign
    # as the laptop.
    forged = folder.write_change(LAPTOP, desktop, 3, b"words put in the laptop's mouth")
    real = folder.write_change(LAPTOP, laptop, 4, b"the laptop's own")
    result = folder.scan(set(), devices)
    assert payloads(result) == [(LAPTOP, 4, "change", b"the laptop's own")]
    assert refusals(result)[forged].why == errors.FORGED
    assert "is not signed by the device it claims to come from" in str(refusals(result)[forged])
    # A signature altered in place is refused the same way.
    flip(folder.path / real, (folder.path / real).stat().st_size - 1)
    again = folder.scan(set(), devices)
    assert again.opened == [] and refusals(again)[real].why == errors.FORGED


def test_a_revoked_devices_later_files_are_refused(
    folder: SyncFolder, laptop: DeviceKey, desktop: DeviceKey
) -> None:
    for seq in (1, 2, 3):
        folder.write_change(LAPTOP, laptop, seq, b"change %d" % seq)
    late = folder.file_name(LAPTOP, 3)
    devices = {LAPTOP: DeviceInfo(laptop.public, revoked_after=2)}
    result = folder.scan(set(), devices)
    assert [f.seq for f in result.opened] == [1, 2]
    assert refusals(result)[late].why == errors.REVOKED
    assert "written by a revoked device after it was revoked" in str(refusals(result)[late])


def test_a_foreign_journals_file_is_refused(
    folder: SyncFolder, tmp_path: Path, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    other = SyncFolder(tmp_path / "other", SyncKeys.derive(OTHER_DATA_KEY))
    other.init(b"other header")
    theirs = other.write_change(LAPTOP, laptop, 1, b"from another journal")
    # Put in the same device's folder of ours, under a name that looks right.
    dropped = folder.file_name(LAPTOP, 1)
    (folder.path / dropped).parent.mkdir()
    shutil.copyfile(other.path / theirs, folder.path / dropped)
    first = folder.scan(set(), devices)
    assert first.opened == [] and first.waiting == [dropped]
    second = folder.scan(first.known, devices)
    assert second.opened == []
    assert refusals(second)[dropped].why == errors.DAMAGED
    assert "was not written by a device of this journal" in str(refusals(second)[dropped])


def test_garbage_is_refused(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    folder.write_change(LAPTOP, laptop, 1, b"good")
    garbage = f"{folder.device_dir(LAPTOP)}/c-{'0' * 32}"
    (folder.path / garbage).write_bytes(os.urandom(BLOCK))
    first = folder.scan(set(), devices)
    assert payloads(first) == [(LAPTOP, 1, "change", b"good")] and first.waiting == [garbage]
    second = folder.scan(first.known, devices)
    assert second.opened == [] and refusals(second)[garbage].why == errors.NOT_A_FILE
    assert "is not a TrustJournal change file" in str(refusals(second)[garbage])


def test_a_file_of_a_newer_format_is_refused_at_once(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    name = folder.write_change(LAPTOP, laptop, 1, b"from the future")
    data = bytearray((folder.path / name).read_bytes())
    data[9] = 2  # the format version
    (folder.path / name).write_bytes(bytes(data))
    result = folder.scan(set(), devices)
    assert result.opened == [] and refusals(result)[name].why == errors.TOO_NEW
    assert "newer TrustJournal (sync format 2)" in str(refusals(result)[name])


def test_a_half_written_file_waits_and_is_read_once_complete(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    name = folder.write_change(LAPTOP, laptop, 1, os.urandom(9000))
    whole = (folder.path / name).read_bytes()
    (folder.path / name).write_bytes(whole[: len(whole) // 2])
    first = folder.scan(set(), devices)
    assert first.opened == [] and first.refused == [] and first.waiting == [name]
    (folder.path / name).write_bytes(whole)  # the sync tool finished it
    second = folder.scan(first.known, devices)
    assert [f.seq for f in second.opened] == [1] and second.refused == []


def test_a_truncated_file_that_stays_cut_is_refused(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    name = folder.write_change(LAPTOP, laptop, 1, b"cut")
    path = folder.path / name
    path.write_bytes(path.read_bytes()[:1000])
    assert folder.scan(set(), devices).waiting == [name]
    result = folder.scan(set(), devices)
    assert result.opened == [] and refusals(result)[name].why == errors.INCOMPLETE
    assert "is incomplete (cut short" in str(refusals(result)[name])


def test_temp_files_are_skipped_quietly(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    name = folder.write_change(LAPTOP, laptop, 1, b"done")
    device_dir, file = name.split("/")
    half = (folder.path / name).read_bytes()[:500]
    for temp in (f".{file}.1a2b3c4d.tmp", f".syncthing.{file}.tmp", f"~syncthing~{file}.tmp"):
        (folder.path / device_dir / temp).write_bytes(half)
    for _round in range(3):
        result = folder.scan(set(), devices)
        assert payloads(result) == [(LAPTOP, 1, "change", b"done")]
        assert result.refused == [] and result.waiting == []


# -- sync-tool copies -------------------------------------------------------------------------


def test_a_sync_conflict_copy_is_read_as_its_original(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    name = folder.write_change(LAPTOP, laptop, 1, b"once")
    copy = f"{name}.sync-conflict-20261206-214000-ABCDEFG"
    shutil.copyfile(folder.path / name, folder.path / copy)
    result = folder.scan(set(), devices)
    assert payloads(result) == [(LAPTOP, 1, "change", b"once")]  # one file, not two
    assert set(result.opened[0].names) == {name, copy}
    assert result.known == {name, copy} and result.refused == []
    # A copy that shows up after its original was read: the same file again, harmless.
    later = f"{name}.sync-conflict-20261207-080000-HIJKLMN"
    shutil.copyfile(folder.path / name, folder.path / later)
    again = folder.scan(result.known, devices)
    assert payloads(again) == [(LAPTOP, 1, "change", b"once")]
    assert again.opened[0].names == (later,)
    # A copy whose original is gone is read under the original's sequence.
    (folder.path / name).unlink()
    alone = folder.scan(set(), devices)
    assert [(f.seq, f.payload) for f in alone.opened] == [(1, b"once")]


def test_a_conflict_copy_of_a_file_moved_elsewhere_is_still_refused(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    name = folder.write_change(LAPTOP, laptop, 1, b"once")
    elsewhere = f"{folder.file_name(LAPTOP, 2)}.sync-conflict-20261206-214000-ABCDEFG"
    shutil.copyfile(folder.path / name, folder.path / elsewhere)
    result = folder.scan({name}, devices)
    assert result.opened == [] and refusals(result)[elsewhere].why == errors.MISPLACED


# -- devices that joined since ----------------------------------------------------------------


def test_a_new_device_is_read_only_as_its_own_registration(
    folder: SyncFolder, laptop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    tablet = DeviceKey.generate()
    folder.write_change(TABLET, tablet, 1, b"I am the tablet")
    result = folder.scan(set(), devices)
    [opened] = result.opened
    assert (opened.device_id, opened.payload) == (TABLET, b"I am the tablet")
    assert opened.self_registered and opened.public_key == tablet.public
    # Once registered, the same file is that device's like any other.
    registered = folder.scan(set(), {**devices, TABLET: DeviceInfo(tablet.public)})
    assert [f.self_registered for f in registered.opened] == [False]


def test_a_new_devices_files_under_two_keys_are_all_refused(
    folder: SyncFolder, devices: dict[str, DeviceInfo]
) -> None:
    first = folder.write_change(TABLET, DeviceKey.generate(), 1, b"one key")
    second = folder.write_change(TABLET, DeviceKey.generate(), 2, b"another key")
    result = folder.scan(set(), devices)
    assert result.opened == []
    assert {n: r.why for n, r in refusals(result).items()} == {
        first: errors.FORGED,
        second: errors.FORGED,
    }


# -- compaction -------------------------------------------------------------------------------


def test_compaction_deletes_only_the_devices_own_covered_files(
    folder: SyncFolder, laptop: DeviceKey, desktop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    own = [folder.write_change(LAPTOP, laptop, s, b"laptop %d" % s) for s in (1, 2, 3, 4)]
    theirs = [folder.write_change(DESKTOP, desktop, s, b"desktop %d" % s) for s in (1, 2, 3)]
    copy = f"{own[0]}.sync-conflict-20261206-214000-ABCDEFG"
    shutil.copyfile(folder.path / own[0], folder.path / copy)
    stale = folder.path / folder.device_dir(LAPTOP) / ".c-crashed.1a2b3c4d.tmp"
    stale.write_bytes(b"half")
    # The desktop's own temp file (it is writing right now) and its conflict copies stay.
    their_temp = folder.path / folder.device_dir(DESKTOP) / ".c-writing.5e6f7a8b.tmp"
    their_temp.write_bytes(b"half")
    theirs.append(f"{theirs[0]}.sync-conflict-20261206-214000-ABCDEFG")
    shutil.copyfile(folder.path / theirs[0], folder.path / theirs[-1])
    their_bytes = {n: (folder.path / n).read_bytes() for n in theirs}
    snapshot, deleted = folder.compact(LAPTOP, laptop, 5, b"state up to 3", [1, 2, 3])
    assert deleted == sorted([*own[:3], copy])
    assert not stale.exists()
    assert sorted(p.name for p in (folder.path / folder.device_dir(LAPTOP)).iterdir()) == sorted(
        [own[3].split("/")[1], snapshot.split("/")[1]]
    )
    assert {n: (folder.path / n).read_bytes() for n in theirs} == their_bytes
    assert their_temp.exists()
    assert sorted(payloads(folder.scan(set(), devices))) == sorted(
        [
            (LAPTOP, 4, "change", b"laptop 4"),
            (LAPTOP, 5, SNAPSHOT, b"state up to 3"),
            *[(DESKTOP, s, "change", b"desktop %d" % s) for s in (1, 2, 3)],
        ]
    )
    # The next snapshot replaces this one; a snapshot never covers what comes after it.
    _, deleted = folder.compact(LAPTOP, laptop, 6, b"state up to 5", [4, 5])
    assert deleted == sorted([own[3], snapshot])
    with pytest.raises(ValueError):
        folder.compact(LAPTOP, laptop, 7, b"x", [8])


def test_a_refusal_speaks_the_leaders_language(
    folder: SyncFolder, laptop: DeviceKey, desktop: DeviceKey, devices: dict[str, DeviceInfo]
) -> None:
    forged = folder.write_change(LAPTOP, desktop, 1, b"forged")
    i18n.use("de")
    try:
        refused = refusals(folder.scan(set(), devices))[forged]
        with pytest.raises(SyncFolderMissing, match="ist nicht da oder leer"):
            SyncFolder(folder.path / "nowhere", folder.keys).check()
    finally:
        i18n.use(None)
    assert str(refused) == (
        f"Die Sync-Datei {forged} ist nicht von dem Gerät signiert, von dem sie angeblich "
        "stammt. Nichts davon wurde übernommen."
    )
