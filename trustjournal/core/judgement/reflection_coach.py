"""What the reflection says in sentences: the takeaways, and what a coach would point out.

Pure functions of a computed `reflection.Reflection` (no journal, no clock, no Qt). Every
sentence is drawn from numbers the reflection already holds and carries the evidence
behind it; the thresholds are named below and docs/tie-rules.md ("The quarterly
reflection") explains them. The vocabulary is the essay's: who you could call when a
decision is uncomfortable, who challenges your framing, whether a few deep relationships
hold the whole bench.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from trustjournal.core.i18n import N_, _, day_text, ngettext
from trustjournal.core.judgement import followup
from trustjournal.core.judgement.reflection import (
    CoachNote,
    Decision,
    Gathering,
    Reflection,
    TieChange,
)
from trustjournal.core.judgement.reflection_facts import ConversationFact
from trustjournal.core.judgement.ties import (
    ASKED_FOR_HELP,
    FLAG_LABELS,
    FLAG_WORDS,
    ROLE_LABELS,
    SHARED,
    THEY,
    VALIDATED,
    Flag,
    Role,
    TieAssessment,
    TieFacts,
)
from trustjournal.core.records import PersonRef

# -- the thresholds (docs/tie-rules.md, "The quarterly reflection") ---------------------------

SHARE_SHIFT = 0.10  # a change in the honest share worth a sentence (ten percentage points)
OPENED_UP_LOW = 0.20  # you opened up in fewer than this share of conversations: worth saying
# One person consulted on more than this share of the year's uncomfortable decisions…
BENCH_SHARE = 0.5
# …counted once the year holds at least this many of them: "one person is your whole bench".
BENCH_MIN_DECISIONS = 3
# Conversations of the quarter marked "validated without challenge", with no challenge or
# honest feedback in any of them, before someone is named as only validating you.
VALIDATOR_MIN = 2
# Uncomfortable decisions faced alone over the trailing year that make a pattern worth a note.
ALONE_PATTERN = 2
# Decisions faced alone named one by one in the takeaways, and asked about in prompts; the
# rest are counted in one sentence (a quarter of dozens would bury everything else).
ALONE_NAMED = 5
ALONE_PROMPTS = 3

KINDS = ("prompt", "bench", "untapped", "validators", "alone_year", "history")


# -- wording --------------------------------------------------------------------------------


def names(refs: Sequence[PersonRef], most: int = 3) -> str:
    """'Lin Wu', 'Lin Wu and Grace Fletcher', 'A, B, C and 2 more'."""
    shown = [r.name for r in refs[:most]]
    if not shown:
        return ""
    if len(refs) > most:
        shown.append(_("{n} more").format(n=len(refs) - most))
    if len(shown) == 1:
        return shown[0]
    return _("{list} and {last}").format(list=", ".join(shown[:-1]), last=shown[-1])


def _quoted(title: str) -> str:
    return _("“{title}”").format(title=title)


def _titles(decisions: Sequence[Decision]) -> str:
    return names([PersonRef(d.id, _quoted(d.title)) for d in decisions], most=2)


def _percent(share: float) -> str:
    return _("{n} %").format(n=round(share * 100))


def alone_sentence(d: Decision) -> str:
    """An uncomfortable decision nobody was consulted on, said as what it is: decided alone,
    or still open; and whether someone was there to call."""
    there = names(d.could_call)
    if d.open:
        if d.could_call:
            return _(
                "“{title}” is still open and you have consulted nobody yet; {there} could help."
            ).format(title=d.title, there=there)
        return _("“{title}” is still open and you have consulted nobody yet.").format(title=d.title)
    if d.could_call:
        return ngettext(
            "You decided “{title}” alone, although {there} was there to call.",
            "You decided “{title}” alone, although {there} were there to call.",
            len(d.could_call),
        ).format(title=d.title, there=there)
    return _("You decided “{title}” alone: no honest tie held the call role then.").format(
        title=d.title
    )


def most_telling(alone: Sequence[Decision], most: int) -> list[Decision]:
    """At most `most` of the decisions faced alone, in date order: still open ones first
    (there is time to call), then those with an honest tie there to call, then the most
    uncomfortable, then the latest."""
    chosen = sorted(
        alone, key=lambda d: (not d.open, not d.could_call, -d.discomfort, -d.date.toordinal())
    )[:most]
    return sorted(chosen, key=lambda d: (d.date, d.id))


def _more_alone(rest: Sequence[Decision]) -> str:
    n = len(rest)
    there = sum(1 for d in rest if d.could_call)
    if not there:
        return ngettext(
            "{n} more uncomfortable decision was faced alone.",
            "{n} more uncomfortable decisions were faced alone.",
            n,
        ).format(n=n)
    if n == 1:
        return _(
            "{n} more uncomfortable decision was faced alone, although an honest tie was there "
            "to call."
        ).format(n=n)
    return _(
        "{n} more uncomfortable decisions were faced alone; for {there} of them an honest tie "
        "was there to call."
    ).format(n=n, there=there)


# -- takeaways: plain sentences, each drawn from the numbers of the reflection ----------------


def takeaways(r: Reflection) -> list[str]:
    """What the quarter's numbers say, most important first; nothing that is not in them."""
    if r.empty:
        return []
    out: list[str] = []
    hard = r.decisions.uncomfortable
    alone = [d for d in hard if d.alone]
    named = most_telling(alone, ALONE_NAMED)
    out += [alone_sentence(d) for d in named]
    if len(alone) > len(named):
        out.append(_more_alone([d for d in alone if d not in named]))
    if hard and not alone:
        out.append(
            _("Every uncomfortable decision ({n}) was brought to someone.").format(n=len(hard))
        )
    only_polish = [d for d in hard if d.polish_talks and not d.honest_talks]
    if only_polish:
        out.append(
            _(
                "The hard trade-off {titles} was discussed only in polish: "
                "no failure, doubt or shared pressure in those conversations."
            ).format(titles=_titles(only_polish))
            if len(only_polish) == 1
            else _("The hard trade-offs {titles} were discussed only in polish.").format(
                titles=_titles(only_polish)
            )
        )
    out += _conversation_takeaways(r)
    for g in r.gatherings:
        if g.verdict is followup.Verdict.NETWORKING:
            out.append(
                _("{gathering} functioned as a networking event: {followed}.").format(
                    gathering=g.name, followed=_followed(g)
                )
            )
        elif g.verdict is followup.Verdict.BUILT_RELATIONSHIPS:
            out.append(
                _("{gathering} built relationships: {followed}.").format(
                    gathering=g.name, followed=_followed(g)
                )
            )
    t = r.ties
    if t.faded or t.deepened:
        out.append(_tie_sentence(t.deepened, t.faded))
    out.extend(note if note.endswith(".") else note + "." for note in r.capacity.notes)
    return out


