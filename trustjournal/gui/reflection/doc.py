"""The reflection as a document: one HTML builder for the screen and for the PDF.

`reflection_html` lays out a core `Reflection` for reading — what the quarter says first,
then the practical test, conversations, ties, decisions, gatherings and capacity — in the
rich-text subset `QTextDocument` understands. On screen every name is a `person:<id>` link
(the page opens that person); in print names are plain text. Every fact and sentence comes
from `core.reflection`; this module only chooses words around them and typesets them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from trustjournal.core.judgement.followup import VERDICT_LABELS, Verdict
from trustjournal.core.judgement.quarters import MONTHS, Quarter
from trustjournal.core.judgement.reflection import (
    Answer,
    Counts,
    Decision,
    Gathering,
    Reflection,
    TieChange,
)
from trustjournal.core.judgement.ties import (
    FLAG_LABELS,
    ROLE_SHORT_LABELS,
    Flag,
    Role,
    few_sentence,
)
from trustjournal.core.records import PersonRef
from trustjournal.gui.common import dates, language
from trustjournal.gui.common.icons import FLAG_COLOURS
from trustjournal.gui.reflection.style import HEADING as HEADING
from trustjournal.gui.reflection.style import SUBHEADING as SUBHEADING
from trustjournal.gui.reflection.style import Style as Style
from trustjournal.gui.reflection.style import print_style as print_style
from trustjournal.gui.reflection.style import screen_style as screen_style
from trustjournal.gui.reflection.words import QUESTIONS as QUESTIONS
from trustjournal.gui.reflection.words import STATUS, translate, words
from trustjournal.gui.reflection.words import day as day
from trustjournal.gui.reflection.words import month_name as month_name
from trustjournal.gui.reflection.words import quarter_name as quarter_name
from trustjournal.gui.reflection.writer import Writer as _Writer
from trustjournal.gui.reflection.writer import escape as _e
from trustjournal.gui.reflection.writer import percent as _percent

EVIDENCE_SHOWN = 4  # lines of evidence per person before "and N more"
# A large journal can name hundreds of people in a section: the first ones read in full,
# the rest as a line of names (still links), so the page stays a page.
PEOPLE_SHOWN = 12
DECISIONS_SHOWN = 20
CHART_SRC = "reflection://chart"  # the chart image's resource name in the PDF document


# -- the document -----------------------------------------------------------------------------


def reflection_html(
    r: Reflection, style: Style, *, title: bool = False, chart: bool = False
) -> str:
    """The whole reflection; `title` adds the heading the PDF needs, `chart` the chart image
    (a resource called CHART_SRC the caller adds to the document)."""
    return _write(r, style, title=title, chart=chart).html()


def reflection_chunks(r: Reflection, style: Style, size: int = 16_000) -> list[str]:
    """The reflection for the screen as pieces of about `size` characters, each a document
    of its own, to be shown one after the other (the page appends them in turn, so setting
    a long quarter's text never holds the window for more than a frame or two)."""
    return _write(r, style).chunks(size)


def _write(r: Reflection, style: Style, *, title: bool = False, chart: bool = False) -> _Writer:
    w = _Writer(r, style)
    if title:
        _title(w)
    if r.empty:
        _nothing(w)
        return w
    if r.in_progress:
        days = r.conversations.days or 0
        w.p(
            w.muted(
                _e(
                    translate(
                        "ReflectionDoc",
                        "This quarter is still running: what follows covers {start} to {end} "
                        "({days} of {total}), compared with {first_days} of {previous}.",
                    ).format(
                        start=day(r.quarter.start, r.as_of.year),
                        end=day(r.as_of),
                        days=words().days(days),
                        total=(r.quarter.end - r.quarter.start).days + 1,
                        first_days=words().first_days(days),
                        previous=quarter_name(r.quarter.previous()),
                    )
                )
            ),
            bottom=10,
        )
    _takeaways(w)
    _coach(w)
    _practical_test(w)
    _history(w)
    _conversations(w, chart)
    _ties(w)
    _decisions(w)
    _gatherings(w)
    _follow_through(w)
    _capacity(w)
    return w


def empty_html(r: Reflection, style: Style, *, title: bool = False) -> str:
    """Only the calm 'nothing recorded' message (also what `reflection_html` shows)."""
    w = _Writer(r, style)
    if title:
        _title(w)
    _nothing(w)
    return w.html()


def pdf_title(q: Quarter) -> str:
    """'Reflection — Q3 2026 · July–September'."""
    return translate("ReflectionDoc", "Reflection — {quarter}").format(quarter=q.title)


def _title(w: _Writer) -> None:
    r = w.r
    w.add(
        f'<p style="font-size:{w.pt(1.9)}; font-weight:600; margin-top:0px; '
        f'margin-bottom:2px">{_e(pdf_title(r.quarter))}</p>'
    )
    made = dt.date.today()
    when = (
        dates.long_day(made)
        if dates.PATTERNS.get(language.current())
        else f"{made.day} {MONTHS[made.month - 1]} {made.year}"
    )
    w.p(
        w.muted(
            _e(
                translate("ReflectionDoc", "TrustJournal · private · exported {date}").format(
                    date=when
                )
            )
        ),
        bottom=14,
    )


def _nothing(w: _Writer) -> None:
    q = w.r.quarter
    months = f"{month_name(q.start.month)}–{month_name(q.end.month)} {q.year}"
    headline = (
        translate("ReflectionDoc", "Nothing recorded yet in {quarter}")
        if w.r.in_progress
        else translate("ReflectionDoc", "Nothing recorded in {quarter}")
    ).format(quarter=quarter_name(q))
    none_dated = (
        translate(
            "ReflectionDoc", "No conversation, decision or gathering is dated {months} so far."
        )
        if w.r.in_progress
        else translate("ReflectionDoc", "No conversation, decision or gathering is dated {months}.")
    ).format(months=months)
    # A first paragraph's top margin is dropped: an empty one lowers the message instead.
    w.add('<p style="margin-top:0px; margin-bottom:36px">&nbsp;</p>')
    w.add(
        f'<p align="center" style="margin-top:0px; margin-bottom:8px; '
        f'font-size:{w.pt(1.35)}; font-weight:600">{_e(headline)}</p>'
    )
    w.add(
        f'<p align="center" style="margin-top:0px; color:{w.s.muted}">'
        f"{_e(none_dated)}<br>"
        + _e(
            translate(
                "ReflectionDoc", "Record a conversation as it happens, or step to another quarter."
            )
        )
        + "<br>"
        + _e(
            translate(
                "ReflectionDoc", "Your written reflection for the quarter stays here either way."
            )
        )
        + "</p>"
    )


def _takeaways(w: _Writer) -> None:
    sentences = w.r.takeaways
    items = (
        "".join(
            f'<p style="margin-top:0px; margin-bottom:7px">•&nbsp;&nbsp;{_e(t)}</p>'
            for t in sentences
        )
        if sentences
        else "<p>"
        + _e(translate("ReflectionDoc", "Nothing in the numbers stands out this quarter."))
        + "</p>"
    )
    says = translate("ReflectionDoc", "What this quarter says")
    w.add(
        f'<table width="100%" cellpadding="14" cellspacing="0" '
        f'style="background-color:{w.s.card}; border:1px solid {w.s.card_border}; '
        f'border-collapse:collapse; margin-top:4px; margin-bottom:4px">'
        f'<tr><td style="background-color:{w.s.card}">'
        f'<p style="margin-top:0px; margin-bottom:8px; font-weight:600; '
        f'font-size:{w.pt(1.05)}">{_e(says)}</p>'
        f"{items}</td></tr></table>"
    )


def _coach(w: _Writer) -> None:
    notes = w.r.coach
    if not notes:
        return
    w.h2(translate("ReflectionDoc", "Questions to sit with"))
    for n in notes:
        evidence = "<br>".join(_e(e) for e in n.evidence)
        w.p(f"<b>{_e(n.text)}</b>", bottom=2)
        w.p(w.muted(evidence), bottom=10, indent=14)


def _history(w: _Writer) -> None:
    """How many people answered each question, quarter by quarter over the year."""
    history = w.r.history
    if len(history) < 2:
        return
    w.h3(translate("ReflectionDoc", "Over the year"))
    cell = "padding-top:2px; padding-bottom:2px; padding-left:14px; padding-right:0px"
    head = "".join(
        f'<td align="right" style="{cell}; color:{w.s.muted}">{_e(quarter_name(q.quarter))}</td>'
        for q in history
    )
    body = "".join(
        f'<tr><td style="{cell}; padding-left:0px">{_e(ROLE_SHORT_LABELS[role])}</td>'
        + "".join(
            f'<td align="right" style="{cell}">{len(q.answers.get(role, ()))}</td>' for q in history
        )
        + "</tr>"
        for role in Role
    )
    answered = translate("ReflectionDoc", "People who answered")
    w.add(
        f'<table cellspacing="0" cellpadding="0" style="margin-top:2px; margin-bottom:4px">'
        f'<tr><td style="{cell}; padding-left:0px; color:{w.s.muted}">'
        f"{_e(answered)}</td>"
        f"{head}</tr>{body}</table>"
    )


def _practical_test(w: _Writer) -> None:
    w.h2(translate("ReflectionDoc", "The practical test"))
    for role in Role:
        w.h3(translate("ReflectionDoc", QUESTIONS[role]))
        answers = w.r.practical_test.get(role, ())
        if not answers:
            w.quiet(translate("ReflectionDoc", "Nobody this quarter."))
        for a in answers[:PEOPLE_SHOWN]:
            _answer(w, a)
        _more(w, [(a.person, a.archived) for a in answers[PEOPLE_SHOWN:]])


def _answer(w: _Writer, a: Answer) -> None:
    year = w.r.quarter.year
    lines = [f"{_e(day(e.date, year))} · {_e(e.what)}" for e in a.evidence[:EVIDENCE_SHOWN]]
    rest = len(a.evidence) - EVIDENCE_SHOWN
    if rest > 0:
        last = a.evidence[-1].date
        lines.append(
            _e(
                translate("ReflectionDoc", "and {count} more, the last on {date}").format(
                    count=rest, date=day(last, year)
                )
            )
        )
    flag = f'<span style="color:{FLAG_COLOURS[a.flag]}">●</span> ' + w.muted(
        _e(FLAG_LABELS[a.flag])
    )
    w.p(f"{w.name(a.person, a.archived)}&nbsp;&nbsp;{flag}", bottom=1, indent=0)
    w.p(w.muted("<br>".join(lines)), bottom=8, indent=14)


def _conversations(w: _Writer, chart: bool) -> None:
    c = w.r.conversations
    t = c.this
    w.h2(translate("ReflectionDoc", "Conversations"))
    if not t.total:
        w.quiet(translate("ReflectionDoc", "No conversation this quarter."))
    else:
        w.p(
            translate(
                "ReflectionDoc",
                "{conversations}: <b>{honest} honest</b> ({honest_share}), {polish} polish only "
                "({polish_share}) and {unmarked} unmarked ({unmarked_share}). You were honest "
                "yourself — shared a failure, a doubt or asked for help — in <b>{you}</b> of "
                "them ({you_share}).",
            ).format(
                conversations=words().conversations(t.total),
                honest=t.honest,
                honest_share=_percent(t.honest, t.total),
                polish=t.polish,
                polish_share=_percent(t.polish, t.total),
                unmarked=t.unmarked,
                unmarked_share=_percent(t.unmarked, t.total),
                you=t.i_honest,
                you_share=_percent(t.i_honest, t.total),
            ),
            bottom=10,
        )
    if chart:
        w.add(
            f'<p align="center" style="margin-top:4px; margin-bottom:10px">'
            f'<img src="{CHART_SRC}"></p>'
        )
    previous = quarter_name(w.r.quarter.previous())
    rows: tuple[tuple[str, Callable[[Counts], str]], ...] = (
        (translate("ReflectionDoc", "Conversations"), lambda k: str(k.total)),
        (translate("ReflectionDoc", "Honest"), lambda k: _count(k.honest, k.total)),
        (translate("ReflectionDoc", "Polish only"), lambda k: _count(k.polish, k.total)),
        (translate("ReflectionDoc", "Unmarked"), lambda k: _count(k.unmarked, k.total)),
        (translate("ReflectionDoc", "You were honest"), lambda k: _count(k.i_honest, k.total)),
    )
    if c.previous_to_date is not None:  # like with like: the same days of the one before
        previous = translate("ReflectionDoc", "{quarter}, {first_days}").format(
            quarter=previous, first_days=words().first_days_column(c.days or 0)
        )
    columns: tuple[tuple[str, Counts], ...] = (
        (
            translate("ReflectionDoc", "This quarter so far")
            if c.days
            else translate("ReflectionDoc", "This quarter"),
            t,
        ),
        (previous, c.compared),
        (translate("ReflectionDoc", "Past year"), c.trailing_year),
    )
    cell = "padding-top:2px; padding-bottom:2px; padding-left:14px; padding-right:0px"
    head = "".join(
        f'<td align="right" style="{cell}; color:{w.s.muted}">{_e(name)}</td>'
        for name, _ in columns
    )
    body = "".join(
        f'<tr><td style="{cell}; padding-left:0px">{_e(label)}</td>'
        + "".join(
            f'<td align="right" style="{cell}">{_e(fn(counts))}</td>' for _, counts in columns
        )
        + "</tr>"
        for label, fn in rows
    )
    w.add(
        f'<table cellspacing="0" cellpadding="0" '
        f'style="margin-top:2px; margin-bottom:8px">'
        f'<tr><td style="{cell}; padding-left:0px"></td>{head}</tr>{body}</table>'
    )
    month = translate("ReflectionDoc", "{month} {total} ({honest} honest, {polish} polish)")
    months = [
        month.format(
            month=month_name(m.first_day.month),
            total=m.counts.total,
            honest=m.counts.honest,
            polish=m.counts.polish,
        )
        for m in c.in_quarter
    ]
    by_month = translate("ReflectionDoc", "By month: {months}.")
    w.p(w.muted(_e(by_month.format(months=" · ".join(months)))), bottom=4)


def _count(part: int, total: int) -> str:
    return f"{part} ({_percent(part, total)})" if total else str(part)


def _flag(flag: Flag | None) -> str:
    return FLAG_LABELS[flag] if flag is not None else translate("ReflectionDoc", "new")


def _ties(w: _Writer) -> None:
    t = w.r.ties
    w.h2(translate("ReflectionDoc", "Ties"))
    groups: tuple[tuple[str, Sequence[TieChange]], ...] = (
        (translate("ReflectionDoc", "Deepened"), t.deepened),
        (translate("ReflectionDoc", "Faded"), t.faded),
        (translate("ReflectionDoc", "Stayed polish-only"), t.polish_only),
        (translate("ReflectionDoc", "New this quarter"), t.new),
    )
    if not any(changes for _, changes in groups):
        w.quiet(translate("ReflectionDoc", "No tie changed this quarter, and nobody new."))
        return
    for heading, changes in groups:
        if not changes:
            continue
        w.h3(f"{heading} ({len(changes)})")
        for change in changes[:PEOPLE_SHOWN]:
            move = (
                f"{_flag(change.before)} → {FLAG_LABELS[change.after]}"
                if change.before is not None and change.before is not change.after
                else FLAG_LABELS[change.after]
            )
            colour = FLAG_COLOURS[change.after]
            w.p(
                f"{w.name(change.person, change.archived)}&nbsp;&nbsp;"
                f'<span style="color:{colour}">●</span> {w.muted(_e(move))}'
                + (f"<br>{w.muted(_e(change.reason))}" if change.reason else ""),
                bottom=7,
            )
        _more(w, [(c.person, c.archived) for c in changes[PEOPLE_SHOWN:]])


def _more(w: _Writer, people: Sequence[tuple[PersonRef, bool]]) -> None:
    """The people past the first few, as one line of names."""
    if people:
        names = ", ".join(w.name(ref, archived, bold=False) for ref, archived in people)
        more = translate("ReflectionDoc", "And {count} more: ").format(count=len(people))
        w.p(w.muted(_e(more)) + names, top=2, bottom=8)


def _decisions(w: _Writer) -> None:
    d = w.r.decisions
    w.h2(translate("ReflectionDoc", "Decisions"))
    if not d.all:
        w.quiet(translate("ReflectionDoc", "No decision recorded this quarter."))
        return
    hard = d.uncomfortable
    alone = [x for x in hard if x.alone]
    if hard:
        w.h3(
            (
                translate("ReflectionDoc", "Uncomfortable ({count}) — {alone} faced alone")
                if alone
                else translate("ReflectionDoc", "Uncomfortable ({count}) — none faced alone")
            ).format(count=len(hard), alone=len(alone))
        )
        for decision in hard[:DECISIONS_SHOWN]:
            _decision(w, decision)
        _more_decisions(w, hard[DECISIONS_SHOWN:])
    others = [x for x in d.all if not x.uncomfortable]
    if others:
        w.h3(translate("ReflectionDoc", "Other decisions ({count})").format(count=len(others)))
        year = w.r.quarter.year
        for decision in others[:DECISIONS_SHOWN]:
            who = (
                _e(_alone_words(decision))
                if decision.alone
                else translate("ReflectionDoc", "consulted {names}").format(
                    names=w.names(decision.consulted)
                )
            )
            w.p(
                f"{_e(decision.title)} "
                + w.muted(f"· {_e(day(decision.date, year))} · {_discomfort(decision)} · ")
                + (w.muted(who) if decision.alone else who),
                bottom=4,
            )
        _more_decisions(w, others[DECISIONS_SHOWN:])


def _more_decisions(w: _Writer, rest: Sequence[Decision]) -> None:
    if rest:
        alone = sum(1 for d in rest if d.alone)
        titles = "; ".join(_e(d.title) for d in rest)
        more = (
            translate("ReflectionDoc", "And {count} more, {alone} of them faced alone: {titles}.")
            if alone
            else translate("ReflectionDoc", "And {count} more: {titles}.")
        )
        w.p(w.muted(more.format(count=len(rest), alone=alone, titles=titles)), top=2, bottom=8)


def _discomfort(d: Decision) -> str:
    return translate("ReflectionDoc", "discomfort {level} of 5").format(level=d.discomfort)


def _alone_words(d: Decision) -> str:
    """An uncomfortable decision nobody was consulted on: an open one is not made yet."""
    if d.open:
        return translate("ReflectionDoc", "open, nobody consulted yet")
    return translate("ReflectionDoc", "decided alone")


def _decision(w: _Writer, d: Decision) -> None:
    year = w.r.quarter.year
    status = translate("ReflectionDoc", STATUS[d.status]) if d.status in STATUS else d.status
    facts = f"{day(d.date, year)} · {_discomfort(d)} · {status}"
    lines = [f"<b>{_e(d.title)}</b>", w.muted(_e(facts))]
    if d.alone:
        verdict = (
            translate("ReflectionDoc", "Nobody consulted yet")
            if d.open
            else translate("ReflectionDoc", "Decided alone")
        )
        lines.append(
            f'<span style="color:{w.s.alone}; font-weight:600">{_e(verdict)}</span>'
            + w.muted(_e(translate("ReflectionDoc", " — nobody consulted")) if not d.open else "")
        )
        if d.could_call:
            lines.append(w.names(d.could_call) + w.muted(_e(_could_call(d))))
    elif not d.consulted:
        lines.append(
            w.muted(
                _e(
                    translate(
                        "ReflectionDoc", "Nobody recorded as consulted; talked it through with "
                    )
                )
            )
            + w.names(d.talked_with)
        )
    else:
        lines.append(
            translate("ReflectionDoc", "Consulted {names}").format(names=w.names(d.consulted))
        )
        if d.changed_framing:
            lines.append(
                translate("ReflectionDoc", "Changed your framing: {names}").format(
                    names=w.names(d.changed_framing)
                )
            )
        else:
            lines.append(w.muted(_e(translate("ReflectionDoc", "Nobody changed your framing"))))
    honest = words().honest_talks(d.honest_talks) if d.honest_talks else ""
    polish = words().polish_talks(d.polish_talks) if d.polish_talks else ""
    if honest and polish:
        talked = translate("ReflectionDoc", "Talked through in {honest} and {polish}")
    elif honest:
        talked = translate("ReflectionDoc", "Talked through in {honest}")
    elif polish:
        talked = translate("ReflectionDoc", "Talked through in {polish} — only in polish")
    else:
        talked = ""
    if talked:
        lines.append(w.muted(_e(talked.format(honest=honest, polish=polish))))
    w.p("<br>".join(lines), bottom=10)


def _could_call(d: Decision) -> str:
    """' could help (an honest tie)': after the names of the honest ties one could call."""
    one = len(d.could_call) == 1
    if d.open:
        if one:
            return translate("ReflectionDoc", " could help (an honest tie)")
        return translate("ReflectionDoc", " could help (honest ties)")
    if one:
        return translate("ReflectionDoc", " was there to call (an honest tie)")
    return translate("ReflectionDoc", " were there to call (honest ties)")


_VERDICT_COLOUR = {Verdict.BUILT_RELATIONSHIPS: "good", Verdict.NETWORKING: "alone"}


def _gatherings(w: _Writer) -> None:
    w.h2(translate("ReflectionDoc", "Gatherings"))
    if not w.r.gatherings:
        w.quiet(translate("ReflectionDoc", "No gathering in or just before this quarter."))
        return
    for g in w.r.gatherings:
        _gathering(w, g)


def _gathering(w: _Writer, g: Gathering) -> None:
    year = w.r.quarter.year
    when = day(g.start, year) if g.start == g.end else f"{day(g.start, year)} – {day(g.end, year)}"
    colour = getattr(w.s, _VERDICT_COLOUR.get(g.verdict, "text"))
    verdict = VERDICT_LABELS[g.verdict]
    sentence = g.sentence
    if sentence.startswith(verdict):  # the sentence repeats the label: keep what follows
        sentence = sentence[len(verdict) :].lstrip(" :")
    lines = [
        f"<b>{_e(g.name)}</b> {w.muted('· ' + _e(when))}",
        f'<span style="color:{colour}; font-weight:600">{_e(verdict)}</span>'
        + (f" — {_e(sentence)}" if sentence else ""),
    ]
    for label, people in (
        (translate("ReflectionDoc", "Kept an ongoing dialogue"), g.ongoing),
        (translate("ReflectionDoc", "One follow-up or a few, then nothing"), g.sporadic),
        (translate("ReflectionDoc", "No conversation since"), g.none),
    ):
        if people:
            lines.append(w.muted(_e(label) + ": ") + w.names(people))
    w.p("<br>".join(lines), bottom=10)


def _follow_through(w: _Writer) -> None:
    """The quarter's next steps: acted on, ignored, set aside (the core's sentences)."""
    w.h2(translate("ReflectionDoc", "Follow-through"))
    said = w.r.follow_through.sentences()
    if not said:
        w.quiet(translate("ReflectionDoc", "No next steps were shown this quarter."))
        return
    colours = [w.s.good, w.s.alone] if w.r.follow_through.ignored else [w.s.good]
    for i, sentence in enumerate(said):
        head, colon, rest = sentence.partition(": ")
        colour = colours[i] if i < len(colours) else w.s.text
        w.p(
            f'<span style="color:{colour}; font-weight:600">{_e(head.rstrip("."))}</span>'
            + (f"{colon}{_e(rest)}" if colon else "."),
            bottom=4,
        )


def _capacity(w: _Writer) -> None:
    c = w.r.capacity
    w.h2(translate("ReflectionDoc", "Capacity"))
    end = w.r.quarter.end if not w.r.in_progress else w.r.as_of
    people = c.honest + c.others
    if not people:
        w.quiet(translate("ReflectionDoc", "Nobody in the journal yet."))
        return
    w.p(
        translate("ReflectionDoc", "At {date}: <b>{ties}</b> {among}.").format(
            date=_e(day(end)), ties=words().honest_ties(c.honest), among=words().among(people)
        ),
        bottom=4,
    )
    order = (Flag.HONEST, Flag.ONE_SIDED, Flag.FADING, Flag.POLISH, Flag.TOO_EARLY)
    w.p(
        " &nbsp;·&nbsp; ".join(
            f'<span style="color:{FLAG_COLOURS[f]}">●</span> '
            f"{_e(FLAG_LABELS[f])} {c.counts.get(f, 0)}"
            for f in order
        ),
        bottom=6,
    )
    if c.few:
        few = translate("ReflectionDoc", "{few} (the deep ties you chose to keep).")
        w.p(_e(few.format(few=few_sentence(c))), bottom=6)
