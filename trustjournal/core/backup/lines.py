"""The lines of a backup payload, checked into records: each version's fields, and the
checker that turns a line's JSON back into a journal record (order, types, links, ranges),
for backups (payload.py) and journal.json (core/exchange/journal_json.py) alike. Every
departure raises `RecordInvalid` with a short description that quotes no journal text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from trustjournal.core import kinds
from trustjournal.core.judgement.follow_through import State
from trustjournal.core.judgement.ties import CADENCE_RANGE, CADENCE_SETTING
from trustjournal.core.records import (
    CALENDAR_STATES,
    DECISION_STATUSES,
    DISCOMFORT_RANGE,
    IDENTITY_KINDS,
    CalendarItemRecord,
    ConversationRecord,
    DecisionRecord,
    DraftRecord,
    Exported,
    GatheringRecord,
    IdentityRecord,
    PersonRecord,
    PersonRef,
    ReflectionRecord,
    SettingRecord,
    StepRecord,
)

# 2: a person carries "aliases". 3: a person carries "cadence_days" and "my_few", and
# "step" lines follow the settings. 4: "identity" and "calendar_item" lines follow the steps.
# Older payloads are still read.
VERSION = 4
# The fields of a person line in each payload version.
PERSON_FIELDS: dict[int, tuple[str, ...]] = {
    1: ("id", "name", "role", "how_met", "notes", "archived"),
    2: ("id", "name", "role", "how_met", "notes", "archived", "aliases"),
    3: ("id", "name", "role", "how_met", "notes", "archived", "aliases", "cadence_days", "my_few"),
}
PERSON_FIELDS[4] = PERSON_FIELDS[3]
STEP_FIELDS = ("id", "key", "kind", "person_id", "seen", "due", "state", "until", "closed")
STEP_STATES = tuple(state.value for state in State)
IDENTITY_FIELDS = ("person_id", "kind", "value")
CALENDAR_FIELDS = (
    "id",
    "uid",
    "recurrence_id",
    "date",
    "start_time",
    "title",
    "location",
    "attendees",
    "state",
    "conversation_id",
)
# The record types in the order they come, and the name each is counted under.
KINDS: dict[str, str] = {kind.name: kind.plural for kind in kinds.KINDS}
COUNT_NAMES = tuple(KINDS.values())
# The kinds each payload version counts (steps came with version 3).
_FIRST_VERSION = {"steps": 3, "identities": 4, "calendar_items": 4}


def count_names(version: int) -> tuple[str, ...]:
    return tuple(n for n in COUNT_NAMES if _FIRST_VERSION.get(n, 1) <= version)


class Bad(Exception):
    """A departure from the format, with a short description that quotes no journal text."""


class Fields:
    """Typed access to one line's fields; every line has exactly the fields it should."""

    def __init__(self, obj: dict[str, Any], kind: str, names: tuple[str, ...]) -> None:
        extra = obj.keys() - {"type", *names}
        missing = [n for n in names if n not in obj]
        if missing:
            raise Bad(f"a {kind} without {missing[0]!r}")
        if extra:
            raise Bad(f"a {kind} with an unknown field {sorted(extra)[0]!r}")
        self.obj, self.kind = obj, kind

    def _wrong(self, name: str, what: str) -> Bad:
        return Bad(f"a {self.kind}'s {name!r} is not {what}")

    def text(self, name: str, *, nonempty: bool = False) -> str:
        value = self.obj[name]
        if not isinstance(value, str) or (nonempty and not value.strip()):
            raise self._wrong(name, "text" if not nonempty else "non-empty text")
        return value

    def ident(self, name: str, *, optional: bool = False) -> int | None:
        value = self.obj[name]
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self._wrong(name, "a positive integer")
        return value

    def flag(self, name: str) -> bool:
        value = self.obj[name]
        if not isinstance(value, bool):
            raise self._wrong(name, "true or false")
        return value

    def day(self, name: str, *, optional: bool = False) -> dt.date | None:
        value = self.obj[name]
        if value is None and optional:
            return None
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self._wrong(name, "a date (YYYY-MM-DD)") from None

    def moment(self, name: str) -> dt.datetime | None:
        value = self.obj[name]
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self._wrong(name, "a time (ISO 8601)") from None
        if moment.tzinfo is not None:  # the journal keeps naive UTC
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return moment

    def id_list(self, name: str, known: dict[int, str]) -> tuple[PersonRef, ...]:
        value = self.obj[name]
        if not isinstance(value, list):
            raise self._wrong(name, "a list of person ids")
        refs: list[PersonRef] = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int) or item not in known:
                raise Bad(f"a {self.kind}'s {name!r} names a person not in the backup")
            refs.append(PersonRef(item, known[item]))
        if len({r.id for r in refs}) != len(refs):
            raise Bad(f"a {self.kind}'s {name!r} names a person twice")
        return tuple(sorted(refs, key=lambda r: r.name.casefold()))

    def texts(self, name: str) -> tuple[str, ...]:
        """A list of non-empty texts, each once whatever its case (a person's aliases)."""
        value = self.obj[name]
        if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
            raise self._wrong(name, "a list of non-empty texts")
        if len({t.casefold() for t in value}) != len(value):
            raise Bad(f"a {self.kind}'s {name!r} repeats itself")
        return tuple(value)

    def codes(self, name: str) -> tuple[str, ...]:
        value = self.obj[name]
        if not isinstance(value, list) or not all(isinstance(c, str) and c for c in value):
            raise self._wrong(name, "a list of codes")
        if len(set(value)) != len(value):
            raise Bad(f"a {self.kind}'s {name!r} repeats a code")
        return tuple(value)