_QUESTION = {
    Role.CALL_WHEN_UNCOMFORTABLE: N_("was there to call on an uncomfortable decision"),
    Role.CHALLENGES_FRAMING: N_("challenged your framing"),
    Role.UNDERSTANDS_CONSTRAINTS: N_("showed they understood your constraints"),
}


def _conversation_takeaways(r: Reflection) -> list[str]:
    c = r.conversations
    if not c.this.total:
        return []
    out: list[str] = []
    if not any(r.practical_test.values()):
        out.append(
            _(
                "Nobody answered the practical test this quarter: no one you could call on an "
                "uncomfortable decision, challenged your framing or understood your constraints."
            )
        )
    else:
        missing = [_(_QUESTION[role]) for role, found in r.practical_test.items() if not found]
        if missing:
            out.append(_("Nobody {what} this quarter.").format(what=_(" or ").join(missing)))
    before = c.compared  # a quarter in progress against the same days of the one before
    now, then = c.this.share(c.this.honest), before.share(before.honest)
    if before.total and round(abs(now - then), 9) >= SHARE_SHIFT:  # 60 % - 50 % is 0.0999…
        span = (
            ngettext(
                "; the first {n} day of each quarter",
                "; the first {n} days of each quarter",
                c.days,
            ).format(n=c.days)
            if c.days
            else ""
        )
        sentence = (
            _(
                "Honest conversations rose from {then} to {now} of your conversations "
                "({honest} of {total}{span})."
            )
            if now > then
            else _(
                "Honest conversations fell from {then} to {now} of your conversations "
                "({honest} of {total}{span})."
            )
        )
        out.append(
            sentence.format(
                then=_percent(then),
                now=_percent(now),
                honest=c.this.honest,
                total=c.this.total,
                span=span,
            )
        )
    mine = c.this.share(c.this.i_honest)
    if mine < OPENED_UP_LOW:
        sentence = (
            _(
                "You opened up in {mine} of {total} conversations so far ({share}): people can "
                "only challenge what you show them."
            )
            if c.days
            else _(
                "You opened up in {mine} of {total} conversations ({share}): people can only "
                "challenge what you show them."
            )
        )
        out.append(sentence.format(mine=c.this.i_honest, total=c.this.total, share=_percent(mine)))
    return out


