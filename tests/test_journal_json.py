"""Reading journal.json back: recognised by its content, restored whole into an empty
journal, refused (naming the entry, writing nothing) for every kind of bad input, and never
mixed into a journal that already has entries."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import vobject
from helpers import PASSPHRASE

from trustjournal.core.demo import builder as demo
from trustjournal.core.exchange import formats, journal_json
from trustjournal.core.exchange.contents import read
from trustjournal.core.exchange.formats import ImportRefused
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real journal.json: the demo journal's."""
    with Journal.create(tmp_path_factory.mktemp("demo") / "v", PASSPHRASE) as source:
        demo.build(source, as_of=AS_OF, people=8, conversations=60)
        return journal_json.dumps(read(source, as_of=AS_OF))


def _edit(change: Callable[[dict], None]) -> Callable[[bytes], bytes]:
    def edited(data: bytes) -> bytes:
        doc = json.loads(data)
        change(doc)
        return json.dumps(doc).encode()

    return edited


def _set(key: str, index: int, field: str, value: object) -> Callable[[dict], None]:
    return lambda doc: doc[key][index].__setitem__(field, value)


def _vcard(_: bytes) -> bytes:
    card = vobject.vCard()
    card.add("fn").value = "Maya Chen"
    card.add("n").value = vobject.vcard.Name(family="Chen", given="Maya")
    card.add("email").value = "maya@example.org"
    return card.serialize().encode("utf-8")


