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
from dataclasses import dataclass

from trustjournal.core.suggest.segment import Document, Sentence, Span

ME = "me"
THEM = "them"
BOTH = "both"
WE = "we"
NONE = "none"


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
    r"(?:said|says|say|told|tells|tell|admitted|admits|admit|asked|asks|added|replied|"
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
_FRAME = re.compile(
    r"\b(?P<who>" + _PERSON_WORDS + r")(?:\s+\w+ly)?(?:\s+(?:also|then|just|even|finally|"
    r"later|eventually|basically|quietly|flatly))?\s+" + _SPEECH_VERBS + r"\b"
)
# After a quotation: "', he said" / "' she told me" / "', said Maya".
_FRAME_AFTER = re.compile(
    r"\s*,?\s*(?:(?P<who>" + _PERSON_WORDS + r")\s+" + _SPEECH_VERBS + r"|(?:said|says)\s+"
    r"(?P<who2>" + _PERSON_WORDS + r"))\b"
)
# "Maya:" / "Me:" / "Her feedback:" at the start of a clause introduces what follows.
_LABEL = re.compile(
    r"(?P<who>Me|I|Him|Her|Them|[A-Z][a-z]+|(?:His|Her|Their)\s+(?:feedback|view|take|"
    r"verdict|answer|read|advice|response|reply|line))\s*:"
)

_TOKEN = re.compile(
    r"\b(?P<both>we\s+both|we'(?:ve|re|d)\s+both|we\s+(?:were|are|have|had)\s+both|"
    r"both\s+of\s+us|the\s+two\s+of\s+us|neither\s+of\s+us|each\s+of\s+us|we\s+each|"
    r"both\s+(?:our|sides)|both\s+(?=(?:got|lost|failed|bet|blew|made|had|have|are|were|"
    r"see|saw|said|say|face|faced|feel|felt|struggle|struggled|know|learned|burned|"
    r"trying|tried|dealing|stuck|wrestling|hit|missed|lost)\b))"
    r"|(?P<me>I|I'm|I've|I'd|I'll|Im|my|mine|myself)\b"
    r"|(?P<we>we|we're|we've|we'd|we'll|our|ours)\b"
    r"|(?P<them>he|she|they|he's|she's|they're|he'd|she'd|they'd|he'll|she'll|"
    r"they've|his|hers|their|theirs|her|himself|herself|themselves)\b"
    r"|(?P<you>you|you're|you've|you'd|you'll|your|yours)\b",
    re.IGNORECASE,
)
# "her" after one of these is the object ("I told her our launch slipped"), not a possessive.
_OBJECT_BEFORE_HER = _words(
    "told tell asked ask gave give showed show sent send with to for about from called "
    "met helped let made reminded thanked warned promised pushed introduced owe at by and "
    "than pressed like caught heard hear see saw reassured assured convinced "
)

_NEGATOR = re.compile(
    r"\b(?:not|no|never|none|nothing|nobody|zero|without|neither|nor|hardly|barely|"
    r"cannot|\w+n't|\w+nt(?=\s)|didnt|doesnt|wasnt)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w']+")
# How many words may stand between a negator and the cue it negates: "didn't [even]
# [really] admit"; "not a single 'what do you do'". Boundary rows in the tests.
NEGATION_WINDOW = 3

