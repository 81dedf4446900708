"""The first window a user sees: create the journal on first run, unlock it every time after.

Two pages of one form (ui/unlock.ui): *create* when there is no journal at
`session.path` yet, *unlock* when there is. Key derivation (Argon2id, a noticeable
fraction of a second) and building the demo journal run on the journal worker, where the
journal will then live (the openers are in `opening.py`), so the window keeps painting,
shows that it is busy, and Quit works meanwhile; a journal that opens after the window was
asked to quit is locked at once. The create page's strength meter is `strength.py`.

The window never holds journal text: only the passphrase while it is typed, and the
messages core writes for people (`str(JournalError)`).

"Open the demo journal…" opens (building it the first time) a separate vault of
made-up people beside the user's own, never inside it; after a demo session is locked,
`prepare()` points the session back at the user's own journal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from trustjournal.core.errors import CreateFailed, NotAVault, VaultExists
from trustjournal.core.store.vault import Vault
from trustjournal.gui.common import actions, icons, theme
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.theme import mix
from trustjournal.gui.forms.ui_unlock import Ui_UnlockWindow
from trustjournal.gui.session import Session
from trustjournal.gui.unlock import opening
from trustjournal.gui.unlock.opening import DEMO_VAULT_ENV, NotRemembered, Quitting, describe
from trustjournal.gui.unlock.strength import BAR_HEIGHT, StrengthMeter, bar_style, track_colour

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

CREATE_TITLE = QT_TRANSLATE_NOOP("UnlockWindow", "Create your journal — TrustJournal")
UNLOCK_TITLE = QT_TRANSLATE_NOOP("UnlockWindow", "Unlock — TrustJournal")
REMEMBER_TRADE = QT_TRANSLATE_NOOP(
    "UnlockWindow",
    "Unlocks without the passphrase on this computer account: anyone who can use your "
    "session can open the journal.",
)
# After core's "Could not create the journal in <folder>: <reason>. Nothing was left behind."
CREATE_FAILED_HINT = QT_TRANSLATE_NOOP(
    "UnlockWindow",
    "Make sure that folder can be written to and its disk has free space, then try again. "
    "To keep the journal somewhere else, start TrustJournal with --vault FOLDER.",
)
CREATING = QT_TRANSLATE_NOOP("UnlockWindow", "Protecting your journal…")
UNLOCKING = QT_TRANSLATE_NOOP("UnlockWindow", "Unlocking…")
REMEMBERED = QT_TRANSLATE_NOOP("UnlockWindow", "Unlocking with the key this device remembers…")
OPENING_DEMO = QT_TRANSLATE_NOOP("UnlockWindow", "Opening the demo journal…")
BUILDING_DEMO = QT_TRANSLATE_NOOP("UnlockWindow", "Making up a demo journal…")
EMPTY_FIELD_MESSAGE = QT_TRANSLATE_NOOP("UnlockWindow", "Enter your passphrase.")
FORGOT = QT_TRANSLATE_NOOP("UnlockWindow", "Forgot your passphrase?")
FORGOT_HINT = QT_TRANSLATE_NOOP("UnlockWindow", "Use your recovery key to set a new passphrase")

HIDE = QT_TRANSLATE_NOOP("UnlockWindow", "Hide")
SHOW = QT_TRANSLATE_NOOP("UnlockWindow", "Show")
HIDE_PASSPHRASE = QT_TRANSLATE_NOOP("UnlockWindow", "Hide passphrase")
SHOW_PASSPHRASE = QT_TRANSLATE_NOOP("UnlockWindow", "Show passphrase")


def _t(text: str) -> str:
    """A string of this window marked above with QT_TRANSLATE_NOOP, in the GUI's language."""
    return QCoreApplication.translate("UnlockWindow", text)


ICON_SIZE = 64
MIN_WIDTH, MIN_HEIGHT = 440, 560


