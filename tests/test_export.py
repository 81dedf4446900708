"""The readable export (issue 17): the demo journal out as Markdown and journal.json and
back into a fresh journal record for record; the pages a person reads; where an export may
go; and the one age file that Debian's own `age` opens with the journal passphrase."""

from __future__ import annotations

import datetime as dt
import fcntl
import io
import json
import os
import select
import shutil
import stat
import subprocess
import tarfile
import termios
import time
from pathlib import Path

import pyrage
import pytest
from helpers import PASSPHRASE

from trustjournal.core import kinds
from trustjournal.core.backup import payload
from trustjournal.core.demo import builder as demo
from trustjournal.core.errors import InvalidInput, UnlockFailed
from trustjournal.core.exchange import export, journal_json, markdown
from trustjournal.core.exchange.contents import read
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement.signals import BY_CODE
from trustjournal.core.records import (
    CalendarItemRecord,
    ConversationDraft,
    IdentityRecord,
    PersonDraft,
)

AS_OF = dt.date(2026, 11, 1)
MARKER = "EXPORT-MARKER-5c1e only in the note"
AGE = Path("/usr/bin/age")


def _lines(journal: Journal) -> list[dict[str, object]]:
    """Every record of the journal as its backup payload line: what "equal" means."""
    with journal.exporting() as found:
        return [payload.to_json(r) for r in found.records]


@pytest.fixture
def full(tmp_path: Path) -> Journal:
    """The demo journal, with every kind of record a journal holds: drafts, a setting, an
    archived person with aliases and their own cadence, identities and calendar items."""
    source = Journal.create(tmp_path / "source", PASSPHRASE)
    demo.build(source, as_of=AS_OF)
    ines = source.add_person(
        PersonDraft("Inès Márquez", "Advisor", "board", "notes ✓", True, ("Nessie",), 60, True)
    )
    talk = source.add_conversation(
        ConversationDraft(
            (ines.id,), AS_OF, "call", f"She said: {MARKER}", ("they_shared_failure",)
        )
    )
    source.save_draft("conversation:new", "half a thought")
    source.set_cadence_days(120)
    source.save_reflection("2026Q3", "The quarter in my words.")
    with source.exporting() as found:
        records = list(found.records)
    source.lock()
    records += [
        IdentityRecord(ines.id, "email", "ines@example.org"),
        IdentityRecord(ines.id, "vcard_uid", "urn:uuid:1234"),
        CalendarItemRecord(
            1, "evt-1@example.org", "", AS_OF, "09:30", "Board prep", "HQ",
            (("Inès Márquez", "ines@example.org"),), "written", talk.id,
        ),
        CalendarItemRecord(2, "evt-2@example.org", "20261102T100000Z", AS_OF, "", "Call", "", ()),
    ]  # fmt: skip
    journal = Journal.create(tmp_path / "full", PASSPHRASE)
    journal.import_records(records)
    yield journal
    journal.lock()


def test_round_trip_of_the_demo_journal_is_lossless(full: Journal, tmp_path: Path) -> None:
    info = export.export_folder(full, tmp_path / "out", as_of=AS_OF)
    assert info.counts["identities"] == 2 and info.counts["calendar_items"] == 2
    document = tmp_path / "out" / journal_json.FILE_NAME
    assert journal_json.FORMAT.sniff(document.read_bytes()[:65536], "anything.txt")
    with Journal.create(tmp_path / "fresh", PASSPHRASE) as fresh:
        report = journal_json.FORMAT.run(fresh, document)
        assert report.written
        assert _lines(fresh) == _lines(full)
        assert {line["type"] for line in _lines(fresh)} == {k.name for k in kinds.KINDS}
        # The restored journal is a journal: its ties are judged the same.
        assert fresh.assess_ties(AS_OF) == full.assess_ties(AS_OF)


def test_journal_json_is_readable_and_lists_every_kind(full: Journal) -> None:
    data = journal_json.dumps(read(full, as_of=AS_OF))
    doc = json.loads(data)
    assert list(doc)[:5] == ["format", "version", "app_version", "exported_at", "counts"]
    assert doc["format"] == "trustjournal-journal" and doc["version"] == 1
    assert set(doc) == {*journal_json.HEADER_KEYS, *journal_json.KIND_KEYS}
    person = next(p for p in doc["people"] if p["name"] == "Inès Márquez")
    assert person["aliases"] == ["Nessie"] and person["cadence_days"] == 60
    assert "Inès Márquez" in data.decode("utf-8")  # not \u-escaped: people read this file
    assert data.count(b"\n") > len(doc["conversations"])  # one record a line


