"""The `trustjournal` command: no arguments opens the app; subcommands for power users.

Conventions follow restic and keepassxc-cli: the passphrase comes from
`TRUSTJOURNAL_PASSPHRASE`, else `--passphrase-file`, else a prompt on the terminal;
`--json` output is stable and documented in README; exit status 0 is success, 1 an
error (one plain line on stderr, never a traceback), 2 a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from trustjournal import APP_NAME, __version__
from trustjournal.core.formats import DEFAULT_FORMAT, FORMATS
from trustjournal.core.signals import BY_CODE, valid_codes_text

if TYPE_CHECKING:
    from trustjournal.core.quarters import Quarter

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# The flag codes of core/ties.py, repeated here only to keep `--help` free of the core's
# import cost; tests/test_cli.py checks that the two lists agree.
FLAG_CHOICES = ("honest", "polish", "fading", "one_sided", "too_early")
PROG = "trustjournal"
DEBUG_ENV = "TRUSTJOURNAL_DEBUG"


class CliError(Exception):
    """An error the CLI reports as its one line on stderr."""


# -- argument types -----------------------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD"
        ) from None


def _signal(text: str) -> str:
    if text not in BY_CODE:
        raise argparse.ArgumentTypeError(
            f"unknown signal {text!r}; valid signals are {valid_codes_text()}"
        )
    return text


def _quarter(text: str) -> Quarter:
    from trustjournal.core.errors import InvalidInput
    from trustjournal.core.quarters import Quarter

    try:
        return Quarter.parse(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    # Global options are accepted before and after the subcommand; SUPPRESS keeps a
    # subcommand's parser from overwriting a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help="the journal folder (default: $TRUSTJOURNAL_VAULT, else your data folder)",
    )
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        default=argparse.SUPPRESS,
        help="read the passphrase from the first line of FILE",
    )

    parser = argparse.ArgumentParser(
        prog=PROG,
        parents=[common],
        description=f"{APP_NAME}: a private, encrypted journal of candid conversations. "
        "Without a command, opens the desktop app.",
        epilog="Passphrase: $TRUSTJOURNAL_PASSPHRASE, else --passphrase-file, else a prompt.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser(
        "init",
        parents=[common],
        help="create a new journal",
        description="Create a new, empty journal (asks for the passphrase twice).",
    )

    add = commands.add_parser(
        "add",
        parents=[common],
        help="record a conversation",
        description="Record a conversation. The note is --text, or standard input. "
        "People not yet in the journal are added.",
    )
    add.add_argument("people", metavar="PERSON", nargs="+", help="who was in the conversation")
    add.add_argument("--date", type=_date, default=None, help="YYYY-MM-DD (default: today)")
    add.add_argument(
        "--format", choices=list(FORMATS), default=DEFAULT_FORMAT, help=f"default: {DEFAULT_FORMAT}"
    )
    add.add_argument(
        "--signal",
        dest="signals",
        metavar="CODE",
        type=_signal,
        action="append",
        default=[],
        help="a signal code; repeat for several",
    )
    add.add_argument(
        "--text", default=None, help="the note (Markdown); default: read standard input"
    )

    find = commands.add_parser(
        "search",
        parents=[common],
        help="full-text search",
        description="Search notes, people, decisions and gatherings.",
    )
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--json", action="store_true", help="print JSON (see README)")
    find.add_argument(
        "--limit", type=int, default=50, help="at most this many results (default 50)"
    )

    commands.add_parser(
        "passphrase",
        parents=[common],
        help="change the passphrase",
        description="Change the passphrase. The new one comes from "
        "$TRUSTJOURNAL_NEW_PASSPHRASE, else a prompt (asked twice).",
    )
    commands.add_parser(
        "check",
        parents=[common],
        help="check the journal's integrity",
        description="Verify every encrypted page and the search index.",
    )
    ties = commands.add_parser(
        "ties",
        parents=[common],
        help="which ties carry honesty, and which only polish",
        description="Assess every tie from the journal: a flag, the practical-test roles and "
        "the reasons, grouped by flag, with a summary of depth against breadth.",
    )
    ties.add_argument("--as-of", type=_date, default=None, help="YYYY-MM-DD (default: today)")
    ties.add_argument("--flag", choices=FLAG_CHOICES, default=None, help="only ties with this flag")
    ties.add_argument("--all", action="store_true", help="include archived people")
    ties.add_argument("--json", action="store_true", help="print JSON (see README)")

    reflect = commands.add_parser(
        "reflect",
        parents=[common],
        help="the quarterly reflection: who was there, what changed",
        description="Reflect on one calendar quarter: who answered the practical test and on "
        "what evidence, how honest the conversations were, which ties deepened or faded, the "
        "uncomfortable decisions and who was there for them, what followed the gatherings, "
        "and what stands out.",
    )
    reflect.add_argument(
        "--quarter",
        type=_quarter,
        default=None,
        metavar="YYYYQN",
        help="like 2026Q3 (default: the last complete quarter before --as-of)",
    )
    reflect.add_argument(
        "--as-of", type=_date, default=None, help="look from this day, YYYY-MM-DD (default: today)"
    )
    reflect.add_argument("--json", action="store_true", help="print JSON (see README)")
    reflect.add_argument(
        "--with-written",
        action="store_true",
        help="include your written reflection for the quarter (left out by default)",
    )

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="fill a journal with a made-up demo",
        description="Fill an empty journal (created if missing) with a deterministic, made-up "
        "demo: people, conversations, decisions and gatherings that show every flag.",
    )
    demo.add_argument("--people", type=int, default=None, help="how many people (default 25)")
    demo.add_argument(
        "--conversations", type=int, default=None, help="how many conversations (default: ~2 years)"
    )
    demo.add_argument("--seed", type=int, default=1, help="same seed, same journal (default 1)")
    demo.add_argument("--as-of", type=_date, default=None, help="the demo ends on this date")
    demo.add_argument("--force", action="store_true", help="add to a journal that has entries")

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="write an encrypted backup of the whole journal",
        description="Write an encrypted backup of the whole journal to FILE. It opens with "
        "$TRUSTJOURNAL_BACKUP_PASSPHRASE if that is set, else with the journal passphrase "
        "in force now (asked for only if the journal needs it to open).",
    )
    backup.add_argument("--out", metavar="FILE", type=Path, required=True, help="a new file")
    verify = commands.add_parser(
        "verify",
        parents=[common],
        help="check a backup completely, writing nothing",
        description="Decrypt and check every part of a backup, and say when it was made, by "
        "which version, and what it holds. Passphrase: $TRUSTJOURNAL_BACKUP_PASSPHRASE, else "
        "$TRUSTJOURNAL_PASSPHRASE, else --passphrase-file, else a prompt.",
    )
    verify.add_argument("file", metavar="FILE", type=Path, help="the backup file")
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="restore a backup into a new journal",
        description="Restore a backup into a new journal in DIR (a new or empty folder; an "
        "existing journal is never overwritten). The new journal opens with the backup's "
        "passphrase. Passphrase as for verify.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup file")
    restore.add_argument(
        "--into", metavar="DIR", type=Path, required=True, help="a new or empty folder"
    )

    commands.add_parser(
        "signals",
        parents=[common],
        help="list the signal codes",
        description="List the signal codes that --signal accepts, by group.",
    )
    commands.add_parser(
        "install-desktop",
        help="add TrustJournal to your application menu (Linux)",
        description="Put TrustJournal's launcher, icons and AppStream metadata in your XDG "
        "data folder ($XDG_DATA_HOME, else ~/.local/share), so the app appears in the "
        "application menu with its icon and opens with this installation.",
    )
    commands.add_parser(
        "uninstall-desktop",
        help="remove TrustJournal from your application menu (Linux)",
        description="Remove what install-desktop put in your XDG data folder. Journals are "
        "never touched.",
    )
    # The packaged app's self-test (make bundle-test): open the journal, show the main
    # window offscreen, check it, quit. Not for people, so not listed.
    commands.add_parser("smoke-gui", parents=[common], help=argparse.SUPPRESS)
    return parser


# -- passphrases and opening ----------------------------------------------------------------


def _prompt(label: str) -> str:
    if os.name == "posix":
        try:
            with open("/dev/tty"):  # noqa: PTH123 - only probing for a terminal
                pass
        except OSError:
            raise CliError(
                "no passphrase given and no terminal to ask on: set TRUSTJOURNAL_PASSPHRASE "
                "or use --passphrase-file"
            ) from None
    try:
        return getpass.getpass(label)
    except EOFError:
        raise CliError("no passphrase given") from None


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    from_env = os.environ.get("TRUSTJOURNAL_PASSPHRASE")
    if from_env is not None:
        return from_env
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        try:
            raw = file.read_bytes()
        except OSError as exc:
            raise CliError(f"cannot read the passphrase file {file}: {exc.strerror}") from None
        try:
            return raw.decode("utf-8").splitlines()[0] if raw.strip() else ""
        except UnicodeDecodeError:
            raise CliError(f"the passphrase file {file} is not UTF-8 text") from None
    first = _prompt("Passphrase: " if not confirm else "New passphrase: ")
    if confirm and _prompt("Repeat the passphrase: ") != first:
        raise CliError("the two passphrases differ; nothing was changed")
    return first


def _backup_passphrase(args: argparse.Namespace) -> str:
    from_env = os.environ.get("TRUSTJOURNAL_BACKUP_PASSPHRASE")
    return from_env if from_env is not None else _passphrase(args)


def _new_passphrase() -> str:
    from_env = os.environ.get("TRUSTJOURNAL_NEW_PASSPHRASE")
    if from_env is not None:
        return from_env
    first = _prompt("New passphrase: ")
    if _prompt("Repeat the new passphrase: ") != first:
        raise CliError("the two passphrases differ; nothing was changed")
    return first


def _vault(args: argparse.Namespace) -> Path:
    from trustjournal.core.vault import default_path

    chosen: Path | None = getattr(args, "vault", None)
    return chosen.expanduser() if chosen is not None else default_path()


def _open(args: argparse.Namespace, *, readonly_if_busy: bool = False) -> Any:
    from trustjournal.core.errors import AlreadyOpen
    from trustjournal.core.journal import Journal

    path = _vault(args)

    def attempt(readonly: bool) -> Any:
        journal, note = Journal.open_remembered(path, readonly=readonly)
        if journal is not None:
            return journal
        if note:
            print(f"{PROG}: {note}", file=sys.stderr)
        return Journal.open(path, _passphrase(args), readonly=readonly)

    try:
        return attempt(readonly=False)
    except AlreadyOpen:
        if not readonly_if_busy:
            raise
        return attempt(readonly=True)


# -- commands ---------------------------------------------------------------------------------


def _cmd_init(args: argparse.Namespace) -> int:
    from trustjournal.core.errors import CreateFailed
    from trustjournal.core.journal import Journal
    from trustjournal.core.vault import check_new_passphrase

    path = _vault(args)
    passphrase = _passphrase(args, confirm=True)
    check_new_passphrase(passphrase)
    try:
        journal = Journal.create(path, passphrase)
    except CreateFailed as exc:
        raise CliError(
            f"{exc} Check that the folder can be written and the disk has space, or choose "
            "another folder with --vault."
        ) from None
    with journal:
        for note in journal.notes:
            print(f"{PROG}: {note}", file=sys.stderr)
    print(f"Created a new journal in {path}.")
    print("Keep your passphrase safe: without it, nobody (including us) can open the journal.")
    return EXIT_OK


def _read_note() -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        print("Write the note, then press Ctrl-D on an empty line.", file=sys.stderr)
    raw = sys.stdin.buffer.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(
            f"the note on standard input is not UTF-8 text (byte {raw[exc.start]:#04x} at "
            f"position {exc.start}); nothing was saved"
        ) from None


def _cmd_add(args: argparse.Namespace) -> int:
    from trustjournal.core.errors import JournalError
    from trustjournal.core.records import ConversationDraft

    # The note is read first, so that whatever fails next (passphrase, a full disk, a busy
    # journal) can hand it back instead of losing what was typed.
    note = args.text if args.text is not None else _read_note()
    try:
        with _open(args) as journal:
            known = [journal.person_by_name(name) for name in args.people]
            draft = ConversationDraft(
                people=tuple(p.id for p in known if p is not None),
                new_people=tuple(n for n, p in zip(args.people, known, strict=True) if p is None),
                date=args.date or dt.date.today(),
                format=args.format,
                note=note,
                signals=tuple(args.signals),
            )
            saved = journal.add_conversation(draft)
    except JournalError as exc:
        if not note:
            raise
        # Handed back on stdout so it can be kept; never written to a file of ours.
        print(f"{PROG}: {exc} Your note follows on standard output.", file=sys.stderr)
        sys.stdout.write(note)
        sys.stdout.flush()
        return EXIT_ERROR
    for name in draft.new_people:
        print(f"Added {' '.join(name.split())} to the journal as a new person.")
    names = ", ".join(p.name for p in saved.people)
    count = len(saved.signals)
    signals = f", {count} signal{'s' * (count != 1)}" if count else ""
    print(
        f"Saved conversation {saved.id}: {FORMATS[saved.format]} with {names} "
        f"on {saved.date.isoformat()}{signals}."
    )
    return EXIT_OK


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


def _cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        _usage_error("--limit must be at least 1")
    with _open(args, readonly_if_busy=True) as journal:
        hits = journal.search(args.query, limit=args.limit)
    if args.json:
        json.dump(
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
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return EXIT_OK
    if not hits:
        print(f"Nothing matches {args.query!r}.")
        return EXIT_OK
    tty = sys.stdout.isatty()
    for h in hits:
        when = h.date.isoformat() if h.date else " " * 10
        print(f"{when}  {h.kind} {h.id}: {h.title}")
        one_line = h.snippet.translate(_FLATTEN)  # same length, so the spans still fit
        print(f"{'':12}{_bold(one_line, h.highlights, tty)}")
    return EXIT_OK


def _cmd_passphrase(args: argparse.Namespace) -> int:
    from trustjournal.core.journal import Journal

    old = _passphrase(args)
    with Journal.open(_vault(args), old) as journal:
        new = _new_passphrase()
        note = journal.change_passphrase(old, new)
    if note:
        print(f"{PROG}: {note}", file=sys.stderr)
    print("Passphrase changed. The old passphrase no longer opens this journal.")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    with _open(args) as journal:
        problems = journal.check()
    if not problems:
        print("No problems found: every encrypted page and the search index check out.")
        return EXIT_OK
    print(f"{len(problems)} problem{'s' * (len(problems) != 1)} found:")
    for line in problems:
        print(f"  {line}")
    return EXIT_ERROR


def _cmd_signals(_args: argparse.Namespace) -> int:
    from trustjournal.core.signals import GROUP_LABELS, Group, in_group

    for group in Group:
        print(f"{GROUP_LABELS[group]}:")
        for s in in_group(group):
            print(f"  {s.code:<28} {s.label}. {s.explanation}")
    return EXIT_OK


def _cmd_ties(args: argparse.Namespace) -> int:
    from trustjournal.core import ties

    as_of = args.as_of or dt.date.today()
    with _open(args, readonly_if_busy=True) as journal:
        settings = journal.tie_settings()  # the cadence chosen for this journal
        assessed = journal.assess_ties(as_of, settings)
    summary = ties.capacity(assessed, as_of, settings)
    shown = [a for a in assessed if args.all or not a.archived]
    if args.flag:
        shown = [a for a in shown if a.flag == args.flag]
    shown.sort(key=ties.by_depth)
    if args.json:
        json.dump(_ties_json(shown, summary, as_of), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(_ties_text(shown, summary, as_of, ties))
    return EXIT_OK


def _ties_json(shown: Sequence[Any], summary: Any, as_of: dt.date) -> dict[str, Any]:
    def day(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "as_of": as_of.isoformat(),
        "ties": [
            {
                "person": a.person.name,
                "person_id": a.person.id,
                "flag": str(a.flag),
                "roles": [str(r) for r in a.roles],
                "roles_early_evidence": a.early_roles,
                "reasons": list(a.reasons),
                "conversations": a.conversations,
                "honest_conversations": a.honest_conversations,
                "last_conversation": day(a.last_conversation),
                "last_honest_conversation": day(a.last_honest_conversation),
            }
            for a in shown
        ],
        "summary": {
            "counts": {str(flag): n for flag, n in summary.counts.items()},
            "honest": summary.honest,
            "others": summary.others,
            "notes": list(summary.notes),
        },
    }


_ROLE_WORDS = {
    "call_when_uncomfortable": "call",
    "challenges_framing": "challenges",
    "understands_constraints": "constraints",
}


def _ties_text(shown: Sequence[Any], summary: Any, as_of: dt.date, ties: Any) -> str:
    lines = [f"Ties as of {as_of.isoformat()}"]
    width = max((len(a.person.name) for a in shown), default=0)
    for flag in ties.FLAG_ORDER:
        group = [a for a in shown if a.flag is flag]
        if not group:
            continue
        lines += ["", f"{ties.FLAG_LABELS[flag]} ({len(group)})"]
        for a in group:
            roles = ", ".join(_ROLE_WORDS[r] for r in a.roles) + (" so far" * a.early_roles)
            last = a.last_conversation.isoformat() if a.last_conversation else "never"
            lines.append(
                f"  {a.person.name:<{width}}  {('[' + roles + ']') if roles else '':<33}"
                f"  last {last:<10}  {a.reasons[0]}"
            )
    if not shown:
        lines += ["", "No ties to show."]
    lines += ["", ties.capacity_sentence(summary)]
    lines += [f"Note: {note}." for note in summary.notes]
    return "\n".join(lines)


def _cmd_reflect(args: argparse.Namespace) -> int:
    import shutil

    from trustjournal.core import reflection_report
    from trustjournal.core.quarters import check_started, last_complete

    as_of = args.as_of or dt.date.today()
    quarter = check_started(args.quarter or last_complete(as_of), as_of)  # before the passphrase
    with _open(args, readonly_if_busy=True) as journal:
        found = journal.reflect(quarter, as_of)
    if args.json:
        report = reflection_report.as_json(found, with_written=args.with_written)
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    width = min(shutil.get_terminal_size().columns, 100)
    print(reflection_report.as_text(found, width, with_written=args.with_written))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from trustjournal.core import demo
    from trustjournal.core.journal import Journal
    from trustjournal.core.vault import Vault, check_new_passphrase

    for name in ("people", "conversations"):
        value = getattr(args, name)
        if value is not None and value < 1:
            _usage_error(f"--{name} must be at least 1")
    path = _vault(args)
    if Vault(path).exists():
        journal = _open(args)
    else:
        passphrase = _passphrase(args, confirm=True)
        check_new_passphrase(passphrase)
        journal = Journal.create(path, passphrase)
        print(f"Created a new journal in {path}.")
    with journal:
        if not args.force and any(journal.counts().values()):
            raise CliError(
                "this journal already has entries; the demo only fills an empty journal "
                "(add --force to add it anyway)"
            )
        report = demo.build(
            journal,
            people=args.people,
            conversations=args.conversations,
            seed=args.seed,
            as_of=args.as_of,
            progress=_bar("Writing the demo"),
        )
    print(
        f"Filled the journal with a made-up demo: {report.people:,} people, "
        f"{report.conversations:,} conversations, {report.decisions:,} decisions, "
        f"{report.gatherings} gatherings (seed {args.seed}, ending {report.as_of.isoformat()})."
    )
    print(f"Try: {PROG} ties --as-of {report.as_of.isoformat()}")
    return EXIT_OK


def _bar(label: str) -> Callable[[int, int], None] | None:
    """A progress bar on stderr when it is a terminal (else nothing)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        end = "\n" if done >= total else ""
        bar = "#" * filled + "." * (width - filled)
        print(f"\r{label} [{bar}] {done:,} of {total:,}", end=end, file=sys.stderr, flush=True)

    return show


