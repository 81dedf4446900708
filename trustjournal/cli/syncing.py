"""`trustjournal sync` and `trustjournal join`: two devices, one journal, through a folder
the leader already syncs (docs/sync.md).

`sync --folder DIR` links the journal to DIR the first time and runs one round; later
`sync` runs a round with the folder linked. `--vault NEW join DIR` makes a journal on a
device that has none yet from the folder (the passphrase as everywhere) and runs a round.
`--json` prints the round's figures with stable keys (README).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from trustjournal.cli.common import (
    EXIT_OK,
    PROG,
    CliError,
    new_passphrase,
    open_journal,
    passphrase,
    print_json,
    vault_path,
)
from trustjournal.cli.recovery import RECOVERY_ENV
from trustjournal.core.i18n import _, ngettext


def cmd_sync(args: argparse.Namespace) -> int:
    folder: Path | None = args.folder.expanduser().resolve() if args.folder else None
    with open_journal(args) as journal:
        if args.unlink:
            journal.unlink_sync()
            print(_("This journal no longer syncs; its entries stay, and so does the folder."))
            return EXIT_OK
        if args.revoke:
            journal.revoke_device(_device_uid(journal, args.revoke))
        report = journal.sync(folder, device_name=args.name)
        _show(journal, report, args.json)
    return EXIT_OK


def cmd_join(args: argparse.Namespace) -> int:
    from trustjournal.core.journal.service import Journal

    folder = args.folder.expanduser().resolve()
    path = vault_path(args)
    if path.exists() and any(path.iterdir()):
        raise CliError(
            _(
                "{path} is not empty: join makes a new journal; choose a new folder with --vault"
            ).format(path=path)
        )
    typed = os.environ.get(RECOVERY_ENV)
    if typed is not None:  # joined with the recovery key: a new passphrase, as `recover` sets
        journal = Journal.join(
            path, folder, device_name=args.name, recovery=typed, new_passphrase=new_passphrase()
        )
    else:
        journal = Journal.join(path, folder, passphrase(args), device_name=args.name)
    with journal:
        report = journal.sync()
        if not args.json:
            print(
                _("Joined the journal in {folder}: it is now in {path}.").format(
                    folder=folder, path=path
                )
            )
        _show(journal, report, args.json)
    return EXIT_OK


def _device_uid(journal: Any, wanted: str) -> str:
    """A device by its id (or the start of it) or its name."""
    found = [
        d
        for d in journal.sync_devices()
        if d.uid.startswith(wanted.lower()) or d.name.casefold() == wanted.casefold()
    ]
    if len(found) != 1:
        raise CliError(
            _("no single device matches '{wanted}'; `trustjournal sync --json` lists them").format(
                wanted=wanted
            )
        )
    return str(found[0].uid)


def _show(journal: Any, report: Any, as_json: bool) -> None:
    status = journal.sync_status()
    devices = journal.sync_devices()
    if as_json:
        print_json(
            {
                "folder": str(status.folder) if status.folder else None,
                "device": status.device,
                "sent": report.sent,
                "received": report.received,
                "refused": report.refused,
                "waiting": report.waiting,
                "conflicts": report.conflicts,
                "notes": report.notes,
                "devices": [
                    {
                        "id": d.uid,
                        "name": d.name,
                        "this_device": d.this_device,
                        "revoked": d.revoked,
                    }
                    for d in devices
                ],
            }
        )
        return
    for line in (*report.notes, *report.refused):
        print(f"{PROG}: {line}", file=sys.stderr)
    print(
        _("Synced with {folder}: {sent}, {received}.").format(
            folder=status.folder,
            sent=ngettext("sent {n} change", "sent {n} changes", report.sent).format(n=report.sent),
            received=ngettext(
                "received {n} change", "received {n} changes", report.received
            ).format(n=report.received),
        )
    )
    if report.waiting:
        print(
            ngettext(
                "{n} file is still being written by the sync app; it is read next time.",
                "{n} files are still being written by the sync app; they are read next time.",
                report.waiting,
            ).format(n=report.waiting)
        )
    if report.conflicts:
        print(
            ngettext(
                "{n} conflict to settle (a note edited on two devices): open the app.",
                "{n} conflicts to settle (notes edited on two devices): open the app.",
                report.conflicts,
            ).format(n=report.conflicts)
        )
    others = [d for d in devices if not d.this_device]
    if others:
        listed = ", ".join(d.name + (" " + _("(revoked)") if d.revoked else "") for d in others)
        print(_("Other devices: {devices}.").format(devices=listed))
