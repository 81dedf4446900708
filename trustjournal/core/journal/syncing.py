"""Sync through a folder the leader already syncs (docs/sync.md): the part of `Journal` that
links this journal to a folder, runs a round, joins a journal from a folder, lists the
devices and the conflicts, revokes a device and settles a conflict.

The round itself is core/sync/bridge.py, run here in one write transaction: if the folder
cannot be written (gone, full, read-only), nothing of the round is kept and the next round
does it again. The desktop app runs it on the journal worker, never on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from sqlalchemy import text as _text

from trustjournal.core.errors import InvalidInput, JournalLocked
from trustjournal.core.i18n import _
from trustjournal.core.journal.base import JournalBase
from trustjournal.core.store import header, recovery_key
from trustjournal.core.store.vault import check_new_passphrase
from trustjournal.core.sync import bridge, local, rows
from trustjournal.core.sync.bridge import DEVICE, Report
from trustjournal.core.sync.errors import NotASyncFolder, SyncFolderMissing
from trustjournal.core.sync.folder import SyncFolder, read_header
from trustjournal.core.sync.keys import SyncKeys
from trustjournal.core.sync.state import DELETED, State

# The notice kinds (records.Change) of each synced kind.
_NOTICE = {"reflection": "reflection", "step": "next_step"}


class NotLinked(InvalidInput):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This journal does not sync yet. Choose the folder to sync through first "
                "(`trustjournal sync --folder DIR`, or Preferences ▸ Sync)."
            )
        )


class LinkedElsewhere(InvalidInput):
    def __init__(self, linked: Path, wanted: Path) -> None:
        super().__init__(
            _(
                "This journal syncs through {linked}. To sync through {wanted} instead, unlink "
                "it first (`trustjournal sync --unlink`, or Preferences ▸ Sync). Nothing was "
                "changed."
            ).format(linked=linked, wanted=wanted)
        )


@dataclass(frozen=True)
class SyncStatus:
    """Where sync stands, for the status bar and `trustjournal sync --status`."""

    folder: Path | None  # None: not linked
    device: str  # this device's id
    device_name: str
    last_round: dt.datetime | None  # the last round that reached the folder (UTC)
    waiting: int  # rows changed here and not yet in the folder
    conflicts: int


@dataclass(frozen=True)
class DeviceRecord:
    uid: str
    name: str
    this_device: bool
    revoked: bool
    last_seq: int  # the last file of it read here (0: none)
    last_change: dt.datetime | None = None  # its newest change read here (its clock, UTC)


@dataclass(frozen=True)
class ConflictRecord:
    """A record with a conflict: `field` "_deleted" (deleted on one device, edited on
    another), or a text field with several `texts` (the one shown first)."""

    kind: str
    uid: str
    local_id: int | None
    field: str
    texts: tuple[str, ...]


def _moment(ms: int) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC) if ms > 0 else None


def default_device_name() -> str:
    return platform.node() or _("this computer")


class Syncing(JournalBase):
    """Sync (see the module's docstring)."""

    def _sync_keys(self) -> SyncKeys:
        if self._key is None:
            raise JournalLocked()
        return SyncKeys.derive(self._key)

    def sync(self, folder: Path | None = None, *, device_name: str | None = None) -> Report:
        """One round; with `folder`, link the journal to it first (when it is not linked
        there yet)."""
        keys = self._sync_keys()
        with self._writing(None) as s:
            linked = local.get(s, local.FOLDER)
            if folder is not None and linked is not None and Path(linked) != Path(folder):
                try:  # the same folder, moved or mounted elsewhere: follow it
                    SyncFolder(Path(folder), keys).check()
                except (SyncFolderMissing, NotASyncFolder):
                    raise LinkedElsewhere(Path(linked), Path(folder)) from None
                local.put(s, local.FOLDER, str(folder))
                linked = str(folder)
            if folder is not None and linked is None:
                header = self.vault.header_path.read_bytes()
                bridge.link(
                    s, SyncFolder(Path(folder), keys), header, device_name or default_device_name()
                )
                linked = str(folder)
            if linked is None:
                raise NotLinked()
            report = bridge.run(
                s, SyncFolder(Path(linked), keys), self.vault.header_path.read_bytes()
            )
        if report.removed:
            self._scrub()  # as after a delete made here (removal.py)
        for kind, ids in report.written.items():
            self._announce(_NOTICE.get(kind, kind), "updated", *sorted(ids))
        for kind, ids in report.removed.items():
            self._announce(_NOTICE.get(kind, kind), "deleted", *sorted(ids))
        return report

    def unlink_sync(self) -> None:
        """Stop syncing: this journal forgets the folder, its device and the sync state
        (its entries stay; the folder is left as it is for the other devices)."""
        with self._writing(None) as s:
            local.forget_all(s)

    def sync_status(self) -> SyncStatus:
        with self._reading() as s:
            folder = local.get(s, local.FOLDER)
            last = local.get(s, local.LAST_ROUND)
            return SyncStatus(
                Path(folder) if folder else None,
                local.get(s, local.DEVICE) or "",
                local.get(s, local.DEVICE_NAME) or "",
                dt.datetime.fromisoformat(last) if last else None,
                local.dirty_count(s) if folder else 0,
                len(local.conflicted(s)),
            )

    def sync_devices(self) -> list[DeviceRecord]:
        with self._reading() as s:
            state = State()
            local.load(s, state, [(DEVICE, uid) for uid in local.known_uids(s, DEVICE)])
            me = local.get(s, local.DEVICE)
            seqs: dict[str, tuple[int, int]] = {
                device: (int(seq), int(changed))
                for device, seq, changed in s.execute(
                    _text("SELECT device, max(seq), max(changed_ms) FROM sync_file GROUP BY device")
                )
            }

            out = []
            for uid, fields in state.records(DEVICE).items():
                name = fields.get("name")
                out.append(
                    DeviceRecord(
                        uid,
                        name if isinstance(name, str) else "",
                        uid == me,
                        isinstance(fields.get("revoked_after"), int),
                        seqs.get(uid, (0, 0))[0],
                        _moment(seqs.get(uid, (0, 0))[1]),
                    )
                )
            return sorted(out, key=lambda d: (not d.this_device, d.name.lower(), d.uid))

    def revoke_device(self, uid: str) -> None:
        """Refuse the device's files after the last one read here (its later changes)."""
        devices = {d.uid: d for d in self.sync_devices()}
        device = devices.get(uid)
        if device is None:
            raise InvalidInput(_("There is no such device in this journal's sync folder."))
        if device.this_device:
            raise InvalidInput(_("This device cannot revoke itself; unlink it instead."))
        with self._writing(None) as s:
            clock = local.clock(s, local.get(s, local.DEVICE) or "")
            state = State(clock)
            local.load(s, state, [(DEVICE, uid)])
            local.send_later(s, state.write(DEVICE, uid, {"revoked_after": device.last_seq}))
            local.save(s, state, [(DEVICE, uid)])
            local.save_clock(s, clock)

    def sync_conflicts(self) -> list[ConflictRecord]:
        with self._reading() as s:
            state = State()
            keys = local.conflicted(s)
            local.load(s, state, keys)
            out = []
            for c in state.conflicts():
                local_id = rows.local_of(s, c.kind, c.uid)
                texts = (
                    tuple(v.value if isinstance(v.value, str) else "" for v in c.heads)
                    if c.field != DELETED
                    else ()
                )
                if texts and local_id is not None:
                    # edited here since the last round: that text is the one shown now (the
                    # next round's version replaces the shown head), so it is offered
                    row = s.get(rows.MODELS[c.kind], local_id)
                    shown = getattr(row, c.field, None) if row is not None else None
                    if isinstance(shown, str):
                        texts = (shown, *texts[1:])
                out.append(ConflictRecord(c.kind, c.uid, local_id, c.field, texts))
            return out

    def resolve_conflict(self, kind: str, uid: str, field: str, value: str) -> None:
        """Settle a text conflict with `value`; it goes to the other devices next round."""
        with self._writing(None) as s:
            # an edit made here since the last round is among what the settling replaces
            # (sync_conflicts offers it), so it is captured first, not overwritten unsaid
            bridge.capture_pending(s)
            clock = local.clock(s, local.get(s, local.DEVICE) or "")
            state = State(clock)
            local.load(s, state, [(kind, uid)])
            try:
                version = state.resolve(kind, uid, field, value)
            except ValueError:
                raise InvalidInput(_("This conflict has been settled already.")) from None
            local.send_later(s, [version])
            local.save(s, state, [(kind, uid)])
            local.save_clock(s, clock)
            fields = state.record(kind, uid)
            written = None
            try:
                if fields is not None:
                    written = rows.write(s, kind, uid, fields)
            except rows.Refused:
                pass  # deleted here, kept elsewhere: written when its words come (a refill)
            if written is not None:
                s.execute(
                    _text("DELETE FROM sync_dirty WHERE kind = :k AND local_id = :i"),
                    {"k": kind, "i": written.local_id},
                )
        if written is not None and written.local_id is not None:  # (always: not `later`)
            self._announce(_NOTICE.get(kind, kind), "updated", written.local_id)

    def keep_record(self, kind: str, uid: str) -> None:
        """Settle a "deleted on another device while edited here" conflict by keeping the
        record (deleting it again settles it the other way)."""
        with self._writing(None) as s:
            clock = local.clock(s, local.get(s, local.DEVICE) or "")
            state = State(clock)
            local.load(s, state, [(kind, uid)])
            if not any(v.value is True for v in state.heads(kind, uid, DELETED)):
                raise InvalidInput(_("This conflict has been settled already."))
            kept = [state.restore(kind, uid), *bridge.refill(s, state, kind, uid)]
            local.send_later(s, kept)
            local.save(s, state, [(kind, uid)])
            local.save_clock(s, clock)

    @classmethod
    def join(
        cls,
        path: Path,
        folder: Path,
        passphrase: str | None = None,
        device_name: str | None = None,
        *,
        recovery: str | None = None,
        new_passphrase: str | None = None,
    ) -> Self:
        """A new journal in `path` made from the sync folder: its key slots (so the same
        passphrase and recovery key open it), then every device's changes read in. Opened
        with `passphrase`, or with the `recovery` key and a `new_passphrase` to set (the
        folder then carries the new one for the next device)."""
        header_blob = read_header(Path(folder))
        if new_passphrase is not None:
            check_new_passphrase(new_passphrase)
        if recovery is not None:
            secret = recovery_key.decode(recovery)  # a typo is named before anything else

            def unwrap(h: header.Header) -> bytes:
                return header.unwrap_recovery(h, secret)
        else:

            def unwrap(h: header.Header) -> bytes:
                return header.unwrap(h, passphrase or "")

        journal = cls.create_from_header(path, header_blob, unwrap)
        if new_passphrase is not None:
            key = journal._key
            assert key is not None
            journal.vault.set_passphrase(key, new_passphrase)
        try:
            keys = journal._sync_keys()
            with journal._writing(None) as s:
                bridge.link(
                    s,
                    SyncFolder(Path(folder), keys),
                    header_blob,
                    device_name or default_device_name(),
                    join=True,
                )
            journal.sync()
        except BaseException:
            journal.lock()
            raise
        return journal