def _counts_text(counts: dict[str, int]) -> str:
    listed = [item for item in counts.items() if item[0] in _SINGULAR]  # not "settings"
    shown = sorted(listed, key=lambda item: list(_SINGULAR).index(item[0]))
    parts = [f"{n:,} {name if n != 1 else _SINGULAR[name]}" for name, n in shown]
    return ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else "".join(parts)


# In the order they are listed to people.
_SINGULAR = {
    "people": "person",
    "conversations": "conversation",
    "decisions": "decision",
    "gatherings": "gathering",
    "reflections": "reflection",
    "drafts": "draft",
}


def _size_text(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.1f} kB"


def _cmd_backup(args: argparse.Namespace) -> int:
    from trustjournal.core import backup

    separate = os.environ.get("TRUSTJOURNAL_BACKUP_PASSPHRASE")
    with _open(args, readonly_if_busy=True) as journal:
        info = backup.make(journal, args.out, passphrase=separate, progress=_bar("Backing up"))
    print(f"Backed up {_counts_text(info.counts)} to {args.out} ({_size_text(info.size)}).")
    if separate is None:
        print("It opens with the journal passphrase in force now, also after you change it.")
    else:
        print("It opens with the backup passphrase ($TRUSTJOURNAL_BACKUP_PASSPHRASE) only.")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from trustjournal.core import backup

    info = backup.verify(args.file, _backup_passphrase(args), progress=_bar("Verifying"))
    made = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(
        f"{args.file} is a complete, intact backup made {made} by TrustJournal "
        f"{info.app_version} ({_size_text(info.size)}): {_counts_text(info.counts)}."
    )
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from trustjournal.core import backup

    passphrase = _backup_passphrase(args)
    into = backup.restore(args.file, passphrase, args.into, progress=_bar("Restoring"))
    print(f"Restored the backup into a new journal in {into}.")
    print(f"It opens with the backup's passphrase: {PROG} --vault {into}")
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from trustjournal.gui import system

    problem = system.display_problem()
    if problem:
        raise CliError(problem)
    missing = system.missing_packages()
    if missing:
        print(system.missing_message(missing), file=sys.stderr, end="")
        return EXIT_ERROR
    from trustjournal.gui.app import main as gui_main

    return gui_main(_vault(args))


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from trustjournal import desktop

    for line in desktop.install():
        print(line)
    return EXIT_OK


