"""`trustjournal delete …` and `merge A into B` as a script and as a person would use them:
ids from `search --json`, a refusal without a terminal unless --yes (nothing changed), and
the question asked once on a terminal (a pseudo-terminal here), answered yes or no."""

from __future__ import annotations

import datetime as dt
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE, ROOT, cli_env, run_cli, snapshot

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, DecisionDraft, GatheringDraft, PersonDraft

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def vault(journal: Journal) -> Path:
    maya = journal.add_person(PersonDraft("Maya Chen")).id
    ben = journal.add_person(PersonDraft("Ben Ode")).id
    mai = journal.add_person(PersonDraft("Mai Chen")).id
    for note in ("alone with maya", "alone with maya again"):
        journal.add_conversation(ConversationDraft((maya,), DAY, "one_on_one", note))
    journal.add_conversation(ConversationDraft((maya, ben), DAY, "group", "all of us lunch"))
    journal.add_conversation(ConversationDraft((mai,), DAY, "call", "mai on the phone"))
    journal.add_decision(DecisionDraft("Reorg", DAY, 4, consulted=(mai,)))
    journal.add_gathering(GatheringDraft("Summit", DAY, people=(mai, ben)))
    journal.lock()
    return journal.path


def ok(*args: str, vault: Path) -> str:
    done = run_cli(*args, vault=vault)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _id(vault: Path, words: str) -> str:
    hits = json.loads(ok("search", "--json", words, vault=vault))
    return str(next(h["id"] for h in hits if h["kind"] == "conversation"))


def test_delete_a_conversation_by_the_id_search_shows(vault: Path) -> None:
    ident = _id(vault, "lunch")
    out = ok("delete", "conversation", ident, "--yes", vault=vault)
    assert out == "Deleted the conversation of 2 Mar 2026 with Ben Ode and Maya Chen.\n"
    assert json.loads(ok("search", "--json", "lunch", vault=vault)) == []


def test_delete_a_person_keeps_group_conversations_unless_asked(vault: Path) -> None:
    assert ok("delete", "person", "maya chen", "--yes", vault=vault) == (
        "Deleted Maya Chen and 2 conversations.\n"
    )
    hits = json.loads(ok("search", "--json", "lunch", vault=vault))
    assert [h["people"] for h in hits] == [["Ben Ode"]]
    assert ok("delete", "person", "Ben Ode", "--with-shared", "--yes", vault=vault) == (
        "Deleted Ben Ode and 1 conversation.\n"
    )
    assert json.loads(ok("search", "--json", "lunch", vault=vault)) == []


def test_delete_a_decision_and_a_gathering(vault: Path) -> None:
    assert ok("delete", "decision", "1", "--yes", vault=vault) == (
        "Deleted the decision “Reorg” (2 Mar 2026).\n"
    )
    assert ok("delete", "gathering", "1", "--yes", vault=vault) == (
        "Deleted the gathering “Summit” (2 Mar 2026).\n"
    )
    assert json.loads(ok("decision", "list", "--json", vault=vault)) == []


def test_merge_one_person_into_another(vault: Path) -> None:
    assert ok("merge", "mai chen", "into", "Maya Chen", "--yes", vault=vault) == (
        "Merged Mai Chen into Maya Chen.\n"
    )
    hits = json.loads(ok("search", "--json", "phone", vault=vault))
    assert [h["people"] for h in hits] == [["Maya Chen"]]
    alias = json.loads(ok("person", "alias", "Maya Chen", "--json", vault=vault))
    assert "Mai Chen" in alias["aliases"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("delete", "conversation", "1"), "no terminal to ask on, so add --yes"),
        (("delete", "person", "Maya Chen"), "Delete Maya Chen and the 2 conversations"),
        (("merge", "Mai Chen", "into", "Maya Chen"), "Mai Chen's 1 conversation, 1 decision"),
        (("delete", "conversation", "99", "--yes"), "No conversation 99"),
        (("delete", "conversation", "abc", "--yes"), "not a conversation number"),
        (("delete", "decision", "-3", "--yes"), "not a decision number"),
        (("delete", "person", "Nobody", "--yes"), "nobody called 'Nobody'"),
        (("merge", "Maya Chen", "into", "maya chen", "--yes"), "the same person"),
        (("merge", "Nobody", "into", "Maya Chen", "--yes"), "nobody called 'Nobody'"),
    ],
)
def test_refusals_change_nothing(vault: Path, args: tuple[str, ...], said: str) -> None:
    before = snapshot(vault)
    done = run_cli(*args, vault=vault)
    assert done.returncode == 1
    assert said in done.stderr and "Traceback" not in done.stderr
    assert snapshot(vault) == before


def test_a_wrong_grammar_is_a_usage_error(vault: Path) -> None:
    done = run_cli("merge", "Mai Chen", "with", "Maya Chen", vault=vault)
    assert done.returncode == 2 and "invalid choice: 'with'" in done.stderr


def _on_terminal(args: list[str], vault: Path, answer: bytes) -> tuple[int, str]:
    """Run the command with a pseudo-terminal as its stdin and stdout; answer the question."""
    master, slave = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "trustjournal", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=cli_env(vault),
        cwd=ROOT,
    )
    os.close(slave)
    seen, typed = b"", False
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 1024)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                if not typed and b"[y/N]" in seen:
                    os.write(master, answer + b"\n")
                    typed = True
            elif proc.poll() is not None:
                break
        return proc.wait(timeout=60), seen.decode("utf-8", "replace")
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()


def test_asked_once_on_a_terminal(vault: Path) -> None:
    before = snapshot(vault)
    code, said = _on_terminal(["delete", "person", "Maya Chen"], vault, b"n")
    assert code == 1 and said.count("[y/N]") == 1 and "Nothing was changed." in said
    assert "1 group conversation stays, without them." in said
    assert snapshot(vault) == before
    code, said = _on_terminal(["delete", "person", "Maya Chen"], vault, b"y")
    assert code == 0 and said.count("[y/N]") == 1, said
    assert "Deleted Maya Chen and 2 conversations." in said
    with Journal.open(vault, PASSPHRASE) as journal:
        assert journal.person_by_name("Maya Chen") is None
