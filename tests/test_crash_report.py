"""Crash reports name the type and the place, never the message or a value (no Qt here).

The marker is put everywhere an exception can carry text: its message and arguments, its
notes, the locals of its frames, the exceptions chained to it, the members of a group;
the report must hold none of it, and must not even ask the exception for its text (an
exception whose `str()` and `repr()` fail proves that). Paths are shortened so no home
folder shows; the CLI's one line says where, with our own frame when a library raised.
"""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path
from types import TracebackType

import pytest

import trustjournal
from trustjournal.core import crash_report
from trustjournal.core.crash_report import KEEP_INNER, KEEP_OUTER, one_line, report, short_path

MARKER = "Ana Ruiz MARKER-5f3a9c"  # fixed: nothing random in this file
PACKAGE = Path(trustjournal.__file__).resolve().parent
HERE = "test_crash_report.py"


def caught(fn: object, *args: object) -> tuple[type[BaseException], BaseException, TracebackType]:
    try:
        fn(*args)  # type: ignore[operator]
    except BaseException as exc:  # the test needs whatever it raises
        assert exc.__traceback__ is not None
        return type(exc), exc, exc.__traceback__
    raise AssertionError("nothing was raised")


def full_report(fn: object, *args: object) -> str:
    exc_type, exc, tb = caught(fn, *args)
    return report(exc_type, exc, tb, context="in the main thread", extra=("Qt 6.x",))


def save_person(name: str) -> None:
    notes = f"{name} told me about the failed launch"  # a local holding journal text
    try:
        {"someone else": notes}[name]
    except KeyError:
        try:
            raise LookupError(name, notes)
        except LookupError as inner:
            error = ValueError(f"could not save {name}", notes)
            error.add_note(f"while saving {name}")
            raise error from inner


def test_the_report_has_type_and_frames_and_none_of_the_text() -> None:
    text = full_report(save_person, MARKER)
    assert MARKER not in text and "MARKER" not in text and "Ana" not in text
    lines = text.splitlines()
    assert lines[0] == ("TrustJournal problem report (type and stack only; no messages, no values)")
    assert lines[1] == "ValueError in the main thread"
    assert lines[2] == "Stack, most recent call last:"
    assert lines[3].startswith(f"  {HERE}:") and lines[3].endswith(" in caught")
    assert lines[4].startswith(f"  {HERE}:") and lines[4].endswith(" in save_person")
    # The chain: by type and where each was raised, nearest first.
    assert lines[5].startswith(f"Caused by LookupError at {HERE}:")
    assert lines[5].endswith(" in save_person")
    assert lines[6].startswith(f"While handling KeyError at {HERE}:")
    assert lines[7].startswith(f"TrustJournal {trustjournal.__version__} · Python ")
    assert " · Qt 6.x · " in lines[7]
    assert len(lines) == 8
    assert platform.node() not in text  # the machine's name is not in it


class Tattletale(Exception):
    """An exception that fails the test if anything reads its text."""

    def __str__(self) -> str:
        raise AssertionError("the report read str(exception)")

    def __repr__(self) -> str:
        raise AssertionError("the report read repr(exception)")


def tattle() -> None:
    raise Tattletale(MARKER)


def test_the_report_never_asks_the_exception_for_its_text() -> None:
    exc_type, exc, tb = caught(tattle)
    text = report(exc_type, exc, tb)
    assert text.splitlines()[1] == "test_crash_report.Tattletale"
    assert one_line(exc_type, exc, tb).startswith("test_crash_report.Tattletale at ")


def test_a_group_names_its_members_by_type() -> None:
    def gather() -> None:
        raise ExceptionGroup(MARKER, [ValueError(MARKER), KeyError(MARKER), OSError(MARKER)])

    text = full_report(gather)
    assert "Contains: ValueError, KeyError, OSError" in text
    assert "MARKER" not in text


def test_a_deep_stack_keeps_its_ends() -> None:
    def down(n: int, note: str) -> None:
        down(n + 1, note)

    text = full_report(down, 0, MARKER)
    assert text.splitlines()[1] == "RecursionError in the main thread"
    frames = [line for line in text.splitlines() if line.startswith("  ")]
    assert len(frames) == KEEP_OUTER + 1 + KEEP_INNER
    assert frames[KEEP_OUTER].startswith("  … ") and frames[KEEP_OUTER].endswith(" more frames …")
    assert frames[-1].endswith(" in test_a_deep_stack_keeps_its_ends.<locals>.down")


@pytest.mark.parametrize(
    ("path", "short"),
    [
        (str(PACKAGE / "gui" / "app.py"), "trustjournal/gui/app.py"),
        (pytest.__file__, "pytest/__init__.py"),
        (json.__file__, "json/__init__.py"),
        ("/home/ana.ruiz/Documents/private/script.py", "script.py"),
        ("C:/Users/ana.ruiz/x.py" if sys.platform == "win32" else "/nowhere/x.py", "x.py"),
        ("trustjournal/cli/app.py", "trustjournal/cli/app.py"),  # a bundle's relative path
        ("../../home/ana/x.py", "x.py"),
        ("<frozen runpy>", "<frozen runpy>"),
        ("<string>", "<string>"),
        ("", "?"),
    ],
)
def test_paths_are_shortened_to_where_the_code_lives(path: str, short: str) -> None:
    assert short_path(path) == short


def test_no_absolute_path_reaches_a_report() -> None:
    text = full_report(json.loads, MARKER)  # raised inside the standard library
    assert "json/decoder.py:" in text
    for line in text.splitlines():
        assert not line.strip().startswith(("/", "\\")), line
        assert str(Path.home()) not in line


def through_our_code(text: str) -> object:
    """`json.loads` called from a function whose file is inside the trustjournal package,
    as when our code hands journal text to a library that quotes it back."""
    scope: dict[str, object] = {"json": json}
    source = "def load(text):\n    return json.loads(text)\n"
    exec(compile(source, str(PACKAGE / "core" / "pretend.py"), "exec"), scope)  # noqa: S102
    return scope["load"](text)  # type: ignore[operator]


def test_one_line_says_where_and_which_of_our_frames_called() -> None:
    exc_type, exc, tb = caught(through_our_code, MARKER)
    line = one_line(exc_type, exc, tb)
    assert line.startswith("json.decoder.JSONDecodeError at json/decoder.py:")
    assert line.endswith(", from trustjournal/core/pretend.py:2 in load")
    assert "MARKER" not in line and "\n" not in line

    exc_type, exc, tb = caught(save_person, MARKER)
    line = one_line(exc_type, exc, tb)
    assert line.startswith(f"ValueError at {HERE}:") and line.endswith(" in save_person")


def test_the_same_bug_has_the_same_signature() -> None:
    first = caught(save_person, MARKER)
    second = caught(save_person, "someone different")
    other = caught(tattle)
    sig = crash_report.signature
    assert sig(first[0], first[2]) == sig(second[0], second[2])
    assert sig(first[0], first[2]) != sig(other[0], other[2])
    assert MARKER not in "".join(sig(first[0], first[2]))


def test_debug_is_on_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(crash_report.DEBUG_ENV, raising=False)
    assert not crash_report.debug_enabled()
    monkeypatch.setenv(crash_report.DEBUG_ENV, "1")
    assert crash_report.debug_enabled()
