"""The app's look: Fusion, a calm light and dark palette with one accent, and a small stylesheet.

`prepare_high_dpi()` runs before the QApplication exists; `apply_theme(app, theme)` runs
once at start and again whenever the preference changes ("system", "light", "dark", "high"
or "high-dark"). With "system" the app follows the desktop's colour scheme (Qt 6.5+) and its
high-contrast setting (Qt 6.10+, where the platform tells it) and switches when they
change: high contrast on a dark desktop is "high-dark" (white on black), on a light or
unknown one "high" (black on white). "light", "dark", "high" and "high-dark" override them
(Qt 6.8+ also tells the platform, so title bars match). The schemes are in `schemes.py`.

The widget with the keyboard focus always shows a ring in the scheme's `focus` colour:
buttons through the stylesheet, fields, lists, text areas, check boxes and the like through
`AppStyle` (a 2 px ring where Fusion draws a faint one, or none).

Dynamic properties the other views use (set them with `set_role` / `set_primary`, which
repolish the widget so a change after it is shown takes effect):

    QPushButton[primary="true"]   the one primary action of a page or dialog (accent fill)
    QLabel[role="error"]          in-place message that something failed (tinted banner)
    QLabel[role="warning"]        in-place caution, e.g. Caps Lock is on (tinted banner)
    QLabel[role="note"]           in-place neutral information (accent-tinted banner)
    QFrame[role="note"]           the same tint for a bar holding buttons (the undo bar)
    QLabel[role="muted"]          secondary text: help lines, hints, counts (quieter colour)
    QLabel[role="heading"]        a section heading inside a page or dialog (larger, semibold)
    QLabel[role="title"]          the one title of a page (larger still)

A suggestion (a signal the note shows, not ticked) has its own two colours, `suggest_bg` and
`suggest_line`, read with `suggestion_colours()`: the suggested toggle and the marked words
in the note share them, so the eye links one to the other.

Colours come from palette roles everywhere else, so a widget that never touches these
properties still looks right in both schemes. Widgets that paint by hand should read
`QApplication.palette()` when painting and repaint on `QEvent.PaletteChange`; `notifier(app)`
also emits `schemeChanged("light" | "dark" | "high" | "high-dark")` after every switch.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionComplex,
    QTextEdit,
    QToolTip,
    QWidget,
)

from trustjournal.gui.common.config import THEMES
from trustjournal.gui.common.schemes import (
    DARK,
    DARK_SCHEMES,
    HIGH,
    HIGH_DARK,
    LIGHT,
    SCHEMES,
    Scheme,
    contrast_ratio,
    luminance,
    mix,
    over,
)

__all__ = [
    "DARK",
    "HIGH",
    "HIGH_DARK",
    "LIGHT",
    "SCHEMES",
    "Scheme",
    "apply_theme",
    "contrast_ratio",
    "luminance",
    "mix",
    "over",
]

ROLE = "role"  # QLabel dynamic property: error | warning | note | muted | heading | title
ROLES = ("error", "warning", "note", "muted", "heading", "title")
PRIMARY = "primary"  # QPushButton dynamic property: true for the primary action
MIN_POINT_SIZE = 10.5  # the smallest base font we allow: readable late at night
FOCUS_WIDTH = 2  # px of the focus ring (one more than an ordinary outline)


# -- palette and stylesheet -----------------------------------------------------------------


def palette_for(scheme: Scheme) -> QPalette:
    """The full QPalette of `scheme`, including the disabled group."""
    p = QPalette()
    R = QPalette.ColorRole
    normal = {
        R.Window: scheme.window,
        R.WindowText: scheme.text,
        R.Base: scheme.base,
        R.AlternateBase: scheme.alternate_base,
        R.Text: scheme.text,
        R.PlaceholderText: scheme.muted,
        R.Button: scheme.button,
        R.ButtonText: scheme.text,
        R.BrightText: "#FFFFFF",
        R.Light: scheme.light,
        R.Midlight: scheme.midlight,
        R.Mid: scheme.border,
        R.Dark: scheme.dark,
        R.Shadow: scheme.shadow,
        R.Highlight: scheme.selection,
        R.HighlightedText: scheme.selection_text,
        R.Link: scheme.link,
        R.LinkVisited: scheme.link,
        R.ToolTipBase: scheme.tooltip_base,
        R.ToolTipText: scheme.tooltip_text,
        R.Accent: scheme.accent,
    }
    for role, colour in normal.items():
        p.setColor(role, QColor(colour))
    G = QPalette.ColorGroup.Disabled
    for role in (R.WindowText, R.Text, R.ButtonText, R.PlaceholderText, R.HighlightedText):
        p.setColor(G, role, QColor(scheme.disabled))
    p.setColor(G, R.Highlight, QColor(scheme.border))
    p.setColor(G, R.Base, QColor(scheme.alternate_base))
    p.setColor(G, R.Button, QColor(scheme.window))
    return p


def stylesheet(scheme: Scheme, point_size: float) -> str:
    """Spacing, shape and typography; colours only where a palette role cannot say it."""
    s = scheme
    heading = round(point_size * 1.2, 1)
    title = round(point_size * 1.5, 1)
    return f"""
