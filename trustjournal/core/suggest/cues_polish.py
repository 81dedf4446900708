"""Cues of polish: success signalled, praise without substance, transactions, surface
talk, validation without challenge, my own polish, and my not sharing.

Lower case; see lexicon.py for how cues are read.
"""

from __future__ import annotations

from trustjournal.core.suggest.lexicon import (
    POLISHED,
    PRAISE,
    SUCCESS,
    SURFACE,
    TRANSACT,
    VALIDATED,
    WITHHELD,
    Cue,
    alt,
)

# Upbeat words that, quoted or claimed about a company, signal success.
_UPBEAT = (
    r"(?:crushing\s+it|killing\s+it|on\s+fire|"
    r"never\s+better|momentum|record\s+\w+|best\s+\w+\s+ever|best\s+quarter\s+ever|no\s+regrets|"
    r"never\s+been\s+(?:more|better|stronger)\s*\w*|all\s+good(?:,\s+all\s+growing)?|going\s+great|"
    r"exploding|10x|hockey\s+stick|on\s+track|on\s+plan|ahead\s+of\s+plan|going\s+to\s+plan|"
    r"couldn't\s+be\s+happier|category-defining|redefining\s+the\s+category|a\s+movement|"
    r"oversubscribed|heads-down\s+executing|growing\s+like\s+crazy|progressing\s+well|"
    r"scaling\s+the\s+culture|we're\s+heads-down\s+executing|rocket\s?ship|insane|unreal|"
    r"a\s+triumph|a\s+(?:huge|massive|big|total|runaway)\s+success|record-breaking)"
)
_TOPIC = (
    r"(?:football|soccer|cricket|golf|tennis|rugby|weather|kids|children|family|holidays?|"
    r"champions\s+league|premier\s+league|world\s+cup|nba|nfl|formula\s+one|f1|(?:his|her)\s+new\s+\w+|"
    r"(?:his|her)\s+(?:house|boat|car|garden|dog|wedding|renovation)|"
    r"vacations?|travel|restaurants|skiing|ski\s+trips?|wine|trains|traffic|peloton|boat|"
    r"yacht|marathon|cycling|dogs?|schools?|the\s+new\s+terminal|the\s+game|the\s+match|"
    r"hamptons|summer\s+plans|gossip)"
)

