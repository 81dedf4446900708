"""Flip each threshold of the tie and reflection rules once; the table tests must fail.

    .venv/bin/python tools/threshold_mutants.py [N ...]

A hand-picked mutation test (the comparisons and masks that decide a flag, a role or a
sentence, each made off by one): every mutant is applied to the source in turn, the rule
tables run against it, and the source is put back. A mutant that survives names a boundary
no test pins. About a minute; not part of `make test`.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TESTS = [
    "tests/test_ties.py",
    "tests/test_reflection.py",
    "tests/test_reflection_coach.py",
    "tests/test_followup.py",
]
# (file, the code as it is, the code mutated)
MUTANTS = [
    (
        "trustjournal/core/ties.py",
        "len(honest) / len(talks) >= HONEST_SHARE_MIN",
        "len(honest) / len(talks) > HONEST_SHARE_MIN",
    ),
    (
        "trustjournal/core/ties.py",
        "len(w.occasions(honest)) >= REPEATED_HONESTY",
        "len(w.occasions(honest)) > REPEATED_HONESTY",
    ),
    (
        "trustjournal/core/ties.py",
        "if quiet <= w.settings.cadence_days:",
        "if quiet < w.settings.cadence_days:",
    ),
    (
        "trustjournal/core/ties.py",
        "if c.discomfort >= UNCOMFORTABLE]\n",
        "if c.discomfort > UNCOMFORTABLE]\n",
    ),
    (
        "trustjournal/core/ties.py",
        "c.discomfort >= UNCOMFORTABLE for c in w.consulted",
        "c.discomfort > UNCOMFORTABLE for c in w.consulted",
    ),
    (
        "trustjournal/core/ties.py",
        "if start <= c.date <= self.as_of]",
        "if start < c.date <= self.as_of]",
    ),
    (
        "trustjournal/core/ties.py",
        "if start <= c.date <= self.as_of]",
        "if start <= c.date < self.as_of]",
    ),
    (
        "trustjournal/core/ties.py",
        "bisect.bisect_left(self.talks, start, key=_date)",
        "bisect.bisect_right(self.talks, start, key=_date)",
    ),
    ("trustjournal/core/ties.py", "if n < MIN_CONVERSATIONS:", "if n <= MIN_CONVERSATIONS:"),
    (
        "trustjournal/core/ties.py",
        "if occasions >= SEVERAL_CONVERSATIONS:",
        "if occasions > SEVERAL_CONVERSATIONS:",
    ),
    (
        "trustjournal/core/ties.py",
        "len(w.occasions(w.recent)) >= SEVERAL_CONVERSATIONS",
        "len(w.occasions(w.recent)) > SEVERAL_CONVERSATIONS",
    ),
    (
        "trustjournal/core/ties.py",
        "if span.start <= date <= span.end:",
        "if span.start < date <= span.end:",
    ),
    (
        "trustjournal/core/ties.py",
        "if span.start <= date <= span.end:",
        "if span.start <= date < span.end:",
    ),
    (
        "trustjournal/core/ties.py",
        "if len(honest) >= REPEATED_HONESTY and len(honest_at) == 1:",
        "if len(honest) > REPEATED_HONESTY and len(honest_at) == 1:",
    ),
    (
        "trustjournal/core/ties.py",
        "t.signals & ASKED_FOR_HELP and t.signals & ENGAGED]",
        "t.signals & ASKED_FOR_HELP or t.signals & ENGAGED]",
    ),
    (
        "trustjournal/core/ties.py",
        "they = any(t.signals & (THEY | SHARED)",
        "they = any(t.signals & (THEY)",
    ),
    (
        "trustjournal/core/ties.py",
        "me = any(t.signals & (ME | SHARED)",
        "me = any(t.signals & (ME)",
    ),
    ("trustjournal/core/ties.py", "polish >= BREADTH_MIN_POLISH", "polish > BREADTH_MIN_POLISH"),
    (
        "trustjournal/core/ties.py",
        "polish >= BREADTH_RATIO * max(honest, 1)",
        "polish > BREADTH_RATIO * max(honest, 1)",
    ),
    (
        "trustjournal/core/ties.py",
        "active = [a for a in assessments if not a.archived and a.conversations]",
        "active = [a for a in assessments if not a.archived]",
    ),
    (
        "trustjournal/core/ties.py",
        "early = flag is Flag.TOO_EARLY and bool(roles)",
        "early = bool(roles)",
    ),
    (
        "trustjournal/core/reflection_coach.py",
        "count / len(hard) > BENCH_SHARE",
        "count / len(hard) >= BENCH_SHARE",
    ),
    (
        "trustjournal/core/reflection_coach.py",
        "len(hard) >= BENCH_MIN_DECISIONS",
        "len(hard) > BENCH_MIN_DECISIONS",
    ),
    ("trustjournal/core/reflection_coach.py", "if n >= VALIDATOR_MIN", "if n > VALIDATOR_MIN"),
    (
        "trustjournal/core/reflection_coach.py",
        "if len(alone) < ALONE_PATTERN:",
        "if len(alone) <= ALONE_PATTERN:",
    ),
    (
        "trustjournal/core/reflection_coach.py",
        "round(abs(now - then), 9) >= SHARE_SHIFT",
        "round(abs(now - then), 9) > SHARE_SHIFT",
    ),
    (
        "trustjournal/core/reflection_coach.py",
        "if mine < OPENED_UP_LOW:",
        "if mine <= OPENED_UP_LOW:",
    ),
    ("trustjournal/core/reflection_coach.py", "if len(everyone) == 1:", "if len(everyone) <= 2:"),
    (
        "trustjournal/core/reflection.py",
        "return (as_of - quarter.start).days + 1 if as_of < quarter.end else None",
        "return (as_of - quarter.start).days if as_of < quarter.end else None",
    ),
    (
        "trustjournal/core/reflection.py",
        "if d.consulted or d.discomfort < UNCOMFORTABLE:",
        "if d.consulted or d.discomfort <= UNCOMFORTABLE:",
    ),
    (
        "trustjournal/core/reflection.py",
        "first, past = bisect.bisect_left(dates, start), bisect.bisect_right(dates, day)",
        "first, past = bisect.bisect_right(dates, start), bisect.bisect_right(dates, day)",
    ),
    (
        "trustjournal/core/reflection.py",
        "if a.flag is Flag.HONEST and Role.CALL_WHEN_UNCOMFORTABLE in a.roles:",
        "if Role.CALL_WHEN_UNCOMFORTABLE in a.roles:",
    ),
    ("trustjournal/core/reflection.py", "if dates and not f.archived:", "if dates:"),
    (
        "trustjournal/core/ties.py",
        "a.last_honest_conversation >= start - dt.timedelta(days=settings.cadence_days)",
        "a.last_honest_conversation > start - dt.timedelta(days=settings.cadence_days)",
    ),
    (
        "trustjournal/core/ties.py",
        "and a.first_honest_conversation >= start",
        "and a.first_honest_conversation > start",
    ),
    (
        "trustjournal/core/ties.py",
        "if faded and len(faded) > len(formed):",
        "if faded and len(faded) >= len(formed):",
    ),
]


def main(only: list[str]) -> int:
    survived = []
    for i, (path, old, new) in enumerate(MUTANTS):
        if only and str(i) not in only:
            continue
        f = ROOT / path
        src = f.read_text()
        assert src.count(old) >= 1, (i, old)
        f.write_text(src.replace(old, new, 1))
        try:
            r = subprocess.run(
                [str(ROOT / ".venv/bin/pytest"), "-q", "-x", "-p", "no:cacheprovider", *TESTS],
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
        finally:
            f.write_text(src)
        status = "killed" if r.returncode != 0 else "SURVIVED"
        print(f"{i:2} {status}  {path.split('/')[-1]}: {new.strip()[:90]}", flush=True)
        if r.returncode == 0:
            survived.append(i)
    print("survived:", survived or "none")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
