"""Every (foreground, background) pair of colours the app paints, for the contrast checks.

Two sources, so that a colour cannot escape the check by living in one place or the other:

* `sheet_pairs` reads a stylesheet's text (the app's, as `theme.stylesheet` generates it and
  `QApplication.styleSheet()` holds it, and the editor's Write / Preview segments): for each
  rule it works out the colours in effect (a `:hover` rule keeps the text colour of the rule
  it refines) and pairs its text colour with its background, the edge of a control with the
  window it sits on, and a `:focus` border with that window too;
* `painted_pairs` takes the colours that code paints with from the palette and the scheme:
  text on every background role, muted text, selection, links, the tie badges (the flag's
  mark on the page and the words on its tinted pill), the suggestion, a search hit (plain
  and selected, and its matched words), the reflection chart, the outlines of fields and
  check boxes, and the focus ring `theme.AppStyle` draws.

Each pair has a kind: "text" (WCAG 1.4.3, 4.5:1), "graphic" (1.4.11: an essential part of a
control or chart, 3:1) or "focus" (the focus indicator against what surrounds it, 3:1).
Disabled controls are exempt in WCAG and left out. `tools/contrast_table.py` prints the
table docs/accessibility.md holds; tests/gui/test_contrast.py fails on any pair below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from trustjournal.core.judgement.signals import Group
from trustjournal.core.judgement.ties import Flag
from trustjournal.gui.common import icons, theme
from trustjournal.gui.common.schemes import Scheme, contrast_ratio, mix, over
from trustjournal.gui.common.style import secondary_colour

MINIMUM = {"text": 4.5, "graphic": 3.0, "focus": 3.0}  # WCAG 2.2 AA
# Widgets whose edge is what shows there is a control to press or type in (WCAG 1.4.11).
CONTROLS = ("QPushButton", "QToolButton", "QLineEdit", "QComboBox", "QCheckBox")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\b|palette\(([a-z-]+)\)|\btransparent\b")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMPOUND = re.compile(r"^([A-Za-z]+)((?:\[[^\]]+\])*)((?::[a-z-]+)*)$")
_ROLES = {
    "window": QPalette.ColorRole.Window,
    "window-text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternate-base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "button-text": QPalette.ColorRole.ButtonText,
    "light": QPalette.ColorRole.Light,
    "midlight": QPalette.ColorRole.Midlight,
    "mid": QPalette.ColorRole.Mid,
    "dark": QPalette.ColorRole.Dark,
    "shadow": QPalette.ColorRole.Shadow,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted-text": QPalette.ColorRole.HighlightedText,
    "link": QPalette.ColorRole.Link,
}


@dataclass(frozen=True)
class Pair:
    what: str  # where the pair is painted, e.g. 'QPushButton:hover text'
    kind: str  # "text" | "graphic" | "focus"
    fg: str  # "#RRGGBB"
    bg: str

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.fg, self.bg)

    @property
    def minimum(self) -> float:
        return MINIMUM[self.kind]


# -- the stylesheet ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Selector:
    text: str
    widget: str
    attributes: frozenset[str]
    states: frozenset[str]
    inside: str | None  # the ancestor's selector, for 'QFrame[role="note"] QLabel'

    def refines(self, other: _Selector) -> bool:
        """Whether every widget `self` matches is matched by `other` too."""
        return (
            self.widget == other.widget
            and other.attributes <= self.attributes
            and other.states <= self.states
            and self.inside == other.inside
        )


def _selector(text: str) -> _Selector | None:
    parts = text.split()
    match = _COMPOUND.match(parts[-1])
    if match is None:
        return None
    attributes = frozenset(re.findall(r"\[[^\]]+\]", match.group(2)))
    states = frozenset(s for s in match.group(3).split(":") if s)
    inside = " ".join(parts[:-1]) or None
    return _Selector(text, match.group(1), attributes, states, inside)


def _colour(value: str, palette: QPalette) -> str | None:
    """The last colour in a declaration's value ("1px solid #858C97" → "#858C97")."""
    found = list(_COLOUR.finditer(value))
    if not found:
        return None
    last = found[-1]
    if last.group(0) == "transparent":
        return "transparent"
    if last.group(1):
        return palette.color(_ROLES[last.group(1)]).name().upper()
    return last.group(0).upper()


