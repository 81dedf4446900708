#!/usr/bin/python3
"""Walk TrustJournal's accessible tree over the real AT-SPI bus; print what it found as JSON.

Run by tests/a11y_bus.py inside a private D-Bus session (`dbus-run-session`) on an Xvfb
display, with Debian's /usr/bin/python3 (pyatspi is a Debian package, not in the venv):

    a11y_walk.py OUT.json [--first-run EMPTY_DIR] -- PYTHON -m trustjournal --vault DIR

With `--first-run`, it first starts the app on an empty folder and reads the window that
creates a journal, then quits it. Then it starts the app (the command after `--`), with the
passphrase in the environment variable TRUSTJOURNAL_A11Y_PASSPHRASE, and does what a
screen-reader user would, through AT-SPI only: reads the unlock window, types the passphrase
into the field its name says, presses "Unlock", then presses the toolbar's page buttons,
opens the pages a person reaches from them (a person from the sidebar, a new conversation,
decision and gathering) and the dialogs of the menus and buttons (their Action interface),
and writes down every showing object on each: role, name, description, states, actions,
labels. It also listens for the announcements the app makes (AT-SPI `object:announcement`).
Judging the names is left to a11y_bus.py.

One conversation is written, in the editor as a person would (the journal is the test's own
demo copy): to hear "N signals suggested" while the note is typed and "Conversation saved".
Dialogs are cancelled and the other editors left unsaved. Before unlocking, the recovery
dialog ("Forgot your passphrase?") is read; on the person page, More ▸ Merge and Delete (the
menu opened from the keyboard: its popup is not on the bus); Preferences' second tab; and
File ▸ Verify a Backup…, Restore from Backup… and Import…: Qt's file dialog, then the path
in TRUSTJOURNAL_A11Y_BACKUP, _VCARD, _ICS, _JRNL or _DAYONE typed in and opened, and the
window that follows (passphrase prompt, restore dialog, the previews) read and cancelled.
Some are gone through to what they say when done: an export to a folder, a recovery key
made (the dialog that shows it), a restore into a new folder (the message that says where).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi, GLib  # noqa: E402

APP_NAME = "TrustJournal"
WAIT_S = 20.0
NOTE = (
    "She told me plainly that my plan would fail, and why. It was uncomfortable, "
    "and I changed my mind about the timing."
)
SETTLE_S = 0.4  # after a page changes, for its rows to arrive from the journal worker


class WalkFailed(Exception):
    pass


def log(text: str) -> None:
    """Progress on stderr (the test shows it when the walk fails)."""
    print(f"a11y-walk {time.monotonic():.1f}: {text}", file=sys.stderr, flush=True)


def showing(obj) -> bool:
    try:
        return obj.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def children(obj) -> list:
    try:
        count = obj.childCount
    except Exception:
        return []
    out = []
    for i in range(count):
        try:
            child = obj.getChildAtIndex(i)
        except Exception:  # noqa: S112 (gone meanwhile: a list reloading)
            continue
        if child is not None:
            out.append(child)
    return out


def tree(obj, *, all_menus: bool = False):
    """`obj` and its showing descendants; with `all_menus`, a menu's items too while the menu
    is closed (they are what a screen reader's menu navigation reads)."""
    yield obj
    for child in children(obj):
        role = child.getRoleName()
        if showing(child) or (all_menus and role in ("menu", "menu item", "separator")):
            yield from tree(child, all_menus=all_menus)


def actions(obj) -> list[str]:
    try:
        action = obj.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def describe(obj) -> dict:
    states = obj.getState().getStates()
    return {
        "role": obj.getRoleName(),
        "name": obj.name or "",
        "description": obj.description or "",
        "id": obj.accessibleId or "",
        "actions": actions(obj),
        "focusable": pyatspi.STATE_FOCUSABLE in states,
        "enabled": pyatspi.STATE_ENABLED in states,
        "children": obj.childCount,
        "labelled_by": labels(obj),
        "text": shown_text(obj),
    }


def shown_text(obj) -> str:
    """A label's words as the window shows them (its Text interface), "" for others."""
    if obj.getRoleName() not in ("label", "static"):
        return ""
    try:
        text = obj.queryText()
        return text.getText(0, text.characterCount) or ""
    except Exception:
        return ""


def labels(obj) -> list[str]:
    """The names of the objects that label `obj` (AT-SPI's labelled-by relation: Qt's
    buddy labels), which a screen reader speaks with a combo box's current value."""
    out = []
    try:
        for relation in obj.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                out += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    except Exception:  # noqa: S110 (gone meanwhile: no label to read)
        pass
    return out


def wait_for(what: str, probe, timeout: float = WAIT_S):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pump()
        found = probe()
        if found:
            return found
        time.sleep(0.1)
    raise WalkFailed(f"waited {timeout:.0f} s for {what}")


def pump() -> None:
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def find(root, role: str, name: str | None = None, *, all_menus: bool = False):
    for obj in tree(root, all_menus=all_menus):
        try:
            if obj.getRoleName() == role and (name is None or obj.name == name):
                return obj
        except Exception:  # noqa: S112 (gone meanwhile)
            continue
    return None


def find_by_id_end(root, suffix: str):
    for obj in tree(root):
        if (obj.accessibleId or "").endswith(suffix):
            return obj
    return None


def press(obj, name: str = "Press", *, blocking: bool = True) -> None:
    """Do `obj`'s action `name`. A menu item or button that opens a modal dialog answers only
    when the dialog closes: `blocking=False` gives up waiting for that answer at once (the
    action has been done; Qt's nested event loop goes on serving the bus)."""
    action = obj.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if name not in names:
        raise WalkFailed(f"{obj.getRoleName()} {obj.name!r} has no action {name!r}: {names}")
    if blocking:
        action.doAction(names.index(name))
        return
    Atspi.set_timeout(250, 15000)
    try:
        action.doAction(names.index(name))
    except Exception:  # noqa: S110 (the timeout: the dialog is open, its answer comes later)
        pass
    finally:
        Atspi.set_timeout(-1, -1)


class Walk:
    def __init__(self, command: list[str], passphrase: str) -> None:
        self.command = command
        self.passphrase = passphrase
        self.pages: list[dict] = []
        self.announcements: list[str] = []
        self.problems: list[str] = []  # pages the walk could not reach, and why
        self.process: subprocess.Popen | None = None
        self.listening = False
        self.app = None

    # -- the app ----------------------------------------------------------------------------

    def start(self, command: list[str] | None = None) -> None:
        if not self.listening:
            pyatspi.Registry.registerEventListener(self._heard, "object:announcement")
            self.listening = True
        self.process = subprocess.Popen(command or self.command)
        self.app = wait_for("the app on the accessibility bus", self._find_app, 30)

    def first_run(self, folder: str) -> None:
        """The window a first run shows: create a journal (read, not filled in)."""
        command = list(self.command)
        command[command.index("--vault") + 1] = folder
        self.start(command)
        try:
            self.record("Create journal window", self.window(f"Unlock {APP_NAME}"))
        finally:
            self.stop()

    def _find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            try:
                if app.name == APP_NAME and app.get_process_id() == self.process.pid:
                    return app
            except Exception:  # noqa: S112 (another app, gone meanwhile)
                continue
        return None

    def _heard(self, event) -> None:
        said = event.any_data if isinstance(event.any_data, str) else str(event.any_data)
        self.announcements.append(said)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def windows(self) -> list:
        return [w for w in children(self.app) if showing(w)]

    def window(self, name: str):
        return wait_for(
            f"the window {name!r}",
            lambda: next((w for w in self.windows() if w.name == name), None),
        )

    # -- recording --------------------------------------------------------------------------

    def record(self, page: str, root, *, skip=None, all_menus: bool = False) -> None:
        """Write down every showing object under `root` (not those under `skip`)."""
        pump()
        time.sleep(SETTLE_S)
        pump()
        skipped = set()
        if skip is not None:
            skipped = {_key(o) for o in tree(skip)}
        objects = []
        for obj in tree(root, all_menus=all_menus):
            try:
                if _key(obj) in skipped:
                    continue
                objects.append(describe(obj))
            except Exception as exc:  # gone while reading it: a page reloading
                self.problems.append(f"{page}: an object vanished while read ({exc})")
        self.pages.append({"page": page, "objects": objects})

    def attempt(self, page: str, step) -> None:
        log(f"step: {page}")
        try:
            step()
        except Exception as exc:
            self.problems.append(f"{page}: {type(exc).__name__}: {exc}")

    # -- the walk ---------------------------------------------------------------------------

    def run(self) -> None:
        unlock = self.window(f"Unlock {APP_NAME}")
        self.record("Unlock window", unlock)
        self.attempt(
            "Recovery (forgot the passphrase)",
            lambda: self.dialog_of(
                wait_for(
                    "the button 'Forgot your passphrase?'",
                    lambda: find(unlock, "push button", "Forgot your passphrase?"),
                ),
                "Forgot your passphrase?",
            ),
        )
        field = wait_for(
            "the passphrase field", lambda: find(unlock, "password text", "Passphrase")
        )
        field.queryEditableText().setTextContents(self.passphrase)
        press(wait_for("the Unlock button", lambda: find(unlock, "push button", "Unlock")))
        main = self.window(APP_NAME)
        self.main = main
        stack = wait_for("the pages", lambda: find_by_id_end(main, ".splitter.pages"))
        self.stack = stack
        self.record("Main window: menus, toolbar, sidebar, status bar", main, skip=stack)
        self.attempt("Menus", self.record_menus)
        self.record("Welcome", stack)
        for button, page in (
            ("People", "People (no one chosen)"),
            ("Decisions", "Decisions"),
            ("Gatherings", "Gatherings"),
            ("Search", "Search"),
            ("Reflection", "Reflection"),
            ("Next", "Next"),
            ("To write up", "To write up (calendar)"),
        ):
            self.attempt(page, lambda b=button, p=page: self.toolbar_page(b, p))
        self.attempt("Person", self.person_page)
        self.attempt("Person details", lambda: self.button_dialog("Edit this person's details"))
        for downs, item in ((1, "Merge Someone Into This Person"), (2, "Delete Person")):
            self.attempt(item, lambda d=downs, i=item: self.more_dialog(d, f"Dialog: {i}"))
        self.attempt("Editor", lambda: self.toolbar_page("New conversation", "Editor (new)"))
        self.attempt("Editor: suggestions and saving", self.write_and_save)
        self.attempt("Editor", self.leave_editor)
        for item, page in (
            ("New Decision…", "Decision editor (new)"),
            ("New Gathering…", "Gathering editor (new)"),
        ):
            self.attempt(page, lambda i=item, p=page: self.menu_page("File", i, p))
        self.attempt("Preferences…", self.preferences)
        for menu, item, inside in (
            ("File", "Back Up Now…", None),
            ("File", "Export…", self.export_to_folder),
            ("Help", "Keyboard Shortcuts", None),
            ("Help", "About TrustJournal", None),
        ):
            self.attempt(item, lambda m=menu, i=item, d=inside: self.dialog(m, i, d))
        self.attempt(
            "Recovery key", lambda: self.button_dialog("Make a recovery key…", self.make_key)
        )
        backup = os.environ.get("TRUSTJOURNAL_A11Y_BACKUP")
        self.attempt("Verify a Backup…", lambda: self.file_dialog("Verify a Backup…", backup))
        self.attempt(
            "Restore from Backup…",
            lambda: self.file_dialog("Restore from Backup…", backup, then=self.restore),
        )
        for n, variable in enumerate(("VCARD", "ICS", "JRNL", "DAYONE")):
            chosen = os.environ.get(f"TRUSTJOURNAL_A11Y_{variable}")
            self.attempt(
                f"Import… ({variable})",
                lambda c=chosen, first=n == 0: self.file_dialog("Import…", c, read_files=first),
            )
        self.attempt("Lock", self.lock)

    def toolbar_page(self, button: str, page: str) -> None:
        toolbar = find(self.main, "tool bar")
        target = None
        for obj in tree(toolbar):
            if obj.name == button or (obj.name or "").startswith(button + " ("):
                target = obj
        if target is None:
            raise WalkFailed(f"no toolbar button {button!r}")
        press(target)
        self.record(page, self.stack)

    def person_page(self) -> None:
        """Move to the second person of the sidebar's list, as the arrow keys would: the
        list's Selection interface makes the row current, which opens that person."""
        self.toolbar_page("People", "People (before choosing)")
        self.pages.pop()
        people = find(self.main, "list", "People")
        if people is None:
            raise WalkFailed("no list named 'People' in the sidebar")
        before = {_key(o) for o in tree(self.stack)}
        press(people, "SetFocus")
        key(DOWN)
        wait_for("the person page", lambda: {_key(o) for o in tree(self.stack)} != before)
        self.record("Person", self.stack)

    def write_and_save(self) -> None:
        """In the new conversation on show: a note whose words suggest signals (announced),
        a person from the sidebar, then Save (announced)."""
        editor = self.stack
        note = wait_for("the note", lambda: find(editor, "text", "Note"))
        heard = len(self.announcements)
        note.queryEditableText().setTextContents(NOTE)
        # Not heard: said, and on to the save (else the unsaved note stops the pages after).
        self.attempt(
            "Editor: suggestions",
            lambda: wait_for(
                "a suggestion to be announced", lambda: self._heard_since(heard, "suggested"), 8
            ),
        )
        row = wait_for("a person in the sidebar", lambda: find(self.main, "list item"))
        person = wait_for("the people field", lambda: find(editor, "text", "Add a person"))
        press(person, "SetFocus")
        person.queryEditableText().setTextContents(row.name.split(",")[0])
        key(RETURN)
        press(wait_for("Save", lambda: find(editor, "push button", "Save")))
        wait_for("the save to be announced", lambda: self._heard_since(heard, "saved"), 8)

    def _heard_since(self, index: int, word: str) -> bool:
        return any(word in said for said in self.announcements[index:])

    def leave_editor(self) -> None:
        self.toolbar_page("People", "People (after the editor)")
        self.pages.pop()

    def open_menu(self, menu: str):
        """Open the menu bar's `menu` (its ShowMenu action, as a screen reader does): a closed
        menu's items are not on the bus."""
        menubar = find(self.main, "menu bar")
        top = find(menubar, "menu item", menu)
        if top is None:
            raise WalkFailed(f"no menu {menu!r}")
        for _ in range(3):  # a menu just closed may swallow the first press
            press(top, "ShowMenu")
            try:
                return wait_for(
                    f"the menu {menu!r}",
                    lambda: next((c for c in children(top) if showing(c)), None),
                    3,
                )
            except WalkFailed:
                key(ESCAPE)
        raise WalkFailed(f"the menu {menu!r} did not open")

    def menu_item(self, menu: str, item: str):
        opened = self.open_menu(menu)
        found = wait_for(f"{item!r} in the menu {menu!r}", lambda: find(opened, "menu item", item))
        return found

    def record_menus(self) -> None:
        for menu in ("File", "Edit", "View", "Help"):
            opened = self.open_menu(menu)
            self.record(f"Menu: {menu}", opened)
            key(ESCAPE)
            wait_for(f"the menu {menu!r} to close", lambda o=opened: not showing(o))

    def menu_page(self, menu: str, item: str, page: str) -> None:
        press(self.menu_item(menu, item), "Press")
        self.record(page, self.stack)
        self.leave_editor()

    def dialog(self, menu: str, item: str, inside=None) -> None:
        self.dialog_of(self.menu_item(menu, item), item, inside)

    def button_dialog(self, button: str, inside=None) -> None:
        """The dialog a push button on the main window opens (on the page on show)."""
        found = wait_for(f"the button {button!r}", lambda: find(self.main, "push button", button))
        self.dialog_of(found, button, inside)

    def export_to_folder(self, dialog) -> None:
        """In the Export dialog: a folder of readable files (no passphrase to type), Export,
        and the dialog read again once it says what it wrote."""
        folder = wait_for(
            "the choice 'a folder'",
            lambda: find(dialog, "radio button", "Export as a folder of readable files"),
        )
        press(folder, actions(folder)[0])
        wait_for("the folder to be chosen", lambda: checked(folder), 5)
        press(wait_for("Export", lambda: find(dialog, "push button", "Export")), blocking=False)
        wait_for("the export to finish", lambda: find(dialog, "push button", "Close"), 30)
        self.record(f"Dialog: {dialog.name}: done", dialog)

    def make_key(self, dialog) -> None:
        """In the Recovery key dialog: make one, and read the dialog that shows it."""
        make = wait_for(
            "the button 'Make a recovery key'",
            lambda: find(dialog, "push button", "Make a recovery key"),
        )
        wait_for("'Make a recovery key' to be enabled", lambda: enabled(make), 5)
        self.dialog_of(make, "Make a recovery key", closing=("I have kept it safe",))

    def restore(self, dialog) -> None:
        """In the Restore dialog: the backup's passphrase, Restore (into a new folder), and
        the message that says where the restored journal is."""
        field = wait_for(
            "the backup's passphrase", lambda: find(dialog, "password text", "Backup passphrase")
        )
        field.queryEditableText().setTextContents(self.passphrase)
        self.dialog_of(
            wait_for("Restore", lambda: find(dialog, "push button", "Restore")),
            "Restore",
            ready=lambda w: find(w, "push button", "OK"),
            timeout=60,
        )

    def more_dialog(self, downs: int, page: str | None = None) -> None:
        """The person page's "More" menu, its item `downs` down opened, as the keyboard does:
        the focus on the button, Space opens the menu, Down, Return. (Its popup is not on
        the bus: neither the button's ShowMenu action nor the app's windows show it.) The
        dialog that opens is read and cancelled."""
        more = wait_for(
            "the button 'More actions for this person'",
            lambda: find(self.main, "push button", "More actions for this person"),
        )
        press(more, "SetFocus")

        def choose() -> None:
            key(SPACE)
            wait_for(
                "the 'More' menu to open",
                lambda: pyatspi.STATE_PRESSED in more.getState().getStates(),
                5,
            )
            time.sleep(SETTLE_S)
            for _ in range(downs):
                key(DOWN)
            key(RETURN)

        self.dialog_of(None, f"More ▸ item {downs}", trigger=choose, page=page)

    def preferences(self) -> None:
        """Preferences, every tab: the others selected through their page tab's action."""

        def other_tabs(dialog) -> None:
            for name in ("Reminders and Backups", "Sync"):
                tab = wait_for(f"the tab '{name}'", lambda n=name: find(dialog, "page tab", n))
                press(tab, actions(tab)[0])
                wait_for(
                    f"the tab '{name}' to show",
                    lambda t=tab: pyatspi.STATE_SELECTED in t.getState().getStates(),
                    5,
                )
                self.record(f"Dialog: {dialog.name}: {name}", dialog)

        self.dialog_of(self.menu_item("Edit", "Preferences…"), "Preferences…", other_tabs)

    def dialog_of(
        self,
        control,
        what: str,
        inside=None,
        trigger=None,
        page: str | None = None,
        closing: tuple[str, ...] = ("Cancel", "Close", "OK"),
        ready=None,
        timeout: float = WAIT_S,
    ) -> None:
        """Press `control` (or do `trigger`), read the (first `ready`) window it opens (and
        do `inside` in it), and close it with the first of the buttons `closing`."""
        before = {_key(w) for w in self.windows()}
        if trigger is not None:
            trigger()
        else:
            press(control, "Press", blocking=False)
        dialog = self.new_window(before, f"the dialog of {what!r}", ready, timeout)
        self.record(page or f"Dialog: {dialog.name}", dialog)
        try:
            if inside is not None:
                inside(dialog)
        finally:
            self.close(dialog, closing)

    def new_window(self, before: set[str], what: str, ready=None, timeout: float = WAIT_S):
        """The first window not in `before` (and `ready`), once there is one."""

        def probe():
            fresh = (w for w in self.windows() if _key(w) not in before)
            return next((w for w in fresh if ready is None or ready(w)), None)

        return wait_for(what, probe, timeout)

    def close(self, dialog, closing: tuple[str, ...] = ("Cancel", "Close", "OK")) -> None:
        """Press the first showing button of `closing` in `dialog`; wait for it to go (a
        dialog that closed by itself meanwhile is left)."""
        if _key(dialog) in map(_key, self.windows()):
            for name in closing:
                button = find(dialog, "push button", name)
                if button is not None:
                    press(button, blocking=False)
                    break
            else:
                raise WalkFailed(f"no button {' or '.join(closing)} in {dialog.name!r}")
        wait_for(f"{dialog.name!r} to close", lambda: _key(dialog) not in map(_key, self.windows()))

    def file_dialog(
        self, item: str, chosen: str | None, *, then=None, read_files: bool = True
    ) -> None:
        """File ▸ `item`: Qt's own file dialog read (unless not `read_files`: read before);
        `chosen` typed into its file name field and opened, then the window that follows
        read and cancelled, or `then` done in it."""
        before = {_key(w) for w in self.windows()}
        press(self.menu_item("File", item), "Press", blocking=False)
        files = self.new_window(before, f"the file dialog of {item!r}")
        if read_files:
            self.record(f"File dialog: {files.name}", files)
        if chosen is None:
            press(wait_for("Cancel", lambda: find(files, "push button", "Cancel")), blocking=False)
            return
        field = wait_for("the file name field", lambda: find_by_id_end(files, ".fileNameEdit"))
        field.queryEditableText().setTextContents(chosen)
        opened = wait_for("Open", lambda: find(files, "push button", "Open"))
        wait_for("Open to be enabled", lambda: enabled(opened))
        before.add(_key(files))
        press(opened, blocking=False)
        dialog = self.new_window(before, f"the window after {item!r}'s file dialog", _answers)
        self.record(f"Dialog: {dialog.name}", dialog)
        if then is not None:
            then(dialog)
        self.close(dialog)

    def lock(self) -> None:
        toolbar = find(self.main, "tool bar")
        press(find(toolbar, "push button", "Lock"))
        self.window(f"Unlock {APP_NAME}")
        wait_for(
            "the lock to be announced", lambda: any("locked" in a for a in self.announcements), 5
        )


DOWN = 0xFF54  # X keysyms
RETURN = 0xFF0D
ESCAPE = 0xFF1B
SPACE = 0x20


def key(keysym: int) -> None:
    """Press and release a key, as the keyboard would (XTest, through the AT-SPI registry)."""
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.1)
    pump()


