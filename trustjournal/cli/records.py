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
from trustjournal.core.i18n import N_, _, day_text

# A decision's status as the lists say it (the stored codes are English words).
STATUS = {"open": N_("open"), "decided": N_("decided")}
NOBODY_CALLED = N_("Nobody in the journal has that name (any case, spaces tidied).")


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
        print(_("Added {name} to the journal as a new person.").format(name=name))


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
    said = (
        _(
            "Saved decision {id}: “{title}” ({date}, discomfort {n} of 5, {status}), "
            "consulted {names}."
        )
        if saved.consulted
        else _(
            "Saved decision {id}: “{title}” ({date}, discomfort {n} of 5, {status}), "
            "nobody consulted."
        )
    )
    print(
        said.format(
            id=saved.id,
            title=saved.title,
            date=day_text(saved.date),
            n=saved.discomfort,
            status=_(STATUS.get(saved.status, saved.status)),
            names=_names(saved.consulted),
        )
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
        print(_("No decisions yet: record one with `trustjournal decision add TITLE`."))
        return EXIT_OK
    width = len(str(max(d.id for d in decisions)))
    days = _column([day_text(d.date) for d in decisions])
    statuses = _column([_(STATUS.get(d.status, d.status)) for d in decisions])
    for d, day, status in zip(decisions, days, statuses, strict=True):
        discomfort = _("discomfort {n} of 5").format(n=d.discomfort)
        print(f"{d.id:>{width}}  {day}  {discomfort}  {status}  {d.title}")
        who = (
            _("consulted {names}").format(names=_names(d.consulted))
            if d.consulted
            else _("nobody consulted")
        )
        if d.changed_framing:
            who = _("{who}; changed your framing: {names}").format(
                who=who, names=_names(d.changed_framing)
            )
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
    met = _(", met {names}").format(names=_names(saved.people)) if saved.people else ""
    print(
        _("Saved gathering {id}: {name} ({dates}{where}){met}.").format(
            id=saved.id, name=saved.name, dates=_dates(saved), where=where, met=met
        )
    )
    return EXIT_OK


def _dates(g: Any) -> str:
    start: dt.date = g.start_date
    end: dt.date | None = g.end_date
    if end is None:
        return day_text(start)
    return _("{start} to {end}").format(start=day_text(start), end=day_text(end))


def _column(texts: list[str]) -> list[str]:
    """`texts` padded to the widest, for a list's column."""
    width = max((len(t) for t in texts), default=0)
    return [f"{t:<{width}}" for t in texts]


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
        print(
            _("No gatherings yet: record one with `trustjournal gathering add NAME --from DATE`.")
        )
        return EXIT_OK
    width = len(str(max(g.id for g in gatherings)))
    for g, dates in zip(gatherings, _column([_dates(g) for g in gatherings]), strict=True):
        where = f" · {g.place}" if g.place else ""
        print(f"{g.id:>{width}}  {dates}  {g.name}{where}")
        met = _("met {names}").format(names=_names(g.people)) if g.people else _("nobody recorded")
        print(f"{'':>{width}}  {met}")
    return EXIT_OK


# -- people's aliases ---------------------------------------------------------------------------


def cmd_person_alias(args: argparse.Namespace) -> int:
    """Show a person's aliases, or replace them (`--clear` removes them all)."""
    if args.clear and args.aliases:
        raise UsageError(_("give aliases or --clear, not both"))
    change = args.clear or bool(args.aliases)
    with open_journal(args, readonly_if_busy=not change) as journal:
        person = journal.person_by_name(args.name)
        if person is None:  # the name typed is not repeated: it may be the journal's
            raise CliError(_(NOBODY_CALLED))
        if change:
            person = journal.set_aliases(person.id, [] if args.clear else args.aliases)
    if args.json:
        print_json({"id": person.id, "name": person.name, "aliases": list(person.aliases)})
    elif person.aliases:
        said = (
            _("{name} is now also called: {aliases}.")
            if change
            else _("{name} is also called: {aliases}.")
        )
        print(said.format(name=person.name, aliases=", ".join(person.aliases)))
    else:
        said = _("{name} has no aliases now.") if change else _("{name} has no aliases.")
        print(said.format(name=person.name))
    return EXIT_OK


def cmd_person_edit(args: argparse.Namespace) -> int:
    """Show a person, or set their own cadence (0: the journal's) and whether they are one of
    my few; what is not given is kept."""
    from trustjournal.core.records import PersonDraft

    change = args.cadence is not None or args.few is not None
    with open_journal(args, readonly_if_busy=not change) as journal:
        person = journal.person_by_name(args.name)
        if person is None:  # the name typed is not repeated: it may be the journal's
            raise CliError(_(NOBODY_CALLED))
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
    own = person.cadence_days is not None
    days = person.cadence_days if own else journal_days
    said = {
        (True, True): _(
            "{name}: keep in touch every {n} days (their own cadence); one of your few."
        ),
        (True, False): _(
            "{name}: keep in touch every {n} days (their own cadence); not one of your few."
        ),
        (False, True): _(
            "{name}: keep in touch every {n} days (the journal's cadence); one of your few."
        ),
        (False, False): _(
            "{name}: keep in touch every {n} days (the journal's cadence); not one of your few."
        ),
    }[own, bool(person.my_few)]
    print(said.format(name=person.name, n=days))
    return EXIT_OK
