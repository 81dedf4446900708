"""What a screen reader hears beyond each widget's own name: status changes a sighted person
sees (saved, locked, a suggestion appeared, a step became due) are announced, a combo box
is labelled for it, and a line edit's clear button named.

`announce` sends Qt's announcement event (Qt 6.8+; over AT-SPI it is the
`object:announcement` event Orca speaks). It never holds journal text beyond the words
given, which are the same ones the window shows.

`name_message_icons`: a message box's icon (Qt's image beside its text) has no name of its
own; every box the app shows gets one ("Information", "Warning") once it takes the focus.

`label_combo`: over AT-SPI, Qt gives a combo box its current value as its name ("All
flags"), so what the box is for reaches a screen reader only from a label whose buddy it is
(the labelled-by relation). Where the window shows no label beside the box, a label that is
never shown carries its name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QWidget,
)

from trustjournal.gui.common.language import QT_TRANSLATE_NOOP

try:
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # Qt before 6.8: nothing to announce with
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

CLEAR_ACTION = "_q_qlineeditclearaction"  # Qt's name for a line edit's clear action
ICON_LABEL = "qt_msgboxex_icon_label"  # Qt's name for a message box's icon
# What a message box's icon says, in words (English here; shown through the MessageIcon
# context).
ICON_NAMES = {
    QMessageBox.Icon.Information: QT_TRANSLATE_NOOP("MessageIcon", "Information"),
    QMessageBox.Icon.Warning: QT_TRANSLATE_NOOP("MessageIcon", "Warning"),
    QMessageBox.Icon.Critical: QT_TRANSLATE_NOOP("MessageIcon", "Error"),
    QMessageBox.Icon.Question: QT_TRANSLATE_NOOP("MessageIcon", "Question"),
}


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


def name_message_icon(box: QMessageBox) -> None:
    """Give `box`'s icon the words of what it shows (a box without an icon has none)."""
    label = box.findChild(QLabel, ICON_LABEL)
    words = ICON_NAMES.get(box.icon())
    if label is not None and words and not label.accessibleName():
        label.setAccessibleName(QCoreApplication.translate("MessageIcon", words))


def name_message_icons(app: QApplication) -> None:
    """Name the icon of every message box `app` shows (the static QMessageBox.information
    and the like too), when the box takes the focus: its button does as it opens. (The focus
    signal, not an event filter on the whole app: it costs nothing between boxes.)"""

    def focused(_old: QWidget | None, new: QWidget | None) -> None:
        box = new.window() if new is not None else None
        if isinstance(box, QMessageBox):
            name_message_icon(box)

    app.focusChanged.connect(focused)
