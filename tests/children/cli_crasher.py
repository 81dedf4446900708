"""`python -m trustjournal`, with one command made to fail, for tests/test_cli_crash.py.

    python cli_crasher.py HOW [trustjournal arguments…]

replaces the `signals` command with one that fails as HOW says, then runs the package's
`__main__` exactly as `python -m trustjournal` does (runpy, with `sys.argv` set). The
journal text the failure carries comes from `TJ_CRASH_MARKER` (never argv, which `ps`
shows):

    value      a ValueError whose message holds the marker, raised from a KeyError whose
               message holds it too, with the marker in a local variable
    library    int() of the marker: a builtin's own message quotes the value
    expected   a JournalError with a sentence written for people (no marker in it)
"""

from __future__ import annotations

import argparse
import os
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from trustjournal import cli  # noqa: E402
from trustjournal.core.errors import InvalidInput  # noqa: E402

EXPECTED_MESSAGE = "The date is in the future; nothing was saved."


def marker() -> str:
    return os.environ["TJ_CRASH_MARKER"]


def lookup(name: str) -> str:
    return {"someone else": "x"}[name]


def explode(args: argparse.Namespace) -> int:
    person_name = marker()  # a local holding journal text, as a real command's would
    try:
        lookup(person_name)
    except KeyError as exc:
        raise ValueError(f"could not find {person_name} in the journal") from exc
    return 0


def parse(args: argparse.Namespace) -> int:
    return int(marker())


def refuse(args: argparse.Namespace) -> int:
    raise InvalidInput(EXPECTED_MESSAGE)


if __name__ == "__main__":
    how = sys.argv[1]
    cli.COMMANDS["signals"] = {"value": explode, "library": parse, "expected": refuse}[how]
    sys.argv = ["trustjournal", *sys.argv[2:]]
    runpy.run_module("trustjournal", run_name="__main__", alter_sys=True)
