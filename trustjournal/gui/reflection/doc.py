"""The reflection as a document: one HTML builder for the screen and for the PDF.

`reflection_html` lays out a core `Reflection` for reading — what the quarter says first,
then the practical test, conversations, ties, decisions, gatherings and capacity — in the
rich-text subset `QTextDocument` understands. On screen every name is a `person:<id>` link
(the page opens that person); in print names are plain text. Every fact and sentence comes
from `core.reflection`; this module only chooses words around them and typesets them.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

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
from trustjournal.gui.common import theme
from trustjournal.gui.common.icons import FLAG_COLOURS
from trustjournal.gui.common.style import is_dark

# The practical test's three questions, asked of the quarter (the seed essay's wording).
QUESTIONS: dict[Role, str] = {
    Role.CALL_WHEN_UNCOMFORTABLE: "Who could you call when a decision felt uncomfortable?",
    Role.CHALLENGES_FRAMING: "Who challenged your framing?",
    Role.UNDERSTANDS_CONSTRAINTS: (
        "Who understood your constraints well enough to give useful feedback?"
    ),
}
HEADING = 1.3  # section headings, times the text size
SUBHEADING = 1.08
EVIDENCE_SHOWN = 4  # lines of evidence per person before "and N more"
# A large journal can name hundreds of people in a section: the first ones read in full,
# the rest as a line of names (still links), so the page stays a page.
PEOPLE_SHOWN = 12
DECISIONS_SHOWN = 20
CHART_SRC = "reflection://chart"  # the chart image's resource name in the PDF document


@dataclass(frozen=True)
class Style:
    """The colours and base size the document is typeset with."""

    text: str
    muted: str
    link: str
    rule: str
    card: str
    card_border: str
    alone: str  # "Decided alone": the warning text colour of the scheme
    good: str  # a gathering that built relationships
    point_size: float
    links: bool = True  # names as `person:<id>` links (screen) or plain text (print)
    px: float = 1.0  # device pixels per CSS pixel, for left margins (see `_Writer.u`)


def screen_style(palette: QPalette, font: QFont) -> Style:
    """The style for the page, from the app's palette (light or dark)."""
    app = QApplication.instance()
    shown = theme.scheme_of(app if isinstance(app, QApplication) else None)
    # The scheme on show (high contrast is a light one); without a theme, judged by the palette.
    scheme = shown or (theme.DARK if is_dark(palette) else theme.LIGHT)
    return Style(
        text=palette.color(QPalette.ColorRole.Text).name(),
        muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
        link=palette.color(QPalette.ColorRole.Link).name(),
        rule=scheme.midlight,
        card=scheme.note_bg,
        card_border=scheme.note_border,
        alone=scheme.warning_text,
        good=scheme.good,
        point_size=font.pointSizeF() if font.pointSizeF() > 0 else theme.MIN_POINT_SIZE,
    )


def print_style(point_size: float = 10.0, px: float = 1.0) -> Style:
    """The style for paper: dark text on white, names without links."""
    return Style(
        text="#1D2127",
        muted="#4F5761",
        link="#1D2127",
        rule="#D5D9DE",
        card="#EEF5F8",
        card_border="#BFDCE5",
        alone=theme.LIGHT.warning_text,
        good=theme.LIGHT.good,
        point_size=point_size,
        links=False,
        px=px,
    )


# -- small pieces -----------------------------------------------------------------------------


def quarter_name(q: Quarter) -> str:
    """'Q3 2026'."""
    return f"Q{q.number} {q.year}"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def day(d: dt.date, year: int | None = None) -> str:
    """'3 Aug', or '30 Dec 2025' when the year differs from `year`."""
    text = f"{d.day} {MONTHS[d.month - 1][:3]}"
    return text if d.year == year else f"{text} {d.year}"


def _percent(part: int, total: int) -> str:
    return f"{round(100 * part / total)}\u00a0%" if total else "—"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


