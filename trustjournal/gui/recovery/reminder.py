"""A gentle, one-time reminder in the main window: this journal has no recovery key.

Shown above the pages after an unlock when the journal has no recovery key, unless this
device was told "Not now" once (a per-device setting: a switch, nothing of the journal).
"Make a recovery key…" opens Preferences' recovery-key dialog; the reminder goes when the
journal has a key, at a lock, or for good with "Not now". Never shown for the demo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout

from trustjournal.gui.common.config import Key
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.reminder_banner import ReminderBanner
from trustjournal.gui.session import Session

DISMISSED = Key("reminders/recovery_key_dismissed", False, bool)
TEXT = QT_TRANSLATE_NOOP(
    "RecoveryReminder",
    "This journal has no recovery key. If you forget your passphrase, nobody can open it: "
    "make a recovery key and keep the printed kit somewhere safe.",
)


class RecoveryReminder(ReminderBanner):
    def __init__(self, session: Session) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("RecoveryReminder", TEXT),
            QCoreApplication.translate("RecoveryReminder", "Make a recovery key…"),
        )
        self.setObjectName("recoveryReminder")

    @classmethod
    def install(cls, layout: QBoxLayout, session: Session, index: int = 1) -> RecoveryReminder:
        reminder = cls(session)
        reminder.place(layout, index)
        return reminder

    def check(self, *_args: object) -> None:
        if self.session.is_demo or self.session.config.get(DISMISSED):
            self.hide()
            return
        self.session.read(lambda j: j.has_recovery_key, lambda has: self.setVisible(not has))

    def dismiss(self) -> None:
        self.session.config.set(DISMISSED, True)
        self.hide()

    def act(self) -> None:
        from trustjournal.gui.recovery.dialogs import RecoveryKeyDialog

        self.dialog = RecoveryKeyDialog(self.session, self.window())
        self.dialog.exec()
        self.check()
