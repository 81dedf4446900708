"""The Reflection page: one quarter read back from the journal, and the leader's own words.

The header steps between quarters (never past today, never before the journal's first
one) and exports the quarter to PDF. Below it the quarter reads as a document
(`reflection_doc`, names link to the person) beside the month-by-month chart
(`reflection_chart`) and the written reflection, which saves itself, encrypted, shortly after
typing stops, on switching quarter, on leaving the page and on locking.

`Journal.reflect` runs off the GUI thread, on one reader thread of the page's own rather
than `workers.run`'s shared pool: reads run one at a time, the quarter asked for ahead of
the neighbours read ahead, and locking waits for the one still running. A result that
comes back for a quarter no longer shown is kept for stepping back to it; one from before a
change or a lock is dropped. The quarters either side of the one shown are read ahead, so
stepping is immediate. Change notices recompute the shown quarter (its own
written-reflection saves excepted: they change nothing the document shows). On lock the
text is saved first and then every widget is emptied; the quarter shown stays in memory as
two numbers so that unlocking comes back to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QHideEvent,
    QPalette,
    QShowEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from trustjournal.core.errors import JournalError
from trustjournal.core.judgement.quarters import Quarter, last_complete
from trustjournal.core.judgement.reflection import Reflection, prompts
from trustjournal.gui.common import actions, icons, theme
from trustjournal.gui.common.page import QuietPage
from trustjournal.gui.common.style import show_error, style_heading, style_muted, style_section
from trustjournal.gui.reflection.chart import HonestyChart
from trustjournal.gui.reflection.doc import Style, reflection_chunks, screen_style
from trustjournal.gui.session import Session

if TYPE_CHECKING:  # the PDF module loads on the first export, not at start-up
    from trustjournal.core.journal.service import Journal
    from trustjournal.gui.reflection.pdf import PdfOptions

SAVE_AFTER_MS = 800  # the written reflection saves this long after typing stops
READING_AFTER_MS = 200  # say "Reading…" only when a quarter takes longer than this
LOCK_WAIT_S = 10.0  # how long locking waits for a reflection still being read
CACHED_QUARTERS = 8
READ_AHEAD_AFTER_MS = 400  # read the neighbours once the user pauses on a quarter


def placeholder() -> str:
    """The writing field's empty text: the prompts in the language in use."""
    return QCoreApplication.translate(
        "ReflectionView",
        "Your own reflection on the quarter, in your words. It is saved as you write, "
        "encrypted like everything else.\n\nSome questions to start from:\n\n",
    ) + "\n".join(f"• {prompt}" for prompt in prompts())


def _held_key(quarter: Quarter) -> str:
    """Where the session holds written text the journal refused (see Session.hold)."""
    return f"reflection:{quarter}"


@dataclass(frozen=True)
class Typeset:
    """A quarter's reflection and its document, typeset on the journal worker in `style`
    as pieces to show one after the other (doc.reflection_chunks)."""

    reflection: Reflection
    style: Style
    pieces: list[str]


def _index(q: Quarter) -> int:
    return q.year * 4 + q.number


