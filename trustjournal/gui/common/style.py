"""How the pages lay out and style their labels: margins and spacing, headings, muted
text, the error banner, the sentence an empty list shows, and the palette checks they
draw with. The label roles themselves are the stylesheet's (theme.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from trustjournal.gui.common import theme
from trustjournal.gui.common.announce import name_clear_button

MARGIN = 14  # around a page's panes and forms
SPACING = 8  # between the widgets in them


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


SELECTED_MUTING = 0.08  # how far muted text on a selection leans to the selection colour


def secondary_colour(palette: QPalette, selected: bool = False) -> QColor:
    """Muted text: the theme's placeholder colour, which keeps its contrast on Base; on a
    selected row the selected-text colour toned down only as far as it keeps 4.5:1."""
    if not selected:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    return theme.mix(
        palette.color(QPalette.ColorRole.HighlightedText),
        palette.color(QPalette.ColorRole.Highlight),
        SELECTED_MUTING,
    )


def style_heading(label: QLabel, role: str = "title") -> None:
    """A page title ("title") or an editor heading ("heading"), from the app's stylesheet."""
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    theme.set_role(label, role)


def style_section(label: QLabel) -> None:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)


def style_muted(label: QLabel) -> None:
    theme.set_role(label, "muted")


def show_error(label: QLabel, message: str) -> None:
    """Show `message` in place as an error banner (empty hides it)."""
    label.setText(message)
    label.setVisible(bool(message))
    theme.set_role(label, "error")


def placeholder(text: str) -> QLabel:
    """The centred, muted sentence an empty list or page shows."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(24)
    theme.set_role(label, "muted")
    return label


def setup_form(form: Any, widget: QWidget) -> None:
    """Run a generated form's `setupUi` on `widget`, with its outer margins."""
    form.setupUi(widget)
    layout = widget.layout()
    if layout is not None:
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    for edit in widget.findChildren(QLineEdit):  # a clear button reads as what it clears
        if edit.isClearButtonEnabled():
            name_clear_button(edit, f"Clear {(edit.accessibleName() or 'the field').lower()}")