def test_a_persons_page(full: Journal, tmp_path: Path) -> None:
    export.export_folder(full, tmp_path / "out", as_of=AS_OF)
    ties = {a.person.name: a for a in full.assess_ties(AS_OF)}
    honest = next(name for name, a in ties.items() if a.flag == "honest" and a.roles)
    page = (tmp_path / "out" / "people" / f"{honest}.md").read_text("utf-8")
    front, body = page.split("\n---\n", 1)
    assert front.startswith("---\n")
    assert f'name: "{honest}"' in front and 'flag: "Honest"' in front
    assert "Challenges my framing" in front or "Understands my constraints" in front
    dates = [line[4:14] for line in body.splitlines() if line.startswith("### ")]
    assert dates == sorted(dates) and len(dates) == ties[honest].conversations
    assert f"first_conversation: {dates[0]}" in front
    assert f"last_conversation: {dates[-1]}" in front
    assert any(s.label in body for s in BY_CODE.values())  # signals in words, not codes
    assert "they_shared_failure" not in body
    ines = (tmp_path / "out" / "people" / "Inès Márquez.md").read_text("utf-8")
    assert "cadence_days: 60\n" in ines and 'aliases: ["Nessie"]' in ines
    assert "my_few: true" in ines and "archived: true" in ines and MARKER in ines
    index = (tmp_path / "out" / "README.md").read_text("utf-8")
    assert "NOT encrypted" in index and "(people/In%C3%A8s%20M%C3%A1rquez.md)" in index
    assert "The quarter in my words." in (tmp_path / "out" / "reflections.md").read_text()
    decisions = (tmp_path / "out" / "decisions.md").read_text("utf-8")
    assert all(d.title in decisions for d in full.decisions())


def test_one_persons_history_alone(full: Journal, tmp_path: Path) -> None:
    ines = full.person_by_name("inès márquez")
    assert ines is not None
    info = export.export_folder(full, tmp_path / "ines", person_id=ines.id, as_of=AS_OF)
    assert sorted(p.name for p in (tmp_path / "ines").iterdir()) == [
        export.MARKER,
        "Inès Márquez.md",
    ]
    assert info.counts == {"people": 1, "conversations": 1}
    page = (tmp_path / "ines" / "Inès Márquez.md").read_text("utf-8")
    assert MARKER in page and "Lin Wu" not in page


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Maya Chen", "Maya Chen"),
        ("AC/DC: the band?", "AC DC the band"),
        ('a<b>c"d|e*f\\g', "a b c d e f g"),
        ("CON", "CON (Person 7)"),
        ("nul.txt", "nul.txt (Person 7)"),
        ("Trailing dots...", "Trailing dots"),
        ("   ", "Person 7"),
        ("tab\there\nnewline", "tab here newline"),
        ("x" * 200, "x" * markdown.NAME_MAX),
        ("Zoë", "Zoë"),
    ],
)
def test_file_names_are_safe_everywhere(name: str, expected: str) -> None:
    assert markdown.safe_name(name, "Person 7") == expected


def test_file_names_are_unique_whatever_the_case(journal: Journal) -> None:
    for name in ("AC/DC", "AC:DC", "ac dc"):
        journal.add_person(PersonDraft(name))
    files = markdown.file_names(journal.people())
    assert len({f.casefold() for f in files.values()}) == 3
    assert sorted(f.casefold() for f in files.values()) == [
        "people/ac dc (2).md",
        "people/ac dc (3).md",
        "people/ac dc.md",
    ]


def _modes(folder: Path) -> set[tuple[str, int]]:
    return {
        ("dir" if p.is_dir() else "file", stat.S_IMODE(p.stat().st_mode))
        for p in [folder, *folder.rglob("*")]
    }


