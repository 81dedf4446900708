"""The demo journal: every flag and role through the real rules, deterministic for a seed,
history ending on as_of, notes that say what their signals claim, and `trustjournal demo`."""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from trustjournal.core.demo import builder as demo
from trustjournal.core.demo import text as demo_text
from trustjournal.core.demo.words import occasions, profiles, sentences
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import follow_through, next_steps
from trustjournal.core.judgement.quarters import last_complete
from trustjournal.core.judgement.ties import CADENCE_DAYS, Flag, Role, TieAssessment

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def default(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, demo.DemoReport]]:
    """The demo a new user gets: default size, default as_of (today), seed 1."""
    journal = Journal.create(tmp_path_factory.mktemp("demo") / "vault", PASSPHRASE)
    report = demo.build(journal)
    yield journal, report
    journal.lock()


def _by_flag(assessed: list[TieAssessment], flag: Flag) -> list[TieAssessment]:
    return [a for a in assessed if a.flag is flag]


def _first_reasons(assessed: list[TieAssessment], flag: Flag) -> list[str]:
    return [a.reasons[0] for a in _by_flag(assessed, flag)]


# -- the flags and roles, through the real assessment -----------------------------------------


def test_default_demo_shows_every_flag_and_role(
    default: tuple[Journal, demo.DemoReport],
) -> None:
    journal, report = default
    assert report.as_of == dt.date.today()
    # a retreat, a summit, a dinner, and a breakfast whose follow-up window is closing
    assert (report.people, report.decisions, report.gatherings) == (25, 12, 4)
    assert 15 <= report.conversations / report.people <= 25  # two years at a natural cadence
    assessed = journal.assess_ties(report.as_of)
    assert {a.flag for a in assessed} == set(Flag)
    assert {r for a in assessed for r in a.roles} == set(Role)
    one_sided = _first_reasons(assessed, Flag.ONE_SIDED)
    assert any(r.startswith("You have not opened up in return") for r in one_sided)
    assert any(r.startswith("Only you opened up") for r in one_sided)
    too_early = _first_reasons(assessed, Flag.TOO_EARLY)
    assert "Only one conversation so far: too early to judge" in too_early
    assert any(r.startswith("None of the 3 conversations has signals marked") for r in too_early)
    assert any(r.startswith("Only success stories") for r in _first_reasons(assessed, Flag.POLISH))
    fading = _first_reasons(assessed, Flag.FADING)
    assert any(r.endswith("no conversation since") for r in fading)
    assert any(r.endswith("carried only polish") for r in fading)
    honest = _first_reasons(assessed, Flag.HONEST)
    assert any(r.endswith("both of you opened up") for r in honest)
    assert any(r.endswith("you compared shared pressures") for r in honest)
    singles = [a for a in assessed if a.reasons[0].startswith("Only one conversation")]
    assert singles and all(a.conversations == 1 for a in singles)
    # A promising new tie shows a role as early evidence, and no settled tie does.
    early = [a for a in assessed if a.early_roles]
    assert early and all(a.flag is Flag.TOO_EARLY and a.roles for a in early)
    assert any(r.startswith("Early evidence: challenged your framing") for r in early[0].reasons)


@pytest.mark.parametrize("seed", range(1, 41))
def test_the_stories_hold_for_any_seed_and_date(seed: int) -> None:
    """The persona design, checked against ties.py without a database."""
    as_of = dt.date(2025, 1, 1) + dt.timedelta(days=seed * 53)
    plan = demo.plan_demo(demo.DEFAULT_PEOPLE, None, seed, as_of)
    from trustjournal.core.judgement import ties

    assessed = ties.assess(plan.tie_facts(), as_of)
    assert {a.flag for a in assessed} == set(Flag)
    assert {r for a in assessed for r in a.roles} == set(Role)
    assert any(a.early_roles for a in assessed)
    same_story = {}
    for person, a in zip(plan.people, assessed, strict=True):
        assert same_story.setdefault(person.persona.key, a.flag) is a.flag, person.persona.key


