"""A gentle, one-time reminder in the main window: this journal has no recovery key.

Shown above the pages after an unlock when the journal has no recovery key, unless this
device was told "Not now" once (a per-device setting: a switch, nothing of the journal).
"Make a recovery key…" opens Preferences' recovery-key dialog; the reminder goes when the
journal has a key, at a lock, or for good with "Not now". Never shown for the demo.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
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
from trustjournal.gui.common.config import Key
from trustjournal.gui.session import Session

DISMISSED = Key("reminders/recovery_key_dismissed", False, bool)
TEXT = (
    "This journal has no recovery key. If you forget your passphrase, nobody can open it: "
    "make a recovery key and keep the printed kit somewhere safe."
)


class RecoveryReminder(QFrame):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("recoveryReminder")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 0)
        self.label = QLabel(TEXT)
        self.label.setWordWrap(True)
        theme.set_role(self.label, "note")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.make_button = QPushButton("Make a recovery key…")
        self.later_button = QPushButton("Not now")
        row.addWidget(self.label, 1)
        row.addWidget(self.make_button)
        row.addWidget(self.later_button)
        self.make_button.clicked.connect(self.make)
        self.later_button.clicked.connect(self.dismiss)
        session.unlocked.connect(self.check)
        session.locking.connect(self.hide)
        self.hide()

    @classmethod
    def install(cls, layout: QBoxLayout, session: Session, index: int = 1) -> RecoveryReminder:
        reminder = cls(session)
        layout.insertWidget(index, reminder)
        if session.is_open:  # the window was built after the unlock
            QTimer.singleShot(0, reminder.check)
        return reminder

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
        if self.session.is_demo or self.session.config.get(DISMISSED):
            self.hide()
            return
        self.session.read(lambda j: j.has_recovery_key, lambda has: self.setVisible(not has))

    def dismiss(self) -> None:
        self.session.config.set(DISMISSED, True)
        self.hide()

    def make(self) -> None:
        from trustjournal.gui.recovery.dialogs import RecoveryKeyDialog

        self.dialog = RecoveryKeyDialog(self.session, self.window())
        self.dialog.exec()
        self.check()
