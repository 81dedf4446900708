"""`trustjournal recovery-key` and `trustjournal recover`: the header's second key slot.

`recovery-key` opens the journal as every command does (the passphrase, or the key this
device remembers) and makes a recovery key, printing it once on standard output (the
advice around it goes to standard error, so `> file` keeps the key alone); it replaces an
existing one only with `--replace` or a "yes" on the terminal, and `--remove` removes it.
`recover` needs no passphrase: the key comes from `$TRUSTJOURNAL_RECOVERY_KEY`, else a
prompt, and is checked for typos before anything else; the new passphrase from
`$TRUSTJOURNAL_NEW_PASSPHRASE`, else a prompt (twice).
"""

from __future__ import annotations

import argparse
import os
import sys

from trustjournal.cli.common import (
    EXIT_OK,
    PROG,
    CliError,
    new_passphrase,
    open_journal,
    prompt,
    vault_path,
)
from trustjournal.core.i18n import N_, _

RECOVERY_ENV = "TRUSTJOURNAL_RECOVERY_KEY"
KEEP_IT = N_(
    "Write it down or print it, and keep it apart from this computer (a safe, a sealed "
    "envelope with your papers). Whoever holds it can open this journal; it is shown only "
    "this once. If you forget your passphrase: trustjournal recover"
)


def cmd_recovery_key(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        if args.remove:
            if journal.remove_recovery_key():
                print(_("Recovery key removed: it no longer opens this journal."))
            else:
                print(_("This journal has no recovery key; nothing was changed."))
            return EXIT_OK
        if journal.has_recovery_key and not args.replace and not _confirm_replace():
            raise CliError(
                _(
                    "this journal already has a recovery key; nothing was changed. Use "
                    "--replace to make a new one (the old one then stops working at once)"
                )
            )
        replacing = journal.has_recovery_key
        key = journal.create_recovery_key()
    print(
        _("Your recovery key:") if not replacing else _("Your new recovery key:"), file=sys.stderr
    )
    print(key, flush=True)
    if replacing:
        print(_("The old recovery key no longer opens this journal."), file=sys.stderr)
    print(_(KEEP_IT), file=sys.stderr)
    return EXIT_OK


def _confirm_replace() -> bool:
    if not (sys.stdin is not None and sys.stdin.isatty()):
        return False
    print(
        _(
            "This journal already has a recovery key. Make a new one? The old one will stop "
            "working at once. [y/N] "
        ),
        end="",
        file=sys.stderr,
        flush=True,
    )
    # The answers that mean yes: English's always, and the language's ("j ja" in German).
    return sys.stdin.readline().strip().lower() in ("y", "yes", *_("y yes").split())


def cmd_recover(args: argparse.Namespace) -> int:
    from trustjournal.core.journal.service import Journal
    from trustjournal.core.store import recovery_key
    from trustjournal.core.store.vault import Vault, check_new_passphrase

    path = vault_path(args)
    Vault(path).read_header()  # no journal there: say so before asking for anything
    typed = os.environ.get(RECOVERY_ENV)
    if typed is None:
        try:
            typed = prompt(_("Recovery key: "))
        except CliError:
            raise CliError(
                _("no recovery key given and no terminal to ask on: set {variable}").format(
                    variable=RECOVERY_ENV
                )
            ) from None
    recovery_key.decode(typed)  # a typo is reported before the passphrase is asked
    chosen = new_passphrase()
    check_new_passphrase(chosen)
    with Journal.recover(path, typed, chosen) as journal:
        for note in journal.notes:
            print(f"{PROG}: {note}", file=sys.stderr)
    print(
        _(
            "New passphrase set. The forgotten passphrase no longer opens this journal; your "
            "recovery key still does."
        )
    )
    return EXIT_OK