POLISH_CUES: tuple[Cue, ...] = (
    # ---- signalled success ---------------------------------------------------------------
    (
        SUCCESS,
        0.85,
        alt(
            r"all\s+(?:of\s+them\s+)?wins|all\s+upside|success\s+stories|on\s+the\s+winning\s+side|"
            r"wall-to-wall\s+wins|(?:his|her|their)\s+wins|(?:his|her|their)\s+success",
            r"record\s+(?:year|quarter|month|q[1-4])|best\s+quarter|crushing\s+it|killing\s+it|"
            r"humble-?brag\w*|bragg\w+|boast\w*|victory\s+lap|highlight\s+reel|"
            r"never\s+been\s+more\s+confident|not\s+worried\s+at\s+all",
            r"(?:deals|rounds)\s+(?:they|he|she)\s+(?:closed|won)|about\s+to\s+announce",
            r"pure\s+performance|all\s+performance|everyone\s+performed|(?:talked|went\s+on|speak|spoke)\s+"
            r"(?:only\s+)?about\s+(?:his|her|their)\s+(?:growth|wins|success|numbers|\w+\s+quarter)",
            r"changed\s+the\s+subject\s+to\s+the\s+new",
            r"everything\s+is\s+(?:growing|great|amazing|perfect|fantastic)",
            r"only\s+(?:good\s+news|the\s+wins)|growth\s+story|momentum|immaculately\s+on\s+message|"
            r"on\s+message|(?:doubling|tripling)\s+headcount|nine-figure\s+exit|"
            r"how\s+well\s+things\s+are\s+going|versions\s+of\s+['\"]|"
            r"nobody\s+(?:at\s+the\s+table\s+)?admitted\s+to\s+anything|not\s+one\s+failure",
            r"(?:record|best)\s+q[1-4]|\d+%\s+of\s+plan|new\s+logos|closing\s+a\s+\$?\d+\w*\s+round",
            r"describe\s+their\s+wins|how\s+vulnerable\s+they\s+had\s+been",
        ),
    ),
    (SUCCESS, 0.8, r"(?<!\w)['\"]" + _UPBEAT + r"[!.,]*['\"]"),
    # ---- praise that tests nothing: about my plan it is validation, about theirs success --
    (
        PRAISE,
        0.8,
        r"(?<!\w)['\"](?:[\w\s,'-]{0,30}?)(?:brilliant|love\s+it|ship\s+it|spot\s+on|spot-on|"
        r"terribly\s+sensible|looks\s+(?:great|solid|good|fine)|couldn't\s+be\s+better|"
        r"perfect|amazing|great|exactly\s+right|very\s+good|no\s+problem|send\s+it)[!.,]*['\"]",
    ),
    (
        PRAISE,
        0.75,
        alt(
            r"(?:said|says|thinks|thought|finds|found)\s+(?:my|the|our)\s+(?:\w+\s+){0,2}?(?:is|was|"
            r"'s)\s+(?:very\s+)?(?:fine|great|solid|perfect|good|brilliant|amazing|excellent)",
            r"(?:he|she|they)\s+loves?\s+the\s+(?:strategy|plan|team|numbers)",
            r"(?:is|was)\s+very\s+good,\s+no\s+problem",
        ),
    ),
    # ---- transactional -------------------------------------------------------------------
    (
        TRANSACT,
        0.9,
        alt(
            r"(?:intro|intros|introduction|introductions)(?:\s+(?:to|us|me))?",
            r"(?:introduce|introducing|connect)\s+(?:us|me|him|her|them|you)\s+(?:to|with)",
            r"happy\s+to\s+connect|(?:asked|asks|asking|ask)\s+(?:\w+\s+)?for\s+(?:an?\s+)?"
            r"(?:favou?r|reference|referral|money|investment|a\s+meeting)",
            r"be\s+a\s+reference|(?:help|helping)\s+each\s+other|how\s+can\s+we\s+be\s+helpful",
            r"pitched(?=\s+(?:a|an|us|me|his|her|their)\b)|pitching|a\s+pitch\s+for|sales\s+pitch|"
            r"(?:whole|his|her|their)\s+pitch\s+was|pitches",
            # A mandate or synergies sought from each other, not a policy ("a return-to-office
            # mandate"), a fund's remit ("narrow the mandate") or a merger's ("optimised for
            # synergies").
            r"sell-?side|(?:for|win|won|pitch\w*|request\w*|award\w*|give|gave|got|get)\s+"
            r"(?:(?:us|me|him|her|them)\s+)?(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+)?mandate|"
            r"mandate\s+letter|offered\s+(?:his|her|their)\s+(?:banker|network|contacts|lawyer)",
            r"partner\s+programme|partner\s+program|deal\s+flow|finder's\s+fee|"
            r"(?:portfolio|commercial|partnership)\s+synerg(?:y|ies)|synerg(?:y|ies)\s+(?:between|with)\s+"
            r"(?:us|our|you|your|his|her|their)",
            # "asks" as a noun ("a lot of asks"), not the verb ("he asks whether I'm…").
            r"(?:an?\s+)?favou?r|(?:lot\s+of|lots\s+of|plenty\s+of|few|many|more|"
            r"several|endless|constant|all\s+the)\s+asks|the\s+ask|quid\s+pro\s+quo|business\s+cards|swapped\s+cards",
            r"offer\s+to\s+partner|wants?\s+(?:us|me)\s+to\s+(?:buy|sign|invest|pilot)",
            r"take\s+a\s+meeting|who\s+do\s+you\s+know|knew\s+anyone\s+at|"
            r"let\s+us\s+into\s+your\s+next\s+round|(?:needs?|wants?)\s+logos",
            r"(?:what|who)\s+(?:can|could)\s+(?:i|we)\s+(?:do\s+for|connect)",
        ),
    ),
    # ---- surface talk --------------------------------------------------------------------
    (
        SURFACE,
        0.9,
        alt(
            r"what\s+(?:do|does)\s+(?:you|he|she|they|we)(?:\s+guys)?\s+do|what\s+we\s+do|"
            r"what\s+everyone\s+does|what\s+(?:are|is)\s+you\s+working\s+on|what,?\s+exactly,?\s+i\s+do",
            r"small\s+talk|chit-?chat|pleasantries|small\s+things",
            r"(?:talked|talk|chatted|chat|chatting|covered|discussed|spoke|speak|much\s+talk)\s+"
            r"(?:\w+\s+){0,3}?(?:about\s+|of\s+)?(?:the\s+)?" + _TOPIC,
            _TOPIC + r"\s*,\s*(?:the\s+)?" + _TOPIC,
            r"ski\s+trips?|kids'\s+\w+|who's\s+(?:hiring|raising)|who's\s+at\s+which",
            r"catch\s+up\s+soon|congrats\s+on|how's\s+business|who\s+invested|how\s+many\s+people|"
            r"how\s+big\s+the\s+team\s+is|where\s+(?:we're|they're|you're)\s+based|"
            r"grab\s+a\s+beer|oh\s+cool|where\s+they\s+summer|which\s+school",
            r"no\s+substance|zero\s+substance|nothing\s+(?:of\s+)?substance|"
            r"nothing\s+(?:true|underneath)|about\s+(?:absolutely\s+)?nothing",
            r"surface[-\s]level|superficial|polite\s+chat|pleasant\s+but|perfectly\s+pleasant|"
            r"nothing\s+about\s+his\s+business|nobody\s+said\s+anything\s+(?:true|real)|"
            r"couldn't\s+tell\s+you\s+a\s+single\s+thing|talked\s+football|"
            r"everything\s+about\s+his\s+\w+\s+and\s+nothing",
        ),
    ),
    # ---- validated without challenge ------------------------------------------------------
    (
        VALIDATED,
        0.9,
        alt(
            r"agreed\s+with\s+(?:everything|every\s+\w+)|validated\s+(?:everything|it\s+all|my|the)",
            r"(?:just|only|simply)\s+(?:nods|nodded)|nodded\s+(?:along|through|at\s+everything)|"
            r"rubber-?stamp\w*|cheerlead\w*|yes-?man",
            r"trust\s+your\s+gut|you've\s+got\s+this|they're\s+all\s+good|all\s+sound\s+good",
            r"(?:exactly|totally)\s+right|everyone\s+feels\s+that|told\s+me\s+what\s+i\s+wanted\s+to\s+hear",
            r"supportive,?\s+nothing|nothing\s+i\s+could\s+use",
            r"no\s+(?:real\s+)?(?:pushback|challenge)|without\s+(?:any\s+)?(?:pushback|challenge|question)",
            r"wouldn't\s+(?:choose|pick|commit)|(?:did\s+not|didn't)\s+ask\s+(?:any|a\s+single)\s+questions?",
            r"(?:said|says)\s+nowhere",
        ),
    ),
    # ---- I kept it polished --------------------------------------------------------------
    (
        POLISHED,
        0.85,
        alt(
            r"played\s+along|played\s+it\s+cool|me\s+included|me\s+too|held\s+back|kept\s+quiet|"
            r"kept\s+(?:it|things)\s+(?:polished|light|upbeat|positive|high-?level|vague)",
            r"kept\s+(?:our|my|the)\s+(?:\w+\s+){0,3}?(?:out\s+of\s+it|to\s+myself|quiet)",
            r"(?:gave|did|ran)\s+(?:them|him|her|\w+)?\s*the\s+(?:[\w-]+\s+|['\"][^'\"]{1,40}['\"]\s+)?"
            r"(?:line|spiel|script|pitch|version|highlight\s+reel)",
            r"the\s+30-second\s+pitch|elevator\s+pitch|presented\s+(?:the|my|our)\s+\w+\s+like",
            r"put\s+on\s+a\s+(?:brave|good)\s+face|spun\s+it|sugar-?coated|talked\s+up|"
            r"said\s+all\s+the\s+right\s+things|did\s+my\s+bit|performed\s+too|i\s+performed|"
            r"contributed\s+the\s+\w+|(?:our|my)\s+own\s+version\s+of\s+the\s+same",
            r"said\s+we're\s+(?:focused|doing\s+(?:great|well)|on\s+track)",
            r"shared\s+nothing|told\s+(?:him|her|them)\s+nothing|both\s+lying|"
            r"said\s+nothing\s+about|polished\s+version|kept\s+it\s+polished",
            r"\((?:we're|we\s+are)\s+not\)|not\s+remotely\s+true|which\s+is\s+true\s+only",
        ),
    ),
    # ---- words of sharing whose denial is polish ("I didn't share the real numbers") ----
    (
        WITHHELD,
        0.8,
        alt(
            r"(?:share|shared|tell|told|mention|mentioned|disclose|disclosed|reveal|revealed|admit|"
            r"admitted)(?=\s+(?:him\s+|her\s+|them\s+|\w+\s+)?(?:the|how\s+(?:far|bad|much)|what|"
            r"about|our|my|anything)\b)",
        ),
    ),
)

