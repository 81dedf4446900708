"""The people picker of the entry editor: chips for the people chosen, a field to type in.

Typing offers the journal's people (a `QCompleter` over `PeopleModel`, through a proxy
that hides archived people and those already chosen). Enter or a comma adds the
highlighted suggestion, the person whose name was typed, or the only one it matches;
a name nobody has is offered as "Add ‘Name’ as a new person" and, once confirmed,
becomes a new-person chip that the core adds together with the conversation.
Backspace in the empty field removes the last chip; every chip has a close button. From
the keyboard, Left at the start of the field walks onto the chips (Left and Right move,
Backspace or Delete removes, Space presses the close button, Escape goes back to typing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.records import PersonRecord
from trustjournal.gui.common.flow import FlowLayout
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.roles import ARCHIVED_ROLE, PERSON_ID_ROLE
from trustjournal.gui.editor.state import Chosen

# Marked here, translated where shown.
NEW_SUFFIX = QT_TRANSLATE_NOOP("PeoplePicker", " (new)")
EMPTY_PLACEHOLDER = QT_TRANSLATE_NOOP("PeoplePicker", "Type a name, then Enter")

AnyIndex = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractListModel):
    """The journal's people, in name order, for completion."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonRecord] = []

    def set_people(self, people: Sequence[PersonRecord]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def clear(self) -> None:
        self.set_people([])

    def people(self) -> list[PersonRecord]:
        return list(self._people)

    def person(self, row: int) -> PersonRecord:
        return self._people[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return person.role or None
        if role == PERSON_ID_ROLE:
            return person.id
        if role == ARCHIVED_ROLE:
            return person.archived
        return None


class Suggestions(QSortFilterProxyModel):
    """The people worth suggesting: not archived, not already chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chosen: frozenset[int] = frozenset()

    def set_chosen(self, ids: Iterable[int]) -> None:
        chosen = frozenset(ids)
        if chosen == self._chosen:
            return  # filtering 1,000 people again would change nothing
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self._chosen = chosen
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._chosen = chosen
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        source = self.sourceModel()
        if not isinstance(source, PeopleModel):
            return False
        person = source.person(row)  # the record itself: no QModelIndex per row
        return not person.archived and person.id not in self._chosen


class Chip(QFrame):
    """One chosen person: the name, and a button that removes it."""

    removeRequested = Signal()

    def __init__(self, chosen: Chosen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = chosen
        self.is_new = chosen.id is None
        new = QCoreApplication.translate("PeoplePicker", NEW_SUFFIX)
        text = chosen.name + (new if self.is_new else "")
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        remove = self.tr("Remove {name}").format(name=chosen.name)
        self.close_button.setToolTip(remove)
        self.close_button.setAccessibleName(remove)
        # Not in the Tab chain: Left from the start of the typing field reaches the chips.
        self.close_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.close_button.clicked.connect(self.removeRequested)
        self.setAccessibleName(
            (self.tr("{name}, new person") if self.is_new else self.tr("{name}, chosen")).format(
                name=chosen.name
            )
        )
        if self.is_new:
            self.setToolTip(
                self.tr("{name} will be added to your journal when you save").format(
                    name=chosen.name
                )
            )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        pen = painter.pen()
        focused = self.close_button.hasFocus()
        pen.setColor(
            palette.color(QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid)
        )
        pen.setWidthF(2.0 if focused else 1.0)
        if self.is_new:  # not by colour alone: a dashed outline and "(new)"
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()


class TokenEdit(QLineEdit):
    """The typing field: Enter and comma commit, Enter on empty is done with the people,
    Backspace on empty removes a chip."""

    commitRequested = Signal()
    doneRequested = Signal()
    backspaceOnEmpty = Signal()
    leftAtStart = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.popup_has_current: Callable[[], bool] = lambda: False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.popup_has_current():
                event.ignore()  # the completer takes the highlighted row
                return
            if self.text().strip():
                self.commitRequested.emit()
                event.accept()
                return
            if not self.text():
                self.doneRequested.emit()
                event.accept()
                return
        elif event.text() == ",":
            self.commitRequested.emit()
            event.accept()
            return
        elif key == Qt.Key.Key_Left and self.cursorPosition() == 0 and not self.hasSelectedText():
            self.leftAtStart.emit()
            event.accept()
            return
        elif (
            key == Qt.Key.Key_Backspace
            and not self.text()
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.backspaceOnEmpty.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._repaint_box()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._repaint_box()

    def _repaint_box(self) -> None:
        box = self.parentWidget()  # it draws the focus frame around the chips
        if box is not None:
            box.update()


class PeoplePicker(QWidget):
    """Chips and a typing field in one box that looks like a line edit; the offer to add
    a new person appears under it."""

    changed = Signal()
    done = Signal()  # Enter on the empty field: on to what comes next (the editor: the note)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleModel(self)
        self.suggestions = Suggestions(self)
        self.suggestions.setSourceModel(self.model)
        self.suggestions.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._chips: list[Chip] = []

        self.box = _FieldBox()
        self.flow = FlowLayout(self.box, spacing=6, fill_last=True)
        self.flow.setContentsMargins(6, 5, 6, 5)
        self.input = TokenEdit()
        self.input.setFrame(False)
        self.input.setPlaceholderText(self.tr(EMPTY_PLACEHOLDER))
        self.input.setAccessibleName(self.tr("Add a person"))
        self.input.setMinimumWidth(180)
        self.flow.addWidget(self.input)
        self.box.setFocusProxy(self.input)
        self.setFocusProxy(self.input)

        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(8)
        self.completer.setWidget(self.input)
        self._popup().setAccessibleName(self.tr("People in your journal"))
        self._popup().setStyleSheet("QAbstractItemView::item { padding: 4px 8px; }")
        self.input.popup_has_current = lambda: self._popup_current().isValid()
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.input.textEdited.connect(self._typed)
        self.input.commitRequested.connect(self.commit)
        self.input.doneRequested.connect(self.done)
        self.input.backspaceOnEmpty.connect(self._remove_last)
        self.input.leftAtStart.connect(lambda: self._focus_chip(len(self._chips) - 1))

        self.offer = QFrame()
        self.offer.setObjectName("newPersonOffer")
        self.offer_label = QLabel()
        self.offer_label.setWordWrap(True)
        self.offer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.offer_label.setProperty("role", "muted")
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(self.confirm_new)
        self.not_now = QPushButton(self.tr("Not now"))
        self.not_now.setAccessibleName(self.tr("Do not add this person"))
        self.not_now.clicked.connect(self.dismiss_offer)
        offer_layout = QVBoxLayout(self.offer)
        offer_layout.setContentsMargins(2, 0, 0, 2)
        offer_layout.setSpacing(6)
        offer_layout.addWidget(self.offer_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.not_now)
        buttons.addStretch(1)
        offer_layout.addLayout(buttons)
        self.offer.hide()
        self._offered = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.box)
        layout.addWidget(self.offer)

    # -- data ---------------------------------------------------------------------------

    def set_people(self, people: Sequence[PersonRecord]) -> None:
        """The journal's people to suggest (archived ones resolve when typed in full)."""
        self.model.set_people(people)

    def chosen(self) -> tuple[Chosen, ...]:
        return tuple(chip.chosen for chip in self._chips)

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def set_chosen(self, people: Iterable[Chosen], pending: str = "") -> None:
        self.blockSignals(True)
        try:
            for chip in list(self._chips):
                self._drop(chip, update=False)
            for person in people:
                self._add(person, update=False)
            self._update_chosen()  # once, not once per chip
            self.input.setText(pending)
            self.dismiss_offer()
        finally:
            self.blockSignals(False)

    def pending_text(self) -> str:
        return self.input.text().strip()

    def clear(self) -> None:
        """Drop every name: chips, the typed text, the offer and the suggestions."""
        self.set_chosen(())
        self._popup().hide()
        self.model.clear()
        self.offer_label.clear()
        self.add_button.setText("")
        self.add_button.setAccessibleName("")

    # -- adding and removing ------------------------------------------------------------

    def commit(self) -> bool:
        """Add what was typed: a known person at once, an unknown name as an offer.

        Returns True when nothing is left pending in the field.
        """
        text = " ".join(self.input.text().split())
        if not text:
            return True
        current = self._popup_current()
        self._popup().hide()
        if current.isValid():
            self._picked(current)
            return True
        if self._already_chosen(text):
            self.input.clear()
            return True
        person = self._resolve(text)
        if person is not None:
            self._add(Chosen(person.name, person.id))
            self.input.clear()
            self.changed.emit()
            return True
        self._offer(text)
        return False

    def confirm_new(self) -> None:
        name = self._offered
        if not name:
            return
        self._offered = ""
        self.offer.hide()
        if not self._already_chosen(name):
            self._add(Chosen(name))
        self.input.clear()
        self.input.setFocus()
        self.changed.emit()

    def dismiss_offer(self) -> None:
        self._offered = ""
        self.offer.hide()

    def _offer(self, name: str) -> None:
        self._offered = name
        self.offer_label.setText(self.tr("‘{name}’ is not in your journal yet.").format(name=name))
        self.add_button.setText(self.tr("Add ‘{name}’ as a new person").format(name=name))
        self.add_button.setAccessibleName(self.tr("Add {name} as a new person").format(name=name))
        self.offer.show()
        self.add_button.setFocus()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a completer always has one
        return popup

    def _popup_current(self) -> QModelIndex:
        popup = self._popup()
        return popup.currentIndex() if popup.isVisible() else QModelIndex()

    def _resolve(self, text: str) -> PersonRecord | None:
        """The person `text` names: the exact name (archived too), else the only match."""
        wanted = text.casefold()
        people = self.model.people()
        exact = [p for p in people if p.name.casefold() == wanted]
        if exact:
            return exact[0]
        chosen = {c.chosen.id for c in self._chips}
        partial = [
            p
            for p in people
            if wanted in p.name.casefold() and not p.archived and p.id not in chosen
        ]
        return partial[0] if len(partial) == 1 else None

    def _already_chosen(self, name: str) -> bool:
        return any(c.chosen.name.casefold() == name.casefold() for c in self._chips)

    def _picked(self, index: QModelIndex) -> None:
        ident = index.data(PERSON_ID_ROLE)
        name = index.data(Qt.ItemDataRole.DisplayRole)
        if ident is None or not name:
            return
        self.dismiss_offer()
        if not any(c.chosen.id == ident for c in self._chips):
            self._add(Chosen(str(name), int(ident)))
            self.changed.emit()
        self.input.clear()

    def _typed(self, text: str) -> None:
        if self.offer.isVisible():
            self.dismiss_offer()
        prefix = text.strip()
        if not prefix:
            self._popup().hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            self._popup().hide()
            return
        rect = self.input.rect()
        rect.setWidth(max(rect.width(), 260))
        self.completer.complete(rect)

    def _focus_chip(self, index: int) -> None:
        """Move the keyboard to chip `index` (its close button), or back to typing."""
        if 0 <= index < len(self._chips):
            self._chips[index].close_button.setFocus()
        else:
            self.input.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys on a chip: Left/Right move, Backspace/Delete remove, Escape goes back."""
        chip = next((c for c in self._chips if c.close_button is watched), None)
        if chip is None:
            return super().eventFilter(watched, event)
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            chip.update()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            index = self._chips.index(chip)
            key = event.key()
            if key == Qt.Key.Key_Left:
                self._focus_chip(max(0, index - 1))
                return True
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Escape):
                self._focus_chip(index + 1 if key == Qt.Key.Key_Right else len(self._chips))
                return True
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._drop(chip)
                self.changed.emit()
                self._focus_chip(index - 1 if index > 0 else len(self._chips))
                return True
        return super().eventFilter(watched, event)

    def _add(self, person: Chosen, *, update: bool = True) -> None:
        chip = Chip(person)
        chip.removeRequested.connect(lambda c=chip: self.remove(c))
        self.flow.insertWidget(len(self._chips), chip)
        chip.show()
        chip.close_button.installEventFilter(self)
        self._chips.append(chip)
        if update:
            self._update_chosen()

    def remove(self, chip: Chip) -> None:
        self._drop(chip)
        self.input.setFocus()
        self.changed.emit()

    def _remove_last(self) -> None:
        if self._chips:
            self.remove(self._chips[-1])

    def _drop(self, chip: Chip, *, update: bool = True) -> None:
        self._chips.remove(chip)
        self.flow.removeWidget(chip)
        chip.hide()
        chip.setParent(None)  # out of the widget tree now, not at the next event loop turn
        chip.deleteLater()
        if update:
            self._update_chosen()

    def _update_chosen(self) -> None:
        self.suggestions.set_chosen(c.chosen.id for c in self._chips if c.chosen.id is not None)
        self.input.setPlaceholderText(
            self.tr("Add another person") if self._chips else self.tr(EMPTY_PLACEHOLDER)
        )
        self.box.updateGeometry()


class _FieldBox(QWidget):
    """Paints a line edit's frame around the chips and the typing field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionFrame()
        option.initFrom(self)
        option.lineWidth = 1
        option.midLineWidth = 0
        option.features = QStyleOptionFrame.FrameFeature.None_
        proxy = self.focusProxy()
        if proxy is not None and proxy.hasFocus():
            option.state |= QStyle.StateFlag.State_HasFocus
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)
        painter.end()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else -1
