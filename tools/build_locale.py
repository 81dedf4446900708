"""Compile the core's message catalogues, and keep them in step with the source.

    python tools/build_locale.py            compile every trustjournal/locale/*/LC_MESSAGES/
                                            trustjournal.po into its .mo (committed, shipped)
    python tools/build_locale.py --check    fail when a .mo differs from what its .po compiles
                                            to, or a .po misses, leaves out or keeps a stale or
                                            unfinished message (tests/test_core_i18n.py too)
    python tools/build_locale.py --update   add the newly marked messages to each .po (with an
                                            empty translation to write) and drop the stale ones

The messages are those the core marks, found with Python's ast (no xgettext needed): calls
of `_`, `N_` and `ngettext` with string literals, in trustjournal/core and trustjournal/cli
(`SOURCES`). The compiler writes
GNU .mo files that Python's gettext reads, with no dependency beyond the standard library.
"""

from __future__ import annotations

import argparse
import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "trustjournal" / "core"
# Where gettext's markers are read: the core, the command line (it speaks the core's
# language, core/i18n.py).
SOURCES = (CORE, ROOT / "trustjournal" / "cli")
LOCALE = ROOT / "trustjournal" / "locale"
DOMAIN = "trustjournal"
MARKERS = {"_": 1, "N_": 1, "ngettext": 2}


@dataclass
class Entry:
    msgid: str
    plural: str | None = None
    msgstr: list[str] = field(default_factory=lambda: [""])
    comments: list[str] = field(default_factory=list)  # lines starting with "#", kept as is
    fuzzy: bool = False

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.msgid, self.plural)


# -- extraction --------------------------------------------------------------------------------


def extract(*roots: Path) -> dict[tuple[str, str | None], list[str]]:
    """Every marked message in `roots` (folders or files; by default `SOURCES`):
    (msgid, plural or None) -> where ("path:line")."""
    found: dict[tuple[str, str | None], list[str]] = {}
    paths = [p for r in roots or SOURCES for p in ([r] if r.is_file() else sorted(r.rglob("*.py")))]
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            count = MARKERS.get(node.func.id)
            if count is None or len(node.args) < count:
                continue
            args = node.args[:count]
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                continue
            texts = [a.value for a in args if isinstance(a, ast.Constant)]
            key = (texts[0], texts[1] if count == 2 else None)
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            found.setdefault(key, []).append(where)
    return found


# -- .po reading and writing -------------------------------------------------------------------


def _unquote(text: str) -> str:
    value = ast.literal_eval(text.strip())
    assert isinstance(value, str)
    return value


def read_po(path: Path) -> list[Entry]:
    """The entries of a .po file (the header first, as msgid "")."""
    entries: list[Entry] = []
    comments: list[str] = []
    entry: Entry | None = None
    target: tuple[str, int] = ("msgid", 0)
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if not line:
            if entry is not None:
                entries.append(entry)
            entry, comments = None, []
            continue
        if line.startswith("#"):
            comments.append(raw)
            continue
        if line.startswith("msgid "):
            entry = Entry(_unquote(line[6:]), comments=comments)
            entry.fuzzy = any(c.startswith("#,") and "fuzzy" in c for c in comments)
            target = ("msgid", 0)
        elif entry is None:
            raise ValueError(f"{path}: {raw!r} outside an entry")
        elif line.startswith("msgid_plural "):
            entry.plural, target = _unquote(line[13:]), ("plural", 0)
        elif line.startswith("msgstr["):
            index = int(line[7 : line.index("]")])
            while len(entry.msgstr) <= index:
                entry.msgstr.append("")
            entry.msgstr[index] = _unquote(line[line.index("]") + 1 :])
            target = ("msgstr", index)
        elif line.startswith("msgstr "):
            entry.msgstr, target = [_unquote(line[7:])], ("msgstr", 0)
        elif line.startswith('"'):
            more = _unquote(line)
            if target[0] == "msgid":
                entry.msgid += more
            elif target[0] == "plural":
                entry.plural = (entry.plural or "") + more
            else:
                entry.msgstr[target[1]] += more
        else:
            raise ValueError(f"{path}: cannot read {raw!r}")
    return entries


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _field(name: str, text: str) -> list[str]:
    """`name "text"`, or a multi-line field when `text` holds line breaks (the header)."""
    lines = text.splitlines(keepends=True)
    if len(lines) < 2:
        return [f"{name} {_quote(text)}"]
    return [f'{name} ""', *(_quote(line) for line in lines)]


