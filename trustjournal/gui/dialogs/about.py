"""The About dialog, and "Show Journal Folder": what this is, its license, where the journal lives.

The folder opener is a parameter (`opener`) so that tests check what would be opened
without starting a file manager; the app passes `open_in_file_manager`. When no file
manager answers (a minimal desktop, a sandbox), the path is shown in a box the user can
copy it from.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import trustjournal
from trustjournal import APP_ID, APP_NAME, __version__
from trustjournal.gui.common import icons, theme
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP

Opener = Callable[[Path], bool]

# Marked here, translated where shown (the constants stay English for the tests).
DESCRIPTION = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "A private, encrypted journal of candid conversations: which ties carry honesty, "
    "and which only polish.",
)
PRIVACY = QT_TRANSLATE_NOOP(
    "AboutDialog", "Everything stays on this computer, encrypted with your passphrase."
)
LICENSE_NAME = QT_TRANSLATE_NOOP("AboutDialog", "GNU GPL, version 3 or later")
FREE_SOFTWARE = QT_TRANSLATE_NOOP("AboutDialog", "Free software under the {license}.")
LICENSE_LINE = FREE_SOFTWARE.format(license=LICENSE_NAME)
LICENSE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
SHOW_FOLDER = QT_TRANSLATE_NOOP("AboutDialog", "Show Journal &Folder")
NO_FILE_MANAGER_TEXT = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "{app} could not open a file manager on this computer. Your journal is in this folder:",
)
NO_FILE_MANAGER = NO_FILE_MANAGER_TEXT.format(app=APP_NAME)
FOLDER_GONE = QT_TRANSLATE_NOOP(
    "AboutDialog", "The journal's folder is not there any more. It was:"
)


def _t(text: str) -> str:
    """A string marked above with QT_TRANSLATE_NOOP, in the GUI's language."""
    return QCoreApplication.translate("AboutDialog", text)


ICON_SIZE = 64
# A copy of LICENSE compiled into the Qt resources, if packaging put one there.
LICENSE_RESOURCE = ":/LICENSE"


