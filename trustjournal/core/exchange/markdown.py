"""The readable export: the journal as a folder of Markdown files.

    README.md            the index: when, what, the warning that it is not encrypted
    people/Maya Chen.md  one page per person: front matter (flag, roles, dates, cadence, …),
                         why the flag says what it says, their conversations in date order,
                         the decisions they were part of and the gatherings they were at
    decisions.md         every decision, newest first
    gatherings.md        every gathering, newest first
    reflections.md       the written quarterly reflections, newest first

File names are safe on Linux, macOS and Windows (no reserved characters or names, no
trailing dot or space, at most `NAME_MAX` characters) and unique whatever the case. The
pages are built from `Contents` (contents.py); the words for signals, formats, flags and
roles come from their one source (judgement/signals.py, formats.py, judgement/ties.py).
The layout is specified in docs/export-format.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from urllib.parse import quote

from trustjournal.core import kinds
from trustjournal.core.exchange.contents import Contents
from trustjournal.core.formats import FORMATS
from trustjournal.core.i18n import N_, _
from trustjournal.core.judgement.signals import BY_CODE, GROUP_LABELS, Group
from trustjournal.core.judgement.ties import FLAG_LABELS, ROLE_LABELS
from trustjournal.core.records import (
    ConversationRecord,
    DecisionRecord,
    GatheringRecord,
    PersonRecord,
)

PEOPLE_DIR = "people"
NAME_MAX = 80  # characters of a person's file name before ".md"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"(?i)^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$")
WARNING = N_(
    "This export is NOT encrypted: anyone who can read these files can read your journal. "
    "Keep it somewhere private, and delete it when you no longer need it."
)  # English: `warning()` gives it in the language in use


def warning() -> str:
    """The warning every Markdown export carries, in the language in use."""
    return _(WARNING)


# -- file names ---------------------------------------------------------------------------


def safe_name(name: str, fallback: str) -> str:
    """`name` as a file name every common system accepts (without the extension)."""
    clean = unicodedata.normalize("NFC", name)
    clean = _UNSAFE.sub(" ", clean)
    clean = re.sub(r"\s+", " ", clean).strip().strip(".").strip()
    clean = clean[:NAME_MAX].rstrip(" .")
    if not clean or _RESERVED.match(clean):
        clean = f"{clean} ({fallback})" if clean else fallback
    return clean


def file_names(people: Iterable[PersonRecord]) -> dict[int, str]:
    """Each person's page, `people/Maya Chen.md`, unique however a system folds case."""
    taken: set[str] = set()
    found: dict[int, str] = {}
    for person in sorted(people, key=lambda p: (p.name.casefold(), p.id)):
        base = safe_name(person.name, f"Person {person.id}")  # a path: the same in every language
        candidate, n = base, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{base} ({n})"
        taken.add(candidate.casefold())
        found[person.id] = f"{PEOPLE_DIR}/{candidate}.md"
    return found


def _link(text: str, target: str) -> str:
    label = text.replace("[", "\\[").replace("]", "\\]")
    return f"[{label}]({quote(target)})"


# -- words ----------------------------------------------------------------------------------


def _q(value: str) -> str:
    """A front-matter string: JSON's double-quoted form, which YAML reads the same."""
    return json.dumps(value, ensure_ascii=False)


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def signals_text(codes: Iterable[str]) -> str:
    """'Honesty from them: Shared a failure, Challenged my framing · Polish: Transactional'."""
    groups: dict[Group, list[str]] = {}
    unknown: list[str] = []
    for code in codes:
        signal = BY_CODE.get(code)
        if signal is None:
            unknown.append(code)  # from a newer version: kept, by its code
        else:
            groups.setdefault(signal.group, []).append(signal.label)
    parts = [f"{GROUP_LABELS[g]}: {', '.join(labels)}" for g, labels in groups.items()]
    if unknown:
        parts.append(_("Other: {codes}").format(codes=", ".join(unknown)))
    return " · ".join(parts)


def _format(code: str) -> str:
    return FORMATS.get(code, code)


def _gathering_dates(g: GatheringRecord) -> str:
    if g.end_date is None or g.end_date == g.start_date:
        return _day(g.start_date)
    return _("{start} to {end}").format(start=_day(g.start_date), end=_day(g.end_date))


# -- pages -----------------------------------------------------------------------------------


