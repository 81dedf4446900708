"""The journal service: everything a user can do, as calls the GUI and the CLI share.

A `Journal` is an unlocked vault: it holds the data key, the open store and (unless it
was opened read-only) the vault lock. Every method takes and returns plain records;
every write is one transaction, and after it commits the journal announces a `Change`
to its listeners (Anki's `operation_did_execute`, as a plain callback list).

Failures that lose nothing are the rule: a write the disk refuses raises `SaveFailed`
carrying the caller's draft, untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trustjournal.core.errors import (
    CreateFailed,
    FolderNotEmpty,
    InvalidInput,
    JournalDamaged,
    JournalError,
    JournalLocked,
    NotFound,
    ReadOnlyJournal,
    SaveFailed,
    StorageError,
    VaultExists,
    WrongThread,
)
from trustjournal.core.formats import check_format
from trustjournal.core.journal import search
from trustjournal.core.judgement.quarters import Quarter, check_started
from trustjournal.core.judgement.signals import in_order, normalise
from trustjournal.core.records import (
    DECISION_STATUSES,
    DISCOMFORT_RANGE,
    Change,
    ConversationDraft,
    ConversationRecord,
    DecisionDraft,
    DecisionRecord,
    DraftRecord,
    Exported,
    GatheringDraft,
    GatheringRecord,
    JournalExport,
    PersonDraft,
    PersonRecord,
    PersonRef,
    PersonRemoval,
    ReflectionRecord,
    SearchHit,
    SettingRecord,
)
from trustjournal.core.store import fsutil, header, migrations
from trustjournal.core.store.db import (
    KeyMismatch,
    Store,
    integrity_problems,
    open_store,
    translate_errors,
)
from trustjournal.core.store.lockfile import VaultLock
from trustjournal.core.store.models import (
    Conversation,
    ConversationPerson,
    ConversationSignal,
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
from trustjournal.core.store.vault import Vault, check_new_passphrase

# The tie rules and the quarterly reflection are imported by the methods that use them:
# a command-line `add` or `search` then does not pay for loading them (docs/performance.md).
if TYPE_CHECKING:
    from trustjournal.core.judgement.reflection import Reflection
    from trustjournal.core.judgement.ties import TieAssessment, TieFacts, TieSettings

Listener = Callable[[Change], None]
R = TypeVar("R")
M = TypeVar("M")  # an ORM model
D = TypeVar("D")  # its draft record
Rec = TypeVar("Rec")  # its public record

STALE_KEY_NOTE = (
    "The key remembered on this device no longer opens this journal, so it was removed "
    "from the keychain; enter your passphrase."
)


class Journal:
    """An unlocked journal. Use `create`, `open` or `open_remembered`; `lock()` when done."""

    def __init__(self, vault: Vault, store: Store, key: bytes, lock: VaultLock | None) -> None:
        self.vault = vault
        self._store: Store | None = store
        self._key: bytes | None = key
        self._lock = lock
        self._listeners: list[Listener] = []
        self._batch: Session | None = None  # the open transaction of `batch()`
        self._queued: list[Change] | None = None  # its change notices, sent on commit
        # Plain sentences for the user about things that did not stop the unlock
        # (for example a keychain that refused to remember the key).
        self.notes: list[str] = []
        self._owner: int | None = None  # the one thread allowed to use it (bind_thread)

    def bind_thread(self) -> None:
        """From now on only the calling thread may read or write (the desktop app's journal
        worker): any other thread gets `WrongThread`, so a slip is an error, not a race.
        Locking stays allowed from anywhere."""
        self._owner = threading.get_ident()

    def _check_thread(self) -> None:
        if self._owner is not None and threading.get_ident() != self._owner:
            raise WrongThread()

    # -- opening and closing ----------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, *, remember: bool = False) -> Journal:
        """A new, empty journal in `path` (a new or empty folder). Writes the header last."""
        check_new_passphrase(passphrase)
        vault = Vault(path)
        if vault.exists():
            raise VaultExists(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise FolderNotEmpty(path)
        made_folder = not path.exists()
        lock = VaultLock(vault.lock_path)
        store: Store | None = None
        try:
            fsutil.make_private_dir(path)
            lock.acquire()
            key, vault_id = Vault.new_identity()
            fsutil.create_private_file(vault.db_path)
            store = open_store(vault.db_path, key)
            with translate_errors(path), store.raw() as conn:
                migrations.upgrade(conn)
            vault.write_header(key, passphrase, vault_id)
        except BaseException as exc:
            if store is not None:
                store.close()
            lock.release()
            _remove_partial_vault(vault, made_folder)
            if isinstance(exc, OSError):
                raise CreateFailed(path, (exc.strerror or str(exc)).lower()) from None
            if isinstance(exc, StorageError):
                raise CreateFailed(path, exc.reason) from None
            raise
        journal = cls(vault, store, key, lock)
        if remember:
            journal.notes.extend(filter(None, [vault.remember(key)]))
        return journal

    @classmethod
    def open(cls, path: Path, passphrase: str, *, readonly: bool = False) -> Journal:
        """Unlock with the passphrase. Raises `UnlockFailed` and changes nothing if it is wrong."""
        vault = Vault(path)
        return cls.open_with(path, lambda: vault.unwrap(passphrase), readonly=readonly)

    @classmethod
    def open_with(
        cls, path: Path, unwrap: Callable[[], bytes], *, readonly: bool = False
    ) -> Journal:
        """Unlock with the data key `unwrap()` returns (or `UnlockFailed`), called once the
        vault lock is held: for a caller that began unwrapping it ahead (the command line,
        with `pending_key.PendingKey`). Changes nothing if the key is wrong."""
        vault = Vault(path)
        vault.read_header()  # a missing or malformed header fails before any waiting
        return cls._start(vault, unwrap, readonly)

    @classmethod
    def open_remembered(
        cls, path: Path, *, readonly: bool = False
    ) -> tuple[Journal | None, str | None]:
        """Unlock with the key cached in the keychain, if this device remembers one.

        Returns (journal, None) on success, or (None, note) when the passphrase is needed;
        the note says why, or is None when "remember on this device" was never chosen.
        """
        vault = Vault(path)
        if not vault.remembered:
            return None, None
        lookup = vault.remembered_key()
        if lookup.key is None:
            return None, lookup.note
        key = lookup.key
        try:
            return cls._start(vault, lambda: key, readonly), None
        except KeyMismatch:
            vault.forget()
            return None, STALE_KEY_NOTE

    @classmethod
    def _start(cls, vault: Vault, get_key: Callable[[], bytes], readonly: bool) -> Journal:
        lock = None if readonly else VaultLock(vault.lock_path)
        try:
            if lock is not None:
                lock.acquire()  # before the key derivation: a second copy fails at once
            key = get_key()
            if not vault.db_path.is_file():
                raise JournalDamaged(f"its database file {vault.db_path.name} is missing")
            store = open_store(vault.db_path, key, readonly=readonly)
            try:
                with translate_errors(vault.path), store.raw() as conn:
                    migrations.upgrade(conn, readonly=readonly)
            except BaseException:
                store.close()
                raise
            if lock is not None:
                vault.clean_interrupted_writes()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(vault, store, key, lock)

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def readonly(self) -> bool:
        return self._lock is None

    def lock(self) -> None:
        """Forget the key, close every connection and let another process open the vault."""
        store, self._store = self._store, None
        self._key = None
        if store is not None:
            store.close()
        if self._lock is not None:
            self._lock.release()

    close = lock

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.lock()

    # -- passphrase and keychain --------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> str | None:
        """Rewrap the key under `new`; the old passphrase stops working at once.

        A remembered key stays valid (the data key did not change) and is stored again so
        the keychain entry is fresh; returns a note if the keychain refused.
        """
        self._writable()
        key = self.vault.change_passphrase(old, new)
        return self.vault.remember(key) if self.vault.remembered else None

    def backup_key(self) -> tuple[bytes, bytes]:
        """The vault header as it is now and the data key it wraps: (stanza, key).

        A backup under the journal passphrase carries this header as its key stanza, so
        it opens with the passphrase in force when it was made, and the open journal can
        check it without asking (docs/backup-format.md).
        """
        key = self._key
        if key is None:
            raise JournalLocked()
        stanza = self.vault.header_path.read_bytes()
        header.parse(stanza)  # a header that no longer parses would make an unopenable backup
        return stanza, key

    def set_remember(self, remember: bool) -> str | None:
        """Turn "remember on this device" on or off; returns a note if the keychain refused."""
        key = self._key
        if key is None:
            raise JournalLocked()
        return self.vault.remember(key) if remember else self.vault.forget()

    # -- change notices -----------------------------------------------------------------

    def on_change(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every committed write; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _announce(self, kind: str, action: str, *ids: int) -> None:
        change = Change(kind, action, ids)
        if self._queued is not None:
            self._queued.append(change)
            return
        for listener in list(self._listeners):
            listener(change)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Make every write inside one transaction: one fsync, all or nothing.

        For imports (the demo journal, restores). Each write inside is its own savepoint,
        so a refused write leaves the others in place; the change notices go out after
        the commit. A batch inside a batch joins it.
        """
        self._check_thread()
        if self._batch is not None:
            yield
            return
        store = self._writable()
        queued: list[Change] = []
        try:
            with translate_errors(self.path), store.sessions.begin() as session:
                self._batch, self._queued = session, queued
                try:
                    yield
                finally:
                    self._batch, self._queued = None, None
        except (StorageError, JournalDamaged, ReadOnlyJournal) as exc:
            raise SaveFailed(exc.reason) from None
        for change in queued:
            self._announce(change.kind, change.action, *change.ids)

    # -- sessions -----------------------------------------------------------------------

    def _open_store(self) -> Store:
        if self._store is None:
            raise JournalLocked()
        return self._store

    def _writable(self) -> Store:
        store = self._open_store()
        if store.readonly:
            raise ReadOnlyJournal()
        return store

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Session]:
        self._check_thread()
        if self._batch is not None:  # read what the batch has written so far
            yield self._batch
            return
        with translate_errors(self.path), self._open_store().sessions() as session:
            yield session

    @contextlib.contextmanager
    def _writing(self, unsaved: object) -> Iterator[Session]:
        """One transaction; a storage fault becomes `SaveFailed` carrying `unsaved`."""
        self._check_thread()
        store = self._writable()
        if self._batch is not None:
            with self._batch.begin_nested():
                yield self._batch
            return
        try:
            with translate_errors(self.path), store.sessions.begin() as session:
                yield session
        except (StorageError, JournalDamaged, ReadOnlyJournal) as exc:
            raise SaveFailed(exc.reason, unsaved) from None

    def _save(
        self,
        kind: str,
        model: type[M],
        ident: int | None,
        draft: D,
        clean: D,
        fill: Callable[[Session, M, D], None],
        record: Callable[[M], Rec],
    ) -> Rec:
        """Add (`ident` None) or update one row from a cleaned draft, then announce it."""
        with self._writing(draft) as s:
            row = model() if ident is None else self._get(s, model, ident, kind)
            fill(s, row, clean)
            if ident is None:
                s.add(row)
            s.flush()
            result = record(row)
            new_id: int = getattr(row, "id")  # noqa: B009 - every model has an integer id
        self._announce(kind, "added" if ident is None else "updated", new_id)
        return result

    def _delete(self, kind: str, model: type[Any], ident: int) -> None:
        with self._writing(None) as s:
            s.delete(self._get(s, model, ident, kind))
        self._announce(kind, "deleted", ident)

    def _get(self, session: Session, model: type[R], ident: int, kind: str) -> R:
        row = session.get(model, ident)
        if row is None:
            raise NotFound(kind, ident)
        return row

    # -- people -------------------------------------------------------------------------

    def people(self, *, include_archived: bool = True) -> list[PersonRecord]:
        with self._reading() as s:
            query = select(Person).order_by(Person.name)
            if not include_archived:
                query = query.where(Person.archived.is_(False))
            return [_person(p) for p in s.scalars(query)]

    def person(self, ident: int) -> PersonRecord:
        with self._reading() as s:
            return _person(self._get(s, Person, ident, "person"))

    def person_by_name(self, name: str) -> PersonRecord | None:
        """The person called `name`, whatever its case (accents included) or spacing."""
        with self._reading() as s:
            row = _find_person(s, name)
            return _person(row) if row else None

    def add_person(self, draft: PersonDraft) -> PersonRecord:
        draft = _clean_person(draft)
        with self._writing(draft) as s:
            _refuse_duplicate_name(s, draft.name, None)
            row = Person(**_person_fields(draft))
            s.add(row)
            s.flush()
            record = _person(row)
        self._announce("person", "added", record.id)
        return record

    def update_person(self, ident: int, draft: PersonDraft) -> PersonRecord:
        draft = _clean_person(draft)
        with self._writing(draft) as s:
            row = self._get(s, Person, ident, "person")
            _refuse_duplicate_name(s, draft.name, ident)
            for field, value in _person_fields(draft).items():
                setattr(row, field, value)
            s.flush()
            record = _person(row)
        self._announce("person", "updated", ident)
        return record

    def set_archived(self, ident: int, archived: bool) -> PersonRecord:
        current = self.person(ident)
        return self.update_person(
            ident, PersonDraft(current.name, current.role, current.how_met, current.notes, archived)
        )

    def merge_people(self, keep: int, other: int) -> PersonRecord:
        """Fold `other` into `keep`: their conversations, decisions and gatherings move over,
        empty details are filled from `other`, and `other` is deleted. Nothing is lost."""
        if keep == other:
            raise InvalidInput("Choose two different people to merge.")
        with self._writing(None) as s:
            kept = self._get(s, Person, keep, "person")
            gone = self._get(s, Person, other, "person")
            ids = {"keep": keep, "other": other}
            s.execute(
                text(
                    "UPDATE decision_person SET changed_framing = 1 WHERE person_id = :keep AND "
                    "decision_id IN (SELECT decision_id FROM decision_person "
                    "WHERE person_id = :other AND changed_framing)"
                ),
                ids,
            )
            for table in ("conversation_person", "decision_person", "gathering_person"):
                # Move every link; where both were linked already, the move is ignored and
                # the leftover duplicate deleted.
                s.execute(
                    text(
                        f"UPDATE OR IGNORE {table} SET person_id = :keep WHERE person_id = :other"
                    ),
                    ids,
                )
                s.execute(text(f"DELETE FROM {table} WHERE person_id = :other"), ids)
            kept.role = kept.role or gone.role
            kept.how_met = kept.how_met or gone.how_met
            kept.notes = "\n\n".join(n for n in (kept.notes, gone.notes) if n)
            s.flush()
            s.delete(gone)
            s.flush()
            record = _person(kept)
        self._announce("person", "updated", keep)
        self._announce("person", "deleted", other)
        return record

    def delete_person(self, ident: int) -> PersonRemoval:
        """Delete a person. Conversations with only them go too; shared ones stay, without them."""
        with self._writing(None) as s:
            row = self._get(s, Person, ident, "person")
            ref = PersonRef(row.id, row.name)
            theirs = s.scalars(
                select(ConversationPerson.conversation_id).where(
                    ConversationPerson.person_id == ident
                )
            ).all()
            counts = s.execute(
                select(ConversationPerson.conversation_id, func.count())
                .where(ConversationPerson.conversation_id.in_(theirs))
                .group_by(ConversationPerson.conversation_id)
            )
            sizes = {cid: n for cid, n in counts}
            solo = [cid for cid in theirs if sizes.get(cid) == 1]
            for model in (ConversationPerson, DecisionPerson, GatheringPerson):
                for link in s.scalars(select(model).where(model.person_id == ident)):
                    s.delete(link)
            for conversation in s.scalars(select(Conversation).where(Conversation.id.in_(solo))):
                s.delete(conversation)
            s.flush()
            s.delete(row)
        self._announce("person", "deleted", ident)
        if solo:
            self._announce("conversation", "deleted", *solo)
        return PersonRemoval(ref, len(solo), len(theirs) - len(solo))

    # -- conversations ------------------------------------------------------------------

    def conversation(self, ident: int) -> ConversationRecord:
        with self._reading() as s:
            return _conversation(self._get(s, Conversation, ident, "conversation"))

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
            return [_conversation(c) for c in s.scalars(query)]

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
        clean = _clean_conversation(draft)
        with self._writing(draft) as s:
            row = (
                Conversation()
                if ident is None
                else self._get(s, Conversation, ident, "conversation")
            )
            named, new_ids = _add_named_people(s, clean.new_people)
            people = tuple(dict.fromkeys([*clean.people, *named]))
            _fill_conversation(s, row, replace(clean, people=people))
            if ident is None:
                s.add(row)
            s.flush()
            record = _conversation(row)
        if new_ids:
            self._announce("person", "added", *new_ids)
        self._announce("conversation", "added" if ident is None else "updated", record.id)
        return record

    def delete_conversation(self, ident: int) -> None:
        self._delete("conversation", Conversation, ident)

    # -- decisions ----------------------------------------------------------------------

    def decisions(self, *, person_id: int | None = None) -> list[DecisionRecord]:
        """Decisions, newest first; or only those `person_id` was consulted on."""
        with self._reading() as s:
            query = select(Decision).order_by(Decision.date.desc(), Decision.id.desc())
            if person_id is not None:
                query = query.where(Decision.consulted.any(DecisionPerson.person_id == person_id))
            return [_decision(d) for d in s.scalars(query)]

    def decision(self, ident: int) -> DecisionRecord:
        with self._reading() as s:
            return _decision(self._get(s, Decision, ident, "decision"))

    def add_decision(self, draft: DecisionDraft) -> DecisionRecord:
        return self._save(
            "decision", Decision, None, draft, _clean_decision(draft), _fill_decision, _decision
        )

    def update_decision(self, ident: int, draft: DecisionDraft) -> DecisionRecord:
        return self._save(
            "decision", Decision, ident, draft, _clean_decision(draft), _fill_decision, _decision
        )

    def delete_decision(self, ident: int) -> None:
        """Delete a decision; conversations that linked to it stay, unlinked."""
        self._delete("decision", Decision, ident)

    # -- gatherings ---------------------------------------------------------------------

    def gatherings(self, *, person_id: int | None = None) -> list[GatheringRecord]:
        """Gatherings, newest first; or only those where you met `person_id`."""
        with self._reading() as s:
            query = select(Gathering).order_by(Gathering.start_date.desc(), Gathering.id.desc())
            if person_id is not None:
                query = query.where(Gathering.met.any(GatheringPerson.person_id == person_id))
            return [_gathering(g) for g in s.scalars(query)]

    def gathering(self, ident: int) -> GatheringRecord:
        with self._reading() as s:
            return _gathering(self._get(s, Gathering, ident, "gathering"))

    def add_gathering(self, draft: GatheringDraft) -> GatheringRecord:
        return self._save(
            "gathering",
            Gathering,
            None,
            draft,
            _clean_gathering(draft),
            _fill_gathering,
            _gathering,
        )

    def update_gathering(self, ident: int, draft: GatheringDraft) -> GatheringRecord:
        return self._save(
            "gathering",
            Gathering,
            ident,
            draft,
            _clean_gathering(draft),
            _fill_gathering,
            _gathering,
        )

    def delete_gathering(self, ident: int) -> None:
        """Delete a gathering; conversations that linked to it stay, unlinked."""
        self._delete("gathering", Gathering, ident)

    # -- quarterly reflections ----------------------------------------------------------

    def reflection(self, quarter: str) -> ReflectionRecord:
        quarter = _check_quarter(quarter)
        with self._reading() as s:
            row = s.scalar(select(QuarterReflection).where(QuarterReflection.quarter == quarter))
            return (
                ReflectionRecord(quarter, row.text, row.updated_at)
                if row
                else (ReflectionRecord(quarter, "", None))
            )

    def save_reflection(self, quarter: str, text: str) -> ReflectionRecord:
        quarter = _check_quarter(quarter)
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
            row = s.get(Draft, _check_draft_key(key))
            return row.body if row else None

    def save_draft(self, key: str, body: str) -> None:
        """Keep an editor's unsaved state (opaque text) under `key`, encrypted like the rest.

        One transaction and no change notice: a draft is nobody's view. A write the disk
        refuses raises `SaveFailed` carrying `body`; a read-only journal raises
        `ReadOnlyJournal`, as for every write.
        """
        key = _check_draft_key(key)
        with self._writing(body) as s:
            row = s.get(Draft, key)
            if row is None:
                s.add(Draft(key=key, body=body, updated_at=now()))
            else:
                row.body, row.updated_at = body, now()

    def discard_draft(self, key: str) -> None:
        """Forget the draft under `key` (nothing happens if there is none)."""
        key = _check_draft_key(key)
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
            raise InvalidInput(f"The cadence must be between {low} and {high} days.")
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
            return _count_rows(s)

    # -- export and import (backups) ----------------------------------------------------

    @contextlib.contextmanager
    def exporting(self) -> Iterator[JournalExport]:
        """Everything in the journal, read in one transaction (a consistent snapshot).

        The records come in `Exported` order (people, gatherings, decisions, conversations,
        reflections, drafts), each kind by id, and are read as they are consumed: a large
        journal is never held in memory whole. Use them inside the `with`.
        """
        with self._reading() as s:
            counts = _count_rows(s)
            counts["drafts"] = int(s.scalar(select(func.count()).select_from(Draft)) or 0)
            counts["settings"] = int(s.scalar(select(func.count()).select_from(Setting)) or 0)
            yield JournalExport(counts, _export(s))

    def import_records(self, records: Iterable[Exported]) -> dict[str, int]:
        """Add exported records to this empty journal, keeping their ids, in one transaction.

        For restoring a backup: `records` come in `Exported` order (a record may refer only
        to ids given before it). All or nothing: a record that does not fit (a link to a
        missing id, a value out of range) raises `InvalidInput` and nothing is kept.
        Returns how many of each kind were added.
        """
        importer = _Importer()
        with self.batch(), self._writing(None) as s:
            if (
                any(_count_rows(s).values())
                or s.scalar(select(func.count()).select_from(Draft))
                or s.scalar(select(func.count()).select_from(Setting))
            ):
                raise InvalidInput("Records can only be imported into an empty journal.")
            try:
                for record in records:
                    importer.add(s, record)
                importer.flush(s)
            except IntegrityError:
                raise InvalidInput(
                    "The records do not fit together (a link to a missing record, a repeated "
                    "id or a value out of range); nothing was imported."
                ) from None
            for name, kind in _ANNOUNCED.items():
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
        from trustjournal.core.judgement import ties

        settings = settings or self.tie_settings()
        return ties.assess(self.tie_facts(), as_of or dt.date.today(), settings)

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


