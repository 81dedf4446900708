"""vCard files for the tests and the benchmark, written by vobject's own serializer."""

from __future__ import annotations

import quopri
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import vobject

DATA = Path(__file__).parent / "data" / "vcard"


@dataclass
class Contact:
    name: str
    given: str = ""
    family: str = ""
    org: str = ""
    title: str = ""
    note: str = ""
    nicknames: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    uid: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def card(c: Contact, version: str = "3.0") -> vobject.base.Component:
    v = vobject.vCard()
    if version != "3.0":
        v.add("version").value = version
    v.add("fn").value = c.name
    given, family = c.given, c.family
    if not (given or family):
        *first, last = c.name.split() or [""]
        given, family = " ".join(first), last
    v.add("n").value = vobject.vcard.Name(family=family, given=given)
    if c.org:
        v.add("org").value = [c.org]
    if c.title:
        v.add("title").value = c.title
    if c.note:
        v.add("note").value = c.note
    for nickname in c.nicknames:  # one line each: vobject escapes a comma in one value
        v.add("nickname").value = nickname
    for email in c.emails:
        line = v.add("email")
        line.value = email
        line.type_param = "INTERNET"
    if c.uid:
        v.add("uid").value = c.uid
    for key, value in c.extra.items():
        v.add(key).value = value
    return v


def write(
    path: Path, contacts: Iterable[Contact], version: str = "3.0", encoding: str = "utf-8"
) -> Path:
    text = "".join(card(c, version).serialize() for c in contacts)
    path.write_bytes(text.encode(encoding))
    return path


def qp(text: str, charset: str = "utf-8") -> str:
    """Quoted-printable as vCard 2.1 exporters write it (soft breaks after 76 columns)."""
    return quopri.encodestring(text.encode(charset)).decode("ascii").replace("\n", "\r\n")


def many(n: int) -> list[Contact]:
    """`n` distinct contacts, some with a nickname, notes and two e-mails."""
    given = ["Anna", "Ben", "Chloé", "David", "Elif", "Farid", "Grace", "Hiro", "Inès", "Jonas"]
    family = ["Adler", "Brandt", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Haas"]
    out = []
    for i in range(n):
        g, f = given[i % len(given)], family[(i // len(given)) % len(family)]
        name = f"{g} {f} {i:04d}"
        out.append(
            Contact(
                name,
                given=g,
                family=f"{f} {i:04d}",
                org=f"Company {i % 97}",
                title="Director" if i % 3 else "",
                note="Met at the spring retreat" if i % 5 == 0 else "",
                nicknames=(f"{g[0]}{f[0]}{i}",) if i % 4 == 0 else (),
                emails=(f"person{i}@example.org",)
                + ((f"p{i}@home.example",) if i % 7 == 0 else ()),
                uid=f"urn:uuid:00000000-0000-4000-8000-{i:012d}" if i % 2 else "",
            )
        )
    return out


BRIGHT_CARD = Contact(
    "Dana Whitfield",
    org="Brightmoor Media",
    title="CEO",
    note="Met at the Lisbon retreat.\nPrefers calls to e-mail.",
    nicknames=("Dee",),
    emails=("dana@brightmoor.example", "DANA.W@home.example"),
    uid="urn:uuid:5f1c4f4e-0d7e-4c55-9d1e-2f3a9b1c0001",
)