class CapsLockWatch(QObject):
    """Guesses Caps Lock from typing, as Qt has no portable way to ask.

    A letter whose case disagrees with the Shift key means Caps Lock is on; one that
    agrees means it is off. Until a letter is typed the state is unknown (None).
    """

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state: bool | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if event.key() == Qt.Key.Key_CapsLock:
                if self.state is not None:
                    self._set(not self.state)
            elif len(text) == 1 and text.lower() != text.upper():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self._set(text.isupper() != shift)
        return False

    def _set(self, state: bool) -> None:
        if state != self.state:
            self.state = state
            self.changed.emit(state)


class DemoProgress(QObject):
    """Carries the demo builder's progress from the worker thread to the window."""

    advanced = Signal(int, int)


class UnlockWindow(QWidget):
    """Create the journal (first run) or unlock it; also opens the demo journal.

    Signals: `quitRequested` when the user asks to quit (Quit button, Ctrl+Q); the window
    then closes itself, which ends the app when it is the last window shown.
    """

    quitRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.own_path = session.path  # where the user's own journal lives; never the demo
        self.ui = Ui_UnlockWindow()
        self.ui.setupUi(self)
        self._attempt = 0  # the latest worker's number; older results are dropped
        self._cancel = threading.Event()  # set on quit: a worker locks what it opened
        self._quitting = False
        self._busy = False
        self._creating = True  # which page shows: create, or unlock
        self._first_prepare = True
        self._styling = False
        self.recover_dialog: QWidget | None = None  # while "Forgot your passphrase?" is open
        self._passphrase_fields = (
            self.ui.newPassphrase,
            self.ui.confirmPassphrase,
            self.ui.passphrase,
        )

        self.caps = CapsLockWatch(self)
        for line in self._passphrase_fields:
            line.installEventFilter(self.caps)
        self.caps.changed.connect(self._show_caps)
        self.demo_progress = DemoProgress(self)
        self.demo_progress.advanced.connect(self._demo_advanced)

        # The app's own Quit (its keys are declared once, in actions.py), for this window.
        self._quit_action = actions.create("quit", self)
        self._quit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._quit_action.triggered.connect(self.request_quit)
        self.addAction(self._quit_action)

        self._set_up_look()
        self._connect()
        self._show_caps(False)
        self._set_busy(False)
        self._show_page()

    # -- public -------------------------------------------------------------------------

    def prepare(self, *, try_remembered: bool | None = None) -> None:
        """Show the right page for the user's journal, empty and focused.

        With `try_remembered` (default: only the first time the window is prepared, never
        after a lock) a journal this device remembers is unlocked without typing.
        """
        if try_remembered is None:
            try_remembered = self._first_prepare
        self._first_prepare = False
        self._attempt += 1  # anything still running belongs to the past
        self._cancel = threading.Event()
        self._quitting = False
        if not self.session.is_open:
            self.session.path = self.own_path
            self.session.is_demo = False
        for line in self._passphrase_fields:
            line.clear()
        self.ui.showButton.setChecked(False)
        self.ui.showNewButton.setChecked(False)
        for label in (self.ui.createMessage, self.ui.unlockMessage):
            self._say(label, "")
        self._set_busy(False)
        self._show_page()
        if not self._creating:
            vault = Vault(self.own_path)
            self.ui.rememberBox.setChecked(vault.remembered)
            if try_remembered and vault.remembered:
                self._unlock_remembered()
                return
        else:
            self.ui.rememberNew.setChecked(False)
        self._focus_field()

    def request_quit(self) -> None:
        """Quit, also while a worker runs: whatever it opens is locked at once."""
        self._quitting = True
        self._cancel.set()
        self.quitRequested.emit()
        self.close()

    @property
    def busy(self) -> bool:
        return self._busy

    # -- set-up ---------------------------------------------------------------------------

    def _set_up_look(self) -> None:
        ui = self.ui
        self.setMinimumSize(QSize(MIN_WIDTH, MIN_HEIGHT))
        self.setWindowIcon(icons.app_icon())
        self._paint_icon()
        # Roles from theme.py's stylesheet; the fonts are set too, for a bare QApplication.
        _scale_font(ui.appName, 1.5, QFont.Weight.DemiBold)
        theme.set_role(ui.appName, "title")
        for heading in (ui.createHeading, ui.unlockHeading):
            _scale_font(heading, 1.2, QFont.Weight.DemiBold)
            theme.set_role(heading, "heading")
        for quiet in (
            ui.tagline,
            ui.unlockPath,
            ui.adviceLabel,
            ui.rememberNewHint,
            ui.rememberHint,
            ui.busyLabel,
        ):
            theme.set_role(quiet, "muted")
        for caps in (ui.capsLabel, ui.newCaps):
            theme.set_role(caps, "warning")
        theme.set_primary(ui.createButton)
        theme.set_primary(ui.unlockButton)
        # The hint lines up with the checkbox's text, under the box it explains.
        style = ui.rememberBox.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )
        for hint in (ui.rememberNewHint, ui.rememberHint):
            hint.setContentsMargins(indent, 0, 0, 0)
        ui.rememberNewHint.setText(_t(REMEMBER_TRADE))
        ui.rememberHint.setText(_t(REMEMBER_TRADE))
        for box in (ui.rememberNew, ui.rememberBox):
            box.setToolTip(_t(REMEMBER_TRADE))
        ui.createPath.setText(str(self.own_path))
        ui.unlockPath.setText(self.tr("in {folder}").format(folder=self.own_path))
        for path_label in (ui.createPath, ui.unlockPath):
            path_label.setToolTip(str(self.own_path))
        ui.demoButton.setCursor(Qt.CursorShape.PointingHandCursor)
        # "Forgot your passphrase?" under the Unlock button (gui/recovery/dialogs.py): a
        # flat button in the link colour, as the demo button: a link in a label was out of
        # the tab order and had no action a screen reader could press.
        self.forgotButton = QPushButton(_t(FORGOT), ui.unlockPage)
        self.forgotButton.setObjectName("forgotButton")
        self.forgotButton.setFlat(True)
        self.forgotButton.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgotButton.setAccessibleName(_t(FORGOT))
        self.forgotButton.setAccessibleDescription(_t(FORGOT_HINT))
        self.forgotButton.setToolTip(_t(FORGOT_HINT))
        ui.unlockLayout.addWidget(self.forgotButton, 0, Qt.AlignmentFlag.AlignRight)
        QWidget.setTabOrder(ui.unlockButton, self.forgotButton)
        ui.unlockButton.setAutoDefault(True)
        ui.createButton.setAutoDefault(True)
        # Busy line and bar keep their room when hidden, so the card does not jump.
        for widget in (ui.busyLabel, ui.busyBar):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self.strength = StrengthMeter(ui.strengthBar, ui.strengthLabel, ui.adviceLabel)
        ui.busyBar.setFixedHeight(BAR_HEIGHT)
        self._apply_colours()

    def _connect(self) -> None:
        ui = self.ui
        ui.newPassphrase.textChanged.connect(self._update_create)
        ui.confirmPassphrase.textChanged.connect(self._update_create)
        ui.newPassphrase.returnPressed.connect(ui.confirmPassphrase.setFocus)
        ui.confirmPassphrase.returnPressed.connect(self._create)
        ui.createButton.clicked.connect(self._create)
        ui.showNewButton.toggled.connect(self._toggle_new_echo)
        ui.passphrase.returnPressed.connect(self._unlock)
        ui.passphrase.textChanged.connect(lambda _text: self._say(ui.unlockMessage, ""))
        ui.unlockButton.clicked.connect(self._unlock)
        ui.showButton.toggled.connect(self._toggle_unlock_echo)
        ui.demoButton.clicked.connect(self._open_demo)
        self.forgotButton.clicked.connect(lambda _checked=False: self._recover())
        ui.quitButton.clicked.connect(self.request_quit)

    # -- pages ----------------------------------------------------------------------------

    def _show_page(self) -> None:
        create = not Vault(self.own_path).exists()
        self._creating = create
        # Hidden, not stacked: a stack sizes itself to its tallest page, and its wrapped
        # labels would not get the height they need for the card's width.
        self.ui.createPage.setVisible(create)
        self.ui.unlockPage.setVisible(not create)
        self.setWindowTitle(_t(CREATE_TITLE if create else UNLOCK_TITLE))
        self.ui.unlockButton.setDefault(not create)
        self.ui.createButton.setDefault(create)
        self.ui.passphrase.setPlaceholderText(
            self.tr("Passphrase (optional on this device)")
            if not create and Vault(self.own_path).remembered
            else self.tr("Your passphrase")
        )
        self._update_create()

    def _focus_field(self) -> None:
        if self._creating:
            self.ui.newPassphrase.setFocus()
        else:
            self.ui.passphrase.setFocus()
            self.ui.passphrase.selectAll()

    def _update_create(self) -> None:
        ui = self.ui
        first, again = ui.newPassphrase.text(), ui.confirmPassphrase.text()
        strength = self.strength.show(first, self.palette())
        if not again:
            self._say(ui.matchLabel, "")
        elif again == first:
            self._say(ui.matchLabel, self.tr("✓ The two passphrases match."), "muted")
        elif first.startswith(again):
            self._say(ui.matchLabel, "")  # still typing the second one
        else:
            self._say(ui.matchLabel, self.tr("The two passphrases differ."), "error")
        ui.createButton.setEnabled(not self._busy and strength.acceptable and again == first)

    def _toggle_new_echo(self, shown: bool) -> None:
        for line in (self.ui.newPassphrase, self.ui.confirmPassphrase):
            _set_shown(line, self.ui.showNewButton, shown)

    def _toggle_unlock_echo(self, shown: bool) -> None:
        _set_shown(self.ui.passphrase, self.ui.showButton, shown)

    def _show_caps(self, on: bool) -> None:
        self.ui.capsLabel.setVisible(on)
        self.ui.newCaps.setVisible(on)

    # -- create ---------------------------------------------------------------------------

    def _create(self) -> None:
        if self._busy or not self.ui.createButton.isEnabled():
            return
        path, passphrase = self.own_path, self.ui.newPassphrase.text()
        remember, cancel = self.ui.rememberNew.isChecked(), self._cancel
        self._say(self.ui.createMessage, "")

        def work() -> Journal:
            return opening.create(path, passphrase, remember=remember, cancel=cancel)

        self._launch(work, _t(CREATING), self._with(passphrase, self._created), self._create_failed)

    def _created(self, notes: list[str]) -> None:
        self._opened(notes)
        # Offered once, skippable, over the main window (gui/recovery/dialogs.py).
        QTimer.singleShot(0, self._offer_recovery_key)

    def _offer_recovery_key(self) -> None:
        from trustjournal.gui.recovery.dialogs import offer_recovery_key

        if self.session.is_open and not self.session.is_demo:
            offer_recovery_key(self.session, QApplication.activeWindow())

    def _create_failed(self, exc: BaseException) -> None:
        if isinstance(exc, VaultExists):  # made meanwhile, by another TrustJournal
            self._show_page()
            self._say(self.ui.unlockMessage, describe(exc), "error")
        elif isinstance(exc, CreateFailed):  # a read-only or full disk, a missing right
            self._say(self.ui.createMessage, f"{describe(exc)} {_t(CREATE_FAILED_HINT)}", "error")
        else:
            self._say(self.ui.createMessage, describe(exc), "error")
        self._focus_field()

    # -- unlock ---------------------------------------------------------------------------

    def _unlock(self) -> None:
        if self._busy:
            return
        passphrase = self.ui.passphrase.text()
        if not passphrase:
            if Vault(self.own_path).remembered:
                self._unlock_remembered()
            else:
                self._say(self.ui.unlockMessage, _t(EMPTY_FIELD_MESSAGE), "error")
                self._focus_field()
            return
        path, remember, cancel = self.own_path, self.ui.rememberBox.isChecked(), self._cancel
        self._say(self.ui.unlockMessage, "")

        def work() -> Journal:
            return opening.unlock(path, passphrase, remember=remember, cancel=cancel)

        self._launch(work, _t(UNLOCKING), self._with(passphrase, self._opened), self._unlock_failed)

    def _unlock_remembered(self) -> None:
        path, remember, cancel = self.own_path, self.ui.rememberBox.isChecked(), self._cancel
        self._say(self.ui.unlockMessage, "")

        def work() -> Journal:
            return opening.unlock_remembered(path, remember=remember, cancel=cancel)

        self._launch(work, _t(REMEMBERED), self._opened, self._unlock_failed)

    def _unlock_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotRemembered):  # the remembered key did not unlock: ask
            self.ui.passphrase.setPlaceholderText(self.tr("Your passphrase"))
            self._say(self.ui.unlockMessage, exc.note or "", "note")
            self._focus_field()
            return
        if isinstance(exc, NotAVault):  # the folder went away meanwhile: offer to create
            self._show_page()
        self._say(self._message_label(), describe(exc), "error")
        self._focus_field()

    def _recover(self) -> None:
        """Forgot your passphrase? The recovery dialog opens the journal on the worker."""
        if self._busy:
            return
        from trustjournal.gui.recovery.dialogs import RecoverDialog

        self.recover_dialog = RecoverDialog(self.session, self.own_path, self)
        self.recover_dialog.exec()
        self.recover_dialog = None

    # -- demo -----------------------------------------------------------------------------

    def _open_demo(self) -> None:
        if self._busy:
            return
        path, cancel, progress = opening.demo_vault_path(), self._cancel, self.demo_progress
        label = self._message_label()
        demo_at, own_at = path.expanduser().absolute(), self.own_path.expanduser().absolute()
        if demo_at.is_relative_to(own_at) or own_at.is_relative_to(demo_at):
            self._say(
                label,
                self.tr(
                    "The demo journal cannot live in your own journal's folder ({path}); "
                    "set {variable} to another folder."
                ).format(path=path, variable=DEMO_VAULT_ENV),
                "error",
            )
            return
        self._say(label, "")
        exists = Vault(path).exists()

        def work() -> Journal:
            return opening.open_demo(path, cancel=cancel, progress=progress.advanced.emit)

        def failed(exc: BaseException) -> None:
            self.session.is_demo = False
            self._say(label, describe(exc), "error")
            self._focus_field()

        self.session.is_demo = True  # before it opens: views label the demo from the start
        self._launch(work, _t(OPENING_DEMO if exists else BUILDING_DEMO), self._opened, failed)

    def _demo_advanced(self, done: int, total: int) -> None:
        if self._busy and total > 0:
            self.ui.busyBar.setRange(0, total)
            self.ui.busyBar.setValue(done)

    # -- running workers ------------------------------------------------------------------

    def _with(
        self, passphrase: str, then: Callable[[list[str]], None]
    ) -> Callable[[list[str]], None]:
        """`then`, and the session told that `passphrase` opened the journal."""

        def done(notes: list[str]) -> None:
            then(notes)
            self.session.passphrase_typed(passphrase)

        return done

    def _launch(
        self,
        work: Callable[[], Journal],
        busy_text: str,
        on_done: Callable[[list[str]], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Open a journal on the journal worker (where it will live: the key derivation
        runs there, and this window keeps painting and answering Quit)."""
        self._attempt += 1
        attempt = self._attempt
        self._set_busy(True, busy_text)
        notes: list[str] = []

        def opener() -> Journal:
            journal = work()
            notes.extend(journal.notes)
            return journal

        def done(_path: object) -> None:
            if attempt == self._attempt:
                self._set_busy(False)
                on_done(notes)
            if self._quitting:
                self.session.lock()  # asked to quit meanwhile: drop the key at once

        def failed(exc: BaseException) -> None:
            if attempt == self._attempt and not isinstance(exc, Quitting):
                self._set_busy(False)
                on_error(exc)

        self.session.open(opener, done, failed)

    def _opened(self, notes: list[str]) -> None:
        for line in self._passphrase_fields:
            line.clear()
        if notes:
            QTimer.singleShot(0, lambda: self._show_notes(notes))

    def _show_notes(self, notes: list[str]) -> None:
        """Things that did not stop the unlock but the user should know (a keychain
        that refused to remember the key): one box, after the journal is shown."""
        parent = QApplication.activeWindow() or self
        QMessageBox.information(parent, "TrustJournal", "\n\n".join(notes))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        ui = self.ui
        ui.busyLabel.setText(text)
        ui.busyLabel.setVisible(busy)
        ui.busyBar.setRange(0, 0)  # "working", until the demo builder reports numbers
        ui.busyBar.setVisible(busy)
        for widget in (
            ui.newPassphrase,
            ui.confirmPassphrase,
            ui.showNewButton,
            ui.rememberNew,
            ui.passphrase,
            ui.showButton,
            ui.rememberBox,
            ui.unlockButton,
            ui.demoButton,
            self.forgotButton,
        ):
            widget.setEnabled(not busy)
        self._update_create()

    def _message_label(self) -> QLabel:
        label: QLabel = self.ui.createMessage if self._creating else self.ui.unlockMessage
        return label

    # -- look -----------------------------------------------------------------------------

    def _say(self, label: QLabel, text: str, kind: str = "note") -> None:
        """Show `text` in place under the fields (or hide the line when empty).

        `kind` is a theme role: "error", "note" (neutral information) or "muted"."""
        if not text and not label.text() and label.isHidden():
            return  # already clear (this runs on every keystroke in the field)
        role = kind if text else None
        theme.set_role(label, role)
        # Re-polishing a label already shown updates its colours but not its padding; a
        # changed style sheet (even only a comment) makes Qt redo the box as well.
        label.setStyleSheet(f"/* {role} */")
        label.setText(text)  # after the role: the size hint then includes its padding
        label.setVisible(bool(text))

    def _apply_colours(self) -> None:
        """The few colours no palette role says: the card, its rule, the link-like button."""
        if self._styling:
            return
        self._styling = True
        try:
            palette = self.palette()
            base = palette.color(QPalette.ColorRole.Base)
            border = mix(base, palette.color(QPalette.ColorRole.Text), 0.14).name()
            self.ui.card.setStyleSheet(
                f"QFrame#card {{ background: {base.name()}; border: 1px solid {border};"
                " border-radius: 12px; }"
            )
            self.ui.footerRule.setStyleSheet(f"background: {border}; border: none;")
            link = palette.color(QPalette.ColorRole.Link).name()
            off = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
            for button in (self.ui.demoButton, self.forgotButton):
                name = button.objectName()
                button.setStyleSheet(
                    f"QPushButton#{name} {{ color: {link}; }}"
                    f"QPushButton#{name}:disabled {{ color: {off}; }}"
                )
            self.ui.busyBar.setStyleSheet(
                bar_style(track_colour(palette), palette.color(QPalette.ColorRole.Highlight).name())
            )
            self._update_create()
        finally:
            self._styling = False

    def _paint_icon(self) -> None:
        size = QSize(ICON_SIZE, ICON_SIZE)
        self.ui.appIcon.setPixmap(icons.icon("app").pixmap(size, self.devicePixelRatioF()))

    def _fit_height(self) -> None:
        """Grow (never shrink) the window to the height its wrapped labels need at its width.

        A top-level window's minimum size ignores height-for-width, so without a window
        manager sizing it, wrapped lines ("…anyone who can use your session…") would be
        cut off at the bottom of their label.
        """
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        need = max(MIN_HEIGHT, layout.totalHeightForWidth(max(self.width(), MIN_WIDTH)))
        if self.minimumHeight() != need:
            self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # Posted whenever a label's text, a line's visibility or the page changes.
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()
        self._paint_icon()  # crisp at the scale of the screen it is shown on

    def closeEvent(self, event: QCloseEvent) -> None:
        self._quitting = True
        self._cancel.set()
        super().closeEvent(event)


# -- small Qt helpers -------------------------------------------------------------------------


def _set_shown(line: QLineEdit, button: QToolButton, shown: bool) -> None:
    line.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
    button.setText(_t(HIDE if shown else SHOW))
    button.setAccessibleName(_t(HIDE_PASSPHRASE if shown else SHOW_PASSPHRASE))


def _scale_font(label: QLabel, factor: float, weight: QFont.Weight) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setWeight(weight)
    label.setFont(font)