# -- helpers: cleaning drafts, filling rows, making records -------------------------------


_COUNTED = {
    "people": "person",
    "conversations": "conversation",
    "decisions": "decision",
    "gatherings": "gathering",
    "reflections": "quarter_reflection",
}


def _count_rows(s: Session) -> dict[str, int]:
    return {
        name: int(s.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
        for name, table in _COUNTED.items()
    }


def _export(s: Session) -> Iterator[Exported]:
    """The records of `_Journal.exporting`. Conversations are read as plain rows (the ORM
    would take seconds for tens of thousands); their links are gathered first, by id."""
    names: dict[int, str] = {pid: name for pid, name in s.execute(select(Person.id, Person.name))}
    for person in s.scalars(select(Person).order_by(Person.id)):
        yield _person(person)
    for gathering in s.scalars(select(Gathering).order_by(Gathering.id)):
        yield _gathering(gathering)
    for decision in s.scalars(select(Decision).order_by(Decision.id)):
        yield _decision(decision)
    people: dict[int, list[PersonRef]] = {}
    for cid, pid in s.execute(
        select(ConversationPerson.conversation_id, ConversationPerson.person_id)
    ):
        people.setdefault(cid, []).append(PersonRef(pid, names[pid]))
    signals: dict[int, list[str]] = {}
    for cid, code in s.execute(select(ConversationSignal.conversation_id, ConversationSignal.code)):
        signals.setdefault(cid, []).append(code)
    rows = s.execute(
        select(
            Conversation.id,
            Conversation.date,
            Conversation.format,
            Conversation.note,
            Conversation.decision_id,
            Conversation.gathering_id,
        )
        .order_by(Conversation.id)
        .execution_options(yield_per=500)
    )
    for cid, date, format_, note, decision_id, gathering_id in rows:
        refs = sorted(people.pop(cid, ()), key=lambda r: r.name.casefold())
        codes = in_order(signals.pop(cid, ()))
        yield ConversationRecord(
            cid, tuple(refs), date, format_, note, codes, decision_id, gathering_id
        )
    for written in s.scalars(select(QuarterReflection).order_by(QuarterReflection.quarter)):
        yield ReflectionRecord(written.quarter, written.text, written.updated_at)
    for draft in s.scalars(select(Draft).order_by(Draft.key)):
        yield DraftRecord(draft.key, draft.body, draft.updated_at)
    for setting in s.scalars(select(Setting).order_by(Setting.key)):
        yield SettingRecord(setting.key, setting.value)


# What `Journal.import_records` counts, by record type (the names of `Journal.counts`).
_IMPORTED = {
    PersonRecord: "people",
    GatheringRecord: "gatherings",
    DecisionRecord: "decisions",
    ConversationRecord: "conversations",
    ReflectionRecord: "reflections",
    DraftRecord: "drafts",
    SettingRecord: "settings",
}
# …and the change notice each kind sends (drafts send none, as when saved one by one).
_ANNOUNCED = {
    "people": "person",
    "gatherings": "gathering",
    "decisions": "decision",
    "conversations": "conversation",
    "reflections": "reflection",
}


class _Importer:
    """Rows for `Journal.import_records`, written in batches, parents before children."""

    BATCH = 1000
    # Foreign keys are checked at once, so the tables are written in this order.
    MODELS: tuple[type[Any], ...] = (
        Person,
        Gathering,
        GatheringPerson,
        Decision,
        DecisionPerson,
        Conversation,
        ConversationPerson,
        ConversationSignal,
        QuarterReflection,
        Draft,
        Setting,
    )

    def __init__(self) -> None:
        self.rows: dict[type[Any], list[dict[str, Any]]] = {m: [] for m in self.MODELS}
        self.ids: dict[str, list[int]] = {name: [] for name in _IMPORTED.values()}
        self.pending = 0
        self.stamp = now()

    def counts(self) -> dict[str, int]:
        return {name: len(ids) for name, ids in self.ids.items()}

    def _row(self, model: type[Any], **values: Any) -> None:
        self.rows[model].append(values)
        self.pending += 1

    def add(self, s: Session, r: Exported) -> None:
        stamps = {"created_at": self.stamp, "updated_at": self.stamp}
        if isinstance(r, PersonRecord):
            self._row(
                Person,
                id=r.id,
                name=r.name,
                role=r.role,
                how_met=r.how_met,
                notes=r.notes,
                archived=r.archived,
                **stamps,
            )
        elif isinstance(r, GatheringRecord):
            self._row(
                Gathering,
                id=r.id,
                name=r.name,
                start_date=r.start_date,
                end_date=r.end_date,
                place=r.place,
                note=r.note,
                **stamps,
            )
            for ref in r.people:
                self._row(GatheringPerson, gathering_id=r.id, person_id=ref.id)
        elif isinstance(r, DecisionRecord):
            self._row(
                Decision,
                id=r.id,
                title=r.title,
                date=r.date,
                discomfort=r.discomfort,
                status=r.status,
                outcome=r.outcome,
                **stamps,
            )
            framing = {ref.id for ref in r.changed_framing}
            for ref in r.consulted:
                self._row(
                    DecisionPerson,
                    decision_id=r.id,
                    person_id=ref.id,
                    changed_framing=ref.id in framing,
                )
        elif isinstance(r, ConversationRecord):
            self._row(
                Conversation,
                id=r.id,
                date=r.date,
                format=r.format,
                note=r.note,
                decision_id=r.decision_id,
                gathering_id=r.gathering_id,
                **stamps,
            )
            for ref in r.people:
                self._row(ConversationPerson, conversation_id=r.id, person_id=ref.id)
            for code in r.signals:
                self._row(ConversationSignal, conversation_id=r.id, code=code)
        elif isinstance(r, ReflectionRecord):
            self._row(
                QuarterReflection,
                quarter=_check_quarter(r.quarter),
                text=r.text,
                updated_at=r.updated_at or self.stamp,
            )
        elif isinstance(r, DraftRecord):
            self._row(
                Draft,
                key=_check_draft_key(r.key),
                body=r.body,
                updated_at=r.updated_at or self.stamp,
            )
        else:
            self._row(Setting, key=r.key, value=r.value)
        ident = r.id if not isinstance(r, DraftRecord | ReflectionRecord | SettingRecord) else 0
        self.ids[_IMPORTED[type(r)]].append(ident)
        if self.pending >= self.BATCH:
            self.flush(s)

    def flush(self, s: Session) -> None:
        for model in self.MODELS:
            rows = self.rows[model]
            if rows:
                s.execute(insert(model), rows)
                rows.clear()
        self.pending = 0


def _remove_partial_vault(vault: Vault, remove_folder: bool) -> None:
    names = [
        vault.db_path,
        vault.lock_path,
        vault.header_path,
        *(vault.db_path.with_name(vault.db_path.name + s) for s in ("-wal", "-shm", "-journal")),
    ]
    for path in names:
        with contextlib.suppress(OSError):
            path.unlink()
    with contextlib.suppress(OSError):
        fsutil.remove_stale_temps(vault.header_path)
    if remove_folder:
        with contextlib.suppress(OSError):
            vault.path.rmdir()


def _tidy_name(name: str) -> str:
    return " ".join(name.split())


def _unique_names(names: Iterable[str]) -> tuple[str, ...]:
    """Tidied, each name once whatever its case; the first spelling given is kept."""
    found: dict[str, str] = {}
    for name in names:
        tidy = _tidy_name(name)
        found.setdefault(tidy.casefold(), tidy)
    return tuple(found.values())


def _clean_person(draft: PersonDraft) -> PersonDraft:
    name = _tidy_name(draft.name)
    if not name:
        raise InvalidInput("A person needs a name.")
    return PersonDraft(name, draft.role.strip(), draft.how_met.strip(), draft.notes, draft.archived)


def _person_fields(draft: PersonDraft) -> dict[str, Any]:
    return {
        "name": draft.name,
        "role": draft.role,
        "how_met": draft.how_met,
        "notes": draft.notes,
        "archived": draft.archived,
    }


def _find_person(s: Session, name: str) -> Person | None:
    """The person whose name is `name` once spacing is tidied and case folded. SQLite's
    NOCASE folds ASCII only, so "émile" is looked for among the names in Python too."""
    tidy = _tidy_name(name)  # names are stored tidied (_clean_person, _add_named_people)
    row = s.scalar(select(Person).where(Person.name == tidy))
    if row is not None or tidy.isascii():
        return row
    wanted = tidy.casefold()
    for ident, other in s.execute(select(Person.id, Person.name)):
        if _tidy_name(other).casefold() == wanted:
            return s.get(Person, ident)
    return None


def _refuse_duplicate_name(s: Session, name: str, ident: int | None) -> None:
    found = _find_person(s, name)
    other = found.id if found is not None else None
    if other is not None and other != ident:
        raise InvalidInput(
            f"There is already a person named {name!r}; add a surname or "
            "organisation to tell them apart."
        )


def _require_people(s: Session, ids: Sequence[int]) -> None:
    known = set(s.scalars(select(Person.id).where(Person.id.in_(ids))))
    missing = [i for i in ids if i not in known]
    if missing:
        raise NotFound("person", ", ".join(map(str, missing)))


def _clean_conversation(draft: ConversationDraft) -> ConversationDraft:
    new_people = _unique_names(draft.new_people)
    if "" in new_people:
        raise InvalidInput("A new person needs a name.")
    if not draft.people and not new_people:
        raise InvalidInput("A conversation needs at least one person.")
    if not isinstance(draft.date, dt.date):
        raise InvalidInput("A conversation needs a date.")
    return replace(
        draft,
        people=tuple(dict.fromkeys(draft.people)),
        format=check_format(draft.format),
        signals=normalise(draft.signals),
        new_people=new_people,
    )


def _add_named_people(s: Session, names: Sequence[str]) -> tuple[list[int], list[int]]:
    """The ids of the people with these names, adding those not yet in the journal: (all, new)."""
    ids: list[int] = []
    created: list[int] = []
    for name in names:
        found = _find_person(s, name)
        ident = found.id if found is not None else None
        if ident is None:
            person = Person(name=name, role="", how_met="", notes="", archived=False)
            s.add(person)
            s.flush()
            ident = person.id
            created.append(ident)
        ids.append(ident)
    return ids, created


def _fill_conversation(s: Session, row: Conversation, d: ConversationDraft) -> None:
    _require_people(s, d.people)
    if d.decision_id is not None and s.get(Decision, d.decision_id) is None:
        raise NotFound("decision", d.decision_id)
    if d.gathering_id is not None and s.get(Gathering, d.gathering_id) is None:
        raise NotFound("gathering", d.gathering_id)
    row.date, row.format, row.note = d.date, d.format, d.note
    row.decision_id, row.gathering_id = d.decision_id, d.gathering_id
    row.participants = _relink(
        row.participants, d.people, "person_id", lambda pid: ConversationPerson(person_id=pid)
    )
    row.signals = _relink(
        row.signals, d.signals, "code", lambda code: ConversationSignal(code=code)
    )


T = TypeVar("T")


def _relink(
    current: list[T], wanted: Sequence[Any], attr: str, make: Callable[[Any], T]
) -> list[T]:
    """The link rows for `wanted`, reusing the existing ones so unchanged links stay put."""
    by_key = {getattr(link, attr): link for link in current}
    return [by_key.get(key) or make(key) for key in wanted]


def _clean_decision(d: DecisionDraft) -> DecisionDraft:
    title = d.title.strip()
    if not title:
        raise InvalidInput("A decision needs a title.")
    low, high = DISCOMFORT_RANGE
    if not isinstance(d.discomfort, int) or not low <= d.discomfort <= high:
        raise InvalidInput(
            f"Discomfort is a number from {low} (easy) to {high} (very uncomfortable)."
        )
    if d.status not in DECISION_STATUSES:
        raise InvalidInput(f"A decision's status is one of {', '.join(DECISION_STATUSES)}.")
    consulted = tuple(dict.fromkeys([*d.consulted, *d.changed_framing]))
    return DecisionDraft(
        title,
        d.date,
        d.discomfort,
        d.status,
        d.outcome,
        consulted,
        tuple(dict.fromkeys(d.changed_framing)),
    )


def _fill_decision(s: Session, row: Decision, d: DecisionDraft) -> None:
    _require_people(s, d.consulted)
    row.title, row.date, row.discomfort = d.title, d.date, d.discomfort
    row.status, row.outcome = d.status, d.outcome
    row.consulted = _relink(
        row.consulted, d.consulted, "person_id", lambda pid: DecisionPerson(person_id=pid)
    )
    for link in row.consulted:
        link.changed_framing = link.person_id in d.changed_framing


def _clean_gathering(d: GatheringDraft) -> GatheringDraft:
    name = d.name.strip()
    if not name:
        raise InvalidInput("A gathering needs a name.")
    if d.end_date is not None and d.end_date < d.start_date:
        raise InvalidInput("A gathering cannot end before it starts.")
    return GatheringDraft(
        name, d.start_date, d.end_date, d.place.strip(), d.note, tuple(dict.fromkeys(d.people))
    )


def _fill_gathering(s: Session, row: Gathering, d: GatheringDraft) -> None:
    _require_people(s, d.people)
    row.name, row.start_date, row.end_date = d.name, d.start_date, d.end_date
    row.place, row.note = d.place, d.note
    row.met = _relink(row.met, d.people, "person_id", lambda pid: GatheringPerson(person_id=pid))


def _check_quarter(quarter: str) -> str:
    return str(Quarter.parse(quarter))


def _check_draft_key(key: str) -> str:
    if not isinstance(key, str) or not key.strip():
        raise InvalidInput("A draft needs a key, such as conversation:new.")
    return key


def _person(p: Person) -> PersonRecord:
    return PersonRecord(p.id, p.name, p.role, p.how_met, p.notes, p.archived)


def _refs(links: Iterable[Any]) -> tuple[PersonRef, ...]:
    return tuple(
        sorted(
            (PersonRef(link.person.id, link.person.name) for link in links),
            key=lambda r: r.name.casefold(),
        )
    )


def _conversation(c: Conversation) -> ConversationRecord:
    return ConversationRecord(
        c.id,
        _refs(c.participants),
        c.date,
        c.format,
        c.note,
        in_order(sig.code for sig in c.signals),
        c.decision_id,
        c.gathering_id,
    )


def _decision(d: Decision) -> DecisionRecord:
    return DecisionRecord(
        d.id,
        d.title,
        d.date,
        d.discomfort,
        d.status,
        d.outcome,
        _refs(d.consulted),
        _refs(link for link in d.consulted if link.changed_framing),
    )


def _gathering(g: Gathering) -> GatheringRecord:
    return GatheringRecord(g.id, g.name, g.start_date, g.end_date, g.place, g.note, _refs(g.met))


__all__ = ["Journal", "JournalError"]
