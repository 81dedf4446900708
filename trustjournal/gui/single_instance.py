"""One TrustJournal per journal: launching it again brings the open window to the front.

The first launch on a journal listens on a local socket (`QLocalServer`) named after the
user and the journal folder; a later launch on the same journal connects, says
`activate` and exits, and the first one raises whichever window is current. A launch on
another journal (`--vault`) has another name, so it opens its own window.

Names. On Unix the server is a socket file in the user's runtime folder (0700, per user):
$XDG_RUNTIME_DIR, else Qt's RuntimeLocation, else a private folder of our own under the
temp folder. The file is `org.trustjournal.TrustJournal-<hash>`, <hash> being the first
16 hex digits of the SHA-256 of the journal folder's resolved absolute path (so spaces
and non-ASCII characters in the path are no concern); `tj-<hash>` if the folder's path
is so long that the socket's would not fit in its ~100 bytes. On Windows the name is a
plain pipe name holding the user name and the hash. Either way the server accepts only
the same user (`UserAccessOption`).

The claim runs under a lock file beside the socket (`QLockFile`, which sees through the
lock of a process that died), so two launches at the same moment (a double double-click)
cannot both decide they are first. That lock is what keeps a live server's name: on
Unix, Qt listens with `UserAccessOption` by binding in a private temporary folder and
renaming the socket into place, which replaces a live server's socket as readily as a
stale one. A socket file left by a run that crashed answers nobody, so it is removed (or
renamed over) and listened on again. If listening fails for any other reason the app
carries on without single-instance and says why on stderr: this never stops TrustJournal
from starting.

The protocol is one line from the new launch, `activate` or `activate <token>`, and one
line back, `ok`. `new` (or `new <token>`) asks for the same and then for a new conversation
(`trustjournal-app --new`, the launcher's New Conversation): the running app opens the
editor, after the unlock if it is locked. An older copy still running after an upgrade does
not know `new` and hangs up without answering; the launch then says `activate` instead, so
its window still comes to the front. The token is the new launch's $XDG_ACTIVATION_TOKEN,
set by Wayland launchers: with it the compositor lets the running app take the focus (without it,
GNOME and KDE refuse to steal focus and mark the window as wanting attention instead).
"""

from __future__ import annotations

import contextlib
import enum
import getpass
import hashlib
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QLockFile,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from trustjournal import APP_ID, APP_NAME
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP

ACTIVATE = "activate"
NEW_ENTRY = "new"  # activate, then open a new conversation
REPLY = b"ok\n"
CONNECT_TIMEOUT_MS = 300
REPLY_TIMEOUT_MS = 1500  # the running app answers from its event loop; allow a busy moment
LOCK_TIMEOUT_MS = 3000
CLIENT_TIMEOUT_MS = 2000  # a connection that says nothing is dropped after this
MAX_LINE = 512
HASH_DIGITS = 16
# sun_path holds 108 bytes on Linux and 104 on macOS, with the final NUL.
MAX_SOCKET_PATH = 100
TOKEN_ENV = "XDG_ACTIVATION_TOKEN"  # noqa: S105 - an environment variable's name
_TOKEN = re.compile(r"[\x21-\x7e]{1,256}")  # printable ASCII, no spaces

# The notes for the terminal, translated when said (gui/app.py installs the language before
# it claims the journal): "{app}" is the app's name.
BROUGHT_TO_FRONT = QT_TRANSLATE_NOOP(
    "SingleInstance", "{app} is already open; brought it to the front."
)
NEW_ENTRY_HANDED = QT_TRANSLATE_NOOP(
    "SingleInstance", "{app} is already open; a new conversation opens there."
)
NOT_ANSWERING = QT_TRANSLATE_NOOP(
    "SingleInstance",
    "{app} is already open on this journal but busy; its window comes to the front when it can.",
)
WITHOUT = QT_TRANSLATE_NOOP("SingleInstance", "{app}: single-instance is off for this run ({why}).")


def say(note: str, **values: str) -> str:
    """A note above in the language installed, with the app's name and `values` filled in."""
    return QCoreApplication.translate("SingleInstance", note).format(app=APP_NAME, **values)


class Outcome(enum.Enum):
    FIRST = "first"  # listening: later launches on this journal come here
    FORWARDED = "forwarded"  # another instance has the journal; this launch should exit
    ALONE = "alone"  # could not listen; the app runs anyway


