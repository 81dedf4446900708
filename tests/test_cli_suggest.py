"""`trustjournal suggest` and `add --suggest / --accept-suggested`: the suggestions with the
words that show them, and nothing recorded without the person's word."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from conftest import PASSPHRASE, ROOT, cli_env, run_cli

from trustjournal.cli.suggesting import in_context
from trustjournal.core.journal.service import Journal
from trustjournal.core.suggest.model import sureness

NOTE = (
    "Dinner with Nadia. She admitted she has no idea how to handle the reorg.\n"
    "I told her our launch slipped twice."
)
NOTE_SIGNALS = {"they_admitted_doubt", "i_shared_failure"}
LOGISTICS = "Booked the venue for the March offsite. Sent the agenda."


def run_alone(*args: str, vault: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """As from cron or a script: a session of its own, so no terminal to ask on."""
    done = subprocess.run(
        [sys.executable, "-m", "trustjournal", *args],
        input=stdin,
        capture_output=True,
        env=cli_env(vault),
        cwd=ROOT,
        timeout=60,
        start_new_session=True,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )


def run_on_terminal(*args: str, vault: Path, answer: str) -> tuple[int, str]:
    """On a terminal of its own (a pty as its controlling terminal), answering the question
    once asked; returns the exit status and what the terminal showed."""
    leader, follower = pty.openpty()

    def controlling_terminal() -> None:
        os.setsid()
        fcntl.ioctl(1, termios.TIOCSCTTY, 0)  # standard output is the pty's follower

    process = subprocess.Popen(
        [sys.executable, "-m", "trustjournal", *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env=cli_env(vault),
        cwd=ROOT,
        preexec_fn=controlling_terminal,
    )
    os.close(follower)
    shown, answered = b"", False
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            process.kill()
            raise TimeoutError(shown.decode(errors="replace"))
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the command ended
            break
        if not chunk:
            break
        shown += chunk
        if not answered and b"Record which?" in shown:
            os.write(leader, answer.encode() + b"\n")
            answered = True
    os.close(leader)
    return process.wait(30), shown.decode(errors="replace")


def signals_saved(vault: Path) -> set[str]:
    """The signals of the conversation saved last."""
    journal = Journal.open(vault, PASSPHRASE)
    try:
        return set(journal.conversations()[0].signals)
    finally:
        journal.lock()


@pytest.fixture
def vault(vault_path: Path) -> Path:
    assert run_cli("init", vault=vault_path).returncode == 0
    return vault_path


# -- trustjournal suggest ---------------------------------------------------------------------


def test_suggest_reads_the_note_and_shows_each_signal_with_its_words(tmp_path: Path) -> None:
    """No journal is needed (there is none here), and nothing asks for a passphrase."""
    done = run_alone("suggest", vault=tmp_path / "none", stdin=NOTE.encode())
    assert done.returncode == 0, done.stderr
    assert "Suggested signals (2):" in done.stdout
    assert "Admitted doubt (they_admitted_doubt) · Honesty from them" in done.stdout
    assert "I shared a failure (i_shared_failure) · Honesty from me" in done.stdout
    assert "“She admitted she has «" in done.stdout  # the words, marked in their sentence
    assert "how to handle the reorg" in done.stdout
    assert not (tmp_path / "none").exists()


def test_suggest_json_lists_signal_and_evidence_spans_of_the_note(tmp_path: Path) -> None:
    done = run_alone("suggest", "--json", "--text", NOTE, vault=tmp_path / "none")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert {s["signal"] for s in found} == NOTE_SIGNALS
    for s in found:
        assert set(s) >= {"signal", "evidence", "label", "group", "strength", "spans"}
        assert s["evidence"] and all(isinstance(e, str) for e in s["evidence"])
        assert [NOTE[a:b] for a, b in s["spans"]] == s["evidence"]
        assert 0 < s["strength"] <= 1


@pytest.mark.parametrize(
    ("note", "absent"),
    [
        (LOGISTICS, None),
        ("She didn't admit any doubt; the plan is fine, she said.", "they_admitted_doubt"),
    ],
    ids=["logistics", "negated"],
)
def test_a_note_without_the_signal_suggests_nothing_for_it(
    tmp_path: Path, note: str, absent: str | None
) -> None:
    found = json.loads(run_alone("suggest", "--json", "--text", note, vault=tmp_path).stdout)
    if absent is None:
        assert found == []
        text = run_alone("suggest", "--text", note, vault=tmp_path).stdout
        assert text.startswith("No signals suggested")
    else:
        assert absent not in {s["signal"] for s in found}


# -- add --accept-suggested / --suggest -------------------------------------------------------


def test_accept_suggested_records_them_beside_the_signals_given(vault: Path) -> None:
    done = run_alone(
        "add",
        "Nadia Perez",
        "--signal",
        "i_shared_failure",
        "--accept-suggested",
        "--text",
        NOTE,
        vault=vault,
    )
    assert done.returncode == 0, done.stderr
    assert "Recorded 1 suggested signal: Admitted doubt." in done.stdout  # the other was given
    assert signals_saved(vault) == NOTE_SIGNALS


def test_suggest_without_a_terminal_shows_them_and_records_none(vault: Path) -> None:
    done = run_alone("add", "Nadia Perez", "--suggest", vault=vault, stdin=NOTE.encode())
    assert done.returncode == 0, done.stderr
    assert "Suggested signals (2):" in done.stderr  # beside, not in, the output scripts read
    assert "no suggestion recorded; --accept-suggested records them all" in done.stderr
    assert "Saved conversation 1" in done.stdout and "signal" not in done.stdout
    assert signals_saved(vault) == set()


@pytest.mark.parametrize(
    ("answer", "recorded"),
    [("a", NOTE_SIGNALS), ("n", set()), ("2", {"i_shared_failure"}), ("wrong\n1", None)],
    ids=["all", "none", "by-number", "asks-again"],
)
def test_suggest_on_a_terminal_asks_which_to_record(
    vault: Path, answer: str, recorded: set[str] | None
) -> None:
    code, shown = run_on_terminal(
        "add", "Nadia Perez", "--suggest", "--text", NOTE, vault=vault, answer=answer
    )
    assert code == 0, shown
    assert "Suggested signals (2):" in shown
    if recorded is None:  # an answer it cannot read is asked again, then the first is taken
        assert "Answer a, n, or numbers from 1 to 2." in shown
        recorded = {"they_admitted_doubt"}
    assert signals_saved(vault) == recorded


def test_suggest_and_accept_suggested_together_is_a_usage_error(vault: Path) -> None:
    done = run_alone("add", "Ana", "--suggest", "--accept-suggested", "--text", NOTE, vault=vault)
    assert done.returncode == 2
    assert "not allowed with argument" in done.stderr


# -- the words in their sentence --------------------------------------------------------------


@pytest.mark.parametrize(
    ("strength", "word"),
    [(1.0, "strong"), (0.75, "strong"), (0.74, "likely"), (0.5, "likely"), (0.49, "possible")],
)
def test_strength_words_at_their_boundaries(strength: float, word: str) -> None:
    assert sureness(strength) == word


def test_the_words_are_shown_in_their_sentence_and_a_long_one_is_cut() -> None:
    note = "Short. She has no idea.\nNext"
    at = note.index("no idea")
    assert in_context(note, at, at + 7, tty=False) == "“She has «no idea».”"
    long = "x" * 200 + " she said she has no idea how " + "y " * 80 + "end."
    at = long.index("no idea")
    shown = in_context(long, at, at + 7, tty=False)
    assert shown.startswith("“…") and shown.endswith("…”") and "«no idea»" in shown
    assert len(shown) < 160
    assert in_context("no idea", 0, 7, tty=True) == "“\033[1mno idea\033[0m”"


def test_add_learns_the_leaders_own_words_and_suggests_them_next_time(vault: Path) -> None:
    """The rules do not know "went wobbly"; two notes ticked with doubt teach it."""
    idiom = "AC went wobbly about churn."
    before = run_alone("suggest", "--json", "--text", idiom, vault=vault)
    assert "they_admitted_doubt" not in {s["signal"] for s in json.loads(before.stdout)}
    for who in ("MK", "JB"):
        done = run_alone(
            "add",
            who,
            "--signal",
            "they_admitted_doubt",
            "--text",
            f"{who} went wobbly on the raise.",
            vault=vault,
        )
        assert done.returncode == 0, done.stderr
    done = run_alone("add", "AC", "--accept-suggested", "--text", idiom, vault=vault)
    assert done.returncode == 0, done.stderr
    assert "Recorded 1 suggested signal: Admitted doubt." in done.stdout
