"""People found in a note: the journal's people, recognised by the names the note uses.

`find_people(note, people)` is a pure function (no database, no Qt): given a note and the
names of the people in the journal (`PersonNames`: full name and aliases), it returns the
`Mention`s in the note, each with the spans of text that show it and either one person
(certain) or the candidates it could be (ambiguous). The rules:

* A person is recognised by their full name ("Nadia Perez"), their first name ("Nadia")
  and their aliases ("Mo", "MJ"; initials only when given as an alias). The longest name
  wins where names overlap: "Nadia Perez" is one mention, not also a mention of "Nadia".
* Whole words only, in the note's own words: "Sam" is not in "Samantha" or "Sam2". A
  possessive counts ("Nadia's", "Nadia’s"; the span is "Nadia"); a contraction does not
  ("Don't" is not Don).
* Case-aware: a name given with a capital is recognised only where the note writes it
  with a capital ("Will said" may be Will, "it will" is not); an alias given in lower
  case ("the admiral") is recognised in any case.
* A first name or alias followed at once by another capitalised word ("Astrid
  Halvorsen" when the journal knows Astrid Aalto) names somebody else: not a mention.
* A first name that is also a common English word (Will, May, Mark, Grant…) is not
  recognised at the start of a sentence, where every word has a capital.
* Never a guess: a name that fits several people (a first name two people share, an
  alias given to two) is one ambiguous mention carrying every candidate, even if one of
  them is named in full elsewhere in the note. The person using the app chooses.

It runs in time linear in the note (each word is looked up in a table of the names, at
most `MAX_NAME_WORDS` words long): a 50 KB note against 1,000 people takes a few
milliseconds. `NameIndex` builds that table once for many notes (the person page's
"Mentioned in" reads hundreds).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Words of a name: letters and digits (apostrophes and hyphens separate the parts).
_WORD = re.compile(r"[^\W_]+")
# What may stand between the words of one name in a note ("Nadia  Perez", "Jean-Luc",
# "O'Brien", "M. J.").
_GAP = re.compile(r"[ \t\u00a0\-'’.]{1,3}|\s{1,3}")
# What after a word makes it a contraction rather than a name ("Don't", "Will've").
_CONTRACTION = re.compile(r"['’](?:t|ll|re|ve|d|m)(?![^\W_])", re.IGNORECASE)
MAX_NAME_WORDS = 6
# First names that are also everyday words: not taken as a name at a sentence's start.
_COMMON = (
    "will may mark bill grant hope rich frank faith april june joy chase drew art sue pat "
    "rose dawn ray gene max jack rob sandy lane reed hunter page carol iris ivy summer "
    "autumn amber crystal penny eve bob guy harry jean jay kit rusty sunny brook"
)
COMMON_WORD_NAMES = frozenset(_COMMON.split(" "))

# Capitalised words that may follow a name without being a surname ("Nadia I think…").
NOT_SURNAMES = frozenset(
    [
        "i",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
CERTAIN_HOW = ("name", "first name", "alias")
MENTIONS_LIMIT = 500  # conversations of others listed at most as mentioning one person


@dataclass(frozen=True)
class PersonNames:
    """What `find_people` needs to know of a person: their id, name and aliases."""

    id: int
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Span:
    """Where a name is in the note: `note[start:end] == text`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """One person found in the note (`candidates` holds one id), or a name that fits
    several (`candidates` holds them all, in the order of `people`), with every place the
    note says it. `how`: "name", "first name" or "alias" (how the name was recognised;
    for an ambiguous one, how it fits the first candidate)."""

    spans: tuple[Span, ...]
    candidates: tuple[int, ...]
    how: str

    @property
    def certain(self) -> bool:
        return len(self.candidates) == 1

    @property
    def person(self) -> int | None:
        """The person meant, or None when the note leaves it open."""
        return self.candidates[0] if self.certain else None

    @property
    def text(self) -> str:
        """The words the note uses (the first place it says them)."""
        return self.spans[0].text


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]  # as given
    how: str


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