class _Writer:
    """Accumulates the HTML of one document in one style."""

    def __init__(self, r: Reflection, style: Style) -> None:
        self.r = r
        self.s = style
        self.parts: list[str] = []

    def add(self, text: str) -> None:
        self.parts.append(text)

    def pt(self, factor: float) -> str:
        return f"{self.s.point_size * factor:.1f}pt"

    def u(self, pixels: float) -> str:
        """A horizontal margin in CSS pixels as device pixels: QTextDocument scales vertical
        margins and paddings to the paint device, but not a paragraph's left margin."""
        return f"{round(pixels * self.s.px)}px"

    def muted(self, text: str) -> str:
        return f'<span style="color:{self.s.muted}">{text}</span>'

    def name(self, ref: PersonRef, archived: bool = False, *, bold: bool = True) -> str:
        mark = " " + self.muted("(archived)") if archived else ""
        text = f"<b>{_e(ref.name)}</b>" if bold else _e(ref.name)
        if not self.s.links:
            return text + mark
        return (
            f'<a href="person:{ref.id}" style="color:{self.s.link}; text-decoration:none">'
            f"{text}</a>{mark}"
        )

    def names(self, refs: Iterable[PersonRef]) -> str:
        return ", ".join(self.name(r) for r in refs)

    # Headings are paragraphs with a size: QTextDocument sizes <h1>–<h6> by a scale of its
    # own (h2 is 1.5 times the text) and ignores a CSS font-size on them.
    def h2(self, text: str) -> None:
        self.add(
            f'<p style="font-size:{self.pt(HEADING)}; font-weight:600; color:{self.s.text}; '
            f'margin-top:24px; margin-bottom:4px">{_e(text)}</p>'
            f'<hr style="color:{self.s.rule}; background-color:{self.s.rule}; height:1px; '
            f'margin-top:0px; margin-bottom:6px">'
        )

    def h3(self, text: str) -> None:
        self.add(
            f'<p style="font-size:{self.pt(SUBHEADING)}; font-weight:600; '
            f'color:{self.s.text}; margin-top:12px; margin-bottom:4px">{_e(text)}</p>'
        )

    def p(self, text: str, *, top: int = 0, bottom: int = 6, indent: int = 0) -> None:
        self.add(
            f'<p style="margin-top:{top}px; margin-bottom:{bottom}px; '
            f'margin-left:{self.u(indent)}">{text}</p>'
        )

    def quiet(self, text: str) -> None:
        self.p(f"<i>{self.muted(_e(text))}</i>")

    def html(self) -> str:
        return self.wrap("".join(self.parts))

    def wrap(self, body: str) -> str:
        return (
            f'<html><body style="font-size:{self.pt(1)}; color:{self.s.text}">{body}</body></html>'
        )

    def chunks(self, size: int) -> list[str]:
        """The document as pieces of about `size` characters, cut only after a paragraph
        (not after a table or a rule): the first a whole document, each next one starting with an
        invisible paragraph that an insertion merges into the last block shown, so every
        block after it keeps its own margins (see `ReflectionView._append`)."""
        pieces: list[list[str]] = [[]]
        length = 0
        for part in self.parts:
            current = pieces[-1]
            if current and length + len(part) > size and current[-1].endswith("</p>"):
                pieces.append([])
                length = 0
            pieces[-1].append(part)
            length += len(part)
        joint = '<p style="margin-top:0px; margin-bottom:0px">&#8203;</p>'
        return [self.wrap(("" if i == 0 else joint) + "".join(p)) for i, p in enumerate(pieces)]


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
                    f"This quarter is still running: what follows covers "
                    f"{day(r.quarter.start, r.as_of.year)} to {day(r.as_of)} "
                    f"({_plural(days, 'day')} of {(r.quarter.end - r.quarter.start).days + 1}), "
                    f"compared with the first {_plural(days, 'day')} of "
                    f"{quarter_name(r.quarter.previous())}."
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
    return f"Reflection — {q.title}"


