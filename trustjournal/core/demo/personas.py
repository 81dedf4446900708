"""The demo's cast: the personas its people follow, in the terms the tie rules read.

Each persona is a story from the seed essay (the confidant, the sparring partner, the peer
who compares pressures, the friend from a retreat, the tie that faded, the one who confides
but never hears back, the investor who only ever reassures, the connector who trades
intros, the summit contact with one sporadic follow-up …) told as: when the conversations
happen, what kind each one is (`Kind`), which signals that kind ticks, and what must stay
true whatever the dice say. The persona design is checked against `ties.py` by
`tests/test_demo.py`; the planning that uses it is `plan.py`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

SPAN_DAYS = 730  # two years of history before as_of
COHORT = 25  # the persona roster repeats every this many people


# -- what a conversation was like, and the signals that says --------------------------------


class Kind(StrEnum):
    MUTUAL = "mutual"  # both of us opened up
    THEY = "they"  # only they did
    ME = "me"  # only I did
    SHARED = "shared"  # we compared pressures, trade-offs, failures
    SUCCESS = "success"
    TRANSACTIONAL = "transactional"
    SURFACE = "surface"
    LIGHT = "light"  # a catch-up; at most surface talk ticked
    BLANK = "blank"  # nothing ticked


HONEST_KINDS = frozenset({Kind.MUTUAL, Kind.THEY, Kind.ME, Kind.SHARED})
Weighted = tuple[tuple[str, int], ...]
ME_SIGNALS: Weighted = (("i_shared_failure", 2), ("i_admitted_doubt", 3), ("i_asked_for_help", 2))
SHARED_SIGNALS: Weighted = (
    ("similar_failures", 2),
    ("comparable_tradeoffs", 3),
    ("parallel_pressures", 3),
)


def _pick(rng: random.Random, weighted: Weighted, k: int) -> list[str]:
    """Up to `k` distinct codes, drawn by weight."""
    pool = list(weighted)
    chosen: list[str] = []
    while pool and len(chosen) < k:
        code = rng.choices([c for c, _ in pool], [w for _, w in pool])[0]
        chosen.append(code)
        pool = [(c, w) for c, w in pool if c != code]
    return chosen


def _maybe(rng: random.Random, chance: float, code: str) -> list[str]:
    return [code] if rng.random() < chance else []


def draw_signals(rng: random.Random, kind: Kind, they: Weighted) -> list[str]:
    """The signals ticked on a conversation of this kind; `they` is the person's manner."""
    n = rng.choice((1, 1, 2))
    if kind is Kind.MUTUAL:
        return _pick(rng, they, n) + _pick(rng, ME_SIGNALS, 1) + _pick(rng, SHARED_SIGNALS, n - 1)
    if kind is Kind.THEY:
        return _pick(rng, they, n) + _maybe(rng, 0.35, "i_kept_it_polished")
    if kind is Kind.ME:
        return (
            _pick(rng, ME_SIGNALS, n)
            + _maybe(rng, 0.5, "validated_only")
            + _maybe(rng, 0.2, "signalled_success")
        )
    if kind is Kind.SHARED:
        return _pick(rng, SHARED_SIGNALS, n)
    if kind is Kind.SUCCESS:
        return [
            "signalled_success",
            *_maybe(rng, 0.35, "i_kept_it_polished"),
            *_maybe(rng, 0.15, "transactional"),
        ]
    if kind is Kind.TRANSACTIONAL:
        return ["transactional", *_maybe(rng, 0.3, "surface_talk")]
    if kind is Kind.SURFACE:
        return [
            "surface_talk",
            *_maybe(rng, 0.3, "validated_only"),
            *_maybe(rng, 0.2, "i_kept_it_polished"),
        ]
    if kind is Kind.LIGHT:
        return _maybe(rng, 0.35, "surface_talk")
    return []


# -- personas ---------------------------------------------------------------------------------

FAILURE, DOUBT, REGRET = "they_shared_failure", "they_admitted_doubt", "they_voiced_regret"
FEEDBACK, CHALLENGED = "they_gave_honest_feedback", "they_challenged_framing"
UNDERSTOOD = "they_understood_constraints"
CLOSE_FORMATS: Weighted = (("one_on_one", 4), ("call", 4), ("dinner", 2), ("message", 1))
BUSY_FORMATS: Weighted = (("call", 3), ("message", 4), ("one_on_one", 3))


