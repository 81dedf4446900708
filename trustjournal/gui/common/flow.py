"""A layout that lays its widgets out left to right and wraps them onto the next line:
the editor's chosen people, the person page's flag and role chips."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping onto the next line (Qt's flow layout example).

    With `fill_last`, the last item (a typing field) takes the rest of its line, at least
    its minimum width, else it starts a line of its own.
    """

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, *, fill_last: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._fill_last = fill_last

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addWidget(widget)  # appended by addItem; move it into place
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        visible = [i for i in self._items if not i.isEmpty()]
        for position, item in enumerate(visible):
            hint = item.sizeHint()
            last = self._fill_last and position == len(visible) - 1
            # The last item (the typing field) takes the rest of the line, at least its minimum.
            width = max(hint.width(), area.right() + 1 - x) if last else hint.width()
            if last and area.right() + 1 - x < item.minimumSize().width() and x > area.x():
                x, y, line_height = area.x(), y + line_height + self._spacing, 0
                width = area.width()
            elif x + hint.width() > area.right() + 1 and x > area.x():
                x, y, line_height = area.x(), y + line_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()