QPushButton {{
    background: {s.button}; color: {s.text};
    border: 1px solid {s.border}; border-radius: 4px;
    padding: 5px 14px; min-width: 64px;
}}
QPushButton:hover {{ background: {s.midlight}; }}
QPushButton:pressed {{ background: {s.midlight}; }}
QPushButton:disabled {{ color: {s.disabled}; background: {s.window}; }}
QPushButton:flat {{ background: transparent; border: 1px solid transparent; }}
QPushButton:flat:hover {{ background: {s.midlight}; }}
QPushButton[primary="true"] {{
    background: {s.accent}; color: {s.accent_text}; border: 1px solid {s.accent_hover};
    font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {s.accent_hover}; }}
QPushButton[primary="true"]:disabled {{
    background: {s.midlight}; color: {s.disabled}; border-color: {s.border};
}}
QLabel[role="error"], QLabel[role="warning"], QLabel[role="note"] {{
    border-radius: 6px; padding: 8px 12px;
}}
QLabel[role="error"] {{
    background: {s.error_bg}; color: {s.error_text}; border: 1px solid {s.error_border};
}}
QLabel[role="warning"] {{
    background: {s.warning_bg}; color: {s.warning_text}; border: 1px solid {s.warning_border};
}}
QLabel[role="note"] {{
    background: {s.note_bg}; color: {s.note_text}; border: 1px solid {s.note_border};
}}
QFrame[role="note"] {{
    background: {s.note_bg}; border: 1px solid {s.note_border}; border-radius: 6px;
}}
QFrame[role="note"] QLabel {{ color: {s.note_text}; background: transparent; border: none; }}
QLabel[role="muted"] {{ color: {s.muted}; }}
QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: 600; }}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: 600; }}
QToolTip {{
    background: {s.tooltip_base}; color: {s.tooltip_text}; border: 1px solid {s.border};
    padding: 4px 6px;
}}
QPushButton:focus, QPushButton:flat:focus {{
    border: {FOCUS_WIDTH}px solid {s.focus}; padding: 4px 13px;
}}
QPushButton[primary="true"]:focus {{ border: {FOCUS_WIDTH}px solid {s.text}; }}
"""


# -- the style ---------------------------------------------------------------------------------

_PE = QStyle.PrimitiveElement
_CC = QStyle.ComplexControl
_OUTLINED_PRIMITIVES = frozenset(
    (
        _PE.PE_IndicatorCheckBox,
        _PE.PE_IndicatorRadioButton,
        _PE.PE_IndicatorItemViewItemCheck,
        _PE.PE_FrameLineEdit,
        _PE.PE_PanelLineEdit,
    )
)
_OUTLINED_CONTROLS = frozenset(
    (_CC.CC_SpinBox, _CC.CC_ComboBox, _CC.CC_ToolButton, _CC.CC_ScrollBar)
)
_RINGED_FRAMES = (QAbstractItemView, QPlainTextEdit, QTextEdit)  # scroll areas one types in


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def draw_focus_ring(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """The focus ring: FOCUS_WIDTH px of `colour` just inside `rect`, gently rounded."""
    half = FOCUS_WIDTH / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, FOCUS_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 3, 3)
    painter.restore()


class AppStyle(QProxyStyle):
    """Fusion, with the outlines of fields and check boxes in the scheme's `outline` colour,
    a focus ring in the scheme's `focus` colour, and no icons on dialog buttons (a tick on
    the accent-filled OK button is noise).

    Fusion draws those outlines as the Window colour darkened, which on the dark scheme is
    near-black on near-black: a check box became an invisible square. Its outline is
    `Window.darker(140)`, so the controls are painted with a Window that darkens to ours.
    Scroll bars too: on the high-contrast schemes their handle was a faint grey (1.3:1 on
    black, 1.6:1 on white); with the outline it shows at once where one is in a list.
    """

    def __init__(self, scheme: Scheme) -> None:
        super().__init__("Fusion")
        self.window = QColor(scheme.outline).lighter(140)
        self.focus = QColor(scheme.focus)

    def use(self, scheme: Scheme) -> None:
        self.window = QColor(scheme.outline).lighter(140)
        self.focus = QColor(scheme.focus)

    def name(self) -> str:  # the proxy has none of its own; it is Fusion
        return str(self.baseStyle().name())

    def _outlined(self, option: QStyleOption) -> QPalette:
        saved = QPalette(option.palette)
        palette = QPalette(option.palette)
        palette.setColor(QPalette.ColorRole.Window, self.window)
        option.palette = palette
        return saved

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _PE.PE_FrameFocusRect and not isinstance(widget, QAbstractItemView):
            # Check boxes, radio buttons, tool buttons: Fusion's ring is a faint tint. A push
            # button, or a widget with a stylesheet of its own, rings itself with a :focus
            # border (a second ring inside it would be noise).
            if not isinstance(widget, QPushButton) and not (widget and widget.styleSheet()):
                # A little off the words it rings (Fusion's rect hugs them).
                draw_focus_ring(painter, option.rect.adjusted(-2, -1, 2, 1), self.focus)
            return
        if element not in _OUTLINED_PRIMITIVES:
            super().drawPrimitive(element, option, painter, widget)
            return
        saved = self._outlined(option)
        try:
            super().drawPrimitive(element, option, painter, widget)
        finally:
            option.palette = saved
        if element == _PE.PE_FrameLineEdit and _has_focus(option):
            draw_focus_ring(painter, option.rect, self.focus)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        # A list or a text area in focus: Fusion's frame does not change at all.
        if (
            element == QStyle.ControlElement.CE_ShapedFrame
            and isinstance(widget, _RINGED_FRAMES)
            and _has_focus(option)
        ):
            draw_focus_ring(painter, option.rect, self.focus)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control not in _OUTLINED_CONTROLS:
            super().drawComplexControl(control, option, painter, widget)
            return
        saved = self._outlined(option)
        try:
            super().drawComplexControl(control, option, painter, widget)
        finally:
            option.palette = saved
        if _has_focus(option):
            draw_focus_ring(painter, option.rect, self.focus)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return int(super().styleHint(hint, option, widget, returnData))


# -- applying it ------------------------------------------------------------------------------


def prepare_high_dpi() -> None:
    """Crisp at fractional scale factors (125 %, 150 %): call before the QApplication exists."""
    if QGuiApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )


class ThemeKeeper(QObject):
    """Remembers the chosen theme and follows the desktop's scheme while it is "system"."""

    schemeChanged = Signal(str)  # a SCHEMES name, after the palette has changed

    OBJECT_NAME = "trustjournal-theme"

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(self.OBJECT_NAME)
        self.app = app
        self.theme = "system"
        self.scheme = LIGHT
        self.base_font = QFont(app.font())
        self.style: AppStyle | None = None
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self.follow_system)
        if hasattr(hints, "accessibility"):  # Qt 6.10+: the desktop's high-contrast setting
            hints.accessibility().contrastPreferenceChanged.connect(self.follow_contrast)

    def apply(self, theme: str) -> None:
        self.theme = theme if theme in THEMES else "system"
        hints = self.app.styleHints()
        if self.theme == "system":
            if hasattr(hints, "unsetColorScheme"):
                hints.unsetColorScheme()
            self._use(_scheme_of(hints.colorScheme(), _desktop_wants_high_contrast(hints)))
        else:
            scheme = SCHEMES[self.theme]
            if hasattr(hints, "setColorScheme"):  # Qt 6.8+: title bars and dialogs follow
                hints.setColorScheme(
                    Qt.ColorScheme.Dark if scheme in DARK_SCHEMES else Qt.ColorScheme.Light
                )
            self._use(scheme)

    def follow_system(self, colour_scheme: Qt.ColorScheme) -> None:
        """The desktop switched light/dark: follow it unless the user chose one."""
        if self.theme == "system":
            high = _desktop_wants_high_contrast(self.app.styleHints())
            self._use(_scheme_of(colour_scheme, high))

    def follow_contrast(self, preference: Qt.ContrastPreference) -> None:
        """The desktop turned high contrast on or off: follow it unless the user chose."""
        if self.theme == "system":
            high = preference == Qt.ContrastPreference.HighContrast
            self._use(_scheme_of(self.app.styleHints().colorScheme(), high))

    def _use(self, scheme: Scheme) -> None:
        app = self.app
        changed = scheme is not self.scheme
        self.scheme = scheme  # named first: widgets repainting on the palette change read it
        if self.style is None or not shiboken6.isValid(self.style):
            # Once: setStyle repolishes every widget (again only if another style replaced
            # and so deleted ours).
            self.style = AppStyle(scheme)
            app.setStyle(self.style)
        self.style.use(scheme)
        font = QFont(self.base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(MIN_POINT_SIZE, font.pointSizeF()))
            app.setFont(font)
        palette = palette_for(scheme)
        app.setPalette(palette)
        QToolTip.setPalette(palette)
        size = font.pointSizeF() if font.pointSizeF() > 0 else MIN_POINT_SIZE
        app.setStyleSheet(stylesheet(scheme, size))
        if changed:
            self.schemeChanged.emit(scheme.name)


