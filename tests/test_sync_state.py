"""The replicated state (docs/sync.md, "The replicated state"): last writer wins per
field, concurrent text edits kept as a conflict, deletes that cover only what their device
had seen, and a property test that three replicas converge and lose nothing."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustjournal.core.sync.codec import decode, encode
from trustjournal.core.sync.hlc import Clock, Stamp
from trustjournal.core.sync.state import DELETED, TEXT_FIELDS, State, Version

TALK = "conversation"


class FakeTime:
    def __init__(self, ms: int = 1_000_000) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def replicas(*names: str, now: FakeTime | None = None) -> list[State]:
    now = now or FakeTime()
    return [State(Clock(name, now)) for name in names]


def everywhere(states: list[State], *batches: list[Version]) -> None:
    for state in states:
        for batch in batches:
            state.merge(batch)


def seeded(*names: str) -> list[State]:
    """Replicas that all hold conversation c1 (note "first", date "2026-01-01")."""
    states = replicas(*names)
    everywhere(states, states[0].write(TALK, "c1", {"note": "first", "date": "2026-01-01"}))
    return states


# ---- last writer wins, and text conflicts


@pytest.mark.parametrize(
    ("a_ms", "b_ms", "winner"),
    [
        (2000, 1000, "A"),  # the later wall time wins
        (1000, 2000, "B"),
        (1000, 1000, "B"),  # equal wall and counter: the device id breaks the tie, the same
    ],
)
def test_concurrent_plain_edits_the_later_stamp_wins_everywhere(
    a_ms: int, b_ms: int, winner: str
) -> None:
    a, b = State(Clock("A", FakeTime(a_ms))), State(Clock("B", FakeTime(b_ms)))
    x = a.write(TALK, "c1", {"date": "from A"})
    y = b.write(TALK, "c1", {"date": "from B"})
    a.merge(y)
    b.merge(x)
    for state in (a, b):
        assert state.value(TALK, "c1", "date") == f"from {winner}"
        assert state.conflicts() == []  # a plain field: no conflict to show
        assert len(state.heads(TALK, "c1", "date")) == 2


def test_a_later_write_supersedes_what_its_device_had() -> None:
    a, b = seeded("A", "B")
    b.merge(a.write(TALK, "c1", {"date": "2026-02-02"}))
    b.merge(b.write(TALK, "c1", {"date": "2026-03-03"}))
    assert [v.value for v in b.heads(TALK, "c1", "date")] == ["2026-03-03"]


def test_an_edit_from_a_slow_clock_still_wins_when_its_writer_had_seen_the_other() -> None:
    """Causality first: a write made after seeing another supersedes it, and the clock
    makes its stamp the greater too."""
    a, b = State(Clock("A", FakeTime(9_000_000))), State(Clock("B", FakeTime(1000)))
    b.merge(a.write(TALK, "c1", {"date": "A's"}))
    mine = b.write(TALK, "c1", {"date": "B's, later"})
    assert mine[0].stamp > Stamp(9_000_000, 0, "A")
    a.merge(mine)
    assert a.value(TALK, "c1", "date") == "B's, later"
    assert len(a.heads(TALK, "c1", "date")) == 1


def test_concurrent_text_edits_are_both_kept_as_a_conflict() -> None:
    a, b, c = seeded("A", "B", "C")
    x = a.write(TALK, "c1", {"note": "A's text"})
    y = b.write(TALK, "c1", {"note": "B's text"})
    everywhere([a, b, c], x, y)
    for state in (a, b, c):
        (conflict,) = state.conflicts()
        assert (conflict.kind, conflict.uid, conflict.field) == (TALK, "c1", "note")
        assert [v.value for v in conflict.heads] == ["B's text", "A's text"]  # shown first
        assert state.value(TALK, "c1", "note") == "B's text"


def test_resolving_a_conflict_settles_it_everywhere() -> None:
    a, b = seeded("A", "B")
    x, y = a.write(TALK, "c1", {"note": "A's"}), b.write(TALK, "c1", {"note": "B's"})
    everywhere([a, b], x, y)
    settled = a.resolve(TALK, "c1", "note", "A's and B's")
    assert set(settled.parents) >= {x[0].stamp, y[0].stamp}
    b.merge([settled])
    for state in (a, b):
        assert state.conflicts() == []
        assert state.value(TALK, "c1", "note") == "A's and B's"


def test_a_resolve_concurrent_with_a_new_edit_keeps_the_conflict() -> None:
    a, b = seeded("A", "B")
    x, y = a.write(TALK, "c1", {"note": "A's"}), b.write(TALK, "c1", {"note": "B's"})
    everywhere([a, b], x, y)
    settled = a.resolve(TALK, "c1", "note", "settled")
    again = b.write(TALK, "c1", {"note": "B's second thought"})
    everywhere([a, b], [settled], again)
    for state in (a, b):
        (conflict,) = state.conflicts()
        assert {v.value for v in conflict.heads} == {"settled", "B's second thought"}


def test_resolve_without_a_conflict_is_refused() -> None:
    (a,) = seeded("A")
    with pytest.raises(ValueError, match="no conflict"):
        a.resolve(TALK, "c1", "note", "x")


def test_only_the_declared_free_text_fields_conflict() -> None:
    assert TEXT_FIELDS["person"] == frozenset({"notes"})
    a, b = replicas("A", "B")
    x = a.write("person", "p1", {"notes": "A", "name": "Ann"})
    y = b.write("person", "p1", {"notes": "B", "name": "Anne"})
    everywhere([a, b], x, y)
    assert [c.field for c in a.conflicts()] == ["notes"]


# ---- merging: order, duplicates, late ancestors, snapshots


def test_an_ancestor_arriving_after_its_descendant_changes_nothing() -> None:
    a, b, c = replicas("A", "B", "C")
    first = a.write(TALK, "c1", {"note": "v1"})
    b.merge(first)
    second = b.write(TALK, "c1", {"note": "v2"})
    c.merge(second)
    c.merge(first)  # late, and a duplicate after
    c.merge(first + second)
    assert [v.value for v in c.heads(TALK, "c1", "note")] == ["v2"]
    assert c.conflicts() == []


def test_a_snapshot_of_heads_only_still_supersedes_versions_it_no_longer_holds() -> None:
    """A wrote v1, B saw it and wrote v2 then v3, and snapshotted (v3 only); a new device
    reading the snapshot and A's old change file must not see v1 come back."""
    a, b, c = replicas("A", "B", "C")
    v1 = a.write(TALK, "c1", {"note": "v1"})
    b.merge(v1)
    b.write(TALK, "c1", {"note": "v2"})
    b.write(TALK, "c1", {"note": "v3"})
    snapshot = b.snapshot()
    assert [v.value for v in snapshot] == ["v3"]
    c.merge(decode(encode(snapshot)))
    c.merge(v1)
    assert [v.value for v in c.heads(TALK, "c1", "note")] == ["v3"]
    assert c.conflicts() == []


