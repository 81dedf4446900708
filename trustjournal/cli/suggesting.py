"""Signal suggestions on the command line: `trustjournal suggest`, and `add --suggest` /
`add --accept-suggested`.

`suggest` reads the note with the rules alone (core/suggest), so it needs no journal and
no passphrase; `add --suggest` also uses what the journal has learned of how its leader
writes (core/suggest/learning.py), and every `add` teaches it the signals ticked. Nothing
is recorded without the person's word: `add --suggest` shows the suggestions and, on a
terminal, asks which to record; without a terminal it records none and says how
(`--accept-suggested` records them all, `--signal CODE` the ones chosen).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from trustjournal.cli.common import EXIT_OK, print_json
from trustjournal.core.i18n import _

if TYPE_CHECKING:
    from trustjournal.core.suggest import Suggestion


CONTEXT = 120  # characters of a long sentence kept around the words that show a signal


def suggestions_for(
    note: str, people: Sequence[str], *, besides: Sequence[str] = (), learned: Any = None
) -> list[Any]:
    """What the note suggests, leaving out the signals already given (`besides`); with
    `learned` (a journal's), as its leader's own ticks have taught."""
    from trustjournal.core.suggest import suggest
    from trustjournal.core.suggest.learning import personalise

    given = set(besides)
    found = personalise(learned, note, suggest(note, tuple(people)))
    return [s for s in found if s.signal not in given]


def as_json(suggestions: Sequence[Suggestion]) -> list[dict[str, Any]]:
    """The stable JSON of a suggestion (README): the code, its words, the quoted evidence and
    where it stands in the note (character offsets)."""
    from trustjournal.core.judgement.signals import BY_CODE

    return [
        {
            "signal": s.signal,
            "label": BY_CODE[s.signal].label,
            "group": str(BY_CODE[s.signal].group),
            "strength": round(s.strength, 2),
            "evidence": [e.text for e in s.evidence],
            "spans": [[e.start, e.end] for e in s.evidence],
        }
        for s in suggestions
    ]


def in_context(note: str, start: int, end: int, tty: bool) -> str:
    """The sentence around the words that show a signal (`core.suggest.context`), on one
    line, the words marked (bold on a terminal, «» elsewhere), a long one cut with "…"."""
    from trustjournal.core.suggest.context import sentence_around

    window = sentence_around(note, start, end, CONTEXT)
    words = note[start:end]
    marked = f"\033[1m{words}\033[0m" if tty else f"«{words}»"
    text = " ".join((note[window.start : start] + marked + note[end : window.end]).split())
    before = "…" if window.cut_before else ""
    after = "…" if window.cut_after else ""
    return f"“{before}{text}{after}”"


def show(suggestions: Sequence[Suggestion], out: TextIO, note: str, tty: bool = False) -> None:
    """Numbered, each with its label, code, group, strength and the words that show it in
    their sentence."""
    from trustjournal.core.judgement.signals import BY_CODE, GROUP_LABELS
    from trustjournal.core.suggest.model import sureness

    if not suggestions:
        print(_("No signals suggested: nothing in the note shows one the rules know."), file=out)
        return
    print(_("Suggested signals ({n}):").format(n=len(suggestions)), file=out)
    for number, s in enumerate(suggestions, start=1):
        signal = BY_CODE[s.signal]
        print(
            f"  {number}. {signal.label} ({s.signal}) · {GROUP_LABELS[signal.group]} · "
            f"{sureness(s.strength)}",
            file=out,
        )
        for evidence in s.evidence:
            print(f"     {in_context(note, evidence.start, evidence.end, tty)}", file=out)


def cmd_suggest(args: argparse.Namespace) -> int:
    from trustjournal.cli.entries import read_note

    note = args.text if args.text is not None else read_note()
    suggestions = suggestions_for(note, args.people)
    if args.json:
        print_json(as_json(suggestions))
    else:
        show(suggestions, sys.stdout, note, sys.stdout.isatty())
    return EXIT_OK


def choose(suggestions: Sequence[Suggestion], ask: Callable[[str], str] | None) -> tuple[str, ...]:
    """The codes to record, asked on the terminal: all, none, or by number or code. Without
    a terminal (`ask` None), none."""
    if not suggestions or ask is None:
        return ()
    codes = [s.signal for s in suggestions]
    while True:
        answer = ask(_("Record which? [a]ll, [n]one, or numbers (1 3): ")).strip().casefold()
        if answer in ("a", "all", "y", "yes"):
            return tuple(codes)
        if answer in ("", "n", "none", "no"):
            return ()
        picked: list[str] = []
        for word in answer.replace(",", " ").split():
            if word.isdigit() and 1 <= int(word) <= len(codes):
                picked.append(codes[int(word) - 1])
            elif word in codes:
                picked.append(word)
            else:
                picked = []
                break
        if picked:
            return tuple(dict.fromkeys(picked))
        print(_("Answer a, n, or numbers from 1 to {n}.").format(n=len(codes)), file=sys.stderr)


def terminal_question() -> Callable[[str], str] | None:
    """A way to ask on the terminal even when the note came on standard input, or None.
    (Two handles: a terminal is not seekable, so it cannot be opened for both at once.)"""
    try:
        answers = Path("/dev/tty").open(encoding="utf-8")  # noqa: SIM115 - kept while asking
        questions = Path("/dev/tty").open("w", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return None

    def ask(question: str) -> str:
        questions.write(question)
        questions.flush()
        return answers.readline()

    return ask
