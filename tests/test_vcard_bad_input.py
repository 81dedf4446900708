"""Bad contact files (issue 17): each gets a clear message naming the card or line, writes
nothing, and leaves the journal as it was. One row a bad file."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from vcard_samples import BRIGHT_CARD, Contact, write

from trustjournal.core.exchange import formats, vcard
from trustjournal.core.exchange.formats import ImportRefused
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft


def good(tmp: Path, name: str = "good.vcf") -> str:
    path = write(tmp / name, [Contact("Ada Byron", org="Analytical"), BRIGHT_CARD])
    return path.read_text("utf-8")


def missing_end(tmp: Path) -> bytes:
    text = good(tmp)
    return text.replace("END:VCARD", "", 1).encode()  # card 1 runs into card 2


def missing_end_at_eof(tmp: Path) -> bytes:
    text = good(tmp).rstrip()
    return text[: text.rindex("END:VCARD")].encode()


def broken_line(tmp: Path) -> bytes:
    lines = good(tmp).splitlines()
    at = next(i for i, line in enumerate(lines) if i > 8 and line.startswith("FN"))
    lines.insert(at, "this line has no colon")
    return "\r\n".join(lines).encode()


def outside(tmp: Path) -> bytes:
    return (good(tmp) + "garbage after the last card\r\n").encode()


def unknown_charset(tmp: Path) -> bytes:
    return (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-MARTIAN;ENCODING=QUOTED-PRINTABLE:"
        b"J=FCrgen\r\nEND:VCARD\r\n"
    )


def no_name(tmp: Path) -> bytes:
    return b"BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:someone@example.org\r\nEND:VCARD\r\n"


def png(tmp: Path) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def csv_named_vcf(tmp: Path) -> bytes:
    return b"Name,E-mail\r\nAda Byron,ada@example.org\r\n"


def empty(tmp: Path) -> bytes:
    return b""


def blank(tmp: Path) -> bytes:
    return b"\r\n\r\n   \r\n"


BAD: list[tuple[str, Callable[[Path], bytes], str]] = [
    ("missing END:VCARD", missing_end, r"card 1 \(line 1\) has no END:VCARD before the next"),
    (
        "file ends inside a card",
        missing_end_at_eof,
        r"card 2 \(line \d+\) has no END:VCARD \(the file ends",
    ),
    ("broken line", broken_line, r"card 2 is malformed at line \d+"),
    ("text after the cards", outside, r"line \d+: expected BEGIN:VCARD"),
    ("unknown charset", unknown_charset, r"card 1 \(line 1\) has a value in an unknown"),
    ("card with no name", no_name, r"no person to import: card 1 \(line 1\): no name"),
    ("a PNG named .vcf", png, r"not a file TrustJournal can import"),
    ("a CSV named .vcf", csv_named_vcf, r"not a file TrustJournal can import"),
    ("empty file", empty, r"not a file TrustJournal can import"),
    ("only blank lines", blank, r"not a file TrustJournal can import"),
]


def _state(journal: Journal) -> tuple[object, ...]:
    return (tuple(journal.people()), tuple(journal.identities()))


@pytest.mark.parametrize(("what", "make", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_file_is_refused_and_nothing_changes(
    journal: Journal, tmp_path: Path, what: str, make: Callable[[Path], bytes], message: str
) -> None:
    journal.add_person(PersonDraft("Ada Byron", "Countess"))
    before = _state(journal)
    path = tmp_path / "contacts.vcf"
    path.write_bytes(make(tmp_path))
    with pytest.raises(ImportRefused, match=message) as caught:
        fmt = formats.detect(path)
        fmt.run(journal, path, dry_run=True)
    with pytest.raises(ImportRefused):
        vcard.run(journal, path)  # even when the vCard importer is asked directly
    assert "nothing was imported" in str(caught.value)
    assert _state(journal) == before


def test_huge_file_is_refused_before_it_is_read(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "huge.vcf"
    with path.open("wb") as f:
        f.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n")
        f.truncate(vcard.MAX_BYTES + 1)  # sparse: costs no disk
    before = _state(journal)
    with pytest.raises(ImportRefused, match=r"huge.vcf is \d+ MB, more than the \d+ MB"):
        vcard.run(journal, path)
    assert _state(journal) == before


def test_a_card_without_a_name_among_others_is_left_out_with_a_warning(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(good(tmp_path).encode() + no_name(tmp_path))
    report = vcard.run(journal, path)
    assert report.added == {"people": 2}
    (warning,) = report.warnings
    assert re.fullmatch(
        r"Card 3 \(line (\d+)\) left out: no name on this card \(line \1\)\.", warning
    )
    assert {p.name for p in journal.people()} == {"Ada Byron", "Dana Whitfield"}
