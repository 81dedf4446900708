"""Delete a conversation, delete a person, merge two people: asked once, undoable.

`Removal` reads what would go (on the journal worker), asks once in words that name it
("Delete Maya Chen and the 12 conversations with only them? 3 group conversations stay,
without them."), then deletes on the worker and hands the undo to the `UndoKeeper`
(gui/undo.py), whose bar offers to put it back until the journal is locked. A person with
group conversations gets the choice: keep those without them, or delete them too. A merge
is its own dialog (`MergeDialog`): pick the other person; it says what moves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.errors import JournalError
from trustjournal.core.records import ConversationRecord, PersonRecord
from trustjournal.gui.common.dates import long_day
from trustjournal.gui.session import Session
from trustjournal.gui.undo import DELETE, MERGE, UndoKeeper

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal

TITLE = "TrustJournal"


@dataclass(frozen=True)
class Moving:
    """What a merge moves from the other person: their counts."""

    conversations: int
    decisions: int
    gatherings: int

    @staticmethod
    def read(journal: Journal, ident: int) -> Moving:
        return Moving(
            journal.count_conversations(ident),
            len(journal.decisions(person_id=ident)),
            len(journal.gatherings(person_id=ident)),
        )


class Removal(QObject):
    """The app's deletes and merges of people and conversations (asked once, undoable)."""

    done = Signal(str)  # what was done, in a sentence (after the write)
    deletingConversation = Signal(int)  # confirmed: an editor showing it closes now

    def __init__(self, session: Session, keeper: UndoKeeper, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.keeper = keeper
        self.window = parent
        self.ask: Callable[[QDialog], Any] = lambda box: box.exec()  # tests answer here

    # -- a conversation ----------------------------------------------------------------

    def delete_conversation(self, ident: int) -> None:
        self.session.read(lambda j: j.conversation(ident), self._ask_conversation, self._failed)

    def _names(self, people: list[str]) -> str:
        """'Maya Chen, Ben Ode and Mai Chen' in the language shown."""
        if not people:
            return self.tr("nobody")
        if len(people) == 1:
            return people[0]
        return ", ".join(people[:-1]) + self.tr(" and ") + people[-1]

    def _ask_conversation(self, talk: ConversationRecord) -> None:
        day, people = long_day(talk.date), self._names([p.name for p in talk.people])
        box = self._box(
            self.tr("Delete the conversation of {day} with {people}?").format(
                day=day, people=people
            ),
            self.tr("Its note (%Ln words) and signals go with it.", "", len(talk.note.split()))
            + " "
            + self.tr("You can undo this until you lock the journal or quit."),
        )
        delete = box.addButton(
            self.tr("Delete Conversation"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.ask(box)
        if box.clickedButton() is not delete:
            return
        ident = talk.id
        self.deletingConversation.emit(ident)
        self._write(
            lambda j: j.delete_conversation(ident),
            lambda undo: self.tr("Deleted the conversation of {day} with {people}.").format(
                day=day, people=people
            ),
        )

    # -- a person ----------------------------------------------------------------------

    def delete_person(self, person: PersonRecord) -> None:
        ident = person.id
        self.session.read(
            lambda j: j.removal_counts(ident),
            lambda counts: self._ask_person(person, *counts),
            self._failed,
        )

    def _ask_person(self, person: PersonRecord, solo: int, shared: int) -> None:
        name = person.name
        if solo:
            question = self.tr(
                "Delete {name} and the %Ln conversations with only them?", "", solo
            ).format(name=name)
        else:
            question = self.tr("Delete {name}?").format(name=name)
        detail = (
            self.tr(
                "%Ln group conversations with {name} and others: keep them, without {name}, "
                "or delete them too?",
                "",
                shared,
            ).format(name=name)
            + " "
            if shared
            else ""
        ) + self.tr("You can undo this until you lock the journal or quit.")
        box = self._box(question, detail)
        delete = box.addButton(
            self.tr("Delete, Keep Those %Ln", "", shared) if shared else self.tr("Delete Person"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        everything = (
            box.addButton(
                self.tr("Delete All %Ln", "", solo + shared), QMessageBox.ButtonRole.DestructiveRole
            )
            if shared
            else None
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.ask(box)
        clicked = box.clickedButton()
        if clicked not in (delete, everything) or clicked is None:
            return
        with_shared = clicked is everything
        ident = person.id

        def said(removal: Any) -> str:
            return self.tr(
                "Deleted {name} and %Ln conversations.", "", removal.conversations_deleted
            ).format(name=name)

        self._write(
            lambda j: j.delete_person(ident, with_shared=with_shared),
            said,
            lambda removal: removal.undo,
        )

    # -- a merge -----------------------------------------------------------------------

    def merge_into(self, person: PersonRecord) -> None:
        """Ask which person to fold into `person` (kept), then merge."""
        self.session.read(
            lambda j: [p for p in j.people() if p.id != person.id],
            lambda others: self._ask_merge(person, others),
            self._failed,
        )

    def _ask_merge(self, keep: PersonRecord, others: list[PersonRecord]) -> None:
        if not others:
            QMessageBox.information(self.window, TITLE, self.tr("There is nobody else to merge."))
            return
        dialog = MergeDialog(self.session, keep, others, self.window)
        if self.ask(dialog) != QDialog.DialogCode.Accepted or dialog.other() is None:
            return
        other = dialog.other()
        assert other is not None
        keep_id, other_id = keep.id, other.id
        self._write(
            lambda j: j.merge(keep_id, other_id),
            lambda merged: self.tr("Merged {other} into {keep}.").format(
                other=other.name, keep=keep.name
            ),
            lambda merged: merged.undo,
            MERGE,
        )

    # -- shared ------------------------------------------------------------------------

    def _box(self, question: str, detail: str) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(TITLE)
        box.setText(question)
        box.setInformativeText(detail)
        # The warning sign is an image a screen reader reads: named, as the title bar is not.
        icon = box.findChild(QLabel, "qt_msgboxex_icon_label")
        if icon is not None:
            icon.setAccessibleName(self.tr("Warning"))
        # Wide enough for the buttons' words: a message box is narrow by default.
        box.setStyleSheet(
            "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 26em; }"
        )
        return box

    def _write(
        self,
        fn: Callable[[Journal], Any],
        said: Callable[[Any], str],
        undo_of: Callable[[Any], Any] = lambda undo: undo,
        verb: str = DELETE,
    ) -> None:
        def done(result: Any) -> None:
            sentence = said(result)
            self.keeper.push(sentence, undo_of(result), verb)
            self.done.emit(sentence)

        self.session.write(fn, done, self._failed, name="delete")

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, JournalError):
            raise error
        QMessageBox.warning(self.window, TITLE, str(error))


class MergeDialog(QDialog):
    """Merge someone into the person shown: pick them; it says what moves."""

    def __init__(
        self,
        session: Session,
        keep: PersonRecord,
        others: list[PersonRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.keep = keep
        self.setWindowTitle(self.tr("Merge into {name}").format(name=keep.name) + f" — {TITLE}")
        self.setObjectName("MergeDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the person to merge into <b>{name}</b> (for example the "
                "same person entered twice):"
            ).format(name=_html(keep.name))
        )
        intro.setWordWrap(True)
        self.people = QComboBox()
        self.people.setAccessibleName(self.tr("The person to merge"))
        # Over AT-SPI a combo box is named by its value: what it is for comes from its label.
        intro.setBuddy(self.people)
        for other in others:
            self.people.addItem(other.name, other)
        self.moving = QLabel()
        self.moving.setWordWrap(True)
        self.moving.setObjectName("mergeMoving")
        self.moving.setMinimumHeight(self.moving.fontMetrics().lineSpacing() * 4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(intro)
        layout.addWidget(self.people)
        layout.addWidget(self.moving)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.people.currentIndexChanged.connect(self._read_moving)
        self._read_moving()

    def other(self) -> PersonRecord | None:
        data = self.people.currentData()
        return data if isinstance(data, PersonRecord) else None

    def _read_moving(self) -> None:
        other = self.other()
        if other is None:
            return
        self.merge_button.setEnabled(False)
        ident = other.id
        self.session.read(
            lambda j: Moving.read(j, ident), lambda moving: self._show_moving(other, moving)
        )

    def _show_moving(self, other: PersonRecord, moving: Moving) -> None:
        if self.other() != other:
            return  # another person chosen meanwhile
        keep = self.keep.name
        words = ", ".join(
            (
                self.tr("%Ln conversations", "", moving.conversations),
                self.tr("%Ln decisions", "", moving.decisions),
                self.tr("%Ln gatherings", "", moving.gatherings),
            )
        )
        self.moving.setText(
            self.tr(
                "{other}'s {words} move to {keep}; {keep}'s empty details are "
                "filled from {other}'s, and “{other}” becomes one of {keep}'s "
                "aliases. You can undo this until you lock the journal or quit."
            ).format(other=other.name, words=words, keep=keep)
        )
        self.merge_button.setEnabled(True)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
