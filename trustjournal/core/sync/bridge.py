"""One sync round between the journal's rows and the folder (docs/sync.md), on one session.

1. **Capture**: the rows changed since the last round (`sync_dirty`, kept by triggers) are
   read as field values and compared with the state; each field that differs becomes a
   version stamped by this device's clock; a row gone becomes a delete.
2. **Read**: the other devices' new files are opened (`folder.scan`) and decoded; a new
   device's file counts only as its own registration.
3. **Merge** the versions into the state, then **write back** every record whose heads
   changed: a row written, created or removed, people first and deletions last. What the
   write-back must settle itself (two people of one name, a conversation with a person
   deleted elsewhere) becomes versions of this device, so every replica settles it alike.
4. This device's versions go into one new change file; then the state and the files read
   are stored. All in the caller's transaction: if the folder cannot be written, nothing
   of the round is kept here and the next round does it again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from trustjournal.core.errors import SyncDamaged
from trustjournal.core.i18n import _
from trustjournal.core.store.models import (
    ConversationPerson,
    DecisionPerson,
    GatheringPerson,
    Person,
)
from trustjournal.core.sync import codec, local, rows
from trustjournal.core.sync.errors import DAMAGED, REVOKED, SyncFileRefused
from trustjournal.core.sync.folder import DeviceInfo, OpenedFile, SyncFolder
from trustjournal.core.sync.keys import DeviceKey
from trustjournal.core.sync.sealed import CHANGE, SNAPSHOT
from trustjournal.core.sync.state import DELETED, Json, RecordKey, State, Version

DEVICE = "device"  # the kind of a device's record: name, public_key (hex), revoked_after
SNAPSHOT_AFTER = 200  # change files of this device before it compacts them into a snapshot
_MISSING = object()


@dataclass
class Report:
    """What a round did, for the status bar and `trustjournal sync`."""

    sent: int = 0  # versions this device wrote into the folder
    received: int = 0  # versions of other devices new to this journal
    written: dict[str, set[int]] = field(default_factory=dict)  # kind -> row ids written
    removed: dict[str, set[int]] = field(default_factory=dict)  # kind -> row ids removed
    refused: list[str] = field(default_factory=list)  # one sentence per file refused
    waiting: int = 0  # files skipped this round (still being written), read next round
    conflicts: int = 0  # records with a conflict to settle
    notes: list[str] = field(default_factory=list)  # what the leader should know
    compacted: int = 0  # own change files replaced by a snapshot


@dataclass
class Device:
    uid: str
    key: DeviceKey
    name: str


def link(s: Session, folder: SyncFolder, header: bytes, name: str, *, join: bool = False) -> None:
    """Make this journal a device of the folder: a new folder is set up (marker, header), an
    existing one must be this journal's; every row is marked for the next round to write
    (when joining there are none: the folder holds the journal)."""
    folder.init(header)
    local.forget_all(s)
    local.put(s, local.FOLDER, str(folder.path))
    local.put(s, local.HEADER_SENT, hashlib.sha256(header).hexdigest())  # as the folder has it
    _set_device(s, Device(rows.new_uid(), DeviceKey.generate(), name))
    if not join:
        local.mark_everything(s)


def _set_device(s: Session, device: Device) -> None:
    local.put(s, local.DEVICE, device.uid)
    local.put(s, local.DEVICE_KEY, device.key.private.hex())
    local.put(s, local.DEVICE_NAME, device.name)
    local.put(s, local.SEQ, "0")
    local.put(s, local.SINCE_SNAPSHOT, "0")


def this_device(s: Session) -> Device | None:
    uid, key = local.get(s, local.DEVICE), local.get(s, local.DEVICE_KEY)
    if not uid or not key:
        return None
    return Device(uid, DeviceKey(bytes.fromhex(key)), local.get(s, local.DEVICE_NAME) or "")


def run(s: Session, folder: SyncFolder, header: bytes, now: dt.datetime | None = None) -> Report:
    """One round (see the module's docstring). Raises the folder's errors (missing, foreign,
    unwritable) with nothing kept (the caller's transaction rolls back). `header` is this
    journal's header file: when it changed here (a new passphrase or recovery key), the
    folder's copy is replaced, so a device that joins later opens with the new one."""
    report = Report()
    device = this_device(s)
    if device is None:
        raise ValueError("this journal is not linked to a sync folder")
    folder.check()
    seq = int(local.get(s, local.SEQ) or 0)
    if _written_past(folder, device, seq):
        # Another copy of this device wrote past what this journal knows: it was restored
        # from an older backup. It goes on as a new device (its old files are read as a
        # peer's and merge like any), so no file name is ever used twice.
        device = Device(rows.new_uid(), DeviceKey.generate(), device.name)
        _set_device(s, device)
        s.execute(text("DELETE FROM sync_file"))
        seq = 0
        report.notes.append(
            _(
                "This journal was restored from an older backup, so it now syncs as a new "
                "device; what it had sent before is read back from the folder."
            )
        )
    published = hashlib.sha256(header).hexdigest()
    if local.get(s, local.HEADER_SENT) != published:
        folder.write_header(header)
        local.put(s, local.HEADER_SENT, published)
    clock = local.clock(s, device.uid)
    state = State(clock)
    devices = _load_devices(s, state)
    mine = _register(state, device)
    mine += _capture(s, state)
    mine += _outbox(s, state)
    known, read, remote = _read(s, folder, state, devices, device, report)
    merged = state.merge(remote)
    if merged.skew is not None:
        report.notes.append(merged.skew.message(_device_name(state, merged.skew.device)))
    report.received = merged.added
    mine += _write_back(s, state, set(merged.changed), report)
    if mine:
        seq += 1
        known.add(folder.write_change(device.uid, device.key, seq, codec.encode(mine)))
        report.sent = len(mine)
        local.put(s, local.SEQ, str(seq))
        since = int(local.get(s, local.SINCE_SNAPSHOT) or 0) + 1
        local.put(s, local.SINCE_SNAPSHOT, str(since))
    local.save(s, state, {(v.kind, v.uid) for v in (*mine, *remote)})
    local.clear_dirty(s)
    local.remember_files(s, known, read)
    local.save_clock(s, clock)
    local.put(s, local.LAST_ROUND, (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"))
    if int(local.get(s, local.SINCE_SNAPSHOT) or 0) >= SNAPSHOT_AFTER:
        report.compacted = compact(s, folder)
    report.conflicts = len(local.conflicted(s))
    return report


def _written_past(folder: SyncFolder, device: Device, seq: int) -> bool:
    return any(
        (folder.path / folder.file_name(device.uid, seq + 1, kind)).exists()
        for kind in (CHANGE, SNAPSHOT)
    )


# -- devices ---------------------------------------------------------------------------------


def _load_devices(s: Session, state: State) -> dict[str, DeviceInfo]:
    local.load(s, state, [(DEVICE, uid) for uid in local.known_uids(s, DEVICE)])
    return _device_infos(state)


def _device_infos(state: State) -> dict[str, DeviceInfo]:
    out = {}
    for uid, fields in state.records(DEVICE).items():
        key, revoked = fields.get("public_key"), fields.get("revoked_after")
        if isinstance(key, str):
            try:
                public = bytes.fromhex(key)
            except ValueError:
                continue
            out[uid] = DeviceInfo(public, revoked if isinstance(revoked, int) else None)
    return out


def _device_name(state: State, uid: str) -> str:
    name = state.value(DEVICE, uid, "name")
    return name if isinstance(name, str) and name else _("another device")


def _register(state: State, device: Device) -> list[Version]:
    """This device's own record, written in its first change file (its registration)."""
    if state.exists(DEVICE, device.uid):
        return []
    return state.write(
        DEVICE,
        device.uid,
        {"name": device.name, "public_key": device.key.public.hex(), "revoked_after": None},
    )


# -- capture ---------------------------------------------------------------------------------


def _capture(s: Session, state: State) -> list[Version]:
    """Versions for the rows changed since the last round."""
    out: list[Version] = []
    dirty = [(kind, local_id) for kind, local_id in local.dirty(s) if kind in rows.KINDS]
    talks = [local_id for kind, local_id in dirty if kind == "conversation"]
    ahead = rows.read_conversations(s, talks) if len(talks) >= BULK else None
    linked = ((kind, rows.uid_of(s, kind, local_id, make=False)) for kind, local_id in dirty)
    local.load(s, state, [(kind, uid) for kind, uid in linked if uid is not None])
    for kind, local_id in dirty:
        # (a reference read before may have given this row its uid since: look again)
        uid = rows.uid_of(s, kind, local_id, make=False)
        if kind == "conversation" and ahead is not None:
            fields = ahead.get(local_id)
        else:
            fields = rows.read(s, kind, local_id)
        if fields is None:
            if uid is not None and state.exists(kind, uid):
                out.append(state.delete(kind, uid))
            if uid is not None:
                rows.forget(s, kind, uid)
            continue
        if uid is None:
            quarter = fields.get("quarter")
            if kind == "reflection":  # the quarter's one uid: another device's may be here
                uid = rows.reflection_uid(str(quarter))
                local.load(s, state, [(kind, uid)])
            else:
                uid = rows.new_uid()
            rows.link(s, kind, local_id, uid)
        if state.is_deleted(kind, uid):  # deleted elsewhere, still here (an undo): keep it
            out.append(state.restore(kind, uid))
            out += refill(s, state, kind, uid)
        current = state.record(kind, uid) or {}
        plain = {}
        for name, value in fields.items():
            if current.get(name, _MISSING) == value:
                continue
            if state.is_text(kind, name):
                out.append(state.edit_shown(kind, uid, name, value))
            else:
                plain[name] = value
        out += state.write(kind, uid, plain)
    return out


def capture_pending(s: Session) -> None:
    """Capture the rows changed since the last round now, outside a round (their versions
    go out with the next round's change file): what settles a conflict then builds on the
    text this device shows, not on the one the last round left."""
    device = this_device(s)
    if device is None:
        return
    clock = local.clock(s, device.uid)
    state = State(clock)
    versions = _capture(s, state)
    local.send_later(s, versions)
    local.save(s, state, {(v.kind, v.uid) for v in versions})
    local.clear_dirty(s)
    local.save_clock(s, clock)


def _outbox(s: Session, state: State) -> list[Version]:
    versions = local.take_outbox(s)
    local.load(s, state, {(v.kind, v.uid) for v in versions})
    state.merge(versions)
    return versions


# -- reading the folder ----------------------------------------------------------------------


def _read(
    s: Session,
    folder: SyncFolder,
    state: State,
    devices: dict[str, DeviceInfo],
    device: Device,
    report: Report,
) -> tuple[set[str], list[local.FileRead], list[Version]]:
    folder.suspects.update(local.suspects(s))
    scan = folder.scan(local.files_read(s), devices)
    local.save_suspects(s, {n: v for n, v in folder.suspects.items() if n in scan.waiting})
    known = set(scan.known)
    read: list[local.FileRead] = []
    versions: list[Version] = []
    report.refused += [str(r) for r in scan.refused]
    report.waiting = len(scan.waiting)
    decoded = []
    for opened in scan.opened:
        try:
            decoded.append((opened, codec.decode(opened.payload)))
        except SyncDamaged:  # sealed and signed by a device of this journal, yet not versions
            report.refused.append(str(SyncFileRefused(opened.names[0], DAMAGED)))
    # A device new here counts only if one of its files registers it with the key they
    # are signed by; else its files wait until its record arrives another way.
    registered = {
        opened.device_id
        for opened, found in decoded
        if opened.self_registered and _registers(found, opened.device_id, opened.public_key)
    }
    accepted = []
    for opened, found in decoded:
        if opened.self_registered and opened.device_id not in registered:
            known.difference_update(opened.names)
            continue
        accepted.append((opened, found))
    for opened, found in _drop_revoked(state, accepted, report):
        versions += found
        changed = max(
            (v.stamp.wall_ms for v in found if v.stamp.device == opened.device_id), default=0
        )
        read += [
            local.FileRead(name, opened.device_id, opened.seq, changed) for name in opened.names
        ]
    local.load(s, state, {(v.kind, v.uid) for v in versions})
    return known, read, versions


def _drop_revoked(
    state: State, files: list[tuple[OpenedFile, list[Version]]], report: Report
) -> list[tuple[OpenedFile, list[Version]]]:
    """The files without those of a device revoked by this round's files: a revocation
    read in the same round as the revoked device's later files (a device joining, or one
    that was away) refuses them as one read before would have (folder.scan)."""
    while files:
        devices = State()
        devices.merge(v for v in state.versions() if v.kind == DEVICE)
        devices.merge(v for _, found in files for v in found if v.kind == DEVICE)
        infos = _device_infos(devices)
        kept = []
        for opened, found in files:
            info = infos.get(opened.device_id)
            after = info.revoked_after if info is not None else None
            if after is not None and opened.seq > after:
                report.refused.append(str(SyncFileRefused(opened.names[0], REVOKED)))
                continue
            kept.append((opened, found))
        if len(kept) == len(files):
            break
        files = kept
    return files


def _registers(versions: Iterable[Version], device: str, public_key: bytes) -> bool:
    """Whether a new device's file holds its own record with the key it was signed by."""
    return any(
        v.kind == DEVICE
        and v.uid == device
        and v.field == "public_key"
        and v.value == public_key.hex()
        for v in versions
    )


# -- writing back ----------------------------------------------------------------------------


# The full-text indexes (migration 2) and how many records a round writes before it
# rewrites them whole instead of row by row.
_INDEXED = ("conversation", "person", "decision", "gathering")
BULK = 50


@contextlib.contextmanager
def _indexing(s: Session, changed: set[RecordKey]) -> Iterator[None]:
    """Many rows at once: FTS5's secure-delete (which scrubs each old entry as it goes, some
    20 ms a row at 20,000 conversations) is paused, then each index is merged whole
    ('optimize' writes one new segment without the old entries; SQLite's own secure_delete
    zeroes the pages freed), so no deleted word stays in the file either way, in a
    fraction of the time."""
    tables = [t for t in _INDEXED if any(kind == t for kind, _uid in changed)]
    if len(changed) < BULK or not tables:
        yield
        return
    for table in tables:
        s.execute(text(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('secure-delete', 0)"))
    yield
    for table in tables:
        s.execute(text(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('optimize')"))
        s.execute(text(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('secure-delete', 1)"))


def _write_back(s: Session, state: State, changed: set[RecordKey], report: Report) -> list[Version]:
    """Put every changed record into its row. Returns the versions this device had to write
    to settle what could not go in as it was."""
    try:
        with _indexing(s, changed):
            return _write_rows(s, state, changed, report)
    finally:
        rows.discard_new(s)  # none left when a write failed (the transaction rolls back)


def _write_rows(s: Session, state: State, changed: set[RecordKey], report: Report) -> list[Version]:
    # Records written before without someone they name (a person not here yet, or deleted
    # here and kept by another device whose details come later): written again each round
    # until everyone they name is here.
    waiting = {(k, u) for k, u in json.loads(local.get(s, local.WAITING) or "[]")}
    local.load(s, state, waiting - changed)
    changed |= waiting
    still: set[RecordKey] = set()
    mine: list[Version] = []
    refilled: list[RecordKey] = []
    mine += _keep_referenced_people(s, state, changed)
    # Removals first: a person deleted everywhere must not clash by name with one written.
    for kind in reversed(rows.KINDS):
        for uid in sorted(u for k, u in changed if k == kind):
            if not state.exists(kind, uid):
                local_id = rows.local_of(s, kind, uid)
                if rows.remove(s, kind, uid) and local_id is not None:
                    report.removed.setdefault(kind, set()).add(local_id)
    for kind in rows.KINDS:
        uids = sorted(u for k, u in changed if k == kind)
        later = kind == "conversation"  # many new ones (a join): inserted together
        with _read_ahead(s, kind, uids):
            for uid in uids:
                fields = state.record(kind, uid)
                if fields is None:
                    continue
                if kind == "person":
                    mine += _unique_name(s, state, uid, fields)
                written: rows.Written | None
                try:
                    written = rows.write(s, kind, uid, fields, later=later)
                except rows.Refused as exc:
                    # What a delete covered, with words no device that deleted it kept:
                    # this device's row still has them (else they come by another's refill)
                    written = _refilled(s, state, kind, uid, later, mine)
                    if written is None:
                        if not state.heads(kind, uid, DELETED):
                            report.notes.append(
                                _(
                                    "A change from another device could not be applied ({field})."
                                ).format(field=f"{kind}.{exc}")
                            )
                        continue
                if written.skipped:
                    still.add((kind, uid))
                if written.local_id is not None:  # else a new row, written below
                    report.written.setdefault(kind, set()).add(written.local_id)
                if state.covered(kind, uid) and not written.skipped:
                    refilled.append((kind, uid))
        for new_kind, local_id in rows.flush_new(s):
            report.written.setdefault(new_kind, set()).add(local_id)
    # A record a delete covered, written here from words the devices that deleted it no
    # longer have (they came back in a file read late, or with this round): sent again.
    for kind, uid in refilled:
        mine += refill(s, state, kind, uid)
    local.put(s, local.WAITING, json.dumps(sorted([k, u] for k, u in still)))
    return mine


def _refilled(
    s: Session, state: State, kind: str, uid: str, later: bool, mine: list[Version]
) -> rows.Written | None:
    """The record written after refilling it from this device's row (its versions added to
    `mine`), or None when that does not make it whole."""
    again = refill(s, state, kind, uid)
    mine += again  # in the state now: they go out whatever happens next
    fields = state.record(kind, uid) if again else None
    if fields is None:
        return None
    try:
        return rows.write(s, kind, uid, fields, later=later)
    except rows.Refused:
        return None


def _read_ahead(s: Session, kind: str, uids: list[str]) -> contextlib.AbstractContextManager[None]:
    if kind != "conversation" or len(uids) < BULK:
        return contextlib.nullcontext()
    ids = (rows.local_of(s, kind, uid) for uid in uids)
    return rows.conversations_read_ahead(s, [i for i in ids if i is not None])


def refill(s: Session, state: State, kind: str, uid: str) -> list[Version]:
    """Versions of every field of the record whose heads a delete covers, all of them,
    with the values of this device's row (none without a row): what a device that deleted
    it, and so holds nothing of them, needs to write the row again. (A record deleted on
    another device while edited here stays, or was restored since: the device that still
    has the row, or writes it, makes it whole everywhere.)"""
    covered = state.covered(kind, uid)
    local_id = rows.local_of(s, kind, uid) if covered else None
    fields = rows.read(s, kind, local_id) if local_id is not None else None
    if not fields or _waiting(s, kind, uid):
        return []  # (a row written without someone it names would send them as gone)
    again = {
        name: value
        for name, value in fields.items()
        if all(h.stamp in covered for h in state.heads(kind, uid, name))
    }
    return state.write(kind, uid, again)


def _waiting(s: Session, kind: str, uid: str) -> bool:
    """Whether the record's row was written without someone it names (see WAITING)."""
    return [kind, uid] in json.loads(local.get(s, local.WAITING) or "[]")


def _keep_referenced_people(s: Session, state: State, changed: set[RecordKey]) -> list[Version]:
    """A person deleted on one device while another wrote a conversation (decision,
    gathering) with them stays: a version of this device restores them, so the record that
    names them keeps its people. (Every device that sees both does the same.)"""
    named: set[str] = set()
    for kind, uid in changed:
        if kind == "person" or not state.exists(kind, uid):
            continue
        for name in ("people", "met"):
            value = state.value(kind, uid, name)
            if isinstance(value, list):
                named.update(x for x in value if isinstance(x, str))
        consulted = state.value(kind, uid, "consulted")
        if isinstance(consulted, list):
            named.update(
                x[0] for x in consulted if isinstance(x, list) and x and isinstance(x[0], str)
            )
    # Of the people named, only those deleted here matter (their state is loaded to check)
    local.load(s, state, [("person", uid) for uid in local.deleted(s, "person", named)])
    going = {
        (kind, rows.local_of(s, kind, uid))
        for kind, uid in changed
        if kind != "person" and not state.exists(kind, uid)
    }
    for kind, uid in changed:  # deleted elsewhere, but a row here still names them
        if kind == "person" and state.is_deleted(kind, uid) and _named_here(s, uid, going):
            named.add(uid)
    out = []
    for uid in sorted(named):
        if state.is_deleted("person", uid):
            out.append(state.restore("person", uid))
            changed.add(("person", uid))
            # The deleting device kept none of their details: send them again from here.
            out += refill(s, state, "person", uid)
    return out


_LINKS = (
    ("conversation", ConversationPerson, ConversationPerson.conversation_id),
    ("decision", DecisionPerson, DecisionPerson.decision_id),
    ("gathering", GatheringPerson, GatheringPerson.gathering_id),
)


def _named_here(s: Session, uid: str, going: set[tuple[str, int | None]]) -> bool:
    """Whether a row that stays names the person `uid`."""
    person = rows.local_of(s, "person", uid)
    if person is None:
        return False
    for kind, model, column in _LINKS:
        for (record,) in s.execute(select(column).where(model.person_id == person)):
            if (kind, record) not in going:
                return True
    return False


def _unique_name(s: Session, state: State, uid: str, fields: dict[str, Json]) -> list[Version]:
    """Two people of one name (added on two devices): the one with the greater uid is
    renamed "Name (2)" by a version, on every device alike."""
    name = fields.get("name")
    if not isinstance(name, str):
        return []
    mine = rows.local_of(s, "person", uid)
    other = s.execute(
        select(Person.id).where(func.lower(Person.name) == name.lower(), Person.id != (mine or -1))
    ).scalar()
    if other is None:
        return []
    other_uid = rows.uid_of(s, "person", other)
    if other_uid is not None and other_uid > uid:
        # the other is renamed; its row takes the new name now, its record by the version
        local.load(s, state, [("person", other_uid)])
        new = _free_name(s, name)
        s.execute(text("UPDATE person SET name = :n WHERE id = :i"), {"n": new, "i": other})
        return state.write("person", other_uid, {"name": new})
    new = _free_name(s, name)
    fields["name"] = new
    return state.write("person", uid, {"name": new})


def _free_name(s: Session, name: str) -> str:
    n = 2
    while True:
        candidate = f"{name} ({n})"
        taken = s.execute(select(Person.id).where(func.lower(Person.name) == candidate.lower()))
        if taken.first() is None:
            return candidate
        n += 1


# -- compaction ------------------------------------------------------------------------------


def compact(s: Session, folder: SyncFolder) -> int:
    """Replace this device's change files by one snapshot of the whole state. Returns how
    many files went."""
    device = this_device(s)
    if device is None:
        return 0
    state = State()
    local.load_all(s, state)
    seq = int(local.get(s, local.SEQ) or 0) + 1
    covered = range(1, seq)
    _snapshot, deleted = folder.compact(
        device.uid, device.key, seq, codec.encode(state.snapshot()), covered
    )
    local.put(s, local.SEQ, str(seq))
    local.put(s, local.SINCE_SNAPSHOT, "0")
    return len(deleted)
