"""Contacts in: vCard files (.vcf) as Google, Apple and Outlook write them.

`read_cards(path)` reads every card of a file (vCard 2.1, 3.0 and 4.0; UTF-8, UTF-16 or a
single-byte charset; folded lines; quoted-printable values with their own CHARSET, soft
line breaks included) with `vobject`, and keeps of each what a person in the journal has:
the name (FN, else N), organisation and title (together the role, "CEO, Brightmoor Media"),
notes, nicknames (aliases), e-mails and the UID. Photos, phones and addresses are not read.

`preview(journal, path)` matches the cards against the journal (core/exchange/matching.py)
and writes nothing; `apply(journal, rows)` writes the chosen rows in one transaction
(`Journal.import_contacts`, core/journal/contacts.py). `run` is both, for `trustjournal
import`. A file that cannot be read raises `ImportRefused` naming the card and line.
"""

from __future__ import annotations

import codecs
import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vobject.base import ParseError, getLogicalLines, textLineToContentLine

from trustjournal.core.exchange.formats import (
    ImportRefused,
    Progress,
    Report,
    cancelled,
    size_checked,
)
from trustjournal.core.exchange.matching import (
    Action,
    Card,
    Row,
    Status,
    counts_sentence,
    plan,
)
from trustjournal.core.i18n import _
from trustjournal.core.journal.validation import tidy_name

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

MAX_BYTES = 64 * 1024 * 1024  # contacts with photos are big; more than this is not an address book
MAX_CARDS = 50_000
NAME_MAX = 200  # a longer "name" is not one
# Properties never read (photos are most of a file's size; nothing of them is kept).
_UNREAD = ("PHOTO", "LOGO", "SOUND", "KEY")


# -- bytes to text ---------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """The file's text: a BOM decides (UTF-8, UTF-16, UTF-32); else UTF-16 without a BOM
    if it looks so, else UTF-8, else Windows-1252 (what Outlook writes; a superset of the
    printable ISO-8859-1)."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    if len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
        return data.decode("utf-16-le", errors="replace")
    if len(data) >= 4 and data[0] == 0 and data[2] == 0 and data[1] != 0:
        return data.decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff(head: bytes, name: str) -> bool:
    """A vCard file begins (after a BOM and blank lines) with BEGIN:VCARD, whatever its name."""
    text = decode(head[:4096])
    for line in text.splitlines():
        if line.strip():
            return line.strip().upper().startswith("BEGIN:VCARD")
    return False


# -- text to cards ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Raw:
    number: int
    line: int
    text: str


def _where(number: int, line: int) -> str:
    return _("card {number} (line {line})").format(number=number, line=line)


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _property(line: str) -> str:
    head = line.split(":", 1)[0].split(";", 1)[0]
    return head.rsplit(".", 1)[-1].strip().upper()  # "item1.EMAIL" -> "EMAIL"


def split_cards(text: str, filename: str) -> list[_Raw]:
    """The cards of a file, each with its number and first line; quoted-printable soft line
    breaks joined (vCard 2.1 continues those lines without the usual leading space)."""
    cards: list[_Raw] = []
    current: list[str] | None = None
    start = 0
    skipping = False  # inside a photo's folded lines
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        number = i + 1
        line = lines[i]
        i += 1
        stripped = line.strip()
        if current is None:
            if not stripped:
                continue
            if stripped.upper() == "BEGIN:VCARD":
                current, start = [line.lstrip()], number
                continue
            raise ImportRefused(
                _(
                    "{file}, line {line}: expected BEGIN:VCARD, found text outside a card; "
                    "nothing was imported."
                ).format(file=filename, line=number)
            )
        if stripped.upper() == "END:VCARD":
            current.append("END:VCARD")
            cards.append(_Raw(len(cards) + 1, start, "\r\n".join(current) + "\r\n"))
            if len(cards) > MAX_CARDS:
                raise ImportRefused(
                    _("{file} holds more than {limit} contacts; nothing was imported.").format(
                        file=filename, limit=f"{MAX_CARDS:,}"
                    )
                )
            current, skipping = None, False
            continue
        if stripped.upper() == "BEGIN:VCARD":
            raise ImportRefused(
                _(
                    "{file}: {card} has no END:VCARD before the next card begins on line "
                    "{line}; nothing was imported."
                ).format(file=filename, card=_where(len(cards) + 1, start), line=number)
            )
        if line[:1] in (" ", "\t"):  # a folded line continues the one before
            if not skipping:
                current.append(line)
            continue
        skipping = _property(line) in _UNREAD
        if skipping:
            continue
        if _is_qp(line):
            while line.endswith("=") and i < len(lines):
                nxt = lines[i]
                i += 1
                line = line[:-1] + (nxt[1:] if nxt[:1] in (" ", "\t") else nxt)
        current.append(line)
    if current is not None:
        raise ImportRefused(
            _(
                "{file}: {card} has no END:VCARD (the file ends inside it); nothing was imported."
            ).format(file=filename, card=_where(len(cards) + 1, start))
        )
    if not cards:
        raise ImportRefused(
            _("{file} holds no contacts (no BEGIN:VCARD); nothing was imported.").format(
                file=filename
            )
        )
    return cards


