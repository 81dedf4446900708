"""Schema versions as a small ordered list of SQL migrations, stamped in `user_version`.

Why not Alembic: the store is one SQLite file with FTS5 tables and triggers that are
raw SQL anyway; Alembic would add a script folder to find at run time (awkward in a
frozen bundle), a version table, and a noticeable import cost on every CLI call. Here
migration N is the tuple `MIGRATIONS[N - 1]`; each runs in one transaction together
with the new `PRAGMA user_version`, so a crash leaves the old version or the new one.

Rules: a migration that has shipped is never edited; a change is a new entry at the
end. `tests/test_migrations.py` upgrades a store made at version 1 and checks that the
result matches `models.py`.
"""

from __future__ import annotations

from typing import Any

from trustjournal.core.errors import NeedsNewerApp, ReadOnlyJournal

_V1_TABLES = (
    """CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL DEFAULT '',
        how_met TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        archived BOOLEAN NOT NULL DEFAULT 0,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL
    )""",
    """CREATE TABLE gathering (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        start_date DATE NOT NULL,
        end_date DATE,
        place TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date)
    )""",
    """CREATE TABLE gathering_person (
        gathering_id INTEGER NOT NULL REFERENCES gathering (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
        PRIMARY KEY (gathering_id, person_id)
    )""",
    """CREATE TABLE decision (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        date DATE NOT NULL,
        discomfort INTEGER NOT NULL CHECK (discomfort BETWEEN 1 AND 5),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided')),
        outcome TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL
    )""",
    """CREATE TABLE decision_person (
        decision_id INTEGER NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
        changed_framing BOOLEAN NOT NULL DEFAULT 0,
        PRIMARY KEY (decision_id, person_id)
    )""",
    """CREATE TABLE conversation (
        id INTEGER PRIMARY KEY,
        date DATE NOT NULL,
        format TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        decision_id INTEGER REFERENCES decision (id) ON DELETE SET NULL,
        gathering_id INTEGER REFERENCES gathering (id) ON DELETE SET NULL,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL
    )""",
    "CREATE INDEX ix_conversation_date ON conversation (date)",
    """CREATE TABLE conversation_person (
        conversation_id INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
        PRIMARY KEY (conversation_id, person_id)
    )""",
    "CREATE INDEX ix_conversation_person_person ON conversation_person (person_id)",
    """CREATE TABLE conversation_signal (
        conversation_id INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        PRIMARY KEY (conversation_id, code)
    )""",
    """CREATE TABLE quarter_reflection (
        id INTEGER PRIMARY KEY,
        quarter TEXT NOT NULL UNIQUE CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
        text TEXT NOT NULL DEFAULT '',
        updated_at DATETIME NOT NULL
    )""",
)


