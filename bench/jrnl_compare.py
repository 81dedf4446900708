"""Whole-process `trustjournal add` and `search` beside jrnl 4.6, on the same 20,000 notes.

Both journals are encrypted and hold the same notes. Ours is the cached bench journal of
`run.py` (the demo at 1,000 people, 20,000 conversations). jrnl's are built from it once
and cached beside it: every conversation becomes one jrnl entry, in date order, titled like
our own listing ("Call with Ana Silva, Ben Okafor.") with the note as its body, written as
a plaintext jrnl file and then encrypted by jrnl itself (`jrnl --encrypt`, its v3 format:
PBKDF2-SHA256 and Fernet). jrnl runs with a private XDG_CONFIG_HOME under the work folder,
in two configurations, each with its own journal:

* `jrnl`: the configuration jrnl's installer writes, whose `timeformat: "%F %r"` Python's
  strptime cannot read, so jrnl parses every entry's date with parsedatetime. This is what
  a jrnl user gets, and what the issue's targets were set against.
* `jrnl, timeformat %Y-%m-%d %H:%M`: the same with a timeformat that strptime reads, the
  fastest jrnl we know how to configure (several times faster on this journal).

Each round runs, one after the other, `trustjournal add` and each jrnl adding one entry
(the same note), then `trustjournal search board` and each `jrnl -contains board -n 50`
(ours shows the 50 newest hits by default, so jrnl is asked for its 50 newest too). Every
run starts from fresh copies; the adds accumulate within a run (20,000 entries plus one
a round: under 0.1 % growth).

Passphrases are given without a terminal. Ours: `TRUSTJOURNAL_PASSPHRASE`. jrnl has no
such option and reads its password with `getpass`; each jrnl process runs in a new session
(`setsid`: no controlling terminal), so `getpass` falls back to reading a line of standard
input, where the password is written. Both run with `PYTHON_KEYRING_BACKEND` set to
keyring's "fail" backend, so neither touches a real keychain (jrnl asks it first, then
falls back to the prompt). POSIX only.

    .venv/bin/python bench/jrnl_compare.py [--work DIR] [--runs N] [--jrnl PATH] [--rebuild]

jrnl comes with `pip install -e '.[bench]'`, or point `--jrnl` at a `jrnl` installed in
another environment (it need not share ours). Without one this prints why and exits 0, so
`make bench` goes on. (The file is not called jrnl.py: run as a script, its folder comes
first on sys.path and it would shadow the jrnl package.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # the cached bench journal and its helpers

from trustjournal.core.formats import FORMATS
from trustjournal.core.journal.service import Journal

JRNL_PASSWORD = "bench password 1"
# How the plaintext is written before `jrnl --encrypt` reads it (and rewrites it in the
# configured timeformat).
PLAIN_TIMEFORMAT = "%Y-%m-%d %H:%M"
# Bump when the way jrnl's journals are made changes: a cached one is never reused then.
JRNL_JOURNAL_VERSION = 1
QUERY = "board"
SHOWN = 50  # what `trustjournal search` shows by default
DEFAULT_RUNS = 15
TARGETS = {"add": 10.0, "search": 5.0}  # times faster than jrnl (the targets)


@dataclass(frozen=True)
class Variant:
    label: str
    slug: str
    timeformat: str


VARIANTS = (
    Variant("jrnl", "installer", "%F %r"),  # what `jrnl` writes on first run
    Variant("jrnl, timeformat %Y-%m-%d %H:%M", "strptime", "%Y-%m-%d %H:%M"),
)


def find_jrnl(chosen: Path | None) -> Path | None:
    if chosen is not None:
        return chosen if chosen.exists() else None
    beside = Path(sys.executable).parent / "jrnl"
    found = beside if beside.exists() else shutil.which("jrnl")
    return Path(found) if found else None


def jrnl_env(base: dict[str, str], folder: Path) -> dict[str, str]:
    """jrnl's own world: its config under `folder`, no keychain, no editor, not our path."""
    env = base | {
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "COLUMNS": "100",
    }
    for name in ("VISUAL", "EDITOR", "PYTHONPATH"):
        env.pop(name, None)
    return env


def write_config(folder: Path, variant: Variant, encrypt: bool) -> None:
    """jrnl's configuration as its installer writes it (YAML by hand: no YAML library
    needed here), with the variant's timeformat and the journal in `folder`."""
    config = folder / "config" / "jrnl"
    config.mkdir(parents=True, exist_ok=True)
    lines = [
        "colors:",
        "  body: none",
        "  date: none",
        "  tags: none",
        "  title: none",
        "default_hour: 9",
        "default_minute: 0",
        "editor: ''",
        f"encrypt: {'true' if encrypt else 'false'}",
        "highlight: true",
        "indent_character: '|'",
        "journals:",
        "  default:",
        f"    journal: {folder / 'journal.txt'}",
        "linewrap: 79",
        "tagsymbols: '#@'",
        "template: false",
        f"timeformat: '{variant.timeformat}'",
        "version: v4.6",
        "",
    ]
    (config / "jrnl.yaml").write_text("\n".join(lines), encoding="utf-8")