# More ways of saying the same things (see cues_honesty.py).
POLISH_CUES += (
    (
        SUCCESS,
        0.8,
        alt(
            r"(?:talked|bragged|went\s+on|spoke|raved)\s+(?:\w+\s+)?about\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?"
            r"(?:growth|round|raise|wins|numbers|revenue|arr|success|expansion|customers|deals|valuation|"
            r"exit|logos|traction|ipo)",
            r"(?:thriving|booming|on\s+a\s+roll|flying|unstoppable|smashing\s+it|nothing\s+but\s+good\s+news|"
            r"(?:showed|shows|showing)\s+off|the\s+usual\s+(?:victory|success)|up\s+and\s+to\s+the\s+right)",
            r"(?:growing|grew)\s+(?:\d+%|\d+x|like\s+crazy|like\s+mad)|(?:best|biggest)\s+(?:year|quarter|month)\s+ever",
        ),
    ),
    (
        TRANSACT,
        0.8,
        alt(
            r"(?:asked|asks|wanted|wants)\s+(?:\w+\s+)?(?:for\s+)?(?:a\s+|an\s+)?(?:cheque|check|investment|"
            r"discount|endorsement|testimonial|case\s+study|logo|quote\s+for|warm\s+intro)",
            r"(?:sell|selling|sold|pitch|pitching)\s+(?:me|us)\s+(?:on|his|her|their)|(?:sales|vendor|product)\s+demo",
            r"recruit(?:ing)?\s+me|tried\s+to\s+(?:poach|hire)\s+(?:my|our)|headhunt\w*",
        ),
    ),
    (
        SURFACE,
        0.8,
        alt(
            r"(?:small|polite|idle)\s+talk|kept\s+it\s+(?:social|surface|superficial)|"
            r"(?:stayed|kept\s+it)\s+(?:on|at)\s+the\s+surface|nothing\s+(?:deep|personal|substantive|"
            r"meaningful)|(?:exchanged|swapped)\s+(?:cards|numbers|details|linkedins?)|"
            r"where\s+are\s+you\s+based|how's\s+the\s+family|networking\s+(?:chat|drinks|small\s+talk)",
        ),
    ),
    (
        VALIDATED,
        0.8,
        alt(
            r"(?:said|told\s+me)\s+(?:it|this|that|my\s+\w+|the\s+\w+)\s+(?:was|is|looked|looks|sounds?|"
            r"sounded)\s+(?:\w+\s+)?(?:great|fine|good|perfect|solid|brilliant|excellent|smart|sensible|right)",
            r"(?:only|just)\s+(?:praise|compliments|encouragement|reassurance)|reassured\s+me|"
            r"told\s+me\s+not\s+to\s+worry|(?:don't|do\s+not)\s+worry,|it'll\s+be\s+fine|you'll\s+be\s+fine|"
            r"you'll\s+figure\s+it\s+out|go\s+for\s+it|sounds\s+good|makes\s+sense|great\s+idea|"
            r"went\s+along\s+with|just\s+agreed|agreed\s+with\s+all",
        ),
    ),
    (
        POLISHED,
        0.8,
        alt(
            r"(?:kept|played)\s+it\s+(?:safe|guarded|professional|on\s+message)|stayed\s+on\s+message|"
            r"didn't\s+let\s+on|(?:didn't|did\s+not)\s+(?:bring\s+up|go\s+into|get\s+into)|"
            r"(?:gave|did)\s+(?:him|her|them)?\s*(?:my|the)\s+(?:usual|standard|polished|official|board|investor|"
            r"pr|rehearsed|canned)\s+(?:line|version|story|pitch|answer|spiel)",
            r"i\s+(?:oversold|bragged|pretended|projected\s+confidence|performed)|"
            r"said\s+(?:everything|all)\s+(?:is|was)\s+(?:fine|great|on\s+track)|"
            r"said\s+we're\s+(?:fine|great|growing|ahead)",
        ),
    ),
)