@dataclass(frozen=True)
class Persona:
    """A story a demo person follows, in the terms the tie rules read."""

    key: str
    layout: str  # how their conversations spread over time (see `_LAYOUTS`)
    base: int = 0  # conversations over two years at the natural cadence; 0: the layout decides
    span: tuple[int, int] = (SPAN_DAYS - 10, 5)  # first and last conversation, in days ago
    kinds: tuple[tuple[Kind, int], ...] = ((Kind.LIGHT, 1),)
    they: Weighted = ((DOUBT, 1),)  # which honesty they bring, when they bring it
    formats: Weighted = CLOSE_FORMATS
    recent: Kind | None = None  # the kind their conversations in the window must show
    ensure: str | None = None  # a signal on their latest honest conversation in the window
    last: Kind | None = None  # the kind of their very last conversation
    consulted_as: Kind | None = None  # a decision talk with them is of this kind; None: never
    circle: bool = False  # one of the close ties who meet for dinner now and then
    archived: bool = False
    few: bool = False  # one of "my few" (in the first cohort only: the few are few)


PERSONAS: dict[str, Persona] = {
    p.key: p
    for p in (
        Persona(
            "confidant", "steady", 48, (720, 3),
            ((Kind.MUTUAL, 11), (Kind.SHARED, 3), (Kind.LIGHT, 6)),
            ((UNDERSTOOD, 3), (FAILURE, 3), (CHALLENGED, 2), (DOUBT, 2), (FEEDBACK, 1)),
            recent=Kind.MUTUAL, ensure=UNDERSTOOD, consulted_as=Kind.MUTUAL, circle=True,
            few=True,
        ),
        Persona(
            "sparring", "steady", 32, (700, 5),
            ((Kind.MUTUAL, 12), (Kind.SHARED, 2), (Kind.LIGHT, 5)),
            ((CHALLENGED, 4), (FEEDBACK, 4), (DOUBT, 1), (FAILURE, 1)),
            (("one_on_one", 3), ("call", 5), ("message", 2)),
            recent=Kind.MUTUAL, ensure=CHALLENGED, consulted_as=Kind.MUTUAL, circle=True,
            few=True,
        ),
        Persona(
            "peer", "after_dinner", 26, (0, 4),
            ((Kind.MUTUAL, 8), (Kind.SHARED, 7), (Kind.LIGHT, 4)),
            ((UNDERSTOOD, 4), (FAILURE, 2), (DOUBT, 2), (REGRET, 1)),
            recent=Kind.MUTUAL, ensure=UNDERSTOOD, consulted_as=Kind.MUTUAL, circle=True,
            few=True,
        ),
        Persona(
            "peer_shared", "after_dinner", 22, (0, 6), ((Kind.SHARED, 7), (Kind.LIGHT, 3)),
            recent=Kind.SHARED, consulted_as=Kind.SHARED, circle=True,
        ),
        Persona(
            "retreat_friend", "after_retreat", 15, (0, 2),
            ((Kind.MUTUAL, 9), (Kind.SHARED, 6), (Kind.LIGHT, 3)),
            ((FAILURE, 3), (DOUBT, 3), (REGRET, 2), (UNDERSTOOD, 1)),
            (("call", 4), ("one_on_one", 2), ("message", 3), ("dinner", 1)),
            recent=Kind.MUTUAL, consulted_as=Kind.MUTUAL, circle=True,
        ),
        Persona("retreat_quiet", "retreat_quiet"),
        Persona(
            "fading_quiet", "steady", 18, (720, 230),
            ((Kind.MUTUAL, 7), (Kind.SHARED, 2), (Kind.LIGHT, 2)),
            ((FAILURE, 2), (DOUBT, 2), (FEEDBACK, 2), (UNDERSTOOD, 2), (CHALLENGED, 1)),
            last=Kind.MUTUAL, consulted_as=Kind.MUTUAL, few=True,  # one of my few, gone quiet
        ),
        Persona(
            "fading_polished", "faded_polish", 18, (720, 15),
            ((Kind.MUTUAL, 6), (Kind.SHARED, 3), (Kind.LIGHT, 1)),
            ((FAILURE, 2), (DOUBT, 2), (UNDERSTOOD, 2), (REGRET, 1)),
            consulted_as=Kind.MUTUAL,
        ),
        Persona(
            "mentor", "steady", 10, (730, 400),
            ((Kind.MUTUAL, 6), (Kind.SHARED, 1), (Kind.LIGHT, 2)),
            ((FEEDBACK, 3), (CHALLENGED, 2), (REGRET, 2), (UNDERSTOOD, 1)),
            last=Kind.MUTUAL, consulted_as=Kind.MUTUAL, archived=True,
        ),
        Persona(
            "confessor", "steady", 24, (600, 8),
            ((Kind.THEY, 12), (Kind.LIGHT, 5), (Kind.SURFACE, 2)),
            ((FAILURE, 4), (DOUBT, 4), (REGRET, 3)), recent=Kind.THEY,
        ),
        Persona(
            "one_way_me", "steady", 28, (730, 6),
            ((Kind.ME, 10), (Kind.SUCCESS, 4), (Kind.SURFACE, 4)), (),
            (("one_on_one", 5), ("call", 4), ("dinner", 1)),
            recent=Kind.ME, consulted_as=Kind.ME,
        ),
        Persona(
            "networker", "steady", 22, (700, 4),
            ((Kind.TRANSACTIONAL, 13), (Kind.SURFACE, 5), (Kind.SUCCESS, 2)), (), BUSY_FORMATS,
            consulted_as=Kind.TRANSACTIONAL,
        ),
        Persona(
            "success_teller", "steady", 14, (650, 10), ((Kind.SUCCESS, 1),), (),
            (("one_on_one", 4), ("dinner", 2), ("call", 2), ("message", 2)),
            consulted_as=Kind.SUCCESS,
        ),
        Persona(
            "mostly_polish", "mostly_polish", 36, (730, 5),
            ((Kind.SURFACE, 3), (Kind.TRANSACTIONAL, 3), (Kind.SUCCESS, 3), (Kind.LIGHT, 1)),
            ((DOUBT, 2), (FAILURE, 1), (REGRET, 1)), BUSY_FORMATS,
        ),
        Persona(
            "surface", "steady", 10, (500, 20), ((Kind.SURFACE, 7), (Kind.LIGHT, 3)), (),
            BUSY_FORMATS, recent=Kind.SURFACE,
        ),
        Persona("summit_contact", "summit"),
        Persona("single", "single", they=((DOUBT, 2), (FAILURE, 1))),
        Persona("untagged", "untagged", formats=(("one_on_one", 2), ("call", 1))),
        Persona(  # one honest talk in which they challenged you: an early role, "so far"
            "new_promising", "pair", they=((DOUBT, 1), (FEEDBACK, 1)), ensure=CHALLENGED
        ),
    )
}  # fmt: skip