def _followed(g: Gathering) -> str:
    met = len(g.ongoing) + len(g.sporadic) + len(g.none)
    if g.ongoing:
        if met == 1:
            return _("the one person you met is still in dialogue with you")
        return ngettext(
            "{n} of the {met} people you met is still in dialogue with you",
            "{n} of the {met} people you met are still in dialogue with you",
            len(g.ongoing),
        ).format(n=len(g.ongoing), met=met)
    if g.sporadic:
        if met == 1:
            return _("the one person you met got a follow-up and then silence")
        return _("of the {met} people you met, {n} got a follow-up and then silence").format(
            met=met, n=len(g.sporadic)
        )
    if met == 1:
        return _("the one person you met never heard from you again")
    return _("none of the {met} people you met heard from you again").format(met=met)


def _now(change: TieChange) -> PersonRef:
    """The person, with their flag when it is not the obvious one (honest, or fading)."""
    if change.after in (Flag.HONEST, Flag.FADING):
        return change.person
    label = FLAG_WORDS[change.after]
    return PersonRef(
        change.person.id, _("{name}, now {flag}").format(name=change.person.name, flag=label)
    )


def _tie_sentence(deepened: Sequence[TieChange], faded: Sequence[TieChange]) -> str:
    parts = []
    if deepened:
        parts.append(
            _("{n} deepened ({names})").format(
                n=len(deepened), names=names([_now(c) for c in deepened])
            )
        )
    if faded:
        parts.append(
            _("{n} faded ({names})").format(n=len(faded), names=names([_now(c) for c in faded]))
        )
    return _("Ties this quarter: {parts}.").format(parts="; ".join(parts))


# -- what a coach would add -------------------------------------------------------------------


def notes(
    r: Reflection,
    after: Mapping[int, TieAssessment],
    people: Mapping[int, TieFacts],
    conversations: Sequence[ConversationFact],
) -> list[CoachNote]:
    """Questions and patterns worth a coach's attention, each with its evidence: prompts on
    the decisions faced alone, a bench of one, honest ties never brought a decision, people
    who only validate, decisions faced alone over the year, and who stopped answering the
    practical test. `after` are the ties at the quarter's end, `people` the tie facts,
    `conversations` those of the quarter."""
    if r.empty:
        return []
    active = {i: a for i, a in after.items() if not a.archived and a.conversations}
    return [
        *_prompts(r),
        *_bench(r, after),
        *_untapped(r, active, people),
        *_validators(conversations, people),
        *_alone_year(r),
        *_history(r, after),
    ]


