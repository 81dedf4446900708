"""The real app over the real AT-SPI bus (issue 19, point 1): what a screen reader reads.

tests/a11y_bus.py starts Xvfb and a private D-Bus session whose accessibility bus D-Bus
activates (at-spi2-core); tests/a11y_walk.py (Debian's python3-pyatspi) drives the app on a
demo journal through AT-SPI only and reads every page and dialog it reaches. CI
(.ci/run) sets TRUSTJOURNAL_REQUIRE_A11Y=1: then missing tools fail the test, not skip it.
The walk's report is written to the test's tmp folder (tools/a11y_report.py writes the same
into docs/accessibility-tree.md).
"""

from __future__ import annotations

import os
from pathlib import Path

import a11y_bus
import pytest

# Every page and dialog the walk must reach: a page it cannot open is a failure too.
PAGES = (
    "Create journal window",
    "Unlock window",
    "Dialog: Use your recovery key — TrustJournal",
    "Main window: menus, toolbar, sidebar, status bar",
    "Menu: File",
    "Menu: Edit",
    "Menu: View",
    "Menu: Help",
    "Welcome",
    "People (no one chosen)",
    "Decisions",
    "Gatherings",
    "Search",
    "Reflection",
    "Next",
    "To write up (calendar)",
    "Person",
    "Dialog: Edit Person — TrustJournal",
    "Dialog: Merge Someone Into This Person",
    "Dialog: Delete Person",
    "Editor (new)",
    "Decision editor (new)",
    "Gathering editor (new)",
    "Dialog: Preferences — TrustJournal",
    "Dialog: Preferences — TrustJournal: Reminders and Backups",
    "Dialog: Preferences — TrustJournal: Sync",
    "Dialog: Back Up Now — TrustJournal",
    "Dialog: Export — TrustJournal",
    "Dialog: Export — TrustJournal: done",
    "Dialog: Keyboard Shortcuts — TrustJournal",
    "Dialog: About TrustJournal",
    "Dialog: Recovery key — TrustJournal",
    "Dialog: Your recovery key — TrustJournal",
    "File dialog: Verify a Backup — TrustJournal",
    "Dialog: Verify a Backup — TrustJournal",
    "File dialog: Restore from Backup — TrustJournal",
    "Dialog: Restore from Backup — TrustJournal",
    "Dialog: Journal Restored — TrustJournal",
    "File dialog: Import — TrustJournal",
    "Dialog: Import Contacts — TrustJournal",
    "Dialog: Import Calendar — TrustJournal",
    "Dialog: Import jrnl Journal — TrustJournal",
    "Dialog: Import Day One Journal — TrustJournal",
)


@pytest.fixture(scope="module")
def walked() -> tuple[dict, list[a11y_bus.Finding], list[a11y_bus.Finding]]:
    missing = a11y_bus.missing_tools()
    if missing:
        message = f"needs {', '.join(missing)} (apt-get install {' '.join(missing)})"
        if os.environ.get("TRUSTJOURNAL_REQUIRE_A11Y"):
            pytest.fail(message)
        pytest.skip(message)
    walk, problems, excepted, log = a11y_bus.walk_and_judge()
    if walk["problems"]:
        print(log)  # the walker's steps, shown with the failure
    return walk, problems, excepted


@pytest.mark.a11y_bus
def test_every_page_and_dialog_is_reached_over_the_bus(walked, tmp_path: Path) -> None:
    walk, problems, excepted = walked
    report = tmp_path / "accessibility-tree.md"
    report.write_text(a11y_bus.markdown(walk, problems, excepted), encoding="utf-8")
    print(f"report: {report}")
    assert walk["problems"] == []
    assert [page["page"] for page in walk["pages"]] == list(PAGES)
    for page in walk["pages"]:
        assert a11y_bus.controls(page), f"{page['page']}: nothing to operate was read"


@pytest.mark.a11y_bus
def test_every_control_and_image_has_a_role_and_a_name_a_person_understands(walked) -> None:
    _walk, problems, _excepted = walked
    assert [f"{f.page}: {f.role} {f.name!r} ({f.ident}): {f.why}" for f in problems] == []