class NameIndex:
    """The names of the journal's people, ready to look notes up in."""

    def __init__(self, people: Iterable[PersonNames]) -> None:
        self.order: dict[int, int] = {}
        # folded words -> person id -> how (the strongest way that person fits)
        self.names: dict[tuple[str, ...], dict[int, _Name]] = {}
        firsts: list[tuple[int, tuple[str, ...]]] = []
        for person in people:
            self.order.setdefault(person.id, len(self.order))
            full = _words(person.name)
            if not full:
                continue
            self._add(full, person.id, "name")
            for alias in person.aliases:
                words = _words(alias)
                if words:
                    self._add(words, person.id, "alias")
            # The first name is the name's first part, hyphens and all ("Jean-Luc").
            first = _words(person.name.split()[0])
            if len(person.name.split()) > 1 and first:
                firsts.append((person.id, first))
        for ident, words in firsts:
            self._add(words, ident, "first name")
        self.longest = max((len(k) for k in self.names), default=0)
        self.first_words = frozenset(k[0] for k in self.names)

    def _add(self, words: tuple[str, ...], ident: int, how: str) -> None:
        words = words[:MAX_NAME_WORDS]
        key = tuple(w.casefold() for w in words)
        fits = self.names.setdefault(key, {})
        known = fits.get(ident)
        if known is None or CERTAIN_HOW.index(how) < CERTAIN_HOW.index(known.how):
            fits[ident] = _Name(words, how)

    def find(self, note: str) -> list[Mention]:
        """The mentions in `note`, in the order the note first says them."""
        if not self.names or not note:
            return []
        tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(note)]
        folded = [t[2].casefold() for t in tokens]
        found: dict[tuple[int, ...], tuple[list[Span], str]] = {}
        i, count = 0, len(tokens)
        while i < count:
            matched = 0
            if folded[i] in self.first_words:
                for size in range(min(self.longest, count - i), 0, -1):
                    fits = self.names.get(tuple(folded[i : i + size]))
                    if fits is None or not self._joined(note, tokens, i, size):
                        continue
                    fits = self._fits_case(fits, tokens, i, size)
                    fits = self._fits_place(fits, note, tokens, i, size)
                    fits = self._fits_next(fits, note, tokens, i + size)
                    if not fits:
                        continue
                    start, end = tokens[i][0], tokens[i + size - 1][1]
                    if _CONTRACTION.match(note, end) or "_" in (
                        note[start - 1 : start],
                        note[end : end + 1],
                    ):
                        continue
                    ids = tuple(sorted(fits, key=lambda p: self.order[p]))
                    how = fits[ids[0]].how
                    spans, was = found.get(ids, ([], how))
                    spans.append(Span(start, end, note[start:end]))
                    found[ids] = (spans, min(was, how, key=CERTAIN_HOW.index))
                    matched = size
                    break
            i += matched or 1
        return [Mention(tuple(spans), ids, how) for ids, (spans, how) in found.items()]

    @staticmethod
    def _joined(note: str, tokens: list[tuple[int, int, str]], i: int, size: int) -> bool:
        """The words of a several-word name stand together (spaces, a hyphen, a dot)."""
        for k in range(i, i + size - 1):
            gap_start, gap_end = tokens[k][1], tokens[k + 1][0]
            if not _GAP.fullmatch(note, gap_start, gap_end):
                return False
        return True

    @staticmethod
    def _fits_case(
        fits: dict[int, _Name], tokens: list[tuple[int, int, str]], i: int, size: int
    ) -> dict[int, _Name]:
        """Those whose name, written with capitals, is written with capitals here."""
        written = [tokens[k][2] for k in range(i, i + size)]
        return {
            ident: name
            for ident, name in fits.items()
            if all(
                _capitalised(seen) or not _capitalised(given)
                for seen, given in zip(written, name.words, strict=False)
            )
        }

    @staticmethod
    def _fits_next(
        fits: dict[int, _Name], note: str, tokens: list[tuple[int, int, str]], after: int
    ) -> dict[int, _Name]:
        """A first name or alias followed by a surname that is not theirs ("Astrid
        Halvorsen" when the journal knows Astrid Aalto) is somebody else."""
        if after >= len(tokens) or all(name.how == "name" for name in fits.values()):
            return fits
        start, _end, word = tokens[after]
        gap = note[tokens[after - 1][1] : start]
        if gap not in (" ", "\u00a0") or not _capitalised(word):
            return fits
        if word.casefold() in NOT_SURNAMES:
            return fits
        return {ident: name for ident, name in fits.items() if name.how == "name"}

    @staticmethod
    def _fits_place(
        fits: dict[int, _Name], note: str, tokens: list[tuple[int, int, str]], i: int, size: int
    ) -> dict[int, _Name]:
        """A first name that is an everyday word is not a name at a sentence's start."""
        if size != 1 or tokens[i][2].casefold() not in COMMON_WORD_NAMES:
            return fits
        if not _sentence_start(note, tokens[i][0]):
            return fits
        return {ident: name for ident, name in fits.items() if name.how != "first name"}


def _sentence_start(note: str, pos: int) -> bool:
    """Whether `pos` begins a sentence: the note's start, after . ! ? : ; or a new line,
    or after a list's bullet (quotes and brackets before the word do not count)."""
    j = pos
    while j > 0 and note[j - 1] in " \t\"'“‘(":
        j -= 1
    if j == 0 or note[j - 1] in ".!?:;\n\r":
        return True
    if note[j - 1] in "-*•>#":
        while j > 0 and note[j - 1] in " \t-*•>#":
            j -= 1
        return j == 0 or note[j - 1] in "\n\r"
    return False


def find_people(note: str, people: Sequence[PersonNames]) -> list[Mention]:
    """The people of the journal that `note` names, certain or ambiguous (see the module)."""
    return NameIndex(people).find(note)
