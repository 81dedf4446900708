"""Cues of honesty and shared context: failure, doubt, regret, feedback, challenge,
understanding, asking for help, and the three kinds of shared context.

Lower case; see lexicon.py for how cues are read. `_alt` joins alternatives into one
whole-word pattern, so each line below is one way people write the thing.
"""

from __future__ import annotations

from trustjournal.core.suggest.lexicon import (
    CHALLENGE,
    DOUBT,
    EVALUATION,
    FAIL,
    FEEDBACK,
    HELP,
    PARALLEL,
    REGRET,
    SIMILAR,
    TRADEOFF,
    UNDERSTOOD,
    Cue,
)


def _alt(*parts: str) -> str:
    return r"\b(?:" + "|".join(parts) + r")\b"


_BE = r"(?:is|was|are|were|'s|'re|'m|am|been|be|has\s+been|have\s+been|had\s+been)"
_WHO = r"(?:he|she|they|i|we|him|her|them|me|us)"
_ADV = r"(?:\w+ly\s+)?"
_MY = r"(?:my|our|the|his|her|their|its|a|an|this|that|your)"
_SAY_THAT = r"(?:said|says|say|told\s+\w+|tell\s+\w+|thinks|think|feels|admitted|pointed\s+out)"

HONESTY_CUES: tuple[Cue, ...] = (
    # ---- something failed or is failing ---------------------------------------------------
    (
        FAIL,
        0.9,
        _alt(
            _BE + r"\s+(?:\w+ly\s+|quite\s+|so\s+|now\s+)?(?:failing|a\s+failure|a\s+flop|"
            r"a\s+disaster|"
            r"a\s+mess|a\s+write-?off|a\s+fiasco|dead\s+in\s+the\s+water|in\s+the\s+toilet|"
            r"going\s+badly|gone\s+badly|off\s+track|underwater|in\s+trouble|dying|"
            r"behind\s+(?:plan|schedule|target|budget)|(?:\w+\s+)?(?:months?|weeks?|quarters?)\s+late|"
            r"drifting|stalling|stalled|falling\s+apart|collapsing|underperforming|"
            r"bleeding\s+(?:cash|customers|people|money)|missing\s+(?:plan|targets?|the\s+number)|"
            r"very\s+bad|a\s+bad\s+year|nowhere\s+near)",
            r"(?:failed|flopped|bombed|tanked|cratered|imploded|collapsed|fell\s+apart|"
            r"went\s+(?:badly|wrong|sideways|south)|gone\s+wrong|go\s+wrong|backfired|"
            r"blew\s+up(?:\s+on\s+\w+)?|sank|nearly\s+sank|sunk)",
            r"(?:has|have|had)n't\s+worked|didn't\s+work|(?:is|are)n't\s+working|never\s+worked|"
            r"did\s+not\s+work|has\s+not\s+worked|not\s+working",
            r"(?:blew|botched|fumbled|mishandled|misjudged|misread|misjudging|"
            r"screwed\s+up|messed\s+up|made\s+a\s+mess\s+of)",
            r"got\s+(?:it|that|this|them|\w+|the\s+\w+(?:\s+\w+)?)\s+(?:\w+\s+)?(?:badly\s+)?wrong",
            r"got\s+(?:burn(?:ed|t)|crushed|hammered|killed|wiped\s+out)",
            r"burn(?:ed|t)\s+(?:two|three|\d+|a|a\s+full)\s+(?:years?|quarters?|months?)",
            r"dropped\s+the\s+ball|made\s+(?:a|the)\s+(?:big\s+|huge\s+|costly\s+|same\s+)?mistake",
            r"(?:my|his|her|their|our|the\s+biggest|biggest)\s+(?:\w+\s+)?(?:mistake|mistakes|failure|fault|error|blunder)",
            r"(?:was|is|it's)\s+(?:all\s+)?(?:mine|on\s+me|on\s+him|on\s+her|my\s+call|his\s+call|her\s+call)",
            r"(?:missed|miss|blew|blown)\s+(?:the|a|our|his|her|their|every|my)\s+(?:\w+\s+){0,2}?"
            r"(?:deadline|target|quarter|number|numbers|plan|forecast|date|window|budget)",
            r"(?:lost|lose|losing)\s+(?:a|the|our|his|her|their|two|three|four|\d+|a\s+fifth\s+of)\s+"
            r"(?:\w+\s+)?(?:customer|customers|quarter|deal|deals|bet|money|year|fortune|round|"
            r"contract|account|accounts|client|clients|plant|planners|team|them|search\s+traffic)",
            r"(?:had|have|has|must|need)\s+to\s+(?:unwind|write\s+off|shut\s+(?:it\s+)?down|walk\s+back|"
            r"reverse|restate|make\s+layoff)",
            r"write-?off|written\s+off|covenant\s+breach|breached\s+(?:a|the|our|his|her)\s+covenant",
            r"slipped|(?:is|was)\s+slipping|down\s+round|fell\s+short|underdelivered|"
            r"(?:is|are|was)\s+down\s+(?:a\s+third|a\s+quarter|half|\d+)",
            r"failing\s+(?:the|my|his|her|our)\s+\w+|failure|failures",
            r"cost\s+(?:me|him|her|them|us)\s+(?:the|a|two|three|\d+)\s+\w+",
            r"(?:she|he|they|i)\s+owned\s+it|the\s+bad\s+one|(?:the\s+)?\w+\s+miss\s+was\s+mine",
            r"zero\s+revenue|let\s+it\s+bleed",
        ),
    ),
    (
        FAIL,
        0.8,
        _alt(
            r"(?:shared|told\s+(?:me|him|her|them|us)\s+about|opened\s+up\s+about|came\s+clean\s+about|"
            r"owned\s+up\s+to|walked\s+(?:me|him|her)\s+through)\s+(?:the|a|his|her|their|my|our)\s+"
            r"(?:\w+\s+){0,2}?(?:failure|failures|flop|mistake|mistakes|mess|disaster|breach|write-?off|"
            r"screw-?up|fiasco|failed\s+\w+|loss|losses|miss)",
            r"opened\s+up\s+about",
            r"told\s+(?:me\s+)?how\s+(?:his|hers|her|theirs)\s+went\s+wrong",
        ),
    ),
    # ---- doubt and uncertainty -------------------------------------------------------------
    (
        DOUBT,
        0.9,
        _alt(
            r"not\s+(?:at\s+all\s+|entirely\s+|totally\s+|really\s+)?sure|unsure|uncertain|not\s+certain",
            r"no\s+(?:real\s+)?idea|(?:do|does|did)(?:\s+not|n't)\s+(?:really\s+)?know|dunno|"
            r"(?:don't|doesn't|didn't|do\s+not|does\s+not)\s+have\s+(?:a|an|any|the)\s+"
            r"(?:good\s+|clear\s+|real\s+)?(?:answer|plan|clue)|no\s+(?:good\s+|clear\s+)?(?:answer|answers|clue)",
            r"(?:doesn't|don't)\s+know",
            r"no\s+plan\s+b|(?:has|have)\s+no\s+plan|torn|conflicted|50/50|fifty-fifty",
            r"on\s+the\s+fence|second-?guessing|out\s+of\s+(?:my|his|her|their)\s+depth",
            r"scared|afraid|terrified|frightened|worried|anxious|nervous|panicking|petrified",
            r"(?:is|am|'m|are|'re|was|were|'s|feels?|felt)\s+(?:totally\s+|completely\s+|a\s+bit\s+|so\s+)?lost",
            r"losing\s+sleep|can't\s+sleep|can't\s+(?:decide|tell|see\s+how|figure)|(?:has|have|had)\s+doubts|"
            r"(?:the\s+)?same\s+doubt|my\s+doubt|doubts\s+about|doubting|"
            r"questioning\s+(?:whether|if)|wondering\s+(?:whether|if|how)",
            r"not\s+convinced|unclear\s+(?:whether|if|how|what)|struggling\s+(?:with|to)",
            r"burn(?:ed|t)\s+out|in\s+over\s+(?:my|his|her|their)\s+head",
            r"still\s+(?:unsure|undecided|figuring\s+(?:it|that)\s+out)|undecided|at\s+a\s+loss",
            r"lost\s+(?:confidence|faith)\s+in|(?:don't|doesn't)\s+trust\s+(?:my|his|her|their)\s+own",
            r"i\s+(?:think|guess)\s+(?:it's\s+right|we'll\s+see)\?|i\s+guess\s+we'll\s+see",
            r"ask\s+me\s+in\s+(?:six|\d+|a\s+few)\s+months",
            r"i'm\s+stuck|(?:she's|he's|they're)\s+stuck",
        ),
    ),
    (
        DOUBT,
        0.85,
        _alt(
            r"(?:admitted|admits|confessed|acknowledged|voiced)\s+(?:to\s+)?(?:some\s+|real\s+|a\s+lot\s+of\s+|his\s+|her\s+|my\s+)?"
            r"(?:doubt|doubts|uncertainty|fear|fears|worry|worries|insecurity)"
        ),
    ),
    # ---- regret ----------------------------------------------------------------------------
    (
        REGRET,
        0.9,
        _alt(
            r"regrets?|regretted|regretting|regretful|rues|rued",
            r"wish(?:es|ed)?\s+(?:i|he|she|they|we)\s+(?:had|'d|hadn't|could)",
            r"should\s+(?:have|'ve)\s+\w+|shouldn't\s+have\s+\w+|should've\s+\w+",
            r"(?:would|'d)\s+(?:do|have\s+done|handle)\s+(?:\w+\s+){0,4}?differently",
            r"kick(?:s|ed|ing)?\s+(?:himself|herself|themselves|myself)",
            r"(?:his|her|their|my)\s+biggest\s+(?:mistake|regret)",
            r"if\s+(?:i|he|she|they)\s+(?:could|had\s+it|did\s+it|started|were\s+starting)\s+"
            r"(?:\w+\s+){0,2}?(?:again|over|go\s+back|choose\s+again)",
            r"in\s+hindsight|with\s+hindsight|waited\s+too\s+long|too\s+late\s+to",
            r"(?:the\s+)?wrong\s+(?:choice|call|decision)|decision\s+(?:he|she|they|i)\s+replays?",
            r"(?:would|'d)\s+(?:rather\s+not\s+have|give\s+(?:half|it|a\s+lot))",
            r"still\s+thinks?\s+about\s+it",
        ),
    ),
    # ---- honest feedback -------------------------------------------------------------------
    (
        FEEDBACK,
        0.9,
        _alt(
            r"(?:honest|candid|frank|blunt|brutal|straight|unvarnished|tough|hard|critical|harsh)\s+"
            r"(?:feedback|read|take|view|assessment|opinion|verdict|critique|truth|truths|"
            r"review|words|answer)",
            r"feedback\s*:|(?:told|gave|tell)\s+(?:me|it\s+to\s+me)\s+(?:\w+\s+)?(?:straight|bluntly|"
            r"frankly|honestly|plainly|candidly|directly|to\s+my\s+face)",
            r"bluntly|didn't\s+sugar-?coat|pulled\s+no\s+punches|called\s+me\s+out|"
            r"called\s+out\s+(?:my|how\s+i)",
            r"took\s+(?:apart\s+my|my\s+\w+(?:\s+\w+)?\s+apart|the\s+\w+(?:\s+\w+)?\s+apart|"
            r"it\s+apart)|tore\s+(?:apart\s+my|my\s+\w+\s+apart|into\s+my)|picked\s+apart|"
            r"poked\s+holes\s+in\s+my|line\s+by\s+line",
            r"(?:what|things)\s+i\s+(?:didn't|did\s+not)\s+want\s+to\s+hear|"
            r"(?:opposite|not)\s+(?:of\s+)?what\s+i\s+wanted\s+to\s+hear",
            r"(?:it|that|which)\s+stung|ouch|not\s+wrong|(?:which|and)\s+is\s+fair|"
            r"(?:sees|saw|noticed)\s+it\s+too|gave\s+me\s+(?:two|three|\d+|some|concrete)\s+examples",
            r"my\s+blind\s+spots?|hard\s+truths?|home\s+truths?|a\s+reality\s+check",
            r"(?:people|ppl|everyone|the\s+team)\s+(?:had\s+|have\s+)?notic(?:e|ed)",
        ),
    ),
    (
        EVALUATION,
        0.7,
        _alt(
            r"(?:i|i'm|i've|i'd|i\s+was|i\s+am|you|you're|you've|you'd|my\s+\w+(?:\s+\w+)?|"
            r"your\s+\w+(?:\s+\w+)?|the\s+(?:plan|deck|pitch|strategy|memo|product|story|model|slide)(?:\s+\w+)?)"
            r"\s+(?:\w+\s+){0,5}?"
            r"(?:too\s+\w+|not\s+listening|hiding|avoiding|avoidance|coasting|behind|"
            r"waited\s+too\s+long|being\s+(?:too|naive|defensive)|keeping\s+it\s+alive|for\s+my\s+ego|"
            r"buries|hides|the\s+(?:problem|bottleneck)|the\s+second\s+time|again\s+and\s+again|"
            r"overthinking|over-?engineering|micromanag\w+|defensive|naive|badly|"
            r"blind\s+to|doesn't\s+land|isn't\s+landing|not\s+landing|confusing|weak|"
            r"interrupt\w*|a\s+habit\s+of|hard\s+to\s+help|don't\s+believe|let\s+\w+(?:\s+\w+){0,3}\s+drift|"
            r"partly\s+(?:my|your)\s+\w+|isn't\s+crushing\s+it|reads?\s+(?:as|like)\s+\w+)",
        ),
    ),
    # ---- challenged my framing -------------------------------------------------------------
    (
        CHALLENGE,
        0.9,
        _alt(
            r"challeng(?:ed|es|ing|e)\s+(?:me|my|the|how|whether|that|it|this|us|a\s+single)",
            r"push(?:ed|es|ing)?\s+back|pushback|took\s+issue|take\s+issue",
            r"questioned\s+(?:my|whether|if|the|how|why|that)",
            r"reframed|re-?framed|reframe|(?:framing|framed|frame|calling|call|treating|treat|seeing)\s+"
            r"(?:it|this|that|the\s+\w+)\s+as|my\s+['\"]?[\w-]+(?:\s+[\w-]+)?['\"]?\s+framing",
            r"(?:keep|kept)\s+calling\s+it|anchoring\s+on|(?:a|the)\s+third\s+option|"
            r"false\s+(?:choice|binary|dichotomy)|devil's\s+advocate|stress-?tested|pressure-?tested",
            r"(?:asked|asking)\s+(?:me\s+)?(?:a\s+)?(?:hard|tough|sharp|pointed|awkward)\s+questions?",
            r"made\s+me\s+(?:rethink|reconsider|question)|rethink\s+(?:the|my)|"
            r"(?:wasn't|isn't|not)\s+buying\s+(?:it|my)|didn't\s+buy\s+(?:it|my)|disagreed|"
            r"argued\s+(?:the\s+opposite|against)",
            r"turned\s+(?:it|the\s+question)\s+(?:around|into)|flipped\s+(?:it|the\s+question|how\s+i)",
            r"my\s+(?:assumption|premise|framing)|the\s+real\s+(?:question|problem|issue)\s+is|"
            r"(?:your|the)\s+real\s+(?:problem|issue|question)|wrong\s+question",
            r"(?:are|were)\s+you\s+sure|is\s+it\s+really|what\s+if\s+you're\s+wrong",
            r"when\s+it's\s+(?:really\s+)?about|(?:it's|it\s+is|is)\s+(?:really|actually)\s+about",
            r"not\s+the\s+decision,\s+the|a\s+\w+\s+(?:question|problem),\s+not\s+a",
            r"(?:isn't|is\s+not|not)\s+(?:a|an)\s+[\w-]+\s+(?:problem|question|issue)",
            r"confusing\s+the\s+problem|what\s+i'm\s+(?:really\s+)?running\s+from|"
            r"what\s+i\s+was\s+(?:really\s+)?afraid\s+of|none\s+of\s+those\s+are",
            r"(?:why|whether)\s+(?:are\s+)?(?:you're|you\s+are|i'm|i\s+am|i'd\s+been|i\s+was)\s+"
            r"(?:treating|calling|framing|seeing)",
            r"exit\s+or\s+(?:as\s+)?an\s+escape",
        ),
    ),
    # ---- understood my constraints --------------------------------------------------------
    (
        UNDERSTOOD,
        0.9,
        _alt(
            r"(?:understood|understands|understand|understanding|gets|get|got|grasped|knows|knew|know|"
            r"appreciated|respected|clocked|realised|realized|saw|sees)\s+(?:at\s+once\s+|without\s+asking\s+)?"
            r"(?:the|my|our|why|that|how|what)\s+(?:\w+\s+){0,3}?"
            r"(?:constraints?|limits?|situation|position|politics|reality|realities|runway|cash|"
            r"bind|box|hands\s+are\s+tied|trade-?offs?\s+i'm|can't|cannot|stuck|covenants?)",
            r"(?:understood|understands|understanding|gets|get|got|knows|knew|know|clocked|realised|"
            r"realized|accepted|accepts|sees|saw|appreciated)\s+(?:\w+\s+){0,3}?(?:that\s+|why\s+)?"
            r"(?:i|we|you)\s+(?:\w+\s+){0,2}?(?:can't|cannot|couldn't|can\s+not|won't\s+be\s+able|"
            r"have\s+no\s+\w+|don't\s+have)",
            r"(?:planned|shaped|built|fitted|fit|tailored)\s+(?:his|her|their|the)\s+(?:advice|answer|"
            r"suggestions?)\s+around|(?:built|shaped)\s+(?:his|her|their)\s+\w+\s+around\s+that",
            r"advice\s+(?:that\s+)?(?:actually\s+)?(?:fit|fits|fitted)|(?:actually|it)\s+fits|"
            r"fits\s+the\s+(?:budget|constraints?|reality)|within\s+(?:my|our|the)\s+(?:constraints|limits|budget)",
            r"without\s+me\s+having\s+to\s+(?:spell\s+it\s+out|explain)|w/o\s+me\s+saying|"
            r"didn't\s+pretend\s+otherwise|(?:been|was)\s+where\s+i\s+am|in\s+my\s+shoes",
            r"(?:same|same\s+\w+)\s+call\s+(?:\w+\s+){0,4}given\s+(?:our|my)",
            r"given\s+(?:our|my)\s+(?:constraints?|covenant|runway|board|cash|situation)",
            r"knew\s+what\s+i\s+(?:can|can't)|what\s+the\s+bank\s+actually\s+wants",
            r"(?:knows|knew|know)\s+(?:my|our)\s+(?:board|cash|runway|numbers|investors|team|constraints)",
            r"(?:gets|got|understands|understood)\s+(?:our|my)\s+constraints",
            r"didn't\s+suggest\s+(?:i|we)\s+(?:simply\s+|just\s+)?\w+|wasn't\s+suggesting\s+i\s+should",
            r"kept\s+everything\s+inside\s+it|(?:worked|working)\s+from\s+that|"
            r"took\s+the\s+[\w\s]{1,20}?\s+as\s+fixed|everything\s+(?:he|she)\s+suggested\s+assumed",
            r"went\s+around\s+that|assumed\s+it",
        ),
    ),
    # ---- I asked for help on a live decision ----------------------------------------------
    (
        HELP,
        0.9,
        _alt(
            r"(?:asked|ask|asking|pinged|rang|called|texted|messaged)\s+(?:to\s+)?(?:[\w']+\s+){0,2}?"
            r"(?:for\s+(?:\w+\s+)?(?:help|advice|input|counsel|guidance|a\s+steer|a\s+second\s+opinion|"
            r"(?:his|her|their)\s+(?:view|take|advice|read|opinion))|advice\s+(?:about|on)|"
            r"(?:what|which)\s+(?:\w+\s+){0,3}?(?:he|she|they)\s*(?:'d|would)\s+(?:do|pick|choose|go\s+with)|"
            r"whether\s+(?:i|we)\s+should|whether\s+to|(?:him|her|them)\s+to\s+(?:sanity|pressure)-?check|"
            r"(?:him|her|them)?\s*straight\s*:|to\s+pressure-?test|"
            r"how\s+(?:he|she|they)\s+would\s+(?:handle|approach)|(?:his|her|their)\s+advice\s+on|"
            r"(?:his|her|their)\s+view\s+on\s+whether|what\s+to\s+do\s+about)",
            r"(?:asked|ask)\s+\w+'s\s+(?:view|advice|take|opinion)\s+on",
            r"brought\s+(?:\w+\s+)?(?:the|my|our|a)\s+(?:\w+\s+)?decision|hot\s+seat",
            r"sought\s+(?:his|her|their)\s+(?:advice|counsel|view)",
            r"ran\s+(?:the|my|our)\s+(?:\w+\s+){0,2}(?:decision|dilemma|question|options?)\s+(?:by|past)",
            r"picked\s+(?:his|her|their)\s+brains?\s+on|sounding\s+board\s+(?:on|for)",
            r"(?:asked|asking)\s+(?:\w+\s+)?to\s+help\s+me\s+(?:decide|think|choose)",
            r"what\s+would\s+you\s+do|what\s+(?:he|she|they)\s+would\s+do\s+in\s+my\s+place",
        ),
    ),
    # ---- similar failures -----------------------------------------------------------------
    (
        SIMILAR,
        0.9,
        _alt(
            r"(?:the\s+)?same\s+(?:thing|mistake|failure|problem|error|trap)\s+happen(?:ed|s)?\s+to",
            r"(?:made|done|did|make)\s+the\s+(?:exact\s+)?same\s+(?:thing|mistake|error)",
            r"done\s+the\s+same|did\s+the\s+same\s+thing|did\s+exactly\s+this",
            r"(?:told|showed)\s+me\s+about\s+(?:hers|his|theirs)",
            r"same\s+(?:mistake|error|trap|failure),|(?:it\s+is|it's)\s+the\s+same\s+(?:error|mistake|trap)|"
            r"same\s+mistake|same\s+error|same\s+trap|same\s+playbook|exact\s+same\s+play|"
            r"same\s+failed\s+bet|nearly\s+identical",
            r"(?:been|got)\s+burned\s+the\s+same\s+way|same\s+(?:mistake|failure)\s+as\s+(?:me|i|us)",
            r"(?:sounded|was)\s+just\s+like\s+(?:his|her|their|my|our)",
            r"the\s+same\s+happen(?:ed)?\s+to",
            r"me\s*:\s*same\s+thing",
        ),
    ),
    # ---- comparable trade-offs -----------------------------------------------------------
    (
        TRADEOFF,
        0.85,
        _alt(
            r"(?:compared|comparing|swapped\s+notes\s+on|walked\s+through|talked\s+through|weighed)\s+"
            r"(?:\w+\s+){0,3}?(?:trade-?offs?|paths|options|approaches|choices|layoffs|cuts|"
            r"what\s+each|how\s+we\s+each|how\s+we\s+both|build\s+vs\.?\s+buy|the\s+costs?|"
            r"where\s+each\s+of\s+us|what\s+(?:i|we|he|she)\s+(?:traded|gave|give)|"
            r"what\s+we'd\s+each|what\s+each\s+of\s+us)",
            r"(?:same|similar)\s+(?:choice|call|dilemma|trade-?off|trade|decision|fork|question)",
            r"build\s+(?:vs\.?|versus|or)\s+buy",
            r"we\s+both\s+(?:see|saw|know|face|faced|weigh|weighed)\s+the\s+(?:cost|costs|trade-?off)",
            r"(?:he|she|they)\s+(?:chose|choose|went\s+with|picked|did|built|bought|opted\s+for|kept|forced)\s+"
            r"[^.;]{1,80}?(?:;|,|\s-)\s*i(?:'m|\s+am|'ve\s+been)\s+(?:\w+\s+)?(?:leaning|considering|weighing|"
            r"thinking|going|doing|looking|starving)",
            r"(?:\w+'s|he's|she's)\s+picked\s+\w+;\s+i'm\s+leaning",
            r"compared\s+what\s+each\s+costs|what\s+each\s+(?:of\s+us\s+)?(?:costs|gives\s+up|would\s+give\s+up)",
            r"(?:both|each)\s+(?:of\s+us\s+)?(?:choosing|deciding|weighing|stuck\s+between|torn\s+between)",
            r"(?:had|has|have)\s+to\s+choose\s+(?:like\s+this|between)",
            r"what\s+(?:i|we)\s+(?:traded|gave)\s+(?:away|up)|what\s+(?:we'd|we\s+would)\s+each\s+sacrifice|"
            r"what\s+each\s+of\s+us\s+gives\s+up|where\s+each\s+of\s+us\s+would",
            r"where\s+i\s+was\s+last\s+year|a\s+version\s+of\s+the\s+same\s+(?:choice|trade|decision)",
            r"(?:came|come)\s+out\s+(?:almost\s+)?(?:exactly\s+)?like\s+mine",
            r"how\s+differently\s+we've\s+each",
        ),
    ),
    # ---- parallel pressures --------------------------------------------------------------
    (
        PARALLEL,
        0.9,
        _alt(
            r"parallel\s+pressures?|(?:our|the)\s+pressures\s+(?:rhyme|match|are\s+the\s+same)",
            r"same\s+(?:\w+\s+){0,2}?(?:pressure|pressures|squeeze|investors|chair|headwinds|push|letter|"
            r"headache|demands?)",
            r"same\s+board\s+(?:pressure|push|questions)|(?:exactly|just)\s+(?:this|the\s+same)\s+pressure",
            r"both\s+(?:boards|chairs|of\s+us\s+have|founder-?ceos|under)",
            r"both\s+(?:of\s+)?our\s+(?:boards|companies|chairs|teams|roadmaps|investors)",
            r"(?:each|both)\s+of\s+our\s+(?:companies|boards)",
            r"(?:comparing|compared)\s+how\s+our\s+(?:boards|investors|teams|chairs|banks)",
            r"(?:hers|his|theirs)\s+wants\s+[^.;]{1,60}?mine\s+wants",
            r"breathing\s+down\s+(?:his|her|their)\s+neck",
            r"(?:we're|we\s+are)\s+both\s+(?:trying|under|dealing|facing|fighting|stuck|wrestling)",
            r"both\s+(?:of\s+us\s+)?(?:trying|under|dealing|facing|fighting|wrestling|with\s+investors|"
            r"with\s+(?:a\s+)?board)",
            r"(?:asking|want|wants)\s+(?:exactly\s+)?the\s+(?:same\s+)?questions\s+mine\s+(?:is|does)",
            r"same\s+as\s+mine|same\s+like\s+(?:me|mine|us)|it's\s+my\s+\w+\s+too|exactly\s+this\s+pressure",
            r"(?:his|her|their)\s+board\s+(?:is\s+)?(?:asking|wants?|pushing)[^.;]{1,50}?mine",
            r"what's\s+breaking\s+in\s+each",
        ),
    ),
)
