"""The command line's grammar: every command, its options and their help.

Only light modules are imported here (formats, signals, record constants): `--help` and a
usage error never pay for the journal's store.
"""

from __future__ import annotations

import argparse
import difflib
from pathlib import Path
from typing import Any

from trustjournal import APP_NAME, __version__
from trustjournal.cli.common import PROG, date_arg, quarter_arg, signal_arg
from trustjournal.core.formats import DEFAULT_FORMAT, FORMATS
from trustjournal.core.records import DECISION_STATUSES, DISCOMFORT_RANGE

# The flag codes of core/judgement/ties.py, repeated here only to keep `--help` free of the core's
# import cost; tests/test_tie_report.py checks that the two lists agree.
FLAG_CHOICES = ("honest", "polish", "fading", "one_sided", "too_early")
DEFAULT_DISCOMFORT = 3  # a decision added without --discomfort: neither easy nor hard


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose "unrecognized arguments" names the option meant when one
    is close (`--neww`: did you mean --new?) and says where the options are listed."""

    def error(self, message: str) -> Any:  # NoReturn: argparse exits
        unknown = "unrecognized arguments: "
        if message.startswith(unknown):
            words = message.removeprefix(unknown).split()
            known = list(self._option_string_actions)
            for word in words:
                close = difflib.get_close_matches(word.split("=")[0], known, n=1, cutoff=0.75)
                if word.startswith("--") and close and close[0] != word:
                    message += f" (did you mean {close[0]}?)"
                    break
            message += f"; '{PROG} --help' lists the options"
        super().error(message)


def build() -> argparse.ArgumentParser:
    """The whole command line: every command, its options and their help."""
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

    parser = Parser(
        prog=PROG,
        parents=[common],
        description=f"{APP_NAME}: a private, encrypted journal of candid conversations. "
        "Without a command, opens the desktop app.",
        epilog="Passphrase: $TRUSTJOURNAL_PASSPHRASE, else --passphrase-file, else a prompt.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--new",
        action="store_true",
        help="open the desktop app straight into a new conversation (after the unlock; in "
        "the running app when it is open)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    _command(
        commands,
        "init",
        parents=[common],
        help="create a new journal",
        description="Create a new, empty journal (asks for the passphrase twice).",
    )

    add = _command(
        commands,
        "add",
        parents=[common],
        help="record a conversation",
        description="Record a conversation. The note is --text, or standard input. "
        "People not yet in the journal are added.",
    )
    add.add_argument("people", metavar="PERSON", nargs="+", help="who was in the conversation")
    add.add_argument("--date", type=date_arg, default=None, help="YYYY-MM-DD (default: today)")
    add.add_argument(
        "--format", choices=list(FORMATS), default=DEFAULT_FORMAT, help=f"default: {DEFAULT_FORMAT}"
    )
    add.add_argument(
        "--signal",
        dest="signals",
        metavar="CODE",
        type=signal_arg,
        action="append",
        default=[],
        help="a signal code; repeat for several",
    )
    add.add_argument(
        "--text", default=None, help="the note (Markdown); default: read standard input"
    )
    suggested = add.add_mutually_exclusive_group()
    suggested.add_argument(
        "--suggest",
        action="store_true",
        help="show the signals the note suggests, with the words that show them, and ask "
        "which to record (none without a terminal)",
    )
    suggested.add_argument(
        "--accept-suggested",
        action="store_true",
        help="record every signal the note suggests, besides any --signal",
    )
    add.add_argument(
        "--decision", metavar="ID", type=int, default=None, help="link it to this decision"
    )
    add.add_argument(
        "--gathering", metavar="ID", type=int, default=None, help="link it to this gathering"
    )

    find = _command(
        commands,
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

    _command(
        commands,
        "passphrase",
        parents=[common],
        help="change the passphrase",
        description="Change the passphrase. The new one comes from "
        "$TRUSTJOURNAL_NEW_PASSPHRASE, else a prompt (asked twice).",
    )
    keyed = _command(
        commands,
        "recovery-key",
        parents=[common],
        help="make, replace or remove the recovery key",
        description="Make a recovery key and print it once: it opens the journal if you "
        "forget your passphrase (`trustjournal recover`). Whoever holds it can open the journal.",
    )
    which = keyed.add_mutually_exclusive_group()
    which.add_argument(
        "--replace",
        action="store_true",
        help="replace the existing recovery key without asking (the old one stops working)",
    )
    which.add_argument("--remove", action="store_true", help="remove the recovery key")
    _command(
        commands,
        "recover",
        parents=[common],
        help="set a new passphrase with the recovery key",
        description="Unlock with the recovery key and set a new passphrase. The key comes "
        "from $TRUSTJOURNAL_RECOVERY_KEY, else a prompt; the new passphrase from "
        "$TRUSTJOURNAL_NEW_PASSPHRASE, else a prompt (asked twice).",
    )
    synced = _command(
        commands,
        "sync",
        parents=[common],
        help="sync with your other devices through a folder",
        description="Run one sync round through a folder your sync app (Syncthing, Dropbox, "
        "iCloud Drive, OneDrive, Nextcloud) already keeps on each device. The first time, "
        "--folder DIR links the journal to DIR; later rounds need no --folder.",
    )
    synced.add_argument("--folder", type=Path, default=None, help="the folder to sync through")
    synced.add_argument("--name", default=None, help="this device's name (default: host name)")
    synced.add_argument(
        "--revoke",
        metavar="DEVICE",
        default=None,
        help="refuse the later changes of DEVICE (its name or id)",
    )
    synced.add_argument(
        "--unlink", action="store_true", help="stop syncing this journal (its entries stay)"
    )
    synced.add_argument("--json", action="store_true", help="print JSON (see README)")
    joined = _command(
        commands,
        "join",
        parents=[common],
        help="make this device's copy of a journal from its sync folder",
        description="Make a new journal in --vault from a sync folder another device linked "
        "(`trustjournal sync --folder DIR`), opened with the same passphrase, and sync.",
    )
    joined.add_argument("folder", type=Path, metavar="DIR", help="the sync folder")
    joined.add_argument("--name", default=None, help="this device's name (default: host name)")
    joined.add_argument("--json", action="store_true", help="print JSON (see README)")
    _command(
        commands,
        "check",
        parents=[common],
        help="check the journal's integrity",
        description="Verify every encrypted page and the search index.",
    )
    ties = _command(
        commands,
        "ties",
        parents=[common],
        help="which ties carry honesty, and which only polish",
        description="Assess every tie from the journal: a flag, the practical-test roles and "
        "the reasons, grouped by flag, with a summary of depth against breadth.",
    )
    ties.add_argument("--as-of", type=date_arg, default=None, help="YYYY-MM-DD (default: today)")
    ties.add_argument("--flag", choices=FLAG_CHOICES, default=None, help="only ties with this flag")
    ties.add_argument("--all", action="store_true", help="include archived people")
    ties.add_argument("--json", action="store_true", help="print JSON (see README)")

    nxt = _command(
        commands,
        "next",
        parents=[common],
        help="what to do next to keep the ties that matter",
        description="The next steps, most urgent first: honest ties about to fade, gatherings "
        "whose follow-up window is closing, uncomfortable decisions with nobody consulted "
        "(and whom to call), one-sided and polish-only ties. Exit code 0, also with nothing "
        "to do, so it can run from cron or a systemd timer.",
    )
    nxt.add_argument("--as-of", type=date_arg, default=None, help="YYYY-MM-DD (default: today)")
    nxt.add_argument("--json", action="store_true", help="print JSON (see README)")

    reflect = _command(
        commands,
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
        type=quarter_arg,
        default=None,
        metavar="YYYYQN",
        help="like 2026Q3 (default: the last complete quarter before --as-of)",
    )
    reflect.add_argument(
        "--as-of",
        type=date_arg,
        default=None,
        help="look from this day, YYYY-MM-DD (default: today)",
    )
    reflect.add_argument("--json", action="store_true", help="print JSON (see README)")
    reflect.add_argument(
        "--with-written",
        action="store_true",
        help="include your written reflection for the quarter (left out by default)",
    )

    _records(commands, common)
    _people(commands, common)
    _removing(commands, common)

    demo = _command(
        commands,
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
    demo.add_argument("--as-of", type=date_arg, default=None, help="the demo ends on this date")
    demo.add_argument("--force", action="store_true", help="add to a journal that has entries")

    backup = _command(
        commands,
        "backup",
        parents=[common],
        help="write an encrypted backup of the whole journal",
        description="Write an encrypted backup of the whole journal to FILE, a standard age "
        "file that `age -d FILE | gunzip` also opens (docs/backup-format.md). It opens with "
        "$TRUSTJOURNAL_BACKUP_PASSPHRASE if that is set, else with the journal passphrase "
        "in force now (asked for, and checked, if the journal opens without it). --sealed "
        "writes TrustJournal's own container instead, as automatic backups do: nothing is "
        "asked, and only TrustJournal opens it.",
    )
    backup.add_argument("--out", metavar="FILE", type=Path, required=True, help="a new file")
    backup.add_argument(
        "--sealed",
        action="store_true",
        help="TrustJournal's own container under the journal's key (no passphrase asked)",
    )
    verify = _command(
        commands,
        "verify",
        parents=[common],
        help="check a backup completely, writing nothing",
        description="Decrypt and check every part of a backup, and say when it was made, by "
        "which version, and what it holds. Passphrase: $TRUSTJOURNAL_BACKUP_PASSPHRASE, else "
        "$TRUSTJOURNAL_PASSPHRASE, else --passphrase-file, else a prompt.",
    )
    verify.add_argument("file", metavar="FILE", type=Path, help="the backup file")
    restore = _command(
        commands,
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

    _exchange(commands, common)

    suggest = _command(
        commands,
        "suggest",
        help="suggest signals from a note",
        description="Read a note (--text, or standard input) and print the signals it "
        "suggests, each with the words that show it. Needs no journal; records nothing.",
    )
    suggest.add_argument("--text", default=None, help="the note; default: read standard input")
    suggest.add_argument(
        "--person",
        dest="people",
        metavar="NAME",
        action="append",
        default=[],
        help="someone who was there (helps tell what they said); repeat for several",
    )
    suggest.add_argument("--json", action="store_true", help="print JSON (see README)")

    _command(
        commands,
        "signals",
        parents=[common],
        help="list the signal codes",
        description="List the signal codes that --signal accepts, by group.",
    )
    _command(
        commands,
        "install-desktop",
        help="add TrustJournal to your application menu (Linux)",
        description="Put TrustJournal's launcher, icons and AppStream metadata in your XDG "
        "data folder ($XDG_DATA_HOME, else ~/.local/share), so the app appears in the "
        "application menu with its icon and opens with this installation.",
    )
    _command(
        commands,
        "uninstall-desktop",
        help="remove TrustJournal from your application menu (Linux)",
        description="Remove what install-desktop put in your XDG data folder. Journals are "
        "never touched.",
    )
    # The packaged app's self-test (make bundle-test): open the journal, show the main
    # window offscreen, check it, quit. Not for people, so not listed.
    _command(commands, "smoke-gui", parents=[common], help=argparse.SUPPRESS)
    return parser


def _records(commands: Any, common: argparse.ArgumentParser) -> None:
    """`decision add|list` and `gathering add|list`: every object from the command line."""
    decision = _command(
        commands,
        "decision",
        parents=[common],
        help="record or list decisions",
        description="Decisions: what you decided (or are deciding), how uncomfortable it was, "
        "and whom you brought it to.",
    )
    actions = decision.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _command(
        actions,
        "add",
        parents=[common],
        help="record a decision",
        description="Record a decision. People not yet in the journal are added.",
    )
    add.add_argument("title", metavar="TITLE")
    add.add_argument("--date", type=date_arg, default=None, help="YYYY-MM-DD (default: today)")
    low, high = DISCOMFORT_RANGE
    add.add_argument(
        "--discomfort",
        type=int,
        choices=range(low, high + 1),
        default=DEFAULT_DISCOMFORT,
        metavar=f"{low}-{high}",
        help=f"how uncomfortable it felt, {low} (easy) to {high} (very uncomfortable); "
        f"default {DEFAULT_DISCOMFORT}",
    )
    add.add_argument(
        "--status", choices=DECISION_STATUSES, default=DECISION_STATUSES[0], help="default: open"
    )
    add.add_argument(
        "--consulted",
        metavar="NAME",
        action="append",
        default=[],
        help="someone you brought it to; repeat for several",
    )
    add.add_argument(
        "--changed-framing",
        metavar="NAME",
        action="append",
        default=[],
        help="someone whose input changed how you framed it (counted as consulted too)",
    )
    add.add_argument("--outcome", default="", help="what you decided, and how it went")
    listing = _command(
        actions,
        "list",
        parents=[common],
        help="list decisions",
        description="List decisions, newest first.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON (see README)")

    gathering = _command(
        commands,
        "gathering",
        parents=[common],
        help="record or list gatherings",
        description="Gatherings: a retreat, a conference, a dinner series, and whom you met there.",
    )
    actions = gathering.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _command(
        actions,
        "add",
        parents=[common],
        help="record a gathering",
        description="Record a gathering. People not yet in the journal are added.",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--from", dest="start", type=date_arg, required=True, help="its first day, YYYY-MM-DD"
    )
    add.add_argument(
        "--to", dest="end", type=date_arg, default=None, help="its last day (default: one day)"
    )
    add.add_argument("--place", default="", help="where it was")
    add.add_argument(
        "--met",
        metavar="NAME",
        action="append",
        default=[],
        help="someone you met there; repeat for several",
    )
    listing = _command(
        actions,
        "list",
        parents=[common],
        help="list gatherings",
        description="List gatherings, newest first.",
    )
    listing.add_argument("--json", action="store_true", help="print JSON (see README)")


def _exchange(commands: Any, common: argparse.ArgumentParser) -> None:
    """`import FILE` (every format, recognised by content) and `export --out DIR|FILE.age`."""
    imp = _command(
        commands,
        "import",
        parents=[common],
        help="import contacts, a calendar, another journal or a journal.json",
        description="Import FILE, recognised by its content: contacts (vCard), a calendar "
        "(iCalendar .ics), a jrnl or Day One export, or a TrustJournal journal.json (a whole "
        "journal, into an empty or new journal only). People that match are merged as the "
        "desktop app's preview proposes. A bad file is refused, naming the line or entry, "
        "and nothing is written. Without a journal in --vault, a new one is created.",
    )
    imp.add_argument("file", metavar="FILE", type=Path, help="the file to import")
    imp.add_argument(
        "--dry-run", action="store_true", help="print what would be imported; write nothing"
    )
    imp.add_argument("--json", action="store_true", help="print JSON (see README)")
    exp = _command(
        commands,
        "export",
        parents=[common],
        help="export the journal as readable Markdown and journal.json",
        description="Export the journal: a folder of Markdown (one file per person, "
        "decisions, gatherings, reflections) plus journal.json (everything, for 'import'), "
        "or, when --out ends in .age, the same as one age file encrypted with the journal "
        "passphrase ('age -d FILE.age | tar x' opens it). A folder export is NOT encrypted. "
        "Formats: docs/export-format.md.",
    )
    exp.add_argument(
        "--out",
        metavar="DIR|FILE.age",
        type=Path,
        required=True,
        help="a new or empty folder (or an earlier export, replaced), or a new FILE.age",
    )
    exp.add_argument(
        "--person", metavar="NAME", default=None, help="only this person's history (any case)"
    )
    exp.add_argument(
        "--as-of", type=date_arg, default=None, help="judge flags on YYYY-MM-DD (default: today)"
    )


def _people(commands: Any, common: argparse.ArgumentParser) -> None:
    """`person alias` and `person edit`: the other names notes use for a person, their own
    cadence and whether they are one of my few."""
    person = _command(
        commands,
        "person",
        parents=[common],
        help="a person's aliases, cadence and whether they are one of your few",
        description="People: the other names your notes use for them, and how you keep the tie.",
    )
    actions = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    alias = _command(
        actions,
        "alias",
        parents=[common],
        help="show or set a person's aliases",
        description="Show the aliases of the person called NAME, or replace them with the "
        'ALIASes given (a note that says one of them names this person: "Mo", "MJ"). An '
        "alias may be shared with someone else, but not be another person's full name.",
    )
    alias.add_argument("name", metavar="NAME", help="the person's full name (any case)")
    alias.add_argument("aliases", metavar="ALIAS", nargs="*", help="their aliases, all of them")
    alias.add_argument("--clear", action="store_true", help="remove every alias")
    alias.add_argument("--json", action="store_true", help="print JSON (see README)")
    edit = _command(
        actions,
        "edit",
        parents=[common],
        help="show or set how you keep in touch with a person",
        description="Show the person called NAME (any case), or change how you keep the "
        "tie: their own keep-in-touch cadence, and whether they are one of your few (the "
        "deep ties you choose to keep; the next steps say when one of them goes quiet).",
    )
    edit.add_argument("name", metavar="NAME", help="the person's full name (any case)")
    edit.add_argument(
        "--cadence",
        metavar="DAYS",
        type=int,
        help="their own cadence in days (14-365); 0 goes back to the journal's",
    )
    few = edit.add_mutually_exclusive_group()
    few.add_argument(
        "--few", dest="few", action="store_const", const=True, help="make them one of your few"
    )
    few.add_argument(
        "--not-few", dest="few", action="store_const", const=False, help="no longer one of your few"
    )
    edit.add_argument("--json", action="store_true", help="print JSON (see README)")


def _removing(commands: Any, common: argparse.ArgumentParser) -> None:
    """`delete conversation|decision|gathering ID`, `delete person NAME`, `merge A INTO B`."""
    confirm = argparse.ArgumentParser(add_help=False)
    confirm.add_argument(
        "--yes", action="store_true", help="do not ask (needed without a terminal)"
    )
    delete = _command(
        commands,
        "delete",
        parents=[common],
        help="delete a conversation, a person, a decision or a gathering",
        description="Delete something for good (the desktop app can undo; this cannot). "
        "Says exactly what will go and asks once; --yes skips the question, and without a "
        "terminal it is required. Deleted text is scrubbed from the file (docs/security.md).",
    )
    kinds = delete.add_subparsers(dest="what", metavar="WHAT", required=True)
    for what, shown in (
        ("conversation", "search --json"),
        ("decision", "decision list"),
        ("gathering", "gathering list"),
    ):
        one = _command(
            kinds,
            what,
            parents=[common, confirm],
            help=f"delete a {what} by its id",
            description=f"Delete the {what} numbered ID (as '{PROG} {shown}' shows it)."
            + ("" if what == "conversation" else " Conversations linked to it stay, unlinked."),
        )
        one.add_argument("target", metavar="ID")
    person = _command(
        kinds,
        "person",
        parents=[common, confirm],
        help="delete a person and the conversations with only them",
        description="Delete the person called NAME (any case) and the conversations with "
        "only them. Group conversations they were in stay, without them, unless "
        "--with-shared.",
    )
    person.add_argument("target", metavar="NAME")
    person.add_argument(
        "--with-shared",
        action="store_true",
        help="delete the group conversations they were in too",
    )
    merge = _command(
        commands,
        "merge",
        parents=[common, confirm],
        help="merge two people: NAME into NAME",
        description="Merge the person called OTHER into KEEP (names in any case): OTHER's "
        "conversations, decisions and gatherings move to KEEP, KEEP's empty details are "
        "filled from OTHER's, and OTHER's name becomes one of KEEP's aliases.",
    )
    merge.add_argument("other", metavar="OTHER")
    merge.add_argument("into", choices=["into", "INTO"], metavar="INTO")
    merge.add_argument("keep", metavar="KEEP")


def _command(commands: Any, name: str, **options: Any) -> argparse.ArgumentParser:
    """A command's parser, which also says how to use it when its arguments are wrong
    (`usage_of` in the namespace: main reports a usage error with it)."""
    parser: argparse.ArgumentParser = commands.add_parser(name, **options)
    parser.set_defaults(usage_of=parser)
    return parser
