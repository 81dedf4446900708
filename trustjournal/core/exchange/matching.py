"""Who in the journal an imported contact is: the preview's matching, nothing written.

`plan(cards, book)` gives each contact card a `Row`: NEW (nobody like them), EXISTS (one
person, found by an identity stored by an earlier import, an e-mail, the name, an alias, a
nickname — Bob for Robert — or a name one letter apart when nobody else is that close) or
CONFLICT (several people fit, or the same name with another e-mail or organisation). Each
row carries a default action (add, merge into a person, skip) and the reason in words.

Names are compared "folded": accents dropped, case folded, spaces tidied, so José = jose.
Pure functions over plain data: the journal's side is `ContactBook` (core/journal/contacts.py).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from trustjournal.core.i18n import N_, LabelMap, _, ngettext

# Short forms of given names and the names they stand for (both ways are recognised;
# two short forms of the same name match each other: Bob and Rob).
NICKNAMES: dict[str, tuple[str, ...]] = {
    "al": ("albert", "alan", "alexander", "alfred"),
    "alex": ("alexander", "alexandra", "alexis"),
    "andy": ("andrew",),
    "drew": ("andrew",),
    "ben": ("benjamin",),
    "bill": ("william",),
    "billy": ("william",),
    "will": ("william",),
    "liam": ("william",),
    "bob": ("robert",),
    "bobby": ("robert",),
    "rob": ("robert",),
    "robbie": ("robert",),
    "bert": ("albert", "robert", "herbert"),
    "cathy": ("catherine", "cathrine", "kathryn"),
    "kate": ("katherine", "catherine", "kathryn"),
    "katie": ("katherine", "catherine"),
    "chris": ("christopher", "christine", "christina"),
    "dan": ("daniel",),
    "danny": ("daniel",),
    "dave": ("david",),
    "ed": ("edward", "edmund"),
    "eddie": ("edward",),
    "ted": ("edward", "theodore"),
    "fred": ("frederick", "alfred"),
    "greg": ("gregory",),
    "jim": ("james",),
    "jimmy": ("james",),
    "jamie": ("james",),
    "joe": ("joseph",),
    "jon": ("jonathan", "john"),
    "johnny": ("john",),
    "jack": ("john",),
    "ken": ("kenneth",),
    "larry": ("lawrence",),
    "liz": ("elizabeth",),
    "lizzie": ("elizabeth",),
    "beth": ("elizabeth",),
    "betty": ("elizabeth",),
    "eliza": ("elizabeth",),
    "maggie": ("margaret",),
    "meg": ("margaret",),
    "peggy": ("margaret",),
    "matt": ("matthew",),
    "mike": ("michael",),
    "mick": ("michael",),
    "nick": ("nicholas",),
    "pat": ("patrick", "patricia"),
    "pete": ("peter",),
    "rick": ("richard", "frederick"),
    "rich": ("richard",),
    "dick": ("richard",),
    "sam": ("samuel", "samantha"),
    "steve": ("steven", "stephen"),
    "sue": ("susan", "suzanne"),
    "tom": ("thomas",),
    "tommy": ("thomas",),
    "tony": ("anthony", "antonio"),
    "vicky": ("victoria",),
    "jenny": ("jennifer",),
    "jen": ("jennifer",),
    "jess": ("jessica",),
    "pepe": ("jose",),
    "paco": ("francisco",),
}

TYPO_MIN_LENGTH = 10  # a shorter name is never matched by a one-letter difference (Jon, Jan)


def fold(text: str) -> str:
    """A name as matching compares it: accents dropped, case folded, spaces tidied."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().replace(".", " ").split())


def formal_names(given: str) -> frozenset[str]:
    """The given name folded, with what it is short for (and itself)."""
    g = fold(given)
    return frozenset((g, *NICKNAMES.get(g, ())))


