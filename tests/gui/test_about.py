"""The About dialog, "Show Journal Folder", and the app icon on every window.

The folder opener is injected (a recorder standing in for the file manager), so the tests
check what would be opened without starting one; the fallback box is the real one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT
from helpers import when_modal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from trustjournal import APP_ID, __version__
from trustjournal.gui.common import theme
from trustjournal.gui.dialogs import about
from trustjournal.gui.dialogs.about import (
    FOLDER_GONE,
    LICENSE_NAME,
    NO_FILE_MANAGER,
    AboutDialog,
    LicenseDialog,
    license_text,
)
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session

TYPICAL = "/home/firstname.lastname/.local/share/TrustJournal"


class Recorder:
    """Stands in for the file manager: remembers what it was asked to open."""

    def __init__(self, answer: bool = True) -> None:
        self.opened: list[Path] = []
        self.answer = answer

    def __call__(self, folder: Path) -> bool:
        self.opened.append(folder)
        return self.answer


def open_about(qtbot: QtBot, folder: Path, opener: about.Opener, **kw: bool) -> AboutDialog:
    dialog = AboutDialog(folder, opener=opener, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def answer_box(then: Callable[[QMessageBox], None], seen: list[str]) -> None:
    """Once the message box is up: note its text, then let `then` close it."""

    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        then(box)

    when_modal(QMessageBox, act)


# -- the dialog --------------------------------------------------------------------------------


def test_about_shows_version_license_folder_and_app_id(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "Zoë’s journal"
    folder.mkdir()
    dialog = open_about(qtbot, folder, Recorder())
    texts = label_texts(dialog)
    assert dialog.windowTitle() == "About TrustJournal"
    assert "TrustJournal" in texts
    assert f"Version {__version__}" in texts
    assert f"Free software under the {LICENSE_NAME}." in texts
    assert APP_ID in texts
    assert "Your journal" in texts
    assert dialog.path_field.text() == str(folder)
    assert dialog.path_field.isReadOnly()
    dialog.path_field.selectAll()
    assert dialog.path_field.selectedText() == str(folder)  # selectable, to copy
    pixmap = dialog.icon_label.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() / pixmap.devicePixelRatio() == about.ICON_SIZE


def test_the_demo_journal_is_called_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_about(qtbot, tmp_path, Recorder(), demo=True)
    assert "Demo journal" in label_texts(dialog)
    assert "Your journal" not in label_texts(dialog)


def test_show_journal_folder_opens_the_folder(qtbot: QtBot, tmp_path: Path) -> None:
    opener = Recorder()
    dialog = open_about(qtbot, tmp_path, opener)
    assert dialog.show_folder_button.text() == "Show Journal &Folder"
    dialog.show_folder_button.click()
    assert opener.opened == [tmp_path]
    assert QApplication.activeModalWidget() is None  # no box when it worked


def test_without_a_file_manager_the_path_is_shown_to_copy(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "My Journal"
    folder.mkdir()
    opener = Recorder(answer=False)
    dialog = open_about(qtbot, folder, opener)
    seen: list[str] = []

    def copy(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text() == "&Copy Path"]
        button.click()

    QGuiApplication.clipboard().clear()
    answer_box(copy, seen)
    assert dialog.show_folder() is False
    assert opener.opened == [folder]
    assert seen == [f"{NO_FILE_MANAGER}\n\n{folder}"]
    assert QGuiApplication.clipboard().text() == str(folder)


def test_a_folder_gone_meanwhile_is_said_and_not_opened(qtbot: QtBot, tmp_path: Path) -> None:
    opener = Recorder()
    dialog = open_about(qtbot, tmp_path / "gone", opener)
    seen: list[str] = []
    answer_box(lambda box: box.reject(), seen)
    assert dialog.show_folder() is False
    assert opener.opened == []
    assert seen == [f"{FOLDER_GONE}\n\n{tmp_path / 'gone'}"]


def test_the_license_button_shows_the_whole_license(qtbot: QtBot, tmp_path: Path) -> None:
    text = license_text()
    assert text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    dialog = open_about(qtbot, tmp_path, Recorder())
    shown: list[str] = []

    def read_and_close(window: LicenseDialog) -> None:
        assert window.text_view is not None
        shown.append(window.text_view.toPlainText())
        window.reject()

    when_modal(LicenseDialog, read_and_close)
    dialog.license_button.click()
    assert shown == [text]
    assert "GNU GENERAL PUBLIC LICENSE" in shown[0] and "Version 3, 29 June 2007" in shown[0]


def test_without_a_copy_of_the_license_it_links_to_it(qtbot: QtBot) -> None:
    dialog = LicenseDialog(text="")
    qtbot.addWidget(dialog)
    assert dialog.text_view is None
    assert any(about.LICENSE_URL in text for text in label_texts(dialog))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_dialog_reads_well_in_light_and_dark(
    qapp: QApplication, qtbot: QtBot, restore_look: None, scheme: str
) -> None:
    theme.apply_theme(qapp, scheme)
    dialog = open_about(qtbot, Path(TYPICAL), Recorder())
    background = dialog.palette().color(QPalette.ColorRole.Window)
    assert theme.current_scheme(qapp) == scheme
    for label in dialog.findChildren(QLabel):
        if label.text() and label.pixmap().isNull():
            colour = label.palette().color(label.foregroundRole())
            assert theme.contrast_ratio(colour, background) >= 4.5, label.text()
    for button in dialog.findChildren(QPushButton):  # no button cut short
        assert button.width() >= button.sizeHint().width(), button.text()
    field = dialog.path_field
    room = field.contentsRect().width() - 8  # the frame's inner margins
    assert field.fontMetrics().horizontalAdvance(TYPICAL) <= room  # a usual path fits
    image = dialog.grab().toImage()
    assert QColor(image.pixel(2, image.height() // 2)) == background


# -- in the main window ----------------------------------------------------------------------


def test_the_file_menu_shows_the_journal_folder(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    opener = Recorder()
    window.folder_opener = opener
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    names = [a.objectName() for a in file_menu.actions()]
    assert "show_folder" in names
    assert names.index("restore_backup") < names.index("show_folder") < names.index("lock")
    action = window.app_actions.show_folder
    assert action.text() == "Show Journal &Folder"
    assert action.statusTip()
    action.trigger()
    assert opener.opened == [session.path]


def test_help_about_opens_the_dialog_on_this_journal(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    opener = Recorder()
    window.folder_opener = opener
    seen: list[str] = []

    def look_and_close(dialog: AboutDialog) -> None:
        assert dialog.parent() is window
        seen.append(dialog.path_field.text())
        dialog.show_folder_button.click()
        dialog.reject()

    when_modal(AboutDialog, look_and_close)
    window.app_actions.about.trigger()
    assert seen == [str(session.path)]
    assert opener.opened == [session.path]


# -- the app icon ----------------------------------------------------------------------------

ICON_CHECK = """
import sys
from pathlib import Path
from trustjournal.gui.app import make_application
from trustjournal.gui.dialogs.about import AboutDialog
from trustjournal.gui.common.config import Config
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.session import Session
from trustjournal.gui.unlock.window import UnlockWindow
from trustjournal.gui.common import icons

app = make_application()
expected = icons.icon("app").pixmap(64).toImage()
assert not app.windowIcon().isNull(), "no application icon"
session = Session(Path(sys.argv[1]), Config.use_folder(Path(sys.argv[2])))
main = MainWindow(session)
for window in (main, UnlockWindow(session), AboutDialog(session.path, main)):
    got = window.windowIcon().pixmap(64).toImage()
    assert got == expected, type(window).__name__
print("icons ok")
"""


def test_every_window_carries_the_app_icon(tmp_path: Path) -> None:
    """In a fresh process, as the app starts: the icon is set before any window exists."""
    done = subprocess.run(
        [sys.executable, "-c", ICON_CHECK, str(tmp_path / "vault"), str(tmp_path / "settings")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "icons ok"


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("TRUSTJOURNAL_")}
