"""The unlock window's openers: what runs on the journal worker to create or open a journal.

`UnlockWindow` hands one of these to `session.open(opener, …)`; it runs on the journal
worker, where the journal will then live, so the key derivation (Argon2id, a noticeable
fraction of a second) and the demo builder never block the window. Each opener returns the
open journal, with `journal.notes` for the user (a keychain that refused to remember the
key), or raises: core's `JournalError`s, `NotRemembered` (the device's key did not open
it: ask for the passphrase) or `Quitting` (the window was closed meanwhile, and the
journal was locked again at once).

The journal's code (SQLAlchemy, `core.journal`, `core.demo`) is imported inside the
openers, on the worker, never when this module loads: the unlock window is the app's first
paint, and none of it is needed to show it. No Qt either: this is plain work for another
thread.

The demo journal is a separate vault of made-up people beside the user's own, never
inside it; its passphrase is written here, as it guards nothing.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from trustjournal.core.errors import JournalError
from trustjournal.core.store.vault import Vault
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

# The demo holds only made-up people, so its passphrase is no secret: it is written here
# so that the demo can be opened again without asking.
DEMO_PASSPHRASE = "demo journal"  # noqa: S105 - not a secret, see above
DEMO_VAULT_ENV = "TRUSTJOURNAL_DEMO_VAULT"
GENERIC_FAILURE = QT_TRANSLATE_NOOP(
    "UnlockWindow",
    "Something went wrong and the journal could not be opened; nothing was changed. "
    "Try again, or restart TrustJournal.",
)
KEEP_FAILED = QT_TRANSLATE_NOOP(
    "UnlockWindow",
    "This device could not remember the key ({reason}); you will be asked for the "
    "passphrase next time.",
)
FORGET_FAILED = QT_TRANSLATE_NOOP(
    "UnlockWindow", "This device could not forget the key ({reason})."
)


class NotRemembered(Exception):
    """The key remembered on this device did not open the journal; `note` says why."""

    def __init__(self, note: str | None) -> None:
        super().__init__("not remembered")
        self.note = note


class Quitting(Exception):
    """The window was closed while the journal opened: it was locked again at once."""


def demo_vault_path() -> Path:
    """The demo journal's own folder: `TRUSTJOURNAL_DEMO_VAULT`, else "TrustJournal Demo"
    beside the default journal folder in the platform's per-user data folder."""
    chosen = os.environ.get(DEMO_VAULT_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("TrustJournal", appauthor=False) + " Demo")


def describe(exc: BaseException) -> str:
    """What to tell the user about a failure: core's own sentence, never a traceback."""
    if isinstance(exc, JournalError):
        return str(exc)
    return QCoreApplication.translate("UnlockWindow", GENERIC_FAILURE)


# -- the openers, run on the journal worker ----------------------------------------------------


def create(path: Path, passphrase: str, *, remember: bool, cancel: threading.Event) -> Journal:
    """Create the user's journal at `path` (first run)."""
    from trustjournal.core.journal.service import Journal

    return _finish(cancel, Journal.create(path, passphrase, remember=remember))


def unlock(path: Path, passphrase: str, *, remember: bool, cancel: threading.Event) -> Journal:
    """Open the journal with its passphrase; make "remember on this device" what was ticked."""
    from trustjournal.core.journal.service import Journal

    journal = Journal.open(path, passphrase)
    return _finish(cancel, journal, lambda j: _set_remember(j, remember, refresh=True))


def unlock_remembered(path: Path, *, remember: bool, cancel: threading.Event) -> Journal:
    """Open the journal with the key this device remembers, or raise `NotRemembered`."""
    from trustjournal.core.journal.service import Journal

    journal, note = Journal.open_remembered(path)
    if journal is None:
        raise NotRemembered(note)
    return _finish(cancel, journal, lambda j: _set_remember(j, remember))


def open_demo(
    path: Path, *, cancel: threading.Event, progress: Callable[[int, int], None]
) -> Journal:
    """Open the demo journal at `path`, making it up first when it is new or unfinished;
    `progress(done, total)` reports the builder's steps."""
    from trustjournal.core.journal.service import Journal

    if Vault(path).exists():
        journal = Journal.open(path, DEMO_PASSPHRASE)
    else:
        journal = Journal.create(path, DEMO_PASSPHRASE)

    def fill(journal: Journal) -> list[str]:
        if not journal.people():  # new, or an earlier build did not finish
            from trustjournal.core.demo import builder as demo  # only ever on the worker

            demo.build(journal, progress=progress)
        return list(journal.notes)

    return _finish(cancel, journal, fill)


# -- helpers ------------------------------------------------------------------------------


def _finish(
    cancel: threading.Event,
    journal: Journal,
    then: Callable[[Journal], list[str]] | None = None,
) -> Journal:
    """Run `then` on a journal just opened (on the journal worker); lock the journal at
    once if that fails, or if the window was asked to quit meanwhile."""
    try:
        if then is not None:
            journal.notes[:] = then(journal)
    except BaseException:
        journal.lock()
        raise
    if cancel.is_set():
        journal.lock()
        raise Quitting()
    return journal


def _set_remember(journal: Journal, remember: bool, *, refresh: bool = False) -> list[str]:
    """Make "remember on this device" what the user ticked; the keychain's notes, if any.

    With `refresh` (unlocked by passphrase) a ticked box stores the key again, in case the
    keychain lost it since (a new login keyring, a restored account).
    """
    if remember == journal.vault.remembered and not (remember and refresh):
        return list(journal.notes)
    try:
        note = journal.set_remember(remember)
    except (JournalError, OSError) as exc:
        reason = exc.reason if isinstance(exc, JournalError) else (exc.strerror or "").lower()
        failed = QCoreApplication.translate(
            "UnlockWindow", KEEP_FAILED if remember else FORGET_FAILED
        )
        note = failed.format(reason=reason or "unknown")
    if note:
        journal.notes.append(note)
    return list(journal.notes)
