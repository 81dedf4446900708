"""The Linux desktop integration: the entry, the AppStream metadata, the icons, and
`install-desktop` / `uninstall-desktop` on real folders.

The validators are Debian's `desktop-file-validate` (desktop-file-utils) and
`appstreamcli` (appstream): skipped with the reason when missing, failed instead when
TRUSTJOURNAL_REQUIRE_VALIDATORS=1 (as `.ci/run` sets). A read-only or full data folder is a
small tmpfs mounted for the test when running as root (a chmod otherwise).
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import ROOT, cli_env, run_cli

from trustjournal import APP_ID, desktop
from trustjournal.desktop import DesktopInstallError

REQUIRE_ENV = "TRUSTJOURNAL_REQUIRE_VALIDATORS"
RESOURCES = ROOT / "resources"
DESKTOP_SOURCE = RESOURCES / "linux" / f"{APP_ID}.desktop"
METAINFO_SOURCE = RESOURCES / "linux" / f"{APP_ID}.metainfo.xml"
HICOLOR_SOURCE = RESOURCES / "icons" / "hicolor"
SOURCE_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
AWKWARD_FOLDERS = [
    "My Apps/Žurnál",
    # No %: GLib looks for the program before it turns %% back into %, so it never finds it.
    'it\'s "quoted" $HOME `x` back\\slash (a;b) ~#',
]


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        reason = f"{name} is not installed (Debian: desktop-file-utils / appstream)"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{reason}, and {REQUIRE_ENV}=1 requires the validators")
        pytest.skip(reason)
    return found


def _desktop_file_validate(path: Path) -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(path)], capture_output=True, text=True
    )
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    assert "error:" not in said and "warning:" not in said, said


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group's raw values."""
    values: dict[str, str] = {}
    group = None
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            group = line.strip("[]")
        elif group == "Desktop Entry":
            key, _, value = line.partition("=")
            values[key] = value
    return values


def _groups(path: Path) -> configparser.ConfigParser:
    """Every group of a desktop entry, keys as written (a desktop entry is an INI file with
    `#` comments and no interpolation)."""
    parser = configparser.ConfigParser(
        interpolation=None, comment_prefixes=("#",), delimiters=("=",), strict=True
    )
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text("utf-8"))
    return parser


def _unescape(value: str) -> str:
    """The spec's string escapes: \\s \\n \\t \\r \\\\."""
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _exec_argv(value: str) -> list[str]:
    """An Exec value as the program's argv, by the Desktop Entry spec (no field codes here)."""
    text = _unescape(value)
    argv: list[str] = []
    current: list[str] | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            if current is not None:
                argv.append("".join(current))
                current = None
        elif ch == '"':
            current = current if current is not None else []
            i += 1
            while text[i] != '"':
                if text[i] == "\\":
                    assert text[i + 1] in '"`$\\', f"bad escape in {value!r}"
                    i += 1
                current.append(text[i])
                i += 1
        else:
            assert ch not in "\"'\\><~|&;$*?#()`", f"unquoted reserved {ch!r} in {value!r}"
            current = current if current is not None else []
            current.append(ch)
        i += 1
    if current is not None:
        argv.append("".join(current))
    return [arg.replace("%%", "%") for arg in argv]


# -- the files in resources/ ----------------------------------------------------------------


def test_the_desktop_entry_validates() -> None:
    _desktop_file_validate(DESKTOP_SOURCE)
    entry = _entry(DESKTOP_SOURCE)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == entry["TryExec"] == "trustjournal-app"
    assert entry["StartupWMClass"] == "TrustJournal"  # Qt's WM_CLASS: the application name


def test_the_launcher_offers_a_new_conversation_action() -> None:
    """Right-clicking the launcher (GNOME, KDE…) offers New Conversation: `--new`."""
    groups = _groups(DESKTOP_SOURCE)
    assert groups["Desktop Entry"]["Actions"] == "new-conversation;"
    action = groups["Desktop Action new-conversation"]
    assert action["Name"] == "New Conversation"
    assert action["Exec"] == "trustjournal-app --new"
    assert set(groups.sections()) == {"Desktop Entry", "Desktop Action new-conversation"}