def test_files_are_private_and_written_whole(full: Journal, tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen: list[tuple[int, int]] = []
    export.export_folder(full, out, as_of=AS_OF, progress=lambda d, t: seen.append((d, t)))
    assert _modes(out) == {("dir", 0o700), ("file", 0o600)}
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]  # one bar, from start to end
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len({t for _, t in seen}) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt  # what a cancel or a lock raises from inside the progress

    with pytest.raises(KeyboardInterrupt):
        export.export_folder(full, tmp_path / "cancelled", as_of=AS_OF, progress=cancel)
    assert not (tmp_path / "cancelled").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_where_an_export_may_go(full: Journal, tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("keep me")
    with pytest.raises(InvalidInput, match="not empty and is not an earlier TrustJournal export"):
        export.export_folder(full, busy)
    assert [p.name for p in busy.iterdir()] == ["mine.txt"]
    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(InvalidInput, match="is a file"):
        export.export_folder(full, afile)
    with pytest.raises(InvalidInput, match="There is no folder"):
        export.export_folder(full, tmp_path / "missing" / "out")
    with pytest.raises(InvalidInput, match="outside the journal's own folder"):
        export.export_folder(full, full.path / "export")
    empty = tmp_path / "empty"
    empty.mkdir()
    export.export_folder(full, empty, as_of=AS_OF)
    assert (empty / "README.md").exists()


def test_an_earlier_export_is_replaced_whole(full: Journal, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export.export_folder(full, out, as_of=AS_OF)
    gone = full.person_by_name("Inès Márquez")
    assert gone is not None and (out / "people" / "Inès Márquez.md").exists()
    full.delete_person(gone.id)
    export.export_folder(full, out, as_of=AS_OF)
    assert not (out / "people" / "Inès Márquez.md").exists()  # nothing stale lingers
    assert {p.name for p in tmp_path.iterdir()} == {"source", "full", "out"}


def test_age_file_holds_the_same_folder(full: Journal, tmp_path: Path) -> None:
    out = tmp_path / "journal export.age"
    info = export.export_age(full, out, PASSPHRASE, as_of=AS_OF)
    assert info.encrypted and stat.S_IMODE(out.stat().st_mode) == 0o600
    sealed = out.read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert MARKER.encode() not in sealed
    # No temp file, no plaintext beside it.
    assert {p.name for p in tmp_path.iterdir()} == {"source", "full", out.name}
    with tarfile.open(fileobj=io.BytesIO(pyrage.passphrase.decrypt(sealed, PASSPHRASE))) as tar:
        names = tar.getnames()
        assert "journal export/journal.json" in names
        assert "journal export/people/Inès Márquez.md" in names
        member = tar.extractfile("journal export/people/Inès Márquez.md")
        assert member is not None and MARKER in member.read().decode("utf-8")
        assert {m.mode for m in tar.getmembers()} == {0o600, 0o700}
    with pytest.raises(InvalidInput, match="already exists"):
        export.export_age(full, out, PASSPHRASE)
    with pytest.raises(UnlockFailed):
        export.check_passphrase(full, "not the passphrase")
    export.check_passphrase(full, PASSPHRASE)


def _age_decrypt(
    path: Path, secret: str, out: Path, identity: Path | None = None
) -> tuple[int, bytes]:
    """Run `age -d` as a person would: it reads the passphrase only from a terminal, so it
    gets a pseudo-terminal of its own as its controlling terminal, and we type into it.
    With `identity` (a passphrase-protected key file, `-i`), `secret` is the key file's."""
    master, slave = os.openpty()

    def own_terminal() -> None:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        [str(AGE), "-d", *(["-i", str(identity)] if identity else []), "-o", str(out), str(path)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        preexec_fn=own_terminal,  # the child must own the terminal age asks on
    )
    os.close(slave)
    seen, typed = b"", False
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 1024)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
                if not typed and b"passphrase" in seen.lower():
                    os.write(master, secret.encode() + b"\n")
                    typed = True
            elif proc.poll() is not None:
                break
        return proc.wait(timeout=120), seen
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()


def test_debians_age_opens_the_encrypted_export(full: Journal, tmp_path: Path) -> None:
    if not AGE.exists():
        if os.environ.get("TRUSTJOURNAL_REQUIRE_AGE"):  # CI: .ci/run installs it
            pytest.fail("TRUSTJOURNAL_REQUIRE_AGE is set but /usr/bin/age is missing")
        pytest.skip("Debian's age is not installed (.ci/run installs it)")
    sealed = tmp_path / "export.age"
    export.export_age(full, sealed, PASSPHRASE, as_of=AS_OF)
    plain = tmp_path / "export.tar"
    code, said = _age_decrypt(sealed, PASSPHRASE, plain)
    assert code == 0, said
    into = tmp_path / "unpacked"
    with tarfile.open(plain) as tar:
        tar.extractall(into, filter="data")
    folder = into / "export"
    restored = journal_json.parse((folder / "journal.json").read_bytes())[1]
    with full.exporting() as found:
        assert restored == list(found.records)
    assert MARKER in (folder / "people" / "Inès Márquez.md").read_text("utf-8")
    wrong = tmp_path / "wrong.tar"
    code, said = _age_decrypt(sealed, "not the passphrase", wrong)
    assert code != 0 and b"incorrect passphrase" in said.lower()
    shutil.rmtree(into)
