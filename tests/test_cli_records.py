"""`trustjournal decision add|list`, `gathering add|list` and `add --decision/--gathering`:
every object from the command line, as a script would use it, run as a separate process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE, cli_env, run_cli, snapshot

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft


@pytest.fixture
def vault(journal: Journal) -> Path:
    journal.add_person(PersonDraft("Lin Wu"))
    journal.lock()
    return journal.path


def ok(*args: str, vault: Path, stdin: bytes = b"") -> str:
    done = run_cli(*args, vault=vault, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_decision_with_the_people_consulted(vault: Path) -> None:
    out = ok(
        "decision", "add", "Sell the Lyon site", "--date", "2026-08-01", "--discomfort", "5",
        "--status", "decided", "--consulted", "lin wu", "--changed-framing", "Nadia Okafor",
        "--outcome", "Sold to the buyer who kept the team.",
        vault=vault,
    )  # fmt: skip
    assert out.splitlines() == [
        "Added Nadia Okafor to the journal as a new person.",
        "Saved decision 1: “Sell the Lyon site” (1 Aug 2026, discomfort 5 of 5, decided), "
        "consulted Lin Wu, Nadia Okafor.",
    ]
    [d] = json.loads(ok("decision", "list", "--json", vault=vault))
    assert d == {
        "id": 1,
        "title": "Sell the Lyon site",
        "date": "2026-08-01",
        "discomfort": 5,
        "status": "decided",
        "consulted": ["Lin Wu", "Nadia Okafor"],
        "changed_framing": ["Nadia Okafor"],
        "outcome": "Sold to the buyer who kept the team.",
    }
    text = ok("decision", "list", vault=vault)
    assert text.splitlines() == [
        "1  1 Aug 2026  discomfort 5 of 5  decided  Sell the Lyon site",
        "   consulted Lin Wu, Nadia Okafor; changed your framing: Nadia Okafor",
    ]
    # The tie rules read it: an uncomfortable decision brought to them makes them a call.
    ties = json.loads(ok("ties", "--as-of", "2026-08-15", "--json", vault=vault))["ties"]
    roles = {t["person"]: t["roles"] for t in ties}
    assert "call_when_uncomfortable" in roles["Lin Wu"]
    assert roles["Nadia Okafor"] == ["call_when_uncomfortable", "challenges_framing"]


def test_decision_defaults_are_today_open_and_middling(vault: Path) -> None:
    ok("decision", "add", "Hire a COO", vault=vault)
    [d] = json.loads(ok("decision", "list", "--json", vault=vault))
    assert (d["status"], d["discomfort"], d["consulted"]) == ("open", 3, [])
    assert "nobody consulted" in ok("decision", "list", vault=vault)


def test_a_gathering_and_conversations_linked_to_it(vault: Path) -> None:
    out = ok(
        "gathering", "add", "Aspen Retreat", "--from", "2026-06-05", "--to", "2026-06-07",
        "--place", "Aspen", "--met", "Lin Wu", "--met", "Olu Ade", vault=vault,
    )  # fmt: skip
    assert out.splitlines()[-1] == (
        "Saved gathering 1: Aspen Retreat (5 Jun 2026 to 7 Jun 2026, Aspen), met Lin Wu, Olu Ade."
    )
    [g] = json.loads(ok("gathering", "list", "--json", vault=vault))
    assert g == {
        "id": 1,
        "name": "Aspen Retreat",
        "start": "2026-06-05",
        "end": "2026-06-07",
        "place": "Aspen",
        "met": ["Lin Wu", "Olu Ade"],
    }
    for day in ("2026-06-05", "2026-06-06", "2026-06-07"):
        ok(
            "add", "Olu Ade", "--date", day, "--format", "retreat_session", "--gathering", "1",
            "--signal", "they_admitted_doubt", "--signal", "i_shared_failure",
            vault=vault, stdin=b"A session.",
        )  # fmt: skip
    ties = json.loads(ok("ties", "--as-of", "2026-06-30", "--json", vault=vault))["ties"]
    olu = next(t for t in ties if t["person"] == "Olu Ade")
    assert olu["flag"] == "too_early"
    assert olu["reasons"][0].startswith("Honest only at Aspen Retreat so far")
    hits = json.loads(ok("search", "session", "--json", vault=vault))
    assert len(hits) == 3
    with Journal.open(vault, PASSPHRASE, readonly=True) as journal:
        assert {c.gathering_id for c in journal.conversations()} == {1}


def test_one_day_gathering_and_an_empty_list(vault: Path) -> None:
    assert ok("gathering", "list", vault=vault).startswith("No gatherings yet")
    assert ok("decision", "list", vault=vault).startswith("No decisions yet")
    ok("gathering", "add", "Board dinner", "--from", "2026-03-03", vault=vault)
    [g] = json.loads(ok("gathering", "list", "--json", vault=vault))
    assert (g["start"], g["end"], g["met"]) == ("2026-03-03", "2026-03-03", [])
    assert ok("gathering", "list", vault=vault).splitlines()[1].endswith("nobody recorded")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("decision", "add", "X", "--discomfort", "6"), "invalid choice: 6"),
        (("decision", "add", "X", "--status", "done"), "invalid choice: 'done'"),
        (("decision", "add", "X", "--date", "yesterday"), "is not a date"),
        (("decision",), "the following arguments are required: ACTION"),
        (("gathering", "add", "X"), "the following arguments are required: --from"),
        (
            ("gathering", "add", "X", "--from", "2026-06-05", "--to", "2026-06-01"),
            "a gathering cannot end before it starts",
        ),
    ],
)
def test_usage_errors_are_said_before_the_passphrase(
    vault: Path, args: tuple[str, ...], says: str
) -> None:
    before = snapshot(vault)
    done = run_cli(*args, vault=vault, passphrase=None, stdin=None)
    assert done.returncode == 2
    assert says in done.stderr and "Passphrase" not in done.stderr
    assert snapshot(vault) == before


def test_a_refused_record_leaves_no_new_people_behind(vault: Path) -> None:
    done = run_cli("decision", "add", "   ", "--consulted", "Ghost Person", vault=vault)
    assert done.returncode == 1
    assert done.stderr.strip() == "trustjournal: A decision needs a title."
    with Journal.open(vault, PASSPHRASE, readonly=True) as journal:
        assert [p.name for p in journal.people()] == ["Lin Wu"]
        assert journal.decisions() == []


def test_a_conversation_linked_to_a_missing_decision_hands_the_note_back(vault: Path) -> None:
    done = run_cli("add", "Lin Wu", "--decision", "42", vault=vault, stdin=b"Keep these words.")
    assert done.returncode == 1
    assert "No decision 42 in this journal." in done.stderr
    assert "`trustjournal decision list` and `gathering list` show the ids" in done.stderr
    assert done.stdout == "Keep these words."
    with Journal.open(vault, PASSPHRASE, readonly=True) as journal:
        assert journal.conversations() == []


def test_names_match_whatever_their_case_accents_or_spacing(vault: Path) -> None:
    ok("decision", "add", "First", "--consulted", "Émile Zola", vault=vault)
    out = ok(
        "decision", "add", "Second", "--consulted", "émile   zola", "--consulted", "LIN  WU",
        vault=vault,
    )  # fmt: skip
    assert "Added" not in out
    assert out.endswith("consulted Lin Wu, Émile Zola.\n")
    out = ok("add", "Nadia O", "nadia  o", "ÉMILE ZOLA", vault=vault, stdin=b"Three of us.")
    assert out.count("Added ") == 1 and "Added Nadia O to the journal" in out
    with Journal.open(vault, PASSPHRASE, readonly=True) as journal:
        assert sorted(p.name for p in journal.people()) == ["Lin Wu", "Nadia O", "Émile Zola"]


def test_a_usage_error_shows_the_commands_own_usage(vault: Path) -> None:
    done = run_cli(
        "gathering", "add", "X", "--from", "2026-06-05", "--to", "2026-06-01", vault=vault
    )
    assert done.returncode == 2
    assert done.stderr.startswith("usage: trustjournal gathering add")


# -- person alias ---------------------------------------------------------------------------------


def test_person_alias_shows_sets_and_clears(vault: Path) -> None:
    assert ok("person", "alias", "lin wu", vault=vault) == "Lin Wu has no aliases.\n"
    out = ok("person", "alias", "Lin  Wu", "Lin", "LW", "lw", vault=vault)
    assert out == "Lin Wu is now also called: Lin, LW.\n"
    assert json.loads(ok("person", "alias", "Lin Wu", "--json", vault=vault)) == {
        "id": 1,
        "name": "Lin Wu",
        "aliases": ["Lin", "LW"],
    }
    assert ok("person", "alias", "Lin Wu", "--clear", vault=vault) == "Lin Wu has no aliases now.\n"
    with Journal.open(vault, PASSPHRASE) as journal:
        assert journal.person(1).aliases == ()


def test_person_edit_sets_their_own_cadence_and_my_few_then_resets(vault: Path) -> None:
    assert ok("person", "edit", "lin wu", vault=vault) == (
        "Lin Wu: keep in touch every 90 days (the journal's cadence); not one of your few.\n"
    )
    out = ok("person", "edit", "Lin Wu", "--cadence", "30", "--few", vault=vault)
    assert out == "Lin Wu: keep in touch every 30 days (their own cadence); one of your few.\n"
    shown = json.loads(ok("person", "edit", "Lin Wu", "--json", vault=vault))
    assert (shown["cadence_days"], shown["my_few"], shown["aliases"]) == (30, True, [])
    tie = json.loads(ok("ties", "--json", vault=vault))
    assert [(t["cadence_days"], t["my_few"]) for t in tie["ties"] if t["person_id"] == 1] == [
        (30, True)
    ]
    assert (tie["summary"]["few"], tie["summary"]["few_honest"]) == (1, 0)
    # one option changes only itself: the cadence stays when --not-few is given alone
    ok("person", "edit", "Lin Wu", "--not-few", vault=vault)
    with Journal.open(vault, PASSPHRASE) as journal:
        assert (journal.person(1).cadence_days, journal.person(1).my_few) == (30, False)
    back = json.loads(ok("person", "edit", "Lin Wu", "--cadence", "0", "--json", vault=vault))
    assert (back["cadence_days"], back["my_few"]) == (None, False)


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (("--cadence", "13"), 1, "between 14 and 365 days"),
        (("--cadence", "366"), 1, "between 14 and 365 days"),
        (("--few", "--not-few"), 2, "not allowed with argument"),
    ],
)
def test_person_edit_refuses_a_cadence_out_of_range(
    vault: Path, args: tuple[str, ...], code: int, says: str
) -> None:
    done = run_cli("person", "edit", "Lin Wu", *args, vault=vault)
    assert done.returncode == code and says in done.stderr
    with Journal.open(vault, PASSPHRASE) as journal:
        assert (journal.person(1).cadence_days, journal.person(1).my_few) == (None, False)


@pytest.mark.parametrize("days", ["14", "365"])
def test_person_edit_takes_the_cadences_at_the_ends_of_the_range(vault: Path, days: str) -> None:
    shown = json.loads(ok("person", "edit", "Lin Wu", "--cadence", days, "--json", vault=vault))
    assert shown["cadence_days"] == int(days)


def test_person_alias_refuses_without_quoting_names(vault: Path) -> None:
    before = snapshot(vault)
    unknown = run_cli("person", "alias", "Zed Secretname", "Z", vault=vault)
    assert unknown.returncode == 1 and "Secretname" not in unknown.stderr
    assert "Nobody in the journal has that name" in unknown.stderr
    both = run_cli("person", "alias", "Lin Wu", "L", "--clear", vault=vault)
    assert both.returncode == 2 and "not both" in both.stderr
    long = run_cli("person", "alias", "Lin Wu", "x" * 41, vault=vault)
    assert long.returncode == 1 and "at most 40 characters" in long.stderr
    assert snapshot(vault) == before


def test_in_german_the_lists_are_german_and_the_json_is_not(vault: Path) -> None:
    german = cli_env(vault, TRUSTJOURNAL_LANGUAGE="de")

    def de(*args: str) -> str:
        done = run_cli(*args, vault=vault, env=german)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert de("decision", "add", "Sell the plant", "--date", "2026-03-07", "--discomfort", "4") == (
        "Entscheidung 1 gespeichert: „Sell the plant“ (7. März 2026, Unbehagen 4 von 5, offen), "
        "niemand gefragt.\n"
    )
    assert de("decision", "list").splitlines() == [
        "1  7. März 2026  Unbehagen 4 von 5  offen  Sell the plant",
        "   niemand gefragt",
    ]
    ok("gathering", "add", "Summit", "--from", "2026-05-01", "--to", "2026-05-03", vault=vault)
    assert de("gathering", "list").splitlines()[0] == "1  1. Mai 2026 bis 3. Mai 2026  Summit"
    assert de("decision", "list", "--json") == ok("decision", "list", "--json", vault=vault)
    assert '"date": "2026-03-07"' in ok("decision", "list", "--json", vault=vault)
