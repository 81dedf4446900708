"""The commands that write and read the journal itself: init, add, search, passphrase,
check, signals and demo."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from collections.abc import Sequence
from typing import Any

from trustjournal.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    PROG,
    CliError,
    UsageError,
    new_passphrase,
    open_journal,
    passphrase,
    print_json,
    progress_bar,
    vault_path,
)
from trustjournal.core import kinds
from trustjournal.core.formats import FORMATS
from trustjournal.core.i18n import _, day_text, ngettext


def cmd_init(args: argparse.Namespace) -> int:
    from trustjournal.core.errors import CreateFailed
    from trustjournal.core.journal.service import Journal
    from trustjournal.core.store.vault import check_new_passphrase

    path = vault_path(args)
    chosen = passphrase(args, confirm=True)
    check_new_passphrase(chosen)
    try:
        journal = Journal.create(path, chosen)
    except CreateFailed as exc:
        raise CliError(
            _(
                "{error} Check that the folder can be written and the disk has space, or "
                "choose another folder with --vault."
            ).format(error=exc)
        ) from None
    with journal:
        for note in journal.notes:
            print(f"{PROG}: {note}", file=sys.stderr)
    print(_("Created a new journal in {path}.").format(path=path))
    print(_("Keep your passphrase safe: without it, nobody (including us) can open the journal."))
    return EXIT_OK


def read_note() -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        print(_("Write the note, then press Ctrl-D on an empty line."), file=sys.stderr)
    raw = sys.stdin.buffer.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(
            f"the note on standard input is not UTF-8 text (byte {raw[exc.start]:#04x} at "
            f"position {exc.start}); nothing was saved"
        ) from None


def _new_names(names: Sequence[str], known: Sequence[object | None]) -> tuple[str, ...]:
    """The names not in the journal yet, each once whatever its case (the first spelling)."""
    found: dict[str, str] = {}
    for name, person in zip(names, known, strict=True):
        if person is None:
            tidy = " ".join(name.split())
            found.setdefault(tidy.casefold(), tidy)
    return tuple(found.values())


def cmd_add(args: argparse.Namespace) -> int:
    from trustjournal.core.errors import JournalError, NotFound
    from trustjournal.core.records import ConversationDraft

    # The note is read first, so that whatever fails next (passphrase, a full disk, a busy
    # journal) can hand it back instead of losing what was typed.
    note = args.text if args.text is not None else read_note()
    accepted: tuple[str, ...] = ()
    try:
        with open_journal(args) as journal:
            shown, accepted = _suggested(args, note, journal)
            known = [journal.person_by_name(name) for name in args.people]
            draft = ConversationDraft(
                people=tuple(p.id for p in known if p is not None),
                new_people=_new_names(args.people, known),
                date=args.date or dt.date.today(),
                format=args.format,
                note=note,
                signals=tuple(dict.fromkeys((*args.signals, *accepted))),
                decision_id=args.decision,
                gathering_id=args.gathering,
            )
            with journal.batch():  # the conversation and what it teaches: one fsync
                saved = journal.add_conversation(draft)
                # How this leader writes, in its own savepoint: never worth a failed save.
                with contextlib.suppress(JournalError):
                    journal.learn_from(note, saved.signals, shown)
    except JournalError as exc:
        said = str(exc)
        if isinstance(exc, NotFound):  # a --decision or --gathering id that is not there
            said += " " + _("`trustjournal decision list` and `gathering list` show the ids.")
        if not note:
            raise CliError(said) from None
        # Handed back on stdout so it can be kept; never written to a file of ours.
        print(
            f"{PROG}: " + _("{error} Your note follows on standard output.").format(error=said),
            file=sys.stderr,
        )
        sys.stdout.write(note)
        sys.stdout.flush()
        return EXIT_ERROR
    for name in draft.new_people:
        print(_("Added {name} to the journal as a new person.").format(name=" ".join(name.split())))
    if accepted:
        from trustjournal.core.judgement.signals import BY_CODE

        labels = ", ".join(BY_CODE[code].label for code in accepted)
        print(
            ngettext(
                "Recorded {n} suggested signal: {labels}.",
                "Recorded {n} suggested signals: {labels}.",
                len(accepted),
            ).format(n=len(accepted), labels=labels)
        )
    names = ", ".join(p.name for p in saved.people)
    count = len(saved.signals)
    values = {
        "id": saved.id,
        "format": FORMATS[saved.format],
        "names": names,
        "date": day_text(saved.date),
        "n": count,
    }
    said = (
        ngettext(
            "Saved conversation {id}: {format} with {names} on {date}, {n} signal.",
            "Saved conversation {id}: {format} with {names} on {date}, {n} signals.",
            count,
        )
        if count
        else _("Saved conversation {id}: {format} with {names} on {date}.")
    )
    print(said.format(**values))
    return EXIT_OK


def _suggested(
    args: argparse.Namespace, note: str, journal: Any
) -> tuple[Sequence[Any], tuple[str, ...]]:
    """The suggestions shown and the signals among them to record: every one with
    --accept-suggested; with --suggest the ones chosen on the terminal (none without one).
    They are the rules' and what the journal has learned of how its leader writes."""
    if not (args.suggest or args.accept_suggested):
        return (), ()
    from trustjournal.cli import suggesting

    found = suggesting.suggestions_for(
        note, args.people, besides=args.signals, learned=journal.learned()
    )
    if args.accept_suggested:
        return found, tuple(s.signal for s in found)
    suggesting.show(found, sys.stderr, note, sys.stderr.isatty())
    chosen = suggesting.choose(found, suggesting.terminal_question())
    if found and not chosen:
        print(
            f"{PROG}: no suggestion recorded; --accept-suggested records them all, "
            "--signal CODE the ones you choose.",
            file=sys.stderr,
        )
    return found, chosen


