"""The quarterly reflection as `trustjournal reflect` prints it: stable JSON and plain text.

Pure functions of a `reflection.Reflection` (no journal, no clock, no Qt). The JSON shape is
documented in README ("Quarterly reflection"); change it only together with that section and
tests/golden/reflect_demo_*.json. The leader's written reflection is private even among
private things: both forms give only its length unless asked for the text.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

from trustjournal.core.i18n import N_, _, day_text, ngettext
from trustjournal.core.judgement.followup import Verdict
from trustjournal.core.judgement.quarters import MONTHS
from trustjournal.core.judgement.reflection import (
    Answer,
    CoachNote,
    Counts,
    Decision,
    Gathering,
    QuarterTest,
    Reflection,
    TieChange,
)
from trustjournal.core.judgement.reflection_steps import StepLine
from trustjournal.core.judgement.ties import (
    FLAG_WORDS,
    ROLE_LABELS,
    ROLE_SHORT_LABELS,
    UNCOMFORTABLE,
    Flag,
    Role,
    capacity_sentence,
    few_sentence,
)
from trustjournal.core.records import PersonRef

# The verdict names of the JSON: what the gathering turned out to be, in the words.
VERDICT_NAMES: dict[Verdict, str] = {
    Verdict.BUILT_RELATIONSHIPS: "ongoing_dialogue",
    Verdict.NETWORKING: "networking_event",
    Verdict.TOO_SOON: "too_soon",
    Verdict.NOBODY_RECORDED: "nobody_recorded",
}

SHARE_DIGITS = 3  # shares in the JSON are rounded to this many decimals


# -- JSON ---------------------------------------------------------------------------------------


def as_json(r: Reflection, *, with_written: bool = False) -> dict[str, Any]:
    """The reflection as a JSON-ready dict, keys in a fixed order (see README)."""
    written: dict[str, Any] = {"present": bool(r.written.strip()), "characters": len(r.written)}
    if with_written:
        written["text"] = r.written
    return {
        "quarter": str(r.quarter),
        "title": r.quarter.title,
        "as_of": r.as_of.isoformat(),
        "in_progress": r.in_progress,
        "empty": r.empty,
        "first_quarter": str(r.first_quarter) if r.first_quarter else None,
        "practical_test": {
            str(role): [_answer(a) for a in r.practical_test.get(role, ())] for role in Role
        },
        "practical_test_history": [_quarter_test(q) for q in r.history],
        "conversations": {
            "this": _counts(r.conversations.this),
            "previous": _counts(r.conversations.previous),
            "days": r.conversations.days,
            "previous_to_date": _counts(r.conversations.previous_to_date)
            if r.conversations.previous_to_date is not None
            else None,
            "trailing_year": _counts(r.conversations.trailing_year),
            "months": [
                {"month": m.first_day.strftime("%Y-%m"), **_counts(m.counts)}
                for m in r.conversations.months
            ],
        },
        "ties": {
            "deepened": [_change(c) for c in r.ties.deepened],
            "faded": [_change(c) for c in r.ties.faded],
            "polish_only": [_change(c) for c in r.ties.polish_only],
            "new": [_change(c) for c in r.ties.new],
        },
        "decisions": {
            "total": len(r.decisions.all),
            "uncomfortable": [_decision(d) for d in r.decisions.uncomfortable],
            "alone": [d.title for d in r.decisions.alone],
            "year": {
                "total": len(r.decisions_year.all),
                "uncomfortable": len(r.decisions_year.uncomfortable),
                "uncomfortable_alone": [d.title for d in r.decisions_year.uncomfortable if d.alone],
            },
        },
        "gatherings": [_gathering(g) for g in r.gatherings],
        "follow_through": {
            "acted": [_step(s) for s in r.follow_through.acted],
            "ignored": [_step(s) for s in r.follow_through.ignored],
            "set_aside": [_step(s) for s in r.follow_through.set_aside],
            "still_open": [_step(s) for s in r.follow_through.still_open],
            "sentences": r.follow_through.sentences(),
        },
        "capacity": {
            "honest": r.capacity.honest,
            "others": r.capacity.others,
            "counts": {str(flag): r.capacity.counts.get(flag, 0) for flag in Flag},
            "notes": list(r.capacity.notes),
            "few": r.capacity.few,
            "few_honest": r.capacity.few_honest,
        },
        "takeaways": list(r.takeaways),
        "coach": [_note(n) for n in r.coach],
        "written": written,
    }


def _step(s: StepLine) -> dict[str, Any]:
    return {
        "kind": s.kind,
        "what": s.what,
        "person_id": s.person_id,
        "closed": s.closed.isoformat() if s.closed else None,
    }


def _answer(a: Answer) -> dict[str, Any]:
    return {
        "person": a.person.name,
        "person_id": a.person.id,
        "archived": a.archived,
        "flag": str(a.flag),
        "evidence": [{"date": e.date.isoformat(), "what": e.what} for e in a.evidence],
    }


def _quarter_test(q: QuarterTest) -> dict[str, Any]:
    return {"quarter": str(q.quarter)} | {
        str(role): [p.name for p in q.answers.get(role, ())] for role in Role
    }


def _note(n: CoachNote) -> dict[str, Any]:
    return {
        "kind": n.kind,
        "text": n.text,
        "evidence": list(n.evidence),
        "people": [p.name for p in n.people],
    }


def _share(part: int, total: int) -> float:
    return round(part / total, SHARE_DIGITS) if total else 0.0


def _counts(c: Counts) -> dict[str, Any]:
    return {
        "total": c.total,
        "honest": c.honest,
        "polish": c.polish,
        "unmarked": c.unmarked,
        "i_honest": c.i_honest,
        "honest_share": _share(c.honest, c.total),
        "i_honest_share": _share(c.i_honest, c.total),
    }


def _change(c: TieChange) -> dict[str, Any]:
    return {
        "person": c.person.name,
        "person_id": c.person.id,
        "archived": c.archived,
        "before": str(c.before) if c.before is not None else None,
        "after": str(c.after),
        "reason": c.reason,
    }


def _decision(d: Decision) -> dict[str, Any]:
    return {
        "title": d.title,
        "date": d.date.isoformat(),
        "discomfort": d.discomfort,
        "status": d.status,
        "consulted": [p.name for p in d.consulted],
        "changed_framing": [p.name for p in d.changed_framing],
        "alone": d.alone,
        "could_call": [p.name for p in d.could_call],
        "talked_with": [p.name for p in d.talked_with],
        "honest_talks": d.honest_talks,
        "polish_talks": d.polish_talks,
    }


def _gathering(g: Gathering) -> dict[str, Any]:
    return {
        "name": g.name,
        "start": g.start.isoformat(),
        "end": g.end.isoformat(),
        "verdict": VERDICT_NAMES[g.verdict],
        "sentence": g.sentence,
        "ongoing_dialogue": [p.name for p in g.ongoing],
        "sporadic": [p.name for p in g.sporadic],
        "no_follow_up": [p.name for p in g.none],
    }


# -- text -------------------------------------------------------------------------------------

INDENT = "  "


def as_text(r: Reflection, width: int = 80, *, with_written: bool = False) -> str:
    """The reflection as a report for a terminal `width` columns wide: what stands out
    first, then the practical test, conversations, ties, decisions, gatherings, capacity."""
    width = max(width, 40)
    as_of = _("as of {date}").format(date=day_text(r.as_of))
    when = f"{progress(r)}, {as_of}" if r.in_progress else as_of
    if r.empty:
        nothing = (
            _("Nothing recorded yet in {quarter}.")
            if r.in_progress
            else _("Nothing recorded in {quarter}.")
        )
        lines = [
            nothing.format(quarter=r.quarter.title),
            *_wrap(_empty_hint(r), width, ""),
        ]
        if r.written.strip():
            lines += ["", *_written(r, width, with_written)]
        return "\n".join(lines)
    out = [_("Reflection on {quarter} ({when})").format(quarter=r.quarter.title, when=when)]
    for title, body in (
        (_("What stands out"), _takeaways(r, width)),
        (_("Questions to sit with"), _coach(r, width)),
        (_("The practical test"), _practical_test(r, width)),
        (_("The practical test over the year"), _history(r)),
        (_("Conversations"), _conversations(r, width)),
        (_("Ties"), _ties(r, width)),
        (_("Decisions"), _decisions(r, width)),
        (_("Gatherings"), _gatherings(r, width)),
        (_("Follow-through"), _follow_through(r, width)),
        (
            _("Capacity so far") if r.in_progress else _("Capacity at the quarter's end"),
            _capacity(r, width),
        ),
    ):
        if body:
            out += ["", title, *body]
    out += ["", *_written(r, width, with_written)]
    return "\n".join(out)


def _wrap(text: str, width: int, first: str = INDENT, rest: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        width,
        initial_indent=first,
        subsequent_indent=first if rest is None else rest,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def _names(refs: Iterable[PersonRef]) -> str:
    return ", ".join(p.name for p in refs)


def _percent(part: int, total: int) -> str:
    return _("{n} %").format(n=round(100 * part / total) if total else 0)


def _empty_hint(r: Reflection) -> str:
    first = r.first_quarter
    if first is None:
        return _("The journal has no entries yet: record a conversation with `trustjournal add`.")
    if r.quarter < first:
        return _("The journal begins in {title}: try --quarter {quarter}.").format(
            title=first.title, quarter=first
        )
    return _(
        "No conversation, decision or gathering in those three months. "
        "Try another quarter, like --quarter {quarter}."
    ).format(quarter=r.quarter.previous())


def progress(r: Reflection) -> str:
    """'in progress: day 32 of 92' for a quarter that has not ended."""
    total = (r.quarter.end - r.quarter.start).days + 1
    days = r.conversations.days
    if not days:
        return _("in progress")
    return _("in progress: day {days} of {total}").format(days=days, total=total)


def _takeaways(r: Reflection, width: int) -> list[str]:
    return [line for t in r.takeaways for line in _wrap(t, width, "  • ", "    ")]


def _coach(r: Reflection, width: int) -> list[str]:
    out: list[str] = []
    for n in r.coach:
        out += _wrap(n.text, width, "  • ", "    ")
        for e in n.evidence:
            out += _wrap(e, width, "      – ", "        ")
    return out


def _history(r: Reflection) -> list[str]:
    if len(r.history) < 2:
        return []
    first = _("people who answered")
    # 24 columns hold the English labels; a translation's longer ones widen the column.
    w = max(24, *(len(s) + 1 for s in (first, *(ROLE_SHORT_LABELS[role] for role in Role))))
    header = f"{INDENT}{first:<{w}}" + "".join(f"{q.quarter!s:>8}" for q in r.history)
    rows = [
        f"{INDENT}{ROLE_SHORT_LABELS[role]:<{w}}"
        + "".join(f"{len(q.answers.get(role, ())):>8}" for q in r.history)
        for role in Role
    ]
    return [header, *rows]


def _practical_test(r: Reflection, width: int) -> list[str]:
    out: list[str] = []
    for role in Role:
        out.append(f"{INDENT}{ROLE_LABELS[role]}")
        answers: Sequence[Answer] = r.practical_test.get(role, ())
        if not answers:
            out.append(f"{INDENT * 2}{_('nobody this quarter')}")
        for a in answers:
            archived = _(" (archived)") if a.archived else ""
            out.append(f"{INDENT * 2}{a.person.name}{archived} · {FLAG_WORDS[a.flag]}")
            for e in a.evidence:
                day = day_text(e.date)
                out += _wrap(
                    f"{day}  {e.what}", width, INDENT * 3, INDENT * 3 + " " * (len(day) + 2)
                )
    return out


def _conversations(r: Reflection, width: int) -> list[str]:
    c = r.conversations
    this, before, year = c.this, c.previous, c.trailing_year
    out = _wrap(
        _(
            "{total} this quarter: {honest} honest ({honest_share}), {polish} polish only, "
            "{unmarked} unmarked. You opened up in {mine} ({mine_share})."
        ).format(
            total=this.total,
            honest=this.honest,
            honest_share=_percent(this.honest, this.total),
            polish=this.polish,
            unmarked=this.unmarked,
            mine=this.i_honest,
            mine_share=_percent(this.i_honest, this.total),
        ),
        width,
    )
    to_date = c.previous_to_date
    if to_date is not None and c.days:
        compared = ngettext(
            "The quarter before, over its first {days} day: {total}, {share} honest; the "
            "whole of it: {whole}, {whole_share} honest",
            "The quarter before, over its first {days} days: {total}, {share} honest; the "
            "whole of it: {whole}, {whole_share} honest",
            c.days,
        ).format(
            days=c.days,
            total=to_date.total,
            share=_percent(to_date.honest, to_date.total),
            whole=before.total,
            whole_share=_percent(before.honest, before.total),
        )
    elif before.total:
        compared = _("The quarter before: {total}, {share} honest").format(
            total=before.total, share=_percent(before.honest, before.total)
        )
    else:
        compared = _("Nothing recorded the quarter before")
    out += _wrap(
        _("{compared}; the last four quarters: {total}, {share} honest.").format(
            compared=compared, total=year.total, share=_percent(year.honest, year.total)
        ),
        width,
    )
    columns = (_("total"), _("honest"), _("polish"), _("unmarked"), _("you opened up"))
    # The English widths; a translation's longer heading widens its column (one space apart).
    widths = [max(w, len(label) + 1) for w, label in zip((6, 8, 8, 10), columns, strict=False)]
    last = max(13, len(columns[4]))
    out += [
        "",
        f"{INDENT}{'':<10}"
        + "".join(f"{label:>{w}}" for label, w in zip(columns, widths, strict=False))
        + f"  {columns[4]}",
    ]
    for m in c.in_quarter:
        if m.first_day > r.as_of:  # a month of a quarter in progress that has not begun
            break
        n = m.counts
        month = _(MONTHS[m.first_day.month - 1])  # marked in wording.MONTHS
        cells = (n.total, n.honest, n.polish, n.unmarked)
        out.append(
            f"{INDENT}{month:<10}"
            + "".join(f"{cell:>{w}}" for cell, w in zip(cells, widths, strict=True))
            + f"  {n.i_honest:>{last}}"
        )
    return out


def _flag(flag: Flag | None) -> str:
    return _("new") if flag is None else FLAG_WORDS[flag]


def _ties(r: Reflection, width: int) -> list[str]:
    t = r.ties
    groups: tuple[tuple[str, Sequence[TieChange], bool], ...] = (
        (_("Deepened"), t.deepened, True),
        (_("Faded"), t.faded, True),
        (_("Polish only, and you talked this quarter"), t.polish_only, False),
        (_("New this quarter"), t.new, False),
    )
    every = [c for _title, changes, _moved in groups for c in changes]
    if not every:
        return [f"{INDENT}{_('No tie deepened or faded, and nobody new.')}"]
    name_width = max(len(_tie_name(c)) for c in every)
    out: list[str] = []
    for title, changes, moved in groups:
        if not changes:
            out.append(f"{INDENT}{_('{title}: nobody').format(title=title)}")
            continue
        out.append(f"{INDENT}{title} ({len(changes)})")
        for c in changes:
            detail = f"{_flag(c.before)} → {_flag(c.after)}: {c.reason}" if moved else c.reason
            first = f"{INDENT * 2}{_tie_name(c):<{name_width}}  "
            out += _wrap(detail, width, first, " " * len(first))
    return out


def _tie_name(c: TieChange) -> str:
    return c.person.name + (_(" (archived)") if c.archived else "")


def _decisions(r: Reflection, width: int) -> list[str]:
    d = r.decisions
    hard, alone = d.uncomfortable, d.alone
    if not d.all:
        return [f"{INDENT}{_('No decision recorded this quarter.')}"]
    count = _("{n} this quarter").format(n=len(d.all))
    alone_hard = sum(1 for x in hard if x.alone)
    summary = _("{count}, {hard} uncomfortable (discomfort {level} or more of 5)").format(
        count=count, hard=len(hard), level=UNCOMFORTABLE
    )
    if hard and alone_hard:
        summary = _("{summary}, {n} of them faced alone.").format(summary=summary, n=alone_hard)
    elif hard:
        summary = _("{summary}, none of them faced alone.").format(summary=summary)
    else:
        summary = _("{sentence}.").format(sentence=summary)
    out = _wrap(summary, width)
    for x in hard:
        day = day_text(x.date)
        pad = INDENT + " " * (len(day) + 2)
        out += _wrap(f"{day}  {x.title}", width, INDENT, pad)
        parts = [_("discomfort {n} of 5").format(n=x.discomfort)]
        status = _(_STATUS.get(x.status, x.status))
        if x.alone and x.open:
            parts.append(_("open, NOBODY CONSULTED YET"))
        elif x.alone:
            parts.append(_("DECIDED ALONE"))
        elif x.consulted:
            parts += [status, _("consulted {names}").format(names=_names(x.consulted))]
        else:
            parts += [
                status,
                _("nobody recorded as consulted; talked it through with {names}").format(
                    names=_names(x.talked_with)
                ),
            ]
        if x.could_call:
            could = _("could call {names}") if x.open else _("could have called {names}")
            parts.append(could.format(names=_names(x.could_call)))
        if x.changed_framing:
            parts.append(_("changed your framing: {names}").format(names=_names(x.changed_framing)))
        talks = [_("{n} honest").format(n=x.honest_talks)] * bool(x.honest_talks) + [
            _("{n} polish only").format(n=x.polish_talks)
        ] * bool(x.polish_talks)
        if talks:
            parts.append(_("conversations about it: {talks}").format(talks=", ".join(talks)))
        out += _wrap(" · ".join(parts), width, pad)
    others = [x for x in alone if not x.uncomfortable]
    if others:
        titles = "; ".join(
            _("“{title}” ({date})").format(title=x.title, date=day_text(x.date)) for x in others
        )
        out += _wrap(_("Also with nobody consulted: {titles}.").format(titles=titles), width)
    return out


# A decision's status as the report shows it (the stored codes are English words).
_STATUS = {"open": N_("open"), "decided": N_("decided")}

_GROUPS = (
    (N_("ongoing dialogue"), "ongoing"),
    (N_("a follow-up, then silence"), "sporadic"),
    (N_("no follow-up"), "none"),
)


def _gatherings(r: Reflection, width: int) -> list[str]:
    if not r.gatherings:
        return [f"{INDENT}{_('No gathering in this quarter or the two before it.')}"]
    out: list[str] = []
    for g in r.gatherings:
        dates = (
            day_text(g.start)
            if g.start == g.end
            else _("{start} to {end}").format(start=day_text(g.start), end=day_text(g.end))
        )
        out += _wrap(f"{g.name} · {dates}", width)
        out += _wrap(f"{g.sentence}.", width, INDENT * 2)
        for label, attr in _GROUPS:
            people: tuple[PersonRef, ...] = getattr(g, attr)
            if people:
                out += _wrap(f"{_(label)}: {_names(people)}", width, INDENT * 2, INDENT * 3)
    return out


def _follow_through(r: Reflection, width: int) -> list[str]:
    return [line for said in r.follow_through.sentences() for line in _wrap(said, width)]


def _capacity(r: Reflection, width: int) -> list[str]:
    c = r.capacity
    out = _wrap(capacity_sentence(c), width)
    if few_sentence(c):
        out += _wrap(_("{sentence}.").format(sentence=few_sentence(c)), width)
    said = {t.rstrip(".") for t in r.takeaways}
    for note in c.notes:
        if note.rstrip(".") not in said:  # the capacity notes are among the takeaways
            out += _wrap(_("Note: {note}.").format(note=note.rstrip(".")), width)
    return out


def _written(r: Reflection, width: int, with_written: bool) -> list[str]:
    if not r.written.strip():
        return _wrap(
            _("No written reflection for this quarter yet: write it in the app's Reflection view."),
            width,
            "",
        )
    if with_written:
        return [_("Your written reflection"), "", r.written.rstrip("\n")]
    return _wrap(
        _("Your written reflection: {n} characters (--with-written prints it).").format(
            n=f"{len(r.written):,}"
        ),
        width,
        "",
    )