class Unavailable(Exception):
    """No usable place for the server's name; the message says why."""


def vault_key(vault: Path) -> str:
    """The first 16 hex digits of the SHA-256 of the journal folder's resolved path."""
    resolved = os.path.normcase(str(vault.expanduser().resolve()))
    return hashlib.sha256(os.fsencode(resolved)).hexdigest()[:HASH_DIGITS]


def runtime_dir() -> Path:
    """The user's private runtime folder (Unix); raises `Unavailable`."""
    chosen = os.environ.get("XDG_RUNTIME_DIR", "")
    if chosen and Path(chosen).is_absolute() and Path(chosen).is_dir():
        return Path(chosen)
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return own_runtime_dir()


def own_runtime_dir() -> Path:
    """`<temp>/trustjournal-<uid>`, made 0700; used only if it is ours alone. A short
    name: macOS's per-user temp folder is long, and a socket path holds ~100 bytes."""
    uid = os.getuid()
    folder = Path(tempfile.gettempdir()) / f"trustjournal-{uid}"
    try:
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
        info = folder.lstat()
    except OSError as exc:
        raise Unavailable(
            say(
                QT_TRANSLATE_NOOP(
                    "SingleInstance", "cannot make a private folder in {folder}: {error}"
                ),
                folder=str(folder.parent),
                error=str(exc),
            )
        ) from None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid or info.st_mode & 0o077:
        raise Unavailable(
            say(
                QT_TRANSLATE_NOOP(
                    "SingleInstance", "{folder} is not a private folder of this user"
                ),
                folder=str(folder),
            )
        )
    return folder


def server_name(vault: Path) -> str:
    """The server's name for `vault`: a socket path on Unix, a pipe name on Windows."""
    key = vault_key(vault)
    if sys.platform == "win32":
        return f"{APP_ID}-{_user()}-{key}"
    folder = runtime_dir()
    for name in (f"{APP_ID}-{key}", f"tj-{key}"):
        path = folder / name
        if len(os.fsencode(str(path))) <= MAX_SOCKET_PATH:
            return str(path)
    path = own_runtime_dir() / f"tj-{key}"
    if len(os.fsencode(str(path))) <= MAX_SOCKET_PATH:
        return str(path)
    raise Unavailable(
        say(
            QT_TRANSLATE_NOOP(
                "SingleInstance", "the runtime folder's path is too long for a socket ({folder})"
            ),
            folder=str(folder),
        )
    )


def _user() -> str:
    try:
        name = getpass.getuser()
    except (OSError, KeyError):
        name = ""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name) or "user"


def _lock_path(name: str) -> str:
    if Path(name).is_absolute():
        return name + ".lock"
    return str(Path(QDir.tempPath()) / f"{name}.lock")


def clean_token(text: str) -> str:
    """A Wayland activation token as sent, or "" when it is not one."""
    text = text.strip()
    return text if _TOKEN.fullmatch(text) else ""