def _unescape(value: str) -> str:
    out: list[str] = []
    chars = iter(value)
    for c in chars:
        if c == "\\":
            nxt = next(chars, "")
            out.append("\n" if nxt in ("n", "N") else nxt)
        else:
            out.append(c)
    return "".join(out)


def _split(value: str, sep: str) -> list[str]:
    """`value` split at each `sep` not escaped by a backslash, each part unescaped."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for c in value:
        if escaped:
            current.append("\\" + c)
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == sep:
            parts.append(_unescape("".join(current)))
            current = []
        else:
            current.append(c)
    parts.append(_unescape("".join(current)))
    return parts


def _values(lines: dict[str, list[str]], name: str) -> list[str]:
    return lines.get(name, [])


def _text(lines: dict[str, list[str]], name: str) -> str:
    values = [_unescape(v).replace("\r\n", "\n").strip() for v in _values(lines, name)]
    return next((v for v in values if v), "")


def _content_lines(raw: _Raw, filename: str) -> dict[str, list[str]]:
    """The card's properties by name, values as written (escapes kept), read with vobject's
    line parser (unfolding, parameters, quoted-printable in the value's own charset)."""
    found: dict[str, list[str]] = {}
    try:
        for text, number in getLogicalLines(io.StringIO(raw.text), False):
            line = textLineToContentLine(text, number)
            if isinstance(line.value, str):
                found.setdefault(line.name.upper(), []).append(line.value)
    except ParseError as exc:
        at = getattr(exc, "lineNumber", None)
        line = raw.line + at - 1 if isinstance(at, int) else raw.line
        raise ImportRefused(
            _(
                "{file}: card {number} is malformed at line {line} (a line that is not "
                "NAME:value); nothing was imported."
            ).format(file=filename, number=raw.number, line=line)
        ) from None
    except (LookupError, UnicodeError, ValueError):
        raise ImportRefused(
            _(
                "{file}: {card} has a value in an unknown or wrong character set; nothing was "
                "imported."
            ).format(file=filename, card=_where(raw.number, raw.line))
        ) from None
    return found


def _email(value: str) -> str:
    value = _unescape(value).strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    value = value.strip().lower()
    return value if "@" in value and " " not in value and len(value) <= 254 else ""


def parse_card(raw: _Raw, filename: str) -> Card:
    """One card's details. Raises `ImportRefused` naming the card when it cannot be read."""
    component = _content_lines(raw, filename)
    name = tidy_name(_text(component, "FN"))
    n_parts = [_split(v, ";") for v in _values(component, "N")]
    family, given = "", ""
    if n_parts:
        parts = [tidy_name(p) for p in n_parts[0]] + [""] * 5
        family, given = parts[0], parts[1]
        if not name:
            name = tidy_name(
                " ".join(p for p in (parts[3], given, parts[2], family, parts[4]) if p)
            )
    org_values = [_split(v, ";") for v in _values(component, "ORG")]
    organisation = tidy_name(org_values[0][0]) if org_values else ""
    nicknames: list[str] = []
    for value in _values(component, "NICKNAME"):
        nicknames += [tidy_name(n) for n in _split(value, ",") if tidy_name(n)]
    emails = list(dict.fromkeys(e for e in map(_email, _values(component, "EMAIL")) if e))
    return Card(
        number=raw.number,
        line=raw.line,
        name=name if len(name) <= NAME_MAX else "",
        given=given,
        family=family,
        organisation=organisation,
        title=tidy_name(_text(component, "TITLE")),
        notes=_text(component, "NOTE"),
        nicknames=tuple(dict.fromkeys(nicknames)),
        emails=tuple(emails),
        uid=_text(component, "UID")[:200],
    )


def _not_a_person(card: Card, raw: _Raw) -> str:
    """Why a card is no person to import ("" when it is one)."""
    head = raw.text.upper()
    if "\nKIND:ORG" in head or "\nKIND:GROUP" in head or "X-ABSHOWAS:COMPANY" in head:
        return _("a company or group, not a person")
    if not card.name:
        return _("no name on this card (line {line})").format(line=card.line)
    return ""


@dataclass(frozen=True)
class Contacts:
    """A file read: its cards and the ones that are no person (with why)."""

    cards: list[Card]
    unusable: list[tuple[Card, str]]


def read_cards(path: Path) -> Contacts:
    size_checked(path, MAX_BYTES)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(
            _("Cannot read {file}: {error}.").format(file=path.name, error=exc.strerror or exc)
        ) from None
    text = decode(data)
    if "\x00" in text:
        raise ImportRefused(
            _("{file} is not a text file; nothing was imported.").format(file=path.name)
        )
    cards: list[Card] = []
    unusable: list[tuple[Card, str]] = []
    for raw in split_cards(text, path.name):
        card = parse_card(raw, path.name)
        why = _not_a_person(card, raw)
        if why:
            unusable.append((card, why))
        else:
            cards.append(card)
    if not cards:
        first, why = unusable[0]
        if why == _("no name on this card (line {line})").format(line=first.line):
            why = _("no name on this card")
        raise ImportRefused(
            _("{file} has no person to import: {card}: {why}; nothing was imported.").format(
                file=path.name, card=_where(first.number, first.line), why=why
            )
        )
    return Contacts(cards, unusable)


# -- preview and apply -----------------------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    """What the preview dialog shows: a row per person card, and the cards left out."""

    rows: list[Row]
    unusable: list[tuple[Card, str]]
    filename: str

    @property
    def sentence(self) -> str:
        return counts_sentence(self.rows)


def preview(journal: Journal, path: Path) -> Preview:
    """Read `path` and match its cards against the journal; writes nothing."""
    found = read_cards(path)
    return Preview(plan(found.cards, journal.contact_book()), found.unusable, path.name)


def apply(
    journal: Journal,
    rows: Sequence[Row],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Report:
    """Write the rows as chosen, in one transaction; a cancel writes nothing."""
    if cancelled(cancel):
        raise ImportRefused(_("The import was cancelled; nothing was imported."))
    done = journal.import_contacts(rows, progress=progress, cancel=cancel)
    report = report_of("vcard", rows, [])
    report.added = {"people": len(done.added)} if done.added else {}
    report.merged = len(done.merged)
    report.skipped = done.skipped
    report.written = bool(done.added or done.merged)
    return report


def _why(row: Row) -> str:
    if row.status is Status.CONFLICT:
        return _("to decide: {reason}").format(reason=row.reason)
    return row.reason


def report_of(fmt: str, rows: Sequence[Row], unusable: Sequence[tuple[Card, str]]) -> Report:
    """The preview as the command line prints it: a line (and a JSON row) per card."""
    report = Report(fmt)
    report.lines.append(counts_sentence(rows) + ".")
    for row in rows:
        card = row.card
        what = row.describe()
        detail = " · ".join(p for p in (card.role, ", ".join(card.emails)) if p)
        report.lines.append(
            f"{card.number:>4}  {what:<28} {card.name}"
            + (f" · {detail}" if detail else "")
            + f"  ({_why(row)})"
        )
        report.rows.append(
            {
                "card": card.number,
                "line": card.line,
                "name": card.name,
                "organisation": card.organisation,
                "title": card.title,
                "emails": list(card.emails),
                "status": str(row.status),
                "action": str(row.action),
                "into": row.target_name if row.action is Action.MERGE else None,
                "reason": row.reason,
            }
        )
    for card, why in unusable:
        report.warnings.append(
            _("Card {number} (line {line}) left out: {why}.").format(
                number=card.number, line=card.line, why=why
            )
        )
        report.rows.append(
            {
                "card": card.number,
                "line": card.line,
                "name": card.name,
                "status": "unusable",
                "action": "skip",
                "reason": why,
            }
        )
    report.added = {"people": sum(1 for r in rows if r.action is Action.ADD)}
    report.merged = sum(1 for r in rows if r.action is Action.MERGE)
    report.skipped = sum(1 for r in rows if r.action is Action.SKIP) + len(unusable)
    return report


class _VCard:
    name = "vcard"
    label = "Contacts (vCard .vcf)"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff(head, name)

    def run(
        self,
        journal: Journal,
        path: Path,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Report:
        """The preview (a dry run), or the preview applied with its default choices (the
        ones "to decide" are skipped)."""
        found = preview(journal, path)
        report = report_of(self.name, found.rows, found.unusable)
        if dry_run:
            return report
        if not any(r.action is not Action.SKIP for r in found.rows):
            return report
        applied = apply(journal, found.rows, progress=progress, cancel=cancel)
        report.added, report.merged = applied.added, applied.merged
        report.skipped = applied.skipped + len(found.unusable)
        report.written = applied.written
        return report


FORMATS = (_VCard(),)

__all__ = ["FORMATS", "Contacts", "Preview", "Status", "apply", "preview", "read_cards", "run"]


def run(
    journal: Journal,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Report:
    return FORMATS[0].run(journal, path, dry_run=dry_run, progress=progress, cancel=cancel)
