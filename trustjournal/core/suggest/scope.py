"""Scope rules: who did what in a sentence, and whether it was denied, hedged or only thought.

A cue (lexicon.py) says *what* happened ("admitted ... no idea how to handle"); the rules
here say *who* (me, them, both of us, my company), whether it is negated ("didn't admit
any doubt"), hedged ("maybe", "sort of"), habitual ("usually she just nods"), said in the
conversation or only thought ("Not sure he's being straight with me"), and who is the
speaker of a quotation or of reported speech ("'This initiative is failing,' he said").

Actors are plain strings: ME, THEM, BOTH (shared context: "we both", "neither of us"),
WE (my company: "our launch slipped"), NONE.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from trustjournal.core.suggest.lazyre import lazy
from trustjournal.core.suggest.segment import Document, Span

ME = "me"
THEM = "them"
BOTH = "both"
WE = "we"
NONE = "none"
GROUP = "group"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that never name a person even when capitalised and followed by a verb.
_NOT_NAMES = _words(
    "the this that these those it its he she they we you i me my our your his her their "
    "there here then when what who why how which while after before during since so but "
    "and or if also just only still even maybe perhaps probably honestly apparently "
    "actually really surprising surprisingly basically everyone everybody nobody someone "
    "somebody board team company call dinner lunch coffee breakfast drinks meeting "
    "retreat session message email chat quick long short great good lovely nice first "
    "second last next today yesterday tomorrow monday tuesday wednesday thursday friday "
    "saturday sunday january february march april may june july august september october "
    "november december both neither each all none one two three turns said told asked "
)

_SPEECH_VERBS = (
    r"(?:said|says|say|saying|told|tells|tell|telling|admitted|admits|admit|asked|asks|added|replied|"
    r"answered|argued|insisted|warned|noted|explained|confessed|conceded|acknowledged|"
    r"mentioned|pointed\s+out|put\s+it|thinks|thought|reckons|believes|feels|"
    r"pushed\s+back|shot\s+back|wrote|texted|messaged|emailed|called|"
    r"described|shared|opened\s+up|came\s+clean|owned\s+up|was\s+(?:honest|upfront|candid|"
    r"blunt|frank|open|straight|clear)|were\s+(?:honest|upfront|candid|open))"
)

_PERSON_WORDS = (
    r"(?:I|i|he|she|they|we|He|She|They|We|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|"
    r"my\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+)"
)

# "<who> [adverb] said|told|admitted ..." before the words it introduces.
_FRAME = lazy(r"\b(?P<who>" + _PERSON_WORDS + r")(?:\s+[\w,']+){0,3}?\s+" + _SPEECH_VERBS + r"\b")
# After a quotation: "', he said" / "' she told me" / "', said Maya".
_FRAME_AFTER = lazy(
    r"\s*,?\s*(?:(?P<who>" + _PERSON_WORDS + r")\s+" + _SPEECH_VERBS + r"|(?:said|says)\s+"
    r"(?P<who2>" + _PERSON_WORDS + r"))\b"
)
# "Maya:" / "Me:" / "Her feedback:" at the start of a clause introduces what follows.
_LABEL = lazy(
    r"(?P<who>[Mm]e|I|[Hh]im|[Hh]er|[Hh]e|[Ss]he|[Tt]hem|[Tt]hey|[A-Z][a-z]*|"
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:feedback|view|take|verdict|answer|read|advice|response|"
    r"reply|line))\s*:(?!\d)"
)

# The person words, and the first character each can start with (said first, so the engine
# passes over other words at once; the same matches: tests/test_suggest_speedups.py).
PERSON_WORD_START = r"(?=[abehimnostwy+&])"
PERSON_WORD = (
    r"\b(?:(?P<both>either\s+of\s+us|(?:and|\+|&)\s+(?:i|me)\s+(?:\w+\s+)?both|we\s+both|we'(?:ve|re|d)\s+both|we\s+(?:were|are|have|had)\s+both|"
    r"both\s+of\s+us|the\s+two\s+of\s+us|neither\s+of\s+us|each\s+of\s+us|we\s+each|"
    r"both\s+(?:our|sides)|both\s+(?=(?:got|lost|failed|bet|blew|made|had|have|are|were|"
    r"see|saw|said|say|face|faced|feel|felt|struggle|struggled|know|learned|burned|"
    r"trying|tried|dealing|stuck|wrestling|hit|missed|lost|regretted|regret|did|built|hired|signed|"
    r"flubbed|botched|blew|bet|chose|picked|raised|sold)\b))"
    r"|(?P<group>everyone|everybody|nobody|no\s+one|the\s+(?:whole\s+)?table|the\s+room|"
    r"all\s+of\s+(?:us|them)|all\s+(?:three|four|five|six|eight|\w+)\s+of\s+(?:us|them))\b"
    r"|(?P<me>i|i'm|i've|i'd|i'll|im|my|mine|myself)\b"
    r"|(?P<we>we|we're|we've|we'd|we'll|our|ours)\b"
    r"|(?P<them>he|she|they|he's|she's|they're|he'd|she'd|they'd|he'll|she'll|"
    r"they've|his|hers|their|theirs|her|himself|herself|themselves)\b"
    r"|(?P<you>you|you're|you've|you'd|you'll|your|yours)\b)"
)
_TOKEN = lazy(PERSON_WORD_START + PERSON_WORD)
# "her" after one of these is the object ("I told her our launch slipped"), not a possessive.
_OBJECT_BEFORE_HER = _words(
    "told tell asked ask gave give showed show sent send with to for about from called "
    "met helped let made reminded thanked warned promised pushed introduced owe at by and "
    "than pressed like caught heard hear see saw reassured assured convinced "
)

_NEGATOR = lazy(
    r"\b(?:not|no|never|none|nothing|nobody|zero|without|neither|nor|hardly|barely|"
    r"cannot|\w+n't|(?:do|does|did|is|was|are|were|ca|wo|could|would|should|have|has|had|"
    r"need|must)nt)\b"
)
_WORD = lazy(r"[\w']+")
# How many words may stand between a negator and the cue it negates: "didn't [even]
# [really] admit"; "not a single 'what do you do'". Boundary rows in the tests.
NEGATION_WINDOW = 3

_ASKED_ABOUT = lazy(
    r"\b(?:asked|ask|asking|wondered|wondering)\s+(?:\w+\s+){0,3}?(?:point-blank\s+)?"
    r"(?:whether|if|about)\s+(?:(?:he|she|they|his|her|their|[\w']+)\s+)?[^.;:]{0,40}$"
    # "asked for their failure rate": a figure I asked them for.
    r"|\b(?:asked|ask|asking)\s+(?:\w+\s+){0,2}?for\s+(?:(?:his|her|their)\s+)?[^.;:,]{0,20}$"
    r"|\bif\s+(?:he|she|they|i|we)(?:'d|\s+had|\s+would|\s+ever)\b[^.;:]{0,30}$"
    r"|\bif\s+(?:he|she|they)\s+$"
)
# "asked if I am not confusing…": a negation inside a yes/no question asks, it denies nothing.
_EMBEDDED_QUESTION = lazy(r"\b(?:if|whether)\s+(?:\w+\s+){0,2}$")
_VERB_NEGATION = lazy(
    r"(?:\bnot|\bnever|n't|\bdidnt|\bdont)\s+(?:(?:really|even|ever|actually|once|quite|yet)\s+)?$"
)
_DENIED_SPEECH = lazy(
    r"(?:\bnever|n't|\bnot)\s+(?:once\s+|even\s+|really\s+|actually\s+)?(?:say|said|admit|"
    r"admitted|mention|mentioned|tell|told|let\s+on|show|showed|hint|hinted)\b"
)
_DENIED_CHALLENGE = lazy(
    r"(?:\bnever|n't|\bnot)\s+(?:once\s+|even\s+|really\s+)?(?:try\s+to\s+)?(?:talk\s+\w+\s+out|"
    r"push(?:ed)?\s+back|question(?:ed)?|challenge[ds]?|argue[ds]?|disagree[ds]?|probe[ds]?|poke[ds]?)\b"
)
_HEDGE = lazy(
    r"\b(?:maybe|perhaps|probably|possibly|might|may\s+have|sort\s+of|kind\s+of|"
    r"kinda|seemed|seems|seemingly|i\s+think|i\s+guess|i\s+suppose|arguably|somewhat|"
    r"half|a\s+bit|a\s+little|slightly|almost|sorta)\b"
)
_HABITUAL = lazy(r"\b(?:usually|normally|typically|generally|often)\b")
# Something I only thought: "I think he's unsure", "Not sure she's being straight".
_PRIVATE = lazy(
    r"\bi\s+(?:\w+\s+)?(?:think|thought|suspect|suspected|guess|wonder|wondered|"
    r"felt|feel|sense|sensed|imagine|assume|assumed|bet|doubt|notice|noticed|worry|"
    r"worried|hope|hoped|fear|reckon)\b"
    r"|\bcaught\s+myself\s+thinking|\bkeep\s+thinking|\bsat\s+there\s+thinking"
    r"|\bi'm\s+projecting|\bi\s+might\s+be\s+projecting|\bin\s+my\s+head\b"
    r"|\b(?:hard|difficult)\s+to\s+(?:tell|say)\s+(?:if|whether)|\bcan't\s+(?:tell|say)\s+(?:if|whether)"
)
# The same, as the first words of a sentence: "Not sure he's being straight with me".
_PRIVATE_OPENING = lazy(
    r"(?:not\s+sure|wonder|suspect|guess|feels\s+like|seems\s+like|hard\s+to\s+(?:tell|say)|"
    r"difficult\s+to\s+(?:tell|say)|can't\s+(?:tell|say)|either|privately)\b"
)
# Words I did not say: "what I would have said", "I wanted to tell her", "I thought 'me too'".
_HYPOTHETICAL = lazy(
    r"\b(?:would|could|should)\s+have\s+(?:said|told|asked|admitted)|\bwanted\s+to\s+(?:say|tell|"
    r"ask|admit)|\bmeant\s+to\s+(?:say|tell|ask)|\bwrote\s+down\s+what|\bthought\s+['\"]|"
    r"\bif\s+anyone\s+(?:had\s+)?asked|\bhad\s+anyone\s+asked|\bto\s+myself\b|"
    # Intent that did not happen: "thought of asking", "was going to ask", "meaning to ask".
    r"\b(?:thought\s+(?:of|about)|(?:was|were)\s+going\s+to|meaning\s+to|tempted\s+to|"
    # "I could tell Nadia about it" (not done), not "I could tell she was rattled" (seen).
    r"i\s+could(?=\s+tell\s+(?!(?:he|she|they|that|it|from|by|how|what|when)\b))|"
    # "I almost told Raj", "I want to tell him … but I stay quiet", "wished to ask about".
    r"almost|nearly|wants?\s+to|wish(?:ed)?\s+to|i\s+should|perhaps\s+i\s+should)\s+"
    r"(?:ask|asking|asked|tell|telling|told|say|saying|said|admit|admitting|admitted|share|sharing)\b"
)
_UNSAID = lazy(
    r"(?:but\s+)?(?:he|she|they)\s+(?:didn't|did\s+not|never|wouldn't|won't)\s+(?:say|said|admit|mention)\s+"
    r"(?:anything|so|it|that|a\s+word)"
)
_ABOUT_MYSELF = lazy(r"\b(?:whether|if)\s+(?:i|i'm|i\s+am|i\s+was|i've|i\s+should)\b")
_THEM_WORD = lazy(r"\b(?:he|she|they|his|her|their|he's|she's|they're|he'd|she'd|they'd)\b")
_THEY_ASKED = lazy(r"\b(?:he|she|they)\s+(?:\w+\s+)?asked\b")
_DENIED = lazy(r"n't|\bnot\b|\bnever\b")
_MY_POSSESSIVES = frozenset({"my", "our", "mine", "ours"})
_CONTRAST_WORD = lazy(r"\b(?:but|instead|yet|though)\b")
_ME_SAID = lazy(
    r"\b(?:I|i)(?:\s+[\w']+){0,2}?\s+(?:half-|sort\s+of\s+)?(?:told|tell|said|say|"
    r"admitted|admit|confessed|shared|share|opened\s+up|was\s+(?:honest|upfront|open|"
    r"candid|frank|straight|clear|blunt)|came\s+clean|owned\s+up|explained|mentioned|"
    r"laid\s+out|put\s+it|let\s+(?:him|her|them)\s+know|brought\s+up|raised|confided|"
    r"conceded|acknowledged|described|walked\s+(?:him|her|them)\s+through|owned|ask|asked|"
    r"let\s+slip|blurted(?:\s+out)?|confided|fessed\s+up|(?:half-)?joked|"
    r"talked\s+about|talked\s+(?:him|her|them)\s+through|went\s+through|was\s+honest)\b"
    r"|\b(?:ended\s+up|found\s+myself|caught\s+myself)\s+(?:telling|admitting|saying|confessing)\b"
)
# A sentence that starts with a verb has me as its subject in a diary ("Told M re: reorg").
_ELIDED_SPEECH = lazy(
    r"(?:sort\s+of\s+|kind\s+of\s+|half-|finally\s+|also\s+|then\s+)?(?:told|said|admitted|confessed|"
    r"fessed\s+up|shared|opened\s+up|mentioned|explained|"
    r"was\s+honest|came\s+clean|owned\s+up|laid\s+out|raised|asked|brought)\b"
)
_ELIDED_VERB = lazy(
    r"(?:sort\s+of\s+|kind\s+of\s+|half-|finally\s+|also\s+|then\s+)?(?:[a-z]+ed|pinged|rang|"
    r"laid|sold|bought|drove|flew|spoke|swung|sat|stood|began|fought|told|said|gave|got|made|sent|met|took|had|went|brought|kept|held|ran|"
    r"spent|thought|felt|let|put|left|sat|spoke|wrote|saw|heard|knew|lost|won|paid|"
    r"caught|hit|did|came)\b"
)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    actor: str


class Scope:
    """Who, negation, hedges, private thoughts and quotation speakers for one note."""

    def __init__(self, doc: Document, low: str, names: re.Pattern[str] | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.low = low
        self._names = names
        self._tokens: dict[int, list[Token]] = {}
        self._raw: dict[int, list[Token]] = {}
        self._speakers: dict[int, str] = {}
        self._frame_memo: dict[tuple[int, int], list[re.Match[str]]] = {}
        self._actor_memo: dict[tuple[int, int, bool], tuple[str, bool]] = {}
        self._name_spans = self._find_names()
        self._name_starts = [span.start for span in self._name_spans]

    # -- subjects -----------------------------------------------------------------

    def _raw_tokens(self, si: int) -> list[Token]:
        """The person words of sentence `si` as written (no quotation mapping)."""
        found = self._raw.get(si)
        if found is not None:
            return found
        sent = self.doc.sentences[si]
        raw: list[Token] = []
        for m in _TOKEN.finditer(self.low, sent.start, sent.end):
            kind = m.lastgroup or ""
            if kind == THEM and m.group(0) == "her" and self._her_is_object(m.start()):
                continue
            raw.append(Token(m.start(), m.end(), kind))
        k = bisect_left(self._name_starts, sent.start)
        while k < len(self._name_spans) and self._name_spans[k].start < sent.end:
            raw.append(Token(self._name_spans[k].start, self._name_spans[k].end, THEM))
            k += 1
        for m in _PAIR.finditer(self.text, sent.start, sent.end):
            # "Wren and I": one subject, both of us; the name and the "I" inside it are not
            # one side alone. A "both" right after it stays ("Kenji and I both").
            raw = [t for t in raw if not (m.start() <= t.start < m.end() and t.actor != BOTH)]
            raw.append(Token(m.start(), m.end(), BOTH))
        raw.sort(key=lambda t: t.start)
        self._raw[si] = raw
        return raw

    def tokens(self, si: int) -> list[Token]:
        """The person words of sentence `si`, inside quotes mapped through the speaker."""
        found = self._tokens.get(si)
        if found is not None:
            return found
        result: list[Token] = []
        for tok in self._raw_tokens(si):
            quote = self.doc.quote_at(tok.start)
            actor = tok.actor
            if quote is not None:
                actor = _through_speaker(actor, self.quote_speaker(quote, si))
            elif actor == "you":
                continue
            result.append(Token(tok.start, tok.end, actor))
        self._tokens[si] = result
        return result

    def _her_is_object(self, pos: int) -> bool:
        before = self.text[max(0, pos - 20) : pos].split()
        if not before:
            return False
        prev = before[-1].lower().strip(",")
        following = self.text[pos + 3 : pos + 20].split()
        nxt = following[0].lower().strip(".,;:!?") if following else ""
        return prev in _OBJECT_BEFORE_HER or nxt in {
            "that",
            "i",
            "we",
            "our",
            "my",
            "about",
            "to",
            "how",
            "what",
            "whether",
            "if",
            "the",
            "a",
            "an",
            "it",
            "and",
            "",
        }

    def _find_names(self) -> list[Span]:
        """People named in the note: those who were there, and capitalised words that
        act like a name ("Diego told us", "Maya's view")."""
        spans: list[Span] = []
        if self._names is not None:
            spans.extend(Span(m.start(), m.end()) for m in self._names.finditer(self.text))
        for m in _GUESSED_NAME.finditer(self.text):
            word = m.group(1)
            if word.lower() in _NOT_NAMES:
                continue
            if len(word) == 1:
                # "Series B is", "Plan B was": a letter after a capitalised word is a label.
                before = self.text[max(0, m.start(1) - 16) : m.start(1)].split()
                if before and (before[-1][:1].isupper() or before[-1][:1].isdigit()):
                    continue
            spans.append(Span(m.start(1), m.end(1)))
        spans.sort(key=lambda sp: sp.start)
        return spans

    def actor_at(self, si: int, pos: int, subjects_only: bool = False) -> tuple[str, bool]:
        """Who is the subject for words at `pos`: the nearest person word before it in its
        clause, else earlier in the sentence, else the speaker of its quotation, else me
        when the sentence starts with a verb (a diary's dropped "I"). The flag says
        whether a word named the actor (False: implied)."""
        key = (si, pos, subjects_only)
        found = self._actor_memo.get(key)
        if found is None:
            found = self._actor_at(si, pos, subjects_only)
            self._actor_memo[key] = found
        return found

    def _actor_at(self, si: int, pos: int, subjects_only: bool) -> tuple[str, bool]:
        sent = self.doc.sentences[si]
        quote = self.doc.quote_at(pos)
        toks = self.tokens(si)
        if subjects_only:
            toks = [t for t in toks if self.low[t.start : t.end] not in _MY_POSSESSIVES]
        if quote is not None:
            inside = [t for t in toks if quote.start < t.start <= pos]
            if inside:
                return inside[-1].actor, True
            return self.quote_speaker(quote, si), True
        clause = self.doc.clause_at(si, pos)
        before = [t for t in toks if t.start <= pos and self.doc.quote_at(t.start) is None]
        in_clause = [t for t in before if t.start >= clause.start]
        if in_clause:
            actor = in_clause[-1].actor
            # "We both said we're unsure": the later "we" is still both of us.
            if actor == WE and any(t.actor == BOTH for t in before):
                return BOTH, True
            return actor, True
        label = self.label_at(si, pos)
        if label is not None:
            return label, True
        if before:
            return before[-1].actor, True
        if _ELIDED_VERB.match(self.low, sent.start, sent.end) or _ELIDED_VERB.match(
            self.low, clause.start, clause.end
        ):
            return ME, False
        return NONE, False

    def label_at(self, si: int, pos: int) -> str | None:
        """The actor of a "Maya:" / "Me:" label that introduces the clause holding `pos`."""
        sent = self.doc.sentences[si]
        m = _LABEL.match(self.text, sent.start, pos)
        if m is None:
            return None
        words = m.group("who").split()
        word = words[0].lower()
        pronoun = word in {"her", "his", "their", "me", "i", "him", "he", "she", "them", "they"}
        if word in _NOT_NAMES and not pronoun:
            return None
        # "Q:" in a note written as questions and answers is the writer asking.
        return ME if word in {"me", "i", "q"} else THEM

    # -- speakers -----------------------------------------------------------------

    def quote_speaker(self, quote: Span, si: int) -> str:
        cached = self._speakers.get(quote.start)
        if cached is not None:
            return cached
        sent = self.doc.sentences[si]
        speaker = NONE
        after = _FRAME_AFTER.match(self.text, quote.end, sent.end)
        if after:
            speaker = _person_actor(after.group("who") or after.group("who2") or "")
        if speaker == NONE:
            frames = list(_FRAME.finditer(self.text, sent.start, quote.start))
            if frames:
                speaker = _person_actor(frames[-1].group("who"))
        if speaker == NONE:
            label = self.label_at(si, quote.start)
            if label is not None:
                speaker = label
        if speaker == NONE:
            outside = [
                t
                for t in self.tokens_outside(si)
                if t.start < quote.start and t.actor in (ME, THEM, WE)
            ]
            speaker = outside[-1].actor if outside else THEM
        if speaker == WE:
            speaker = ME
        self._speakers[quote.start] = speaker
        return speaker

    def tokens_outside(self, si: int) -> list[Token]:
        return [
            t
            for t in self._raw_tokens(si)
            if t.actor in (ME, THEM, WE, BOTH) and self.doc.quote_at(t.start) is None
        ]

    def _frames(self, lo: int, pos: int) -> list[re.Match[str]]:
        """Speech frames ("she said", "Maya told me") in lo..pos; several rules ask for the
        same span of the same cue, so each is searched once."""
        found = self._frame_memo.get((lo, pos))
        if found is None:
            found = list(_FRAME.finditer(self.text, lo, pos))
            self._frame_memo[(lo, pos)] = found
        return found

    def speaker_at(self, si: int, pos: int) -> tuple[str, bool]:
        """Who said the words at `pos`: a quotation's speaker, the subject of the nearest
        "said/told/thinks" before it in the sentence, a "Maya:" label; the flag says
        whether a frame or label showed it (False: only the subject was found)."""
        quote = self.doc.quote_at(pos)
        if quote is not None:
            return self.quote_speaker(quote, si), True
        sent = self.doc.sentences[si]
        frames = [m for m in self._frames(sent.start, pos) if self.doc.quote_at(m.start()) is None]
        if frames:
            return _person_actor(frames[-1].group("who")), True
        label = self.label_at(si, pos)
        if label is not None:
            return label, True
        actor, _ = self.actor_at(si, pos)
        return actor, False

    # -- what surrounds a cue -----------------------------------------------------

    def negated(self, si: int, start: int, end: int) -> Span | None:
        """The negator that denies the words at start..end, if any: in the same clause,
        before them, at most NEGATION_WINDOW words away, with no comma between."""
        clause = self.doc.clause_at(si, start)
        # A negator, at most NEGATION_WINDOW words back, lies within this many characters.
        lo = max(clause.start, start - 120)
        quote = self.doc.quote_at(start)
        if quote is not None:
            lo = max(lo, quote.start)
        negators = list(_NEGATOR.finditer(self.low, lo, start))
        if not negators:
            # Every rule below needs a negator: most cues have none near them.
            return None
        for m in negators:
            if m.end() > start:
                continue
            gap = self.text[m.end() : start]
            if "," in gap or ";" in gap:
                continue
            if len(_WORD.findall(gap)) <= NEGATION_WINDOW and not _EMBEDDED_QUESTION.search(
                self.low, lo, m.start()
            ):
                return Span(m.start(), m.end())
        # "She never once said she was unsure": a denied speech verb denies what it reports;
        # "didn't try to talk me out of my framing": a denied challenge denies its object.
        for rx in (_DENIED_SPEECH, _DENIED_CHALLENGE):
            for m in rx.finditer(self.low, lo, start):
                return Span(m.start(), m.end())
        return None

    def asked_about(self, si: int, pos: int) -> bool:
        """Whether the words at `pos` are the content of a question ("asked Carmen whether
        she has any doubts", "asked about his failed expansion") or of a condition that
        did not happen ("if she'd ever disagreed"), not something that was said."""
        clause = self.doc.clause_at(si, pos)
        sent = self.doc.sentences[si]
        lo = min(clause.start, max(sent.start, pos - 80))
        m = _ASKED_ABOUT.search(self.low, lo, pos)
        if m is None:
            return False
        # Their question to me can itself be the signal ("asked whether I'm treating it as
        # an exit"), and so can my question about myself ("asked whether I'm the right
        # CEO"); only my questions about them, and conditions, are not statements.
        if _ABOUT_MYSELF.search(m.group(0)):
            return False
        return self.actor_at(si, m.start())[0] != THEM or m.group(0).startswith("if")

    def verb_negated(self, si: int, pos: int) -> bool:
        """Whether the verb at `pos` is itself denied: "didn't share", "never (once) told"."""
        clause = self.doc.clause_at(si, pos)
        return _VERB_NEGATION.search(self.low, clause.start, pos) is not None

    def hedged(self, si: int, pos: int) -> bool:
        clause = self.doc.clause_at(si, pos)
        return _HEDGE.search(self.low, clause.start, clause.end) is not None

    def habitual(self, si: int, pos: int) -> bool:
        clause = self.doc.clause_at(si, pos)
        return _HABITUAL.search(self.low, clause.start, pos) is not None

    def i_said(self, si: int, pos: int) -> bool:
        """Whether I said the words at `pos` in the conversation (not only thought them):
        an "I told / admitted / was honest that" before them in the sentence, a quotation
        of mine, a "Me:" label, or a sentence that starts "Told him ...", "Admitted ...".
        """
        sent = self.doc.sentences[si]
        if self._hypothetical(sent.start, pos):
            return False
        quote = self.doc.quote_at(pos)
        if quote is not None and self.quote_speaker(quote, si) == ME:
            return True
        if self.label_at(si, pos) == ME:
            return True
        if any(
            not _DENIED.search(m.group(0)) for m in _ME_SAID.finditer(self.text, sent.start, pos)
        ):
            return True
        # "Our CFO search flopped twice; I told Mo": the telling may follow what was told.
        later = _ME_SAID.search(self.text, pos, sent.end)
        if (
            later is not None
            and not _DENIED.search(later.group(0))
            and not self.low.startswith("myself", later.end() + 1)
        ):
            return True
        # My answer to their question was said: "She asked why… I didn't have a good answer."
        if si > 0:
            prev = self.doc.sentences[si - 1]
            if _THEY_ASKED.search(self.low, prev.start, prev.end):
                return True
        # "We both had the same problem - he failed last year, I failed in spring": what
        # both sides bring to one sentence was said between them.
        if any(t.actor == BOTH for t in self._raw_tokens(si)) or (
            si > 0 and any(t.actor == BOTH for t in self._raw_tokens(si - 1))
        ):
            return True
        # "…this time: told Lea the acquisition was a mistake": a clause may drop the "I" too.
        return any(
            _ELIDED_SPEECH.match(self.low, c.start, c.end)
            for c in self.doc.clauses(si)
            if c.start <= pos
        )

    def private(self, si: int, pos: int) -> bool:
        """Whether the words at `pos` are only my thought: an "I think / suspect / wonder"
        (or a sentence opening "Not sure ...") before them with no speech frame between."""
        sent = self.doc.sentences[si]
        if self._hypothetical(sent.start, pos):
            return True
        last_private = _PRIVATE_OPENING.match(self.low, sent.start, pos)
        for m in _PRIVATE.finditer(self.low, sent.start, pos):
            last_private = m
        if last_private is None:
            return False
        return not any(
            self.doc.quote_at(f.start()) is None
            for f in self._frames(sent.start, pos)
            if f.start() < last_private.start() or f.start() > last_private.end()
        ) and not self.i_said_before(si, last_private.start())

    def hypothetical(self, si: int, pos: int) -> bool:
        """Whether the words at `pos` were only meant, wanted or imagined, not said."""
        return self._hypothetical(self.doc.sentences[si].start, pos)

    def _hypothetical(self, lo: int, pos: int) -> bool:
        """A "would have said / wanted to tell" before `pos`, not undone by a "but"."""
        # The marker may end in the cue itself: "I wanted to [ask her for advice]".
        end = min(len(self.text), pos + 24)
        found = [m for m in _HYPOTHETICAL.finditer(self.low, lo, end) if m.start() < pos]
        return bool(found) and _CONTRAST_WORD.search(self.low, found[-1].end(), pos) is None

    def scare_quoted(self, pos: int) -> bool:
        """Whether the words at `pos` are a short quotation of their own ('honest feedback')."""
        quote = self.doc.quote_at(pos)
        return quote is not None and quote.start == pos - 1 and quote.end - quote.start <= 30

    def content_about_them(self, si: int, pos: int) -> bool:
        """Whether a he/she/they stands between the last speech frame (or the quotation's
        start) and `pos`: the words there are about them."""
        sent = self.doc.sentences[si]
        quote = self.doc.quote_at(pos)
        lo = sent.start if quote is None else quote.start
        if quote is None:
            for f in self._frames(sent.start, pos):
                lo = f.end()
        return _THEM_WORD.search(self.low, lo, pos) is not None

    def clause_subject(self, si: int, pos: int) -> str:
        """The actor of the first person word in the clause holding `pos` (NONE if none)."""
        clause = self.doc.clause_at(si, pos)
        for t in self.tokens(si):
            if clause.start <= t.start < pos and self.low[t.start : t.end] not in _MY_POSSESSIVES:
                return t.actor
        return NONE

    def next_person(self, si: int, pos: int) -> str:
        """The actor of the first person word after `pos` in its sentence (NONE if none)."""
        for t in self.tokens(si):
            if t.start > pos:
                return t.actor
        return NONE

    def unsaid_after(self, si: int) -> bool:
        """Whether the next sentence says it was not said: "He didn't say anything about it"."""
        if si + 1 >= len(self.doc.sentences):
            return False
        nxt = self.doc.sentences[si + 1]
        return _UNSAID.match(self.low, nxt.start, nxt.end) is not None

    def i_spoke_near(self, si: int) -> bool:
        """Whether I appear (outside quotations) in this sentence or the one before."""
        for k in (si, si - 1):
            if k >= 0 and any(t.actor in (ME, WE, BOTH) for t in self.tokens_outside(k)):
                return True
        return False

    def i_said_before(self, si: int, pos: int) -> bool:
        sent = self.doc.sentences[si]
        return _ME_SAID.search(self.text, sent.start, pos) is not None


# "Olga and I", "he and I", "V + me": the two of us as one subject.
PAIR = r"\b(?:[A-Z][a-z]+|[A-Z]|[Hh]e|[Ss]he)\s+(?:and|&|\+)\s+(?:I|me)\b(?!')"
PAIR_START = r"(?=[A-Zhs])"
_PAIR = lazy(PAIR_START + PAIR)
_GUESSED_NAME = lazy(
    r"\b([A-HJ-Z]|[A-Z][a-z]{1,20})(?=(?:\s+\w+ly)?\s+(?:said|says|told|tells|admitted|admits|asked|"
    r"asks|thinks|thought|was|is|has|had|gave|gives|challenged|pushed|questioned|got|gets|"
    r"knows|knew|understood|understands|regrets|regretted|explained|described|shared|"
    r"opened|called|walked|mentioned|laid|agreed|nodded|offered|pitched|wanted|wants|"
    r"talked|went|did|didn't|doesn't|isn't|wasn't|hasn't|can't|couldn't|won't|wouldn't|"
    r"and\s+I|made|took|spent|brought|sees|saw|feels|felt|reckons|argued|warned|insisted|"
    r"suggested|replied|answered|confessed|conceded|tell|say|know|think|ask|propose|unsure|"
    r"observed|sort|kind|seemed|flat-out|called|did|isn't|went|rather|finds|described|"
    r"took|flat|reviewed)\b|'s\b|\s*\+\s*me\b|\s*&\s*i\b)"
)


def _person_actor(word: str) -> str:
    w = word.split()[0].lower() if word.strip() else ""
    if w in {"i", "me", "my"}:
        return ME
    if w in {"we", "our"}:
        return WE
    if not w:
        return NONE
    return THEM


def _through_speaker(actor: str, speaker: str) -> str:
    """A person word inside a quotation, seen from the note's writer: in her quote
    "I" is her and "you" is me; in my own quote nothing changes."""
    if speaker == THEM:
        return {ME: THEM, WE: THEM, "you": ME}.get(actor, actor)
    if actor == "you":
        return THEM
    return actor


def names_pattern(people: tuple[str, ...]) -> re.Pattern[str] | None:
    """Full names and first names of the people who were there, as whole words."""
    words: set[str] = set()
    for person in people:
        name = person.strip()
        if not name:
            continue
        words.add(name)
        first = name.split()[0]
        if len(first) > 1:
            words.add(first)
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + r")\b")
