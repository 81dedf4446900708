"""How the command line unlocks (cli/common.py open_journal): the passphrase, a remembered
key, a keychain that fails, a busy journal; in-process, with the tests' own keychain."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from keyring_support import MemoryKeyring

from trustjournal.cli import main
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft


def _search(vault: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    code = main(["--vault", str(vault), "search", "ana", "--json"])
    out, err = capsys.readouterr()
    names = [h["title"] for h in json.loads(out)] if code == 0 else []
    return code, names, err


def test_the_passphrase_unlocks(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal.create(vault_path, PASSPHRASE) as j:
        j.add_person(PersonDraft("Ana"))
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", PASSPHRASE)
    assert _search(vault_path, capsys) == (0, ["Ana"], "")
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", "not the passphrase")
    code, _, err = _search(vault_path, capsys)
    assert code == 1 and "Wrong passphrase" in err


def test_a_remembered_key_needs_no_passphrase(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal.create(vault_path, PASSPHRASE, remember=True) as j:
        j.add_person(PersonDraft("Ana"))
    assert _search(vault_path, capsys) == (0, ["Ana"], "")  # no passphrase anywhere


def test_a_key_gone_from_the_keychain_says_so_then_takes_the_passphrase(
    vault_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Journal.create(vault_path, PASSPHRASE, remember=True) as j:
        j.add_person(PersonDraft("Ana"))
    memory_keyring.entries.clear()
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", PASSPHRASE)
    code, names, err = _search(vault_path, capsys)
    assert (code, names) == (0, ["Ana"])
    assert err.startswith("trustjournal: This journal's key is no longer in the keychain")


def test_a_busy_journal_is_searched_read_only(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", PASSPHRASE)
    with Journal.create(vault_path, PASSPHRASE) as j:
        j.add_person(PersonDraft("Ana"))
        assert _search(vault_path, capsys) == (0, ["Ana"], "")
        code = main(["--vault", str(vault_path), "add", "Ana", "--text", "hello"])
        assert code == 1 and "already open" in capsys.readouterr().err


def test_a_command_leaves_the_cycle_collector_as_it_found_it(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", PASSPHRASE)
    Journal.create(vault_path, PASSPHRASE).lock()
    assert gc.isenabled()
    _search(vault_path, capsys)
    assert gc.isenabled()
    gc.disable()
    try:
        _search(vault_path, capsys)
        assert not gc.isenabled()
    finally:
        gc.enable()
