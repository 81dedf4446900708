"""The public contract of trustjournal.core.suggest that the editor and the CLI build on."""

from __future__ import annotations

import dataclasses

import pytest

from trustjournal.core.judgement.signals import CODES
from trustjournal.core.suggest import Evidence, Suggestion, lexicon, rules, suggest


def test_empty_and_blank_notes_suggest_nothing() -> None:
    assert suggest("") == []
    assert suggest("   \n\t ") == []


def test_records_are_frozen() -> None:
    ev = Evidence(0, 3, "abc")
    with pytest.raises(dataclasses.FrozenInstanceError):
        ev.start = 1  # type: ignore[misc]
    s = Suggestion("transactional", (ev,), 0.5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.strength = 1.0  # type: ignore[misc]


NOTE = (
    "Drinks with Sam. He asked for an intro to our CFO. I told him our launch slipped "
    "twice. He admitted he has no idea how to handle his board. No pushback at all."
)


def test_contract_offsets_codes_strength_order_and_one_per_signal() -> None:
    result = suggest(NOTE, ["Sam Reed"])
    assert result, "expected suggestions"
    codes = [s.signal for s in result]
    assert len(codes) == len(set(codes))
    firsts = [s.evidence[0].start for s in result]
    assert firsts == sorted(firsts)
    for s in result:
        assert s.signal in CODES
        assert 0 < s.strength <= 1
        assert s.evidence
        for ev in s.evidence:
            assert NOTE[ev.start : ev.end] == ev.text
    assert set(codes) >= {
        "transactional",
        "i_shared_failure",
        "they_admitted_doubt",
        "validated_only",
    }


def test_offsets_are_into_the_original_note_with_typographic_quotes() -> None:
    note = "\u201cThis initiative is failing,\u201d he said. She didn\u2019t push back."
    for s in suggest(note):
        for ev in s.evidence:
            assert note[ev.start : ev.end] == ev.text


def test_every_signal_the_rules_can_emit_is_a_known_code() -> None:
    emitted: set[str] = set()
    for table in rules._SELF_KINDS.values():
        for codes in table.values():
            emitted.update(codes)
    for codes in rules._ANY_ACTOR.values():
        emitted.update(codes)
    emitted.update(
        {
            "they_voiced_regret",
            "they_gave_honest_feedback",
            "they_challenged_framing",
            "they_understood_constraints",
            "validated_only",
            "i_asked_for_help",
            "similar_failures",
            "signalled_success",
            "i_kept_it_polished",
        }
    )
    assert emitted <= set(CODES)
    assert emitted == set(CODES)


def test_every_cue_is_of_a_known_kind_and_weighed_in_range() -> None:
    cues = lexicon.all_cues()
    assert {kind for kind, _, _ in cues} == set(lexicon.KINDS)
    assert all(0 < w <= 1 for _, w, _ in cues)


def test_huge_and_odd_input_does_not_fail() -> None:
    odd = "''''\"\"\"...!!!???\n\n- \n* \u2022 " * 200
    assert isinstance(suggest(odd), list)
    assert isinstance(suggest("x" * 10_000), list)
