"""Other journals in: jrnl's JSON export and Day One's JSON export become conversations.

`read(path, fmt)` reads the file (journal_files.py); `preview(journal, source)` proposes,
for every tag, what it means: a person already in the journal, a new person, or nothing
(kept as a tag); `plan(preview)` turns each entry into a conversation draft or says why it
is left out; `apply(journal, planned)` writes them in one transaction. `run` does all of
it with the preview's defaults, for `trustjournal import`.

The rules (docs/import.md, "Other journals: jrnl and Day One"):

* Date: the entry's local date (jrnl's own date; Day One's UTC time in the entry's zone).
* Note: the text as written (jrnl: title, then body; Day One: its Markdown with photos
  shown as "[photo]"); a Day One entry's tags and place are kept as lines at its end
  ("Tags: …", "Place: …"), jrnl's tags are in its text already.
* People: the tags mapped to people; an entry whose tags name nobody takes the people its
  text names for certain (`judgement.mentions`: full name, unique first name, alias) among
  the journal's people and the new people of this import. Default mapping: a tag that is
  a person's name (full, alias, or a first name nobody else has) is that person; otherwise
  a jrnl `@tag` is a new person (named as the text spells it) and any other tag nothing.
  A tag that fits several people is left for the leader to choose (never a guess).
* A tag that is a signal's code or label ("#challenged-my-framing") ticks that signal.
* Format: the first line's words decide when they say it (call, phoned → Call; dinner,
  supper → Dinner; texted, e-mail → Message); otherwise 1:1 with one person, Group with
  more. The leader changes any of it afterwards, as for any conversation.
* An entry that names nobody is left out (a conversation is always with someone) unless
  the preview gives them all to one person.
* Idempotent: an entry whose text is already in a conversation of the same date (its
  note, or part of it) is not added again, so importing a file twice adds it once.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from trustjournal.core.exchange import journal_files as files
from trustjournal.core.exchange.formats import Format, Progress, Report, cancelled
from trustjournal.core.exchange.journal_files import Entry, Source
from trustjournal.core.i18n import N_, _, day_text, ngettext
from trustjournal.core.journal.imported import ImportCancelled
from trustjournal.core.judgement.mentions import NameIndex, PersonNames
from trustjournal.core.judgement.signals import SIGNALS
from trustjournal.core.records import ConversationDraft

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

__all__ = ["FORMATS", "ImportCancelled", "Planned", "Preview", "TagChoice", "apply", "plan"]

# What a tag (or the entries naming nobody) becomes.
PERSON = "person"  # a person already in the journal (`person_id`)
NEW = "new"  # a new person (`name`)
IGNORE = "ignore"  # nobody: kept as a tag (entries naming nobody: left out)

# Why an entry is not added.
ADD = "add"
ALREADY = N_("already imported")
TWICE = N_("twice in the file")
NOBODY = N_("names nobody")


@dataclass
class TagChoice:
    """One tag of the file and what it becomes; the preview's table edits these."""

    tag: str  # as the file has it: "@nadia", "#board", "Comida"
    action: str = IGNORE  # PERSON, NEW or IGNORE
    person_id: int | None = None  # for PERSON
    name: str = ""  # for NEW: the new person's name
    entries: int = 0  # how many entries carry it
    candidates: tuple[int, ...] = ()  # the people it could be, when it fits several

    def describe(self, names: dict[int, str]) -> str:
        if self.action == PERSON and self.person_id is not None:
            return names.get(self.person_id, "?")
        if self.action == NEW:
            return _("{name} (new)").format(name=self.name)
        return _("nobody")


@dataclass
class Preview:
    """What the file holds and what importing it would do, with choices to change."""

    source: Source
    tags: list[TagChoice]  # tags that may name people, most used first
    signals: dict[str, str]  # tags that tick a signal: tag -> signal code
    people: list[PersonNames]  # the journal's people (the choices in the table)
    notes: dict[dt.date, list[str]]  # the journal's notes on the file's dates
    unnamed: TagChoice = field(default_factory=lambda: TagChoice(""))  # IGNORE: left out

    @property
    def names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.people}


