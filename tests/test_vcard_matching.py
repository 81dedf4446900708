"""Who an imported contact is (core/exchange/matching.py), table first: the people in the
journal, the card, and what the preview proposes with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from vcard_samples import Contact, write

from trustjournal.core.exchange import vcard
from trustjournal.core.exchange.matching import (
    Action,
    Card,
    ContactBook,
    KnownPerson,
    Status,
    counts_sentence,
    one_apart,
    plan,
    short_for,
)
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft

BOOK = ContactBook(
    (
        KnownPerson(1, "Robert Smith", role="CFO, Nimbus"),
        KnownPerson(2, "William Turner"),
        KnownPerson(3, "Elizabeth Taylor"),
        KnownPerson(4, "José Pérez"),
        KnownPerson(5, "Margaret Hale", aliases=("Meg H",)),
        KnownPerson(6, "Dana Kim", role="CTO, Acme"),
        KnownPerson(7, "Katherine Johnson"),
        KnownPerson(8, "Markus Allenby"),
        KnownPerson(9, "Markus Allanby"),
        KnownPerson(10, "Jon Doe"),
        KnownPerson(11, "Priya Raman"),
        KnownPerson(12, "Samuel Green", aliases=("Sam",)),
        KnownPerson(13, "Samantha Reyes", aliases=("Sam",)),
        KnownPerson(14, "Rob Chen"),
        KnownPerson(15, "Robert Chen"),
    ),
    {
        ("email", "priya@raman.example"): 11,
        ("vcard_uid", "urn:uuid:known"): 7,
        ("email", "dana@acme.example"): 6,
    },
)

# (card, status, action, into (person id), words in the reason)
TABLE = [
    (Card(1, 1, "Bob Smith"), Status.EXISTS, Action.MERGE, 1, "Bob is short for Robert"),
    (Card(1, 1, "Bill Turner"), Status.EXISTS, Action.MERGE, 2, "Bill is short for William"),
    (Card(1, 1, "Liz Taylor"), Status.EXISTS, Action.MERGE, 3, "Liz is short for Elizabeth"),
    (Card(1, 1, "Jose Perez"), Status.EXISTS, Action.MERGE, 4, "same name"),
    (Card(1, 1, "JOSÉ  pérez"), Status.EXISTS, Action.MERGE, 4, "same name"),
    (Card(1, 1, "Meg H"), Status.EXISTS, Action.MERGE, 5, "Meg H is an alias of Margaret Hale"),
    (
        Card(1, 1, "P. Raman", emails=("priya@raman.example",)),
        Status.EXISTS,
        Action.MERGE,
        11,
        "same e-mail",
    ),
    (
        Card(1, 1, "Kathy J", uid="urn:uuid:known"),
        Status.EXISTS,
        Action.MERGE,
        7,
        "imported before",
    ),
    (Card(1, 1, "Katherine Jonson"), Status.EXISTS, Action.MERGE, 7, "one letter from"),
    # One letter from two people: no guess.
    (Card(1, 1, "Markus Allnby"), Status.NEW, Action.ADD, None, "nobody"),
    # Too short to trust a one-letter difference: Jan is not Jon.
    (Card(1, 1, "Jan Doe"), Status.NEW, Action.ADD, None, "nobody"),
    (Card(1, 1, "Sam"), Status.CONFLICT, Action.SKIP, None, "could be 2 people"),
    (Card(1, 1, "Bob Chen"), Status.CONFLICT, Action.SKIP, None, "Rob Chen, Robert Chen"),
    (
        Card(1, 1, "Dana Kim", organisation="Globex"),
        Status.CONFLICT,
        Action.SKIP,
        None,
        "another organisation",
    ),
    (
        Card(1, 1, "Dana Kim", emails=("dana@globex.example",)),
        Status.CONFLICT,
        Action.SKIP,
        None,
        "another e-mail",
    ),
    (Card(1, 1, "Dana Kim", organisation="Acme"), Status.EXISTS, Action.MERGE, 6, "same name"),
    (Card(1, 1, "Grace Hopper"), Status.NEW, Action.ADD, None, "nobody by this name"),
]


@pytest.mark.parametrize(
    ("card", "status", "action", "into", "reason"), TABLE, ids=[r[0].name for r in TABLE]
)
def test_matching(
    card: Card, status: Status, action: Action, into: int | None, reason: str
) -> None:
    (row,) = plan([card], BOOK)
    assert (row.status, row.action, row.target) == (status, action, into)
    assert reason in row.reason


def test_a_conflict_offers_its_candidates() -> None:
    (row,) = plan([Card(1, 1, "Sam")], BOOK)
    assert [c.person_id for c in row.candidates] == [12, 13]
    chosen = row.choose(Action.MERGE, 13)
    assert chosen.describe() == "merge into Samantha Reyes"
    assert row.choose(Action.ADD).target is None


def test_counts_sentence() -> None:
    rows = plan([Card(1, 1, "Bob Smith"), Card(2, 2, "Sam"), Card(3, 3, "New One")], BOOK)
    assert counts_sentence(rows) == "1 new, 1 already in your journal, 1 to decide"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Bob", "Robert", True),
        ("bob", "Rob", True),  # two short forms of one name
        ("Liz", "Elizabeth", True),
        ("Pepe", "José", True),
        ("Bob", "Bob", False),  # not "short for": the same name
        ("Bob", "William", False),
    ],
)
def test_short_for(a: str, b: str, same: bool) -> None:
    assert short_for(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("johnson", "jonson", True),
        ("johnson", "johnsonn", True),
        ("johnson", "jonhson", True),  # swapped neighbours
        ("johnson", "jahnsan", False),
        ("johnson", "johnson", False),
    ],
)
def test_one_apart(a: str, b: str, near: bool) -> None:
    assert one_apart(a, b) is near


def test_matching_against_a_real_journal(journal: Journal, tmp_path: Path) -> None:
    journal.add_person(PersonDraft("Robert Smith", "CFO, Nimbus"))
    journal.add_person(PersonDraft("José Pérez"))
    journal.set_aliases(journal.add_person(PersonDraft("Margaret Hale")).id, ["Meg"])
    path = write(
        tmp_path / "c.vcf",
        [
            Contact("Bob Smith", emails=("bob@nimbus.example",)),
            Contact("Jose Perez", org="Brightmoor Media", title="CEO"),
            Contact("Meg", family="", given="Meg"),
            Contact("Ada Byron"),
        ],
        "4.0",
    )
    preview = vcard.preview(journal, path)
    assert [(r.status, r.describe()) for r in preview.rows] == [
        (Status.EXISTS, "merge into Robert Smith"),
        (Status.EXISTS, "merge into José Pérez"),
        (Status.EXISTS, "merge into Margaret Hale"),
        (Status.NEW, "add"),
    ]
    journal.import_contacts(preview.rows)
    jose = journal.person_by_name("José Pérez")
    assert jose is not None and jose.role == "CEO, Brightmoor Media"
    robert = journal.person_by_name("Robert Smith")
    assert robert is not None and "Bob Smith" in robert.aliases
    assert len(journal.people()) == 4
