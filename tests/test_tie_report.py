"""The tie assessment read from a real journal, and the `trustjournal ties` report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from trustjournal import cli
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import ties
from trustjournal.core.records import (
    ConversationDraft,
    DecisionDraft,
    GatheringDraft,
    PersonDraft,
)

AS_OF = dt.date(2026, 6, 30)


def ago(days: int) -> dt.date:
    return AS_OF - dt.timedelta(days=days)


def _talk(j: Journal, people: tuple[int, ...], days: int, *codes: str) -> None:
    j.add_conversation(ConversationDraft(people, ago(days), "one_on_one", "…", codes))


@pytest.fixture
def filled(journal: Journal) -> Journal:
    maya = journal.add_person(PersonDraft("Maya Chen", role="CEO, Northwind")).id
    ravi = journal.add_person(PersonDraft("Ravi Patel")).id
    olga = journal.add_person(PersonDraft("Olga Berg")).id
    journal.add_person(PersonDraft("Tom Nobody"))
    for days in (10, 40, 70):
        _talk(journal, (maya, ravi), days, "they_challenged_framing", "i_admitted_doubt")
    _talk(journal, (ravi,), 5, "transactional")  # shared talks count for both people
    for days in (220, 250, 280):
        _talk(journal, (olga,), days, "they_shared_failure", "i_shared_failure")
    journal.add_decision(DecisionDraft("Replace the CFO", ago(15), 5, consulted=(maya,)))
    return journal


def test_assessment_through_the_service(filled: Journal) -> None:
    by_name = {a.person.name: a for a in filled.assess_ties(AS_OF)}
    maya, ravi, olga, tom = (
        by_name[n] for n in ("Maya Chen", "Ravi Patel", "Olga Berg", "Tom Nobody")
    )
    assert (maya.flag, maya.roles) == (
        ties.Flag.HONEST,
        (ties.Role.CALL_WHEN_UNCOMFORTABLE, ties.Role.CHALLENGES_FRAMING),
    )
    assert (ravi.flag, ravi.conversations, ravi.honest_conversations) == (ties.Flag.HONEST, 4, 3)
    assert olga.flag is ties.Flag.FADING
    assert (tom.flag, tom.reasons[0]) == (ties.Flag.TOO_EARLY, "No conversations recorded yet")


def test_facts_match_what_the_journal_holds(filled: Journal) -> None:
    facts = {f.person.name: f for f in filled.tie_facts()}
    assert [t.date for t in facts["Ravi Patel"].talks] == [ago(70), ago(40), ago(10), ago(5)]
    assert facts["Maya Chen"].consultations[0].discomfort == 5
    assert ties.assess(facts.values(), AS_OF) == filled.assess_ties(AS_OF)


def test_assessment_follows_the_person_not_the_name(filled: Journal) -> None:
    maya = filled.person_by_name("Maya Chen")
    assert maya is not None
    filled.update_person(maya.id, PersonDraft("Maya Lindqvist", role="CEO, Northwind"))
    dup = filled.add_person(PersonDraft("Maya C.")).id
    _talk(filled, (dup,), 3, "they_understood_constraints", "i_shared_failure")
    filled.merge_people(maya.id, dup)
    [a] = [a for a in filled.assess_ties(AS_OF) if a.person.id == maya.id]
    assert a.person.name == "Maya Lindqvist"
    assert (a.flag, a.conversations) == (ties.Flag.HONEST, 4)
    assert ties.Role.UNDERSTANDS_CONSTRAINTS in a.roles


def test_one_person_is_assessed_exactly_as_in_the_whole_journal(filled: Journal) -> None:
    everyone = filled.assess_ties(AS_OF)
    assert [filled.assess_person(a.person.id, AS_OF) for a in everyone] == everyone
    with pytest.raises(NotFound):
        filled.assess_person(999, AS_OF)


def test_one_persons_records_page_by_page(filled: Journal) -> None:
    ravi = filled.person_by_name("Ravi Patel")
    maya = filled.person_by_name("Maya Chen")
    assert ravi is not None and maya is not None
    every = filled.conversations(person_id=ravi.id)
    assert filled.count_conversations(ravi.id) == len(every) == 4
    pages = [filled.conversations(person_id=ravi.id, limit=3, offset=o) for o in (0, 3)]
    assert [c.id for page in pages for c in page] == [c.id for c in every]
    assert [d.title for d in filled.decisions(person_id=maya.id)] == ["Replace the CFO"]
    assert filled.decisions(person_id=ravi.id) == []
    filled.add_gathering(GatheringDraft("Summit", ago(30), people=(maya.id,)))
    assert [g.name for g in filled.gatherings(person_id=maya.id)] == ["Summit"]
    assert filled.gatherings(person_id=ravi.id) == []


def test_the_journals_cadence_is_what_every_report_uses(filled: Journal) -> None:
    olga = filled.person_by_name("Olga Berg")
    assert olga is not None
    assert filled.assess_person(olga.id, AS_OF).flag is ties.Flag.FADING  # quiet 220 days
    filled.set_cadence_days(365)
    assert filled.tie_settings().cadence_days == 365
    assert filled.assess_person(olga.id, AS_OF).flag is ties.Flag.HONEST
    [a] = [a for a in filled.assess_ties(AS_OF) if a.person.id == olga.id]
    assert a.flag is ties.Flag.HONEST
    with pytest.raises(InvalidInput):
        filled.set_cadence_days(5)
    assert filled.tie_settings().cadence_days == 365


def test_as_of_before_the_first_entry_makes_everything_too_early(filled: Journal) -> None:
    assessed = filled.assess_ties(dt.date(2020, 1, 1))
    assert {a.flag for a in assessed} == {ties.Flag.TOO_EARLY}


def test_a_gathering_is_one_occasion_whether_met_there_or_linked(journal: Journal) -> None:
    """Three honest sessions at one retreat show no repetition, whether the person is among
    those met there or only in conversations linked to it; a talk after it ends does."""
    met, linked = (journal.add_person(PersonDraft(n)).id for n in ("Ines Met", "Lars Linked"))
    retreat = journal.add_gathering(GatheringDraft("Aspen", ago(22), ago(20), people=(met,)))
    for days in (22, 21, 20):
        for who, link in ((met, None), (linked, retreat.id)):
            journal.add_conversation(
                ConversationDraft(
                    (who,),
                    ago(days),
                    "retreat_session",
                    "…",
                    ("they_admitted_doubt", "i_shared_failure"),
                    gathering_id=link,
                )
            )
    for a in journal.assess_ties(AS_OF):
        assert a.flag is ties.Flag.TOO_EARLY, a.reasons
        assert a.reasons[0].startswith("Honest only at Aspen so far (3 conversations there)")
    facts = {f.person.name: f for f in journal.tie_facts()}
    assert [g.name for g in facts["Lars Linked"].gatherings] == ["Aspen"]
    assert facts["Lars Linked"].gatherings == facts["Ines Met"].gatherings
    _talk(journal, (met, linked), 19, "they_admitted_doubt", "i_shared_failure")
    assert {a.flag for a in journal.assess_ties(AS_OF)} == {ties.Flag.HONEST}
    assert [journal.assess_person(i, AS_OF).flag for i in (met, linked)] == [ties.Flag.HONEST] * 2


def test_early_roles_are_marked_in_the_json(journal: Journal) -> None:
    pia = journal.add_person(PersonDraft("Pia Early")).id
    _talk(journal, (pia,), 5, "they_challenged_framing")
    journal.lock()
    done = run_cli("ties", "--as-of", AS_OF.isoformat(), "--json", vault=journal.path)
    [tie] = json.loads(done.stdout)["ties"]
    assert (tie["flag"], tie["roles"], tie["roles_early_evidence"]) == (
        "too_early",
        ["challenges_framing"],
        True,
    )
    assert tie["reasons"][1].startswith("Early evidence: challenged your framing")


def test_flag_choices_of_the_cli_are_the_core_flags() -> None:
    assert tuple(str(f) for f in ties.Flag) == cli.FLAG_CHOICES


# -- the report --------------------------------------------------------------------------------


@pytest.fixture
def vault(filled: Journal) -> Path:
    filled.lock()
    return filled.path


def test_ties_text_report_groups_by_flag(vault: Path) -> None:
    done = run_cli("ties", "--as-of", AS_OF.isoformat(), vault=vault)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Ties as of 30 Jun 2026")
    assert out.index("Honest (2)") < out.index("Fading (1)") < out.index("Too early (1)")
    maya = next(line for line in out.splitlines() if "Maya Chen" in line)
    assert "[call, challenges]" in maya and "last 20 Jun 2026" in maya
    assert "Honest in 3 of 3 conversations since January; both of you opened up" in maya
    # Someone with no conversation yet is listed, but is no tie: not counted.
    assert "2 honest ties against 1 other (fading 1)." in out


def test_ties_json(vault: Path) -> None:
    done = run_cli("ties", "--as-of", AS_OF.isoformat(), "--json", vault=vault)
    report = json.loads(done.stdout)
    assert report["as_of"] == "2026-06-30"
    first = report["ties"][0]
    assert set(first) >= {
        "person",
        "flag",
        "roles",
        "reasons",
        "conversations",
        "honest_conversations",
        "last_conversation",
    }
    olga = next(t for t in report["ties"] if t["person"] == "Olga Berg")
    assert (olga["flag"], olga["conversations"], olga["last_conversation"]) == (
        "fading",
        3,
        ago(220).isoformat(),
    )
    tom = next(t for t in report["ties"] if t["person"] == "Tom Nobody")
    assert tom["last_conversation"] is None
    assert tom["flag"] == "too_early"
    # Tom has no conversation: listed, but no tie, so the summary does not count him.
    assert report["summary"]["counts"] == {
        "honest": 2,
        "polish": 0,
        "fading": 1,
        "one_sided": 0,
        "too_early": 0,
    }
    assert all(t["roles_early_evidence"] is False for t in report["ties"])


def test_ties_filter_by_flag(vault: Path) -> None:
    done = run_cli("ties", "--as-of", AS_OF.isoformat(), "--flag", "fading", "--json", vault=vault)
    assert [t["person"] for t in json.loads(done.stdout)["ties"]] == ["Olga Berg"]


def test_unknown_flag_is_a_usage_error_listing_the_valid_ones(vault: Path) -> None:
    done = run_cli("ties", "--flag", "friendly", vault=vault)
    assert done.returncode == 2
    assert "'friendly'" in done.stderr
    for flag in ties.Flag:
        assert str(flag) in done.stderr


def test_ties_as_of_before_everything(vault: Path) -> None:
    done = run_cli("ties", "--as-of", "2001-01-01", vault=vault, passphrase=PASSPHRASE)
    assert done.returncode == 0
    assert "Too early (4)" in done.stdout
    assert "No honest ties" not in done.stdout  # nobody talked to yet: nothing to warn about
