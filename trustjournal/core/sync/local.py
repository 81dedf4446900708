"""This journal's own sync tables (migration 11): the replicated state, the rows changed since
the last round, the change files already read, and this device's settings.

The state is kept per record (`sync_record`: its heads encoded as in a change file, and
whether it is deleted or in conflict), so a round loads only the records it touches: the
rows changed here and the records the new change files bring. A deleted record keeps only
its stamps (what a late edit is checked against), never its words: its fields' values are
stored as nothing, so deleted text leaves the journal file with sync on as without. All
inside the encrypted journal; nothing of it is ever written elsewhere in clear.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from trustjournal.core.sync import codec
from trustjournal.core.sync.hlc import Clock, Stamp
from trustjournal.core.sync.state import DELETED, RecordKey, State, Version

# sync_meta keys
FOLDER = "folder"
DEVICE = "device"
DEVICE_KEY = "device_key"
DEVICE_NAME = "device_name"
SEQ = "seq"
CLOCK = "clock"
LAST_ROUND = "last_round"  # ISO time of the last round that reached the folder
SINCE_SNAPSHOT = "since_snapshot"  # change files written since this device's last snapshot
HEADER_SENT = "header_sent"  # hash of this journal's header as last put in the folder
WAITING = "waiting"  # records written without someone they name (JSON [[kind, uid], …])
SUSPECTS = "suspects"  # files that failed to open once: name -> [size, mtime_ns] (JSON)


def get(s: Session, key: str) -> str | None:
    return s.execute(text("SELECT value FROM sync_meta WHERE key = :k"), {"k": key}).scalar()


def put(s: Session, key: str, value: str) -> None:
    s.execute(
        text("INSERT OR REPLACE INTO sync_meta (key, value) VALUES (:k, :v)"),
        {"k": key, "v": value},
    )


def forget_all(s: Session) -> None:
    """Unlink: the settings and the state go; the journal's rows stay."""
    for table in ("sync_meta", "sync_record", "sync_file", "sync_link", "sync_outbox"):
        s.execute(text(f"DELETE FROM {table}"))
    s.info.pop("sync_links", None)  # rows.py's cache of sync_link


def clock(s: Session, device: str) -> Clock:
    saved = get(s, CLOCK)
    last = None
    if saved:
        wall, counter = saved.split(":")
        last = Stamp(int(wall), int(counter), device)
    return Clock(device, last=last)


def save_clock(s: Session, c: Clock) -> None:
    last = c.last
    put(s, CLOCK, f"{last.wall_ms}:{last.counter}")


# -- the state -------------------------------------------------------------------------------


def load(s: Session, state: State, keys: Iterable[RecordKey]) -> None:
    """Merge the stored heads of `keys` into `state` (records not stored are skipped)."""
    by_kind: dict[str, list[str]] = {}
    for kind, uid in keys:
        by_kind.setdefault(kind, []).append(uid)
    query = text("SELECT heads FROM sync_record WHERE kind = :k AND uid IN :u").bindparams(
        bindparam("u", expanding=True)
    )
    for kind, uids in by_kind.items():
        for start in range(0, len(uids), 500):
            for (blob,) in s.execute(query, {"k": kind, "u": uids[start : start + 500]}):
                state.merge(codec.unpack(bytes(blob)))


def load_all(s: Session, state: State) -> None:
    for (blob,) in s.execute(text("SELECT heads FROM sync_record")):
        state.merge(codec.unpack(bytes(blob)))


def save(s: Session, state: State, keys: Iterable[RecordKey]) -> None:
    """Store the heads of `keys` as `state` holds them."""
    conflicted = {(c.kind, c.uid) for c in state.conflicts()}
    by_record: dict[RecordKey, list[Version]] = {}
    for version in state.versions():
        by_record.setdefault((version.kind, version.uid), []).append(version)
    found = []
    for key in keys:
        heads = by_record.get(key)
        if not heads:
            continue
        deleted = state.is_deleted(*key)
        if deleted:  # its words leave the file, as a delete's do (docs/sync.md)
            heads = [v if v.field == DELETED else replace(v, value=None) for v in heads]
        found.append(
            {
                "k": key[0],
                "u": key[1],
                "h": codec.pack(heads),
                "c": key in conflicted,
                "d": deleted,
            }
        )
    if found:
        s.execute(
            text(
                "INSERT OR REPLACE INTO sync_record (kind, uid, heads, conflict, deleted) "
                "VALUES (:k, :u, :h, :c, :d)"
            ),
            found,
        )