def _answers(window) -> bool:
    """Whether `window` is one to read: with a passphrase field or an OK or Cancel button
    (not a progress window on its way); a preview once it has read its file: Import enabled
    or, for a file with nothing to import, no "Reading…" left (a label's name is its words)."""
    if find(window, "password text") or find(window, "push button", "OK"):
        return True
    if not find(window, "push button", "Cancel") or find(window, "progress bar"):
        return False
    importing = [
        b
        for b in tree(window)
        if b.getRoleName() == "push button" and (b.name or "").startswith("Import")
    ]
    return (
        not importing
        or enabled(importing[0])
        or not any("Reading" in (o.name or "") for o in tree(window))
    )


def enabled(obj) -> bool:
    return pyatspi.STATE_ENABLED in obj.getState().getStates()


def checked(obj) -> bool:
    return pyatspi.STATE_CHECKED in obj.getState().getStates()


def _key(obj) -> str:
    """Who an object is (its D-Bus path: the app is the only one walked)."""
    return str(obj.path)


def main() -> int:
    if "--" not in sys.argv or sys.argv.index("--") not in (2, 4):
        print(__doc__, file=sys.stderr)
        return 2
    out = sys.argv[1]  # a file: the bus's own daemons write to stdout too
    first = sys.argv[3] if sys.argv[2] == "--first-run" else None
    command = sys.argv[sys.argv.index("--") + 1 :]
    walk = Walk(command, os.environ["TRUSTJOURNAL_A11Y_PASSPHRASE"])
    started = time.monotonic()
    try:
        if first is not None:
            walk.attempt("Create journal window", lambda: walk.first_run(first))
        walk.start()
        walk.run()
    except Exception as exc:
        walk.problems.append(f"walk stopped: {type(exc).__name__}: {exc}")
    finally:
        pump()
        walk.stop()
    with Path(out).open("w", encoding="utf-8") as file:
        json.dump(
            {
                "pages": walk.pages,
                "announcements": walk.announcements,
                "problems": walk.problems,
                "seconds": round(time.monotonic() - started, 1),
            },
            file,
            indent=1,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