def write_po(path: Path, entries: list[Entry]) -> None:
    out: list[str] = []
    for e in entries:
        out.extend(e.comments)
        out += _field("msgid", e.msgid)
        if e.plural is not None:
            out += _field("msgid_plural", e.plural)
            for i, s in enumerate(e.msgstr):
                out += _field(f"msgstr[{i}]", s)
        else:
            out += _field("msgstr", e.msgstr[0])
        out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


# -- compiling -----------------------------------------------------------------------------------


def compile_mo(entries: list[Entry]) -> bytes:
    """A GNU .mo of the finished entries (fuzzy and empty ones are left out, as msgfmt does)."""
    pairs: dict[bytes, bytes] = {}
    for e in entries:
        if e.fuzzy or not all(e.msgstr):
            continue
        key = e.msgid if e.plural is None else f"{e.msgid}\0{e.plural}"
        pairs[key.encode()] = "\0".join(e.msgstr).encode()
    keys = sorted(pairs)
    ids = strs = b""
    offsets: list[tuple[int, int, int, int]] = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(pairs[k])))
        ids += k + b"\0"
        strs += pairs[k] + b"\0"
    start = 7 * 4 + 16 * len(keys)
    table: list[int] = []
    for id_at, id_len, _str_at, _str_len in offsets:
        table += [id_len, start + id_at]
    for _id_at, _id_len, str_at, str_len in offsets:
        table += [str_len, start + len(ids) + str_at]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    return header + struct.pack(f"{len(table)}i", *table) + ids + strs


def catalogues() -> list[Path]:
    return sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def problems(po: Path, marked: dict[tuple[str, str | None], list[str]]) -> list[str]:
    """What is wrong with one catalogue: unfinished, fuzzy, stale or missing messages, and a
    .mo that is not the .po compiled."""
    entries = read_po(po)
    found: list[str] = []
    keys = {e.key for e in entries if e.msgid}
    for e in entries:
        if not e.msgid:
            continue
        if e.fuzzy:
            found.append(f"fuzzy: {e.msgid!r}")
        if not all(e.msgstr) or (e.plural is not None and len(e.msgstr) < 2):
            found.append(f"untranslated: {e.msgid!r}")
        if e.key not in marked:
            found.append(f"stale (no longer in the source): {e.msgid!r}")
    for key, where in marked.items():
        if key not in keys:
            found.append(f"missing from {po.name}: {key[0]!r} ({where[0]})")
    mo = po.with_suffix(".mo")
    if not mo.exists() or mo.read_bytes() != compile_mo(entries):
        found.append(f"{mo.name} is not {po.name} compiled: run tools/build_locale.py")
    return found


def update(po: Path, marked: dict[tuple[str, str | None], list[str]]) -> None:
    entries = read_po(po)
    kept = [e for e in entries if not e.msgid or e.key in marked]
    for e in kept:  # where each message is now (a translator's own comments stay)
        if e.msgid:
            e.comments = [c for c in e.comments if not c.startswith("#:")]
            e.comments.append(f"#: {marked[e.key][0]}")
    have = {e.key for e in kept}
    for (msgid, plural), where in marked.items():
        if (msgid, plural) not in have:
            empty = [""] if plural is None else ["", ""]
            kept.append(Entry(msgid, plural, empty, [f"#: {where[0]}"]))
    header = [e for e in kept if not e.msgid]
    messages = sorted((e for e in kept if e.msgid), key=lambda e: _place(marked[e.key][0]))
    write_po(po, header + messages)


def _place(where: str) -> tuple[str, int]:
    """'path:line' as a sort key: the catalogue follows the source's order."""
    path, _, line = where.rpartition(":")
    return path, int(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args(argv)
    marked = extract()
    failed = False
    for po in catalogues():
        if args.update:
            update(po, marked)
        elif args.check:
            for problem in problems(po, marked):
                print(f"{po.relative_to(ROOT)}: {problem}", file=sys.stderr)
                failed = True
        else:
            po.with_suffix(".mo").write_bytes(compile_mo(read_po(po)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