def test_the_metainfo_validates() -> None:
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO_SOURCE)],
        capture_output=True,
        text=True,
    )
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    problems = [line for line in said.splitlines() if line[:2] in ("E:", "W:")]
    assert problems == [], said
    text = METAINFO_SOURCE.read_text("utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    for screenshot in ("person-light.png", "reflection-light.png"):
        assert (ROOT / "docs" / "screenshots" / screenshot).exists()
        assert f"/docs/screenshots/{screenshot}</image>" in text


def test_the_icons_are_pngs_of_their_size() -> None:
    for size in SOURCE_SIZES:
        data = (HICOLOR_SOURCE / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert _png_size(data) == (size, size)
    scalable = HICOLOR_SOURCE / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (RESOURCES / "icons" / "app.svg").read_bytes()


def test_the_windows_icon_holds_pngs_16_to_256() -> None:
    data = (RESOURCES / "icons" / "trustjournal.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        size = width or 256
        assert (width, planes, bits) == (height, 1, 32)
        assert _png_size(data[offset : offset + length]) == (size, size)
        sizes.append(size)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_macos_icon_holds_pngs_16_to_1024() -> None:
    data = (RESOURCES / "icons" / "trustjournal.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    entries, offset = {}, 8
    while offset < len(data):
        kind = data[offset : offset + 4].decode("ascii")
        (length,) = struct.unpack(">I", data[offset + 4 : offset + 8])
        entries[kind] = _png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert offset == len(data)
    assert entries == {
        "icp4": 16, "ic11": 32, "icp5": 32, "ic12": 64, "icp6": 64, "ic07": 128,
        "ic13": 256, "ic08": 256, "ic14": 512, "ic09": 512, "ic10": 1024,
    }  # fmt: skip


def test_the_qt_resources_hold_the_same_files() -> None:
    """What install-desktop copies (from the compiled resources) is what resources/ has."""
    assert desktop._resource(f":/linux/{APP_ID}.desktop") == DESKTOP_SOURCE.read_bytes()
    assert desktop._resource(f":/linux/{APP_ID}.metainfo.xml") == METAINFO_SOURCE.read_bytes()
    for size in desktop.ICON_SIZES:
        name = f"{size}x{size}/apps/{APP_ID}.png"
        assert desktop._resource(f":/hicolor/{name}") == (HICOLOR_SOURCE / name).read_bytes()


# -- Exec quoting ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["/usr/bin/trustjournal-app"],
        ["/tmp/x/My Apps/Žurnál/trustjournal-app"],
        ['/opt/it\'s "q" $HOME `x` 100% back\\slash/python3', "-m", "trustjournal"],
    ],
)
def test_exec_quoting_round_trips(argv: list[str]) -> None:
    assert _exec_argv(desktop.exec_line(argv)) == argv


def test_a_plain_path_is_not_quoted() -> None:
    assert desktop.exec_line(["/usr/bin/trustjournal-app"]) == "/usr/bin/trustjournal-app"
    assert desktop.exec_line(["/a b/c"]) == '"/a b/c"'
    assert desktop.exec_line(["/a$b"]) == '"/a\\\\$b"'  # \$ in quotes, then \\ in the file


def test_a_control_character_in_the_path_is_refused() -> None:
    with pytest.raises(DesktopInstallError, match="control character"):
        desktop.exec_line(["/tmp/a\nb/trustjournal-app"])


# -- install and uninstall ------------------------------------------------------------------


def _launcher(folder: Path, record: Path) -> Path:
    """An executable at `folder` that writes its argv to `record` when started."""
    folder.mkdir(parents=True)
    script = folder / "trustjournal-app"
    # Written beside, then renamed: the test never reads a half-written record.
    script.write_text(
        f'#!/bin/sh\nprintf "%s\\n" "$0" "$@" > "{record}.tmp" && mv "{record}.tmp" "{record}"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


def _all_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_install_puts_the_entry_metadata_and_icons_in_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "share"
    lines = desktop.install(home)
    entry_path = home / "applications" / f"{APP_ID}.desktop"
    assert lines[0] == f"Added TrustJournal to your application menu: {entry_path}"
    expected = {
        entry_path,
        home / "metainfo" / f"{APP_ID}.metainfo.xml",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        *(
            home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
            for n in desktop.ICON_SIZES
        ),
    }
    assert expected == set(desktop.installed_files(home))
    # update-desktop-database may add its cache; nothing else is ours or left over.
    assert set(_all_files(home)) - expected <= {home / "applications" / "mimeinfo.cache"}
    for n in desktop.ICON_SIZES:
        png = home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png.read_bytes()) == (n, n)
        assert png.stat().st_mode & 0o777 == 0o644
    _desktop_file_validate(entry_path)
    entry = _entry(entry_path)
    argv = _exec_argv(entry["Exec"])
    assert argv == desktop.launcher_command()
    assert Path(argv[0]).is_absolute() and os.access(argv[0], os.X_OK)
    assert _unescape(entry["TryExec"]) == argv[0]
    action = _groups(entry_path)["Desktop Action new-conversation"]
    assert _exec_argv(action["Exec"]) == [*desktop.launcher_command(), "--new"]
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        METAINFO_SOURCE.read_bytes()
    )
    assert not (home / "icons" / "hicolor" / "icon-theme.cache").exists()


@pytest.mark.parametrize("folder", AWKWARD_FOLDERS, ids=["spaces-non-ascii", "reserved"])
def test_the_menu_entry_starts_a_launcher_whose_path_has_spaces_and_accents(
    tmp_path: Path, folder: str
) -> None:
    record = tmp_path / "started.txt"
    launcher = _launcher(tmp_path / folder, record)
    home = tmp_path / "share"
    lines = desktop.install(home, str(launcher))
    assert f"It opens {launcher}" in lines
    entry_path = home / "applications" / f"{APP_ID}.desktop"
    _desktop_file_validate(entry_path)
    entry = _entry(entry_path)
    assert _exec_argv(entry["Exec"]) == [str(launcher)]
    assert _unescape(entry["TryExec"]) == str(launcher)
    gio = shutil.which("gio")
    if gio is None:
        pytest.skip("gio (libglib2.0-bin) is not installed: the entry was not launched")
    # GLib reads the entry as a desktop would, and starts what its Exec says.
    done = subprocess.run(
        [gio, "launch", str(entry_path)],
        capture_output=True,
        text=True,
        timeout=30,
        env=dict(os.environ, XDG_DATA_HOME=str(home)),
    )
    assert done.returncode == 0, done.stderr
    _wait_for(record)
    assert record.read_text("utf-8").splitlines() == [str(launcher)]

    # The launcher's "New Conversation", as GNOME Shell starts it (GLib's launch_action).
    record.unlink()
    action = _groups(entry_path)["Desktop Action new-conversation"]
    assert _exec_argv(action["Exec"]) == [str(launcher), "--new"]
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH_ACTION, str(entry_path), "new-conversation"],
        capture_output=True,
        text=True,
        timeout=30,
        env=dict(os.environ, XDG_DATA_HOME=str(home)),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["new-conversation", "New", "Conversation"]
    _wait_for(record)
    assert record.read_text("utf-8").splitlines() == [str(launcher), "--new"]


