"""The reports: `ties` (which ties carry honesty, which only polish), `next` (what to do
next) and `reflect` (the quarterly reflection). The words and rules are the core's; this
only prints them."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import Any

from trustjournal.cli.common import EXIT_OK, open_journal, print_json
from trustjournal.core.i18n import N_, _, day_text


def cmd_ties(args: argparse.Namespace) -> int:
    from trustjournal.core.judgement import ties

    as_of = args.as_of or dt.date.today()
    with open_journal(args, readonly_if_busy=True) as journal:
        settings = journal.tie_settings()  # the cadence chosen for this journal
        assessed = journal.assess_ties(as_of, settings)
    summary = ties.capacity(assessed, as_of, settings)
    shown = [a for a in assessed if args.all or not a.archived]
    if args.flag:
        shown = [a for a in shown if a.flag == args.flag]
    shown.sort(key=ties.by_depth)
    if args.json:
        print_json(_ties_json(shown, summary, as_of))
        return EXIT_OK
    print(_ties_text(shown, summary, as_of, ties))
    return EXIT_OK


def cmd_next(args: argparse.Namespace) -> int:
    from trustjournal.core.judgement.next_steps import KIND_LABELS

    as_of = args.as_of or dt.date.today()
    with open_journal(args, readonly_if_busy=True) as journal:
        steps = journal.next_steps(as_of)
    if args.json:
        print_json(
            [
                {
                    "kind": str(s.kind),
                    "person": s.person.name if s.person is not None else None,
                    "reason": s.reason,
                    "due": s.due.isoformat() if s.due is not None else None,
                    "candidates": [p.name for p in s.candidates],
                    "key": s.key,
                }
                for s in steps
            ]
        )
        return EXIT_OK
    if not steps:
        print(
            _(
                "Nothing to do as of {date}: no honest tie is about to fade, no gathering's "
                "window is closing, no uncomfortable decision waits alone."
            ).format(date=day_text(as_of))
        )
        return EXIT_OK
    print(_("Next steps as of {date} ({n}):").format(date=day_text(as_of), n=len(steps)))
    for i, s in enumerate(steps, 1):
        when = _(" · by {date}").format(date=day_text(s.due)) if s.due is not None else ""
        print(f"{i:>3}. {KIND_LABELS[s.kind]}{when}")
        print(f"     {s.reason}")
    return EXIT_OK


def _ties_json(shown: Sequence[Any], summary: Any, as_of: dt.date) -> dict[str, Any]:
    def day(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "as_of": as_of.isoformat(),
        "ties": [
            {
                "person": a.person.name,
                "person_id": a.person.id,
                "flag": str(a.flag),
                "roles": [str(r) for r in a.roles],
                "roles_early_evidence": a.early_roles,
                "reasons": list(a.reasons),
                "conversations": a.conversations,
                "honest_conversations": a.honest_conversations,
                "last_conversation": day(a.last_conversation),
                "last_honest_conversation": day(a.last_honest_conversation),
                "cadence_days": a.cadence_days,
                "my_few": a.my_few,
            }
            for a in shown
        ],
        "summary": {
            "counts": {str(flag): n for flag, n in summary.counts.items()},
            "honest": summary.honest,
            "others": summary.others,
            "notes": list(summary.notes),
            "few": summary.few,
            "few_honest": summary.few_honest,
        },
    }


_ROLE_WORDS = {  # the roles' short words in the table, translated when shown
    "call_when_uncomfortable": N_("call"),
    "challenges_framing": N_("challenges"),
    "understands_constraints": N_("constraints"),
}


def _ties_text(shown: Sequence[Any], summary: Any, as_of: dt.date, ties: Any) -> str:
    lines = [_("Ties as of {date}").format(date=day_text(as_of))]
    width = max((len(a.person.name) for a in shown), default=0)
    lasts = {
        id(a): day_text(a.last_conversation) if a.last_conversation else _("never") for a in shown
    }
    last_width = max((len(last) for last in lasts.values()), default=0)
    for flag in ties.FLAG_ORDER:
        group = [a for a in shown if a.flag is flag]
        if not group:
            continue
        lines += ["", _("{label} ({n})").format(label=ties.FLAG_LABELS[flag], n=len(group))]
        for a in group:
            roles = ", ".join(_(_ROLE_WORDS[r]) for r in a.roles)
            if a.early_roles:
                roles = _("so far: {roles}").format(roles=roles)
            last = _("last {date}").format(date=f"{lasts[id(a)]:<{last_width}}")
            lines.append(
                f"  {a.person.name:<{width}}  {('[' + roles + ']') if a.roles else '':<41}"
                f"  {last}  {a.reasons[0]}"
            )
    if not shown:
        lines += ["", _("No ties to show.")]
    lines += ["", ties.capacity_sentence(summary)]
    lines += [_("Note: {note}.").format(note=note) for note in summary.notes]
    return "\n".join(lines)


def cmd_reflect(args: argparse.Namespace) -> int:
    import shutil

    from trustjournal.core.judgement import reflection_report
    from trustjournal.core.judgement.quarters import check_started, last_complete

    as_of = args.as_of or dt.date.today()
    quarter = check_started(args.quarter or last_complete(as_of), as_of)  # before the passphrase
    with open_journal(args, readonly_if_busy=True) as journal:
        found = journal.reflect(quarter, as_of)
    if args.json:
        print_json(reflection_report.as_json(found, with_written=args.with_written))
        return EXIT_OK
    width = min(shutil.get_terminal_size().columns, 100)
    print(reflection_report.as_text(found, width, with_written=args.with_written))
    return EXIT_OK
