"""Everything a readable export writes, read from the journal once.

`read` takes one consistent snapshot (`Journal.exporting`, one read transaction) into plain
records grouped by kind, plus what the Markdown pages say that is computed, not stored:
each tie's flag, roles and reasons as of the export's day. `journal_json.py` and
`markdown.py` both write from the same `Contents`, so the two can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from trustjournal.core import kinds
from trustjournal.core.records import (
    CalendarItemRecord,
    ConversationRecord,
    DecisionRecord,
    DraftRecord,
    Exported,
    GatheringRecord,
    IdentityRecord,
    PersonRecord,
    ReflectionRecord,
    SettingRecord,
    StepRecord,
)

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal
    from trustjournal.core.judgement.ties import TieAssessment

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 500
# The files of a whole export besides the people's pages: README.md, decisions.md,
# gatherings.md, reflections.md, journal.json and the marker (export.py).
OTHER_FILES = 6


@dataclass
class Contents:
    """The journal's records by kind (each kind by id, as `Journal.exporting` gives them)."""

    exported_at: dt.datetime  # aware, UTC
    as_of: dt.date  # the day the flags are judged on
    people: list[PersonRecord] = field(default_factory=list)
    gatherings: list[GatheringRecord] = field(default_factory=list)
    decisions: list[DecisionRecord] = field(default_factory=list)
    conversations: list[ConversationRecord] = field(default_factory=list)
    reflections: list[ReflectionRecord] = field(default_factory=list)
    drafts: list[DraftRecord] = field(default_factory=list)
    settings: list[SettingRecord] = field(default_factory=list)
    steps: list[StepRecord] = field(default_factory=list)
    identities: list[IdentityRecord] = field(default_factory=list)
    calendar_items: list[CalendarItemRecord] = field(default_factory=list)
    ties: dict[int, TieAssessment] = field(default_factory=dict)  # by person id
    cadence_days: int = 90  # the journal's own cadence (a person may have theirs)

    def records(self) -> list[Exported]:
        """Every record in `Exported` order (what `Journal.import_records` takes)."""
        out: list[Exported] = []
        for kind in kinds.KINDS:
            out.extend(getattr(self, kind.plural))
        return out

    @property
    def counts(self) -> dict[str, int]:
        return {kind.plural: len(getattr(self, kind.plural)) for kind in kinds.KINDS}


_PLURAL: dict[type[object], str] = {kind.record: kind.plural for kind in kinds.KINDS}


def steps(counts: dict[str, int]) -> int:
    """How many steps a whole export of a journal with these counts takes (see `read`)."""
    return sum(counts.values()) + counts.get("people", 0) + OTHER_FILES


def read(
    journal: Journal,
    *,
    as_of: dt.date | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Contents:
    """The whole journal as `Contents`; `progress(done, total)` as records are read (a
    progress callback may raise to cancel: nothing has been written by then). The total
    counts the export's steps: every record read, then every file written
    (`steps`), so one bar runs from reading to writing."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    found = Contents(moment, as_of or dt.date.today())
    with journal.exporting() as export:
        total = steps(export.counts)
        if progress is not None:
            progress(0, total)
        for done, record in enumerate(export.records, 1):
            getattr(found, _PLURAL[type(record)]).append(record)
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
    settings = journal.tie_settings()
    found.cadence_days = settings.cadence_days
    found.ties = {a.person.id: a for a in journal.assess_ties(found.as_of, settings)}
    return found


def read_person(journal: Journal, person_id: int, *, as_of: dt.date | None = None) -> Contents:
    """What one person's page needs: everyone's names (for the people they met with), their
    conversations, decisions and gatherings, and their tie. `NotFound` for no such person."""
    found = Contents(dt.datetime.now(dt.UTC).replace(microsecond=0), as_of or dt.date.today())
    settings = journal.tie_settings()
    found.ties = {person_id: journal.assess_person(person_id, found.as_of, settings)}
    found.cadence_days = settings.cadence_days
    found.people = journal.people()
    found.conversations = sorted(journal.conversations(person_id=person_id), key=lambda c: c.id)
    found.decisions = journal.decisions(person_id=person_id)
    found.gatherings = journal.gatherings(person_id=person_id)
    # Their conversations may be linked to a decision or gathering they had no part in.
    have = {d.id for d in found.decisions}, {g.id for g in found.gatherings}
    for talk in found.conversations:
        if talk.decision_id is not None and talk.decision_id not in have[0]:
            found.decisions.append(journal.decision(talk.decision_id))
            have[0].add(talk.decision_id)
        if talk.gathering_id is not None and talk.gathering_id not in have[1]:
            found.gatherings.append(journal.gathering(talk.gathering_id))
            have[1].add(talk.gathering_id)
    return found
