"""Every menu item and shortcut of the app, declared in one place (Frescobaldi's collection).

Standard `QKeySequence` keys wherever Qt has one (New, Find, Quit, Preferences, Save…);
the keyboard-shortcuts window lists these same specs, so it cannot drift from them.

Most actions are the main window's (`Actions`). A page's own action (Save in the editor,
the previous and next quarter on the Reflection page) is declared here too, with the page
it belongs to, and made by that page with `page_action`: its shortcut works while the focus
is in the page, and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from trustjournal.gui.common import icons
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP


def translated(text: str) -> str:
    """A spec's text, tip or place (marked for lupdate with QT_TRANSLATE_NOOP in the
    "Actions" context) in the GUI's language (gui/common/language.py)."""
    return QCoreApplication.translate("Actions", text) if text else ""


@dataclass(frozen=True)
class Spec:
    name: str
    text: str
    keys: tuple[QKeySequence.StandardKey | str, ...] = ()
    icon: str = ""
    tip: str = ""
    short: str = ""  # the toolbar's text, in sentence case ("New conversation")
    page: str = ""  # a page's own action: where its shortcut works ("in the editor")


SPECS: tuple[Spec, ...] = (
    Spec(
        "new_conversation",
        QT_TRANSLATE_NOOP("Actions", "&New Conversation…"),
        (QKeySequence.StandardKey.New,),
        "new-conversation",
        QT_TRANSLATE_NOOP("Actions", "Record a conversation"),
        QT_TRANSLATE_NOOP("Actions", "New conversation"),
    ),
    Spec(
        "new_decision",
        QT_TRANSLATE_NOOP("Actions", "New &Decision…"),
        ("Ctrl+Shift+D",),
        "decision",
        QT_TRANSLATE_NOOP("Actions", "Record a decision"),
    ),
    Spec(
        "new_gathering",
        QT_TRANSLATE_NOOP("Actions", "New &Gathering…"),
        ("Ctrl+Shift+G",),
        "gathering",
        QT_TRANSLATE_NOOP("Actions", "Record a retreat, conference or dinner series"),
    ),
    Spec(
        "save_conversation",
        QT_TRANSLATE_NOOP("Actions", "Save Conversation"),
        (QKeySequence.StandardKey.Save,),
        page=QT_TRANSLATE_NOOP("Actions", "in the editor"),
    ),
    Spec(
        "save_record",
        QT_TRANSLATE_NOOP("Actions", "Save Decision or Gathering"),
        (QKeySequence.StandardKey.Save,),
        page=QT_TRANSLATE_NOOP("Actions", "on the Decisions and Gatherings pages"),
    ),
    # Not a standard key (Qt has none for accepting): A for Accept, with Shift so that it can
    # never be typed into the note, and free in every text field Qt offers.
    Spec(
        "accept_suggestions",
        QT_TRANSLATE_NOOP("Actions", "Accept Suggested Signals"),
        ("Ctrl+Shift+A",),
        tip=QT_TRANSLATE_NOOP("Actions", "Tick every signal your note suggests"),
        page=QT_TRANSLATE_NOOP("Actions", "in the editor"),
    ),
    Spec(
        "import_file",
        QT_TRANSLATE_NOOP("Actions", "&Import…"),
        (),
        "",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Bring in contacts (.vcf), a calendar or another journal; you see a preview first",
        ),
    ),
    Spec(
        "back_up_now",
        QT_TRANSLATE_NOOP("Actions", "&Back Up Now…"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "Save an encrypted copy of the whole journal"),
    ),
    Spec(
        "verify_backup",
        QT_TRANSLATE_NOOP("Actions", "&Verify a Backup…"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "Check a backup file completely"),
    ),
    Spec(
        "restore_backup",
        QT_TRANSLATE_NOOP("Actions", "&Restore from Backup…"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "Restore a journal from a backup"),
    ),
    Spec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        (),
        "",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Write the journal as readable Markdown and journal.json, or as one encrypted file",
        ),
    ),
    Spec(
        "show_folder",
        QT_TRANSLATE_NOOP("Actions", "Show Journal &Folder"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "Open the folder that holds the journal in the file manager"),
    ),
    Spec(
        "lock",
        QT_TRANSLATE_NOOP("Actions", "&Lock"),
        ("Ctrl+L",),
        "lock",
        QT_TRANSLATE_NOOP("Actions", "Lock the journal now"),
    ),
    Spec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (QKeySequence.StandardKey.Quit, "Ctrl+Q")),
    Spec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), (QKeySequence.StandardKey.Undo,)),
    Spec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), (QKeySequence.StandardKey.Redo,)),
    Spec("cut", QT_TRANSLATE_NOOP("Actions", "Cu&t"), (QKeySequence.StandardKey.Cut,)),
    Spec("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), (QKeySequence.StandardKey.Copy,)),
    Spec("paste", QT_TRANSLATE_NOOP("Actions", "&Paste"), (QKeySequence.StandardKey.Paste,)),
    Spec(
        "select_all",
        QT_TRANSLATE_NOOP("Actions", "Select &All"),
        (QKeySequence.StandardKey.SelectAll,),
    ),
    Spec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        (QKeySequence.StandardKey.Find,),
        "search",
        QT_TRANSLATE_NOOP("Actions", "Search notes, people, decisions and gatherings"),
    ),
    Spec(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"),
        (QKeySequence.StandardKey.Preferences, "Ctrl+,"),
    ),
    Spec(
        "show_people",
        QT_TRANSLATE_NOOP("Actions", "&People"),
        ("Ctrl+1",),
        "person",
        QT_TRANSLATE_NOOP("Actions", "People and their ties"),
    ),
    Spec(
        "show_decisions",
        QT_TRANSLATE_NOOP("Actions", "&Decisions"),
        ("Ctrl+2",),
        "decision",
        QT_TRANSLATE_NOOP("Actions", "Decisions and who you called"),
    ),
    Spec(
        "show_gatherings",
        QT_TRANSLATE_NOOP("Actions", "&Gatherings"),
        ("Ctrl+3",),
        "gathering",
        QT_TRANSLATE_NOOP("Actions", "Gatherings and what happened after"),
    ),
    Spec(
        "show_search",
        QT_TRANSLATE_NOOP("Actions", "&Search"),
        ("Ctrl+4",),
        "search",
        QT_TRANSLATE_NOOP("Actions", "Full-text search"),
    ),
    Spec(
        "show_reflection",
        QT_TRANSLATE_NOOP("Actions", "&Reflection"),
        ("Ctrl+5",),
        "reflection",
        QT_TRANSLATE_NOOP("Actions", "The quarterly reflection: the practical test, answered"),
    ),
    Spec(
        "show_next",
        QT_TRANSLATE_NOOP("Actions", "&Next Steps"),
        ("Ctrl+6",),
        "next",
        QT_TRANSLATE_NOOP("Actions", "What to do next to keep the ties that matter"),
        QT_TRANSLATE_NOOP("Actions", "Next"),
    ),
    Spec(
        "show_inbox",
        QT_TRANSLATE_NOOP("Actions", "&To Write Up"),
        ("Ctrl+7",),
        "inbox",
        QT_TRANSLATE_NOOP("Actions", "Meetings from your calendar waiting to be written up"),
        QT_TRANSLATE_NOOP("Actions", "To write up"),
    ),
    Spec(
        "step_done",
        QT_TRANSLATE_NOOP("Actions", "Mark Step Done"),
        ("Ctrl+D",),
        tip=QT_TRANSLATE_NOOP("Actions", "Mark the chosen next step done"),
        page=QT_TRANSLATE_NOOP("Actions", "on the Next page"),
    ),
    Spec(
        "previous_quarter",
        QT_TRANSLATE_NOOP("Actions", "Previous Quarter"),
        ("Alt+Left",),
        tip=QT_TRANSLATE_NOOP("Actions", "Previous quarter"),
        page=QT_TRANSLATE_NOOP("Actions", "on the Reflection page"),
    ),
    Spec(
        "next_quarter",
        QT_TRANSLATE_NOOP("Actions", "Next Quarter"),
        ("Alt+Right",),
        tip=QT_TRANSLATE_NOOP("Actions", "Next quarter"),
        page=QT_TRANSLATE_NOOP("Actions", "on the Reflection page"),
    ),
    Spec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        (QKeySequence.StandardKey.HelpContents, "F1"),
    ),
    Spec("about", QT_TRANSLATE_NOOP("Actions", "&About TrustJournal")),
)