def _cmd_uninstall_desktop(args: argparse.Namespace) -> int:
    from trustjournal import desktop

    for line in desktop.uninstall():
        print(line)
    return EXIT_OK


def _cmd_smoke_gui(args: argparse.Namespace) -> int:
    from trustjournal.gui import smoke

    return smoke.run(_vault(args), _passphrase(args))


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: _cmd_gui,
    "init": _cmd_init,
    "add": _cmd_add,
    "search": _cmd_search,
    "passphrase": _cmd_passphrase,
    "check": _cmd_check,
    "signals": _cmd_signals,
    "ties": _cmd_ties,
    "reflect": _cmd_reflect,
    "demo": _cmd_demo,
    "backup": _cmd_backup,
    "verify": _cmd_verify,
    "restore": _cmd_restore,
    "install-desktop": _cmd_install_desktop,
    "uninstall-desktop": _cmd_uninstall_desktop,
    "smoke-gui": _cmd_smoke_gui,
}


def _usage_error(message: str) -> NoReturn:
    _parser().error(message)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from trustjournal.core.errors import JournalError

    try:
        return COMMANDS[args.command](args)
    except (JournalError, CliError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing more was saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"{PROG}: internal error ({type(exc).__name__}). Nothing from your journal is in "
            f"this message; set {DEBUG_ENV}=1 to see the details on this terminal.",
            file=sys.stderr,
        )
        return EXIT_ERROR
