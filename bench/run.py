"""Measure TrustJournal's core and CLI on a large journal and print a markdown table.

Builds (once, then reuses) the deterministic demo journal (`trustjournal.core.demo.builder`, the
same generator new users get, through the real service) at 1,000 people and 20,000
conversations, copies it so every run starts from the same state, and measures: saving a
conversation, full-text search for several kinds of query, opening the store once the key
is known, the key derivation alone, whole-process `trustjournal add` and `trustjournal
search`, importing the core in a fresh interpreter, and the tie assessment with the
capacity summary on top, at 20,000 and at 200,000 conversations (a second cached journal,
read-only) with the growth between the two. Each row gives the median, the 90th percentile
and the number of runs, beside the target the product aims for. Results also go to
bench/results/latest.json.

    .venv/bin/python bench/run.py [--work DIR] [--people N] [--conversations M]
                                  [--large-conversations L] [--rebuild]

These are measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from trustjournal.core.demo import builder as demo
from trustjournal.core.formats import FORMATS
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import ties
from trustjournal.core.judgement.signals import CODES
from trustjournal.core.records import ConversationDraft
from trustjournal.core.store import header, migrations
from trustjournal.core.store.vault import Vault

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"
LATEST = RESULTS / "latest.json"

PASSPHRASE = "bench passphrase 1"
DEFAULT_PEOPLE = 1_000
DEFAULT_CONVERSATIONS = 20_000
LARGE_CONVERSATIONS = 200_000  # the tie assessment again, at ten times the data
DEFAULT_SEED = 1
# The demo ends on a fixed day, not today, so that a cached journal is one journal.
AS_OF = dt.date(2026, 11, 1)
# A word of the demo's text bank that only a rare aside uses (about 1 note in 700).
RARE_WORD = "kintsugi"

# Runs per measurement (the brief's floors) and warm-up runs that are not counted.
N_SAVE = 300
N_SEARCH = 60
N_OPEN = 50
N_KDF = 20
N_PROCESS = 15
N_IMPORT = 15
N_TIES = 30
N_TIES_LARGE = 10
WARMUP = 3

# Targets in milliseconds (None: measured for context, no target).
TARGET_SAVE = 10.0
TARGET_SEARCH = 20.0
TARGET_OPEN = 50.0
TARGET_PROCESS = 1000.0
TARGET_IMPORT_CORE = 150.0
TARGET_TIES = 100.0
TARGET_CAPACITY = 10.0


@dataclass
class Result:
    name: str
    samples_ms: list[float]
    target_ms: float | None = None
    note: str = ""
    median_ms: float = field(init=False)
    p90_ms: float = field(init=False)
    n: int = field(init=False)

    def __post_init__(self) -> None:
        self.n = len(self.samples_ms)
        self.median_ms = statistics.median(self.samples_ms)
        self.p90_ms = (
            statistics.quantiles(self.samples_ms, n=10, method="inclusive")[8]
            if self.n > 1
            else self.samples_ms[0]
        )

    @property
    def meets_target(self) -> bool | None:
        return None if self.target_ms is None else self.median_ms <= self.target_ms


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _time(action: Callable[[], object], n: int, warmup: int = WARMUP) -> list[float]:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        action()
        samples.append(_ms(time.perf_counter() - start))
    return samples


def _fmt(ms: float) -> str:
    if ms < 10:
        return f"{ms:.2f} ms"
    if ms < 100:
        return f"{ms:.1f} ms"
    return f"{ms:.0f} ms"


# -- the machine ------------------------------------------------------------------------


def machine() -> dict[str, str]:
    import cryptography
    import sqlalchemy
    import sqlcipher3.dbapi2 as sqlcipher

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    conn = sqlcipher.connect(":memory:")
    try:
        cipher = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "sqlcipher": f"{cipher} (SQLite {sqlcipher.sqlite_version})",
        "sqlalchemy": sqlalchemy.__version__,
        "cryptography": cryptography.__version__,
        "load average at start": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


# -- the journal under test -------------------------------------------------------------


@dataclass
class Prepared:
    path: Path  # a fresh copy of the cached journal, safe to write to
    built_s: float | None  # generation time if it was built in this run, else None
    verified_s: float | None


def prepare(
    work: Path, people: int, conversations: int, seed: int, rebuild: bool, copy: bool = True
) -> Prepared:
    """The cached bench journal (built first if needed), or a fresh copy of it to write to."""
    work.mkdir(parents=True, exist_ok=True)
    # The demo's version and the schema version are in the name too: a cached journal is
    # never silently reused after either changes.
    name = (
        f"demo-p{people}-c{conversations}-s{seed}-{AS_OF:%Y%m%d}"
        f"-v{demo.DEMO_VERSION}-m{migrations.LATEST}"
    )
    cached = work / name
    built_s = verified_s = None
    if rebuild and cached.exists():
        shutil.rmtree(cached)
    if not Vault(cached).exists():
        partial = work / f"{name}.partial"
        if partial.exists():
            shutil.rmtree(partial)
        print(f"Building {people:,} people / {conversations:,} conversations in {cached} …")
        start = time.perf_counter()
        build(partial, people, conversations, seed)
        built_s = time.perf_counter() - start
        start = time.perf_counter()
        verify(partial, conversations)
        verified_s = time.perf_counter() - start
        print(f"… built in {built_s:.1f} s, verified in {verified_s:.1f} s")
        partial.rename(cached)
    if not copy:
        return Prepared(cached, built_s, verified_s)
    scratch = work / "run-copy"
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(cached, scratch)
    return Prepared(scratch, built_s, verified_s)


def build(path: Path, people: int, conversations: int, seed: int) -> None:
    """The demo journal, in one transaction through the service, with a progress line."""
    step = max(conversations // 10, 1)

    def progress(done: int, total: int) -> None:
        if done % step < demo.PROGRESS_EVERY or done == total:
            print(f"  {done:,} of {total:,} writes", flush=True)

    with Journal.create(path, PASSPHRASE) as journal:
        demo.build(
            journal,
            people=people,
            conversations=conversations,
            seed=seed,
            as_of=AS_OF,
            progress=progress,
        )


def verify(path: Path, conversations: int) -> None:
    """Check the count, that search finds exactly the notes with the rare word, and the
    integrity of every page and of the search index; raise `AssertionError` if not."""
    with Journal.open(path, PASSPHRASE) as journal:
        notes = {c.id: c.note for c in journal.conversations()}
        if len(notes) != conversations:
            raise AssertionError(f"{len(notes)} conversations, expected {conversations}")
        hits = journal.search(RARE_WORD, limit=conversations + 10)
        found = {h.id for h in hits if h.kind == "conversation"}
        rare = re.compile(rf"\b{RARE_WORD}\b", re.IGNORECASE)
        planted = {i for i, note in notes.items() if rare.search(note)}
        if not planted or found != planted:
            raise AssertionError(f"search for {RARE_WORD!r}: {len(found)} hits, {len(planted)}")
        problems = journal.check()
        if problems:
            raise AssertionError("; ".join(problems))


# -- in-process measurements -------------------------------------------------------------


def bench_kdf(path: Path) -> Result:
    parsed = Vault(path).read_header()
    samples = _time(
        lambda: header.derive_wrapping_key(PASSPHRASE, parsed.salt, header.KdfParams()),
        N_KDF,
        warmup=1,
    )
    p = header.KdfParams()
    return Result(
        "Key derivation alone (Argon2id), in-process",
        samples,
        note=f"{p.memory_kib // 1024} MiB, {p.iterations} iterations, {p.lanes} lanes; "
        "repeated in one process",
    )


_FRESH_KDF = """
import time
from trustjournal.core.store import header
salt = bytes(header.SALT_BYTES)
start = time.perf_counter()
header.derive_wrapping_key({passphrase!r}, salt, header.KdfParams())
print((time.perf_counter() - start) * 1000)
"""


def bench_kdf_fresh(work: Path) -> Result:
    """The key derivation as a CLI run pays it: once, in a new process (fresh memory)."""
    code = _FRESH_KDF.format(passphrase=PASSPHRASE)
    env = _child_env(work)
    _run([sys.executable, "-c", code], env, work)
    samples = [
        float(_run([sys.executable, "-c", code], env, work).stdout) for _ in range(N_PROCESS)
    ]
    return Result(
        "Key derivation alone (Argon2id), first in a fresh process",
        samples,
        note="what one CLI run pays: includes faulting in the 64 MiB",
    )


def bench_open(path: Path, key: bytes) -> list[Result]:
    vault = Vault(path)

    def start_with_key() -> None:
        # What `Journal.open` does once the key is derived: lock, open_store (first
        # connection proves the key), migrations.upgrade check, clean interrupted writes.
        Journal._start(vault, lambda: key, False).lock()

    def open_with_passphrase() -> None:
        Journal.open(path, PASSPHRASE).lock()

    after_key = Result(
        "Open the store after the key is derived",
        _time(start_with_key, N_OPEN),
        TARGET_OPEN,
        "Journal._start with a known key, then lock()",
    )
    whole = Result(
        "Journal.open with the passphrase (incl. KDF)",
        _time(open_with_passphrase, N_KDF, warmup=1),
        note="then lock()",
    )
    return [after_key, whole]


@dataclass(frozen=True)
class Query:
    kind: str
    text: str


def search_queries(journal: Journal) -> list[Query]:
    # Person 1 is the first confidant of the demo, among its most frequent people.
    first = journal.person(1).name.split()[0]
    return [
        Query("rare word", RARE_WORD),
        Query("common word", "board"),
        Query("two words", "hiring pressure"),
        Query("name prefix", first[:3].lower()),
        Query("every note (worst case)", "the"),
    ]


def _matching_conversations(journal: Journal, text: str) -> int:
    hits = journal.search(text, limit=10**9)
    return sum(1 for h in hits if h.kind == "conversation")


def bench_search(journal: Journal, total: int) -> list[Result]:
    results = []
    for query in search_queries(journal):
        matching = _matching_conversations(journal, query.text)
        shown = len(journal.search(query.text))
        samples = _time(lambda q=query.text: journal.search(q), N_SEARCH)
        results.append(
            Result(
                f"Search, {query.kind}: {query.text!r}",
                samples,
                TARGET_SEARCH,
                f"matches {matching:,} of {total:,} conversations ({matching / total:.1%}); "
                f"{shown} hits shown",
            )
        )
    return results


def bench_cold_search(path: Path, key: bytes, query: str) -> Result:
    """The first search after unlocking: nothing decrypted in SQLCipher's page cache yet."""
    vault = Vault(path)
    samples = []
    for _ in range(N_PROCESS * 2):
        journal = Journal._start(vault, lambda: key, False)
        try:
            start = time.perf_counter()
            journal.search(query)
            samples.append(_ms(time.perf_counter() - start))
        finally:
            journal.lock()
    return Result(f"First search after unlock: {query!r}", samples, note="cold page cache")


