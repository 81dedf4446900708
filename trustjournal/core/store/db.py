"""The SQLCipher store under SQLAlchemy: engine, sessions, error translation, checks.

The data key is the SQLCipher raw key. It is set in the connection `creator`, before any
other statement, on every new connection; SQLAlchemy's `sqlite+pysqlcipher` dialect is
not used because it issues its own `PRAGMA key` from the URL on connect (see
ARCHITECTURE.md). Durability: WAL with `synchronous=FULL`, so a commit has been fsynced
to the WAL before the save returns (the reasons are in docs/security.md).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from trustjournal.core.errors import (
    JournalDamaged,
    JournalError,
    ReadOnlyJournal,
    StorageError,
)
from trustjournal.core.i18n import _

BUSY_TIMEOUT_MS = 5000
# Decrypted pages each connection keeps in memory (KiB). The tie report and search scan a
# few covering indexes; at 200,000 conversations those are about 25 MB, and SQLCipher must
# decrypt every page again that does not stay in this cache.
CACHE_KIB = 64 * 1024

# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class KeyMismatch(JournalError):
    """The key does not open this database file (stale cached key, or a swapped file)."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "The journal database does not open with this journal's key: the file was "
                "replaced or its first page is damaged. Nothing was changed; restore it from a "
                "backup."
            )
        )


def _connect(path: Path, key: bytes, readonly: bool) -> Any:
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    # Autocommit at the driver; SQLAlchemy's "begin" hook below issues each BEGIN, so a
    # session is one real transaction (pysqlite's implicit BEGIN only wraps DML).
    conn.isolation_level = None
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted content is overwritten with zeros, not left in free space (docs/security.md).
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
                raise KeyMismatch() from None
            raise
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if readonly:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


@dataclass
class Store:
    """An open encrypted database: the engine and a session factory bound to it."""

    engine: Engine
    sessions: sessionmaker[Session]
    readonly: bool

    @contextlib.contextmanager
    def raw(self) -> Iterator[Any]:
        """A raw DB-API connection in autocommit mode (for migrations and checks)."""
        pooled = self.engine.raw_connection()
        try:
            yield pooled.driver_connection
        finally:
            pooled.close()

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, key: bytes, *, readonly: bool = False) -> Store:
    """Open (or create) the database with `key`; proves the key on the first connection."""
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(path, key, readonly),
        module=sqlcipher,
        # A "sqlite://" URL would get SQLAlchemy's in-memory pool (one connection per thread,
        # closing other threads' connections when more threads read); this is a file, and
        # the GUI reads from worker threads: a plain queue of connections, each used by one
        # thread at a time (check_same_thread=False lets a connection change threads).
        poolclass=QueuePool,
        hide_parameters=True,  # error messages must never carry journal text
    )
    _install_begin(engine)
    store = Store(engine, sessionmaker(engine, expire_on_commit=False), readonly)
    try:
        with translate_errors(path.parent), engine.connect():
            pass
    except BaseException:
        engine.dispose()
        raise
    return store


def _install_begin(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def storage_error(exc: BaseException | None) -> JournalError | None:
    """Translate a driver error into one of ours, or None when it is not a storage fault."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == SQLITE_FULL:
        return StorageError(_("the disk is full"))
    if primary == SQLITE_IOERR:
        return StorageError(_("the disk refused the write (full, removed, or failing)"))
    if primary == SQLITE_READONLY:
        return ReadOnlyJournal()
    if primary == SQLITE_CANTOPEN:
        return StorageError(_("the journal file cannot be opened (check the folder's permissions)"))
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return JournalDamaged(_("part of the file fails its integrity check"))
    return None


# Below this much free space, an I/O error is reported as a full disk: SQLite only says
# SQLITE_FULL for some writes and a bare I/O error for others (such as creating -shm).
NEARLY_FULL_BYTES = 1 << 20


@contextlib.contextmanager
def translate_errors(folder: Path) -> Iterator[None]:
    """Turn storage faults from the driver into our errors; re-raise anything else.

    `folder` is the vault folder, whose free space tells a full disk from a failing one.
    """
    try:
        yield
    except (DBAPIError, sqlcipher.Error) as exc:
        mapped = storage_error(exc.orig if isinstance(exc, DBAPIError) else exc)
        if mapped is None:
            raise
        if isinstance(mapped, StorageError) and _nearly_full(folder):
            mapped = StorageError(_("the disk is full"))
        raise mapped from None


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def integrity_problems(store: Store) -> list[str]:
    """Every problem SQLCipher's page HMACs, SQLite and the search index report."""
    problems: list[str] = []
    with store.raw() as conn:
        for (line,) in conn.execute("PRAGMA cipher_integrity_check"):
            problems.append(str(line))
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        except sqlcipher.DatabaseError as exc:
            rows = [f"integrity_check stopped: {exc}"]
        problems.extend(r for r in rows if r != "ok")
    return problems
