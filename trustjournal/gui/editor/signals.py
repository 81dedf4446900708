"""The signal toggles of the entry editor, grouped as `core/judgement/signals.py` groups them.

Every label, group title and explanation is read from `trustjournal.core.judgement.signals`; none
is written here. An explanation shows as the toggle's tooltip, as its accessible
description, and (for keyboard users, who see no tooltip) through `explained(str)`
while the toggle has the focus or the pointer; the editor shows it on its status line.

A toggle can also be *suggested* (`set_suggested`): the note shows the signal, but it is not
ticked. Its row is tinted in the theme's suggestion colour, with a ✕ beside it; its tooltip,
accessible description and explanation quote the words that show it. A click or Space ticks
it as always (that is accepting); the ✕, Delete or Backspace on the focused toggle, or its
context menu dismisses it (`dismissed(code)`). Only the person ever ticks: nothing here checks a box
except `set_checked`, which shows what an entry already holds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.judgement import signals
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.theme import mix, suggestion_colours

DISMISS_TIP = QT_TRANSLATE_NOOP("SignalRow", "Not this one: dismiss the suggestion (Delete)")


KEYS_TEXT = QT_TRANSLATE_NOOP("SignalPanel", "Space ticks it, Delete dismisses it")
TIP_KEYS = QT_TRANSLATE_NOOP(
    "SignalPanel", "A click or Space ticks it; Delete or \u2715 dismisses it."
)


def quoted(quotes: tuple[str, ...]) -> str:
    """‘…’ · ‘…’"""
    return " · ".join(f"\u2018{q}\u2019" for q in quotes)


class SignalToggle(QCheckBox):
    """A signal's check box that answers a click anywhere on its row's width, not only on
    its square and words: a suggested toggle is a tinted bar, and all of it accepts."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


class SignalRow(QWidget):
    """One signal: its toggle and, while it is suggested, a tint behind it and a ✕."""

    def __init__(self, box: QCheckBox, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.suggested = False
        self.sure = True  # a less sure suggestion is drawn with a dashed edge, paler
        self.dismiss = QToolButton()
        self.dismiss.setText("\u2715")
        self.dismiss.setAutoRaise(True)
        # Keyboard users press Delete on the toggle: one stop per signal in the tab chain.
        self.dismiss.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dismiss.setToolTip(self.tr(DISMISS_TIP))
        self.dismiss.setAccessibleName(self.tr("Dismiss suggestion: {signal}").format(signal=label))
        side = box.sizeHint().height()
        self.dismiss.setFixedSize(QSize(side + 2, side))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 1, 2, 1)
        row.setSpacing(2)
        row.addWidget(box, 1)
        row.addWidget(self.dismiss)
        policy = self.dismiss.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # showing a suggestion moves nothing
        self.dismiss.setSizePolicy(policy)
        self.dismiss.hide()

    def set_suggested(self, suggested: bool, sure: bool = True) -> None:
        if (suggested, sure) != (self.suggested, self.sure):
            self.suggested, self.sure = suggested, sure
            self.dismiss.setVisible(suggested)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.suggested:
            fill, line = suggestion_colours()
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # A firmer edge on the one in focus: keyboard users see where they are.
            focused = self.box.hasFocus()
            width = 2.0 if focused else 1.0
            pen = QPen(line if focused else mix(fill, line, 0.6), width)
            if not self.sure:  # not by colour alone: the edge is dashed, the fill paler
                pen.setStyle(Qt.PenStyle.DashLine)
                fill = mix(self.palette().color(QPalette.ColorRole.Window), fill, 0.5)
            painter.setPen(pen)
            painter.setBrush(fill)
            inset = width / 2
            rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
            painter.drawRoundedRect(rect, 5, 5)
            painter.end()
        super().paintEvent(event)