def deleted(s: Session, kind: str, uids: Iterable[str]) -> list[str]:
    """Of `uids`, those whose stored state is deleted."""
    query = text(
        "SELECT uid FROM sync_record WHERE kind = :k AND deleted AND uid IN :u"
    ).bindparams(bindparam("u", expanding=True))
    wanted = sorted(uids)
    out: list[str] = []
    for start in range(0, len(wanted), 500):
        out += s.execute(query, {"k": kind, "u": wanted[start : start + 500]}).scalars()
    return out


def known_uids(s: Session, kind: str) -> set[str]:
    return set(
        s.execute(text("SELECT uid FROM sync_record WHERE kind = :k"), {"k": kind}).scalars()
    )


def conflicted(s: Session) -> list[RecordKey]:
    rows = s.execute(text("SELECT kind, uid FROM sync_record WHERE conflict ORDER BY kind, uid"))
    return [(kind, uid) for kind, uid in rows]


def send_later(s: Session, versions: list[Version]) -> None:
    """Versions this device wrote outside a round (a revocation, a settled conflict): the
    next round puts them in its change file."""
    if versions:
        s.execute(
            text("INSERT INTO sync_outbox (versions) VALUES (:v)"), {"v": codec.pack(versions)}
        )


def take_outbox(s: Session) -> list[Version]:
    out: list[Version] = []
    for (blob,) in s.execute(text("SELECT versions FROM sync_outbox ORDER BY id")):
        out += codec.unpack(bytes(blob))
    s.execute(text("DELETE FROM sync_outbox"))
    return out


# -- changed rows, files read ----------------------------------------------------------------


def dirty(s: Session) -> list[tuple[str, int]]:
    rows = s.execute(text("SELECT kind, local_id FROM sync_dirty ORDER BY kind, local_id"))
    return [(kind, int(local_id)) for kind, local_id in rows]


def dirty_count(s: Session) -> int:
    return int(s.execute(text("SELECT count(*) FROM sync_dirty")).scalar() or 0)


def clear_dirty(s: Session) -> None:
    s.execute(text("DELETE FROM sync_dirty"))


def mark_everything(s: Session) -> None:
    """Every row as changed: the first round after linking writes the whole journal."""
    for kind, table in (
        ("person", "person"),
        ("decision", "decision"),
        ("gathering", "gathering"),
        ("conversation", "conversation"),
        ("reflection", "quarter_reflection"),
        ("step", "next_step"),
    ):
        s.execute(
            text(f"INSERT OR IGNORE INTO sync_dirty (kind, local_id) SELECT :k, id FROM {table}"),
            {"k": kind},
        )


def suspects(s: Session) -> dict[str, tuple[int, int]]:
    """The files that failed to open in an earlier round, with their size and time then
    (folder.SyncFolder.suspects): one still the same on the next look is refused."""
    saved = get(s, SUSPECTS)
    if not saved:
        return {}
    return {name: (int(size), int(mtime)) for name, (size, mtime) in json.loads(saved).items()}


def save_suspects(s: Session, found: Mapping[str, tuple[int, int]]) -> None:
    put(s, SUSPECTS, json.dumps({name: list(seen) for name, seen in sorted(found.items())}))


def files_read(s: Session) -> set[str]:
    return set(s.execute(text("SELECT name FROM sync_file")).scalars())


@dataclass(frozen=True)
class FileRead:
    name: str
    device: str
    seq: int
    changed_ms: int = 0  # the newest change of its device in it (its clock), 0: none


def remember_files(s: Session, names: set[str], read: Iterable[FileRead]) -> None:
    """The folder's files now known (read or refused); names no longer in the folder go."""
    seqs = {f.name: f for f in read}
    before = {
        name: (device, seq, changed)
        for name, device, seq, changed in s.execute(
            text("SELECT name, device, seq, changed_ms FROM sync_file")
        )
    }
    s.execute(text("DELETE FROM sync_file"))
    for name in sorted(names):
        found = seqs.get(name)
        device, seq, changed = (
            (found.device, found.seq, found.changed_ms) if found else before.get(name, ("", -1, 0))
        )
        s.execute(
            text("INSERT INTO sync_file (name, device, seq, changed_ms) VALUES (:n, :d, :q, :c)"),
            {"n": name, "d": device, "q": seq, "c": changed},
        )
