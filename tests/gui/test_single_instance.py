"""One TrustJournal per journal: a second launch brings the first one's window to the front.

Real sockets: the first instance is served in this process (its event loop runs while
qtbot waits), and the second launch is a real `python -m trustjournal --vault X` process
under QT_QPA_PLATFORM=offscreen, pointed at the same private runtime folder. A stale
socket file is a real Unix socket that nobody listens on any more.
"""

from __future__ import annotations

import ctypes
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from trustjournal import APP_ID
from trustjournal.core.journal.service import Journal
from trustjournal.gui import app as app_module
from trustjournal.gui import single_instance
from trustjournal.gui.app import QUIT_AFTER_ACTIVATION, App
from trustjournal.gui.common.config import Config
from trustjournal.gui.single_instance import (
    BROUGHT_TO_FRONT,
    NEW_ENTRY_HANDED,
    NOT_ANSWERING,
    Outcome,
    SingleInstance,
    say,
    server_name,
    vault_key,
)

ROOT = Path(__file__).resolve().parents[2]
WAIT = 30_000  # ms, for a second Python process to start on a loaded machine
ODD = "My Journals/Zoë’s 信頼 journal"  # spaces, an apostrophe, accents, CJK

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private runtime folder of the test's own, under pytest's temp folder but short
    (a socket path holds ~100 bytes; tmp_path, named after the test, can be longer)."""
    folder = tmp_path_factory.mktemp("run")
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


@pytest.fixture
def instances(qapp: QApplication) -> Iterator[list[SingleInstance]]:
    """Instances made by a test; closed (their socket files removed) afterwards."""
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.close()
        instance.deleteLater()


def start(vault: Path, made: list[SingleInstance]) -> SingleInstance:
    instance = SingleInstance(vault)
    made.append(instance)
    return instance


@pytest.fixture
def controller(tmp_path: Path, config: Config, qtbot: QtBot) -> Iterator[App]:
    vault = tmp_path / ODD
    Journal.create(vault, PASSPHRASE).lock()
    app = App(vault, config)
    app.start()
    qtbot.waitExposed(app.unlock_window)
    yield app
    app.session.lock()
    app.main_window.close()
    app.unlock_window.close()


def second_launch(
    vault: Path,
    runtime: Path,
    tmp_path: Path,
    *options: str,
    quit_when: str = "1",
    language: str = "",
) -> subprocess.Popen[str]:
    """`python -m trustjournal --vault VAULT [OPTIONS]` as a user would start it, in the
    background (`--new`: as the launcher's New Conversation does).

    If single-instance failed it would open its own window: TRUSTJOURNAL_QUIT_WHEN_SHOWN
    then makes it quit at once (exit 0 without the line), so a failure cannot hang the test;
    `quit_when=QUIT_AFTER_ACTIVATION` keeps a launch that opened its window until another
    one hands over to it (a failure is then killed after WAIT).
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRUSTJOURNAL_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(runtime),
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        TRUSTJOURNAL_QUIT_WHEN_SHOWN=quit_when,
        XDG_ACTIVATION_TOKEN="launcher-token-42",
    )
    if language:
        env["TRUSTJOURNAL_LANGUAGE"] = language
    return subprocess.Popen(
        [sys.executable, "-m", "trustjournal", "--vault", str(vault), *options],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(qtbot: QtBot, process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Wait for `process` with this process's event loop running (so our server answers)."""
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
    out, err = process.communicate()
    return process.returncode, out, err


# -- names -----------------------------------------------------------------------------------


def test_the_name_is_per_journal_folder_however_it_is_spelt(
    tmp_path: Path, runtime: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = tmp_path / ODD
    vault.mkdir(parents=True)
    (tmp_path / "link").symlink_to(vault.parent)
    monkeypatch.chdir(tmp_path)
    spellings = [
        vault,
        Path(ODD),  # relative to the working folder
        tmp_path / "My Journals" / ".." / ODD,
        tmp_path / "link" / vault.name,  # through a symbolic link
    ]
    assert {vault_key(p) for p in spellings} == {vault_key(vault)}
    assert len(vault_key(vault)) == 16
    assert int(vault_key(vault), 16) >= 0
    assert vault_key(tmp_path / "other") != vault_key(vault)

    name = server_name(vault)
    assert name == str(runtime / f"{APP_ID}-{vault_key(vault)}")
    assert name.isascii() and " " not in name
    assert server_name(Path(ODD)) == name


def test_a_long_runtime_folder_still_gets_a_socket_path_that_fits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    deep = tmp_path / ("d" * 60)
    deep.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    # Too long even for the short name: the fallback folder goes in the (short) temp folder,
    # the test's own, not the machine's /tmp.
    short = tmp_path_factory.mktemp("t")
    monkeypatch.setattr(tempfile, "tempdir", str(short))
    name = server_name(tmp_path / "vault")
    assert len(os.fsencode(name)) <= single_instance.MAX_SOCKET_PATH
    assert name.endswith(vault_key(tmp_path / "vault"))
    assert Path(name).is_relative_to(deep) or Path(name).is_relative_to(short)


def test_no_runtime_folder_falls_back_to_a_private_one_of_our_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    folder = single_instance.own_runtime_dir()
    assert folder.parent == tmp_path
    assert folder.stat().st_mode & 0o777 == 0o700
    assert single_instance.own_runtime_dir() == folder  # found again, not refused

    folder.chmod(0o755)  # someone opened it up: not private any more, so not used
    with pytest.raises(single_instance.Unavailable, match="not a private folder"):
        single_instance.own_runtime_dir()


# -- a second launch on the same journal --------------------------------------------------------


def test_a_second_launch_brings_the_first_to_the_front_and_exits(
    controller: App, runtime: Path, tmp_path: Path, qtbot: QtBot, instances: list[SingleInstance]
) -> None:
    first = start(controller.session.path, instances)
    assert first.claim() is Outcome.FIRST
    assert first.note == ""
    assert Path(first.name).is_socket()
    assert Path(first.name).parent == runtime
    first.activated.connect(controller.bring_to_front)
    tokens: list[str] = []
    first.activated.connect(tokens.append)
    window = controller.unlock_window
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)

    with qtbot.waitSignal(controller.broughtToFront, timeout=WAIT) as raised:
        process = second_launch(controller.session.path, runtime, tmp_path)
        code, out, err = finish(qtbot, process)
    assert (code, out) == (0, "")
    assert err.strip() == say(BROUGHT_TO_FRONT)
    assert raised.args == [window]
    assert tokens == ["launcher-token-42"]  # the launcher's focus permission, passed on
    assert window.isVisible() and not window.isMinimized()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not controller.main_window.isVisible()


def test_a_second_launch_says_so_in_the_language_chosen(
    tmp_path: Path, runtime: Path, qtbot: QtBot, instances: list[SingleInstance]
) -> None:
    """The note on the terminal is said after the language is installed: German here."""
    vault = tmp_path / "journal"
    Journal.create(vault, PASSPHRASE).lock()
    first = start(vault, instances)
    assert first.claim() is Outcome.FIRST
    code, out, err = finish(qtbot, second_launch(vault, runtime, tmp_path, language="de"))
    assert (code, out) == (0, "")
    assert err.strip() == "TrustJournal ist bereits geöffnet und wurde in den Vordergrund geholt."


def test_when_unlocked_the_main_window_comes_to_the_front(
    controller: App, runtime: Path, tmp_path: Path, qtbot: QtBot, instances: list[SingleInstance]
) -> None:
    controller.session.attach(Journal.open(controller.session.path, PASSPHRASE))
    window = controller.main_window
    qtbot.waitUntil(window.isVisible)
    window.showMaximized()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    first = start(controller.session.path, instances)
    assert first.claim() is Outcome.FIRST
    first.activated.connect(controller.bring_to_front)

    with qtbot.waitSignal(controller.broughtToFront, timeout=WAIT) as raised:
        code, _, err = finish(qtbot, second_launch(controller.session.path, runtime, tmp_path))
    assert code == 0 and say(BROUGHT_TO_FRONT) in err
    assert raised.args == [window]
    assert window.isVisible() and not window.isMinimized()
    assert window.isMaximized()  # un-minimised to the state it had, not shrunk to normal
    assert not controller.unlock_window.isVisible()


# -- a second launch asking for a new conversation (quick capture) ---------------------------


def _serve(controller: App, instances: list[SingleInstance]) -> SingleInstance:
    """The running app's end, wired as `app.main` wires it."""
    first = start(controller.session.path, instances)
    assert first.claim() is Outcome.FIRST
    first.activated.connect(controller.bring_to_front)
    first.newEntryRequested.connect(controller.new_entry)
    return first


def _is_new_entry(controller: App) -> bool:
    window = controller.main_window
    editor = window.editor
    return (
        window.isVisible()
        and window.pages.currentWidget() is editor
        and editor._conversation_id is None
        and editor.ui.noteEdit.isEnabled()
        and editor.ui.titleLabel.text() == "New conversation"
    )


def test_a_second_launch_with_new_opens_a_new_entry_in_the_running_app(
    controller: App, runtime: Path, tmp_path: Path, qtbot: QtBot, instances: list[SingleInstance]
) -> None:
    controller.session.attach(Journal.open(controller.session.path, PASSPHRASE))
    window = controller.main_window
    qtbot.waitUntil(window.isVisible)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    _serve(controller, instances)

    with qtbot.waitSignal(window.editor.opened, timeout=WAIT):
        code, out, err = finish(
            qtbot, second_launch(controller.session.path, runtime, tmp_path, "--new")
        )
    assert (code, out) == (0, "")
    assert err.strip() == say(NEW_ENTRY_HANDED)
    assert not window.isMinimized() and _is_new_entry(controller)
    assert window.editor.ui.peoplePicker.input.hasFocus()


def test_a_second_launch_with_new_while_locked_opens_it_after_the_unlock(
    controller: App, runtime: Path, tmp_path: Path, qtbot: QtBot, instances: list[SingleInstance]
) -> None:
    _serve(controller, instances)
    with qtbot.waitSignal(controller.broughtToFront, timeout=WAIT) as raised:
        code, _, err = finish(
            qtbot, second_launch(controller.session.path, runtime, tmp_path, "--new")
        )
    assert code == 0 and err.strip() == say(NEW_ENTRY_HANDED)
    assert raised.args == [controller.unlock_window]  # the passphrase first
    assert not controller.main_window.isVisible()

    field = controller.unlock_window.ui.passphrase
    qtbot.keyClicks(field, PASSPHRASE)
    with qtbot.waitSignal(controller.main_window.editor.opened, timeout=WAIT):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _is_new_entry(controller)


def test_an_older_running_copy_that_does_not_know_new_still_comes_to_the_front(
    tmp_path: Path, runtime: Path, qtbot: QtBot
) -> None:
    """After an upgrade the copy still running may speak only `activate`: it hangs up on
    `new`, and the new launch asks it to come to the front instead."""
    vault = tmp_path / ODD
    Journal.create(vault, PASSPHRASE).lock()
    heard: list[str] = []
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    assert server.listen(server_name(vault))

    def old_protocol(client: QLocalSocket) -> None:
        if not client.canReadLine():
            return
        line = bytes(client.readLine(512).data()).decode().strip()
        heard.append(line)
        if line.partition(" ")[0] == "activate":
            client.write(b"ok\n")
            client.flush()
        client.disconnectFromServer()

    def accept() -> None:
        while server.hasPendingConnections():
            client = server.nextPendingConnection()
            client.readyRead.connect(lambda c=client: old_protocol(c))
            old_protocol(client)

    server.newConnection.connect(accept)
    try:
        code, _, err = finish(qtbot, second_launch(vault, runtime, tmp_path, "--new"))
    finally:
        server.close()
    assert code == 0 and err.strip() == say(BROUGHT_TO_FRONT)
    assert heard == ["new launcher-token-42", "activate launcher-token-42"]


def test_the_start_up_function_twice_in_one_process(
    controller: App,
    runtime: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`claim` as `main` calls it. The second call blocks this thread, so the first cannot
    answer in time: the second launch still exits, saying the app is busy, and the first
    acts on the message as soon as its event loop runs."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(single_instance, "REPLY_TIMEOUT_MS", 200)
    first = app_module.claim(controller.session.path, app)
    assert first is not None and first.server is not None
    try:
        first.activated.connect(controller.bring_to_front)
        controller.unlock_window.hide()
        assert capsys.readouterr().err == ""  # the first launch has nothing to say
        with qtbot.waitSignal(first.activated, timeout=WAIT):
            assert app_module.claim(controller.session.path, app) is None
            assert capsys.readouterr().err.strip() == say(NOT_ANSWERING)
        assert controller.unlock_window.isVisible()
    finally:
        first.close()
        first.deleteLater()


# -- stale sockets, other journals, and failures ------------------------------------------------


def test_a_stale_socket_from_a_crashed_run_is_replaced(
    tmp_path: Path, runtime: Path, instances: list[SingleInstance]
) -> None:
    vault = tmp_path / ODD
    name = server_name(vault)
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(name)  # bound, then gone without unlinking: what a crash leaves
    crashed.close()
    assert Path(name).is_socket()
    assert single_instance.send_activate(name) is None  # nobody answers on it

    instance = start(vault, instances)
    assert instance.claim() is Outcome.FIRST
    assert instance.note == ""
    assert instance.server is not None and instance.server.isListening()
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(1000)
    client.abort()

    instance.close()
    assert not Path(name).exists()  # a clean exit leaves nothing behind


def test_a_different_journal_gets_its_own_instance(
    tmp_path: Path, runtime: Path, instances: list[SingleInstance], qtbot: QtBot
) -> None:
    one = start(tmp_path / "one", instances)
    assert one.claim() is Outcome.FIRST
    asked: list[str] = []
    one.activated.connect(asked.append)
    other = tmp_path / ODD
    Journal.create(other, PASSPHRASE).lock()

    code, _, err = finish(qtbot, second_launch(other, runtime, tmp_path))
    assert code == 0
    assert say(BROUGHT_TO_FRONT) not in err  # it opened its own window (and quit when shown)
    assert asked == []
    two = start(other, instances)
    assert two.claim() is Outcome.FIRST
    assert two.name != one.name


def test_when_listening_fails_the_app_starts_anyway_and_says_why(
    tmp_path: Path, runtime: Path, qtbot: QtBot
) -> None:
    vault = tmp_path / "vault"
    Path(server_name(vault)).mkdir()  # not a socket, and not ours to remove
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    instance = SingleInstance(vault)
    try:
        assert instance.claim() is Outcome.ALONE
        assert (
            "single-instance is off for this run" in instance.note
            and server_name(vault) in instance.note
        )
        assert instance.server is None
        assert Path(server_name(vault)).is_dir()
    finally:
        instance.deleteLater()
    started = app_module.claim(vault, app)  # what main() does: carry on
    assert started is not None
    started.deleteLater()


def test_an_activation_token_is_checked_before_use() -> None:
    clean = single_instance.clean_token
    assert clean("kwin-123_ABC.x") == "kwin-123_ABC.x"
    assert clean("  spaced token ") == ""
    assert clean("x" * 300) == ""
    assert clean("ünïcode") == ""
    assert clean("") == ""


def test_two_launches_at_the_same_moment_open_one_window(
    tmp_path: Path, runtime: Path, qtbot: QtBot
) -> None:
    """A double double-click: both start before either listens; the lock lets one claim
    the journal and the other hands over to it (answered or, still starting, busy)."""
    vault = tmp_path / ODD
    Journal.create(vault, PASSPHRASE).lock()
    # The one that opens stays until the other has handed over: however slowly either
    # starts, they overlap, as two double-clicks do.
    launches = [
        second_launch(vault, runtime, tmp_path, quit_when=QUIT_AFTER_ACTIVATION) for _ in range(2)
    ]
    results = [finish(qtbot, process) for process in launches]
    assert [code for code, _, _ in results] == [0, 0]
    handed_over = [
        err for _, _, err in results if say(BROUGHT_TO_FRONT) in err or say(NOT_ANSWERING) in err
    ]
    assert len(handed_over) == 1, results
    assert not Path(server_name(vault)).exists()  # the one that opened cleaned up on quit


class OpenWatch:
    """Tells when any process opens `path` (Linux inotify, IN_OPEN): a launch waiting on a
    claim lock reads the lock file to see whether its holder is still alive."""

    IN_OPEN = 0x20

    def __init__(self, path: Path) -> None:
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        assert self.fd >= 0, os.strerror(ctypes.get_errno())
        watch = self.libc.inotify_add_watch(self.fd, os.fsencode(path), self.IN_OPEN)
        assert watch >= 0, os.strerror(ctypes.get_errno())

    def opened(self) -> bool:
        try:
            return bool(os.read(self.fd, 4096))
        except BlockingIOError:
            return False

    def close(self) -> None:
        os.close(self.fd)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify tells when it waits")
def test_a_launch_waits_for_the_claim_in_progress(
    tmp_path: Path, runtime: Path, qtbot: QtBot, instances: list[SingleInstance]
) -> None:
    """While one launch holds the claim lock (it has not listened yet), another waits for
    it instead of deciding it is first; then it finds the server and hands over."""
    vault = tmp_path / ODD
    name = server_name(vault)
    lock = QLockFile(single_instance._lock_path(name))
    assert lock.tryLock(0)
    watch = OpenWatch(Path(single_instance._lock_path(name)))
    try:
        process = second_launch(vault, runtime, tmp_path)
        # It starts, finds the lock taken and reads who holds it: it is waiting now.
        qtbot.waitUntil(watch.opened, timeout=WAIT)
        assert process.poll() is None  # still waiting, not gone ahead on its own
        first = start(vault, instances)
        first.name = name
        assert first._claim("") is Outcome.FIRST  # the claim in progress, finishing
    finally:
        watch.close()
        lock.unlock()
    code, _, err = finish(qtbot, process)
    assert code == 0
    assert err.strip() == say(BROUGHT_TO_FRONT)
