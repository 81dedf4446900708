"""The data key, unwrapped while the caller does something else: a command-line run derives
the key from the passphrase at the same time as it loads the store's code.

A `trustjournal add` or `search` spends about as long importing SQLAlchemy and the store
(≈ 200 ms) as deriving the wrapping key (Argon2id at 64 MiB: ≈ 150 ms in a fresh process),
and neither needs the other. `cryptography` runs Argon2id without releasing the GIL, so a
thread would not overlap them; a child process does, on another core. `PendingKey` forks
one that derives the wrapping key with the header's own parameters, writes its 32 bytes to
a pipe and exits; `key()` reads them and unwraps the data key here, exactly as
`header.unwrap` does (a wrong passphrase fails at that point, with the usual message).
Nothing reaches the disk and no parameter changes.

Only where forking is safe and cheap: a POSIX system and a process without other threads
(the command line; the desktop app unlocks on its worker thread and never uses this).
Otherwise, or if the fork fails, the derivation runs in `key()` as it always did.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from pathlib import Path
from typing import NoReturn

from trustjournal.core.store import header
from trustjournal.core.store.header import Header


class PendingKey:
    """A data key being unwrapped: `key()` waits for it; `cancel()` if it is not wanted.

    Use it as a context manager (or call `cancel()`) so that a child whose key is never
    asked for is not left behind.
    """

    def __init__(self, parsed: Header, passphrase: str) -> None:
        self._header = parsed
        self._passphrase = passphrase
        self._pid = 0  # the child deriving the wrapping key, if there is one
        self._pipe = -1
        self._key: bytes | None = None
        if hasattr(os, "fork") and _single_threaded():
            self._fork()

    def _fork(self) -> None:
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no process to spare: derive in key() instead
            os.close(read_end)
            os.close(write_end)
            return
        if pid == 0:
            self._child(write_end)  # never returns
        os.close(write_end)
        self._pid, self._pipe = pid, read_end

    def _child(self, write_end: int) -> NoReturn:
        # os._exit, whatever happens: the child must not run the parent's cleanup, flush
        # its buffered output a second time or go on with its command. Ctrl-C reaches the
        # whole process group: the parent reports it and ends the child (cancel).
        status = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            p = self._header
            os.write(write_end, header.derive_wrapping_key(self._passphrase, p.salt, p.params))
            status = 0
        finally:
            os._exit(status)

    def key(self) -> bytes:
        """The data key, or `UnlockFailed` for a wrong passphrase or a damaged header."""
        if self._key is None:
            wrapping = self._collect()
            if wrapping is None:  # no child, or it failed: derive here
                p = self._header
                wrapping = header.derive_wrapping_key(self._passphrase, p.salt, p.params)
            self._key = header.unwrap_with(self._header, wrapping)
        return self._key

    def _collect(self) -> bytes | None:
        if not self._pid:
            return None
        received = b""
        try:
            while len(received) < header.KEY_BYTES:
                chunk = os.read(self._pipe, header.KEY_BYTES - len(received))
                if not chunk:  # the child ended without writing it all
                    return None
                received += chunk
            return received
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Stop the child (if it is still deriving) and wait for it to end."""
        pid, self._pid = self._pid, 0
        if not pid:
            return
        os.close(self._pipe)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)

    def __enter__(self) -> PendingKey:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()


def _single_threaded() -> bool:
    """No other thread runs in this process (a forked child gets only the calling thread,
    and a lock another thread held at that moment would stay held in it forever)."""
    if threading.active_count() != 1:
        return False
    try:  # Linux: native threads too (Qt's, for one), which Python does not count
        return sum(1 for _ in Path("/proc/self/task").iterdir()) == 1
    except OSError:  # no /proc (macOS, the BSDs): Python's own threads were counted
        return True
