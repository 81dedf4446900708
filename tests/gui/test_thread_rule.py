"""The thread rule (docs/architecture.md): one thread, the journal worker, owns the open
journal; the GUI only hands it operations.

Two checks. Statically, no module under `trustjournal/gui/` other than the worker holds a
journal: none reads a `.journal` attribute, none imports `Journal` for use at run time
(type hints only), and the only run-time use of the class is `Journal.open`, `create` or
`open_remembered` inside an opener handed to the worker. Dynamically, the journal the
worker adopts answers no other thread: a call from the GUI thread raises `WrongThread`
instead of racing.
"""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from helpers import journal_of
from pytestqt.qtbot import QtBot

from trustjournal.core.errors import WrongThread
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft
from trustjournal.gui.session import Session

GUI = Path(__file__).resolve().parents[2] / "trustjournal" / "gui"
OWNER = {"worker.py"}  # the one module that holds the open journal
# An opener's calls, run on the worker (the recovery key's too: it opens the journal).
OPENERS = {"open", "create", "open_remembered", "recover", "open_with_recovery_key"}


def gui_modules() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "forms" not in p.parts)


def _type_checking_blocks(tree: ast.Module) -> set[int]:
    """Line numbers inside `if TYPE_CHECKING:` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _annotation_nodes(tree: ast.Module) -> set[int]:
    """ids of every node inside an annotation (arguments, returns, annotated names)."""
    inside: set[int] = set()

    def mark(node: ast.AST | None) -> None:
        if node is not None:
            inside.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.arg):
            mark(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            mark(node.returns)
        elif isinstance(node, ast.AnnAssign):
            mark(node.annotation)
    return inside


def violations(source: str, where: str) -> list[str]:
    """Where the module `source` (named `where`) breaks the rule; empty when it keeps it."""
    tree = ast.parse(source)
    checking = _type_checking_blocks(tree)
    annotations = _annotation_nodes(tree)
    top_level = {id(n) for n in tree.body}
    found: list[str] = []
    openers: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in OPENERS
            and isinstance(node.value, ast.Name)
            and node.value.id == "Journal"
        ):
            openers.add(id(node.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("journal", "_journal"):
            found.append(f"{where}:{node.lineno} reads .{node.attr}: views hold no journal")
        if (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").startswith("trustjournal.core.journal")
            and any(a.name in ("Journal", "service", "*") for a in node.names)
            and node.lineno not in checking
            and id(node) in top_level
        ):
            found.append(f"{where}:{node.lineno} imports the journal at run time")
        if isinstance(node, ast.Import) and any(
            a.name.startswith("trustjournal.core.journal") for a in node.names
        ):
            found.append(f"{where}:{node.lineno} imports the journal module")
        if (
            isinstance(node, ast.Name)
            and node.id == "Journal"
            and id(node) not in annotations
            and node.lineno not in checking
            and id(node) not in openers
        ):
            found.append(f"{where}:{node.lineno} uses Journal other than to open one")
    return found


def test_no_gui_module_but_the_worker_holds_a_journal() -> None:
    checked = [p for p in gui_modules() if p.name not in OWNER]
    assert len(checked) > 30  # the whole GUI, not an empty glob
    found = [v for p in checked for v in violations(p.read_text(encoding="utf-8"), p.name)]
    assert found == []


@pytest.mark.parametrize(
    "code",
    [
        "def f(session):\n    return session.journal.people()\n",
        "from trustjournal.core.journal.service import Journal\n",
        "from trustjournal.core.journal import service\n",
        "import trustjournal.core.journal.service\n",
        "def f(j):\n    return isinstance(j, Journal)\n",
        "class V:\n    def f(self):\n        self._journal = None\n",
    ],
)
def test_the_check_catches_each_way_of_breaking_the_rule(code: str) -> None:
    assert violations(code, "probe.py") != []


def test_what_the_views_do_passes_the_check() -> None:
    code = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from trustjournal.core.journal.service import Journal\n"
        "def read(journal: Journal) -> list[str]:\n"
        "    return [p.name for p in journal.people()]\n"
        "def opener(path, passphrase) -> 'Journal':\n"
        "    from trustjournal.core.journal.service import Journal\n"
        "    return Journal.open(path, passphrase)\n"
    )
    assert violations(code, "probe.py") == []


def test_the_journal_answers_only_its_worker(qtbot: QtBot, session: Session) -> None:
    journal = session.call(lambda j: j)  # the object itself, as a slip would reach it
    with pytest.raises(WrongThread):
        journal.people()  # from the GUI thread
    errors: list[BaseException] = []

    def elsewhere() -> None:
        try:
            journal.add_person(PersonDraft("Ana Lima"))
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert [type(e) for e in errors] == [WrongThread]
    assert journal_of(session).people() == []  # nothing was written by the wrong thread
    journal_of(session).add_person(PersonDraft("Ana Lima"))  # the worker still can
    assert [p.name for p in journal_of(session).people()] == ["Ana Lima"]


def test_a_journal_not_bound_to_a_thread_is_unchanged(tmp_path: Path) -> None:
    """The CLI and the core tests use a journal on one thread without binding it."""
    from helpers import PASSPHRASE

    with Journal.create(tmp_path / "j", PASSPHRASE) as journal:
        journal.add_person(PersonDraft("Ana Lima"))
        assert len(journal.people()) == 1