# GLib reads a desktop entry and starts one of its actions, as a desktop shell does (there is
# no `gio` command for actions; ctypes keeps the test free of PyGObject).
LAUNCH_ACTION = """
import ctypes, sys
gio = ctypes.CDLL("libgio-2.0.so.0")
gio.g_desktop_app_info_new_from_filename.restype = ctypes.c_void_p
gio.g_desktop_app_info_new_from_filename.argtypes = [ctypes.c_char_p]
gio.g_desktop_app_info_list_actions.restype = ctypes.POINTER(ctypes.c_char_p)
gio.g_desktop_app_info_list_actions.argtypes = [ctypes.c_void_p]
gio.g_desktop_app_info_get_action_name.restype = ctypes.c_char_p
gio.g_desktop_app_info_get_action_name.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
gio.g_desktop_app_info_launch_action.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p]
info = gio.g_desktop_app_info_new_from_filename(sys.argv[1].encode())
if not info:
    sys.exit("GLib did not accept the entry")
actions = gio.g_desktop_app_info_list_actions(info)
names = []
while actions[len(names)]:
    names.append(actions[len(names)].decode())
action = sys.argv[2].encode()
print(*names, gio.g_desktop_app_info_get_action_name(info, action).decode())
gio.g_desktop_app_info_launch_action(info, action, None)
"""


def _wait_for(record: Path) -> None:
    """The launcher runs detached from GLib: wait (10 s at most) for what it writes."""
    deadline = time.monotonic() + 10
    while not record.exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_install_again_updates_in_place(tmp_path: Path) -> None:
    home = tmp_path / "share"
    desktop.install(home, "/opt/old/trustjournal-app")
    lines = desktop.install(home, "/opt/new/trustjournal-app")
    assert lines[0].startswith("Updated TrustJournal in your application menu: ")
    entry = _entry(home / "applications" / f"{APP_ID}.desktop")
    assert _exec_argv(entry["Exec"]) == ["/opt/new/trustjournal-app"]
    action = _groups(home / "applications" / f"{APP_ID}.desktop")["Desktop Action new-conversation"]
    assert _exec_argv(action["Exec"]) == ["/opt/new/trustjournal-app", "--new"]
    assert not [p for p in home.rglob("*.tmp")]


