"""`delete conversation|decision|gathering ID`, `delete person NAME` and `merge NAME INTO NAME`.

They do what the desktop app's Delete… and Merge… do (core/journal/removal.py), and say
first exactly what will go. The command line has no undo: on a terminal each asks once
(yes/no) unless `--yes`; without a terminal and without `--yes` it refuses and changes
nothing. Ids are the ones `search --json`, `decision list` and `gathering list` show.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from trustjournal.cli.common import EXIT_ERROR, EXIT_OK, CliError, open_journal
from trustjournal.core import kinds
from trustjournal.core.i18n import _, day_text, ngettext

# What counts as yes at the [y/N] prompt, in any language shown ("j"/"ja" in German).
YES = ("y", "yes")


def _confirm(args: argparse.Namespace, question: str) -> bool:
    """Ask once on the terminal (stdin) unless --yes; refuse when there is nobody to ask."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise CliError(
            _(
                "there is no terminal to ask on, so add --yes to confirm ({question}). "
                "Nothing was changed."
            ).format(question=question)
        )
    # Translators: the answers are in the brackets; "y" is the yes one ("j" in German).
    print(
        _("{question} This cannot be undone. [y/N] ").format(question=question), end="", flush=True
    )
    answer = sys.stdin.readline().strip().casefold()
    # Translators: the answers that mean yes at the [y/N] prompt, separated by spaces.
    if answer in (*YES, *_("y yes").split()):
        return True
    print(_("Nothing was changed."))
    return False


def _names(names: list[str]) -> str:
    return kinds.listing(names) if names else _("nobody")


def _person(journal: Any, name: str) -> Any:
    found = journal.person_by_name(name)
    if found is None:
        raise CliError(
            _("nobody called {name} in the journal (names are matched in any case)").format(
                name=repr(name)
            )
        )
    return found


def cmd_delete(args: argparse.Namespace) -> int:
    from trustjournal.core.errors import NotFound

    with open_journal(args) as journal:
        try:
            question, done, act = _plan(journal, args)
        except NotFound as exc:
            raise CliError(str(exc)) from None
        if not _confirm(args, question):
            return EXIT_ERROR
        act()
    print(done)
    return EXIT_OK


def _plan(journal: Any, args: argparse.Namespace) -> tuple[str, str, Any]:
    """The question to ask, what to say when done, and the delete itself."""
    what = args.what
    if what == "person":
        return _plan_person(journal, args)
    ident = _number(args.target, what)
    if what == "conversation":
        talk = journal.conversation(ident)
        day, people = day_text(talk.date), _names([p.name for p in talk.people])
        words = len(talk.note.split())
        question = ngettext(
            "Delete the conversation of {date} with {people} ({format}, {n} word)?",
            "Delete the conversation of {date} with {people} ({format}, {n} words)?",
            words,
        ).format(date=day, people=people, format=talk.format, n=words)
        done = _("Deleted the conversation of {date} with {people}.").format(
            date=day, people=people
        )
        return question, done, lambda: journal.delete_conversation(ident)
    if what == "decision":
        decision = journal.decision(ident)
        values = {"title": decision.title, "date": day_text(decision.date)}
        question = _(
            "Delete the decision “{title}” ({date})? Conversations linked to it stay, unlinked."
        ).format(**values)
        done = _("Deleted the decision “{title}” ({date}).").format(**values)
        return question, done, lambda: journal.delete_decision(ident)
    gathering = journal.gathering(ident)
    values = {"name": gathering.name, "date": day_text(gathering.start_date)}
    question = _(
        "Delete the gathering “{name}” ({date})? Conversations linked to it stay, unlinked."
    ).format(**values)
    done = _("Deleted the gathering “{name}” ({date}).").format(**values)
    return question, done, lambda: journal.delete_gathering(ident)


def _plan_person(journal: Any, args: argparse.Namespace) -> tuple[str, str, Any]:
    person = _person(journal, args.target)
    name = person.name
    solo, shared = journal.removal_counts(person.id)
    if shared and args.with_shared:
        talks = ngettext("{n} conversation", "{n} conversations", solo).format(n=solo)
        group = ngettext("{n} group conversation", "{n} group conversations", shared).format(
            n=shared
        )
        question = _(
            "Delete {name}, the {talks} with only them and the {group} they were in?"
        ).format(name=name, talks=talks, group=group)
    else:
        question = (
            ngettext(
                "Delete {name} and the {n} conversation with only them?",
                "Delete {name} and the {n} conversations with only them?",
                solo,
            ).format(name=name, n=solo)
            if solo
            else _("Delete {name}?").format(name=name)
        )
        if shared:
            question += " " + ngettext(
                "{n} group conversation stays, without them.",
                "{n} group conversations stay, without them.",
                shared,
            ).format(n=shared)
    gone = solo + (shared if args.with_shared else 0)
    done = ngettext(
        "Deleted {name} and {n} conversation.", "Deleted {name} and {n} conversations.", gone
    ).format(name=name, n=gone)
    return question, done, lambda: journal.delete_person(person.id, with_shared=args.with_shared)


def _number(text: str, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        why = (
            _(
                "{text} is not a {what} number: use the id that 'search --json' "
                "(or '{what} list') shows"
            )
            if what != "conversation"
            else _("{text} is not a conversation number: use the id that 'search --json' shows")
        )
        raise CliError(why.format(text=repr(text), what=what))
    return value


def cmd_merge(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        other = _person(journal, args.other)
        keep = _person(journal, args.keep)
        if other.id == keep.id:
            raise CliError(
                _("{other} and {keep} are the same person").format(
                    other=repr(other.name), keep=repr(keep.name)
                )
            )
        moving = ", ".join(
            [
                kinds.CONVERSATION.count(journal.count_conversations(other.id)),
                kinds.DECISION.count(len(journal.decisions(person_id=other.id))),
                kinds.GATHERING.count(len(journal.gatherings(person_id=other.id))),
            ]
        )
        question = _(
            "Merge {other} into {keep}? {other}'s {moving} move to {keep}, and “{other}” "
            "becomes one of {keep}'s aliases."
        ).format(other=other.name, keep=keep.name, moving=moving)
        if not _confirm(args, question):
            return EXIT_ERROR
        journal.merge(keep.id, other.id)
    print(_("Merged {other} into {keep}.").format(other=other.name, keep=keep.name))
    return EXIT_OK
