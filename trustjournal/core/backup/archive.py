"""Encrypted backups: make one, verify one, restore one, and keep rotating automatic ones.

Two kinds of file hold the payload of `backup_payload.py` (all specified in
docs/backup-format.md; a file is recognised by its first bytes, never by its name):

- an **age file** (agefile.py), which any age implementation opens (`age -d FILE | gunzip`):
  under a passphrase a person types (the journal's, checked against the journal first, or
  a separate one) for Back Up Now, `trustjournal backup` and the safety copy made before a
  restore replaces the journal; or, for the automatic backups made at every lock without
  asking, under the journal's **backup key** (backupkey.py: an age X25519 key derived from
  the data key, whose key file sealed with the passphrase lies beside the backups).
- the **sealed container** (format.py) under the journal's key material, what automatic
  backups were before: still verified and restored, and made by `backup --sealed`.

Nothing readable touches the disk: the payload is compressed and sealed in memory (age)
or as the journal is read (sealed container), and read back the same way. A backup is
written under a temporary name beside its final one and renamed into place only when
complete; a restore builds the new vault in a staging folder beside its final one and
renames it into place only once every record is in and counted. A failure at any point
leaves nothing under the final name; what a killed process left behind (a staging
folder no process holds, a partial automatic backup) is removed the next time
(`remove_stale_staging`, `automatic`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import secrets
import shutil
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from trustjournal import __version__
from trustjournal.core import kinds
from trustjournal.core.backup import agefile, backupkey
from trustjournal.core.backup import format as backup_format
from trustjournal.core.backup import payload as backup_payload
from trustjournal.core.errors import (
    AlreadyOpen,
    BackupInvalid,
    BackupWrongPassphrase,
    FolderNotEmpty,
    InvalidInput,
    JournalError,
    VaultExists,
)
from trustjournal.core.i18n import _
from trustjournal.core.journal.service import Journal
from trustjournal.core.store import fsutil
from trustjournal.core.store.lockfile import VaultLock
from trustjournal.core.store.vault import Vault, check_new_passphrase

Progress = Callable[[int, int], None]

SUFFIX = ".tjbackup"
PARTIAL = ".partial-"
STAGING = ".restoring-"
AUTO_PREFIX = "TrustJournal backup "
AUTO_TIME = "%Y-%m-%d %H%M%S"
_AUTO_NAME = re.compile(r"TrustJournal backup (\d{4}-\d{2}-\d{2} \d{6})\.tjbackup")
_READ_BUFFER = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    """What a backup is: where, when it was made, by which version, and what it holds."""

    path: Path | None
    created_at: dt.datetime  # aware, UTC
    app_version: str
    counts: dict[str, int]
    size: int


def _exists(out: Path) -> str:
    return _("{path} already exists; choose a new name for the backup.").format(path=out)


def _write_failed(out: Path, exc: OSError) -> JournalError:
    full = exc.errno == errno.ENOSPC
    reason = _("the disk is full") if full else (exc.strerror or str(exc)).lower()
    return JournalError(
        _("Could not write the backup {file}: {reason}. Nothing was left under that name.").format(
            file=out.name, reason=reason
        )
    )


# -- making -------------------------------------------------------------------------------


def make(
    journal: Journal,
    out: Path,
    *,
    passphrase: str | None = None,
    journal_passphrase: bool = False,
    progress: Progress | None = None,
) -> BackupInfo:
    """Back up the whole journal to `out` (a new file); return what was written.

    `passphrase` None: the sealed container under the journal's key (its current header
    is the key stanza; nothing is asked). Otherwise an age file under `passphrase`: the
    journal's own if `journal_passphrase` (checked against the journal first: a wrong one
    raises `UnlockFailed`), else a separate one (which must pass the strength check).
    """
    if passphrase is None:
        return _make(journal, out, None, progress, _now())
    if journal_passphrase:
        Vault(journal.path).unwrap(passphrase)
    else:
        check_new_passphrase(passphrase)
    chosen = passphrase
    return _make_age(journal, out, lambda plain: agefile.seal(plain, chosen), progress, _now())


def safety_copy(
    journal: Journal, out: Path, passphrase: str, *, progress: Progress | None = None
) -> BackupInfo:
    """Back up the open journal to `out` as an age file under `passphrase` (the one just
    typed to restore another backup, which the restored journal will open with), and check
    it whole. No strength check: the passphrase is already in use."""
    if not passphrase:
        raise InvalidInput(_("A backup needs a passphrase."))
    info = _make_age(journal, out, lambda plain: agefile.seal(plain, passphrase), progress, _now())
    try:
        verify(out, passphrase, progress=progress)
    except BaseException:
        _remove(out)
        raise
    return info


def _checked_out(out: Path) -> Path:
    """`out`'s temporary name beside it, once `out` is known to be free and writable."""
    if out.exists():
        raise InvalidInput(_exists(out))
    if not out.parent.is_dir():
        raise InvalidInput(
            _("There is no folder {folder} to write the backup in.").format(folder=out.parent)
        )
    return out.with_name(f".{out.name}{PARTIAL}{secrets.token_hex(4)}")