def test_merge_says_what_it_added_and_which_records_changed() -> None:
    a, b = replicas("A", "B")
    batch = a.write(TALK, "c1", {"note": "x", "date": "d"}) + a.write(TALK, "c2", {"date": "e"})
    merged = b.merge(batch)
    assert merged.added == 3
    assert merged.changed == {(TALK, "c1"), (TALK, "c2")}
    again = b.merge(batch)
    assert (again.added, again.changed) == (0, frozenset())


def test_merging_moves_the_clock_past_what_arrived_and_reports_skew() -> None:
    now = FakeTime(1_000_000)
    a = State(Clock("A", FakeTime(now.ms + 30 * 3_600_000)))  # a day and more ahead
    b = State(Clock("B", now))
    merged = b.merge(a.write(TALK, "c1", {"date": "x"}))
    assert merged.skew is not None
    assert merged.skew.device == "A"
    assert b.write(TALK, "c1", {"date": "y"})[0].stamp > a.clock.last  # type: ignore[union-attr]


def test_two_versions_under_one_stamp_the_same_one_is_kept_everywhere() -> None:
    """A device restored from an old backup may reuse a stamp for another value."""
    stamp = Stamp(5000, 0, "A")
    one = Version(TALK, "c1", "date", stamp, frozenset(), "one")
    two = Version(TALK, "c1", "date", stamp, frozenset(), "two")
    s1, s2 = State(), State()
    s1.merge([one, two])
    s2.merge([two, one])
    assert s1.value(TALK, "c1", "date") == s2.value(TALK, "c1", "date")
    assert s1.collisions == s2.collisions == 1


