"""The errors the journal raises, each with a message a person can act on.

Every message is written for the leader using the app, never for a developer, and never
contains journal text, keys or passphrases: the GUI shows it in a dialog and the CLI
prints it as its one line on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class JournalError(Exception):
    """Base class: `str(error)` is the whole message shown to the user.

    `reason` is the same fact as a short clause, for messages that wrap this one
    ("Could not save: <reason>").
    """

    @property
    def reason(self) -> str:
        return str(self).rstrip(".")


class UnlockFailed(JournalError):
    """Wrong passphrase or a header that does not authenticate: deliberately one message.

    A damaged or tampered header and a mistyped passphrase are indistinguishable to the
    cryptography, and saying which one it was would help only an attacker.
    """

    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"Wrong {what}, or the vault header is damaged. Nothing was changed.")


class BadRecoveryKey(JournalError):
    """A typed recovery key that cannot be one (a typo the check characters catch, a
    wrong length or character): said before any key derivation, naming the group."""


class NotAVault(JournalError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"No TrustJournal journal in {path}: the folder does not exist or has no "
            "vault header. Check the path, or create a journal with `trustjournal init`."
        )


class VaultExists(JournalError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"There is already a journal in {path}; nothing was changed.")


class FolderNotEmpty(JournalError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} already holds other files; choose an empty or new folder for the journal."
        )


class CreateFailed(JournalError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"Could not create the journal in {path}: {reason}. Nothing was left behind."
        )


class AlreadyOpen(JournalError):
    def __init__(self, pid: int | None) -> None:
        who = f" (pid {pid})" if pid else ""
        super().__init__(f"This journal is already open in another TrustJournal{who}.")
        self.pid = pid


class WeakPassphrase(JournalError):
    """The passphrase is refused before anything is written."""


class WrongThread(RuntimeError):
    """A journal bound to one thread (the app's journal worker) was used from another: a
    programming error, never shown to a user as their fault."""

    def __init__(self) -> None:
        super().__init__("the journal was used from a thread that does not own it")


class JournalLocked(JournalError):
    def __init__(self) -> None:
        super().__init__("The journal is locked; unlock it first.")


class JournalDamaged(JournalError):
    """The encrypted database cannot be read although the key is right."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The journal database is damaged: {detail}. Nothing was changed; "
            "restore it from a backup, or run `trustjournal check` to see which parts are hit."
        )
        self.detail = detail

    @property
    def reason(self) -> str:
        return f"the journal database is damaged ({self.detail})"


class NeedsNewerApp(JournalError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"This journal was written by a newer TrustJournal (store version {found}; this "
            f"app knows up to {known}). Update TrustJournal to open it; nothing was changed."
        )


class ReadOnlyJournal(JournalError):
    def __init__(self) -> None:
        super().__init__(
            "This journal is open read-only (another TrustJournal is writing to it, or the "
            "folder is not writable); nothing can be changed here."
        )

    @property
    def reason(self) -> str:
        return "the journal is open read-only"


class StorageError(JournalError):
    """The disk refused a read or write (full, read-only, gone)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The journal's disk refused the operation: {reason}.")
        self._reason = reason

    @property
    def reason(self) -> str:
        return self._reason


class SaveFailed(JournalError):
    """A write did not happen. `unsaved` carries what the caller asked to save, intact."""

    def __init__(self, reason: str, unsaved: Any = None) -> None:
        super().__init__(f"Could not save: {reason}. Nothing was written, and your text was kept.")
        self._reason = reason
        self.unsaved = unsaved

    @property
    def reason(self) -> str:
        return self._reason


class InvalidInput(JournalError):
    """A value the journal cannot accept (unknown signal code, empty name, …)."""


class NotFound(JournalError):
    def __init__(self, kind: str, ident: object) -> None:
        super().__init__(f"No {kind} {ident} in this journal.")


class BackupInvalid(JournalError):
    """A file that is not a backup, or a backup that is damaged, cut short or extended.

    `where` is "file" (not a backup at all), "header", "chunk" or "payload"; `chunk` is the
    1-based number of the payload chunk where the damage was found (None elsewhere).
    """

    def __init__(self, message: str, *, where: str = "payload", chunk: int | None = None) -> None:
        super().__init__(message)
        self.where = where
        self.chunk = chunk

    @classmethod
    def not_a_backup(cls) -> BackupInvalid:
        return cls("This file is not a TrustJournal backup. Nothing was changed.", where="file")

    @classmethod
    def damaged_header(cls) -> BackupInvalid:
        return cls(
            "This backup is damaged or incomplete (in its header) and cannot be read. "
            "Nothing was changed.",
            where="header",
        )

    @classmethod
    def damaged_chunk(cls, chunk: int) -> BackupInvalid:
        return cls(
            f"This backup is damaged or incomplete (chunk {chunk}) and cannot be read. "
            "Nothing was changed.",
            where="chunk",
            chunk=chunk,
        )


class BackupWrongPassphrase(JournalError):
    """The passphrase (or the journal's key) does not open this backup.

    As for the vault header, a mistyped passphrase and a tampered key section cannot be
    told apart, so one message covers both.
    """

    def __init__(self, *, with_key: bool = False) -> None:
        if with_key:
            message = (
                "This backup was not made with this journal's key (it has a separate "
                "passphrase, or its header is damaged). Nothing was changed."
            )
        else:
            message = (
                "Wrong passphrase for this backup, or its key section is damaged. "
                "Nothing was changed."
            )
        super().__init__(message)
        self.with_key = with_key


class BackupTooNew(JournalError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"This backup was made by a newer TrustJournal (backup format {found}; this "
            f"app reads up to {known}). Update TrustJournal to open it. Nothing was changed."
        )
        self.found = found
        self.known = known
