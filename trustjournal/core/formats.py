"""Conversation formats: the stable codes and the labels shown for them (single source)."""

from __future__ import annotations

from trustjournal.core.errors import InvalidInput

FORMATS: dict[str, str] = {
    "one_on_one": "1:1",
    "call": "Call",
    "dinner": "Dinner",
    "group": "Group",
    "message": "Message",
    "retreat_session": "Retreat session",
}
DEFAULT_FORMAT = "one_on_one"


def check_format(code: str) -> str:
    if code not in FORMATS:
        raise InvalidInput(f"Unknown format {code!r}. Valid formats are {', '.join(FORMATS)}.")
    return code
