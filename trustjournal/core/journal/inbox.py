"""The "To write up" inbox: calendar meetings waiting to become conversations (a part of
`Journal`).

A calendar import (core/exchange/calendar.py) hands `add_calendar_items` the meetings it
kept; each is known again by its UID and recurrence id, so importing the same calendar twice
adds nothing and never brings back an item the leader dismissed or wrote up. The inbox
stores attendees as the calendar names them (name, e-mail) and matches them to people each
time it is read (`AttendeeIndex`: a stored e-mail identity first, then the person's name or
an alias), so a person added later is recognised in the items already there.

`proposal` is what the editor is pre-filled with when an item is written up: the matched
people, the date, and a format from the number of attendees and the words of the title and
place (`propose_format`, a table-driven pure function). A retreat, summit or conference can
become a gathering instead (`calendar_gathering`). Change notices: kind "calendar_item".
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trustjournal.core.errors import InvalidInput
from trustjournal.core.i18n import _
from trustjournal.core.journal import rows, validation
from trustjournal.core.journal.base import JournalBase
from trustjournal.core.judgement.mentions import PersonNames
from trustjournal.core.records import (
    CalendarItemRecord,
    GatheringDraft,
    GatheringRecord,
    PersonDraft,
    PersonRef,
)
from trustjournal.core.store.models import (
    CalendarItem,
    Conversation,
    Gathering,
    Person,
    PersonIdentity,
)

KIND = "calendar_item"  # the kind of change notice the inbox announces

# -- the format an item proposes ----------------------------------------------------------

# Words (whole, case-folded) in the title or place that say what kind of meeting it was.
# Checked in this order: a retreat session before a dinner before a call.
RETREAT_WORDS = frozenset(
    [
        "retreat",
        "retreats",
        "offsite",
        "off-site",
        "summit",
        "conference",
        "conf",
        "symposium",
        "forum",
        "offsites",
        "summits",
        "conferences",
    ]
)
MEAL_WORDS = frozenset(
    [
        "dinner",
        "lunch",
        "breakfast",
        "brunch",
        "drinks",
        "restaurant",
        "bistro",
        "brasserie",
        "trattoria",
        "supper",
    ]
)
CALL_WORDS = frozenset(
    ["call", "phone", "zoom", "teams", "meet", "webex", "skype", "facetime", "video", "dial"]
)
# A video meeting's link or a phone number in the place says "call" whatever the title.
CALL_LINK = re.compile(
    r"(zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|"
    r"whereby\.com|meet\.jit\.si|facetime|tel:|\+\d[\d \-]{6,})",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")


def words(text: str) -> set[str]:
    return {w.casefold().strip("'’-") for w in _WORD.findall(text)}


def is_retreat(title: str, location: str = "", categories: Iterable[str] = ()) -> bool:
    """A retreat, summit or conference: by its categories or the words of title and place."""
    found = words(title) | words(location)
    for category in categories:
        found |= words(category)
    return bool(found & RETREAT_WORDS)


def propose_format(others: int, title: str, location: str = "") -> str:
    """The conversation format for a meeting with `others` people besides the leader:
    retreat_session, dinner, call (by the words of title and place), else one_on_one for one
    other person (or none named) and group for two or more."""
    found = words(title) | words(location)
    if found & RETREAT_WORDS:
        return "retreat_session"
    if found & MEAL_WORDS:
        return "dinner"
    if found & CALL_WORDS or CALL_LINK.search(location) or CALL_LINK.search(title):
        return "call"
    return "group" if others >= 2 else "one_on_one"


# -- matching attendees to people ---------------------------------------------------------


def name_key(name: str) -> str:
    """A name as matching compares it: accents and case folded, spacing tidied, and
    "Last, First" (as Outlook writes it) turned round."""
    tidy = validation.tidy_name(name.strip().strip('"'))
    if tidy.count(",") == 1 and "@" not in tidy:
        last, first = (p.strip() for p in tidy.split(","))
        if last and first:
            tidy = f"{first} {last}"
    plain = unicodedata.normalize("NFKD", tidy)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


class AttendeeIndex:
    """Who an attendee is in the journal: their e-mail as a stored identity, else their name
    or an alias that only one person has. Never a guess between two people."""

    def __init__(self, emails: Mapping[str, int], people: Iterable[PersonNames]) -> None:
        self.emails = {e.casefold(): i for e, i in emails.items()}
        found: dict[str, set[int]] = {}
        self.names: dict[int, str] = {}
        for p in people:
            self.names[p.id] = p.name
            for name in (p.name, *p.aliases):
                found.setdefault(name_key(name), set()).add(p.id)
        self.by_name = {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and k}

    def match(self, name: str, email: str) -> int | None:
        if email and email.casefold() in self.emails:
            return self.emails[email.casefold()]
        return self.by_name.get(name_key(name)) if name else None

    def ref(self, name: str, email: str) -> PersonRef | None:
        ident = self.match(name, email)
        return PersonRef(ident, self.names[ident]) if ident is not None else None


@dataclass(frozen=True)
class InboxItem:
    """An item with its attendees matched: `people[i]` is attendee i in the journal, or None
    (not in the journal yet: shown by e-mail, and can be added)."""

    record: CalendarItemRecord
    people: tuple[PersonRef | None, ...]

    @property
    def matched(self) -> tuple[PersonRef, ...]:
        return tuple(dict.fromkeys(p for p in self.people if p is not None))

    @property
    def retreat(self) -> bool:
        return is_retreat(self.record.title, self.record.location)


@dataclass(frozen=True)
class Proposal:
    """What the editor is pre-filled with when an item is written up."""

    people: tuple[int, ...]
    date: dt.date
    format: str


def proposal(item: InboxItem) -> Proposal:
    others = max(len(item.record.attendees), len(item.matched))
    return Proposal(
        tuple(p.id for p in item.matched),
        item.record.date,
        propose_format(others, item.record.title, item.record.location),
    )


def person_name_for(name: str, email: str) -> str:
    """The name to give a new person from an attendee: their name, else the e-mail's local
    part in words ("ana.diaz@…" → "Ana Diaz")."""
    tidy = validation.tidy_name(name.strip().strip('"'))
    if tidy and "@" not in tidy:
        return tidy
    local = email.split("@", 1)[0]
    return " ".join(w.capitalize() for w in re.split(r"[._+\-]+", local) if w) or email


class CalendarInbox(JournalBase):
    """The "To write up" inbox (a part of `Journal`)."""

    def people_names(self) -> list[PersonNames]:
        raise NotImplementedError  # mentions.py

    def attendee_index(self) -> AttendeeIndex:
        """Everything needed to match attendees to people, read once."""
        with self._reading() as s:
            found = s.execute(
                select(PersonIdentity.value, PersonIdentity.person_id).where(
                    PersonIdentity.kind == "email"
                )
            )
            emails = {value: person for value, person in found}
        return AttendeeIndex(emails, self.people_names())

    def calendar_keys(self) -> set[tuple[str, str]]:
        """(uid, recurrence id) of every item the inbox has ever had, whatever its state."""
        with self._reading() as s:
            found = s.execute(select(CalendarItem.uid, CalendarItem.recurrence_id))
            return {(u, r) for u, r in found}

    def add_calendar_items(
        self,
        items: Sequence[CalendarItemRecord],
        new_people: Sequence[tuple[str, str]] = (),
    ) -> list[int]:
        """Add the meetings not in the inbox yet (their `id` and `state` are ignored) and the
        attendees chosen to become people (name, e-mail; a name already in the journal gets
        the e-mail instead), all in one transaction. Returns the new items' ids."""
        with self._writing(items) as s:
            added_people = self._add_attendees(s, new_people)
            uids = list({i.uid for i in items})
            have: set[tuple[str, str]] = set()
            for start in range(0, len(uids), 500):
                chunk = uids[start : start + 500]
                query = select(CalendarItem.uid, CalendarItem.recurrence_id).where(
                    CalendarItem.uid.in_(chunk)
                )
                have |= {(u, r) for u, r in s.execute(query)}
            fresh: list[CalendarItem] = []
            for item in items:
                key = (item.uid, item.recurrence_id)
                if key in have:
                    continue
                have.add(key)
                fields = rows.calendar_item_fields(item)
                del fields["id"]
                fields.update(state="open", conversation_id=None)
                fresh.append(CalendarItem(**fields))
            s.add_all(fresh)
            s.flush()
            ids = [row.id for row in fresh]
        if added_people:
            self._announce("person", "added", *added_people)
        if ids:
            self._announce(KIND, "added", *ids)
        return ids

    def _add_attendees(self, s: Session, people: Sequence[tuple[str, str]]) -> list[int]:
        added: list[int] = []
        for name, email in people:
            email = email.strip().lower()
            if email and s.scalar(
                select(PersonIdentity.id).where(
                    PersonIdentity.kind == "email", PersonIdentity.value == email
                )
            ):
                continue  # already someone's
            draft = validation.clean_person(
                PersonDraft(person_name_for(name, email), how_met="From the calendar")
            )
            row = validation.find_person(s, draft.name)
            if row is None:
                validation.refuse_alias_names(s, (draft.name,), None)
                row = Person(**{"aliases": "", **rows.person_fields(draft)})
                s.add(row)
                s.flush()
                added.append(row.id)
            if email:
                s.add(PersonIdentity(person_id=row.id, kind="email", value=email))
                s.flush()
        return added

    def inbox(self, state: str = "open") -> list[InboxItem]:
        """The items in `state` (open: the inbox), newest first, attendees matched."""
        index = self.attendee_index()
        with self._reading() as s:
            found = s.scalars(
                select(CalendarItem)
                .where(CalendarItem.state == state)
                .order_by(CalendarItem.date.desc(), CalendarItem.start_time.desc(), CalendarItem.id)
            )
            records = [rows.calendar_item(c) for c in found]
        return [InboxItem(r, tuple(index.ref(n, e) for n, e in r.attendees)) for r in records]

    def inbox_item(self, ident: int) -> InboxItem:
        index = self.attendee_index()
        with self._reading() as s:
            r = rows.calendar_item(self._get(s, CalendarItem, ident, "calendar item"))
        return InboxItem(r, tuple(index.ref(n, e) for n, e in r.attendees))

    def inbox_count(self) -> int:
        with self._reading() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(CalendarItem)
                    .where(CalendarItem.state == "open")
                )
                or 0
            )

    def dismiss_calendar_item(self, ident: int) -> None:
        """Take the item out of the inbox for good (a re-import does not bring it back)."""
        self._set_item_state(ident, "dismissed", None)

    def reopen_calendar_item(self, ident: int) -> None:
        """Put a dismissed item back in the inbox (undo)."""
        self._set_item_state(ident, "open", None)

    def mark_calendar_written(self, ident: int, conversation_id: int | None) -> None:
        """The item was written up (as conversation `conversation_id`); the e-mails of the
        attendees matched by name become their identities, so the next import knows them."""
        index = self.attendee_index()
        with self._writing(None) as s:
            row = self._get(s, CalendarItem, ident, "calendar item")
            if conversation_id is not None:
                self._get(s, Conversation, conversation_id, "conversation")
            row.state, row.conversation_id = "written", conversation_id
            for name, email in json.loads(row.attendees or "[]"):
                self._remember_email(s, index, str(name), str(email))
        self._announce(KIND, "updated", ident)

    def _remember_email(self, s: Session, index: AttendeeIndex, name: str, email: str) -> None:
        email = email.strip().lower()
        ident = index.match(name, "")
        if not email or ident is None or email.casefold() in index.emails:
            return
        taken = s.scalar(
            select(PersonIdentity.id).where(
                PersonIdentity.kind == "email", PersonIdentity.value == email
            )
        )
        if taken is None:
            s.add(PersonIdentity(person_id=ident, kind="email", value=email))
            index.emails[email.casefold()] = ident

    def _set_item_state(self, ident: int, state: str, conversation_id: int | None) -> None:
        with self._writing(None) as s:
            row = self._get(s, CalendarItem, ident, "calendar item")
            row.state, row.conversation_id = state, conversation_id
        self._announce(KIND, "updated", ident)

    def calendar_gathering(self, ident: int) -> GatheringRecord:
        """Make a retreat-like item a gathering with its attendees in the journal, and take
        the item out of the inbox (both in one transaction)."""
        item = self.inbox_item(ident)
        title = item.record.title.strip()
        if not title:
            raise InvalidInput(_("A gathering needs a name; this meeting has no title."))
        draft = validation.clean_gathering(
            GatheringDraft(
                title,
                item.record.date,
                None,
                item.record.location.strip(),
                "",
                tuple(p.id for p in item.matched),
            )
        )
        with self._writing(draft) as s:
            row = Gathering()
            rows.fill_gathering(s, row, draft)
            s.add(row)
            cal = self._get(s, CalendarItem, ident, "calendar item")
            cal.state, cal.conversation_id = "written", None
            s.flush()
            record = rows.gathering(row)
        self._announce("gathering", "added", record.id)
        self._announce(KIND, "updated", ident)
        return record
