"""Small file-system helpers: private folders and files, and atomic replacement.

The atomic write follows Electrum's storage: write a temp file beside the target,
fsync it, `os.replace` it over the target, then fsync the folder so the rename itself
survives a power cut. A kill at any moment leaves either the old or the new file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
TEMP_SUFFIX = ".tmp"


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(PRIVATE_DIR)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (so SQLite inherits the mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def remove_stale_temps(path: Path) -> None:
    """Remove temp files an interrupted `atomic_write` of `path` may have left."""
    for stale in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            stale.unlink()
