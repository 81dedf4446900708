"""Learning one leader's own phrases and dismissals (core/suggest/learning.py), with a
boundary row at every threshold."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE

from trustjournal.core.backup import archive as backup
from trustjournal.core.journal.learning import LEARNED_SETTING
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import SettingRecord
from trustjournal.core.suggest.learning import (
    DISMISSED_MIN,
    MIN_PRECISION,
    MIN_SEEN,
    MIN_SEEN_WORD,
    Learned,
    learn,
    learned_suggestions,
    personalise,
    phrases_of,
)
from trustjournal.core.suggest.model import Evidence, Suggestion

FRAME = "they_challenged_framing"
WOBBLY = "they_admitted_doubt"


def taught(*notes: tuple[str, tuple[str, ...]]) -> Learned:
    model = Learned()
    for note, ticked in notes:
        learn(model, note, ticked)
    return model


def signals(model: Learned, note: str) -> dict[str, str]:
    return {s.signal: s.evidence[0].text for s in learned_suggestions(model, note)}


@pytest.mark.parametrize("times", [MIN_SEEN - 1, MIN_SEEN])
def test_a_phrase_is_suggested_once_seen_with_the_signal_often_enough(times: int) -> None:
    model = taught(*[(f"Lunch {i}. MK pushed on my frame again.", (FRAME,)) for i in range(times)])
    found = signals(model, "Board prep with JB; she pushed on my frame about pricing.")
    if times < MIN_SEEN:
        assert FRAME not in found
    else:
        assert found[FRAME].casefold() in {"pushed on my", "on my frame", "pushed on"}


@pytest.mark.parametrize("times", [MIN_SEEN_WORD - 1, MIN_SEEN_WORD])
def test_a_single_word_needs_more_notes(times: int) -> None:
    model = taught(*[(f"Call {i}: AC wobbly.", (WOBBLY,)) for i in range(times)])
    found = signals(model, "Dinner. Priya was wobbly about the raise.")
    assert (found.get(WOBBLY) == "wobbly") is (times >= MIN_SEEN_WORD)


@pytest.mark.parametrize(("with_signal", "without"), [(3, 1), (2, 1)])
def test_a_phrase_must_come_with_the_signal_in_most_notes_that_hold_it(
    with_signal: int, without: int
) -> None:
    notes = [(f"Day {i}: kept my game face.", ("i_kept_it_polished",)) for i in range(with_signal)]
    notes += [(f"Day x{i}: kept my game face on the slides.", ()) for i in range(without)]
    found = signals(taught(*notes), "Investor update; kept my game face throughout.")
    share = with_signal / (with_signal + without)
    assert ("i_kept_it_polished" in found) is (share >= MIN_PRECISION)


def test_a_negated_phrase_neither_teaches_nor_suggests() -> None:
    model = taught(
        ("MK pushed on my frame.", (FRAME,)),
        ("JB pushed on my frame.", (FRAME,)),
        ("Nobody pushed on my frame, oddly.", ()),  # the negation: not counted against it
    )
    assert FRAME not in signals(model, "She didn't push on my frame at all.")
    assert FRAME in signals(model, "She pushed on my frame at all.")
    assert phrases_of("didn't push on my frame")["push on my"][2]  # negated where it stands
    assert not phrases_of("didn't push on my frame")["frame"][2]  # beyond the window


def test_everyday_words_and_initials_are_never_suggested_alone() -> None:
    model = taught(*[(f"Now KW round {i}.", (FRAME,)) for i in range(5)])
    assert signals(model, "Now KW round again.") == {}


def rule(signal: str, words: str, note: str) -> Suggestion:
    at = note.index(words)
    return Suggestion(signal, (Evidence(at, at + len(words), words),), 0.8)


@pytest.mark.parametrize(
    ("dismissed", "ticked", "dropped"),
    [(DISMISSED_MIN - 1, 0, False), (DISMISSED_MIN, 0, True), (DISMISSED_MIN, 1, False)],
    ids=["once", "twice", "twice-of-three"],
)
def test_rule_words_the_leader_keeps_turning_down_are_no_longer_suggested(
    dismissed: int, ticked: int, dropped: bool
) -> None:
    note = "He was all smiles about the quarter."
    model = Learned()
    for _ in range(dismissed):
        learn(model, note, (), [rule("signalled_success", "all smiles", note)])
    for _ in range(ticked):
        learn(model, note, ("signalled_success",), [rule("signalled_success", "all smiles", note)])
    shown = personalise(model, note, [rule("signalled_success", "all smiles", note)])
    assert (shown == []) is dropped


def test_no_model_leaves_the_rules_as_they_are() -> None:
    note = "He was all smiles."
    rules = [rule("signalled_success", "all smiles", note)]
    assert personalise(None, note, rules) == rules


def test_the_learned_data_survives_json_and_bad_json_starts_afresh() -> None:
    model = taught(("MK pushed on my frame.", (FRAME,)), ("JB pushed on my frame.", (FRAME,)))
    again = Learned.from_json(model.to_json())
    assert again == model
    assert signals(again, "She pushed on my frame.") == signals(model, "She pushed on my frame.")
    for bad in ("", "{", '{"version": 99}', '{"version": 1, "notes": "x"}', "[]"):
        assert Learned.from_json(bad) == Learned()


# -- kept in the journal, and only there -------------------------------------------------------


def test_the_journal_learns_from_saved_conversations_and_forgets_when_turned_off(
    journal: Journal,
) -> None:
    assert journal.learning_enabled()
    for who in ("MK", "JB"):
        journal.learn_from(f"{who} pushed on my frame.", (FRAME,))
    model = journal.learned()
    assert model is not None and model.notes == 2
    assert FRAME in signals(model, "AC pushed on my frame about hiring.")
    journal.set_learning(False)
    assert journal.learned() is None
    with journal.exporting() as export:
        keys = {r.key for r in export.records if isinstance(r, SettingRecord)}
    assert LEARNED_SETTING not in keys  # forgotten, not only hidden
    journal.learn_from("PA pushed on my frame.", (FRAME,))  # off: nothing is learned
    journal.set_learning(True)
    assert journal.learned() == Learned()


def test_what_was_learned_is_encrypted_in_the_journal_and_travels_in_backups(
    journal: Journal, tmp_path: Path
) -> None:
    marker = "zanzibarquokka"  # a word of a note: learned phrases hold the note's words
    for who in ("MK", "JB"):
        journal.learn_from(f"{who} went {marker} on the raise.", (WOBBLY,))
    out = tmp_path / "learned.tjbackup"
    backup.make(journal, out)
    backup.restore(out, PASSPHRASE, tmp_path / "restored")
    with Journal.open(tmp_path / "restored", PASSPHRASE) as restored:
        assert restored.learned() == journal.learned()
    journal.lock()
    for path in [*journal.path.rglob("*"), out]:
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path