def run_jrnl(
    jrnl: Path, args: Sequence[str], env: dict[str, str], cwd: Path, stdin: str
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(jrnl), *args],
        input=stdin,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        start_new_session=True,  # no terminal: getpass reads the password from stdin
    )
    if done.returncode != 0:
        raise SystemExit(f"jrnl {' '.join(args[:2])} … failed ({done.returncode}): {done.stderr}")
    return done


def plain_entries(cached: Path) -> list[str]:
    """Every conversation of our cached journal as one jrnl entry, oldest first."""
    with Journal.open(cached, run.PASSPHRASE, readonly=True) as journal:
        talks = journal.conversations()
    talks.sort(key=lambda c: (c.date, c.id))
    entries = []
    minute = 0
    for i, c in enumerate(talks):
        minute = minute + 1 if i and talks[i - 1].date == c.date else 0
        when = f"{c.date.isoformat()} {9 + minute // 60:02d}:{minute % 60:02d}"
        names = ", ".join(p.name for p in c.people)
        # A note line that began "[<date>] " would start a new jrnl entry: none does.
        entries.append(f"[{when}] {FORMATS[c.format]} with {names}.\n{c.note.strip()}\n")
    return entries


def prepare_jrnl(
    work: Path, cached: Path, variant: Variant, jrnl: Path, base_env: dict[str, str]
) -> tuple[Path, int]:
    """The cached encrypted jrnl journal of `variant` (built first if needed), and how many
    of its entries contain the rare word (a check that it holds the notes)."""
    folder = work / f"jrnl-{cached.name}-{variant.slug}-j{JRNL_JOURNAL_VERSION}"
    count_file = folder / "rare-word-entries"
    if count_file.is_file():
        return folder, int(count_file.read_text())
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    partial.mkdir(parents=True)
    print(f"Building {variant.label}'s journal in {folder} …", flush=True)
    start = time.perf_counter()
    plain = partial / "journal.txt"
    entries = plain_entries(cached)
    plain.write_text("\n".join(entries), encoding="utf-8")
    write_config(partial, variant, encrypt=False)
    env = jrnl_env(base_env, partial)
    # jrnl --encrypt asks for the new password twice, then whether to keep it in the
    # keychain (no); it rewrites every entry in the configured timeformat.
    run_jrnl(jrnl, ["--encrypt"], env, partial, f"{JRNL_PASSWORD}\n{JRNL_PASSWORD}\nn\n")
    if not plain.read_bytes().startswith(b"JRNLv3"):
        raise SystemExit("jrnl --encrypt did not write an encrypted journal")
    found = run_jrnl(
        jrnl, ["-contains", run.RARE_WORD, "--format", "json"], env, partial, JRNL_PASSWORD + "\n"
    )
    hits = len(json.loads(found.stdout)["entries"])
    if not hits:
        raise SystemExit(f"jrnl found no entry with {run.RARE_WORD!r}: its journal is wrong")
    size = plain.stat().st_size
    partial.rename(folder)
    write_config(folder, variant, encrypt=True)  # the journal's path moved with the folder
    (folder / "rare-word-entries").write_text(str(hits))
    print(
        f"… {len(entries):,} entries, {size / 1e6:.1f} MB encrypted, "
        f"'{run.RARE_WORD}' in {hits}; {time.perf_counter() - start:.1f} s",
        flush=True,
    )
    return folder, hits


