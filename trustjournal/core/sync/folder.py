"""The sync folder: device sub-folders of sealed change files and snapshots (docs/sync.md).

    SyncFolder/
      TrustJournal.sync      the marker: this journal's tag, sealed (sealed.py)
      keys/HEADER            the vault's header, what `join` unlocks with the passphrase
      d-<tag>/               one per device, tag = HMAC(names key, device id)
        c-<tag>              a change file, tag = HMAC(names key, device id ‖ sequence)
        s-<tag>              a snapshot, named the same way

A device writes only into its own sub-folder, each file under a new name, through a temp
name and a rename, so a sync tool never sees two writers of one file nor half a file under
a real name. A reader opens every file it has not read yet (`scan`), checks it against its
name, its device's signature and revocation, and hands back the payloads; what it refuses
it reports, and nothing of a refused file is returned.

The payloads are opaque here (codec.py makes them). No Qt, no SQL.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from trustjournal.core.store import fsutil
from trustjournal.core.sync import errors, sealed
from trustjournal.core.sync.errors import (
    ForeignSyncFolder,
    NotASyncFolder,
    SequenceUsed,
    SyncFileRefused,
    SyncFolderMissing,
    SyncFolderNotEmpty,
    SyncFolderTooNew,
    SyncFolderUnwritable,
)
from trustjournal.core.sync.keys import DeviceKey, SyncKeys, verify
from trustjournal.core.sync.sealed import CHANGE, SNAPSHOT, FileProblem

MARKER_NAME = "TrustJournal.sync"
KEYS_DIR = "keys"
HEADER_NAME = "HEADER"
_PREFIX = {CHANGE: "c", SNAPSHOT: "s"}
_KIND_OF_PREFIX = {v: k for k, v in _PREFIX.items()}
_DEVICE_DIR = re.compile(r"d-[0-9a-f]{32}")
# A file's own name, then whatever a sync tool appends to a copy of it: Syncthing's
# ".sync-conflict-20261206-214000-ABCDEFG", Dropbox's " (conflicted copy 2026-12-06)",
# OneDrive's "-LAPTOP", iCloud's " 2".
_FILE = re.compile(r"([cs])-([0-9a-f]{32})(.*)", re.DOTALL)
# Names a sync tool (or our own atomic write) gives a file while it is being written.
_TEMP_SUFFIXES = (".tmp", ".part", ".partial", ".download", ".crdownload", ".!sync")
# A file that failed to open is refused on the second look if it has not changed since:
# until then it may be a file the sync tool is still writing in place.
_TRANSIENT = {errors.NOT_A_FILE, errors.INCOMPLETE, errors.DAMAGED}


@dataclass(frozen=True)
class DeviceInfo:
    """What the merged state knows of a device: its public key, and the last sequence it
    may write if it was revoked (its files after that are refused)."""

    public_key: bytes
    revoked_after: int | None = None


@dataclass(frozen=True)
class OpenedFile:
    """A file read from the folder, checked, and its payload.

    `names`: where it was read ("d-…/c-…"), more than one when a sync tool made an
    identical copy. `self_registered`: the device is not in the `devices` given to `scan`
    (a device that joined since), and the file is signed by the key it carries,
    `public_key`; the caller applies it only if its payload holds that device's record
    with that same key (the file is then the device's own registration), docs/sync.md;
    if it does not, it drops the file's names from the `known` it keeps, so the file is
    read again once the device's record has arrived another way.
    """

    device_id: str
    seq: int
    kind: str
    payload: bytes
    names: tuple[str, ...]
    public_key: bytes
    self_registered: bool = False


@dataclass
class ScanResult:
    """One round's reading. `opened`: the new files, in the order to apply them (per
    device by sequence). `refused`: files refused for good, nothing of them in `opened`.
    `waiting`: files skipped this round (being written, or failing to open for the first
    time), read again next round. `known`: what to pass as `known` next round (the names
    read or refused and still in the folder)."""

    opened: list[OpenedFile] = field(default_factory=list)
    refused: list[SyncFileRefused] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    known: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Candidate:
    name: str
    opened: sealed.Unsealed


class SyncFolder:
    """A sync folder, opened with this journal's keys (keys.SyncKeys.derive(data key))."""

    def __init__(self, path: Path, keys: SyncKeys) -> None:
        self.path = Path(path)
        self.keys = keys
        # name -> (size, mtime) of files that failed to open once (see _TRANSIENT); the
        # caller keeps it between rounds (a round makes a new SyncFolder: bridge.run stores
        # it in the journal), else such a file would wait for ever, never refused.
        self.suspects: dict[str, tuple[int, int]] = {}

    # -- the folder ------------------------------------------------------------------------

    @property
    def marker_path(self) -> Path:
        return self.path / MARKER_NAME

    @property
    def header_path(self) -> Path:
        return self.path / KEYS_DIR / HEADER_NAME

    def init(self, vault_header: bytes) -> None:
        """Make the folder this journal's: the marker and keys/HEADER (the vault's header
        file, so another device can `join` with the passphrase). The folder may be new,
        empty (but for a sync tool's hidden files), or already this journal's; another
        journal's folder or one with other files is refused, nothing written."""
        try:
            if self.marker_path.exists():
                self.check()
            elif self.path.is_dir() and any(
                not entry.name.startswith(".") for entry in os.scandir(self.path)
            ):
                raise SyncFolderNotEmpty(self.path)
            fsutil.make_private_dir(self.path / KEYS_DIR)
            fsutil.atomic_write(self.header_path, vault_header)
            if not self.marker_path.exists():  # the marker last: it makes the folder ours
                fsutil.atomic_write(self.marker_path, sealed.seal_marker(self.keys))
        except OSError as exc:
            raise SyncFolderUnwritable(self.path, _os_reason(exc)) from None

    def write_header(self, vault_header: bytes) -> None:
        """Replace keys/HEADER (after a new passphrase or recovery key)."""
        self.check()
        try:
            fsutil.atomic_write(self.header_path, vault_header)
        except OSError as exc:
            raise SyncFolderUnwritable(self.path, _os_reason(exc)) from None

    def check(self) -> None:
        """That the folder is there and is this journal's; else the error that says what
        it is instead (missing, not a sync folder, another journal's, too new)."""
        check_folder(self.path, self.keys)

    # -- writing ---------------------------------------------------------------------------

    def device_dir(self, device_id: str) -> str:
        return f"d-{self.keys.device_tag(device_id)}"

    def file_name(self, device_id: str, seq: int, kind: str = CHANGE) -> str:
        """The file's path inside the folder: "d-<tag>/c-<tag>"."""
        return f"{self.device_dir(device_id)}/{_PREFIX[kind]}-{self.keys.file_tag(device_id, seq)}"

    def write_change(self, device_id: str, signing_key: DeviceKey, seq: int, payload: bytes) -> str:
        """Seal, sign and write one change file; returns its name (remember it as known).
        `SequenceUsed` if `seq` already names a file of this device."""
        return self._write(CHANGE, device_id, signing_key, seq, payload)

    def write_snapshot(
        self, device_id: str, signing_key: DeviceKey, seq: int, payload: bytes
    ) -> str:
        """The same for a snapshot (the whole state); it takes the device's next sequence."""
        return self._write(SNAPSHOT, device_id, signing_key, seq, payload)

    def _write(self, kind: str, device_id: str, key: DeviceKey, seq: int, payload: bytes) -> str:
        self.check()
        name = self.file_name(device_id, seq, kind)
        blob = sealed.seal(self.keys, kind, device_id, key, seq, payload)
        target = self.path / name
        try:
            fsutil.make_private_dir(target.parent)
            if any(
                (target.parent / f"{prefix}-{self.keys.file_tag(device_id, seq)}").exists()
                for prefix in _PREFIX.values()
            ):
                raise SequenceUsed(seq)
            fsutil.atomic_write(target, blob)  # a temp name, fsync, os.replace, fsync dir
        except OSError as exc:
            raise SyncFolderUnwritable(self.path, _os_reason(exc)) from None
        return name

    def compact(
        self,
        device_id: str,
        signing_key: DeviceKey,
        seq: int,
        snapshot_payload: bytes,
        covered_seqs: Iterable[int],
    ) -> tuple[str, list[str]]:
        """Write a snapshot at `seq`, then delete this device's own files (changes, older
        snapshots, a sync tool's copies of them) whose sequence is in `covered_seqs`, and
        its own stale temp files. Only ever this device's sub-folder; the snapshot is on
        disk before anything is deleted. Returns the snapshot's name and the names deleted."""
        covered = set(covered_seqs)
        if any(s >= seq for s in covered):
            raise ValueError("a snapshot covers only sequences before its own")
        snapshot = self.write_snapshot(device_id, signing_key, seq, snapshot_payload)
        covered_tags = {self.keys.file_tag(device_id, s) for s in covered}
        own = self.path / self.device_dir(device_id)
        deleted: list[str] = []
        for entry in _listing(own, self.path):
            name = entry.name
            match = _FILE.fullmatch(name)
            stale_temp = name.startswith(".") and name.endswith(fsutil.TEMP_SUFFIX)
            if not stale_temp and not (match and match[2] in covered_tags):
                continue
            try:
                Path(entry.path).unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise SyncFolderUnwritable(self.path, _os_reason(exc)) from None
            if not stale_temp:
                deleted.append(f"{own.name}/{name}")
        return snapshot, sorted(deleted)

    def last_seq(self, device_id: str) -> int | None:
        """The highest sequence of this device's files in the folder (None if it has
        none): where a device restored from an old backup continues. Since a snapshot takes
        a sequence after all it covers, this is also past every compacted-away file."""
        self.check()
        highest: int | None = None
        for entry in _listing(self.path / self.device_dir(device_id), self.path):
            if not _FILE.fullmatch(entry.name):
                continue
            try:
                opened = sealed.unseal(self.keys, _read(Path(entry.path)))
            except (OSError, FileProblem):
                continue
            if opened.device_id == device_id and (highest is None or opened.seq > highest):
                highest = opened.seq
        return highest

    # -- reading ---------------------------------------------------------------------------

    def scan(self, known: set[str], devices: Mapping[str, DeviceInfo]) -> ScanResult:
        """Open every file not in `known` and check it; see `ScanResult`.

        Refused for good, nothing of it returned: a file damaged or of another journal
        (after a second look, unchanged), moved or renamed (its sealed device id and
        sequence do not match its name), not signed by its device, written by a revoked
        device after its `revoked_after`, or of a newer format. Skipped quietly and retried:
        temp files and a file that fails to open for the first time. A sync tool's copy of
        a file is read like the file; an identical copy only adds its name.
        """
        self.check()
        result = ScanResult()
        tag_of = {self.keys.device_tag(d): d for d in devices}
        candidates: dict[str, list[_Candidate]] = {}  # device folder -> its new files
        for folder in _listing(self.path, self.path):
            if not _DEVICE_DIR.fullmatch(folder.name) or not folder.is_dir():
                continue
            for entry in _listing(Path(folder.path), self.path):
                name = f"{folder.name}/{entry.name}"
                match = _FILE.fullmatch(entry.name)
                if not match or _is_temp(entry.name):
                    continue
                if name in known:
                    result.known.add(name)
                    continue
                opened = self._open(Path(entry.path), name, match, folder.name[2:], result)
                if opened is not None:
                    candidates.setdefault(folder.name, []).append(_Candidate(name, opened))
        for folder_name, found in candidates.items():
            device_id = tag_of.get(folder_name[2:])
            info = devices.get(device_id) if device_id is not None else None
            self._accept(found, info, result)
        result.opened.sort(key=lambda f: (f.device_id, f.seq, f.kind))
        return result

    def _open(
        self, path: Path, name: str, match: re.Match[str], folder_tag: str, result: ScanResult
    ) -> sealed.Unsealed | None:
        """Open and place-check one file; None (and noted in `result`) if it cannot be used."""
        try:
            stat = path.stat()
            blob = _read(path)
        except FileNotFoundError:  # gone since the listing (compacted, or renamed into place)
            return None
        except OSError:
            result.waiting.append(name)
            return None
        try:
            opened = sealed.unseal(self.keys, blob)
        except FileProblem as problem:
            if problem.why in _TRANSIENT:
                seen = (stat.st_size, stat.st_mtime_ns)
                if self.suspects.get(name) != seen:
                    self.suspects[name] = seen
                    result.waiting.append(name)
                    return None
            self._refuse(result, name, problem.why, problem.found)
            return None
        self.suspects.pop(name, None)
        if (
            folder_tag != self.keys.device_tag(opened.device_id)
            or match[2] != self.keys.file_tag(opened.device_id, opened.seq)
            or _KIND_OF_PREFIX[match[1]] != opened.kind
        ):
            self._refuse(result, name, errors.MISPLACED)
            return None
        return opened

    def _accept(self, found: list[_Candidate], info: DeviceInfo | None, result: ScanResult) -> None:
        """Check one device's opened files against its key and revocation; add the good."""
        if info is None:
            # A device not registered yet: its files can only be its own registration,
            # signed by the key they carry, and all by the same key.
            carried = {c.opened.public_key for c in found}
            if len(carried) != 1:
                for c in found:
                    self._refuse(result, c.name, errors.FORGED)
                return
        by_file: dict[tuple[int, str], list[OpenedFile]] = {}
        for c in found:
            # Checked with the registered key: the key a file carries counts only for a
            # device not registered yet.
            key = info.public_key if info is not None else c.opened.public_key
            if not verify(key, c.opened.signature, c.opened.signed):
                self._refuse(result, c.name, errors.FORGED)
                continue
            revoked_after = info.revoked_after if info is not None else None
            if revoked_after is not None and c.opened.seq > revoked_after:
                self._refuse(result, c.name, errors.REVOKED)
                continue
            result.known.add(c.name)
            same = by_file.setdefault((c.opened.seq, c.opened.kind), [])
            twin = next((f for f in same if f.payload == c.opened.payload), None)
            if twin is not None:  # a sync tool's identical copy: the same file again
                same[same.index(twin)] = _with_name(twin, c.name)
                continue
            same.append(
                OpenedFile(
                    c.opened.device_id,
                    c.opened.seq,
                    c.opened.kind,
                    c.opened.payload,
                    (c.name,),
                    c.opened.public_key,
                    self_registered=info is None,
                )
            )
        for files in by_file.values():
            result.opened.extend(files)

    def _refuse(self, result: ScanResult, name: str, why: str, found: int = 0) -> None:
        self.suspects.pop(name, None)
        result.refused.append(SyncFileRefused(name, why, found))
        result.known.add(name)