class ReflectionView(QWidget, QuietPage):
    """The quarterly reflection; see the module docstring."""

    personActivated = Signal(int)
    shown = Signal(str)  # a quarter's reflection has arrived and is shown ("2026Q3")
    written_loaded = Signal(str)  # a quarter's written reflection is in the editor
    written_saved = Signal(str)  # a quarter's written reflection is saved

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("ReflectionView")
        self._quarter: Quarter | None = None  # shown, and remembered across a lock
        self._reflection: Reflection | None = None  # the last result for `_quarter`
        self._first: Quarter | None = None  # the earliest quarter with anything recorded
        self._first_known = False
        # Results are kept per quarter while the journal does not change: stepping back and
        # forth, and to the neighbours read ahead, shows at once. Any change notice (or a
        # lock) starts a new generation, and results of an older one are dropped.
        self._generation = 0
        self._pending: list[str] = []  # pieces of the document still to append (_render)
        self._scroll = 0
        self._append_timer = session.track(QTimer(self))
        self._append_timer.setSingleShot(True)
        self._append_timer.setInterval(0)
        self._append_timer.timeout.connect(self._append)
        self._cache: dict[Quarter, Reflection] = {}
        self._typeset: dict[Quarter, Typeset] = {}  # each cached quarter's document pieces
        self._in_flight: set[tuple[int, Quarter]] = set()
        self._stale = True  # recompute when next shown
        self._editor_quarter: Quarter | None = None  # whose text the editor holds
        self._dirty = False
        self._loading = False
        self.export_folder: Path | None = None
        self._build()
        self._save_timer = session.track(QTimer(self))
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.flush)
        self._reading_timer = session.track(QTimer(self))
        self._reading_timer.setSingleShot(True)
        self._reading_timer.setInterval(READING_AFTER_MS)
        self._reading_timer.timeout.connect(self._show_reading)
        # Its own written-reflection saves change nothing the document shows.
        self._refresh_timer = session.refresh_after_changes(
            self, self._refresh, ignore=("reflection",)
        )
        self._ahead_timer = session.track(QTimer(self))
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(READ_AHEAD_AFTER_MS)
        self._ahead_timer.timeout.connect(self._read_ahead)
        session.locking.connect(self._on_locking)
        session.unlocked.connect(self._on_unlocked)
        self._set_enabled(False)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        # Alt+Left / Alt+Right while the focus is on this page (keys declared in actions.py).
        self.previous_action = actions.page_action("previous_quarter", self)
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.next_action = actions.page_action("next_quarter", self)
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_button = QToolButton()
        self.previous_button.setIconSize(QSize(18, 18))
        self.previous_button.setToolTip(actions.tip_with_key(self.previous_action))
        self.previous_button.setAccessibleName(self.tr("Previous quarter"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setIconSize(QSize(18, 18))
        self.next_button.setToolTip(actions.tip_with_key(self.next_action))
        self.next_button.setAccessibleName(self.tr("Next quarter"))
        self.next_button.clicked.connect(lambda: self.step(1))
        for button in (self.previous_button, self.next_button):
            button.setFixedSize(34, 34)
        self._paint_arrows()
        self.title_label = QLabel()
        self.title_label.setObjectName("reflectionTitle")
        style_heading(self.title_label, "title")
        self.title_label.setAccessibleDescription(self.tr("Quarter"))
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("reflectionSubtitle")
        style_muted(self.subtitle_label)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setToolTip(
            self.tr("Save this quarter's reflection as a PDF (not encrypted)")
        )
        self.export_button.clicked.connect(self.export_pdf)

        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addSpacing(8)
        header.addLayout(titles, 1)
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.message_label = QLabel()
        self.message_label.setObjectName("reflectionMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.document = QTextBrowser()
        self.document.setObjectName("reflectionDocument")
        self.document.setAccessibleName(self.tr("The reflection on this quarter"))
        self.document.setOpenLinks(False)
        self.document.setOpenExternalLinks(False)
        self.document.anchorClicked.connect(self._on_link)
        self.document.document().setDocumentMargin(20)
        self.document.setFrameShape(QFrame.Shape.StyledPanel)

        self.chart_label = QLabel(self.tr("Conversations per month"))
        style_section(self.chart_label)
        self.chart_label.setWordWrap(True)
        self.chart = HonestyChart()
        # Alt+Y: straight to the writing, without a Tab for every name in the reflection.
        self.written_label = QLabel(self.tr("&Your reflection"))
        style_section(self.written_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("reflectionSaveStatus")
        style_muted(self.status_label)
        self.status_label.setAccessibleDescription(self.tr("Save status"))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("reflectionEditor")
        self.editor.setAccessibleName(self.tr("Your written reflection for the quarter"))
        self.editor.setPlaceholderText(placeholder())
        self.editor.setTabChangesFocus(True)
        self.written_label.setBuddy(self.editor)
        self.editor.textChanged.connect(self._on_edited)
        self.editor.document().setDocumentMargin(8)
        self.save_error = QLabel()
        self.save_error.setObjectName("reflectionSaveError")
        self.save_error.setWordWrap(True)
        self.save_error.hide()

        written_head = QHBoxLayout()
        written_head.addWidget(self.written_label)
        written_head.addStretch(1)
        written_head.addWidget(self.status_label)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.setSpacing(6)
        side_layout.addWidget(self.chart_label)
        side_layout.addWidget(self.chart)
        side_layout.addSpacing(10)
        side_layout.addLayout(written_head)
        side_layout.addWidget(self.editor, 1)
        side_layout.addWidget(self.save_error)
        self.side = side

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.document)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 440])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.export_button)
        self.setTabOrder(self.export_button, self.document)
        self.setTabOrder(self.document, self.editor)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.previous_button, self.next_button, self.export_button, self.editor):
            widget.setEnabled(enabled)

    def _paint_arrows(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        self.previous_button.setIcon(icons.chevron(colour, left=True))
        self.next_button.setIcon(icons.chevron(colour, left=False))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched: recolour
            self._paint_arrows()
            if self._reflection is not None:
                self._render(self._reflection, keep_scroll=True)
        super().changeEvent(event)

    # -- the contract ----------------------------------------------------------------------

    def quarter(self) -> Quarter | None:
        """The quarter shown (or to be shown after unlocking)."""
        return self._quarter

    def reflection(self) -> Reflection | None:
        """The reflection shown, once computed for the current quarter."""
        r = self._reflection
        return r if r is not None and r.quarter == self._quarter else None

    def reload(self) -> None:
        """Show the remembered quarter again (the last complete one the first time)."""
        if not self.session.is_open:
            return
        self._stale = False
        self.show_quarter(self._quarter or last_complete(dt.date.today()), force=True)

    def show_quarter(self, quarter: Quarter, *, force: bool = False) -> bool:
        """Show `quarter` (a future one is brought back to today's). False when the written
        text of the quarter shown could not be saved: it stays, with the error beside it."""
        if not self.session.is_open:
            return False
        quarter = min(quarter, Quarter.of(dt.date.today()))
        if quarter == self._quarter and not force:
            return True
        if self._editor_quarter is not None and quarter != self._editor_quarter:
            self.flush()  # a refused save is held, and comes back with its quarter
        self._quarter = quarter
        self._load_written(quarter)
        self._set_enabled(True)
        found = self._cache.get(quarter)
        if found is not None and not force:
            self._display(found)
        else:
            self._update_header()
            self._compute(quarter)
        return True

    def first_focus(self) -> QWidget:
        """Where the keyboard goes when the page is chosen: the reflection itself (Tab
        moves through its names, Enter opens one; Alt+Left and Alt+Right step)."""
        return self.document

    def step(self, delta: int) -> None:
        """One quarter back (-1) or on (+1), within the journal's quarters and today."""
        if self._quarter is None:
            return
        button = self.next_button if delta > 0 else self.previous_button
        if not button.isEnabled():
            return
        self.show_quarter(self._quarter.next() if delta > 0 else self._quarter.previous())

    def confirm_leave(self, proceed: Callable[[], None] | None = None) -> bool:
        """Leaving the page saves the written text now (a refusal holds it for its quarter)."""
        self.flush()
        return True

    def flush(self) -> None:
        """Save the written text now if it changed (on the journal worker). If the journal
        refuses it, the session holds the text in memory, the error shows in place, and
        the text comes back whenever its quarter is shown again."""
        self._save_timer.stop()
        quarter = self._editor_quarter
        if not self._dirty or quarter is None or not self.session.is_open:
            return
        text = self.editor.toPlainText()
        self._dirty = False
        key = _held_key(quarter)

        def save(journal: Journal) -> None:
            try:
                journal.save_reflection(str(quarter), text)
            except JournalError:
                self.session.hold(key, text)  # even if the lock is already under way
                raise

        def saved(_none: None) -> None:
            if quarter == self._editor_quarter and not self._dirty:
                show_error(self.save_error, "")
                self._set_status(self.tr("Saved"))
            self.written_saved.emit(str(quarter))

        def refused(error: BaseException) -> None:
            if not isinstance(error, JournalError):
                raise error
            if quarter == self._editor_quarter:
                self.session.unsaved_draft(key)  # still in the editor: shown there
                self._dirty = True
                show_error(self.save_error, str(error))
                self._set_status(self.tr("Not saved"))

        self.session.write(save, saved, refused, name="save reflection")

    def clear(self) -> None:
        """Forget everything shown: document, chart, text, numbers (the quarter stays)."""
        self._new_generation()
        for timer in (
            self._save_timer,
            self._reading_timer,
            self._refresh_timer,
            self._ahead_timer,
        ):
            timer.stop()
        self._reflection = None
        self._append_timer.stop()
        self._pending = []  # no piece of the old document is appended after this
        self._first, self._first_known = None, False
        self._editor_quarter = None
        self._dirty = False
        self._loading = True
        try:
            self.editor.clear()
        finally:
            self._loading = False
        self.document.clear()
        self.chart.clear()
        for label in (self.title_label, self.subtitle_label, self.status_label):
            label.clear()
        show_error(self.save_error, "")
        self.show_message("", "note")
        self._set_enabled(False)
        self._stale = True

    # -- computing ---------------------------------------------------------------------------

    def _new_generation(self) -> None:
        self._generation += 1
        self._cache.clear()
        self._typeset.clear()
        self._in_flight.clear()

    def _compute(self, quarter: Quarter, *, ahead: bool = False) -> None:
        """Read `quarter` in a worker (`ahead`: only to have it ready, quietly)."""
        key = (self._generation, quarter)
        if key in self._in_flight or not self.session.is_open:
            return
        self._in_flight.add(key)
        if not ahead:
            self._reading_timer.start()
        style = screen_style(self.palette(), self.font())

        def read(journal: Journal) -> Typeset:
            r = journal.reflect(quarter)
            return Typeset(r, style, reflection_chunks(r, style))  # strings: off the GUI thread

        self.session.read(
            read,
            lambda typeset: self._arrived(key, typeset),
            lambda error: self._failed(key, error),
            urgent=not ahead,
            background=ahead,
            wanted=lambda: key in self._in_flight,  # not dropped while it waited its turn
            name=f"reflect {quarter}",
        )

    def _arrived(self, key: tuple[int, Quarter], typeset: Typeset) -> None:
        if not isValid(self):  # the window closed while a read ahead was under way
            return
        if key not in self._in_flight or not self.session.is_open:
            return  # an older generation: the journal changed or locked meanwhile
        self._in_flight.discard(key)
        quarter, r = key[1], typeset.reflection
        self._cache[quarter] = r
        self._typeset[quarter] = typeset
        while len(self._cache) > CACHED_QUARTERS:
            shown = self._quarter or quarter
            far = max(self._cache, key=lambda q: abs(_index(q) - _index(shown)))
            del self._cache[far]
            self._typeset.pop(far, None)
        if quarter == self._quarter:
            self._display(r)
        else:
            self._read_ahead()  # a quarter no longer shown: kept, not shown

    def _failed(self, key: tuple[int, Quarter], exc: BaseException) -> None:
        if key not in self._in_flight:
            return
        self._in_flight.discard(key)
        if key[1] == self._quarter:
            self._reading_timer.stop()
            self.show_message(
                self.tr("The reflection could not be read: {reason}").format(reason=exc), "error"
            )

    def _display(self, r: Reflection) -> None:
        self._reading_timer.stop()
        shown = self._reflection
        same = shown is not None and shown.quarter == r.quarter
        if shown is not r:
            self._reflection = r
            self._render(r, keep_scroll=same)
        self._first, self._first_known = r.first_quarter, True
        self._update_header()
        if not same:
            self.show_message("", "note")
        self._ahead_timer.start()
        self.shown.emit(str(r.quarter))

    def _read_ahead(self) -> None:
        """Have the quarters either side of the one shown ready, one worker at a time."""
        q = self._quarter
        if q is None or self._in_flight or not self.isVisible():
            return
        today = Quarter.of(dt.date.today())
        lowest = self._first or today
        for near in (q.previous(), q.next()):
            if lowest <= near <= today and near not in self._cache:
                self._compute(near, ahead=True)
                return

    def _render(self, r: Reflection, *, keep_scroll: bool) -> None:
        """Show `r`: its first part at once (what is on screen), the rest appended a piece
        per turn of the event loop, so a long quarter never holds the window."""
        bar = self.document.verticalScrollBar()
        scroll = bar.value() if keep_scroll else 0
        style = screen_style(self.palette(), self.font())
        typeset = self._typeset.get(r.quarter)
        if typeset is None or typeset.reflection is not r or typeset.style != style:
            typeset = Typeset(r, style, reflection_chunks(r, style))  # after a theme change
            self._typeset[r.quarter] = typeset
        first, *rest = typeset.pieces
        self.document.setHtml(first)
        self._pending, self._scroll = rest, scroll
        self._append_timer.start()  # the rest on the next turns of the event loop
        self.chart.set_months(r.conversations.months, r.quarter)
        has_months = r.conversations.trailing_year.total > 0
        self.chart.setVisible(has_months)
        self.chart_label.setVisible(has_months)

    def _append(self) -> None:
        """The next piece of the document (reflection_chunks), then the rest on later turns."""
        if self._pending:
            cursor = QTextCursor(self.document.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertHtml(self._pending.pop(0))
        bar = self.document.verticalScrollBar()
        if bar.value() != self._scroll and self._scroll <= bar.maximum():
            bar.setValue(self._scroll)  # as far as the text shown so far allows
        if self._pending:
            self._append_timer.start()

    def rendering(self) -> bool:
        """Whether part of the quarter shown is still to be appended to the page."""
        return bool(self._pending)

    def _show_reading(self) -> None:
        if self._quarter is not None and self.reflection() is None:
            self.subtitle_label.setText(self.tr("Reading…"))

    def _refresh(self) -> None:
        """The journal changed: results read before are stale; read the quarter shown again
        now if the page is on screen, else when it is next shown."""
        if not self.session.is_open or self._quarter is None:
            return
        self._new_generation()
        if self.isVisible():
            self._compute(self._quarter)
        else:
            self._stale = True

    # -- the header --------------------------------------------------------------------------

    def _update_header(self) -> None:
        q = self._quarter
        if q is None:
            return
        today = Quarter.of(dt.date.today())
        self.title_label.setText(
            self.tr("{quarter} — in progress").format(quarter=q.title) if q == today else q.title
        )
        self.next_button.setEnabled(q < today)
        lowest = (self._first or today) if self._first_known else None
        self.previous_button.setEnabled(lowest is None or q > lowest)
        r = self.reflection()
        self.export_button.setEnabled(r is not None)
        if r is None:
            return
        if r.empty:
            self.subtitle_label.setText(self.tr("Nothing recorded yet") if r.in_progress else "")
            return
        c = r.conversations.this.total
        counts = "  ·  ".join(
            [
                self.tr("%n conversation(s)", "", c),
                self.tr("%n decision(s)", "", len(r.decisions.all)),
                self.tr("%n gathering(s)", "", len(r.gatherings)),
            ]
        )
        self.subtitle_label.setText(
            self.tr("So far: {counts}").format(counts=counts) if r.in_progress else counts
        )

    def show_message(self, text: str, role: str) -> None:
        self.message_label.setText(text)
        theme.set_role(self.message_label, role)
        self.message_label.setVisible(bool(text))

    # -- the written reflection --------------------------------------------------------------

    def _load_written(self, quarter: Quarter) -> None:
        if quarter == self._editor_quarter:
            return
        self._editor_quarter = quarter
        self._loading = True
        try:
            self.editor.clear()  # until the text arrives: never the other quarter's words
        finally:
            self._loading = False
        self.editor.setReadOnly(True)
        self.session.read(
            lambda j: j.reflection(str(quarter)).text,
            lambda text: self._written_arrived(quarter, text),
            urgent=True,
            name="written reflection",
        )

    def _written_arrived(self, quarter: Quarter, text: str) -> None:
        if quarter != self._editor_quarter:
            return
        held = self.session.unsaved_draft(_held_key(quarter))  # a save the journal refused
        self._loading = True
        try:
            self.editor.setPlainText(held if held is not None else text)
        finally:
            self._loading = False
        self.editor.setReadOnly(False)
        self._dirty = held is not None and held != text
        show_error(self.save_error, "")
        self._set_status(self.tr("Saved") if text and not self._dirty else "")
        if self._dirty:
            self._set_status(self.tr("Saving…"))
            self._save_timer.start()
        self.written_loaded.emit(str(quarter))

    def _on_edited(self) -> None:
        if self._loading or self._editor_quarter is None:
            return
        self._dirty = True
        self._set_status(self.tr("Saving…"))
        self._save_timer.start()

    def _set_status(self, text: str) -> None:
        if self.status_label.text() != text:
            self.status_label.setText(text)

    # -- links, leaving, locking ---------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        link = url.toString()
        if link.startswith("person:"):
            try:
                ident = int(link.split(":", 1)[1])
            except ValueError:
                return
            self.personActivated.emit(ident)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.session.is_open:
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.session.is_open:
            self.flush()
        super().hideEvent(event)

    def _on_locking(self) -> None:
        # Saved before the key is dropped; a refusal is held in memory (never in a widget
        # or a file) and comes back after unlocking.
        self.flush()
        self.clear()

    def _on_unlocked(self) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if self._stale and self.session.is_open:
            self.reload()

    # -- PDF (gui/reflection/export.py) -------------------------------------------------------

    def export_pdf(self) -> None:
        """Warn that the PDF is not encrypted, ask what to include and where, then write."""
        from trustjournal.gui.reflection import export

        export.export_pdf(self)

    def ask_pdf_path(self, name: str) -> Path | None:
        """The save dialog: where the PDF goes (None: cancelled)."""
        from trustjournal.gui.reflection import export

        return export.ask_pdf_path(self, name)

    def export_to(self, path: Path, options: PdfOptions) -> bool:
        """Write the shown quarter's PDF to `path`; the outcome is shown in place."""
        from trustjournal.gui.reflection import export

        return export.export_to(self, path, options)
