"""Backups from the command line: `backup`, `verify` and `restore`."""

from __future__ import annotations

import argparse
import os
import shlex
from pathlib import Path

from trustjournal.cli.common import (
    EXIT_OK,
    PROG,
    CliError,
    backup_passphrase,
    open_journal,
    passphrase,
    progress_bar,
)
from trustjournal.core.i18n import _
from trustjournal.core.kinds import counts_text


def _size_text(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.1f} kB"


def cmd_backup(args: argparse.Namespace) -> int:
    from trustjournal.core.backup import archive as backup

    separate = os.environ.get("TRUSTJOURNAL_BACKUP_PASSPHRASE")
    if args.sealed and separate is not None:
        raise CliError(
            _(
                "--sealed backups open with the journal passphrase; unset "
                "$TRUSTJOURNAL_BACKUP_PASSPHRASE or leave out --sealed. Nothing was written."
            )
        )
    with open_journal(args, readonly_if_busy=True) as journal:
        secret, own = separate, False
        if separate is None and not args.sealed:
            # The journal passphrase (asked once: opening used the same one, unless the
            # keychain opened the journal); `make` checks it against the journal's own.
            secret, own = passphrase(args), True
        info = backup.make(
            journal,
            args.out,
            passphrase=secret,
            journal_passphrase=own,
            progress=progress_bar(_("Backing up")),
        )
    print(
        _("Backed up {counts} to {file} ({size}).").format(
            counts=counts_text(info.counts), file=args.out, size=_size_text(info.size)
        )
    )
    if args.sealed:
        print(_("It opens in TrustJournal with the journal passphrase in force now."))
    elif separate is None:
        print(
            _(
                "It is an age file: it opens with the journal passphrase in force now, also\n"
                "after you change it, and without TrustJournal: {command}"
            ).format(command=f"age -d {_quoted(args.out)} | gunzip")
        )
    else:
        print(
            _(
                "It is an age file that opens with the backup passphrase only\n"
                "($TRUSTJOURNAL_BACKUP_PASSPHRASE), also without TrustJournal: {command}"
            ).format(command="age -d FILE | gunzip")
        )
    return EXIT_OK


def _quoted(path: Path) -> str:
    return shlex.quote(str(path))


def cmd_verify(args: argparse.Namespace) -> int:
    from trustjournal.core.backup import archive as backup

    info = backup.verify(args.file, backup_passphrase(args), progress=progress_bar(_("Verifying")))
    made = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(
        _(
            "{file} is a complete, intact backup made {made} by TrustJournal {version} "
            "({size}): {counts}."
        ).format(
            file=args.file,
            made=made,
            version=info.app_version,
            size=_size_text(info.size),
            counts=counts_text(info.counts),
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from trustjournal.core.backup import archive as backup

    chosen = backup_passphrase(args)
    into = backup.restore(args.file, chosen, args.into, progress=progress_bar(_("Restoring")))
    print(_("Restored the backup into a new journal in {folder}.").format(folder=into))
    print(
        _("It opens with the backup's passphrase: {command}").format(
            command=f"{PROG} --vault {into}"
        )
    )
    return EXIT_OK
