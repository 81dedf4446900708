"""What the journal has learned of its leader's way of writing (core/suggest/learning.py).

`SuggestionLearning` is the part of `Journal` (service.py) that keeps it: among the
journal's own settings, so it is encrypted with the journal and travels in its backups,
and nowhere else. Learning is on until turned off; turning it off forgets everything
learned at once. Learning sends no change notice: nothing a view shows depends on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from trustjournal.core.journal.base import JournalBase
from trustjournal.core.store.models import Setting

if TYPE_CHECKING:
    from trustjournal.core.suggest.learning import Learned
    from trustjournal.core.suggest.model import Suggestion

LEARNING_SETTING = "suggest_learning"  # "off" once turned off; absent: on
LEARNED_SETTING = "suggest_learned"  # the learned data, as JSON


class SuggestionLearning(JournalBase):
    """Learning from the leader's own ticks (a part of `Journal`)."""

    def learning_enabled(self) -> bool:
        with self._reading() as s:
            return _learning_on(s)

    def set_learning(self, enabled: bool) -> None:
        """Turn learning on, or off: then what was learned is forgotten in the same
        transaction."""
        with self._writing(None) as s:
            row = s.get(Setting, LEARNING_SETTING)
            if enabled and row is not None:
                s.delete(row)
            elif not enabled:
                if row is None:
                    s.add(Setting(key=LEARNING_SETTING, value="off"))
                learned = s.get(Setting, LEARNED_SETTING)
                if learned is not None:
                    s.delete(learned)
        self._announce("setting", "updated")

    def learned(self) -> Learned | None:
        """What has been learned, or None while learning is off."""
        from trustjournal.core.suggest.learning import Learned

        with self._reading() as s:
            if not _learning_on(s):
                return None
            row = s.get(Setting, LEARNED_SETTING)
            return Learned.from_json(row.value if row else None)

    def learn_from(
        self, note: str, ticked: Iterable[str], shown: Sequence[Suggestion] = ()
    ) -> None:
        """Learn from one conversation as saved: its note, the signals ticked, and the
        suggestions the rules showed for it (nothing, while learning is off)."""
        from trustjournal.core.suggest.learning import Learned, learn

        with self._writing(None) as s:
            if not _learning_on(s):
                return
            row = s.get(Setting, LEARNED_SETTING)
            model = learn(Learned.from_json(row.value if row else None), note, ticked, shown)
            if row is None:
                s.add(Setting(key=LEARNED_SETTING, value=model.to_json()))
            else:
                row.value = model.to_json()


def _learning_on(s: Session) -> bool:
    row = s.get(Setting, LEARNING_SETTING)
    return row is None or row.value != "off"
