"""The look: light, dark and high-contrast palettes, following the desktop or overridden."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustjournal.gui.common import theme
from trustjournal.gui.common.theme import DARK, HIGH, HIGH_DARK, LIGHT, Scheme
from trustjournal.gui.editor.suggestions import ACTIVE_TINT

R = QPalette.ColorRole


def window_colour(widget: QWidget | None = None) -> QColor:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(R.Window)


def test_dark_and_light_overrides_switch_the_window_colour(
    qapp: QApplication, qtbot: QtBot, restore_look: None
) -> None:
    theme.apply_theme(qapp, "dark")
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    sheet = qapp.styleSheet()
    qapp.setStyleSheet("")  # with a stylesheet, style() is Qt's stylesheet proxy
    assert qapp.style().name().lower() == "fusion"
    qapp.setStyleSheet(sheet)
    assert window_colour().lightnessF() < 0.2
    assert window_colour(page) == QColor(DARK.window)
    assert theme.current_scheme(qapp) == "dark"

    theme.apply_theme(qapp, "light")
    assert window_colour().lightnessF() > 0.9
    assert window_colour(page) == QColor(LIGHT.window)
    assert theme.current_scheme(qapp) == "light"


def test_system_theme_follows_the_desktop_and_an_override_does_not(
    qapp: QApplication, qtbot: QtBot, restore_look: None
) -> None:
    theme.apply_theme(qapp, "system")
    keeper = theme.notifier(qapp)
    with qtbot.waitSignal(keeper.schemeChanged, timeout=1000) as switched:
        keeper.follow_system(Qt.ColorScheme.Dark)
    assert switched.args == ["dark"]
    assert theme.current_scheme(qapp) == "dark"
    keeper.follow_system(Qt.ColorScheme.Light)
    assert theme.current_scheme(qapp) == "light"

    theme.apply_theme(qapp, "light")
    keeper.follow_system(Qt.ColorScheme.Dark)  # the user chose light: the desktop cannot undo it
    assert theme.current_scheme(qapp) == "light"
    assert theme.notifier(qapp) is keeper  # one keeper per app, however often a theme is applied


def test_an_unknown_theme_name_means_system(qapp: QApplication, restore_look: None) -> None:
    theme.apply_theme(qapp, "solarized")
    assert theme.notifier(qapp).theme == "system"


def test_base_font_is_readable(qapp: QApplication, restore_look: None) -> None:
    theme.apply_theme(qapp, "light")
    assert qapp.font().pointSizeF() >= theme.MIN_POINT_SIZE


@pytest.mark.parametrize("scheme", [LIGHT, DARK, HIGH, HIGH_DARK], ids=lambda s: s.name)
def test_text_has_enough_contrast(scheme: Scheme) -> None:
    body = [(scheme.text, scheme.base), (scheme.text, scheme.window), (scheme.text, scheme.button)]
    for fg, bg in body:
        assert theme.contrast_ratio(fg, bg) >= 7, (fg, bg)  # WCAG AAA for body text
    readable = [
        (scheme.muted, scheme.base),
        (scheme.muted, scheme.window),
        (scheme.link, scheme.base),
        (scheme.accent_text, scheme.accent),
        (scheme.accent_text, scheme.accent_hover),
        (scheme.selection_text, scheme.selection),
        (scheme.tooltip_text, scheme.tooltip_base),
        (scheme.error_text, scheme.error_bg),
        (scheme.warning_text, scheme.warning_bg),
        (scheme.note_text, scheme.note_bg),
    ]
    for fg, bg in readable:
        assert theme.contrast_ratio(fg, bg) >= 4.5, (fg, bg)  # WCAG AA
    assert theme.contrast_ratio(scheme.border, scheme.window) >= 3  # button outlines (WCAG 1.4.11)
    # A suggestion: the note's words on its tint (deeper for the toggle in focus) stay body
    # text; its underline and the suggested toggle's edge stand out from the page.
    strong = theme.mix(QColor(scheme.suggest_bg), QColor(scheme.suggest_line), ACTIVE_TINT)
    assert theme.contrast_ratio(scheme.text, scheme.suggest_bg) >= 7
    assert theme.contrast_ratio(scheme.text, strong) >= 7
    assert theme.contrast_ratio(scheme.suggest_line, scheme.base) >= 3
    assert theme.contrast_ratio(scheme.suggest_line, scheme.suggest_bg) >= 3


def test_palette_takes_selection_and_accent_from_the_scheme(qapp: QApplication) -> None:
    for scheme in (LIGHT, DARK, HIGH, HIGH_DARK):
        palette = theme.palette_for(scheme)
        assert palette.color(R.Highlight) == QColor(scheme.selection)
        assert palette.color(R.HighlightedText) == QColor(scheme.selection_text)
        assert palette.color(R.Accent) == QColor(scheme.accent)
        assert palette.color(R.Text) == QColor(scheme.text)
        assert palette.color(R.PlaceholderText) == QColor(scheme.muted)


def _pixel(widget: QWidget, x: int, y: int) -> QColor:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(x * ratio), int(y * ratio))


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=lambda s: s.name)
def test_banner_roles_and_primary_buttons_are_painted_in_their_colours(
    qapp: QApplication, qtbot: QtBot, restore_look: None, scheme: Scheme
) -> None:
    theme.apply_theme(qapp, scheme.name)
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(400, 200)
    error = QLabel("Could not save", page)
    note = QLabel("Saved in the keychain", page)
    ok = QPushButton("Save", page)
    theme.set_role(error, "error")
    theme.set_role(note, "note")
    theme.set_primary(ok)
    for widget in (error, note, ok):
        widget.adjustSize()
    page.show()
    qtbot.waitExposed(page)
    assert _pixel(error, 4, error.height() // 2) == QColor(scheme.error_bg)
    assert _pixel(note, 4, note.height() // 2) == QColor(scheme.note_bg)
    assert _pixel(ok, 4, ok.height() // 2) == QColor(scheme.accent)
    theme.set_role(error, None)  # back to a plain label: no banner behind it
    assert _pixel(error, 4, error.height() // 2) == QColor(scheme.window)


def test_high_dpi_policy_is_set_before_the_app_exists() -> None:
    code = (
        "from PySide6.QtGui import QGuiApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from trustjournal.gui.common import theme\n"
        "theme.prepare_high_dpi()\n"
        "app = QApplication([])\n"
        "print(QGuiApplication.highDpiScaleFactorRoundingPolicy().name)\n"
        "theme.prepare_high_dpi()  # a second call, with the app running, changes nothing\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "PassThrough"


def _strongest_contrast(widget: QWidget, background: str) -> float:
    image = widget.grab().toImage()
    return max(
        theme.contrast_ratio(image.pixelColor(x, y), background)
        for x in range(min(image.width(), 24))
        for y in range(image.height())
    )


@pytest.mark.parametrize(
    "scheme", [LIGHT, DARK, HIGH, HIGH_DARK], ids=["light", "dark", "high", "high-dark"]
)
def test_check_boxes_and_fields_have_outlines_one_can_see(
    qapp: QApplication, qtbot: QtBot, restore_look: None, scheme: Scheme
) -> None:
    theme.apply_theme(qapp, scheme.name)
    page = QWidget()
    qtbot.addWidget(page)
    box, field = QCheckBox(page), QLineEdit(page)  # a box without text: only its square
    field.move(0, 40)
    page.show()
    # Fusion's own outline on the dark scheme is near-black on near-black (about 1.3:1).
    assert _strongest_contrast(box, scheme.window) >= 2.2
    assert _strongest_contrast(field, scheme.window) >= 2.2


def test_dialog_buttons_carry_words_not_icons(
    qapp: QApplication, qtbot: QtBot, restore_look: None
) -> None:
    theme.apply_theme(qapp, "light")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    buttons.show()
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text().replace("&", "") == "OK"
    assert ok.icon().isNull()
    # The platform theme decides otherwise under X11 desktops; the style says no.
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert qapp.style().styleHint(hint) == 0