class SingleInstance(QObject):
    """Claims `vault` for this process, or hands the launch to the process that has it.

    `claim()` returns the `Outcome`; `note` is then the line to print on stderr (empty when
    there is nothing to say). While FIRST, `activated(token)` is emitted each time another
    launch asks for the window, followed by `newEntryRequested()` when it asked for a new
    conversation; `close()` stops listening (also done on destruction).
    """

    activated = Signal(str)
    newEntryRequested = Signal()

    def __init__(self, vault: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.name = ""
        self.note = ""
        self.server: QLocalServer | None = None

    # -- launching ------------------------------------------------------------------------

    def claim(self, token: str = "", *, new_entry: bool = False) -> Outcome:
        try:
            self.name = server_name(self.vault)
        except Unavailable as exc:
            self.note = say(WITHOUT, why=str(exc))
            return Outcome.ALONE
        lock = QLockFile(_lock_path(self.name))
        lock.setStaleLockTime(10_000)
        locked = lock.tryLock(LOCK_TIMEOUT_MS)  # if not, claim anyway: never refuse to start
        try:
            return self._claim(token, new_entry=new_entry)
        finally:
            if locked:
                lock.unlock()

    def _claim(self, token: str, *, new_entry: bool = False) -> Outcome:
        if new_entry:
            answered, understood = send_new_entry(self.name, token)
        else:
            answered, understood = send_activate(self.name, token), False
        if answered is not None:
            self.note = say(NOT_ANSWERING)
            if answered:
                self.note = say(NEW_ENTRY_HANDED if understood else BROUGHT_TO_FRONT)
            return Outcome.FORWARDED
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        listening = server.listen(self.name)
        if not listening and server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # Nobody answered on it: the socket of a run that crashed.
            QLocalServer.removeServer(self.name)
            listening = server.listen(self.name)
        if not listening:
            why = QT_TRANSLATE_NOOP("SingleInstance", "cannot listen on {name}: {error}")
            self.note = say(WITHOUT, why=say(why, name=self.name, error=server.errorString()))
            server.deleteLater()
            return Outcome.ALONE
        server.newConnection.connect(self._accept)
        self.server = server
        return Outcome.FIRST

    def close(self) -> None:
        if self.server is not None:
            self.server.close()  # removes the socket file
            self.server = None

    # -- serving --------------------------------------------------------------------------

    def _accept(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            client = server.nextPendingConnection()
            if client is None:
                break
            client.readyRead.connect(lambda c=client: self._read(c))
            client.disconnected.connect(client.deleteLater)
            QTimer.singleShot(CLIENT_TIMEOUT_MS, client, client.abort)
            self._read(client)  # what arrived before the connection was taken

    def _read(self, client: QLocalSocket) -> None:
        if not client.canReadLine():
            if client.bytesAvailable() > MAX_LINE:
                client.abort()
            return
        line = bytes(client.readLine(MAX_LINE + 1).data()).decode("utf-8", "replace")
        command, _, rest = line.strip().partition(" ")
        if command in (ACTIVATE, NEW_ENTRY):
            client.write(REPLY)
            client.flush()
            self.activated.emit(clean_token(rest))
            if command == NEW_ENTRY:
                self.newEntryRequested.emit()
        client.disconnectFromServer()


def send_activate(name: str, token: str = "", timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool | None:
    """Ask the instance listening on `name` to come to the front.

    None: nobody listens there. True: it answered. False: it took the message but did not
    answer in time (busy); it will act on it when it can.
    """
    return _send(name, ACTIVATE, token, timeout_ms)[0]


def send_new_entry(
    name: str, token: str = "", timeout_ms: int = CONNECT_TIMEOUT_MS
) -> tuple[bool | None, bool]:
    """Ask the instance listening on `name` to come to the front and open a new
    conversation: (answered as `send_activate` says it, whether it took the new entry).

    An older copy that does not know `new` hangs up at once (a busy one keeps the line
    open): then it is asked only to come to the front.
    """
    answered, hung_up = _send(name, NEW_ENTRY, token, timeout_ms)
    if answered is False and hung_up:
        return send_activate(name, token, timeout_ms), False
    return answered, bool(answered)


def _send(name: str, command: str, token: str, timeout_ms: int) -> tuple[bool | None, bool]:
    """Say `command [token]` to `name`: (answered, whether it hung up without a word)."""
    client = QLocalSocket()
    client.connectToServer(name)
    if not client.waitForConnected(timeout_ms):
        client.abort()
        return None, False
    token = clean_token(token)
    client.write(f"{command} {token}\n".encode() if token else f"{command}\n".encode())
    client.waitForBytesWritten(timeout_ms)
    reply = b""
    while b"\n" not in reply and client.waitForReadyRead(REPLY_TIMEOUT_MS):
        reply += bytes(client.readAll().data())
        if len(reply) > MAX_LINE:
            break
    hung_up = client.state() == QLocalSocket.LocalSocketState.UnconnectedState
    client.disconnectFromServer()
    if client.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        client.waitForDisconnected(timeout_ms)
    return reply.startswith(REPLY), hung_up and not reply


def bring_to_front(window: QWidget, token: str = "") -> None:
    """Show `window` (un-minimised, keeping maximised), raise it and ask for the focus.

    On Wayland a launcher's activation token lets the compositor grant the focus; Qt's
    Wayland plugin takes it from $XDG_ACTIVATION_TOKEN when the window asks to be
    activated. On X11 the window manager decides; most raise it, some (focus-stealing
    prevention) only mark it as wanting attention.
    """
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(
            (state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
    window.show()
    window.raise_()
    platform = QGuiApplication.platformName()
    if token and platform.startswith("wayland"):
        os.environ[TOKEN_ENV] = token  # read (and cleared) by the plugin's requestActivate
    window.activateWindow()
    handle = window.windowHandle()
    if handle is not None and platform == "xcb":
        handle.requestActivate()