# One row a bad file: how it is made from a good journal.json, and what the message says.
BAD: list[tuple[str, Callable[[bytes], bytes], str]] = [
    ("truncated", lambda d: d[: len(d) // 2], r"not complete JSON \(.* at line \d+, column"),
    ("empty", lambda d: b"", "it is empty"),
    ("wrong format name", _edit(lambda d: d.update(format="trustjournal-export")),
     "not a TrustJournal journal.json .*'trustjournal-export'"),
    ("no format", _edit(lambda d: d.pop("format")), 'it has no "format"'),
    ("newer version", _edit(lambda d: d.update(version=2)),
     "newer TrustJournal .*version 2; this one reads up to 1"),
    ("version not a number", _edit(lambda d: d.update(version="1")), "not a whole number"),
    ("unknown key", _edit(lambda d: d.update(extra=1)), 'unknown key "extra"'),
    ("missing kind", _edit(lambda d: d.pop("decisions")), 'it has no "decisions"'),
    ("counts disagree", _edit(lambda d: d["counts"].update(people=99)),
     '"counts" says 99 people but the list holds 8'),
    ("bad date", _edit(_set("conversations", 3, "date", "2026-13-01")),
     r"conversations\[3\] \(id 4\): a conversation's 'date' is not a date"),
    ("unknown signal type", _edit(_set("conversations", 0, "signals", [7])),
     r"conversations\[0\] \(id 1\): a conversation's 'signals' is not a list of codes"),
    ("missing person", _edit(_set("conversations", 5, "people", [999])),
     r"conversations\[5\] \(id 6\): a conversation's 'people' names a person not in the file"),
    ("missing field", _edit(lambda d: d["people"][2].pop("name")),
     r"people\[2\] \(id 3\): a person without 'name'"),
    ("unknown field", _edit(_set("people", 1, "age", 40)),
     r"people\[1\] \(id 2\): a person with an unknown field 'age'"),
    ("same name twice", _edit(lambda d: d["people"][1].update(name=d["people"][0]["name"])),
     r"people\[1\] \(id 2\): two people with the same name"),
    ("discomfort out of range", _edit(_set("decisions", 0, "discomfort", 9)),
     r"decisions\[0\] \(id 1\): a decision's 'discomfort' is out of range"),
    ("entry not an object", _edit(lambda d: d["gatherings"].__setitem__(0, "x")),
     r"gatherings\[0\] is not an object"),
    ("a type field", _edit(_set("people", 0, "type", "person")), 'unknown field "type"'),
    ("top level is a list", lambda d: b"[" + d + b"]", "not a JSON document"),
    ("a vCard renamed .json", _vcard, "not a JSON document \\(it begins 'BEGIN:VCARD"),
    ("UTF-16", lambda d: d.decode().encode("utf-16"), "not UTF-8 text"),
    ("Latin-1", lambda d: d.decode().replace("Chen", "Chén").encode("latin-1", "replace")
     + "é".encode("latin-1"), "not UTF-8 text"),
    ("nested deep", lambda d: b'{"format": "trustjournal-journal", "x": ' + b"[" * 100_000
     + b"]" * 100_000 + b"}", "nested far deeper than a journal.json is"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "make", "message"), BAD, ids=[row[0] for row in BAD])
def test_bad_input_is_refused_and_writes_nothing(
    journal: Journal,
    tmp_path: Path,
    good: bytes,
    case: str,
    make: Callable[[bytes], bytes],
    message: str,
) -> None:
    path = tmp_path / "journal.json"
    path.write_bytes(make(good))
    for dry_run in (True, False):
        with pytest.raises(ImportRefused, match=message) as refused:
            journal_json.FORMAT.run(journal, path, dry_run=dry_run)
        assert "nothing was imported" in str(refused.value).lower()
    with journal.exporting() as found:
        assert not any(found.counts.values())


def test_a_huge_file_is_refused_before_it_is_read(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    with path.open("wb") as f:  # sparse: takes no room on disk
        f.write(b'{"format": "trustjournal-journal"')
        f.truncate(formats.MAX_FILE_BYTES + 1)
    with pytest.raises(ImportRefused, match="more than the 200 MB an import reads"):
        formats.detect(path)
    with pytest.raises(ImportRefused, match="more than the 200 MB"):
        journal_json.FORMAT.run(journal, path)


def test_recognised_by_content_not_by_name(tmp_path: Path, good: bytes) -> None:
    renamed = tmp_path / "notes.txt"
    renamed.write_bytes(good)
    assert formats.detect(renamed).name == "trustjournal-json"
    resaved = tmp_path / "resaved.json"  # another tool sorted the keys and re-indented it
    resaved.write_text(json.dumps(json.loads(good), sort_keys=True, indent=4), "utf-8")
    assert journal_json.FORMAT.sniff(resaved.read_bytes()[: formats.HEAD_BYTES], "x")
    card = tmp_path / "journal.json"
    card.write_bytes(_vcard(b""))
    assert not journal_json.FORMAT.sniff(card.read_bytes(), card.name)


def test_a_journal_with_entries_is_never_mixed_into(
    journal: Journal, tmp_path: Path, good: bytes
) -> None:
    journal.add_person(PersonDraft("Someone Already Here"))
    path = tmp_path / "journal.json"
    path.write_bytes(good)
    for dry_run in (True, False):
        with pytest.raises(ImportRefused, match=r"already holds 1 person.*into a new journal"):
            journal_json.FORMAT.run(journal, path, dry_run=dry_run)
    assert [p.name for p in journal.people()] == ["Someone Already Here"]


def test_dry_run_writes_nothing_and_says_what_it_would(
    journal: Journal, tmp_path: Path, good: bytes
) -> None:
    path = tmp_path / "journal.json"
    path.write_bytes(good)
    report = journal_json.FORMAT.run(journal, path, dry_run=True)
    assert not report.written and report.added["people"] == 8
    assert report.as_json()["written"] is False
    assert any("8 people" in line for line in report.lines)
    with journal.exporting() as found:
        assert not any(found.counts.values())
    done = journal_json.FORMAT.run(journal, path)
    assert done.written and len(journal.people()) == 8


def test_cancel_writes_nothing(journal: Journal, tmp_path: Path, good: bytes) -> None:
    import threading

    path = tmp_path / "journal.json"
    path.write_bytes(good)
    stop = threading.Event()
    stop.set()
    report = journal_json.FORMAT.run(journal, path, cancel=stop)
    assert not report.written
    with journal.exporting() as found:
        assert not any(found.counts.values())