@dataclass(frozen=True)
class Planned:
    """One entry and what becomes of it."""

    entry: Entry
    status: str  # ADD, ALREADY, TWICE or NOBODY
    draft: ConversationDraft | None = None  # for ADD
    people: tuple[str, ...] = ()  # the people's names, for the preview

    def line(self) -> str:
        """date, people, first words: the preview's line for this entry."""
        who = ", ".join(self.people) or (_("nobody") if self.status in (ADD, NOBODY) else "—")
        words = " ".join(self.entry.title.split()[:8])
        if len(self.entry.title.split()) > 8:
            words += " …"
        state = (
            "" if self.status == ADD else "  " + _("[skipped: {why}]").format(why=_(self.status))
        )
        return f"{day_text(self.entry.date)}  {who}: {words}{state}"


# -- reading and the preview ----------------------------------------------------------------


def read(path: Path, fmt: str) -> Source:
    return files.read_jrnl(path) if fmt == "jrnl" else files.read_dayone(path)


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return _tidy(text).casefold()


def _tag_words(tag: str) -> str:
    """A tag as a name: without its symbol, hyphens and underscores as spaces."""
    return _tidy(re.sub(r"[-_]+", " ", tag.lstrip("@#+")))


def _signal_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")


# A tag ticks a signal when it is the signal's label or code; what *they* did may drop
# the "they": "#challenged-framing", "#shared-failure".
_SIGNAL_TAGS = {
    **{s.code.removeprefix("they_"): s.code for s in SIGNALS},
    **{_signal_key(s.label): s.code for s in SIGNALS},
    **{s.code: s.code for s in SIGNALS},
}


class _People:
    """The journal's people by the ways a tag may name them."""

    def __init__(self, people: Sequence[PersonNames]) -> None:
        self.full: dict[str, list[int]] = {}
        self.other: dict[str, list[int]] = {}  # aliases and first names
        for p in people:
            self.full.setdefault(_key(p.name), []).append(p.id)
            firsts = [p.name.split()[0]] if p.name.split() else []
            for name in {_key(n) for n in [*p.aliases, *firsts]}:
                self.other.setdefault(name, []).append(p.id)

    def fits(self, name: str) -> tuple[int, ...]:
        key = _key(name)
        return tuple(self.full.get(key) or self.other.get(key) or ())


def preview(journal: Journal, source: Source) -> Preview:
    """The file's entries with the default choice for every tag (see the module)."""
    people = journal.people_names()
    dates = [e.date for e in source.entries]
    notes = journal.notes_between(min(dates), max(dates)) if dates else {}
    index = _People(people)
    counts: dict[str, int] = {}
    for entry in source.entries:
        for tag in entry.tags:
            counts[tag] = counts.get(tag, 0) + 1
    signals = {t: code for t in counts if (code := _SIGNAL_TAGS.get(_signal_key(_tag_words(t))))}
    choices: list[TagChoice] = []
    for tag, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold())):
        if tag in signals:
            continue
        written = source.spellings.get(tag, tag)
        name = _tag_words(written)
        if name.islower():
            name = name.title()
        choice = TagChoice(tag, IGNORE, None, name, count)
        fits = index.fits(name) if name else ()
        if len(fits) == 1:
            choice.action, choice.person_id = PERSON, fits[0]
        elif len(fits) > 1:
            choice.candidates = fits
        elif tag.startswith("@") and name:
            choice.action = NEW
        choices.append(choice)
    return Preview(source, choices, signals, people, notes)


# -- the plan -------------------------------------------------------------------------------

_FORMAT_WORDS = (
    ("call", re.compile(r"\b(call|called|calls|phone|phoned|zoom|facetime)\b", re.I)),
    ("dinner", re.compile(r"\b(dinner|supper)\b", re.I)),
    ("message", re.compile(r"\b(texted|messaged|e-?mailed|e-?mail|letter)\b", re.I)),
)


