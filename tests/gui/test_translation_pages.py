"""The pages' own words in German (issue 19, point 4): the reflection document a leader
reads and prints, the counts of the next steps and the search summary; and their English
plurals, which read "1 day", not "1 days".

Each test that loads German puts English back (the `german` fixture).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from tests.gui.test_reflection_view import journal_of
from trustjournal.core.judgement.quarters import last_complete
from trustjournal.gui.common import language
from trustjournal.gui.next.model import when_text
from trustjournal.gui.reflection import chart, doc
from trustjournal.gui.reflection.words import words
from trustjournal.gui.session import Session

TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert language.install("de", qapp) == "de"
    yield
    language.install("en", qapp)  # as tests/gui/conftest.py left it


def _text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_the_reflection_document_reads_german(demo_session: Session, german: None) -> None:
    r = journal_of(demo_session).reflect(last_complete(dt.date.today()))
    text = _text(doc.reflection_html(r, doc.print_style(), title=True))
    for heading in (
        "Reflexion — Q",
        "Was dieses Quartal zeigt",
        "Der Praxistest",
        "Wen konnten Sie anrufen, als sich eine Entscheidung unbequem anfühlte?",
        "Gespräche",
        "Beziehungen",
        "Entscheidungen",
        "Treffen",
        "Umsetzung",
        "Kapazität",
        "Vergangenes Jahr",
        "Nach Monat: ",
    ):
        assert heading in text, heading
    for english in (
        "What this quarter says",
        "The practical test",
        "Conversations",
        "Decisions",
        "Gatherings",
        "Capacity",
        "Past year",
        "By month",
        " honest, ",
        "discomfort",
        " · decided",
        "exported",
    ):
        assert english not in text, english
    assert " · entschieden" in text  # a decision's stored status, in words
    months = chart.describe(r.conversations.in_quarter)
    assert months.startswith("Gespräche pro Monat, älteste zuerst.") and "Gespräche — " in months


def test_the_documents_counts_have_plural_forms(german: None) -> None:
    counted = words()
    assert [counted.days(1), counted.days(3)] == ["1 Tag", "3 Tage"]
    assert counted.first_days(5) == "den ersten 5 Tagen"  # dative, after "verglichen mit"
    assert [counted.honest_ties(1), counted.honest_ties(6)] == [
        "1 ehrliche Beziehung",
        "6 ehrliche Beziehungen",
    ]


def test_in_english_one_is_singular(qapp: QApplication) -> None:
    counted = words()
    assert [counted.days(1), counted.days(2)] == ["1 day", "2 days"]
    assert counted.first_days(1) == "the first 1 day"
    assert counted.among(1) == "among the 1 person you had talked with by then"
    assert counted.among(4) == "among the 4 people you had talked with by then"
    assert [when_text(TODAY - dt.timedelta(days=n), TODAY) for n in (1, 2)] == [
        "1 day overdue",
        "2 days overdue",
    ]


def test_next_steps_say_when_in_german(german: None) -> None:
    assert when_text(TODAY - dt.timedelta(days=1), TODAY) == "1 Tag überfällig"
    assert when_text(TODAY - dt.timedelta(days=4), TODAY) == "4 Tage überfällig"
    assert when_text(TODAY, TODAY) == "heute"
    assert when_text(TODAY + dt.timedelta(days=1), TODAY) == "bis morgen"
    assert when_text(TODAY + dt.timedelta(days=3), TODAY) == "in 3 Tagen"
    assert when_text(TODAY + dt.timedelta(days=14), TODAY) == "bis 15. Juli 2026"
