"""The main window: the sidebar of ties on the left, the page you work on at the right.

Pages: a welcome page, a person, the entry editor, decisions, gatherings, search and the
quarterly reflection.
Every way of moving between them goes through `_go`, which asks the editor first when
it holds unsaved text. Locking clears every view (they listen to `session.locking`
themselves); this window remembers only which page and person were open, as numbers in
memory, to return there after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, SignalInstance
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from trustjournal import APP_NAME
from trustjournal.core.journal.inbox import InboxItem, proposal
from trustjournal.core.records import PersonRef
from trustjournal.gui.backup.controller import BackupController
from trustjournal.gui.backup.keyfile import KeyFileReminder
from trustjournal.gui.common import config as keys
from trustjournal.gui.common.actions import BY_NAME, PAGE_ACTIONS, Actions, translated
from trustjournal.gui.common.busy import BusyHint
from trustjournal.gui.common.focus import focus_into, has_focus
from trustjournal.gui.common.page import Page
from trustjournal.gui.dialogs import about
from trustjournal.gui.dialogs.preferences import PreferencesDialog
from trustjournal.gui.editor.editor import EntryEditor
from trustjournal.gui.exchange.import_flow import ImportFlow
from trustjournal.gui.forms.ui_main_window import Ui_MainWindow
from trustjournal.gui.forms.ui_shortcuts import Ui_ShortcutsDialog
from trustjournal.gui.inbox.view import InboxView
from trustjournal.gui.next.feed import NextFeed
from trustjournal.gui.next.view import NextView
from trustjournal.gui.next.welcome import Welcome
from trustjournal.gui.people.person_view import PersonView
from trustjournal.gui.people.removal import Removal
from trustjournal.gui.people.sidebar import Sidebar
from trustjournal.gui.records.decisions import DecisionsView
from trustjournal.gui.records.gatherings import GatheringsView
from trustjournal.gui.recovery.reminder import RecoveryReminder
from trustjournal.gui.reflection.view import ReflectionView
from trustjournal.gui.search.view import SearchView
from trustjournal.gui.session import Session
from trustjournal.gui.sync.controller import SyncController
from trustjournal.gui.sync.status import SyncStatusBar
from trustjournal.gui.undo import DELETE, MERGE, UndoBar, UndoKeeper, say_refused

# Room kept beside the toolbar's buttons (its handle, a count growing to two digits).
TOOLBAR_SLACK = 48
# The toolbar buttons that show a count ("Next (2)"): never shown as an icon alone.
COUNTED_PAGES = ("show_next", "show_inbox")


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("MainWindow")
        self.app_actions = Actions(self)
        # How "Show Journal Folder" opens a folder; tests put a recorder here.
        self.folder_opener: about.Opener = about.open_in_file_manager
        # Asked when the window is closed: True hides it and the app runs on (gui/tray.py).
        self.close_to_tray: Callable[[], bool] = lambda: False
        self._quitting = False
        self.sidebar = Sidebar(session)
        self.person_view = PersonView(session)
        self.editor = EntryEditor(session)
        self.decisions = DecisionsView(session)
        self.gatherings = GatheringsView(session)
        self.search = SearchView(session)
        self.reflection = ReflectionView(session)
        self.next_feed = NextFeed(session, self)
        self.next_steps = NextView(self.next_feed)
        self.welcome = Welcome(self.app_actions, self.next_feed)
        self.inbox = InboxView(session)
        self._writing_up: int | None = None  # the calendar item the editor is writing up
        self.undo = UndoKeeper(session, self)  # deletes and merges, until the lock
        self.removal = Removal(session, self.undo, self)
        self.backups = BackupController(session, self)
        self.imports = ImportFlow(session, self)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages = self.ui.pages
        for page in (
            self.welcome,
            self.person_view,
            self.editor,
            self.decisions,
            self.gatherings,
            self.search,
            self.reflection,
            self.next_steps,
            self.inbox,
        ):
            self.pages.addWidget(page)
        self.ui.sidebarLayout.addWidget(self.sidebar)
        self.banner = self.ui.banner
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.ui.centralLayout.setStretch(1, 1)  # spare height goes to the pages, not the banner
        self.banner.setProperty("role", "note")
        self.banner.hide()
        # No recovery key yet: a dismissible reminder under the banner (gui/recovery/).
        self.recovery_reminder = RecoveryReminder.install(self.ui.centralLayout, session)
        # Automatic backups with no key file beside them (gui/backup/keyfile.py).
        self.key_file_reminder = KeyFileReminder(session, self.backups.key_file)
        self.key_file_reminder.place(self.ui.centralLayout, 2)
        self.undo_bar = UndoBar(self.undo)
        self.ui.centralLayout.addWidget(self.undo_bar)
        self.splitter = self.ui.splitter
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 900])
        self.busy_hint = BusyHint()
        self.statusBar().addPermanentWidget(self.busy_hint)
        session.worker.busyChanged.connect(self.busy_hint.set_busy)
        self.sync = SyncController.of(session)  # rounds on change, every 5 min, at unlock
        self.sync_status = SyncStatusBar.install(self, self.sync)
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self._return_to: tuple[QWidget, int | None] = (self.welcome, None)
        self._person: int | None = None  # the person shown, kept across a lock as a number
        self._stale: set[QWidget] = set()  # pages to reload before they are next shown
        self._update_title()

    # -- building ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.app_actions
        bar = self.menuBar()
        for title, names in (
            (
                self.tr("&File"),
                [
                    "new_conversation",
                    "new_decision",
                    "new_gathering",
                    None,
                    "import_file",
                    None,
                    "back_up_now",
                    "verify_backup",
                    "restore_backup",
                    "export",
                    None,
                    "show_folder",
                    None,
                    "lock",
                    None,
                    "quit",
                ],
            ),
            (
                self.tr("&Edit"),
                [
                    "undo",
                    "redo",
                    None,
                    "cut",
                    "copy",
                    "paste",
                    "select_all",
                    None,
                    "find",
                    None,
                    "preferences",
                ],
            ),
            (self.tr("&View"), list(PAGE_ACTIONS)),
            (self.tr("&Help"), ["shortcuts", None, "about"]),
        ):
            menu = bar.addMenu(title)
            # Else a screen reader names the open menu after the window ("TrustJournal").
            menu.setAccessibleName(menu.title().replace("&", ""))
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(a[name])

    def _build_toolbar(self) -> None:
        a = self.app_actions
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in PAGE_ACTIONS:
            bar.addAction(a[name])
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        bar.addWidget(spacer)
        bar.addAction(a.new_conversation)
        bar.addAction(a.lock)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        self._toolbar_full_width = 0  # measured with the words beside the icons

    def _connect(self) -> None:
        a = self.app_actions
        a.new_conversation.triggered.connect(lambda: self.new_conversation())
        a.new_decision.triggered.connect(self.new_decision)
        a.new_gathering.triggered.connect(self.new_gathering)
        a.lock.triggered.connect(self.lock)
        # Nothing to lock while locked: the action says so (the window is hidden anyway,
        # but its shortcut must not reach a locked journal).
        self.session.unlocked.connect(self._lock_allowed)
        self.session.locked.connect(self._lock_allowed)
        a.lock.setEnabled(self.session.is_open)
        a.quit.triggered.connect(self.quit)
        a.find.triggered.connect(self.show_search)
        a.show_search.triggered.connect(self.show_search)
        a.show_people.triggered.connect(self.show_people)
        a.show_decisions.triggered.connect(lambda: self._show_page(self.decisions))
        a.show_gatherings.triggered.connect(lambda: self._show_page(self.gatherings))
        a.show_reflection.triggered.connect(self.show_reflection)
        a.show_next.triggered.connect(self.show_next)
        a.show_inbox.triggered.connect(self.show_inbox)
        self.inbox.countChanged.connect(self._show_inbox_count)
        self.inbox.writeUp.connect(self.write_up)
        self.inbox.gatheringMade.connect(self.open_gathering)
        self.next_feed.updated.connect(self._show_next_count)
        self.welcome.nextRequested.connect(self.show_next)
        self.next_steps.logConversation.connect(lambda ident: self.new_conversation((ident,)))
        self.next_steps.decisionActivated.connect(self.open_decision)
        self.next_steps.gatheringActivated.connect(self.open_gathering)
        self.next_steps.decisionsRequested.connect(lambda: self._go(self.decisions))
        a.preferences.triggered.connect(self.open_preferences)
        a.import_file.triggered.connect(self.imports.choose)
        a.back_up_now.triggered.connect(self.backups.back_up_now)
        a.verify_backup.triggered.connect(self.backups.verify_backup)
        a.restore_backup.triggered.connect(self.backups.restore_from_backup)
        a.export.triggered.connect(self.export_journal)
        self.backups.busyChanged.connect(self._backup_busy)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        a.show_folder.triggered.connect(self.show_journal_folder)
        for name in ("redo", "cut", "copy", "paste"):
            a[name].triggered.connect(lambda _=False, n=name: _edit(n))
        a.undo.triggered.connect(self.edit_undo)
        self.undo.changed.connect(self._undo_changed)
        self.undo.restored.connect(self._undone)
        self.undo.refused.connect(lambda why: say_refused(self, why))
        self.person_view.deleteRequested.connect(self.removal.delete_person)
        self.person_view.mergeRequested.connect(self.removal.merge_into)
        self.person_view.deleteConversationRequested.connect(self.removal.delete_conversation)
        self.editor.deleteRequested.connect(self.removal.delete_conversation)
        self.removal.deletingConversation.connect(self._conversation_deleting)
        self.decisions.removed.connect(self.undo.push)
        self.gatherings.removed.connect(self.undo.push)
        a.select_all.triggered.connect(lambda: _edit("selectAll"))

        self.sidebar.personActivated.connect(self.show_person)
        self.person_view.missing.connect(self._person_missing)
        self.person_view.conversationActivated.connect(self.open_conversation)
        self.person_view.decisionActivated.connect(self.open_decision)
        self.person_view.gatheringActivated.connect(self.open_gathering)
        self.person_view.newConversationRequested.connect(
            lambda ident: self.new_conversation((ident,))
        )
        self.editor.saved.connect(self._after_save)
        self.editor.closed.connect(self._after_close)
        self.decisions.personActivated.connect(self.show_person)
        self.decisions.logCall.connect(
            lambda person, decision: self.new_conversation((person,), decision)
        )
        self.gatherings.personActivated.connect(self.show_person)
        self.reflection.personActivated.connect(self.show_person)
        self.search.hitActivated.connect(self.open_hit)
        self.pages.currentChanged.connect(lambda _: self._update_nav())

        # The search page loads its people filter when first shown, like decisions.
        self.session.unlocked.disconnect(self.search.reload)
        self.session.locking.connect(self._remember_place)
        self.session.unlocked.connect(self._return)

    # -- moving between pages -------------------------------------------------------------

    def _go(self, page: QWidget, retry: Callable[[], None] | None = None) -> bool:
        """Show `page`, unless the page being left holds unsaved changes and the user
        cancels (or saves: then `retry` runs once the save has succeeded)."""
        if page is not self.pages.currentWidget() and not self._may_leave(retry):
            self._update_nav()
            return False
        if page in self._stale:
            self._stale.discard(page)
            _page(page).reload()
        self.pages.setCurrentWidget(page)
        self._update_nav()
        return True

    def _show_page(self, page: QWidget) -> None:
        """A page chosen from the View menu, its shortcut or the toolbar: shown, with the
        keyboard focus in it, so that its keys (Alt+Left, Enter on a row…) work at once."""
        was_in = self.pages.currentWidget() is page and has_focus(page)
        loading = page in self._stale  # `_go` reads it again: its list is empty until then
        if not self._go(page, lambda: self._show_page(page)) or was_in:
            return
        focus_into(page)
        loaded = getattr(page, "loaded", None)
        if loading and isinstance(loaded, SignalInstance):
            placed = QApplication.focusWidget()

            def again() -> None:  # unless the user has moved on meanwhile
                if QApplication.focusWidget() is placed and self.pages.currentWidget() is page:
                    focus_into(page)

            loaded.connect(again, Qt.ConnectionType.SingleShotConnection)

    def _may_leave(self, retry: Callable[[], None] | None = None) -> bool:
        """Ask the page being left about its unsaved changes."""
        return _page(self.pages.currentWidget()).confirm_leave(retry)

    def _update_nav(self) -> None:
        page = self.pages.currentWidget()
        a = self.app_actions
        a.show_people.setChecked(page in (self.welcome, self.person_view, self.editor))
        a.show_decisions.setChecked(page is self.decisions)
        a.show_gatherings.setChecked(page is self.gatherings)
        a.show_search.setChecked(page is self.search)
        a.show_reflection.setChecked(page is self.reflection)
        a.show_next.setChecked(page is self.next_steps)
        a.show_inbox.setChecked(page is self.inbox)

    def show_people(self) -> None:
        """The people: the person shown (or the welcome page), and the keyboard in the
        sidebar's filter, to find someone by typing part of their name."""
        person = self.person_view.current_person()
        if self._go(self.person_view if person is not None else self.welcome, self.show_people):
            self.sidebar.focus_filter()

    def show_person(self, ident: int) -> None:
        if self._go(self.person_view, lambda: self.show_person(ident)):
            self._person = ident
            self.person_view.show_person(ident)
            self.sidebar.select_person(ident)

    def new_conversation(self, people: Sequence[int] = (), decision: int | None = None) -> None:
        if not self._may_leave(lambda: self.new_conversation(people, decision)):
            return
        self._writing_up = None
        self.pages.setCurrentWidget(self.editor)
        self._update_nav()
        self.editor.new_conversation(tuple(people), decision)

    def open_conversation(self, ident: int) -> None:
        if not self._may_leave(lambda: self.open_conversation(ident)):
            return
        self._writing_up = None
        self.pages.setCurrentWidget(self.editor)
        self._update_nav()
        self.editor.edit_conversation(ident)

    def write_up(self, item: InboxItem) -> None:
        """Open the editor pre-filled from calendar item `item` (people, date, format); once
        the conversation is saved the item leaves the inbox (`_after_save`)."""
        if not self._may_leave(lambda: self.write_up(item)):
            return
        wanted = proposal(item)
        self.pages.setCurrentWidget(self.editor)
        self._update_nav()
        self.editor.new_conversation(wanted.people, date=wanted.date, format=wanted.format)
        self._writing_up = item.record.id

    def open_decision(self, ident: int) -> None:
        if self._go(self.decisions, lambda: self.open_decision(ident)):
            self.decisions.show_decision(ident)

    def new_decision(self) -> None:
        if self._go(self.decisions, self.new_decision):
            self.decisions.new_decision()

    def open_gathering(self, ident: int) -> None:
        if self._go(self.gatherings, lambda: self.open_gathering(ident)):
            self.gatherings.show_gathering(ident)

    def new_gathering(self) -> None:
        if self._go(self.gatherings, self.new_gathering):
            self.gatherings.new_gathering()

    def show_search(self) -> None:
        if self._go(self.search, self.show_search):
            self.search.focus_query()

    def show_reflection(self) -> None:
        """The reflection page: the last complete quarter at first, then the one left open."""
        self._show_page(self.reflection)

    def show_next(self) -> None:
        self._show_page(self.next_steps)

    def show_inbox(self) -> None:
        self._show_page(self.inbox)

    def _show_inbox_count(self, count: int) -> None:
        """The toolbar's To write up button counts the meetings waiting."""
        action = self.app_actions.show_inbox
        short = translated(BY_NAME["show_inbox"].short)
        action.setIconText(f"{short} ({count})" if count > 0 else short)
        tip = translated(BY_NAME["show_inbox"].tip)
        action.setToolTip(self.tr("%n meetings to write up", "", count) if count > 0 else tip)

    def _show_next_count(self) -> None:
        """The toolbar's Next button counts the steps to do this week."""
        page = self.next_feed.page
        action = self.app_actions.show_next
        due = len(page.due) if page is not None else 0
        short = translated(BY_NAME["show_next"].short)
        action.setIconText(f"{short} ({due})" if due else short)
        tip = translated(BY_NAME["show_next"].tip)
        if page is not None:
            tip = self.tr("%n to do this week", "", due) + self.tr(
                ", %n next steps in all", "", len(page.shown)
            )
        action.setToolTip(tip)

    def open_hit(self, kind: str, ident: int) -> None:
        {
            "conversation": self.open_conversation,
            "person": self.show_person,
            "decision": self.open_decision,
            "gathering": self.open_gathering,
        }[kind](ident)

    def _after_save(self, ident: int) -> None:
        item, self._writing_up = self._writing_up, None
        if item is not None:
            self.session.write(lambda j: j.mark_calendar_written(item, ident), name="written up")
        self.session.read(
            lambda j: j.conversation(ident).people, self._after_saved, name="saved people"
        )

    def _after_saved(self, people: Sequence[PersonRef]) -> None:
        shown = self.person_view.current_person()
        target = shown if shown in {p.id for p in people} else people[0].id if people else None
        if target is None:
            self._go(self.welcome)
        else:
            focus = QApplication.focusWidget()
            from_editor = focus is None or not focus.isVisible() or self.editor.isAncestorOf(focus)
            self.show_person(target)
            if from_editor:
                # On the person's conversations, the one just saved first: not on whatever
                # control came first when the editor went (or nowhere).
                self.person_view.focus_timeline()

    def _after_close(self) -> None:
        self._writing_up = None
        person = self.person_view.current_person()
        self.pages.setCurrentWidget(self.person_view if person is not None else self.welcome)
        self._update_nav()

    # -- undo -------------------------------------------------------------------------------

    def edit_undo(self) -> None:
        """Edit ▸ Undo (Ctrl+Z): the text field's own undo while one has the focus (it
        takes Ctrl+Z itself then), otherwise the latest delete or merge."""
        if _is_text_field(QApplication.focusWidget()):
            _edit("undo")
        else:
            self.undo.undo_latest()

    def _undo_changed(self) -> None:
        latest = self.undo.latest()
        self.app_actions.undo.setText(_undo_text(latest.verb if latest is not None else ""))

    def _conversation_deleting(self, ident: int) -> None:
        """The editor's conversation is being deleted: close it, back to the person."""
        if self.editor.drop_deleted(ident):
            self._after_close()

    def _undone(self, undo: object) -> None:
        """Back from an undo: a person put back is shown again."""
        from trustjournal.core.records import PersonRecord, Undo

        if not isinstance(undo, Undo):
            return
        people = [r for r in undo.records if isinstance(r, PersonRecord)]
        if people and self.pages.currentWidget() in (self.welcome, self.person_view):
            self.show_person(people[0].id)

    # -- locking and returning ------------------------------------------------------------

    def lock(self) -> None:
        self.session.lock()

    def _lock_allowed(self) -> None:
        """A method, not a lambda: Qt drops the connection with this window."""
        self.app_actions.lock.setEnabled(self.session.is_open)

    def _remember_place(self) -> None:
        self._return_to = (self.pages.currentWidget(), self._person)

    def _return(self) -> None:
        self._update_title()
        self.banner.setVisible(self.session.is_demo)
        self.sidebar.reload()
        # The other pages load when first shown: the sidebar comes first.
        self._stale = {self.decisions, self.gatherings, self.search}
        page, person = self._return_to
        self._person = person
        if person is not None:  # if deleted meanwhile (by the command line, say): welcome
            self.person_view.show_person(person)
            self.sidebar.select_person(person)
        elif page is self.person_view:
            page = self.welcome
        self._stale.discard(page)
        if page is not self.person_view:  # shown just above
            _page(page).restore()  # the editor and record pages: with their unsaved changes
        self.pages.setCurrentWidget(page)
        self._update_nav()

    def _person_missing(self) -> None:
        """The person asked for is not in the journal (deleted, or merged away)."""
        self._person = None
        if self.pages.currentWidget() is self.person_view:
            self.pages.setCurrentWidget(self.welcome)
            self._update_nav()

    def export_journal(self) -> None:
        """File ▸ Export…: the readable export, or one encrypted file (gui/export/)."""
        from trustjournal.gui.export.dialog import ExportDialog

        if self.session.is_open:
            ExportDialog(self.session, self).exec()

    def _backup_busy(self, busy: bool) -> None:
        for name in ("back_up_now", "verify_backup", "restore_backup"):
            self.app_actions[name].setEnabled(not busy)

    def _update_title(self) -> None:
        demo = self.tr("Demo journal — {app}").format(app=APP_NAME)
        self.setWindowTitle(demo if self.session.is_demo else APP_NAME)

    # -- dialogs ----------------------------------------------------------------------------

    def open_preferences(self) -> None:
        dialog = PreferencesDialog(self.session, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:  # automatic backups turned on or moved: their key file, if missing
            self.backups.key_file.ask()

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        ui = Ui_ShortcutsDialog()
        ui.setupUi(dialog)
        for text, keys_text in self.app_actions.shortcut_rows():
            key_label = QLabel(keys_text)
            key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            ui.keys.addRow(text, key_label)
        ui.buttons.rejected.connect(dialog.reject)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        dialog = about.AboutDialog(
            self.session.path, self, demo=self.session.is_demo, opener=self.folder_opener
        )
        dialog.exec()
        dialog.deleteLater()

    def show_journal_folder(self) -> bool:
        """Open the journal's folder in the file manager (or show its path to copy)."""
        return about.show_journal_folder(self.session.path, self, self.folder_opener)

    # -- window state -------------------------------------------------------------------------

    def restore_geometry(self) -> None:
        config = self.session.config
        geometry = config.get(keys.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = config.get(keys.SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_geometry(self) -> None:
        config = self.session.config
        config.set(keys.GEOMETRY, self.saveGeometry())
        config.set(keys.SPLITTER, self.splitter.saveState())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Too narrow for every toolbar button's words: icons alone (each keeps its tooltip),
        so that Lock never disappears behind the overflow arrow."""
        super().resizeEvent(event)
        bar = self.toolbar
        full = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if bar.toolButtonStyle() == full:  # measured with the words, buttons hidden or not
            layout = bar.layout()
            spacing = layout.spacing() if layout is not None else 0
            buttons = [bar.widgetForAction(a) for a in bar.actions()]
            margins = bar.contentsMargins()
            self._toolbar_full_width = (
                sum(b.sizeHint().width() + spacing for b in buttons if b is not None)
                + margins.left()
                + margins.right()
                + TOOLBAR_SLACK
            )
        wide = event.size().width() >= self._toolbar_full_width
        bar.setToolButtonStyle(full if wide else Qt.ToolButtonStyle.ToolButtonIconOnly)
        if not wide:  # the pages that count what is waiting keep their words and count
            for name in COUNTED_PAGES:
                button = bar.widgetForAction(self.app_actions[name])
                if isinstance(button, QToolButton):
                    button.setToolButtonStyle(full)

    def quit(self) -> None:
        """Quit, also when closing the window would only hide it in the tray."""
        self._quitting = True
        try:
            self.close()
        finally:
            self._quitting = False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit, after asking every page with unsaved changes (a save first: then quit once
        it has succeeded); or, kept running in the tray, only hide, keeping every page."""
        if not self._quitting and self.close_to_tray():
            self.save_geometry()
            event.ignore()
            self.hide()
            return
        for index in range(self.pages.count()):
            if not _page(self.pages.widget(index)).confirm_leave(self.quit):
                event.ignore()
                return
        self.save_geometry()
        event.accept()
        QTimer.singleShot(0, QApplication.quit)


def _page(widget: QWidget) -> Page:
    """Every widget in the page stack is a Page (see gui/common/page.py)."""
    assert isinstance(widget, Page), f"{type(widget).__name__} is not a Page"
    return widget


def _is_text_field(widget: QWidget | None) -> bool:
    """An editable text field: it has an undo of its own."""
    fields = QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox
    return isinstance(widget, fields) and not widget.isReadOnly()


def _undo_text(verb: str) -> str:
    """What the latest undo undoes (gui/undo.py: "delete", "merge") → '&Undo Delete'
    (Edit ▸ Undo Delete, Undo Merge); '&Undo' when there is none."""
    if verb == DELETE:
        return QCoreApplication.translate("MainWindow", "&Undo Delete")
    if verb == MERGE:
        return QCoreApplication.translate("MainWindow", "&Undo Merge")
    return QCoreApplication.translate("Actions", "&Undo")  # as the action says it


def _edit(method: str) -> None:
    """Undo, copy, paste… on whichever text field has the focus."""
    widget = QApplication.focusWidget()
    slot = getattr(widget, method, None)
    if callable(slot):
        slot()
