"""The trained model beside the rules: how it reads a note, what it adds, what it ships.

The mechanism is tested with small hand-written weights (so a retrained model cannot make
these tests pass or fail by accident); the shipped weights are tested for what a person
would notice: they are there, they were trained on the notes in the repository, and they
find what the rules miss without ever being called sure.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from trustjournal.core.judgement.signals import CODES
from trustjournal.core.suggest import suggest
from trustjournal.core.suggest.engine import _suggest_rules, read
from trustjournal.core.suggest.features import note_features, stem
from trustjournal.core.suggest.model import STRONG, sureness
from trustjournal.core.suggest.trained import (
    SUREST,
    WEAKEST,
    WINDOW_WORDS,
    Weights,
    model_suggestions,
    shipped,
)

ROOT = Path(__file__).resolve().parent.parent


def _features(note: str, people: tuple[str, ...] = ()) -> set[str]:
    read_note = read(note, people)
    assert read_note is not None
    return note_features(*read_note)


def _weights(table: dict[str, dict[str, float]], threshold: float = 0.5) -> Weights:
    """Weights for the signals named, every other signal far below its threshold."""
    index = {code: j for j, code in enumerate(CODES)}
    return Weights(
        signals=CODES,
        bias=(-3.0,) * len(CODES),
        threshold=(threshold,) * len(CODES),
        weights={f: tuple((index[c], w) for c, w in ws.items()) for f, ws in table.items()},
        corpus="test",
    )


def _model(note: str, weights: Weights, people: tuple[str, ...] = ()) -> dict[str, object]:
    read_note = read(note, people)
    assert read_note is not None
    return {s.signal: s for s in model_suggestions(*read_note, note, weights=weights)}


# -- how a note is read ----------------------------------------------------------------


def test_who_says_a_word_is_part_of_it() -> None:
    assert "a:them|admitt" in _features("She admitted it.")
    assert "a:me|admitt" in _features("I admitted it.")
    assert "a:them|admitt" not in _features("I admitted it.")
    # Inside her quotation, her "I" is her.
    assert "a:them|unsure" in _features("'I am unsure,' she said.")


def test_a_denied_word_is_not_the_word() -> None:
    feats = _features("She didn't admit any doubt.")
    assert "w:~doubt" in feats
    assert "w:doubt" not in feats
    # The negation ends with its clause.
    later = _features("No pushback, but she admitted doubt.")
    assert "w:doubt" in later


def test_a_negation_ends_with_its_clause_and_is_not_itself_a_feature() -> None:
    feats = _features("We never lost, she admitted it.")
    assert "w:~lost" in feats
    assert "w:admitt" in feats and "w:~admitt" not in feats
    assert not any(f.endswith("never") for f in feats)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("admitted", "admitt"),
        ("admits", "admit"),
        ("doubts", "doubt"),
        ("was", "was"),
        ("openly", "open"),
        ("sadly", "sadly"),
    ],
)
def test_stems_meet_and_short_words_stay(word: str, expected: str) -> None:
    assert stem(word) == expected


# -- what the model adds ---------------------------------------------------------------


def test_a_heavy_enough_note_is_suggested_with_its_heaviest_clause_as_evidence() -> None:
    weights = _weights({"a:them|wobb": {"they_admitted_doubt": 4.0}})
    note = "Lunch with Mo. The weather was fine; she went wobbly on the raise."
    found = _model(note, weights, ("Mo Diaz",))
    s = found["they_admitted_doubt"]
    # The heavy word, and the clause's edge words when two or fewer ("she went" before
    # it is quoted, three after it, "on the raise", are not).
    assert [ev.text for ev in s.evidence] == ["she went wobbly"]  # type: ignore[attr-defined]
    ev = s.evidence[0]  # type: ignore[attr-defined]
    assert note[ev.start : ev.end] == "she went wobbly"
    # Said by me, it is another feature and another signal's business.
    assert _model("I went wobbly on the raise.", weights) == {}


def test_just_below_the_threshold_nothing_at_it_a_weak_suggestion_never_strong() -> None:
    # bias -3 + weight w: probability 0.5 exactly at w = 3.
    below = _weights({"w:wobb": {"they_admitted_doubt": 2.99}})
    at = _weights({"w:wobb": {"they_admitted_doubt": 3.0}})
    sure = _weights({"w:wobb": {"they_admitted_doubt": 40.0}})
    note = "She went wobbly."
    assert _model(note, below) == {}
    assert _model(note, at)["they_admitted_doubt"].strength == WEAKEST  # type: ignore[attr-defined]
    top = _model(note, sure)["they_admitted_doubt"].strength  # type: ignore[attr-defined]
    assert top == SUREST
    assert sureness(top) != "strong" and top < STRONG


def test_evidence_is_narrowed_to_the_words_that_weigh() -> None:
    weights = _weights(
        {
            "w:crater": {"they_shared_failure": 2.0},
            "w:last": {"they_shared_failure": 1.5},
            "w:the": {"they_shared_failure": 0.2},
        }
    )
    note = "He said his last company is a crater and the rest was small talk."
    (ev,) = _model(note, weights)["they_shared_failure"].evidence  # type: ignore[attr-defined]
    assert ev.text == "last company is a crater"


def test_a_long_note_is_read_in_windows_so_one_passage_counts() -> None:
    weights = _weights(
        {"w:wobb": {"they_admitted_doubt": 4.0}, "w:grim": {"they_admitted_doubt": -2.0}}
    )
    note = "The weather was grim. " * 100 + "We talked about trains. " * 100 + "She went wobbly."
    assert len(note.split()) > 3 * WINDOW_WORDS
    # Read whole, the grim weather at the start would outweigh her (-3 + 4 - 2 < 0)…
    assert weights.logits(_features(note))[CODES.index("they_admitted_doubt")] < 0
    # …read in windows of a few sentences, her passage counts on its own.
    s = _model(note, weights)["they_admitted_doubt"]
    assert s.evidence[0].text == "She went wobbly"  # type: ignore[attr-defined]
    assert s.evidence[0].start == note.index("She went")  # type: ignore[attr-defined]
    assert _model("The weather was grim. She went wobbly.", weights) == {}


def test_the_rules_keep_their_own_evidence_for_what_they_found() -> None:
    note = "She admitted she has no idea how to handle the reorg."
    rules = {s.signal: s for s in _suggest_rules(note, ())}
    both = {s.signal: s for s in suggest(note)}
    assert both["they_admitted_doubt"] == rules["they_admitted_doubt"]


def test_weights_of_another_version_are_refused_and_round_trip() -> None:
    weights = _weights({"w:wobb": {"they_admitted_doubt": 4.0}})
    again = Weights.from_json(weights.to_json())
    assert again == weights
    data = json.loads(weights.to_json())
    data["version"] = 99
    with pytest.raises(ValueError, match="version"):
        Weights.from_json(json.dumps(data))


# -- the weights that ship ---------------------------------------------------------------


def _trainer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "train_suggest", ROOT / "tools" / "train_suggest.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_suggest"] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_weights_were_trained_on_the_notes_in_the_repository() -> None:
    trainer = _trainer()
    model = shipped()
    assert model is not None, "trustjournal/core/suggest/weights.json is missing or unreadable"
    paths = [trainer.DATA / name for name in trainer.TRAIN_SETS]
    assert all(p.exists() for p in paths)
    assert model.corpus == trainer.digest(paths), "retrain: make model"
    assert model.signals == CODES
    # Never trained on the sets kept for measuring.
    assert not {"heldout.jsonl", "one_writer.jsonl"} & set(trainer.TRAIN_SETS)


def test_training_is_deterministic() -> None:
    trainer = _trainer()
    rows = trainer.load(trainer.DATA / "tune.jsonl")[:60]
    feats = trainer.featurise(rows)
    labels = [set(r["signals"]) for r in rows]
    assert trainer.train(feats, labels).to_json() == trainer.train(feats, labels).to_json()


def test_damaged_or_missing_weights_leave_the_rules_working(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trustjournal.core.suggest import trained

    class Files:
        def __init__(self, folder: Path) -> None:
            self.folder = folder

        def files(self, _package: str | None) -> Path:
            return self.folder

    monkeypatch.setattr(trained, "resources", Files(tmp_path))
    assert trained.shipped.__wrapped__() is None  # missing
    (tmp_path / "weights.json").write_text('{"version": 1, "signals": [', encoding="utf-8")
    assert trained.shipped.__wrapped__() is None  # cut short
    (tmp_path / "weights.json").write_bytes(b"\xff\xfe not json")
    assert trained.shipped.__wrapped__() is None  # not text

    monkeypatch.setattr(trained, "shipped", lambda: None)
    note = "We compared notes on boards that want growth and cash. She admitted she has no idea."
    assert suggest(note) == _suggest_rules(note, ())


def _folds(added: list[tuple[float, bool]], group: str = "A"):  # type: ignore[no-untyped-def]
    """Folds in which the model gives each note one probability for the first signal,
    with whether that signal is truly there; the rules find nothing."""
    trainer = _trainer()
    k = len(CODES)
    rows = [{"id": f"{group}{i:03}", "text": "", "signals": []} for i in range(len(added))]
    truth = [{CODES[0]} if right else set() for _, right in added]
    probs = [[p] + [0.0] * (k - 1) for p, _ in added]
    return trainer, trainer.Folds(rows, [set() for _ in added], truth, probs)


def test_a_signal_threshold_is_the_lowest_where_what_the_model_adds_is_right_enough() -> None:
    # At 0.80: 17 right of 20 added (0.85, exactly MIN_ADDED) -> 0.80 is chosen.
    trainer, folds = _folds([(0.82, True)] * 17 + [(0.81, False)] * 3)
    assert trainer.MIN_ADDED == 0.85
    assert trainer.choose_thresholds(folds)[0] == 0.80
    # One more wrong at 0.80 (17 of 21) but none above 0.85 -> 0.85.
    trainer, folds = _folds([(0.86, True)] * 17 + [(0.81, False)] * 4)
    assert trainer.choose_thresholds(folds)[0] == 0.85
    # Never right enough -> left to the rules; the tune set's writer is not counted.
    trainer, folds = _folds([(0.99, False)] * 5 + [(0.99, True)] * 5)
    assert trainer.choose_thresholds(folds)[0] == trainer.NEVER
    trainer, folds = _folds([(0.99, True)] * 5, group="T")
    assert trainer.choose_thresholds(folds)[0] == trainer.NEVER


def test_one_or_two_heavy_words_are_quoted_with_their_clause_or_the_words_after() -> None:
    weights = _weights({"w:told": {"i_shared_failure": 4.0}})
    short = "Over lunch I told her about the layoffs."
    (ev,) = _model(short, weights)["i_shared_failure"].evidence  # type: ignore[attr-defined]
    assert ev.text == "Over lunch I told her about the layoffs"  # a clause of 8 words: whole
    long = (
        "Over a long lunch near the river I told her everything about the layoffs and the "
        "lawyers and the press and the money."
    )
    (ev,) = _model(long, weights)["i_shared_failure"].evidence  # type: ignore[attr-defined]
    # 21 words: from the heavy word to six words, not stopping on "the".
    assert ev.text == "told her everything about the layoffs"


def test_forget_drops_the_words_kept_for_speed() -> None:
    from trustjournal.core.suggest import engine, features, forget

    suggest("My diagnosis is leukaemia, she admitted she has no idea what to do.")
    assert any(word == "leukaemia" for _, _, word in features._FEATURES)
    assert "leukae" not in engine._scanner()._heads and "leuka" in engine._scanner()._heads
    forget()
    assert not features._FEATURES
    assert not engine._scanner()._heads
    # …and reading goes on the same afterwards.
    assert [s.signal for s in suggest("She admitted she has no idea.")] == ["they_admitted_doubt"]


def test_weights_of_the_wrong_shape_are_refused_so_the_rules_go_on() -> None:
    good = _weights({"w:wobb": {"they_admitted_doubt": 4.0}})
    data = json.loads(good.to_json())
    short = dict(data, bias=data["bias"][:2])
    with pytest.raises(ValueError, match="shape"):
        Weights.from_json(json.dumps(short))
    stray = dict(data, weights={"w:wobb": [[len(CODES) + 3, 1.0]]})
    with pytest.raises(ValueError, match="not there"):
        Weights.from_json(json.dumps(stray))


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # A heavy word last in a long clause: the words before it are quoted.
        (
            "Over a long lunch near the river after the board meeting and the walk I finally told.",
            "I finally told",
        ),
        # Punctuation after it does not stop the widening.
        (
            "Over a long lunch near the river after the board meeting I told, frankly, everything.",
            "told, frankly, everything",
        ),
        # 14 words in the clause: quoted whole; 15: not.
        (
            "After two hours over lunch on the terrace I told her about the layoffs.",
            "After two hours over lunch on the terrace I told her about the layoffs",
        ),
        (
            "After two long hours over lunch on the terrace I told her about the layoffs.",
            "told her about the layoffs",
        ),
    ],
)
def test_short_evidence_is_widened_within_its_clause(note: str, expected: str) -> None:
    weights = _weights({"w:told": {"i_shared_failure": 4.0}})
    (ev,) = _model(note, weights)["i_shared_failure"].evidence  # type: ignore[attr-defined]
    assert ev.text == expected
    assert note[ev.start : ev.end] == ev.text


def test_a_window_holds_whole_sentences_up_to_its_word_count() -> None:
    from trustjournal.core.suggest.trained import windows

    ten = "one two three four five six seven eight nine ten. "
    at = ten * (WINDOW_WORDS // 10)  # exactly WINDOW_WORDS words: one window
    read_at = read(at)
    assert read_at is not None
    assert [len(r) for r in windows(*read_at[:2])] == [WINDOW_WORDS // 10]
    over = at + "eleven."  # one word more: its sentence starts a second window
    read_over = read(over)
    assert read_over is not None
    assert [len(r) for r in windows(*read_over[:2])] == [WINDOW_WORDS // 10, 1]
