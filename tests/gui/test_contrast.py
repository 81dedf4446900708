"""Contrast (WCAG 2.2 AA) in the light, dark and high-contrast schemes, and a focus ring
one can see on every kind of focusable widget.

The colours come from the scheme and palette that code paints with and from the stylesheet
text the app has actually applied (parsed, not listed again here): see gui/contrast.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustjournal.gui import contrast
from trustjournal.gui.common import theme
from trustjournal.gui.common.config import THEMES
from trustjournal.gui.common.schemes import DARK, HIGH, LIGHT, Scheme

SCHEMES = [LIGHT, DARK, HIGH]
IDS = [s.name for s in SCHEMES]
# The table: what kind of pair → the least contrast WCAG 2.2 AA allows.
WCAG_AA = {
    "text": 4.5,  # 1.4.3 Contrast (Minimum), normal-size text
    "graphic": 3.0,  # 1.4.11 Non-text Contrast: control edges, badges' marks, chart bars
    "focus": 3.0,  # 1.4.11 for the focus indicator (2.4.7 Focus Visible)
}


def too_pale(pairs: list[contrast.Pair]) -> list[str]:
    return [
        f"{p.what}: {p.fg} on {p.bg} is {p.ratio:.2f}:1, needs {WCAG_AA[p.kind]}:1"
        for p in pairs
        if p.ratio < WCAG_AA[p.kind]
    ]


@pytest.mark.parametrize("scheme", SCHEMES, ids=IDS)
def test_every_colour_pair_the_app_paints_meets_wcag_aa(
    qapp: QApplication, restore_look: None, scheme: Scheme
) -> None:
    theme.apply_theme(qapp, scheme.name)
    applied = qapp.styleSheet()
    pairs = contrast.all_pairs(scheme, applied=applied)
    assert not too_pale(pairs)
    # The check really read the applied stylesheet: its button, banner and focus pairs.
    found = {(p.what, p.fg, p.bg) for p in pairs}
    assert ('app QLabel[role="error"] text', scheme.error_text, scheme.error_bg) in found
    assert ('app QPushButton[primary="true"] text', scheme.accent_text, scheme.accent) in found
    assert ("app QPushButton:focus focus ring", scheme.focus, scheme.window) in found
    assert ("app QPushButton:flat:focus focus ring", scheme.focus, scheme.window) in found
    assert {p.kind for p in pairs} == set(WCAG_AA)


@pytest.mark.parametrize("scheme", SCHEMES, ids=IDS)
def test_a_pale_colour_in_the_stylesheet_is_caught(qapp: QApplication, scheme: Scheme) -> None:
    sheet = theme.stylesheet(scheme, theme.MIN_POINT_SIZE)
    palette = theme.palette_for(scheme)
    assert not too_pale(contrast.sheet_pairs(sheet, palette, "app"))
    pale = "#C8CCD0" if scheme is not DARK else "#50555C"
    broken = sheet.replace(f"color: {scheme.muted}", f"color: {pale}")
    assert too_pale(contrast.sheet_pairs(broken, palette, "app")) == [
        f'app QLabel[role="muted"] text: {pale} on {scheme.window} is '
        f"{theme.contrast_ratio(pale, scheme.window):.2f}:1, needs 4.5:1"
    ]
    # A :hover rule keeps the text colour of the rule it refines: a pale one shows there too.
    plain = f"background: {scheme.button}; color: {scheme.text};"
    assert plain in sheet
    broken = sheet.replace(plain, f"background: {scheme.button}; color: {pale};")
    whats = {p.what for p in contrast.sheet_pairs(broken, palette) if p.ratio < 4.5}
    assert {"QPushButton text", "QPushButton:hover text", "QPushButton:focus text"} <= whats


def test_high_contrast_is_a_theme_choice_and_follows_the_desktop(
    qapp: QApplication, restore_look: None
) -> None:
    assert "high" in THEMES
    theme.apply_theme(qapp, "high")
    assert theme.scheme_of(qapp) is HIGH
    palette = qapp.palette()
    assert palette.color(palette.ColorRole.Text) == QColor("#000000")
    assert palette.color(palette.ColorRole.Base) == QColor("#FFFFFF")

    theme.apply_theme(qapp, "system")
    keeper = theme.notifier(qapp)
    keeper.follow_contrast(Qt.ContrastPreference.HighContrast)
    assert theme.scheme_of(qapp) is HIGH
    keeper.follow_contrast(Qt.ContrastPreference.NoPreference)
    assert theme.scheme_of(qapp) in (LIGHT, DARK)
    theme.apply_theme(qapp, "dark")  # the user chose: the desktop's setting cannot undo it
    keeper.follow_contrast(Qt.ContrastPreference.HighContrast)
    assert theme.scheme_of(qapp) is DARK


# -- focus is always visible ------------------------------------------------------------------


def _image(widget: QWidget) -> QImage:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(1)
    return image


def _changed(before: QImage, after: QImage) -> list[tuple[int, int]]:
    assert before.size() == after.size()
    return [
        (x, y)
        for y in range(before.height())
        for x in range(before.width())
        if before.pixel(x, y) != after.pixel(x, y)
    ]


def _focusable(kind: str, parent: QWidget) -> QWidget:
    if kind == "button":
        return QPushButton("Save", parent)
    if kind == "primary button":
        button = QPushButton("Save", parent)
        theme.set_primary(button)
        return button
    if kind == "flat button":
        button = QPushButton("More", parent)
        button.setFlat(True)
        return button
    if kind == "line edit":
        return QLineEdit("Ada", parent)
    if kind == "check box":
        return QCheckBox("Remind me", parent)
    if kind == "list":
        view = QListView(parent)
        view.setModel(QStringListModel(["Ada", "Grace"], view))
        return view
    if kind == "text area":
        return QPlainTextEdit("We spoke about the move.", parent)
    if kind == "combo box":
        combo = QComboBox(parent)
        combo.addItems(["Markdown", "Plain text"])
        return combo
    spin = QSpinBox(parent)
    spin.setValue(5)
    return spin


KINDS = [
    "button",
    "primary button",
    "flat button",
    "line edit",
    "check box",
    "list",
    "text area",
    "combo box",
    "spin box",
]
EDGED = {"check box"} ^ set(KINDS)  # the check box rings its label, inside the widget


@pytest.mark.parametrize("scheme", SCHEMES, ids=IDS)
@pytest.mark.parametrize("kind", KINDS)
def test_the_focused_widget_shows_a_ring_one_can_see(
    qapp: QApplication, qtbot: QtBot, restore_look: None, scheme: Scheme, kind: str
) -> None:
    theme.apply_theme(qapp, scheme.name)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    other = QLineEdit(page)  # somewhere else for the focus to be
    widget = _focusable(kind, page)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout.addWidget(other)
    layout.addWidget(widget)
    widget.setFixedHeight(widget.sizeHint().height() if kind not in ("list", "text area") else 80)
    page.resize(320, 200)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    without = _image(widget)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    with_focus = _image(widget)

    changed = _changed(without, with_focus)
    assert changed, f"{kind}: nothing changes when it takes the focus"
    w, h = with_focus.width(), with_focus.height()
    if kind in EDGED:  # the ring runs along all four edges, within 3 px of them
        sides = {
            "left": [p for p in changed if p[0] < 3],
            "right": [p for p in changed if p[0] >= w - 3],
            "top": [p for p in changed if p[1] < 3],
            "bottom": [p for p in changed if p[1] >= h - 3],
        }
        assert all(len(points) >= min(w, h) // 3 for points in sides.values()), {
            side: len(points) for side, points in sides.items()
        }
        # Only the edge: a text cursor appearing inside is no focus ring.
        changed = [p for side in sides.values() for p in side]
    # The ring's own colour (its most contrasting new pixel) stands out from the page.
    ring = max(
        (QColor(with_focus.pixel(x, y)) for x, y in changed),
        key=lambda c: theme.contrast_ratio(c, scheme.window),
    )
    assert theme.contrast_ratio(ring, scheme.window) >= 3, (kind, ring.name())
