"""Data in and out from the command line: `import` (every format, recognised by content)
and `export` (a readable folder, or one age file)."""

from __future__ import annotations

import argparse
from pathlib import Path

from trustjournal.cli.common import (
    EXIT_OK,
    PROG,
    CliError,
    open_journal,
    passphrase,
    print_json,
    progress_bar,
    vault_path,
)
from trustjournal.core.i18n import _, ngettext
from trustjournal.core.kinds import counts_text


def _size_text(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.1f} kB"


def cmd_export(args: argparse.Namespace) -> int:
    from trustjournal.core.exchange import export, markdown
    from trustjournal.core.store.vault import Vault

    out: Path = args.out.expanduser()
    encrypted = export.is_age(out)
    remembered = Vault(vault_path(args)).remembered
    with open_journal(args, readonly_if_busy=True) as journal:
        person_id = None
        if args.person is not None:
            found = journal.person_by_name(args.person)
            if found is None:
                raise CliError(
                    _("nobody called {name} in the journal; nothing was written").format(
                        name=repr(args.person)
                    )
                )
            person_id = found.id
        secret = None
        if encrypted:
            # The journal passphrase (asked once: opening used the same one). When the
            # keychain opened the journal, check what was typed against the journal's own.
            secret = passphrase(args)
            if remembered:
                export.check_passphrase(journal, secret)
        info = export.export(
            journal,
            out,
            passphrase=secret,
            person_id=person_id,
            as_of=args.as_of,
            progress=progress_bar(_("Exporting")),
        )
    held = {kind: n for kind, n in info.counts.items() if n}
    what = (
        counts_text(held) if person_id is None else _("{name}'s history").format(name=args.person)
    )
    size = _size_text(info.size)
    if info.encrypted:
        print(
            _("Exported {what} to {out} ({size}), encrypted with age.").format(
                what=what, out=out, size=size
            )
        )
        print(
            _("It opens with the journal passphrase in force now: {command}").format(
                command=f"age -d {_quoted(out)} | tar x"
            )
        )
    else:
        files = ngettext("{n} file", "{n} files", info.files).format(n=f"{info.files:,}")
        print(
            _("Exported {what} to {out}/ ({files}, {size}).").format(
                what=what, out=out, files=files, size=size
            )
        )
        print(_("Warning: {warning}").format(warning=markdown.warning()))
    return EXIT_OK


def _listing(counts: dict[str, int]) -> str:
    """'25 people, 408 conversations and 3 calendar items': every kind an importer counted
    (by its plural; one of a kind is said in the singular: '1 person')."""
    from trustjournal.core import kinds

    def words(plural: str, n: int) -> str:
        kind = next((k for k in kinds.KINDS if k.plural == plural), None)
        return kind.count(n) if kind else f"{n:,} {plural.replace('_', ' ')}"

    return kinds.listing([words(plural, n) for plural, n in counts.items() if n])


def _quoted(path: Path) -> str:
    import shlex

    return shlex.quote(str(path))


def cmd_import(args: argparse.Namespace) -> int:
    from trustjournal.core.exchange import formats
    from trustjournal.core.journal.service import Journal
    from trustjournal.core.store.vault import Vault, check_new_passphrase

    path: Path = args.file.expanduser()
    fmt = formats.detect(path)
    vault = vault_path(args)
    if Vault(vault).exists():
        journal = open_journal(args)
    elif args.dry_run:
        raise CliError(
            _("there is no journal in {folder}; a dry run has nothing to compare with").format(
                folder=vault
            )
        )
    else:
        chosen = passphrase(args, confirm=True)
        check_new_passphrase(chosen)
        journal = Journal.create(vault, chosen)
        print(_("Created a new journal in {path}.").format(path=vault))
    with journal:
        report = fmt.run(
            journal,
            path,
            dry_run=args.dry_run,
            progress=progress_bar(_("Importing {file}").format(file=path.name)),
        )
    if args.json:
        print_json({**report.as_json(), "dry_run": bool(args.dry_run)})
        return EXIT_OK
    for line in report.lines:
        print(line)
    for warning in report.warnings:
        print(_("Warning: {warning}").format(warning=warning))
    print(_summary(report, path, fmt.label, dry_run=bool(args.dry_run)))
    return EXIT_OK


def _summary(report: object, path: Path, label: str, *, dry_run: bool) -> str:
    from trustjournal.core.exchange.formats import Report

    assert isinstance(report, Report)
    added = _listing(report.added) if any(report.added.values()) else _("nothing new")
    extra = []
    if report.merged:
        extra.append(
            ngettext(
                "{n} matched person already in the journal",
                "{n} matched people already in the journal",
                report.merged,
            ).format(n=f"{report.merged:,}")
        )
    if report.skipped:
        extra.append(_("{n} already imported or skipped").format(n=f"{report.skipped:,}"))
    tail = f" ({'; '.join(extra)})" if extra else ""
    if not dry_run:
        return _("Imported {file} ({label}): added {added}{tail}.").format(
            file=path.name, label=label, added=added, tail=tail
        )
    return _(
        "Dry run of {file} ({label}): would add {added}{tail}. Nothing was written; run "
        "'{command}' without --dry-run to import it."
    ).format(
        file=path.name,
        label=label,
        added=added,
        tail=tail,
        command=f"{PROG} import {_quoted(path)}",
    )