def _fts(table: str, columns: tuple[str, ...], when: str) -> tuple[str, ...]:
    """An external-content FTS5 index over `table`, kept in step by triggers."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    delete = f"INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});"
    return (
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {when} ON {table} "
        f"BEGIN {delete} {insert} END",
        f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')",
    )


# What migration 2 indexed; frozen here, since a shipped migration never changes.
_V2_FTS_COLUMNS: dict[str, tuple[str, ...]] = {
    "conversation": ("note",),
    "person": ("name", "role", "how_met", "notes"),
    "decision": ("title", "outcome"),
    "gathering": ("name", "place", "note"),
}

_V2_SEARCH = tuple(
    stmt for table, cols in _V2_FTS_COLUMNS.items() for stmt in _fts(table, cols, ", ".join(cols))
)

_V7_PERSON_FTS = ("name", "role", "how_met", "notes", "aliases")

# What each kind of record offers to full-text search today (and in which column order).
FTS_COLUMNS: dict[str, tuple[str, ...]] = {**_V2_FTS_COLUMNS, "person": _V7_PERSON_FTS}

# The editor's unsaved state, so a crash or a lock never loses a word; not searchable.
_V3_DRAFTS = (
    """CREATE TABLE draft (
        key TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        updated_at DATETIME NOT NULL
    )""",
)

# Preferences that belong to the journal, not to one computer (the cadence changes what
# the tie report says, so the CLI, the app and a restored backup must all agree on it).
_V4_SETTINGS = (
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
)

# The conversations linked to a decision, found without reading every conversation row (the
# quarterly reflection asks whether each decision was discussed honestly or only in polish).
_V5_DECISION_LINKS = ("CREATE INDEX ix_conversation_decision_id ON conversation (decision_id)",)

# The conversations linked to a gathering, found without reading every conversation row (the
# tie rules count all the days of one gathering as a single occasion).
_V6_GATHERING_LINKS = ("CREATE INDEX ix_conversation_gathering_id ON conversation (gathering_id)",)

# A person's aliases ("Mo", "MJ"), one a line, so that notes that call them so find them;
# the people's search index is made again to cover them (search "Mo", find Mohammed).
_V7_ALIASES = (
    "ALTER TABLE person ADD COLUMN aliases TEXT NOT NULL DEFAULT ''",
    "DROP TRIGGER person_fts_insert",
    "DROP TRIGGER person_fts_delete",
    "DROP TRIGGER person_fts_update",
    "DROP TABLE person_fts",
    *_fts("person", _V7_PERSON_FTS, ", ".join(_V7_PERSON_FTS)),
)

# Follow-through (issue 16): a person's own keep-in-touch cadence (NULL: the journal's) and
# whether they are one of "my few"; and each next step the journal has shown, with what the
# leader did about it (done, snoozed, not relevant) or what became of it (acted on, lapsed),
# which the Next page hides by and the quarterly reflection counts.
_V8_FOLLOW_THROUGH = (
    "ALTER TABLE person ADD COLUMN cadence_days INTEGER "
    "CHECK (cadence_days IS NULL OR cadence_days BETWEEN 14 AND 365)",
    "ALTER TABLE person ADD COLUMN my_few BOOLEAN NOT NULL DEFAULT 0",
    """CREATE TABLE next_step (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        kind TEXT NOT NULL,
        person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
        seen DATE NOT NULL,
        due DATE,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN
            ('open', 'done', 'snoozed', 'dismissed', 'acted', 'lapsed')),
        until DATE,
        closed DATE
    )""",
    "CREATE INDEX ix_next_step_key ON next_step (key)",
)

# Data in (issue 17): how an imported contact is known again (its vCard UID, a fingerprint of
# the card, its e-mail addresses), so that importing the same file twice adds nothing and a
# calendar's attendees find their person; and the calendar's meetings waiting to be written
# up (the "To write up" inbox), each once by its UID and recurrence.
_V9_DATA_IN = (
    """CREATE TABLE person_identity (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('vcard_uid', 'fingerprint', 'email')),
        value TEXT NOT NULL CHECK (length(value) > 0),
        UNIQUE (kind, value)
    )""",
    "CREATE INDEX ix_person_identity_person ON person_identity (person_id)",
    """CREATE TABLE calendar_item (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL,
        recurrence_id TEXT NOT NULL DEFAULT '',
        date DATE NOT NULL,
        start_time TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        attendees TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'dismissed', 'written')),
        conversation_id INTEGER REFERENCES conversation (id) ON DELETE SET NULL,
        UNIQUE (uid, recurrence_id)
    )""",
    "CREATE INDEX ix_calendar_item_date ON calendar_item (date)",
)

# The full-text indexes forget a deleted record's words at once (FTS5's secure-delete,
# SQLite 3.42+), instead of keeping them in the index until its segments merge.
_V10_SECURE_DELETE = tuple(
    f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('secure-delete', 1)"
    for table in _V2_FTS_COLUMNS
)

# Sync through a folder (issue 20, docs/sync.md): every synced row's global id, the rows
# changed since the last round (kept by triggers, so every write path is seen: the editor,
# imports, undo, merges), the replicated state (each record's current versions, encoded as in
# a change file, with whether it is deleted or in conflict), the change
# files already applied, and this device's own sync settings (its id, signing key, clock).
_V11_SYNCED = {
    "person": ("person", "id"),
    "person_identity": ("person", "person_id"),
    "conversation": ("conversation", "id"),
    "conversation_person": ("conversation", "conversation_id"),
    "conversation_signal": ("conversation", "conversation_id"),
    "decision": ("decision", "id"),
    "decision_person": ("decision", "decision_id"),
    "gathering": ("gathering", "id"),
    "gathering_person": ("gathering", "gathering_id"),
    "quarter_reflection": ("reflection", "id"),
    "next_step": ("step", "id"),
}


def _dirty_triggers(table: str, kind: str, column: str) -> tuple[str, ...]:
    # Not `INSERT OR IGNORE`: a trigger fired by a foreign key's action (a decision deleted
    # sets its conversations' decision_id to NULL) takes the outer statement's ABORT.
    def mark(row: str) -> str:
        return (
            f"INSERT INTO sync_dirty (kind, local_id) SELECT '{kind}', {row}.{column} "
            f"WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = '{kind}' "
            f"AND local_id = {row}.{column});"
        )

    return (
        f"CREATE TRIGGER {table}_sync_insert AFTER INSERT ON {table} BEGIN {mark('new')} END",
        f"CREATE TRIGGER {table}_sync_update AFTER UPDATE ON {table} "
        f"BEGIN {mark('old')} {mark('new')} END",
        f"CREATE TRIGGER {table}_sync_delete AFTER DELETE ON {table} BEGIN {mark('old')} END",
    )


_V11_SYNC = (
    """CREATE TABLE sync_link (
        kind TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        uid TEXT NOT NULL UNIQUE,
        PRIMARY KEY (kind, local_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_dirty (
        kind TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        PRIMARY KEY (kind, local_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_record (
        kind TEXT NOT NULL,
        uid TEXT NOT NULL,
        heads BLOB NOT NULL,
        conflict BOOLEAN NOT NULL DEFAULT 0,
        deleted BOOLEAN NOT NULL DEFAULT 0,
        PRIMARY KEY (kind, uid)
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_file (
        name TEXT PRIMARY KEY,
        device TEXT NOT NULL,
        seq INTEGER NOT NULL,
        changed_ms INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_outbox (
        id INTEGER PRIMARY KEY,
        versions BLOB NOT NULL
    )""",
    """CREATE TABLE sync_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID""",
    *(
        statement
        for table, (kind, column) in _V11_SYNCED.items()
        for statement in _dirty_triggers(table, kind, column)
    ),
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    _V1_TABLES,  # 1: people, conversations and signals, decisions, gatherings, reflections
    _V2_SEARCH,  # 2: full-text search inside the encrypted file
    _V3_DRAFTS,  # 3: the editor's drafts
    _V4_SETTINGS,  # 4: the journal's own settings (the cadence)
    _V5_DECISION_LINKS,  # 5: an index of conversations by decision
    _V6_GATHERING_LINKS,  # 6: an index of conversations by gathering
    _V7_ALIASES,  # 7: people's aliases, searchable
    _V8_FOLLOW_THROUGH,  # 8: per-person cadence, "my few", the next steps' states
    _V9_DATA_IN,  # 9: imported people's identities, the calendar's "To write up" inbox
    _V10_SECURE_DELETE,  # 10: deleted words leave the full-text indexes at once
    _V11_SYNC,  # 11: sync through a folder: global ids, changed rows, the replicated state
)
LATEST = len(MIGRATIONS)


def version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade(conn: Any, *, target: int = LATEST, readonly: bool = False) -> int:
    """Bring the store to `target` on an autocommit DB-API connection; return the old version."""
    found = version(conn)
    if found > LATEST:
        raise NeedsNewerApp(found, LATEST)
    if found < target and readonly:
        raise ReadOnlyJournal()
    for number in range(found + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return found
