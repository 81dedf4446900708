"""Crash reports that carry no journal text: what went wrong (the exception's type) and
where (file, line and function of each frame), never the message or any value.

An exception's message, arguments, notes, and the locals of its frames can hold anything
the code was handling, a person's name or a note included; none of that is read here. What
is kept is what the code itself spells: the type's name, and for each frame its file
(shortened to the path inside its package, so no home folder and no user name shows), line
number and function. Source lines are left out too: they are code, not journal data, but
"file:line in function" already locates them and keeps the rule simple to check. Chained
exceptions (`raise … from …`, an error while handling another) are named by type and where
they were raised; the members of an exception group by type.

`report()` is the full block the desktop app writes to stderr and shows in its "Something
went wrong" dialog; `one_line()` is the CLI's "where it happened" for its one line on
stderr. `TRUSTJOURNAL_DEBUG=1` (`debug_enabled()`) is the escape hatch: the CLI and the app
then also print Python's own traceback, message included, on the terminal that started
them; the report itself never changes.

Nothing here imports Qt; the GUI side is `trustjournal.gui.crash`.
"""

from __future__ import annotations

import functools
import os
import platform
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from types import TracebackType

from trustjournal import APP_NAME, __version__

DEBUG_ENV = "TRUSTJOURNAL_DEBUG"
TITLE = f"{APP_NAME} problem report"
NO_TEXT_NOTE = "type and stack only; no messages, no values"
# A RecursionError has a thousand frames; the outermost and the innermost tell the story.
KEEP_OUTER, KEEP_INNER = 8, 24
MAX_CHAIN = 6  # chained exceptions listed at most
MAX_GROUP = 8  # members of an exception group named at most

_PACKAGE = Path(__file__).absolute().parents[1]  # the `trustjournal` folder
_PACKAGE_PARENT = str(_PACKAGE.parent)


def debug_enabled() -> bool:
    """True when `TRUSTJOURNAL_DEBUG` is set: full tracebacks on the terminal, for bug hunts."""
    return bool(os.environ.get(DEBUG_ENV))


@dataclass(frozen=True)
class Frame:
    """One frame of a stack: where, never what."""

    file: str
    line: int
    function: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line} in {self.function}"


def type_name(exc_type: type[BaseException]) -> str:
    """`ValueError` for builtins, `sqlalchemy.exc.OperationalError` for everything else."""
    module = str(getattr(exc_type, "__module__", "") or "")
    name = str(getattr(exc_type, "__qualname__", "") or getattr(exc_type, "__name__", "?"))
    return name if module in ("builtins", "__main__", "") else f"{module}.{name}"


def short_path(filename: str, roots: Sequence[PurePath] | None = None) -> str:
    """`trustjournal/gui/app.py` for our own files, `sqlalchemy/engine/base.py` for a library
    (the path under its `sys.path` entry), the bare file name otherwise; `<frozen …>` and
    `<string>` as they are. Never an absolute path: it would name the user's home folder."""
    if not filename or filename.startswith("<"):
        return filename or "?"
    path = PurePath(os.path.normpath(filename))
    if not path.is_absolute():
        return path.name if ".." in path.parts else path.as_posix()
    best: PurePath | None = None
    for root in _roots() if roots is None else roots:
        if path.is_relative_to(root) and (best is None or len(root.parts) > len(best.parts)):
            best = root
    return path.name if best is None or best == path else path.relative_to(best).as_posix()


def _roots() -> list[PurePath]:
    """Where importable code lives: our package's parent folder and every `sys.path` entry."""
    entries = [_PACKAGE_PARENT, *(e for e in sys.path or () if e)]  # None at exit
    return [PurePath(os.path.normpath(Path(e).absolute())) for e in entries]


def frames(tb: TracebackType | None) -> list[Frame]:
    """The frames of `tb`, outermost first, as Python prints them."""
    found: list[Frame] = []
    roots = _roots()
    while tb is not None:
        code = tb.tb_frame.f_code
        file = short_path(code.co_filename, roots)
        found.append(Frame(file, tb.tb_lineno, code.co_qualname))
        tb = tb.tb_next
    return found


