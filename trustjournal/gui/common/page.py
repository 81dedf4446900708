"""What the main window asks of every page (`Page`), and the answers of a page that keeps
no unsaved work (`QuietPage`).

The main window moves between pages only through this protocol: it asks the page being
left `confirm_leave` (which may save first, then call `proceed`), asks every page before
quitting, and after an unlock calls `restore` on the page that was open (the editor and the
record pages bring back their unsaved changes from drafts; the others reload).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable


@runtime_checkable
class Page(Protocol):
    def reload(self) -> None:
        """Read what the page shows again (on the journal worker)."""

    def clear(self) -> None:
        """Forget every piece of journal text shown (the journal is locking)."""

    def is_dirty(self) -> bool:
        """Whether the page holds changes the journal does not have."""

    def confirm_leave(self, proceed: Callable[[], None] | None = None) -> bool:
        """True when the page may be left now. False if the user cancelled, or chose
        Save: then `proceed` runs once the save has succeeded."""

    def restore(self) -> None:
        """After an unlock, show again what was shown before the lock."""


class QuietPage:
    """For a page that keeps no unsaved work: leaving it asks nothing, and coming back
    after a lock reads it again. Mix in after the Qt base: `class V(QWidget, QuietPage)`."""

    def reload(self) -> None:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        return False

    def confirm_leave(self, proceed: Callable[[], None] | None = None) -> bool:
        return True

    def restore(self) -> None:
        self.reload()