def _summary(samples: list[float]) -> str:
    p90 = statistics.quantiles(samples, n=10, method="inclusive")[8]
    return f"{run._fmt(statistics.median(samples))} (p90 {run._fmt(p90)})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--work",
        type=Path,
        default=run.RESULTS,
        help=f"where the cached journals and their working copies live (default {run.RESULTS})",
    )
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--jrnl", type=Path, help="the jrnl program (default: beside python)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild jrnl's journals")
    args = parser.parse_args(argv)
    if args.runs < 2:
        parser.error("--runs must be at least 2")

    jrnl = find_jrnl(args.jrnl)
    if jrnl is None:
        print(
            "jrnl comparison skipped: no jrnl program found "
            "(pip install -e '.[bench]', or give --jrnl PATH)."
        )
        return 0
    work = args.work.resolve()
    base_env = run._child_env(work)
    said = run_jrnl(jrnl, ["--version"], jrnl_env(base_env, work), work, "").stdout
    version = said.splitlines()[0].strip() if said.strip() else "jrnl (version unknown)"

    ours = run.prepare(
        work, run.DEFAULT_PEOPLE, run.DEFAULT_CONVERSATIONS, run.DEFAULT_SEED, False, copy=False
    )
    theirs: dict[Variant, Path] = {}
    for variant in VARIANTS:
        if args.rebuild:
            shutil.rmtree(
                work / f"jrnl-{ours.path.name}-{variant.slug}-j{JRNL_JOURNAL_VERSION}",
                ignore_errors=True,
            )
        theirs[variant], hits = prepare_jrnl(work, ours.path, variant, jrnl, base_env)

    # Fresh copies to write to; the caches stay as they are.
    our_copy = work / "compare-trustjournal"
    copies = {variant: work / f"compare-jrnl-{variant.slug}" for variant in VARIANTS}
    for source, copy in ((ours.path, our_copy), *((theirs[v], copies[v]) for v in VARIANTS)):
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(source, copy)
    for variant in VARIANTS:
        write_config(copies[variant], variant, encrypt=True)

    with Journal.open(our_copy, run.PASSPHRASE, readonly=True) as journal:
        name = journal.person(1).name
        found = journal.search(run.RARE_WORD, limit=10**6)
        rare = sum(1 for h in found if h.kind == "conversation")
    [note] = run.demo.sample_notes(1, seed=7, as_of=run.AS_OF)
    our_env = base_env | {
        "TRUSTJOURNAL_VAULT": str(our_copy),
        "TRUSTJOURNAL_PASSPHRASE": run.PASSPHRASE,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    cli = str(run._cli())
    ours_cmd = {
        "add": [cli, "add", name, "--format", "call", "--text", note],
        "search": [cli, "search", QUERY],
    }
    jrnl_cmd = {
        "add": [f"Call with {name}. {note}"],
        "search": ["-contains", QUERY, "-n", str(SHOWN)],
    }
    envs = {variant: jrnl_env(base_env, copies[variant]) for variant in VARIANTS}
    password = JRNL_PASSWORD + "\n"

    def once(program: str | Variant, op: str) -> float:
        start = time.perf_counter()
        if isinstance(program, Variant):
            run_jrnl(jrnl, jrnl_cmd[op], envs[program], work, password)
        else:
            run._run(ours_cmd[op], our_env, work)
        return run._ms(time.perf_counter() - start)

    programs: tuple[str | Variant, ...] = ("trustjournal", *VARIANTS)
    samples: dict[tuple[str | Variant, str], list[float]] = {}
    print(f"Timing {args.runs} rounds …", flush=True)
    for op in ours_cmd:  # one untimed run each: compile .pyc files, warm the OS cache
        for program in programs:
            once(program, op)
    for _ in range(args.runs):  # interleaved, so drift affects all alike
        for op in ours_cmd:
            for program in programs:
                samples.setdefault((program, op), []).append(once(program, op))

    print(f"\n# trustjournal beside {version}\n")
    for key, value in run.machine().items():
        print(f"- {key}: {value}")
    print(f"- jrnl: {jrnl}")
    print(
        f"\nThe same {run.DEFAULT_CONVERSATIONS:,} notes in each journal ('{run.RARE_WORD}' in "
        f"{rare} of our conversations, {hits} of jrnl's entries); {args.runs} rounds, the "
        "programs alternating; medians (p90) of whole processes, in milliseconds.\n"
    )
    print("| command | program | median (p90) | jrnl ÷ trustjournal | target |")
    print("|---|---|---:|---:|---:|")
    commands = {
        "add": ("`trustjournal add PERSON --format call --text NOTE`", "`jrnl TEXT`"),
        "search": (f"`trustjournal search {QUERY}`", f"`jrnl -contains {QUERY} -n {SHOWN}`"),
    }
    for op, (our_text, their_text) in commands.items():
        mine = statistics.median(samples[("trustjournal", op)])
        print(f"| {op} | {our_text} | {_summary(samples[('trustjournal', op)])} | | |")
        for variant in VARIANTS:
            times = samples[(variant, op)]
            ratio = statistics.median(times) / mine
            target = TARGETS[op]
            verdict = "met" if ratio >= target else "**missed**"
            print(
                f"| {op} | {their_text} ({variant.label}) | {_summary(times)} | {ratio:.1f}× "
                f"| ≥ {target:.0f}×: {verdict} |"
            )
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nLoad average at the end (1/5/15 min): {load}.")
    for copy in (our_copy, *copies.values()):
        shutil.rmtree(copy, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
