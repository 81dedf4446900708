"""From a cue and its scope to signals: the one table that says what each kind of cue
becomes for each actor, when negated, hedged, only thought, or said with sarcasm.

The rules, in words (docs/suggestions.md has the examples):

- Honesty I bring (`i_shared_failure`, `i_admitted_doubt`) needs me to have *said* it in
  the conversation: "I told her…", "I admitted…", "Told M re: reorg…", my own quotation.
  "Not sure he's being straight with me" is a thought, not a signal.
- Honesty they bring needs them as the subject (or speaker of the quotation) and is
  dropped when the sentence is only my thought ("I suspect she's unsure") or sarcastic
  ("Apparently his culture is 'perfect'. Right.").
- "we both…", "neither of us…" make shared context and count for both sides.
- A negated cue is absent ("she didn't admit any doubt"); some denials are signals of
  their own: a challenge that did not happen ("no pushback at all", "didn't challenge me
  once") is `validated_only`; my not sharing ("I didn't tell him how far") is
  `i_kept_it_polished`.
- Feedback read from its content ("said I'm moving too slowly") counts only when a
  speech frame or quotation shows that *they* said it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trustjournal.core.suggest import lexicon as lx
from trustjournal.core.suggest.lazyre import lazy
from trustjournal.core.suggest.scope import BOTH, GROUP, ME, NONE, THEM, WE, Scope

# Strength modifiers: a hedge ("maybe", "sort of"), an actor only implied by a dropped
# subject, a habit rather than this conversation ("usually she just nods").
HEDGE_FACTOR = 0.75
IMPLIED_FACTOR = 0.85
HABITUAL_FACTOR = 0.4
NEGATED_FACTOR = 0.85

_HONESTY_THEM_KINDS = frozenset(
    {lx.FAIL, lx.DOUBT, lx.REGRET, lx.FEEDBACK, lx.EVALUATION, lx.CHALLENGE, lx.UNDERSTOOD}
)

# Cues that a question or a condition only mentions ("asked whether she has any doubts").
_ASKABLE = frozenset({lx.FAIL, lx.DOUBT, lx.REGRET, lx.CHALLENGE, lx.SIMILAR, lx.FEEDBACK})

_SELF_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    lx.FAIL: {
        ME: ("i_shared_failure",),
        WE: ("i_shared_failure",),
        THEM: ("they_shared_failure",),
        BOTH: ("similar_failures", "i_shared_failure", "they_shared_failure"),
    },
    lx.DOUBT: {
        ME: ("i_admitted_doubt",),
        WE: ("i_admitted_doubt",),
        THEM: ("they_admitted_doubt",),
        BOTH: ("i_admitted_doubt", "they_admitted_doubt"),
    },
    lx.REGRET: {
        ME: ("i_shared_failure",),
        THEM: ("they_voiced_regret",),
        BOTH: ("i_shared_failure", "they_voiced_regret"),
    },
}

_ANY_ACTOR: dict[str, tuple[str, ...]] = {
    lx.TRADEOFF: ("comparable_tradeoffs",),
    lx.PARALLEL: ("parallel_pressures",),
    lx.TRANSACT: ("transactional",),
    lx.SURFACE: ("surface_talk",),
}


@dataclass(frozen=True)
class Verdict:
    signals: tuple[str, ...]
    factor: float
    # Where the evidence starts when it is not the cue itself: a denial that is a signal
    # of its own shows its negator too ("didn't share", "No pushback").
    start: int | None = None


NOTHING = Verdict((), 0.0)


# "He didn't regret the layoff, he said, only the timing": the denial moves the regret.
_CONTRAST = lazy(
    r"[,;\u2014\u2013-]\s*(?:(?:he|she|they)\s+said,?\s*)?(?:only|just|but|except)\s+"
    r"(?:the|his|her|their|about|for)\b",
    re.IGNORECASE,
)
_REFUSED = lazy(r"[\w']*(?:n't|not|never)\s+(?:\w+\s+)?(?:accept|buy|agree\s+with)\b")
# Praise aimed at something of mine (a plan, a deck) tests nothing: validation.
_MY_THING = lazy(
    r"\b(?:my|our|the|this)\s+(?:[\w-]+\s+){0,2}?(?:plan|deck|memo|strategy|model|reorg|draft|"
    r"proposal|pitch|idea|approach|slides?|numbers|forecast|budget|roadmap)\b|"
    # Any work of mine shown for a verdict: "our annual report", "my explanation", "the menu".
    r"\b(?:my|our|the|this)\s+(?:[\w-]+\s+){0,2}?(?:report|paper|menu|film|schedule|programme|"
    r"program|charter|platform|document|doc|explanation|redesign|design|data\s+room|brand|"
    r"trailer|cut|website|app|reorgani[sz]ation|business\s+case|case|plans|pricing)\b|"
    r"\b(?:i\s+)?(?:showed|show|sent|send|presented|present|pitched)\s+(?:\w+\s+){0,2}?"
    r"(?:the|my|our|final|new)\b|\beverything\s+i(?:'d|\s+had)?\s+(?:planned|proposed|present)|"
    r"\bevery\s+(?:slide|page|line|idea|word|number)\b|\beverything\s+i\s+(?:write|say|do|send|show)|\b(?:send|ship)\s+it\b|"
    r"\bhas\s+not\s+seen\s+my|\bwithout\s+(?:even\s+)?(?:reading|opening)|\bw/o\s+reading",
    re.IGNORECASE,
)


# Praise that speaks to me ("'Great job!'", "'go for it'") validates me.
_TO_ME = lazy(r"['\"][^'\"\n]{0,50}?\b(?:job|work|you|your|go\s+for\s+it|ship\s+it|send\s+it)\b")
_ASKED_FOR = lazy(
    r"\b(?:asked|ask|asking|wanted|want)\s+(?:\w+\s+)?for\s+(?:\w+'s\s+|his\s+|her\s+|their\s+)?$"
)
_MY_PUSHBACK = lazy(r"\b(?:how|when|whether|where|me|us)\s+to\s+$")
_TOLD_ME_HOW = lazy(r"(?:told|tell|gave)\s+(?:me|it\s+to\s+me)\s")

# Feedback read from its content must be about me or mine ("said my deck buries the churn").
_ABOUT_ME = lazy(
    r"\b(?:i|i'm|i've|i'd|my|me|you|your|you're|you've|you'd|our|we're|we've)\b|\bslide\s+\d"
)

_YOU = lazy(r"\b(?:you|your|you're|you've|you'd|yours)\b")


def _about_me(scope: Scope, si: int, start: int) -> bool:
    """Whether the sentence speaks of me or mine. In their quotation, or after their "Him:"
    label, "I" and "my" are theirs ("'I was too proud,' he said"): only "you" is me."""
    sent = scope.doc.sentences[si]
    quote = scope.doc.quote_at(start)
    if quote is not None and scope.quote_speaker(quote, si) == THEM:
        if _YOU.search(scope.low, quote.start, quote.end):
            return True
        return bool(
            _ABOUT_ME.search(scope.low, sent.start, quote.start)
            or _ABOUT_ME.search(scope.low, quote.end, sent.end)
        )
    if quote is None and scope.label_at(si, start) == THEM:
        return _YOU.search(scope.low, sent.start, sent.end) is not None
    return _ABOUT_ME.search(scope.low, sent.start, sent.end) is not None


# Praise of their own company is success signalled, not validation of mine.
_THEIR_THING = lazy(
    r"\b(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:company|companies|culture|team|quarter|year|"
    r"business|division|integration|round|numbers|growth|startup|firm|fund|portfolio|results?|"
    r"pipeline|launch|product|board)\b|\bat\s+(?:his|her|their)\s+(?:company|place|firm)"
)


def _near_my_thing(scope: Scope, si: int) -> bool:
    lo = scope.doc.sentences[max(0, si - 2)].start
    hi = scope.doc.sentences[min(len(scope.doc.sentences) - 1, si + 1)].end
    return _MY_THING.search(scope.text, lo, hi) is not None


def judge(kind: str, scope: Scope, si: int, start: int, sarcastic: bool) -> Verdict:
    """The signals a cue of `kind` at `start` (sentence `si`) shows, with a strength factor."""
    negator = scope.negated(si, start, start)
    negated = negator is not None
    if negated and kind == lx.REGRET:
        sent = scope.doc.sentences[si]
        if _CONTRAST.search(scope.text, start, sent.end):
            negated = False
    if negator is not None and kind == lx.CHALLENGE and _REFUSED.match(scope.low, negator.start):
        # "She didn't accept my framing": refusing my framing is the challenge itself.
        negated = False
    verdict = _signals(kind, scope, si, start, negated, sarcastic)
    if not verdict.signals:
        return NOTHING
    factor = verdict.factor
    if scope.hedged(si, start):
        factor *= HEDGE_FACTOR
    if scope.habitual(si, start):
        factor *= HABITUAL_FACTOR
    shown_from = negator.start if negated and negator is not None else None
    if kind not in (lx.WITHHELD, lx.CHALLENGE):
        shown_from = None
    return Verdict(verdict.signals, factor, shown_from)


def _signals(
    kind: str, scope: Scope, si: int, start: int, negated: bool, sarcastic: bool
) -> Verdict:
    if sarcastic and kind in _HONESTY_THEM_KINDS:
        return NOTHING
    if kind in (lx.FEEDBACK, lx.CHALLENGE) and scope.scare_quoted(start):
        # "'Honest feedback' from Rory": the quotation marks doubt the words.
        return NOTHING
    if kind in _ASKABLE and (scope.asked_about(si, start) or _my_direct_question(scope, si, start)):
        return NOTHING
    if kind == lx.FAIL and _an_option(scope, si, start):
        return NOTHING
    if kind == lx.DOUBT and _group_feels(scope, si, start):
        return NOTHING
    if kind in _ANY_ACTOR:
        if kind == lx.SURFACE and _in_advice_frame(scope, si):
            return NOTHING
        if kind == lx.TRANSACT and _wanted_by_stakeholder(scope, si, start):
            return NOTHING
        if kind == lx.TRANSACT and scope.hypothetical(si, start):
            # "I'd gone in meaning to ask her for an intro": the ask never happened.
            return NOTHING
        return NOTHING if negated else Verdict(_ANY_ACTOR[kind], 1.0)
    if kind in _SELF_KINDS:
        if negated:
            return NOTHING
        actor, explicit = scope.actor_at(si, start)
        table = _SELF_KINDS[kind]
        if actor in (ME, WE):
            if not scope.i_said(si, start) or (
                scope.private(si, start) and not scope.i_said_before(si, start)
            ):
                return NOTHING
            if kind == lx.DOUBT and _premise_of_my_question(scope, si, start):
                return NOTHING
        elif actor == THEM:
            if scope.private(si, start) or scope.unsaid_after(si):
                return NOTHING
            sent_start = scope.doc.sentences[si].start
            if kind != lx.REGRET and (
                _HEARSAY.search(scope.low, sent_start, start)
                or _HEARD_FIRST.match(scope.low, sent_start)
            ):
                return NOTHING
        elif actor != BOTH:
            return NOTHING
        return Verdict(table.get(actor, ()), 1.0 if explicit else IMPLIED_FACTOR)
    if kind == lx.SIMILAR:
        if negated:
            return NOTHING
        if _ABOUT_THEIRS.match(scope.low, start) and not (
            _near_failure(scope, si) and scope.i_spoke_near(si)
        ):
            return NOTHING
        if _SAME_PLAY.match(scope.low, start) and not _near_failure(scope, si):
            # "the same playbook on both of us": tactics used on both, not a failure alike.
            return NOTHING
        actor, _ = scope.actor_at(si, start)
        if actor == BOTH:
            return Verdict(("similar_failures", "they_shared_failure", "i_shared_failure"), 1.0)
        speaker, framed = scope.speaker_at(si, start)
        if actor in (ME, WE) and not (framed and speaker == THEM):
            # "I told him mine's on the same path": my failure, told as like theirs.
            if scope.i_said(si, start):
                return Verdict(("similar_failures", "i_shared_failure"), 1.0)
            return Verdict(("similar_failures",), 0.8)
        return Verdict(("similar_failures", "they_shared_failure"), 1.0)
    if kind == lx.FEEDBACK and _ASKED_FOR.search(scope.low, scope.doc.sentences[si].start, start):
        # "Asked for Jon's honest read on whether…": feedback asked for, not yet given.
        return NOTHING
    if (
        kind == lx.UNDERSTOOD
        and scope.low.startswith("i ", start)
        and scope.doc.quote_at(start) is None
    ):
        # "I get that" understands only inside their quotation; outside it is mine.
        return NOTHING
    if kind == lx.CHALLENGE and _MY_PUSHBACK.search(scope.low, max(0, start - 30), start):
        # "how to push back on the CEO", "told me to push back": a pushback of mine, advised
        # or discussed, not theirs on my framing.
        return NOTHING
    if kind in (lx.FEEDBACK, lx.CHALLENGE, lx.UNDERSTOOD, lx.VALIDATED):
        # "He told me honestly that their launch is a disaster": candour about their own
        # affairs is not feedback on mine.
        if (
            kind == lx.FEEDBACK
            and _TOLD_ME_HOW.match(scope.low, start)
            and scope.next_person(si, start) == THEM
        ):
            return NOTHING
        return _from_them(kind, scope, si, start, negated)
    if kind == lx.EVALUATION:
        speaker, framed = scope.speaker_at(si, start)
        if negated or not framed or speaker != THEM or scope.private(si, start):
            return NOTHING
        if not _about_me(scope, si, start):
            return NOTHING
        # "She said that she'd fired her COO too late": what follows her speech frame is
        # about her, not me.
        if scope.content_about_them(si, start):
            return NOTHING
        return Verdict(("they_gave_honest_feedback",), 1.0)
    if kind == lx.HELP:
        actor, explicit = scope.actor_at(si, start)
        if negated or actor not in (ME, NONE) or scope.hypothetical(si, start):
            return NOTHING
        if actor == NONE and not _starts_sentence_with_verb(scope, si):
            return NOTHING
        return Verdict(("i_asked_for_help",), 1.0 if explicit else IMPLIED_FACTOR)
    if kind == lx.SUCCESS:
        if negated:
            return NOTHING
        actor, _ = scope.actor_at(si, start)
        speaker, framed = scope.speaker_at(si, start)
        if actor in (ME, WE) and framed and speaker == THEM:
            # "He kept saying we're 'crushing it'": their praise of us, not our polish.
            return Verdict(("validated_only",), 0.8)
        if actor in (ME, WE):
            return Verdict(("i_kept_it_polished",), 0.9)
        if actor == BOTH:
            return Verdict(("signalled_success", "i_kept_it_polished"), 1.0)
        return Verdict(("signalled_success",), 1.0)
    if kind == lx.POLISHED:
        if negated or scope.private(si, start):
            return NOTHING
        actor, _ = scope.actor_at(si, start)
        if actor in (THEM, GROUP):
            return NOTHING
        if actor == BOTH:
            return Verdict(("i_kept_it_polished", "signalled_success"), 1.0)
        return Verdict(("i_kept_it_polished",), 1.0)
    if kind == lx.WITHHELD:
        if not negated or not scope.verb_negated(si, start):
            return NOTHING
        actor, explicit = scope.actor_at(si, start)
        if actor != ME or not explicit:
            return NOTHING
        return Verdict(("i_kept_it_polished",), NEGATED_FACTOR)
    if kind == lx.PRAISE:
        if negated:
            return NOTHING
        actor, explicit = scope.actor_at(si, start)
        sent = scope.doc.sentences[si]
        if _THEIR_THING.search(scope.low, sent.start, sent.end) and not _MY_THING.search(
            scope.text, sent.start, sent.end
        ):
            return Verdict(("signalled_success",), 0.9)
        quoted = scope.doc.quote_at(start + 1) is not None
        if actor in (ME, WE) and explicit and not quoted:
            return NOTHING
        if _near_my_thing(scope, si) or _TO_ME.match(scope.low, start):
            return Verdict(("validated_only",), 1.0)
        # Upbeat words with nothing of mine near them describe their own story.
        return Verdict(("signalled_success",), 0.8)
    return NOTHING


def _from_them(kind: str, scope: Scope, si: int, start: int, negated: bool) -> Verdict:
    """Feedback, a challenge, understanding, validation: things they do to me."""
    speaker, framed = scope.speaker_at(si, start)
    if framed:
        actor, explicit = speaker, True
    else:
        # "my board updates hide the bad news": my possessive is what the feedback is about,
        # not who gave it.
        actor, explicit = scope.actor_at(si, start, subjects_only=True)
        # "Noa knows we're locked in and built her advice around it": a me or we after
        # their subject in the same clause is inside what they know or say.
        if actor in (ME, WE) and scope.clause_subject(si, start) == THEM:
            actor = THEM
    if (actor in (ME, WE) and explicit) or actor == GROUP:
        return NOTHING
    if scope.private(si, start) or scope.unsaid_after(si):
        return NOTHING
    factor = 1.0 if actor == THEM else IMPLIED_FACTOR
    if negated:
        if kind == lx.CHALLENGE:
            return Verdict(("validated_only",), factor * NEGATED_FACTOR)
        return NOTHING
    code = {
        lx.FEEDBACK: "they_gave_honest_feedback",
        lx.CHALLENGE: "they_challenged_framing",
        lx.UNDERSTOOD: "they_understood_constraints",
        lx.VALIDATED: "validated_only",
    }[kind]
    return Verdict((code,), factor)


# Likeness cues that say nothing of failure by themselves ("told me about his", "exactly
# like mine"): similar failures only with a failure word in this sentence or the one before.
_ABOUT_THEIRS = lazy(
    r"(?:told|showed)\s+(?:me|him|her|them)\s+(?:about\s+)?(?:hers|his|theirs|mine|ours)|"
    r"(?:exactly\s+|just\s+)?like\s+(?:mine|ours)|(?:his|hers|theirs)\s+(?:\w+\s+)?(?:flopped|failed|"
    r"blew\s+up|went\s+wrong|did\s+too)"
)
_FAILISH = lazy(
    r"\b(?:breach|fail\w*|mistake|wrong|lost|miss\w*|slipp\w*|mess|blew|disaster|flop\w*|"
    r"regret\w*|screw\w*|late|behind|botch\w*|tank\w*|crash\w*|sank|sunk|bomb\w*)\b"
)


def _near_failure(scope: Scope, si: int) -> bool:
    lo = scope.doc.sentences[si - 1].start if si > 0 else scope.doc.sentences[si].start
    return _FAILISH.search(scope.low, lo, scope.doc.sentences[si].end) is not None


# "same playbook", "exact same play": alike, but failures only with a failure word near.
_SAME_PLAY = lazy(r"(?:exact\s+)?same\s+play(?:book)?\b")

# Who wants it is a stakeholder pressing on us, not a party to a deal: "the board wants
# synergies", "the bank wants investment", "leadership wants a return-to-office mandate".
_STAKEHOLDER = (
    r"(?:board|boards|bank|banks|team|teams|family|families|owner|owners|leadership|staff|"
    r"people|customers|clients|investors|shareholders|lps|regulators?|ministers?|government|"
    r"state|council|parent|hq|headquarters|management|employees|union|market|founders)"
)
_STAKEHOLDER_WANTS = lazy(
    r"\b" + _STAKEHOLDER + r"\s+(?:(?:wants?|wanted|demands?|demanded|expects?|expected)\s+"
    r"(?:an?\s+|the\s+|more\s+)?(?:[\w-]+\s+){0,2}?)?$"
)


def _wanted_by_stakeholder(scope: Scope, si: int, start: int) -> bool:
    lo = max(scope.doc.sentences[si].start, start - 60)
    return _STAKEHOLDER_WANTS.search(scope.low, lo, start) is not None


# A feeling whose subject is a group is theirs, not a doubt confided by either of us: "now
# the team is afraid of me", "Gloria's board is even more anxious than mine".
_GROUP_FEELS = lazy(
    r"\b(?:the|our|my|his|her|their|[\w]+'s)\s+(?:[\w-]+\s+)?" + _STAKEHOLDER + r"\s+"
    r"(?:(?:is|are|was|were|'s|'re|seems?|seemed|feels?|felt|got|gets|getting|grew|became|"
    r"becoming|even|more|less|very|so|really|all|quite|now|still|increasingly|pretty|too|"
    r"a\s+bit|a\s+little)\s+){1,4}$"
)


def _group_feels(scope: Scope, si: int, start: int) -> bool:
    lo = max(scope.doc.sentences[si].start, start - 60)
    return _GROUP_FEELS.search(scope.low, lo, start) is not None


# A failure word as one branch of a choice is an option, not an event: "asked Kate: would
# she shut down the line or give it a year?", "whether to cut now or miss the window".
_CHOICE = lazy(
    r"\b(?:whether|would\s+(?:\w+\s+)?(?:i|we|you|he|she|they)|should\s+(?:i|we|you|he|she|they)|"
    r"(?:what|how)\s+to\s+do|fork|dilemma|torn\s+between|choose|choosing|deciding)\b"
)
_OR = lazy(r"\bor\b")
# The choice ends at a comma not followed by its "or": "…or give it a year, and then he told
# me it cost him the company" is told, not asked.
_CHOICE_ENDS = lazy(r",(?!\s*or\b)|;")


def _an_option(scope: Scope, si: int, start: int) -> bool:
    sent = scope.doc.sentences[si]
    choice = None
    for found in _CHOICE.finditer(scope.low, sent.start, start):
        choice = found
    if choice is None:
        return False
    branch = _OR.search(scope.low, choice.end(), sent.end)
    if branch is None:
        return False
    return _CHOICE_ENDS.search(scope.low, choice.end(), max(start, branch.start())) is None


# A failure or a doubt that is someone else's, passed on: "his competitor's failed IPO", "Desmond's
# deputy told me the pilot was a flop", "heard from Jo that Mike's company is in trouble".
_HEARSAY = lazy(
    r"\b(?:competitor|rival|former\s+employer|ex-employer|old\s+(?:boss|employer))(?:s?'s?)?\s|"
    r"\b(?:\w+'s|his|her|their)\s+(?:former\s+|old\s+|\w+\s+)?(?:colleague|deputy|co-?founder|"
    r"brother|sister|cousin|neighbou?r|friend|vp|staff|assistant|wife|husband|accountant|"
    r"partner|son|daughter)s?\s+"
    r"(?:\w+\s+)?(?:told|tell|tells|said|says|mentioned)\b|"
    r"\b(?:rumou?rs?|heard\s+(?:from|that|through)|secondhand|second-hand|"
    r"(?:someone|somebody)\s+(?:\w+\s+)?(?:told|tells|said|says|mentioned)|the\s+word\s+is)\b"
)
# A sentence that opens "Heard his company failed": what I heard, not what they told me.
_HEARD_FIRST = lazy(r"heard\s")


def _my_direct_question(scope: Scope, si: int, start: int) -> bool:
    """ "Me: What did you think when we lost Fenwick?", "Q: Ever worried about runway?": my
    own question, in a dialogue or a quotation of mine, states nothing."""
    sent = scope.doc.sentences[si]
    if not scope.text[sent.start : sent.end].rstrip(" '\"").endswith("?"):
        return False
    speaker, framed = scope.speaker_at(si, start)
    return framed and speaker == ME


# "If you were in my position, what do you do?": small-talk words asking for advice.
_ADVICE_FRAME = lazy(
    r"\bin\s+my\s+(?:position|shoes|place|seat|chair)\b|\byour\s+call\b|"
    r"\bif\s+you\s+(?:were|are|was)\s+me\b|\bwhat\s+would\s+you\s+do\b"
)


def _in_advice_frame(scope: Scope, si: int) -> bool:
    sent = scope.doc.sentences[si]
    return _ADVICE_FRAME.search(scope.low, sent.start, sent.end) is not None


# "Asked Kate whether to shut the line. Haven't decided.": a decision still open is why I
# asked for advice, not a doubt confided; saying so outright ("and told her so") still is.
_UNDECIDED = lazy(r"(?:(?:have|has)n't|(?:have|has)\s+not|'ve\s+not|not\s+yet)\s+decided|undecided")
_MY_QUESTION = lazy(
    r"\b(?:asked|ask|asking)\b|\bput\s+(?:it|the\s+(?:\w+\s+)?question)\s+to\b|\bwhat\s+would\s+you\s+do"
)
_TOLD_SO = lazy(r"\btold\s+(?:him|her|them|\w+)\s+(?:so|i\s+(?:hadn't|haven't))\b")


def _premise_of_my_question(scope: Scope, si: int, start: int) -> bool:
    if not _UNDECIDED.match(scope.low, start):
        return False
    sent = scope.doc.sentences[si]
    if _TOLD_SO.search(scope.low, start, sent.end):
        return False
    lo = scope.doc.sentences[si - 1].start if si > 0 else sent.start
    return _MY_QUESTION.search(scope.low, lo, sent.end) is not None


def _starts_sentence_with_verb(scope: Scope, si: int) -> bool:
    actor, explicit = scope.actor_at(si, scope.doc.sentences[si].start)
    return actor == ME and not explicit
