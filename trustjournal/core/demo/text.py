"""The words of the demo journal: hand-written banks of names, stories and sentences.

`demo.py` decides who the demo people are and what happened when; this module only
supplies the prose. Notes are composed from sentences written per signal, per persona
and per occasion, filled with the person's name, company and running story (what is
failing for them, what is going well, what they want) and with what is going on at our
own company at that point in the two years, so that a note says what its ticked signals
claim and twenty thousand notes still read differently.

The journal's author is the CEO of Corvane Systems, an industrial sensor maker of about
1,800 people: a founder who stepped up to chair, an acquisition (Ostara) whose culture
has not merged, an ERP migration that slipped, a loss-making assembly line in Tilburg, a
CFO who had to go, and an approach from Halvard Logistics.

Placeholders in the sentences ({name}, {co}, {trouble}, …) are filled by `fill`; a test
checks that every sentence in every bank fills.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from trustjournal.core.judgement.signals import Group, in_group

OUR_COMPANY = "Corvane"


def _words(line: str) -> tuple[str, ...]:
    return tuple(line.split())


# -- names: one pool per region, so a first name goes with a plausible surname ------------

NAME_POOLS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (_words(first), _words(last))
    for first, last in (
        (
            "Astrid Freya Ingrid Sigrid Liv Maja Nils Anders Magnus Erik Henrik Søren Tove Leif",
            "Lindqvist Halvorsen Bergström Nyberg Dahl Strand Eriksen Holm Sandvik Lund Aalto",
        ),
        (
            "Anja Katrin Lotte Sanne Jonas Lukas Florian Maarten Jeroen Greta Matthias Femke",
            "Becker Hartmann Vogel Janssen Brandt Keller Kühn Visser Bakker Zimmermann Dekker",
        ),
        (
            "Camille Élodie Margaux Sophie Hugo Théo Julien Antoine Claire Mathilde Luc Inès",
            "Moreau Lefèvre Girard Fontaine Rousseau Mercier Delacroix Chevalier Lambert Garnier",
        ),
        (
            "Giulia Chiara Francesca Lucía Inês Beatriz Marco Luca Alessandro Pablo João Tiago",
            "Bianchi Romano Marchetti Ferraro García Navarro Ortega Ferreira Carvalho Moretti",
        ),
        (
            "Valentina Camila Mariana Ximena Sofía Diego Mateo Santiago Andrés Rodrigo Gabriela",
            "Rodríguez Hernández Castillo Mendoza Vargas Rojas Gutiérrez Salazar Paredes Aguilar",
        ),
        (
            "Adaeze Chiamaka Ngozi Abena Ama Folake Kwame Kofi Chidi Emeka Tunde Yaw",
            "Okafor Adeyemi Mensah Boateng Nwosu Okonkwo Asante Adebayo Eze Owusu Balogun",
        ),
        (
            "Wanjiru Amani Zanele Thandiwe Nomvula Neema Baraka Sipho Tendai Jabari Kagiso",
            "Mwangi Otieno Kamau Dlamini Ndlovu Nkosi Achieng Mutua Khumalo Moyo Banda",
        ),
        (
            "Priya Ananya Kavya Meera Aditi Sanjana Arjun Rohan Vikram Nikhil Rahul Farhan",
            "Sharma Iyer Patel Reddy Menon Banerjee Kapoor Nair Chaudhary Rao Desai Siddiqui",
        ),
        (
            "Mei Lin Xiaoyu Jing Yan Hui Wei Jun Hao Feng Bo Tao",
            "Chen Wang Zhang Liu Zhao Huang Zhou Wu Xu Sun Gao Tang",
        ),
        (
            "Yuki Aiko Haruka Emi Naoko Sakura Kenji Hiroshi Takeshi Daisuke Ren Sora",
            "Tanaka Sato Nakamura Kobayashi Yamamoto Watanabe Ito Fujita Mori Ishikawa Ogawa",
        ),
        (
            "Ji-woo Seo-yeon Min-ji Hye-jin Soo-ah Eun-ji Min-jun Seung-ho Jae-won Dong-hyun",
            "Kim Park Lee Choi Jung Kang Cho Yoon Jang Lim Han Shin",
        ),
        (
            "Layla Yasmin Noor Rania Salma Hana Omar Karim Tariq Youssef Samir Faisal",
            "Haddad Khalil Nasser Mansour Saleh Farouk Hariri Aziz Rahman Qasim Barakat",
        ),
        (
            "Elif Zeynep Ayşe Defne Selin Ece Emre Mert Can Burak Kerem Deniz",
            "Yılmaz Demir Kaya Şahin Çelik Aydın Öztürk Arslan Doğan Koç Aksoy",
        ),
        (
            "Katarzyna Agnieszka Zuzana Petra Ivana Magdalena Tomasz Piotr Jakub Marek Ondřej",
            "Nowak Novák Horváth Kovač Szabó Dvořák Kaminski Popescu Ionescu Petrov Marković",
        ),
        (
            "Siobhan Niamh Rachel Hannah Grace Liam Conor James Ben Callum Orla Declan",
            "O'Brien Murphy Walsh Fletcher Harper Brennan Whitaker Doyle Kennedy Hughes Reid",
        ),
        (
            "Larissa Fernanda Juliana Bruna Thiago Rafael Lucas Gustavo Renata Caio",
            "Oliveira Souza Almeida Barbosa Cardoso Ribeiro Teixeira Pereira Moura Azevedo",
        ),
    )
)

COMPANY_NAMES = _words(
    "Halvard Brightmoor Kestrel Ostrander Tidewell Larkspur Veldt Corran Ashby Solenne "
    "Ironwood Bellweather Norvik Sable Ardent Greywater Juniper Cobalt Hollis Marlowe "
    "Fenwick Oakhurst Verano Altamira Kairos Lumen Ridgeline Sundial Westmark Yarrow "
    "Zephyr Calder Drummond Elsinore Fairlight Gantry Heron Quillon Rookwood Tamarind"
)
SECTORS = (
    "Logistics",
    "Health",
    "Foods",
    "Energy",
    "Software",
    "Insurance",
    "Retail",
    "Biotech",
    "Materials",
    "Robotics",
    "Analytics",
    "Textiles",
    "Pharma",
    "Mobility",
    "Bank",
    "Media",
    "Aerospace",
    "Packaging",
)
FINANCE_SECTORS = ("Capital", "Partners", "Ventures", "Equity")

# -- who they are, per persona: titles, how we met, what I noted about them --------------

TITLES: dict[str, tuple[str, ...]] = {
    "confidant": ("CEO", "Group CEO"),
    "sparring": ("Managing partner", "Operating partner"),
    "peer": ("CEO", "President", "COO"),
    "peer_shared": ("CEO", "Group CEO", "CEO and co-founder"),
    "retreat_friend": ("CEO", "Founder and CEO"),
    "retreat_quiet": ("CEO", "CFO"),
    "fading_quiet": ("CEO", "COO", "Chief People Officer"),
    "fading_polished": ("CEO", "President"),
    "mentor": ("Former chair", "Former CEO"),
    "confessor": ("CEO", "Founder and CEO"),
    "one_way_me": ("Investor director on our board", "Lead investor", "Senior adviser"),
    "networker": ("Partner", "Managing director", "Head of partnerships"),
    "success_teller": ("CEO", "Founder and CEO"),
    "mostly_polish": ("Chief commercial officer", "CEO", "Chief strategy officer"),
    "surface": ("VP strategy", "Country manager", "Head of innovation"),
    "summit_contact": ("Founder", "Chief growth officer", "CEO", "Managing partner"),
    "single": ("CEO", "COO", "CFO"),
    "untagged": ("CEO", "Managing director"),
    "new_promising": ("CFO", "CEO", "Chief product officer"),
}
FINANCE_PERSONAS = ("sparring", "one_way_me", "networker")

HOW_MET: dict[str, tuple[str, ...]] = {
    "confidant": (
        "We were first-time CEOs in the same portfolio in {year}; we have called each other "
        "ever since.",
        "Worked together at {co} years ago; the one colleague who stayed a friend.",
    ),
    "sparring": (
        "Led the due diligence on our last round; stayed in touch because they asked the "
        "hardest questions.",
        "Introduced by our chair in {year} as “the person who will tell you no”.",
    ),
    "peer": ("Met at {gathering} in {place}.", "Sat next to each other at {gathering}."),
    "peer_shared": (
        "Met at {gathering} in {place}; we run companies of the same size.",
        "One of the regulars from {gathering}.",
    ),
    "retreat_friend": ("Met at {gathering} in {place}.", "Shared a table at {gathering}."),
    "retreat_quiet": ("Met at {gathering} in {place}.",),
    "fading_quiet": (
        "Former COO at {co}; my closest adviser in my first year as CEO.",
        "We did the same leadership programme in {year} and met monthly after.",
    ),
    "fading_polished": (
        "Fellow CEO in the same industry association; we used to meet every few weeks.",
        "Worked side by side on the industry standards committee in {year}.",
    ),
    "mentor": ("My first boss; chaired my previous company.", "A mentor since {year}."),
    "confessor": (
        "Met through a customer in {year}; calls me when things get hard.",
        "Neighbours for a while; started talking shop over the fence.",
    ),
    "one_way_me": (
        "Joined our board with the {year} investment.",
        "Has been on our board since before I was CEO.",
    ),
    "networker": (
        "Introduced at an investor dinner in {year}.",
        "Came to us with a deal in {year} and never quite left.",
        "Everyone's connector; we met at a panel in {place}.",
    ),
    "success_teller": (
        "Met at a conference in {place} in {year}.",
        "Industry peer; we keep ending up at the same events.",
    ),
    "mostly_polish": ("Met when {co} bid for our logistics contract.", "Met on a panel in {year}."),
    "surface": ("Met at a trade fair in {place}.", "Introduced at a reception in {place}."),
    "summit_contact": ("Met at {gathering} in {place}.", "Swapped cards at {gathering}."),
    "single": ("Introduced by a mutual friend last month.", "Met at a client's event recently."),
    "untagged": ("{co} supplies our Tilburg line.", "Our new supplier contact at {co}."),
    "new_promising": (
        "Introduced by our new CFO.",
        "Met at a small dinner in {place} this year.",
    ),
}

PERSON_NOTES: dict[str, tuple[str, ...]] = {
    "confidant": (
        "The first person I call when something is going badly. Tells me when I am wrong.",
        "Knows Corvane almost as well as I do; never gives advice that ignores our board.",
    ),
    "sparring": (
        "Hard questions, no small talk. Do not bring them a half-thought; bring them a doubt.",
        "Will take any framing apart. Exhausting and worth it.",
    ),
    "peer": ("Same size company, same kind of board.", "Runs a business that rhymes with ours."),
    "peer_shared": (
        "We compare notes on boards, pricing and people; rarely advice, always context.",
        "Good for “is it just us?” questions.",
    ),
    "retreat_friend": (
        "The retreat was the start; we have kept talking since.",
        "One of the few real connections from that week.",
    ),
    "retreat_quiet": ("Good session at the retreat; we have not really followed up.",),
    "fading_quiet": (
        "Used to be a monthly call. I let it lapse when things got busy.",
        "We were close in my first year. I should call.",
    ),
    "fading_polished": (
        "We used to talk honestly. Since their promotion it is all announcements.",
        "Something changed after their new job; the conversations got shinier.",
    ),
    "mentor": ("Retired now. Taught me how to run a board meeting.",),
    "confessor": (
        "Brings me everything that is going wrong. I listen; I rarely give anything back.",
        "Calls often, usually late, usually about something failing.",
    ),
    "one_way_me": (
        "I bring them my hard calls. Reassuring, always; revealing, never.",
        "Generous with time. Never tells me what they would do.",
    ),
    "networker": (
        "Knows everyone; every conversation ends with an intro or an ask.",
        "Useful for intros. Not the person for a hard conversation.",
    ),
    "success_teller": (
        "Every conversation is a highlight reel.",
        "Always winning, apparently. I have never heard about a bad quarter.",
    ),
    "mostly_polish": (
        "Pleasant, commercial, mostly on the surface.",
        "Once, over a late drink, it went deeper. Usually it does not.",
    ),
    "surface": ("Nice; I could not tell you what they actually think.",),
    "summit_contact": ("A card from {gathering}.", "Met at {gathering}; a follow-up or two."),
    "single": ("Only met once. Promising.", "One good conversation so far."),
    "untagged": ("Supplier relationship; notes are operational.",),
    "new_promising": ("Early days. Second conversation was better than the first.",),
}

PERSONAL = (
    "Two teenagers, one in boarding school.",
    "Rows on Saturday mornings; do not call before eleven.",
    "Prefers calls before 8:00, never texts.",
    "Ex-consultant; still talks in frameworks when nervous.",
    "Grew up above the family bakery; hates waste.",
    "Moved countries three times in ten years.",
    "Reads history, mostly the nineteenth century.",
    "Trains for marathons, badly, by their own account.",
    "Caring for an ill parent this year.",
    "Fluent in four languages, swears in a fifth.",
    "Vegetarian; pick the restaurant accordingly.",
    "Plays the cello in an amateur orchestra.",
    "",
    "",
)

# -- the running story of each person's company -----------------------------------------

# (what is failing for them, a short name for it, how it failed)
TROUBLES: tuple[tuple[str, str, str], ...] = (
    (
        "the subscription relaunch",
        "the relaunch",
        "churn is twice the plan and the sales team stopped believing",
    ),
    (
        "the new plant in Wrocław",
        "the plant",
        "a year late, 40% over budget, and the yield is still poor",
    ),
    (
        "the integration of Brandt Medical",
        "the Brandt integration",
        "half of Brandt's engineers have left since the deal",
    ),
    (
        "the move into the US market",
        "the US move",
        "three country heads in two years and no profitable state",
    ),
    (
        "the platform rewrite",
        "the rewrite",
        "eighteen months in, and the old system still runs the business",
    ),
    (
        "the CFO they hired last year",
        "that hire",
        "the numbers were late twice and the board lost faith",
    ),
    (
        "the reorg of their sales team",
        "the sales reorg",
        "the best account managers left and took clients along",
    ),
    ("their flagship product line", "the flagship", "margin went from 30% to 9% in two years"),
    ("the Series C", "the round", "two lead investors walked away in the final week"),
    (
        "the turnaround plan",
        "the plan",
        "the board approved it in March and it is already off track",
    ),
    (
        "the shared-services centre",
        "the centre",
        "service levels fell and the business units are furious",
    ),
    (
        "the e-commerce channel",
        "the online channel",
        "it cannibalised the distributors without replacing them",
    ),
    ("the pricing change", "the price change", "volume fell faster than the price rose"),
    (
        "the founder's return as executive chair",
        "the founder's return",
        "two leaders now run the company, badly",
    ),
    ("the ERP cut-over", "the cut-over", "they shipped the wrong orders for six weeks"),
    ("the merger of the two labs", "the lab merger", "the two cultures still do not speak"),
)
WINS = (
    "a record quarter in the Nordics",
    "the new plant opening two months early",
    "closing the Series D at a better valuation than planned",
    "a three-year contract with a German carmaker",
    "the rebrand, which apparently everyone loves",
    "hiring a star CTO away from a competitor",
    "EBITDA up eleven points year on year",
    "the IPO preparations running ahead of plan",
    "the award for best workplace in their sector",
    "doubling the US pipeline in six months",
    "the acquisition they just closed in Spain",
    "a keynote slot at the biggest industry fair",
)
ASKS = (
    "introduce them to our head of procurement",
    "speak at their customer event in the spring",
    "look at their platform for our Tilburg line",
    "put in a word with our chair",
    "share our supplier list",
    "join the advisory board of their new fund",
    "take a call with a founder they are backing",
    "co-sign a letter to the industry association",
    "meet their new head of sales",
    "consider them for the ERP rescue work",
)
DOUBT_TOPICS = (
    "the succession question",
    "the new leadership team",
    "how much patience their board has left",
    "their own role after the merger",
    "whether the strategy is still right",
    "the next twelve months",
    "keeping the founder close without letting them run things",
    "the restructuring they announced",
)
TRADEOFFS = (
    "growth and margin",
    "speed and quality",
    "loyalty to the old team and the skills we need next",
    "telling the board now and having a fix first",
    "hiring from outside and promoting from within",
    "cutting the programme and giving it one more quarter",
    "centralising and letting the regions decide",
    "this year's numbers and the long bet",
)
PRESSURES = (
    "margin and growth in the same year",
    "a plan B without saying why",
    "faster cost cuts than the business can take",
    "an exit story two years early",
    "weekly numbers instead of quarterly ones",
    "a new CFO by the next board meeting",
    "an AI strategy on one slide",
)
PLACES = (
    "Lisbon",
    "Copenhagen",
    "Rotterdam",
    "Milan",
    "Edinburgh",
    "Vienna",
    "Barcelona",
    "Munich",
    "Stockholm",
    "Zurich",
    "Antwerp",
    "Dublin",
)
FEELINGS = ("tired", "uneasy", "stuck", "more alone than I admit", "restless", "out of my depth")
QUOTES = (
    "This initiative is failing.",
    "I don't know how to handle this transition.",
    "Our culture is drifting.",
    "I am not sure I am the right person for the next phase.",
    "We waited too long.",
)

# What is going on at Corvane, by how long ago: (older than N days, topics with their short
# names, setbacks).
OUR_PERIODS: tuple[tuple[int, tuple[tuple[str, str], ...], tuple[str, ...]], ...] = (
    (
        500,
        (
            ("the handover from our founder", "the handover"),
            ("the strategy reset", "the reset"),
            ("the pricing overhaul", "the pricing work"),
            ("the founder's shadow over my leadership team", "the founder question"),
        ),
        (
            "my first reorganisation did not land: two of the five new heads have already left",
            "the strategy reset is stalling because the founder's people wait for his nod",
            "I have lost the sales team's trust by moving too fast on pricing",
        ),
    ),
    (
        300,
        (
            ("the Ostara integration", "the integration"),
            ("culture drift since the Ostara deal", "the culture problem"),
            ("the shared-services move", "the move"),
            ("the split between our two engineering teams", "the engineering split"),
        ),
        (
            "the Ostara integration is failing: we lost eleven of their best engineers in six "
            "months",
            "our culture is drifting, and the engagement survey says so in plain numbers",
            "the shared-services move has made everyone slower and nobody happier",
        ),
    ),
    (
        150,
        (
            ("the ERP migration", "the migration"),
            ("the Tilburg assembly line", "Tilburg"),
            ("the margin gap", "the gap"),
            ("the delayed platform release", "the release"),
        ),
        (
            "the ERP migration will slip two quarters and I knew it a month before I said it",
            "the Tilburg line has lost money for six quarters and I kept it open out of loyalty",
            "we missed the margin target again, and the plan to fix it was mine",
        ),
    ),
    (
        -1,
        (
            ("the CFO replacement", "the CFO question"),
            ("the approach from Halvard", "Halvard"),
            ("board pressure on margins", "the margin pressure"),
            ("the relaunch of the sensor range", "the relaunch"),
            ("succession for my own role", "succession"),
        ),
        (
            "I hired the CFO we are now replacing, against advice",
            "the sensor relaunch is late and the customers have noticed",
            "I let the board believe the margin plan was safer than it is",
        ),
    ),
)

# -- sentences, per signal ---------------------------------------------------------------

SIGNAL_LINES: dict[str, tuple[str, ...]] = {
    "they_shared_failure": (
        "{name} was blunt about {trouble}: {setback}.",
        "Halfway through, {name} stopped pretending. {Trouble} has failed ({setback}) and "
        "their board has not heard the whole of it yet.",
        "{name} walked me through what went wrong with {trouble}, step by step, without once "
        "blaming the market.",
        "The real news was {trouble}. {name} called it a failure, in those words, which I "
        "have rarely heard {a_role} do out loud.",
        "{name} admitted {trouble} is not working: {setback}.",
        "“We got it wrong,” {name} said about {trouble}, and then told me exactly how: {setback}.",
        "{name} showed me the numbers behind {trouble}. No spin, no “learning opportunity”: "
        "{setback}.",
        "{name} described {trouble} as the worst call of their career so far.",
    ),
    "they_admitted_doubt": (
        "{name} said they do not know how to handle the transition at {co}, and did not "
        "dress it up.",
        "{name} admitted they are no longer sure {trouble} can be saved, or that they are "
        "the person to save it.",
        "For once {name} had no framework. “I honestly don't know,” twice, about {doubt}.",
        "There was real doubt in how {name} talked about {doubt}: long pauses, no slides in "
        "the head.",
        "{name} asked me, not rhetorically, how I know when a plan is wrong rather than just "
        "early.",
        "{name}: *“{quote}”* The sentence hung there for a while.",
        "{name} is unsure about {doubt} and said so without hedging.",
    ),
    "they_voiced_regret": (
        "{name} regrets promoting from within for the COO job last year; knew within a month.",
        "{name} wishes they had shut {trouble} down a year earlier; the delay cost them two "
        "good people.",
        "A quiet moment about regret: {name} would not take the {co} job again on the same terms.",
        "{name} said what they regret most is waiting for consensus on {trouble} when they "
        "already knew.",
        "{name} still thinks about the acquisition they walked away from and said so.",
        "“I should have listened to my CFO,” {name} said about {trouble}.",
    ),
    "they_gave_honest_feedback": (
        "{name} told me my last board memo reads like I am managing the board instead of "
        "informing it. Annoying, and right.",
        "{name} said I talk about {ours} as if it were someone else's project. I did not "
        "enjoy hearing that.",
        "Feedback from {name}, unasked and useful: my team does not disagree with me in "
        "meetings, and that is my doing.",
        "{name} thinks I am too slow on people decisions: “you give everyone one more "
        "quarter, and it costs you the good ones.”",
        "{name} said my update on {ours} sounded like a press release. Fair.",
        "Hard feedback from {name} on how I ran the offsite: too much of me talking, too "
        "little of the room.",
        "{name} pointed out that I have described {ours} three different ways in three months.",
    ),
    "they_challenged_framing": (
        "I framed {ours} as an execution problem; {name} kept asking who owns it until I "
        "admitted it is a leadership problem.",
        "{name} pushed back on how I set up the choice: I had made it {tradeoff}, and they "
        "asked why it had to be either.",
        "{name} refused the framing outright: “You keep saying the board wants this. Which "
        "board member, and have you asked?”",
        "I came in sure that {ours} was about money. {name} turned it around: it is about "
        "what I am unwilling to give up.",
        "Every time I said “we have no choice” about {ours}, {name} made me list the "
        "choices. There were four.",
        "{name} asked what I would do if {ours} were someone else's problem. The answer was "
        "obvious, which was the point.",
        "{name} questioned the premise: maybe {ours} is not urgent, and I am using urgency "
        "to avoid a harder conversation.",
    ),
    "they_understood_constraints": (
        "{name} got the constraints without my drawing them: a board that wants margin this "
        "year, a stretched team, a union contract that ends in spring.",
        "Useful because {name} knows what it is to run a company with the founder still on "
        "the board; no advice that only works in theory.",
        "{name}'s advice fitted our reality: no hiring budget, no slack, and {ours} still open.",
        "{name} has lived the same mix of investors and a unionised plant, so the suggestions "
        "were usable on Monday.",
        "What I valued: {name} started from our constraints, not from an ideal org chart.",
        "{name} knew exactly why I cannot simply cut the Tilburg line, and worked from there.",
    ),
    "i_shared_failure": (
        "I told {name} straight that {our_setback}.",
        "I said out loud, for the first time outside the company, that {our_setback}.",
        "I owned my part in {ours}: I pushed the timeline, and the team did not feel they "
        "could say no.",
        "I admitted to {name} that {our_setback}. It was easier to say than I expected.",
        "I told {name} the version I do not give the board: {our_setback}.",
    ),
    "i_admitted_doubt": (
        "I admitted I do not know whether I am the right CEO for the next phase.",
        "I told {name} I am not sure about {ours}, and that the version the board hears is "
        "more confident than I am.",
        "I said I am worried our culture is drifting and I cannot tell whether it is me or "
        "the growth.",
        "I admitted I feel {feeling} about {ours} and have not said so to anyone at Corvane.",
        "I said plainly that I do not know how to handle {ours}.",
    ),
    "i_asked_for_help": (
        "I brought {name} the decision on {ours} before it was made and asked what they "
        "would do in my place.",
        "I asked {name} for help on {ours}: two options, both bad, and a board meeting in "
        "ten days.",
        "I asked {name} to poke holes in my plan for {ours} before I take it to the board.",
        "I asked {name} how they would sequence {ours}; I have the what, not the when.",
    ),
    "similar_failures": (
        "{name}'s story about {trouble} rhymes with ours on {ours}: a good plan, a late "
        "warning, and a team that knew before we did.",
        "We compared failures. Theirs was {trouble}, ours {ours}; the same mistake in "
        "different clothes.",
        "We both lost good people by moving too slowly on a bad manager. Theirs was in "
        "{trouble}, ours in {ours}.",
        "Both of us ignored the same early warning: customers going quiet before they leave.",
    ),
    "comparable_tradeoffs": (
        "We are facing the same trade-off between {tradeoff}; {name} leans one way, I the "
        "other, and neither of us is sure.",
        "Compared how we each weigh {tradeoff}. Same dilemma, different boards.",
        "{name} is making the same call between {tradeoff} that I made last year; I told "
        "them what it cost.",
        "We spent an hour on {tradeoff}. No answer, but I understand my own position better.",
    ),
    "parallel_pressures": (
        "Both our boards are asking for {pressure}. It helped to hear it is not only us.",
        "{name}'s chair wants {pressure}, same as ours; we compared how we each push back.",
        "Same pressure on both sides of the table: {pressure}.",
        "We recognised the same squeeze in each other: investors who want {pressure}, and "
        "teams that are already tired.",
    ),
    "signalled_success": (
        "{name} was all momentum: {win}, and more to come, apparently.",
        "Mostly a victory lap from {name} about {win}.",
        "{name} talked about {win} and the next round; everything is up and to the right.",
        "The headline from {name}: {win}. I heard about nothing that is not working.",
        "{name} had the numbers ready: {win}. Impressive, and I learned nothing about them.",
    ),
    "transactional": (
        "{name} offered an intro to {intro}, and asked, in return, whether we would {ask}.",
        "Mostly asks: {name} wants us to {ask}; the sweetener is an intro to {intro}.",
        "“How can we help each other?” from {name}, twice. The answer, it turns out, is to {ask}.",
        "{name} wanted to know who we use for executive search and whether we would {ask}.",
        "An efficient call: {name} will introduce me to {intro}; I will see whether we can {ask}.",
    ),
    "surface_talk": (
        "Pleasant enough: what do you do, how big is the team, where are you based. Nothing "
        "underneath.",
        "We covered holidays, the weather in {place} and who is moving where.",
        "{name} asked what Corvane does and I gave the two-minute version.",
        "Small talk about the industry fair and a mutual acquaintance.",
    ),
    "validated_only": (
        "{name} agreed with everything I said about {ours}, which should have been "
        "reassuring and was not.",
        "“Sounds right to me,” from {name}, three times. Nothing I said was tested.",
        "{name} nodded through my whole account of {ours}. I left no wiser.",
        "Warm, supportive, and no challenge at all from {name} on {ours}.",
    ),
    "i_kept_it_polished": (
        "I gave {name} the polished version of Corvane: growth, the new hires, the pipeline. "
        "Not a word about {ours}.",
        "I kept it polished, and I am not sure why; {name} has given me no reason not to "
        "trust them.",
        "I noticed I was performing confidence again instead of saying I am {feeling}.",
        "I talked about our wins and kept {ours} out of it.",
    ),
}

# Lines that claim nothing a signal would: news, plans, catching up (and, for a supplier,
# operations).
NEUTRAL_LINES: dict[str, tuple[str, ...]] = {
    "general": (
        "We talked about {co}'s plans for next year and the new office in {place}.",
        "{name} walked me through the org changes at {co}; I mostly listened.",
        "Caught up on families, the summer and who has moved where.",
        "{name} described the new leadership team at {co} and their first hundred days.",
        "We compared notes on a candidate we had both interviewed.",
        "Some news: who is moving where, which deals are closing, how the market feels.",
        "We talked about the fair in {place} and whether either of us will go this year.",
        "{name} is thinking about a board seat and asked what the time commitment really is.",
        "A detour into books; {name} recommended a biography I will not have time to read.",
        "We spent a while on the state of the industry and what the new tariffs will do.",
        "{name} is moving the {co} leadership offsite to {place} and wanted to know the venue "
        "we used.",
        "Talked about {co}'s search for a new chair and who might be on the list.",
        "{name} asked how we run our quarterly business reviews; I sent the template after.",
        "Ten minutes on {name}'s kids' university choices before we got to work.",
        "We traded notes on the interest-rate outlook and what it does to refinancing.",
        "{name} told me about a trip to {place} and a supplier they visited there.",
        "A long tangent about remote work and whether anyone has actually figured it out.",
        "We talked about {co}'s new head office and the fight over open-plan floors.",
        "{name} had just come back from {place}; jet-lagged but talkative.",
        "Some gossip about the industry association's elections, which I will not write down.",
        "We compared how our boards run their evaluations; neither of us likes ours.",
        "{name} asked what I am reading; I admitted nothing but board papers.",
    ),
    "operational": (
        "Logistics for the supplier review, and a short detour into the state of the market.",
        "We went through the delivery schedule and the price review for next year.",
        "Agreed the next steps on the contract; {name} will send the draft.",
        "Quality numbers from the Tilburg line; {co} will send an engineer next week.",
        "{name} introduced their new account manager and the escalation path.",
        "Lead times are slipping again; {name} blamed a component shortage.",
    ),
}

# A second sentence that can follow a signal's, by the group of the signal.
DETAIL_LINES: dict[str, tuple[str, ...]] = {
    "them": (
        "I asked what they would do differently. The answer took a while, and it was honest.",
        "Nobody at {co} has heard it put that plainly, {name} said.",
        "It took a while to come out; the first half hour was the usual tour of the numbers.",
        "I did not try to fix it. I think that was the right call.",
        "It is rare to hear {a_role} say that without a plan B in the same breath.",
        "What struck me was how little {name} tried to defend it.",
    ),
    "me": (
        "Saying it out loud made the next step more obvious than a week of thinking had.",
        "I had rehearsed a tidier version in the car and did not use it.",
        "I have not said this to my own leadership team yet, which is its own signal.",
        "It felt exposed for about a minute, then useful.",
        "Nobody at Corvane hears it this plainly, and perhaps they should.",
    ),
    "shared": (
        "Different companies, same shape of problem.",
        "Neither of us has solved it, but it is easier to think about with someone who has it too.",
        "It is a relief to find the problem is structural, not just me.",
        "We agreed to compare notes again once either of us has moved.",
    ),
    "polish": (
        "All very smooth.",
        "I could have had the same conversation with a press release.",
        "Pleasant, and I would struggle to say what I learned.",
        "Useful in its way; not the place for anything real.",
    ),
}

# -- what makes each persona's notes theirs ----------------------------------------------

# A line in the persona's voice; "persona/honest" and "persona/polish" lines, where present,
# are for conversations that were (or were not) honest.
COLOUR: dict[str, tuple[str, ...]] = {
    "confidant": (
        "This is the conversation I would protect if I could keep only one.",
        "Left lighter than I came. {name} does not fix things; they make them sayable.",
        "We have done this for years and it still surprises me how fast we get to the point.",
        "{name} remembered what I said last time about {ours} and asked what I actually did.",
    ),
    "sparring": (
        "Tiring, as always with {name}. I think better afterwards.",
        "{name} does not let a vague sentence through. I should prepare like it is the board.",
        "I went in to be reassured and came out with homework. Typical {name}.",
    ),
    "peer": (
        "Talking to {name} is like looking at our own company from across the street.",
        "{name} runs the same kind of business with the same kind of board; little needs "
        "explaining.",
    ),
    "peer_shared": (
        "Less advice than context; that is what I need from {name}.",
        "It is reassuring that {co} has the same weather as we do.",
    ),
    "retreat_friend": (
        "The retreat gave us a head start; we skipped the polite phase.",
        "Another good one. This has become a real dialogue.",
        "We pick up where we left off, which is rare.",
    ),
    "fading_quiet": ("I should not let this one drift.",),
    "fading_polished/honest": (
        "{name} is one of the few who tells me what is really going on.",
        "We have a good rhythm, {name} and I; I hope it lasts.",
    ),
    "fading_polished/polish": (
        "{name} used to tell me what was really going on.",
        "Since the new job, {name} only talks in announcements.",
        "I miss the old conversations with {name}. I do not know what changed.",
    ),
    "mentor": ("{name} sees my career in decades, not quarters.",),
    "confessor/honest": (
        "{name} called about {trouble} again. I listen and ask questions; I notice I never "
        "say a word about our own mess.",
        "It is always {name}'s crisis; I have never once brought mine.",
        "I should reciprocate. {name} trusts me with a lot and I give back very little.",
    ),
    "confessor/polish": (
        "{name} kept it light today; the real conversation is probably still coming.",
        "A lighter one with {name}, for once.",
    ),
    "one_way_me": (
        "{name} is generous with reassurance and stingy with anything real.",
        "I came away calmer and none the wiser. I still do not know what {name} would do.",
        "I open up; {name} nods. I never hear about their own mistakes.",
    ),
    "networker": (
        "Every conversation with {name} ends with a to-do list of intros.",
        "Useful, efficient, and entirely on the surface.",
    ),
    "success_teller": (
        "I have known {name} for a while and have never heard about a bad quarter.",
        "It is all highlights with {name}. I wonder what the lowlights are.",
    ),
    "mostly_polish/honest": (
        "A rare unguarded moment from {name}.",
        "Unusual for {name} to go there. I did not expect it.",
    ),
    "mostly_polish/polish": (
        "Mostly business, as usual with {name}.",
        "Commercial and pleasant, as usual with {name}.",
    ),
    "surface": ("Nice person; I could not tell you what they actually think.",),
    "retreat_quiet": (
        "We got on well at the retreat; I am not sure either of us will keep it going.",
    ),
    "summit_contact": (
        "A card and a follow-up; I doubt it will go further.",
        "Friendly, quick, forgettable. The summit in one conversation.",
    ),
    "single": ("Promising. Worth a second conversation soon.",),
    "untagged": ("Operational, mostly.",),
    "new_promising": ("Early days, but there is something here.",),
}

OPENINGS: dict[str, tuple[str, ...]] = {
    "one_on_one": (
        "Breakfast with {name} near their office in {place}.",
        "Coffee with {name} before my flight.",
        "An hour with {name} at their office.",
        "Walked along the river with {name} after work.",
        "Lunch with {name}, longer than planned.",
        "Met {name} at the station café between meetings.",
        "{weekday} breakfast with {name}.",
        "Saw {name} in {place}; an hour in a hotel lobby.",
        "{name} came by our office on {weekday}.",
        "Early coffee with {name}, before either of us had looked at email.",
    ),
    "call": (
        "Call with {name}, forty minutes, from the car.",
        "{name} called late on {weekday}.",
        "Video call with {name}; both of us tired.",
        "Quick call with {name} that did not stay quick.",
        "Phone call with {name} on my way to Tilburg.",
        "Scheduled call with {name}, {weekday} morning.",
        "{name} rang while I was in {place}; we talked from the airport.",
    ),
    "dinner": (
        "Dinner with {names} in {place}.",
        "Long dinner with {names}; the good kind, where nobody checks their phone.",
        "Supper with {names} at the place by the harbour.",
        "{weekday} dinner with {names}.",
        "Dinner at {names_possessive} favourite place in {place}.",
    ),
    "group": (
        "Small group session with {names}.",
        "Round table with {names}, no slides.",
        "Met {names} together for a working session.",
        "Three of us on a call: {names} and me.",
    ),
    "message": (
        "Long exchange of messages with {name} over two evenings.",
        "{name} wrote at length; I replied the next morning.",
        "A thread of voice notes with {name}, back and forth over the weekend.",
        "{name} sent a long message on {weekday} night; we went back and forth.",
        "An email from {name} that deserved more than a quick reply.",
    ),
    "retreat_session": (
        "Session at {gathering} with {names}.",
        "At {gathering}: an afternoon session with {names}.",
        "Walk between sessions at {gathering} with {names}.",
    ),
}

AFTERTHOUGHTS = (
    "Driving home I realised I had not said any of this to my own team.",
    "It is strange how much lighter a problem gets once it has been said out loud.",
    "I want to remember how it felt to say it plainly; the board version is so much thinner.",
    "Afterwards I rewrote my notes for the leadership meeting. Fewer adjectives.",
    "This is what the board never sees: the thinking before the slide.",
    "I notice I trust my judgement more after these conversations, not less.",
    "Hard to measure, but my next decision will be better for this hour.",
    "I slept better than I have in weeks.",
)
CLOSINGS = (
    "Next step: call {name} again before the board meeting.",
    "Follow up in two weeks.",
    "Note to self: write down what I would tell someone else in my place.",
    "I owe {name} a reply on one thing; do it this week.",
    "Worth coming back to this in a month.",
    "Sent a thank-you; meant it.",
    "Two questions to take back to the team.",
    "Next: put {ours} on the agenda for Monday, plainly worded.",
    "Send {name} the article we talked about.",
    "Ask my assistant to find a date with {name} before the end of the month.",
    "Remember to ask {name} how it went, next time.",
    "To do: write to {name} about {place}.",
    "Think about whether to bring {name} into the board discussion.",
    "Nothing to do; worth having written it down.",
    "Check back with {name} after the quarter closes.",
)
TAKEAWAYS = ("What stayed with me:", "Takeaways:", "Three things:", "To remember:")
ASIDES = (
    "{name} compared their turnaround to kintsugi: mend the crack with gold, do not hide it.",
    "{name} keeps a photo of a quokka on their desk as a reminder that smiling is not a strategy.",
    "Somehow we ended up talking about zeppelins and why big bets fail slowly.",
)

DECISION_LINES = (
    "This was about the decision on **{decision}**.",
    "Most of the time went to **{decision}**; I have not decided yet.",
    "I brought them **{decision}**, before the board sees it.",
    "Context: **{decision}** is on the table this month.",
)
GATHERING_LINES: dict[str, tuple[str, ...]] = {
    "retreat": (
        "No stage and no badges: small groups, long walks, phones in a basket.",
        "The format made it easy to skip the polite phase.",
        "We were each asked to bring something that is failing. It set the tone.",
    ),
    "summit": (
        "The rest of the day was panels, badges and a very loud lunch.",
        "Twenty minutes in the coffee queue before the next panel; then we swapped cards.",
        "It was loud, and everyone was selling something, me included.",
    ),
    "dinner": (
        "The group is small enough to talk properly.",
        "Chatham House rules, one topic per course.",
    ),
}

# -- gatherings, decisions, reflections -----------------------------------------------------

GATHERINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "retreat": (
        ("Stillwater CEO Retreat", "Sintra"),
        ("Fjordlight Leadership Retreat", "Loen"),
        ("Alder House CEO Circle", "the Cotswolds"),
        ("Lakeside Founders Retreat", "Lake Bled"),
    ),
    "summit": (
        ("Northstar Growth Summit", "Barcelona"),
        ("ScaleUp Leaders Forum", "Berlin"),
        ("Executive Horizons Congress", "Amsterdam"),
        ("Global Industry Leaders Summit", "Vienna"),
    ),
    "dinner": (
        ("Harbourside CEO Dinner", "Hamburg"),
        ("Thursday Table", "Antwerp"),
        ("Midsummer CEO Supper", "Copenhagen"),
    ),
}
GATHERING_NOTES: dict[str, str] = {
    "retreat": (
        "Three days, eighteen CEOs, no stage. Mornings in groups of six, afternoons walking "
        "in pairs. The format forced the conversation past *what do you do*.\n\n"
        "- We were asked to bring one thing that is failing, not one thing that is working\n"
        "- Phones in a basket until dinner\n\n"
        "Worth going back. What matters is whether we keep talking afterwards."
    ),
    "summit": (
        "Two days of panels, badge scanning and a very loud networking lunch. I handed out "
        "more cards than I have handed out all year and had no conversation longer than "
        "twenty minutes. Good for visibility; I doubt any of it turns into a relationship."
    ),
    "dinner": (
        "A dinner of eight CEOs who run companies of roughly our size, hosted by a private "
        "bank. Chatham House rules, one topic per course. Better than most conferences."
    ),
}

# Decision shapes: the same twelve kinds of call recur; the first title of each is the
# canonical demo's, the others vary it for larger journals.
# (title, what I call it in a note, its short name)
DECISION_TITLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "replace_exec": (
        ("Replace our CFO before the refinancing", "the CFO replacement", "the CFO question"),
        ("Move the head of sales out before the budget round", "the sales leadership", "it"),
        ("Ask the COO to step down", "the COO question", "the COO question"),
    ),
    "close_line": (
        ("Close the Tilburg assembly line", "closing Tilburg", "Tilburg"),
        ("Sell the service business", "selling the service business", "the sale"),
        ("Stop the consumer sensor range", "the consumer range", "the range"),
    ),
    "board_news": (
        (
            "Tell the board the ERP migration will slip two quarters",
            "the ERP slip",
            "the slip",
        ),
        ("Tell the board we will miss the margin target", "the margin miss", "the miss"),
        (
            "Disclose the product recall to the board before the audit",
            "the recall",
            "the recall",
        ),
    ),
    "acquisition": (
        ("Answer Halvard's acquisition approach", "the approach from Halvard", "Halvard"),
        ("Respond to the private-equity approach", "the private-equity approach", "the approach"),
        ("Open talks with a larger competitor", "talks with a larger competitor", "the talks"),
    ),
    "sales_reorg": (
        ("Split sales into three regions", "the sales regions", "the regions"),
        ("Move key accounts under the product lines", "the key-account move", "the move"),
        ("Merge the two sales teams", "the sales merger", "the merger"),
    ),
    "coo_hire": (
        ("Hire a COO from outside", "the COO hire", "the hire"),
        ("Promote from within for the operations job", "the operations job", "the job"),
        ("Hire a chief people officer", "the people-officer hire", "the hire"),
    ),
    "founder_era": (
        (
            "Let go of the head of product, a founder-era hire",
            "the head of product",
            "the product job",
        ),
        ("Retire the founder's old R&D programme", "the old R&D programme", "the programme"),
        ("Replace the founder's chief of staff", "the chief of staff", "the chief of staff"),
    ),
    "office": (
        ("Bring the Ostara team onto our contracts", "the Ostara contracts", "the contracts"),
        ("Move the Lisbon office to hybrid", "the Lisbon office", "Lisbon"),
        ("Close the satellite office in Lyon", "the Lyon office", "Lyon"),
    ),
    "bonus": (
        ("Cut the bonus pool by a third", "the bonus cut", "the cut"),
        ("Freeze salaries for a year", "the salary freeze", "the freeze"),
        ("Cancel the leadership offsite to save money", "the offsite", "the offsite"),
    ),
    "delay": (
        ("Delay the sensor relaunch to the autumn", "the relaunch date", "the relaunch"),
        ("Postpone the US launch", "the US launch", "the launch"),
        ("Pause the platform rewrite", "the rewrite", "the rewrite"),
    ),
    "founder_board": (
        ("Ask the founder to step off the board", "the founder's board seat", "the founder"),
        ("Change the founder's role to adviser", "the founder's role", "the founder"),
        ("Limit the founder's access to my team", "the founder's access", "the founder"),
    ),
    "acquire_price": (
        ("Walk away from the Ostara price or pay up", "the Ostara price", "the price"),
        (
            "Raise our offer for the Spanish distributor",
            "the offer for the distributor",
            "the offer",
        ),
        ("Buy out the minority partner", "the buy-out", "the buy-out"),
    ),
}
OUTCOME_CONSULTED = (
    "Decided. {names} helped me see it clearly; the framing I started with was not the one I "
    "ended with.",
    "Decided after talking it through with {names}. Uncomfortable, and I think right.",
    "Done. What settled it was a question from {names}: what would I regret in a year?",
    "Decided. Announced to the leadership team first, then the board. {names} had warned me "
    "that the order matters.",
)
OUTCOME_ALONE = (
    "Decided alone, over a weekend. In hindsight I should have called someone before, not after.",
    "Decided without consulting anyone. It was the right call, I think, but I noticed that I "
    "had nobody to ring.",
    "I made this one alone. Nobody argued because nobody was asked.",
)
OPEN_NOTES = (
    "Still open. I keep postponing it, which is a decision of its own.",
    "Open. Two options on the table, neither comfortable.",
)

REFLECTIONS = (
    "## What this quarter taught me\n\n"
    "The practical test, honestly answered:\n\n"
    "- **Who can I call when a decision feels uncomfortable?** {confidant}, and on most things "
    "{sparring}. Fewer names than I would like.\n"
    "- **Who challenges my framing?** {sparring}, every time, and {confidant} when it matters.\n"
    "- **Who understands my constraints?** {peer}, who runs the same kind of company.\n\n"
    "I keep bringing my hardest calls to {one_way_me}, and I keep getting reassurance instead "
    "of a view. I should stop mistaking that for counsel.\n\n"
    "{fading} and I have drifted. That one is on me.\n\n"
    "*Next quarter:* fewer events, more second conversations.",
    "## Depth, not breadth\n\n"
    "{summit} gave me a stack of cards and no conversation I would call real. "
    "{retreat} was the opposite: two of the people I met there are still in my week.\n\n"
    "On the decisions that were uncomfortable I called {confidant}. On one of them I called "
    "nobody, and it showed.\n\n"
    "{confessor} tells me everything and I tell them nothing. I want to change that, or "
    "admit that it is not a relationship, only a service I provide.\n\n"
    "- Call {fading} this quarter, not next\n"
    "- Bring {sparring} the Halvard question *before* I have made up my mind\n"
    "- Stop giving {one_way_me} the polished version",
)


# -- filling and composing ------------------------------------------------------------------


class _Blank(dict[str, str]):
    """Format values where a missing key is a bug in the bank: fail loudly, naming it."""

    def __missing__(self, key: str) -> str:
        raise KeyError(f"demo text has no value for {{{key}}}")


MIN_WORDS, MAX_WORDS = 40, 200  # the length of a note
POLISH_CODES = frozenset(s.code for s in in_group(Group.POLISH))


def fill(text: str, values: Mapping[str, str]) -> str:
    return text.format_map(_Blank(values))


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def joined(names: Sequence[str]) -> str:
    """'Ana', 'Ana and Ben', 'Ana, Ben and Chen'."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def our_story(days_ago: int) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """What was going on at Corvane that many days before the end of the demo."""
    for older_than, topics, setbacks in OUR_PERIODS:
        if days_ago > older_than:
            return topics, setbacks
    return OUR_PERIODS[-1][1], OUR_PERIODS[-1][2]


class _Filler:
    """Fills sentences one after another; a topic named once is called by its short name
    after that, so that a note does not repeat a long phrase."""

    SHORT = (("ours", "ours_short"), ("trouble", "trouble_short"), ("Trouble", "trouble_short"))

    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = dict(values)

    def __call__(self, line: str) -> str:
        done = fill(line, self.values)
        for key, short in self.SHORT:
            if "{" + key + "}" in line:
                self.values[key] = self.values[short]
                self.values["Trouble"] = capital(self.values["trouble"])
        return done


def _count_words(parts: Sequence[str]) -> int:
    return sum(len(p.split()) for p in parts)


def _group(code: str) -> str:
    if code in POLISH_CODES:
        return "polish"
    if code.startswith("they_"):
        return "them"
    return "me" if code.startswith("i_") else "shared"


def compose_note(
    rng: random.Random,
    values: Mapping[str, str],
    signals: Sequence[str],
    format_code: str,
    colour: str | None,
    extra: Sequence[str] = (),
    neutral: str = "general",
) -> str:
    """A note of `MIN_WORDS` to `MAX_WORDS` words: an opening, a sentence or two per signal,
    maybe a line in the persona's voice (a `COLOUR` key) and an afterthought, `extra` lines
    (a decision, a gathering), sometimes a closing; now and then the signal sentences as a
    list."""
    say = _Filler(values)
    target = rng.randint(45, 110)
    opening = say(rng.choice(OPENINGS[format_code]))
    spare = [say(line) for line in rng.sample(NEUTRAL_LINES[neutral], 4)]
    body = [say(rng.choice(SIGNAL_LINES[code])) for code in signals]
    if not body or rng.random() < 0.2:
        body.append(spare.pop())
    if rng.random() < 0.004:
        body.insert(rng.randrange(len(body) + 1), say(rng.choice(ASIDES)))
    tail = [say(line) for line in extra]

    def room(*more: str) -> bool:
        # Room is counted as if laid out as a list: a heading and a dash per line.
        words = _count_words([opening, *body, *tail, *more]) + 2 + len(body) + len(more)
        return words <= MAX_WORDS

    for i in reversed(range(len(signals))):  # sometimes a second sentence after a signal's
        detail = say(rng.choice(DETAIL_LINES[_group(signals[i])]))
        if rng.random() < 0.25 and room(detail):
            body.insert(i + 1, detail)
    if colour:
        spare.insert(0, say(rng.choice(COLOUR[colour])))
    if set(signals) - POLISH_CODES:
        spare.insert(rng.randint(0, 1), say(rng.choice(AFTERTHOUGHTS)))
    closing = say(rng.choice(CLOSINGS))
    if rng.random() < 0.45 and room(closing):
        tail.append(closing)
    else:
        spare.insert(rng.randint(0, len(spare)), closing)
    more: list[str] = []
    while spare and _count_words([opening, *body, *more, *tail]) < target:
        line = spare.pop(0)
        if room(*more, line):
            more.append(line)
    return _layout(rng, opening, body, more, tail)


def _layout(
    rng: random.Random, opening: str, body: list[str], more: list[str], tail: list[str]
) -> str:
    """Paragraphs, or (now and then) what was said as a Markdown list."""
    if len(body) >= 3 and rng.random() < 0.2:
        bullets = "\n".join(f"- {line}" for line in body)
        listed = f"{rng.choice(TAKEAWAYS)}\n\n{bullets}"
        return "\n\n".join(p for p in (opening, listed, " ".join(more), *tail) if p)
    lines = body + more
    split = rng.randint(1, max(1, len(lines)))
    first = " ".join([opening, *lines[:split]])
    rest = " ".join(lines[split:])
    return "\n\n".join(p for p in (first, rest, *tail) if p)
