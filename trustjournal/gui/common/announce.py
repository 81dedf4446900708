"""What a screen reader hears beyond each widget's own name: status changes a sighted person
sees (saved, locked, a suggestion appeared, a step became due) are announced, a combo box
is labelled for it, and a line edit's clear button named.

`announce` sends Qt's announcement event (Qt 6.8+; over AT-SPI it is the
`object:announcement` event Orca speaks). It never holds journal text beyond the words
given, which are the same ones the window shows.

`label_combo`: over AT-SPI, Qt gives a combo box its current value as its name ("All
flags"), so what the box is for reaches a screen reader only from a label whose buddy it is
(the labelled-by relation). Where the window shows no label beside the box, a label that is
never shown carries its name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolButton

try:
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # Qt before 6.8: nothing to announce with
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

CLEAR_ACTION = "_q_qlineeditclearaction"  # Qt's name for a line edit's clear action


def announce(source: QObject, text: str, *, assertive: bool = False) -> bool:
    """Announce `text` to assistive technology, from `source` (a widget on show); True if
    an announcement was sent (Qt 6.8+ and an active accessibility bridge)."""
    if QAccessibleAnnouncementEvent is None or not text or not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    return True


def label_combo(combo: QComboBox, name: str) -> QLabel:
    """Name `combo` for a screen reader with a label that is never shown (its buddy);
    returns the label (its text follows `name`)."""
    parent = combo.parentWidget()
    if parent is None:
        raise ValueError("label_combo needs the combo box in its layout first")
    combo.setAccessibleName(name)
    label = QLabel(name, parent)
    label.setBuddy(combo)
    label.hide()
    return label


def name_clear_button(edit: QLineEdit, name: str = "Clear") -> None:
    """Qt's clear button in a line edit (`setClearButtonEnabled`) has no name of its own:
    give it one (it shows, and is on the bus, once the field holds text)."""
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is not None:
        action.setText(name)
        action.setToolTip(name)
    for button in edit.findChildren(QToolButton):
        own = button.defaultAction()
        if (own is action or not button.accessibleName()) and (own is None or not own.text()):
            button.setAccessibleName(name)
