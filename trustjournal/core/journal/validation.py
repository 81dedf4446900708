"""Checking and tidying what a caller hands the journal, before anything is written.

Each `clean_*` takes a draft as the GUI or the CLI built it and returns it tidied (names
without stray spaces, each person once, signals in order) or raises `InvalidInput` with a
sentence a person can act on. The few checks that need the database (is that name taken,
do those people exist) take the open session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.formats import check_format
from trustjournal.core.i18n import _
from trustjournal.core.judgement.quarters import Quarter
from trustjournal.core.judgement.signals import normalise
from trustjournal.core.judgement.ties import CADENCE_RANGE
from trustjournal.core.records import (
    DECISION_STATUSES,
    DISCOMFORT_RANGE,
    ConversationDraft,
    DecisionDraft,
    GatheringDraft,
    PersonDraft,
)
from trustjournal.core.store.models import Person


def tidy_name(name: str) -> str:
    return " ".join(name.split())


def unique_names(names: Iterable[str]) -> tuple[str, ...]:
    """Tidied, each name once whatever its case; the first spelling given is kept."""
    found: dict[str, str] = {}
    for name in names:
        tidy = tidy_name(name)
        found.setdefault(tidy.casefold(), tidy)
    return tuple(found.values())


# An alias is a short name a note uses for someone ("Mo", "MJ", "the Admiral").
ALIAS_MAX_LENGTH = 40
ALIASES_MAX = 12


def clean_person(draft: PersonDraft) -> PersonDraft:
    name = tidy_name(draft.name)
    if not name:
        raise InvalidInput(_("A person needs a name."))
    aliases = None if draft.aliases is None else clean_aliases(draft.aliases, name)
    return PersonDraft(
        name,
        draft.role.strip(),
        draft.how_met.strip(),
        draft.notes,
        draft.archived,
        aliases,
        check_person_cadence(draft.cadence_days),
        draft.my_few,
    )


def check_person_cadence(days: int | None) -> int | None:
    """A person's own cadence: None (keep), 0 (the journal's) or within `CADENCE_RANGE`."""
    low, high = CADENCE_RANGE
    if days is None or days == 0 or low <= days <= high:
        return days
    raise InvalidInput(
        _("A person's cadence is between {low} and {high} days.").format(low=low, high=high)
    )


def clean_aliases(aliases: Iterable[str], name: str = "") -> tuple[str, ...]:
    """Tidied (spaces), blanks dropped, each once whatever its case, the person's own name
    dropped; refused when too long, too many, or without a letter or digit to recognise.
    The messages never quote the alias: names stay out of errors and logs."""
    if isinstance(aliases, str):  # a lone string would be taken letter by letter
        aliases = (aliases,)
    found = [a for a in unique_names(aliases) if a]
    own = tidy_name(name).casefold()
    found = [a for a in found if a.casefold() != own]
    for alias in found:
        if len(alias) > ALIAS_MAX_LENGTH:
            raise InvalidInput(
                _("An alias can be at most {n} characters long.").format(n=ALIAS_MAX_LENGTH)
            )
        if not any(c.isalnum() for c in alias):
            raise InvalidInput(_("An alias needs at least one letter or digit."))
    if len(found) > ALIASES_MAX:
        raise InvalidInput(_("A person can have at most {n} aliases.").format(n=ALIASES_MAX))
    return tuple(found)


def merged_aliases(name: str, *lists: Iterable[str]) -> tuple[str, ...]:
    """The aliases of people merged into `name`: every one that is still a valid alias,
    each once, as many as a person may have (for `Journal.merge_people`)."""
    found = [a for a in unique_names(a for group in lists for a in group) if a]
    own = tidy_name(name).casefold()
    kept = [
        a
        for a in found
        if a.casefold() != own and len(a) <= ALIAS_MAX_LENGTH and any(c.isalnum() for c in a)
    ]
    return tuple(kept[:ALIASES_MAX])


def refuse_alias_names(s: Session, aliases: Sequence[str], ident: int | None) -> None:
    """An alias may be shared (two people called "Sam" by their friends: a note that says
    "Sam" then asks which), but never another person's full name."""
    for alias in aliases:
        other = find_person(s, alias)
        if other is not None and other.id != ident:
            raise InvalidInput(
                _("One of the aliases is another person's full name; choose another alias.")
            )


