"""The key unwrapped ahead (core/store/pending_key.py): the same key as `header.unwrap`, the same
refusal of a wrong passphrase, and no child process left behind whatever happens."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from trustjournal.core.errors import UnlockFailed
from trustjournal.core.store import header, pending_key
from trustjournal.core.store.pending_key import PendingKey

KEY = bytes(range(32))
PASSPHRASE = "correct horse battery"

SINGLE_THREADED = pending_key._single_threaded  # before the fixture below replaces it
posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="derives in-process there")


@pytest.fixture(autouse=True)
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    # The GUI tests leave Qt's threads running in this process, and PendingKey does not
    # fork beside other threads; the child here only derives, so these tests may.
    monkeypatch.setattr(pending_key, "_single_threaded", lambda: True)


@pytest.fixture(scope="module")
def parsed() -> header.Header:
    return header.parse(header.seal(KEY, PASSPHRASE, b"v" * 16))


def _reaped(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@posix_only
def test_the_child_derives_the_same_key(parsed: header.Header) -> None:
    with PendingKey(parsed, PASSPHRASE) as pending:
        pid = pending._pid
        assert pid  # a child is deriving
        assert pending.key() == KEY
        assert pending.key() == KEY  # asked again (a read-only retry): the same key
    assert _reaped(pid)


@posix_only
def test_a_wrong_passphrase_fails_as_unwrap_does(parsed: header.Header) -> None:
    with PendingKey(parsed, "not the passphrase") as pending:
        pid = pending._pid
        with pytest.raises(UnlockFailed):
            pending.key()
    assert _reaped(pid)


@posix_only
def test_a_key_never_asked_for_leaves_no_child(parsed: header.Header) -> None:
    with PendingKey(parsed, PASSPHRASE) as pending:
        pid = pending._pid
    assert _reaped(pid)


@posix_only
def test_a_child_that_dies_is_made_up_for_here(parsed: header.Header) -> None:
    with PendingKey(parsed, PASSPHRASE) as pending:
        pid = pending._pid
        os.kill(pid, signal.SIGKILL)
        assert pending.key() == KEY
    assert _reaped(pid)


def test_without_a_child_it_derives_when_asked(
    parsed: header.Header, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pending_key, "_single_threaded", lambda: False)  # or on Windows
    with PendingKey(parsed, PASSPHRASE) as pending:
        assert pending._pid == 0
        assert pending.key() == KEY


def test_another_thread_means_no_fork() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not SINGLE_THREADED()
    finally:
        release.set()
        other.join()


@posix_only
def test_a_failed_fork_derives_when_asked(
    parsed: header.Header, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse() -> int:
        raise OSError("no more processes")

    monkeypatch.setattr(pending_key.os, "fork", refuse)
    with PendingKey(parsed, PASSPHRASE) as pending:
        assert pending._pid == 0
        assert pending.key() == KEY
