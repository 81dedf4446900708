"""The plain-language pieces the tie sentences are made of: how long ago, since when, how
many of how many, and signals as verb phrases, in the language in use (core/i18n.py).

Pure functions, no Qt; `ties` re-exports the public ones (`ago`, `since`, `said`, `MONTHS`).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from trustjournal.core.i18n import LONG_MONTHS, _, language, ngettext
from trustjournal.core.judgement.signals import BIT, SIGNALS

if TYPE_CHECKING:
    from trustjournal.core.judgement.ties import Talk

# -- how long ago, since when, how many -------------------------------------------------------


def ago(days: int) -> str:
    """'today', '5 days ago', '3 weeks ago', '7 months ago', '2 years ago'."""
    if days <= 0:
        return _("today")
    if days == 1:
        return _("yesterday")
    if days < 14:
        return ngettext("{n} day ago", "{n} days ago", days).format(n=days)
    if days < 60:
        n = days // 7
        return ngettext("{n} week ago", "{n} weeks ago", n).format(n=n)
    if days < 730:
        n = days // 30
        return ngettext("{n} month ago", "{n} months ago", n).format(n=n)
    n = days // 365
    return ngettext("{n} year ago", "{n} years ago", n).format(n=n)


MONTHS = LONG_MONTHS  # the month names, marked for translation once (core/i18n.py)


def month_name(date: dt.date) -> str:
    """The month's name in the language in use (not the C library's locale)."""
    return _(MONTHS[date.month - 1])


def since(start: dt.date, as_of: dt.date) -> str:
    return _since(start, as_of, language())


@functools.lru_cache(maxsize=64)  # one window for every person of an assessment
def _since(start: dt.date, as_of: dt.date, _language: str) -> str:
    month = month_name(start)
    if start.year == as_of.year:
        return _("since {month}").format(month=month)
    return _("since {month} {year}").format(month=month, year=start.year)


def of_conversations(count: int, total: int) -> str:
    """'3 of 4 conversations'."""
    return ngettext(
        "{count} of {total} conversation", "{count} of {total} conversations", total
    ).format(count=count, total=total)


def of_occasions(count: int, total: int) -> str:
    """'2 of 3 occasions'."""
    return ngettext("{count} of {total} occasion", "{count} of {total} occasions", total).format(
        count=count, total=total
    )


def counted(talks: Iterable[Talk], group: int) -> list[tuple[str, int]]:
    """(phrase, conversations) for each signal of `group` on `talks`, most frequent first."""
    found = [
        (s.phrase, sum(1 for t in talks if t.signals & BIT[s.code]))
        for s in SIGNALS
        if BIT[s.code] & group
    ]
    return sorted(((p, n) for p, n in found if n), key=lambda pn: -pn[1])


def said(signals: int) -> str:
    """The signals among `signals` as verb phrases: 'challenged your framing and admitted
    doubt'."""
    return and_list([s.phrase for s in SIGNALS if BIT[s.code] & signals])


def doings(counted: Sequence[tuple[str, int]], extra: Sequence[str] = ()) -> str:
    """'gave honest feedback in 3 conversations and challenged your framing in 1'."""
    parts = [
        ngettext("{phrase} in {n} conversation", "{phrase} in {n} conversations", n).format(
            phrase=phrase, n=n
        )
        if i == 0
        else _("{phrase} in {n}").format(phrase=phrase, n=n)
        for i, (phrase, n) in enumerate(counted)
    ] + list(extra)
    return and_list(parts)


def and_list(parts: Sequence[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return _("{list} and {last}").format(list=", ".join(parts[:-1]), last=parts[-1])