# Generalisations (see docs/suggestions.md).
POLISH_CUES += (
    (
        SUCCESS,
        0.75,
        alt(
            r"(?:doubled|tripled|10x'd)\s+(?:revenue|arr|headcount|the\s+team|sales)|hyper-?growth|"
            r"blitzscal\w+|ipo-ready|(?:raised|closed|closing)\s+(?:a|their|his|her)\s+(?:\$?\d+\w*|huge|"
            r"massive|big|monster)\s+(?:round|series)",
            r"everything's\s+(?:great|amazing|fine|on\s+track|growing)|all\s+(?:his|her|their)\s+(?:wins|"
            r"successes)|success\s+theat(?:re|er)|(?:talked|spoke)\s+only\s+about\s+(?:wins|growth|success)",
        ),
    ),
    (
        PRAISE,
        0.75,
        alt(
            r"(?:said|says|thinks|thought)\s+(?:it's|it\s+is|it\s+was|that's|that\s+it's)\s+(?:really\s+|very\s+)?"
            r"(?:great|fine|good|perfect|brilliant|excellent|solid|smart)",
        ),
    ),
)

# A third pass from the taxonomy's words outwards (see cues_honesty.py).
POLISH_CUES += (
    (
        SUCCESS,
        0.7,
        alt(
            r"(?:company|team|business|startup|fund|division|firm)\s+(?:is|was)\s+(?:\w+\s+)?(?:thriving|booming|"
            r"flying|exploding|doing\s+(?:great|amazingly|brilliantly|really\s+well|so\s+well|fantastically))",
            r"(?:all|only)\s+(?:good|great)\s+news|rosy\s+(?:picture|story|version)|glossy|"
            r"(?:the\s+)?press[-\s]release\s+version",
        ),
    ),
    (
        TRANSACT,
        0.75,
        alt(
            r"(?:asked|wanted)\s+me\s+to\s+(?:introduce|connect|intro|invest|buy|sign|join|refer|recommend|"
            r"back|sponsor|speak\s+at|sit\s+on)",
            r"(?:join|sit\s+on)\s+(?:his|her|their)\s+(?:advisory\s+)?board|advisory\s+role",
            r"looking\s+for\s+(?:investors|customers|intros|leads|a\s+buyer|money|funding)|"
            r"fundraising\s+pitch|what\s+(?:he|she|they)\s+wanted\s+from\s+me",
        ),
    ),
    (
        SURFACE,
        0.75,
        alt(
            r"(?:talked|chatted)\s+about\s+(?:nothing|everything\s+but|anything\s+but)|"
            r"(?:caught|catching)\s+up\s+on\s+(?:the|our)\s+(?:families|kids|holidays|news|gossip)|"
            # Not "just gossip", "Gossip, nothing more": a verdict on a story about a third
            # party that was passed on, not the talk itself.
            r"(?<!just\s)(?<!only\s)(?<!pure\s)(?<!mostly\s)(?<!\bas\s)(?<!\bis\s)(?<!\ba\s)"
            r"(?<!\bof\s)(?<!\bthe\s)(?:industry\s+)?gossip(?!\s*(?:;|,\s*(?:nothing|mostly|that's)))|"
            r"name-?dropp\w+",
            r"(?:never|didn't)\s+got?\s+past\s+(?:the\s+)?(?:pleasantries|small\s+talk|hellos|surface)|"
            r"nothing\s+(?:beneath|below|under)\s+the\s+surface",
        ),
    ),
    (
        VALIDATED,
        0.75,
        alt(
            r"(?:told\s+me|said)\s+(?:i'm|i\s+am|i\s+was|we're)\s+(?:doing\s+(?:great|fine|the\s+right\s+thing)|"
            r"on\s+the\s+right\s+track)",
            r"(?:asked|had)\s+no\s+questions|no\s+(?:hard|tough|real|difficult|probing)\s+questions",
            r"(?:only|just)\s+(?:agreed|nodded|smiled)",
        ),
    ),
    (
        POLISHED,
        0.75,
        alt(
            r"i\s+(?:kept|stayed)\s+(?:quiet|silent|mum)|glossed\s+over|downplayed|played\s+(?:it\s+)?down|"
            r"brushed\s+(?:it\s+)?off|i\s+(?:dodged|deflected|changed\s+the\s+subject)",
            r"(?:gave|offered)\s+(?:him|her|them)?\s*(?:the|my)\s+(?:good|rosy|upbeat|positive|sanitised|"
            r"sanitized|party|official|polished)\s+(?:version|story|picture|line|update|answer)",
            r"kept\s+(?:my|our)\s+(?:problems|issues|worries|doubts|struggles|numbers|troubles)\s+to\s+myself",
            r"put\s+a\s+(?:brave|good|positive|happy)\s+(?:face|spin)",
        ),
    ),
)