@pytest.mark.a11y_bus
def test_what_is_read_is_what_a_person_sees(walked) -> None:
    """Spot checks of names a person knows from the window: the passphrase field, the
    toolbar's pages, a person's row saying who and how the tie stands, the icon's text."""
    walk, _problems, _excepted = walked
    by_page = {page["page"]: page["objects"] for page in walk["pages"]}
    unlock = by_page["Unlock window"]
    named = {(o["role"], o["name"]) for o in unlock}
    assert ("password text", "Passphrase") in named
    assert ("push button", "Unlock") in named
    assert ("image", "TrustJournal icon") in named
    assert ("label", "Unlock your journal") in named  # the heading's words, not "Heading"
    field = next(o for o in unlock if o["role"] == "password text")
    assert field["labelled_by"] == ["Passphrase"]  # its label's words, not "Passphrase label"
    created = {(o["role"], o["name"]) for o in by_page["Create journal window"]}
    assert ("push button", "Create journal") in created
    assert ("password text", "Repeat the passphrase") in created
    chrome = by_page["Main window: menus, toolbar, sidebar, status bar"]
    toolbar = {o["name"] for o in chrome if o["id"].endswith("main_toolbar.QToolButton")}
    assert {"People", "Decisions", "Gatherings", "Search", "Reflection"} <= toolbar
    rows = [o["name"] for o in chrome if o["role"] == "list item"]
    assert rows and all("Last contact" in row or "No conversation" in row for row in rows)
    flags = {"Honest", "One-sided", "Fading", "Polish only", "Too early"}
    assert any(flag in row for row in rows for flag in flags), rows  # the badge, as words
    menus = {o["name"] for page in walk["pages"] for o in page["objects"]}
    assert {"File", "Edit", "View", "Help"} <= menus  # an open menu says which it is


@pytest.mark.a11y_bus
def test_previews_and_results_read_what_they_show(walked) -> None:
    """The import previews of real files (a calendar made with icalendar, jrnl's and Day
    One's exports), the new recovery key, and what Export and Restore say when done."""
    walk, _problems, _excepted = walked
    by_page = {page["page"]: page["objects"] for page in walk["pages"]}

    def named(page: str) -> set[tuple[str, str]]:
        return {(o["role"], o["name"]) for o in by_page[page]}

    calendar = by_page["Dialog: Import Calendar — TrustJournal"]
    assert {("table", "Meetings to import"), ("table cell", "Weekly with Ana")} <= named(
        "Dialog: Import Calendar — TrustJournal"
    )
    days = {o["name"]: o["labelled_by"] for o in calendar if o["role"] == "spin button"}
    assert days == {"Meetings from": ["From"], "Meetings until": ["to"]}
    assert ("list item", "Ana Diaz <ana@example.com>") in named(
        "Dialog: Import Calendar — TrustJournal"
    )
    jrnl = named("Dialog: Import jrnl Journal — TrustJournal")
    assert {("table cell", "@nadia"), ("table cell", "No new person")} <= jrnl
    dayone = named("Dialog: Import Day One Journal — TrustJournal")
    assert {("table cell", "Dinner with Nadia Perez"), ("table cell", "Not imported")} <= dayone
    key = by_page["Dialog: Your recovery key — TrustJournal"]
    spelled = [o["description"] for o in key if o["role"] == "label" and o["description"]]
    assert spelled and all(len(c) == 1 for c in spelled[0].split(" ")), spelled
    restored = by_page["Dialog: Journal Restored — TrustJournal"]
    assert ("image", "Information") in named("Dialog: Journal Restored — TrustJournal")
    assert any(o["name"].startswith("The backup is restored into") for o in restored)
    exported = by_page["Dialog: Export — TrustJournal: done"]
    assert any(o["name"].startswith("Exported ") for o in exported)  # a label: its words
    warning = next(o for o in exported if o["description"] == "Warning")
    assert "NOT encrypted" in warning["name"], warning  # its words, not just "Warning"
    assert ("push button", "Show in Folder") in named("Dialog: Export — TrustJournal: done")


@pytest.mark.a11y_bus
def test_status_changes_are_announced(walked) -> None:
    """Signals suggested while the note is typed, the save, the due reminder the demo's
    steps bring, and the lock (the walk ends with one) are heard as AT-SPI announcements,
    as a screen reader speaks them."""
    walk, _problems, _excepted = walked
    said = walk["announcements"]
    assert "The journal is locked" in said
    assert "Conversation saved" in said
    assert any(s.startswith("Exported ") for s in said), said  # the dialog stays open
    assert any(s.endswith("suggested") and s[0].isdigit() for s in said), said
    assert any("follow-up" in said and "due" in said for said in walk["announcements"])
