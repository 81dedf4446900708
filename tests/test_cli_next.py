"""`trustjournal next`: the next steps from a real journal, as a script or a cron job reads
them (the contract: a JSON list of objects with `kind`, `person`, `reason`, `due`; exit code
0, also with nothing to do)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from conftest import PASSPHRASE, run_cli

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, DecisionDraft, PersonDraft

AS_OF = dt.date(2026, 6, 30)


def _journal(path: Path) -> Path:
    with Journal.create(path, PASSPHRASE) as journal:
        maya = journal.add_person(PersonDraft("Maya Chen"))
        for days, codes in (
            (100, ("they_admitted_doubt", "i_shared_failure")),
            (75, ("they_shared_failure", "i_admitted_doubt")),
        ):
            journal.add_conversation(
                ConversationDraft(
                    people=(maya.id,),
                    date=AS_OF - dt.timedelta(days=days),
                    format="one_on_one",
                    note="",
                    signals=codes,
                )
            )
        journal.add_decision(
            DecisionDraft(title="Close the Lyon plant", date=AS_OF, discomfort=5, status="open")
        )
    return path


def test_next_json_lists_the_steps_with_the_contracted_keys(tmp_path: Path) -> None:
    vault = _journal(tmp_path / "vault")
    done = run_cli("next", "--as-of", AS_OF.isoformat(), "--json", vault=vault)
    assert done.returncode == 0, done.stderr
    steps = json.loads(done.stdout)
    assert [s["kind"] for s in steps] == ["call_on_decision", "fading_soon"]
    for s in steps:
        assert {"kind", "person", "reason", "due"} <= set(s)
    fading = steps[1]
    assert fading["person"] == "Maya Chen"
    assert fading["due"] == (AS_OF + dt.timedelta(days=15)).isoformat()
    assert fading["reason"].startswith("Your last honest conversation with Maya Chen was 75 days")
    assert steps[0]["person"] is None  # nobody holds a role yet: nobody to name
    text = run_cli("next", "--as-of", AS_OF.isoformat(), vault=vault)
    assert text.returncode == 0
    assert "Next steps as of 2026-06-30 (2):" in text.stdout
    assert "Before it fades · by 2026-07-15" in text.stdout


def test_nothing_to_do_is_exit_code_0_and_an_empty_list(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    Journal.create(vault, PASSPHRASE).lock()
    done = run_cli("next", "--json", vault=vault)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
    text = run_cli("next", vault=vault)
    assert text.returncode == 0 and text.stdout.startswith("Nothing to do as of ")


def test_a_wrong_passphrase_is_refused_plainly(tmp_path: Path) -> None:
    vault = _journal(tmp_path / "vault")
    done = run_cli("next", vault=vault, passphrase="not the passphrase at all")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
