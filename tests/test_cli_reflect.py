"""`trustjournal reflect`: the quarterly reflection on the command line, text and JSON.

The CLI runs in-process (`cli.main`) against real, encrypted journals; one test runs the
installed entry point as a separate process to prove the exit codes end to end.

The golden test compares `reflect --quarter 2026Q3 --as-of 2026-11-01 --json` on the default
demo (seed 1, ending 2026-11-01) with tests/golden/reflect_demo_2026Q3.json, byte for byte.
When the reflection or the JSON shape changes on purpose, regenerate the file with

    TRUSTJOURNAL_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_cli_reflect.py

then read the diff before committing it (the test still fails once, to say it wrote the file).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli

from trustjournal import cli
from trustjournal.core.demo import builder as demo
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, DecisionDraft, PersonDraft

AS_OF = dt.date(2026, 11, 1)
GOLDEN = Path(__file__).parent / "golden" / "reflect_demo_2026Q3.json"
UPDATE_GOLDEN = "TRUSTJOURNAL_UPDATE_GOLDEN"


@dataclass(frozen=True)
class Done:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)


Reflect = Callable[..., Done]


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default demo, built once for the module (a couple of seconds); tests only read."""
    path = tmp_path_factory.mktemp("reflect-demo") / "vault"
    with Journal.create(path, PASSPHRASE) as journal:
        demo.build(journal, seed=1, as_of=AS_OF)
    return path


