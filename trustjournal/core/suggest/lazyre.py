"""Regular expressions compiled on first use, so that importing the package stays cheap.

Importing `trustjournal.core.suggest` happens when the editor opens; compiling the scope
rules' fifty-odd patterns then would cost about 15 ms for nothing until a note is read.
"""

from __future__ import annotations

import re
from typing import Any, cast


class _Lazy:
    __slots__ = ("_args", "_rx")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._rx: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(*self._args)
        return getattr(rx, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles itself the first time it is used."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
