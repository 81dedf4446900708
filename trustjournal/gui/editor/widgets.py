"""Small widgets the entry editor's form promotes: the notice strip and the note preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRectF, QUrl
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QTextBrowser, QWidget

from trustjournal.gui.common.theme import ThemeKeeper, mix

# Used only when the app's theme (gui/common/theme.py) is not in place, as in some tests: mid-tone
# hues mixed into the window colour. The strip never relies on colour alone: it always
# carries words, and errors an icon.
FALLBACK_HUES = {"info": "#3F88D6", "error": "#D0453A"}


class NoticeFrame(QFrame):
    """A rounded, tinted strip for a message in place (a save error, a restored draft).

    `kind` is "info" or "error"; the colours are the theme's note and error colours, the
    same as `QLabel[role="note"]` and `[role="error"]`, so the strip can hold buttons too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = "info"
        self.setFrameShape(QFrame.Shape.NoFrame)

    def kind(self) -> str:
        return self._kind

    def set_kind(self, kind: str) -> None:
        self._kind = kind if kind in FALLBACK_HUES else "info"
        self._colour_labels()
        self.update()

    def colours(self) -> tuple[QColor, QColor, QColor]:
        """(fill, border, text) for the current kind and scheme."""
        app = QApplication.instance()
        keeper = app.findChild(ThemeKeeper, ThemeKeeper.OBJECT_NAME) if app else None
        if isinstance(keeper, ThemeKeeper):
            s = keeper.scheme
            if self._kind == "error":
                return QColor(s.error_bg), QColor(s.error_border), QColor(s.error_text)
            return QColor(s.note_bg), QColor(s.note_border), QColor(s.note_text)
        hue = QColor(FALLBACK_HUES[self._kind])
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        return mix(window, hue, 0.14), mix(window, hue, 0.55), text

    def _colour_labels(self) -> None:
        text = self.colours()[2]
        for label in self.findChildren(QLabel):
            palette = label.palette()
            if palette.color(QPalette.ColorRole.WindowText) != text:
                palette.setColor(QPalette.ColorRole.WindowText, text)
                label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the scheme switched
            self._colour_labels()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._colour_labels()
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        fill, border, _ = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()
        super().paintEvent(event)


class NotePreview(QTextBrowser):
    """The rendered note. It never loads anything a note points at (images, files,
    links): a preview must not read other files or reach the network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None
