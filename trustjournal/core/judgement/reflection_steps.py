"""The reflection's follow-through: which next steps of the quarter were acted on, which
ignored, which set aside.

`follow_through.account` sorts the journal's record of steps into those groups; this module
names each step in words ("reached out to Maya Chen before it faded", "the tie with Tom
Berg faded") and says the quarter in three sentences. Pure: the names of people, decisions
and gatherings come in as mappings (`Journal.reflect` reads them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from trustjournal.core.i18n import N_, _, lower_first, ngettext
from trustjournal.core.judgement.follow_through import Occurrence, account
from trustjournal.core.judgement.next_steps import KIND_LABELS, Kind

# What was done, for a step acted on; what happened instead, for one that lapsed. `{who}`
# is the person, `{what}` the decision or gathering.
ACTED: dict[Kind, str] = {
    Kind.FADING_SOON: N_("reached out to {who} before it faded"),
    Kind.GATHERING_CLOSING: N_("followed up {what} in time"),
    Kind.CALL_ON_DECISION: N_("consulted someone on {what}"),
    Kind.DECIDED_ALONE: N_("called someone before deciding, after deciding alone"),
    Kind.ONE_SIDED: N_("made it two-way with {who}"),
    Kind.POLISH_ONLY: N_("asked {who} an honest question"),
    Kind.FEW_QUIET: N_("called {who}, one of your few"),
}
IGNORED: dict[Kind, str] = {
    Kind.FADING_SOON: N_("the tie with {who} faded"),
    Kind.GATHERING_CLOSING: N_("the window to follow up {what} closed"),
    Kind.CALL_ON_DECISION: N_("{what} went on with nobody consulted"),
    Kind.DECIDED_ALONE: N_("decided alone again"),
    Kind.ONE_SIDED: N_("{who} stayed one-sided"),
    Kind.POLISH_ONLY: N_("{who} stayed polish only"),
    Kind.FEW_QUIET: N_("{who}, one of your few, stayed quiet"),
}
SOMEONE = N_("someone")  # a person since deleted
SUBJECTS = {Kind.GATHERING_CLOSING: N_("a gathering"), Kind.CALL_ON_DECISION: "a decision"}


@dataclass(frozen=True)
class StepLine:
    """One step of the quarter, in words."""

    kind: str
    what: str  # "reached out to Maya Chen before it faded"
    person_id: int | None
    closed: dt.date | None


@dataclass(frozen=True)
class FollowThrough:
    """What became of the quarter's next steps, each in words."""

    acted: tuple[StepLine, ...] = ()
    ignored: tuple[StepLine, ...] = ()
    set_aside: tuple[StepLine, ...] = ()
    still_open: tuple[StepLine, ...] = ()

    @property
    def total(self) -> int:
        return len(self.acted) + len(self.ignored) + len(self.set_aside) + len(self.still_open)

    def sentences(self) -> list[str]:
        """'You acted on 4 of 7 next steps: …', 'Ignored 2: …', 'Set aside 1 as not
        relevant: …', 'Still open at the end of the quarter: …'; nothing for no steps."""
        if not self.total:
            return []
        n = self.total
        acted = ngettext(
            "You acted on {acted} of {n} next step", "You acted on {acted} of {n} next steps", n
        ).format(acted=len(self.acted), n=n)
        said = [acted + _list(self.acted)]
        if self.ignored:
            said.append(_("Ignored {n}").format(n=len(self.ignored)) + _list(self.ignored))
        if self.set_aside:
            said.append(
                _("Set aside {n} as not relevant").format(n=len(self.set_aside))
                + _list(self.set_aside)
            )
        if self.still_open:
            said.append(_("Still open at the end of the quarter") + _list(self.still_open))
        return said


def _list(lines: Sequence[StepLine]) -> str:
    return (": " + "; ".join(line.what for line in lines) + ".") if lines else "."


def _kind(o: Occurrence) -> Kind | None:
    try:
        return Kind(o.kind)
    except ValueError:  # a kind from a newer version of the rules
        return None


def describe(
    o: Occurrence,
    phrases: Mapping[Kind, str],
    names: Mapping[int, str],
    subjects: Mapping[str, str],
) -> StepLine:
    """One occurrence in words, by `phrases` (ACTED or IGNORED); without one (set aside,
    still open), the kind's label and whom or what it was about."""
    kind = _kind(o)
    someone = _(SOMEONE)
    who = names.get(o.person_id, someone) if o.person_id is not None else someone
    what = subjects.get(o.key) or (_(SUBJECTS[kind]) if kind in SUBJECTS else "")
    if kind is not None and kind in phrases:
        text = _(phrases[kind]).format(who=who, what=what)
    else:
        label = lower_first(KIND_LABELS[kind]) if kind is not None else o.kind
        about = what or (who if o.person_id is not None else "")
        text = f"{label} ({about})" if about else label
    return StepLine(o.kind, text, o.person_id, o.closed)


def follow_through(
    occurrences: Iterable[Occurrence],
    start: dt.date,
    end: dt.date,
    names: Mapping[int, str],
    subjects: Mapping[str, str],
) -> FollowThrough:
    """The quarter [start, end]'s steps in words. `names` maps person ids to names,
    `subjects` a step's key ("call_on_decision:4") to the decision's title or the
    gathering's name (quoted as the reflection quotes them)."""
    found = account(occurrences, start, end)
    return FollowThrough(
        tuple(describe(o, ACTED, names, subjects) for o in found.acted),
        tuple(describe(o, IGNORED, names, subjects) for o in found.ignored),
        tuple(describe(o, {}, names, subjects) for o in found.set_aside),
        tuple(describe(o, {}, names, subjects) for o in found.still_open),
    )


def subject_keys(occurrences: Iterable[Occurrence]) -> dict[str, tuple[str, int]]:
    """The keys of steps about a decision or a gathering: key -> ("decision"|"gathering", id)."""
    found: dict[str, tuple[str, int]] = {}
    for o in occurrences:
        table = {Kind.CALL_ON_DECISION: "decision", Kind.GATHERING_CLOSING: "gathering"}.get(
            _kind(o) or Kind.FADING_SOON
        )
        about = o.key.partition(":")[2]
        if table and about.isdigit():
            found[o.key] = (table, int(about))
    return found