def _title(w: _Writer) -> None:
    r = w.r
    w.add(
        f'<p style="font-size:{w.pt(1.9)}; font-weight:600; margin-top:0px; '
        f'margin-bottom:2px">{_e(pdf_title(r.quarter))}</p>'
    )
    made = dt.date.today()
    w.p(
        w.muted(
            _e(f"TrustJournal · private · exported {made.day} {MONTHS[made.month - 1]} {made.year}")
        ),
        bottom=14,
    )


def _nothing(w: _Writer) -> None:
    q = w.r.quarter
    months = f"{MONTHS[q.start.month - 1]}–{MONTHS[q.end.month - 1]} {q.year}"
    so_far = " so far" if w.r.in_progress else ""
    headline = (
        f"Nothing recorded yet in {quarter_name(q)}"
        if w.r.in_progress
        else f"Nothing recorded in {quarter_name(q)}"
    )
    # A first paragraph's top margin is dropped: an empty one lowers the message instead.
    w.add('<p style="margin-top:0px; margin-bottom:36px">&nbsp;</p>')
    w.add(
        f'<p align="center" style="margin-top:0px; margin-bottom:8px; '
        f'font-size:{w.pt(1.35)}; font-weight:600">{_e(headline)}</p>'
    )
    w.add(
        f'<p align="center" style="margin-top:0px; color:{w.s.muted}">'
        f"{_e(f'No conversation, decision or gathering is dated {months}{so_far}.')}<br>"
        f"{_e('Record a conversation as it happens, or step to another quarter.')}<br>"
        f"{_e('Your written reflection for the quarter stays here either way.')}</p>"
    )


def _takeaways(w: _Writer) -> None:
    sentences = w.r.takeaways
    items = (
        "".join(
            f'<p style="margin-top:0px; margin-bottom:7px">•&nbsp;&nbsp;{_e(t)}</p>'
            for t in sentences
        )
        if sentences
        else f"<p>{_e('Nothing in the numbers stands out this quarter.')}</p>"
    )
    w.add(
        f'<table width="100%" cellpadding="14" cellspacing="0" '
        f'style="background-color:{w.s.card}; border:1px solid {w.s.card_border}; '
        f'border-collapse:collapse; margin-top:4px; margin-bottom:4px">'
        f'<tr><td style="background-color:{w.s.card}">'
        f'<p style="margin-top:0px; margin-bottom:8px; font-weight:600; '
        f'font-size:{w.pt(1.05)}">What this quarter says</p>'
        f"{items}</td></tr></table>"
    )


def _coach(w: _Writer) -> None:
    notes = w.r.coach
    if not notes:
        return
    w.h2("Questions to sit with")
    for n in notes:
        evidence = "<br>".join(_e(e) for e in n.evidence)
        w.p(f"<b>{_e(n.text)}</b>", bottom=2)
        w.p(w.muted(evidence), bottom=10, indent=14)


def _history(w: _Writer) -> None:
    """How many people answered each question, quarter by quarter over the year."""
    history = w.r.history
    if len(history) < 2:
        return
    w.h3("Over the year")
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
    w.add(
        f'<table cellspacing="0" cellpadding="0" style="margin-top:2px; margin-bottom:4px">'
        f'<tr><td style="{cell}; padding-left:0px; color:{w.s.muted}">People who answered</td>'
        f"{head}</tr>{body}</table>"
    )


def _practical_test(w: _Writer) -> None:
    w.h2("The practical test")
    for role in Role:
        w.h3(QUESTIONS[role])
        answers = w.r.practical_test.get(role, ())
        if not answers:
            w.quiet("Nobody this quarter.")
        for a in answers[:PEOPLE_SHOWN]:
            _answer(w, a)
        _more(w, [(a.person, a.archived) for a in answers[PEOPLE_SHOWN:]])


def _answer(w: _Writer, a: Answer) -> None:
    year = w.r.quarter.year
    lines = [f"{_e(day(e.date, year))} · {_e(e.what)}" for e in a.evidence[:EVIDENCE_SHOWN]]
    rest = len(a.evidence) - EVIDENCE_SHOWN
    if rest > 0:
        last = a.evidence[-1].date
        lines.append(_e(f"and {rest} more, the last on {day(last, year)}"))
    flag = f'<span style="color:{FLAG_COLOURS[a.flag]}">●</span> ' + w.muted(
        _e(FLAG_LABELS[a.flag])
    )
    w.p(f"{w.name(a.person, a.archived)}&nbsp;&nbsp;{flag}", bottom=1, indent=0)
    w.p(w.muted("<br>".join(lines)), bottom=8, indent=14)


