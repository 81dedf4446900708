"""Can this machine show the app? Checked before Qt is imported, so that a missing display
or a missing system library gives one plain sentence and the command that fixes it,
not a crash from inside Qt's platform plugin.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Libraries Qt's X11 (xcb) platform plugin links against that a minimal Debian/Ubuntu
# lacks, and the packages that provide them; `ldd` on the plugin finds which are missing.
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
}
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def display_problem(env: dict[str, str] | None = None) -> str | None:
    """A sentence saying why no window can open here, or None if one can."""
    env = dict(os.environ) if env is None else env
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "TrustJournal needs a desktop session to open its window, and none was found "
        "(DISPLAY and WAYLAND_DISPLAY are not set). Run it from your desktop, or use the "
        "command line: trustjournal --help"
    )


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin inside the installed PySide6, without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(plugin: Path) -> list[str]:
    """Shared libraries `plugin` needs that the dynamic loader cannot find."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    return sorted(set(_NOT_FOUND.findall(done.stdout)))


def uses_xcb(env: dict[str, str]) -> bool:
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_packages(env: dict[str, str] | None = None, plugin: Path | None = None) -> list[str]:
    """The Debian/Ubuntu packages Qt needs on X11 that this machine lacks."""
    env = dict(os.environ) if env is None else env
    if not sys.platform.startswith("linux") or not uses_xcb(env):
        return []
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return []
    return [PACKAGES.get(lib, lib) for lib in missing_libraries(plugin)]


def install_command(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def missing_message(packages: list[str]) -> str:
    return (
        "TrustJournal's window needs system libraries that are not installed: "
        f"{', '.join(packages)}. Install them with:\n\n    {install_command(packages)}\n"
    )
