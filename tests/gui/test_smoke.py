"""`trustjournal smoke-gui` (the bundle's self-test) on a real journal, in-process."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft
from trustjournal.gui import smoke


@pytest.fixture(autouse=True)
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """smoke-gui keeps its settings in a temporary folder: the test's, not the machine's."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_smoke_shows_the_main_window_with_the_journals_people(
    tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str], own_temp: Path
) -> None:
    vault = tmp_path / "Smoke Tëst"
    with Journal.create(vault, PASSPHRASE) as journal:
        journal.add_person(PersonDraft("Ana"))
        journal.add_person(PersonDraft("Ben"))
    assert smoke.run(vault, PASSPHRASE) == 0
    out = capsys.readouterr().out
    assert "main window shown with 2 people" in out
    assert list(own_temp.iterdir()) == []  # and it removed its settings folder


def test_smoke_fails_in_one_line_on_a_wrong_passphrase(
    tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = tmp_path / "vault"
    Journal.create(vault, PASSPHRASE).lock()
    assert smoke.run(vault, "not the passphrase") == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("smoke-gui:") and "\n" not in err


def test_smoke_says_only_type_and_place_of_an_unexpected_error(
    tmp_path: Path,
    qapp: object,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from trustjournal.gui import main_window

    marker = "Ana Ruiz MARKER-51c0"

    def broken(session: object) -> None:
        raise ValueError(f"could not show {marker}")

    monkeypatch.setattr(main_window, "MainWindow", broken)
    vault = tmp_path / "vault"
    Journal.create(vault, PASSPHRASE).lock()
    assert smoke.run(vault, PASSPHRASE) == 1
    captured = capsys.readouterr()
    assert "MARKER" not in captured.err + captured.out
    err = captured.err.strip()
    assert err.startswith("smoke-gui: failed: ValueError at ") and "\n" not in err
    assert "in test_smoke_says_only_type_and_place_of_an_unexpected_error.<locals>.broken" in err