def bench_save(journal: Journal) -> Result:
    rng = random.Random(42)
    ids = sorted(p.id for p in journal.people())
    today = dt.date.today()
    notes = iter(demo.sample_notes(N_SAVE + WARMUP, seed=42, as_of=AS_OF))

    def draft() -> ConversationDraft:
        return ConversationDraft(
            people=tuple(rng.sample(ids, rng.choice((1, 1, 1, 2, 3)))),
            date=today - dt.timedelta(days=rng.randrange(30)),
            format=rng.choice(tuple(FORMATS)),
            note=next(notes),
            signals=tuple(rng.sample(CODES, rng.randint(0, 3))),
        )

    for _ in range(WARMUP):
        journal.add_conversation(draft())
    samples = []
    words = []
    for _ in range(N_SAVE):
        d = draft()  # built outside the timing: only the save is measured
        words.append(len(d.note.split()))
        start = time.perf_counter()
        journal.add_conversation(d)
        samples.append(_ms(time.perf_counter() - start))
    return Result(
        "Save one conversation (add_conversation)",
        samples,
        TARGET_SAVE,
        f"~{statistics.mean(words):.0f}-word note, 1–3 people; one fsynced transaction",
    )


# -- the tie assessment ------------------------------------------------------------------------


def bench_ties(
    journal: Journal, label: str, n: int, base: tuple[list[Result], int] | None
) -> tuple[list[Result], int]:
    """`assess_ties` over every person (reads the facts, applies the rules), and `capacity`
    on top. With `base` (the same two at the smaller size, and its person-conversations),
    the target is linear growth from there: the smaller median times the growth in data.
    Returns the results and this journal's person-conversations."""
    assessed = journal.assess_ties(AS_OF)
    talks = sum(a.conversations for a in assessed)
    assess = Result(
        f"assess_ties(as_of), all ties, {label}",
        _time(lambda: journal.assess_ties(AS_OF), n),
        TARGET_TIES,
        f"{len(assessed):,} people, {talks:,} person-conversations; reads facts + rules",
    )
    summary = Result(
        f"ties.capacity(...) on those assessments, {label}",
        _time(lambda: ties.capacity(assessed, AS_OF), max(n, N_TIES)),
        TARGET_CAPACITY,
        "counts per flag and the depth notes",
    )
    if base is not None:
        smaller, smaller_talks = base
        data = talks / smaller_talks
        for now, then in zip((assess, summary), smaller, strict=True):
            now.target_ms = then.median_ms * data
            now.note += (
                f"; {now.median_ms / then.median_ms:.1f}× the smaller journal's median for "
                f"{data:.1f}× the data (target: linear)"
            )
    return [assess, summary], talks


