"""Run slow work that needs no open journal off the GUI thread, and hear about it by signal:
checking a backup file, restoring one into a new folder, the keychain. (Work on the open
journal goes to the journal worker, gui/worker.py, and nowhere else.)

    run(lambda: backup.verify(path, passphrase), on_done=self._verified, on_error=self._failed)

The function runs on `QThreadPool.globalInstance()`; `on_done(result)` or
`on_error(exception)` then run on the GUI thread. Workers never touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_alive: set[_Relay] = set()  # keeps each relay until its task has reported


def run(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    relay = _Relay()
    _alive.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _alive.discard(relay)
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(_Task(fn, relay))


def wait_for_all(msecs: int = 30_000) -> bool:
    """Block until every worker has finished (used when quitting and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
