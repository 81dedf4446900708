"""The cues: the words that show each kind of signal, before any scope rule applies.

A cue says *what* happened; `kinds.py` says which signal that becomes for each actor and
what a negation turns it into, and `scope.py` finds the actor. So one cue ("no idea how
to") serves "I have no idea how to…" (i_admitted_doubt), "she has no idea…"
(they_admitted_doubt) and "neither of us has any idea…" (both).

Patterns are case-insensitive, matched on the note with straight quotes. Write them for
many voices: British and American spelling, terse shorthand and full sentences, present
and past tense. Each has a weight in (0, 1]: how plainly the words alone show it.
"""

from __future__ import annotations

# Reusable pieces.
_BE = r"(?:is|was|are|were|'s|'re|'m|am|has\s+been|have\s+been|had\s+been|been)"
_POSS = r"(?:my|our|his|her|their|the|its|a|this|that)"
_SAY = r"(?:said|says|told\s+(?:me|us|him|her|them)|admitted|admits|confessed|thinks|thought)"
_THING = (
    r"(?:plan|deck|pitch|strategy|roadmap|product|team|exec\s+team|leadership\s+team|org|"
    r"hiring\s+plan|board\s+deck|story|narrative|numbers|model|forecast|approach|idea|"
    r"launch|message|messaging|process|pricing|culture|communication|management|style)"
)

FAIL = "fail"
DOUBT = "doubt"
REGRET = "regret"
FEEDBACK = "feedback"
EVALUATION = "evaluation"
CHALLENGE = "challenge"
UNDERSTOOD = "understood"
HELP = "help"
SIMILAR = "similar"
TRADEOFF = "tradeoff"
PARALLEL = "parallel"
SUCCESS = "success"
TRANSACT = "transact"
SURFACE = "surface"
VALIDATED = "validated"
POLISHED = "polished"
WITHHELD = "withheld"