# -- whole processes ----------------------------------------------------------------------


def _child_env(work: Path) -> dict[str, str]:
    """The environment for child processes: no journal settings, normal bytecode caching.

    Installed programs run from compiled .pyc files; a PYTHONDONTWRITEBYTECODE left in
    the environment (some sandboxes set it) would make every run compile the sources
    again. The caches go under `work`, never into the source tree. PYTHONPATH stays, so
    the children run the same trustjournal as this script (a worktree, say).
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TRUSTJOURNAL_", "PYTHON")) or k in ("PYTHONUNBUFFERED", "PYTHONPATH")
    }
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def _cli() -> Path:
    beside = Path(sys.executable).parent / "trustjournal"
    found = beside if beside.exists() else shutil.which("trustjournal")
    if found is None:
        raise SystemExit("the trustjournal command is not installed in this environment")
    return Path(found)


def _run(cmd: Sequence[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} … failed ({done.returncode}): {done.stderr}")
    return done


def _timed_runs(cmd: Sequence[str], env: dict[str, str], cwd: Path, n: int) -> list[float]:
    _run(cmd, env, cwd)  # warm the OS caches once
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        _run(cmd, env, cwd)
        samples.append(_ms(time.perf_counter() - start))
    return samples


def bench_cli(path: Path, work: Path, names: tuple[str, str], kdf_ms: float) -> list[Result]:
    env = _child_env(work) | {
        "TRUSTJOURNAL_VAULT": str(path),
        "TRUSTJOURNAL_PASSPHRASE": PASSPHRASE,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    cli = str(_cli())
    [note] = demo.sample_notes(1, seed=7, as_of=AS_OF)
    add = [cli, "add", *names, "--format", "call", "--text", note]
    find = [cli, "search", "board"]
    results = []
    for label, cmd in (("add", add), ("search 'board'", find)):
        samples = _timed_runs(cmd, env, path.parent, N_PROCESS)
        results.append(
            Result(
                f"Whole process: trustjournal {label}",
                samples,
                TARGET_PROCESS,
                f"the KDF alone (fresh process) takes {_fmt(kdf_ms)}: the CLI runs it in a "
                "child process beside its imports",
            )
        )
    return results


_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def _import_tree_us(stderr: str, baseline: set[str]) -> float:
    """Cumulative µs of the top-level imports that the bare interpreter does not make."""
    total = 0.0
    for match in _IMPORT_LINE.finditer(stderr):
        cumulative, indent, name = int(match[2]), len(match[3]), match[4]
        if indent == 1 and name not in baseline:
            total += cumulative
    return total


def bench_imports(cwd: Path, work: Path) -> list[Result]:
    python = sys.executable
    env = _child_env(work)
    modules = ("trustjournal.core", "trustjournal.core.journal.service")
    bare = subprocess.run(
        [python, "-X", "importtime", "-c", "pass"],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    baseline = {m[4] for m in _IMPORT_LINE.finditer(bare.stderr)}
    wall: dict[str, list[float]] = {m: [] for m in ("", *modules)}
    tree: dict[str, list[float]] = {m: [] for m in modules}
    for module in wall:  # one untimed run each: compile .pyc files, warm the OS cache
        _run([python, "-c", f"import {module}" if module else "pass"], env, cwd)
    for _ in range(N_IMPORT):  # interleaved, so drift affects all alike
        for module in wall:
            code = f"import {module}" if module else "pass"
            start = time.perf_counter()
            _run([python, "-c", code], env, cwd)
            wall[module].append(_ms(time.perf_counter() - start))
        for module in modules:
            done = _run([python, "-X", "importtime", "-c", f"import {module}"], env, cwd)
            tree[module].append(_import_tree_us(done.stderr, baseline) / 1000)
    base = statistics.median(wall[""])
    results = [Result("Bare interpreter: python -c pass", wall[""], note="baseline")]
    for module in modules:
        results.append(
            Result(
                f"import {module} (fresh interpreter, minus baseline)",
                [max(s - base, 0.0) for s in wall[module]],
                TARGET_IMPORT_CORE if module == "trustjournal.core" else None,
                f"-X importtime: {statistics.median(tree[module]):.1f} ms",
            )
        )
    return results


# -- report -----------------------------------------------------------------------------------


def table(results: Sequence[Result]) -> str:
    lines = [
        "| Benchmark | n | median | p90 | target | meets | notes |",
        "|---|---:|---:|---:|---:|:---:|---|",
    ]
    for r in results:
        target = f"≤ {_fmt(r.target_ms)}" if r.target_ms is not None else "–"
        meets = {None: "–", True: "yes", False: "**no**"}[r.meets_target]
        lines.append(
            f"| {r.name} | {r.n} | {_fmt(r.median_ms)} | {_fmt(r.p90_ms)} | {target} "
            f"| {meets} | {r.note} |"
        )
    return "\n".join(lines)


def cli_breakdown(cli: Sequence[Result], imports: Sequence[Result], kdf: Result) -> str:
    """What a whole `trustjournal` run is made of, from the medians measured alone.

    Not a sum: the command line derives the key in a child process while it imports the
    core (core/store/pending_key.py), and pauses the cycle collector, which the import row does
    not (it is what any program importing the core pays).
    """
    interpreter, _core, journal_import = (r.median_ms for r in imports)
    parts = []
    for run in cli:
        parts.append(
            f"{run.name.removeprefix('Whole process: ')} ≈ {_fmt(run.median_ms)}; alone, in "
            f"fresh processes: interpreter {_fmt(interpreter)}, importing the core "
            f"{_fmt(journal_import)}, key derivation {_fmt(kdf.median_ms)} (beside the imports)"
        )
    return "\n".join(f"- {p}" for p in parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--work",
        type=Path,
        default=RESULTS,
        help=f"where the cached journal and its working copy live (default {RESULTS})",
    )
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    parser.add_argument("--conversations", type=int, default=DEFAULT_CONVERSATIONS)
    parser.add_argument(
        "--large-conversations",
        type=int,
        default=LARGE_CONVERSATIONS,
        help="the second journal for the tie assessment (0: skip it)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached journals")
    args = parser.parse_args(argv)
    if args.people < 2 or args.conversations < 1:
        parser.error("--people must be at least 2 and --conversations at least 1")

    started = time.perf_counter()
    about = machine()
    print("# TrustJournal benchmarks\n")
    for name, value in about.items():
        print(f"- {name}: {value}")
    print()
    work = args.work.resolve()
    prepared = prepare(work, args.people, args.conversations, args.seed, args.rebuild)
    large = (
        prepare(work, args.people, args.large_conversations, args.seed, args.rebuild, copy=False)
        if args.large_conversations
        else None
    )
    path = prepared.path
    size_mb = sum(f.stat().st_size for f in path.iterdir()) / 1e6
    key = Vault(path).unwrap(PASSPHRASE)

    results: list[Result] = []
    kdf = bench_kdf(path)
    results += bench_open(path, key)
    small_label = f"{args.conversations:,} conversations"
    with Journal.open(path, PASSPHRASE) as journal:
        results += bench_search(journal, args.conversations)
        tie_results, tie_talks = bench_ties(journal, small_label, N_TIES, None)
    large_mb = None
    if large is not None:
        large_mb = sum(f.stat().st_size for f in large.path.iterdir()) / 1e6
        large_label = f"{args.large_conversations:,} conversations"
        with Journal.open(large.path, PASSPHRASE, readonly=True) as journal:
            large_results, _ = bench_ties(
                journal, large_label, N_TIES_LARGE, (tie_results, tie_talks)
            )
            tie_results += large_results
    results += tie_results
    results.append(bench_cold_search(path, key, "board"))
    with Journal.open(path, PASSPHRASE) as journal:
        person_names = (journal.person(1).name, journal.person(2).name)
        results.append(bench_save(journal))
    kdf_fresh = bench_kdf_fresh(work)
    results += [kdf, kdf_fresh]
    cli = bench_cli(path, work, person_names, kdf_fresh.median_ms)
    with tempfile.TemporaryDirectory() as neutral:  # not the repo: no package shadowing
        imports = bench_imports(Path(neutral), work)
    results += cli + imports
    total_s = time.perf_counter() - started
    breakdown = cli_breakdown(cli, imports, kdf_fresh)

    for label, ready, mb, count in (
        ("Journal", prepared, size_mb, args.conversations),
        ("Large journal (tie assessment only)", large, large_mb, args.large_conversations),
    ):
        if ready is None or mb is None:
            continue
        print(
            f"{label}: the demo at {args.people:,} people, {count:,} conversations "
            f"(seed {args.seed}, ending {AS_OF}), {mb:.1f} MB on disk"
            + (
                f"; built in {ready.built_s:.1f} s (+ {ready.verified_s:.1f} s checks)"
                if ready.built_s is not None and ready.verified_s is not None
                else "; reused from the cache"
            )
        )
    print()
    print(table(results))
    print(f"\n{breakdown}")
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nWhole run: {total_s:.0f} s. Load average at the end (1/5/15 min): {load}.")

    RESULTS.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": about,
        "journal": {
            "generator": f"trustjournal.core.demo.builder v{demo.DEMO_VERSION}",
            "as_of": AS_OF.isoformat(),
            "people": args.people,
            "conversations": args.conversations,
            "seed": args.seed,
            "size_mb": round(size_mb, 1),
            "generated_s": prepared.built_s,
            "verified_s": prepared.verified_s,
        },
        "large_journal": None
        if large is None or large_mb is None
        else {
            "conversations": args.large_conversations,
            "size_mb": round(large_mb, 1),
            "generated_s": large.built_s,
            "verified_s": large.verified_s,
        },
        "run_s": round(total_s, 1),
        "cli_breakdown": breakdown,
        "load_average_at_end": list(os.getloadavg()),
        "results": [
            {k: v for k, v in asdict(r).items() if k != "samples_ms"}
            | {"meets_target": r.meets_target, "samples_ms": [round(s, 3) for s in r.samples_ms]}
            for r in results
        ],
    }
    LATEST.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.rmtree(path, ignore_errors=True)  # the scratch copy; the cache stays
    print(f"Results written to {LATEST}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
