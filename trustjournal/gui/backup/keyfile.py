"""The key file that opens the automatic backups by passphrase (core/backup/backupkey.py).

Automatic backups are age files for the journal's backup key, made at every lock without
asking. What opens them by passphrase, in the app or with `age -d -i`, is the key file in
their folder, sealed with the journal passphrase. It is written on the journal worker:

- whenever the passphrase has just been typed and opened the journal (an unlock, a new
  journal, a recovery's new passphrase: `Session.passphrase_typed`), if the folder lacks
  it under this passphrase (the config notes folder and `key_file_marker`, never a secret);
- when automatic backups are turned on or moved while the journal opened without its
  passphrase ("remember on this device"): Preferences then ask for it once (`ask`), and
  after such an unlock a reminder above the pages offers to (`KeyFileReminder`), until
  the file is there or "Not now" for that folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from trustjournal import APP_NAME
from trustjournal.core.backup import archive as backup
from trustjournal.core.backup import backupkey
from trustjournal.core.errors import JournalError, UnlockFailed
from trustjournal.gui.common.config import BACKUP_KEY_DISMISSED, BACKUP_KEY_SEALED, Config
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.reminder_banner import ReminderBanner
from trustjournal.gui.session import Session

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

# English here (tests compare with them); shown through `_t`, in the KeyFile context.
ASK_TITLE = QT_TRANSLATE_NOOP("KeyFile", "Backup Key")
ASK_TEXT = QT_TRANSLATE_NOOP(  # (broken by hand: the prompt's label does not wrap)
    "KeyFile",
    "Automatic backups open with your journal passphrase,\n"
    "through a key file kept in their folder.\n\n"
    "Type your passphrase once to write that key file:",
)
WRONG = QT_TRANSLATE_NOOP("KeyFile", "That is not this journal's passphrase.")
REMINDER = QT_TRANSLATE_NOOP(
    "KeyFile",
    "Your automatic backups have no key file beside them yet: without it they cannot be "
    "restored if this journal is lost. Type your passphrase once to write it.",
)
MISSING = QT_TRANSLATE_NOOP(
    "KeyFile",
    "The key file that opens these backups by passphrase is not in this folder yet: it is "
    "written the next time you type your passphrase.",
)


def _t(text: str) -> str:
    """One of the constants above in the language shown."""
    return QCoreApplication.translate("KeyFile", text)


def _title() -> str:
    return f"{_t(ASK_TITLE)} — {APP_NAME}"


def _note(folder: Path, marker: str) -> str:
    return f"{folder}\n{marker}"


def key_file_missing(config: Config) -> bool:
    """Whether automatic backups are on and their folder has no key file noted as written
    there (a config read and a folder listing: cheap enough for Preferences to show)."""
    folder = config.backup_folder
    if not config.backup_enabled or folder is None:
        return False
    noted = str(config.get(BACKUP_KEY_SEALED))
    if noted.split("\n", 1)[0] != str(folder):
        return True
    return not any(
        p.name.startswith(backupkey.KEY_FILE_PREFIX) for p in _entries(folder) if p.is_file()
    )


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


class KeyFile(QObject):
    """Writes the backup key file when the passphrase is at hand (see the module's text).

    `written` after the key file was written and noted; `writing` is True while a write
    asked for is under way.
    """

    written = Signal()

    def __init__(
        self,
        session: Session,
        window: Callable[[], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._window = window
        self.writing = False

    @property
    def config(self) -> Config:
        return self.session.config

    def _folder(self) -> Path | None:
        config = self.config
        if not config.backup_enabled or self.session.is_demo:
            return None
        return config.backup_folder

    def passphrase_typed(self, passphrase: str) -> None:
        """The passphrase just opened the journal: seal the key file with it, if the backup
        folder does not hold it under this passphrase already."""
        folder = self._folder()
        if folder is None:
            return
        noted = str(self.config.get(BACKUP_KEY_SEALED))

        def work(journal: Journal) -> str | None:
            marker = backup.key_file_marker(journal)
            if noted == _note(folder, marker) and backup.has_key_file(journal, folder):
                return None
            # Checked already: it has just opened the journal.
            return backup.write_key_file(journal, folder, passphrase, check=False)

        # A failure (the folder is away) is not worth a window: Preferences say the key
        # file is missing, and the next passphrase tries again.
        self.writing = True
        self.session.write(
            work, lambda marker: self._noted(folder, marker), self._not_written, name="key file"
        )

    def _noted(self, folder: Path, marker: str | None) -> None:
        self.writing = False
        if marker is not None:
            self.config.set(BACKUP_KEY_SEALED, _note(folder, marker))
        self.written.emit()

    def _not_written(self, _exc: BaseException) -> None:
        self.writing = False
        self.written.emit()  # (nothing new: whoever shows the state looks again)

    def ask(self, problem: str = "") -> None:
        """Ask for the passphrase to write the key file (after Preferences turned automatic
        backups on or moved them), if the folder lacks it; Cancel leaves it for later."""
        folder = self._folder()
        if folder is None or not self.session.is_open or not key_file_missing(self.config):
            return
        text = f"{problem}\n\n{_t(ASK_TEXT)}" if problem else _t(ASK_TEXT)
        passphrase, ok = QInputDialog.getText(
            self._window(), _title(), text, QLineEdit.EchoMode.Password
        )
        if not ok or not passphrase:
            return

        def failed(exc: BaseException) -> None:
            self.writing = False
            if isinstance(exc, UnlockFailed):
                self.ask(_t(WRONG))
            elif isinstance(exc, JournalError):
                QMessageBox.warning(self._window(), _title(), str(exc))
            else:
                raise exc

        self.writing = True
        self.session.write(
            lambda j: backup.write_key_file(j, folder, passphrase),
            lambda marker: self._noted(folder, marker),
            failed,
            name="key file",
        )


class KeyFileReminder(ReminderBanner):
    """Above the pages after an unlock while automatic backups have no key file in their
    folder (the journal opened with the key this device remembers, so no passphrase was
    typed): "Write Key File…" asks for the passphrase; "Not now" for this folder."""

    def __init__(self, session: Session, key_file: KeyFile) -> None:
        super().__init__(
            session, _t(REMINDER), QCoreApplication.translate("KeyFile", "Write Key File…")
        )
        self.setObjectName("keyFileReminder")
        self.key_file = key_file
        key_file.written.connect(self.check)

    def check(self, *_args: object) -> None:
        config = self.session.config
        folder = config.backup_folder
        self.setVisible(
            self.session.is_open
            and not self.session.is_demo
            and not self.key_file.writing
            and key_file_missing(config)
            and str(config.get(BACKUP_KEY_DISMISSED)) != str(folder)
        )

    def act(self) -> None:
        self.key_file.ask()

    def dismiss(self) -> None:
        self.session.config.set(BACKUP_KEY_DISMISSED, str(self.session.config.backup_folder))
        self.hide()