def short_for(a: str, b: str) -> bool:
    """Whether the given names `a` and `b` are the same name, one short for the other
    (Bob/Robert), or two short forms of one name (Bob/Rob)."""
    fa, fb = fold(a), fold(b)
    return fa != fb and bool(formal_names(fa) & formal_names(fb))


def one_apart(a: str, b: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def _deletions(name: str) -> set[str]:
    """`name` and every form of it with one letter left out: two names one letter apart
    (changed, added, dropped or swapped) share one of these."""
    return {name, *(name[:i] + name[i + 1 :] for i in range(len(name)))}


# -- the two sides ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    """One contact as read from a file (see core/exchange/vcard.py)."""

    number: int  # 1 for the file's first card
    line: int  # the line its BEGIN is on
    name: str
    given: str = ""
    family: str = ""
    organisation: str = ""
    title: str = ""
    notes: str = ""
    nicknames: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()  # lower case, each once
    uid: str = ""

    @property
    def role(self) -> str:
        """As the person's role field reads: "CEO, Brightmoor Media"."""
        return ", ".join(p for p in (self.title, self.organisation) if p)

    @property
    def fingerprint(self) -> str:
        """Stable for the same card exported again: its name, e-mails and organisation."""
        text = "\n".join([fold(self.name), *sorted(self.emails), fold(self.organisation)])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

    def identities(self) -> list[tuple[str, str]]:
        """What an import stores to know this contact again (person_identity)."""
        own = ("vcard_uid", self.uid) if self.uid else ("fingerprint", self.fingerprint)
        return [own, *(("email", e) for e in self.emails)]


@dataclass(frozen=True)
class KnownPerson:
    id: int
    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactBook:
    """What matching reads of the journal: its people and the identities imports stored."""

    people: tuple[KnownPerson, ...] = ()
    identities: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, value) -> id


# -- the plan --------------------------------------------------------------------------------


class Status(StrEnum):
    NEW = "new"
    EXISTS = "exists"
    CONFLICT = "conflict"


class Action(StrEnum):
    ADD = "add"
    MERGE = "merge"
    SKIP = "skip"


STATUS_LABELS: LabelMap[Status] = LabelMap(
    {Status.NEW: N_("New"), Status.EXISTS: N_("Already there"), Status.CONFLICT: N_("To decide")}
)


@dataclass(frozen=True)
class Candidate:
    person_id: int  # a person in the journal; negative: -(card number) of a card added above
    name: str
    reason: str


@dataclass(frozen=True)
class Row:
    card: Card
    status: Status
    action: Action
    target: int | None  # the person (Candidate.person_id) merged into, for MERGE
    candidates: tuple[Candidate, ...]
    reason: str
    adds: tuple[str, ...] = ()  # what merging would add ("role", "notes", "2 aliases"…)

    @property
    def target_name(self) -> str:
        return next((c.name for c in self.candidates if c.person_id == self.target), "")

    def choose(self, action: Action, target: int | None = None) -> Row:
        """This row with another action (the preview's choice)."""
        if action is Action.MERGE:
            target = target if target is not None else self.target
            if target is None and self.candidates:
                target = self.candidates[0].person_id
            if target is None:
                raise ValueError("nobody to merge into")
            return replace(self, action=action, target=target)
        return replace(self, action=action, target=None)

    def describe(self) -> str:
        """The action in words: "add", "merge into Robert Smith", "skip"."""
        if self.action is Action.MERGE:
            return _("merge into {name}").format(name=self.target_name)
        return _("add") if self.action is Action.ADD else _("skip")