class Pages:
    """The Markdown pages of one `Contents`."""

    def __init__(self, contents: Contents, *, linked: bool = True) -> None:
        self.c = contents
        self.linked = linked  # links between pages (not in one person's page alone)
        self.files = file_names(contents.people)
        self.names = {p.id: p.name for p in contents.people}
        self.decisions = {d.id: d for d in contents.decisions}
        self.gatherings = {g.id: g for g in contents.gatherings}
        self.talks: dict[int, list[ConversationRecord]] = {p.id: [] for p in contents.people}
        for talk in contents.conversations:
            for ref in talk.people:
                self.talks[ref.id].append(talk)
        for talks in self.talks.values():
            talks.sort(key=lambda t: (t.date, t.id))
        self.decided: dict[int, list[DecisionRecord]] = {}
        for d in contents.decisions:
            for ref in d.consulted:
                self.decided.setdefault(ref.id, []).append(d)
        self.met: dict[int, list[GatheringRecord]] = {}
        for g in contents.gatherings:
            for ref in g.people:
                self.met.setdefault(ref.id, []).append(g)

    def all(self) -> Iterator[tuple[str, str]]:
        """Every page of the whole journal, as (path in the folder, Markdown)."""
        yield "README.md", self.index()
        for person in self.c.people:
            yield self.files[person.id], self.person(person)
        yield "decisions.md", self.decisions_page()
        yield "gatherings.md", self.gatherings_page()
        yield "reflections.md", self.reflections_page()

    def _who(self, ident: int, *, up: str = "") -> str:
        if not self.linked:
            return self.names[ident]
        return _link(self.names[ident], up + self.files[ident])

    # -- a person -------------------------------------------------------------------------

    def person(self, p: PersonRecord, *, up: str = "../") -> str:
        """A person's page; links to others are relative to `people/` (`up` "../")."""
        tie = self.c.ties.get(p.id)
        talks = self.talks.get(p.id, [])
        own = p.cadence_days is not None
        cadence = p.cadence_days if own else self.c.cadence_days
        lines = [
            "---",
            f"name: {_q(p.name)}",
            f"role: {_q(p.role)}",
            f"flag: {_q(FLAG_LABELS[tie.flag]) if tie else 'null'}",
            "roles: [" + ", ".join(_q(ROLE_LABELS[r]) for r in (tie.roles if tie else ())) + "]",
            f"first_conversation: {_day(talks[0].date) if talks else 'null'}",
            f"last_conversation: {_day(talks[-1].date) if talks else 'null'}",
            f"conversations: {len(talks)}",
            f"cadence_days: {cadence}" + ("" if own else "  # the journal's"),
            f"my_few: {'true' if p.my_few else 'false'}",
            "aliases: [" + ", ".join(_q(a) for a in p.aliases) + "]",
            f"archived: {'true' if p.archived else 'false'}",
            f"judged_on: {_day(self.c.as_of)}",
            "---",
            "",
            f"# {p.name}",
            "",
        ]
        if p.role:
            lines += [_("**Role:** {role}").format(role=p.role) + "  "]
        if p.how_met:
            lines += [_("**How we met:** {how}").format(how=p.how_met) + "  "]
        if p.aliases:
            lines += [_("**Also called:** {names}").format(names=", ".join(p.aliases)) + "  "]
        if tie:
            flag = FLAG_LABELS[tie.flag]
            roles = ", ".join(ROLE_LABELS[r] for r in tie.roles)
            line = _("**Flag:** {flag}").format(flag=flag)
            if roles:
                line += " · " + _("**Roles:** {roles}").format(roles=roles)
            lines += [line, ""]
            if tie.reasons:
                why = _("Why {flag} (as of {date}):").format(flag=flag, date=_day(self.c.as_of))
                lines += [why, ""]
                lines += [f"- {reason}" for reason in tie.reasons]
                lines.append("")
        if p.notes:
            lines += ["## " + _("Notes"), "", p.notes.strip(), ""]
        lines += ["## " + _("Conversations ({n})").format(n=len(talks)), ""]
        if not talks:
            lines += [_("No conversation yet."), ""]
        for talk in talks:
            lines += self._conversation(talk, up=up, about=p.id)
        decided = self.decided.get(p.id, [])
        if decided:
            lines += ["## " + _("Decisions ({n})").format(n=len(decided)), ""]
            for d in sorted(decided, key=lambda d: (d.date, d.id)):
                framing = any(r.id == p.id for r in d.changed_framing)
                discomfort = _("discomfort {n}/5").format(n=d.discomfort)
                lines.append(
                    f"- {_day(d.date)} · {d.title} · {discomfort} · {d.status}"
                    + (" · " + _("changed my framing") if framing else "")
                )
            lines.append("")
        met = self.met.get(p.id, [])
        if met:
            lines += ["## " + _("Gatherings ({n})").format(n=len(met)), ""]
            for g in sorted(met, key=lambda g: (g.start_date, g.id)):
                place = f", {g.place}" if g.place else ""
                lines.append(f"- {_gathering_dates(g)} · {g.name}{place}")
            lines.append("")
        return "\n".join(lines)

    def _conversation(self, talk: ConversationRecord, *, up: str, about: int) -> list[str]:
        others = [self._who(r.id, up=up) for r in talk.people if r.id != about]
        head = f"### {_day(talk.date)} · {_format(talk.format)}"
        lines = [head, ""]
        if others:
            lines.append(_("**With:** {names}").format(names=", ".join(others)) + "  ")
        if talk.signals:
            lines.append(
                _("**Signals:** {signals}").format(signals=signals_text(talk.signals)) + "  "
            )
        if talk.decision_id is not None:
            title = self.decisions[talk.decision_id].title
            lines.append(_("**Decision:** {title}").format(title=title) + "  ")
        if talk.gathering_id is not None:
            name = self.gatherings[talk.gathering_id].name
            lines.append(_("**Gathering:** {name}").format(name=name) + "  ")
        if len(lines) > 2:
            lines.append("")
        if talk.note.strip():
            lines += [talk.note.strip(), ""]
        return lines

    # -- the rest ------------------------------------------------------------------------------

    def decisions_page(self) -> str:
        lines = ["# " + _("Decisions"), ""]
        if not self.c.decisions:
            lines += [_("No decision recorded."), ""]
        for d in sorted(self.c.decisions, key=lambda d: (d.date, d.id), reverse=True):
            framing = {r.id for r in d.changed_framing}
            consulted = [
                self._who(r.id) + (" " + _("(changed my framing)") if r.id in framing else "")
                for r in d.consulted
            ]
            lines += [
                f"## {_day(d.date)} · {d.title}",
                "",
                _("**Discomfort:** {n}/5 · **Status:** {status}").format(
                    n=d.discomfort, status=d.status
                )
                + "  ",
                _("**Consulted:** {names}").format(
                    names=", ".join(consulted) if consulted else _("nobody: decided alone")
                ),
                "",
            ]
            if d.outcome.strip():
                lines += [d.outcome.strip(), ""]
        return "\n".join(lines)

    def gatherings_page(self) -> str:
        lines = ["# " + _("Gatherings"), ""]
        if not self.c.gatherings:
            lines += [_("No gathering recorded."), ""]
        for g in sorted(self.c.gatherings, key=lambda g: (g.start_date, g.id), reverse=True):
            met = ", ".join(self._who(r.id) for r in g.people)
            lines += [
                f"## {g.name}",
                "",
                _("**When:** {dates}").format(dates=_gathering_dates(g)) + "  ",
            ]
            if g.place:
                lines.append(_("**Where:** {place}").format(place=g.place) + "  ")
            lines += [_("**Met there:** {names}").format(names=met or _("nobody recorded")), ""]
            if g.note.strip():
                lines += [g.note.strip(), ""]
        return "\n".join(lines)

    def reflections_page(self) -> str:
        lines = ["# " + _("Quarterly reflections"), ""]
        written = [r for r in self.c.reflections if r.text.strip()]
        if not written:
            lines += [_("No written reflection."), ""]
        for r in sorted(written, key=lambda r: r.quarter, reverse=True):
            lines += [f"## {r.quarter[:4]} Q{r.quarter[5]}", "", r.text.strip(), ""]
        return "\n".join(lines)

    def index(self) -> str:
        c = self.c
        made = c.exported_at.astimezone().strftime("%Y-%m-%d %H:%M")
        lines = [
            "# " + _("TrustJournal export"),
            "",
            _("Exported {made}; flags and roles as of {date}.").format(
                made=made, date=_day(c.as_of)
            ),
            "",
            f"> **{warning()}**",
            "",
            "- "
            + _("{people} (`people/`), {conversations}").format(
                people=kinds.PERSON.count(len(c.people)),
                conversations=kinds.CONVERSATION.count(len(c.conversations)),
            ),
            f"- {_link(_('Decisions'), 'decisions.md')} ({len(c.decisions):,}), "
            f"{_link(_('Gatherings'), 'gatherings.md')} ({len(c.gatherings):,}), "
            f"{_link(_('Quarterly reflections'), 'reflections.md')}",
            "- "
            + _(
                "`journal.json`: everything, for `trustjournal import` into an empty journal "
                "(its schema: docs/export-format.md)"
            ),
            "",
            "## " + _("People"),
            "",
            "| {} | {} | {} | {} |".format(_("Person"), _("Flag"), _("Conversations"), _("Last")),
            "| --- | --- | ---: | --- |",
        ]
        for p in sorted(c.people, key=lambda p: p.name.casefold()):
            tie = c.ties.get(p.id)
            talks = self.talks.get(p.id, [])
            flag = FLAG_LABELS[tie.flag] if tie else ""
            last = _day(talks[-1].date) if talks else ""
            name = self._who(p.id).replace("|", "\\|")
            lines.append(f"| {name} | {flag} | {len(talks)} | {last} |")
        lines.append("")
        return "\n".join(lines)


def person_only(contents: Contents, person_id: int) -> Iterator[tuple[str, str]]:
    """One person's history alone: their page (links to others left as plain names)."""
    pages = Pages(contents, linked=False)
    person = next(p for p in contents.people if p.id == person_id)
    yield pages.files[person_id].removeprefix(f"{PEOPLE_DIR}/"), pages.person(person, up="")
