"""Contacts in (issue 17, point 1): real vCard files read, matched, previewed and imported.

The 3.0 and 4.0 files are written by vobject's own serializer (tests/vcard_samples.py);
the 4.0 samples come from vobject's test suite and the 2.1 one is written as Outlook does
(tests/data/vcard/README.md). Bad input is in test_vcard_bad_input.py, matching in
test_vcard_matching.py.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from vcard_samples import BRIGHT_CARD, DATA, Contact, many, write

from trustjournal.core.backup import archive
from trustjournal.core.exchange import formats, vcard
from trustjournal.core.exchange.formats import ImportRefused
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import ties
from trustjournal.core.records import ConversationDraft, PersonDraft

BRIGHTMOOR = BRIGHT_CARD


def people(journal: Journal) -> dict[str, object]:
    return {p.name: p for p in journal.people()}


def state(journal: Journal) -> tuple[object, ...]:
    """Everything an import may change."""
    return (tuple(journal.people()), tuple(journal.identities()))


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_vobject_file_becomes_people_with_role_notes_aliases(
    journal: Journal, tmp_path: Path, version: str
) -> None:
    path = write(tmp_path / "contacts.vcf", [BRIGHTMOOR, Contact("Émile Zola")], version)
    report = vcard.run(journal, path)
    assert report.written and report.added == {"people": 2}
    dana = journal.person_by_name("Dana Whitfield")
    assert dana is not None
    assert dana.role == "CEO, Brightmoor Media"
    assert dana.notes == "Met at the Lisbon retreat.\nPrefers calls to e-mail."
    assert dana.aliases == ("Dee",)
    kinds = {(i.kind, i.value) for i in journal.identities(dana.id)}
    assert kinds == {
        ("vcard_uid", BRIGHTMOOR.uid),
        ("email", "dana@brightmoor.example"),
        ("email", "dana.w@home.example"),
    }
    emile = journal.person_by_name("émile zola")
    assert emile is not None and emile.role == ""
    assert [i.kind for i in journal.identities(emile.id)] == ["fingerprint"]


def test_vobject_test_suite_samples(journal: Journal) -> None:
    full = vcard.read_cards(DATA / "vobject_vcard40_full.vcf")
    (john,) = full.cards
    assert john.name == "Dr. John Q. Public, III"  # the escaped comma is kept
    assert (john.title, john.organisation) == ("CEO", "Example Corp.")
    assert john.role == "CEO, Example Corp."
    assert john.nicknames == ("Johnny", "JQP")
    assert john.emails == ("john.public@example.com", "johnny@personal.example.org")
    assert john.notes == "This is a note about John.\nHe likes vCards."
    assert john.uid == "urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6"

    (taro,) = vcard.read_cards(DATA / "vobject_vcard40_multilang.vcf").cards
    assert taro.name == "Yamada Taro"

    with pytest.raises(ImportRefused, match=r"card 1 \(line 1\): a company or group"):
        vcard.read_cards(DATA / "vobject_vcard40_org.vcf")


def test_outlook_21_quoted_printable_with_soft_breaks_and_charsets(journal: Journal) -> None:
    cards = vcard.read_cards(DATA / "outlook_21_quoted_printable.vcf").cards
    assert [c.name for c in cards] == ["Jürgen Müller", "Begoña Ibáñez"]
    jurgen = cards[0]
    assert jurgen.role == "Managing Director, Bäckerei Öztürk GmbH"
    assert "about the board transition" in jurgen.notes  # the soft line break is joined
    assert jurgen.emails == ("juergen.mueller@example.de",)


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "iso-8859-1", "cp1252"],
)
def test_encodings(journal: Journal, tmp_path: Path, encoding: str) -> None:
    path = write(
        tmp_path / "contacts.vcf",
        [Contact("Chloé Dubois", org="Société Générale", title="Directrice")],
        encoding=encoding,
    )
    assert formats.detect(path).name == "vcard"
    vcard.run(journal, path)
    chloe = journal.person_by_name("Chloé Dubois")
    assert chloe is not None and chloe.role == "Directrice, Société Générale"


def test_recognised_by_content_not_by_name(journal: Journal, tmp_path: Path) -> None:
    path = write(tmp_path / "export.txt", [BRIGHTMOOR])
    assert formats.detect(path).label.startswith("Contacts")


def test_dry_run_writes_nothing_and_reads_well(journal: Journal, tmp_path: Path) -> None:
    journal.add_person(PersonDraft("Robert Okafor", "COO, Fernway"))
    path = write(
        tmp_path / "contacts.vcf",
        [BRIGHTMOOR, Contact("Bob Okafor", emails=("bob@fernway.example",))],
    )
    before = state(journal)
    report = vcard.run(journal, path, dry_run=True)
    assert state(journal) == before and not report.written
    assert report.lines[0] == "1 new, 1 already in your journal, 0 to decide."
    assert "add" in report.lines[1] and "Dana Whitfield" in report.lines[1]
    assert "merge into Robert Okafor" in report.lines[2]
    assert "Bob is short for Robert" in report.lines[2]
    assert [r["action"] for r in report.rows] == ["add", "merge"]
    assert report.rows[1]["into"] == "Robert Okafor"
    assert report.as_json()["written"] is False


def test_reimport_adds_nothing(journal: Journal, tmp_path: Path) -> None:
    contacts = [BRIGHTMOOR, *many(40)]
    path = write(tmp_path / "contacts.vcf", contacts, "4.0")
    first = vcard.run(journal, path)
    assert first.added == {"people": 41}
    after_first = state(journal)

    second = vcard.run(journal, path)
    assert state(journal) == after_first
    assert not second.written and second.skipped == 41
    assert all(r["action"] == "skip" and r["reason"] == "already imported" for r in second.rows)
    assert second.lines[0] == "0 new, 41 already in your journal, 0 to decide."

    # The same contacts exported again by another program (3.0, other order): still nothing.
    again = write(tmp_path / "again.vcf", list(reversed(contacts)), "3.0")
    third = vcard.run(journal, again)
    assert state(journal) == after_first and not third.written


def test_a_changed_card_fills_only_what_is_empty(journal: Journal, tmp_path: Path) -> None:
    journal.add_person(PersonDraft("Dana Whitfield", "Chair", notes="My own words."))
    vcard.run(journal, write(tmp_path / "a.vcf", [BRIGHTMOOR]))
    dana = journal.person_by_name("Dana Whitfield")
    assert dana is not None
    assert (dana.role, dana.notes) == ("Chair", "My own words.")  # never overwritten
    assert dana.aliases == ("Dee",)
    assert len(journal.identities(dana.id)) == 3
    assert len(journal.people()) == 1


def test_same_contact_twice_in_one_file_is_one_person(journal: Journal, tmp_path: Path) -> None:
    twin = Contact("Dana Whitfield", nicknames=("D.W.",), emails=("dana@brightmoor.example",))
    report = vcard.run(journal, write(tmp_path / "a.vcf", [BRIGHTMOOR, twin]))
    assert report.added == {"people": 1}
    dana = journal.person_by_name("Dana Whitfield")
    assert dana is not None and set(dana.aliases) == {"Dee", "D.W."}


def test_adding_someone_whose_name_is_taken_keeps_them_apart(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add_person(PersonDraft("Sam Lee", "CTO, Acme"))
    path = write(tmp_path / "a.vcf", [Contact("Sam Lee", org="Globex")])
    preview = vcard.preview(journal, path)
    (row,) = preview.rows
    assert row.status is vcard.Status.CONFLICT and row.action.value == "skip"
    assert "another organisation" in row.reason
    journal.import_contacts([row.choose(vcard.Action.ADD)])
    assert {p.name for p in journal.people()} == {"Sam Lee", "Sam Lee (Globex)"}


def test_imported_people_are_too_early_and_not_ties(journal: Journal, tmp_path: Path) -> None:
    today = dt.date.today()
    journal.add_conversation(ConversationDraft((), today, "one_on_one", new_people=("Ines",)))
    before = ties.capacity(journal.assess_ties(today), today)
    vcard.run(journal, write(tmp_path / "a.vcf", many(12)))
    assessed = journal.assess_ties(today)
    imported = [a for a in assessed if a.person.name != "Ines"]
    assert len(imported) == 12
    assert {a.flag for a in imported} == {ties.Flag.TOO_EARLY}
    assert imported[0].reasons[0] == "No conversations recorded yet"
    after = ties.capacity(assessed, today)
    assert (after.honest, after.others, after.counts) == (
        before.honest,
        before.others,
        before.counts,
    )


def test_cancel_writes_nothing(journal: Journal, tmp_path: Path) -> None:
    path = write(tmp_path / "a.vcf", many(300))
    before = state(journal)
    cancel = threading.Event()
    with pytest.raises(ImportRefused, match="cancelled; nothing was imported"):
        vcard.run(journal, path, progress=lambda done, total: cancel.set(), cancel=cancel)
    assert state(journal) == before

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:  # the desktop app's cancel raises from progress
        raise Stop

    with pytest.raises(Stop):
        vcard.run(journal, path, progress=stop)
    assert state(journal) == before


def test_merging_people_keeps_their_identities(journal: Journal, tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.vcf", [BRIGHTMOOR, Contact("D. Whitfield", emails=("dw@x.example",))]
    )
    vcard.run(journal, path)
    keep = journal.person_by_name("Dana Whitfield")
    other = journal.person_by_name("D. Whitfield")
    assert keep is not None and other is not None
    journal.merge_people(keep.id, other.id)
    assert {i.person_id for i in journal.identities()} == {keep.id}
    assert not vcard.run(journal, path).written


def test_backup_round_trip_keeps_identities(journal: Journal, tmp_path: Path) -> None:
    path = write(tmp_path / "a.vcf", [BRIGHTMOOR, *many(5)])
    vcard.run(journal, path)
    identities = journal.identities()
    archive.make(journal, tmp_path / "journal.tjbackup")
    restored = archive.restore(tmp_path / "journal.tjbackup", PASSPHRASE, tmp_path / "restored")
    with Journal.open(restored, PASSPHRASE) as again:
        assert again.identities() == identities
        assert not vcard.run(again, path).written  # the restored journal knows them