def _declarations(body: str, palette: QPalette) -> dict[str, str]:
    found: dict[str, str] = {}
    for declaration in body.split(";"):
        name, _, value = declaration.partition(":")
        name = name.strip()
        key = {
            "color": "color",
            "background": "background",
            "background-color": "background",
            "border": "border",
            "border-color": "border",
        }.get(name)
        colour = _colour(value, palette) if key else None
        if key and colour:
            found[key] = colour
    return found


def _rules(sheet: str, palette: QPalette) -> list[tuple[_Selector, dict[str, str]]]:
    rules = []
    for selectors, body in _RULE.findall(re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)):
        declarations = _declarations(body, palette)
        for text in selectors.split(","):
            selector = _selector(text.strip())
            if selector is not None:
                rules.append((selector, declarations))
    return rules


def _in_effect(
    selector: _Selector, rules: list[tuple[_Selector, dict[str, str]]]
) -> dict[str, str]:
    """The colours a widget matching `selector` gets: every rule it refines, the more
    specific (then the later) winning, as Qt's cascade does."""
    matching = [
        (len(other.attributes) + len(other.states), order, declarations)
        for order, (other, declarations) in enumerate(rules)
        if selector.refines(other)
    ]
    found: dict[str, str] = {}
    for _, _, declarations in sorted(matching, key=lambda m: (m[0], m[1])):
        found.update(declarations)
    return found


def sheet_pairs(sheet: str, palette: QPalette, name: str = "") -> list[Pair]:
    """The pairs of stylesheet `sheet`, its palette(…) colours read from `palette`.

    A rule's text goes on its background (or, with none or a transparent one, on what it
    is drawn over: the window, or the ancestor's background for 'QFrame QLabel'); a control's
    edge (its border, or its fill where that stands out more) and a `:focus` border go on the
    window around it."""
    window = palette.color(QPalette.ColorRole.Window).name().upper()
    rules = _rules(sheet, palette)
    ancestors = {selector.text: declarations for selector, declarations in rules}
    pairs: list[Pair] = []
    seen: set[str] = set()
    for selector, _ in rules:
        if selector.text in seen or "disabled" in selector.states:  # WCAG exempts inactive
            continue
        seen.add(selector.text)
        colours = _in_effect(selector, rules)
        around = window
        if selector.inside is not None:
            around = ancestors.get(selector.inside, {}).get("background", window)
        background = colours.get("background", "transparent")
        under = around if background == "transparent" else background
        label = f"{name} {selector.text}".strip()
        if "color" in colours:
            pairs.append(Pair(f"{label} text", "text", colours["color"], under))
        border = colours.get("border", "transparent")
        if "focus" in selector.states and border != "transparent":
            pairs.append(Pair(f"{label} focus ring", "focus", border, around))
        elif selector.widget in CONTROLS and "flat" not in selector.states:
            edges = [c for c in (border, background) if c != "transparent"]
            if edges:
                edge = max(edges, key=lambda c: contrast_ratio(c, around))
                pairs.append(Pair(f"{label} edge", "graphic", edge, around))
    return pairs


def sheets(scheme: Scheme, point_size: float = theme.MIN_POINT_SIZE) -> dict[str, str]:
    """The stylesheets that set colours, by name: the app's and the editor's segments."""
    from trustjournal.gui.editor.layout import SEGMENT_STYLE

    return {
        "app": theme.stylesheet(scheme, point_size),
        "editor": SEGMENT_STYLE.format(left=4, right=4),
    }


# -- colours painted in code ------------------------------------------------------------------


def _hex(colour: QColor | str) -> str:
    return QColor(colour).name().upper()


def _on(kind: str, what: str, fg: QColor | str, backgrounds: dict[str, str]) -> Iterable[Pair]:
    for where, bg in backgrounds.items():
        yield Pair(f"{what} on {where}", kind, _hex(fg), bg)


