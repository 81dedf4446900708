"""The reflection's words: its questions, counts, months, quarters and days in the GUI's
language (the ReflectionDoc context; the core's own sentences come translated already)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from trustjournal.core.i18n import _ as core_words
from trustjournal.core.judgement.quarters import MONTHS, Quarter
from trustjournal.core.judgement.ties import Role
from trustjournal.gui.common import dates, language
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP

# The practical test's three questions, asked of the quarter (the seed essay's wording).
# Marked here, translated where shown (the constants stay English).
QUESTIONS: dict[Role, str] = {
    Role.CALL_WHEN_UNCOMFORTABLE: QT_TRANSLATE_NOOP(
        "ReflectionDoc", "Who could you call when a decision felt uncomfortable?"
    ),
    Role.CHALLENGES_FRAMING: QT_TRANSLATE_NOOP("ReflectionDoc", "Who challenged your framing?"),
    Role.UNDERSTANDS_CONSTRAINTS: QT_TRANSLATE_NOOP(
        "ReflectionDoc", "Who understood your constraints well enough to give useful feedback?"
    ),
}
# A decision's status as the core stores it, in words.
STATUS = {
    "open": QT_TRANSLATE_NOOP("ReflectionDoc", "open"),
    "decided": QT_TRANSLATE_NOOP("ReflectionDoc", "decided"),
}

# -- words ----------------------------------------------------------------------------------

translate = QCoreApplication.translate  # translate("ReflectionDoc", …): lupdate reads these


class ReflectionDoc(QObject):
    """The document's counted words, in the ReflectionDoc context (lupdate sees a plural only
    in `self.tr(text, "", n)`; English forms in trustjournal_en.ts)."""

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def first_days(self, n: int) -> str:
        return self.tr("the first %n day(s)", "", n)

    def first_days_column(self, n: int) -> str:
        return self.tr("first %n day(s)", "", n)

    def conversations(self, n: int) -> str:
        return self.tr("%n conversation(s) this quarter", "", n)

    def conversation_count(self, n: int) -> str:
        return self.tr("%n conversation(s)", "", n)

    def honest_talks(self, n: int) -> str:
        return self.tr("%n honest conversation(s)", "", n)

    def polish_talks(self, n: int) -> str:
        return self.tr("%n polish-only conversation(s)", "", n)

    def honest_ties(self, n: int) -> str:
        return self.tr("%n honest tie(s)", "", n)

    def among(self, n: int) -> str:
        return self.tr("among the %n people you had talked with by then", "", n)


_words: ReflectionDoc | None = None


def words() -> ReflectionDoc:
    """The counted words (one object, made when first needed: never at import time)."""
    global _words
    if _words is None:
        _words = ReflectionDoc()
    return _words


def month_name(number: int) -> str:
    """'March' (1–12), in the language of the core's messages (which follows the app's)."""
    return core_words(MONTHS[number - 1])


def quarter_name(q: Quarter) -> str:
    """'Q3 2026'."""
    return translate("ReflectionDoc", "Q{number} {year}").format(number=q.number, year=q.year)


def day(d: dt.date, year: int | None = None) -> str:
    """'3 Aug', or '30 Dec 2025' when the year differs from `year` (German: '3. Aug.')."""
    if patterns := dates.PATTERNS.get(language.current()):
        return QLocale().toString(dates.to_qdate(d), patterns[2] if d.year == year else patterns[1])
    text = f"{d.day} {MONTHS[d.month - 1][:3]}"
    return text if d.year == year else f"{text} {d.year}"
