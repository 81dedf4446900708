"""One writer per vault: an OS file lock on `journal.lock`, with the holder's pid inside.

The OS lock (flock on POSIX, msvcrt on Windows) is the truth: the kernel releases it
when the holder dies, however it dies, so a lock left by a crashed or killed process
is taken over without guessing from pids. The pid written into the file only serves
the message the second process shows.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from trustjournal.core.errors import AlreadyOpen
from trustjournal.core.store.fsutil import PRIVATE_FILE

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


# The pid is written after a padding byte so that, on Windows, the locked first byte
# never stops another process from reading who holds the lock.
_PID_OFFSET = 1


def holder_pid(path: Path) -> int | None:
    try:
        with path.open("rb") as f:
            f.seek(_PID_OFFSET)
            raw = f.read(32)
    except OSError:
        return None
    text = raw.decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


class VaultLock:
    """Held while a process may write to the vault; `release()` or process death frees it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        if not _try_lock(fd):
            os.close(fd)
            raise AlreadyOpen(holder_pid(self.path))
        os.lseek(fd, _PID_OFFSET, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        os.ftruncate(fd, os.lseek(fd, 0, os.SEEK_CUR))
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, _PID_OFFSET)
        os.close(fd)
