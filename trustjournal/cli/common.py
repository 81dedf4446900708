"""What every command shares: argument types, the passphrase, opening the journal, the
progress bar, and the two kinds of error the CLI reports (a plain line, or a usage error).

Conventions follow restic and keepassxc-cli: the passphrase comes from
`TRUSTJOURNAL_PASSPHRASE`, else `--passphrase-file`, else a prompt on the terminal.
Nothing here imports the journal's store until a command needs it: `--help` stays fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal.core.i18n import _
from trustjournal.core.judgement.signals import BY_CODE, valid_codes_text

if TYPE_CHECKING:
    from trustjournal.core.judgement.quarters import Quarter

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
PROG = "trustjournal"


class CliError(Exception):
    """An error the CLI reports as its one line on stderr (exit status 1)."""


class UsageError(Exception):
    """A command line that cannot mean anything: reported with the usage (exit status 2)."""


# -- argument types -----------------------------------------------------------------------


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date; write it as YYYY-MM-DD").format(text=repr(text))
        ) from None


def signal_arg(text: str) -> str:
    if text not in BY_CODE:
        raise argparse.ArgumentTypeError(
            _("unknown signal {text}; valid signals are {codes}").format(
                text=repr(text), codes=valid_codes_text()
            )
        )
    return text


def quarter_arg(text: str) -> Quarter:
    from trustjournal.core.errors import InvalidInput
    from trustjournal.core.judgement.quarters import Quarter

    try:
        return Quarter.parse(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# -- passphrases and opening ----------------------------------------------------------------


def prompt(label: str) -> str:
    if os.name == "posix":
        try:
            with open("/dev/tty"):  # noqa: PTH123 - only probing for a terminal
                pass
        except OSError:
            raise CliError(
                _(
                    "no passphrase given and no terminal to ask on: set "
                    "TRUSTJOURNAL_PASSPHRASE or use --passphrase-file"
                )
            ) from None
    try:
        return getpass.getpass(label)
    except EOFError:
        raise CliError(_("no passphrase given")) from None


def passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    from_env = os.environ.get("TRUSTJOURNAL_PASSPHRASE")
    if from_env is not None:
        return from_env
    asked: str | None = getattr(args, "_asked_passphrase", None)
    if asked is not None and not confirm:  # asked once already (export --out FILE.age)
        return asked
    chosen = _passphrase(args, confirm)
    if not confirm:
        args._asked_passphrase = chosen
    return chosen


def _passphrase(args: argparse.Namespace, confirm: bool) -> str:
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        try:
            raw = file.read_bytes()
        except OSError as exc:
            raise CliError(
                _("cannot read the passphrase file {file}: {error}").format(
                    file=file, error=exc.strerror
                )
            ) from None
        try:
            return raw.decode("utf-8").splitlines()[0] if raw.strip() else ""
        except UnicodeDecodeError:
            raise CliError(
                _("the passphrase file {file} is not UTF-8 text").format(file=file)
            ) from None
    first = prompt(_("Passphrase: ") if not confirm else _("New passphrase: "))
    if confirm and prompt(_("Repeat the passphrase: ")) != first:
        raise CliError(_("the two passphrases differ; nothing was changed"))
    return first


def backup_passphrase(args: argparse.Namespace) -> str:
    from_env = os.environ.get("TRUSTJOURNAL_BACKUP_PASSPHRASE")
    return from_env if from_env is not None else passphrase(args)


def new_passphrase() -> str:
    from_env = os.environ.get("TRUSTJOURNAL_NEW_PASSPHRASE")
    if from_env is not None:
        return from_env
    first = prompt(_("New passphrase: "))
    if prompt(_("Repeat the new passphrase: ")) != first:
        raise CliError(_("the two passphrases differ; nothing was changed"))
    return first


def vault_path(args: argparse.Namespace) -> Path:
    from trustjournal.core.store.vault import default_path

    chosen: Path | None = getattr(args, "vault", None)
    return chosen.expanduser() if chosen is not None else default_path()


def open_journal(args: argparse.Namespace, *, readonly_if_busy: bool = False) -> Any:
    from trustjournal.core.errors import AlreadyOpen
    from trustjournal.core.store.pending_key import PendingKey
    from trustjournal.core.store.vault import Vault

    vault = Vault(vault_path(args))
    pending: PendingKey | None = None
    try:
        if not vault.remembered:
            # The passphrase first, as always; then the key derivation starts, and runs
            # while the store's code loads (core/store/pending_key.py says why).
            secret = passphrase(args)
            pending = PendingKey(vault.read_header(), secret)
        from trustjournal.core.journal.service import Journal

        def attempt(readonly: bool) -> Any:
            nonlocal pending
            if pending is None:
                journal, note = Journal.open_remembered(vault.path, readonly=readonly)
                if journal is not None:
                    return journal
                if note:
                    print(f"{PROG}: {note}", file=sys.stderr)
                pending = PendingKey(vault.read_header(), passphrase(args))
            return Journal.open_with(vault.path, pending.key, readonly=readonly)

        try:
            return attempt(readonly=False)
        except AlreadyOpen:
            if not readonly_if_busy:
                raise
            return attempt(readonly=True)
    finally:
        if pending is not None:
            pending.cancel()


def progress_bar(label: str) -> Callable[[int, int], None] | None:
    """A progress bar on stderr when it is a terminal (else nothing)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        end = "\n" if done >= total else ""
        bar = "#" * filled + "." * (width - filled)
        count = _("{done} of {total}").format(done=f"{done:,}", total=f"{total:,}")
        print(f"\r{label} [{bar}] {count}", end=end, file=sys.stderr, flush=True)

    return show


def print_json(data: Any) -> None:
    """Stable JSON on standard output: the documented keys, readable text, one per command."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()