def test_uninstall_removes_exactly_our_files_and_is_idempotent(tmp_path: Path) -> None:
    home = tmp_path / "share"
    apps = home / "icons" / "hicolor" / "48x48" / "apps"
    apps.mkdir(parents=True)
    (apps / "org.example.Other.png").write_bytes(b"another app's icon")
    (home / "applications").mkdir()
    (home / "applications" / "org.example.Other.desktop").write_text("[Desktop Entry]\n")
    desktop.install(home)
    lines = desktop.uninstall(home)
    assert lines[0] == f"Removed TrustJournal from your application menu (10 files under {home})."
    assert not any(path.exists() for path in desktop.installed_files(home))
    assert (apps / "org.example.Other.png").exists()
    assert (home / "applications" / "org.example.Other.desktop").exists()
    assert apps.is_dir()  # folders are shared with other applications: left alone
    assert desktop.uninstall(home) == [
        "Nothing to remove: TrustJournal is not in your application menu "
        f"({home / 'applications'})."
    ]


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """A small tmpfs mounted with the given options (root only; skipped otherwise)."""
    done: list[Path] = []

    def mount(options: str) -> Path:
        if not sys.platform.startswith("linux") or os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root on Linux")
        target = tmp_path / f"mnt{len(done)}"
        target.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
        done.append(target)
        return target

    yield mount
    for target in done:
        subprocess.run(["umount", "-l", str(target)], check=False)


def test_a_read_only_data_folder_is_a_clear_error(
    tmp_path: Path, mounted: Callable[[str], Path]
) -> None:
    if os.geteuid() == 0:  # root writes through permissions: a read-only mount it is
        home, reason = mounted("ro,size=1m"), "read-only file system"
    else:
        home, reason = tmp_path / "share", "permission denied"
        home.mkdir()
        home.chmod(0o555)
    with pytest.raises(DesktopInstallError) as caught:
        desktop.install(home, "/usr/bin/trustjournal-app")
    assert str(caught.value) == (
        f"Could not add TrustJournal to your application menu: {home / 'applications'}: "
        f"{reason}. Nothing was changed."
    )
    assert list(home.iterdir()) == []


def test_a_full_data_folder_leaves_nothing_half_written(mounted: Callable[[str], Path]) -> None:
    disk = mounted("size=24k")
    home = disk / "share"
    with pytest.raises(DesktopInstallError) as caught:
        desktop.install(home, "/usr/bin/trustjournal-app")
    assert str(caught.value).startswith("Could not add TrustJournal to your application menu: ")
    assert str(caught.value).endswith(": the disk is full. Nothing was changed.")
    assert list(disk.iterdir()) == []  # no file, no temporary, no folder it made


def test_outside_linux_it_says_what_to_do_instead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    with pytest.raises(DesktopInstallError) as caught:
        desktop.install(tmp_path)
    assert str(caught.value) == (
        "install-desktop is for Linux desktops; on macOS, see “Install” in the README for "
        "your system."
    )
    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(DesktopInstallError, match="on Windows"):
        desktop.uninstall(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_launcher_is_the_bundle_the_script_or_python_m(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_folder = tmp_path / "venv" / "bin"
    bin_folder.mkdir(parents=True)
    python = bin_folder / "python"
    monkeypatch.setattr(sys, "executable", str(python))
    assert desktop.launcher_command() == [str(python), "-m", "trustjournal"]
    script = _launcher(tmp_path / "unused", tmp_path / "record")
    shutil.move(script, bin_folder / "trustjournal-app")
    assert desktop.launcher_command() == [str(bin_folder / "trustjournal-app")]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop.launcher_command() == [str(python)]


def test_the_data_folder_is_xdg_data_home_when_absolute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "/srv/data")
    assert desktop.default_data_home() == Path("/srv/data")
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert desktop.default_data_home() == Path.home() / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop.default_data_home() == Path.home() / ".local" / "share"


# -- through the command line ---------------------------------------------------------------


def test_install_desktop_and_uninstall_desktop_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "data home"
    env = cli_env(tmp_path / "no-vault", XDG_DATA_HOME=str(home))
    done = run_cli("install-desktop", vault=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    entry_path = home / "applications" / f"{APP_ID}.desktop"
    lines = done.stdout.splitlines()
    assert lines[0] == f"Added TrustJournal to your application menu: {entry_path}"
    argv = _exec_argv(_entry(entry_path)["Exec"])
    assert lines[1] == f"It opens {' '.join(argv)}"
    assert os.access(argv[0], os.X_OK)
    assert lines[-1] == "To take it out of the menu again: trustjournal uninstall-desktop"
    assert not (tmp_path / "no-vault").exists()  # no journal was created or opened

    done = run_cli("uninstall-desktop", vault=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].startswith("Removed TrustJournal from your application")
    assert not entry_path.exists()


def test_install_desktop_into_a_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    env = cli_env(tmp_path / "no-vault", XDG_DATA_HOME=str(blocker))
    done = run_cli("install-desktop", vault=tmp_path, env=env)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == (
        "trustjournal: Could not add TrustJournal to your application menu: "
        f"{blocker}: not a directory. Nothing was changed.\n"
    )
