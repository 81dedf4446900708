"""Signals the note suggests, shown while the person writes; never ticked for them.

`Suggestions` watches the note (and who was there) and, `DELAY_MS` after the last
keystroke, asks the core's `suggest()` which signals the words show. Each suggested signal
that is not ticked and was not dismissed shows on its toggle (`SignalPanel.set_suggested`),
and the words that show it are marked in the note (`QPlainTextEdit` extra selections in the
theme's suggestion colours; the words of the toggle in focus or under the pointer more
strongly). Hovering marked words says which signal they suggest.

The person decides: a click or Space on the toggle ticks it (accepting); `accept_all()` (the
"Accept all" button, Ctrl+Shift+A) ticks every one on show; the ✕, Delete or Backspace
dismisses one, and so does unticking a signal: a dismissed signal is not suggested again
for this entry (`rejected`, which the editor keeps in memory and in the encrypted draft only).

Where it runs: `suggest()` is a pure function of the text and needs no journal, so it never
goes to the journal worker. Measured on the GUI thread (figures in docs/architecture.md,
"Suggestions while writing") a typical note takes well under a millisecond and 300 words
about 5 ms, so notes up to `INLINE_LIMIT` characters are read right after the pause in
typing; longer ones go to `gui/common/workers.py`'s pool (and every note does until the
engine's patterns, built on first use, are ready), and an answer for text that has changed
since is dropped.

Privacy: what is suggested and why lives only in these widgets; nothing is logged, kept in
settings or written anywhere. `stop()` (locking, closing) clears it all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTextEdit, QToolTip, QWidget

from trustjournal.core.judgement.signals import BY_CODE
from trustjournal.core.suggest import Evidence, SuggestFailed, Suggestion, forget, suggest
from trustjournal.core.suggest.context import sentence_around
from trustjournal.core.suggest.learning import Learned, personalise
from trustjournal.core.suggest.model import sureness
from trustjournal.gui.common import actions, workers
from trustjournal.gui.common.announce import announce
from trustjournal.gui.common.theme import mix, suggestion_colours
from trustjournal.gui.editor.signals import SignalPanel

ACCEPT_ALL = "accept_suggestions"  # the action's name in gui/common/actions.py
DELAY_MS = 250  # after the last keystroke: a pause in typing, not a wait
INLINE_LIMIT = 2_000  # characters (~400 words) read on the GUI thread; longer: the pool
QUOTE_LIMIT = 90  # characters of one quoted piece of evidence on a tooltip
ACTIVE_TINT = 0.16  # the words of the toggle in focus: this much deeper (text stays AAA)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# What a reading gives: by signal, the pieces of evidence in note order and the strength.
Found = dict[str, tuple[tuple[Evidence, ...], float]]


@dataclass(frozen=True)
class Shown:
    """A suggestion on show: its signal, the note's words that show it (marked in the note)
    and the quotes that say why (each piece of evidence in its sentence, once a sentence)."""

    code: str
    evidence: tuple[Evidence, ...]
    quotes: tuple[str, ...]
    sure: bool = True  # the words show it plainly (core: `sureness` "strong"); else dashed


class Suggestions(QObject):
    """Suggestions for the open entry; `changed(count)` after what is on show changes."""

    changed = Signal(int)

    def __init__(
        self,
        note: QPlainTextEdit,
        panel: SignalPanel,
        people: Callable[[], Sequence[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.note = note
        self.panel = panel
        self.people = people
        self.rejected: set[str] = set()
        self.shown: dict[str, Shown] = {}
        # What the journal has learned of how its leader writes (core/suggest/learning.py),
        # and every suggestion this entry has shown, ticked since or not (for learning).
        self.learned: Learned | None = None
        self.offered: dict[str, tuple[Evidence, ...]] = {}
        self._on = False
        self._asked = 0  # the generation of the last reading asked for (later ones win)
        self._reading = False  # a long note is being read on the pool
        self._again = False  # the note changed meanwhile: read it again after that
        self._active = ""  # the toggle in focus or under the pointer: its words stand out
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        note.textChanged.connect(self.schedule)
        note.viewport().installEventFilter(self)
        note.installEventFilter(self)  # the scheme switching: marks in the new colours
        panel.toggled.connect(self._toggled)
        panel.dismissed.connect(self.reject)
        panel.hovered.connect(self._hover)
        _warm_up()

    # -- the entry -------------------------------------------------------------------------

    def start(self, rejected: frozenset[str] = frozenset(), learned: Learned | None = None) -> None:
        """An entry is open: suggest from now on (and at once), leaving out `rejected`, with
        what the journal has `learned` of its leader's way of writing."""
        self._on = True
        self.rejected = set(rejected)
        self.learned = learned
        self.offered = {}
        self.refresh()

    def stop(self) -> None:
        """The entry closes or the journal locks: forget every suggestion and every mark."""
        self._on = False
        self._again = False
        self._asked += 1  # an answer on its way is no longer wanted
        self._timer.stop()
        self.rejected.clear()
        self.learned = None
        self.offered = {}
        self._show({})
        forget()  # the words the engine kept for speed

    def schedule(self) -> None:
        """The note or the people changed: read again after a pause in typing."""
        if self._on:
            self._timer.start()

    def waiting(self) -> bool:
        """Whether a reading is due once the person pauses."""
        return self._timer.isActive()

    # -- the person's choices ------------------------------------------------------------

    def accept_all(self) -> None:
        """Tick every suggested signal: the person asked for it (Ctrl+Shift+A)."""
        for code in list(self.shown):
            self.panel.boxes[code].setChecked(True)  # `_toggled` takes it off show

    def reject(self, code: str) -> None:
        """Dismiss `code` for this entry: it is not suggested again while it is open."""
        self.rejected.add(code)
        if code in self.shown:
            self._show({c: s for c, s in self.shown.items() if c != code})

    def _toggled(self, code: str, on: bool) -> None:
        if not self._on:
            return
        if not on:  # unticked by the person: a no for this entry
            self.rejected.add(code)
        if code in self.shown:
            self._show({c: s for c, s in self.shown.items() if c != code})

    # -- reading the note ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the note now: on this thread when it is short, else on the pool."""
        self._timer.stop()
        if not self._on:
            return
        if self._reading:  # one long reading at a time; the next starts when it ends
            self._again = True
            return
        text, people, learned = self.note.toPlainText(), tuple(self.people()), self.learned
        self._asked += 1
        asked = self._asked
        if len(text) <= INLINE_LIMIT and _warm.done:
            self._answer(asked, text, _read(text, people, learned))
            return
        self._reading = True

        def done(found: Found) -> None:
            self._read_done()
            self._answer(asked, text, found)

        def failed(error: BaseException) -> None:
            self._read_done()
            raise error  # to the crash hook, which reports its type and place, no text

        workers.run(lambda: _read(text, people, learned), done, failed)

    def _read_done(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.schedule()

    def _answer(self, asked: int, text: str, found: Found) -> None:
        if asked != self._asked or not self._on or text != self.note.toPlainText():
            return  # the note has changed since: a newer reading is on its way
        ticked = self.panel.checked()
        self._show(
            {
                code: Shown(code, evidence, quotes(text, evidence), sureness(strength) == "strong")
                for code, (evidence, strength) in found.items()
                if code in self.panel.boxes and code not in ticked and code not in self.rejected
            },
            text,
        )

    # -- showing -------------------------------------------------------------------------

    def offered_suggestions(self) -> list[Suggestion]:
        """Every suggestion this entry has shown, ticked since or not: what saving it
        teaches (core/suggest/learning.py)."""
        return [Suggestion(code, evidence, 1.0) for code, evidence in self.offered.items()]

    def _show(self, shown: dict[str, Shown], text: str | None = None) -> None:
        before = self.shown
        self.shown = shown
        for code, on_show in shown.items():
            self.offered.setdefault(code, on_show.evidence)
        for code in before.keys() | shown.keys():
            now = shown.get(code)
            if now is None or before.get(code) != now:
                self.panel.set_suggested(
                    code, now.quotes if now else None, now.sure if now else True
                )
        self._mark(text)
        if before.keys() != shown.keys():
            self.changed.emit(len(shown))
        new = len(shown.keys() - before.keys())
        if new:  # as the tint appears on the toggles: said once, politely
            announce(self.note, self.tr("%n signal(s) suggested", "", new))

    def _mark(self, text: str | None = None) -> None:
        """Mark the words of every suggestion in the note (extra selections: they follow
        the text as it is edited until the next reading)."""
        if not self.shown:
            self.note.setExtraSelections([])
            return
        text = self.note.toPlainText() if text is None else text
        fill, line = suggestion_colours()
        strong = mix(fill, line, ACTIVE_TINT)
        positions = _utf16_positions(text)
        selections = []
        document = self.note.document()
        for code, shown in self.shown.items():
            for evidence in shown.evidence:
                start, end = positions(evidence.start), positions(evidence.end)
                if not 0 <= start < end <= document.characterCount():
                    continue
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                active = code == self._active
                selection.format = _format(strong if active else fill, line, code, active)
                selections.append(selection)
        self.note.setExtraSelections(selections)

    def _remark(self) -> None:
        if self.shown:
            self._mark()

    def _hover(self, code: str) -> None:
        if code != self._active:
            self._active = code
            if self.shown:
                self._mark()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hovering marked words in the note says which signal they suggest."""
        if event.type() in _RESTYLED and watched is self.note and self.shown:
            # Once the switch is over: the theme names its new scheme only after the events.
            QTimer.singleShot(0, self, self._remark)
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.shown:
            position = self.note.cursorForPosition(event.pos()).position()
            for selection in self.note.extraSelections():
                cursor = selection.cursor
                if cursor.selectionStart() <= position < cursor.selectionEnd():
                    code = selection.format.property(_CODE)
                    signal = BY_CODE.get(str(code))
                    if signal is None:
                        break
                    QToolTip.showText(
                        event.globalPos(),
                        self.tr(
                            "Suggests \u201c{signal}\u201d: tick it under Signals, or press "
                            "{key} to accept every suggestion"
                        ).format(signal=signal.label, key=actions.key_text(ACCEPT_ALL)),
                        self.note.viewport(),
                    )
                    return True
            QToolTip.hideText()
        return super().eventFilter(watched, event)


class AcceptAllButton(QPushButton):
    """ "Accept all (n)" beside the Signals title, there only while something is suggested
    (its room is kept, so that nothing moves when it comes and goes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptSuggestionsButton")
        self._restyle()
        self.setToolTip(
            self.tr("Tick every signal your note suggests ({key})").format(
                key=actions.key_text(ACCEPT_ALL)
            )
        )
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.show_count(0)

    def _restyle(self) -> None:
        """Tinted as the suggested toggles are: it accepts exactly those."""
        fill, line = suggestion_colours()
        edge = mix(fill, line, 0.6)
        sheet = (
            f"QPushButton {{ background: {fill.name()}; border: 1px solid {edge.name()};"
            " border-radius: 5px; padding: 2px 10px; min-width: 0; }"
            f"QPushButton:hover {{ background: {mix(fill, line, 0.2).name()}; }}"
            f"QPushButton:focus {{ border: 2px solid {line.name()}; padding: 1px 9px; }}"
        )
        if sheet != self.styleSheet():  # a new style sheet is itself a palette change
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the scheme switched: once it is over
            QTimer.singleShot(0, self, self._restyle)
        super().changeEvent(event)

    def show_count(self, count: int) -> None:
        accept_all = self.tr("Accept all")
        self.setText(f"{accept_all} ({count})" if count else accept_all)
        self.setAccessibleName(
            self.tr("Accept all %n suggested signals", "", count) if count else ""
        )
        self.setVisible(count > 0)


_CODE = QTextFormat.Property.UserProperty + 1
_RESTYLED = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)  # the scheme switched


def _format(fill: QColor, line: QColor, code: str, active: bool) -> QTextCharFormat:
    """A tint and a dotted underline; solid for the toggle in focus (not colour alone)."""
    form = QTextCharFormat()
    form.setBackground(fill)
    style = QTextCharFormat.UnderlineStyle
    form.setUnderlineStyle(style.SingleUnderline if active else style.DotLine)
    form.setUnderlineColor(line)
    form.setProperty(_CODE, code)
    return form


@dataclass
class _Warm:
    asked: bool = False
    done: bool = False


_warm = _Warm()  # the engine's patterns, built once per process


def _warm_up() -> None:
    """The engine builds its patterns and loads its weights on first use (130–180 ms):
    do that on the pool, and read notes there too until it is done, so the GUI thread
    never pays for it."""
    if _warm.asked:
        return
    _warm.asked = True

    def done(_found: object) -> None:
        _warm.done = True

    workers.run(lambda: _read("She said.", ()), done, done)


def _read(text: str, people: tuple[str, ...], learned: Learned | None = None) -> Found:
    """The core's suggestions for `text`, by signal: the pieces of evidence in note order
    and the strength, as the leader's own ticks have taught (`learned`; read-only here, on
    any thread). When the engine fails (`SuggestFailed`, which holds no word of the note),
    there are none this time: suggestions are a help, and writing must go on undisturbed."""
    try:
        suggestions = personalise(learned, text, suggest(text, people))
    except SuggestFailed:
        return {}
    found: dict[str, tuple[list[Evidence], float]] = {}
    for suggestion in suggestions:
        pieces, strength = found.setdefault(suggestion.signal, ([], 0.0))
        pieces.extend(suggestion.evidence)
        found[suggestion.signal] = (pieces, max(strength, suggestion.strength))
    return {
        code: (tuple(sorted(set(pieces), key=lambda e: (e.start, e.end))), strength)
        for code, (pieces, strength) in found.items()
        if pieces
    }


def quotes(text: str, evidence: tuple[Evidence, ...]) -> tuple[str, ...]:
    """What to quote for `evidence`: the sentence (or list item) around each piece, cut to
    about `QUOTE_LIMIT` characters around it (`core.suggest.context`), each sentence once."""
    found: list[str] = []
    seen: set[int] = set()
    for piece in evidence:
        window = sentence_around(text, piece.start, piece.end, QUOTE_LIMIT)
        if window.sentence_start in seen:
            continue
        seen.add(window.sentence_start)
        words = _LIST_MARK.sub("", " ".join(text[window.start : window.end].split()))
        found.append(
            ("\u2026" if window.cut_before else "") + words + ("\u2026" if window.cut_after else "")
        )
    return tuple(found)


_LIST_MARK = re.compile(r"^\s*(?:[-*+\u2022]|\d+[.)])\s+")


def _utf16_positions(text: str) -> Callable[[int], int]:
    """Map a character offset in `text` to Qt's position (UTF-16 code units)."""
    if not _ASTRAL.search(text):
        return lambda offset: offset
    astral = [m.start() for m in _ASTRAL.finditer(text)]

    def position(offset: int) -> int:
        return offset + sum(1 for a in astral if a < offset)

    return position
