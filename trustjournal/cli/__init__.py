"""The `trustjournal` command: no arguments opens the app; subcommands for power users.

Conventions follow restic and keepassxc-cli: the passphrase comes from
`TRUSTJOURNAL_PASSPHRASE`, else `--passphrase-file`, else a prompt on the terminal;
`--json` output is stable and documented in README; exit status 0 is success, 1 an
error (one plain line on stderr, never a traceback), 2 a usage error.

Words for people follow the language the GUI would choose on "system" (TRUSTJOURNAL_LANGUAGE,
else the locale's LANGUAGE, LC_ALL, LC_MESSAGES, LANG: core/i18n.py `from_environment`);
`--json` is made for machines, in English with ISO dates whatever the language
(`i18n.machine()`), so a script reads the same JSON on every system.

The grammar is `parser.py`; what each command does lives by topic: `entries.py` (init, add,
search, passphrase, check, signals, demo), `suggesting.py` (suggest, add --suggest),
`records.py` (decisions, gatherings), `reports.py` (ties, reflect), `backups.py`,
`exchange.py` (import, export), `removing.py` (delete, merge), `recovery.py`
(recovery-key, recover), `syncing.py` (sync, join), `app.py` (the desktop app), and
`common.py` what they share.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import sys
from collections.abc import Callable, Iterator, Sequence

from trustjournal.cli import (
    app,
    backups,
    entries,
    exchange,
    records,
    recovery,
    removing,
    reports,
    suggesting,
    syncing,
)
from trustjournal.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    CliError,
    UsageError,
)
from trustjournal.cli.parser import FLAG_CHOICES, build
from trustjournal.core import i18n
from trustjournal.core.i18n import _

__all__ = ["FLAG_CHOICES", "main"]

Command = Callable[[argparse.Namespace], int]

# A command (and, for decision and gathering, its action) to what runs it.
COMMANDS: dict[str | None, Command] = {
    None: app.cmd_gui,
    "init": entries.cmd_init,
    "add": entries.cmd_add,
    "search": entries.cmd_search,
    "passphrase": entries.cmd_passphrase,
    "check": entries.cmd_check,
    "recovery-key": recovery.cmd_recovery_key,
    "recover": recovery.cmd_recover,
    "signals": entries.cmd_signals,
    "suggest": suggesting.cmd_suggest,
    "demo": entries.cmd_demo,
    "decision add": records.cmd_decision_add,
    "decision list": records.cmd_decision_list,
    "gathering add": records.cmd_gathering_add,
    "gathering list": records.cmd_gathering_list,
    "person alias": records.cmd_person_alias,
    "person edit": records.cmd_person_edit,
    "delete": removing.cmd_delete,
    "merge": removing.cmd_merge,
    "ties": reports.cmd_ties,
    "next": reports.cmd_next,
    "reflect": reports.cmd_reflect,
    "backup": backups.cmd_backup,
    "verify": backups.cmd_verify,
    "restore": backups.cmd_restore,
    "import": exchange.cmd_import,
    "export": exchange.cmd_export,
    "install-desktop": app.cmd_install_desktop,
    "uninstall-desktop": app.cmd_uninstall_desktop,
    "smoke-gui": app.cmd_smoke_gui,
    "sync": syncing.cmd_sync,
    "join": syncing.cmd_join,
}


# The commands that open the desktop app: a long-lived process, collected as usual.
_APP_COMMANDS = (app.cmd_gui, app.cmd_smoke_gui)


def main(argv: Sequence[str] | None = None) -> int:
    before = i18n.language()  # put back after: the tests run commands in their own process
    i18n.from_environment()
    try:
        return _main(argv)
    finally:
        i18n.use(before)


def _main(argv: Sequence[str] | None) -> int:
    parser = build()
    args = parser.parse_args(argv)
    action = getattr(args, "action", None)
    command = COMMANDS[f"{args.command} {action}" if action else args.command]
    if getattr(args, "new", False) and args.command is not None:
        parser.error(
            _(
                "--new opens the desktop app on a new conversation; it does not go with '{command}'"
            ).format(command=args.command)
        )
    if command in _APP_COMMANDS:
        return _run(command, args, parser)
    machine = i18n.machine() if getattr(args, "json", False) else contextlib.nullcontext()
    with _without_cycle_collector(), machine:
        return _run(command, args, parser)


@contextlib.contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """Run a command with Python's cycle collector paused, and skip its pass at exit.

    A command lives a fraction of a second and makes almost no cyclic garbage (peak
    memory was the same with and without the collector for demo, restore, backup, ties
    and reflect on the 20,000-conversation bench journal), but loading SQLAlchemy and the
    store creates a few hundred thousand long-lived objects that the collector would scan
    again and again, then once more when the interpreter exits: about 100 ms of a 450 ms
    `trustjournal search` (docs/performance.md). Frozen objects are never scanned, and
    they are all freed with the process anyway.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    # atexit runs before the interpreter's final collection; registered once however many
    # commands a process runs (the tests run many).
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _run(command: Command, args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from trustjournal.core.errors import JournalError

    try:
        return command(args)
    except UsageError as exc:
        usage: argparse.ArgumentParser = getattr(args, "usage_of", parser)
        usage.error(str(exc))  # exits with status 2
        return EXIT_USAGE
    except (JournalError, CliError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: " + _("interrupted; nothing more was saved."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from trustjournal.core import crash_report

        if crash_report.debug_enabled():
            raise
        # Type and place only (core/crash_report.py): the message may quote the journal.
        where = crash_report.one_line(type(exc), exc, exc.__traceback__)
        print(
            f"{PROG}: internal error ({where}). Nothing from your journal is in this message; "
            f"set {crash_report.DEBUG_ENV}=1 to see the details on this terminal.",
            file=sys.stderr,
        )
        return EXIT_ERROR