def _chain(exc: BaseException | None) -> Iterator[tuple[str, BaseException]]:
    """The exceptions chained to `exc`, nearest first, as ("caused by" | "while handling",
    exception); a cycle or a very long chain ends the walk."""
    seen = {id(exc)}
    current = exc
    for _ in range(MAX_CHAIN):
        if current is None:
            return
        if current.__cause__ is not None:
            link, current = "caused by", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link, current = "while handling", current.__context__
        else:
            return
        if id(current) in seen:
            return
        seen.add(id(current))
        yield link, current


def _raised_at(exc: BaseException) -> str:
    stack = frames(exc.__traceback__)
    return f" at {stack[-1]}" if stack else ""


def _members(exc: BaseException | None) -> list[str]:
    """The types in an exception group, nested groups flattened one level."""
    if not isinstance(exc, BaseExceptionGroup):
        return []
    names = [type_name(type(e)) for e in exc.exceptions[:MAX_GROUP]]
    if len(exc.exceptions) > MAX_GROUP:
        names.append(f"and {len(exc.exceptions) - MAX_GROUP} more")
    return names


@functools.cache
def environment(extra: tuple[str, ...] = ()) -> str:
    """`TrustJournal 0.1.0 · Python 3.11.7 · Linux 6.1.0`, plus `extra` (the Qt version).
    The machine's name is deliberately not in it. Cached: `platform` may import, and
    Python refuses imports while it shuts down, when late errors are still reported."""
    parts = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()}",
        *extra,
        f"{platform.system() or 'unknown system'} {platform.release()}".strip(),
    ]
    return " · ".join(parts)


def report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    context: str = "",
    extra: Sequence[str] = (),
) -> str:
    """The whole report, several lines with no trailing newline:

        TrustJournal problem report (no journal text: …)
        ValueError in the main thread
        Stack, most recent call last:
          trustjournal/gui/app.py:57 in App._unlocked
        Caused by KeyError at trustjournal/core/journal/service.py:120 in Journal.person
        TrustJournal 0.1.0 · Python 3.11.7 · Qt 6.11.3 · Linux 6.1.0

    `exc` is read only for its chain and group members, never for its message or
    arguments; `context` says where it was caught ("in the main thread"); `extra` goes
    into the last line.
    """
    lines = [f"{TITLE} ({NO_TEXT_NOTE})", f"{type_name(exc_type)} {context}".rstrip()]
    stack = frames(tb)
    if stack:
        lines.append("Stack, most recent call last:")
        if len(stack) > KEEP_OUTER + KEEP_INNER:
            left_out = len(stack) - KEEP_OUTER - KEEP_INNER
            shown: list[str] = [f"  {f}" for f in stack[:KEEP_OUTER]]
            shown.append(f"  … {left_out} more frames …")
            shown.extend(f"  {f}" for f in stack[-KEEP_INNER:])
        else:
            shown = [f"  {f}" for f in stack]
        lines.extend(shown)
    else:
        lines.append("No stack was recorded.")
    members = _members(exc)
    if members:
        lines.append(f"Contains: {', '.join(members)}")
    for link, chained in _chain(exc):
        lines.append(f"{link.capitalize()} {type_name(type(chained))}{_raised_at(chained)}")
    lines.append(environment(tuple(extra)))
    return "\n".join(lines)


def one_line(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """What went wrong and where, in one line for the CLI:

        ValueError at trustjournal/cli/entries.py:42 in cmd_add

    When the innermost frame is not our code (a library raised it), the innermost frame of
    ours follows: `OperationalError at sqlalchemy/…:951 in do_execute, from
    trustjournal/core/journal/service.py:88 in Journal.add_person`.
    """
    stack = frames(tb)
    text = type_name(exc_type)
    if not stack:
        return text
    text += f" at {stack[-1]}"
    ours = [f for f in stack if f.file.startswith(f"{_PACKAGE.name}/")]
    if ours and ours[-1] is not stack[-1]:
        text += f", from {ours[-1]}"
    return text


def signature(exc_type: type[BaseException], tb: TracebackType | None) -> tuple[str, str]:
    """Type and innermost frame: the same bug raised again has the same signature."""
    stack = frames(tb)
    return type_name(exc_type), str(stack[-1]) if stack else ""
