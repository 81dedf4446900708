"""The app's colour schemes (light, dark, high contrast light and dark) and the WCAG contrast
arithmetic.

Every colour the app paints text or an essential graphic with is a field of `Scheme` (or a
palette role built from one, see `theme.palette_for`), so there is one place to read and
one place to test (tests/gui/test_contrast.py; docs/accessibility.md holds the table).
The flag, role and group hues of the tie badges are in `icons.py`: one set for every
scheme, mid-tones that keep 3:1 on the light and the dark backgrounds alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Scheme:
    """Every colour of one scheme. `accent` is the only saturated colour in the app's chrome."""

    name: str
    window: str
    base: str
    alternate_base: str
    text: str
    muted: str  # placeholder text and role="muted"
    disabled: str
    button: str
    border: str  # button and tooltip outlines; Mid in the palette
    outline: str  # the frame of fields, boxes and check boxes (Fusion derives it from Window)
    light: str
    midlight: str
    dark: str
    shadow: str
    accent: str  # primary buttons (and the selection's colour in most schemes)
    accent_hover: str
    accent_text: str  # text drawn on the accent
    selection: str  # a selected row or text (Highlight): 3:1 on Base, it marks a state
    selection_text: str  # text on the selection (HighlightedText)
    focus: str  # the ring around the widget that has the keyboard focus
    link: str  # accent tuned for text on `base`
    good: str  # text for something that went well (a gathering that built relationships)
    tooltip_base: str
    tooltip_text: str
    error_bg: str
    error_text: str
    error_border: str
    warning_bg: str
    warning_text: str
    warning_border: str
    note_bg: str
    note_text: str
    note_border: str
    suggest_bg: str  # a signal the note suggests, and the words that show it (not a tick)
    suggest_line: str  # their underline and the suggested toggle's edge


# A petrol blue: calm, distinct from the flag colours (green honest, blue polish) and legible
# as white-on-accent in both schemes. Neutrals are slightly cool greys.
LIGHT = Scheme(
    name="light",
    window="#F4F5F7",
    base="#FFFFFF",
    alternate_base="#F1F3F6",
    text="#1D2127",
    muted="#5B636E",
    disabled="#A0A6AE",
    button="#FBFBFC",
    border="#858C97",
    outline="#7E858F",
    light="#FFFFFF",
    midlight="#ECEEF1",
    dark="#A9AFB8",
    shadow="#6E7580",
    accent="#1F6F8B",
    accent_hover="#1A5F78",
    accent_text="#FFFFFF",
    selection="#1F6F8B",
    selection_text="#FFFFFF",
    focus="#1F6F8B",
    link="#1A6480",
    good="#1E7A52",
    tooltip_base="#FFFFFF",
    tooltip_text="#1D2127",
    error_bg="#FCEDED",
    error_text="#8E1F1F",
    error_border="#EFC4C4",
    warning_bg="#FFF5E1",
    warning_text="#744700",
    warning_border="#EDD39C",
    note_bg="#E9F3F6",
    note_text="#154B5E",
    note_border="#BFDCE5",
    suggest_bg="#E4F1F5",
    suggest_line="#2F7F9B",
)

DARK = Scheme(
    name="dark",
    window="#1B1D21",
    base="#2D3137",
    alternate_base="#32373E",
    text="#E6E8EB",
    muted="#A0A8B3",
    disabled="#6A717B",
    button="#343940",
    border="#77808B",
    outline="#7C8591",
    light="#474D55",
    midlight="#3D434B",
    dark="#111315",
    shadow="#08090A",
    accent="#23758F",  # 3:1 on the window (a primary button), white text 5:1 on it
    accent_hover="#2A7F9C",
    accent_text="#FFFFFF",
    # Lighter than the accent, with dark words: the accent is only 2.5:1 on Base, too faint
    # to show which row is selected, and no colour keeps 3:1 there and white words on it.
    selection="#3E93B0",
    selection_text="#0B0E11",
    focus="#7CC3DC",  # the accent is too dark to ring a field on Base
    link="#7CC3DC",
    good="#5FC79A",
    tooltip_base="#343940",
    tooltip_text="#E6E8EB",
    error_bg="#3B2023",
    error_text="#F5B9B9",
    error_border="#5E3034",
    warning_bg="#382D18",
    warning_text="#F2D08C",
    warning_border="#5A4822",
    note_bg="#16303A",
    note_text="#B7DFEC",
    note_border="#24505F",
    suggest_bg="#1E3C47",
    suggest_line="#6FB6CF",
)

