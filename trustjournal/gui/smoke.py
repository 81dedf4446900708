"""`trustjournal smoke-gui`: the packaged app's self-test (hidden; `make bundle-test` runs it).

Opens the journal, shows the main window until the sidebar lists the journal's people,
and prints one line saying so, with the keyring backend in use and the backends the
keyring could load, and whether zxcvbn (passphrase strength) and pyrage (age backups)
work: in a frozen app those come from entry points PyInstaller misses
unless told. Settings go to a temporary folder, so nothing of the user's is touched.
Works under QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import sys
import tempfile
import time
from importlib.metadata import entry_points
from pathlib import Path

TIMEOUT_S = 30.0
PREFIX = "smoke-gui"


def keyring_report() -> str:
    """The active keyring backend and the backends keyring's entry points load, e.g.
    `fail.Keyring; backends: KWallet, SecretService, chainer, ...`. SecretService is
    marked when its library (secretstorage) did not import: that backend is then dead."""
    import keyring

    loaded: list[str] = []
    for point in entry_points(group="keyring.backends"):
        try:
            module = point.load()
        except Exception as exc:  # a broken backend is what this report is for
            loaded.append(f"{point.name} (failed: {type(exc).__name__})")
            continue
        if point.name == "SecretService" and not hasattr(module, "secretstorage"):
            loaded.append(f"{point.name} (no secretstorage)")
        else:
            loaded.append(point.name)
    active = keyring.get_keyring()
    name = _backend_name(active)
    chain = getattr(active, "backends", None)  # the chainer: say what it chains
    if isinstance(chain, list) and chain:
        name += f" ({', '.join(_backend_name(b) for b in chain)})"
    return f"keyring {name}; backends: {', '.join(sorted(loaded)) or 'none'}"


def libraries_report() -> str:
    """zxcvbn's word lists and pyrage's age, as the bundle has them (both are easy to lose:
    zxcvbn is imported only when a passphrase is first judged)."""
    import pyrage

    from trustjournal.core.store.strength import estimate

    if estimate("password1").score != 1 or estimate("river lamp quiet ocean").score != 4:
        raise SmokeFailed("the passphrase estimate is wrong: zxcvbn's word lists are missing")
    key = pyrage.x25519.Identity.generate()  # not scrypt: that takes a second and 1 GiB
    if pyrage.decrypt(pyrage.encrypt(b"x", [key.to_public()]), [key]) != b"x":
        raise SmokeFailed("an age file did not open again")
    return "zxcvbn and age work"


def _backend_name(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__.removeprefix('keyring.backends.')}.{kind.__name__}"


class SmokeFailed(Exception):
    """The window did not come up as expected; the message says how (counts, no names)."""


def _said(exc: Exception) -> str:
    """What failed, as one line with no journal text: the journal's own errors and this
    test's are written for people, and an ImportError names the module a bundle lacks;
    anything else may quote the journal, so only its type and place are said."""
    from trustjournal.core import crash_report
    from trustjournal.core.errors import JournalError

    if isinstance(exc, JournalError | SmokeFailed | ImportError):
        return f"{type(exc).__name__}: {exc}"
    return crash_report.one_line(type(exc), exc, exc.__traceback__)


def run(vault: Path, passphrase: str) -> int:
    """Open `vault`, show the main window with its people; 0 if all went well, else 1."""
    session = None
    try:
        from PySide6.QtWidgets import QApplication

        from trustjournal.core.journal.service import Journal
        from trustjournal.gui.app import make_application
        from trustjournal.gui.common import theme
        from trustjournal.gui.common.config import Config
        from trustjournal.gui.main_window import MainWindow
        from trustjournal.gui.session import Session

        app = make_application()
        with tempfile.TemporaryDirectory(prefix="trustjournal-smoke-") as settings:
            config = Config.use_folder(Path(settings))
            theme.apply_theme(app, config.theme)
            session = Session(vault, config)
            window = MainWindow(session)
            session.worker.call_open(lambda: Journal.open(vault, passphrase))
            session.opened_elsewhere(vault)
            expected = len(session.call(lambda j: j.people()))
            window.show()
            deadline = time.monotonic() + TIMEOUT_S
            while True:
                QApplication.processEvents()
                handle = window.windowHandle()
                exposed = handle is not None and handle.isExposed()
                count = window.sidebar.person_count()
                if exposed and count == expected:
                    break
                if time.monotonic() > deadline:
                    raise SmokeFailed(
                        f"after {TIMEOUT_S:.0f} s the window is "
                        f"{'exposed' if exposed else 'not exposed'} and the sidebar lists "
                        f"{count} of {expected} people"
                    )
                time.sleep(0.01)
            report = libraries_report() + "; " + keyring_report()
            window.hide()
            session.lock()
        people = "person" if count == 1 else "people"
        print(f"{PREFIX}: main window shown with {count} {people}; {report}")
        return 0
    except Exception as exc:  # the one line is the whole point: report anything
        print(f"{PREFIX}: failed: {_said(exc)}", file=sys.stderr)
        return 1
    finally:
        if session is not None:
            session.lock()
            session.worker.stop()
