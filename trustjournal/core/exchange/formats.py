"""The formats `trustjournal import` and File ▸ Import… read, recognised by content.

Each importer module gives a `Format`: a name, a label, `sniff(head, name)` (the first
`HEAD_BYTES` of the file and its name: is it mine?), and `run(journal, path, dry_run=…,
progress=…, cancel=…)`, which reads the whole file into a preview, checks it, and unless
`dry_run` applies it with the preview's default choices in one transaction (people that
match are merged, as the preview proposes). A bad file raises `ImportRefused` with a
message naming the line or entry where it can; nothing is written then, nor on cancel.
The desktop app shows the same previews with a choice per row (each importer's own module).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from trustjournal.core.errors import JournalError
from trustjournal.core.i18n import _

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

HEAD_BYTES = 64 * 1024  # what `sniff` is shown of a file
MAX_FILE_BYTES = 200 * 1024 * 1024  # a file larger than this is refused before it is read

Progress = Callable[[int, int], None]


class ImportRefused(JournalError):
    """The file cannot be imported; the message says why (and where) and that nothing was
    changed. It never quotes journal text beyond what the file itself holds at that place."""


@dataclass
class Report:
    """What an import found (a dry run) or did, for the command line (text and JSON)."""

    format: str  # the `Format.name`
    added: dict[str, int] = field(default_factory=dict)  # "people": 3, "conversations": 40…
    merged: int = 0  # people found in the journal already (merged into them)
    skipped: int = 0  # already imported before (idempotent re-import), or chosen to skip
    lines: list[str] = field(default_factory=list)  # the preview, one line per row
    rows: list[dict[str, Any]] = field(default_factory=list)  # the same, for --json
    warnings: list[str] = field(default_factory=list)
    written: bool = False  # False for a dry run (or nothing to do)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "written": self.written,
            "added": self.added,
            "merged": self.merged,
            "skipped": self.skipped,
            "rows": self.rows,
            "warnings": self.warnings,
        }


class Format(Protocol):
    name: str  # "vcard", "ics", "jrnl", "dayone", "trustjournal-json"
    label: str  # "Contacts (vCard)"

    def sniff(self, head: bytes, name: str) -> bool: ...

    def run(
        self,
        journal: Journal,
        path: Path,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Report: ...


def registered() -> Sequence[Format]:
    """Every format, in the order they are tried: most specific first (a TrustJournal
    journal.json before another journal's JSON). Imported here, by name, so that a frozen
    bundle finds every importer."""
    from trustjournal.core.exchange import calendar, journal_json, journals, vcard

    return (*journal_json.FORMATS, *vcard.FORMATS, *calendar.FORMATS, *journals.FORMATS)


def size_checked(path: Path, limit: int = MAX_FILE_BYTES) -> int:
    """The file's size; `ImportRefused` if it is missing, not a file or too large."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused(
            _("Cannot read {file}: {error}.").format(file=path.name, error=exc.strerror or exc)
        ) from None
    if not path.is_file():
        raise ImportRefused(_("{file} is not a file.").format(file=path.name))
    if size > limit:
        raise ImportRefused(
            _(
                "{file} is {size}, more than the {limit} an import reads; nothing was imported."
            ).format(file=path.name, size=_megabytes(size), limit=_megabytes(limit))
        )
    return size


def _megabytes(size: int) -> str:
    """'400 MB', or '200.1 MB' when whole megabytes would hide the difference (one unit,
    MiB, for both sizes, so a file just over the limit never reads '200 … than the 200')."""
    text = f"{size / (1024 * 1024):,.1f}"
    return f"{text.removesuffix('.0')} MB"


def detect(path: Path) -> Format:
    """The format of the file at `path`, recognised by its content (and name)."""
    size_checked(path)
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)
    for fmt in registered():
        if fmt.sniff(head, path.name):
            return fmt
    names = ", ".join(f.label for f in registered())
    raise ImportRefused(
        _(
            "{file} is not a file TrustJournal can import (it reads: {names}); nothing was "
            "imported."
        ).format(file=path.name, names=names)
    )


def cancelled(cancel: threading.Event | None) -> bool:
    return cancel is not None and cancel.is_set()
