"""Writing a readable export: a folder of Markdown plus journal.json, or the same as one
standard age file.

A folder export is readable by anyone who can read the folder: the caller shows
`markdown.WARNING` before and after. It is written into a private staging folder beside
the chosen one (folders 0700, files 0600) and renamed into place only when complete, so a
failure or a cancel leaves nothing half-written under the chosen name. The chosen folder
must be new, empty, or an earlier TrustJournal export (it holds `MARKER`), which is then
replaced whole: a person deleted since does not linger in it. Anything else is refused.

An `.age` export is the same files as one tar archive (a folder named after the file
inside), encrypted with age's passphrase (scrypt) recipient under the journal passphrase,
so `age -d FILE.age | tar x` alone recovers it. The archive is built in memory and handed
to the encryptor: no plaintext byte is written to disk, not even to a temp file.
docs/export-format.md specifies both.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import io
import json
import os
import secrets
import shutil
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trustjournal.core.errors import InvalidInput, JournalError
from trustjournal.core.exchange import contents as reading
from trustjournal.core.exchange import journal_json, markdown
from trustjournal.core.i18n import _
from trustjournal.core.store import fsutil

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

Progress = Callable[[int, int], None]

MARKER = ".trustjournal-export"  # in every export folder: what it is, so it may be replaced
MARKER_FORMAT = "trustjournal-markdown-export"
AGE_SUFFIX = ".age"
_STAGING = ".exporting-"
_REPLACED = ".replaced-"


@dataclass(frozen=True)
class ExportInfo:
    """What an export wrote."""

    path: Path
    files: int  # files in the folder (or in the archive)
    size: int  # bytes written (the folder's files, or the .age file)
    counts: dict[str, int]  # the records exported, by kind
    encrypted: bool


def is_age(out: Path) -> bool:
    return out.suffix.lower() == AGE_SUFFIX


def _marker(made: dt.datetime, person: str | None) -> bytes:
    data = {"format": MARKER_FORMAT, "version": 1, "exported_at": made.isoformat()}
    if person is not None:
        data["person"] = person
    return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")


def build(
    journal: Journal,
    *,
    person_id: int | None = None,
    as_of: dt.date | None = None,
    progress: Progress | None = None,
) -> tuple[list[tuple[str, bytes]], dict[str, int]]:
    """The export's files (path inside the folder, bytes) and the records they hold: the
    whole journal (Markdown and journal.json), or one person's page alone."""
    if person_id is not None:
        found = reading.read_person(journal, person_id, as_of=as_of)
        pages = list(markdown.person_only(found, person_id))
        counts = {"people": 1, "conversations": len(found.conversations)}
        person: str | None = found.ties[person_id].person.name
    else:
        found = reading.read(journal, as_of=as_of, progress=progress)
        pages = list(markdown.Pages(found).all())
        counts = found.counts
        person = None
    files = [(name, text.encode("utf-8")) for name, text in pages]
    if person_id is None:
        files.append((journal_json.FILE_NAME, journal_json.dumps(found)))
    files.append((MARKER, _marker(found.exported_at, person)))
    return files, counts


# -- a folder ------------------------------------------------------------------------------


def check_folder(out: Path, vault: Path | None = None) -> bool:
    """Whether `out` may take an export; True when it holds an earlier one (to be replaced).
    `InvalidInput` saying why not otherwise."""
    if not out.parent.is_dir():
        raise InvalidInput(
            _("There is no folder {folder} to write the export in.").format(folder=out.parent)
        )
    if vault is not None and out.resolve().is_relative_to(vault.resolve()):
        raise InvalidInput(_("Choose a folder outside the journal's own folder for the export."))
    if out.exists() and not out.is_dir():
        raise InvalidInput(
            _("{path} is a file; choose a new or empty folder for the export.").format(path=out)
        )
    if not out.exists():
        return False
    entries = {p.name for p in out.iterdir()}
    if not entries:
        return False
    if MARKER in entries and _is_marker(out / MARKER):
        return True
    raise InvalidInput(
        _(
            "{path} is not empty and is not an earlier TrustJournal export; choose a new or "
            "empty folder (nothing was written)."
        ).format(path=out)
    )


def _is_marker(path: Path) -> bool:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("format") == MARKER_FORMAT


def _write_failed(out: Path, exc: OSError) -> JournalError:
    reason = "the disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc)).lower()
    return JournalError(
        f"Could not write the export {out.name}: {reason}. Nothing was left under that name."
    )


def _write_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, fsutil.PRIVATE_FILE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def export_folder(
    journal: Journal,
    out: Path,
    *,
    person_id: int | None = None,
    as_of: dt.date | None = None,
    progress: Progress | None = None,
) -> ExportInfo:
    """Write the readable (NOT encrypted) export to the folder `out`; see the module."""
    replace = check_folder(out, journal.path)
    files, counts = build(journal, person_id=person_id, as_of=as_of, progress=progress)
    staging = out.with_name(f".{out.name}{_STAGING}{secrets.token_hex(4)}")
    total = reading.steps(counts) if person_id is None else len(files)
    first = total - len(files)  # the records read; then a step per file written
    try:
        fsutil.make_private_dir(staging)
        made: set[str] = set()
        for done, (name, data) in enumerate(files, 1):
            target = staging / name
            folder = str(Path(name).parent)
            if folder != "." and folder not in made:
                fsutil.make_private_dir(target.parent)
                made.add(folder)
            _write_file(target, data)
            if progress is not None:
                progress(min(first + done, total), total)
        _move_into_place(staging, out, replace)
    except OSError as exc:
        _remove_tree(staging)
        raise _write_failed(out, exc) from None
    except BaseException:
        _remove_tree(staging)
        raise
    size = sum(len(data) for _, data in files)
    return ExportInfo(out, len(files), size, counts, encrypted=False)