def find_person(s: Session, name: str) -> Person | None:
    """The person whose name is `name` once spacing is tidied and case folded. SQLite's
    NOCASE folds ASCII only, so "émile" is looked for among the names in Python too."""
    tidy = tidy_name(name)  # names are stored tidied (clean_person, rows.add_named_people)
    row = s.scalar(select(Person).where(Person.name == tidy))
    if row is not None or tidy.isascii():
        return row
    wanted = tidy.casefold()
    for ident, other in s.execute(select(Person.id, Person.name)):
        if tidy_name(other).casefold() == wanted:
            return s.get(Person, ident)
    return None


def refuse_duplicate_name(s: Session, name: str, ident: int | None) -> None:
    found = find_person(s, name)
    other = found.id if found is not None else None
    if other is not None and other != ident:
        raise InvalidInput(
            _(
                "There is already a person named {name}; add a surname or "
                "organisation to tell them apart."
            ).format(name=repr(name))
        )


def require_people(s: Session, ids: Sequence[int]) -> None:
    known = set(s.scalars(select(Person.id).where(Person.id.in_(ids))))
    missing = [i for i in ids if i not in known]
    if missing:
        raise NotFound("person", ", ".join(map(str, missing)))


def clean_conversation(draft: ConversationDraft) -> ConversationDraft:
    new_people = unique_names(draft.new_people)
    if "" in new_people:
        raise InvalidInput(_("A new person needs a name."))
    if not draft.people and not new_people:
        raise InvalidInput(_("A conversation needs at least one person."))
    if not isinstance(draft.date, dt.date):
        raise InvalidInput(_("A conversation needs a date."))
    return replace(
        draft,
        people=tuple(dict.fromkeys(draft.people)),
        format=check_format(draft.format),
        signals=normalise(draft.signals),
        new_people=new_people,
    )


def clean_decision(d: DecisionDraft) -> DecisionDraft:
    title = d.title.strip()
    if not title:
        raise InvalidInput(_("A decision needs a title."))
    low, high = DISCOMFORT_RANGE
    if not isinstance(d.discomfort, int) or not low <= d.discomfort <= high:
        raise InvalidInput(
            _("Discomfort is a number from {low} (easy) to {high} (very uncomfortable).").format(
                low=low, high=high
            )
        )
    if d.status not in DECISION_STATUSES:
        raise InvalidInput(
            _("A decision's status is one of {statuses}.").format(
                statuses=", ".join(DECISION_STATUSES)
            )
        )
    consulted = tuple(dict.fromkeys([*d.consulted, *d.changed_framing]))
    return DecisionDraft(
        title,
        d.date,
        d.discomfort,
        d.status,
        d.outcome,
        consulted,
        tuple(dict.fromkeys(d.changed_framing)),
    )


def clean_gathering(d: GatheringDraft) -> GatheringDraft:
    name = d.name.strip()
    if not name:
        raise InvalidInput(_("A gathering needs a name."))
    if d.end_date is not None and d.end_date < d.start_date:
        raise InvalidInput(_("A gathering cannot end before it starts."))
    return GatheringDraft(
        name, d.start_date, d.end_date, d.place.strip(), d.note, tuple(dict.fromkeys(d.people))
    )


def check_quarter(quarter: str) -> str:
    return str(Quarter.parse(quarter))


def check_draft_key(key: str) -> str:
    if not isinstance(key, str) or not key.strip():
        raise InvalidInput(_("A draft needs a key, such as conversation:new."))
    return key
