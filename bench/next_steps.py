"""Measure the next steps on the cached 20,000-conversation demo journal (1,000 people).

Uses the journal `bench/run.py` builds and caches (built here first if it is missing),
opened read-only. Times what the app pays: `Journal.next_page` right after the sidebar's
read (the assessments are worked out once until the next write, so the page reads the
gatherings, decisions and stored steps and runs the rules), `Journal.next_steps` from
scratch (what `trustjournal next` pays: the facts read and every tie assessed), and the
rules alone on assessments already made.

    .venv/bin/python bench/next_steps.py [--work DIR] [--runs N]

These are measurements, not tests: nothing here fails because a number is high.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # the cached bench journal
from reflection import _ms  # the same median / p90 line

from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import facts, followup, next_steps, ties

TARGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=run.RESULTS)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    cached = run.prepare(
        args.work,
        run.DEFAULT_PEOPLE,
        run.DEFAULT_CONVERSATIONS,
        run.DEFAULT_SEED,
        rebuild=False,
        copy=False,
    ).path
    as_of = run.AS_OF
    with Journal.open(cached, run.PASSPHRASE, readonly=True) as journal:
        found = journal.next_steps(as_of)
        whole = []
        for _ in range(args.runs):
            journal._memo = None  # from scratch: read the facts and assess every tie
            start = time.perf_counter()
            journal.next_steps(as_of)
            whole.append(time.perf_counter() - start)
        after_sidebar = []
        for _ in range(args.runs):
            journal._memo = None
            journal.assess_ties(as_of)  # the sidebar's read, just before (untimed)
            start = time.perf_counter()
            journal.next_page(as_of)
            after_sidebar.append(time.perf_counter() - start)
        settings = journal.tie_settings()
        with journal._reading() as s:
            known = facts.load(s)
            involved = facts.decision_people(s)
        gatherings = journal.gatherings()
        decisions = journal.decisions()
    by_person = {f.person.id: f for f in known}
    assessed = ties.assess(known, as_of, settings)
    follows = [
        (g, followup.follow_up_from_facts(g, by_person, as_of, settings.cadence_days))
        for g in gatherings
    ]
    rules = []
    for _ in range(args.runs):
        start = time.perf_counter()
        next_steps.next_steps(assessed, by_person, follows, decisions, involved, as_of, settings)
        rules.append(time.perf_counter() - start)
    print(f"# Next steps, {run.DEFAULT_CONVERSATIONS:,}-conversation demo\n")
    print(f"- journal: {cached.name}; {len(known):,} people; as of {as_of}; {len(found)} steps\n")
    print(
        f"Journal.next_page after the sidebar {_ms(after_sidebar)}   (target ≤ {TARGET_MS:.0f} ms)"
    )
    print(f"Journal.next_steps from scratch     {_ms(whole)}")
    print(f"the rules, on assessments made      {_ms(rules)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
