"""The bundle's entry point: the same `trustjournal` command the installed package has.

No subcommand opens the desktop app; `trustjournal --help` lists the rest.
"""

import os
import sys


def _clean_child_environment() -> None:
    """Programs we start must not load the bundle's libraries.

    On Linux PyInstaller's launcher sets LD_LIBRARY_PATH to the bundle, and its Qt hook
    sets QT_PLUGIN_PATH. This process has already used them (the loader reads
    LD_LIBRARY_PATH once, at start; Qt finds its plugins through the qt.conf PySide6
    embeds), but every child inherits them: "Show journal folder" runs xdg-open, and a
    Qt file manager (Dolphin) started that way would load our Qt instead of its own.
    """
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
    for name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        os.environ.pop(name, None)


if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
    _clean_child_environment()

from trustjournal.cli import main  # noqa: E402 - after the environment is settled

if __name__ == "__main__":
    sys.exit(main())