def check_folder(path: Path, keys: SyncKeys) -> None:
    """`SyncFolder.check` (see there)."""
    marker = path / MARKER_NAME
    try:
        blob = _read(marker)
    except (FileNotFoundError, NotADirectoryError):
        if _missing_or_empty(path):
            raise SyncFolderMissing(path) from None
        raise NotASyncFolder(path) from None
    except OSError:
        raise SyncFolderMissing(path) from None
    try:
        sealed.open_marker(keys, blob)
    except FileProblem as problem:
        if problem.why == errors.TOO_NEW:
            raise SyncFolderTooNew(problem.found, sealed.FORMAT) from None
        if problem.why == errors.DAMAGED:
            raise ForeignSyncFolder(path) from None
        raise NotASyncFolder(path) from None


def read_header(path: Path) -> bytes:
    """keys/HEADER of the sync folder at `path`, before the journal's key is known (what
    `join` unlocks with the passphrase); then check the folder with the derived keys."""
    try:
        if not (path / MARKER_NAME).is_file():
            if _missing_or_empty(path):
                raise SyncFolderMissing(path)
            raise NotASyncFolder(path)
        return _read(path / KEYS_DIR / HEADER_NAME)
    except OSError:
        raise NotASyncFolder(path) from None


def _missing_or_empty(path: Path) -> bool:
    try:
        return not any(not e.name.startswith(".") for e in os.scandir(path))
    except OSError:
        return True


def _listing(folder: Path, root: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except FileNotFoundError:
        if folder == root or not root.is_dir():
            raise SyncFolderMissing(root) from None
        return []  # a device folder that went away (or never was): nothing in it
    except NotADirectoryError:
        return []
    except OSError:
        raise SyncFolderMissing(root) from None


def _read(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(sealed.MAX_FILE + 1)


def _is_temp(name: str) -> bool:
    return name.startswith((".", "~")) or name.endswith(_TEMP_SUFFIXES)


def _with_name(opened: OpenedFile, name: str) -> OpenedFile:
    return OpenedFile(
        opened.device_id,
        opened.seq,
        opened.kind,
        opened.payload,
        (*opened.names, name),
        opened.public_key,
        opened.self_registered,
    )


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