class _Index:
    """The people a card may be, by folded name, alias, surname and identity."""

    def __init__(self, book: ContactBook) -> None:
        self.people: dict[int, KnownPerson] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_alias: dict[str, list[int]] = {}
        self.by_family: dict[str, list[int]] = {}
        self.near: dict[str, set[int]] = {}  # a name and its one-letter-shorter forms
        self.identities = dict(book.identities)
        self.emails: dict[int, set[str]] = {}
        self.keys_of: dict[int, set[tuple[str, str]]] = {}
        for (kind, value), ident in book.identities.items():
            self.keys_of.setdefault(ident, set()).add((kind, value))
            if kind == "email":
                self.emails.setdefault(ident, set()).add(value)
        for person in book.people:
            self.add(person)

    def add(self, person: KnownPerson) -> None:
        self.people[person.id] = person
        name = fold(person.name)
        self.by_name.setdefault(name, []).append(person.id)
        for alias in person.aliases:
            self.by_alias.setdefault(fold(alias), []).append(person.id)
        words = name.split()
        # Nicknames and typos are looked for among the journal's people only: two cards of
        # one address book are two entries, even when their names are close (Anna, Anne).
        if person.id > 0 and len(words) > 1:
            self.by_family.setdefault(words[-1], []).append(person.id)
        if person.id > 0 and len(name) >= TYPO_MIN_LENGTH - 1:
            for variant in _deletions(name):
                self.near.setdefault(variant, set()).add(person.id)

    def add_card(self, card: Card, ident: int) -> None:
        self.add(KnownPerson(ident, card.name, card.nicknames, card.role, card.notes))
        for key in card.identities():
            self.identities.setdefault(key, ident)
            self.keys_of.setdefault(ident, set()).add(key)
        self.emails.setdefault(ident, set()).update(card.emails)


def _by_identity(index: _Index, card: Card) -> tuple[int, str] | None:
    own = card.identities()[0]
    if own in index.identities:
        return index.identities[own], _("imported before")
    for email in card.emails:
        found = index.identities.get(("email", email))
        if found is not None:
            return found, _("same e-mail")
    return None


def _by_names(index: _Index, card: Card) -> list[Candidate]:
    name = fold(card.name)
    found: dict[int, str] = {}
    for ident in index.by_name.get(name, ()):
        found.setdefault(ident, _("same name"))
    for ident in index.by_alias.get(name, ()):
        found.setdefault(
            ident,
            _("{name} is an alias of {person}").format(
                name=card.name, person=index.people[ident].name
            ),
        )
    for nick in card.nicknames:
        for ident in index.by_name.get(fold(nick), ()):
            found.setdefault(ident, _("nickname {nick} is their name").format(nick=nick))
    words = name.split()
    if not found and len(words) > 1:
        given = card.given or words[0]
        for ident in index.by_family.get(words[-1], ()):
            other = index.people[ident].name
            other_given = fold(other).split()[0]
            if short_for(given, other_given):
                short, long = sorted((given, other.split()[0]), key=len)
                found.setdefault(
                    ident,
                    _("{short} is short for {long}").format(short=short.title(), long=long.title()),
                )
    if not found and len(name) >= TYPO_MIN_LENGTH:
        maybe = set().union(*(index.near.get(v, set()) for v in _deletions(name)))
        near = sorted(i for i in maybe if one_apart(name, fold(index.people[i].name)))
        if len(near) == 1:
            found[near[0]] = _("one letter from {person}").format(person=index.people[near[0]].name)
    return [Candidate(i, index.people[i].name, why) for i, why in found.items()]


def _differs(index: _Index, card: Card, ident: int) -> str:
    """Why a name match may be someone else: another e-mail, another organisation."""
    theirs = index.emails.get(ident, set())
    if card.emails and theirs and not theirs & set(card.emails):
        return _("another e-mail")
    role = fold(index.people[ident].role)
    org = fold(card.organisation)
    # A role names an organisation after its comma ("CEO, Brightmoor Media"); one without
    # ("Chair") says nothing about where they work.
    if org and "," in role and org not in role:
        return _("another organisation")
    return ""


