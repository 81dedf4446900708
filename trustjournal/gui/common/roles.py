"""Every Qt item-data role the app's models use, in one place.

Each name gets its own number from one counter, so no two roles collide and nobody numbers
`UserRole + n` by hand. The comment says what `index.data(ROLE)` holds.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt

_numbers = itertools.count(int(Qt.ItemDataRole.UserRole) + 1)


def _role() -> int:
    return next(_numbers)


# -- people, wherever they are listed (sidebar, editor's picker, record pages, filters) ------
PERSON_ID_ROLE = _role()  # int; None for "anyone" in a filter
ARCHIVED_ROLE = _role()  # bool
NAME_ROLE = _role()  # str
ORGANISATION_ROLE = _role()  # str: the person's role/organisation as typed

# -- the sidebar's ties ------------------------------------------------------------------------
FLAG_ROLE = _role()  # core Flag
ROLES_ROLE = _role()  # tuple[Role, ...]: the roles a tie plays (challenges, …)
EARLY_ROLES_ROLE = _role()  # bool: those roles are early evidence (too early to judge)
LAST_CONTACT_ROLE = _role()  # dt.date | None
LAST_CONTACT_TEXT_ROLE = _role()  # "Last contact 3 weeks ago"
DEPTH_KEY_ROLE = _role()  # the tuple of ties.by_depth
REASONS_ROLE = _role()  # tuple[str, ...] from the core assessment
ASSESSMENT_ROLE = _role()  # the core TieAssessment

# -- a person's timeline -----------------------------------------------------------------------
CONVERSATION_ID_ROLE = _role()  # int
CONVERSATION_ROLE = _role()  # the core ConversationRecord
DECISION_ID_ROLE = _role()  # int
GATHERING_ID_ROLE = _role()  # int

# -- decisions and gatherings ------------------------------------------------------------------
RECORD_ID_ROLE = _role()  # int: the record's id
TITLE_ROLE = _role()  # str: the bold first line of a row
DETAIL_ROLE = _role()  # str: the lines under it, "\n"-separated
SORT_DATE_ROLE = _role()  # str: ISO date, for sorting
FILTER_TEXT_ROLE = _role()  # str: what type-to-filter matches
DISCOMFORT_ROLE = _role()  # int 1–5
STATUS_ROLE = _role()  # "open" / "decided"
KEPT_TALKING_ROLE = _role()  # bool, in a gathering's follow-up list

# -- search hits -------------------------------------------------------------------------------
HIT_KIND_ROLE = _role()  # "conversation", "person", "decision", "gathering"
HIT_ID_ROLE = _role()  # int
HIT_DATE_ROLE = _role()  # dt.date | None
HIT_TITLE_ROLE = _role()  # str
HIT_PEOPLE_ROLE = _role()  # tuple of names
SNIPPET_ROLE = _role()  # str
HIGHLIGHTS_ROLE = _role()  # ((start, end), …) into the snippet

# -- next steps ----------------------------------------------------------------------------------
TRACKED_ROLE = _role()  # the core `follow_through.Tracked` step
WHEN_ROLE = _role()  # "by 15 Jul 2026", "3 days overdue", "" for advice
STATE_ROLE = _role()  # a hidden step's state: "Snoozed until 13 Dec 2026", "Marked done"…

# -- the To-write-up inbox (gui/inbox/) ---------------------------------------------------------
INBOX_ITEM_ROLE = _role()  # the core InboxItem (journal/inbox.py)
INBOX_WHEN_ROLE = _role()  # "Tue 13 Jan 2026 · 14:00"
INBOX_WHO_ROLE = _role()  # "Ana Diaz, bob@example.com (not in the journal)"
