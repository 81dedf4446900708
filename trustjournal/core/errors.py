"""The errors the journal raises, each with a message a person can act on.

Every message is written for the leader using the app, never for a developer, and never
contains journal text, keys or passphrases: the GUI shows it in a dialog and the CLI
prints it as its one line on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trustjournal.core.i18n import N_, _


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
        # `what` is "passphrase" or "recovery key" (the two ways in), each a whole sentence.
        if what == "recovery key":
            message = _("Wrong recovery key, or the vault header is damaged. Nothing was changed.")
        elif what == "passphrase":
            message = _("Wrong passphrase, or the vault header is damaged. Nothing was changed.")
        else:
            message = _("Wrong {what}, or the vault header is damaged. Nothing was changed.")
        super().__init__(message.format(what=what))


class BadRecoveryKey(JournalError):
    """A typed recovery key that cannot be one (a typo the check characters catch, a
    wrong length or character): said before any key derivation, naming the group."""


class NotAVault(JournalError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "No TrustJournal journal in {path}: the folder does not exist or has no "
                "vault header. Check the path, or create a journal with `trustjournal init`."
            ).format(path=path)
        )


class VaultExists(JournalError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _("There is already a journal in {path}; nothing was changed.").format(path=path)
        )


class FolderNotEmpty(JournalError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "{path} already holds other files; choose an empty or new folder for the journal."
            ).format(path=path)
        )


class CreateFailed(JournalError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            _("Could not create the journal in {path}: {reason}. Nothing was left behind.").format(
                path=path, reason=reason
            )
        )


class AlreadyOpen(JournalError):
    def __init__(self, pid: int | None) -> None:
        super().__init__(
            _("This journal is already open in another TrustJournal (pid {pid}).").format(pid=pid)
            if pid
            else _("This journal is already open in another TrustJournal.")
        )
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
        super().__init__(_("The journal is locked; unlock it first."))


class JournalDamaged(JournalError):
    """The encrypted database cannot be read although the key is right."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            _(
                "The journal database is damaged: {detail}. Nothing was changed; restore it "
                "from a backup, or run `trustjournal check` to see which parts are hit."
            ).format(detail=detail)
        )
        self.detail = detail

    @property
    def reason(self) -> str:
        return _("the journal database is damaged ({detail})").format(detail=self.detail)


class NeedsNewerApp(JournalError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            _(
                "This journal was written by a newer TrustJournal (store version {found}; this "
                "app knows up to {known}). Update TrustJournal to open it; nothing was changed."
            ).format(found=found, known=known)
        )


class ReadOnlyJournal(JournalError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This journal is open read-only (another TrustJournal is writing to it, or the "
                "folder is not writable); nothing can be changed here."
            )
        )

    @property
    def reason(self) -> str:
        return _("the journal is open read-only")


class StorageError(JournalError):
    """The disk refused a read or write (full, read-only, gone)."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            _("The journal's disk refused the operation: {reason}.").format(reason=reason)
        )
        self._reason = reason

    @property
    def reason(self) -> str:
        return self._reason


class SaveFailed(JournalError):
    """A write did not happen. `unsaved` carries what the caller asked to save, intact."""

    def __init__(self, reason: str, unsaved: Any = None) -> None:
        super().__init__(
            _("Could not save: {reason}. Nothing was written, and your text was kept.").format(
                reason=reason
            )
        )
        self._reason = reason
        self.unsaved = unsaved

    @property
    def reason(self) -> str:
        return self._reason


class InvalidInput(JournalError):
    """A value the journal cannot accept (unknown signal code, empty name, …)."""


class NotFound(JournalError):
    def __init__(self, kind: str, ident: object) -> None:
        sentence = _NOT_FOUND.get(kind)
        message = _(sentence) if sentence else _("No {kind} {ident} in this journal.")
        super().__init__(message.format(kind=kind, ident=ident))


# Each kind's sentence whole, so that a language can give the noun its own gender and case.
_NOT_FOUND = {
    "person": N_("No person {ident} in this journal."),
    "conversation": N_("No conversation {ident} in this journal."),
    "decision": N_("No decision {ident} in this journal."),
    "gathering": N_("No gathering {ident} in this journal."),
    "calendar item": N_("No calendar item {ident} in this journal."),
}


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
        return cls(_("This file is not a TrustJournal backup. Nothing was changed."), where="file")

    @classmethod
    def damaged_header(cls) -> BackupInvalid:
        return cls(
            _(
                "This backup is damaged or incomplete (in its header) and cannot be read. "
                "Nothing was changed."
            ),
            where="header",
        )

    @classmethod
    def damaged_chunk(cls, chunk: int) -> BackupInvalid:
        return cls(
            _(
                "This backup is damaged or incomplete (chunk {chunk}) and cannot be read. "
                "Nothing was changed."
            ).format(chunk=chunk),
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
            message = _(
                "This backup was not made with this journal's key (it has a separate "
                "passphrase, or its header is damaged). Nothing was changed."
            )
        else:
            message = _(
                "Wrong passphrase for this backup, or its key section is damaged. "
                "Nothing was changed."
            )
        super().__init__(message)
        self.with_key = with_key


class BackupTooNew(JournalError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            _(
                "This backup was made by a newer TrustJournal (backup format {found}; this "
                "app reads up to {known}). Update TrustJournal to open it. Nothing was changed."
            ).format(found=found, known=known)
        )
        self.found = found
        self.known = known


class SyncDamaged(JournalError):
    """A change file or snapshot from the sync folder whose plaintext is not well-formed
    versions (it authenticated, so a device wrote it: a bug or a newer format). Nothing of
    it is applied. `detail` says what was wrong, for a log; it is not shown, being neither
    translated nor of use to the leader."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            _(
                "A change in the sync folder could not be read and was not applied; the "
                "other changes were. If this repeats, update TrustJournal on every device."
            )
        )
        self.detail = detail