class RecordChecker:
    """Turns lines into records, checking order, types and links as they come."""

    def __init__(self, version: int = VERSION) -> None:
        self.version = version
        self.rank = 0
        self.people: dict[int, str] = {}
        self.names: set[str] = set()
        self.seen: dict[str, set[int]] = {"gathering": set(), "decision": set()}
        self.conversations: set[int] = set()
        self.quarters: set[str] = set()
        self.drafts: set[str] = set()
        self.settings: set[str] = set()
        self.steps: set[int] = set()
        self.identities: set[tuple[str, str]] = set()
        self.calendar: set[int] = set()
        self.occurrences: set[tuple[str, str]] = set()
        self.counts = dict.fromkeys(COUNT_NAMES, 0)

    def record(self, obj: dict[str, Any]) -> Exported:
        kind = obj.get("type")
        order = list(KINDS)
        if not isinstance(kind, str) or kind not in KINDS:
            raise Bad("a record of an unknown type")
        rank = order.index(kind)
        if rank < self.rank:
            raise Bad(f"a {kind} after the {order[self.rank]}s")
        self.rank = rank
        record = getattr(self, f"_{kind}")(obj)
        self.counts[KINDS[kind]] += 1
        return record  # type: ignore[no-any-return]

    def _new_id(self, taken: set[int] | dict[int, str], f: Fields) -> int:
        ident = f.ident("id")
        assert ident is not None
        if ident in taken:
            raise Bad(f"two {f.kind}s with the same id")
        return ident

    def _person(self, obj: dict[str, Any]) -> PersonRecord:
        f = Fields(obj, "person", PERSON_FIELDS[self.version])
        ident = self._new_id(self.people, f)
        name = f.text("name", nonempty=True)
        folded = name.casefold()
        if folded in self.names:
            raise Bad("two people with the same name")
        self.names.add(folded)
        self.people[ident] = name
        return PersonRecord(
            ident,
            name,
            f.text("role"),
            f.text("how_met"),
            f.text("notes"),
            f.flag("archived"),
            f.texts("aliases") if "aliases" in PERSON_FIELDS[self.version] else (),
            *self._follow_through(f),
        )

    def _follow_through(self, f: Fields) -> tuple[int | None, bool]:
        """A person's own cadence and "my few" (payload version 3 on)."""
        if "my_few" not in PERSON_FIELDS[self.version]:
            return None, False
        cadence = f.obj["cadence_days"]
        low, high = CADENCE_RANGE
        if cadence is not None and (
            isinstance(cadence, bool) or not isinstance(cadence, int) or not low <= cadence <= high
        ):
            raise f._wrong("cadence_days", f"empty or a whole number of days from {low} to {high}")
        return cadence, f.flag("my_few")

    def _gathering(self, obj: dict[str, Any]) -> GatheringRecord:
        names = ("id", "name", "start_date", "end_date", "place", "note", "people")
        f = Fields(obj, "gathering", names)
        ident = self._new_id(self.seen["gathering"], f)
        start, end = f.day("start_date"), f.day("end_date", optional=True)
        assert start is not None
        if end is not None and end < start:
            raise Bad("a gathering that ends before it starts")
        self.seen["gathering"].add(ident)
        return GatheringRecord(
            ident,
            f.text("name", nonempty=True),
            start,
            end,
            f.text("place"),
            f.text("note"),
            f.id_list("people", self.people),
        )

    def _decision(self, obj: dict[str, Any]) -> DecisionRecord:
        names = (
            "id",
            "title",
            "date",
            "discomfort",
            "status",
            "outcome",
            "consulted",
            "changed_framing",
        )
        f = Fields(obj, "decision", names)
        ident = self._new_id(self.seen["decision"], f)
        date = f.day("date")
        assert date is not None
        discomfort = obj["discomfort"]
        low, high = DISCOMFORT_RANGE
        if isinstance(discomfort, bool) or not isinstance(discomfort, int):
            raise Bad("a decision's 'discomfort' is not a number")
        if not low <= discomfort <= high:
            raise Bad("a decision's 'discomfort' is out of range")
        status = f.text("status")
        if status not in DECISION_STATUSES:
            raise Bad("a decision's 'status' is unknown")
        consulted = f.id_list("consulted", self.people)
        framing = f.id_list("changed_framing", self.people)
        if not {r.id for r in framing} <= {r.id for r in consulted}:
            raise Bad("a decision's 'changed_framing' names someone not consulted")
        self.seen["decision"].add(ident)
        return DecisionRecord(
            ident,
            f.text("title", nonempty=True),
            date,
            discomfort,
            status,
            f.text("outcome"),
            consulted,
            framing,
        )

    def _conversation(self, obj: dict[str, Any]) -> ConversationRecord:
        names = (
            "id",
            "date",
            "format",
            "people",
            "signals",
            "decision_id",
            "gathering_id",
            "note",
        )
        f = Fields(obj, "conversation", names)
        ident = self._new_id(self.conversations, f)
        date = f.day("date")
        assert date is not None
        people = f.id_list("people", self.people)
        if not people:
            raise Bad("a conversation without people")
        decision_id = f.ident("decision_id", optional=True)
        if decision_id is not None and decision_id not in self.seen["decision"]:
            raise Bad("a conversation links to a decision not in the backup")
        gathering_id = f.ident("gathering_id", optional=True)
        if gathering_id is not None and gathering_id not in self.seen["gathering"]:
            raise Bad("a conversation links to a gathering not in the backup")
        self.conversations.add(ident)
        return ConversationRecord(
            ident,
            people,
            date,
            f.text("format", nonempty=True),
            f.text("note"),
            f.codes("signals"),
            decision_id,
            gathering_id,
        )

    def _reflection(self, obj: dict[str, Any]) -> ReflectionRecord:
        f = Fields(obj, "reflection", ("quarter", "text", "updated_at"))
        quarter = f.text("quarter")
        if len(quarter) != 6 or not quarter[:4].isdigit() or quarter[4:5] != "Q":
            raise Bad("a reflection's 'quarter' is not like 2026Q3")
        if quarter[5] not in "1234":
            raise Bad("a reflection's 'quarter' is not like 2026Q3")
        if quarter in self.quarters:
            raise Bad("two reflections for the same quarter")
        self.quarters.add(quarter)
        return ReflectionRecord(quarter, f.text("text"), f.moment("updated_at"))

    def _draft(self, obj: dict[str, Any]) -> DraftRecord:
        f = Fields(obj, "draft", ("key", "body", "updated_at"))
        key = f.text("key", nonempty=True)
        if key in self.drafts:
            raise Bad("two drafts with the same key")
        self.drafts.add(key)
        return DraftRecord(key, f.text("body"), f.moment("updated_at"))

    def _setting(self, obj: dict[str, Any]) -> SettingRecord:
        f = Fields(obj, "setting", ("key", "value"))
        key = f.text("key", nonempty=True)
        if key in self.settings:
            raise Bad("two settings with the same key")
        self.settings.add(key)
        value = f.text("value")
        if key == CADENCE_SETTING:
            low, high = CADENCE_RANGE
            if not value.isdigit() or not low <= int(value) <= high:
                raise Bad(f"a cadence that is not a whole number of days from {low} to {high}")
        return SettingRecord(key, value)

    def _identity(self, obj: dict[str, Any]) -> IdentityRecord:
        f = Fields(obj, "identity", IDENTITY_FIELDS)
        person = f.ident("person_id")
        if person not in self.people:
            raise Bad("an identity names a person not in the backup")
        kind = f.text("kind")
        if kind not in IDENTITY_KINDS:
            raise f._wrong("kind", "an identity's kind")
        value = f.text("value", nonempty=True)
        if (kind, value) in self.identities:
            raise Bad("two identities alike")
        self.identities.add((kind, value))
        assert person is not None
        return IdentityRecord(person, kind, value)

    def _calendar_item(self, obj: dict[str, Any]) -> CalendarItemRecord:
        f = Fields(obj, "calendar item", CALENDAR_FIELDS)
        ident = self._new_id(self.calendar, f)
        self.calendar.add(ident)
        uid, recurrence = f.text("uid", nonempty=True), f.text("recurrence_id")
        if (uid, recurrence) in self.occurrences:
            raise Bad("two calendar items for the same event")
        self.occurrences.add((uid, recurrence))
        state = f.text("state")
        if state not in CALENDAR_STATES:
            raise f._wrong("state", "a calendar item's state")
        attendees = obj["attendees"]
        if not isinstance(attendees, list) or not all(
            isinstance(a, list) and len(a) == 2 and all(isinstance(x, str) for x in a)
            for a in attendees
        ):
            raise f._wrong("attendees", "a list of [name, e-mail] pairs")
        conversation = f.ident("conversation_id", optional=True)
        if conversation is not None and conversation not in self.conversations:
            raise Bad("a calendar item names a conversation not in the backup")
        day = f.day("date")
        assert day is not None
        return CalendarItemRecord(
            ident,
            uid,
            recurrence,
            day,
            f.text("start_time"),
            f.text("title"),
            f.text("location"),
            tuple((a[0], a[1]) for a in attendees),
            state,
            conversation,
        )

    def _step(self, obj: dict[str, Any]) -> StepRecord:
        f = Fields(obj, "step", STEP_FIELDS)
        ident = self._new_id(self.steps, f)
        self.steps.add(ident)
        person = f.ident("person_id", optional=True)
        if person is not None and person not in self.people:
            raise Bad("a step names a person not in the backup")
        state = f.text("state")
        if state not in STEP_STATES:
            raise f._wrong("state", "a step's state")
        seen = f.day("seen")
        assert seen is not None
        return StepRecord(
            ident,
            f.text("key", nonempty=True),
            f.text("kind", nonempty=True),
            person,
            seen,
            f.day("due", optional=True),
            state,
            f.day("until", optional=True),
            f.day("closed", optional=True),
        )


# Other documents that carry the same records (journal.json, core/exchange/journal_json.py)
# check them with the same checker, one source of truth for a record's JSON: `RecordChecker`
# turns `to_json` objects back into records, raising `RecordInvalid` with a short
# description that quotes no journal text.
RecordInvalid = Bad
