"""People found in a note (core/judgement/mentions.py), table first: one row a situation,
the people the note names (certain) or the candidates it leaves open (ambiguous)."""

from __future__ import annotations

import random
import time

import pytest

from trustjournal.core.judgement.mentions import (
    Mention,
    NameIndex,
    PersonNames,
    Span,
    find_people,
)

NADIA, SAM_O, SAM_L, WILL, DON, JEAN, MOHAMMED, SOLO = 1, 2, 3, 4, 5, 6, 7, 8
PEOPLE = (
    PersonNames(NADIA, "Nadia Perez"),
    PersonNames(SAM_O, "Sam Ortiz"),
    PersonNames(SAM_L, "Sam Lee", ("MJ",)),
    PersonNames(WILL, "Will Hart"),
    PersonNames(DON, "Don Black"),
    PersonNames(JEAN, "Jean-Luc O'Brien"),
    PersonNames(MOHAMMED, "Mohammed Jalali", ("Mo", "the admiral")),
    PersonNames(SOLO, "Priya"),
)


def found(note: str, people: tuple[PersonNames, ...] = PEOPLE) -> list[tuple[str, tuple[int, ...]]]:
    """Each place a name is found, in note order: (the words, the candidates)."""
    places = [(span, m.candidates) for m in find_people(note, people) for span in m.spans]
    return [(span.text, ids) for span, ids in sorted(places, key=lambda p: p[0].start)]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # full name, first name, alias: certain
        ("Lunch with Nadia Perez today.", [("Nadia Perez", (NADIA,))]),
        ("Nadia was candid.", [("Nadia", (NADIA,))]),
        ("Mo called.", [("Mo", (MOHAMMED,))]),
        ("MJ pushed back.", [("MJ", (SAM_L,))]),
        ("Priya agreed.", [("Priya", (SOLO,))]),
        # the longest name wins: one mention, not also the first name
        ("Nadia Perez and Nadia", [("Nadia Perez", (NADIA,)), ("Nadia", (NADIA,))]),
        # spaces between the words of a name
        ("Nadia  Perez", [("Nadia  Perez", (NADIA,))]),
        ("Nadia\nPerez", [("Nadia\nPerez", (NADIA,))]),
        # whole words only: a name inside another word is not a mention
        ("Samantha and Nadiaesque", []),
        ("Sam2 and Mohammed_x and x_Nadia", []),
        ("Nadiaperez", []),
        # possessives (straight and curly apostrophe); the span is the name alone
        ("Nadia's plan", [("Nadia", (NADIA,))]),
        ("Nadia’s plan", [("Nadia", (NADIA,))]),
        ("Nadia Perez's team", [("Nadia Perez", (NADIA,))]),
        ("Jean-Luc O'Brien's view", [("Jean-Luc O'Brien", (JEAN,))]),
        ("Jean-Luc agreed", [("Jean-Luc", (JEAN,))]),
        ("Jean agreed", []),  # the first name is "Jean-Luc"
        # contractions are not names
        ("Don't worry. Don said so.", [("Don", (DON,))]),
        # case: a capitalised name only where the note capitalises it
        ("nadia perez", []),
        ("NADIA said", [("NADIA", (NADIA,))]),
        ("it will ship, said Will", [("Will", (WILL,))]),
        ("mo said", []),  # "Mo" was given with a capital
        ("then the admiral said", [("the admiral", (MOHAMMED,))]),
        ("The Admiral said", [("The Admiral", (MOHAMMED,))]),
        # an everyday word that is a first name is not a name at a sentence's start
        ("Will we ship? Maybe.", []),
        ("- Will said hi", []),
        ("Asked Will. He was honest.", [("Will", (WILL,))]),
        ("Will Hart said so.", [("Will Hart", (WILL,))]),  # the full name always counts
        # a shared first name: ambiguous, never a guess
        ("Sam was there.", [("Sam", (SAM_O, SAM_L))]),
        ("Sam's view", [("Sam", (SAM_O, SAM_L))]),
        ("Sam Ortiz, then Sam", [("Sam Ortiz", (SAM_O,)), ("Sam", (SAM_O, SAM_L))]),
        ("Sam Lee and Sam Ortiz", [("Sam Lee", (SAM_L,)), ("Sam Ortiz", (SAM_O,))]),
        # a first name or alias with another surname is somebody else
        ("an intro to Nadia Gomez", []),
        ("Mo Salah scored", []),
        ("Nadia I think agreed", [("Nadia", (NADIA,))]),
        ("Nadia Monday, Nadia, Perez", [("Nadia", (NADIA,)), ("Nadia", (NADIA,))]),
        ("Sam Ortiz Jr", [("Sam Ortiz", (SAM_O,))]),  # a full name stands
        # initials count only as an alias
        ("NP said", []),
        ("", []),
        ("no names at all", []),
    ],
)
def test_people_found_in_a_note(note: str, expected: list[tuple[str, tuple[int, ...]]]) -> None:
    assert found(note) == expected


