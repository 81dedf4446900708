"""The core's messages in German (issue 19.4): what a German-speaking leader reads about a tie,
an error or the reflection, from a real journal; English unchanged; and the German
catalogue complete, current and compiled (tools/build_locale.py)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from trustjournal.core import i18n
from trustjournal.core.errors import JournalLocked, NotFound, SaveFailed
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement import ties
from trustjournal.core.judgement.next_steps import KIND_LABELS, Kind
from trustjournal.core.judgement.reflection import prompts
from trustjournal.core.judgement.reflection_report import as_text
from trustjournal.core.judgement.ties import FLAG_LABELS, Flag
from trustjournal.core.records import ConversationDraft, DecisionDraft, PersonDraft

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 11, 1)


def _tool() -> ModuleType:
    path = ROOT / "tools" / "build_locale.py"
    spec = importlib.util.spec_from_file_location("build_locale", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_locale"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


build_locale = _tool()
GERMAN = ROOT / "trustjournal" / "locale" / "de" / "LC_MESSAGES" / "trustjournal.po"


@pytest.fixture
def language() -> Iterator[None]:
    """Whatever a test switches to, the next test starts in the language it found."""
    before = i18n.language()
    yield
    i18n.use(before)


@pytest.fixture
def one_sided(journal: Journal) -> Journal:
    """Ana challenged my framing and admitted doubt over three months; I never opened up."""
    ana = journal.add_person(PersonDraft("Ana")).id
    for date, signals in (
        (dt.date(2026, 8, 3), ("they_challenged_framing",)),
        (dt.date(2026, 9, 7), ("they_admitted_doubt",)),
        (dt.date(2026, 10, 5), ("surface_talk",)),
    ):
        journal.add_conversation(ConversationDraft((ana,), date, "one_on_one", "", signals))
    return journal


def _ana(journal: Journal) -> ties.TieAssessment:
    (a,) = journal.assess_ties(AS_OF)
    return a


def test_a_tie_reads_in_german_and_back_in_english(one_sided: Journal, language: None) -> None:
    english = _ana(one_sided)
    assert english.flag is Flag.ONE_SIDED
    assert FLAG_LABELS[english.flag] == "One-sided"
    assert english.reasons[1] == "Honest in 2 of 3 conversations since May"

    assert i18n.use("de") == "de"
    german = _ana(one_sided)
    assert FLAG_LABELS[german.flag] == "Einseitig"
    assert german.reasons[0].startswith("Sie haben sich nicht ebenso geöffnet: Die Person hat ")
    assert "in 1 Gespräch Zweifel eingestanden" in german.reasons[0]
    assert german.reasons[1] == "Ehrlich in 2 von 3 Gesprächen seit Mai"
    assert "Hat seit Mai in 1 von 3 Gesprächen Ihre Sichtweise hinterfragt" in german.reasons
    assert KIND_LABELS[Kind.ONE_SIDED] == "Gegenseitig machen"

    i18n.use(None)  # English again, from the same objects and tables
    assert _ana(one_sided).reasons == english.reasons
    assert FLAG_LABELS[Flag.POLISH] == "Polish only"


def test_the_reflection_reads_in_german(one_sided: Journal, language: None) -> None:
    """A quarter with a hard decision taken alone, read back in English, then in German."""
    lyon = DecisionDraft("Close the Lyon office", dt.date(2026, 9, 20), 5, "decided")
    one_sided.add_decision(lyon)
    english = one_sided.reflect("2026Q3", AS_OF)
    assert english.quarter.title == "Q3 2026 · July–September"
    assert "Ties this quarter: 1 deepened (Ana, now one-sided)." in english.takeaways
    assert english.takeaways[0] == (
        "You decided “Close the Lyon office” alone: no honest tie held the call role then."
    )

    i18n.use("de")
    german = one_sided.reflect("2026Q3", AS_OF)
    assert german.quarter.title == "Q3 2026 · Juli–September"
    assert german.takeaways[0] == (
        "Sie haben „Close the Lyon office“ allein entschieden: Damals hatte keine ehrliche "
        "Beziehung die Rolle für den Anruf."
    )
    assert "Beziehungen in diesem Quartal: 1 vertieft (Ana, jetzt einseitig)." in german.takeaways
    assert german.coach[0].text == (
        "Bei „Close the Lyon office“ hatten Sie niemanden zum Anrufen: Wen würden Sie nächstes "
        "Mal gern anrufen können?"
    )
    assert prompts()[1] == "Wer hat meine Sichtweise hinterfragt, und was hat das verändert?"
    (challenge,) = german.practical_test[ties.Role.CHALLENGES_FRAMING][0].evidence
    assert challenge.what == "Hat Ihre Sichtweise hinterfragt (1:1)"
    report = as_text(german, 100).splitlines()  # `trustjournal reflect`
    assert report[0] == "Reflexion zu Q3 2026 · Juli–September (Stand 1. Nov. 2026)"
    assert "    Ana · einseitig" in report


def test_errors_read_in_german(journal: Journal, language: None) -> None:
    i18n.use("de_DE.UTF-8")  # a system locale's spelling finds the German catalogue too
    assert i18n.language() == "de"
    with pytest.raises(NotFound) as missing:
        journal.person(999)
    assert str(missing.value) == "Keine Person 999 in diesem Journal."
    assert str(JournalLocked()) == "Das Journal ist gesperrt; entsperren Sie es zuerst."
    assert str(SaveFailed("Datenträger voll")) == (
        "Speichern nicht möglich: Datenträger voll. Es wurde nichts geschrieben, und Ihr Text "
        "wurde behalten."
    )
    i18n.use("en")
    assert str(JournalLocked()) == "The journal is locked; unlock it first."


def test_a_language_without_a_catalogue_is_english(language: None) -> None:
    assert i18n.use("fr") == "en"
    assert ties.ago(21) == "3 weeks ago"
    assert i18n.use("de-AT") == "de"
    assert ties.ago(21) == "vor 3 Wochen"
    assert ties.ago(7) == "vor 7 Tagen"


def test_months_follow_the_language_not_the_c_library(language: None) -> None:
    assert ties.since(dt.date(2025, 3, 1), AS_OF) == "since March 2025"
    i18n.use("de")
    assert ties.since(dt.date(2025, 3, 1), AS_OF) == "seit März 2025"


# -- the catalogue ---------------------------------------------------------------------------


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)\}", text))


def test_the_german_catalogue_is_complete_current_and_compiled() -> None:
    """No unfinished or fuzzy entry, none that the source no longer marks, none the source
    marks and the catalogue lacks; the .mo is the .po compiled."""
    problems = build_locale.problems(GERMAN, build_locale.extract())
    assert problems == []


def test_every_translation_keeps_the_placeholders() -> None:
    """A translation that drops or renames {name} would raise, or lose a fact, at run time."""
    wrong = [
        e.msgid
        for e in build_locale.read_po(GERMAN)
        if e.msgid
        and any(_fields(s) != _fields(e.msgid if e.plural is None else e.plural) for s in e.msgstr)
        and not (e.plural and _fields(e.msgstr[0]) == _fields(e.msgid))
    ]
    assert wrong == []


def test_the_checks_catch_what_they_are_for(tmp_path: Path) -> None:
    """Each kind of problem is reported (so the test above cannot pass by reading nothing)."""
    entries = build_locale.read_po(GERMAN)
    marked = build_locale.extract()
    gone = list(marked)[-1]  # marked in the source, left out of the catalogue
    first = next(e for e in entries if e.msgid and e.plural is None and e.key != gone)
    first.msgstr = [""]
    second = next(e for e in entries if e.msgid and e is not first and e.key != gone)
    second.comments = [*second.comments, "#, fuzzy"]
    second.fuzzy = True
    entries.append(build_locale.Entry("A sentence nobody marks", None, ["Ein Satz"]))
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "trustjournal.po"
    build_locale.write_po(po, [e for e in entries if e.key != gone])
    found = "\n".join(build_locale.problems(po, marked))
    assert f"untranslated: {first.msgid!r}" in found
    assert f"fuzzy: {second.msgid!r}" in found
    assert "stale (no longer in the source): 'A sentence nobody marks'" in found
    assert f"missing from trustjournal.po: {gone[0]!r}" in found
    assert "is not trustjournal.po compiled" in found  # no .mo at all


# -- imports, exports and counts ---------------------------------------------------------------


def test_a_contacts_import_reads_in_german(
    journal: Journal, tmp_path: Path, language: None
) -> None:
    """The preview's reasons and the file's refusal, as a German-speaking leader reads them."""
    from trustjournal.core.exchange import vcard
    from trustjournal.core.exchange.formats import ImportRefused

    journal.add_person(PersonDraft("Robert Smith"))
    cards = tmp_path / "contacts.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Smith\r\nN:Smith;Bob;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Diaz\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    english = vcard.preview(journal, cards)
    assert [r.reason for r in english.rows] == ["Bob is short for Robert", "nobody by this name"]
    assert english.sentence == "1 new, 1 already in your journal, 0 to decide"

    i18n.use("de")
    german = vcard.preview(journal, cards)
    assert [r.reason for r in german.rows] == [
        "Bob ist die Kurzform von Robert",
        "niemand mit diesem Namen",
    ]
    assert german.rows[0].describe() == "mit Robert Smith zusammenführen"
    assert german.sentence == "1 neu, 1 schon in Ihrem Journal, 0 zu entscheiden"
    broken = tmp_path / "broken.vcf"
    broken.write_text("hello\r\nBEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        vcard.preview(journal, broken)
    assert str(refused.value) == (
        "broken.vcf, Zeile 1: BEGIN:VCARD erwartet, aber Text außerhalb einer Karte gefunden; "
        "es wurde nichts importiert."
    )


def test_calendar_skips_and_counts_read_in_german(language: None) -> None:
    from trustjournal.core import kinds
    from trustjournal.core.exchange.calendar import skipped_sentence

    skipped = {"holiday": 1, "cancelled": 2, "large": 3}
    assert skipped_sentence(skipped) == "2 cancelled, 1 holidays, 3 with more than 20 people"
    counts = {"people": 25, "conversations": 1, "drafts": 2, "settings": 4}
    assert kinds.counts_text(counts) == "25 people, 1 conversation and 2 drafts"

    i18n.use("de")
    assert skipped_sentence(skipped) == ("2 abgesagt, 1 an Feiertagen, 3 mit mehr als 20 Personen")
    assert kinds.counts_text(counts) == "25 Personen, 1 Gespräch und 2 Entwürfe"
    assert kinds.counts_text({"settings": 4}) == "nichts"
    assert kinds.PERSON.count(1) == "1 Person"
    assert kinds.named("calendar_item").label == "Kalendereintrag"


def test_backup_errors_read_in_german(tmp_path: Path, language: None) -> None:
    """A restore that finds no key file, or a file that is no key file, in German."""
    from trustjournal.core.backup import backupkey
    from trustjournal.core.errors import BackupInvalid

    backup = tmp_path / "trustjournal-auto-2026-11-01.age"
    backup.write_bytes(b"age-encryption.org/v1\n")
    stray = tmp_path / "notes.txt"
    stray.write_bytes(b"x" * (64 * 1024 + 1))
    with pytest.raises(backupkey.NoKeyFile) as english:
        backupkey.identities_beside(backup, "passphrase")
    assert str(english.value).startswith(
        "“trustjournal-auto-2026-11-01.age” is an automatic backup: it opens with the key file "
    )

    i18n.use("de")
    with pytest.raises(backupkey.NoKeyFile) as missing:
        backupkey.identities_beside(backup, "passphrase")
    assert str(missing.value).startswith(
        "„trustjournal-auto-2026-11-01.age“ ist eine automatische Sicherung: Sie öffnet sich "
        "mit der Schlüsseldatei „"
    )
    assert str(missing.value).endswith("Es wurde nichts geändert.")
    with pytest.raises(BackupInvalid) as invalid:
        backupkey.open_key_file(stray, "passphrase")
    assert str(invalid.value) == (
        "notes.txt ist keine Schlüsseldatei für Sicherungen. Es wurde nichts geändert."
    )
    assert str(backupkey.KeyFileMismatch()).startswith(
        "Der Sicherungsschlüssel neben dieser Sicherung gehört zu einem anderen Journal"
    )


def test_search_hits_read_in_german(journal: Journal, language: None) -> None:
    ada = journal.add_person(PersonDraft("Ada Okafor")).id
    journal.add_conversation(
        ConversationDraft((ada,), dt.date(2026, 8, 3), "call", "Quarzlampe und Budget", ())
    )
    i18n.use("de")
    assert [hit.title for hit in journal.search("Quarzlampe")] == ["Anruf mit Ada Okafor"]
    i18n.use(None)
    assert [hit.title for hit in journal.search("Quarzlampe")] == ["Call with Ada Okafor"]