def _desktop_wants_high_contrast(hints: object) -> bool:
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:  # before Qt 6.10 the platform cannot say
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def _scheme_of(colour_scheme: Qt.ColorScheme, high_contrast: bool = False) -> Scheme:
    if high_contrast:
        return HIGH_DARK if colour_scheme == Qt.ColorScheme.Dark else HIGH
    return DARK if colour_scheme == Qt.ColorScheme.Dark else LIGHT  # Unknown: light


def notifier(app: QApplication) -> ThemeKeeper:
    """The app's one ThemeKeeper (created on first use); connect to its `schemeChanged`."""
    keeper = app.findChild(ThemeKeeper, ThemeKeeper.OBJECT_NAME)
    return keeper if isinstance(keeper, ThemeKeeper) else ThemeKeeper(app)


def apply_theme(app: QApplication, theme: str) -> None:
    """Use `theme` ("system" or a SCHEMES name; anything else means "system")."""
    notifier(app).apply(theme)


def current_scheme(app: QApplication) -> str:
    """ "light" or "dark": what the app shows now, judged by its window colour."""
    return "dark" if app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5 else "light"


# -- helpers for views ------------------------------------------------------------------------


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_role(label: QLabel, role: str | None) -> None:
    """Give `label` one of ROLES (or none) and restyle it at once."""
    label.setProperty(ROLE, role or "")
    _repolish(label)


def set_primary(button: QPushButton, primary: bool = True) -> None:
    """Mark `button` as the primary action (accent fill) and restyle it at once."""
    button.setProperty(PRIMARY, primary)
    _repolish(button)


def scheme_of(app: QApplication | None) -> Scheme | None:
    """The scheme the app's ThemeKeeper is showing, or None when no theme is in place."""
    keeper = app.findChild(ThemeKeeper, ThemeKeeper.OBJECT_NAME) if app is not None else None
    return keeper.scheme if isinstance(keeper, ThemeKeeper) else None


def suggestion_colours() -> tuple[QColor, QColor]:
    """(fill, line) of a suggestion: a suggested toggle and the words in the note that show
    it. The theme's colours, or (with no theme in place) the app palette's highlight mixed
    into its Base (never a widget's palette, which a style sheet built from these changes)."""
    app = QApplication.instance()
    scheme = scheme_of(app if isinstance(app, QApplication) else None)
    if scheme is not None:
        return QColor(scheme.suggest_bg), QColor(scheme.suggest_line)
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    hue = palette.color(QPalette.ColorRole.Highlight)
    return mix(base, hue, 0.14), mix(base, hue, 0.8)
