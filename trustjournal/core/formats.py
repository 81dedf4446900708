"""Conversation formats: the stable codes and the labels shown for them (single source)."""

from __future__ import annotations

from trustjournal.core.errors import InvalidInput
from trustjournal.core.i18n import N_, LabelMap, _

# The labels are translated each time one is read (LabelMap).
FORMATS: LabelMap[str] = LabelMap(
    {
        "one_on_one": N_("1:1"),
        "call": N_("Call"),
        "dinner": N_("Dinner"),
        "group": N_("Group"),
        "message": N_("Message"),
        "retreat_session": N_("Retreat session"),
    }
)
DEFAULT_FORMAT = "one_on_one"


def check_format(code: str) -> str:
    if code not in FORMATS:
        raise InvalidInput(
            _("Unknown format {code}. Valid formats are {valid}.").format(
                code=repr(code), valid=", ".join(FORMATS)
            )
        )
    return code
