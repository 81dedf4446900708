"""The public contract of trustjournal.core.suggest that the editor and the CLI build on."""

from __future__ import annotations

import dataclasses

import pytest

from trustjournal.core.judgement.signals import CODES
from trustjournal.core.suggest import Evidence, Suggestion, lexicon, rules, suggest
from trustjournal.core.suggest.segment import normalise


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


SCAN_NOTES = [
    NOTE,
    "We lost 3 customers.\tAt 140% of plan\n\n50/50 on it; 10x growth. He'd do it again.",
    "'Best quarter ever,' she said. Olga and I agreed it's 'amazing'. (we're not)",
    "\u201cI wish I\u2019d listened,\u201d he said \u2014 Series B is falling apart.",
]


@pytest.mark.parametrize("note", SCAN_NOTES)
def test_the_indexed_scan_finds_exactly_what_finditer_finds(note: str) -> None:
    from trustjournal.core.suggest.engine import _compiled, _scanner
    from trustjournal.core.suggest.segment import lowered, normalise

    low = lowered(normalise(note))
    full = sorted(
        (i, m.span()) for i, (_, _, rx) in enumerate(_compiled()) for m in rx.finditer(low)
    )
    indexed = sorted((i, m.span()) for i, m in _scanner().matches(low))
    assert indexed == full


def test_prefixes_of_a_pattern() -> None:
    from trustjournal.core.suggest.scan import prefixes

    found = prefixes(r"\bno\s+idea\b")
    assert found is not None
    assert "no id" in found
    assert all(key.startswith("no ") for key in found)
    assert prefixes(r"(?:ab|cd)\w+") == {"ab", "cd"}
    assert prefixes(r"\w+ing") is None


def test_a_failure_never_carries_the_notes_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from trustjournal.core.suggest import SuggestFailed, engine

    def boom(*_args: object) -> None:
        raise KeyError("covenant breach nobody knows about")

    monkeypatch.setattr(engine, "judge", boom)
    with pytest.raises(SuggestFailed) as info:
        suggest("I told him about the covenant breach nobody knows about.")
    assert "covenant" not in str(info.value)
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__


def test_every_unicode_space_but_the_line_break_is_folded() -> None:
    import sys

    from trustjournal.core.suggest.segment import SPACES

    every = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} - {"\n"}
    assert set(SPACES) == every


def test_a_run_without_full_stops_is_cut_into_bounded_sentences() -> None:
    from trustjournal.core.suggest.segment import MAX_SENTENCE, segment

    run = "we talked about the plan, and then about the team " * 200
    doc = segment(run)
    assert len(doc.sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in doc.sentences)
    exact = "x" * MAX_SENTENCE
    assert [(s.start, s.end) for s in segment(exact).sentences] == [(0, MAX_SENTENCE)]
    assert len(segment(exact + "y").sentences) == 2


@pytest.mark.parametrize(
    "note",
    [
        "She said the Lisbon launch is **failing**.",
        "She said the Lisbon launch is _failing_.",
        "She said the Lisbon launch is *failing*.",
    ],
)
def test_markdown_emphasis_does_not_hide_a_signal(note: str) -> None:
    """The editor's notes are Markdown: emphasis marks read as spaces, offsets unchanged."""
    [found] = [s for s in suggest(note) if s.signal == "they_shared_failure"]
    assert all(note[e.start : e.end] == e.text for e in found.evidence)
    assert "failing" in found.evidence[0].text


def test_an_underscore_inside_a_word_is_not_emphasis() -> None:
    assert normalise("see plan_b_failing.txt") == "see plan_b_failing.txt"
    assert normalise("**no idea**") == "  no idea  "
