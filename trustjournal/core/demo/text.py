"""The words of the demo journal: notes composed from hand-written banks of sentences.

`plan.py` decides who the demo people are and what happened when, and `builder.py`
writes it; the prose comes from the banks in `words/` (the people's profiles, the running
stories, the sentences of a note, the gatherings, decisions and reflections), and this
module puts a note together. Notes are composed from sentences written per signal, per
persona and per occasion, filled with the person's name, company and running story (what
is failing for them, what is going well, what they want) and with what is going on at our
own company at that point in the two years, so that a note says what its ticked signals
claim and twenty thousand notes still read differently.

Placeholders in the sentences ({name}, {co}, {trouble}, …) are filled by `fill`; a test
checks that every sentence in every bank fills.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from trustjournal.core.demo.words import sentences, stories
from trustjournal.core.judgement.signals import Group, in_group

# -- filling and composing ------------------------------------------------------------------


class _Blank(dict[str, str]):
    """Format values where a missing key is a bug in the bank: fail loudly, naming it."""

    def __missing__(self, key: str) -> str:
        raise KeyError(f"demo text has no value for {{{key}}}")


MIN_WORDS, MAX_WORDS = 40, 200  # the length of a note
POLISH_CODES = frozenset(s.code for s in in_group(Group.POLISH))


def fill(text: str, values: Mapping[str, str]) -> str:
    return text.format_map(_Blank(values))


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def joined(names: Sequence[str]) -> str:
    """'Ana', 'Ana and Ben', 'Ana, Ben and Chen'."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def our_story(days_ago: int) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """What was going on at Corvane that many days before the end of the demo."""
    for older_than, topics, setbacks in stories.OUR_PERIODS:
        if days_ago > older_than:
            return topics, setbacks
    return stories.OUR_PERIODS[-1][1], stories.OUR_PERIODS[-1][2]


class _Filler:
    """Fills sentences one after another; a topic named once is called by its short name
    after that, so that a note does not repeat a long phrase."""

    SHORT = (("ours", "ours_short"), ("trouble", "trouble_short"), ("Trouble", "trouble_short"))

    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = dict(values)

    def __call__(self, line: str) -> str:
        done = fill(line, self.values)
        for key, short in self.SHORT:
            if "{" + key + "}" in line:
                self.values[key] = self.values[short]
                self.values["Trouble"] = capital(self.values["trouble"])
        return done


def _count_words(parts: Sequence[str]) -> int:
    return sum(len(p.split()) for p in parts)


def _group(code: str) -> str:
    if code in POLISH_CODES:
        return "polish"
    if code.startswith("they_"):
        return "them"
    return "me" if code.startswith("i_") else "shared"


def compose_note(
    rng: random.Random,
    values: Mapping[str, str],
    signals: Sequence[str],
    format_code: str,
    colour: str | None,
    extra: Sequence[str] = (),
    neutral: str = "general",
) -> str:
    """A note of `MIN_WORDS` to `MAX_WORDS` words: an opening, a sentence or two per signal,
    maybe a line in the persona's voice (a `sentences.COLOUR` key) and an afterthought,
    `extra` lines (a decision, a gathering), sometimes a closing; now and then the signal
    sentences as a list."""
    say = _Filler(values)
    target = rng.randint(45, 110)
    opening = say(rng.choice(sentences.OPENINGS[format_code]))
    spare = [say(line) for line in rng.sample(sentences.NEUTRAL_LINES[neutral], 4)]
    body = [say(rng.choice(sentences.SIGNAL_LINES[code])) for code in signals]
    if not body or rng.random() < 0.2:
        body.append(spare.pop())
    if rng.random() < 0.004:
        body.insert(rng.randrange(len(body) + 1), say(rng.choice(sentences.ASIDES)))
    tail = [say(line) for line in extra]

    def room(*more: str) -> bool:
        # Room is counted as if laid out as a list: a heading and a dash per line.
        words = _count_words([opening, *body, *tail, *more]) + 2 + len(body) + len(more)
        return words <= MAX_WORDS

    for i in reversed(range(len(signals))):  # sometimes a second sentence after a signal's
        detail = say(rng.choice(sentences.DETAIL_LINES[_group(signals[i])]))
        if rng.random() < 0.25 and room(detail):
            body.insert(i + 1, detail)
    if colour:
        spare.insert(0, say(rng.choice(sentences.COLOUR[colour])))
    if set(signals) - POLISH_CODES:
        spare.insert(rng.randint(0, 1), say(rng.choice(sentences.AFTERTHOUGHTS)))
    closing = say(rng.choice(sentences.CLOSINGS))
    if rng.random() < 0.45 and room(closing):
        tail.append(closing)
    else:
        spare.insert(rng.randint(0, len(spare)), closing)
    more: list[str] = []
    while spare and _count_words([opening, *body, *more, *tail]) < target:
        line = spare.pop(0)
        if room(*more, line):
            more.append(line)
    return _layout(rng, opening, body, more, tail)


def _layout(
    rng: random.Random, opening: str, body: list[str], more: list[str], tail: list[str]
) -> str:
    """Paragraphs, or (now and then) what was said as a Markdown list."""
    if len(body) >= 3 and rng.random() < 0.2:
        bullets = "\n".join(f"- {line}" for line in body)
        listed = f"{rng.choice(sentences.TAKEAWAYS)}\n\n{bullets}"
        return "\n\n".join(p for p in (opening, listed, " ".join(more), *tail) if p)
    lines = body + more
    split = rng.randint(1, max(1, len(lines)))
    first = " ".join([opening, *lines[:split]])
    rest = " ".join(lines[split:])
    return "\n\n".join(p for p in (first, rest, *tail) if p)