_FLATTEN = {ord(c): " " for c in "\r\n\t\v\f"}


def _bold(text: str, spans: Sequence[tuple[int, int]], tty: bool) -> str:
    if not tty:
        return text
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], "\033[1m", text[start:end], "\033[0m"]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError(_("--limit must be at least 1"))
    with open_journal(args, readonly_if_busy=True) as journal:
        hits = journal.search(args.query, limit=args.limit)
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "id": h.id,
                    "date": h.date.isoformat() if h.date else None,
                    "title": h.title,
                    "people": list(h.people),
                    "snippet": h.snippet,
                    "highlights": [list(span) for span in h.highlights],
                }
                for h in hits
            ]
        )
        return EXIT_OK
    if not hits:
        print(_("Nothing matches {query}.").format(query=repr(args.query)))
        return EXIT_OK
    tty = sys.stdout.isatty()
    days = [day_text(h.date) if h.date else "" for h in hits]
    width = max(len(day) for day in days)
    for h, day in zip(hits, days, strict=True):
        print(f"{day:<{width}}  {h.kind} {h.id}: {h.title}")
        one_line = h.snippet.translate(_FLATTEN)  # same length, so the spans still fit
        print(f"{'':{width + 2}}{_bold(one_line, h.highlights, tty)}")
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace) -> int:
    from trustjournal.core.journal.service import Journal

    old = passphrase(args)
    with Journal.open(vault_path(args), old) as journal:
        new = new_passphrase()
        note = journal.change_passphrase(old, new)
    if note:
        print(f"{PROG}: {note}", file=sys.stderr)
    print(_("Passphrase changed. The old passphrase no longer opens this journal."))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        problems = journal.check()
    if not problems:
        print(_("No problems found: every encrypted page and the search index check out."))
        return EXIT_OK
    n = len(problems)
    print(ngettext("{n} problem found:", "{n} problems found:", n).format(n=n))
    for line in problems:
        print(f"  {line}")
    return EXIT_ERROR


def cmd_signals(_args: argparse.Namespace) -> int:
    from trustjournal.core.judgement.signals import GROUP_LABELS, Group, in_group

    for group in Group:
        print(f"{GROUP_LABELS[group]}:")
        for s in in_group(group):
            print(f"  {s.code:<28} {s.label}. {s.explanation}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from trustjournal.core.demo import builder as demo
    from trustjournal.core.journal.service import Journal
    from trustjournal.core.store.vault import Vault, check_new_passphrase

    for name in ("people", "conversations"):
        value = getattr(args, name)
        if value is not None and value < 1:
            raise UsageError(f"--{name} must be at least 1")
    path = vault_path(args)
    if Vault(path).exists():
        journal = open_journal(args)
    else:
        chosen = passphrase(args, confirm=True)
        check_new_passphrase(chosen)
        journal = Journal.create(path, chosen)
        print(_("Created a new journal in {path}.").format(path=path))
    with journal:
        if not args.force and any(journal.counts().values()):
            raise CliError(
                _(
                    "this journal already has entries; the demo only fills an empty journal "
                    "(add --force to add it anyway)"
                )
            )
        report = demo.build(
            journal,
            people=args.people,
            conversations=args.conversations,
            seed=args.seed,
            as_of=args.as_of,
            progress=progress_bar("Writing the demo"),
        )
    print(
        _("Filled the journal with a made-up demo: {counts} (seed {seed}, ending {date}).").format(
            counts=", ".join(
                [
                    kinds.PERSON.count(report.people),
                    kinds.CONVERSATION.count(report.conversations),
                    kinds.DECISION.count(report.decisions),
                    kinds.GATHERING.count(report.gatherings),
                ]
            ),
            seed=args.seed,
            date=day_text(report.as_of),
        )
    )
    print(_("Try: {command}").format(command=f"{PROG} ties --as-of {report.as_of.isoformat()}"))
    return EXIT_OK