_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|probably|possibly|might|may\s+have|sort\s+of|kind\s+of|"
    r"kinda|seemed|seems|seemingly|i\s+think|i\s+guess|i\s+suppose|arguably|somewhat|"
    r"half|a\s+bit|a\s+little|slightly|almost|sorta)\b",
    re.IGNORECASE,
)
_HABITUAL = re.compile(r"\b(?:usually|normally|typically|generally|often)\b", re.IGNORECASE)
# Something I only thought: "I think he's unsure", "Not sure she's being straight".
_PRIVATE = re.compile(
    r"\b(?:I|i)\s+(?:\w+\s+)?(?:think|thought|suspect|suspected|guess|wonder|wondered|"
    r"felt|feel|sense|sensed|imagine|assume|assumed|bet|doubt|notice|noticed|worry|"
    r"worried|hope|hoped|fear|reckon)\b"
    r"|^(?:not\s+sure|wonder|suspect|guess|feels\s+like|seems\s+like|hard\s+to\s+tell|"
    r"can't\s+tell|either)\b",
    re.IGNORECASE,
)
_ME_SAID = re.compile(
    r"\b(?:I|i)(?:\s+\w+ly)?\s+(?:also\s+|then\s+|finally\s+|even\s+)?(?:told|tell|said|say|"
    r"admitted|admit|confessed|shared|share|opened\s+up|was\s+(?:honest|upfront|open|"
    r"candid|frank|straight|clear|blunt)|came\s+clean|owned\s+up|explained|mentioned|"
    r"laid\s+out|put\s+it|let\s+(?:him|her|them)\s+know|brought\s+up|raised|confided|"
    r"conceded|acknowledged|described|walked\s+(?:him|her|them)\s+through|owned|"
    r"talked\s+about|talked\s+(?:him|her|them)\s+through|went\s+through|was\s+honest)\b"
)
# A sentence that starts with a verb has me as its subject in a diary ("Told M re: reorg").
_ELIDED_SPEECH = re.compile(
    r"(?:told|said|admitted|confessed|shared|opened\s+up|mentioned|explained|"
    r"was\s+honest|came\s+clean|owned\s+up|laid\s+out|raised|asked|brought)\b",
    re.IGNORECASE,
)
_ELIDED_VERB = re.compile(
    r"(?:[a-z]+ed|told|said|gave|got|made|sent|met|took|had|went|brought|kept|held|ran|"
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

    def __init__(self, doc: Document, names: re.Pattern[str] | None) -> None:
        self.doc = doc
        self.text = doc.text
        self._names = names
        self._tokens: dict[int, list[Token]] = {}
        self._speakers: dict[int, str] = {}

    # -- subjects -----------------------------------------------------------------

    def tokens(self, si: int) -> list[Token]:
        """The person words of sentence `si`, inside quotes mapped through the speaker."""
        found = self._tokens.get(si)
        if found is not None:
            return found
        sent = self.doc.sentences[si]
        text = self.text
        raw: list[Token] = []
        for m in _TOKEN.finditer(text, sent.start, sent.end):
            kind = m.lastgroup or ""
            word = m.group(0)
            if kind == "them" and word.lower() == "her" and self._her_is_object(m.start()):
                continue
            if kind == "me" and word == "I" and m.end() < len(text) and text[m.end()] == ".":
                pass
            raw.append(Token(m.start(), m.end(), kind))
        for span in self._name_spans(sent):
            raw.append(Token(span.start, span.end, THEM))
        raw.sort(key=lambda t: t.start)
        result: list[Token] = []
        for tok in raw:
            quote = self.doc.quote_at(tok.start)
            actor = tok.actor
            if quote is not None:
                speaker = self.quote_speaker(quote, si)
                actor = _through_speaker(actor, speaker)
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

    def _name_spans(self, sent: Sentence) -> list[Span]:
        spans: list[Span] = []
        if self._names is not None:
            for m in self._names.finditer(self.text, sent.start, sent.end):
                spans.append(Span(m.start(), m.end()))
        for m in _GUESSED_NAME.finditer(self.text, sent.start, sent.end):
            if m.group(1).lower() not in _NOT_NAMES:
                spans.append(Span(m.start(1), m.end(1)))
        return spans

    def actor_at(self, si: int, pos: int) -> tuple[str, bool]:
        """Who is the subject for words at `pos`: the nearest person word before it in its
        clause, else earlier in the sentence, else the speaker of its quotation, else me
        when the sentence starts with a verb (a diary's dropped "I"). The flag says
        whether a word named the actor (False: implied)."""
        sent = self.doc.sentences[si]
        quote = self.doc.quote_at(pos)
        toks = self.tokens(si)
        if quote is not None:
            inside = [t for t in toks if quote.start < t.start < pos]
            if inside:
                return inside[-1].actor, True
            return self.quote_speaker(quote, si), True
        clause = sent.clause_at(pos)
        before = [t for t in toks if t.start < pos and self.doc.quote_at(t.start) is None]
        in_clause = [t for t in before if t.start >= clause.start]
        if in_clause:
            return in_clause[-1].actor, True
        label = self.label_at(si, pos)
        if label is not None:
            return label, True
        if before:
            return before[-1].actor, True
        if _ELIDED_VERB.match(self.text, sent.start, sent.end) or _ELIDED_VERB.match(
            self.text, clause.start, clause.end
        ):
            return ME, False
        return NONE, False

    def label_at(self, si: int, pos: int) -> str | None:
        """The actor of a "Maya:" / "Me:" label that introduces the clause holding `pos`."""
        sent = self.doc.sentences[si]
        found: str | None = None
        for m in _LABEL.finditer(self.text, sent.start, pos):
            word = m.group("who").split()[0].lower()
            if word in _NOT_NAMES and word not in {"her", "his", "their", "me", "i"}:
                continue
            found = ME if word in {"me", "i"} else THEM
        return found

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
        sent = self.doc.sentences[si]
        out: list[Token] = []
        for m in _TOKEN.finditer(self.text, sent.start, sent.end):
            if self.doc.quote_at(m.start()) is None and m.lastgroup in (ME, THEM, WE, BOTH):
                if m.group(0).lower() == "her" and self._her_is_object(m.start()):
                    continue
                out.append(Token(m.start(), m.end(), m.lastgroup or NONE))
        for span in self._name_spans(sent):
            if self.doc.quote_at(span.start) is None:
                out.append(Token(span.start, span.end, THEM))
        out.sort(key=lambda t: t.start)
        return out

    def speaker_at(self, si: int, pos: int) -> tuple[str, bool]:
        """Who said the words at `pos`: a quotation's speaker, the subject of the nearest
        "said/told/thinks" before it in the sentence, a "Maya:" label; the flag says
        whether a frame or label showed it (False: only the subject was found)."""
        quote = self.doc.quote_at(pos)
        if quote is not None:
            return self.quote_speaker(quote, si), True
        sent = self.doc.sentences[si]
        frames = [
            m
            for m in _FRAME.finditer(self.text, sent.start, pos)
            if self.doc.quote_at(m.start()) is None
        ]
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
        sent = self.doc.sentences[si]
        clause = sent.clause_at(start)
        lo = clause.start
        quote = self.doc.quote_at(start)
        if quote is not None:
            lo = max(lo, quote.start)
        for m in _NEGATOR.finditer(self.text, lo, start):
            if m.end() > start:
                continue
            gap = self.text[m.end() : start]
            if "," in gap or ";" in gap:
                continue
            if len(_WORD.findall(gap)) <= NEGATION_WINDOW:
                return Span(m.start(), m.end())
        return None

    def hedged(self, si: int, pos: int) -> bool:
        clause = self.doc.sentences[si].clause_at(pos)
        return _HEDGE.search(self.text, clause.start, clause.end) is not None

    def habitual(self, si: int, pos: int) -> bool:
        clause = self.doc.sentences[si].clause_at(pos)
        return _HABITUAL.search(self.text, clause.start, pos) is not None

    def i_said(self, si: int, pos: int) -> bool:
        """Whether I said the words at `pos` in the conversation (not only thought them):
        an "I told / admitted / was honest that" before them in the sentence, a quotation
        of mine, a "Me:" label, or a sentence that starts "Told him ...", "Admitted ...".
        """
        sent = self.doc.sentences[si]
        quote = self.doc.quote_at(pos)
        if quote is not None and self.quote_speaker(quote, si) == ME:
            return True
        if self.label_at(si, pos) == ME:
            return True
        if _ME_SAID.search(self.text, sent.start, pos):
            return True
        return _ELIDED_SPEECH.match(self.text, sent.start, sent.end) is not None

    def private(self, si: int, pos: int) -> bool:
        """Whether the words at `pos` are only my thought: an "I think / suspect / wonder"
        (or a sentence opening "Not sure ...") before them with no speech frame between."""
        sent = self.doc.sentences[si]
        last_private = None
        for m in _PRIVATE.finditer(self.text, sent.start, pos):
            last_private = m
        if last_private is None:
            return False
        return not any(
            self.doc.quote_at(f.start()) is None
            for f in _FRAME.finditer(self.text, sent.start, pos)
            if f.start() < last_private.start() or f.start() > last_private.end()
        ) and not self.i_said_before(si, last_private.start())

    def i_said_before(self, si: int, pos: int) -> bool:
        sent = self.doc.sentences[si]
        return _ME_SAID.search(self.text, sent.start, pos) is not None


_GUESSED_NAME = re.compile(
    r"\b([A-Z][a-z]{1,20})(?=(?:\s+\w+ly)?\s+(?:said|says|told|tells|admitted|admits|asked|"
    r"asks|thinks|thought|was|is|has|had|gave|gives|challenged|pushed|questioned|got|gets|"
    r"knows|knew|understood|understands|regrets|regretted|explained|described|shared|"
    r"opened|called|walked|mentioned|laid|agreed|nodded|offered|pitched|wanted|wants|"
    r"talked|went|did|didn't|doesn't|isn't|wasn't|hasn't|can't|couldn't|won't|wouldn't|"
    r"and\s+I|made|took|spent|brought|sees|saw|feels|felt|reckons|argued|warned|insisted|"
    r"suggested|replied|answered|confessed|conceded)\b|'s\b)"
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
