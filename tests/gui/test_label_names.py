"""A label's words reach a screen reader: Qt reads a label by its accessible name when it
has one, so a name like "Message" or "Heading" hides "Wrong passphrase" or "Unlock your
journal". What a label is for goes into its accessible description instead.

(Over AT-SPI a label shows no text of its own, only its name: this is checked here, in the
process, where the words and the name can be compared; tests/gui/test_accessibility_bus.py
checks what the bus reads.)"""

from __future__ import annotations

from helpers import settle
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from trustjournal.gui.common.announce import name_message_icons
from trustjournal.gui.export.dialog import ExportDialog
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session
from trustjournal.gui.unlock.window import UnlockWindow


def words(label: QLabel) -> str:
    document = QTextDocument()
    if label.textFormat() == label.textFormat().PlainText:
        document.setPlainText(label.text())
    else:
        document.setHtml(label.text())
    return " ".join(document.toPlainText().replace("&", "").split())


def hidden_words(root: QWidget) -> list[str]:
    """Labels whose words a screen reader does not hear: named something else."""
    found = []
    for label in root.findChildren(QLabel):
        said = words(label)
        if not said or not label.accessibleName():
            continue
        name = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
        if said not in " ".join(name.replace("&", "").split()):
            found.append(
                f"{label.objectName() or type(label.parent()).__name__}: {said!r} "
                f"is read as {name!r}"
            )
    return found


def test_the_unlock_windows_labels_are_read_by_their_words(session: Session, qtbot: QtBot) -> None:
    window = UnlockWindow(session)
    qtbot.addWidget(window)
    window.prepare()
    window.show()
    assert hidden_words(window) == []


def test_the_main_windows_labels_are_read_by_their_words(
    demo_session: Session, qtbot: QtBot
) -> None:
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    window.show()
    window.show_person(demo_session.call(lambda j: j.people())[0].id)
    window.new_conversation()
    settle(qtbot, demo_session)
    for page in (window.decisions, window.gatherings, window.reflection, window.next_steps):
        window.pages.setCurrentWidget(page)
        settle(qtbot, demo_session)
    assert hidden_words(window) == []


def test_the_export_dialogs_warning_and_problem_are_read_by_their_words(
    session: Session, qtbot: QtBot
) -> None:
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.as_folder.setChecked(True)  # the warning: not encrypted
    dialog.location.setText("")
    dialog.ok.click()  # the problem: nowhere to write
    assert dialog.warning.isVisible() and dialog.error.isVisible()
    assert hidden_words(dialog) == []
    assert dialog.warning.accessibleDescription() == "Warning"  # what the words are


def test_a_message_boxs_icon_is_read_as_what_it_shows(qapp: QApplication, qtbot: QtBot) -> None:
    """Every message box the app shows (make_application names them once they take the
    focus): the icon is an image, and an image needs words."""
    name_message_icons(qapp)
    box = QMessageBox(QMessageBox.Icon.Warning, "TrustJournal", "The backup could not be read.")
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    box.button(QMessageBox.StandardButton.Ok).setFocus()
    icon = box.findChild(QLabel, "qt_msgboxex_icon_label")
    qtbot.waitUntil(lambda: icon.accessibleName() == "Warning")
    name = QAccessible.queryAccessibleInterface(icon).text(QAccessible.Text.Name)
    assert name == "Warning"
