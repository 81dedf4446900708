"""The replicated state: versions of fields, merged by union (docs/sync.md, "The replicated
state"). Pure: no Qt, no SQL, no files.

Every synced thing is a record (`kind`, `uid`) with fields; a change is a `Version` of one
field. The state holds, for every field, its **heads** (the versions nothing supersedes) and
its **floor**: for each device, the greatest of its stamps that a version of this field
names as a parent. A version's `parents` are its writer's heads of the field and its floor
at the time, so they are the field's whole causal past as a version vector (one stamp per
device): a version supersedes every version of its field from a device up to the stamp its
parents name for that device. (A device's versions of a field form a chain, each written
with the one before among its parents, so the one named and every earlier one were seen.)

Merging is union, then dropping what is superseded: commutative, associative and
idempotent, so every replica that has seen the same versions holds the same state whatever
the order, with duplicates changing nothing. Since every head carries its causal past, a
snapshot needs the heads only.

- Value of a field: the head with the greatest stamp (last writer wins).
- Free text (`TEXT_FIELDS`): the same value is shown, and with more than one head the
  others are kept as a `Conflict` until a version whose parents are all heads resolves it.
- Deleting writes `_deleted` = true with `covers` = the stamps of every head of every field
  of the record then. A record is deleted when every head of `_deleted` is true and every
  head of its other fields is in their covers; an edit the deleting device had not seen
  keeps the record, with a conflict on `_deleted` naming the delete and the edit.
- A covered head was discarded by a device that saw it, and a device that deleted a record
  keeps none of its words (local.py): so while any head of `_deleted` covers it, a covered
  head neither shows nor conflicts when its field has a head none covers. Restoring
  (`_deleted` = false) carries on the covers of the deletes it supersedes; a field whose
  heads are all covered is written again by a device that still has the row (bridge.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from trustjournal.core.sync.hlc import Clock, Skew, Stamp

# A field's value: what JSON holds, without floats or objects (sets are sorted lists).
Json: TypeAlias = str | int | bool | list[Any] | None

DELETED = "_deleted"  # the field whose true heads, with their covers, delete a record

# The free-text fields, by kind: concurrent edits of these are kept as a conflict (both
# texts) instead of the later one winning. Every other field is last writer wins.
TEXT_FIELDS: Mapping[str, frozenset[str]] = {
    "conversation": frozenset({"note"}),
    "person": frozenset({"notes"}),
    "gathering": frozenset({"note"}),
    "decision": frozenset({"outcome"}),
    "reflection": frozenset({"text"}),
}

Key: TypeAlias = tuple[str, str, str]  # (kind, uid, field)
RecordKey: TypeAlias = tuple[str, str]  # (kind, uid)


@dataclass(frozen=True, slots=True)
class Version:
    """One field's value as one device wrote it. `stamp` is its id (unique per version).

    `parents`: the stamps of the field's heads and floor when it was written (one per
    device); `covers`: for a delete, the stamps of every head of the record's fields then.
    """

    kind: str
    uid: str
    field: str
    stamp: Stamp
    parents: frozenset[Stamp]
    value: Json
    covers: frozenset[Stamp] = frozenset()

    def __hash__(self) -> int:  # the stamp is the id; `value` may be a list
        return hash(self.stamp)

    @property
    def key(self) -> Key:
        return (self.kind, self.uid, self.field)

    def sort_key(self) -> tuple[Any, ...]:
        """A total order on versions, the same on every machine (for canonical output and
        for choosing between two different versions that claim one stamp)."""
        return (
            self.kind,
            self.uid,
            self.field,
            self.stamp,
            sorted(self.parents),
            sorted(self.covers),
            json.dumps(self.value, sort_keys=True, separators=(",", ":")),
        )


@dataclass(frozen=True, slots=True)
class Conflict:
    """A field with several heads the leader must choose between (`heads`, greatest stamp
    first: the one shown). For `_deleted` (a delete that did not see an edit), `heads` are
    the delete(s) followed by the uncovered edits that keep the record."""

    kind: str
    uid: str
    field: str
    heads: tuple[Version, ...]


@dataclass(frozen=True, slots=True)
class Merged:
    """What a merge did: `added` versions new to this state (not superseded on arrival),
    `changed` the records whose heads changed, `skew` a received stamp far ahead."""

    added: int
    changed: frozenset[RecordKey]
    skew: Skew | None = None


@dataclass(slots=True)
class _Field:
    heads: dict[Stamp, Version] = field(default_factory=dict)
    floor: dict[str, Stamp] = field(default_factory=dict)

    def parents(self) -> frozenset[Stamp]:
        """The heads and the floor, one stamp per device: a new version's parents."""
        latest = dict(self.floor)
        for stamp in self.heads:
            known = latest.get(stamp.device)
            if known is None or stamp > known:
                latest[stamp.device] = stamp
        return frozenset(latest.values())