class SignalPanel(QWidget):
    """A block per group (its title over its checkboxes); the blocks stand in one column
    beside the note, or in two under it when the editor is narrow (`set_columns`)."""

    changed = Signal()
    explained = Signal(str)  # "label: explanation" of the toggle in focus or under the pointer; ""
    toggled = Signal(str, bool)  # a toggle the person ticked or unticked (not `set_checked`)
    dismissed = Signal(str)  # a suggestion the person dismissed (the ✕, Delete, Backspace)
    hovered = Signal(str)  # the code of the toggle in focus or under the pointer; ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.rows: dict[str, SignalRow] = {}
        self.titles: dict[signals.Group, QLabel] = {}
        self.blocks: list[QWidget] = []
        self._setting = False
        self._explanations: dict[str, str] = {}
        self._hints: dict[str, str] = {}  # the status line's words for a suggested toggle
        for group in signals.Group:
            block = QWidget()
            column = QVBoxLayout(block)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            title = QLabel(signals.GROUP_LABELS[group])
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            title.setAccessibleName(signals.GROUP_LABELS[group])
            column.addWidget(title)
            self.titles[group] = title
            for signal in signals.in_group(group):
                box = SignalToggle(signal.label)
                box.setObjectName(f"signal_{signal.code}")
                box.setToolTip(signal.explanation)
                box.setAccessibleName(f"{signals.GROUP_LABELS[group]}: {signal.label}")
                box.setAccessibleDescription(signal.explanation)
                box.toggled.connect(self.changed)
                box.toggled.connect(lambda on, code=signal.code: self._toggled(code, on))
                box.installEventFilter(self)
                box.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                box.customContextMenuRequested.connect(
                    lambda pos, code=signal.code: self._menu(code, pos)
                )
                row = SignalRow(box, signal.label)
                row.dismiss.clicked.connect(lambda _=False, c=signal.code: self.dismissed.emit(c))
                column.addWidget(row)
                self.boxes[signal.code] = box
                self.rows[signal.code] = row
                self._explanations[signal.code] = signal.explanation
            self.blocks.append(block)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(12)
        self.columns = 0
        self.set_columns(1)

    def set_columns(self, columns: int) -> None:
        """Stand the group blocks in `columns` columns, filled top to bottom."""
        if columns == self.columns:
            return
        self.columns = columns
        for block in self.blocks:
            self.grid.removeWidget(block)
        rows = -(-len(self.blocks) // columns)
        for index, block in enumerate(self.blocks):
            self.grid.addWidget(block, index % rows, index // rows, Qt.AlignmentFlag.AlignTop)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(rows, 1)

    def checked(self) -> frozenset[str]:
        return frozenset(code for code, box in self.boxes.items() if box.isChecked())

    def set_checked(self, codes: frozenset[str]) -> None:
        """Tick exactly `codes` (codes this version does not know are left out)."""
        self.blockSignals(True)
        self._setting = True
        try:
            for code, box in self.boxes.items():
                box.setChecked(code in codes)
        finally:
            self._setting = False
            self.blockSignals(False)

    # -- suggestions ---------------------------------------------------------------------

    def set_suggested(self, code: str, quotes: tuple[str, ...] | None, sure: bool = True) -> None:
        """Show `code` as suggested by the words `quotes` (less `sure`: the words show it
        less plainly, drawn dashed and said "possibly"), or (None) as a plain toggle."""
        box, row = self.boxes[code], self.rows[code]
        explanation = self._explanations[code]
        if quotes:
            words, keys, tip_keys = quoted(quotes), self.tr(KEYS_TEXT), self.tr(TIP_KEYS)
            if sure:
                why = self.tr("Suggested by your note: {words}").format(words=words)
                # The status line puts the keys first: a long quote is cut there, not them.
                hint = self.tr("{signal}: suggested ({keys}) by {words}")
            else:
                why = self.tr("Possibly suggested by your note: {words}").format(words=words)
                hint = self.tr("{signal}: possibly suggested ({keys}) by {words}")
            box.setToolTip(f"{why}\n\n{explanation}\n\n{tip_keys}")
            box.setAccessibleDescription(f"{why}. {keys}. {explanation}")
            self._hints[code] = hint.format(signal=box.text(), keys=keys, words=words)
        else:
            box.setToolTip(explanation)
            box.setAccessibleDescription(explanation)
            self._hints.pop(code, None)
        row.set_suggested(bool(quotes), sure)
        if box.hasFocus() or box.underMouse():
            self.explained.emit(self._explanation(box))

    def suggested(self) -> frozenset[str]:
        return frozenset(code for code, row in self.rows.items() if row.suggested)

    def _menu(self, code: str, pos: QPoint) -> None:
        """A right click on a suggested toggle: tick it, or dismiss the suggestion."""
        if not self.rows[code].suggested:
            return
        box = self.boxes[code]
        menu = QMenu(box)
        menu.addAction(self.tr("Tick It"), lambda: box.setChecked(True))
        menu.addAction(self.tr("Dismiss Suggestion"), lambda: self.dismissed.emit(code))
        menu.exec(box.mapToGlobal(pos))

    def _toggled(self, code: str, on: bool) -> None:
        if not self._setting:
            self.toggled.emit(code, on)

    def first(self) -> QCheckBox:
        return next(iter(self.boxes.values()))

    def last(self) -> QCheckBox:
        return list(self.boxes.values())[-1]

    def _code(self, box: QObject) -> str:
        return next((c for c, b in self.boxes.items() if b is box), "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QCheckBox):
            kind = event.type()
            if kind in (QEvent.Type.FocusIn, QEvent.Type.Enter):
                self.explained.emit(self._explanation(watched))
                self.hovered.emit(self._code(watched))
            elif kind in (QEvent.Type.FocusOut, QEvent.Type.Leave):
                focused = next((b for b in self.boxes.values() if b.hasFocus()), None)
                self.explained.emit(self._explanation(focused) if focused else "")
                self.hovered.emit(self._code(focused) if focused else "")
            if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
                self.rows[self._code(watched)].update()  # its focus ring
            elif (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
            ):
                code = self._code(watched)
                if self.rows[code].suggested:
                    self.dismissed.emit(code)
                    return True
        return super().eventFilter(watched, event)

    def _explanation(self, box: QCheckBox) -> str:
        return self._hints.get(self._code(box)) or f"{box.text()}: {box.accessibleDescription()}"