# A fourth pass (see cues_honesty.py).
POLISH_CUES += (
    (
        SUCCESS,
        0.75,
        alt(
            r"best\s+(?:thing|decision|move)\s+(?:i|he|she|we|they)\s+ever\s+(?:did|made)|"
            r"never\s+been\s+better|doesn't\s+(?:really\s+)?do\s+failure",
        ),
    ),
    (
        TRANSACT,
        0.8,
        alt(
            r"wants?\s+(?:a|an)\s+case\s+study|our\s+logo\s+on|wants?\s+(?:us|me)\s+to\s+(?:sponsor|fund|"
            r"back)|put\s+us\s+in\s+front\s+of",
        ),
    ),
    (
        VALIDATED,
        0.75,
        alt(
            r"(?:not\s+a\s+single|not\s+one|zero)\s+(?:hard\s+|real\s+)?questions?|"
            r"(?:didn't|did\s+not)\s+ask\s+(?:a\s+single|one|any)\s+(?:thing|question)|"
            r"universal\s+enthusiasm",
        ),
    ),
    (
        PRAISE,
        0.7,
        r"(?<!\w)['\"][^'\"\n]{0,40}?(?:love\s+it|brilliant|spot\s+on|perfect|amazing|genius|nailed\s+it|"
        r"couldn't\s+be\s+better|looks\s+(?:great|solid|good))",
    ),
    (POLISHED, 0.75, alt(r"i\s+(?:\w+\s+){0,2}?oversold|generous\s+by")),
)