def test_the_stories_hold_at_benchmark_size() -> None:
    plan = demo.plan_demo(1000, 20_000, 1, AS_OF)
    assert len(plan.talks()) == 20_000
    from trustjournal.core.judgement import ties

    flags: dict[str, set[Flag]] = {}
    for person, a in zip(plan.people, ties.assess(plan.tie_facts(), AS_OF), strict=True):
        flags.setdefault(person.persona.key, set()).add(a.flag)
    assert all(len(f) == 1 for f in flags.values()), flags


# -- next steps and what the leader did about them ---------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 5])
def test_the_demo_gives_every_kind_of_next_step(journal: Journal, seed: int) -> None:
    demo.build(journal, seed=seed, as_of=AS_OF)
    steps = journal.rule_steps(AS_OF)
    assert {s.kind for s in steps} == set(next_steps.Kind)
    by_kind = {s.kind: s for s in steps}
    # the one person with a cadence of their own is about to fade by it, not by the journal's
    own = [p for p in journal.people() if p.cadence_days is not None]
    assert len(own) == 1 and by_kind[next_steps.Kind.FADING_SOON].person == own[0].ref
    assert f"(cadence {own[0].cadence_days} days)" in by_kind[next_steps.Kind.FADING_SOON].reason
    few = {p.id for p in journal.people() if p.my_few}
    quiet = by_kind[next_steps.Kind.FEW_QUIET].person
    assert len(few) == 4 and quiet is not None and quiet.id in few
    closing = by_kind[next_steps.Kind.GATHERING_CLOSING]
    assert closing.due == AS_OF + dt.timedelta(days=14)
    assert "2 of 4 people have had no conversation since" in closing.reason


def test_the_demo_keeps_a_history_of_steps_acted_on_ignored_and_set_aside(
    default: tuple[Journal, demo.DemoReport],
) -> None:
    journal, report = default
    quarter = last_complete(report.as_of)
    found = follow_through.account(journal.step_occurrences(), quarter.start, quarter.end)
    assert found.acted and found.ignored and found.set_aside
    assert {o.state for o in found.acted} >= {"done", "acted"}
    assert [o.kind for o in found.set_aside] == ["polish_only"]


# -- determinism and dates ----------------------------------------------------------------------


def _content(journal: Journal) -> tuple[object, ...]:
    """Everything the demo wrote, as records (reflection timestamps are the clock's)."""
    quarters = ("2025Q4", "2026Q1")  # the two quarters completed before AS_OF
    return (
        journal.people(),
        journal.conversations(),
        journal.decisions(),
        journal.gatherings(),
        [journal.reflection(q).text for q in quarters],
    )


def test_same_seed_same_journal_another_seed_another(tmp_path: Path) -> None:
    contents = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        with Journal.create(tmp_path / name, PASSPHRASE) as journal:
            demo.build(journal, seed=seed, as_of=AS_OF)
            contents.append(_content(journal))
    assert contents[0] == contents[1]
    assert all(contents[0][i] != contents[2][i] for i in range(5))
    assert all(contents[0][4])  # the two reflections were written


def test_history_ends_on_as_of(journal: Journal) -> None:
    report = demo.build(journal, as_of=AS_OF, seed=3)
    assert report.as_of == AS_OF
    dates = [c.date for c in journal.conversations()]
    assert max(dates) <= AS_OF and max(dates) >= AS_OF - dt.timedelta(days=14)
    assert min(dates) >= AS_OF - dt.timedelta(days=demo.SPAN_DAYS)
    assert all(d.date <= AS_OF for d in journal.decisions())
    assert all((g.end_date or g.start_date) <= AS_OF for g in journal.gatherings())


@pytest.mark.parametrize(
    ("people", "conversations"), [(1, None), (1, 1), (3, 2), (30, 123), (60, None)]
)
def test_any_size_gives_exactly_what_was_asked(
    journal: Journal, people: int, conversations: int | None
) -> None:
    report = demo.build(journal, people=people, conversations=conversations, as_of=AS_OF)
    counts = journal.counts()
    assert (counts["people"], report.people) == (people, people)
    assert counts["conversations"] == report.conversations
    if conversations is not None:
        assert report.conversations == conversations
    assert (counts["decisions"], counts["gatherings"]) == (report.decisions, report.gatherings)


