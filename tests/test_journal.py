"""The journal service: people, conversations, decisions, gatherings, reflections, search,
and the change notices every view refreshes on."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import PASSPHRASE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustjournal.core.errors import InvalidInput, NotFound, ReadOnlyJournal
from trustjournal.core.journal.search import SearchFilter, match_expression
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import (
    Change,
    ConversationDraft,
    DecisionDraft,
    GatheringDraft,
    PersonDraft,
)

DAY = dt.date(2026, 3, 12)


def _talk(
    journal: Journal,
    *people: int,
    note: str = "",
    signals: tuple[str, ...] = (),
    date: dt.date = DAY,
    **extra: int,
) -> int:
    return journal.add_conversation(
        ConversationDraft(tuple(people), date, "one_on_one", note, signals, **extra)
    ).id


# -- people -----------------------------------------------------------------------------------


def test_people_are_kept_sorted_and_tidied(journal: Journal) -> None:
    journal.add_person(PersonDraft("  Zoe   Park ", role=" COO, Acme "))
    journal.add_person(PersonDraft("maya chen"))
    assert [(p.name, p.role) for p in journal.people()] == [
        ("maya chen", ""),
        ("Zoe Park", "COO, Acme"),
    ]


def test_names_are_unique_ignoring_case(journal: Journal) -> None:
    journal.add_person(PersonDraft("Maya Chen"))
    with pytest.raises(InvalidInput, match="already a person named 'MAYA CHEN'"):
        journal.add_person(PersonDraft("MAYA CHEN"))
    with pytest.raises(InvalidInput, match="needs a name"):
        journal.add_person(PersonDraft("   "))


def test_new_people_are_added_in_the_same_save(journal: Journal) -> None:
    seen: list[Change] = []
    journal.on_change(seen.append)
    maya = journal.add_person(PersonDraft("Maya Chen"))
    saved = journal.add_conversation(
        ConversationDraft((maya.id,), DAY, "call", "x", new_people=("  Ravi  Patel ", "maya chen"))
    )
    assert [p.name for p in saved.people] == ["Maya Chen", "Ravi Patel"]
    assert [p.name for p in journal.people()] == ["Maya Chen", "Ravi Patel"]
    assert [(c.kind, c.action) for c in seen] == [
        ("person", "added"),
        ("person", "added"),
        ("conversation", "added"),
    ]


def test_a_refused_save_adds_no_new_people(journal: Journal) -> None:
    with pytest.raises(NotFound):
        journal.add_conversation(
            ConversationDraft((), DAY, "call", "x", decision_id=7, new_people=("Ravi",))
        )
    assert journal.people() == []


def test_update_and_archive_person(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana"))
    journal.update_person(ana.id, PersonDraft("Ana Ruiz", "CTO", "board dinner", "**sharp**"))
    journal.set_archived(ana.id, True)
    again = journal.person(ana.id)
    assert (again.name, again.role, again.how_met, again.notes, again.archived) == (
        "Ana Ruiz",
        "CTO",
        "board dinner",
        "**sharp**",
        True,
    )
    assert journal.people(include_archived=False) == []


def test_deleting_a_person_keeps_conversations_with_others(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    ben = journal.add_person(PersonDraft("Ben")).id
    solo = _talk(journal, ana, note="just us")
    shared = _talk(journal, ana, ben, note="the three of us")
    decision = journal.add_decision(DecisionDraft("Sell", DAY, 4, consulted=(ana, ben)))
    gathering = journal.add_gathering(GatheringDraft("Summit", DAY, people=(ana,)))
    removal = journal.delete_person(ana)
    assert (removal.person.name, removal.conversations_deleted, removal.conversations_kept) == (
        "Ana",
        1,
        1,
    )
    with pytest.raises(NotFound):
        journal.conversation(solo)
    kept = journal.conversation(shared)
    assert kept.note == "the three of us" and [p.name for p in kept.people] == ["Ben"]
    assert [p.name for p in journal.decision(decision.id).consulted] == ["Ben"]
    assert journal.gathering(gathering.id).people == ()
    assert [p.name for p in journal.people()] == ["Ben"]


# -- conversations ----------------------------------------------------------------------------


def test_conversation_round_trip(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    ben = journal.add_person(PersonDraft("Ben")).id
    decision = journal.add_decision(DecisionDraft("Reorg", DAY, 5)).id
    gathering = journal.add_gathering(GatheringDraft("Retreat", DAY)).id
    note = "## What she said\n\n*This initiative is failing.*\n"
    cid = _talk(
        journal,
        ben,
        ana,
        note=note,
        signals=("i_admitted_doubt", "they_shared_failure", "i_admitted_doubt"),
        decision_id=decision,
        gathering_id=gathering,
    )
    c = journal.conversation(cid)
    assert [p.name for p in c.people] == ["Ana", "Ben"]
    assert c.signals == ("they_shared_failure", "i_admitted_doubt")  # taxonomy order, once
    assert (c.note, c.date, c.format, c.decision_id, c.gathering_id) == (
        note,
        DAY,
        "one_on_one",
        decision,
        gathering,
    )


def test_conversation_update_replaces_people_and_signals(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    ben = journal.add_person(PersonDraft("Ben")).id
    cid = _talk(journal, ana, signals=("transactional",))
    journal.update_conversation(
        cid,
        ConversationDraft(
            (ben,), DAY + dt.timedelta(days=1), "call", "rewritten", ("they_challenged_framing",)
        ),
    )
    c = journal.conversation(cid)
    assert ([p.name for p in c.people], c.signals, c.note, c.format) == (
        ["Ben"],
        ("they_challenged_framing",),
        "rewritten",
        "call",
    )
    assert journal.search("rewritten")[0].id == cid


def test_conversations_newest_first_and_filtered(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    ben = journal.add_person(PersonDraft("Ben")).id
    old = _talk(journal, ana, date=dt.date(2025, 1, 5))
    new = _talk(journal, ana, ben, date=dt.date(2026, 1, 5))
    other = _talk(journal, ben, date=dt.date(2025, 6, 5))
    assert [c.id for c in journal.conversations()] == [new, other, old]
    assert [c.id for c in journal.conversations(person_id=ana)] == [new, old]
    assert [
        c.id for c in journal.conversations(since=dt.date(2025, 6, 1), until=dt.date(2025, 12, 31))
    ] == [other]


@pytest.mark.parametrize(
    ("change", "error", "fragment"),
    [
        ({"people": ()}, InvalidInput, "at least one person"),
        ({"people": (999,)}, NotFound, "No person 999"),
        ({"format": "zoom"}, InvalidInput, "Unknown format 'zoom'"),
        ({"signals": ("they_lied",)}, InvalidInput, "Unknown signal 'they_lied'"),
        ({"decision_id": 42}, NotFound, "No decision 42"),
        ({"gathering_id": 42}, NotFound, "No gathering 42"),
        ({"date": "2026-03-12"}, InvalidInput, "needs a date"),
    ],
)
def test_bad_conversations_are_refused_and_nothing_is_saved(
    journal: Journal, change: dict[str, object], error: type[Exception], fragment: str
) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    fields: dict[str, object] = {"people": (ana,), "date": DAY, "format": "call", "note": "x"}
    fields.update(change)
    with pytest.raises(error, match=fragment):
        journal.add_conversation(ConversationDraft(**fields))  # type: ignore[arg-type]
    assert journal.conversations() == []


def test_a_ten_megabyte_note_is_saved_and_found(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    paragraph = "We walked through every trade-off of the spin-off, line by line. " * 16 + "\n\n"
    note = (paragraph * (10_000_000 // len(paragraph) + 1))[:10_000_000] + " zanzibar"
    cid = _talk(journal, ana, note=note)
    journal.lock()
    with Journal.open(journal.path, PASSPHRASE) as j:
        assert j.conversation(cid).note == note
        assert [h.id for h in j.search("zanzibar")] == [cid]


def test_unicode_notes_and_names(journal: Journal) -> None:
    jose = journal.add_person(PersonDraft("José Ñúñez")).id
    _talk(journal, jose, note="Él dijo: «la transición me quita el sueño» 😔")
    assert journal.search("transicion")[0].people == ("José Ñúñez",)
    assert journal.search("jose")[0].title == "José Ñúñez"


# -- decisions, gatherings, reflections ---------------------------------------------------------


def test_decisions_record_who_was_consulted_and_who_changed_my_framing(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    ben = journal.add_person(PersonDraft("Ben")).id
    d = journal.add_decision(
        DecisionDraft("Close the Berlin office", DAY, 5, consulted=(ana,), changed_framing=(ben,))
    )
    assert [p.name for p in d.consulted] == ["Ana", "Ben"]  # changing my framing implies consulted
    assert [p.name for p in d.changed_framing] == ["Ben"]
    d = journal.update_decision(
        d.id,
        DecisionDraft(
            "Close the Berlin office", DAY, 5, "decided", "Closed; kept the team.", (ana,), (ana,)
        ),
    )
    assert (d.status, d.outcome, [p.name for p in d.changed_framing]) == (
        "decided",
        "Closed; kept the team.",
        ["Ana"],
    )
    assert [x.title for x in journal.decisions()] == ["Close the Berlin office"]


@pytest.mark.parametrize(
    ("draft", "fragment"),
    [
        (DecisionDraft(" ", DAY, 3), "needs a title"),
        (DecisionDraft("x", DAY, 0), "from 1"),
        (DecisionDraft("x", DAY, 6), "from 1"),
        (DecisionDraft("x", DAY, 3, status="maybe"), "open, decided"),
    ],
)
def test_bad_decisions_are_refused(journal: Journal, draft: DecisionDraft, fragment: str) -> None:
    with pytest.raises(InvalidInput, match=fragment):
        journal.add_decision(draft)


def test_deleting_a_decision_or_gathering_keeps_the_conversations(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    d = journal.add_decision(DecisionDraft("Reorg", DAY, 4)).id
    g = journal.add_gathering(
        GatheringDraft("Summit", DAY, DAY + dt.timedelta(days=2), "Lisbon", people=(ana,))
    ).id
    cid = _talk(journal, ana, note="kept", decision_id=d, gathering_id=g)
    journal.delete_decision(d)
    journal.delete_gathering(g)
    c = journal.conversation(cid)
    assert (c.note, c.decision_id, c.gathering_id) == ("kept", None, None)


def test_gatherings(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    g = journal.add_gathering(
        GatheringDraft(
            "CEO retreat", DAY, DAY + dt.timedelta(days=3), "Aspen", "fireside chats", (ana,)
        )
    )
    assert (g.name, g.place, [p.name for p in g.people]) == ("CEO retreat", "Aspen", ["Ana"])
    with pytest.raises(InvalidInput, match="cannot end before it starts"):
        journal.add_gathering(GatheringDraft("x", DAY, DAY - dt.timedelta(days=1)))
    assert [x.name for x in journal.gatherings()] == ["CEO retreat"]


def test_quarter_reflections(journal: Journal) -> None:
    assert journal.reflection("2026q3").text == ""
    journal.save_reflection("2026Q3", "Nobody challenged me this quarter.")
    journal.save_reflection("2026Q3", "Only Ana challenged me this quarter.")
    r = journal.reflection("2026Q3")
    assert (r.quarter, r.text) == ("2026Q3", "Only Ana challenged me this quarter.")
    assert r.updated_at is not None
    with pytest.raises(InvalidInput, match="like 2026Q3"):
        journal.save_reflection("2026-Q5", "x")


# -- change notices ---------------------------------------------------------------------------


def test_every_write_is_announced_after_it_commits(journal: Journal) -> None:
    seen: list[Change] = []
    unsubscribe = journal.on_change(seen.append)
    ana = journal.add_person(PersonDraft("Ana")).id
    cid = _talk(journal, ana)
    journal.save_reflection("2026Q1", "x")
    journal.delete_person(ana)
    assert [(c.kind, c.action) for c in seen] == [
        ("person", "added"),
        ("conversation", "added"),
        ("reflection", "updated"),
        ("person", "deleted"),
        ("conversation", "deleted"),
    ]
    assert seen[1].ids == (cid,)
    unsubscribe()
    journal.add_person(PersonDraft("Ben"))
    assert len(seen) == 5


def test_refused_write_is_not_announced(journal: Journal) -> None:
    seen: list[Change] = []
    journal.on_change(seen.append)
    with pytest.raises(InvalidInput):
        journal.add_person(PersonDraft(""))
    assert seen == []


def test_read_only_journal_refuses_writes_and_checks(journal: Journal) -> None:
    with Journal.open(journal.path, PASSPHRASE, readonly=True) as reader:
        with pytest.raises(ReadOnlyJournal):
            reader.add_person(PersonDraft("Ana"))
        with pytest.raises(ReadOnlyJournal):  # never a false "damaged" report
            reader.check()
    assert journal.people() == []


# -- search -----------------------------------------------------------------------------------


@pytest.fixture
def searchable(journal: Journal) -> Journal:
    ana = journal.add_person(PersonDraft("Ana Ruiz", role="CFO at Contoso")).id
    ben = journal.add_person(PersonDraft("Ben Okafor", notes="met at the Lisbon summit")).id
    _talk(
        journal,
        ana,
        note="Ana said the spin-off is failing and she regrets it.",
        signals=("they_shared_failure",),
        date=dt.date(2026, 1, 10),
    )
    _talk(
        journal,
        ben,
        ana,
        note="Ben pushed back on my framing of the failing launch.",
        signals=("they_challenged_framing",),
        date=dt.date(2026, 2, 10),
    )
    _talk(journal, ben, note="Small talk about sailing.", date=dt.date(2025, 5, 1))
    journal.add_decision(
        DecisionDraft(
            "Stop the failing launch",
            dt.date(2026, 2, 11),
            5,
            outcome="Paused it",
            consulted=(ben,),
        )
    )
    journal.add_gathering(
        GatheringDraft("Lisbon summit", dt.date(2025, 4, 1), place="Lisbon", people=(ben,))
    )
    return journal


def test_search_finds_every_kind_with_snippets(searchable: Journal) -> None:
    hits = searchable.search("failing")
    assert [(h.kind, h.date) for h in hits] == [
        ("decision", dt.date(2026, 2, 11)),
        ("conversation", dt.date(2026, 2, 10)),
        ("conversation", dt.date(2026, 1, 10)),
    ]
    first = hits[1]
    assert first.title == "1:1 with Ana Ruiz, Ben Okafor"
    assert first.people == ("Ana Ruiz", "Ben Okafor")
    assert [first.snippet[a:b] for a, b in first.highlights] == ["failing"]
    assert hits[0].people == ("Ben Okafor",)


def test_search_matches_prefixes_roles_and_notes(searchable: Journal) -> None:
    assert [h.title for h in searchable.search("contoso")] == ["Ana Ruiz"]
    kinds = [h.kind for h in searchable.search("lisb")]
    assert kinds == ["person", "gathering"]
    assert [h.kind for h in searchable.search("regret")] == ["conversation"]  # regrets


def test_phrases_and_all_words(searchable: Journal) -> None:
    assert len(searchable.search('"failing launch"')) == 2
    assert len(searchable.search("ana sailing")) == 0  # every word must match
    assert searchable.search('"launch failing"') == []


def test_search_filters(searchable: Journal) -> None:
    ana = searchable.person_by_name("ana ruiz")
    assert ana is not None
    by_person = searchable.search("failing", SearchFilter(person_id=ana.id))
    assert {h.kind for h in by_person} == {"conversation"} and len(by_person) == 2
    by_signal = searchable.search("failing", SearchFilter(signal="they_challenged_framing"))
    assert [h.date for h in by_signal] == [dt.date(2026, 2, 10)]
    by_date = searchable.search("failing", SearchFilter(since=dt.date(2026, 2, 1)))
    assert [h.kind for h in by_date] == ["decision", "conversation"]
    only = searchable.search("failing", SearchFilter(kinds=("decision",)))
    assert [h.kind for h in only] == ["decision"]
    with pytest.raises(InvalidInput):
        searchable.search("x", SearchFilter(signal="nope"))


@pytest.mark.parametrize("query", ["", "   ", '"', "***", "-", "()"])
def test_queries_without_words_find_nothing(searchable: Journal, query: str) -> None:
    assert match_expression(query) is None
    assert searchable.search(query) == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_typed_query_is_safe(searchable: Journal, query: str) -> None:
    for hit in searchable.search(query):  # never an FTS5 syntax error, whatever is typed
        assert all(0 <= a < b <= len(hit.snippet) for a, b in hit.highlights)


def test_search_limit(searchable: Journal) -> None:
    assert len(searchable.search("failing", limit=1)) == 1


def test_a_long_transcript_is_searched_quickly_with_a_real_passage(journal: Journal) -> None:
    ana = journal.add_person(PersonDraft("Ana")).id
    filler = "the board wants growth and the team is tired. " * 20_000  # ~1 MB, 20,000 hits
    cid = _talk(journal, ana, note="Opening. " * 40 + "Maya said the board is restless. " + filler)
    [hit] = journal.search("board")
    assert hit.id == cid
    assert "Maya said the board is restless." in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert {hit.snippet[a:b] for a, b in hit.highlights} == {"board"}


def test_a_batch_is_one_transaction_announced_after_commit(journal: Journal) -> None:
    seen: list[Change] = []
    journal.on_change(seen.append)
    with journal.batch():
        ana = journal.add_person(PersonDraft("Ana")).id
        with pytest.raises(InvalidInput):  # a refused write inside leaves the others
            journal.add_person(PersonDraft("ana"))
        _talk(journal, ana, note="inside the batch")
        assert journal.person_by_name("Ana") is not None  # reads see the batch's writes
        assert seen == []  # nothing announced before the commit
    assert [(c.kind, c.action) for c in seen] == [("person", "added"), ("conversation", "added")]
    assert [c.note for c in journal.conversations()] == ["inside the batch"]


def test_a_failing_batch_writes_nothing(journal: Journal) -> None:
    with pytest.raises(RuntimeError), journal.batch():
        journal.add_person(PersonDraft("Ana"))
        raise RuntimeError("the import broke off")
    assert journal.people() == []


def test_merging_people_keeps_every_conversation_decision_and_gathering(journal: Journal) -> None:
    maya = journal.add_person(PersonDraft("Maya Chen", role="CEO")).id
    dup = journal.add_person(PersonDraft("M. Chen", how_met="YPO", notes="prefers calls")).id
    ben = journal.add_person(PersonDraft("Ben")).id
    both = _talk(journal, maya, dup, ben, note="all three")
    hers = _talk(journal, dup, note="only the duplicate")
    d = journal.add_decision(
        DecisionDraft("Sell", DAY, 5, consulted=(maya,), changed_framing=(dup,))
    )
    g = journal.add_gathering(GatheringDraft("Summit", DAY, people=(dup,)))
    merged = journal.merge_people(maya, dup)
    assert (merged.name, merged.role, merged.how_met, merged.notes) == (
        "Maya Chen",
        "CEO",
        "YPO",
        "prefers calls",
    )
    assert [p.name for p in journal.conversation(both).people] == ["Ben", "Maya Chen"]
    assert [p.name for p in journal.conversation(hers).people] == ["Maya Chen"]
    assert [p.name for p in journal.decision(d.id).changed_framing] == ["Maya Chen"]
    assert [p.name for p in journal.gathering(g.id).people] == ["Maya Chen"]
    assert [p.name for p in journal.people()] == ["Ben", "Maya Chen"]
    with pytest.raises(InvalidInput):
        journal.merge_people(maya, maya)
