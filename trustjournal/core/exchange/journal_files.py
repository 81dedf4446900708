"""Reading another journal's export: jrnl's JSON and Day One's JSON (a zip, or its JSON).

Both become a `Source`: the entries in file order, each with its local date, its text as
the leader wrote it, its tags, and (Day One) its place and how many photos it had. Nothing
here touches a TrustJournal journal; `journals.py` turns entries into conversations.

The shapes, as the tools write them:

* jrnl 4 (`jrnl --export json`, jrnl/plugins/json_exporter.py): `{"tags": {"@nadia": 2, …},
  "entries": [{"title", "body", "date": "2024-03-04", "time": "08:30", "tags": ["@nadia",
  "#candid"], "starred"}, …]}`. Dates and times are the writer's local ones; tags are
  lower-cased with their symbol (`@` by convention for people, `#` for topics).
* Day One (File ▸ Export ▸ JSON): a zip holding `Journal.json` (or one `<name>.json` per
  journal) and `photos/<md5>.<type>`; each JSON is `{"metadata": {"version": "1.0"},
  "entries": [{"uuid", "creationDate": "2018-12-06T21:04:39Z" (UTC), "timeZone":
  "Europe/Zurich", "text" (Markdown, punctuation escaped: `diary\\.`, photos as
  `![](dayone-moment://<id>)`), "tags": [...], "location": {"placeName", "localityName",
  "country", …}, "photos": [...], "starred", …}, …]}`.

A Day One zip is read in memory, never extracted: only its `.json` members are read, and
only after the archive's listing has been checked (member count, names that would leave
the folder, encrypted members, declared sizes and compression ratios: a zip bomb is
refused before one byte of it is inflated). Every refusal is an `ImportRefused` naming the
member, line or entry, and saying that nothing was imported.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from trustjournal.core.exchange.formats import ImportRefused, size_checked
from trustjournal.core.i18n import N_, _, day_text

# What a Day One zip may hold before any of it is inflated.
ZIP_MAX_MEMBERS = 100_000  # photos included: years of a journal
ZIP_MAX_JSON_BYTES = 200 * 1024 * 1024  # all its JSON members together, uncompressed
ZIP_MAX_RATIO = 100  # uncompressed / compressed for a member over ZIP_RATIO_FROM bytes
ZIP_RATIO_FROM = 1024 * 1024
MAX_ENTRIES = 200_000
MAX_TEXT = 1_000_000  # characters in one entry


@dataclass(frozen=True)
class Entry:
    """One entry of the other journal, as its file has it."""

    number: int  # 1-based, in file order (messages name it)
    key: str  # Day One's uuid, or for jrnl a hash of date, time and title
    date: dt.date  # the local date the entry was written for
    title: str  # its first line, for the preview
    text: str  # the whole text (jrnl: title and body), Markdown
    tags: tuple[str, ...] = ()  # as the file spells them: "@nadia", "#board", "Comida"
    place: str = ""  # Day One: "Seestrasse, Erlenbach, Deutschland"
    photos: int = 0  # Day One: photos and other media the entry had (not imported)
    journal: str = ""  # Day One: the journal's name when the zip holds several

    @property
    def where(self) -> str:
        """How a message names the entry: its number and date (never its text)."""
        return _("entry {number} ({date})").format(number=self.number, date=day_text(self.date))


@dataclass
class Source:
    """What was read from the file."""

    format: str  # "jrnl" or "dayone"
    name: str  # the file's name
    entries: list[Entry] = field(default_factory=list)
    # Each tag's spelling in the text where it differs from the tag ("@nadia" -> "Nadia"):
    # a new person is named as the leader wrote them.
    spellings: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


# -- recognising ------------------------------------------------------------------------

_JRNL_HEAD = re.compile(rb'^\s*\{\s*"tags"\s*:\s*\{')
_DAYONE_HEAD = re.compile(rb'^\s*\{\s*"metadata"\s*:\s*\{')
_ZIP_MAGIC = b"PK\x03\x04"


def _strip_bom(head: bytes) -> bytes:
    return head[3:] if head.startswith(b"\xef\xbb\xbf") else head


def sniff_jrnl(head: bytes, name: str) -> bool:
    """jrnl's JSON export: an object whose first key is "tags", with "entries" of
    "title"/"body" objects (json_exporter writes exactly that order)."""
    head = _strip_bom(head)
    if not _JRNL_HEAD.match(head):
        return False
    return b'"entries"' not in head or (b'"title"' in head and b'"body"' in head)


def sniff_dayone(head: bytes, name: str) -> bool:
    """A Day One JSON export: its zip (a top-level .json member, or its photos/ folder, in
    the local headers the head holds), or the Journal.json taken out of it."""
    if head.startswith(_ZIP_MAGIC):
        return any(_dayone_member(n) or n.startswith("photos/") for n in _zip_head_names(head))
    head = _strip_bom(head)
    return bool(_DAYONE_HEAD.match(head)) and (b'"creationDate"' in head or b'"entries"' in head)


def _zip_head_names(head: bytes) -> Iterator[str]:
    """The member names in the local file headers within `head` (for sniffing only)."""
    at = 0
    while (at := head.find(_ZIP_MAGIC, at)) >= 0 and at + 30 <= len(head):
        size = int.from_bytes(head[at + 26 : at + 28], "little")
        yield head[at + 30 : at + 30 + size].decode("utf-8", "replace")
        at += 30 + size


def _dayone_member(name: str) -> bool:
    path = PurePosixPath(name)
    return (
        path.suffix.lower() == ".json"
        and len(path.parts) <= 2
        and not path.name.startswith(".")
        and not path.name.startswith("._")
        and path.parts[0] != "__MACOSX"
    )


# -- decoding ---------------------------------------------------------------------------


def _decode(data: bytes, what: str) -> Any:
    """JSON from UTF-8 bytes; a clear refusal naming the byte or line that is wrong."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportRefused(
            _(
                "{what} is not UTF-8 text (line {line}, byte {byte}); export it again as JSON, "
                "which is always UTF-8; nothing was imported."
            ).format(what=what, line=line, byte=exc.start + 1)
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            _(
                "{what} is not valid JSON at line {line}, column {column} ({error}); nothing "
                "was imported."
            ).format(what=what, line=exc.lineno, column=exc.colno, error=exc.msg.lower())
        ) from None
    except RecursionError:
        raise ImportRefused(
            _("{what} is nested too deeply to be an export; nothing was imported.").format(
                what=what
            )
        ) from None


