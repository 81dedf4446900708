"""How the reflection document is typeset: its colours and sizes, for the screen (the app's
palette, light or dark) and for paper."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from trustjournal.gui.common import theme
from trustjournal.gui.common.style import is_dark

HEADING = 1.3  # section headings, times the text size
SUBHEADING = 1.08


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
    # The scheme on show; without a theme, judged by the palette.
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