def test_a_state_without_a_clock_cannot_write() -> None:
    with pytest.raises(RuntimeError, match="clock"):
        State().write(TALK, "c1", {"date": "x"})


def test_delete_goes_through_delete() -> None:
    (a,) = replicas("A")
    with pytest.raises(ValueError, match="delete"):
        a.write(TALK, "c1", {DELETED: True})


# ---- deleting


def test_a_delete_that_saw_every_edit_deletes_everywhere() -> None:
    a, b = seeded("A", "B")
    b.merge(a.write(TALK, "c1", {"note": "edited"}))
    gone = b.delete(TALK, "c1")
    assert gone.covers == {v.stamp for f in ("note", "date") for v in b.heads(TALK, "c1", f)}
    a.merge([gone])
    for state in (a, b):
        assert state.is_deleted(TALK, "c1")
        assert state.records(TALK) == {}
        assert state.conflicts() == []


def test_an_edit_the_deleting_device_had_not_seen_keeps_the_record() -> None:
    a, b = seeded("A", "B")
    edit = a.write(TALK, "c1", {"note": "edited on A"})
    gone = b.delete(TALK, "c1")
    everywhere([a, b], edit, [gone])
    for state in (a, b):
        assert not state.is_deleted(TALK, "c1")
        assert state.records(TALK)["c1"]["note"] == "edited on A"
        (conflict,) = state.conflicts()
        assert conflict.field == DELETED
        assert [v.stamp for v in conflict.heads] == [gone.stamp, edit[0].stamp]


def test_the_kept_record_can_be_deleted_again_or_restored() -> None:
    a, b = seeded("A", "B")
    edit = a.write(TALK, "c1", {"note": "edited on A"})
    gone = b.delete(TALK, "c1")
    everywhere([a, b], edit, [gone])
    again = a.delete(TALK, "c1")  # having seen the edit: now it covers it
    b.merge([again])
    assert a.is_deleted(TALK, "c1") and b.is_deleted(TALK, "c1")
    back = b.restore(TALK, "c1")
    a.merge([back])
    assert a.records(TALK)["c1"]["note"] == "edited on A" == b.records(TALK)["c1"]["note"]
    assert a.conflicts() == [] == b.conflicts()


def test_concurrent_deletes_together_cover_what_either_saw() -> None:
    a, b = seeded("A", "B")
    edit = a.write(TALK, "c1", {"note": "A's last words"})
    gone_a = a.delete(TALK, "c1")  # saw its own edit
    gone_b = b.delete(TALK, "c1")  # did not; the other delete covers it
    everywhere([a, b], edit, [gone_a, gone_b])
    assert a.is_deleted(TALK, "c1") and b.is_deleted(TALK, "c1")


def test_a_restore_concurrent_with_a_delete_keeps_the_record() -> None:
    later = FakeTime(5_000_000)
    a, b = State(Clock("A", later)), State(Clock("B", FakeTime(1000)))
    everywhere([a, b], a.write(TALK, "c1", {"note": "first"}))
    gone = a.delete(TALK, "c1")
    b.merge([gone])
    back = b.restore(TALK, "c1")
    later.ms += 1000
    again = a.delete(TALK, "c1")  # concurrent with the restore, and later
    assert again.stamp > back.stamp
    everywhere([a, b], [back], [again])
    assert not a.is_deleted(TALK, "c1") and not b.is_deleted(TALK, "c1")


def test_a_delete_of_a_record_never_seen_hides_nothing_written_later() -> None:
    a, b = replicas("A", "B")
    gone = b.delete(TALK, "c9")
    created = a.write(TALK, "c9", {"date": "x"})
    everywhere([a, b], [gone], created)
    assert a.records(TALK) == b.records(TALK) == {"c9": {"date": "x"}}


# ---- the property: three replicas converge, and nothing acknowledged is lost

RECORDS = [(TALK, "c0"), (TALK, "c1"), ("person", "p0")]
FIELDS = {TALK: ["note", "date", "format"], "person": ["notes", "name"]}
NAMES = ["A", "B", "C"]

