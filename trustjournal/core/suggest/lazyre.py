"""Regular expressions compiled on first use, so that importing the package stays cheap.

Importing `trustjournal.core.suggest` happens when the editor opens; compiling the scope
rules' forty-odd patterns then would cost about 10 ms for nothing until a note is read.
"""

from __future__ import annotations

import re
from typing import Any, cast


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached for a name not yet on the instance: compile, then keep the compiled
        # pattern's attribute (a bound method) on the instance so later uses go straight to it.
        value = getattr(re.compile(*self._args), name)
        setattr(self, name, value)
        return value


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles itself the first time it is used."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
