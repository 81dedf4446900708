"""Paraphrases of every signal in several voices, written for this engine in rounds (so they
flatter it: the independent sets in bench/suggest_data measure it). Each round was measured
before its misses were fixed (micro P/R on the round, before): 0.94/0.84, 0.86/0.51,
0.80/0.44, 0.91/0.63, 0.89/0.31 (idiom), 0.85/0.39 (bullets, non-native English),
0.67/0.32 (long mixed notes), 0.81/0.54 (understanding, trade-offs, pressures), 0.85/0.65
(traps: negation, private thoughts, sarcasm), 0.80/0.40. Each row:
the note and exactly the signals the rules must suggest (the trained model may add to them,
never as "strong"). Rows the rules get wrong are kept,
marked xfail with why, so that the limits stay visible and a fix shows up as an unexpected
pass."""

from __future__ import annotations

import pytest

from trustjournal.core.suggest import suggest
from trustjournal.core.suggest.engine import _suggest_rules
from trustjournal.core.suggest.model import STRONG

ROWS: list[tuple[str, list[str]]] = [
    ("Raj admitted the new pricing tanked conversion by a third.", ["they_shared_failure"]),
    ("She walked me through how the Asia launch went sideways.", ["they_shared_failure"]),
    (
        "He was candid: the acquisition was a mistake and they're writing it off.",
        ["they_shared_failure", "they_voiced_regret"],
    ),
    (
        "Lena's startup went under last spring; she told me the whole story.",
        ["they_shared_failure"],
    ),
    ("His board pushed him out in March. He talked about it openly.", ["they_shared_failure"]),
    ("mk: pilot w/ the bank failed, her call, she owns it", ["they_shared_failure"]),
    ("I owned up to Priya that I botched the CTO hire.", ["i_shared_failure"]),
    ("Told him straight: we missed the quarter and it's my fault.", ["i_shared_failure"]),
    ("I confessed that our Series B fell through.", ["i_shared_failure"]),
    ("I said the reorg was a mess and I handled it badly.", ["i_shared_failure"]),
    ("I admitted we are burning cash faster than I told the board.", ["i_shared_failure"]),
    ("She confessed she has no clue how to fix the sales team.", ["they_admitted_doubt"]),
    ("He's genuinely torn about whether to sell.", ["they_admitted_doubt"]),
    ("Dev said he's lost and doesn't know where to start.", ["they_admitted_doubt"]),
    ("She isn't sure she's the right person to take it public.", ["they_admitted_doubt"]),
    ("He told me he has real doubts about the merger.", ["they_admitted_doubt"]),
    ("I told her I have no idea whether to take the offer.", ["i_admitted_doubt"]),
    ("I admitted I'm out of my depth with the union talks.", ["i_admitted_doubt"]),
    ("I said honestly that I'm not sure I can lead this turnaround.", ["i_admitted_doubt"]),
    ("I confessed I've been second-guessing the whole strategy.", ["i_admitted_doubt"]),
    ("He regrets not firing his CRO sooner.", ["they_voiced_regret"]),
    ("She said she wished she'd raised less.", ["they_voiced_regret"]),
    ("'Biggest mistake of my career,' he said about the merger.", ["they_shared_failure"]),
    ("In hindsight, she said, she'd never have taken the PE money.", ["they_voiced_regret"]),
    ("He said if he could do it over he'd keep the company private.", ["they_voiced_regret"]),
    ("She told me I micromanage my VPs and they resent it.", ["they_gave_honest_feedback"]),
    ("He said my board deck is too long and hides the real issue.", ["they_gave_honest_feedback"]),
    ("Got some blunt feedback from Tom on my keynote.", ["they_gave_honest_feedback"]),
    ("She said I come across as defensive when the CFO talks.", ["they_gave_honest_feedback"]),
    ("He was brutally honest about my pitch: it doesn't land.", ["they_gave_honest_feedback"]),
    ("She questioned whether growth is really the goal.", ["they_challenged_framing"]),
    (
        "He pushed back hard on my assumption that price is the problem.",
        ["they_challenged_framing"],
    ),
    ("'Is this really a hiring problem?' she asked.", ["they_challenged_framing"]),
    (
        "He reframed the whole thing: it's a retention issue, not a pipeline one.",
        ["they_challenged_framing"],
    ),
    ("She asked why I keep treating the board as the enemy.", ["they_challenged_framing"]),
    ("He gets that I can't cut headcount before the audit.", ["they_understood_constraints"]),
    (
        "She knew our runway is short and kept her advice realistic.",
        ["they_understood_constraints"],
    ),
    ("He understood my hands are tied on pricing.", ["they_understood_constraints"]),
    ("Her advice actually fit our budget.", ["they_understood_constraints"]),
    ("I asked him what he'd do about the underperforming COO.", ["i_asked_for_help"]),
    ("I asked her for advice on whether to take the bridge round.", ["i_asked_for_help"]),
    ("Ran the acquisition decision past Maria before I sign.", ["i_asked_for_help"]),
    ("I asked Ken whether I should let the VP go before the offsite.", ["i_asked_for_help"]),
    (
        "Turns out we both botched our first sales hire.",
        ["i_shared_failure", "similar_failures", "they_shared_failure"],
    ),
    (
        "He said the same thing happened to him in Germany.",
        ["similar_failures", "they_shared_failure"],
    ),
    (
        "She made the same mistake with her first board.",
        ["similar_failures", "they_shared_failure"],
    ),
    ("We compared the trade-offs of raising now versus later.", ["comparable_tradeoffs"]),
    ("Both of us are weighing growth against profitability.", ["comparable_tradeoffs"]),
    ("She faced the same choice last year: build or buy.", ["comparable_tradeoffs"]),
    ("Both our boards want profitability by Q4.", ["parallel_pressures"]),
    ("We're both under pressure from the same investors.", ["parallel_pressures"]),
    ("Her chair is pushing the AI story too, same as mine.", ["parallel_pressures"]),
    ("He bragged about their record quarter the whole time.", ["signalled_success"]),
    ("All wins, all momentum, no problems at all.", ["signalled_success"]),
    ("She said everything is going great and they're crushing it.", ["signalled_success"]),
    ("He spent the hour on their growth numbers.", ["signalled_success"]),
    ("She wanted an introduction to our lead investor.", ["transactional"]),
    ("He pitched me his consulting services.", ["transactional"]),
    ("He asked if we'd be a reference customer.", ["transactional"]),
    ("Classic 'how can we help each other' coffee.", ["transactional"]),
    ("We talked about golf and the weather.", ["surface_talk"]),
    ("Just small talk about holidays.", ["surface_talk"]),
    ("He asked what we do and how big we are. That was it.", ["surface_talk"]),
    ("Pleasant chat, nothing of substance.", ["surface_talk"]),
    ("He agreed with everything I said.", ["validated_only"]),
    ("She said my plan sounds great, no questions.", ["validated_only"]),
    ("No pushback whatsoever.", ["validated_only"]),
    ("He told me I'm on the right track and moved on.", ["validated_only"]),
    ("I gave her the investor version of our numbers.", ["i_kept_it_polished"]),
    ("I kept our cash problems to myself.", ["i_kept_it_polished"]),
    ("I didn't mention the layoffs.", ["i_kept_it_polished"]),
    ("I put on a brave face about the raise.", ["i_kept_it_polished"]),
    ("Scheduled the board dinner for the 12th.", []),
    ("She doesn't know the venue yet; will confirm Friday.", []),
    ("I wonder whether he's struggling.", []),
    ("I didn't tell him about the weekend plans, not relevant.", []),
    (
        (
            "Breakfast with Tomasz. He opened with the usual – growth, hires, the new office. "
            "Then, unprompted, he said the Polish expansion is bleeding money and he hasn't told "
            "his board yet. I admitted we're in a similar spot with France. Neither of us knows "
            "when to pull the plug."
        ),
        [
            "i_admitted_doubt",
            "i_shared_failure",
            "signalled_success",
            "they_admitted_doubt",
            "they_shared_failure",
        ],
    ),
    (
        (
            "Call w/ Anya\n- she thinks my hiring plan is too aggressive for our cash\n- asked "
            "whether I'm hiring to look big for the raise — ouch\n- she knows we can't raise "
            "before Q3"
        ),
        ["they_challenged_framing", "they_gave_honest_feedback", "they_understood_constraints"],
    ),
    (
        (
            "Mr. Okafor was very polite. He say our product is 'very interesting' and ask if we "
            "can give a discount for his group. Nothing more."
        ),
        ["transactional"],
    ),
    (
        (
            "Rather a good lunch with Hugh. He didn't flinch when I said the Leeds site is losing "
            "money and I'd rather like his view on closing it before the summer. He thought I was "
            "being too sentimental about it. Fair."
        ),
        ["i_asked_for_help", "i_shared_failure", "they_gave_honest_feedback"],
    ),
    (
        (
            "Conference dinner. The guy to my left talked about his 'hypergrowth' for forty "
            "minutes, then asked for an intro to our VC. Told him I'd think about it."
        ),
        ["signalled_success", "transactional"],
    ),
    (
        (
            "Sam and I are both dealing with boards that want a CEO change narrative. We swapped "
            "notes on how to handle the chair. I told him I've no idea what I'd do if they push."
        ),
        ["i_admitted_doubt", "parallel_pressures"],
    ),
    (
        "She regretted not selling in 2021, she said. 'We had an offer at 3x and I got greedy.'",
        ["they_shared_failure", "they_voiced_regret"],
    ),
    (
        "I kept it upbeat with Marco — said the pilot went well, which it didn't.",
        ["i_kept_it_polished"],
    ),
    (
        (
            "Jen asked me straight out whether the reorg was about performance or about me wanting "
            "control. Hadn't thought of it that way."
        ),
        ["they_challenged_framing"],
    ),
    ("Lunch w/ Ola. Nice, light, mostly her kids and a ski trip. No business.", ["surface_talk"]),
    (
        (
            "I asked Pat whether to hire a COO or promote Dana; have to decide by the board "
            "meeting. Pat asked me what problem the COO would actually solve."
        ),
        ["i_asked_for_help", "they_challenged_framing"],
    ),
    (
        "He was kind but clear: my board updates hide the bad news and people have noticed.",
        ["they_gave_honest_feedback"],
    ),
    (
        (
            "Both of us hired too fast in 2022 and both had to do layoffs. Compared how we each "
            "told our teams."
        ),
        ["i_shared_failure", "similar_failures", "they_shared_failure"],
    ),
    (
        (
            "Coffee with Ines. She agreed with every slide, said it was 'super solid'. Didn't ask "
            "one question about the burn."
        ),
        ["validated_only"],
    ),
    (
        "Drinks with the Acme folks. They want us to resell their API. Pleasant enough, all pitch.",
        ["transactional"],
    ),
    (
        (
            "Farid told me his co-founder left and he's been running on fumes. Said he's not sure "
            "the company makes it to Christmas."
        ),
        ["they_admitted_doubt", "they_shared_failure"],
    ),
    (
        (
            "I told Lea I'm scared of the next board meeting. She said she was scared of hers for "
            "a year and it got better once she stopped pretending."
        ),
        ["i_admitted_doubt", "they_admitted_doubt"],
    ),
    ("Quick sync on the event logistics with Paula. Catering, badges, AV.", []),
    (
        (
            "I wanted to ask Viktor for advice on the acquisition but didn't — he's too close to "
            "the buyer."
        ),
        [],
    ),
    (
        (
            "He said the new CRO was the worst hire he ever made and he should have listened to "
            "his team."
        ),
        ["they_shared_failure", "they_voiced_regret"],
    ),
    (
        (
            "Dinner with Kofi. He was refreshingly open: their Lagos office never hit break-even "
            "and he's closing it next month."
        ),
        ["they_shared_failure"],
    ),
    (
        "Yuki (board chair, peer co): said straight up she doesn't trust her own forecast anymore.",
        ["they_admitted_doubt"],
    ),
    ("Told Bram the truth — I've lost the room with my leadership team.", ["i_shared_failure"]),
    ("I let slip to Carla that I'm not sure I want to do another raise.", ["i_admitted_doubt"]),
    (
        "Peter: 'If I'd known then what I know now, I'd never have taken the board seat at Vela.'",
        ["they_voiced_regret"],
    ),
    (
        (
            "Mira didn't mince her words — said my all-hands was rambling and nobody understood "
            "the strategy."
        ),
        ["they_gave_honest_feedback"],
    ),
    (
        (
            "Pushback from Ahmed, and fair: I'm treating churn as a sales problem when it's an "
            "onboarding one."
        ),
        ["they_challenged_framing"],
    ),
    (
        (
            "Claire, to her credit, worked with what I've actually got — two engineers and no "
            "budget till Q2."
        ),
        ["they_understood_constraints"],
    ),
    (
        (
            "Asked Sunil to help me think through whether we sell the services arm. Need an answer "
            "for the board on the 3rd."
        ),
        ["i_asked_for_help"],
    ),
    (
        (
            "Funny — Rosa's first CFO hire blew up exactly like mine did. Same overconfident pick, "
            "same nine months of damage."
        ),
        ["i_shared_failure", "similar_failures", "they_shared_failure"],
    ),
    (
        (
            "Ben and I are in the same spot with pricing: raise and risk churn, or hold and miss "
            "plan. We went through both paths."
        ),
        ["comparable_tradeoffs"],
    ),
    (
        "Lina's investors are breathing down her neck about burn, same as mine. We commiserated.",
        ["parallel_pressures"],
    ),
    (
        (
            "Yet another founder telling me about his 'rocket ship' and the a16z term sheet. "
            "Nothing else."
        ),
        ["signalled_success"],
    ),
    (
        "Basically a sales call disguised as coffee. He wanted us on his platform.",
        ["transactional"],
    ),
    ("Talked about the Champions League and his new Tesla. Zero business.", ["surface_talk"]),
    (
        "Showed Hal the plan. 'Love it, go for it.' He didn't look at the numbers.",
        ["validated_only"],
    ),
    ("I painted a rosier picture of the quarter than it deserves.", ["i_kept_it_polished"]),
    ("Lunch w/ Dee re: logistics for the summit. Nothing more.", []),
    ("I suspect Omar is in over his head but he didn't say so.", []),
    (
        "Greta told me I'm the bottleneck on every hiring decision. Hard to hear, true.",
        ["they_gave_honest_feedback"],
    ),
    (
        (
            "He's in the same boat — lender covenants tightening, board nervous. We compared notes "
            "for an hour."
        ),
        ["parallel_pressures"],
    ),
    (
        (
            "I said I'd screwed up the pricing change and asked what she'd have done in my place "
            "before I reverse it next week."
        ),
        ["i_asked_for_help", "i_shared_failure"],
    ),
    (
        (
            "Nils admitted he's scared the company won't survive the year. I told him I've had the "
            "same fear since March."
        ),
        ["i_admitted_doubt", "they_admitted_doubt"],
    ),
    (
        "Jo kept saying everything was 'on track'. It isn't, and I didn't push.",
        ["signalled_success"],
    ),
    (
        (
            "Walked Rui through our Series C deck. He said it was fine. Only feedback: a typo on "
            "slide 4."
        ),
        ["validated_only"],
    ),
    (
        (
            "Catch-up with Dmitri. He tell me honestly that the Berlin launch is disaster, they "
            "lose maybe 2 million. He don't know if investors stay."
        ),
        ["they_admitted_doubt", "they_shared_failure"],
    ),
    (
        "Harriet was rather pointed about my habit of over-promising to the board. Deserved.",
        ["they_gave_honest_feedback"],
    ),
    (
        (
            "Told Ana I'm wrestling with whether to replace my co-founder as CTO. Asked how she'd "
            "approach it; need to decide before the raise."
        ),
        ["i_admitted_doubt", "i_asked_for_help"],
    ),
    (
        (
            "He said the question isn't whether to cut costs but which customers we're willing to "
            "lose. Changed how I think about it."
        ),
        ["they_challenged_framing"],
    ),
    (
        (
            "Investor breakfast: all 'incredible quarter', 'best team ever'. Nobody mentioned the "
            "down round."
        ),
        ["signalled_success"],
    ),
    (
        (
            "She only wanted to know if we'd co-host her event and share our customer list. Zero "
            "interest in us otherwise."
        ),
        ["transactional"],
    ),
    (
        (
            "Rick seems to think everything I do is great. Said the reorg was 'genius' before I'd "
            "explained it."
        ),
        ["validated_only"],
    ),
    (
        (
            "- Kemal: their EU expansion failed, he called it his worst call\n- me: told him about "
            "our failed Japan pilot\n- both: same mistake, launched without a local partner"
        ),
        ["i_shared_failure", "similar_failures", "they_shared_failure"],
    ),
    (
        "Noa knows we're locked into the lease until 2027 and built her advice around it.",
        ["they_understood_constraints"],
    ),
    (
        (
            "We're both being pushed by our boards to cut the roadmap in half. Felt good not to be "
            "alone in it."
        ),
        ["parallel_pressures"],
    ),
    (
        (
            "Both choosing between a strategic sale and another round. She's leaning sale, I'm "
            "leaning round. We laid out what each costs."
        ),
        ["comparable_tradeoffs"],
    ),
    (
        (
            "I kept the conversation on safe ground — product roadmap, hiring — and steered away "
            "from the cash question."
        ),
        ["i_kept_it_polished"],
    ),
    ("It was all small talk — the conference, the hotel, flights.", ["surface_talk"]),
    (
        "He admitted he'd been wrong about remote work and wished he'd brought people back sooner.",
        ["they_shared_failure", "they_voiced_regret"],
    ),
    (
        "I admitted to him that I've no clue how to fix our sales culture. He just listened.",
        ["i_admitted_doubt"],
    ),
    ("Sent the contract redlines back to Maya's team.", []),
    ("Maybe I'm projecting, but he seemed anxious. He didn't say anything about it.", []),
    ("Oh sure, 'honest feedback' from Gil: 'Great job!' Riveting.", ["validated_only"]),
    (
        "Hana asked me what I'm actually afraid of in the merger. I didn't have an answer.",
        ["i_admitted_doubt", "they_challenged_framing"],
    ),
    (
        "Our CFO search flopped twice; I told Mo and he laughed — his flopped three times.",
        ["i_shared_failure", "similar_failures", "they_shared_failure"],
    ),
    (
        "His honest take: my pitch buries the lede and the TAM slide is fantasy.",
        ["they_gave_honest_feedback"],
    ),
    (
        "He kept bragging about the valuation. I nodded and said we're doing well too.",
        ["i_kept_it_polished", "signalled_success"],
    ),
    ("She gets why I can't fire the head of sales mid-quarter.", ["they_understood_constraints"]),
    (
        (
            "I asked for his advice on the board restructure, then ignored it. Still not sure that "
            "was right."
        ),
        ["i_asked_for_help"],
    ),
    (
        "Gerhard recommended a headhunter and asked for an intro to our CTO in return.",
        ["transactional"],
    ),
    (
        "Real talk w/ Jess: their Q3 was a bloodbath, lost three enterprise logos. She owned it.",
        ["they_shared_failure"],
    ),
    ("tl;dr Marco is freaked out about the audit and has no game plan.", ["they_admitted_doubt"]),
    ("Fessed up to Lars that the Denver hire was my call and it was wrong.", ["i_shared_failure"]),
    (
        "I'll be honest, I told her I'm not convinced I'm the right person to run sales too.",
        ["i_admitted_doubt"],
    ),
    (
        "Kat says she'd do the spin-out differently if she had the chance — less haste.",
        ["they_voiced_regret"],
    ),
    (
        "Vik gave it to me with both barrels: my roadmap is a wish list and the team knows it.",
        ["they_gave_honest_feedback"],
    ),
    (
        "Ines flipped it on me — why am I assuming the board is against us?",
        ["they_challenged_framing"],
    ),
    (
        (
            "Good call with Joe; he didn't tell me to just raise more money, he knows that door is "
            "shut for us this year."
        ),
        ["they_understood_constraints"],
    ),
    (
        "Pinged Lou for her two cents on whether to sunset the legacy product before Q1.",
        ["i_asked_for_help"],
    ),
    (
        (
            "We've both torched a quarter chasing the wrong enterprise whale. Different whales, "
            "same story."
        ),
        ["i_shared_failure", "similar_failures", "they_shared_failure"],
    ),
    (
        (
            "Build our own payments or partner — Sven faced the exact same fork last year and "
            "walked me through how he weighed it against what I'm weighing."
        ),
        ["comparable_tradeoffs"],
    ),
    (
        "Both our VCs are pushing for an exit by 2026. Nice to know I'm not crazy.",
        ["parallel_pressures"],
    ),
    (
        "Ugh. Forty minutes of him humblebragging about the acquisition offers.",
        ["signalled_success"],
    ),
    ("She asked me to put in a word with our investors for her seed round.", ["transactional"]),
    ("Chatted about marathons, his kids' school, my kids' school. Nice guy.", ["surface_talk"]),
    ("'Sounds great, you've clearly thought it through.' He hadn't read it.", ["validated_only"]),
    ("Gave Rina the board-deck version of our year. She bought it.", ["i_kept_it_polished"]),
    ("Booked flights for the Lisbon offsite.", []),
    ("I didn't ask Ola about her layoffs. Didn't seem the moment.", []),
    (
        "Pete wasn't shy about telling me I'm too nice to my underperformers.",
        ["they_gave_honest_feedback"],
    ),
    (
        (
            "He confessed the Asia JV has been a slow-motion car crash and he hasn't told his "
            "board everything."
        ),
        ["they_shared_failure"],
    ),
    (
        "Nora: 'Honestly? I have no idea if we make it.' Me: 'Same.'",
        ["i_admitted_doubt", "they_admitted_doubt"],
    ),
    (
        "I asked her outright: do I fire the VP or coach him? Board wants an answer Friday.",
        ["i_asked_for_help"],
    ),
    (
        "Omar didn't once ask about our numbers — just kept saying we're 'crushing it'. We're not.",
        ["validated_only"],
    ),
    (
        "He admitted, after two drinks, that he'd wanted out of the CEO job for a year.",
        ["they_admitted_doubt"],
    ),
    (
        (
            "1:1 w/ Sara (VP Ops, Fintra)\n- she: churn project is behind by 2 months, her fault, "
            "underestimated data work\n- me: asked if I should delay the price change till Q2 — "
            "have to decide next week\n- her view: yes, and stop treating pricing as the fix for "
            "churn"
        ),
        ["i_asked_for_help", "they_challenged_framing", "they_shared_failure"],
    ),
    (
        (
            "Mr. Lindqvist explained me that his company has big problems with the new factory, "
            "the production is late since six months. He is not sure if the bank will continue."
        ),
        ["they_admitted_doubt", "they_shared_failure"],
    ),
    (
        (
            "Rather a bruising hour with Fenella. She thinks I've mishandled the board and said as "
            "much. I admitted I'd been avoiding the chair."
        ),
        ["i_shared_failure", "they_gave_honest_feedback"],
    ),
    (
        "Dinner with three founders. Lots of chest-thumping about ARR. I joined in, God help me.",
        ["i_kept_it_polished", "signalled_success"],
    ),
    (
        (
            "Kai wants us to be a design partner for his AI tool. Free for six months, then we "
            "pay. The usual."
        ),
        ["transactional"],
    ),
    ("We spent the whole lunch on wine and his house in Provence.", ["surface_talk"]),
    (
        (
            "Told Rob the new CRO isn't working out and I should have seen it in the interviews. "
            "He said he'd made the exact same hire in 2019."
        ),
        ["i_shared_failure", "similar_failures", "they_shared_failure"],
    ),
    (
        "Aditi gets that we can't hire until the bridge closes, so she suggested contractors.",
        ["they_understood_constraints"],
    ),
    (
        (
            "Both of us answer to founders who won't let go. It helped to hear she's living the "
            "same thing."
        ),
        ["parallel_pressures"],
    ),
    ("He loved everything. Every slide 'spot on'. Not a single hard question.", ["validated_only"]),
    ("I told Ema I honestly don't know whether to keep the Madrid team.", ["i_admitted_doubt"]),
    (
        (
            "Lunch with Greg. He said the thing he'd undo is the second acquisition — 'we never "
            "integrated it and it cost us the culture'."
        ),
        ["they_shared_failure", "they_voiced_regret"],
    ),
    (
        "I didn't share the churn numbers with Tom. Kept it to the new logos.",
        ["i_kept_it_polished"],
    ),
    ("Met Pia for coffee. Talked through the offsite agenda and the budget split.", []),
    (
        "She pointed out that I keep hiring people who agree with me. Uncomfortable, accurate.",
        ["they_gave_honest_feedback"],
    ),
    (
        (
            "Asked Ivo point blank how he'd handle the co-founder dispute. I have to decide by "
            "month end."
        ),
        ["i_asked_for_help"],
    ),
    (
        (
            "Both trying to decide whether to open a US office this year or wait; compared the "
            "costs and the risks on each side."
        ),
        ["comparable_tradeoffs"],
    ),
    (
        "He challenged the premise of the whole plan: why grow at all this year?",
        ["they_challenged_framing"],
    ),
    (
        (
            "Sophie was surprisingly candid — their IPO prep has stalled and she doesn't know if "
            "it's her or the market."
        ),
        ["they_admitted_doubt", "they_shared_failure"],
    ),
    ("I half-joked that I'm making it up as I go. Only half a joke.", ["i_admitted_doubt"]),
    (
        (
            "Two hours with Leona at the Grand. The first hour was the usual dance — her new "
            "funding, my new hires. Then she said something I didn't expect: that she'd fired her "
            "COO too late and the whole company paid for it. I told her I'm about to make the same "
            "mistake with my VP Sales and I honestly don't know how to start the conversation. She "
            "asked why I'm protecting him. I didn't have a good answer."
        ),
        [
            "i_admitted_doubt",
            "signalled_success",
            "they_challenged_framing",
            "they_shared_failure",
            "they_voiced_regret",
        ],
    ),
    (
        (
            "Board dinner, seated next to our new investor. He mostly wanted to know who else we "
            "know at the big banks and whether we'd introduce him. Polite, pleasant, nothing real."
        ),
        ["surface_talk", "transactional"],
    ),
    (
        (
            "Quarterly catch-up with Arjun. We talked through his plan to spin out the data "
            "business; I asked him to stress-test my idea of merging our two product lines before "
            "I commit in June. He thinks I'm underestimating the culture clash. I think he's right."
        ),
        ["i_asked_for_help", "they_gave_honest_feedback"],
    ),
    (
        (
            "Met Chloe at the CFO forum. She asked what we do. I asked what she does. We agreed to "
            "connect on LinkedIn."
        ),
        ["surface_talk"],
    ),
    (
        (
            "Long walk with Tom. He's been where I am: a board that wants growth and a bank that "
            "wants covenants met, and no way to give both what they want. He didn't pretend "
            "there's a clean answer. Said he chose the bank and lost two years of growth, and he'd "
            "do it again."
        ),
        [
            "comparable_tradeoffs",
            "parallel_pressures",
            "they_shared_failure",
            "they_understood_constraints",
        ],
    ),
    (
        (
            "Coffee with Ilse. She kept saying our growth is 'insane' and that we should 'just "
            "keep doing what we're doing'. Lovely, useless."
        ),
        ["validated_only"],
    ),
    (
        (
            "Hard one with Marek: he told me the team thinks I play favourites, and that two of my "
            "directors are looking elsewhere because of it. I didn't argue."
        ),
        ["they_gave_honest_feedback"],
    ),
    (
        (
            "I confessed to Dana that the product relaunch flopped and I'd ignored the warning "
            "signs. She said she did the same with her rebrand — saw the data, ignored it."
        ),
        ["i_shared_failure", "similar_failures", "they_shared_failure"],
    ),
    (
        "Vera gets the politics — she didn't tell me to go around my chair, she knows I can't.",
        ["they_understood_constraints"],
    ),
    (
        "Tariq's advice was realistic for a company our size — no 'just hire a CRO'.",
        ["they_understood_constraints"],
    ),
    (
        "He knew the deal terms tie my hands and worked within them.",
        ["they_understood_constraints"],
    ),
    (
        (
            "We're facing the same fork — license the tech or build it ourselves. He went license, "
            "I'm still torn."
        ),
        ["comparable_tradeoffs", "i_admitted_doubt"],
    ),
    (
        (
            "Swapped notes on whether to raise a down round or cut to profitability. Same dilemma, "
            "different numbers."
        ),
        ["comparable_tradeoffs"],
    ),
    (
        (
            "She's weighing the same thing I am: keep the founders' equity or give the new CEO a "
            "real stake."
        ),
        ["comparable_tradeoffs"],
    ),
    ("His lenders are squeezing him exactly like mine are.", ["parallel_pressures"]),
    ("We both have PE owners demanding margin this year. Same squeeze.", ["parallel_pressures"]),
    ("Turns out her board is pushing the same AI agenda ours is.", ["parallel_pressures"]),
    (
        (
            "Both of us lost our first big customer to a cheaper competitor — and both saw it "
            "coming and didn't act."
        ),
        ["i_shared_failure", "similar_failures", "they_shared_failure"],
    ),
    (
        "His botched reorg sounded exactly like mine: announced before the details were ready.",
        ["similar_failures", "they_shared_failure"],
    ),
    (
        "I laid out the two offers and asked Nina which one she'd take. I have until Friday.",
        ["i_asked_for_help"],
    ),
    ("Asked for Jon's honest read on whether I should step back to chair.", ["i_asked_for_help"]),
    ("I brought Kim my dilemma about the Austin office.", ["i_asked_for_help"]),
    ("He cheered everything on. Not one question about the risks.", ["validated_only"]),
    ("'You're doing amazing, don't change a thing,' she said. Not helpful.", ["validated_only"]),
    (
        "He just said 'go for it' about the acquisition without asking a single question.",
        ["validated_only"],
    ),
    (
        "She told me I'm spending too much time on fundraising and not enough on the product.",
        ["they_gave_honest_feedback"],
    ),
    ("He said my exec team is weak and I know it.", ["they_gave_honest_feedback"]),
    (
        "I said nothing about the lawsuit and talked about our growth instead.",
        ["i_kept_it_polished"],
    ),
    ("She never admitted the launch was in trouble, though everyone knows it is.", []),
    ("Hard to say if he's worried. He kept it very together.", []),
    ("I was going to tell Mark about the cash crunch but lost my nerve.", []),
    (
        (
            "No war stories, no bragging. Just two people comparing how hard the last year was on "
            "our boards."
        ),
        ["parallel_pressures"],
    ),
    ("He didn't once mention his own mistakes, just ours.", []),
    (
        (
            "I didn't hold back this time: told Lea the acquisition was a mistake and that I "
            "pushed it through."
        ),
        ["i_shared_failure"],
    ),
    ("Apparently their rebrand was 'a triumph'. Sure.", ["signalled_success"]),
    (
        (
            "Marta, bless her, said the plan was 'bold and brilliant' without a single question "
            "about cost."
        ),
        ["validated_only"],
    ),
    ("Ha. 'Honest feedback' from Rory means telling me my slides are pretty.", ["validated_only"]),
    (
        (
            "Pat admitted she's been wrong about the market for two years and is rethinking the "
            "whole strategy."
        ),
        ["they_shared_failure"],
    ),
    (
        "Over drinks Gita said she wishes she had sold in 2021. Still haunts her.",
        ["they_voiced_regret"],
    ),
    (
        "I went in wanting advice on the restructure but we just talked about golf.",
        ["surface_talk"],
    ),
    ("Stefan's team is missing every deadline and he said so himself.", ["they_shared_failure"]),
    (
        (
            "Asked Bo to help me decide between the two acquisition targets; I sign one by the end "
            "of the month."
        ),
        ["i_asked_for_help"],
    ),
    (
        "He understood that our hands are tied by the covenant and didn't push the expansion idea.",
        ["they_understood_constraints"],
    ),
    ("He pushed me on why I keep blaming the market. Fair.", ["they_challenged_framing"]),
    (
        "We both admitted we have no idea how to price the new tier.",
        ["i_admitted_doubt", "they_admitted_doubt"],
    ),
    ("She introduced me to her banker and asked for a favour in return.", ["transactional"]),
    ("I smiled and said we're on track. We are not.", ["i_kept_it_polished"]),
    ("Nothing about work. Family, the weather, the match on Saturday.", ["surface_talk"]),
    (
        (
            "Met Hugo at the airport lounge. He confided that his Series B investors want him "
            "replaced and he hasn't slept properly in weeks."
        ),
        ["they_admitted_doubt", "they_shared_failure"],
    ),
    (
        "Carmen told me flat out that my pricing page is confusing and she'd never have signed up.",
        ["they_gave_honest_feedback"],
    ),
    (
        (
            "I came clean with Lars: I've been sitting on bad news from our largest customer for a "
            "month."
        ),
        ["i_shared_failure"],
    ),
    (
        "Ruth questioned my whole premise — that we need to be in the US at all.",
        ["they_challenged_framing"],
    ),
    ("Sunita: 'I'd have sold in 2022. Biggest regret I have.'", ["they_voiced_regret"]),
    (
        (
            "Jamie's in the same squeeze as me — a board that wants profit and a team that wants "
            "to hire."
        ),
        ["parallel_pressures"],
    ),
    (
        "Bram knows the cash is tight and didn't suggest anything we can't afford.",
        ["they_understood_constraints"],
    ),
    (
        (
            "I asked Maya point-blank whether I'm the right CEO for the next phase. She said she "
            "didn't know, which was honest."
        ),
        ["i_admitted_doubt", "they_admitted_doubt"],
    ),
    (
        (
            "He told me about his own failed marketplace and how he'd burned through the seed "
            "round in a year. I told him mine's on the same path."
        ),
        ["i_shared_failure", "similar_failures", "they_shared_failure"],
    ),
    (
        (
            "Luncheon with the bankers. Pitch after pitch for 'strategic options'. I said nothing "
            "of substance."
        ),
        ["i_kept_it_polished", "transactional"],
    ),
    (
        "Jo went on and on about her 'record-breaking' quarter and the IPO rumours.",
        ["signalled_success"],
    ),
    (
        "Pleasant evening, nothing deeper than restaurants and where everyone's going skiing.",
        ["surface_talk"],
    ),
    ("Karim was effusive about the plan. Not one word of critique.", ["validated_only"]),
    (
        "I told Fen I'd like her take on whether to bring in a COO before I decide next month.",
        ["i_asked_for_help"],
    ),
    (
        "She faced the exact same buy-or-build call last year and told me what it cost her.",
        ["comparable_tradeoffs"],
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "He spent the hour on their growth numbers.": ("time spent on their numbers, no upbeat word"),
    "I didn't tell him about the weekend plans, not relevant.": (
        "withholding something trivial reads as polish"
    ),
    (
        "Breakfast with Tomasz. He opened with the usual – growth, hires, the new office. "
        "Then, unprompted, he said the Polish expansion is bleeding money and he hasn't told "
        "his board yet. I admitted we're in a similar spot with France. Neither of us knows "
        "when to pull the plug."
    ): ("'the usual - growth, hires' and 'a similar spot' need the story"),
    (
        "Call w/ Anya\n- she thinks my hiring plan is too aggressive for our cash\n- asked "
        "whether I'm hiring to look big for the raise — ouch\n- she knows we can't raise "
        "before Q3"
    ): ("a bullet with no subject under someone else's points is read as mine"),
    "She regretted not selling in 2021, she said. 'We had an offer at 3x and I got greedy.'": (
        "'I got greedy' as a failure"
    ),
    (
        "Both of us hired too fast in 2022 and both had to do layoffs. Compared how we each "
        "told our teams."
    ): ("'compared how we each told our teams' reads as trade-offs"),
    (
        "Farid told me his co-founder left and he's been running on fumes. Said he's not sure "
        "the company makes it to Christmas."
    ): ("a co-founder leaving as a failure"),
    (
        "Funny — Rosa's first CFO hire blew up exactly like mine did. Same overconfident pick, "
        "same nine months of damage."
    ): ("'like mine did' tells my failure only by comparison"),
    (
        "Ben and I are in the same spot with pricing: raise and risk churn, or hold and miss "
        "plan. We went through both paths."
    ): ("'the same spot' reads as shared pressure"),
    "Hana asked me what I'm actually afraid of in the merger. I didn't have an answer.": (
        "'I didn't have an answer' said in reply, with no speech verb"
    ),
    "Nora: 'Honestly? I have no idea if we make it.' Me: 'Same.'": (
        "'Me: Same.' mirrors her doubt; a reply is not read as its own statement"
    ),
    "Omar didn't once ask about our numbers — just kept saying we're 'crushing it'. We're not.": (
        "'kept saying' after a dash has no subject to show who praised us"
    ),
    (
        "Rather a bruising hour with Fenella. She thinks I've mishandled the board and said as "
        "much. I admitted I'd been avoiding the chair."
    ): ("'I admitted I'd been avoiding the chair': avoiding is no failure word"),
    (
        "Two hours with Leona at the Grand. The first hour was the usual dance — her new "
        "funding, my new hires. Then she said something I didn't expect: that she'd fired her "
        "COO too late and the whole company paid for it. I told her I'm about to make the same "
        "mistake with my VP Sales and I honestly don't know how to start the conversation. She "
        "asked why I'm protecting him. I didn't have a good answer."
    ): ("'the usual dance - her new funding' as success signalled"),
    (
        "Long walk with Tom. He's been where I am: a board that wants growth and a bank that "
        "wants covenants met, and no way to give both what they want. He didn't pretend "
        "there's a clean answer. Said he chose the bank and lost two years of growth, and he'd "
        "do it again."
    ): (
        "a board that wants growth and a bank that wants covenants, described, not named as shared"
    ),
    (
        "We're facing the same fork — license the tech or build it ourselves. He went license, "
        "I'm still torn."
    ): ("'I'm still torn' with no speech verb is not read as said"),
    "Ha. 'Honest feedback' from Rory means telling me my slides are pretty.": (
        "the validation in 'telling me my slides are pretty' needs the story"
    ),
    (
        "Luncheon with the bankers. Pitch after pitch for 'strategic options'. I said nothing "
        "of substance."
    ): ("'I said nothing of substance' is my polish, also read as surface talk"),
}


@pytest.mark.parametrize(("note", "expected"), ROWS)
def test_paraphrase(note: str, expected: list[str]) -> None:
    """The rules, exactly: what the cues and scope rules suggest on their own."""
    if note in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[note])
    assert sorted({s.signal for s in _suggest_rules(note, ())}) == expected


@pytest.mark.parametrize(("note", "expected"), ROWS)
def test_the_model_only_adds_and_never_as_sure(note: str, expected: list[str]) -> None:
    """With the trained model, every row keeps what the rules suggest, evidence and all;
    whatever the model adds (right or wrong: it is measured in bench/suggest.py, not here)
    is never "strong", so the editor shows it as possibly suggested."""
    rules = {s.signal: s for s in _suggest_rules(note, ())}
    both = {s.signal: s for s in suggest(note)}
    assert {k: v for k, v in both.items() if k in rules} == rules
    assert all(s.strength < STRONG for k, s in both.items() if k not in rules)
