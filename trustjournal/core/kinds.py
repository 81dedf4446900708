"""The kinds of record a journal holds and the words for them, in one place.

A kind's `name` is what a backup line's "type", a change notice's and a search hit's
`kind` say ("person"); its `plural` is what it is counted under (`Journal.counts`, a
backup's counts: "people"), and also the word for several. Backups, the command line and
the GUI take their lists of kinds, and the sentence they count them in, from here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from trustjournal.core.i18n import N_, _, ngettext
from trustjournal.core.records import (
    CalendarItemRecord,
    ConversationRecord,
    DecisionRecord,
    DraftRecord,
    GatheringRecord,
    IdentityRecord,
    PersonRecord,
    ReflectionRecord,
    SettingRecord,
    StepRecord,
)


@dataclass(frozen=True)
class Kind:
    name: str  # "person": one of them, and how the journal names the kind
    plural: str  # "people": several, and the name they are counted under
    record: type[object]  # the plain record (records.py) a journal exports for one

    @property
    def label(self) -> str:
        """'Person': the kind shown beside a record in a list of mixed results (translated)."""
        return _(_LABELS[self.name])

    def noun(self, n: int) -> str:
        """'person' for one, 'people' for any other number (translated; the language's
        plural forms). To count, use `count`: the whole phrase, translated as one."""
        singular, plural = _NOUNS[self.name]
        return ngettext(singular, plural, n)

    def count(self, n: int) -> str:
        """'1 person', '3,100 conversations': `n` of this kind, in the language in use."""
        return _COUNTS[self.name](n).format(n=f"{n:,}")


# The words, marked for translation (core/i18n.py); a kind's `name` and `plural` stay the
# English keys a backup, an export and a change notice use.
_LABELS = {
    "person": N_("Person"),
    "gathering": N_("Gathering"),
    "decision": N_("Decision"),
    "conversation": N_("Conversation"),
    "reflection": N_("Reflection"),
    "draft": N_("Draft"),
    "setting": N_("Setting"),
    "step": N_("Step"),
    "identity": N_("Identity"),
    "calendar_item": N_("Calendar item"),
}
_NOUNS = {
    "person": (N_("person"), N_("people")),
    "gathering": (N_("gathering"), N_("gatherings")),
    "decision": (N_("decision"), N_("decisions")),
    "conversation": (N_("conversation"), N_("conversations")),
    "reflection": (N_("reflection"), N_("reflections")),
    "draft": (N_("draft"), N_("drafts")),
    "setting": (N_("setting"), N_("settings")),
    "step": (N_("step"), N_("steps")),
    "identity": (N_("identity"), N_("identities")),
    "calendar_item": (N_("calendar_item"), N_("calendar_items")),
}
_COUNTS: dict[str, Callable[[int], str]] = {
    "person": lambda n: ngettext("{n} person", "{n} people", n),
    "gathering": lambda n: ngettext("{n} gathering", "{n} gatherings", n),
    "decision": lambda n: ngettext("{n} decision", "{n} decisions", n),
    "conversation": lambda n: ngettext("{n} conversation", "{n} conversations", n),
    "reflection": lambda n: ngettext("{n} reflection", "{n} reflections", n),
    "draft": lambda n: ngettext("{n} draft", "{n} drafts", n),
    "setting": lambda n: ngettext("{n} setting", "{n} settings", n),
    "step": lambda n: ngettext("{n} step", "{n} steps", n),
    "identity": lambda n: ngettext("{n} identity", "{n} identities", n),
    "calendar_item": lambda n: ngettext("{n} calendar item", "{n} calendar items", n),
}

PERSON = Kind("person", "people", PersonRecord)
GATHERING = Kind("gathering", "gatherings", GatheringRecord)
DECISION = Kind("decision", "decisions", DecisionRecord)
CONVERSATION = Kind("conversation", "conversations", ConversationRecord)
REFLECTION = Kind("reflection", "reflections", ReflectionRecord)
DRAFT = Kind("draft", "drafts", DraftRecord)
SETTING = Kind("setting", "settings", SettingRecord)
STEP = Kind("step", "steps", StepRecord)  # the next steps shown, and what became of them
IDENTITY = Kind("identity", "identities", IdentityRecord)  # how imported people are known
CALENDAR_ITEM = Kind("calendar_item", "calendar_items", CalendarItemRecord)  # to write up

# Every kind, in the order a journal exports them and a backup holds them: people first,
# as the others refer to them (records.py `Exported`, docs/backup-format.md).
KINDS: tuple[Kind, ...] = (
    PERSON,
    GATHERING,
    DECISION,
    CONVERSATION,
    REFLECTION,
    DRAFT,
    SETTING,
    STEP,
    IDENTITY,
    CALENDAR_ITEM,
)
# The kinds a person is told the number of, in the order they are listed. Settings and
# steps are not something a person counts ("0 settings" would only puzzle).
LISTED: tuple[Kind, ...] = (PERSON, CONVERSATION, DECISION, GATHERING, REFLECTION, DRAFT)

_BY_NAME = {kind.name: kind for kind in KINDS}


def named(name: str) -> Kind:
    """The kind called `name` ("decision"); KeyError for one the journal does not know."""
    return _BY_NAME[name]


def listing(words: Sequence[str]) -> str:
    """'a, b and c'."""
    if len(words) < 2:
        return "".join(words)
    return _("{items} and {last}").format(items=", ".join(words[:-1]), last=words[-1])


def counts_text(counts: Mapping[str, int]) -> str:
    """'25 people, 310 conversations, … and 1 draft': `counts` (keyed by plural, as
    `Journal.counts` and a backup give them) in the order people are told; kinds not
    listed (settings) are left out."""
    told = [(kind, counts[kind.plural]) for kind in LISTED if kind.plural in counts]
    return listing([kind.count(n) for kind, n in told]) if told else _("nothing")
