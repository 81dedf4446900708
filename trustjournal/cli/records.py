"""Decisions, gatherings and aliases from the command line: `decision add|list`,
`gathering add|list`, `person alias|edit`.

With these and `add`, a script (or a test, or an import) can build any situation the tie
rules and the reflection read: a conversation linked to a decision or a gathering, an
uncomfortable decision and whom you brought it to, the people met at a retreat. Names work
as in `add`: people not yet in the journal are added, in the same transaction as the record,
so a refused record leaves no half-made people behind.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable
from typing import Any

from trustjournal.cli.common import EXIT_OK, CliError, UsageError, open_journal, print_json


def _people(journal: Any, names: Iterable[str]) -> tuple[dict[str, int], list[str]]:
    """Each name's person id (by name, any case), adding the ones not in the journal yet;
    call inside `journal.batch()`. Returns the ids by folded name and the names added."""
    from trustjournal.core.records import PersonDraft

    ids: dict[str, int] = {}
    added: list[str] = []
    for name in names:
        key = _key(name)
        if key in ids:
            continue
        found = journal.person_by_name(name)
        if found is None:
            found = journal.add_person(PersonDraft(name))
            added.append(found.name)
        ids[key] = found.id
    return ids, added


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _said_added(added: Iterable[str]) -> None:
    for name in added:
        print(f"Added {name} to the journal as a new person.")


def _names(refs: Iterable[Any]) -> str:
    return ", ".join(p.name for p in refs)


# -- decisions ----------------------------------------------------------------------------------


def cmd_decision_add(args: argparse.Namespace) -> int:
    from trustjournal.core.records import DecisionDraft

    with open_journal(args) as journal, journal.batch():
        ids, added = _people(journal, [*args.consulted, *args.changed_framing])
        saved = journal.add_decision(
            DecisionDraft(
                title=args.title,
                date=args.date or dt.date.today(),
                discomfort=args.discomfort,
                status=args.status,
                outcome=args.outcome,
                consulted=tuple(ids[_key(n)] for n in [*args.consulted, *args.changed_framing]),
                changed_framing=tuple(ids[_key(n)] for n in args.changed_framing),
            )
        )
    _said_added(added)
    who = f", consulted {_names(saved.consulted)}" if saved.consulted else ", nobody consulted"
    print(
        f"Saved decision {saved.id}: “{saved.title}” ({saved.date.isoformat()}, discomfort "
        f"{saved.discomfort} of 5, {saved.status}){who}."
    )
    return EXIT_OK


def cmd_decision_list(args: argparse.Namespace) -> int:
    with open_journal(args, readonly_if_busy=True) as journal:
        decisions = journal.decisions()
    if args.json:
        print_json(
            [
                {
                    "id": d.id,
                    "title": d.title,
                    "date": d.date.isoformat(),
                    "discomfort": d.discomfort,
                    "status": d.status,
                    "consulted": [p.name for p in d.consulted],
                    "changed_framing": [p.name for p in d.changed_framing],
                    "outcome": d.outcome,
                }
                for d in decisions
            ]
        )
        return EXIT_OK
    if not decisions:
        print("No decisions yet: record one with `trustjournal decision add TITLE`.")
        return EXIT_OK
    width = len(str(max(d.id for d in decisions)))
    for d in decisions:
        print(
            f"{d.id:>{width}}  {d.date.isoformat()}  discomfort {d.discomfort} of 5  "
            f"{d.status:<7}  {d.title}"
        )
        who = f"consulted {_names(d.consulted)}" if d.consulted else "nobody consulted"
        if d.changed_framing:
            who += f"; changed your framing: {_names(d.changed_framing)}"
        print(f"{'':>{width}}  {who}")
    return EXIT_OK


# -- gatherings ---------------------------------------------------------------------------------


def cmd_gathering_add(args: argparse.Namespace) -> int:
    from trustjournal.core.records import GatheringDraft

    if args.end is not None and args.end < args.start:  # said before asking for anything
        raise UsageError("--to is before --from: a gathering cannot end before it starts")
    with open_journal(args) as journal, journal.batch():
        ids, added = _people(journal, args.met)
        saved = journal.add_gathering(
            GatheringDraft(
                name=args.name,
                start_date=args.start,
                end_date=args.end if args.end != args.start else None,
                place=args.place,
                people=tuple(ids[_key(n)] for n in args.met),
            )
        )
    _said_added(added)
    where = f", {saved.place}" if saved.place else ""
    met = f", met {_names(saved.people)}" if saved.people else ""
    print(f"Saved gathering {saved.id}: {saved.name} ({_dates(saved)}{where}){met}.")
    return EXIT_OK


def _dates(g: Any) -> str:
    start: dt.date = g.start_date
    end: dt.date | None = g.end_date
    return start.isoformat() if end is None else f"{start.isoformat()} to {end.isoformat()}"


def cmd_gathering_list(args: argparse.Namespace) -> int:
    with open_journal(args, readonly_if_busy=True) as journal:
        gatherings = journal.gatherings()
    if args.json:
        print_json(
            [
                {
                    "id": g.id,
                    "name": g.name,
                    "start": g.start_date.isoformat(),
                    "end": (g.end_date or g.start_date).isoformat(),
                    "place": g.place,
                    "met": [p.name for p in g.people],
                }
                for g in gatherings
            ]
        )
        return EXIT_OK
    if not gatherings:
        print("No gatherings yet: record one with `trustjournal gathering add NAME --from DATE`.")
        return EXIT_OK
    width = len(str(max(g.id for g in gatherings)))
    for g in gatherings:
        where = f" · {g.place}" if g.place else ""
        print(f"{g.id:>{width}}  {_dates(g)}  {g.name}{where}")
        met = f"met {_names(g.people)}" if g.people else "nobody recorded"
        print(f"{'':>{width}}  {met}")
    return EXIT_OK


# -- people's aliases ---------------------------------------------------------------------------


def cmd_person_alias(args: argparse.Namespace) -> int:
    """Show a person's aliases, or replace them (`--clear` removes them all)."""
    if args.clear and args.aliases:
        raise UsageError("give aliases or --clear, not both")
    change = args.clear or bool(args.aliases)
    with open_journal(args, readonly_if_busy=not change) as journal:
        person = journal.person_by_name(args.name)
        if person is None:  # the name typed is not repeated: it may be the journal's
            raise CliError("Nobody in the journal has that name (any case, spaces tidied).")
        if change:
            person = journal.set_aliases(person.id, [] if args.clear else args.aliases)
    if args.json:
        print_json({"id": person.id, "name": person.name, "aliases": list(person.aliases)})
    elif person.aliases:
        now = "is now also called" if change else "is also called"
        print(f"{person.name} {now}: {', '.join(person.aliases)}.")
    else:
        print(f"{person.name} has no aliases" + (" now." if change else "."))
    return EXIT_OK


