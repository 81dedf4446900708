"""The journal service: everything a user can do, as calls the GUI and the CLI share.

A `Journal` is an unlocked vault (opening, locking, transactions and change notices are
`JournalBase`'s, in base.py). Every method takes and returns plain records; every write is
one transaction, and after it commits the journal announces a `Change` to its listeners
(Anki's `operation_did_execute`, as a plain callback list). Drafts are checked by
`validation`, rows and records converted by `rows`; the whole journal goes out and back
in (backups) through `snapshot`.

Failures that lose nothing are the rule: a write the disk refuses raises `SaveFailed`
carrying the caller's draft, untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from trustjournal.core.errors import InvalidInput, JournalError, NotFound
from trustjournal.core.i18n import _
from trustjournal.core.journal import rows, search, snapshot, validation
from trustjournal.core.journal.contacts import Contacts
from trustjournal.core.journal.imported import ImportedEntries
from trustjournal.core.journal.inbox import CalendarInbox
from trustjournal.core.journal.learning import SuggestionLearning
from trustjournal.core.journal.mentions import PeopleNames
from trustjournal.core.journal.recovery import RecoveryKeys
from trustjournal.core.journal.removal import Removals
from trustjournal.core.journal.steps import FollowThrough
from trustjournal.core.journal.syncing import Syncing
from trustjournal.core.judgement.quarters import Quarter, check_started
from trustjournal.core.judgement.signals import normalise
from trustjournal.core.records import (
    ConversationDraft,
    ConversationRecord,
    DecisionDraft,
    DecisionRecord,
    Exported,
    GatheringDraft,
    GatheringRecord,
    JournalExport,
    PersonDraft,
    PersonRecord,
    ReflectionRecord,
    SearchHit,
)
from trustjournal.core.store import migrations
from trustjournal.core.store.db import integrity_problems, translate_errors
from trustjournal.core.store.models import (
    Conversation,
    ConversationPerson,
    Decision,
    DecisionPerson,
    Draft,
    Gathering,
    GatheringPerson,
    Person,
    QuarterReflection,
    Setting,
    now,
)

# The tie rules and the quarterly reflection are imported by the methods that use them:
# a command-line `add` or `search` then does not pay for loading them (docs/performance.md).
if TYPE_CHECKING:
    from trustjournal.core.judgement.next_steps import Step
    from trustjournal.core.judgement.reflection import Reflection
    from trustjournal.core.judgement.ties import TieAssessment, TieFacts, TieSettings


class Journal(
    PeopleNames,
    SuggestionLearning,
    FollowThrough,
    Contacts,
    ImportedEntries,
    CalendarInbox,
    RecoveryKeys,
    Removals,
    Syncing,
):
    """An unlocked journal. Use `create`, `open` or `open_remembered`; `lock()` when done.

    Aliases and mentions are `PeopleNames`' (mentions.py), what is learned of the leader's
    way of writing `SuggestionLearning`'s (learning.py), deleting, merging and undoing
    `Removals`' (removal.py), the recovery key `RecoveryKeys`' (recovery.py); the rest is
    here."""

    # -- people -------------------------------------------------------------------------

    def people(self, *, include_archived: bool = True) -> list[PersonRecord]:
        with self._reading() as s:
            query = select(Person).order_by(Person.name)
            if not include_archived:
                query = query.where(Person.archived.is_(False))
            return [rows.person(p) for p in s.scalars(query)]

    def person(self, ident: int) -> PersonRecord:
        with self._reading() as s:
            return rows.person(self._get(s, Person, ident, "person"))

    def person_by_name(self, name: str) -> PersonRecord | None:
        """The person called `name`, whatever its case (accents included) or spacing."""
        with self._reading() as s:
            row = validation.find_person(s, name)
            return rows.person(row) if row else None

    def add_person(self, draft: PersonDraft) -> PersonRecord:
        draft = validation.clean_person(draft)
        with self._writing(draft) as s:
            validation.refuse_duplicate_name(s, draft.name, None)
            validation.refuse_alias_names(s, draft.aliases or (), None)
            row = Person(**{"aliases": "", **rows.person_fields(draft)})
            s.add(row)
            s.flush()
            record = rows.person(row)
        self._announce("person", "added", record.id)
        return record

    def update_person(self, ident: int, draft: PersonDraft) -> PersonRecord:
        draft = validation.clean_person(draft)
        with self._writing(draft) as s:
            row = self._get(s, Person, ident, "person")
            validation.refuse_duplicate_name(s, draft.name, ident)
            validation.refuse_alias_names(s, draft.aliases or (), ident)
            for field, value in rows.person_fields(draft).items():
                setattr(row, field, value)
            s.flush()
            record = rows.person(row)
        self._announce("person", "updated", ident)
        return record

    def set_archived(self, ident: int, archived: bool) -> PersonRecord:
        current = self.person(ident)
        return self.update_person(
            ident, PersonDraft(current.name, current.role, current.how_met, current.notes, archived)
        )

    # -- conversations ------------------------------------------------------------------

    def conversation(self, ident: int) -> ConversationRecord:
        with self._reading() as s:
            return rows.conversation(self._get(s, Conversation, ident, "conversation"))

    def conversations(
        self,
        *,
        person_id: int | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ConversationRecord]:
        """Conversations, newest first, optionally with one person or within dates; `limit`
        and `offset` read one page of them (a timeline shows a long history page by page)."""
        with self._reading() as s:
            query = select(Conversation).order_by(Conversation.date.desc(), Conversation.id.desc())
            if person_id is not None:
                query = query.where(
                    Conversation.participants.any(ConversationPerson.person_id == person_id)
                )
            if since is not None:
                query = query.where(Conversation.date >= since)
            if until is not None:
                query = query.where(Conversation.date <= until)
            if limit is not None:
                query = query.limit(limit).offset(offset)
            return [rows.conversation(c) for c in s.scalars(query)]

    def count_conversations(self, person_id: int | None = None) -> int:
        """How many conversations there are (with one person), without reading a note."""
        with self._reading() as s:
            if person_id is None:
                return int(s.scalar(text("SELECT count(*) FROM conversation")) or 0)
            return int(
                s.scalar(
                    text("SELECT count(*) FROM conversation_person WHERE person_id = :p"),
                    {"p": person_id},
                )
                or 0
            )

    def add_conversation(self, draft: ConversationDraft) -> ConversationRecord:
        """Save a new conversation (and its `new_people`) in one transaction."""
        return self._save_conversation(None, draft)

    def update_conversation(self, ident: int, draft: ConversationDraft) -> ConversationRecord:
        return self._save_conversation(ident, draft)

    def _save_conversation(self, ident: int | None, draft: ConversationDraft) -> ConversationRecord:
        clean = validation.clean_conversation(draft)
        with self._writing(draft) as s:
            row = (
                Conversation()
                if ident is None
                else self._get(s, Conversation, ident, "conversation")
            )
            named, new_ids = rows.add_named_people(s, clean.new_people)
            people = tuple(dict.fromkeys([*clean.people, *named]))
            rows.fill_conversation(s, row, replace(clean, people=people))
            if ident is None:
                s.add(row)
            s.flush()
            record = rows.conversation(row)
        if new_ids:
            self._announce("person", "added", *new_ids)
        self._announce("conversation", "added" if ident is None else "updated", record.id)
        return record

    # -- decisions ----------------------------------------------------------------------

    def decisions(self, *, person_id: int | None = None) -> list[DecisionRecord]:
        """Decisions, newest first; or only those `person_id` was consulted on."""
        with self._reading() as s:
            query = select(Decision).order_by(Decision.date.desc(), Decision.id.desc())
            if person_id is not None:
                query = query.where(Decision.consulted.any(DecisionPerson.person_id == person_id))
            return [rows.decision(d) for d in s.scalars(query)]

    def decision(self, ident: int) -> DecisionRecord:
        with self._reading() as s:
            return rows.decision(self._get(s, Decision, ident, "decision"))

    def add_decision(self, draft: DecisionDraft) -> DecisionRecord:
        return self._save(
            "decision",
            Decision,
            None,
            draft,
            validation.clean_decision(draft),
            rows.fill_decision,
            rows.decision,
        )

    def update_decision(self, ident: int, draft: DecisionDraft) -> DecisionRecord:
        return self._save(
            "decision",
            Decision,
            ident,
            draft,
            validation.clean_decision(draft),
            rows.fill_decision,
            rows.decision,
        )

    # -- gatherings ---------------------------------------------------------------------

    def gatherings(self, *, person_id: int | None = None) -> list[GatheringRecord]:
        """Gatherings, newest first; or only those where you met `person_id`."""
        with self._reading() as s:
            query = select(Gathering).order_by(Gathering.start_date.desc(), Gathering.id.desc())
            if person_id is not None:
                query = query.where(Gathering.met.any(GatheringPerson.person_id == person_id))
            return [rows.gathering(g) for g in s.scalars(query)]

    def gathering(self, ident: int) -> GatheringRecord:
        with self._reading() as s:
            return rows.gathering(self._get(s, Gathering, ident, "gathering"))

    def add_gathering(self, draft: GatheringDraft) -> GatheringRecord:
        return self._save(
            "gathering",
            Gathering,
            None,
            draft,
            validation.clean_gathering(draft),
            rows.fill_gathering,
            rows.gathering,
        )

    def update_gathering(self, ident: int, draft: GatheringDraft) -> GatheringRecord:
        return self._save(
            "gathering",
            Gathering,
            ident,
            draft,
            validation.clean_gathering(draft),
            rows.fill_gathering,
            rows.gathering,
        )

    # -- quarterly reflections ----------------------------------------------------------

    def reflection(self, quarter: str) -> ReflectionRecord:
        quarter = validation.check_quarter(quarter)
        with self._reading() as s:
            row = s.scalar(select(QuarterReflection).where(QuarterReflection.quarter == quarter))
            return (
                ReflectionRecord(quarter, row.text, row.updated_at)
                if row
                else (ReflectionRecord(quarter, "", None))
            )

    def save_reflection(self, quarter: str, text: str) -> ReflectionRecord:
        quarter = validation.check_quarter(quarter)
        with self._writing(text) as s:
            row = s.scalar(select(QuarterReflection).where(QuarterReflection.quarter == quarter))
            if row is None:
                row = QuarterReflection(quarter=quarter)
                s.add(row)
            row.text = text
            s.flush()
            record = ReflectionRecord(quarter, row.text, row.updated_at)
            ident = row.id
        self._announce("reflection", "updated", ident)
        return record

    def reflect(self, quarter: Quarter | str, as_of: dt.date | None = None) -> Reflection:
        """The quarterly reflection on `quarter`, looking from `as_of` (default today); a
        quarter that has not started by then is refused. Reads no note."""
        from trustjournal.core.judgement import facts, reflection, reflection_facts, ties

        as_of = as_of or dt.date.today()
        quarter = check_started(
            quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter), as_of
        )
        end = min(quarter.end, as_of)
        settings = self.tie_settings()
        written = self.reflection(str(quarter)).text
        year = reflection.chart_start(quarter)  # the trailing year: four quarters
        days = reflection.days_in(quarter, as_of)
        before = quarter.previous().start
        with self._reading() as s:
            loaded = facts.load_with_conversations(s, year)
            talks = loaded.conversations.values()
            decisions = reflection_facts.decisions(s, year, end)
            found = reflection.Facts(
                ties=loaded.ties,
                conversations=reflection_facts.conversations(s, loaded, quarter.start, end),
                months=reflection_facts.months(talks, year, end),
                decisions=decisions,
                decision_talks=reflection_facts.decision_talks(
                    s, loaded, [d.id for d in decisions]
                ),
                gatherings=reflection_facts.gatherings(
                    s, reflection.gatherings_start(quarter), end
                ),
                first_date=reflection_facts.first_date(s),
                written=written,
                earlier=reflection_facts.seen(
                    loaded, year, quarter.start - dt.timedelta(1), ties.ANSWERING
                ),
                previous_to_date=None
                if days is None
                else reflection_facts.between(talks, before, before + dt.timedelta(days - 1)),
            )
        steps = self.step_occurrences()
        found = replace(found, steps=steps, subjects=self.step_subjects(steps))
        with facts.no_cycle_collection():  # thousands of small acyclic records
            return reflection.reflect(quarter, found, as_of, settings)

    def reflections(self) -> list[ReflectionRecord]:
        """Every quarter with a saved reflection, oldest first."""
        with self._reading() as s:
            return [
                ReflectionRecord(r.quarter, r.text, r.updated_at)
                for r in s.scalars(select(QuarterReflection).order_by(QuarterReflection.quarter))
            ]

    # -- drafts -------------------------------------------------------------------------

    def drafts(self) -> list[str]:
        """The keys of the drafts kept (such as "conversation:new"), oldest first."""
        with self._reading() as s:
            return list(s.scalars(select(Draft.key).order_by(Draft.updated_at, Draft.key)))

    def draft(self, key: str) -> str | None:
        with self._reading() as s:
            row = s.get(Draft, validation.check_draft_key(key))
            return row.body if row else None

    def save_draft(self, key: str, body: str) -> None:
        """Keep an editor's unsaved state (opaque text) under `key`, encrypted like the rest.

        One transaction and no change notice: a draft is nobody's view. A write the disk
        refuses raises `SaveFailed` carrying `body`; a read-only journal raises
        `ReadOnlyJournal`, as for every write.
        """
        key = validation.check_draft_key(key)
        with self._writing(body) as s:
            row = s.get(Draft, key)
            if row is None:
                s.add(Draft(key=key, body=body, updated_at=now()))
            else:
                row.body, row.updated_at = body, now()

    def discard_draft(self, key: str) -> None:
        """Forget the draft under `key` (nothing happens if there is none)."""
        key = validation.check_draft_key(key)
        with self._writing(None) as s:
            row = s.get(Draft, key)
            if row is not None:
                s.delete(row)

    # -- the journal's own settings --------------------------------------------------------

    def tie_settings(self) -> TieSettings:
        """What the tie rules use for this journal: the cadence chosen, else the default."""
        from trustjournal.core.judgement.ties import CADENCE_SETTING, TieSettings

        with self._reading() as s:
            row = s.get(Setting, CADENCE_SETTING)
            return TieSettings(cadence_days=int(row.value)) if row else TieSettings()

    def set_cadence_days(self, days: int) -> None:
        """Choose how long a silence may last before an honest tie counts as fading."""
        from trustjournal.core.judgement.ties import CADENCE_RANGE, CADENCE_SETTING

        low, high = CADENCE_RANGE
        if not low <= days <= high:
            raise InvalidInput(
                _("The cadence must be between {low} and {high} days.").format(low=low, high=high)
            )
        with self._writing(None) as s:
            row = s.get(Setting, CADENCE_SETTING)
            if row is None:
                s.add(Setting(key=CADENCE_SETTING, value=str(days)))
            else:
                row.value = str(days)
        self._announce("setting", "updated")

    def counts(self) -> dict[str, int]:
        """How many of each record the journal holds (people, conversations, …)."""
        with self._reading() as s:
            return snapshot.count_rows(s)

    # -- export and import (backups) ----------------------------------------------------

    @contextlib.contextmanager
    def exporting(self) -> Iterator[JournalExport]:
        """Everything in the journal, read in one transaction (a consistent snapshot).

        The records come in `Exported` order (people, gatherings, decisions, conversations,
        reflections, drafts), each kind by id, and are read as they are consumed: a large
        journal is never held in memory whole. Use them inside the `with`.
        """
        with self._reading() as s:
            yield JournalExport(snapshot.counts(s), snapshot.read_records(s))

    def import_records(self, records: Iterable[Exported]) -> dict[str, int]:
        """Add exported records to this empty journal, keeping their ids, in one transaction.

        For restoring a backup: `records` come in `Exported` order (a record may refer only
        to ids given before it). All or nothing: a record that does not fit (a link to a
        missing id, a value out of range) raises `InvalidInput` and nothing is kept.
        Returns how many of each kind were added.
        """
        with self.batch(), self._writing(None) as s:
            importer = snapshot.write_records(s, records)
            for name, kind in snapshot.ANNOUNCED.items():
                ids = importer.ids[name]
                if ids:
                    self._announce(kind, "added", *(ids if kind != "reflection" else ()))
        return importer.counts()

    # -- ties ---------------------------------------------------------------------------

    def tie_facts(self) -> list[TieFacts]:
        """What the tie rules read about every person (conversation dates and signals,
        decisions consulted on), without decrypting a single note."""
        from trustjournal.core.judgement import facts

        with self._reading() as s:
            return facts.load(s)

    def assess_ties(
        self, as_of: dt.date | None = None, settings: TieSettings | None = None
    ) -> list[TieAssessment]:
        """Every person's tie as of a date (default today), in name order; the settings
        default to the journal's own (its cadence)."""
        settings = settings or self.tie_settings()
        return list(self._ties(as_of or dt.date.today(), settings)[1])

    def _ties(
        self, as_of: dt.date, settings: TieSettings
    ) -> tuple[list[TieFacts], list[TieAssessment]]:
        """Every person's facts and assessment, worked out once until the next write (the
        sidebar, the Next page and the reminders ask for the same day one after another).
        The reasons are sentences in the language in use, so a switch works them out again."""
        from trustjournal.core import i18n
        from trustjournal.core.judgement import ties

        key = (self.generation, as_of, settings, i18n.style())
        memo = self._memo
        if memo is None or memo[0] != key:
            known = self.tie_facts()
            memo = self._memo = (key, known, ties.assess(known, as_of, settings))
        return memo[1], memo[2]  # type: ignore[return-value]

    def assess_person(
        self, ident: int, as_of: dt.date | None = None, settings: TieSettings | None = None
    ) -> TieAssessment:
        """One person's tie, reading only their facts (the person view's header)."""
        from trustjournal.core.judgement import facts, ties

        with self._reading() as s:
            found = facts.load(s, ident)
        if not found:
            raise NotFound("person", ident)
        return ties.assess_one(found[0], as_of or dt.date.today(), settings or self.tie_settings())

    def rule_steps(self, as_of: dt.date | None = None) -> list[Step]:
        """Every next step the rules give, most urgent first (core/judgement/next_steps.py),
        read from the same facts as the ties, the gatherings and the decisions; no note
        decrypted. What the leader has hidden is left out by `next_steps` (steps.py)."""
        from trustjournal.core.judgement import facts, followup, next_steps

        as_of = as_of or dt.date.today()
        settings = self.tie_settings()
        known, assessed = self._ties(as_of, settings)
        with self._reading() as s:
            involved = facts.decision_people(s)
        by_person = {f.person.id: f for f in known}
        follows = [
            (g, followup.follow_up_from_facts(g, by_person, as_of, settings.cadence_days))
            for g in self.gatherings()
        ]
        return next_steps.next_steps(
            assessed, by_person, follows, self.decisions(), involved, as_of, settings
        )

    # -- search and checks --------------------------------------------------------------

    def search(
        self,
        query: str,
        filters: search.SearchFilter | None = None,
        limit: int = search.DEFAULT_LIMIT,
    ) -> list[SearchHit]:
        if filters is not None and filters.signal is not None:
            normalise([filters.signal])
        with self._reading() as s:
            return search.search(s, query, filters, limit)

    def check(self) -> list[str]:
        """Every integrity problem found (page HMACs, SQLite structure, search index).

        Needs the journal open for writing: FTS5's own check is issued as a write command.
        """
        store = self._writable()
        with translate_errors(self.path):
            problems = integrity_problems(store)
            with store.raw() as conn:
                for table in migrations.FTS_COLUMNS:
                    fts = f"{table}_fts"
                    try:
                        conn.execute(
                            f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)"
                        )
                    except Exception as exc:
                        problems.append(f"search index {fts}: {exc}")
        return problems


__all__ = ["Journal", "JournalError"]
