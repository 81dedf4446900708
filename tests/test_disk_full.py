"""A full disk loses nothing: the save fails cleanly, the draft comes back, the rest is intact.

Real ENOSPC comes from a small tmpfs mounted for the test (root only; skipped with the
reason otherwise, or failed when TRUSTJOURNAL_REQUIRE_TMPFS=1): the journal lives
there, a filler file takes the remaining space, and a large note is saved. The save
raises `SaveFailed` saying the disk is full and carrying the exact draft; every earlier
entry is intact and `check()` is clean; once the filler is gone the returned draft saves.
Through the CLI the user gets exit status 1, one plain line on stderr and the note back
on stdout, whether the disk is too full to open the journal, to add a new person named
in the command, or only to hold the note. Without root, RLIMIT_FSIZE gives the same
fault as EFBIG in a child process: same promises.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from children import saver
from children.saver import sqlite_code
from conftest import PASSPHRASE, cli_env, run_cli

from trustjournal.core.errors import SaveFailed
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement.follow_through import State
from trustjournal.core.records import ConversationDraft, PersonDraft

REQUIRE_ENV = "TRUSTJOURNAL_REQUIRE_TMPFS"
DISK_SIZE = 8 * 1024 * 1024
# Never fill a disk that is not the small one we mounted.
MAX_FILLABLE = 64 * 1024 * 1024
PERSON = "Noor Haddad"
DAY = dt.date(2026, 5, 6)


def _big_note(size: int) -> str:
    """About `size` bytes of UTF-8 (a note far larger than anything saved before it)."""
    line = "She said the merger scared her more than she admitted; café, naïve, 信頼 ✓\n"
    return line * (size // len(line.encode()) + 1) + "The end, verbatim."


def _free(folder: Path) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


def _fill(folder: Path, leave: int = 0) -> Path:
    """Take every free byte of the disk under `folder` (then give back `leave` bytes)."""
    st = os.statvfs(folder)
    assert st.f_blocks * st.f_frsize <= MAX_FILLABLE, "refusing to fill a real disk"
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        chunk = 1024 * 1024
        while chunk:
            try:
                os.write(fd, b"\xa5" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
                chunk //= 2
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs of DISK_SIZE bytes mounted on a fresh folder; unmounted afterwards."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    reason = None
    if not sys.platform.startswith("linux"):
        reason = "a real full disk needs a Linux tmpfs"
    elif os.geteuid() != 0:
        reason = "mounting a small tmpfs needs root (CAP_SYS_ADMIN)"
    else:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs", mount_point],
            capture_output=True,
            text=True,
        )
        if mounted.returncode != 0:
            said = mounted.stderr.strip().splitlines() or [f"exit status {mounted.returncode}"]
            reason = f"mount -t tmpfs was refused ({said[0]})"
    if reason is not None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{reason}, and {REQUIRE_ENV}=1 requires the real full-disk tests")
        pytest.skip(reason)
    try:
        st = os.statvfs(mount_point)
        assert st.f_blocks * st.f_frsize <= MAX_FILLABLE, "the tmpfs is not in place"
        yield mount_point
    finally:
        if subprocess.run(["umount", mount_point], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", mount_point], capture_output=True)


def _seed(vault: Path) -> tuple[int, dict[int, str]]:
    """A journal with one person and five conversations: (person id, {id: note})."""
    with Journal.create(vault, PASSPHRASE) as journal:
        person = journal.add_person(PersonDraft(PERSON, "COO"))
        notes = {}
        for i in range(5):
            note = f"Earlier conversation {i}: honest about the layoffs. ✓"
            draft = ConversationDraft((person.id,), DAY, "one_on_one", note)
            notes[journal.add_conversation(draft).id] = note
    return person.id, notes


def _notes(journal: Journal) -> dict[int, str]:
    return {c.id: c.note for c in journal.conversations()}


def test_a_full_disk_refuses_the_save_and_keeps_the_draft(small_disk: Path) -> None:
    vault = small_disk / "vault"
    person_id, earlier = _seed(vault)
    note = _big_note(1024 * 1024)
    draft = ConversationDraft((person_id,), DAY, "dinner", note, signals=("they_admitted_doubt",))
    with Journal.open(vault, PASSPHRASE) as journal:
        filler = _fill(small_disk)
        assert _free(small_disk) == 0

        with pytest.raises(SaveFailed) as caught:
            journal.add_conversation(draft)
        assert sqlite_code(caught.value) == (13, "SQLITE_FULL")  # ENOSPC, as SQLite says it
        assert str(caught.value) == (
            "Could not save: the disk is full. Nothing was written, and your text was kept."
        )
        assert caught.value.unsaved is draft
        assert caught.value.unsaved.note == note
        # A failed edit leaves the old version, not a mix.
        first = min(earlier)
        with pytest.raises(SaveFailed) as edit:
            journal.update_conversation(first, draft)
        assert edit.value.unsaved is draft
        assert _notes(journal) == earlier
        assert journal.check() == []

        filler.unlink()
        saved = journal.add_conversation(caught.value.unsaved)
        assert journal.conversation(saved.id).note == note
        assert journal.check() == []

    with Journal.open(vault, PASSPHRASE) as journal:
        assert _notes(journal) == {**earlier, saved.id: note}
        assert journal.check() == []


@pytest.mark.parametrize(
    ("room", "who"),
    [
        (0, PERSON),  # not even room for the shared-memory file SQLite needs to open
        (256 * 1024, PERSON),  # room to open the journal, not to hold the note
        (40 * 1024, "Leila Farouk"),  # room to open it, not to add the new person
    ],
    ids=["completely-full", "nearly-full", "nearly-full-new-person"],
)
def test_the_cli_on_a_full_disk_hands_the_note_back(small_disk: Path, room: int, who: str) -> None:
    vault = small_disk / "vault"
    _, earlier = _seed(vault)
    note = _big_note(1024 * 1024)
    filler = _fill(small_disk, leave=room)

    result = run_cli("add", who, vault=vault, stdin=note.encode())
    lines = result.stderr.splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "full" in lines[0], lines[0]
    handed_back = result.stdout == note  # (a plain bool: a 1 MB diff helps nobody)
    assert handed_back, f"the note was not handed back on stdout; stderr: {lines[0]!r}"

    # (A completely full disk cannot even open the journal: SQLite needs room for the
    # WAL index. So the check comes once there is room again.)
    filler.unlink()
    with Journal.open(vault, PASSPHRASE) as journal:
        assert _notes(journal) == earlier
        if who != PERSON:  # "Nothing was written": not even the new person
            assert journal.person_by_name(who) is None
        assert journal.check() == []

    again = run_cli("add", who, vault=vault, stdin=result.stdout.encode())
    assert again.returncode == 0, again.stderr
    assert "Saved conversation " in again.stdout
    with Journal.open(vault, PASSPHRASE) as journal:
        notes = _notes(journal)
        assert len(notes) == len(earlier) + 1
        assert {k: v for k, v in notes.items() if k in earlier} == earlier
        assert note in notes.values()
        assert journal.check() == []


def test_a_file_size_limit_refuses_the_save_and_keeps_the_draft(tmp_path: Path) -> None:
    """RLIMIT_FSIZE (no root needed): writes past it fail with EFBIG, as on FAT32 at 4 GiB."""
    vault = tmp_path / "vault"
    _, earlier = _seed(vault)
    largest = max(p.stat().st_size for p in vault.iterdir())
    limit = largest + 512 * 1024
    child = subprocess.run(
        [
            sys.executable,
            saver.HERE,
            "fsize",
            vault,
            "--person",
            PERSON,
            "--limit",
            str(limit),
            "--note-bytes",
            str(4 * 1024 * 1024),
        ],
        capture_output=True,
        text=True,
        env=cli_env(vault),
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout)

    assert report["error"] == "SaveFailed", report
    # EFBIG is SQLITE_IOERR (SQLite keeps SQLITE_FULL for ENOSPC): a generic disk message.
    assert report["message"].startswith("Could not save: the disk"), report
    assert report["message"].endswith("Nothing was written, and your text was kept.")
    assert report["unsaved_is_draft"] is True
    assert report["unsaved_note_kept"] is True
    assert report["earlier_intact_under_limit"] is True
    assert report["check_under_limit"] == []
    assert report["retry_note_exact"] is True
    assert report["check_after_retry"] == []

    with Journal.open(vault, PASSPHRASE) as journal:
        notes = _notes(journal)
        assert {k: notes.get(k) for k in earlier} == earlier
        assert set(notes) == {*earlier, report["retry_id"]}
        assert journal.check() == []


def test_on_a_full_disk_the_next_steps_still_show_and_are_recorded_later(
    small_disk: Path,
) -> None:
    vault = small_disk / "vault"
    with Journal.create(vault, PASSPHRASE) as journal:
        ident = journal.add_person(PersonDraft(PERSON)).id
        for days, codes in ((100, ("they_admitted_doubt",)), (75, ("i_shared_failure",))):
            journal.add_conversation(
                ConversationDraft((ident,), DAY - dt.timedelta(days=days), "call", "", codes)
            )
    with Journal.open(vault, PASSPHRASE) as journal:
        filler = _fill(small_disk)
        page = journal.next_page(DAY)  # the bookkeeping cannot be written: no error for it
        assert [t.step.person.name for t in page.shown if t.step.person] == [PERSON]
        assert journal.step_occurrences() == []
        with pytest.raises(SaveFailed, match="full"):  # the leader's choice: refused, said so
            journal.set_step_state(page.shown[0].step.key, State.DONE, DAY)
        filler.unlink()
        journal.next_page(DAY)
        assert [o.state for o in journal.step_occurrences()] == ["open"]