# Black on white with black outlines; the selection and primary buttons a deep blue with white
# text; the focus ring thicker and blue so it never looks like an ordinary outline.
HIGH = Scheme(
    name="high",
    window="#FFFFFF",
    base="#FFFFFF",
    alternate_base="#F0F0F0",
    text="#000000",
    muted="#333333",
    disabled="#595959",
    button="#FFFFFF",
    border="#000000",
    outline="#000000",
    light="#FFFFFF",
    midlight="#E0E0E0",
    dark="#595959",
    shadow="#000000",
    accent="#0B3D91",
    accent_hover="#062A66",
    accent_text="#FFFFFF",
    selection="#0B3D91",
    selection_text="#FFFFFF",
    focus="#0050B3",
    link="#0B3D91",
    good="#0A5C36",
    tooltip_base="#FFFFFF",
    tooltip_text="#000000",
    error_bg="#FFFFFF",
    error_text="#8B0000",
    error_border="#8B0000",
    warning_bg="#FFFFFF",
    warning_text="#4D3000",
    warning_border="#4D3000",
    note_bg="#FFFFFF",
    note_text="#000000",
    note_border="#000000",
    suggest_bg="#FFF0B3",
    suggest_line="#000000",
)

# The same for a dark desktop (Windows' "High Contrast Black", GNOME's HighContrastInverse):
# white words on black, white outlines; links, the focus ring and warnings yellow; the
# selection and primary buttons cyan with black words.
HIGH_DARK = Scheme(
    name="high-dark",
    window="#000000",
    base="#000000",
    alternate_base="#1A1A1A",
    text="#FFFFFF",
    muted="#D6D6D6",
    disabled="#8C8C8C",
    button="#000000",
    border="#FFFFFF",
    outline="#FFFFFF",
    light="#3A3A3A",
    midlight="#2B2B2B",
    dark="#A6A6A6",
    shadow="#FFFFFF",
    accent="#1AEBFF",
    accent_hover="#8CF5FF",
    accent_text="#000000",
    selection="#1AEBFF",
    selection_text="#000000",
    focus="#FFFF00",
    link="#FFFF00",
    good="#6EF08F",
    tooltip_base="#000000",
    tooltip_text="#FFFFFF",
    error_bg="#000000",
    error_text="#FF9A9A",
    error_border="#FF9A9A",
    warning_bg="#000000",
    warning_text="#FFE066",
    warning_border="#FFE066",
    note_bg="#000000",
    note_text="#FFFFFF",
    note_border="#FFFFFF",
    suggest_bg="#3D3500",
    suggest_line="#FFE066",
)

SCHEMES = {"light": LIGHT, "dark": DARK, "high": HIGH, "high-dark": HIGH_DARK}
DARK_SCHEMES = (DARK, HIGH_DARK)  # the platform is told "dark" (title bars, file dialogs)


# -- contrast (WCAG 2 relative luminance) --------------------------------------------------


def _channel(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0–1) of the way towards `b`."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def over(colour: QColor, background: QColor) -> QColor:
    """`colour` (with its alpha) painted over an opaque `background`."""
    return mix(background, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())


def luminance(colour: QColor | str) -> float:
    c = QColor(colour)
    return (
        0.2126 * _channel(c.redF()) + 0.7152 * _channel(c.greenF()) + 0.0722 * _channel(c.blueF())
    )


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG contrast ratio of two colours, 1.0 (none) to 21.0 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