_replica = st.integers(0, 2)
_record = st.integers(0, len(RECORDS) - 1)
OPS = st.one_of(
    st.tuples(st.just("write"), _replica, _record, st.integers(0, 2)),
    st.tuples(st.just("write"), _replica, _record, st.integers(0, 2)),
    st.tuples(st.just("delete"), _replica, _record),
    st.tuples(st.just("restore"), _replica, _record),
    st.tuples(st.just("resolve"), _replica, _record),
    st.tuples(st.just("resolve"), _replica, _record),
    # versions of the global log, any subset in any order, duplicates allowed
    st.tuples(st.just("deliver"), _replica, st.lists(st.integers(0, 10_000), max_size=12)),
    st.tuples(st.just("deliver"), _replica, st.lists(st.integers(0, 10_000), max_size=12)),
    st.tuples(st.just("snapshot"), _replica, _replica),
    st.tuples(st.just("time"), _replica, st.integers(-5000, 5000)),
)


@dataclass
class World:
    """Three replicas, the log of every version written, and what each writer knew.

    `known[r][key]`: the stamps of `key`'s versions replica r knows of (merged, written,
    or in the causal past of one of those). `past[stamp]`: what the writer of the version
    knew of its field when it wrote it; `saw[stamp]`: for a delete, what its writer knew
    of the record's other fields.
    """

    times: list[FakeTime] = field(default_factory=lambda: [FakeTime(10_000) for _ in NAMES])
    states: list[State] = field(default_factory=list)
    log: list[Version] = field(default_factory=list)
    known: list[dict[tuple[str, str, str], set[Stamp]]] = field(
        default_factory=lambda: [{} for _ in NAMES]
    )
    past: dict[Stamp, frozenset[Stamp]] = field(default_factory=dict)
    saw: dict[Stamp, frozenset[Stamp]] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.states = [State(Clock(n, t)) for n, t in zip(NAMES, self.times, strict=True)]

    def wrote(self, r: int, versions: list[Version]) -> None:
        for version in versions:
            key = version.key
            mine = self.known[r].setdefault(key, set())
            self.past[version.stamp] = frozenset(mine)
            if version.field == DELETED and version.value is True:
                self.saw[version.stamp] = frozenset(
                    s
                    for (kind, uid, name), stamps in self.known[r].items()
                    if (kind, uid) == key[:2] and name != DELETED
                    for s in stamps
                )
            elif version.field == DELETED:  # a restore carries on its deletes' covers
                superseded = {p for stamp in mine for p in self.past[stamp]}
                self.saw[version.stamp] = frozenset().union(
                    *(self.saw[stamp] for stamp in mine - superseded)
                )
            mine.add(version.stamp)
            self.log.append(version)

    def deliver(self, r: int, versions: list[Version]) -> None:
        self.states[r].merge(decode(encode(versions)) if len(versions) % 2 else versions)
        for version in versions:
            mine = self.known[r].setdefault(version.key, set())
            mine.add(version.stamp)
            mine.update(self.past[version.stamp])

    def run(self, op: tuple[object, ...]) -> None:
        what, r = op[0], op[1]
        assert isinstance(r, int)
        state = self.states[r]
        if what == "time":
            self.times[r].ms = max(0, self.times[r].ms + op[2])  # type: ignore[operator]
        elif what == "deliver":
            if self.log:
                self.deliver(r, [self.log[i % len(self.log)] for i in op[2]])  # type: ignore[attr-defined]
        elif what == "snapshot":
            source = op[2]
            assert isinstance(source, int)
            self.deliver(r, self.states[source].snapshot())
        else:
            kind, uid = RECORDS[op[2]]  # type: ignore[index]
            if what == "write":
                names = FIELDS[kind]
                name = names[op[3] % len(names)]  # type: ignore[operator]
                self.counter += 1
                self.wrote(r, state.write(kind, uid, {name: f"{NAMES[r]}{self.counter}"}))
            elif what == "delete":
                self.wrote(r, [state.delete(kind, uid)])
            elif what == "restore":
                self.wrote(r, [state.restore(kind, uid)])
            elif what == "resolve":  # the replica's n-th text conflict, if it has any
                texts = [c for c in state.conflicts() if c.field != DELETED]
                if texts:
                    c = texts[op[2] % len(texts)]  # type: ignore[operator]
                    self.counter += 1
                    value = f"{NAMES[r]}{self.counter} resolved"
                    self.wrote(r, [state.resolve(c.kind, c.uid, c.field, value)])

    # -- the oracle: from the log and what each writer knew, not from parents or floors

    def expected_heads(self, key: tuple[str, str, str]) -> set[Stamp]:
        stamps = {v.stamp for v in self.log if v.key == key}
        superseded = {s for w in stamps for s in self.past[w]}
        return stamps - superseded


