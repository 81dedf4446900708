"""Build a large, deterministic journal for the benchmarks in this folder.

The journal is what a busy executive might have after a few years of use: N people
(default 1,000) and M conversations (default 20,000) of about 150 words each, written
in plausible English from sentence templates (initiatives failing, board pressure,
hiring, transitions, trade-offs), with 1–3 people per conversation, dates spread over
the three years before `END_DATE`, random signals and formats, and some decisions and
gatherings that conversations link to. The same seed always gives the same journal.

Everything goes through the real product code so the schema, the FTS5 triggers and
the validation are the ones users get. People, decisions and gatherings are added
through `Journal`. Conversations are saved one transaction each through
`Journal.add_conversation` (`--mode service`, the default: about a minute at full size
on a 2-core VM, since every save is a fsynced commit), or, for much larger journals,
cleaned exactly as the service cleans them and written `BATCH` to a transaction through
the ORM models (`--mode batch`, about three times faster). Both modes give the same rows,
links and FTS entries (written by the triggers) for the same seed; only the number of
commits differs.

    python bench/generate.py DIR [--people N] [--conversations M] [--seed S] [--mode MODE]

DIR must be new or empty. The passphrase of every bench journal is `PASSPHRASE`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from trustjournal.core.db import open_store
from trustjournal.core.formats import FORMATS, check_format
from trustjournal.core.journal import Journal
from trustjournal.core.models import Conversation, ConversationPerson, ConversationSignal
from trustjournal.core.records import (
    ConversationDraft,
    DecisionDraft,
    GatheringDraft,
    PersonDraft,
)
from trustjournal.core.signals import CODES, normalise
from trustjournal.core.vault import Vault

PASSPHRASE = "bench passphrase 1"
DEFAULT_PEOPLE = 1_000
DEFAULT_CONVERSATIONS = 20_000
DEFAULT_SEED = 1
# Dates run back from a fixed day, not from today, so that a seed means one journal.
END_DATE = dt.date(2026, 11, 1)
SPAN_DAYS = 3 * 365
BATCH = 500  # conversations per transaction in batch mode
# Bump when the generator's output changes, so cached journals are rebuilt.
GENERATOR_VERSION = 1

# Words planted in a few conversations each, so searches have a known rare term.
RARE_WORDS = ("zeppelin", "kintsugi", "quokka")
RARE_RATE = 1 / 2000  # per conversation and word: about 10 hits per 20,000


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "Aaliyah Abdul Ada Adebayo Aiko Alejandro Amara Amelia Anders Ananya Anika Arjun "
    "Astrid Aurelio Beatriz Benedikt Bianca Caleb Camille Chiara Chidi Clara Dara Dmitri "
    "Elena Elif Emeka Emil Esther Fatima Felix Freya Gabriel Giulia Hana Hamid Hugo "
    "Ines Ingrid Isaac Ivan Jamal Javier Jia Johan Julia Kaito Kavya Kenji Lars Leila "
    "Leon Lucia Magnus Malik Mara Marco Marisol Mateo Mei Mira Nadia Nikhil Nora Oskar "
    "Priya Rafael Rania Rohan Ruth Saanvi Samir Sofia Soren Tariq Thea Tomas Valentina "
    "Wen Yara Yusuf Zara Zoltan"
)
LAST_NAMES = _words(
    "Abara Achterberg Adeyemi Alvarez Andersen Bakshi Banerjee Baptiste Becker Bergstrom "
    "Bianchi Brennan Castillo Chandra Chen Costa Dahl Delacroix Dubois Eriksen Esposito "
    "Fischer Fontaine Fujita Garcia Greco Haddad Hansen Hartmann Horvath Ibrahim Ito "
    "Jansen Kapoor Kaur Keller Kim Kowalski Kruger Larsen Lindqvist Lombardi Mahlangu "
    "Marchetti Mendes Moreau Mwangi Nakamura Nguyen Novak Nowak Okafor Okonkwo Olsen "
    "Oyelaran Park Petrov Quintero Rahman Reyes Rossi Sandoval Santos Schmidt Sato Silva "
    "Singh Sorensen Tanaka Tan Thorsen Torres Ueda Vasquez Virtanen Wagner Wang Weber "
    "Yamamoto Yilmaz Zhang Zielinski"
)
ROLES = (
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "Chief People Officer",
    "general counsel",
    "board chair",
    "independent director",
    "head of sales",
    "head of product",
    "VP engineering",
    "managing partner",
    "operating partner",
    "founder",
    "executive coach",
    "country manager",
)
COMPANIES = (
    "Northwind",
    "Altamira Capital",
    "Bluefin Logistics",
    "Copperleaf",
    "Driftwood Health",
    "Emberline",
    "Fairhaven Partners",
    "Granite & Vale",
    "Helix Foods",
    "Ironbark Energy",
    "Juniper Retail",
    "Kestrel Software",
    "Lumen Insurance",
    "Meridian Group",
    "Nimbus Analytics",
    "Orchard Bank",
)
HOW_MET = (
    "former colleague",
    "YPO forum",
    "board of a previous company",
    "introduced by the chair",
    "met at a leadership retreat",
    "university friend",
    "investor in my last company",
    "peer group dinner",
    "we were both on a search committee",
    "neighbour",
)
INITIATIVES = (
    "the pricing overhaul",
    "the platform migration",
    "the European expansion",
    "the ERP rollout",
    "the reorganisation",
    "the retail pilot",
    "the data strategy",
    "the partner programme",
    "the cost-reduction plan",
    "the product relaunch",
    "the acquisition integration",
    "the AI roadmap",
    "the supply chain review",
    "the shared-services move",
    "the brand refresh",
    "the carve-out",
)
TRADEOFFS = (
    "speed and quality",
    "growth and margin",
    "loyalty to the old team and the skills we need next",
    "telling the board now and having a fix first",
    "hiring from outside and promoting from within",
    "cutting the programme and giving it one more quarter",
    "centralising and letting the regions decide",
    "short-term numbers and the long-term bet",
)
FEELINGS = (
    "exhausted",
    "relieved",
    "uneasy",
    "quietly optimistic",
    "stuck",
    "angry at myself",
    "more alone than I admit",
    "energised",
    "unsure",
)
QUARTERS = ("Q1", "Q2", "Q3", "Q4")

# {a} and {b} are first names of people in the conversation, {me} is the writer.
TEMPLATES = (
    "{a} admitted that {initiative} is failing and nobody on the board wants to say it out loud.",
    "We talked about board pressure ahead of the {quarter} review and how much of it to "
    "pass on to the team.",
    "{a} is hiring a new {role} and worries the shortlist is too safe.",
    "The transition out of the {role} job has been harder than {a} expected.",
    "We went back and forth on the trade-off between {tradeoff}.",
    "I shared my doubts about {initiative}; {a} listened and then pushed back on the numbers.",
    "{a} said the chair keeps asking for a plan B without saying why.",
    "I told {a} that I feel {feeling} about the way the quarter is going.",
    "{a} described a hiring mistake from last year and what it cost the team.",
    "{b} thinks {initiative} should be paused until the new {role} starts.",
    "We compared notes on how each board handles bad news and who hears it first.",
    "{a} asked for honest feedback on the memo and I gave it, even the parts that hurt.",
    "The conversation stayed polite and I left without saying what I actually think.",
    "{a} mentioned that the investors want the transition plan before the summer.",
    "I realised halfway through that {a} already knew about {initiative} and was testing me.",
    "{b} told a story about a failed launch that changed how I see our own risk.",
    "We spent most of the time on logistics, which is its own kind of signal.",
    "{a} was candid about feeling {feeling} since the restructuring was announced.",
    "I asked whether we are hiring for the company we are or the company we want to be.",
    "{a} framed the decision as a trade-off between {tradeoff}, which I had not seen.",
    "The numbers for {quarter} are worse than the forecast and {a} knows it.",
    "{b} offered to introduce me to a former {role} who went through the same transition.",
    "We agreed to talk again before the board meeting, without the slides.",
    "I noticed I was performing confidence again instead of saying I am {feeling}.",
    "{a} said the hardest part of the job is that nobody tells the {role} the truth.",
    "We discussed succession, who is ready, who thinks they are ready, and who is not.",
    "{a} pushed me to decide on {initiative} this week rather than wait for more data.",
    "It was mostly catching up on families and holidays, warm but not deep.",
    "{b} warned that the culture will not survive another reorganisation this year.",
    "I admitted that I had misjudged the board pressure and should have asked earlier.",
    "{a} shared the draft of the announcement and asked me what it hides.",
    "We talked through the severance terms and what fairness looks like here.",
    "{a} is considering leaving as {role} and has not told anyone else yet.",
    "The trade-off between {tradeoff} came up again, and again we did not settle it.",
    "I left with a clearer view of {initiative} and two questions for the team.",
)

DECISION_TITLES = (
    "Whether to shut down {initiative}",
    "Who replaces the {role}",
    "How to present {initiative} to the board",
    "Whether to restructure the {role} team",
    "Timing of the {quarter} announcement",
    "Whether to accept the offer to become {role}",
    "How far to cut costs in {quarter}",
)
GATHERING_KINDS = (
    "Leadership retreat",
    "Board offsite",
    "CEO forum",
    "Industry summit",
    "Peer dinner series",
    "Strategy week",
)
PLACES = (
    "Lisbon",
    "Copenhagen",
    "Lake Como",
    "Edinburgh",
    "Kyoto",
    "Cape Town",
    "Austin",
    "the Alps",
    "Barcelona",
    "Vancouver",
)
FORMAT_CODES = tuple(FORMATS)
FORMAT_WEIGHTS = (50, 15, 10, 10, 10, 5)  # in FORMATS order: mostly 1:1s
PEOPLE_PER_CONVERSATION = ((1, 2, 3), (70, 22, 8))


def person_names(rng: random.Random, count: int) -> list[str]:
    """`count` distinct full names; a middle initial separates repeats beyond the grid."""
    grid = [f"{f} {last}" for f, last in itertools.product(FIRST_NAMES, LAST_NAMES)]
    rng.shuffle(grid)
    names = grid[:count]
    seen = {n.casefold() for n in names}
    while len(names) < count:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        name = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def _fill(rng: random.Random, template: str, firsts: Sequence[str]) -> str:
    a = firsts[0]
    b = firsts[1] if len(firsts) > 1 else rng.choice(FIRST_NAMES)
    return template.format(
        a=a,
        b=b,
        initiative=rng.choice(INITIATIVES),
        role=rng.choice(ROLES),
        tradeoff=rng.choice(TRADEOFFS),
        feeling=rng.choice(FEELINGS),
        quarter=rng.choice(QUARTERS),
    )


def note_text(rng: random.Random, firsts: Sequence[str], words: int = 150) -> str:
    """About `words` words of prose about a conversation with people called `firsts`."""
    target = rng.randint(words - 30, words + 30)
    sentences: list[str] = []
    count = 0
    while count < target:
        sentence = _fill(rng, rng.choice(TEMPLATES), firsts)
        sentences.append(sentence)
        count += len(sentence.split())
    for rare in RARE_WORDS:
        if rng.random() < RARE_RATE:
            sentences.insert(
                rng.randrange(len(sentences) + 1), f"{firsts[0]} kept coming back to the {rare}."
            )
    # Paragraphs of three to five sentences, as people write notes.
    paragraphs: list[str] = []
    while sentences:
        size = rng.randint(3, 5)
        paragraphs.append(" ".join(sentences[:size]))
        sentences = sentences[size:]
    return "\n\n".join(paragraphs)


def _popularity(count: int) -> list[float]:
    # A few close ties and a long tail: Zipf-like weights over the people.
    return [1 / (rank + 1) ** 0.8 for rank in range(count)]


class Plan:
    """The deterministic content of a bench journal, drawn from one seeded generator."""

    def __init__(self, people: int, conversations: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.people = people
        self.conversations = conversations
        self.names = person_names(self.rng, people)
        self.weights = _popularity(people)
        self.decisions = max(1, conversations // 100)
        self.gatherings = max(1, conversations // 400)

    def person(self, index: int) -> PersonDraft:
        rng = self.rng
        return PersonDraft(
            name=self.names[index],
            role=f"{rng.choice(ROLES)}, {rng.choice(COMPANIES)}",
            how_met=rng.choice(HOW_MET),
            notes=_fill(rng, rng.choice(TEMPLATES), [self.names[index].split()[0]]),
        )

    def _day(self) -> dt.date:
        return END_DATE - dt.timedelta(days=self.rng.randrange(SPAN_DAYS))

    def _some_people(self, ids: Sequence[int], k: int) -> tuple[int, ...]:
        chosen: dict[int, None] = {}
        while len(chosen) < min(k, len(ids)):
            chosen[self.rng.choices(ids, self.weights)[0]] = None
        return tuple(chosen)

    def decision(self, ids: Sequence[int], first_names: dict[int, str]) -> DecisionDraft:
        rng = self.rng
        consulted = self._some_people(ids, rng.randint(1, 4))
        framing = tuple(p for p in consulted if rng.random() < 0.3)
        status = rng.choice(("open", "decided"))
        outcome = (
            _fill(rng, rng.choice(TEMPLATES), [first_names[p] for p in consulted])
            if status == "decided"
            else ""
        )
        return DecisionDraft(
            title=_fill(rng, rng.choice(DECISION_TITLES), ["", ""]),
            date=self._day(),
            discomfort=rng.randint(1, 5),
            status=status,
            outcome=outcome,
            consulted=consulted,
            changed_framing=framing,
        )

    def gathering(self, ids: Sequence[int]) -> GatheringDraft:
        rng = self.rng
        start = self._day()
        return GatheringDraft(
            name=f"{rng.choice(GATHERING_KINDS)} {start.year}",
            start_date=start,
            end_date=start + dt.timedelta(days=rng.randint(0, 4)),
            place=rng.choice(PLACES),
            note=note_text(rng, [rng.choice(FIRST_NAMES)], 60),
            people=self._some_people(ids, rng.randint(3, 12)),
        )

    def conversation(
        self,
        ids: Sequence[int],
        first_names: dict[int, str],
        decisions: Sequence[int],
        gatherings: Sequence[int],
    ) -> ConversationDraft:
        rng = self.rng
        people = self._some_people(ids, rng.choices(*PEOPLE_PER_CONVERSATION)[0])
        return ConversationDraft(
            people=people,
            date=self._day(),
            format=rng.choices(FORMAT_CODES, FORMAT_WEIGHTS)[0],
            note=note_text(rng, [first_names[p] for p in people]),
            signals=tuple(rng.sample(CODES, rng.choice((0, 1, 1, 2, 2, 3, 4)))),
            decision_id=rng.choice(decisions) if rng.random() < 0.08 else None,
            gathering_id=rng.choice(gatherings) if rng.random() < 0.04 else None,
        )


def clean(draft: ConversationDraft) -> ConversationDraft:
    """The same cleaning `Journal.add_conversation` applies before it writes."""
    return ConversationDraft(
        people=tuple(dict.fromkeys(draft.people)),
        date=draft.date,
        format=check_format(draft.format),
        note=draft.note,
        signals=normalise(draft.signals),
        decision_id=draft.decision_id,
        gathering_id=draft.gathering_id,
    )


def _row(d: ConversationDraft) -> Conversation:
    # The shape `journal._fill_conversation` gives a new conversation.
    return Conversation(
        date=d.date,
        format=d.format,
        note=d.note,
        decision_id=d.decision_id,
        gathering_id=d.gathering_id,
        participants=[ConversationPerson(person_id=p) for p in d.people],
        signals=[ConversationSignal(code=c) for c in d.signals],
    )


Progress = Callable[[str], None]


def _quiet(_message: str) -> None:
    pass


def build(
    path: Path,
    people: int,
    conversations: int,
    seed: int = DEFAULT_SEED,
    *,
    mode: str = "service",
    progress: Progress = _quiet,
) -> None:
    """Create a bench journal in `path` (a new or empty folder), deterministically."""
    if mode not in ("batch", "service"):
        raise ValueError(f"mode is 'batch' or 'service', not {mode!r}")
    plan = Plan(people, conversations, seed)
    started = time.perf_counter()
    with Journal.create(path, PASSPHRASE) as journal:
        ids = [journal.add_person(plan.person(i)).id for i in range(people)]
        first_names = {pid: plan.names[i].split()[0] for i, pid in enumerate(ids)}
        decisions = [
            journal.add_decision(plan.decision(ids, first_names)).id for _ in range(plan.decisions)
        ]
        gatherings = [journal.add_gathering(plan.gathering(ids)).id for _ in range(plan.gatherings)]
        progress(
            f"{people} people, {len(decisions)} decisions, {len(gatherings)} gatherings "
            f"in {time.perf_counter() - started:.1f} s"
        )
        if mode == "service":
            for n in range(conversations):
                journal.add_conversation(plan.conversation(ids, first_names, decisions, gatherings))
                if (n + 1) % 1000 == 0:
                    progress(f"{n + 1} conversations, {time.perf_counter() - started:.1f} s")
            return
    # Batch mode: the journal is closed (no second writer), then the rows go in through
    # the ORM, many per transaction, on a store opened with the same key.
    key = Vault(path).unwrap(PASSPHRASE)
    store = open_store(Vault(path).db_path, key)
    try:
        done = 0
        while done < conversations:
            size = min(BATCH, conversations - done)
            drafts = [
                clean(plan.conversation(ids, first_names, decisions, gatherings))
                for _ in range(size)
            ]
            with store.sessions.begin() as session:
                session.add_all([_row(d) for d in drafts])
            done += size
            if done % 5000 == 0 or done == conversations:
                progress(f"{done} conversations, {time.perf_counter() - started:.1f} s")
    finally:
        store.close()


def verify(path: Path, conversations: int) -> None:
    """Check that the FTS index agrees with the notes; raise `AssertionError` if not."""
    with Journal.open(path, PASSPHRASE) as journal:
        notes = {c.id: c.note for c in journal.conversations()}
        if len(notes) != conversations:
            raise AssertionError(f"{len(notes)} conversations, expected {conversations}")
        for word in RARE_WORDS:
            hits = journal.search(word, limit=conversations + 10)
            found = {h.id for h in hits if h.kind == "conversation"}
            planted = {i for i, note in notes.items() if f" {word}." in note}
            if found != planted:
                raise AssertionError(
                    f"search for {word!r}: {len(found)} hits, {len(planted)} notes"
                )
        problems = journal.check()
        if problems:
            raise AssertionError("; ".join(problems))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", metavar="DIR", type=Path, help="a new or empty folder")
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    parser.add_argument("--conversations", type=int, default=DEFAULT_CONVERSATIONS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--mode",
        choices=("batch", "service"),
        default="service",
        help="service: Journal.add_conversation, one transaction each (default); "
        "batch: many conversations per transaction, through the ORM models",
    )
    parser.add_argument("--no-verify", action="store_true", help="skip the final checks")
    args = parser.parse_args(argv)
    if args.people < 1 or args.conversations < 0:
        parser.error("--people must be at least 1 and --conversations at least 0")
    started = time.perf_counter()

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    build(args.folder, args.people, args.conversations, args.seed, mode=args.mode, progress=say)
    say(f"built in {time.perf_counter() - started:.1f} s")
    if not args.no_verify:
        verify(args.folder, args.conversations)
        say(f"verified in {time.perf_counter() - started:.1f} s total")
    print(args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