def test_spans_point_into_the_note() -> None:
    note = "Before. Nadia’s idea, then Sam, then Nadia Perez again."
    for mention in find_people(note, PEOPLE):
        for span in mention.spans:
            assert note[span.start : span.end] == span.text


def test_one_mention_per_person_with_every_place() -> None:
    [nadia] = find_people("Nadia said. Later Nadia Perez added.", PEOPLE)
    assert nadia == Mention((Span(0, 5, "Nadia"), Span(18, 29, "Nadia Perez")), (NADIA,), "name")
    assert nadia.certain and nadia.person == NADIA and nadia.text == "Nadia"


def test_an_ambiguous_mention_has_no_person() -> None:
    [sam] = find_people("Sam said", PEOPLE)
    assert not sam.certain and sam.person is None
    assert sam.candidates == (SAM_O, SAM_L) and sam.how == "first name"


@pytest.mark.parametrize(
    ("people", "note", "expected"),
    [
        # an alias two people share: ambiguous
        (
            (PersonNames(1, "Ana Ruiz", ("Boss",)), PersonNames(2, "Bo Lind", ("Boss",))),
            "Boss said",
            [("Boss", (1, 2))],
        ),
        # an alias that is another person's first name: ambiguous
        (
            (PersonNames(1, "Samantha Jones", ("Sam",)), PersonNames(2, "Sam Ortiz")),
            "Sam said",
            [("Sam", (1, 2))],
        ),
        # a one-word name that is another person's first name: ambiguous
        ((PersonNames(1, "Sam"), PersonNames(2, "Sam Ortiz")), "Sam said", [("Sam", (1, 2))]),
        # the same person by first name and alias: certain, once
        ((PersonNames(1, "Mo Jalali", ("Mo",)),), "Mo said", [("Mo", (1,))]),
        # an alias of several words
        ((PersonNames(1, "Ana Ruiz", ("Big A",)),), "then Big A said", [("Big A", (1,))]),
        # initials given as an alias, with dots
        ((PersonNames(1, "Mary Jane", ("M.J.",)),), "M.J. said", [("M.J", (1,))]),
        # accented names
        (
            (PersonNames(1, "José Ñúñez"),),
            "José Ñúñez y José",
            [("José Ñúñez", (1,)), ("José", (1,))],
        ),
        # nobody in the journal
        ((), "Nadia said", []),
    ],
)
def test_aliases_and_collisions(
    people: tuple[PersonNames, ...], note: str, expected: list[tuple[str, tuple[int, ...]]]
) -> None:
    assert found(note, people) == expected


def test_a_long_note_against_a_thousand_people_is_fast() -> None:
    """Far under the 50 ms a 50 KB note may take (timed loosely: never a flaky bound)."""
    rng = random.Random(15)
    firsts = ["Nadia", "Sam", "Omar", "Maya", "Li", "Ana", "Will"] + [f"F{i}" for i in range(300)]
    people = [
        PersonNames(i, f"{rng.choice(firsts)} Last{i}", (f"Al{i}",) if i % 3 == 0 else ())
        for i in range(1, 1001)
    ]
    sentence = "the reorg is failing and Nadia said Omar's team Sam Last7 Al9 waits"
    words = sentence.split(" ")
    note = " ".join(rng.choice(words) for _ in range(10_000))[:50_000]
    index = NameIndex(people)
    start = time.perf_counter()
    mentions = index.find(note)
    took = time.perf_counter() - start
    assert mentions
    assert took < 1.0  # the bench says ~15 ms; this only catches a quadratic slip
