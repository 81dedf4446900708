"""`journal.json`: the whole journal as one readable JSON document, and reading it back.

The schema is specified for people in docs/export-format.md. A record's JSON is the backup
payload's (`core/backup/payload.py` `to_json`, checked back with its `RecordChecker`): one
source of truth, so whatever a backup carries, journal.json carries the same way.

    {
      "format": "trustjournal-journal",
      "version": 1,
      "app_version": "…", "exported_at": "2026-11-01T09:30:00+00:00",
      "counts": {"people": 25, …},
      "people": [ {"id": 1, "name": "Maya Chen", …}, … ],
      "gatherings": […], "decisions": […], "conversations": […], "reflections": […],
      "drafts": […], "settings": […], "steps": […], "identities": […], "calendar_items": […]
    }

Reading it back (`trustjournal import journal.json`) restores the whole journal, ids and
all, into an EMPTY journal, losslessly (`Journal.import_records`, as a restore does). A
journal that already has entries is refused, with the way to do it: ids, links and
people's names would collide, and a half-merged journal cannot be told apart from the
original. Every departure from the schema is refused naming the entry, before anything
is written.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustjournal import __version__
from trustjournal.core import kinds
from trustjournal.core.backup import payload
from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.contents import Contents
from trustjournal.core.exchange.formats import (
    ImportRefused,
    Progress,
    Report,
    cancelled,
    size_checked,
)
from trustjournal.core.i18n import _
from trustjournal.core.records import Exported

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

FILE_NAME = "journal.json"
FORMAT_NAME = "trustjournal-journal"
VERSION = 1
# The backup payload version whose record fields each journal.json version uses.
RECORD_VERSION: dict[int, int] = {1: 4}
HEADER_KEYS = ("format", "version", "app_version", "exported_at", "counts")
KIND_KEYS: tuple[str, ...] = tuple(kind.plural for kind in kinds.KINDS)

_SNIFF = re.compile(rb'"format"\s*:\s*"' + FORMAT_NAME.encode() + rb'"')


# -- writing ------------------------------------------------------------------------------


def dumps(contents: Contents) -> bytes:
    """The journal.json of `contents`: the header keys first, then one record per line
    (readable, diff-friendly, and quick to write for tens of thousands of records)."""
    head = {
        "format": FORMAT_NAME,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": contents.exported_at.isoformat(),
        "counts": contents.counts,
    }
    parts = ["{\n"]
    for key, value in head.items():
        parts.append(f'  "{key}": {_compact(value)},\n')
    for i, key in enumerate(KIND_KEYS):
        records = getattr(contents, key)
        end = ",\n" if i < len(KIND_KEYS) - 1 else "\n"
        if not records:
            parts.append(f'  "{key}": []{end}')
            continue
        lines = ",\n".join(f"    {_compact(_entry(r))}" for r in records)
        parts.append(f'  "{key}": [\n{lines}\n  ]{end}')
    parts.append("}\n")
    return "".join(parts).encode("utf-8")


def _entry(record: Exported) -> dict[str, Any]:
    obj = payload.to_json(record)
    del obj["type"]  # the list it is in says what it is
    return obj


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


# -- reading ------------------------------------------------------------------------------


def _refused(name: str, detail: str) -> ImportRefused:
    return ImportRefused(
        _("{file}: {detail}; nothing was imported.").format(file=name, detail=detail)
    )


def parse(data: bytes, name: str = FILE_NAME) -> tuple[dict[str, Any], list[Exported]]:
    """The header and the checked records of a journal.json; `ImportRefused` naming the
    entry at fault for anything else."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refused(
            name,
            _("not UTF-8 text (byte {byte} is not), so not a journal.json").format(
                byte=exc.start + 1
            ),
        ) from None
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start != "{":
        first = text.lstrip().split("\n", 1)[0][:24]
        begins = _("it begins {text}").format(text=repr(first)) if first else _("it is empty")
        raise _refused(
            name, _("not a JSON document ({begins}), so not a journal.json").format(begins=begins)
        )
    try:
        doc = json.loads(text.lstrip("\ufeff"))
    except RecursionError:
        raise _refused(name, _("nested far deeper than a journal.json is")) from None
    except json.JSONDecodeError as exc:
        where = _("not complete JSON ({error} at line {line}, column {column})")
        raise _refused(
            name, where.format(error=exc.msg, line=exc.lineno, column=exc.colno)
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        found = doc.get("format") if isinstance(doc, dict) else None
        what = (
            _('its "format" is {found}').format(found=repr(found))
            if isinstance(found, str)
            else _('it has no "format"')
        )
        raise _refused(
            name,
            _("not a TrustJournal journal.json ({what}, not {expected})").format(
                what=what, expected=repr(FORMAT_NAME)
            ),
        )
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _refused(name, _('its "version" is not a whole number'))
    if version > VERSION:
        raise ImportRefused(
            _(
                "{file} was written by a newer TrustJournal (journal.json version {found}; "
                "this one reads up to {known}). Update TrustJournal to import it; nothing was "
                "imported."
            ).format(file=name, found=version, known=VERSION)
        )
    expected = {*HEADER_KEYS, *KIND_KEYS}
    missing = [k for k in (*HEADER_KEYS, *KIND_KEYS) if k not in doc]
    if missing:
        raise _refused(name, _('it has no "{key}"').format(key=missing[0]))
    extra = sorted(doc.keys() - expected)
    if extra:
        raise _refused(name, _('it has an unknown key "{key}"').format(key=extra[0]))
    for key in ("app_version", "exported_at"):
        if not isinstance(doc[key], str):
            raise _refused(name, _('its "{key}" is not text').format(key=key))
    counts = doc["counts"]
    if not isinstance(counts, dict) or set(counts) != set(KIND_KEYS):
        raise _refused(name, _('its "counts" do not list every kind of record'))
    checker = payload.RecordChecker(RECORD_VERSION[version])
    records: list[Exported] = []
    for key, kind in zip(KIND_KEYS, kinds.KINDS, strict=True):
        entries = doc[key]
        if not isinstance(entries, list):
            raise _refused(name, _('its "{key}" is not a list').format(key=key))
        if counts[key] != len(entries):
            said = _('"counts" says {said} {key} but the list holds {n}')
            raise _refused(name, said.format(said=repr(counts[key]), key=key, n=len(entries)))
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict):
                raise _refused(name, _("{entry} is not an object").format(entry=f"{key}[{index}]"))
            if "type" in entry:
                where = _where(key, index, entry)
                raise _refused(name, _('{entry} has an unknown field "type"').format(entry=where))
            try:
                records.append(checker.record({"type": kind.name, **entry}))
            except payload.RecordInvalid as bad:
                detail = str(bad).replace("the backup", "the file")
                raise _refused(name, f"{_where(key, index, entry)}: {detail}") from None
    return doc, records