def _text(value: object, what: str, entry: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ImportRefused(
            _("{entry}: its {field} is not text; nothing was imported.").format(
                entry=entry, field=_(what)
            )
        )
    if len(value) > MAX_TEXT:
        raise ImportRefused(
            _(
                "{entry}: its {field} is longer than {limit} characters; nothing was imported."
            ).format(entry=entry, field=_(what), limit=f"{MAX_TEXT:,}")
        )
    return value


def _tags(value: object, entry: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise ImportRefused(
            _("{entry}: its tags are not a list of words; nothing was imported.").format(
                entry=entry
            )
        )
    return tuple(dict.fromkeys(" ".join(t.split()) for t in value if t.strip()))


def _entries(doc: object, what: str, shape: str) -> list[Any]:
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ImportRefused(
            _("{what} is JSON but not {shape} (no list of entries); nothing was imported.").format(
                what=what, shape=_(shape)
            )
        )
    entries: list[Any] = doc["entries"]
    if len(entries) > MAX_ENTRIES:
        raise ImportRefused(
            _("{what} has more than {limit} entries; nothing was imported.").format(
                what=what, limit=f"{MAX_ENTRIES:,}"
            )
        )
    return entries


# -- jrnl ---------------------------------------------------------------------------------

_JRNL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_jrnl(path: Path) -> Source:
    size_checked(path)
    doc = _decode(path.read_bytes(), path.name)
    if not isinstance(doc, dict) or "tags" not in doc:
        raise ImportRefused(
            _(
                "{file} is JSON but not a jrnl export (jrnl --export json); nothing was imported."
            ).format(file=path.name)
        )
    source = Source("jrnl", path.name)
    for number, raw in enumerate(_entries(doc, path.name, N_("a jrnl export")), 1):
        label = _("entry {number} of {file}").format(number=number, file=path.name)
        if not isinstance(raw, dict):
            raise ImportRefused(
                _("{entry} is not a jrnl entry; nothing was imported.").format(entry=label)
            )
        day = raw.get("date")
        if not isinstance(day, str) or not _JRNL_DATE.fullmatch(day):
            raise ImportRefused(
                _("{entry} has no date in the form 2024-03-04; nothing was imported.").format(
                    entry=label
                )
            )
        try:
            date = dt.date.fromisoformat(day)
        except ValueError:
            raise ImportRefused(
                _("{entry}: {day} is not a date; nothing was imported.").format(
                    entry=label, day=day
                )
            ) from None
        label = _("entry {number} ({date}) of {file}").format(
            number=number, date=day, file=path.name
        )
        title = _text(raw.get("title"), N_("title"), label).strip()
        body = _text(raw.get("body"), N_("body"), label).strip()
        time = raw.get("time")
        tags = _tags(raw.get("tags"), label)
        text = f"{title}\n{body}" if body else title
        digest = hashlib.sha256(f"{day} {time} {title}".encode()).hexdigest()[:16]
        source.entries.append(Entry(number, f"jrnl:{digest}", date, title, text, tags))
        _learn_spellings(source.spellings, text, tags)
    return source


def _learn_spellings(found: dict[str, str], text: str, tags: tuple[str, ...]) -> None:
    """How the text writes each tag ("@Nadia" for the tag "@nadia"), first seen wins."""
    for tag in tags:
        if tag in found:
            continue
        at = text.casefold().find(tag.casefold())
        if at >= 0:
            written = text[at : at + len(tag)]
            if written.casefold() == tag.casefold():
                found[tag] = written


# -- Day One ------------------------------------------------------------------------------

_MOMENT = re.compile(r"!?\[[^\]\n]*\]\(dayone-moment:/*[^)\s]*\)")
_ESCAPED = re.compile(r"\\([.!()\-\[\]#+*_`>])")


def read_dayone(path: Path) -> Source:
    """A Day One export: its zip (every journal in it) or one of its JSON files."""
    size_checked(path)
    with path.open("rb") as f:
        magic = f.read(4)
    source = Source("dayone", path.name)
    if magic == _ZIP_MAGIC:
        for member, data in _zip_members(path):
            journal = PurePosixPath(member).stem
            what = _("{member} in {file}").format(member=member, file=path.name)
            _read_dayone_json(source, data, what, journal)
    else:
        _read_dayone_json(source, path.read_bytes(), path.name, "")
    if len({e.journal for e in source.entries}) < 2:
        source.entries = [_without_journal(e) for e in source.entries]
    return source


def _without_journal(entry: Entry) -> Entry:
    return Entry(
        entry.number, entry.key, entry.date, entry.title, entry.text, entry.tags,
        entry.place, entry.photos,
    )  # fmt: skip


def _zip_members(path: Path) -> list[tuple[str, bytes]]:
    """The JSON members of a Day One zip, read in memory after the listing is checked."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportRefused(
            _("{file} is not a readable zip ({error}); nothing was imported.").format(
                file=path.name, error=exc
            )
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > ZIP_MAX_MEMBERS:
            raise ImportRefused(
                _(
                    "{file} holds {n} files, more than the {limit} a Day One export may; "
                    "nothing was imported."
                ).format(file=path.name, n=f"{len(infos):,}", limit=f"{ZIP_MAX_MEMBERS:,}")
            )
        for info in infos:
            _refuse_unsafe_name(info.filename, path.name)
        wanted = [i for i in infos if not i.is_dir() and _dayone_member(i.filename)]
        if not wanted:
            raise ImportRefused(
                _(
                    "{file} is a zip without Journal.json (or another journal's .json) at its "
                    "top: not a Day One JSON export; nothing was imported."
                ).format(file=path.name)
            )
        total = 0
        for info in wanted:
            if info.flag_bits & 0x1:
                raise ImportRefused(
                    _(
                        "{member} in {file} is encrypted; export it from Day One without a "
                        "password; nothing was imported."
                    ).format(member=info.filename, file=path.name)
                )
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > ZIP_RATIO_FROM and ratio > ZIP_MAX_RATIO:
                raise ImportRefused(
                    _(
                        "{member} in {file} would inflate {ratio} times (to {mb} MB): a zip "
                        "bomb, not an export; nothing was imported."
                    ).format(
                        member=info.filename,
                        file=path.name,
                        ratio=f"{ratio:,.0f}",
                        mb=f"{info.file_size / 1e6:,.0f}",
                    )
                )
        if total > ZIP_MAX_JSON_BYTES:
            raise ImportRefused(
                _(
                    "The journals in {file} would take {mb} MB, more than the {limit} MB an "
                    "import reads; nothing was imported."
                ).format(
                    file=path.name,
                    mb=f"{total / 1e6:,.0f}",
                    limit=f"{ZIP_MAX_JSON_BYTES / 1e6:,.0f}",
                )
            )
        found: list[tuple[str, bytes]] = []
        for info in sorted(wanted, key=lambda i: i.filename):
            try:
                # zipfile stops at the declared size and checks the CRC at the end
                found.append((info.filename, archive.read(info)))
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise ImportRefused(
                    _("{member} in {file} is damaged ({error}); nothing was imported.").format(
                        member=info.filename, file=path.name, error=exc
                    )
                ) from None
        return found


def _refuse_unsafe_name(name: str, archive: str) -> None:
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
        raise ImportRefused(
            _(
                "{file} holds a file named {name}, which points outside the archive: not a Day "
                "One export; nothing was imported."
            ).format(file=archive, name=repr(name))
        )


def _read_dayone_json(source: Source, data: bytes, what: str, journal: str) -> None:
    doc = _decode(data, what)
    if not isinstance(doc, dict) or ("tags" in doc and "metadata" not in doc):
        raise ImportRefused(
            _("{what} is JSON but not a Day One export; nothing was imported.").format(what=what)
        )
    entries = _entries(doc, what, N_("a Day One export"))
    first = len(source.entries)
    for index, raw in enumerate(entries, 1):
        number = first + index
        label = _("entry {number} of {file}").format(number=index, file=what)
        if not isinstance(raw, dict):
            raise ImportRefused(
                _("{entry} is not a Day One entry; nothing was imported.").format(entry=label)
            )
        uuid = raw.get("uuid")
        if not isinstance(uuid, str) or not uuid.strip():
            raise ImportRefused(_("{entry} has no uuid; nothing was imported.").format(entry=label))
        date = _dayone_date(raw.get("creationDate"), raw.get("timeZone"), label)
        label = _("entry {number} ({date}) of {file}").format(
            number=index, date=day_text(date), file=what
        )
        text = _dayone_text(_text(raw.get("text"), N_("text"), label))
        tags = _tags(raw.get("tags"), label)
        photos = sum(
            len(v) for k in ("photos", "videos", "audios", "pdfAttachments")
            if isinstance(v := raw.get(k), list)
        )  # fmt: skip
        title = next((t for t in text.splitlines() if t.strip() not in ("", "[photo]")), "")
        source.entries.append(
            Entry(
                number,
                f"dayone:{uuid.strip().upper()}",
                date,
                title.lstrip("# ").strip(),
                text,
                tags,
                _place(raw.get("location")),
                photos,
                journal,
            )
        )


def _dayone_date(value: object, zone: object, label: str) -> dt.date:
    """The entry's local date: its UTC creationDate seen in its own time zone."""
    if not isinstance(value, str):
        raise ImportRefused(
            _("{entry} has no creationDate; nothing was imported.").format(entry=label)
        )
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ImportRefused(
            _("{entry}: {value} is not a date and time; nothing was imported.").format(
                entry=label, value=repr(value[:40])
            )
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    if isinstance(zone, str) and zone:
        # an unknown zone: the UTC date, as Day One itself shows such entries
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            moment = moment.astimezone(ZoneInfo(zone))
    return moment.date()


def _dayone_text(text: str) -> str:
    """Day One's Markdown as the leader wrote it: photo references become "[photo]",
    the backslashes Day One puts before punctuation ("diary\\.") go."""
    text = _MOMENT.sub("[photo]", text)
    return _ESCAPED.sub(r"\1", text).strip()


def _place(location: object) -> str:
    if not isinstance(location, dict):
        return ""
    parts = [location.get(k) for k in ("placeName", "localityName", "country")]
    words = [" ".join(p.split()) for p in parts if isinstance(p, str) and p.strip()]
    return ", ".join(dict.fromkeys(words))[:200]
