"""The sentences a note is made of: per signal ticked, neutral news, a second sentence
after a signal's, each persona's voice, openings and closings, and the lines about a
decision or a gathering. `text.compose_note` puts them together."""

from __future__ import annotations

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
