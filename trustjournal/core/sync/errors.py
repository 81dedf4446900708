"""What can go wrong with a sync folder, each with a message the leader can act on.

As in trustjournal/core/errors.py: `str(error)` is the whole message, for the leader, never
containing journal text or keys. A sync folder's problems are `SyncFolderError`s (the
whole round stops, nothing is applied); a single file's are `SyncFileRefused` (that file is
refused, nothing of it applied, the others are read).
"""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.errors import JournalError
from trustjournal.core.i18n import _


class SyncFolderError(JournalError):
    """The sync folder as a whole cannot be used this round; nothing was synced."""


class SyncFolderMissing(SyncFolderError):
    """Not there, or an empty folder where the linked one was (an unmounted drive leaves
    its empty mount point): wait and try again, never write into it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "The sync folder {path} is not there, or is empty (a drive that is not "
                "connected, or a folder the sync app has not brought back yet). Nothing was "
                "synced; TrustJournal tries again later."
            ).format(path=path)
        )
        self.path = path


class NotASyncFolder(SyncFolderError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "{path} is not a TrustJournal sync folder (it has no readable "
                "“TrustJournal.sync” marker). Choose the folder this journal was linked to. "
                "Nothing was changed."
            ).format(path=path)
        )
        self.path = path


class ForeignSyncFolder(SyncFolderError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "The sync folder {path} belongs to another journal (its marker does not open "
                "with this journal's key). Choose this journal's own sync folder. Nothing was "
                "changed."
            ).format(path=path)
        )
        self.path = path


class SyncFolderTooNew(SyncFolderError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            _(
                "The sync folder was set up by a newer TrustJournal (sync format {found}; this "
                "app knows up to {known}). Update TrustJournal on this device. Nothing was "
                "synced."
            ).format(found=found, known=known)
        )
        self.found = found
        self.known = known


class SyncFolderNotEmpty(SyncFolderError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "{path} already holds other files; choose an empty or new folder to sync "
                "the journal through. Nothing was changed."
            ).format(path=path)
        )
        self.path = path


class SyncFolderUnwritable(SyncFolderError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            _(
                "Could not write to the sync folder {path}: {reason}. Nothing was left "
                "half-written; TrustJournal tries again later."
            ).format(path=path, reason=reason)
        )
        self.path = path
        self._reason = reason

    @property
    def reason(self) -> str:
        return self._reason


class SequenceUsed(SyncFolderError):
    """The device's sequence number already names a file: it went back (a restore from an
    old backup). The caller continues after `SyncFolder.last_seq`."""

    def __init__(self, seq: int) -> None:
        super().__init__(
            _(
                "This device's change number {seq} is already in the sync folder (was this "
                "device restored from an older backup?). Nothing was written."
            ).format(seq=seq)
        )
        self.seq = seq


# Why a file is refused: each a whole sentence, so a language can order it freely.
NOT_A_FILE = "not a change file"
INCOMPLETE = "incomplete"
DAMAGED = "damaged"
MISPLACED = "misplaced"
FORGED = "forged"
REVOKED = "revoked"
TOO_NEW = "too new"


class SyncFileRefused(JournalError):
    """One file in the sync folder refused; nothing of it was applied.

    `name` is the file's path inside the folder ("d-…/c-…"), `why` one of the constants
    above. Nothing in the message comes from the file's contents.
    """

    def __init__(self, name: str, why: str, found: int = 0) -> None:
        super().__init__(_message(why).format(name=name, found=found))
        self.name = name
        self.why = why


def _message(why: str) -> str:
    if why == NOT_A_FILE:
        return _(
            "The sync file {name} is not a TrustJournal change file. Nothing of it was applied."
        )
    if why == INCOMPLETE:
        return _(
            "The sync file {name} is incomplete (cut short, or never finished by the sync "
            "app). Nothing of it was applied."
        )
    if why == DAMAGED:
        return _(
            "The sync file {name} is damaged, or was not written by a device of this journal. "
            "Nothing of it was applied."
        )
    if why == MISPLACED:
        return _(
            "The sync file {name} was moved or renamed from where its device wrote it. "
            "Nothing of it was applied."
        )
    if why == FORGED:
        return _(
            "The sync file {name} is not signed by the device it claims to come from. "
            "Nothing of it was applied."
        )
    if why == REVOKED:
        return _(
            "The sync file {name} was written by a revoked device after it was revoked. "
            "Nothing of it was applied."
        )
    if why == TOO_NEW:
        return _(
            "The sync file {name} was written by a newer TrustJournal (sync format {found}). "
            "Update TrustJournal on this device; nothing of it was applied."
        )
    raise ValueError(why)
