"""The people a note names, offered under it: "Mentioned: Nadia Perez [Add as participant]".

`MentionBar` watches the note and the people picker. A moment after the typing stops
(`DELAY_MS`) it looks the note up against the journal's people (the ones the picker was
given, aliases and all) with `judgement.mentions.find_people`, on a thread of the pool
(`gui/common/workers.py`): a long note never holds up a keystroke, and an answer for
words since changed is dropped. It then offers:

* a person named for certain who is not yet a participant: one click adds them;
* a name that fits several people ("Sam": Sam Ortiz or Sam Lee?): a button for each, so
  the person chooses; nothing is ever added or guessed without a click. When one of the
  candidates is already a participant, the note most likely means them: no question.

Each offer can be dismissed (×) and stays dismissed for this entry; `reset()` (the
editor opening another entry, or locking) forgets the offers and the dismissals. The bar
shows nothing while there is nothing to offer. Names are shown only in the bar's own
labels: nothing of the note or a name goes to a log or the settings.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.judgement.mentions import Mention, NameIndex, PersonNames
from trustjournal.core.records import PersonRecord
from trustjournal.gui.common import workers
from trustjournal.gui.editor.people import PeoplePicker
from trustjournal.gui.editor.state import Chosen
from trustjournal.gui.editor.widgets import NoticeFrame

DELAY_MS = 400  # after the last keystroke
MAX_OFFERS = 4  # rows shown at once; the others wait until these are answered
MAX_CHOICES = 4  # candidates offered as buttons for one ambiguous name

Key = tuple[int, ...]  # what an offer is about: one person, or the candidates of a name


class MentionBar(NoticeFrame):
    """Offers the people the note names as participants, and asks about ambiguous names."""

    offersChanged = Signal()  # the offers shown changed (tests wait for it)

    def __init__(
        self, note: QPlainTextEdit, picker: PeoplePicker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mentionBar")
        self.set_kind("info")
        self.note, self.picker = note, picker
        self._people: list[PersonRecord] = []
        self._index: NameIndex | None = None
        self._asked = 0  # the look-up last asked for; older answers are late
        self._mentions: list[Mention] = []
        self._dismissed: set[Key] = set()
        self.rows: dict[Key, QWidget] = {}

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.look)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 8, 8)
        self._layout.setSpacing(4)
        self.hide()

        note.textChanged.connect(self._timer.start)
        picker.changed.connect(self._show_offers)
        picker.model.modelReset.connect(self._timer.start)

    # -- what the editor calls ------------------------------------------------------------

    def reset(self) -> None:
        """Forget the offers and what was dismissed (another entry, or locking)."""
        self._timer.stop()
        self._asked += 1
        self._mentions = []
        self._dismissed.clear()
        self._people, self._index = [], None
        self._show_offers()

    def offers(self) -> list[tuple[str, tuple[str, ...]]]:
        """What the bar offers, for tests and screen readers: (the words, the names)."""
        return [(row.property("words"), tuple(row.property("names"))) for row in self.rows.values()]

    # -- looking the note up -----------------------------------------------------------------

    def look(self) -> None:
        """Look the note up now, off the GUI thread."""
        self._timer.stop()
        self._asked += 1
        asked = self._asked
        note = self.note.toPlainText()
        people = self.picker.model.people()
        index = self._index if people == self._people else None

        def find() -> tuple[list[PersonRecord], NameIndex, list[Mention]]:
            built = index or NameIndex(PersonNames(p.id, p.name, p.aliases) for p in people)
            return people, built, built.find(note)

        def found(result: tuple[list[PersonRecord], NameIndex, list[Mention]]) -> None:
            if asked != self._asked:
                return  # the note or the people changed meanwhile
            self._people, self._index, self._mentions = result
            self._show_offers()

        def failed(error: BaseException) -> None:
            raise error  # a bug: the crash hook reports its type and place, never the note

        workers.run(find, found, failed)

    # -- showing the offers ------------------------------------------------------------------

    def _offers(self) -> list[tuple[Key, Mention]]:
        chosen = {c.id for c in self.picker.chosen() if c.id is not None}
        known = {p.id for p in self._people}
        wanted: list[tuple[Key, Mention]] = []
        for mention in self._mentions:
            key = mention.candidates
            if key in self._dismissed or not set(key) <= known:
                continue
            if chosen & set(key):
                continue  # already there (or, for a shared name, one of them is)
            wanted.append((key, mention))
        return wanted[:MAX_OFFERS]

    def _show_offers(self) -> None:
        wanted = self._offers()
        if [k for k, _ in wanted] == list(self.rows):
            return
        for row in self.rows.values():
            self._layout.removeWidget(row)
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        names = {p.id: p.name for p in self._people}
        for key, mention in wanted:
            row = self._row(key, mention, names)
            self._layout.addWidget(row)
            self.rows[key] = row
        self.setVisible(bool(self.rows))
        self._colour_labels()
        self.offersChanged.emit()

    def _row(self, key: Key, mention: Mention, names: dict[int, str]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        row.setProperty("words", mention.text)
        row.setProperty("names", [names[i] for i in key])
        if mention.certain:
            (ident,) = key
            label.setText(self.tr("Mentioned: {name}").format(name=names[ident]))
            layout.addWidget(label)
            button = QPushButton(self.tr("Add as participant"))
            button.setAccessibleName(
                self.tr("Add {name} as a participant").format(name=names[ident])
            )
            button.clicked.connect(lambda _=False, i=ident: self._add(i))
            layout.addWidget(button)
        else:
            choices = key[:MAX_CHOICES]
            label.setText(self.tr("“{words}”: who is meant?").format(words=mention.text))
            label.setToolTip(
                self.tr(
                    "This name fits several people in your journal; choose who was there, or "
                    "dismiss the question."
                )
            )
            layout.addWidget(label)
            for ident in choices:
                button = QPushButton(names[ident])
                button.setAccessibleName(
                    self.tr("Add {name} as a participant").format(name=names[ident])
                )
                button.clicked.connect(lambda _=False, i=ident: self._add(i))
                layout.addWidget(button)
        layout.addStretch(1)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss: not for this entry"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(lambda _=False, k=key: self.dismiss(k))
        layout.addWidget(close)
        return row

    # -- answers ---------------------------------------------------------------------------

    def _add(self, ident: int) -> None:
        person = next((p for p in self._people if p.id == ident), None)
        if person is None:
            return
        chosen = self.picker.chosen()
        if all(c.id != ident for c in chosen):
            self.picker.set_chosen((*chosen, Chosen(person.name, ident)), self.picker.input.text())
            self.picker.changed.emit()  # set_chosen is quiet; the editor keeps a draft now
        self._show_offers()

    def dismiss(self, key: Sequence[int]) -> None:
        """Stop offering this person (or asking about this name) for this entry."""
        self._dismissed.add(tuple(key))
        self._show_offers()