def preferred(version: Version) -> tuple[bool, tuple[Any, ...]]:
    """Of two versions under one stamp, the smaller of these is kept."""
    return (version.value is None, version.sort_key())


def _winner(heads: dict[Stamp, Version]) -> Version:
    """Of a field's heads, the one whose value shows: the greatest stamp (last writer)."""
    return heads[max(heads)]


class State:
    """The replicated state of one journal on one device (mutable; merge changes it).

    `clock` stamps local writes (`write`, `delete`, `resolve`) and takes in the stamps a
    merge brings; `text_fields` is which fields are free text, by kind.
    """

    def __init__(
        self,
        clock: Clock | None = None,
        text_fields: Mapping[str, frozenset[str]] = TEXT_FIELDS,
    ) -> None:
        self.clock = clock
        self.text_fields = text_fields
        self._fields: dict[Key, _Field] = {}
        self._records: dict[RecordKey, set[str]] = {}  # the fields each record has
        # Records that may have a conflict (a field with several heads, or a delete), so
        # that listing conflicts does not visit every record; a superset, checked on use.
        self._watch: set[RecordKey] = set()
        self.collisions = 0  # different versions met under one stamp (a device's restore)

    # ---- merging

    def merge(self, versions: Iterable[Version]) -> Merged:
        """Take in `versions` (any order, duplicates welcome): union, then drop what is
        superseded. Returns what changed."""
        added = 0
        changed: set[RecordKey] = set()
        newest: Stamp | None = None
        for version in versions:
            if newest is None or version.stamp > newest:
                newest = version.stamp
            if self._apply(version):
                added += 1
                changed.add((version.kind, version.uid))
        skew = None
        if self.clock is not None and newest is not None:
            skew = self.clock.observe(newest)
        return Merged(added, frozenset(changed), skew)

    def _apply(self, version: Version) -> bool:
        """Merge one version; True when the field's heads changed."""
        key = (version.kind, version.uid, version.field)
        slot = self._fields.get(key)
        if slot is None:
            slot = self._fields[key] = _Field()
            self._records.setdefault((version.kind, version.uid), set()).add(version.field)
        floor, heads = slot.floor, slot.heads
        stamp = version.stamp
        raised = False
        for parent in version.parents:
            known = floor.get(parent.device)
            if known is None or parent > known:
                floor[parent.device] = parent
                raised = True
        changed = False
        if raised:
            for old in [s for s in heads if s.device in floor and s <= floor[s.device]]:
                del heads[old]
                changed = True
        known = floor.get(stamp.device)
        if known is not None and stamp <= known:
            return changed
        present = heads.get(stamp)
        if present is None:
            heads[stamp] = version
            if len(heads) > 1 or version.field == DELETED:
                self._watch.add((version.kind, version.uid))
            return True
        if present != version and preferred(version) < preferred(present):
            # Two different versions under one stamp: a device that reused its stamps
            # (restored from an old backup), or a deleted record's words stored as nothing
            # meeting them in full. Keep the same one everywhere, words over nothing.
            heads[stamp] = version
            self.collisions += 1
            return True
        if present != version:
            self.collisions += 1
        return changed

    # ---- reading

    def heads(self, kind: str, uid: str, field: str) -> tuple[Version, ...]:
        """The field's versions nothing supersedes, greatest stamp first."""
        slot = self._fields.get((kind, uid, field))
        if slot is None:
            return ()
        return tuple(sorted(slot.heads.values(), key=lambda v: v.stamp, reverse=True))

    def covered(self, kind: str, uid: str) -> frozenset[Stamp]:
        """The stamps the record's `_deleted` heads cover (deleted, or restored after)."""
        slot = self._fields.get((kind, uid, DELETED))
        if slot is None or not slot.heads:
            return frozenset()
        return frozenset().union(*(v.covers for v in slot.heads.values()))

    def _shown(
        self, kind: str, uid: str, field: str, covered: frozenset[Stamp] | None = None
    ) -> dict[Stamp, Version]:
        """The field's heads that count: those no delete covers, or all when every one is."""
        slot = self._fields.get((kind, uid, field))
        if slot is None:
            return {}
        if covered is None:
            covered = self.covered(kind, uid)
        if not covered:
            return slot.heads
        live = {stamp: v for stamp, v in slot.heads.items() if stamp not in covered}
        return live or slot.heads

    def shown_heads(self, kind: str, uid: str, field: str) -> tuple[Version, ...]:
        """The heads that count (see `_shown`), greatest stamp first."""
        heads = self._shown(kind, uid, field)
        return tuple(sorted(heads.values(), key=lambda v: v.stamp, reverse=True))

    def value(self, kind: str, uid: str, field: str, default: Json = None) -> Json:
        """The field's value: its head with the greatest stamp (last writer wins)."""
        heads = self._shown(kind, uid, field)
        if not heads:
            return default
        return _winner(heads).value

    def is_text(self, kind: str, field: str) -> bool:
        return field in self.text_fields.get(kind, frozenset())

    def _deletion(self, kind: str, uid: str) -> tuple[list[Version], list[Version]]:
        """The record's true `_deleted` heads (all of them, or none when any is false) and
        the heads of its other fields none of them covers."""
        slot = self._fields.get((kind, uid, DELETED))
        if slot is None or not slot.heads:
            return [], []
        deletes = list(slot.heads.values())
        if not all(v.value is True for v in deletes):
            return [], []
        covered = self.covered(kind, uid)
        alive = [
            head
            for name in self._records.get((kind, uid), ())
            if name != DELETED
            for head in self._fields[(kind, uid, name)].heads.values()
            if head.stamp not in covered
        ]
        return deletes, alive

    def is_deleted(self, kind: str, uid: str) -> bool:
        """Deleted: every `_deleted` head is true and covers every head of every field."""
        deletes, alive = self._deletion(kind, uid)
        return bool(deletes) and not alive

    def exists(self, kind: str, uid: str) -> bool:
        return (kind, uid) in self._records and not self.is_deleted(kind, uid)

    def record(self, kind: str, uid: str) -> dict[str, Json] | None:
        """The record's fields and their values (None when it is deleted or unknown)."""
        names = self._records.get((kind, uid))
        if names is None or self.is_deleted(kind, uid):
            return None
        out: dict[str, Json] = {}
        covered = self.covered(kind, uid)
        for name in sorted(names):
            if name == DELETED:
                continue
            heads = self._shown(kind, uid, name, covered)
            if heads:
                out[name] = _winner(heads).value
        return out

    def records(self, kind: str) -> dict[str, dict[str, Json]]:
        """Every record of `kind` that is not deleted, by uid: its fields' values."""
        out: dict[str, dict[str, Json]] = {}
        for record_kind, uid in self._records:
            if record_kind == kind:
                fields = self.record(kind, uid)
                if fields is not None:
                    out[uid] = fields
        return dict(sorted(out.items()))

    def kinds(self) -> list[str]:
        return sorted({kind for kind, _uid in self._records})

    def conflicts(self) -> list[Conflict]:
        """Text fields with several heads, and deletes an unseen edit kept alive (of the
        records not deleted), in a stable order."""
        out: list[Conflict] = []
        for kind, uid in sorted(self._watch):
            deletes, alive = self._deletion(kind, uid)
            if deletes and not alive:
                continue
            if deletes:
                ordered = sorted(deletes, key=lambda v: v.stamp, reverse=True)
                kept = sorted(alive, key=lambda v: v.stamp, reverse=True)
                out.append(Conflict(kind, uid, DELETED, (*ordered, *kept)))
            for name in sorted(self._records[(kind, uid)]):
                if self.is_text(kind, name) and self._differ(kind, uid, name):
                    out.append(Conflict(kind, uid, name, self.shown_heads(kind, uid, name)))
        return out

    def _differ(self, kind: str, uid: str, name: str) -> bool:
        """Several heads with different texts (the same text written on two devices is no
        conflict)."""
        heads = self._shown(kind, uid, name)
        return len(heads) > 1 and len({json.dumps(v.value) for v in heads.values()}) > 1

    def versions(self) -> Iterator[Version]:
        """Every head of every field: all a snapshot needs to carry (each head's parents
        are its causal past)."""
        for slot in self._fields.values():
            yield from slot.heads.values()

    def snapshot(self) -> list[Version]:
        """The heads, in a canonical order (what a snapshot file holds)."""
        return sorted(self.versions(), key=lambda v: (v.kind, v.uid, v.field, v.stamp))

    def __len__(self) -> int:
        """The number of heads."""
        return sum(len(slot.heads) for slot in self._fields.values())

    # ---- local writes

    def _tick(self) -> Stamp:
        if self.clock is None:
            raise RuntimeError("this state has no clock to stamp local writes with")
        return self.clock.tick()

    def _local(
        self, kind: str, uid: str, name: str, value: Json, covers: frozenset[Stamp] = frozenset()
    ) -> Version:
        slot = self._fields.get((kind, uid, name))
        parents = slot.parents() if slot is not None else frozenset()
        version = Version(kind, uid, name, self._tick(), parents, value, covers)
        self._apply(version)
        return version

    def write(self, kind: str, uid: str, fields: Mapping[str, Json]) -> list[Version]:
        """Write `fields` of a record on this device: one version each (its own stamp),
        parents the field's heads. Returns the versions, for this device's change file."""
        if DELETED in fields:
            raise ValueError("delete or restore a record with delete() or restore()")
        return [self._local(kind, uid, name, fields[name]) for name in sorted(fields)]

    def edit_shown(self, kind: str, uid: str, field: str, value: Json) -> Version:
        """Edit the text this device shows (the winner) while others conflict with it: the
        new version supersedes the winner only, so the conflict stays until `resolve`.
        Without a conflict this is `write`."""
        slot = self._fields.get((kind, uid, field))
        if slot is None or not self._differ(kind, uid, field):
            return self.write(kind, uid, {field: value})[0]
        shown = self._shown(kind, uid, field)
        winner = _winner(shown)
        latest = dict(slot.floor)
        for head in shown.values():  # the text shown, as many devices as wrote it
            known = latest.get(head.stamp.device)
            if head.value == winner.value and (known is None or head.stamp > known):
                latest[head.stamp.device] = head.stamp
        version = Version(kind, uid, field, self._tick(), frozenset(latest.values()), value)
        self._apply(version)
        return version

    def resolve(self, kind: str, uid: str, field: str, value: Json) -> Version:
        """Settle a text conflict with `value` (one of the heads' texts, or a blend): a
        version whose parents are all the heads."""
        if len(self._shown(kind, uid, field)) < 2:
            raise ValueError("no conflict on this field to resolve")
        return self._local(kind, uid, field, value)

    def delete(self, kind: str, uid: str) -> Version:
        """Delete a record: `_deleted` = true, covering every head of its fields now."""
        covers = frozenset(
            stamp
            for name in self._records.get((kind, uid), ())
            if name != DELETED
            for stamp in self._fields[(kind, uid, name)].heads
        )
        return self._local(kind, uid, DELETED, True, covers)

    def restore(self, kind: str, uid: str) -> Version:
        """Keep a deleted record (or one a delete conflicts over): `_deleted` = false,
        covering what the deletes it supersedes covered (their words are gone there)."""
        return self._local(kind, uid, DELETED, False, self.covered(kind, uid))
