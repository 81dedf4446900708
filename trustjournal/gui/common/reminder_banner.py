"""A gentle reminder row above the pages: a wrapped sentence, one button that does
something about it, and "Not now". Subclasses say when it shows (`check`) and what the
button does (`act`); the recovery-key reminder and the backup-key reminder are two."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from trustjournal.gui.common import theme
from trustjournal.gui.session import Session


class ReminderBanner(QFrame):
    def __init__(
        self, session: Session, text: str, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 0)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        theme.set_role(self.label, "note")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.make_button = QPushButton(action)
        self.later_button = QPushButton(QCoreApplication.translate("ReminderBanner", "Not now"))
        row.addWidget(self.label, 1)
        row.addWidget(self.make_button)
        row.addWidget(self.later_button)
        self.make_button.clicked.connect(self.act)
        self.later_button.clicked.connect(self.dismiss)
        session.unlocked.connect(self.check)
        session.locking.connect(self.hide)
        self.hide()

    def place(self, layout: QBoxLayout, index: int) -> None:
        """Put it in `layout` at `index`; checked at once if the journal is open already."""
        layout.insertWidget(index, self)
        if self.session.is_open:  # the window was built after the unlock
            QTimer.singleShot(0, self.check)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # The wrapped label's height at the width it gets, not at its narrowest.
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), hint.width())))

    def check(self, *_args: object) -> None:
        raise NotImplementedError

    def act(self) -> None:
        raise NotImplementedError

    def dismiss(self) -> None:
        raise NotImplementedError
