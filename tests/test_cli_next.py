"""`trustjournal next`: the next steps from a real journal, as a script or a cron job reads
them (the contract: a JSON list of objects with `kind`, `person`, `reason`, `due`; exit code
0, also with nothing to do)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from conftest import PASSPHRASE, cli_env, run_cli

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
    assert "Next steps as of 30 Jun 2026 (2):" in text.stdout
    assert "Before it fades · by 15 Jul 2026" in text.stdout


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


def test_in_german_the_headings_are_german_and_the_json_is_the_same(tmp_path: Path) -> None:
    vault = _journal(tmp_path / "vault")
    german = cli_env(vault, TRUSTJOURNAL_LANGUAGE="de")
    text = run_cli("next", "--as-of", AS_OF.isoformat(), vault=vault, env=german)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Nächste Schritte, Stand 30. Juni 2026 (2):\n")
    assert "  2. Bevor es verblasst · bis 15. Juli 2026\n" in text.stdout
    assert "Next steps" not in text.stdout
    # The system's locale, with no TRUSTJOURNAL_LANGUAGE: as the GUI's "system" would choose.
    system = cli_env(vault, TRUSTJOURNAL_LANGUAGE="", LANGUAGE="", LC_ALL="", LANG="de_DE.UTF-8")
    by_locale = run_cli("next", "--as-of", AS_OF.isoformat(), vault=vault, env=system)
    assert by_locale.stdout == text.stdout
    # JSON is for machines: the same bytes, English and ISO, whatever the language.
    english = run_cli("next", "--as-of", AS_OF.isoformat(), "--json", vault=vault)
    for env in (german, system):
        json_de = run_cli("next", "--as-of", AS_OF.isoformat(), "--json", vault=vault, env=env)
        assert json_de.returncode == 0 and json_de.stdout == english.stdout
    assert "2026-07-15" in english.stdout


def test_in_german_the_ties_report_is_german(tmp_path: Path) -> None:
    vault = _journal(tmp_path / "vault")
    german = cli_env(vault, TRUSTJOURNAL_LANGUAGE="de")
    text = run_cli("ties", "--as-of", AS_OF.isoformat(), vault=vault, env=german)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Beziehungen, Stand 30. Juni 2026\n")
    assert "zuletzt 16. Apr. 2026" in text.stdout
    english = run_cli("ties", "--as-of", AS_OF.isoformat(), "--json", vault=vault)
    json_de = run_cli("ties", "--as-of", AS_OF.isoformat(), "--json", vault=vault, env=german)
    assert json_de.stdout == english.stdout and '"as_of": "2026-06-30"' in english.stdout
