"""The app's icons and the colours and words that go with the tie flags and roles.

Every icon is an SVG of our own in resources/icons/, compiled into `resources_rc` under
":/icons/". A flag is never shown by colour alone: views pair `flag_icon` (a distinct
shape per flag) with `flag_label`. The label text comes from `trustjournal.core.judgement.ties`,
the single source; this module only looks it up.
"""

from __future__ import annotations

import importlib
from functools import cache

from PySide6.QtCore import QCoreApplication, QFile, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from trustjournal import APP_ID
from trustjournal.core.judgement.signals import Group
from trustjournal.core.judgement.ties import FLAG_LABELS, ROLE_LABELS, Flag, Role
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP

# Importing the generated module registers the ":/icons" resources. By name, so that mypy
# does not type-check generated code it was told to exclude.
importlib.import_module("trustjournal.gui.resources_rc")

# Mid-tone colours that keep 3:1 (WCAG 1.4.11) on every scheme's window and base, light, dark
# and high contrast alike (tests/gui/test_contrast.py). The flag SVGs use the same colours.
FLAG_COLOURS: dict[Flag, str] = {
    Flag.HONEST: "#2E9A6B",
    Flag.ONE_SIDED: "#BD741C",
    Flag.FADING: "#8B78C9",
    Flag.POLISH: "#3F88D6",
    Flag.TOO_EARLY: "#7A8694",
}
ROLE_COLOUR = "#7280D2"
# Signal chips are tinted by group (always with their label): honesty from them shares the
# honest flag's green, polish the polish flag's blue.
GROUP_COLOURS: dict[Group, str] = {
    Group.HONESTY_THEM: "#2E9A6B",
    Group.HONESTY_ME: "#21939A",
    Group.SHARED_CONTEXT: "#A87E28",
    Group.POLISH: "#3F88D6",
}

NAMES: tuple[str, ...] = (
    "app",
    "new-conversation",
    "decision",
    "gathering",
    "search",
    "lock",
    "person",
    "reflection",
    "next",
    "inbox",
    *(f"flag-{flag.value}" for flag in Flag),
    *(f"role-{role.value}" for role in Role),
)


def path(name: str) -> str:
    """The resource path of icon `name`, e.g. ":/icons/lock.svg"."""
    return f":/icons/{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """The icon called `name` (one of NAMES); an empty icon for an unknown name."""
    return QIcon(path(name)) if name in NAMES else QIcon()


# The app icon's sizes drawn for small pixels (tools/build_icons.py), in the resources too.
APP_PIXMAP_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The app icon: the drawn PNG sizes where there is one (sharper at 16 px in a title
    bar), the SVG for any other size."""
    found = icon("app")
    for size in APP_PIXMAP_SIZES:
        png = f":/hicolor/{size}x{size}/apps/{APP_ID}.png"
        if QFile.exists(png):
            found.addFile(png, QSize(size, size))
    return found


def flag_icon(flag: Flag) -> QIcon:
    return icon(f"flag-{Flag(flag).value}")


def role_icon(role: Role) -> QIcon:
    return icon(f"role-{Role(role).value}")


def flag_colour(flag: Flag) -> QColor:
    return QColor(FLAG_COLOURS[Flag(flag)])


def flag_label(flag: Flag) -> str:
    return FLAG_LABELS[Flag(flag)]


def role_label(role: Role, early: bool = False) -> str:
    """The role's words; an early role (the tie is too early to judge) says "so far"."""
    return ROLE_LABELS[Role(role)] + (" · so far" if early else "")


FEW_MARK = "★"  # beside one of "my few", the deep ties the leader chose (sidebar, header)
FEW_LABEL = QT_TRANSLATE_NOOP("Icons", "One of your few")


def few_label() -> str:
    """`FEW_LABEL` in the language shown."""
    return QCoreApplication.translate("Icons", FEW_LABEL)


EARLY_OPACITY = 0.45  # a role that is early evidence is drawn this faint beside its words


_tinted: dict[tuple[str, str, int, float], QPixmap] = {}


def tinted(name: str, colour: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    """Icon `name` in one flat colour (e.g. the selected-text colour on a selected row)."""
    key = (name, colour.name(), size, ratio)
    found = _tinted.get(key)
    if found is None:
        found = icon(name).pixmap(QSize(size, size), ratio)
        painter = QPainter(found)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(found.rect(), colour)
        painter.end()
        _tinted[key] = found
    return found


def role_colour() -> QColor:
    return QColor(ROLE_COLOUR)


def group_colour(group: Group) -> QColor:
    return QColor(GROUP_COLOURS[Group(group)])


def on_accent(name: str) -> QIcon:
    """Icon `name` drawn in the colour of words on the accent, for a primary (accent-filled)
    button: the theme's `accent_text`, else (no theme in place) the selected-text colour."""
    from trustjournal.gui.common import theme

    app = QCoreApplication.instance()
    scheme = theme.scheme_of(app if isinstance(app, QApplication) else None)
    colour = (
        QColor(scheme.accent_text)
        if scheme is not None
        else QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText)
    )
    result = QIcon()
    for size in (16, 24, 32, 48):
        result.addPixmap(tinted(name, colour, size))
    return result


def chevron(colour: QColor, *, left: bool) -> QIcon:
    """A ‹ or › drawn in `colour` (the quarter steppers' icons)."""
    icon = QIcon()
    for size in (18, 36):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, size / 9)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        a, b = (0.6, 0.35) if left else (0.4, 0.65)
        painter.drawPolyline(
            [
                QPointF(size * a, size * 0.2),
                QPointF(size * b, size * 0.5),
                QPointF(size * a, size * 0.8),
            ]
        )
        painter.end()
        icon.addPixmap(pixmap)
    return icon
