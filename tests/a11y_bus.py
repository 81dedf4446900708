"""The accessible tree of the real app over the real AT-SPI bus: run the walk, judge it, and
write the report (tests/gui/test_accessibility_bus.py and tools/a11y_report.py).

How the bus starts: `run` starts Xvfb on a free display, then `dbus-run-session` (a private
session bus, so nothing of the desktop's is touched) running tests/a11y_walk.py under
Debian's /usr/bin/python3 (pyatspi). The walker's first AT-SPI call asks the session bus
for `org.a11y.Bus`: D-Bus activates at-spi2-core's at-spi-bus-launcher (its service file,
/usr/share/dbus-1/services/org.a11y.Bus.service), which starts the accessibility bus and
at-spi2-registryd on it. The walker then starts the app, which, with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, registers on that same bus at once.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WALKER = Path(__file__).with_name("a11y_walk.py")
JOURNALS = Path(__file__).parent / "data" / "journals"  # jrnl's and Day One's exports
SYSTEM_PYTHON = "/usr/bin/python3"
PASSPHRASE = "walk the accessible tree"
TIMEOUT_S = 120

# What a person operates: each needs a name. (Qt's roles as AT-SPI names them.)
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "entry",
    "spin button",
    "slider",
    "list",
    "list item",
    "table",
    "table cell",
    "tree",
    "tree table",
    "tree item",
    "page tab",
    "page tab list",
    "menu item",
    "check menu item",
    "radio menu item",
    "popup menu",
    "link",
    "tool bar",
}
IMAGES = {"image", "icon", "animation"}
# Names that say nothing to a person: empty, an ellipsis, a Qt class name.
MEANINGLESS = re.compile(r"^\s*$|^(…|\.\.\.)$|^Q[A-Z][A-Za-z]+$")

# Objects a person does not operate from the keyboard and whose name a screen reader does
# not read, with why; matched on role and the end of Qt's accessible id.
EXCEPTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "unknown",
        ".qt_splithandle_",
        "the splitter's handle between sidebar and page: dragged with the mouse, not in the "
        "tab order; the sidebar's width is kept by the window",
    ),
    (
        "unknown",
        ".QSizeGrip",
        "the status bar's size grip: the window manager resizes the window from the keyboard",
    ),
    (
        "scroll bar",
        "",
        "scroll bars: Qt names them by orientation; the arrow keys scroll the view they belong to",
    ),
    (
        "table cell",
        ".QFileDialog.splitter.frame.stackedWidget.page_2.treeView",
        "the cells of Qt's own file dialog's detail view: a folder's size is an empty cell; a "
        "screen reader reads the row's file name, type and date (the model is Qt's, not the "
        "app's)",
    ),
)


# Controls that take the focus themselves (rows, items, cells and tabs are reached with the
# arrow keys inside theirs); one that cannot needs a keyboard way to the same thing.
FOCUS_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "slider",
    "list",
    "table",
    "page tab list",
    "link",
}
NOT_IN_TAB_ORDER: tuple[tuple[str, str], ...] = (
    (
        ".main_toolbar.QToolButton",
        "the toolbar's buttons repeat the View and File menus' items, each with its shortcut "
        "(Ctrl+1 to Ctrl+7, Ctrl+N, Ctrl+L)",
    ),
    (
        ".QLineEditIconButton",
        "a field's clear and search icons: the field itself clears (Esc in the search and the "
        "sidebar, select all and delete elsewhere) and searches (Enter)",
    ),
)


@dataclass(frozen=True)
class Finding:
    page: str
    role: str
    name: str
    ident: str
    why: str


def missing_tools() -> list[str]:
    """What the walk needs and this machine lacks (apt-get install names)."""
    missing = [
        package
        for tool, package in (
            ("dbus-run-session", "dbus-daemon"),
            ("Xvfb", "xvfb"),
        )
        if not shutil.which(tool)
    ]
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        missing.append("at-spi2-core")
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def make_journal(vault: Path) -> None:
    """The demo journal (made-up people, decisions, gatherings), under the walk's passphrase."""
    env = {**os.environ, "TRUSTJOURNAL_PASSPHRASE": PASSPHRASE}
    subprocess.run(
        [sys.executable, "-m", "trustjournal", "--vault", str(vault), "demo", "--people", "8"],
        check=True,
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


def make_backup(vault: Path, out: Path) -> None:
    """A backup of the journal (the CLI's), for File ▸ Verify a Backup… and Restore to open."""
    env = {**os.environ, "TRUSTJOURNAL_PASSPHRASE": PASSPHRASE}
    subprocess.run(
        [sys.executable, "-m", "trustjournal", "--vault", str(vault), "backup", "--out", str(out)],
        check=True,
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


def make_calendar(out: Path) -> Path:
    """A calendar export (icalendar's, as tests/calendar_files.py writes them) with three
    meetings in the import's default period (the last 90 days): two 1:1s and a dinner,
    whose attendees are not in the journal (the preview offers to add them)."""
    import datetime as dt

    import calendar_files as cf

    day = dt.datetime.now(cf.BERLIN).replace(hour=9, minute=30, second=0, microsecond=0)
    ana = cf.address("ana@example.com", "Ana Diaz")
    bob = cf.address("bob@example.com", "Bob Stone")
    cal = cf.calendar(
        cf.event("one", "Weekly with Ana", day - dt.timedelta(days=14), attendees=[cf.me(), ana]),
        cf.event("two", "Weekly with Ana", day - dt.timedelta(days=7), attendees=[cf.me(), ana]),
        cf.event(
            "three",
            "Dinner with Bob",
            day - dt.timedelta(days=3, hours=-10),
            attendees=[cf.me(), bob],
            location="Trattoria Roma",
        ),
    )
    return cf.write(out, cal)


def run(work: Path) -> tuple[dict, str]:
    """Walk the app on a fresh demo journal in `work`; the walk's JSON and its stderr."""
    vault = work / "vault"
    make_journal(vault)
    home = work / "home"
    runtime = home / "run"
    runtime.mkdir(parents=True)
    runtime.chmod(0o700)
    out = work / "walk.json"
    backup_file = work / "walk-backup.age"
    make_backup(vault, backup_file)
    vcard = work / "contact.vcf"
    vcard.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Test Person\nEND:VCARD\n", encoding="utf-8")
    meetings = make_calendar(work / "meetings.ics")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        TRUSTJOURNAL_A11Y_PASSPHRASE=PASSPHRASE,
        TRUSTJOURNAL_A11Y_BACKUP=str(backup_file),
        TRUSTJOURNAL_A11Y_VCARD=str(vcard),
        TRUSTJOURNAL_A11Y_ICS=str(meetings),
        TRUSTJOURNAL_A11Y_JRNL=str(JOURNALS / "jrnl-export.json"),
        TRUSTJOURNAL_A11Y_DAYONE=str(JOURNALS / "dayone-export.zip"),
        PYTHONPATH=str(ROOT),
    )
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not start")
        env["DISPLAY"] = f":{display}"
        done = subprocess.run(
            [
                "dbus-run-session",
                "--",
                SYSTEM_PYTHON,
                str(WALKER),
                str(out),
                "--first-run",
                str(work / "first-run"),
                "--",
                sys.executable,
                "-m",
                "trustjournal",
                "--vault",
                str(vault),
            ],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    log = done.stdout + done.stderr
    if not out.exists():
        raise RuntimeError(f"the walk wrote nothing (exit {done.returncode}):\n{log}")
    return json.loads(out.read_text(encoding="utf-8")), log


def exception_for(obj: dict) -> str | None:
    for role, id_end, why in EXCEPTIONS:
        if obj["role"] == role and obj["id"].endswith(id_end):
            return why
    return None


def judge(walk: dict) -> tuple[list[Finding], list[Finding]]:
    """Problems (an interactive control or image without a name a person understands) and
    the excepted objects, with why."""
    problems: list[Finding] = []
    excepted: list[Finding] = []
    for page in walk["pages"]:
        for obj in page["objects"]:
            role, name = obj["role"], obj["name"]
            why = exception_for(obj)
            if why is not None:
                excepted.append(Finding(page["page"], role, name, obj["id"], why))
                continue
            if role in INTERACTIVE or role in IMAGES or (role == "unknown" and obj["focusable"]):
                reason = name_problem(obj)
                if reason:
                    problems.append(Finding(page["page"], role, name, obj["id"], reason))
            if role in FOCUS_ROLES and obj["enabled"] and not obj["focusable"]:
                why = next((w for end, w in NOT_IN_TAB_ORDER if obj["id"].endswith(end)), None)
                if why is None:
                    problems.append(
                        Finding(page["page"], role, name, obj["id"], "not in the tab order")
                    )
                else:
                    excepted.append(Finding(page["page"], role, name, obj["id"], why))
    return problems, excepted


def name_problem(obj: dict) -> str | None:
    role, name = obj["role"], obj["name"].strip()
    if role == "unknown":
        return "no role a screen reader knows"
    if MEANINGLESS.match(name):
        return "no name" if not name else f"a meaningless name ({name!r})"
    if role == "popup menu" and name == "TrustJournal":
        return "a menu named after the app, not by its title"
    if role == "combo box" and not obj["labelled_by"]:
        # Over AT-SPI Qt names a combo box by its current value ("All flags"): what it is
        # for reaches a screen reader only from the label it is the buddy of.
        return "no label: a screen reader hears only its current value"
    return None


def controls(page: dict) -> list[dict]:
    return [o for o in page["objects"] if o["role"] in INTERACTIVE or o["role"] in IMAGES]


def markdown(walk: dict, problems: list[Finding], excepted: list[Finding]) -> str:
    """docs/accessibility-tree.md: pages × controls, exceptions, announcements."""
    lines = [
        "# The accessible tree, as a screen reader reads it",
        "",
        "Generated by `tools/a11y_report.py` (the walk `tests/gui/test_accessibility_bus.py`",
        "checks): the real app, under Xvfb with `QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`, on its own",
        "D-Bus session and AT-SPI bus, opened on the demo journal and driven over AT-SPI only",
        "(the passphrase typed through the field's EditableText, buttons and menu items pressed",
        "through their Action interface, a person chosen with the arrow key). Every showing",
        "object of each page and dialog was read, the import previews on real files (a",
        "calendar written with icalendar, jrnl's and Day One's exports), and some dialogs",
        "gone through to what they say when done (an export, a new recovery key, a restore).",
        "A control counts when a person operates it",
        "(buttons, check boxes, combo boxes, text fields, lists and their rows, tabs, menus and",
        "their items, links, the toolbar) or is an image; each needs a role and a name that is",
        "not empty, not an ellipsis and not a Qt class name; a combo box also needs a label",
        "(over AT-SPI Qt names a box by its current value), and a control that takes the",
        "focus must be in the tab order or have a keyboard way to the same thing.",
        "",
        "How the bus starts (as in `.ci/run`): Xvfb on a free display, then `dbus-run-session`",
        "runs the walker (Debian's python3-pyatspi); its first AT-SPI call makes D-Bus activate",
        "at-spi2-core's `org.a11y.Bus` (at-spi-bus-launcher, which starts the accessibility bus",
        "and at-spi2-registryd), and the app the walker starts registers on it.",
        "",
        "| Page or dialog | Objects | Controls | Named | Roles |",
        "|---|---:|---:|---:|---|",
    ]
    bad = {(f.page, f.ident, f.name) for f in problems}
    for page in walk["pages"]:
        found = controls(page)
        named = [o for o in found if (page["page"], o["id"], o["name"]) not in bad]
        roles: dict[str, int] = {}
        for obj in found:
            roles[obj["role"]] = roles.get(obj["role"], 0) + 1
        role_text = ", ".join(f"{n} {r}" for r, n in sorted(roles.items()))
        lines.append(
            f"| {page['page']} | {len(page['objects'])} | {len(found)} | {len(named)} "
            f"| {role_text} |"
        )
    lines += ["", "## Problems", ""]
    if problems:
        lines += [f"- {f.page}: {f.role} {f.name!r} (`{f.ident}`): {f.why}" for f in problems]
    else:
        lines.append("None: every control and image has a role and a name.")
    lines += ["", "## Exceptions", ""]
    seen: set[tuple[str, str]] = set()
    for f in excepted:
        if (f.role, f.why) in seen:
            continue
        seen.add((f.role, f.why))
        pages = sorted({g.page for g in excepted if (g.role, g.why) == (f.role, f.why)})
        on = "1 page" if len(pages) == 1 else f"{len(pages)} pages"
        what = f"{f.role} (`{f.ident}`, on {on})"
        if f.why.startswith(("the toolbar", "a field's")):
            what = f"Not in the tab order: {f.role} (`…{f.ident.rsplit('.', 2)[-2]}…`, on {on})"
        lines.append(f"- {what}: {f.why}.")
    lines += ["", "## Not reached", ""]
    lines += [f"- {p}" for p in walk["problems"]] or ["Every page and dialog listed was reached."]
    lines += ["", "## Announcements heard (AT-SPI `object:announcement`)", ""]
    lines += [f"- {a!r}" for a in walk["announcements"]] or ["None."]
    lines += ["", "## Every control, page by page", ""]
    for page in walk["pages"]:
        lines += [f"### {page['page']}", ""]
        for obj in controls(page):
            desc = f" — {obj['description']}" if obj["description"] else ""
            lines.append(f"- {obj['role']}: {obj['name']!r}{desc}".replace("\n", " "))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def walk_and_judge() -> tuple[dict, list[Finding], list[Finding], str]:
    with tempfile.TemporaryDirectory(prefix="trustjournal-a11y-") as tmp:
        walk, log = run(Path(tmp))
    problems, excepted = judge(walk)
    return walk, problems, excepted, log