def _conversations(w: _Writer, chart: bool) -> None:
    c = w.r.conversations
    t = c.this
    w.h2("Conversations")
    if not t.total:
        w.quiet("No conversation this quarter.")
    else:
        w.p(
            f"{_plural(t.total, 'conversation')} this quarter: <b>{t.honest} honest</b> "
            f"({_percent(t.honest, t.total)}), {t.polish} polish only "
            f"({_percent(t.polish, t.total)}) and {t.unmarked} unmarked "
            f"({_percent(t.unmarked, t.total)}). You were honest yourself — shared a failure, "
            f"a doubt or asked for help — in <b>{t.i_honest}</b> of them "
            f"({_percent(t.i_honest, t.total)}).",
            bottom=10,
        )
    if chart:
        w.add(
            f'<p align="center" style="margin-top:4px; margin-bottom:10px">'
            f'<img src="{CHART_SRC}"></p>'
        )
    previous = quarter_name(w.r.quarter.previous())
    rows: tuple[tuple[str, Callable[[Counts], str]], ...] = (
        ("Conversations", lambda k: str(k.total)),
        ("Honest", lambda k: _count(k.honest, k.total)),
        ("Polish only", lambda k: _count(k.polish, k.total)),
        ("Unmarked", lambda k: _count(k.unmarked, k.total)),
        ("You were honest", lambda k: _count(k.i_honest, k.total)),
    )
    if c.previous_to_date is not None:  # like with like: the same days of the one before
        previous = f"{previous}, first {_plural(c.days or 0, 'day')}"
    columns: tuple[tuple[str, Counts], ...] = (
        ("This quarter" + (" so far" if c.days else ""), t),
        (previous, c.compared),
        ("Past year", c.trailing_year),
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
    months = [
        f"{MONTHS[m.first_day.month - 1]} {m.counts.total} "
        f"({m.counts.honest} honest, {m.counts.polish} polish)"
        for m in c.in_quarter
    ]
    w.p(w.muted(_e("By month: " + " · ".join(months) + ".")), bottom=4)


def _count(part: int, total: int) -> str:
    return f"{part} ({_percent(part, total)})" if total else str(part)


def _flag(flag: Flag | None) -> str:
    return FLAG_LABELS[flag] if flag is not None else "new"


def _ties(w: _Writer) -> None:
    t = w.r.ties
    w.h2("Ties")
    groups: tuple[tuple[str, Sequence[TieChange]], ...] = (
        ("Deepened", t.deepened),
        ("Faded", t.faded),
        ("Stayed polish-only", t.polish_only),
        ("New this quarter", t.new),
    )
    if not any(changes for _, changes in groups):
        w.quiet("No tie changed this quarter, and nobody new.")
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
        w.p(w.muted(f"And {len(people)} more: ") + names, top=2, bottom=8)


def _decisions(w: _Writer) -> None:
    d = w.r.decisions
    w.h2("Decisions")
    if not d.all:
        w.quiet("No decision recorded this quarter.")
        return
    hard = d.uncomfortable
    alone = [x for x in hard if x.alone]
    if hard:
        w.h3(
            f"Uncomfortable ({len(hard)})"
            + (f" — {len(alone)} faced alone" if alone else " — none faced alone")
        )
        for decision in hard[:DECISIONS_SHOWN]:
            _decision(w, decision)
        _more_decisions(w, hard[DECISIONS_SHOWN:])
    others = [x for x in d.all if not x.uncomfortable]
    if others:
        w.h3(f"Other decisions ({len(others)})")
        year = w.r.quarter.year
        for decision in others[:DECISIONS_SHOWN]:
            who = (
                _alone_words(decision)
                if decision.alone
                else "consulted " + w.names(decision.consulted)
            )
            w.p(
                f"{_e(decision.title)} "
                + w.muted(
                    f"· {_e(day(decision.date, year))} · discomfort {decision.discomfort} of 5 · "
                )
                + (w.muted(who) if decision.alone else who),
                bottom=4,
            )
        _more_decisions(w, others[DECISIONS_SHOWN:])


def _more_decisions(w: _Writer, rest: Sequence[Decision]) -> None:
    if rest:
        alone = sum(1 for d in rest if d.alone)
        made = f", {alone} of them faced alone" if alone else ""
        titles = "; ".join(_e(d.title) for d in rest)
        w.p(w.muted(f"And {len(rest)} more{made}: {titles}."), top=2, bottom=8)


def _alone_words(d: Decision) -> str:
    """An uncomfortable decision nobody was consulted on: an open one is not made yet."""
    return "open, nobody consulted yet" if d.open else "decided alone"


def _decision(w: _Writer, d: Decision) -> None:
    year = w.r.quarter.year
    facts = f"{day(d.date, year)} · discomfort {d.discomfort} of 5 · {d.status}"
    lines = [f"<b>{_e(d.title)}</b>", w.muted(_e(facts))]
    if d.alone:
        words = "Nobody consulted yet" if d.open else "Decided alone"
        lines.append(
            f'<span style="color:{w.s.alone}; font-weight:600">{_e(words)}</span>'
            + w.muted(" — nobody consulted" if not d.open else "")
        )
        if d.could_call:
            one = len(d.could_call) == 1
            there = "could help" if d.open else ("was" if one else "were") + " there to call"
            tie = "an honest tie" if one else "honest ties"
            lines.append(w.names(d.could_call) + w.muted(f" {there} ({tie})"))
    elif not d.consulted:
        lines.append(
            w.muted("Nobody recorded as consulted; talked it through with ")
            + w.names(d.talked_with)
        )
    else:
        lines.append("Consulted " + w.names(d.consulted))
        if d.changed_framing:
            lines.append("Changed your framing: " + w.names(d.changed_framing))
        else:
            lines.append(w.muted("Nobody changed your framing"))
    talks = []
    if d.honest_talks:
        talks.append(_plural(d.honest_talks, "honest conversation"))
    if d.polish_talks:
        talks.append(_plural(d.polish_talks, "polish-only conversation"))
    if talks:
        only = " — only in polish" if d.polish_talks and not d.honest_talks else ""
        lines.append(w.muted(_e("Talked through in " + " and ".join(talks) + only)))
    w.p("<br>".join(lines), bottom=10)


_VERDICT_COLOUR = {Verdict.BUILT_RELATIONSHIPS: "good", Verdict.NETWORKING: "alone"}


def _gatherings(w: _Writer) -> None:
    w.h2("Gatherings")
    if not w.r.gatherings:
        w.quiet("No gathering in or just before this quarter.")
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
        ("Kept an ongoing dialogue", g.ongoing),
        ("One follow-up or a few, then nothing", g.sporadic),
        ("No conversation since", g.none),
    ):
        if people:
            lines.append(w.muted(_e(label) + ": ") + w.names(people))
    w.p("<br>".join(lines), bottom=10)


def _follow_through(w: _Writer) -> None:
    """The quarter's next steps: acted on, ignored, set aside (the core's sentences)."""
    w.h2("Follow-through")
    said = w.r.follow_through.sentences()
    if not said:
        w.quiet("No next steps were shown this quarter.")
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
    w.h2("Capacity")
    end = w.r.quarter.end if not w.r.in_progress else w.r.as_of
    people = c.honest + c.others
    if not people:
        w.quiet("Nobody in the journal yet.")
        return
    w.p(
        f"At {day(end)}: <b>{_plural(c.honest, 'honest tie')}</b> among the "
        f"{_plural(people, 'person', 'people')} you had talked with by then.",
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
        w.p(_e(f"{few_sentence(c)} (the deep ties you chose to keep)."), bottom=6)
