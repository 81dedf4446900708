"""The recovery key's dialogs: show a new key once, manage it, and recover with it.

* `ShowKeyDialog` shows a new key once, large and in groups, with "Save emergency kit…"
  (kit.py: a PDF written only where the user saves it). The key is in this window's
  memory only; it is never put on the clipboard, in QSettings or in a log.
* `RecoveryKeyDialog` (Preferences ▸ Recovery key…) says whether the journal has a key and
  makes, replaces or removes it, on the journal worker (`session.write`).
* `RecoverDialog` (the unlock window's "Forgot your passphrase?") takes the key and a new
  passphrase twice (with the strength meter of the create page); a typo is named by its
  group at once, on this thread (no key derivation); then `Journal.recover` runs on the
  journal worker (`session.open`), where the journal then lives, unlocked.
* `offer_recovery_key` asks once, after a journal is created, whether to make one now.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.errors import BadRecoveryKey, JournalError
from trustjournal.core.store import recovery_key
from trustjournal.gui.common import theme
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.recovery import kit
from trustjournal.gui.session import Session
from trustjournal.gui.unlock.strength import StrengthMeter

# English here; shown through `_t`, in the RecoveryDialogs context.
WHAT_IT_IS = QT_TRANSLATE_NOOP(
    "RecoveryDialogs",
    "If you forget your passphrase, this key opens the journal and lets you choose a new "
    "one. Write it down or save the emergency kit and print it, then keep it apart from "
    "this computer. It is shown only this once.",
)
WHOEVER = QT_TRANSLATE_NOOP("RecoveryDialogs", "Whoever holds it can open your journal.")
HAS_KEY = QT_TRANSLATE_NOOP(
    "RecoveryDialogs",
    "This journal has a recovery key. If you forget your passphrase, it opens the journal "
    "and lets you choose a new one.",
)
NO_KEY = QT_TRANSLATE_NOOP(
    "RecoveryDialogs",
    "This journal has no recovery key: if you forget your passphrase, nobody can open it. "
    "A recovery key, printed and kept somewhere safe, is your way back in.",
)
REPLACE_QUESTION = QT_TRANSLATE_NOOP(
    "RecoveryDialogs",
    "Make a new recovery key? The old one stops working at once, and so does any "
    "emergency kit you printed with it.",
)
REMOVE_QUESTION = QT_TRANSLATE_NOOP(
    "RecoveryDialogs",
    "Remove the recovery key? It stops working at once; if you then forget your "
    "passphrase, nobody can open the journal.",
)
OFFER = QT_TRANSLATE_NOOP(
    "RecoveryDialogs",
    "Make a recovery key now? If you ever forget your passphrase, it is the only way back "
    "into your journal. You can also make one later in Preferences.",
)
RECOVERING = QT_TRANSLATE_NOOP("RecoveryDialogs", "Opening with the recovery key…")
WIDTH = 520


def _t(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialogs", text)


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    theme.set_role(label, "muted")
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    theme.set_role(label, "heading")
    return label


class ShowKeyDialog(QDialog):
    """A new recovery key, shown once, with the emergency kit to save."""

    def __init__(self, key: str, journal: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.journal_path = key, journal
        self.setWindowTitle(self.tr("Your recovery key") + " — TrustJournal")
        self.setMinimumWidth(WIDTH)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(_heading(self.tr("Your recovery key")))
        explain = QLabel(_t(WHAT_IT_IS))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        groups = key.split("-")
        self.key_label = QLabel("   ".join(groups[:4]) + "\n" + "   ".join(groups[4:]))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.6)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Read as the key (its name is its text), and spelled out, character by character.
        self.key_label.setAccessibleDescription(" ".join(key.replace("-", "")))
        self.key_label.setContentsMargins(12, 12, 12, 12)
        theme.set_role(self.key_label, "note")
        layout.addWidget(self.key_label)
        warning = QLabel(_t(WHOEVER))
        warning.setWordWrap(True)
        theme.set_role(warning, "warning")
        layout.addWidget(warning)
        self.message = _muted("")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save emergency kit…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.done_button = buttons.addButton(
            self.tr("I have kept it safe"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _save(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the emergency kit"),
            str(Path.home() / kit.default_file_name()),
            "PDF (*.pdf)",
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, out: Path) -> bool:
        try:
            kit.write_kit(out, self.key, self.journal_path)
        except OSError as exc:
            self._say(
                self.tr("The emergency kit could not be saved: {reason}.").format(
                    reason=exc.strerror or exc
                ),
                "error",
            )
            return False
        self._say(
            self.tr("Saved to {file}. Print it, keep the paper safe, then delete the file.").format(
                file=out
            )
        )
        return True

    def _say(self, text: str, role: str = "muted") -> None:
        theme.set_role(self.message, role)
        self.message.setStyleSheet(f"/* {role} */")
        self.message.setText(text)
        self.message.show()


class RecoveryKeyDialog(QDialog):
    """Preferences ▸ Recovery key…: make, replace or remove the journal's recovery key."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.has_key: bool | None = None
        self.setWindowTitle(self.tr("Recovery key") + " — TrustJournal")
        self.setMinimumWidth(WIDTH)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(_heading(self.tr("Recovery key")))
        self.status = QLabel("…")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.message = _muted("")
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Make a recovery key"))
        self.replace_button = QPushButton(self.tr("Make a new one…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        close = QPushButton(self.tr("Close"))
        for button in (self.make_button, self.replace_button, self.remove_button):
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.make_button.clicked.connect(self._make)
        self.replace_button.clicked.connect(self._replace)
        self.remove_button.clicked.connect(self._remove)
        close.clicked.connect(self.accept)
        self.shown_key: ShowKeyDialog | None = None
        session.read(lambda j: j.has_recovery_key, self._show)

    def _show(self, has_key: bool) -> None:
        self.has_key = has_key
        self.status.setText(_t(HAS_KEY if has_key else NO_KEY))
        self.make_button.setVisible(not has_key)
        self.replace_button.setVisible(has_key)
        self.remove_button.setVisible(has_key)
        for button in (self.make_button, self.replace_button, self.remove_button):
            button.setEnabled(True)
        (self.replace_button if has_key else self.make_button).setDefault(True)

    def _make(self) -> None:
        self._busy()
        path = self.session.path
        self.session.write(
            lambda j: j.create_recovery_key(),
            lambda key: self._made(key, path),
            self._failed,
            name="recovery key",
        )

    def _replace(self) -> None:
        if _confirm(self, _t(REPLACE_QUESTION), self.tr("Make a new key")):
            self._make()

    def _remove(self) -> None:
        if not _confirm(self, _t(REMOVE_QUESTION), self.tr("Remove")):
            return
        self._busy()
        self.session.write(
            lambda j: j.remove_recovery_key(),
            lambda _removed: self._show(False),
            self._failed,
            name="remove recovery key",
        )

    def _made(self, key: str, path: Path) -> None:
        self._show(True)
        self.shown_key = ShowKeyDialog(key, path, self)
        self.shown_key.exec()
        self.shown_key = None

    def _busy(self) -> None:
        for button in (self.make_button, self.replace_button, self.remove_button):
            button.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        text = (
            str(exc)
            if isinstance(exc, JournalError)
            else self.tr("The recovery key was not changed.")
        )
        self.message.setText(text)
        theme.set_role(self.message, "error")
        self.message.show()
        if self.has_key is not None:
            self._show(self.has_key)


def _confirm(parent: QWidget, question: str, yes: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, "TrustJournal", question, parent=parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def offer_recovery_key(session: Session, parent: QWidget | None) -> QMessageBox:
    """Once, after a journal is created: make a recovery key now? (skippable; the box is
    window-modal but does not block the caller)."""
    box = QMessageBox(QMessageBox.Icon.Question, "TrustJournal", _t(OFFER), parent=parent)
    box.setWindowTitle(
        QCoreApplication.translate("RecoveryDialogs", "Recovery key") + " — TrustJournal"
    )
    make = box.addButton(
        QCoreApplication.translate("RecoveryDialogs", "Make a recovery key"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("RecoveryDialogs", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(make)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    path = session.path

    def show(key: str) -> None:
        ShowKeyDialog(key, path, parent).exec()

    def answered() -> None:
        if box.clickedButton() is make:
            session.write(lambda j: j.create_recovery_key(), show, name="recovery key")

    box.finished.connect(answered)
    box.open()
    return box


class RecoverDialog(QDialog):
    """Forgot your passphrase? The recovery key, then a new passphrase; then unlocked."""

    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.path = session, path
        self.setWindowTitle(self.tr("Use your recovery key") + " — TrustJournal")
        self.setMinimumWidth(WIDTH)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(_heading(self.tr("Use your recovery key")))
        layout.addWidget(
            _muted(
                self.tr(
                    "Type the key from your emergency kit (capitals, spaces and dashes do not "
                    "matter), then choose a new passphrase. The key keeps working afterwards."
                )
            )
        )
        self.key = QLineEdit()
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.key.setAccessibleName(self.tr("Recovery key"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key.setFont(mono)
        layout.addWidget(QLabel(self.tr("Recovery key")))
        layout.addWidget(self.key)
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Repeat the new passphrase"))
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("New passphrase")))
        layout.addWidget(self.new)
        meter_row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setRange(0, 5)
        self.bar.setTextVisible(False)
        self.verdict = QLabel()
        meter_row.addWidget(self.bar, 1)
        meter_row.addWidget(self.verdict)
        layout.addLayout(meter_row)
        self.advice = _muted("")
        layout.addWidget(self.advice)
        layout.addWidget(QLabel(self.tr("Repeat the new passphrase")))
        layout.addWidget(self.again)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.busy = _muted(_t(RECOVERING))
        self.busy.hide()
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox()
        self.go = buttons.addButton(
            self.tr("Set passphrase and unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        theme.set_primary(self.go)
        self.go.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.meter = StrengthMeter(self.bar, self.verdict, self.advice)
        for line in (self.key, self.new, self.again):
            line.textChanged.connect(self._update)
        self._working = False
        self._update()

    def _update(self) -> None:
        strength = self.meter.show(self.new.text(), self.palette())
        ready = (
            bool(self.key.text().strip())
            and strength.acceptable
            and self.new.text() == self.again.text()
        )
        self.go.setEnabled(ready and not self._working)
        if not self._working:
            self.message.hide()

    def submit(self) -> None:
        if self._working or not self.go.isEnabled():
            if self.new.text() != self.again.text() and self.again.text():
                self._say(self.tr("The two passphrases differ."))
            return
        typed, new = self.key.text(), self.new.text()
        try:
            recovery_key.decode(typed)  # a typo, named by its group, before any work
        except BadRecoveryKey as exc:
            self._say(str(exc))
            self.key.setFocus()
            return
        path = self.path
        self._set_working(True)

        def opener():  # type: ignore[no-untyped-def]
            from trustjournal.core.journal.service import Journal

            return Journal.recover(path, typed, new)

        self.session.open(opener, lambda _path: self._opened(new), self._failed)

    def _opened(self, new_passphrase: str) -> None:
        self._set_working(False)
        self.accept()
        self.session.passphrase_typed(new_passphrase)

    def done(self, result: int) -> None:
        # The key and the passphrases leave the fields however the dialog closes.
        for line in (self.key, self.new, self.again):
            line.clear()
        super().done(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self._say(
            str(exc)
            if isinstance(exc, JournalError)
            else self.tr("Something went wrong; nothing was changed. Try again.")
        )

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.busy.setVisible(working)
        for widget in (self.key, self.new, self.again):
            widget.setEnabled(not working)
        self._update()

    def _say(self, text: str) -> None:
        theme.set_role(self.message, "error")
        self.message.setStyleSheet("/* error */")
        self.message.setText(text)
        self.message.show()