@pytest.mark.parametrize("arguments", [{"people": 0}, {"conversations": 0}])
def test_refuses_an_empty_demo(journal: Journal, arguments: dict[str, int]) -> None:
    with pytest.raises(InvalidInput):
        demo.build(journal, **arguments)
    assert not any(journal.counts().values())


def test_all_or_nothing_with_one_notice_burst(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    notices: list[object] = []
    journal.on_change(notices.append)

    def refuse(*_args: object) -> None:
        raise InvalidInput("the disk said no")

    monkeypatch.setattr(journal, "add_decision", refuse)
    with pytest.raises(InvalidInput):
        demo.build(journal, as_of=AS_OF)
    assert not any(journal.counts().values())
    assert notices == []


def test_progress_counts_up_to_the_total(journal: Journal) -> None:
    calls: list[tuple[int, int]] = []
    demo.build(journal, as_of=AS_OF, progress=lambda done, total: calls.append((done, total)))
    total = calls[0][1]
    assert calls[0] == (0, total) and calls[-1] == (total, total) and len(calls) > 2
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_a_second_demo_keeps_names_apart_and_my_reflection(journal: Journal) -> None:
    journal.save_reflection("2026Q1", "My own words.")
    first = demo.build(journal, as_of=AS_OF)
    second = demo.build(journal, as_of=AS_OF)  # same seed: the same names would collide
    assert journal.counts()["people"] == first.people + second.people
    assert journal.reflection("2026Q1").text == "My own words."


# -- what the demo says ----------------------------------------------------------------------


def test_gatherings_tell_a_retreat_from_a_networking_event(
    default: tuple[Journal, demo.DemoReport],
) -> None:
    journal, _ = default
    kinds = {g.name.split()[0]: g for g in journal.gatherings()}
    retreat, summit = kinds["Stillwater"], kinds["Northstar"]

    def after(gathering_end: dt.date, person_id: int) -> list[dt.date]:
        dates = [c.date for c in journal.conversations(person_id=person_id)]
        return [d for d in dates if d > gathering_end]

    retreat_end = retreat.end_date or retreat.start_date
    window = dt.timedelta(days=CADENCE_DAYS)
    ongoing = [
        p
        for p in retreat.people
        if len([d for d in after(retreat_end, p.id) if d <= retreat_end + window]) >= 2
    ]
    assert len(ongoing) > len(retreat.people) / 2  # most kept talking: ongoing dialogue
    summit_end = summit.end_date or summit.start_date
    assert summit.people and all(len(after(summit_end, p.id)) <= 1 for p in summit.people)
    assert "networking" in summit.note
    linked = [c for c in journal.conversations() if c.gathering_id == summit.id]
    assert len(linked) == len(summit.people)


def test_decisions_include_uncomfortable_calls_some_made_alone(
    default: tuple[Journal, demo.DemoReport],
) -> None:
    journal, _ = default
    decisions = journal.decisions()
    uncomfortable = [d for d in decisions if d.discomfort >= 4]
    assert len(uncomfortable) >= 5
    assert any(not d.consulted for d in uncomfortable)
    assert any(d.changed_framing for d in decisions)
    assert {d.status for d in decisions} == {"open", "decided"}
    by_id = {d.id: d for d in decisions}
    linked = [c for c in journal.conversations() if c.decision_id is not None]
    assert linked
    for c in linked:
        decision = by_id[c.decision_id]
        assert c.date <= decision.date
        assert {p.id for p in c.people} & {p.id for p in decision.consulted}
        assert decision.title in c.note


def _patterns(templates: tuple[str, ...]) -> list[re.Pattern[str]]:
    """A template as a pattern: the words as written, any text for a placeholder."""
    return [
        re.compile(".+?".join(re.escape(part) for part in re.split(r"\{\w+\}", t)), re.DOTALL)
        for t in templates
    ]


def test_notes_say_what_their_signals_claim(default: tuple[Journal, demo.DemoReport]) -> None:
    journal, _ = default
    conversations = journal.conversations()
    lines = {code: _patterns(t) for code, t in sentences.SIGNAL_LINES.items()}
    for c in conversations:
        for code in c.signals:
            assert any(p.search(c.note) for p in lines[code]), (code, c.note)
        words = len(c.note.split())
        assert demo_text.MIN_WORDS <= words <= demo_text.MAX_WORDS, c.note
    notes = [c.note for c in conversations]
    assert len(set(notes)) == len(notes)
    assert any("\n- " in n for n in notes) and any("**" in n for n in notes)
    assert journal.reflection(_last_quarter(dt.date.today())).text.startswith("## ")


def _last_quarter(day: dt.date) -> str:
    q = (day.month - 1) // 3
    return f"{day.year}Q{q}" if q else f"{day.year - 1}Q4"


def test_people_are_varied_and_placed(default: tuple[Journal, demo.DemoReport]) -> None:
    journal, _ = default
    people = journal.people()
    assert len({p.name.split()[-1] for p in people}) >= 20
    assert all(", " in p.role and p.how_met and p.notes for p in people)
    assert sum(p.archived for p in people) == 1


def test_notes_stay_in_length_at_scale() -> None:
    words = [len(note.split()) for note in demo.sample_notes(4000, seed=5, as_of=AS_OF)]
    assert min(words) >= demo_text.MIN_WORDS and max(words) <= demo_text.MAX_WORDS
    assert statistics.median(words) > 60


PLACEHOLDERS = """
    name names names_possessive co role a_role trouble Trouble trouble_short setback ours
    ours_short our_setback intro place weekday quote feeling tradeoff pressure gathering
    decision win ask doubt year confidant sparring peer one_way_me fading confessor summit
    retreat
"""
SAMPLE = {key: f"<{key}>" for key in PLACEHOLDERS.split()}


def test_every_line_of_the_text_bank_fills() -> None:
    banks: list[tuple[str, ...]] = [
        *sentences.SIGNAL_LINES.values(),
        *sentences.DETAIL_LINES.values(),
        *sentences.NEUTRAL_LINES.values(),
        *sentences.COLOUR.values(),
        *sentences.OPENINGS.values(),
        *sentences.GATHERING_LINES.values(),
        *profiles.HOW_MET.values(),
        *profiles.PERSON_NOTES.values(),
        sentences.CLOSINGS,
        sentences.AFTERTHOUGHTS,
        sentences.ASIDES,
        sentences.DECISION_LINES,
        occasions.REFLECTIONS,
        occasions.OUTCOME_CONSULTED,
    ]
    for bank in banks:
        for line in bank:
            assert "{" not in demo_text.fill(line, SAMPLE), line
    for key in demo.PERSONAS:
        assert key in profiles.TITLES and key in profiles.HOW_MET
        assert key in profiles.PERSON_NOTES
        assert key in sentences.COLOUR or {f"{key}/honest", f"{key}/polish"} <= set(
            sentences.COLOUR
        )


# -- the command ----------------------------------------------------------------------------------


def test_cli_demo_creates_fills_then_refuses_unless_forced(vault_path: Path) -> None:
    done = run_cli("demo", "--as-of", AS_OF.isoformat(), vault=vault_path)
    assert done.returncode == 0, done.stderr
    assert f"Created a new journal in {vault_path}." in done.stdout
    assert "Filled the journal with a made-up demo: 25 people" in done.stdout
    with Journal.open(vault_path, PASSPHRASE) as journal:
        counts = journal.counts()
        assert counts["people"] == 25 and counts["conversations"] > 300
    again = run_cli("demo", vault=vault_path)
    assert again.returncode == 1
    assert "already has entries" in again.stderr and "--force" in again.stderr
    forced = run_cli("demo", "--force", "--people", "2", "--seed", "2", vault=vault_path)
    assert forced.returncode == 0, forced.stderr
    with Journal.open(vault_path, PASSPHRASE) as journal:
        assert journal.counts()["people"] == 27


@pytest.mark.parametrize("option", ["--people", "--conversations"])
def test_cli_demo_of_nothing_is_a_usage_error(vault_path: Path, option: str) -> None:
    done = run_cli("demo", option, "0", vault=vault_path)
    assert done.returncode == 2
    assert f"{option} must be at least 1" in done.stderr
    assert not vault_path.exists()
