"""Every menu item and shortcut of the app, created in one place (Frescobaldi's collection).

Standard `QKeySequence` keys wherever Qt has one (New, Find, Quit, Preferences, Undo…);
the keyboard-shortcuts window lists these same actions, so it cannot drift from them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from trustjournal.gui.common import icons


@dataclass(frozen=True)
class Spec:
    name: str
    text: str
    keys: tuple[QKeySequence.StandardKey | str, ...] = ()
    icon: str = ""
    tip: str = ""
    short: str = ""  # the toolbar's text, in sentence case ("New conversation")


SPECS: tuple[Spec, ...] = (
    Spec(
        "new_conversation",
        "&New Conversation…",
        (QKeySequence.StandardKey.New,),
        "new-conversation",
        "Record a conversation",
        "New conversation",
    ),
    Spec("new_decision", "New &Decision…", ("Ctrl+Shift+D",), "decision", "Record a decision"),
    Spec(
        "new_gathering",
        "New &Gathering…",
        ("Ctrl+Shift+G",),
        "gathering",
        "Record a retreat, conference or dinner series",
    ),
    Spec("back_up_now", "&Back Up Now…", (), "", "Save an encrypted copy of the whole journal"),
    Spec("verify_backup", "&Verify a Backup…", (), "", "Check a backup file completely"),
    Spec("restore_backup", "&Restore from Backup…", (), "", "Restore a journal from a backup"),
    Spec(
        "show_folder",
        "Show Journal &Folder",
        (),
        "",
        "Open the folder that holds the journal in the file manager",
    ),
    Spec("lock", "&Lock", ("Ctrl+L",), "lock", "Lock the journal now"),
    Spec("quit", "&Quit", (QKeySequence.StandardKey.Quit, "Ctrl+Q")),
    Spec("undo", "&Undo", (QKeySequence.StandardKey.Undo,)),
    Spec("redo", "&Redo", (QKeySequence.StandardKey.Redo,)),
    Spec("cut", "Cu&t", (QKeySequence.StandardKey.Cut,)),
    Spec("copy", "&Copy", (QKeySequence.StandardKey.Copy,)),
    Spec("paste", "&Paste", (QKeySequence.StandardKey.Paste,)),
    Spec("select_all", "Select &All", (QKeySequence.StandardKey.SelectAll,)),
    Spec(
        "find",
        "&Find…",
        (QKeySequence.StandardKey.Find,),
        "search",
        "Search notes, people, decisions and gatherings",
    ),
    Spec("preferences", "Pre&ferences…", (QKeySequence.StandardKey.Preferences, "Ctrl+,")),
    Spec("show_people", "&People", ("Ctrl+1",), "person", "People and their ties"),
    Spec("show_decisions", "&Decisions", ("Ctrl+2",), "decision", "Decisions and who you called"),
    Spec(
        "show_gatherings",
        "&Gatherings",
        ("Ctrl+3",),
        "gathering",
        "Gatherings and what happened after",
    ),
    Spec("show_search", "&Search", ("Ctrl+4",), "search", "Full-text search"),
    Spec(
        "show_reflection",
        "&Reflection",
        ("Ctrl+5",),
        "reflection",
        "The quarterly reflection: the practical test, answered",
    ),
    Spec("shortcuts", "&Keyboard Shortcuts", (QKeySequence.StandardKey.HelpContents, "F1")),
    Spec("about", "&About TrustJournal"),
)


# The pages, in the order of the View menu and the toolbar; the one shown is checked.
PAGE_ACTIONS = (
    "show_people",
    "show_decisions",
    "show_gatherings",
    "show_search",
    "show_reflection",
)


def _sequences(keys: tuple[QKeySequence.StandardKey | str, ...]) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for key in keys:
        sequences = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        for seq in sequences:
            if not seq.isEmpty() and seq not in found:
                found.append(seq)
    return found


class Actions:
    """The app's actions by name: `actions["lock"]`, also as attributes (`actions.lock`)."""

    def __init__(self, parent: QWidget) -> None:
        self.by_name: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(spec.text, parent)
            action.setObjectName(spec.name)
            action.setShortcuts(_sequences(spec.keys))
            if spec.icon:
                action.setIcon(icons.icon(spec.icon))
            if spec.short:
                action.setIconText(spec.short)
            if spec.tip:
                action.setStatusTip(spec.tip)
                action.setToolTip(spec.tip)
            self.by_name[spec.name] = action
        for name in PAGE_ACTIONS:
            self.by_name[name].setCheckable(True)

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def __getattr__(self, name: str) -> QAction:
        try:
            by_name: dict[str, QAction] = self.__dict__["by_name"]
            return by_name[name]
        except KeyError:
            raise AttributeError(name) from None

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what it does, its key) for every action with a shortcut, in menu order."""
        rows = []
        for spec in SPECS:
            action = self.by_name[spec.name]
            # The first binding is the one to learn; platforms add spare ones (a "New" key).
            shortcuts = action.shortcuts()
            keys = (
                shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else ""
            )
            if keys:
                rows.append((action.text().replace("&", "").rstrip("…"), keys))
        return rows
