"""A journal writer to be killed, and the parent side that kills it and checks what is left.

Run as a script, this is the child. It takes the passphrase from the environment
(`TRUSTJOURNAL_PASSPHRASE`, never argv, which `ps` shows), waits for `go` on stdin so
the parent can start it (imports are the slow part) while it still checks the previous
round, then unlocks the vault and writes until it is killed. It reports on stdout, one
flushed line at a time, and only *after* the call it reports on has returned:

    save VAULT --person NAME --prefix P
        ready / begin TOKEN / saved ID TOKEN ...    (`Journal.add_conversation` in a loop)
    passphrase VAULT                                 (env TJ_PASSPHRASE_A, _B, TJ_CURRENT)
        ready / begin A>B / changed B / begin B>A ... (`Journal.change_passphrase` in a loop)
    fsize VAULT --person NAME --limit BYTES --note-bytes N
        one JSON line: what a save past RLIMIT_FSIZE did, and the retry below the limit

Every note is `note_for(token)`: a pure function of its token, so the parent can check
any conversation it finds, reported or not, byte for byte.

Imported, the module is the parent side shared by tests/test_crash.py and
bench/crash_loop.py: `Saver`/`PassphraseChanger` rounds that start a child, SIGKILL it at
a random moment and report every problem found when the journal is opened again.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import random
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from trustjournal.core.errors import SaveFailed  # noqa: E402
from trustjournal.core.journal.service import Journal  # noqa: E402
from trustjournal.core.records import ConversationDraft  # noqa: E402
from trustjournal.core.store.lockfile import holder_pid  # noqa: E402
from trustjournal.core.store.vault import LOCK_NAME, Vault  # noqa: E402

NOTE_DATE = dt.date(2026, 3, 14)
NOTE_FORMAT = "one_on_one"
LABELS = ("A", "B")
# A kill lands while the child unlocks in this share of rounds; in the rest it lands
# while the child writes, somewhere in [0, max_delay) after it said "ready".
EARLY_KILL_SHARE = 0.15
START_TIMEOUT = 60.0


# -- notes ----------------------------------------------------------------------------------


def note_for(token: str) -> str:
    """The note saved under `token`: first line the token, then 0 to ~16 KB of text.

    Sizes vary so that some transactions span many WAL frames (and index updates).
    """
    digest = hashlib.sha256(token.encode()).digest()
    lines = int.from_bytes(digest[:2], "big") % 220
    body = "\n".join(
        f"{i:03d} {token} spoke candidly about the reorganisation: café, naïve, 信頼 ✓"
        for i in range(lines)
    )
    return f"{token}\n{body}" if body else token


def token_of(note: str) -> str:
    return note.split("\n", 1)[0]


# -- the child --------------------------------------------------------------------------------


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _wait_for_go() -> None:
    if sys.stdin.readline().strip() != "go":
        raise SystemExit(0)  # the parent went away without starting us


def _child_save(vault: Path, person: str, prefix: str) -> None:
    _wait_for_go()
    journal = Journal.open(vault, os.environ["TRUSTJOURNAL_PASSPHRASE"])
    found = journal.person_by_name(person)
    if found is None:
        raise SystemExit(f"no person named {person!r} in the vault")
    _say("ready")
    n = 0
    while True:
        token = f"{prefix}-{n:05d}"
        draft = ConversationDraft((found.id,), NOTE_DATE, NOTE_FORMAT, note_for(token))
        _say(f"begin {token}")
        saved = journal.add_conversation(draft)
        _say(f"saved {saved.id} {token}")
        n += 1


def _child_passphrase(vault: Path) -> None:
    _wait_for_go()
    phrases = {label: os.environ[f"TJ_PASSPHRASE_{label}"] for label in LABELS}
    current = os.environ["TJ_CURRENT"]
    journal = Journal.open(vault, phrases[current])
    _say("ready")
    while True:
        new = "B" if current == "A" else "A"
        _say(f"begin {current}>{new}")
        journal.change_passphrase(phrases[current], phrases[new])
        current = new
        _say(f"changed {current}")


def sqlite_code(exc: BaseException | None) -> tuple[int | None, str | None]:
    """The SQLite result code behind a journal error (found along `__context__`)."""
    while exc is not None:
        for candidate in (exc, getattr(exc, "orig", None)):
            code = getattr(candidate, "sqlite_errorcode", None)
            if code is not None:
                return int(code), getattr(candidate, "sqlite_errorname", None)
        exc = exc.__context__
    return None, None


def _child_fsize(vault: Path, person: str, limit: int, note_bytes: int) -> None:
    """Save a note that cannot fit under RLIMIT_FSIZE, then the same draft without the limit."""
    journal = Journal.open(vault, os.environ["TRUSTJOURNAL_PASSPHRASE"])
    found = journal.person_by_name(person)
    if found is None:
        raise SystemExit(f"no person named {person!r} in the vault")
    before = {c.id: c.note for c in journal.conversations()}
    largest = max(p.stat().st_size for p in vault.iterdir() if p.is_file())
    note = ("Over the limit: candour, café, 信頼. " * (note_bytes // 36 + 1))[:note_bytes]
    draft = ConversationDraft((found.id,), NOTE_DATE, NOTE_FORMAT, note)
    report: dict[str, Any] = {"limit": limit, "largest_file": largest}
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        journal.add_conversation(draft)
    except SaveFailed as exc:
        code, name = sqlite_code(exc)
        report.update(
            error="SaveFailed",
            message=str(exc),
            sqlite_code=code,
            sqlite_name=name,
            unsaved_is_draft=exc.unsaved is draft,
            unsaved_note_kept=getattr(exc.unsaved, "note", None) == note,
        )
    except Exception as exc:
        code, name = sqlite_code(exc)
        report.update(
            error=type(exc).__name__, message=str(exc), sqlite_code=code, sqlite_name=name
        )
    else:
        report.update(error=None)
    # Still under the limit: what was there is intact and the file checks out.
    after = {c.id: c.note for c in journal.conversations()}
    report["earlier_intact_under_limit"] = after == before
    report["check_under_limit"] = journal.check()
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    retry = journal.add_conversation(draft)
    report["retry_id"] = retry.id
    report["retry_note_exact"] = journal.conversation(retry.id).note == note
    report["check_after_retry"] = journal.check()
    journal.lock()
    _say(json.dumps(report))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    modes = parser.add_subparsers(dest="mode", required=True)
    save = modes.add_parser("save")
    save.add_argument("vault", type=Path)
    save.add_argument("--person", required=True)
    save.add_argument("--prefix", required=True)
    change = modes.add_parser("passphrase")
    change.add_argument("vault", type=Path)
    fsize = modes.add_parser("fsize")
    fsize.add_argument("vault", type=Path)
    fsize.add_argument("--person", required=True)
    fsize.add_argument("--limit", type=int, required=True)
    fsize.add_argument("--note-bytes", type=int, required=True)
    args = parser.parse_args(argv)
    if args.mode == "save":
        _child_save(args.vault, args.person, args.prefix)
    elif args.mode == "passphrase":
        _child_passphrase(args.vault)
    else:
        _child_fsize(args.vault, args.person, args.limit, args.note_bytes)


# -- the parent -------------------------------------------------------------------------------


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child: no real keychain, no TRUSTJOURNAL_* leaking in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRUSTJOURNAL_", "TJ_"))}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


class Child:
    """A started child: its complete stdout lines, collected by a thread as they come."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=ROOT,
            text=True,
            encoding="utf-8",
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if not line.endswith("\n"):
                break  # cut off by the kill: the child never finished saying it
            self.lines.append(line.rstrip("\n"))
            if line == "ready\n":
                self.ready.set()
        self.ready.set()  # EOF: nobody waits forever on a child that died

    @property
    def pid(self) -> int:
        return self.proc.pid

    def go(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def wait_ready(self) -> bool:
        """True once the child unlocked; False if it died first (its stderr says why)."""
        self.ready.wait(START_TIMEOUT)
        return "ready" in self.lines

    def kill(self) -> str:
        """SIGKILL, reap, and return what the child wrote on stderr."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(START_TIMEOUT)
        self._reader.join(START_TIMEOUT)
        return self._close_pipes()

    def _close_pipes(self) -> str:
        err = ""
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is None:
                continue
            with contextlib.suppress(OSError, ValueError):
                if pipe is self.proc.stderr:
                    err = pipe.read()
                pipe.close()
        return err

    def stop_unstarted(self) -> None:
        """End a child that never got `go` (the loop is over)."""
        with contextlib.suppress(OSError, ValueError):
            assert self.proc.stdin is not None
            self.proc.stdin.close()
        try:
            self.proc.wait(START_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()
            return
        self._reader.join(START_TIMEOUT)
        self._close_pipes()


def stale_temps(vault: Path) -> list[str]:
    return sorted(p.name for p in vault.glob(".vault.header.*.tmp"))


@dataclass
class SaveRound:
    number: int
    reported: int = 0
    killed_early: bool = False  # before the child said "ready"
    stale_lock: bool = False  # the lock file still named the dead child: taken over anyway
    killed_in_save: bool = False  # while add_conversation was running
    in_flight_committed: bool = False  # that save was in the file after all
    problems: list[str] = field(default_factory=list)


class Saver:
    """The save kill loop: one vault, one person, many children killed mid-stream.

    `known` accumulates every conversation any child is known to have saved (reported,
    or found committed although the kill came first); every round checks all of them.
    """

    PERSON = "Rhea Calder"

    def __init__(
        self, vault: Path, passphrase: str, rng: random.Random, *, max_delay: float = 0.3
    ) -> None:
        self.vault = vault
        self.passphrase = passphrase
        self.rng = rng
        self.max_delay = max_delay
        self.known: dict[int, str] = {}  # conversation id -> token
        self.person_id = 0
        self._next: Child | None = None
        self._rounds = 0

    def create(self) -> None:
        from trustjournal.core.records import PersonDraft

        with Journal.create(self.vault, self.passphrase) as journal:
            self.person_id = journal.add_person(PersonDraft(self.PERSON, "CFO")).id

    def _spawn(self) -> Child:
        prefix = f"R{self._rounds:04d}x{self.rng.getrandbits(24):06x}"
        self._rounds += 1
        return Child(
            ["save", str(self.vault), "--person", self.PERSON, "--prefix", prefix],
            child_env(TRUSTJOURNAL_PASSPHRASE=self.passphrase),
        )

    def close(self) -> None:
        if self._next is not None:
            self._next.stop_unstarted()
            self._next = None

    def round(self, number: int) -> SaveRound:
        result = SaveRound(number)
        child = self._next or self._spawn()
        child.go()
        if self.rng.random() < EARLY_KILL_SHARE:
            time.sleep(self.rng.uniform(0.0, 0.3))
        elif child.wait_ready():
            time.sleep(self.rng.uniform(0.0, self.max_delay))
        err = child.kill()
        self._next = self._spawn()  # imports overlap with the checks below
        result.killed_early = "ready" not in child.lines
        result.stale_lock = holder_pid(self.vault / LOCK_NAME) == child.pid
        if child.proc.returncode != -signal.SIGKILL:
            result.problems.append(f"child ended by itself ({child.proc.returncode}): {err}")
        reported: dict[str, int] = {}
        in_flight: str | None = None
        for line in child.lines:
            word, _, rest = line.partition(" ")
            if word == "begin":
                in_flight = rest
            elif word == "saved":
                ident, token = rest.split(" ")
                reported[token] = int(ident)
                in_flight = None
        result.reported = len(reported)
        result.killed_in_save = in_flight is not None
        self._verify(result, reported, in_flight)
        return result

    def _verify(self, result: SaveRound, reported: dict[str, int], in_flight: str | None) -> None:
        from trustjournal.core.errors import JournalError

        try:
            journal = Journal.open(self.vault, self.passphrase)
        except JournalError as exc:
            result.problems.append(f"the vault did not open after the kill: {exc!r}")
            return
        try:
            stored = {c.id: c for c in journal.conversations(person_id=self.person_id)}
            by_token: dict[str, list[int]] = {}
            for ident, conv in stored.items():
                by_token.setdefault(token_of(conv.note), []).append(ident)
                if conv.note != note_for(token_of(conv.note)):
                    result.problems.append(f"conversation {ident} holds a torn or altered note")
                if [p.id for p in conv.people] != [self.person_id] or conv.date != NOTE_DATE:
                    result.problems.append(f"conversation {ident} lost its person or date")
            for token, ident in reported.items():
                if token not in by_token:
                    result.problems.append(f"reported save {token} (id {ident}) is missing")
                elif by_token[token] != [ident]:
                    result.problems.append(
                        f"{token}: stored as {by_token[token]}, reported {ident}"
                    )
            if in_flight is not None and in_flight in by_token:
                result.in_flight_committed = True
                reported = {**reported, in_flight: by_token[in_flight][0]}
            self.known.update({ident: token for token, ident in reported.items()})
            for ident, token in self.known.items():
                if ident not in stored or token_of(stored[ident].note) != token:
                    result.problems.append(f"earlier save {token} (id {ident}) is gone")
            extra = set(stored) - set(self.known)
            if extra:
                result.problems.append(f"conversations nobody saved: {sorted(extra)}")
            problems = journal.check()
            if problems:
                result.problems.append(f"check() found: {problems}")
        finally:
            journal.lock()


@dataclass
class PassphraseRound:
    number: int
    targeted: bool
    changes: int = 0
    killed_in_change: bool = False
    opens_with: str | None = None
    temp_left_by_kill: bool = False
    problems: list[str] = field(default_factory=list)


class PassphraseChanger:
    """The passphrase kill loop: A→B→A… killed at random moments, or the instant the
    temp header appears (a "targeted" round), so interrupted atomic writes are exercised."""

    def __init__(
        self,
        vault: Path,
        phrases: dict[str, str],
        rng: random.Random,
        *,
        max_delay: float = 0.9,
    ) -> None:
        self.vault = vault
        self.phrases = phrases
        self.rng = rng
        self.max_delay = max_delay
        self.current = "A"
        self.conversation_id = 0
        self._next: Child | None = None

    def create(self) -> None:
        from trustjournal.core.records import PersonDraft

        with Journal.create(self.vault, self.phrases["A"]) as journal:
            person = journal.add_person(PersonDraft("Ines Okafor"))
            draft = ConversationDraft((person.id,), NOTE_DATE, NOTE_FORMAT, note_for("keep-me"))
            self.conversation_id = journal.add_conversation(draft).id

    def _spawn(self) -> Child:
        env = child_env(
            TJ_PASSPHRASE_A=self.phrases["A"],
            TJ_PASSPHRASE_B=self.phrases["B"],
            TJ_CURRENT=self.current,
        )
        return Child(["passphrase", str(self.vault)], env)

    def close(self) -> None:
        if self._next is not None:
            self._next.stop_unstarted()
            self._next = None

    def round(self, number: int, *, targeted: bool) -> PassphraseRound:
        from trustjournal.core.errors import JournalError, UnlockFailed

        result = PassphraseRound(number, targeted)
        child = self._next or self._spawn()
        self._next = None
        started_as = self.current
        child.go()
        if child.wait_ready():
            if targeted:
                deadline = time.monotonic() + 5.0
                while not stale_temps(self.vault) and time.monotonic() < deadline:
                    pass  # spin: the temp header lives for about one fsync
            else:
                time.sleep(self.rng.uniform(0.0, self.max_delay))
        err = child.kill()
        if child.proc.returncode != -signal.SIGKILL:
            result.problems.append(f"child ended by itself ({child.proc.returncode}): {err}")
        result.temp_left_by_kill = bool(stale_temps(self.vault))
        allowed = {started_as}
        for line in child.lines:
            word, _, rest = line.partition(" ")
            if word == "begin":
                allowed = {rest[0], rest[2]}
            elif word == "changed":
                allowed = {rest}
                result.changes += 1
        result.killed_in_change = len(allowed) == 2
        works = []
        for label in LABELS:
            try:
                Vault(self.vault).unwrap(self.phrases[label])
            except UnlockFailed:
                continue
            works.append(label)
        if len(works) != 1:
            result.problems.append(f"passphrases that unlock after the kill: {works}")
            return result
        result.opens_with = self.current = works[0]
        if self.current not in allowed:
            result.problems.append(f"{self.current} unlocks, but only {sorted(allowed)} may")
        self._next = self._spawn()
        try:
            journal = Journal.open(self.vault, self.phrases[self.current])
        except JournalError as exc:
            result.problems.append(f"the vault did not open with {self.current}: {exc!r}")
            return result
        try:
            left = stale_temps(self.vault)
            if left:
                result.problems.append(f"temp headers survived a successful open: {left}")
            if journal.conversation(self.conversation_id).note != note_for("keep-me"):
                result.problems.append("the journal's conversation changed")
            problems = journal.check()
            if problems:
                result.problems.append(f"check() found: {problems}")
        finally:
            journal.lock()
        return result


@contextlib.contextmanager
def closing(loop: Saver | PassphraseChanger) -> Iterator[None]:
    try:
        yield
    finally:
        loop.close()


if __name__ == "__main__":
    main()