# The pages, in the order of the View menu and the toolbar; the one shown is checked.
PAGE_ACTIONS = (
    "show_people",
    "show_decisions",
    "show_gatherings",
    "show_search",
    "show_reflection",
    "show_next",
    "show_inbox",
)


BY_NAME = {spec.name: spec for spec in SPECS}


def create(name: str, parent: QObject) -> QAction:
    """A new action made from the spec `name` (text, keys, icon, tips), owned by `parent`."""
    spec = BY_NAME[name]
    action = QAction(translated(spec.text), parent)
    action.setObjectName(spec.name)
    action.setShortcuts(_sequences(spec.keys))
    if spec.icon:
        action.setIcon(icons.icon(spec.icon))
    if spec.short:
        action.setIconText(translated(spec.short))
    if spec.tip:
        action.setStatusTip(translated(spec.tip))
        action.setToolTip(translated(spec.tip))
    return action


def page_action(name: str, page: QWidget) -> QAction:
    """The page's own action `name`, added to `page`; its shortcut works while the focus is
    in the page or one of its children, so the same key can mean something else elsewhere."""
    if not BY_NAME[name].page:
        raise ValueError(f"{name} is the main window's action, not a page's")
    action = create(name, page)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    page.addAction(action)
    return action


def tip_with_key(action: QAction) -> str:
    """The action's tip and key, for a button that does the same: "Next quarter (Alt+Right)"."""
    return f"{action.toolTip()} ({_first_key(action.shortcuts())})"


def key_text(name: str) -> str:
    """The first key of the action `name`, as the platform writes it ("Ctrl+Shift+A")."""
    return _first_key(_sequences(BY_NAME[name].keys))


def _first_key(sequences: list[QKeySequence]) -> str:
    # The first binding is the one to learn; platforms add spare ones (a "New" key).
    return sequences[0].toString(QKeySequence.SequenceFormat.NativeText) if sequences else ""


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
        self.by_name: dict[str, QAction] = {
            spec.name: create(spec.name, parent) for spec in SPECS if not spec.page
        }
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
        """(what it does, its key) for every action with a shortcut, in menu order; a page's
        own action says where it works ("Save Conversation (in the editor)")."""
        rows = []
        for spec in SPECS:
            if spec.page:
                text = f"{translated(spec.text)} ({translated(spec.page)})"
                keys = _first_key(_sequences(spec.keys))
            else:
                action = self.by_name[spec.name]
                text, keys = action.text(), _first_key(action.shortcuts())
            if keys:
                rows.append((text.replace("&", "").rstrip("…"), keys))
        return rows
