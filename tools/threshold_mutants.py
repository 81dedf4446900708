"""Flip each threshold of the tie and reflection rules once; the table tests must fail.

    .venv/bin/python tools/threshold_mutants.py [N ...]

(It runs the tests with the Python that runs it, so any venv with the test extras works.)

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
FOLLOWUP = "trustjournal/core/judgement/followup.py"
# (file, the code as it is, the code mutated)
MUTANTS = [
    (
        "trustjournal/core/judgement/ties.py",
        "came_back >= REPEATED_HONESTY",
        "came_back > REPEATED_HONESTY",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "came_back / w.count_occasions(talks, len(talks)) >= HONEST_SHARE_MIN",
        "came_back / w.count_occasions(talks, len(talks)) > HONEST_SHARE_MIN",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "came_back / w.count_occasions(talks, len(talks))",
        "len(honest) / len(talks)",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if quiet <= w.settings.cadence_days:",
        "if quiet < w.settings.cadence_days:",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "uncomfortable = [c for c in w.consulted if c.discomfort >= UNCOMFORTABLE]",
        "uncomfortable = [c for c in w.consulted if c.discomfort > UNCOMFORTABLE]",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "c.discomfort >= UNCOMFORTABLE for c in w.consulted",
        "c.discomfort > UNCOMFORTABLE for c in w.consulted",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if start <= c.date <= self.as_of]",
        "if start < c.date <= self.as_of]",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if start <= c.date <= self.as_of]",
        "if start <= c.date < self.as_of]",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "bisect.bisect_left(self.talks, start, key=_date)",
        "bisect.bisect_right(self.talks, start, key=_date)",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if n < MIN_CONVERSATIONS:",
        "if n <= MIN_CONVERSATIONS:",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if occasions >= SEVERAL_CONVERSATIONS:",
        "if occasions > SEVERAL_CONVERSATIONS:",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "w.count_occasions(w.recent, SEVERAL_CONVERSATIONS) >= SEVERAL_CONVERSATIONS",
        "w.count_occasions(w.recent, SEVERAL_CONVERSATIONS) > SEVERAL_CONVERSATIONS",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if span.start <= date <= span.end:",
        "if span.start < date <= span.end:",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if span.start <= date <= span.end:",
        "if span.start <= date < span.end:",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "(g.end - g.start).days < GATHERING_DAYS_MAX",
        "(g.end - g.start).days <= GATHERING_DAYS_MAX",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if len(honest) >= REPEATED_HONESTY and len(honest_at) == 1:",
        "if len(honest) > REPEATED_HONESTY and len(honest_at) == 1:",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if w.talks[-1].date <= only.end and quiet > w.settings.cadence_days:",
        "if w.talks[-1].date <= only.end and quiet >= w.settings.cadence_days:",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if len(honest_judged) > 1 and len(occasions) == 1:",
        "if len(honest_judged) >= 1 and len(occasions) == 1:",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if t.signals & ASKED_FOR_HELP and t.signals & ENGAGED:",
        "if t.signals & ASKED_FOR_HELP or t.signals & ENGAGED:",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "they = any(t.signals & (THEY | SHARED)",
        "they = any(t.signals & (THEY)",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "me = any(t.signals & (ME | SHARED)",
        "me = any(t.signals & (ME)",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "polish >= BREADTH_MIN_POLISH",
        "polish > BREADTH_MIN_POLISH",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "polish >= BREADTH_RATIO * max(honest, 1)",
        "polish > BREADTH_RATIO * max(honest, 1)",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "active = [a for a in assessments if not a.archived and a.conversations]",
        "active = [a for a in assessments if not a.archived]",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "early = flag is Flag.TOO_EARLY and bool(roles)",
        "early = bool(roles)",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "a.last_honest_conversation >= start - dt.timedelta(days=settings.cadence_days)",
        "a.last_honest_conversation > start - dt.timedelta(days=settings.cadence_days)",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "and a.first_honest_conversation >= start",
        "and a.first_honest_conversation > start",
    ),
    (
        "trustjournal/core/judgement/ties.py",
        "if faded and len(faded) > len(formed):",
        "if faded and len(faded) >= len(formed):",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "if count / len(hard) > BENCH_SHARE",
        "if count / len(hard) >= BENCH_SHARE",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "and not (rest and rest[0][1] == count)",
        "and True",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "if len(hard) < BENCH_MIN_DECISIONS or not asked:",
        "if len(hard) <= BENCH_MIN_DECISIONS or not asked:",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "if n >= VALIDATOR_MIN",
        "if n > VALIDATOR_MIN",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "if c.signals & (THEY | SHARED):",
        "if c.signals & (THEY):",
    ),
    ("trustjournal/core/judgement/reflection_coach.py", "and not people[i].archived", "and True"),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "if len(alone) < ALONE_PATTERN:",
        "if len(alone) <= ALONE_PATTERN:",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "round(abs(now - then), 9) >= SHARE_SHIFT",
        "round(abs(now - then), 9) > SHARE_SHIFT",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "if mine < OPENED_UP_LOW:",
        "if mine <= OPENED_UP_LOW:",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "if len(everyone) == 1:",
        "if len(everyone) <= 2:",
    ),
    ("trustjournal/core/judgement/reflection_coach.py", "if hard and not alone:", "if hard:"),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "    if r.empty:\n        return []\n    active",
        "    if False:\n        return []\n    active",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "if a.flag is Flag.HONEST and not consulted and not asked:",
        "if a.flag in (Flag.HONEST, Flag.ONE_SIDED) and not consulted and not asked:",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "consulted = any(c.date <= end for c in f.consultations)",
        "consulted = any(True for c in f.consultations)",
    ),
    (
        "trustjournal/core/judgement/reflection_coach.py",
        "p.id in after and not after[p.id].archived",
        "p.id in after",
    ),
    (
        "trustjournal/core/judgement/reflection.py",
        "return (as_of - quarter.start).days + 1 if as_of < quarter.end else None",
        "return (as_of - quarter.start).days + 1 if as_of <= quarter.end else None",
    ),
    (
        "trustjournal/core/judgement/reflection.py",
        "return (as_of - quarter.start).days + 1 if as_of < quarter.end else None",
        "return (as_of - quarter.start).days if as_of < quarter.end else None",
    ),
    (
        "trustjournal/core/judgement/reflection.py",
        "while past < len(events) and events[past][0] <= d.date:",
        "while past < len(events) and events[past][0] < d.date:",
    ),
    (
        "trustjournal/core/judgement/reflection.py",
        "while first < past and events[first][0] < start:",
        "while first < past and events[first][0] <= start:",
    ),
    (
        "trustjournal/core/judgement/reflection.py",
        "if flag_on(people[ident], d.date, settings) is Flag.HONEST:",
        "if True:",
    ),
    (
        "trustjournal/core/judgement/reflection.py",
        "        if f.archived:\n            continue\n",
        "        pass\n",
    ),
    (
        "trustjournal/core/judgement/reflection.py",
        "            and d.discomfort >= UNCOMFORTABLE\n",
        "            and d.discomfort > UNCOMFORTABLE\n",
    ),
    (
        "trustjournal/core/judgement/reflection.py",
        "            and not talked[d.id]\n",
        "            and True\n",
    ),
    (
        "trustjournal/core/judgement/reflection.py",
        "return not self.consulted and not self.talked_with",
        "return not self.consulted",
    ),
    # The follow-up rules (core/judgement/followup.py): each threshold and each edge of "after the
    # gathering's last day, up to the as-of date".
    (FOLLOWUP, "DIALOGUE_MIN_CONVERSATIONS = 2", "DIALOGUE_MIN_CONVERSATIONS = 3"),
    (FOLLOWUP, "DIALOGUE_MIN_CONVERSATIONS = 2", "DIALOGUE_MIN_CONVERSATIONS = 1"),
    (
        FOLLOWUP,
        "len(after) >= DIALOGUE_MIN_CONVERSATIONS",
        "len(after) > DIALOGUE_MIN_CONVERSATIONS",
    ),
    (FOLLOWUP, "after[-1] > reach", "after[-1] >= reach"),
    (FOLLOWUP, "DIALOGUE_REACH_CADENCES = 1", "DIALOGUE_REACH_CADENCES = 2"),
    (FOLLOWUP, "DIALOGUE_REACH_CADENCES = 1", "DIALOGUE_REACH_CADENCES = 0"),
    (
        FOLLOWUP,
        "if days < cadence_days * WAIT_CADENCES:",
        "if days <= cadence_days * WAIT_CADENCES:",
    ),
    (FOLLOWUP, "WAIT_CADENCES = 1", "WAIT_CADENCES = 2"),
    (FOLLOWUP, "WAIT_CADENCES = 1", "WAIT_CADENCES = 0"),
    (FOLLOWUP, "elif most <= SPORADIC_MAX_FOLLOW_UPS:", "elif most < SPORADIC_MAX_FOLLOW_UPS:"),
    (FOLLOWUP, "SPORADIC_MAX_FOLLOW_UPS = 1", "SPORADIC_MAX_FOLLOW_UPS = 2"),
    (FOLLOWUP, "kept / met >= CONTINUED_SHARE_MIN", "kept / met > CONTINUED_SHARE_MIN"),
    (FOLLOWUP, "CONTINUED_SHARE_MIN = 0.2", "CONTINUED_SHARE_MIN = 0.16"),
    (FOLLOWUP, "CONTINUED_SHARE_MIN = 0.2", "CONTINUED_SHARE_MIN = 0.21"),
    (
        FOLLOWUP,
        "after = sorted(d for d in dates if end < d <= as_of)",
        "after = sorted(d for d in dates if end <= d <= as_of)",
    ),
    (
        FOLLOWUP,
        "after = sorted(d for d in dates if end < d <= as_of)",
        "after = sorted(d for d in dates if end < d < as_of)",
    ),
    (
        FOLLOWUP,
        "honest = any(end < d <= as_of for d in honest_dates)",
        "honest = any(end <= d <= as_of for d in honest_dates)",
    ),
    (
        FOLLOWUP,
        "honest = any(end < d <= as_of for d in honest_dates)",
        "honest = any(end < d < as_of for d in honest_dates)",
    ),
    (FOLLOWUP, "return gathering.end_date or gathering.start_date", "return gathering.start_date"),
]


def main(only: list[str]) -> int:
    survived = []
    for i, (path, old, new) in enumerate(MUTANTS):
        if only and str(i) not in only:
            continue
        f = ROOT / path
        src = f.read_text()
        if old not in src:
            print(f"{i:2} STALE  {path}: the code no longer reads {old!r}", flush=True)
            survived.append(i)
            continue
        f.write_text(src.replace(old, new, 1))
        try:
            r = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *TESTS],
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