def _everything_everywhere(world: World, compacted: bool, stale: list[int]) -> None:
    """Every version to every replica: the whole log, newest first; or, as after every
    device compacted its change files, each replica's snapshot to the others, then a few
    change files a slow sync tool delivers late."""
    if not compacted:
        for r in range(len(NAMES)):
            world.deliver(r, list(reversed(world.log)))
        return
    snapshots = [state.snapshot() for state in world.states]
    for r in range(len(NAMES)):
        for source, snapshot in enumerate(snapshots):
            if source != r:
                world.deliver(r, snapshot)
        if world.log:
            world.deliver(r, [world.log[i % len(world.log)] for i in stale])


def _check(world: World) -> None:
    first = world.states[0]
    by_stamp = {v.stamp: v for v in world.log}
    for state in world.states:
        # convergence: the same records, conflicts, deletions and heads everywhere
        for kind in FIELDS:
            assert state.records(kind) == first.records(kind)
        assert state.conflicts() == first.conflicts()
        assert state.snapshot() == first.snapshot()
        assert state.collisions == 0
    # a new device that reads only a snapshot holds the same
    fresh = State()
    fresh.merge(decode(encode(first.snapshot())))
    assert fresh.snapshot() == first.snapshot()
    assert fresh.conflicts() == first.conflicts()

    conflicts = {(c.kind, c.uid, c.field): c for c in first.conflicts()}
    for kind, uid in RECORDS:
        keys = [(kind, uid, name) for name in [*FIELDS[kind], DELETED]]
        heads = {key: world.expected_heads(key) for key in keys}
        # nothing lost: every version written is a head or was seen by its supersedor
        for key in keys:
            assert {v.stamp for v in first.heads(*key)} == heads[key]
        deletes = [by_stamp[s] for s in heads[(kind, uid, DELETED)]]
        true = bool(deletes) and all(d.value is True for d in deletes)
        seen = set().union(*(world.saw[d.stamp] for d in deletes)) if deletes else set()
        edits = {s for key in keys[:-1] for s in heads[key]}
        unseen = edits - seen
        # a head a delete covers (its device saw it, and keeps no words of it) counts only
        # when nothing else is left of its field
        shown = {key: (heads[key] - seen) or heads[key] for key in keys[:-1]}
        for key in keys[:-1]:
            if shown[key]:
                winner = by_stamp[max(shown[key])]
                assert first.value(*key) == winner.value  # last writer wins
        # an edit a delete had not seen keeps the record, with a conflict saying so
        deleted = true and not unseen
        assert first.is_deleted(kind, uid) is deleted
        assert ((kind, uid, DELETED) in conflicts) is (true and bool(unseen))
        if true and unseen:
            assert {v.stamp for v in conflicts[(kind, uid, DELETED)].heads} == {
                d.stamp for d in deletes
            } | unseen
        # concurrent text edits are there as a conflict, both texts kept
        for name in FIELDS[kind]:
            key = (kind, uid, name)
            expect = not deleted and name in TEXT_FIELDS[kind] and len(shown[key]) > 1
            assert (key in conflicts) is expect
            if expect:
                assert {v.value for v in conflicts[key].heads} == {
                    by_stamp[s].value for s in shown[key]
                }
        if not deleted and edits:
            record = first.records(kind)[uid]
            for name in FIELDS[kind]:
                if shown[(kind, uid, name)]:
                    assert record[name] == by_stamp[max(shown[(kind, uid, name)])].value


@settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    st.lists(OPS, min_size=20, max_size=80),
    st.booleans(),
    st.lists(st.integers(0, 10_000), max_size=30),
)
def test_three_replicas_converge_and_lose_nothing(
    ops: list[tuple[object, ...]], compacted: bool, stale: list[int]
) -> None:
    world = World()
    for op in ops:
        world.run(op)
    _everything_everywhere(world, compacted, stale)
    _check(world)