@pytest.fixture
def reflect(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Reflect:
    """Run `trustjournal --vault VAULT reflect ARGS` in-process: exit code, stdout, stderr."""
    monkeypatch.setenv("COLUMNS", "100")  # the text report wraps to the terminal's width

    def run(vault: Path, *args: str, passphrase: str = PASSPHRASE) -> Done:
        monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", passphrase)
        capsys.readouterr()
        try:
            code = cli.main(["--vault", str(vault), "reflect", *args])
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return Done(code, out, err)

    return run


def _at(*args: str) -> tuple[str, ...]:
    return (*args, "--as-of", AS_OF.isoformat())


# -- the golden file ----------------------------------------------------------------------------


def test_json_of_the_demo_matches_the_golden_file(demo_vault: Path, reflect: Reflect) -> None:
    done = reflect(demo_vault, *_at("--quarter", "2026Q3", "--json"))
    assert done.code == 0, done.err
    if os.environ.get(UPDATE_GOLDEN):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(done.out, encoding="utf-8")
        pytest.fail(f"wrote {GOLDEN.name}; read the diff, then run again without {UPDATE_GOLDEN}")
    assert done.out == GOLDEN.read_text(encoding="utf-8"), (
        f"reflect --json differs from {GOLDEN.name}; if that is intended, regenerate it with "
        f"{UPDATE_GOLDEN}=1 and read the diff"
    )


def test_golden_file_says_what_the_demo_was_built_to_show() -> None:
    """The golden file checked by eye, kept as assertions so a regeneration cannot quietly
    lose the story the demo tells."""
    r = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert (r["quarter"], r["as_of"], r["in_progress"], r["empty"]) == (
        "2026Q3",
        "2026-11-01",
        False,
        False,
    )
    verdicts = {g["name"]: g["verdict"] for g in r["gatherings"]}
    assert verdicts == {
        "Stillwater CEO Retreat 2025": "ongoing_dialogue",
        "Northstar Growth Summit 2026": "networking_event",
        # its follow-up window still open: the next steps say to call whom you met
        "Canal House Founders Breakfast 2026": "too_soon",
    }
    stillwater = r["gatherings"][0]
    assert stillwater["ongoing_dialogue"] == ["Francesca García", "Rohan Menon"]
    hard = r["decisions"]["uncomfortable"]
    assert len(hard) == 4
    alone = [d["title"] for d in hard if d["alone"]]
    assert alone == [
        "Tell the board the ERP migration will slip two quarters",
        "Delay the sensor relaunch to the autumn",
    ]
    assert all(not d["consulted"] for d in hard if d["alone"])
    test = r["practical_test"]
    names = {role: [a["person"] for a in answers] for role, answers in test.items()}
    assert {"Grace Fletcher", "Lin Wu"} <= set(names["call_when_uncomfortable"])
    assert names["challenges_framing"][0] == "Grace Fletcher"
    assert names["understands_constraints"][0] == "Lin Wu"
    for answers in test.values():
        for a in answers:
            assert a["evidence"], a
            assert all(e["date"].startswith("2026-0") for e in a["evidence"])
    assert r["conversations"]["this"]["total"] == 57
    # Decided alone although honest ties held the call role; the open one is not "made".
    assert r["takeaways"][0].startswith(
        "You decided “Tell the board the ERP migration will slip two quarters” alone, although "
    )
    assert r["takeaways"][1].startswith(
        "“Delay the sensor relaunch to the autumn” is still open and you have consulted nobody"
    )
    erp = next(d for d in hard if d["title"] == alone[0])  # dated after Tilburg now
    # the demo's leader used the Next page: some steps acted on, some ignored, one set aside
    done = r["follow_through"]
    assert done["acted"] and done["ignored"] and len(done["set_aside"]) == 1
    assert done["sentences"][0].startswith(f"You acted on {len(done['acted'])} of ")
    assert erp["could_call"] and all(
        a["flag"] == "honest"
        for a in test["call_when_uncomfortable"]
        if a["person"] in erp["could_call"]
    )
    flags = {a["person"]: a["flag"] for answers in test.values() for a in answers}
    assert flags["Astrid Aalto"] == "one_sided"  # a role holder shows their flag
    assert [n["kind"] for n in r["coach"]][:2] == ["prompt", "prompt"]
    assert r["coach"][0]["text"].endswith("alone: what stopped you calling Baraka Mwangi?")
    assert all(n["evidence"] for n in r["coach"])
    assert [q["quarter"] for q in r["practical_test_history"]] == [
        "2025Q4",
        "2026Q1",
        "2026Q2",
        "2026Q3",
    ]
    # Capacity at the quarter's end counts only the people met by then (24 of 25).
    assert r["capacity"]["honest"] + r["capacity"]["others"] == 23
    assert r["written"]["present"] and "text" not in r["written"]


# -- the JSON shape -----------------------------------------------------------------------------

TOP_KEYS = [
    "quarter",
    "title",
    "as_of",
    "in_progress",
    "empty",
    "first_quarter",
    "practical_test",
    "practical_test_history",
    "conversations",
    "ties",
    "decisions",
    "gatherings",
    "follow_through",
    "capacity",
    "takeaways",
    "coach",
    "written",
]
COUNT_KEYS = [
    "total",
    "honest",
    "polish",
    "unmarked",
    "i_honest",
    "honest_share",
    "i_honest_share",
]


def test_json_keys_in_their_documented_order(demo_vault: Path, reflect: Reflect) -> None:
    r = reflect(demo_vault, *_at("--quarter", "2026Q3", "--json")).json()
    assert list(r) == TOP_KEYS
    assert r["title"] == "Q3 2026 · July–September"
    assert list(r["practical_test"]) == [
        "call_when_uncomfortable",
        "challenges_framing",
        "understands_constraints",
    ]
    for answers in r["practical_test"].values():
        for a in answers:
            assert list(a) == ["person", "person_id", "archived", "flag", "evidence"]
            assert all(list(e) == ["date", "what"] for e in a["evidence"])
    c = r["conversations"]
    assert list(c) == ["this", "previous", "days", "previous_to_date", "trailing_year", "months"]
    assert (c["days"], c["previous_to_date"]) == (None, None)  # a complete quarter
    for period in ("this", "previous", "trailing_year"):
        assert list(c[period]) == COUNT_KEYS
    assert [m["month"] for m in c["months"]] == [
        *(f"2025-{m}" for m in ("10", "11", "12")),
        *(f"2026-{m:02}" for m in range(1, 10)),
    ]
    assert all(list(m) == ["month", *COUNT_KEYS] for m in c["months"])
    assert sum(m["total"] for m in c["months"][-3:]) == c["this"]["total"]
    assert c["this"]["honest_share"] == round(c["this"]["honest"] / c["this"]["total"], 3)
    assert list(r["ties"]) == ["deepened", "faded", "polish_only", "new"]
    for changes in r["ties"].values():
        for change in changes:
            assert list(change) == ["person", "person_id", "archived", "before", "after", "reason"]
    d = r["decisions"]
    assert list(d) == ["total", "uncomfortable", "alone", "year"]
    assert list(d["year"]) == ["total", "uncomfortable", "uncomfortable_alone"]
    assert list(d["uncomfortable"][0]) == [
        "title",
        "date",
        "discomfort",
        "status",
        "consulted",
        "changed_framing",
        "alone",
        "could_call",
        "talked_with",
        "honest_talks",
        "polish_talks",
    ]
    assert all(x["discomfort"] >= 4 for x in d["uncomfortable"])
    for g in r["gatherings"]:
        assert list(g) == [
            "name",
            "start",
            "end",
            "verdict",
            "sentence",
            "ongoing_dialogue",
            "sporadic",
            "no_follow_up",
        ]
        assert g["verdict"] in {
            "ongoing_dialogue",
            "networking_event",
            "too_soon",
            "nobody_recorded",
        }
    assert list(r["capacity"]) == ["honest", "others", "counts", "notes", "few", "few_honest"]
    assert (r["capacity"]["few"], r["capacity"]["few_honest"]) == (4, 3)
    assert list(r["capacity"]["counts"]) == ["honest", "polish", "fading", "one_sided", "too_early"]
    assert list(r["written"]) == ["present", "characters"]
    for q in r["practical_test_history"]:
        assert list(q) == ["quarter", *r["practical_test"]]
    for n in r["coach"]:
        assert list(n) == ["kind", "text", "evidence", "people"]


def test_written_reflection_only_when_asked(demo_vault: Path, reflect: Reflect) -> None:
    with Journal.open(demo_vault, PASSPHRASE, readonly=True) as journal:
        written = journal.reflection("2026Q3").text
    assert written
    marker = written.splitlines()[-1]
    plain = reflect(demo_vault, *_at("--quarter", "2026Q3", "--json"))
    assert marker not in plain.out
    assert plain.json()["written"] == {"present": True, "characters": len(written)}
    asked = reflect(demo_vault, *_at("--quarter", "2026Q3", "--json", "--with-written")).json()
    assert asked["written"] == {"present": True, "characters": len(written), "text": written}

    text = reflect(demo_vault, *_at("--quarter", "2026Q3"))
    assert marker not in text.out
    assert f"Your written reflection: {len(written):,} characters" in text.out
    assert marker in reflect(demo_vault, *_at("--quarter", "2026Q3", "--with-written")).out


# -- the text report ----------------------------------------------------------------------------


def test_text_report_of_the_demo(demo_vault: Path, reflect: Reflect) -> None:
    done = reflect(demo_vault, *_at("--quarter", "2026Q3"))
    assert done.code == 0, done.err
    out = done.out
    assert out.startswith("Reflection on Q3 2026 · July–September (as of 1 Nov 2026)\n")
    sections = [
        "What stands out",
        "Questions to sit with",
        "The practical test",
        "The practical test over the year",
        "Conversations",
        "Ties",
        "Decisions",
        "Gatherings",
        "Capacity at the quarter's end",
    ]
    lines = out.splitlines()
    assert [line for line in lines if line in sections] == sections
    assert "  • You decided “Tell the board the ERP migration will slip two quarters” alone" in out
    assert "MADE ALONE" not in out
    assert out.count("DECIDED ALONE") == 1 and out.count("open, NOBODY CONSULTED YET") == 1
    assert "    Grace Fletcher · honest\n      31 Jul 2026  Challenged your framing (1:1)" in out
    assert "    Astrid Aalto · one-sided\n" in out
    assert "57 this quarter: 30 honest (53 %), 21 polish only, 6 unmarked" in out
    assert "The quarter before: 61, 48 % honest" in out
    assert "Built relationships: you kept talking with 2 of 3 people you met." in out
    assert "Functioned as a networking event" in out
    assert "ongoing dialogue: Francesca García, Rohan Menon" in out
    assert "6 honest ties against 17 others" in out
    assert out.count("Honest ties are fading faster than new ones form") == 1  # said once
    assert all(len(line) <= 100 for line in lines if not line.startswith("Reflection on"))


def test_text_report_wraps_to_the_terminal(
    demo_vault: Path, reflect: Reflect, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    out = reflect(demo_vault, *_at("--quarter", "2026Q3")).out
    assert max(len(line) for line in out.splitlines()[1:]) <= 60


def test_quarter_in_progress(demo_vault: Path, reflect: Reflect) -> None:
    r = reflect(demo_vault, *_at("--quarter", "2026Q4", "--json")).json()
    assert (r["quarter"], r["in_progress"], r["empty"]) == ("2026Q4", True, False)
    out = reflect(demo_vault, *_at("--quarter", "2026Q4")).out
    assert "(in progress: day 32 of 92, as of 1 Nov 2026)" in out
    assert "The quarter before, over its first 32 days: 18, 50 % honest" in out
    assert r["conversations"]["days"] == 32
    assert "Capacity so far" in out
    assert "  October " in out and "  November " in out and "  December " not in out


def test_default_quarter_is_the_last_complete_one(demo_vault: Path, reflect: Reflect) -> None:
    assert reflect(demo_vault, *_at("--json")).json()["quarter"] == "2026Q3"
    on_the_first = reflect(demo_vault, "--as-of", "2026-10-01", "--json").json()
    assert on_the_first["quarter"] == "2026Q3"
    assert reflect(demo_vault, "--as-of", "2026-09-30", "--json").json()["quarter"] == "2026Q2"


# -- bad input ----------------------------------------------------------------------------------

EXAMPLE = "like 2026Q3"


@pytest.mark.parametrize(
    ("args", "code", "stderr"),
    [
        (("--quarter", "2026Q5"), 2, "--quarter: '2026Q5' is not a quarter"),
        (("--quarter", "2026Q0"), 2, "'2026Q0' is not a quarter"),
        (("--quarter", "Q3 2026"), 2, "'Q3 2026' is not a quarter"),
        (("--quarter", "2026-07"), 2, "'2026-07' is not a quarter"),
        (("--quarter", "26Q3"), 2, "'26Q3' is not a quarter"),
        (("--quarter", ""), 2, "'' is not a quarter"),
        (("--quarter", "2026Q3", "--as-of", "2026-13-01"), 2, "is not a date"),
        (
            ("--quarter", "2027Q1", "--as-of", "2026-11-01"),
            1,
            "trustjournal: 2027Q1 has not started yet: the latest quarter to reflect on is 2026Q4.",
        ),
        (
            ("--as-of", "2026-11-01", "--quarter", "2026Q4"),  # started, so not refused
            0,
            "",
        ),
        (("--quarter", "2026q3", "--as-of", "2026-11-01"), 0, ""),  # lower case is fine
    ],
)
def test_bad_quarters(
    demo_vault: Path, reflect: Reflect, args: tuple[str, ...], code: int, stderr: str
) -> None:
    done = reflect(demo_vault, *args)
    assert done.code == code, done.err
    assert stderr in done.err
    if code == 2:
        assert "usage: trustjournal reflect" in done.err
        if "quarter" in stderr:
            assert EXAMPLE in done.err
    if code == 1:
        assert len(done.err.strip().splitlines()) == 1 and "Traceback" not in done.err
        assert done.out == ""


def test_wrong_passphrase_is_refused_like_ties(
    demo_vault: Path, reflect: Reflect, capsys: pytest.CaptureFixture[str]
) -> None:
    done = reflect(demo_vault, *_at("--quarter", "2026Q3"), passphrase="not the passphrase")
    assert done.code == 1 and done.out == ""
    capsys.readouterr()
    assert cli.main(["--vault", str(demo_vault), "ties"]) == 1
    assert capsys.readouterr().err == done.err


@pytest.mark.parametrize(
    ("quarter", "calm", "hint"),
    [
        (
            "2024Q1",
            "Nothing recorded in Q1 2024 · January–March.",
            "The journal begins in Q4 2024 · October–December: try --quarter 2024Q4.",
        ),
        (
            "2023Q4",
            "Nothing recorded in Q4 2023 · October–December.",
            "The journal begins in Q4 2024 · October–December: try --quarter 2024Q4.",
        ),
    ],
)
def test_empty_quarter_is_one_calm_line(
    demo_vault: Path, reflect: Reflect, quarter: str, calm: str, hint: str
) -> None:
    done = reflect(demo_vault, *_at("--quarter", quarter))
    assert done.code == 0, done.err
    assert done.out.splitlines() == [calm, hint]
    assert "0 %" not in done.out


def test_empty_quarter_json_has_empty_lists(demo_vault: Path, reflect: Reflect) -> None:
    r = reflect(demo_vault, *_at("--quarter", "2024Q1", "--json")).json()
    assert list(r) == TOP_KEYS
    assert (r["empty"], r["first_quarter"]) == (True, "2024Q4")
    assert r["practical_test"] == {
        "call_when_uncomfortable": [],
        "challenges_framing": [],
        "understands_constraints": [],
    }
    assert r["ties"] == {"deepened": [], "faded": [], "polish_only": [], "new": []}
    assert r["decisions"] == {
        "total": 0,
        "uncomfortable": [],
        "alone": [],
        "year": {"total": 0, "uncomfortable": 0, "uncomfortable_alone": []},
    }
    assert (r["coach"], r["conversations"]["days"]) == ([], None)
    assert (r["gatherings"], r["takeaways"]) == ([], [])
    assert r["conversations"]["this"]["total"] == 0
    assert r["written"] == {"present": False, "characters": 0}
    assert r["follow_through"] == {
        "acted": [],
        "ignored": [],
        "set_aside": [],
        "still_open": [],
        "sentences": [],
    }


def test_new_journal_says_how_to_begin(vault_path: Path, reflect: Reflect) -> None:
    Journal.create(vault_path, PASSPHRASE).lock()
    done = reflect(vault_path)
    assert done.code == 0, done.err
    calm, hint = done.out.splitlines()
    assert calm.startswith("Nothing recorded in Q") and calm.endswith(".")
    assert hint == "The journal has no entries yet: record a conversation with `trustjournal add`."
    assert reflect(vault_path, "--json").json()["first_quarter"] is None


def test_archived_people_still_show_and_are_marked(journal: Journal, reflect: Reflect) -> None:
    ana = journal.add_person(PersonDraft("Ana Ruiz")).id
    ben = journal.add_person(PersonDraft("Ben Okafor")).id
    day = dt.date(2026, 8, 12)
    journal.add_conversation(
        ConversationDraft((ana,), day, "one_on_one", "…", ("they_challenged_framing",))
    )
    journal.add_decision(DecisionDraft("Sell the plant", day, 5, "decided", consulted=(ana,)))
    journal.add_decision(DecisionDraft("Cut the bonus", day, 4, "decided"))
    journal.add_conversation(ConversationDraft((ben,), day, "call", "…", ("transactional",)))
    journal.set_archived(ana, True)
    journal.lock()

    r = reflect(journal.path, *_at("--quarter", "2026Q3", "--json")).json()
    [caller] = r["practical_test"]["call_when_uncomfortable"]
    assert (caller["person"], caller["archived"]) == ("Ana Ruiz", True)
    assert r["decisions"]["alone"] == ["Cut the bonus"]
    assert [t["person"] for t in r["ties"]["new"]] == ["Ana Ruiz", "Ben Okafor"]
    assert r["practical_test"]["understands_constraints"] == []

    out = reflect(journal.path, *_at("--quarter", "2026Q3")).out
    assert (
        "    Ana Ruiz (archived) · too early\n      12 Aug 2026  Consulted on “Sell the plant”"
        in out
    )
    assert "  Understands my constraints\n    nobody this quarter" in out
    alone = "12 Aug 2026  Cut the bonus\n               discomfort 4 of 5 · DECIDED ALONE"
    assert alone in out


def test_the_installed_command(demo_vault: Path) -> None:
    """The real entry point, as a separate process: exit codes end to end."""
    bad = run_cli("reflect", "--quarter", "2026Q5", vault=demo_vault)
    assert bad.returncode == 2
    assert "argument --quarter: '2026Q5' is not a quarter" in bad.stderr
    assert EXAMPLE in bad.stderr
    future = run_cli("reflect", *_at("--quarter", "2030Q1"), vault=demo_vault)
    assert future.returncode == 1
    assert future.stderr.strip() == (
        "trustjournal: 2030Q1 has not started yet: the latest quarter to reflect on is 2026Q4."
    )
    good = run_cli("reflect", *_at("--json"), vault=demo_vault)
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)["quarter"] == "2026Q3"