# A fifth pass (see cues_honesty.py).
POLISH_CUES += (
    (
        TRANSACT,
        0.8,
        alt(
            r"(?:ask|asks|asked|asking|wants?|wanted)\s+(?:\w+\s+){0,5}?discount|all\s+pitch|"
            r"wants?\s+(?:us|me)\s+to\s+(?:resell|distribute|partner|integrate|white-?label)",
        ),
    ),
)

# A sixth pass (see cues_honesty.py).
POLISH_CUES += (
    (SUCCESS, 0.75, alt(r"rocket\s?ship")),
    (
        TRANSACT,
        0.8,
        alt(
            r"sales\s+call|disguised\s+as\s+coffee|wanted\s+(?:us|me)\s+(?:on|to\s+use|to\s+join)\s+"
            r"(?:his|her|their)"
        ),
    ),
    (
        SURFACE,
        0.8,
        # "had no business chasing" is the idiom (should not have), not talk without business;
        # "zero business talking" still is.
        alt(
            r"(?<!had\s)(?<!has\s)(?<!have\s)(?:zero|no)\s+business|"
            r"nothing\s+about\s+(?:the\s+)?business"
        ),
    ),
    (
        POLISHED,
        0.8,
        alt(r"(?:painted|gave|presented)\s+a\s+(?:rosier|rosy|brighter|better|prettier)\s+picture"),
    ),
)