CUES: tuple[tuple[str, float, str], ...] = (
    # ---- something failed or is failing ---------------------------------------------------
    (
        FAIL,
        0.9,
        r"\b(?:is|was|are|were|'s|'re|been|be)\s+(?:quietly\s+|slowly\s+|clearly\s+)?"
        r"(?:failing|a\s+failure|a\s+flop|a\s+disaster|a\s+mess|a\s+write-?off|dead\s+in\s+the\s+water|"
        r"going\s+badly|off\s+track|underwater|in\s+trouble|behind\s+(?:plan|schedule|target|budget)|"
        r"(?:\w+\s+)?(?:months?|weeks?|quarters?)\s+late|late|drifting|stalling|stalled|"
        r"falling\s+apart|collapsing|bleeding\s+(?:cash|customers|people)|missing\s+(?:plan|targets?))\b",
    ),
    (
        FAIL,
        0.9,
        r"\b(?:failed|flopped|bombed|tanked|cratered|imploded|collapsed|fell\s+apart|"
        r"fell\s+over|went\s+(?:badly|wrong|sideways|south)|backfired|blew\s+up|"
        r"(?:has|have|had)n't\s+worked|didn't\s+work|(?:is|are)n't\s+working|never\s+worked|"
        r"did\s+not\s+work|has\s+not\s+worked)\b",
    ),
    (
        FAIL,
        0.85,
        r"\b(?:blew|botched|fumbled|screwed\s+up|messed\s+up|mishandled|misjudged|"
        r"misread|misjudged|got\s+(?:it|that|the\s+\w+)\s+(?:\w+\s+)?wrong|got\s+burn(?:ed|t)|"
        r"burn(?:ed|t)\s+(?:two|three|\d+|a|a\s+full)\s+(?:years?|quarters?|months?)|"
        r"dropped\s+the\s+ball|made\s+a\s+(?:big\s+|huge\s+|costly\s+)?mistake|"
        r"(?:my|his|her|their|our|the\s+biggest)\s+(?:\w+\s+)?(?:mistake|failure|fault)|"
        r"(?:missed|blew|blown)\s+(?:the|a|our|his|her|their|every)\s+(?:\w+\s+)?"
        r"(?:deadline|target|quarter|number|numbers|plan|forecast|date|window)|"
        r"lost\s+(?:a|the|our|his|her|their|two|three|\d+)\s+(?:\w+\s+)?"
        r"(?:customer|customers|quarter|deal|deals|bet|money|year|fortune|round|"
        r"contract|account|accounts|client|clients)|"
        r"(?:had|have|has)\s+to\s+(?:unwind|write\s+off|shut\s+(?:it\s+)?down|walk\s+back|"
        r"reverse|restate|lay\s+off)|"
        r"write-?off|written\s+off|covenant\s+breach|breached\s+(?:a|the|our)\s+covenant|"
        r"slipped|(?:is|was)\s+slipping|down\s+round|fell\s+short|underdelivered|"
        r"failing\s+(?:the|my|his|her|our)\s+\w+|failure\s+of)\b",
    ),
    (
        FAIL,
        0.8,
        r"\b(?:shared|told\s+(?:me|him|her|them|us)\s+about|opened\s+up\s+about|"
        r"came\s+clean\s+about|owned\s+up\s+to|talked\s+(?:openly\s+)?about|walked\s+me\s+through)"
        r"\s+(?:the|a|his|her|their|my|our)\s+(?:\w+\s+){0,2}?(?:failure|failures|flop|mistake|"
        r"mistakes|mess|disaster|breach|write-?off|screw-?up|fiasco|failed\s+\w+|loss|losses)\b",
    ),
    (FAIL, 0.75, r"\bopened\s+up\s+about\b"),
    # ---- doubt and uncertainty -------------------------------------------------------------
    (
        DOUBT,
        0.9,
        r"\b(?:not\s+(?:at\s+all\s+)?sure|unsure|uncertain|not\s+certain|"
        r"no\s+(?:real\s+)?idea|(?:do|does|did)(?:\s+not|n't)\s+know|dunno|"
        r"(?:don't|doesn't|didn't|do\s+not|does\s+not)\s+have\s+(?:a|an|any|the)\s+(?:good\s+|clear\s+|real\s+)?"
        r"(?:answer|plan|clue)|no\s+(?:good\s+|clear\s+)?(?:answer|answers|clue)|"
        r"no\s+plan\s+b|has\s+no\s+plan|have\s+no\s+plan|torn|conflicted|"
        r"on\s+the\s+fence|second-?guessing|out\s+of\s+(?:my|his|her|their)\s+depth|"
        r"(?:scared|afraid|terrified|frightened|worried|anxious|nervous|panicking)|"
        r"(?:is|am|'m|are|'re|was|were|'s|feels?|felt)\s+(?:totally\s+|completely\s+|a\s+bit\s+|so\s+)?lost|"
        r"losing\s+sleep|can't\s+(?:decide|tell|see\s+how|figure)|(?:has|have|had)\s+doubts|"
        r"doubts\s+about|doubting|questioning\s+(?:whether|if)|wondering\s+(?:whether|if|how)|"
        r"not\s+convinced|unclear\s+(?:whether|if|how|what)|struggling\s+(?:with|to)|"
        r"burn(?:ed|t)\s+out|in\s+over\s+(?:my|his|her|their)\s+head|"
        r"still\s+(?:unsure|undecided)|undecided|stuck\s+on|at\s+a\s+loss)\b",
    ),
    (
        DOUBT,
        0.85,
        r"\b(?:admitted|admits|confessed|acknowledged)\s+(?:to\s+)?(?:some\s+|real\s+|a\s+lot\s+of\s+)?"
        r"(?:doubt|doubts|uncertainty|fear|fears|worry|worries)\b",
    ),
    # ---- regret ----------------------------------------------------------------------------
    (
        REGRET,
        0.9,
        r"\b(?:regrets?|regretted|regretting|regretful|rues|rued|"
        r"wish(?:es|ed)?\s+(?:I|he|she|they|we)\s+(?:had|'d|hadn't)|"
        r"should\s+(?:have|'ve)\s+\w+|shouldn't\s+have\s+\w+|should've\s+\w+|"
        r"(?:would|'d)\s+(?:do|have\s+done)\s+(?:it|that|things|this)?\s*differently|"
        r"kick(?:s|ed|ing)?\s+(?:himself|herself|themselves|myself)|"
        r"(?:his|her|their|my)\s+biggest\s+(?:mistake|regret)|"
        r"if\s+(?:I|he|she|they)\s+could\s+(?:do\s+it\s+)?(?:over|again|go\s+back)|"
        r"in\s+hindsight|with\s+hindsight|too\s+late\s+(?:in|to)|waited\s+too\s+long)\b",
    ),
    # ---- honest feedback -------------------------------------------------------------------
    (
        FEEDBACK,
        0.9,
        r"\b(?:honest|candid|frank|blunt|brutal|straight|unvarnished|tough|hard|"
        r"critical|direct|harsh)\s+(?:feedback|read|take|view|assessment|opinion|verdict|"
        r"critique|truth|truths|answer|review|advice|words)\b",
    ),
    (
        FEEDBACK,
        0.85,
        r"\b(?:feedback\s*:|(?:told|gave)\s+(?:me|it\s+to\s+me)\s+(?:\w+\s+)?"
        r"(?:straight|bluntly|frankly|honestly|plainly|candidly|directly|to\s+my\s+face)|"
        r"bluntly|didn't\s+sugar-?coat|pulled\s+no\s+punches|called\s+me\s+out|"
        r"called\s+out\s+(?:my|how\s+I)|took\s+apart\s+my|tore\s+(?:apart\s+my|my\s+\w+\s+apart|into\s+my)|"
        r"took\s+my\s+\w+(?:\s+\w+)?\s+apart|picked\s+apart|poked\s+holes\s+in\s+my|"
        r"what\s+I\s+(?:didn't|did\s+not)\s+want\s+to\s+hear|"
        r"(?:opposite|not)\s+(?:of\s+)?what\s+I\s+wanted\s+to\s+hear|it\s+stung|stung|"
        r"(?:sees|saw|noticed)\s+it\s+too|gave\s+me\s+(?:two|three|\d+|some|concrete)\s+examples|"
        r"my\s+blind\s+spots?|hard\s+truths?|home\s+truths?|a\s+reality\s+check)\b",
    ),
    (
        EVALUATION,
        0.7,
        r"\b(?:(?:I|I'm|I've|I'd|I\s+was|I\s+am|you|you're|you've|my\s+\w+(?:\s+\w+)?|"
        r"the\s+" + _THING + r")\s+(?:\w+\s+){0,4}?"
        r"(?:too\s+\w+|not\s+listening|hiding|avoiding|coasting|behind|waited\s+too\s+long|"
        r"moving\s+too|being\s+(?:too|naive|defensive)|keeping\s+it\s+alive|for\s+my\s+ego|"
        r"buries|hides|the\s+(?:problem|bottleneck)|the\s+second\s+time|again\s+and\s+again|"
        r"overthinking|over-?engineering|micromanag\w+|defensive|naive|wrong\s+about|"
        r"blind\s+to|doesn't\s+land|isn't\s+landing|not\s+landing|unclear|confusing|weak))",
    ),
    # ---- challenged my framing -------------------------------------------------------------
    (
        CHALLENGE,
        0.9,
        r"\b(?:challeng(?:ed|es|ing)\s+(?:me|my|the|how|whether|that|it|this|"
        r"whether|us)|push(?:ed|es|ing)?\s+back|pushback|questioned\s+(?:my|whether|if|the|how|why|"
        r"that)|reframed|re-?framed|reframe|framing\s+(?:it|this|that|the\s+\w+)\s+as|"
        r"framed\s+(?:it|this|that|the\s+\w+)\s+as|anchoring\s+on|"
        r"(?:a|the)\s+third\s+option|false\s+(?:choice|binary|dichotomy)|"
        r"devil's\s+advocate|poked\s+holes|stress-?tested|"
        r"(?:asked|asking)\s+(?:me\s+)?(?:a\s+)?(?:hard|tough|sharp|pointed|awkward)\s+questions?|"
        r"(?:a\s+)?(?:hard|tough|sharp|pointed)\s+questions?\s+about|"
        r"made\s+me\s+(?:rethink|reconsider|question)|rethink\s+(?:the|my)|"
        r"(?:wasn't|isn't|not)\s+buying\s+(?:it|my)|didn't\s+buy\s+(?:it|my)|disagreed|"
        r"argued\s+(?:the\s+opposite|against)|turned\s+(?:it|the\s+question)\s+around|"
        r"flipped\s+(?:it|the\s+question)|my\s+(?:assumption|premise|framing)|"
        r"the\s+real\s+(?:question|problem|issue)\s+is|"
        r"(?:are|were)\s+you\s+sure|is\s+it\s+really|what\s+if\s+you're\s+wrong|"
        r"(?:treating|seeing|framing)\s+it\s+as\s+(?:an?\s+)?\w+\s+or\s+as|"
        r"when\s+it's\s+(?:really\s+)?about|(?:it's|it\s+is)\s+not\s+about\s+\w+|"
        r"(?:it's|is|isn't)\s+(?:really|actually)\s+about|not\s+the\s+decision,\s+the)\b",
    ),
    # ---- understood my constraints --------------------------------------------------------
    (
        UNDERSTOOD,
        0.9,
        r"\b(?:(?:understood|understands|gets|got|grasped|knows|knew|appreciated|"
        r"respected|saw)\s+(?:the|my|our|why|that|how|what)\s+(?:\w+\s+){0,3}?"
        r"(?:constraints?|limits?|situation|position|politics|reality|realities|runway|cash|"
        r"board|bind|box|hands\s+are\s+tied|trade-?offs?|can't|cannot|stuck|pressure)|"
        r"(?:got|gets|understood)\s+why\s+I\s+(?:can't|cannot|couldn't|won't)|"
        r"(?:planned|shaped|built|fitted|fit|tailored)\s+(?:his|her|their|the)\s+advice\s+around|"
        r"advice\s+(?:that\s+)?(?:fit|fits|fitted)\s+(?:my|our|the)|"
        r"without\s+me\s+having\s+to\s+(?:spell\s+it\s+out|explain)|"
        r"didn't\s+pretend\s+otherwise|(?:been|was)\s+where\s+I\s+am|in\s+my\s+shoes|"
        r"(?:same|same\s+\w+)\s+call\s+(?:\w+\s+){0,4}given\s+(?:our|my)|"
        r"given\s+(?:our|my)\s+(?:constraints?|covenant|runway|board|cash|situation)|"
        r"within\s+(?:my|our)\s+(?:constraints|limits)|knew\s+what\s+I\s+(?:can|can't)|"
        r"what\s+the\s+bank\s+actually\s+wants|realistic\s+(?:advice|about\s+what\s+I)|"
        r"(?:knows|knew)\s+(?:my|our)\s+(?:board|cash|runway|numbers|investors|team))\b",
    ),
    # ---- I asked for help on a live decision ----------------------------------------------
    (
        HELP,
        0.9,
        r"\b(?:(?:asked|asking|ask)\s+(?:\w+\s+)?(?:for\s+(?:\w+\s+)?(?:help|advice|input|"
        r"counsel|guidance|a\s+steer|a\s+second\s+opinion|(?:his|her|their)\s+(?:view|take|advice|"
        r"read|opinion))|(?:what|which)\s+(?:\w+\s+){0,3}?(?:he|she|they)\s*(?:'d|would)\s+"
        r"(?:do|pick|choose|go\s+with)|whether\s+(?:I|to|we)\s+should|whether\s+to|"
        r"(?:him|her|them)\s+to\s+sanity-?check|(?:him|her|them)\s+straight\s*:|"
        r"how\s+(?:he|she|they)\s+would\s+(?:handle|approach)|(?:his|her|their)\s+advice\s+on)|"
        r"brought\s+(?:the|my|our|a)\s+(?:\w+\s+)?decision|hot\s+seat|"
        r"sought\s+(?:his|her|their)\s+(?:advice|counsel|view)|"
        r"ran\s+(?:the|my|our)\s+(?:\w+\s+){0,2}(?:decision|dilemma|question|options?)\s+(?:by|past)|"
        r"picked\s+(?:his|her|their)\s+brains?\s+on|sounding\s+board\s+(?:on|for)|"
        r"(?:asked|asking)\s+(?:\w+\s+)?to\s+help\s+me\s+(?:decide|think|choose))\b",
    ),
    # ---- similar failures -----------------------------------------------------------------
    (
        SIMILAR,
        0.9,
        r"\b(?:(?:the\s+)?same\s+(?:thing|mistake|failure|problem)\s+happened\s+to|"
        r"(?:made|done|did|make)\s+the\s+(?:exact\s+)?same\s+(?:thing|mistake)|"
        r"done\s+the\s+same|did\s+the\s+same\s+thing|"
        r"(?:told|showed)\s+me\s+about\s+(?:hers|his|theirs)|"
        r"(?:his|her|their)s?\s+(?:failed|went\s+wrong)\s+(?:the\s+)?same\s+way|"
        r"(?:been|got)\s+burned\s+the\s+same\s+way|same\s+(?:mistake|failure)\s+as\s+(?:me|I|us))\b",
    ),
    # ---- comparable trade-offs -----------------------------------------------------------
    (
        TRADEOFF,
        0.85,
        r"\b(?:(?:compared|comparing|swapped\s+notes\s+on|walked\s+through|"
        r"talked\s+through|weighed)\s+(?:\w+\s+){0,3}?(?:trade-?offs?|paths|options|approaches|"
        r"choices|layoffs|cuts|what\s+each\s+costs|how\s+we\s+each|how\s+we\s+both|"
        r"build\s+vs\.?\s+buy|the\s+costs?)|"
        r"(?:same|similar)\s+(?:choice|call|dilemma|trade-?off|decision|fork)|"
        r"build\s+(?:vs\.?|versus|or)\s+buy|"
        r"we\s+both\s+(?:see|saw|know|face|faced|weigh|weighed)\s+the\s+(?:cost|costs|trade-?off)|"
        r"(?:he|she|they)\s+(?:chose|went\s+with|picked|did|built|bought|opted\s+for)\s+[^.;]{1,60}?"
        r"(?:;|,|\s-)\s*I'm\s+(?:leaning|considering|weighing|thinking|going|doing)|"
        r"compared\s+what\s+each\s+costs)\b",
    ),
    # ---- parallel pressures --------------------------------------------------------------
    (
        PARALLEL,
        0.9,
        r"\b(?:parallel\s+pressures?|(?:our|the)\s+pressures\s+(?:rhyme|match|are\s+the\s+same)|"
        r"same\s+(?:\w+\s+)?(?:pressure|pressures|squeeze|investors|board|chair|headwinds)|"
        r"both\s+(?:boards|chairs|of\s+us\s+have|founder-?CEOs|under)|"
        r"both\s+of\s+our\s+(?:boards|companies|chairs|teams)|"
        r"(?:each|both)\s+of\s+our\s+companies|"
        r"(?:comparing|compared)\s+how\s+our\s+(?:boards|investors|teams|chairs)|"
        r"(?:hers|his|theirs)\s+wants\s+[^.;]{1,60}?mine\s+wants|"
        r"breathing\s+down\s+(?:his|her|their)\s+neck|"
        r"(?:we're|we\s+are)\s+both\s+(?:trying|under|dealing|facing|fighting|stuck|wrestling)|"
        r"both\s+(?:trying|under|dealing|facing|fighting|wrestling)\s+(?:to|with)?|"
        r"same\s+(?:\w+\s+)?pressure\s+on\s+(?:his|her|their)\s+side)\b",
    ),
    # ---- signalled success ---------------------------------------------------------------
    (
        SUCCESS,
        0.85,
        r"(?:['\"](?:amazing|perfect|incredible|fantastic|great|crushing\s+it|"
        r"killing\s+it|on\s+fire|never\s+better|momentum|record\s+\w+|best\s+\w+\s+ever|"
        r"no\s+regrets|never\s+been\s+(?:more|better)\s+\w+|all\s+good|going\s+great|"
        r"exploding|10x|hockey\s+stick)[!.]*['\"])",
    ),
    (
        SUCCESS,
        0.85,
        r"\b(?:all\s+(?:of\s+them\s+)?wins|all\s+upside|war\s+stories|success\s+stories|"
        r"(?:his|her|their)\s+wins|record\s+(?:year|quarter|month)|best\s+quarter|"
        r"crushing\s+it|killing\s+it|humble-?brag\w*|bragg\w+|boast\w*|victory\s+lap|"
        r"highlight\s+reel|never\s+been\s+more\s+confident|not\s+worried\s+at\s+all|"
        r"(?:deals|rounds)\s+(?:they|he|she)\s+(?:closed|won)|about\s+to\s+announce|"
        r"pure\s+performance|all\s+performance|(?:talked|went\s+on)\s+about\s+(?:his|her|their)\s+"
        r"(?:growth|wins|success|numbers)|changed\s+the\s+subject\s+to\s+the\s+new|"
        r"everything\s+is\s+['\"]?(?:amazing|great|perfect|fine|fantastic)|"
        r"only\s+(?:good\s+news|the\s+wins)|growth\s+story|momentum)\b",
    ),
    # ---- transactional -------------------------------------------------------------------
    (
        TRANSACT,
        0.9,
        r"\b(?:intro|intros|introduction|introductions)\s+to|"
        r"\b(?:introduce|introducing)\s+(?:us|me|him|her|them|you)\s+to|"
        r"\b(?:asked|asks|asking)\s+(?:\w+\s+)?for\s+(?:an?\s+)?(?:intro|intros|introduction|favou?r|"
        r"reference|referral|money|investment|a\s+meeting)|"
        r"\b(?:be\s+a\s+reference|how\s+can\s+we\s+help\s+each\s+other|pitched|pitching|"
        r"a\s+pitch\s+for|sell-?side|mandate|offered\s+(?:his|her|their)\s+(?:banker|network|"
        r"contacts|lawyer)|partner\s+programme|partner\s+program|deal\s+flow|"
        r"(?:an?\s+)?favou?r|asks|quid\s+pro\s+quo|business\s+cards|sales\s+pitch|"
        r"offer\s+to\s+partner|wants?\s+(?:us\s+)?to\s+(?:buy|sign|invest)|"
        r"(?:what|who)\s+(?:can|could)\s+(?:I|we)\s+(?:do\s+for|connect))\b",
    ),
    # ---- surface talk --------------------------------------------------------------------
    (
        SURFACE,
        0.9,
        r"\b(?:what\s+(?:do|does)\s+(?:you|he|she|they)\s+do|what\s+we\s+do|"
        r"small\s+talk|chit-?chat|pleasantries|(?:talked|chatted|chat|talk)\s+(?:about\s+)?"
        r"(?:the\s+)?(?:football|soccer|golf|tennis|weather|kids|family|holidays?|vacations?|"
        r"ski(?:ing)?|wine|food|travel|sport|sports|cricket|the\s+game|traffic|restaurants)|"
        r"ski\s+trips?|(?:his|her|their|the)\s+kids|kids'\s+\w+|who's\s+(?:hiring|raising)|"
        r"catch\s+up\s+soon|congrats\s+on|how's\s+business|who\s+invested|how\s+many\s+people|"
        r"no\s+substance|nothing\s+(?:of\s+)?substance|nothing\s+(?:true|real|underneath)|"
        r"surface[-\s]level|superficial|polite\s+chat|pleasant\s+but|"
        r"nobody\s+said\s+anything\s+(?:true|real))\b",
    ),
    # ---- validated without challenge ------------------------------------------------------
    (
        VALIDATED,
        0.9,
        r"\b(?:agreed\s+with\s+everything|validated\s+(?:everything|it\s+all|my|"
        r"the)|nodded(?:\s+along)?|just\s+nods|rubber-?stamp\w*|cheerlead\w*|yes-?man|"
        r"trust\s+your\s+gut|you've\s+got\s+this|they're\s+all\s+good|all\s+sound\s+good|"
        r"(?:exactly|totally)\s+right|everyone\s+feels\s+that|told\s+me\s+what\s+I\s+wanted\s+to\s+hear|"
        r"(?:thought|said|says|thinks)\s+(?:my|the|our)\s+(?:\w+\s+){0,2}?(?:was|is)\s+(?:fine|great|"
        r"solid|perfect|good|brilliant)|supportive,?\s+nothing|"
        r"nothing\s+I\s+could\s+use|no\s+(?:real\s+)?pushback|without\s+(?:any\s+)?(?:pushback|"
        r"challenge|question)|wouldn't\s+(?:choose|pick|commit))\b",
    ),
    # ---- I kept it polished --------------------------------------------------------------
    (
        POLISHED,
        0.85,
        r"\b(?:played\s+along|me\s+included|me\s+too|held\s+back|"
        r"kept\s+(?:it|things)\s+(?:polished|light|upbeat|positive|high-?level|vague)|"
        r"kept\s+(?:our|my|the)\s+(?:\w+\s+){0,3}?(?:out\s+of\s+it|to\s+myself|quiet)|"
        r"(?:gave|did|ran)\s+(?:them|him|her)?\s*the\s+(?:\w+\s+|['\"][^'\"]{1,40}['\"]\s+)?"
        r"(?:line|spiel|script|pitch|version)|"
        r"the\s+30-second\s+pitch|elevator\s+pitch|presented\s+(?:the|my|our)\s+\w+\s+like|"
        r"put\s+on\s+a\s+(?:brave|good)\s+face|spun\s+it|sugar-?coated|"
        r"said\s+we're\s+(?:focused|doing\s+(?:great|well)|on\s+track)|"
        r"shared\s+nothing|told\s+(?:him|her|them)\s+nothing|both\s+lying|"
        r"polished\s+version|kept\s+it\s+polished)\b",
    ),
    # ---- words of sharing whose denial is polish ("I didn't share the real numbers") ----
    (
        WITHHELD,
        0.8,
        r"\b(?:share|shared|tell|told|mention|mentioned|open\s+up|opened\s+up|"
        r"admit|admitted|say|said)\b",
    ),
)
