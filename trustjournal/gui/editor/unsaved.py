"""The question before leaving an entry with unsaved changes: Save, Discard or Cancel.

`EntryEditor.confirm_leave` asks it through the name `ask_unsaved` in `editor.py`, which
tests replace with an answer of their own; `tests/gui/test_editor.py` drives the real box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trustjournal import APP_NAME
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP

# English here (tests compare with them); translated where shown, in the EntryEditor context.
UNSAVED_TEXT = QT_TRANSLATE_NOOP("EntryEditor", "Save this conversation before you leave it?")
UNSAVED_DETAIL = QT_TRANSLATE_NOOP(
    "EntryEditor",
    "Until you save or discard it, your text is kept as an encrypted draft in your journal.",
)


def ask_unsaved(parent: QWidget | None) -> QMessageBox.StandardButton:
    """Ask Save / Discard / Cancel about unsaved changes (tests replace this function)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("EntryEditor", "Unsaved conversation") + f" — {APP_NAME}"
    )
    box.setText(QCoreApplication.translate("EntryEditor", UNSAVED_TEXT))
    box.setInformativeText(QCoreApplication.translate("EntryEditor", UNSAVED_DETAIL))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return QMessageBox.StandardButton(box.exec())