def open_in_file_manager(folder: Path) -> bool:
    """Open `folder` in the desktop's file manager; False if nothing could open it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_journal_folder(
    folder: Path, parent: QWidget | None = None, opener: Opener = open_in_file_manager
) -> bool:
    """Open `folder` with `opener`; if that fails, show the path in a box to copy it from."""
    if folder.is_dir():
        try:
            if opener(folder):
                return True
        except OSError:
            pass
        text = _t(NO_FILE_MANAGER_TEXT).format(app=APP_NAME)
    else:
        text = _t(FOLDER_GONE)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(
        QCoreApplication.translate("AboutDialog", "Journal Folder — {app}").format(app=APP_NAME)
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"{text}\n\n{folder}")
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    copy = box.addButton(
        QCoreApplication.translate("AboutDialog", "&Copy Path"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(copy)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(str(folder))
    box.deleteLater()
    return False


def license_text() -> str | None:
    """The full LICENSE text: from the Qt resources, the installed package's metadata,
    or a file beside the package (a source checkout, a PyInstaller bundle); None if none."""
    resource = QFile(LICENSE_RESOURCE)
    if resource.exists() and resource.open(QIODevice.OpenModeFlag.ReadOnly):
        try:
            return bytes(resource.readAll().data()).decode("utf-8")
        finally:
            resource.close()
    try:
        dist = metadata.distribution("trustjournal")
    except metadata.PackageNotFoundError:
        dist = None
    if dist is not None:
        for name in dist.metadata.get_all("License-File") or ["LICENSE"]:
            for candidate in (f"licenses/{name}", name):
                text = dist.read_text(candidate)
                if text:
                    return text
    places = [Path(trustjournal.__file__).resolve().parent.parent]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places.insert(0, Path(bundle))
    for place in places:
        try:
            return (place / "LICENSE").read_text(encoding="utf-8")
        except OSError:
            continue
    return None


class LicenseDialog(QDialog):
    """The whole license, to read and copy; a link to it when no copy was installed."""

    def __init__(self, parent: QWidget | None = None, text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LicenseDialog")
        self.setWindowTitle(self.tr("License — {app}").format(app=APP_NAME))
        text = license_text() if text is None else text
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr("{app} is free software under the {license}.").format(
                app=APP_NAME, license=_t(LICENSE_NAME)
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text_view: QPlainTextEdit | None = None
        if text:
            view = QPlainTextEdit(text)
            view.setReadOnly(True)
            view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            view.setAccessibleName(self.tr("License text"))
            layout.addWidget(view, 1)
            self.text_view = view
            width = view.fontMetrics().horizontalAdvance("M" * 82)
            self.resize(QSize(width + 48, 560))
        else:
            link = QLabel(self.tr('Read it at <a href="{url}">{url}</a>.').format(url=LICENSE_URL))
            link.setOpenExternalLinks(True)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            layout.addWidget(link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    """Name, version, license, where the journal lives, and a way to open that folder."""

    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        *,
        demo: bool = False,
        opener: Opener = open_in_file_manager,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.folder = folder
        self.opener = opener

        self.icon_label = QLabel()
        self.icon_label.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.icon_label.setAccessibleName(self.tr("{app} icon").format(app=APP_NAME))
        name = QLabel(APP_NAME)
        _scale_font(name, 1.5, QFont.Weight.DemiBold)
        theme.set_role(name, "title")
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.set_role(self.version_label, "muted")
        description = QLabel(_t(DESCRIPTION))
        description.setWordWrap(True)

        heading = QLabel(self.tr("Demo journal") if demo else self.tr("Your journal"))
        _scale_font(heading, 1.0, QFont.Weight.DemiBold)
        self.path_field = QLineEdit(str(folder))
        self.path_field.setReadOnly(True)
        self.path_field.setCursorPosition(0)
        self.path_field.setToolTip(str(folder))
        self.path_field.setAccessibleName(self.tr("Journal folder"))
        self.show_folder_button = QPushButton(_t(SHOW_FOLDER))
        self.show_folder_button.setAutoDefault(False)
        self.show_folder_button.clicked.connect(self.show_folder)
        privacy = QLabel(_t(PRIVACY))
        privacy.setWordWrap(True)
        theme.set_role(privacy, "muted")

        self.license_label = QLabel(_t(FREE_SOFTWARE).format(license=_t(LICENSE_NAME)))
        self.license_label.setWordWrap(True)
        theme.set_role(self.license_label, "muted")
        self.license_button = QPushButton(self.tr("&License…"))
        self.license_button.setAutoDefault(False)
        self.license_button.clicked.connect(self.show_license)

        self.app_id_label = QLabel(APP_ID)
        self.app_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _scale_font(self.app_id_label, 0.85, QFont.Weight.Normal)
        theme.set_role(self.app_id_label, "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)

        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(name)
        words.addWidget(self.version_label)
        words.addSpacing(8)
        words.addWidget(description)
        head = QHBoxLayout()
        head.setSpacing(18)
        head.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(words, 1)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.show_folder_button)
        row.addWidget(self.license_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 18)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addSpacing(18)
        layout.addWidget(_rule())
        layout.addSpacing(14)
        layout.addWidget(heading)
        layout.addSpacing(6)
        layout.addWidget(self.path_field)
        layout.addSpacing(6)
        layout.addWidget(privacy)
        layout.addSpacing(16)
        layout.addWidget(self.license_label)
        layout.addSpacing(2)
        layout.addWidget(self.app_id_label)
        layout.addSpacing(20)
        layout.addLayout(row)
        self._paint_icon()
        self.setMinimumWidth(560)
        close.setFocus()

    def show_folder(self) -> bool:
        return show_journal_folder(self.folder, self, self.opener)

    def show_license(self) -> None:
        dialog = LicenseDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def _paint_icon(self) -> None:
        pixmap = icons.icon("app").pixmap(QSize(ICON_SIZE, ICON_SIZE), self.devicePixelRatioF())
        self.icon_label.setPixmap(pixmap)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._paint_icon()  # crisp at the scale of the screen it is shown on


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setFixedHeight(1)
    line.setStyleSheet("background: palette(mid); border: none;")
    return line


def _scale_font(label: QLabel, factor: float, weight: QFont.Weight) -> None:
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setWeight(weight)
    label.setFont(font)
