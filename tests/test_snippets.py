"""Search snippets: the passage a user sees under each hit, with the matched words marked."""

from __future__ import annotations

from trustjournal.core.journal.search import terms
from trustjournal.core.journal.snippets import CLOSE, OPEN, around_first_match, from_marked


def _marked(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_fts_marks_become_spans_and_outer_space_is_trimmed() -> None:
    text, spans = from_marked(f"\n  the {OPEN}reorg{CLOSE} is {OPEN}failing{CLOSE}…  \n")
    assert text == "the reorg is failing…"
    assert _marked(text, spans) == ["reorg", "failing"]


def test_long_text_passage_starts_near_the_first_match() -> None:
    text = "Opening remarks. " * 500 + "Then Maya said the Board is losing patience. " + "x " * 900
    passage, spans = around_first_match(text, terms("board"))
    assert passage.startswith("…") and passage.endswith("…")
    assert "Maya said the Board is losing patience." in passage
    assert _marked(passage, spans) == ["Board"]
    assert len(passage) <= 200


def test_phrases_prefixes_and_word_starts() -> None:
    text = "Aboard the ship, the failing launch was not failure enough to stop the launch."
    passage, spans = around_first_match(text, terms('fail "the launch"'))
    assert passage == text  # short enough to keep whole
    assert _marked(passage, spans) == ["failing", "failure", "the launch"]
    assert _marked(*around_first_match(text, terms("board"))) == []  # inside a word: no match


def test_no_match_gives_the_start_of_the_text() -> None:
    text = "Café with Zoë. " * 40
    passage, spans = around_first_match(text, terms("cafe"))  # diacritics: FTS found it, re not
    assert passage.startswith("Café with Zoë.") and passage.endswith("…")
    assert spans == ()