def guess_format(title: str, people: int) -> str:
    for code, words in _FORMAT_WORDS:
        if words.search(title):
            return code
    return "one_on_one" if people <= 1 else "group"


def note_of(entry: Entry, source_format: str) -> str:
    """The conversation's note: the entry's text, and what else the entry kept (Day One's
    tags and place; jrnl's tags are written in its text)."""
    lines = [entry.text]
    if source_format == "dayone":
        extra = []
        if entry.tags:
            extra.append(_("Tags: {tags}").format(tags=", ".join(entry.tags)))
        if entry.place:
            extra.append(_("Place: {place}").format(place=entry.place))
        if entry.journal:
            extra.append(_("Day One journal: {name}").format(name=entry.journal))
        if extra:
            lines.append("\n".join(extra))
    return "\n\n".join(part for part in lines if part)


def plan(preview: Preview) -> list[Planned]:
    """Each entry with what the preview's choices make of it."""
    names = preview.names
    by_tag = {c.tag: c for c in preview.tags}
    new_ids: dict[str, int] = {}  # the new people, by name, as negative ids for the index
    for choice in [*preview.tags, preview.unnamed]:
        if choice.action == NEW and _tidy(choice.name):
            new_ids.setdefault(_key(choice.name), -(len(new_ids) + 1))
    new_names = {
        ident: _tidy(c.name)
        for c in [*preview.tags, preview.unnamed]
        if c.action == NEW and (ident := new_ids.get(_key(c.name))) is not None
    }
    mentions = NameIndex([*preview.people, *(PersonNames(i, n) for i, n in new_names.items())])
    seen: set[tuple[dt.date, str]] = set()
    existing = {d: [_key(n) for n in notes] for d, notes in preview.notes.items()}
    planned: list[Planned] = []
    for entry in preview.source.entries:
        note = note_of(entry, preview.source.format)
        text_key, note_key = _key(entry.text), _key(note)
        if (entry.date, note_key) in seen:
            planned.append(Planned(entry, TWICE))
            continue
        seen.add((entry.date, note_key))
        if any(_contains(n, text_key, note_key) for n in existing.get(entry.date, [])):
            planned.append(Planned(entry, ALREADY))
            continue
        who: list[int] = []
        for tag in entry.tags:
            if tag in by_tag:
                who.extend(_chosen(by_tag[tag], new_ids))
        if not who:
            who = [m.person for m in mentions.find(entry.text) if m.person is not None]
        if not who:
            who = _chosen(preview.unnamed, new_ids)
        who = list(dict.fromkeys(who))
        if not who:
            planned.append(Planned(entry, NOBODY))
            continue
        existing_ids = tuple(i for i in who if i > 0)
        new_people = tuple(new_names[i] for i in who if i < 0)
        signals = tuple(
            dict.fromkeys(preview.signals[t] for t in entry.tags if t in preview.signals)
        )
        draft = ConversationDraft(
            existing_ids,
            entry.date,
            guess_format(entry.title, len(who)),
            note,
            signals,
            new_people=new_people,
        )
        shown = tuple(names.get(i, "?") if i > 0 else new_names[i] for i in who)
        planned.append(Planned(entry, ADD, draft, shown))
    return planned


def _contains(existing: str, text: str, note: str) -> bool:
    """Is an entry with this text (and note) already in the conversation note `existing`?
    The whole note, or the entry's text within it when it is long enough to be telling
    (the leader may have added to a note since the last import)."""
    return existing == note or (len(text) >= 24 and text in existing)


def _chosen(choice: TagChoice, new_ids: dict[str, int]) -> list[int]:
    if choice.action == PERSON and choice.person_id is not None:
        return [choice.person_id]
    if choice.action == NEW and (ident := new_ids.get(_key(choice.name))) is not None:
        return [ident]
    return []


# -- applying -----------------------------------------------------------------------------


