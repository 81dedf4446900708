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


def _confirm(args: argparse.Namespace, question: str) -> bool:
    """Ask once on the terminal (stdin) unless --yes; refuse when there is nobody to ask."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise CliError(
            f"there is no terminal to ask on, so add --yes to confirm ({question}). "
            "Nothing was changed."
        )
    print(f"{question} This cannot be undone. [y/N] ", end="", flush=True)
    answer = sys.stdin.readline().strip().casefold()
    if answer in ("y", "yes"):
        return True
    print("Nothing was changed.")
    return False


def _with(names: list[str]) -> str:
    if not names:
        return "with nobody"
    return "with " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one}" if n == 1 else f"{n} {many or one + 's'}"


def _person(journal: Any, name: str) -> Any:
    found = journal.person_by_name(name)
    if found is None:
        raise CliError(f"nobody called {name!r} in the journal (names are matched in any case)")
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
        person = _person(journal, args.target)
        solo, shared = journal.removal_counts(person.id)
        talks = _plural(solo, "conversation")
        question = f"Delete {person.name} and the {talks} with only them?"
        if not solo:
            question = f"Delete {person.name}?"
        if shared and args.with_shared:
            question = (
                f"Delete {person.name}, the {talks} with only them and the "
                f"{_plural(shared, 'group conversation')} they were in?"
            )
        elif shared:
            question += (
                f" {_plural(shared, 'group conversation')} "
                f"{'stays' if shared == 1 else 'stay'}, without them."
            )
        gone = solo + (shared if args.with_shared else 0)
        done = f"Deleted {person.name} and {_plural(gone, 'conversation')}."
        return (
            question,
            done,
            lambda: journal.delete_person(person.id, with_shared=args.with_shared),
        )
    ident = _number(args.target, what)
    if what == "conversation":
        talk = journal.conversation(ident)
        about = (
            f"the conversation of {talk.date.isoformat()} {_with([p.name for p in talk.people])}"
        )
        words = len(talk.note.split())
        question = f"Delete {about} ({talk.format}, {_plural(words, 'word')})?"
        return question, f"Deleted {about}.", lambda: journal.delete_conversation(ident)
    if what == "decision":
        decision = journal.decision(ident)
        about = f"the decision “{decision.title}” ({decision.date.isoformat()})"
        question = f"Delete {about}? Conversations linked to it stay, unlinked."
        return question, f"Deleted {about}.", lambda: journal.delete_decision(ident)
    gathering = journal.gathering(ident)
    about = f"the gathering “{gathering.name}” ({gathering.start_date.isoformat()})"
    question = f"Delete {about}? Conversations linked to it stay, unlinked."
    return question, f"Deleted {about}.", lambda: journal.delete_gathering(ident)


def _number(text: str, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise CliError(
            f"{text!r} is not a {what} number: use the id that 'search --json' "
            f"(or '{what} list') shows"
            if what != "conversation"
            else f"{text!r} is not a conversation number: use the id that 'search --json' shows"
        )
    return value


def cmd_merge(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        other = _person(journal, args.other)
        keep = _person(journal, args.keep)
        if other.id == keep.id:
            raise CliError(f"{other.name!r} and {keep.name!r} are the same person")
        moving = ", ".join(
            [
                _plural(journal.count_conversations(other.id), "conversation"),
                _plural(len(journal.decisions(person_id=other.id)), "decision"),
                _plural(len(journal.gatherings(person_id=other.id)), "gathering"),
            ]
        )
        question = (
            f"Merge {other.name} into {keep.name}? {other.name}'s {moving} move to "
            f"{keep.name}, and “{other.name}” becomes one of {keep.name}'s aliases."
        )
        if not _confirm(args, question):
            return EXIT_ERROR
        journal.merge(keep.id, other.id)
    print(f"Merged {other.name} into {keep.name}.")
    return EXIT_OK