def cmd_person_edit(args: argparse.Namespace) -> int:
    """Show a person, or set their own cadence (0: the journal's) and whether they are one of
    my few; what is not given is kept."""
    from trustjournal.core.records import PersonDraft

    change = args.cadence is not None or args.few is not None
    with open_journal(args, readonly_if_busy=not change) as journal:
        person = journal.person_by_name(args.name)
        if person is None:  # the name typed is not repeated: it may be the journal's
            raise CliError("Nobody in the journal has that name (any case, spaces tidied).")
        if change:
            draft = PersonDraft(
                person.name,
                person.role,
                person.how_met,
                person.notes,
                person.archived,
                cadence_days=args.cadence,
                my_few=args.few,
            )
            person = journal.update_person(person.id, draft)
        journal_days = journal.tie_settings().cadence_days
    if args.json:
        print_json(
            {
                "id": person.id,
                "name": person.name,
                "role": person.role,
                "how_met": person.how_met,
                "archived": person.archived,
                "aliases": list(person.aliases),
                "cadence_days": person.cadence_days,
                "my_few": person.my_few,
            }
        )
        return EXIT_OK
    cadence = (
        f"every {person.cadence_days} days (their own cadence)"
        if person.cadence_days is not None
        else f"every {journal_days} days (the journal's cadence)"
    )
    few = "one of your few" if person.my_few else "not one of your few"
    print(f"{person.name}: keep in touch {cadence}; {few}.")
    return EXIT_OK