# A seventh pass (see cues_honesty.py).
POLISH_CUES += (
    (
        TRANSACT,
        0.8,
        alt(
            r"share\s+(?:our|my)\s+(?:customer|client|contact)\s+list|co-?host|co-?market|co-?sell"
        ),
    ),
    (
        POLISHED,
        0.75,
        alt(
            r"(?:kept|stayed)\s+(?:the\s+conversation\s+)?on\s+safe\s+ground|steered\s+(?:away|clear)\s+(?:from|of)"
        ),
    ),
    (
        PRAISE,
        0.75,
        r"(?<!\w)['\"][^'\"\n]{0,40}?(?:great\s+job|good\s+job|well\s+done|nice\s+work|fantastic|excellent)",
    ),
)

# An eighth pass (see cues_honesty.py).
POLISH_CUES += (
    (TRANSACT, 0.8, alt(r"put\s+in\s+a\s+(?:good\s+)?word")),
    (
        VALIDATED,
        0.75,
        alt(
            r"sounds\s+great|(?:clearly|obviously)\s+thought\s+it\s+through|"
            r"(?:didn't|did\s+not|never)\s+(?:once\s+)?ask(?:ed)?\s+(?:about\s+(?:our|my)|a\s+single|any)"
        ),
    ),
)

# A ninth pass (see cues_voices.py).
POLISH_CUES += (
    (SUCCESS, 0.75, alt(r"chest-?thumping|posturing|peacocking|one-?upmanship|showboating")),
    (POLISHED, 0.75, alt(r"i\s+joined\s+in")),
    (
        TRANSACT,
        0.8,
        alt(r"design\s+partner|(?:pilot|beta|reference)\s+customer|wants?\s+us\s+to\s+be\s+a"),
    ),
    (
        SURFACE,
        0.8,
        alt(
            r"spent\s+the\s+(?:whole\s+)?(?:lunch|dinner|call|hour|evening|coffee)\s+on\s+(?:the\s+)?"
            + _TOPIC
        ),
    ),
    (VALIDATED, 0.8, alt(r"(?:loved|loves|liked|likes)\s+everything")),
)

# A tenth pass (see cues_voices.py).
POLISH_CUES += (
    (
        TRANSACT,
        0.8,
        alt(
            r"who\s+(?:else\s+)?(?:we|i)\s+know\s+at|introduce\s+(?:him|her|them)(?=\s*[.,;]|$)",
        ),
    ),
    (SURFACE, 0.75, alt(r"nothing\s+real")),
    (VALIDATED, 0.8, alt(r"keep\s+doing\s+what\s+(?:you're|we're|you\s+are|we\s+are)\s+doing")),
)

# An eleventh pass (see cues_voices.py).
POLISH_CUES += (
    (
        VALIDATED,
        0.8,
        alt(
            r"(?:you're|you\s+are)\s+doing\s+(?:amazing|great|brilliantly|fine|so\s+well)|"
            r"don't\s+change\s+a\s+thing|cheered\s+(?:everything|it\s+all)\s+on"
        ),
    ),
)

# A thirteenth pass (see cues_voices.py).
POLISH_CUES += (
    (TRANSACT, 0.8, alt(r"pitch\s+after\s+pitch")),
    (POLISHED, 0.75, alt(r"i\s+said\s+nothing")),
    (SUCCESS, 0.7, alt(r"went\s+on\s+and\s+on\s+about\s+(?:his|her|their)")),
    (SURFACE, 0.75, alt(r"nothing\s+deeper\s+than")),
    (
        VALIDATED,
        0.8,
        alt(
            r"effusive|gushed|gushing|not\s+(?:one|a)\s+(?:single\s+)?word\s+of\s+(?:critique|criticism|"
            r"challenge|pushback)"
        ),
    ),
)
