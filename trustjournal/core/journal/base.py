"""What every call on a `Journal` stands on: an unlocked vault and its transactions.

`JournalBase` opens a vault (`create`, `open`, `open_with`, `open_remembered`) and locks it
again; it holds the data key, the open store and (unless it was opened read-only) the
vault lock. It keeps the desktop app's one-thread rule (`bind_thread`), runs every read
and write (`_reading`, `_writing`, `batch`) and sends the change notices after a commit.
The reads and writes themselves are `Journal`'s (service.py).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Self, TypeVar

from sqlalchemy.orm import Session

from trustjournal.core.errors import (
    CreateFailed,
    FolderNotEmpty,
    JournalDamaged,
    JournalLocked,
    NotFound,
    ReadOnlyJournal,
    SaveFailed,
    StorageError,
    VaultExists,
    WrongThread,
)
from trustjournal.core.i18n import N_, _
from trustjournal.core.records import Change
from trustjournal.core.store import fsutil, header, migrations
from trustjournal.core.store.db import KeyMismatch, Store, open_store, translate_errors
from trustjournal.core.store.lockfile import VaultLock
from trustjournal.core.store.vault import Vault, check_new_passphrase

Listener = Callable[[Change], None]
R = TypeVar("R")
M = TypeVar("M")  # an ORM model
D = TypeVar("D")  # its draft record
Rec = TypeVar("Rec")  # its public record

STALE_KEY_NOTE = N_(
    "The key remembered on this device no longer opens this journal, so it was removed "
    "from the keychain; enter your passphrase."
)


class JournalBase:
    """An unlocked vault: opening and locking it, its transactions and change notices."""

    def __init__(self, vault: Vault, store: Store, key: bytes, lock: VaultLock | None) -> None:
        self.vault = vault
        self._store: Store | None = store
        self._key: bytes | None = key
        self._lock = lock
        self._listeners: list[Listener] = []
        self._batch: Session | None = None  # the open transaction of `batch()`
        self._queued: list[Change] | None = None  # its change notices, sent on commit
        # Plain sentences for the user about things that did not stop the unlock
        # (for example a keychain that refused to remember the key).
        self.notes: list[str] = []
        self._owner: int | None = None  # the one thread allowed to use it (bind_thread)
        # Counts the writes begun: what was worked out from the journal's contents (the tie
        # assessments, service.py `_ties`) is kept only while this has not moved.
        self.generation = 0
        self._memo: tuple[object, ...] | None = None  # dropped at every write and at lock

    def bind_thread(self) -> None:
        """From now on only the calling thread may read or write (the desktop app's journal
        worker): any other thread gets `WrongThread`, so a slip is an error, not a race.
        Locking stays allowed from anywhere."""
        self._owner = threading.get_ident()

    def _check_thread(self) -> None:
        if self._owner is not None and threading.get_ident() != self._owner:
            raise WrongThread()

    # -- opening and closing ----------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, *, remember: bool = False) -> Self:
        """A new, empty journal in `path` (a new or empty folder). Writes the header last."""
        check_new_passphrase(passphrase)
        key, vault_id = Vault.new_identity()
        journal = cls._create(path, key, lambda v: v.write_header(key, passphrase, vault_id))
        if remember:
            journal.notes.extend(filter(None, [journal.vault.remember(key)]))
        return journal

    @classmethod
    def create_from_header(
        cls, path: Path, blob: bytes, unwrap: Callable[[header.Header], bytes]
    ) -> Self:
        """A new, empty journal in `path` with another copy's key slots (`blob`, its header
        file, as a sync folder keeps it), so the same passphrase and recovery key open it;
        `unwrap` gets the data key from them (`UnlockFailed`: nothing is written)."""
        key = unwrap(header.parse(blob))
        return cls._create(path, key, lambda v: fsutil.atomic_write(v.header_path, blob))

    @classmethod
    def _create(cls, path: Path, key: bytes, write_header: Callable[[Vault], None]) -> Self:
        vault = Vault(path)
        if vault.exists():
            raise VaultExists(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise FolderNotEmpty(path)
        made_folder = not path.exists()
        lock = VaultLock(vault.lock_path)
        store: Store | None = None
        try:
            fsutil.make_private_dir(path)
            lock.acquire()
            fsutil.create_private_file(vault.db_path)
            store = open_store(vault.db_path, key)
            with translate_errors(path), store.raw() as conn:
                migrations.upgrade(conn)
            write_header(vault)
        except BaseException as exc:
            if store is not None:
                store.close()
            lock.release()
            _remove_partial_vault(vault, made_folder)
            if isinstance(exc, OSError):
                raise CreateFailed(path, (exc.strerror or str(exc)).lower()) from None
            if isinstance(exc, StorageError):
                raise CreateFailed(path, exc.reason) from None
            raise
        return cls(vault, store, key, lock)

    @classmethod
    def open(cls, path: Path, passphrase: str, *, readonly: bool = False) -> Self:
        """Unlock with the passphrase. Raises `UnlockFailed` and changes nothing if it is wrong."""
        vault = Vault(path)
        return cls.open_with(path, lambda: vault.unwrap(passphrase), readonly=readonly)

    @classmethod
    def open_with(cls, path: Path, unwrap: Callable[[], bytes], *, readonly: bool = False) -> Self:
        """Unlock with the data key `unwrap()` returns (or `UnlockFailed`), called once the
        vault lock is held: for a caller that began unwrapping it ahead (the command line,
        with `pending_key.PendingKey`). Changes nothing if the key is wrong."""
        vault = Vault(path)
        vault.read_header()  # a missing or malformed header fails before any waiting
        return cls._start(vault, unwrap, readonly)

    @classmethod
    def open_remembered(
        cls, path: Path, *, readonly: bool = False
    ) -> tuple[Self | None, str | None]:
        """Unlock with the key cached in the keychain, if this device remembers one.

        Returns (journal, None) on success, or (None, note) when the passphrase is needed;
        the note says why, or is None when "remember on this device" was never chosen.
        """
        vault = Vault(path)
        if not vault.remembered:
            return None, None
        lookup = vault.remembered_key()
        if lookup.key is None:
            return None, lookup.note
        key = lookup.key
        try:
            return cls._start(vault, lambda: key, readonly), None
        except KeyMismatch:
            vault.forget()
            return None, _(STALE_KEY_NOTE)

    @classmethod
    def _start(cls, vault: Vault, get_key: Callable[[], bytes], readonly: bool) -> Self:
        lock = None if readonly else VaultLock(vault.lock_path)
        try:
            if lock is not None:
                lock.acquire()  # before the key derivation: a second copy fails at once
            key = get_key()
            if not vault.db_path.is_file():
                raise JournalDamaged(
                    _("its database file {name} is missing").format(name=vault.db_path.name)
                )
            store = open_store(vault.db_path, key, readonly=readonly)
            try:
                with translate_errors(vault.path), store.raw() as conn:
                    migrations.upgrade(conn, readonly=readonly)
            except BaseException:
                store.close()
                raise
            if lock is not None:
                vault.clean_interrupted_writes()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(vault, store, key, lock)

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def readonly(self) -> bool:
        return self._lock is None

    def lock(self) -> None:
        """Forget the key, close every connection and let another process open the vault."""
        store, self._store = self._store, None
        self._key = None
        self._memo = None  # names and verdicts: gone with the key
        if store is not None:
            store.close()
        if self._lock is not None:
            self._lock.release()

    close = lock

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.lock()

    # -- passphrase and keychain --------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> str | None:
        """Rewrap the key under `new`; the old passphrase stops working at once.

        A remembered key stays valid (the data key did not change) and is stored again so
        the keychain entry is fresh; returns a note if the keychain refused.
        """
        self._writable()
        key = self.vault.change_passphrase(old, new)
        return self.vault.remember(key) if self.vault.remembered else None

    def backup_key(self) -> tuple[bytes, bytes]:
        """The vault header as it is now and the data key it wraps: (stanza, key).

        A backup under the journal passphrase carries this header as its key stanza, so
        it opens with the passphrase in force when it was made, and the open journal can
        check it without asking (docs/backup-format.md).
        """
        key = self._key
        if key is None:
            raise JournalLocked()
        # A header that no longer parses would make an unopenable backup. With a recovery
        # key the stanza is the passphrase slot alone (a version-1 header): a backup opens
        # with the passphrase, never with the recovery key.
        current = header.parse(self.vault.header_path.read_bytes())
        header.check_mac(current, key)
        return current.passphrase_slot, key

    def set_remember(self, remember: bool) -> str | None:
        """Turn "remember on this device" on or off; returns a note if the keychain refused."""
        key = self._key
        if key is None:
            raise JournalLocked()
        return self.vault.remember(key) if remember else self.vault.forget()

    # -- scrubbing after a delete --------------------------------------------------------

    def _scrub(self) -> None:
        """Fold the WAL into the file and truncate it, so no frame keeps the pages as they
        were before the delete (secure_delete has zeroed them in the file itself)."""
        if self._batch is not None:
            return
        with translate_errors(self.path), self._writable().raw() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    # -- change notices -----------------------------------------------------------------

    def on_change(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every committed write; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _announce(self, kind: str, action: str, *ids: int) -> None:
        change = Change(kind, action, ids)
        if self._queued is not None:
            self._queued.append(change)
            return
        for listener in list(self._listeners):
            listener(change)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Make every write inside one transaction: one fsync, all or nothing.

        For imports (the demo journal, restores). Each write inside is its own savepoint,
        so a refused write leaves the others in place; the change notices go out after
        the commit. A batch inside a batch joins it.
        """
        self._check_thread()
        if self._batch is not None:
            yield
            return
        store = self._writable()
        self._changing()
        queued: list[Change] = []
        try:
            with translate_errors(self.path), store.sessions.begin() as session:
                self._batch, self._queued = session, queued
                try:
                    yield
                finally:
                    self._batch, self._queued = None, None
        except (StorageError, JournalDamaged, ReadOnlyJournal) as exc:
            raise SaveFailed(exc.reason) from None
        for change in queued:
            self._announce(change.kind, change.action, *change.ids)

    def _changing(self) -> None:
        """A write begins: what was worked out from the contents may no longer hold."""
        self.generation += 1
        self._memo = None

    # -- sessions -----------------------------------------------------------------------

    def _open_store(self) -> Store:
        if self._store is None:
            raise JournalLocked()
        return self._store

    def _writable(self) -> Store:
        store = self._open_store()
        if store.readonly:
            raise ReadOnlyJournal()
        return store

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Session]:
        self._check_thread()
        if self._batch is not None:  # read what the batch has written so far
            yield self._batch
            return
        with translate_errors(self.path), self._open_store().sessions() as session:
            yield session

    @contextlib.contextmanager
    def _writing(self, unsaved: object) -> Iterator[Session]:
        """One transaction; a storage fault becomes `SaveFailed` carrying `unsaved`."""
        self._check_thread()
        store = self._writable()
        self._changing()
        if self._batch is not None:
            with self._batch.begin_nested():
                yield self._batch
            return
        try:
            with translate_errors(self.path), store.sessions.begin() as session:
                yield session
        except (StorageError, JournalDamaged, ReadOnlyJournal) as exc:
            raise SaveFailed(exc.reason, unsaved) from None

    def _save(
        self,
        kind: str,
        model: type[M],
        ident: int | None,
        draft: D,
        clean: D,
        fill: Callable[[Session, M, D], None],
        record: Callable[[M], Rec],
    ) -> Rec:
        """Add (`ident` None) or update one row from a cleaned draft, then announce it."""
        with self._writing(draft) as s:
            row = model() if ident is None else self._get(s, model, ident, kind)
            fill(s, row, clean)
            if ident is None:
                s.add(row)
            s.flush()
            result = record(row)
            new_id: int = getattr(row, "id")  # noqa: B009 - every model has an integer id
        self._announce(kind, "added" if ident is None else "updated", new_id)
        return result

    def _get(self, session: Session, model: type[R], ident: int, kind: str) -> R:
        row = session.get(model, ident)
        if row is None:
            raise NotFound(kind, ident)
        return row


def _remove_partial_vault(vault: Vault, remove_folder: bool) -> None:
    names = [
        vault.db_path,
        vault.lock_path,
        vault.header_path,
        *(vault.db_path.with_name(vault.db_path.name + s) for s in ("-wal", "-shm", "-journal")),
    ]
    for path in names:
        with contextlib.suppress(OSError):
            path.unlink()
    with contextlib.suppress(OSError):
        fsutil.remove_stale_temps(vault.header_path)
    if remove_folder:
        with contextlib.suppress(OSError):
            vault.path.rmdir()