def painted_pairs(scheme: Scheme) -> list[Pair]:
    """The pairs that code paints with, from `scheme` and its palette."""
    from trustjournal.gui.editor.suggestions import ACTIVE_TINT
    from trustjournal.gui.reflection.chart import chart_colours
    from trustjournal.gui.search.delegate import hit_colours

    s = scheme
    palette = theme.palette_for(s)
    pages = {"window": s.window, "base": s.base, "alternate base": s.alternate_base}
    pairs: list[Pair] = []
    pairs += _on("text", "text", s.text, {**pages, "button": s.button})
    pairs += _on("text", "muted text", s.muted, pages)
    pairs += _on("text", "link", s.link, {"window": s.window, "base": s.base})
    pairs += _on("text", "good news", s.good, {"base": s.base})
    pairs += _on("text", "'decided alone'", s.warning_text, {"base": s.base})
    pairs += _on("text", "selected text", s.selection_text, {"selection": s.selection})
    pairs += _on("text", "primary button text", s.accent_text, {"hover": s.accent_hover})
    pairs += _on(
        "text", "selected muted text", secondary_colour(palette, True), {"selection": s.selection}
    )
    # The selected row shows which one is chosen against the rows around it (1.4.11).
    pairs += _on(
        "graphic", "selected row", s.selection, {"base": s.base, "alternate base": s.alternate_base}
    )
    # A search hit, on a plain row and on the selected one: its muted line and its words
    # on the selection, a matched word on its mark (search/delegate.py).
    for selected, row in ((False, s.base), (True, s.selection)):
        where = "selected search hit" if selected else "search hit"
        hit = hit_colours(palette, selected)
        pairs.append(Pair(f"{where}: kind and date", "text", _hex(hit["muted"]), row))
        pairs.append(Pair(f"{where}: words", "text", _hex(hit["text"]), row))
    pairs.append(Pair("search hit: matched word", "text", _hex(hit["marked"]), _hex(hit["mark"])))
    pairs.append(Pair("tooltip text", "text", s.tooltip_text, s.tooltip_base))
    for kind in ("error", "warning", "note"):
        fg, bg = getattr(s, f"{kind}_text"), getattr(s, f"{kind}_bg")
        pairs.append(Pair(f"{kind} banner text", "text", fg, bg))
    # A suggestion: the note's words on their tint (deeper for the toggle in focus).
    strong = mix(QColor(s.suggest_bg), QColor(s.suggest_line), ACTIVE_TINT)
    pairs += _on("text", "text", s.text, {"suggestion": s.suggest_bg, "focused one": _hex(strong)})
    pairs += _on(
        "graphic", "suggestion edge", s.suggest_line, {"base": s.base, "tint": s.suggest_bg}
    )
    # Badges and chips: the mark (the flag's own shape) on the page, the words on the pill.
    hues = {f"flag '{icons.flag_label(f)}'": icons.flag_colour(f) for f in Flag}
    hues |= {f"group '{g.value}'": icons.group_colour(g) for g in Group}
    hues["role mark"] = icons.role_colour()
    for what, hue in hues.items():
        pairs += _on("graphic", what, hue, pages)
        pill = QColor(hue)
        pill.setAlphaF(0.16)  # painting.paint_chip
        pairs.append(Pair(f"text on {what} pill", "text", s.text, _hex(over(pill, QColor(s.base)))))
    # The reflection chart's bars and labels, on Base.
    chart = chart_colours(palette)
    for key in ("honest", "polish", "unmarked"):
        pairs.append(Pair(f"chart bar '{key}'", "graphic", _hex(chart[key]), s.base))
    pairs.append(Pair("chart label", "text", _hex(chart["label"]), s.base))
    # Outlines: buttons (Mid), fields and check boxes (AppStyle), and the focus ring.
    pairs += _on("graphic", "button outline", s.border, {"window": s.window})
    pairs += _on("graphic", "field outline", s.outline, {"window": s.window, "base": s.base})
    pairs += _on("graphic", "primary button fill", s.accent, {"window": s.window})
    pairs += _on("focus", "focus ring", s.focus, {"window": s.window, "base": s.base})
    return pairs


def all_pairs(scheme: Scheme, applied: str | None = None) -> list[Pair]:
    """Every pair of `scheme`: painted ones, then the stylesheets' (`applied` replaces the
    app's generated stylesheet, e.g. with `QApplication.styleSheet()`)."""
    palette = theme.palette_for(scheme)
    pairs = painted_pairs(scheme)
    for name, sheet in sheets(scheme).items():
        text = applied if name == "app" and applied is not None else sheet
        pairs += sheet_pairs(text, palette, name)
    return pairs
