"""Other journals in: jrnl's and Day One's JSON exports become conversations.

The jrnl file was written by jrnl 4.6 itself (`jrnl --export json`); the Day One zip by
tests/data/journals/make_dayone.py to the shape of real Day One exports (see its
docstring and tests/data/journals/README.md). Every bad input is refused with a message
naming what is wrong and where, and leaves the journal as it was.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import threading
import zipfile
from pathlib import Path

import pytest

from trustjournal.core.exchange import formats, journal_files, journals
from trustjournal.core.exchange.formats import ImportRefused
from trustjournal.core.exchange.journals import IGNORE, NEW, PERSON, TagChoice
from trustjournal.core.journal.imported import ImportCancelled
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft

DATA = Path(__file__).parent / "data" / "journals"
JRNL = DATA / "jrnl-export.json"
DAYONE = DATA / "dayone-export.zip"


def people_of(journal: Journal) -> dict[str, list[str]]:
    """Each conversation's date and first line -> its people's names."""
    return {
        f"{c.date} {c.note.splitlines()[0]}": sorted(p.name for p in c.people)
        for c in journal.conversations()
    }


# -- jrnl -----------------------------------------------------------------------------------


def test_a_jrnl_export_is_recognised_by_its_content(tmp_path: Path) -> None:
    renamed = tmp_path / "notes.txt"
    shutil.copy(JRNL, renamed)
    assert formats.detect(renamed).name == "jrnl"
    assert formats.detect(DAYONE).name == "dayone"


def test_a_jrnl_dry_run_shows_every_entry_and_writes_nothing(journal: Journal) -> None:
    before = journal.counts()
    report = journals.JRNL.run(journal, JRNL, dry_run=True)
    assert journal.counts() == before
    assert not report.written
    assert len(report.lines) == 8  # one line per entry: date, people, first words
    assert report.lines[0] == "4 Mar 2024  Nadia: Coffee with @Nadia."
    assert "[skipped: names nobody]" in report.lines[3]
    # an empty journal: Priya Raman, named in an untagged entry, is nobody yet
    assert report.added == {"conversations": 6, "people": 4}
    assert any("2 entries name nobody" in w for w in report.warnings)
    assert report.as_json()["rows"][1]["people"] == ["Marcus", "Nadia"]


def test_a_jrnl_export_becomes_conversations_with_its_dates_people_and_text(
    journal: Journal,
) -> None:
    journal.add_person(PersonDraft("Priya Raman"))
    marcus = journal.add_person(PersonDraft("Marcus Webb"))
    report = journals.JRNL.run(journal, JRNL)
    assert report.written
    found = people_of(journal)
    assert found == {
        "2024-03-04 Coffee with @Nadia.": ["Nadia"],
        "2024-03-11 Dinner with @Marcus and @Nadia.": ["Marcus Webb", "Nadia"],
        # no tag: the text names Priya Raman, who is in the journal
        "2024-04-02 Board prep call.": ["Priya Raman"],
        "2024-06-01 Breakfast with @sam-o-brien: he shared that his last company folded.": [
            "Sam O Brien"
        ],
        "2024-06-15 Émile called late. Café near the station next week? Il m'a dit « ça ne "
        "va pas ». @Émile": ["Émile"],
        "2024-07-09 1:1 with @Nadia on the offsite.": ["Nadia"],
        "2024-07-10 Texted @Marcus after the board meeting; he replied with a thumbs-up.": [
            "Marcus Webb"
        ],
    }
    by_date = {c.date: c for c in journal.conversations()}
    coffee = by_date[dt.date(2024, 3, 4)]
    assert coffee.note == (
        "Coffee with @Nadia.\nShe admitted the reorg is failing and asked what I would do "
        "in her place. #candid"
    )
    assert coffee.format == "one_on_one"
    assert by_date[dt.date(2024, 3, 11)].format == "dinner"
    assert by_date[dt.date(2024, 4, 2)].format == "call"
    assert by_date[dt.date(2024, 7, 10)].format == "message"
    # "#challenged-framing" is a signal's name: it is ticked
    assert by_date[dt.date(2024, 7, 9)].signals == ("they_challenged_framing",)
    assert journal.count_conversations(marcus.id) == 2
    assert dt.date(2024, 5, 20) not in by_date  # named nobody
    # imported notes are searchable like any other, and the journal is sound
    assert len(journal.search("reorg")) == 1
    assert journal.check() == []


def test_importing_the_same_jrnl_file_twice_adds_it_once(journal: Journal) -> None:
    first = journals.JRNL.run(journal, JRNL)
    counts = journal.counts()
    second = journals.JRNL.run(journal, JRNL)
    assert journal.counts() == counts
    assert first.added["conversations"] == 6
    assert second.added == {"conversations": 0, "people": 0}
    assert second.skipped == 8
    assert not second.written
    assert sum("[skipped: already imported]" in line for line in second.lines) == 6


def test_an_entry_edited_after_import_is_still_recognised(journal: Journal) -> None:
    journals.JRNL.run(journal, JRNL)
    coffee = next(c for c in journal.conversations() if c.date == dt.date(2024, 3, 4))
    from trustjournal.core.records import ConversationDraft

    journal.update_conversation(
        coffee.id,
        ConversationDraft(
            tuple(p.id for p in coffee.people),
            coffee.date,
            coffee.format,
            coffee.note + "\n\nLater: she called back to thank me.",
        ),
    )
    again = journals.JRNL.run(journal, JRNL)
    assert again.added["conversations"] == 0


def test_the_preview_choices_decide_who_each_tag_is(journal: Journal) -> None:
    nadia = journal.add_person(PersonDraft("Nadia Perez"))
    source = journals.read(JRNL, "jrnl")
    preview = journals.preview(journal, source)
    tags = {c.tag: c for c in preview.tags}
    # "@nadia" is the first name of a person in the journal: that person by default
    assert (tags["@nadia"].action, tags["@nadia"].person_id) == (PERSON, nadia.id)
    assert (tags["@marcus"].action, tags["@marcus"].name) == (NEW, "Marcus")
    assert tags["#candid"].action == IGNORE
    assert "#challenged-framing" not in tags  # a signal, not a person
    # the leader's choices: Marcus is nobody, Émile is Nadia (a nickname), the entries
    # naming nobody all go to a new person "Board"
    tags["@marcus"].action = IGNORE
    tags["@émile"].action, tags["@émile"].person_id = PERSON, nadia.id
    preview.unnamed = TagChoice("", NEW, name="Board")
    planned = journals.plan(preview)
    journals.apply(journal, planned)
    found = people_of(journal)
    assert found["2024-03-11 Dinner with @Marcus and @Nadia."] == ["Nadia Perez"]
    assert found["2024-05-20 Quiet week."] == ["Board"]
    assert sorted(p.name for p in journal.people()) == ["Board", "Nadia Perez", "Sam O Brien"]
    assert journal.count_conversations(nadia.id) == 4


def test_a_tag_that_fits_two_people_is_left_for_the_leader(journal: Journal) -> None:
    journal.add_person(PersonDraft("Nadia Perez"))
    journal.add_person(PersonDraft("Nadia Okafor"))
    preview = journals.preview(journal, journals.read(JRNL, "jrnl"))
    nadia = next(c for c in preview.tags if c.tag == "@nadia")
    assert nadia.action == IGNORE and len(nadia.candidates) == 2
    report = journals.report("jrnl", preview, journals.plan(preview), written=False)
    assert any("fit several people" in w and "@nadia" in w for w in report.warnings)


def test_cancelling_an_import_writes_nothing(journal: Journal) -> None:
    before = journal.counts()
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled):
        journals.JRNL.run(journal, JRNL, cancel=cancel)
    assert journal.counts() == before

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:  # the GUI's ticket raises like this
        raise Stop()

    big = journals.read(JRNL, "jrnl")
    big.entries = big.entries * 10  # more than one progress step
    planned = journals.plan(journals.preview(journal, big))
    with pytest.raises(Stop):
        journals.apply(journal, planned, progress=progress)
    assert journal.counts() == before
    assert journal.people() == []


# -- Day One --------------------------------------------------------------------------------


def test_a_day_one_export_becomes_conversations(journal: Journal) -> None:
    journal.add_person(PersonDraft("Priya Raman"))
    marcus = journal.add_person(PersonDraft("Marcus Webb"))
    nadia = journal.add_person(PersonDraft("Nadia Perez"))
    report = journals.DAYONE.run(journal, DAYONE)
    assert report.added == {"conversations": 3, "people": 0}
    by_date = {c.date: c for c in journal.conversations()}
    # 23:30 UTC on 4 March in Zürich is 5 March; 03:30 UTC on 12 March in New York is 11
    assert set(by_date) == {dt.date(2024, 3, 5), dt.date(2024, 3, 11), dt.date(2024, 4, 2)}
    dinner = by_date[dt.date(2024, 3, 5)]
    assert [p.id for p in dinner.people] == [nadia.id]  # the tag "Nadia Perez"
    assert dinner.format == "dinner"
    assert dinner.note == (
        "# Dinner with Nadia Perez\nShe said the reorg is failing and she does not know how "
        "to tell her board. I admitted I had the same doubt last year.\n\n"
        "Tags: Nadia Perez, candid\nPlace: Kronenhalle, Zürich, Switzerland"
    )
    call = by_date[dt.date(2024, 3, 11)]
    assert [p.id for p in call.people] == [marcus.id]  # the tag "Marcus": a first name
    assert call.note.startswith("[photo]\n\nLate call with Marcus (he was in the airport")
    assert call.signals == ("they_challenged_framing",)
    assert [p.name for p in by_date[dt.date(2024, 4, 2)].people] == ["Priya Raman"]
    assert any("1 photo(s)" in w for w in report.warnings)
    # again: nothing new
    assert journals.DAYONE.run(journal, DAYONE).added["conversations"] == 0


def test_a_day_one_zip_with_several_journals(journal: Journal, tmp_path: Path) -> None:
    journal.add_person(PersonDraft("Nadia Perez"))
    with zipfile.ZipFile(DAYONE) as z:
        doc = json.loads(z.read("Journal.json"))
    work = {"metadata": {"version": "1.0"}, "entries": doc["entries"][:1]}
    home = {"metadata": {"version": "1.0"}, "entries": doc["entries"][3:]}
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Work.json", json.dumps(work))
        z.writestr("Home Life.json", json.dumps(home))
    source = journals.read(path, "dayone")
    assert [e.journal for e in source.entries] == ["Home Life", "Work"]
    journals.DAYONE.run(journal, path)
    (only,) = journal.conversations()
    assert only.note.endswith("Day One journal: Work")


def test_a_plain_day_one_journal_json_is_read_too(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    with zipfile.ZipFile(DAYONE) as z:
        path.write_bytes(z.read("Journal.json"))
    assert formats.detect(path).name == "dayone"
    assert len(journals.read(path, "dayone").entries) == 4


# -- bad input ------------------------------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compress) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _journal_json() -> bytes:
    with zipfile.ZipFile(DAYONE) as z:
        return z.read("Journal.json")


def bad_bomb(tmp: Path) -> Path:
    # 50 MB of zeros deflate to about 50 KB
    return _zip(tmp / "bomb.zip", {"Journal.json": b"0" * 50_000_000})


def bad_traversal(tmp: Path) -> Path:
    return _zip(tmp / "evil.zip", {"Journal.json": _journal_json(), "../../evil.json": b"{}"})


def bad_absolute(tmp: Path) -> Path:
    return _zip(tmp / "abs.zip", {"/etc/Journal.json": b"{}", "Journal.json": _journal_json()})


def bad_no_journal(tmp: Path) -> Path:
    return _zip(tmp / "photos.zip", {"photos/a.jpeg": b"\xff\xd8\xff\xd9", "readme.txt": b"hi"})


def bad_encrypted(tmp: Path) -> Path:
    # zipfile writes no encrypted members: set the "encrypted" bit in both headers
    data = bytearray(_zip(tmp / "plain.zip", {"Journal.json": _journal_json()}).read_bytes())
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    data[local + 6] |= 0x1
    data[central + 8] |= 0x1
    path = tmp / "locked.zip"
    path.write_bytes(bytes(data))
    return path


def bad_truncated_zip(tmp: Path) -> Path:
    data = DAYONE.read_bytes()
    path = tmp / "cut.zip"
    path.write_bytes(data[: len(data) // 2])
    return path


def bad_dayone_json(tmp: Path) -> Path:
    return _zip(tmp / "broken.zip", {"Journal.json": _journal_json()[:-40]})


def bad_dayone_entry(tmp: Path) -> Path:
    doc = json.loads(_journal_json())
    del doc["entries"][2]["creationDate"]
    return _zip(tmp / "nodate.zip", {"Journal.json": json.dumps(doc).encode()})


def bad_jrnl_json(tmp: Path) -> Path:
    path = tmp / "jrnl.json"
    path.write_bytes(JRNL.read_bytes()[:-200])
    return path


def bad_jrnl_shape(tmp: Path) -> Path:
    path = tmp / "other.json"
    path.write_text(
        json.dumps(
            {
                "tags": {},
                "entries": [{"title": "x", "date": "2024-01-01"}, {"title": "no date", "body": ""}],
            }
        )
    )
    return path


def bad_jrnl_entries(tmp: Path) -> Path:
    path = tmp / "dict.json"
    path.write_text(json.dumps({"tags": {}, "entries": {"title": "x"}}))
    return path


def bad_jrnl_tags(tmp: Path) -> Path:
    path = tmp / "tags.json"
    path.write_text(
        json.dumps(
            {
                "tags": {},
                "entries": [
                    {
                        "title": "x",
                        "body": "",
                        "date": "2024-01-01",
                        "time": "09:00",
                        "tags": "@nadia",
                    }
                ],
            }
        )
    )
    return path


def bad_latin1(tmp: Path) -> Path:
    path = tmp / "latin1.json"
    path.write_bytes(JRNL.read_text().encode().decode("unicode_escape").encode("latin-1"))
    return path


def bad_huge(tmp: Path) -> Path:
    path = tmp / "huge.json"
    with path.open("wb") as f:  # sparse: takes no room
        f.truncate(formats.MAX_FILE_BYTES * 2)
    return path


def bad_not_a_zip(tmp: Path) -> Path:
    path = tmp / "export.zip"
    path.write_bytes(b"PK\x03\x04 this is no zip at all")
    return path


BAD = [
    # (the file, its format, words the message must have)
    (bad_bomb, "dayone", ["Journal.json", "zip bomb", "nothing was imported"]),
    (bad_traversal, "dayone", ["'../../evil.json'", "outside the archive"]),
    (bad_absolute, "dayone", ["'/etc/Journal.json'", "outside the archive"]),
    (bad_no_journal, "dayone", ["without Journal.json", "not a Day One JSON export"]),
    (bad_encrypted, "dayone", ["encrypted", "without a password"]),
    (bad_truncated_zip, "dayone", ["not a readable zip"]),
    (bad_not_a_zip, "dayone", ["not a readable zip"]),
    (bad_dayone_json, "dayone", ["Journal.json in broken.zip is not valid JSON at line"]),
    (bad_dayone_entry, "dayone", ["entry 3 of Journal.json in nodate.zip has no creationDate"]),
    (bad_jrnl_json, "jrnl", ["jrnl.json is not valid JSON at line"]),
    (bad_jrnl_shape, "jrnl", ["entry 2 of other.json has no date"]),
    (bad_jrnl_entries, "jrnl", ["not a jrnl export (no list of entries)"]),
    (bad_jrnl_tags, "jrnl", ["entry 1 (2024-01-01) of tags.json: its tags are not a list"]),
    (bad_latin1, "jrnl", ["latin1.json is not UTF-8 text (line 6"]),
    (bad_huge, "jrnl", ["huge.json is 400 MB, more than the 200 MB", "nothing was imported"]),
]


@pytest.mark.parametrize(("make", "fmt", "words"), BAD, ids=[b[0].__name__ for b in BAD])
def test_bad_input_is_refused_clearly_and_changes_nothing(
    journal: Journal, tmp_path: Path, make: object, fmt: str, words: list[str]
) -> None:
    journal.add_person(PersonDraft("Nadia Perez"))
    before = journal.counts()
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ImportRefused) as refused:
        journals.BY_NAME[fmt].run(journal, path)
    message = str(refused.value)
    for word in words:
        assert word in message
    assert "nothing was imported" in message
    assert journal.counts() == before
    assert not any(tmp_path.glob("**/evil.json")) and not Path("/etc/Journal.json").exists()


def test_a_zip_with_too_many_members_or_too_much_json_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _zip(
        tmp_path / "many.zip",
        {f"photos/{i}.jpeg": b"x" for i in range(30)} | {"Journal.json": _journal_json()},
    )
    monkeypatch.setattr(journal_files, "ZIP_MAX_MEMBERS", 20)
    with pytest.raises(ImportRefused, match="holds 31 files, more than the 20"):
        journal_files.read_dayone(path)
    monkeypatch.setattr(journal_files, "ZIP_MAX_MEMBERS", 100)
    monkeypatch.setattr(journal_files, "ZIP_MAX_JSON_BYTES", 1000)
    with pytest.raises(ImportRefused, match="more than the 0 MB an import reads"):
        journal_files.read_dayone(path)


def test_what_a_zip_bomb_declares_is_checked_before_anything_is_inflated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = bad_bomb(tmp_path)
    inflated: list[str] = []
    real_read = zipfile.ZipFile.read

    def read(self: zipfile.ZipFile, name: object, pwd: bytes | None = None) -> bytes:
        inflated.append(str(name))
        return real_read(self, name, pwd)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "read", read)
    with pytest.raises(ImportRefused):
        journal_files.read_dayone(path)
    assert inflated == []
    assert path.stat().st_size < 200_000  # the bomb is small on disk


def test_sniffing_tells_the_formats_apart() -> None:
    head = JRNL.read_bytes()[:4096]
    assert journal_files.sniff_jrnl(head, "x.json")
    assert not journal_files.sniff_dayone(head, "x.json")
    dayone = DAYONE.read_bytes()[:4096]
    assert journal_files.sniff_dayone(dayone, "export.zip")
    assert not journal_files.sniff_jrnl(dayone, "export.zip")
    plain = _journal_json()[:4096]
    assert journal_files.sniff_dayone(plain, "Journal.json")
    assert not journal_files.sniff_jrnl(plain, "Journal.json")
    other_zip = io.BytesIO()
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    assert not journal_files.sniff_dayone(other_zip.getvalue(), "report.docx")
    assert not journal_files.sniff_jrnl(b'{"people": []}', "x.json")
