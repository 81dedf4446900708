"""Signal suggestions on the command line: `trustjournal suggest`, and `add --suggest` /
`add --accept-suggested`.

Suggestions come from the note alone (core/suggest), so `suggest` needs no journal and no
passphrase. Nothing is recorded without the person's word: `add --suggest` shows them and,
on a terminal, asks which to record; without a terminal it records none and says how
(`--accept-suggested` records them all, `--signal CODE` the ones chosen).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from trustjournal.cli.common import EXIT_OK, print_json

if TYPE_CHECKING:
    from trustjournal.core.suggest import Suggestion


def strength_word(strength: float) -> str:
    """How sure the rules are, in a word: strong (≥ 0.75), likely (≥ 0.5), possible."""
    if strength >= 0.75:
        return "strong"
    return "likely" if strength >= 0.5 else "possible"


def suggestions_for(note: str, people: Sequence[str], *, besides: Sequence[str] = ()) -> list[Any]:
    """What the note suggests, leaving out the signals already given (`besides`)."""
    from trustjournal.core.suggest import suggest

    given = set(besides)
    return [s for s in suggest(note, tuple(people)) if s.signal not in given]


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


def show(suggestions: Sequence[Suggestion], out: TextIO) -> None:
    """Numbered, each with its label, code, group, strength and the words that show it."""
    from trustjournal.core.judgement.signals import BY_CODE, GROUP_LABELS

    if not suggestions:
        print("No signals suggested: nothing in the note shows one the rules know.", file=out)
        return
    print(f"Suggested signals ({len(suggestions)}):", file=out)
    for number, s in enumerate(suggestions, start=1):
        signal = BY_CODE[s.signal]
        print(
            f"  {number}. {signal.label} ({s.signal}) · {GROUP_LABELS[signal.group]} · "
            f"{strength_word(s.strength)}",
            file=out,
        )
        for evidence in s.evidence:
            print(f"     “{' '.join(evidence.text.split())}”", file=out)


def cmd_suggest(args: argparse.Namespace) -> int:
    from trustjournal.cli.entries import read_note

    note = args.text if args.text is not None else read_note()
    suggestions = suggestions_for(note, args.people)
    if args.json:
        print_json(as_json(suggestions))
    else:
        show(suggestions, sys.stdout)
    return EXIT_OK


def choose(suggestions: Sequence[Suggestion], ask: Callable[[str], str] | None) -> tuple[str, ...]:
    """The codes to record, asked on the terminal: all, none, or by number or code. Without
    a terminal (`ask` None), none."""
    if not suggestions or ask is None:
        return ()
    codes = [s.signal for s in suggestions]
    while True:
        answer = ask("Record which? [a]ll, [n]one, or numbers (1 3): ").strip().casefold()
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
        print(f"Answer a, n, or numbers from 1 to {len(codes)}.", file=sys.stderr)


def terminal_question() -> Callable[[str], str] | None:
    """A way to ask on the terminal even when the note came on standard input, or None."""
    try:
        tty = Path("/dev/tty").open("r+", encoding="utf-8")  # noqa: SIM115 - kept while asking
    except OSError:
        return None

    def ask(question: str) -> str:
        tty.write(question)
        tty.flush()
        return tty.readline()

    return ask