# The order fills small demos with the most telling stories first; larger ones repeat it.
ROSTER = (
    "confidant", "networker", "fading_quiet", "confessor", "single", "sparring",
    "success_teller", "one_way_me", "untagged", "peer", "fading_polished", "mostly_polish",
    "retreat_friend", "summit_contact", "retreat_friend", "summit_contact", "retreat_quiet",
    "surface", "peer_shared", "networker", "summit_contact", "new_promising", "surface",
    "networker", "mentor",
)  # fmt: skip
assert len(ROSTER) == COHORT and set(ROSTER) == set(PERSONAS)

# The people of a gathering that ended shortly before as_of, its follow-up window about to
# close: the first two keep talking, the others have had no conversation since.
BREAKFAST_AGO = 76  # days before as_of; next_steps flags it within 21 days of 90
BREAKFAST_PEOPLE = ("networker", "surface", "retreat_quiet", "summit_contact")
# The one person of the first cohort with a cadence of their own, shortly to run out.
OWN_CADENCE = "sparring"

# The decisions each cohort faces: (shape, days ago, discomfort, status, consulted, changed).
DECISIONS: tuple[tuple[str, tuple[int, int], int, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("replace_exec", (30, 50), 5, "decided", ("confidant", "sparring"), ("sparring",)),
    ("close_line", (85, 110), 4, "decided", ("one_way_me", "peer"), ("peer",)),
    ("board_news", (71, 91), 5, "decided", (), ()),  # alone, within the last quarter
    ("acquisition", (8, 20), 4, "open", ("confidant", "retreat_friend"), ("confidant",)),
    ("sales_reorg", (200, 230), 3, "decided", ("networker", "peer_shared"), ()),
    ("coo_hire", (280, 320), 3, "decided", ("networker", "success_teller"), ()),
    ("founder_era", (380, 420), 5, "decided", (), ()),
    ("office", (480, 520), 2, "decided", ("mentor",), ()),
    ("bonus", (150, 170), 4, "decided", ("one_way_me",), ()),
    ("delay", (50, 70), 4, "open", (), ()),
    ("founder_board", (640, 680), 5, "decided", ("fading_quiet", "mentor"), ("fading_quiet",)),
    ("acquire_price", (430, 470), 4, "decided", ("fading_polished",), ("fading_polished",)),
)
