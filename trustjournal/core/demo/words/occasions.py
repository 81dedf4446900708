"""Gatherings, decisions and reflections: their names and places, the kinds of decision
and how they turned out, and the quarterly reflections written in the demo."""

from __future__ import annotations

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
    "breakfast": (
        ("Canal House Founders Breakfast", "Utrecht"),
        ("Early Light CEO Breakfast", "Ghent"),
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
    "breakfast": (
        "Twelve founders round one long table before work, each with one problem they have "
        "not solved. Short, candid, and over by nine. Whether it mattered depends on whom I "
        "call afterwards."
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
