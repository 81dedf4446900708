"""The `trustjournal` command as a power user runs it: real processes, real vaults."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE, ROOT, cli_env, run_cli, snapshot

from trustjournal import __version__
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft


@pytest.fixture
def vault(vault_path: Path) -> Path:
    done = run_cli("init", vault=vault_path)
    assert done.returncode == 0, done.stderr
    assert f"Created a new journal in {vault_path}." in done.stdout
    return vault_path


def _no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) <= 1, stderr


def test_version_and_module_entry_point(tmp_path: Path) -> None:
    done = run_cli("--version", vault=tmp_path)
    assert (done.returncode, done.stdout.strip()) == (0, f"trustjournal {__version__}")
    script = Path(sys.executable).with_name("trustjournal")
    installed = subprocess.run([script, "--version"], capture_output=True, text=True)
    assert installed.stdout.strip() == f"trustjournal {__version__}"


def test_no_command_without_a_display_says_so_plainly(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    done = run_cli(vault=tmp_path, env=env)
    assert done.returncode == 1
    assert "needs a desktop session" in done.stderr
    assert "Traceback" not in done.stderr
    assert not tmp_path.joinpath("vault.header").exists()


def test_init_refuses_a_short_passphrase_and_creates_nothing(vault_path: Path) -> None:
    done = run_cli("init", vault=vault_path, passphrase="short")
    assert done.returncode == 1
    assert "at least 8 characters" in done.stderr
    _no_traceback(done.stderr)
    assert not vault_path.exists()


def test_init_twice_is_refused(vault: Path) -> None:
    done = run_cli("init", vault=vault)
    assert done.returncode == 1 and "already a journal" in done.stderr


def test_add_from_stdin_creates_people_and_search_finds_it(vault: Path) -> None:
    note = "Maya admitted the **reorg** is failing.\nShe asked what I would do."
    done = run_cli(
        "add",
        "Maya Chen",
        "Ravi",
        "--format",
        "dinner",
        "--signal",
        "they_shared_failure",
        "--signal",
        "i_asked_for_help",
        vault=vault,
        stdin=note.encode(),
    )
    assert done.returncode == 0, done.stderr
    assert "Added Maya Chen to the journal as a new person." in done.stdout
    assert "Added Ravi to the journal as a new person." in done.stdout
    day = dt.date.today()
    today = f"{day.day} {day:%b %Y}"  # "25 Sep 2026", as the GUI writes it
    assert (
        f"Saved conversation 1: Dinner with Maya Chen, Ravi on {today}, 2 signals." in done.stdout
    )

    again = run_cli(
        "add", "maya chen", "--text", "Second talk, calmer.", "--date", "2026-01-02", vault=vault
    )
    assert again.returncode == 0 and "new person" not in again.stdout

    found = run_cli("search", "reorg", "--json", vault=vault)
    assert found.returncode == 0, found.stderr
    [hit] = json.loads(found.stdout)
    assert hit["kind"] == "conversation" and hit["id"] == 1 and hit["date"] == day.isoformat()
    assert hit["people"] == ["Maya Chen", "Ravi"]
    assert "reorg" in hit["snippet"]
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "reorg"

    text = run_cli("search", "maya", vault=vault)
    assert text.stdout.splitlines()[0].strip().startswith("person 1: Maya Chen")

    with Journal.open(vault, PASSPHRASE) as j:
        assert j.conversation(1).note == note
        assert j.conversation(2).date == dt.date(2026, 1, 2)


def test_search_without_matches(vault: Path) -> None:
    done = run_cli("search", "nothing-here", vault=vault)
    assert (done.returncode, done.stdout.strip()) == (0, "Nothing matches 'nothing-here'.")
    assert json.loads(run_cli("search", "zzz", "--json", vault=vault).stdout) == []


def test_global_options_before_or_after_the_command(vault: Path, tmp_path: Path) -> None:
    phrase_file = tmp_path / "phrase"
    phrase_file.write_text(PASSPHRASE + "\n")
    env = cli_env(tmp_path / "elsewhere", passphrase=None)
    for args in (
        ["--vault", str(vault), "--passphrase-file", str(phrase_file), "search", "x"],
        ["search", "x", "--vault", str(vault), "--passphrase-file", str(phrase_file)],
        ["--vault", str(vault), "search", "--passphrase-file", str(phrase_file), "x"],
    ):
        done = run_cli(*args, vault=vault, env=env)
        assert done.returncode == 0, (args, done.stderr)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["add", "Ana", "--signal", "they_lied"], "unknown signal 'they_lied'; valid signals are"),
        (
            ["add", "Ana", "--date", "2026-02-30"],
            "'2026-02-30' is not a date; write it as YYYY-MM-DD",
        ),
        (["add", "Ana", "--format", "zoom"], "invalid choice: 'zoom'"),
        (["add"], "the following arguments are required: PERSON"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        # --new is the desktop app's (quick capture): never with a command, and a near miss
        # is named.
        (["--new", "ties"], "--new opens the desktop app on a new conversation; it does not go"),
        (["ties", "--new"], "unrecognized arguments: --new; 'trustjournal --help' lists"),
        (["--neww"], "unrecognized arguments: --neww (did you mean --new?)"),
    ],
)
def test_usage_errors_exit_2(vault: Path, args: list[str], fragment: str) -> None:
    before = snapshot(vault)
    done = run_cli(*args, vault=vault)
    assert done.returncode == 2
    assert fragment in done.stderr
    if "they_lied" in fragment:
        assert "i_kept_it_polished" in done.stderr and "they_shared_failure" in done.stderr
    assert snapshot(vault) == before


def test_wrong_passphrase(vault: Path) -> None:
    before = snapshot(vault)
    done = run_cli("search", "x", vault=vault, passphrase="not my passphrase")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "trustjournal: Wrong passphrase, or the vault header is damaged. Nothing was changed."
    )
    assert snapshot(vault) == before


def test_not_a_vault(tmp_path: Path) -> None:
    done = run_cli("search", "x", vault=tmp_path / "missing")
    assert done.returncode == 1
    assert f"No TrustJournal journal in {tmp_path / 'missing'}" in done.stderr
    _no_traceback(done.stderr)


def test_non_utf8_note_is_refused_and_nothing_saved(vault: Path) -> None:
    done = run_cli("add", "Ana", vault=vault, stdin=b"caf\xe9 au lait")
    assert done.returncode == 1
    assert "not UTF-8 text (byte 0xe9 at position 3); nothing was saved" in done.stderr
    _no_traceback(done.stderr)
    with Journal.open(vault, PASSPHRASE) as j:
        assert j.conversations() == []


def test_no_passphrase_and_no_terminal(vault: Path) -> None:
    env = cli_env(vault, passphrase=None)
    done = subprocess.run(
        [sys.executable, "-m", "trustjournal", "search", "x"],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        cwd=ROOT,
    )  # no controlling terminal
    assert done.returncode == 1
    assert "set TRUSTJOURNAL_PASSPHRASE or use --passphrase-file" in done.stderr


def test_passphrase_change(vault: Path) -> None:
    new = "an even better passphrase"
    done = run_cli("passphrase", vault=vault, env=cli_env(vault, TRUSTJOURNAL_NEW_PASSPHRASE=new))
    assert done.returncode == 0, done.stderr
    assert "The old passphrase no longer opens this journal." in done.stdout
    assert run_cli("search", "x", vault=vault).returncode == 1
    assert run_cli("search", "x", vault=vault, passphrase=new).returncode == 0
    short = run_cli(
        "passphrase",
        vault=vault,
        passphrase=new,
        env=cli_env(vault, new, TRUSTJOURNAL_NEW_PASSPHRASE="tiny"),
    )
    assert short.returncode == 1 and "at least 8 characters" in short.stderr


def test_second_writer_is_refused_but_search_still_works(vault: Path) -> None:
    with Journal.open(vault, PASSPHRASE) as j:
        j.add_person(PersonDraft("Ana"))
        added = run_cli("add", "Ana", "--text", "what she said", vault=vault)
        assert added.returncode == 1
        busy = f"This journal is already open in another TrustJournal (pid {os.getpid()})."
        assert added.stderr.strip() == (
            f"trustjournal: {busy} Your note follows on standard output."
        )
        assert added.stdout == "what she said"  # handed back, not lost
        found = run_cli("search", "ana", "--json", vault=vault)
        assert found.returncode == 0 and json.loads(found.stdout)[0]["kind"] == "person"


def test_check_reports_a_clean_journal(vault: Path) -> None:
    done = run_cli("check", vault=vault)
    assert done.returncode == 0 and "No problems found" in done.stdout


def test_unexpected_errors_print_no_journal_text(vault: Path, tmp_path: Path) -> None:
    # A passphrase file that is a folder: an OSError the CLI reports in one line.
    done = run_cli(
        "search",
        "x",
        "--passphrase-file",
        str(tmp_path),
        vault=vault,
        env=cli_env(vault, passphrase=None),
    )
    assert done.returncode == 1 and "cannot read the passphrase file" in done.stderr
    _no_traceback(done.stderr)


def test_signals_lists_every_code_with_its_explanation(tmp_path: Path) -> None:
    from trustjournal.core.judgement.signals import SIGNALS

    done = run_cli("signals", vault=tmp_path)
    assert done.returncode == 0
    for s in SIGNALS:
        assert f"{s.code:<28} {s.label}. {s.explanation}" in done.stdout
    assert done.stdout.index("Honesty from them:") < done.stdout.index("Polish:")


def test_in_german_add_and_search_speak_german(vault: Path) -> None:
    german = cli_env(vault, TRUSTJOURNAL_LANGUAGE="de")
    done = run_cli(
        "add", "Maya Chen", "--text", "The reorg.", "--date", "2026-05-01", "--format", "call",
        vault=vault, env=german,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Maya Chen als neue Person ins Journal aufgenommen.",
        "Gespräch 1 gespeichert: Anruf mit Maya Chen am 1. Mai 2026.",
    ]
    nothing = run_cli("search", "nothing-here", vault=vault, env=german)
    assert nothing.stdout == "Nichts passt zu 'nothing-here'.\n"
    found = run_cli("search", "reorg", vault=vault, env=german)
    assert found.stdout.startswith("1. Mai 2026  conversation 1: ")
    removed = run_cli("recovery-key", "--remove", vault=vault, env=german)
    assert (
        removed.stdout
        == "Dieses Journal hat keinen Wiederherstellungsschlüssel; es wurde nichts geändert.\n"
    )
    wrong = run_cli("next", "--as-of", "Montag", vault=vault, env=german)
    assert (
        wrong.returncode == 2
        and "'Montag' ist kein Datum; schreiben Sie es als JJJJ-MM-TT" in wrong.stderr
    )
