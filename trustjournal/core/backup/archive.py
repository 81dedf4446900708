"""Encrypted backups: make one, verify one, restore one, and keep rotating automatic ones.

The file is the container of `backup_format.py` around the payload of
`backup_payload.py` (both specified in docs/backup-format.md). Which passphrase opens a
backup is decided by its key stanza: by default the vault header as it was when the
backup was made (so the journal passphrase in force then, and no prompt; the open
journal can check it with its own key), or a fresh stanza under a separate passphrase.

Nothing readable touches the disk: the payload is compressed, sealed and written as the
journal is read, and read back the same way. A backup is written under a temporary name
beside its final one and renamed into place only when complete; a restore builds the
new vault in a staging folder beside its final one and renames it into place only once
every record is in and counted. A failure at any point leaves nothing under the final
name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from trustjournal import __version__
from trustjournal.core import kinds
from trustjournal.core.backup import format as backup_format
from trustjournal.core.backup import payload as backup_payload
from trustjournal.core.errors import (
    FolderNotEmpty,
    InvalidInput,
    JournalError,
    VaultExists,
)
from trustjournal.core.journal.service import Journal
from trustjournal.core.store import fsutil
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


def _write_failed(out: Path, exc: OSError) -> JournalError:
    reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc)).lower()
    return JournalError(
        f"Could not write the backup {out.name}: {reason}. Nothing was left under that name."
    )


# -- making -------------------------------------------------------------------------------


def make(
    journal: Journal,
    out: Path,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Back up the whole journal to `out` (a new file); return what was written.

    `passphrase` None: under the journal's own passphrase (its current header is the
    key stanza; nothing is asked). Otherwise a separate passphrase, which alone opens it.
    """
    return _make(journal, out, passphrase, progress, _now())


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
    else:
        check_new_passphrase(passphrase)
        stanza, key = backup_format.new_stanza(passphrase)
    if out.exists():
        raise InvalidInput(f"{out} already exists; choose a new name for the backup.")
    if not out.parent.is_dir():
        raise InvalidInput(f"There is no folder {out.parent} to write the backup in.")
    partial = out.with_name(f".{out.name}{PARTIAL}{secrets.token_hex(4)}")
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
        if out.exists():  # made meanwhile by someone else: never replace it
            raise InvalidInput(f"{out} already exists; choose a new name for the backup.")
        partial.replace(out)
        fsutil.fsync_dir(out.parent)
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
        raise InvalidInput(f"There is no backup file {path}.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a backup file.") from None
    except OSError as exc:
        raise JournalError(
            f"Could not read the backup {path}: {(exc.strerror or str(exc)).lower()}."
        ) from None
    with f:
        yield f


def _payload(
    f: BinaryIO, passphrase: str | None, key: bytes | None
) -> tuple[backup_format.BackupHeader, Iterator[bytes]]:
    if key is not None:
        return backup_format.read_with_key(f, key)
    if passphrase is None:
        raise InvalidInput("Opening a backup needs its passphrase.")
    return backup_format.read(f, passphrase)


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
        head, chunks = _payload(f, passphrase, key)
        _, counts = backup_payload.check(chunks, progress=progress)
        size = os.fstat(f.fileno()).st_size
    return BackupInfo(path, head.created_at, head.app_version, counts, size)


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
        raise InvalidInput(f"There is no folder {parent} to restore into.")
    staging = parent / f".{into.name}{STAGING}{secrets.token_hex(4)}"
    with _opened(path) as f:
        _, chunks = backup_format.read(f, passphrase)  # a wrong passphrase fails here
        head, records = backup_payload.decode(chunks, progress=progress)
        try:
            with Journal.create(staging, passphrase) as journal:
                added = journal.import_records(records)
                if added != head.counts or journal.counts() != _without_drafts(head.counts):
                    raise JournalError(
                        "The restored journal does not hold what the backup lists; "
                        "nothing was restored."
                    )
            if into.exists():
                into.rmdir()  # empty, checked above
            staging.rename(into)
            fsutil.fsync_dir(parent)
        except OSError as exc:
            _remove_tree(staging)
            raise JournalError(
                f"Could not restore into {into}: {(exc.strerror or str(exc)).lower()}. "
                "No journal was left there."
            ) from None
        except BaseException:
            _remove_tree(staging)
            raise
    return into


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

    Under the journal passphrase (nothing is asked). Old backups are deleted only after
    the new one verified; a new one that fails to verify is removed and the error
    raised, and nothing old is touched.
    """
    if keep < 1:
        raise InvalidInput("Keep at least one automatic backup.")
    when = now or dt.datetime.now(dt.UTC)
    created_at = (when if when.tzinfo else when.astimezone()).astimezone(dt.UTC)
    created_at = created_at.replace(microsecond=0)
    try:
        if not folder.exists():
            fsutil.make_private_dir(folder)
    except OSError as exc:
        raise JournalError(
            f"Could not create the backup folder {folder}: {(exc.strerror or str(exc)).lower()}."
        ) from None
    for stale in folder.glob(f".{AUTO_PREFIX}*{SUFFIX}{PARTIAL}*"):
        _remove(stale)  # left by an automatic backup that was interrupted
    out = folder / automatic_name(when)
    info = _make(journal, out, None, progress, created_at)
    try:
        verify(out, key=journal.backup_key()[1])
    except BaseException:
        _remove(out)
        raise
    for _, old in _automatic_files(folder)[:-keep]:
        if old != out:
            _remove(old)
    return info


def last_automatic(folder: Path) -> dt.datetime | None:
    """When the newest automatic backup in `folder` was made (local time), or None."""
    found = _automatic_files(folder)
    return found[-1][0] if found else None


def due(folder: Path, now: dt.datetime) -> bool:
    """Whether an automatic backup is due: none was made yet on `now`'s day (local)."""
    last = last_automatic(folder)
    return last is None or last.date() < _local(now).date()