def _make_age(
    journal: Journal,
    out: Path,
    seal: Callable[[bytes], bytes],
    progress: Progress | None,
    created_at: dt.datetime,
) -> BackupInfo:
    partial = _checked_out(out)
    with journal.exporting() as export:
        counts = {n: export.counts.get(n, 0) for n in backup_payload.COUNT_NAMES}
        payload = b"".join(
            backup_payload.encode(
                export,
                app_version=__version__,
                created_at=created_at,
                progress=progress,
                wbits=backup_payload.GZIP,
            )
        )
    sealed = seal(payload)
    del payload
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, fsutil.PRIVATE_FILE)
    except OSError as exc:
        raise _write_failed(out, exc) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(sealed)
            f.flush()
            os.fsync(f.fileno())
        _rename_new(partial, out)
    except OSError as exc:
        _remove(partial)
        raise _write_failed(out, exc) from None
    except BaseException:
        _remove(partial)
        raise
    return BackupInfo(out, created_at, __version__, counts, len(sealed))


def _rename_new(partial: Path, out: Path) -> None:
    if out.exists():  # made meanwhile by someone else: never replace it
        raise InvalidInput(_exists(out))
    partial.replace(out)
    fsutil.fsync_dir(out.parent)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _make(
    journal: Journal,
    out: Path,
    passphrase: str | None,
    progress: Progress | None,
    created_at: dt.datetime,
) -> BackupInfo:
    if passphrase is None:
        stanza, key = journal.backup_key()
    else:  # the first container under a separate passphrase: only tests make these now
        check_new_passphrase(passphrase)
        stanza, key = backup_format.new_stanza(passphrase)
    partial = _checked_out(out)
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, fsutil.PRIVATE_FILE)
    except OSError as exc:
        raise _write_failed(out, exc) from None
    try:
        with os.fdopen(fd, "wb", buffering=_READ_BUFFER) as f, journal.exporting() as export:
            counts = {n: export.counts.get(n, 0) for n in backup_payload.COUNT_NAMES}
            payload = backup_payload.encode(
                export, app_version=__version__, created_at=created_at, progress=progress
            )
            backup_format.write(
                f, stanza, key, payload, created_at=created_at, app_version=__version__
            )
            f.flush()
            os.fsync(f.fileno())
        _rename_new(partial, out)
    except OSError as exc:
        _remove(partial)
        raise _write_failed(out, exc) from None
    except BaseException:
        _remove(partial)
        raise
    return BackupInfo(out, created_at, __version__, counts, out.stat().st_size)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# -- reading ------------------------------------------------------------------------------


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    try:
        f = path.open("rb", buffering=_READ_BUFFER)
    except FileNotFoundError:
        raise InvalidInput(_("There is no backup file {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise InvalidInput(_("{path} is a folder, not a backup file.").format(path=path)) from None
    except OSError as exc:
        raise JournalError(
            _("Could not read the backup {path}: {error}.").format(
                path=path, error=(exc.strerror or str(exc)).lower()
            )
        ) from None
    with f:
        yield f


@dataclass(frozen=True)
class _Opened:
    """An opened backup: what its container says, and its payload's verified blocks."""

    created_at: dt.datetime | None  # None: take the payload's
    app_version: str | None
    blocks: Iterator[bytes]
    wbits: int


def _payload(f: BinaryIO, path: Path, passphrase: str | None, key: bytes | None) -> _Opened:
    """Open either kind of backup (recognised by its first bytes) and check its header.

    An age file under a passphrase needs it: with only the journal's key,
    `NeedsPassphrase`. One under the backup key opens with the journal's key, or else with
    a key file beside it that `passphrase` opens.
    """
    head = f.read(len(agefile.MAGIC))
    f.seek(0)
    if agefile.is_age(head):
        data = agefile.read(f)
        if agefile.kind(data) == agefile.X25519:
            plain = _open_for_key(data, path, passphrase, key)
        elif passphrase is None:
            raise NeedsPassphrase()
        else:
            plain = agefile.open_sealed(data, passphrase)
        return _Opened(None, None, iter((plain,)), backup_payload.GZIP)
    if key is not None and passphrase is None:
        info, blocks = backup_format.read_with_key(f, key)
    elif passphrase is None:
        raise InvalidInput(_("Opening a backup needs its passphrase."))
    else:
        info, blocks = backup_format.read(f, passphrase)
    return _Opened(info.created_at, info.app_version, blocks, zlib.MAX_WBITS)


def _open_for_key(data: bytes, path: Path, passphrase: str | None, key: bytes | None) -> bytes:
    """An automatic backup's plaintext: by the journal's key, else by the key files beside."""
    if key is not None and passphrase is None:
        return agefile.open_with(data, [backupkey.identity(key)])
    if passphrase is None:
        raise InvalidInput(_("Opening a backup needs its passphrase."))
    identities = backupkey.identities_beside(path, passphrase)
    try:
        return agefile.open_with(data, identities)
    except BackupWrongPassphrase:
        raise backupkey.KeyFileMismatch() from None


class NeedsPassphrase(BackupWrongPassphrase):
    """An age backup checked with the journal's key alone: it opens only by passphrase."""

    def __init__(self) -> None:
        JournalError.__init__(
            self,
            _(
                "This backup is an age file: it opens only with the passphrase it was made "
                "with. Nothing was changed."
            ),
        )
        self.with_key = True


def verify(
    path: Path,
    passphrase: str | None = None,
    *,
    key: bytes | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Decrypt and check the whole backup (every chunk, every record); write nothing.

    With `key` (the journal's data key, `Journal.backup_key()`), a backup made under the
    journal passphrase is checked without asking for it.
    """
    with _opened(path) as f:
        opened = _payload(f, path, passphrase, key)
        head, counts = backup_payload.check(opened.blocks, progress=progress, wbits=opened.wbits)
        size = os.fstat(f.fileno()).st_size
    created_at = opened.created_at or head.created_at
    if created_at is None:  # pragma: no cover - the payload's first line always has one
        raise BackupInvalid.damaged_header()
    return BackupInfo(path, created_at, opened.app_version or head.app_version, counts, size)


# -- restoring ----------------------------------------------------------------------------


def restore(path: Path, passphrase: str, into: Path, *, progress: Progress | None = None) -> Path:
    """Restore the backup at `path` into a new journal at `into`; return `into`.

    The restored journal opens with `passphrase` (the one that opened the backup). `into`
    must not exist or be an empty folder. The vault is built and checked in a staging
    folder beside `into` and renamed into place only when complete: a failure or an
    interruption leaves no journal under `into`.
    """
    if Vault(into).exists():
        raise VaultExists(into)
    if into.exists() and (not into.is_dir() or any(into.iterdir())):
        raise FolderNotEmpty(into)
    parent = into.parent
    if not parent.is_dir():
        raise InvalidInput(_("There is no folder {folder} to restore into.").format(folder=parent))
    remove_stale_staging(parent)
    staging = parent / f".{into.name}{STAGING}{secrets.token_hex(4)}"
    with _opened(path) as f:
        opened = _payload(f, path, passphrase, None)  # a wrong passphrase fails here
        head, records = backup_payload.decode(opened.blocks, progress=progress, wbits=opened.wbits)
        try:
            with Journal.create(staging, passphrase) as journal:
                added = journal.import_records(records)
                if added != head.counts or journal.counts() != _without_drafts(head.counts):
                    raise JournalError(
                        _(
                            "The restored journal does not hold what the backup lists; "
                            "nothing was restored."
                        )
                    )
            if into.exists():
                into.rmdir()  # empty, checked above
            staging.rename(into)
            fsutil.fsync_dir(parent)
        except OSError as exc:
            _remove_tree(staging)
            raise JournalError(
                _("Could not restore into {folder}: {error}. No journal was left there.").format(
                    folder=into, error=(exc.strerror or str(exc)).lower()
                )
            ) from None
        except BaseException:
            _remove_tree(staging)
            raise
    return into


def remove_stale_staging(parent: Path) -> list[Path]:
    """Remove the staging folders that restores killed mid-way left in `parent`.

    A staging folder is a restore's vault under construction (`.NAME.restoring-XXXX`);
    the restore that builds it holds its journal lock, which the kernel frees when that
    process dies however it dies. So one whose lock can be taken is stale and removed;
    one being built by a running restore (in this process or another) is left alone.
    Returns what was removed.
    """
    removed: list[Path] = []
    try:
        entries = [e for e in parent.iterdir() if e.name.startswith(".") and STAGING in e.name]
    except OSError:
        return removed
    for entry in entries:
        if entry.is_symlink() or not entry.is_dir():
            continue
        lock = VaultLock(Vault(entry).lock_path)
        try:
            lock.acquire()
        except (AlreadyOpen, OSError):
            continue  # a restore is building it now
        lock.release()  # free for a moment: no process builds it (and Windows could
        _remove_tree(entry)  # not remove a locked file)
        if not entry.exists():
            removed.append(entry)
    return removed


def _without_drafts(counts: dict[str, int]) -> dict[str, int]:
    """The counts `Journal.counts` reports (only the kinds a person is told of)."""
    return {name: n for name, n in counts.items() if name in _TOLD}


# What `Journal.counts` counts: the kinds a person counts, less drafts (counted apart).
_TOLD = {kind.plural for kind in kinds.LISTED if kind is not kinds.DRAFT}


def _remove_tree(path: Path) -> None:
    # Only ciphertext is in there (the SQLCipher file and a header), so removing it is tidy
    # rather than secret-keeping.
    shutil.rmtree(path, ignore_errors=True)


# -- automatic backups --------------------------------------------------------------------


def automatic_name(when: dt.datetime) -> str:
    """The file name of an automatic backup made at `when` (local time)."""
    return f"{AUTO_PREFIX}{_local(when).strftime(AUTO_TIME)}{SUFFIX}"


def _local(when: dt.datetime) -> dt.datetime:
    """`when` as naive local time (a naive `when` is taken to be local already)."""
    return when.astimezone().replace(tzinfo=None) if when.tzinfo is not None else when


def _automatic_files(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """Our automatic backups in `folder`, oldest first (other files are never touched)."""
    found: list[tuple[dt.datetime, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _AUTO_NAME.fullmatch(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            found.append((dt.datetime.strptime(match.group(1), AUTO_TIME), entry))
        except ValueError:
            continue
    return sorted(found)


def automatic(
    journal: Journal,
    folder: Path,
    *,
    keep: int,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Make an automatic backup in `folder`, verify it, then keep only the newest `keep`.

    An age file for the journal's backup key (nothing is asked; its key file is written
    beside it by `write_key_file` when the passphrase is at hand). Old backups are deleted
    only after
    the new one verified; a new one that fails to verify is removed and the error
    raised, and nothing old is touched.
    """
    if keep < 1:
        raise InvalidInput(_("Keep at least one automatic backup."))
    when = now or dt.datetime.now(dt.UTC)
    created_at = (when if when.tzinfo else when.astimezone()).astimezone(dt.UTC)
    created_at = created_at.replace(microsecond=0)
    try:
        if not folder.exists():
            fsutil.make_private_dir(folder)
    except OSError as exc:
        raise JournalError(
            _("Could not create the backup folder {folder}: {error}.").format(
                folder=folder, error=(exc.strerror or str(exc)).lower()
            )
        ) from None
    for stale in folder.glob(f".{AUTO_PREFIX}*{SUFFIX}{PARTIAL}*"):
        _remove(stale)  # left by an automatic backup that was interrupted
    out = folder / automatic_name(when)
    key = journal.backup_key()[1]
    recipient = backupkey.recipient(key)
    info = _make_age(
        journal, out, lambda plain: agefile.seal_for(plain, recipient), progress, created_at
    )
    try:
        verify(out, key=key, progress=progress)
    except BaseException:  # a failure, or a cancel from `progress`: leave no file
        _remove(out)
        raise
    for _when, old in _automatic_files(folder)[:-keep]:
        if old != out:
            _remove(old)
    return info


def key_file_marker(journal: Journal) -> str:
    """Names the journal's backup key under its passphrase now (`backupkey.sealed_marker`)."""
    stanza, key = journal.backup_key()
    return backupkey.sealed_marker(stanza, key)


def write_key_file(journal: Journal, folder: Path, passphrase: str, *, check: bool = True) -> str:
    """Write the key file that opens the automatic backups into `folder`, sealed with the
    journal `passphrase` (checked against the journal first unless `check` is False: it
    just opened it); return `key_file_marker`, for the app to note."""
    if check:
        Vault(journal.path).unwrap(passphrase)  # a wrong one raises `UnlockFailed`
    backupkey.write_key_file(folder, journal.backup_key()[1], passphrase)
    return key_file_marker(journal)


def has_key_file(journal: Journal, folder: Path) -> bool:
    """Whether `folder` holds the key file of this journal's backup key."""
    return (folder / backupkey.key_file_name(journal.backup_key()[1])).is_file()


def last_automatic(folder: Path) -> dt.datetime | None:
    """When the newest automatic backup in `folder` was made (local time), or None."""
    found = _automatic_files(folder)
    return found[-1][0] if found else None


def due(folder: Path, now: dt.datetime) -> bool:
    """Whether an automatic backup is due: none was made yet on `now`'s day (local)."""
    last = last_automatic(folder)
    return last is None or last.date() < _local(now).date()
