"""Put TrustJournal in the Linux application menu, and take it out again.

`trustjournal install-desktop` copies the desktop entry, the AppStream metadata and the
icons into the user's XDG data folder ($XDG_DATA_HOME, else ~/.local/share), with the
entry's Exec pointing at this installation's launcher; `uninstall-desktop` removes exactly
those files. The files come from the Qt resources (":/linux", ":/hicolor"), so a wheel, an
editable install and the PyInstaller bundle install the same ones.

Either every file lands or none does: each is first written beside its destination as a
temporary file, and only when all are written are they moved into place (a rename).
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from trustjournal import APP_ID, APP_NAME
from trustjournal.core.errors import JournalError

LAUNCHER_SCRIPT = "trustjournal-app"  # [project.gui-scripts] in pyproject.toml
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
# 512 px is left to the scalable SVG: every desktop that wants more than 256 px reads SVG.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Characters that make the Desktop Entry spec require an Exec argument to be quoted.
EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside a quoted Exec argument these four are escaped with a backslash.
EXEC_ESCAPED_IN_QUOTES = frozenset('"`$\\')
INSTALL_HELP = "see “Install” in the README for your system"


class DesktopInstallError(JournalError):
    """The launcher could not be installed or removed; the message says why and what to do.

    A `JournalError` so that the CLI prints it as its one line on stderr (exit status 1).
    """


def default_data_home() -> Path:
    """$XDG_DATA_HOME when it is set to an absolute path (the spec ignores any other), else
    ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The command that opens this installation of the app, as absolute paths.

    The bundle's own executable when frozen (PyInstaller); else the `trustjournal-app`
    script beside this Python (a venv's or pipx's bin folder); else this Python with
    `-m trustjournal`.
    """
    executable = str(Path(sys.executable).absolute())  # not resolve(): a venv's python is a link
    if getattr(sys, "frozen", False):
        return [executable]
    script = Path(executable).parent / LAUNCHER_SCRIPT
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [executable, "-m", "trustjournal"]


def quote_exec_argument(argument: str) -> str:
    """One argument of an Exec line, quoted by the Desktop Entry spec's rules.

    An argument holding a reserved character is put in double quotes, with `"`, `` ` ``,
    `$` and `\\` escaped by a backslash inside them; a literal `%` is always `%%` (field
    codes). The string-level escaping of the whole line comes after (`_escape_value`).
    (GLib checks that the program exists before expanding `%%`, so a launcher whose path
    holds a `%` is skipped by GNOME; no quoting avoids that.)
    """
    if any(ch in "\n\r\t" or ord(ch) < 0x20 for ch in argument):
        raise DesktopInstallError(
            f"The launcher's path {argument!r} holds a control character, which a desktop "
            "entry cannot hold; install TrustJournal in a folder without one."
        )
    argument = argument.replace("%", "%%")
    if argument and not any(ch in EXEC_RESERVED for ch in argument):
        return argument
    return '"' + "".join("\\" + ch if ch in EXEC_ESCAPED_IN_QUOTES else ch for ch in argument) + '"'


def exec_line(command: Sequence[str]) -> str:
    """The value of `Exec=` for `command`, as written in the file."""
    return _escape_value(" ".join(quote_exec_argument(argument) for argument in command))


def _escape_value(value: str) -> str:
    """The spec's escapes for a string value: backslash doubled, a leading space as \\s."""
    value = value.replace("\\", "\\\\")
    return "\\s" + value[1:] if value.startswith(" ") else value


# -- the files ----------------------------------------------------------------------------


def _resource(path: str) -> bytes:
    """A file compiled into the Qt resources (resources/trustjournal.qrc)."""
    from PySide6.QtCore import QFile, QIODevice

    # Importing the generated module registers the resources (by name: mypy skips it).
    importlib.import_module("trustjournal.gui.resources_rc")
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise DesktopInstallError(
            f"This installation of TrustJournal is incomplete ({path} is missing); "
            "reinstall it, then try again."
        )
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def desktop_entry(command: Sequence[str]) -> bytes:
    """The desktop entry with Exec and TryExec pointing at `command`.

    Every Exec is rewritten, the desktop actions' too ("New Conversation": `Exec=
    trustjournal-app --new`): the launcher becomes `command`, and the words after it in the
    source (plain words, no quoting there) are kept as its arguments.
    """
    lines = [
        "# Added by `trustjournal install-desktop`; `trustjournal uninstall-desktop` removes it."
    ]
    for line in _resource(f":/linux/{DESKTOP_FILE}").decode("utf-8").splitlines():
        if "rewrites Exec" in line:
            continue  # done, here
        if line.startswith("Exec="):
            arguments = line.removeprefix("Exec=").split()[1:]
            line = "Exec=" + exec_line([*command, *arguments])
        elif line.startswith("TryExec="):
            line = "TryExec=" + _escape_value(command[0])
        lines.append(line)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _targets(home: Path) -> list[tuple[Path, str | None]]:
    """(destination, resource path) for every file we install; None: the desktop entry."""
    hicolor = home / "icons" / "hicolor"
    targets: list[tuple[Path, str | None]] = [
        (home / "applications" / DESKTOP_FILE, None),
        (home / "metainfo" / METAINFO_FILE, f":/linux/{METAINFO_FILE}"),
    ]
    for size in ICON_SIZES:
        name = f"{size}x{size}/apps/{APP_ID}.png"
        targets.append((hicolor / name, f":/hicolor/{name}"))
    name = f"scalable/apps/{APP_ID}.svg"
    targets.append((hicolor / name, f":/hicolor/{name}"))
    return targets


def installed_files(home: Path | None = None) -> list[Path]:
    """Every file `install` writes (and `uninstall` removes) under the data folder."""
    return [path for path, _ in _targets(home or default_data_home())]


# -- install and uninstall ----------------------------------------------------------------


def _require_xdg() -> None:
    if sys.platform in ("win32", "cygwin", "darwin"):
        system = "macOS" if sys.platform == "darwin" else "Windows"
        raise DesktopInstallError(
            f"install-desktop is for Linux desktops; on {system}, {INSTALL_HELP}."
        )


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EDQUOT:
        return "your disk quota is used up"
    return (exc.strerror or str(exc)).lower()


def _failed(what: str, exc: OSError) -> DesktopInstallError:
    where = f"{exc.filename}: " if exc.filename else ""
    return DesktopInstallError(f"{what}: {where}{_reason(exc)}. Nothing was changed.")


def _make_folder(folder: Path, created: list[Path]) -> None:
    """mkdir -p, remembering each folder it created (deepest last) for a rollback."""
    missing = []
    for parent in [folder, *folder.parents]:
        if parent.is_dir():
            break
        if parent.exists():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(parent))
        missing.append(parent)
    for path in reversed(missing):
        path.mkdir()
        created.append(path)


def _write_temporary(target: Path, data: bytes) -> Path:
    """`data` in a new file beside `target` (same file system, so `os.replace` is atomic)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.chmod(0o644)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _run_helper(program: str, *args: str) -> str | None:
    """Run an optional cache updater if it exists; a sentence when it failed, else None."""
    path = shutil.which(program)
    if path is None:
        return None
    try:
        done = subprocess.run(
            [path, *args], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"{program} could not run ({type(exc).__name__})"
    if done.returncode != 0:
        said = done.stderr.strip().splitlines() or [f"exit status {done.returncode}"]
        return f"{program} failed ({said[-1]})"
    return None


def _refresh_caches(home: Path) -> list[str]:
    """Tell the desktop about the change; what failed, as sentences (never an error).

    The icon cache is only kept current, never created: a user-level icon-theme.cache that
    nothing else updates would hide icons other applications install later, while without
    one the desktop reads the folders themselves.
    """
    problems = []
    applications = home / "applications"
    if applications.is_dir():
        problem = _run_helper("update-desktop-database", "-q", str(applications))
        if problem:
            problems.append(problem)
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        with contextlib.suppress(OSError):
            os.utime(hicolor)  # a new mtime is how GTK notices the theme changed
        if (hicolor / "icon-theme.cache").exists():
            problem = _run_helper("gtk-update-icon-cache", "-f", "-t", "-q", str(hicolor))
            if problem:
                problems.append(problem)
    return [
        f"Note: {problem}; if the menu does not show the change, log out and back in."
        for problem in problems
    ]


def install(data_home: Path | None = None, launcher: str | None = None) -> list[str]:
    """Add TrustJournal to the user's application menu; the lines to print.

    `data_home` defaults to the XDG data folder, `launcher` (the absolute path of the
    executable the menu entry runs) to this installation's (`launcher_command`).
    """
    _require_xdg()
    home = data_home or default_data_home()
    command = [str(Path(launcher).absolute())] if launcher else launcher_command()
    files = [
        (path, desktop_entry(command) if resource is None else _resource(resource))
        for path, resource in _targets(home)
    ]
    desktop_path = files[0][0]
    existed = desktop_path.exists()
    created: list[Path] = []
    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in files:
            _make_folder(target.parent, created)
            staged.append((_write_temporary(target, data), target))
        for temporary, target in staged:
            temporary.replace(target)
    except OSError as exc:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise _failed(f"Could not add {APP_NAME} to your application menu", exc) from None
    done = f"Updated {APP_NAME} in" if existed else f"Added {APP_NAME} to"
    return [
        f"{done} your application menu: {desktop_path}",
        f"It opens {' '.join(command)}",
        f"Icons in {home / 'icons' / 'hicolor'}, app details in {files[1][0]}",
        *_refresh_caches(home),
        "To take it out of the menu again: trustjournal uninstall-desktop",
    ]


def uninstall(data_home: Path | None = None) -> list[str]:
    """Remove exactly the files `install` wrote (never a folder); the lines to print."""
    _require_xdg()
    home = data_home or default_data_home()
    present = [path for path in installed_files(home) if path.exists() or path.is_symlink()]
    if not present:
        return [
            f"Nothing to remove: {APP_NAME} is not in your application menu "
            f"({home / 'applications'})."
        ]
    try:
        for path in present:
            path.unlink()
    except OSError as exc:
        raise DesktopInstallError(
            f"Could not remove {APP_NAME} from your application menu: "
            f"{exc.filename}: {_reason(exc)}."
        ) from None
    return [
        f"Removed {APP_NAME} from your application menu ({len(present)} files under {home}).",
        *_refresh_caches(home),
        "Your journals were not touched.",
    ]
