"""Contrast (WCAG 2.2 AA) in the light, dark and the two high-contrast schemes, a selected
row one can tell from the others, and a focus ring one can see on every kind of focusable
widget.

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
from trustjournal.gui.common import icons, theme
from trustjournal.gui.common.config import THEMES
from trustjournal.gui.common.schemes import DARK, HIGH, HIGH_DARK, LIGHT, Scheme

SCHEMES = [LIGHT, DARK, HIGH, HIGH_DARK]
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
    assert ("selected row on base", scheme.selection, scheme.base) in found
    assert ("selected text on selection", scheme.selection_text, scheme.selection) in found
    assert {p.kind for p in pairs} == set(WCAG_AA)


@pytest.mark.parametrize("scheme", SCHEMES, ids=IDS)
def test_a_pale_colour_in_the_stylesheet_is_caught(qapp: QApplication, scheme: Scheme) -> None:
    sheet = theme.stylesheet(scheme, theme.MIN_POINT_SIZE)
    palette = theme.palette_for(scheme)
    assert not too_pale(contrast.sheet_pairs(sheet, palette, "app"))
    pale = "#50555C" if scheme in (DARK, HIGH_DARK) else "#C8CCD0"
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


def test_high_contrast_on_a_dark_desktop_is_white_on_black(
    qapp: QApplication, restore_look: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "high-dark" in THEMES
    theme.apply_theme(qapp, "high-dark")
    assert theme.scheme_of(qapp) is HIGH_DARK
    palette = qapp.palette()
    assert palette.color(palette.ColorRole.Text) == QColor("#FFFFFF")
    assert palette.color(palette.ColorRole.Base) == QColor("#000000")
    assert theme.current_scheme(qapp) == "dark"

    # Following the desktop: its high-contrast setting with its light or dark scheme.
    theme.apply_theme(qapp, "system")
    keeper = theme.notifier(qapp)
    monkeypatch.setattr(theme, "_desktop_wants_high_contrast", lambda hints: True)
    keeper.follow_system(Qt.ColorScheme.Dark)
    assert theme.scheme_of(qapp) is HIGH_DARK
    keeper.follow_system(Qt.ColorScheme.Light)
    assert theme.scheme_of(qapp) is HIGH
    monkeypatch.setattr(theme, "_desktop_wants_high_contrast", lambda hints: False)
    keeper.follow_system(Qt.ColorScheme.Dark)
    assert theme.scheme_of(qapp) is DARK


@pytest.mark.parametrize("scheme", SCHEMES, ids=IDS)
def test_the_selected_row_stands_out_from_the_others(
    qapp: QApplication, qtbot: QtBot, restore_look: None, scheme: Scheme
) -> None:
    """What a list actually paints: the selected row's fill against the rows around it
    (3:1, WCAG 1.4.11), and its words on that fill (4.5:1)."""
    theme.apply_theme(qapp, scheme.name)
    view = QListView()
    qtbot.addWidget(view)
    view.setAlternatingRowColors(True)
    view.setModel(QStringListModel(["Ada", "Grace", "Lin"], view))
    view.resize(240, 120)
    view.show()
    qtbot.waitExposed(view)
    view.setCurrentIndex(view.model().index(1, 0))
    image = _image(view.viewport())
    rows = [view.visualRect(view.model().index(r, 0)) for r in range(3)]

    def fill(row: int) -> QColor:  # the right end of the row, clear of its words
        rect = rows[row]
        return QColor(image.pixel(rect.right() - 3, rect.center().y()))

    selected = fill(1)
    assert selected == QColor(scheme.selection)
    for other in (0, 2):
        assert theme.contrast_ratio(selected, fill(other)) >= 3, (other, fill(other).name())
    rect = rows[1]
    words = max(
        (
            QColor(image.pixel(x, y))
            for x in range(rect.left(), rect.left() + 60)
            for y in range(rect.top(), rect.bottom())
        ),
        key=lambda c: theme.contrast_ratio(c, selected),
    )
    assert theme.contrast_ratio(words, selected) >= 4.5, words.name()


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


@pytest.mark.parametrize("scheme", SCHEMES, ids=IDS)
def test_a_primary_buttons_icon_has_the_colour_of_its_words(
    qapp: QApplication, restore_look: None, scheme: Scheme
) -> None:
    """The icon on an accent-filled button (New conversation) is drawn like its words:
    white on the petrol and deep blue, black on the high-contrast dark scheme's cyan."""
    theme.apply_theme(qapp, scheme.name)
    image = icons.on_accent("new-conversation").pixmap(24, 24).toImage()
    ink = {
        QColor(image.pixelColor(x, y).rgb()).name().upper()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert ink == {scheme.accent_text}
    assert theme.contrast_ratio(scheme.accent_text, scheme.accent) >= 4.5


@pytest.mark.parametrize("scheme", [HIGH, HIGH_DARK], ids=["high", "high-dark"])
def test_a_scroll_bar_handle_stands_out_in_high_contrast(
    qapp: QApplication, qtbot: QtBot, restore_look: None, scheme: Scheme
) -> None:
    """Where one is in a long list: the handle's outline has 3:1 against its track. (The
    light and dark schemes keep Fusion's softer handle, about 2.5:1 and 2:1.)"""
    theme.apply_theme(qapp, scheme.name)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel([f"Person {n}" for n in range(60)], view))
    view.resize(200, 220)
    view.show()
    qtbot.waitExposed(view)
    image = _image(view.verticalScrollBar())
    arrows = 20  # leave out the step buttons at both ends
    colours = [
        QColor(image.pixel(x, y))
        for x in range(image.width())
        for y in range(arrows, image.height() - arrows)
    ]
    track = max(set(c.name() for c in colours), key=[c.name() for c in colours].count)
    strongest = max(colours, key=lambda c: theme.contrast_ratio(c, track))
    assert theme.contrast_ratio(strongest, track) >= 3, (track, strongest.name())
