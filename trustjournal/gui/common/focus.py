"""Where the keyboard goes when a page is shown: for people who work without a mouse.

A page may offer `first_focus()`, the control to start on (a list, the reflection); other
pages start on their first control in the Tab chain. The page stack alone would leave the
focus on whatever control came after the old page's, or nowhere.
"""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def takes_focus(widget: QWidget | None) -> TypeGuard[QWidget]:
    """A control the keyboard can be put on now (shown, enabled, in the Tab chain)."""
    return (
        widget is not None
        and widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def has_focus(page: QWidget) -> bool:
    """The keyboard is on a shown control inside `page`."""
    focus = QApplication.focusWidget()
    return focus is not None and focus.isVisible() and page.isAncestorOf(focus)


def focus_into(page: QWidget) -> None:
    """Put the keyboard on `page`'s `first_focus()` if it has one, else on its first
    control in the Tab chain."""
    first = getattr(page, "first_focus", None)
    widget: QWidget | None = first() if callable(first) else None
    if takes_focus(widget):
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if page.isAncestorOf(widget) and takes_focus(widget):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