def merge_adds(person: KnownPerson, card: Card, has: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """What merging `card` into `person` would add (empty details only, never overwriting)."""
    adds: list[str] = []
    if card.role and not person.role:
        adds.append(_("role"))
    if card.notes and not person.notes:
        adds.append(_("notes"))
    known = {fold(a) for a in (person.name, *person.aliases)}
    new_aliases = {fold(a) for a in new_names(person, card)} - known
    if new_aliases:
        n = len(new_aliases)
        adds.append(ngettext("{n} alias", "{n} aliases", n).format(n=n))
    have = set(has)
    missing = [k for k in card.identities() if k not in have]
    if any(k[0] == "email" for k in missing):
        adds.append(_("e-mail"))
    return tuple(adds)


def new_names(person: KnownPerson, card: Card) -> list[str]:
    """The names merging `card` into `person` would give them as aliases."""
    names = [*card.nicknames]
    if fold(card.name) != fold(person.name):
        names.append(card.name)
    return names


def _resolve(index: _Index, card: Card, ident: int, reason: str) -> Row:
    person = index.people[ident]
    cand = (Candidate(ident, person.name, reason),)
    has = index.keys_of.get(ident, set())
    adds = merge_adds(person, card, has)
    if ident < 0:  # the same contact twice in one file
        if reason == _("imported before"):
            reason = _("the same card as card {number} above").format(number=-ident)
        else:
            reason = _("{reason} as card {number} above").format(reason=reason, number=-ident)
        return Row(card, Status.EXISTS, Action.MERGE, ident, cand, reason, adds)
    if not adds and card.identities()[0] in has:  # known again: nothing to write
        why = (
            _("already imported")
            if reason == _("imported before")
            else _("{reason}, already imported").format(reason=reason)
        )
        return Row(card, Status.EXISTS, Action.SKIP, None, cand, why, ())
    # Merging at least stores the card's identity, so the next import knows them at once.
    return Row(card, Status.EXISTS, Action.MERGE, ident, cand, reason, adds)


def match(index: _Index, card: Card) -> Row:
    hit = _by_identity(index, card)
    if hit is not None:
        return _resolve(index, card, *hit)
    candidates = _by_names(index, card)
    if not candidates:
        return Row(card, Status.NEW, Action.ADD, None, (), _("nobody by this name"))
    if len(candidates) > 1:
        names = ", ".join(c.name for c in candidates)
        return Row(
            card,
            Status.CONFLICT,
            Action.SKIP,
            None,
            tuple(candidates),
            ngettext(
                "could be {n} people: {names}", "could be {n} people: {names}", len(candidates)
            ).format(n=len(candidates), names=names),
        )
    only = candidates[0]
    why_not = _differs(index, card, only.person_id) if only.person_id > 0 else ""
    if why_not:
        return Row(
            card,
            Status.CONFLICT,
            Action.SKIP,
            None,
            (only,),
            # The row shows the card's own name: "same name" needs no second copy of it.
            _("same name, but {why_not}").format(why_not=why_not)
            if only.reason == _("same name")
            else _("{reason}, but {why_not}").format(reason=only.reason, why_not=why_not),
        )
    return _resolve(index, card, only.person_id, only.reason)


def plan(cards: Sequence[Card], book: ContactBook) -> list[Row]:
    """A row per card, in file order, each with its default action. A card added earlier in
    the file counts as a person for the cards after it (the same contact twice)."""
    index = _Index(book)
    rows: list[Row] = []
    for card in cards:
        row = match(index, card)
        if row.action is Action.ADD:
            index.add_card(card, -card.number)
        rows.append(row)
    return rows


def counts(rows: Sequence[Row]) -> dict[Status, int]:
    return {s: sum(1 for r in rows if r.status is s) for s in Status}


def counts_sentence(rows: Sequence[Row]) -> str:
    """ "12 new, 3 already in your journal, 1 to decide"."""
    c = counts(rows)
    return _("{new} new, {exists} already in your journal, {conflict} to decide").format(
        new=c[Status.NEW], exists=c[Status.EXISTS], conflict=c[Status.CONFLICT]
    )
