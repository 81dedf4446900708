"""The reflection document's typesetting: paragraphs, headings, muted text and person
links in the rich-text subset `QTextDocument` understands (doc.py says what goes in)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from trustjournal.core.judgement.reflection import Reflection
from trustjournal.core.records import PersonRef
from trustjournal.gui.reflection.style import HEADING, SUBHEADING, Style
from trustjournal.gui.reflection.words import translate


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def percent(part: int, total: int) -> str:
    return f"{round(100 * part / total)}\u00a0%" if total else "—"


class Writer:
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
        mark = (
            " " + self.muted(escape(translate("ReflectionDoc", "(archived)"))) if archived else ""
        )
        text = f"<b>{escape(ref.name)}</b>" if bold else escape(ref.name)
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
            f'margin-top:24px; margin-bottom:4px">{escape(text)}</p>'
            f'<hr style="color:{self.s.rule}; background-color:{self.s.rule}; height:1px; '
            f'margin-top:0px; margin-bottom:6px">'
        )

    def h3(self, text: str) -> None:
        self.add(
            f'<p style="font-size:{self.pt(SUBHEADING)}; font-weight:600; '
            f'color:{self.s.text}; margin-top:12px; margin-bottom:4px">{escape(text)}</p>'
        )

    def p(self, text: str, *, top: int = 0, bottom: int = 6, indent: int = 0) -> None:
        self.add(
            f'<p style="margin-top:{top}px; margin-bottom:{bottom}px; '
            f'margin-left:{self.u(indent)}">{text}</p>'
        )

    def quiet(self, text: str) -> None:
        self.p(f"<i>{self.muted(escape(text))}</i>")

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