def _where(key: str, index: int, entry: dict[str, Any]) -> str:
    """'conversations[12] (id 13)': the entry, by its place and its id when it has one."""
    ident = entry.get("id")
    shown = f" (id {ident})" if isinstance(ident, int) and not isinstance(ident, bool) else ""
    return f"{key}[{index}]{shown}"


def _counted(records: list[Exported]) -> dict[str, int]:
    plural = {kind.record: kind.plural for kind in kinds.KINDS}
    found = dict.fromkeys(KIND_KEYS, 0)
    for record in records:
        found[plural[type(record)]] += 1
    return found


class JournalJson:
    """The `Format` of a TrustJournal journal.json (formats.py)."""

    name = "trustjournal-json"
    label = "TrustJournal export (journal.json)"

    def sniff(self, head: bytes, name: str) -> bool:
        """Recognised by its "format" key (anywhere in the first part of the file: a
        document re-saved by another tool may have moved it), whatever the file's name."""
        return bool(_SNIFF.search(head))

    def run(
        self,
        journal: Journal,
        path: Path,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Report:
        size_checked(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImportRefused(
                _("Cannot read {file}: {error}; nothing was imported.").format(
                    file=path.name, error=exc.strerror or exc
                )
            ) from None
        doc, records = parse(data, path.name)
        counts = _counted(records)
        report = Report(self.name, added={k: n for k, n in counts.items() if n})
        made = doc["exported_at"][:10]
        report.lines.append(
            _("{file}: a whole journal exported {date} by TrustJournal {version}").format(
                file=path.name, date=made, version=doc["app_version"]
            )
        )
        for kind in kinds.KINDS:
            n = counts[kind.plural]
            if n:
                report.lines.append(f"  {kind.count(n)}")
                report.rows.append({"kind": kind.plural, "count": n})
        with journal.exporting() as export:
            held = {k: n for k, n in export.counts.items() if n}
        if held:
            listed = any(held.get(kind.plural) for kind in kinds.LISTED)
            raise ImportRefused(
                _(
                    "This journal already holds {what}. {file} is a whole journal and is "
                    "imported only into an empty one (its ids, links and names would collide "
                    "with these): import it into a new journal instead (trustjournal --vault "
                    "NEW_FOLDER import {file}). Nothing was imported."
                ).format(what=kinds.counts_text(held) if listed else _("settings"), file=path.name)
            )
        if dry_run or cancelled(cancel):
            return report
        total = len(records)

        def feed() -> Iterator[Exported]:
            for done, record in enumerate(records, 1):
                if done % 500 == 0:
                    if cancelled(cancel):
                        raise ImportRefused(_("The import was cancelled; nothing was imported."))
                    if progress is not None:
                        progress(done, total)
                yield record

        try:
            journal.import_records(feed())
        except InvalidInput as exc:
            raise ImportRefused(f"{path.name}: {exc}") from None
        if progress is not None:
            progress(total, total)
        report.written = True
        return report


FORMAT = JournalJson()
FORMATS = (FORMAT,)