def _prompts(r: Reflection) -> Iterable[CoachNote]:
    alone = [d for d in r.decisions.uncomfortable if d.alone]
    for d in most_telling(alone, ALONE_PROMPTS):
        facts = _("{date} · discomfort {n} of 5 · nobody consulted").format(
            date=day_text(d.date), n=d.discomfort
        )
        if d.could_call:
            first = d.could_call[0].name
            text = (
                _("“{title}” is still open: what would {first} say if you called today?")
                if d.open
                else _("You decided “{title}” alone: what stopped you calling {first}?")
            ).format(title=d.title, first=first)
            held = ngettext(
                "{names} held the call role then, as an honest tie",
                "{names} held the call role then, as honest ties",
                len(d.could_call),
            ).format(names=names(d.could_call))
            yield CoachNote("prompt", text, (facts, held), d.could_call)
        else:
            yield CoachNote(
                "prompt",
                _(
                    "You faced “{title}” with nobody to call: who would you want to be able to "
                    "call next time?"
                ).format(title=d.title),
                (
                    facts,
                    _("No honest tie held the call role on {date}").format(date=day_text(d.date)),
                ),
            )


def _bench(r: Reflection, after: Mapping[int, TieAssessment]) -> Iterable[CoachNote]:
    """One person answering the whole practical test of the quarter, or consulted on most of
    the year's uncomfortable decisions (and nobody as often)."""
    answered = {role: r.practical_test.get(role, ()) for role in Role}
    everyone = {a.person.id: a.person for found in answered.values() for a in found}
    if len(everyone) == 1:
        ((ident, only),) = everyone.items()
        held = [role for role in Role if answered[role]]
        flag = FLAG_LABELS[after[ident].flag] if ident in after else ""
        yield CoachNote(
            "bench",
            (
                _(
                    "One person is your whole bench: {name} answered every question of the "
                    "practical test this quarter, and nobody else answered any."
                )
                if len(held) == len(Role)
                else _(
                    "One person is your whole bench: {name} was the only one to answer the "
                    "practical test this quarter, and nobody else answered any."
                )
            ).format(name=only.name),
            tuple(
                _("{role}: only {name} ({flag})").format(
                    role=ROLE_LABELS[role], name=only.name, flag=flag
                )
                for role in held
            ),
            (only,),
        )
        return
    hard = r.decisions_year.uncomfortable
    asked = Counter(p for d in hard for p in d.consulted).most_common(2)
    if len(hard) < BENCH_MIN_DECISIONS or not asked:
        return
    (top, count), *rest = asked
    if count / len(hard) > BENCH_SHARE and not (rest and rest[0][1] == count):
        yield CoachNote(
            "bench",
            _(
                "One person is your whole bench: you consulted {name} on {count} of your "
                "{total} uncomfortable decisions over the last year."
            ).format(name=top.name, count=count, total=len(hard)),
            tuple(
                _("{date} · “{title}” · {who}").format(
                    date=day_text(d.date),
                    title=d.title,
                    who=_("consulted {names}").format(names=names(d.consulted))
                    if d.consulted
                    else _("nobody consulted"),
                )
                for d in hard
            ),
            (top,),
        )


def _untapped(
    r: Reflection, active: Mapping[int, TieAssessment], people: Mapping[int, TieFacts]
) -> Iterable[CoachNote]:
    if not r.decisions_year.all:  # no decisions this year: nothing to bring to anyone
        return
    end = min(r.as_of, r.quarter.end)
    found = []
    for ident, a in active.items():
        f = people[ident]
        consulted = any(c.date <= end for c in f.consultations)
        asked = any(t.signals & ASKED_FOR_HELP for t in f.talks if t.date <= end)
        if a.flag is Flag.HONEST and not consulted and not asked:
            found.append(a)
    if found:
        found.sort(key=lambda a: a.person.name.casefold())
        refs = [a.person for a in found]
        yield CoachNote(
            "untapped",
            ngettext(
                "{names} is an honest tie you have never brought a decision: they could tell "
                "you what they think.",
                "{names} are honest ties you have never brought a decision: they could tell "
                "you what they think.",
                len(refs),
            ).format(names=names(refs)),
            tuple(
                _("{name}: {reason}; no decision, no help asked").format(
                    name=a.person.name, reason=a.reasons[0]
                )
                for a in found
            ),
            tuple(refs),
        )


