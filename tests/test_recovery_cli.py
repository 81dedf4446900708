"""`trustjournal recovery-key` and `trustjournal recover`, run as a user would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import PASSPHRASE, cli_env, run_cli, snapshot

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, PersonDraft

NEW = "my new long passphrase"


def _made(vault: Path) -> None:
    with Journal.create(vault, PASSPHRASE) as journal:
        maya = journal.add_person(PersonDraft("Maya Chen"))
        journal.add_conversation(
            ConversationDraft((maya.id,), dt.date(2026, 3, 2), "one_on_one", "kept safe", ())
        )


def _recover(vault: Path, key: str, new: str = NEW):  # type: ignore[no-untyped-def]
    env = cli_env(vault, None, TRUSTJOURNAL_RECOVERY_KEY=key, TRUSTJOURNAL_NEW_PASSPHRASE=new)
    return run_cli("recover", vault=vault, env=env)


def test_make_use_replace_and_remove_a_recovery_key(vault_path: Path) -> None:
    _made(vault_path)
    made = run_cli("recovery-key", vault=vault_path)
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip()
    assert len(key.split("-")) == 8  # the key alone on standard output
    assert "Whoever holds it can open this journal" in made.stderr

    # A second one is not made by accident (no terminal to confirm on).
    before = snapshot(vault_path)
    again = run_cli("recovery-key", vault=vault_path)
    assert again.returncode == 1
    assert "already has a recovery key" in again.stderr and "--replace" in again.stderr
    assert snapshot(vault_path) == before

    # The passphrase is forgotten: recover sets a new one from the key.
    recovered = _recover(vault_path, key.lower())
    assert recovered.returncode == 0, recovered.stderr
    assert "New passphrase set" in recovered.stdout
    assert run_cli("search", "safe", vault=vault_path).returncode == 1  # old passphrase
    found = run_cli("search", "safe", vault=vault_path, passphrase=NEW)
    assert found.returncode == 0 and "kept safe" in found.stdout

    replaced = run_cli("recovery-key", "--replace", vault=vault_path, passphrase=NEW)
    assert replaced.returncode == 0, replaced.stderr
    assert "old recovery key no longer opens" in replaced.stderr
    new_key = replaced.stdout.strip()
    old = _recover(vault_path, key, "yet another passphrase")
    assert old.returncode == 1
    assert "Wrong recovery key, or the vault header is damaged" in old.stderr

    removed = run_cli("recovery-key", "--remove", vault=vault_path, passphrase=NEW)
    assert removed.returncode == 0 and "removed" in removed.stdout
    gone = _recover(vault_path, new_key, "yet another passphrase")
    assert gone.returncode == 1 and "Wrong recovery key" in gone.stderr
    assert run_cli("search", "safe", vault=vault_path, passphrase=NEW).returncode == 0


def test_bad_keys_and_passphrases_change_nothing(vault_path: Path) -> None:
    _made(vault_path)
    key = run_cli("recovery-key", vault=vault_path).stdout.strip()
    flat = key.replace("-", "")
    typo = flat[:12] + ("X" if flat[12] != "X" else "Y") + flat[13:]
    before = snapshot(vault_path)
    cases = [
        (typo, NEW, "typo in group 3"),
        (key[:-2], NEW, "has 38"),
        (key, "short", "at least 8 characters"),
    ]
    for typed, new, said in cases:
        result = _recover(vault_path, typed, new)
        assert result.returncode == 1, (typed, result.stderr)
        assert said in result.stderr, (said, result.stderr)
        assert "Traceback" not in result.stderr
        assert snapshot(vault_path) == before


def test_recover_without_a_journal_says_so(tmp_path: Path) -> None:
    result = _recover(tmp_path / "none", "0" * 40)
    assert result.returncode == 1
    assert "No TrustJournal journal in" in result.stderr
    assert not (tmp_path / "none").exists()
