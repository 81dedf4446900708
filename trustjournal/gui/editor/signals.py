"""The signal toggles of the entry editor, grouped as `core/judgement/signals.py` groups them.

Every label, group title and explanation is read from `trustjournal.core.judgement.signals`; none
is written here. An explanation shows as the toggle's tooltip, as its accessible
description, and (for keyboard users, who see no tooltip) through `explained(str)`
while the toggle has the focus or the pointer; the editor shows it on its status line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from trustjournal.core.judgement import signals


class SignalPanel(QWidget):
    """A block per group (its title over its checkboxes); the blocks stand in one column
    beside the note, or in two under it when the editor is narrow (`set_columns`)."""

    changed = Signal()
    explained = Signal(str)  # "label: explanation" of the toggle in focus or under the pointer; ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.titles: dict[signals.Group, QLabel] = {}
        self.blocks: list[QWidget] = []
        for group in signals.Group:
            block = QWidget()
            column = QVBoxLayout(block)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            title = QLabel(signals.GROUP_LABELS[group])
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            title.setAccessibleName(signals.GROUP_LABELS[group])
            column.addWidget(title)
            self.titles[group] = title
            for signal in signals.in_group(group):
                box = QCheckBox(signal.label)
                box.setObjectName(f"signal_{signal.code}")
                box.setToolTip(signal.explanation)
                box.setAccessibleName(f"{signals.GROUP_LABELS[group]}: {signal.label}")
                box.setAccessibleDescription(signal.explanation)
                box.toggled.connect(self.changed)
                box.installEventFilter(self)
                column.addWidget(box)
                self.boxes[signal.code] = box
            self.blocks.append(block)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(2, 0, 0, 0)
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
        try:
            for code, box in self.boxes.items():
                box.setChecked(code in codes)
        finally:
            self.blockSignals(False)

    def first(self) -> QCheckBox:
        return next(iter(self.boxes.values()))

    def last(self) -> QCheckBox:
        return list(self.boxes.values())[-1]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QCheckBox):
            kind = event.type()
            if kind in (QEvent.Type.FocusIn, QEvent.Type.Enter):
                self.explained.emit(_explanation(watched))
            elif kind in (QEvent.Type.FocusOut, QEvent.Type.Leave):
                focused = next((b for b in self.boxes.values() if b.hasFocus()), None)
                self.explained.emit(_explanation(focused) if focused else "")
        return super().eventFilter(watched, event)


def _explanation(box: QCheckBox) -> str:
    return f"{box.text()}: {box.accessibleDescription()}"