def _move_into_place(staging: Path, out: Path, replace: bool) -> None:
    if not out.exists():
        staging.rename(out)
    elif not replace:
        out.rmdir()  # empty (checked): only an empty folder can be removed this way
        staging.rename(out)
    else:
        old = out.with_name(f".{out.name}{_REPLACED}{secrets.token_hex(4)}")
        out.rename(old)
        try:
            staging.rename(out)
        except OSError:
            old.rename(out)  # put the earlier export back as it was
            raise
        _remove_tree(old)
    fsutil.fsync_dir(out.parent)


def _remove_tree(path: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(path)


# -- one age file --------------------------------------------------------------------------


def folder_name(out: Path) -> str:
    """The folder inside the archive: the file's name without .age (and .tar)."""
    name = out.name[: -len(AGE_SUFFIX)] if is_age(out) else out.name
    name = name[:-4] if name.lower().endswith(".tar") else name
    return markdown.safe_name(name, "TrustJournal export")


def tar_bytes(files: list[tuple[str, bytes]], top: str, made: dt.datetime) -> bytes:
    """An uncompressed POSIX tar of `files` under the folder `top`, built in memory, with
    private modes and no owner names (nothing about this machine)."""
    buffer = io.BytesIO()
    stamp = int(made.timestamp())

    def info(name: str, *, folder: bool, size: int = 0) -> tarfile.TarInfo:
        entry = tarfile.TarInfo(name)
        entry.type = tarfile.DIRTYPE if folder else tarfile.REGTYPE
        entry.mode = fsutil.PRIVATE_DIR if folder else fsutil.PRIVATE_FILE
        entry.mtime, entry.size = stamp, size
        entry.uid = entry.gid = 0
        entry.uname = entry.gname = ""
        return entry

    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.addfile(info(top, folder=True))
        folders: set[str] = set()
        for name, data in files:
            parent = str(Path(name).parent)
            if parent != "." and parent not in folders:
                tar.addfile(info(f"{top}/{parent}", folder=True))
                folders.add(parent)
            tar.addfile(info(f"{top}/{name}", folder=False, size=len(data)), io.BytesIO(data))
    return buffer.getvalue()


def export_age(
    journal: Journal,
    out: Path,
    passphrase: str,
    *,
    person_id: int | None = None,
    as_of: dt.date | None = None,
    progress: Progress | None = None,
) -> ExportInfo:
    """Write the export as one age file (passphrase recipient) to `out`, a new file."""
    import pyrage

    if not is_age(out):
        raise InvalidInput(
            _("An encrypted export's name ends in {suffix}: {name}").format(
                suffix=AGE_SUFFIX, name=out.name
            )
        )
    if out.exists():
        raise InvalidInput(
            _("{path} already exists; choose a new name for the export.").format(path=out)
        )
    if not out.parent.is_dir():
        raise InvalidInput(
            _("There is no folder {folder} to write the export in.").format(folder=out.parent)
        )
    if not passphrase:
        raise InvalidInput(_("An encrypted export needs the journal passphrase."))
    files, counts = build(journal, person_id=person_id, as_of=as_of, progress=progress)
    made = dt.datetime.now(dt.UTC)
    plain = tar_bytes(files, folder_name(out), made)
    sealed = pyrage.passphrase.encrypt(plain, passphrase)
    del plain
    if progress is not None:
        progress(1, 1)
    if out.exists():  # made meanwhile by someone else: never replace it
        raise InvalidInput(
            _("{path} already exists; choose a new name for the export.").format(path=out)
        )
    try:
        fsutil.atomic_write(out, sealed)
    except OSError as exc:
        raise _write_failed(out, exc) from None
    return ExportInfo(out, len(files), len(sealed), counts, encrypted=True)


def check_passphrase(journal: Journal, passphrase: str) -> None:
    """`UnlockFailed` unless `passphrase` is this journal's (the header's key slot; no
    write). An encrypted export must open with the passphrase the leader knows."""
    from trustjournal.core.store.vault import Vault

    Vault(journal.path).unwrap(passphrase)


def export(
    journal: Journal,
    out: Path,
    *,
    passphrase: str | None = None,
    person_id: int | None = None,
    as_of: dt.date | None = None,
    progress: Progress | None = None,
) -> ExportInfo:
    """A folder export, or an age file when `out` ends in .age (then `passphrase` is
    needed)."""
    if is_age(out):
        return export_age(
            journal, out, passphrase or "", person_id=person_id, as_of=as_of, progress=progress
        )
    return export_folder(journal, out, person_id=person_id, as_of=as_of, progress=progress)
