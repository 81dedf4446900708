"""A person's aliases in the journal (schema version 7): kept, checked, searchable, merged,
carried by backups, and the conversations of others that mention a person."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from test_migrations import make_vault_at

from trustjournal import __version__
from trustjournal.core.backup import archive as backup
from trustjournal.core.backup import format as backup_format
from trustjournal.core.backup import payload as backup_payload
from trustjournal.core.errors import BackupInvalid, InvalidInput, NotFound
from trustjournal.core.journal import validation
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement.mentions import PersonNames
from trustjournal.core.records import ConversationDraft, PersonDraft
from trustjournal.core.store import migrations

DAY = dt.date(2026, 5, 4)


def test_aliases_are_kept_tidied_and_each_once(journal: Journal) -> None:
    mo = journal.add_person(PersonDraft("Mohammed Jalali", aliases=("  Mo ", "MJ", "mo", "")))
    assert mo.aliases == ("Mo", "MJ")
    assert journal.person(mo.id).aliases == ("Mo", "MJ")
    # the person's own name is not an alias of theirs
    assert journal.set_aliases(mo.id, ["mohammed  jalali", "The  Admiral"]).aliases == (
        "The Admiral",
    )
    assert journal.set_aliases(mo.id, ()).aliases == ()


def test_an_update_that_does_not_name_aliases_keeps_them(journal: Journal) -> None:
    mo = journal.add_person(PersonDraft("Mohammed Jalali", aliases=("Mo",)))
    journal.update_person(mo.id, PersonDraft("Mohammed Jalali", role="CFO"))
    journal.set_archived(mo.id, True)
    assert journal.person(mo.id).aliases == ("Mo",)
    journal.update_person(mo.id, PersonDraft("Mohammed Jalali", aliases=("Moe",)))
    assert journal.person(mo.id).aliases == ("Moe",)


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        (("x" * (validation.ALIAS_MAX_LENGTH + 1),), "at most 40 characters"),
        (("--",), "letter or digit"),
        (tuple(f"A{i}" for i in range(validation.ALIASES_MAX + 1)), "at most 12 aliases"),
    ],
)
def test_aliases_out_of_bounds_are_refused(
    journal: Journal, aliases: tuple[str, ...], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        journal.add_person(PersonDraft("Ana Ruiz", aliases=aliases))
    assert journal.people() == []


def test_bounds_are_inclusive(journal: Journal) -> None:
    longest = "x" * validation.ALIAS_MAX_LENGTH
    many = tuple(f"A{i}" for i in range(validation.ALIASES_MAX - 1))
    assert len(journal.add_person(PersonDraft("Ana", aliases=(longest, *many))).aliases) == 12


def test_an_alias_may_be_shared_but_never_another_persons_name(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana Ruiz", aliases=("Boss",)))
    bo = journal.add_person(PersonDraft("Bo Lind", aliases=("Boss",)))
    assert bo.aliases == ("Boss",)
    with pytest.raises(InvalidInput, match="another person's full name") as caught:
        journal.set_aliases(bo.id, ["ana  RUIZ"])
    assert "ana" not in str(caught.value).casefold()  # no name in an error
    assert journal.person(bo.id).aliases == ("Boss",)
    journal.set_aliases(ana.id, ["Ana Ruiz"])  # one's own name: dropped, not refused


def test_aliases_are_searchable(journal: Journal) -> None:
    mo = journal.add_person(PersonDraft("Mohammed Jalali", aliases=("Moe",)))
    assert [(h.kind, h.id) for h in journal.search("Moe")] == [("person", mo.id)]
    journal.set_aliases(mo.id, ["Admiral"])
    assert journal.search("Moe") == []
    assert [h.id for h in journal.search("admiral")] == [mo.id]
    assert journal.check() == []


def test_merging_keeps_both_aliases_and_the_other_name(journal: Journal) -> None:
    maya = journal.add_person(PersonDraft("Maya Chen", aliases=("MC",))).id
    dup = journal.add_person(PersonDraft("M. Chen", aliases=("Mai", "mc"))).id
    assert journal.merge_people(maya, dup).aliases == ("MC", "M. Chen", "Mai")


def test_people_names(journal: Journal) -> None:
    journal.add_person(PersonDraft("Zoe Park"))
    mo = journal.add_person(PersonDraft("Mohammed Jalali", aliases=("Mo",)))
    assert journal.people_names()[0] == PersonNames(mo.id, "Mohammed Jalali", ("Mo",))


# -- the upgrade from version 6 ----------------------------------------------------------------


def test_a_version_six_journal_upgrades_with_no_aliases_and_can_take_them(
    vault_path: Path,
) -> None:
    make_vault_at(vault_path, 6)
    with Journal.open(vault_path, PASSPHRASE) as j:
        with j._open_store().raw() as conn:
            assert migrations.version(conn) == migrations.LATEST
        [maya] = j.people()
        assert maya.aliases == () and maya.role == "CEO, Northwind"
        assert [h.kind for h in j.search("Northwind")] == ["person"]  # index rebuilt
        j.set_aliases(maya.id, ["Mai"])
        assert [h.id for h in j.search("Mai")] == [maya.id]
        assert j.check() == []
    with Journal.open(vault_path, PASSPHRASE) as j:  # kept across opening again
        assert j.people()[0].aliases == ("Mai",)


# -- backups -------------------------------------------------------------------------------------


def test_a_backup_round_trips_aliases(journal: Journal, tmp_path: Path) -> None:
    journal.add_person(PersonDraft("Mohammed Jalali", aliases=("Mo", "The Admiral")))
    journal.add_person(PersonDraft("Ana Ruiz"))
    made = tmp_path / "b.tjbackup"
    backup.make(journal, made)
    into = backup.restore(made, PASSPHRASE, tmp_path / "restored")
    with Journal.open(into, PASSPHRASE) as restored:
        assert restored.people() == journal.people()
        assert [h.kind for h in restored.search("admiral")] == ["person"]


def _sealed(journal: Journal, path: Path, lines: list[dict[str, object]]) -> Path:
    payload = zlib.compress("".join(json.dumps(x) + "\n" for x in lines).encode())
    stanza, key = journal.backup_key()
    with path.open("wb") as f:
        backup_format.write(
            f,
            stanza,
            key,
            [payload],
            created_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
            app_version=__version__,
        )
    return path


def _lines(version: int, person: dict[str, object]) -> list[dict[str, object]]:
    counts = dict.fromkeys(backup_payload.count_names(version), 0)  # as that version wrote
    counts["people"] = 1
    head = {
        "format": "trustjournal-export",
        "version": version,
        "app_version": "0.1.0",
        "created_at": None,
        "counts": counts,
    }
    base = {
        "type": "person",
        "id": 1,
        "name": "Ana Ruiz",
        "role": "",
        "how_met": "",
        "notes": "",
        "archived": False,
    }
    return [head, {**base, **person}, {"type": "end", "counts": counts}]


def test_a_version_one_backup_restores_without_aliases(journal: Journal, tmp_path: Path) -> None:
    old = _sealed(journal, tmp_path / "v1.tjbackup", _lines(1, {}))
    into = backup.restore(old, PASSPHRASE, tmp_path / "restored")
    with Journal.open(into, PASSPHRASE) as restored:
        assert [(p.name, p.aliases) for p in restored.people()] == [("Ana Ruiz", ())]


@pytest.mark.parametrize(
    ("version", "person", "detail"),
    [
        (1, {"aliases": ["A"]}, "unknown field 'aliases'"),
        (2, {}, "without 'aliases'"),
        (2, {"aliases": "Mo"}, "not a list of non-empty texts"),
        (2, {"aliases": ["Mo", " "]}, "not a list of non-empty texts"),
        (2, {"aliases": ["Mo", "MO"]}, "repeats itself"),
    ],
)
def test_aliases_out_of_form_in_a_backup_are_refused(
    journal: Journal, tmp_path: Path, version: int, person: dict[str, object], detail: str
) -> None:
    bad = _sealed(journal, tmp_path / "bad.tjbackup", _lines(version, person))
    with pytest.raises(BackupInvalid, match=detail):
        backup.verify(bad, key=journal.backup_key()[1])


# -- mentioned in others' conversations ----------------------------------------------------------


def _talk(journal: Journal, people: tuple[int, ...], note: str, day: int) -> int:
    draft = ConversationDraft(people, DAY + dt.timedelta(days=day), "call", note)
    return journal.add_conversation(draft).id


def test_mentions_of_a_person(journal: Journal) -> None:
    nadia = journal.add_person(PersonDraft("Nadia Perez", aliases=("Nad",))).id
    sam_o = journal.add_person(PersonDraft("Sam Ortiz")).id
    sam_l = journal.add_person(PersonDraft("Sam Lee")).id
    omar = journal.add_person(PersonDraft("Omar Said")).id
    by_name = _talk(journal, (omar,), "Omar thinks Nadia Perez is right.", 1)
    by_first = _talk(journal, (omar,), "Then Nadia's plan came up.", 2)
    by_alias = _talk(journal, (sam_o,), "Nad was quoted.", 3)
    _talk(journal, (nadia,), "Nadia herself: she admitted doubt.", 4)  # she was there
    _talk(journal, (omar,), "Nadiaesque and nadia perez in lower case.", 5)  # not her
    _talk(journal, (omar,), "Sam was quiet.", 6)  # ambiguous: neither Sam
    by_sam_lee = _talk(journal, (omar,), "Sam Lee disagreed with Sam.", 7)
    assert [c.id for c in journal.mentions_of(nadia)] == [by_alias, by_first, by_name]
    assert [c.id for c in journal.mentions_of(sam_l)] == [by_sam_lee]
    assert journal.mentions_of(sam_o) == []
    assert journal.mentions_of(omar) == []
    assert [c.id for c in journal.mentions_of(nadia, limit=1)] == [by_alias]
    with pytest.raises(NotFound):
        journal.mentions_of(999)
