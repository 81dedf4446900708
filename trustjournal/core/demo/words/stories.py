"""The running stories: each person's company (what is failing, what is going well,
what they want, what they doubt) and our own, Corvane's, by how long ago.

The journal's author is the CEO of Corvane Systems, an industrial sensor maker of about
1,800 people: a founder who stepped up to chair, an acquisition (Ostara) whose culture
has not merged, an ERP migration that slipped, a loss-making assembly line in Tilburg, a
CFO who had to go, and an approach from Halvard Logistics.
"""

from __future__ import annotations

OUR_COMPANY = "Corvane"


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