def apply(
    journal: Journal,
    planned: Sequence[Planned],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | Callable[[], bool] | None = None,
) -> list[int]:
    """Add the planned conversations in one transaction; cancelling writes nothing."""
    drafts = [p.draft for p in planned if p.status == ADD and p.draft is not None]
    if not drafts:
        return []
    stop: Callable[[], bool] | None
    if isinstance(cancel, threading.Event):
        event = cancel
        stop = lambda: cancelled(event)  # noqa: E731
    else:
        stop = cancel
    return journal.add_conversations(drafts, progress=progress, cancelled=stop)


def report(fmt: str, preview: Preview, planned: Sequence[Planned], written: bool) -> Report:
    """What `trustjournal import` prints: one line per entry, the counts, the warnings."""
    out = Report(fmt, written=written)
    added = [p for p in planned if p.status == ADD]
    out.added = {
        "conversations": len(added),
        "people": len({n for p in added if p.draft for n in p.draft.new_people}),
    }
    out.skipped = len(planned) - len(added)
    out.merged = len({i for p in added if p.draft for i in p.draft.people})
    for p in planned:
        out.lines.append(p.line())
        out.rows.append(
            {
                "entry": p.entry.number,
                "date": p.entry.date.isoformat(),
                "people": list(p.people),
                "new_people": list(p.draft.new_people) if p.draft else [],
                "format": p.draft.format if p.draft else None,
                "signals": list(p.draft.signals) if p.draft else [],
                "status": "add" if p.status == ADD else p.status,
                "title": p.entry.title[:80],
            }
        )
    out.warnings.extend(preview.source.warnings)
    nobody = sum(1 for p in planned if p.status == NOBODY)
    if nobody:
        out.warnings.append(
            ngettext(
                "{n} entry names nobody and is left out: tag the people in them, or choose one "
                "person for them all in File ▸ Import…",
                "{n} entries name nobody and are left out: tag the people in them, or choose "
                "one person for them all in File ▸ Import…",
                nobody,
            ).format(n=nobody)
        )
    undecided = [c.tag for c in preview.tags if c.candidates and c.action == IGNORE]
    if undecided:
        out.warnings.append(
            ngettext(
                "{n} tag(s) fit several people and were left as tags: {tags}",
                "{n} tag(s) fit several people and were left as tags: {tags}",
                len(undecided),
            ).format(n=len(undecided), tags=", ".join(undecided[:5]))
        )
    photos = sum(e.photos for e in preview.source.entries)
    if photos:
        out.warnings.append(
            ngettext(
                "{n} photo(s) and other media are not imported (shown as [photo]).",
                "{n} photo(s) and other media are not imported (shown as [photo]).",
                photos,
            ).format(n=photos)
        )
    return out


# -- the registry ---------------------------------------------------------------------------


@dataclass  # not frozen: `Format` declares plain attributes
class JournalFormat:
    name: str
    label: str
    sniffer: Callable[[bytes, str], bool]

    def sniff(self, head: bytes, name: str) -> bool:
        return self.sniffer(head, name)

    def run(
        self,
        journal: Journal,
        path: Path,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Report:
        """Read, plan with the preview's defaults, and (unless `dry_run`) write."""
        source = read(path, self.name)
        shown = preview(journal, source)
        planned = plan(shown)
        if dry_run:
            return report(self.name, shown, planned, written=False)
        ids = apply(journal, planned, progress=progress, cancel=cancel)
        return report(self.name, shown, planned, written=bool(ids))


JRNL = JournalFormat("jrnl", "jrnl journal (JSON export)", files.sniff_jrnl)
DAYONE = JournalFormat("dayone", "Day One journal (JSON export)", files.sniff_dayone)
FORMATS: tuple[JournalFormat, ...] = (JRNL, DAYONE)
BY_NAME = {f.name: f for f in FORMATS}

if TYPE_CHECKING:  # each of them is a `formats.Format`
    _checked: tuple[Format, ...] = FORMATS


def with_unnamed(preview: Preview, choice: TagChoice) -> Preview:
    """The same preview with another choice for the entries naming nobody."""
    return replace(preview, unnamed=choice)