def _validators(
    conversations: Sequence[ConversationFact], people: Mapping[int, TieFacts]
) -> Iterable[CoachNote]:
    validated: Counter[int] = Counter()
    talked: Counter[int] = Counter()
    tested: set[int] = set()
    for c in conversations:
        for ident in c.people:
            talked[ident] += 1
            if c.signals & VALIDATED:
                validated[ident] += 1
            if c.signals & (THEY | SHARED):  # any honesty of theirs is more than agreeing
                tested.add(ident)
    found = [
        (people[i].person, n)
        for i, n in validated.items()
        if n >= VALIDATOR_MIN and i not in tested and i in people and not people[i].archived
    ]
    if not found:
        return
    found.sort(key=lambda pn: (-pn[1], pn[0].name.casefold()))
    refs = [p for p, _ in found]
    yield CoachNote(
        "validators",
        _(
            "Only validating you this quarter: {names}. Agreement is pleasant; it tests "
            "nothing you decide."
        ).format(names=names(refs)),
        tuple(
            ngettext(
                "{name}: validated without challenge in {n} of {total} conversation, never an "
                "honest word of their own",
                "{name}: validated without challenge in {n} of {total} conversations, never an "
                "honest word of their own",
                talked[p.id],
            ).format(name=p.name, n=n, total=talked[p.id])
            for p, n in found
        ),
        tuple(refs),
    )


def _alone_year(r: Reflection) -> Iterable[CoachNote]:
    hard = r.decisions_year.uncomfortable
    alone = [d for d in hard if d.alone]
    if len(alone) < ALONE_PATTERN:
        return
    yield CoachNote(
        "alone_year",
        (
            _(
                "Over the last year you faced all {total} of your uncomfortable decisions "
                "alone: who is the person you would want to call next time?"
            )
            if len(alone) == len(hard)
            else _(
                "Over the last year you faced {n} of your {total} uncomfortable decisions "
                "alone: who is the person you would want to call next time?"
            )
        ).format(n=len(alone), total=len(hard)),
        tuple(
            _("{date} · “{title}” · {who}").format(
                date=day_text(d.date),
                title=d.title,
                who=_("still open") if d.open else _("decided"),
            )
            for d in alone
        ),
    )


def _history(r: Reflection, after: Mapping[int, TieAssessment]) -> Iterable[CoachNote]:
    """For each question, how its answers changed: who answered it earlier in the year but
    not this quarter, and who answered it this quarter for the first time this year."""
    if len(r.history) < 2:
        return
    *earlier, this = r.history
    for role in Role:
        now = {p.id: p for p in this.answers[role]}
        before: defaultdict[PersonRef, list[str]] = defaultdict(list)
        for q in earlier:
            for p in q.answers[role]:
                before[p].append(str(q.quarter))
        gone = sorted(
            (p for p in before if p.id not in now and p.id in after and not after[p.id].archived),
            key=lambda p: p.name.casefold(),
        )
        seen = {p.id for p in before}
        new = sorted((p for i, p in now.items() if i not in seen), key=lambda p: p.name.casefold())
        parts = []
        if gone:
            parts.append(
                (
                    _("{names} answered earlier in the year, not yet this quarter")
                    if r.in_progress
                    else _("{names} answered earlier in the year, not this quarter")
                ).format(names=names(gone))
            )
        if new and earlier:
            parts.append(
                _("{names} answered for the first time this year").format(names=names(new))
            )
        if parts:
            yield CoachNote(
                "history",
                _("{role}: {parts}.").format(role=ROLE_LABELS[role], parts="; ".join(parts)),
                tuple(f"{p.name}: {', '.join(before[p])}" for p in gone)
                + tuple(
                    _("{name}: {quarter} only").format(name=p.name, quarter=this.quarter)
                    for p in new
                ),
                tuple(gone) + tuple(new),
            )
