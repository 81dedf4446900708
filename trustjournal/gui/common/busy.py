"""The busy hint: "Working…" in the status bar, only once the journal has kept someone waiting.

Views keep showing their last state while the worker reads the next one, so most answers
arrive before anyone could notice. Only when something the user asked for (a read or a
write; not a background read-ahead, and not a backup, which has its own progress window) is
still unanswered after `DELAY_MS` does the hint appear, and it goes the moment the worker
has answered everything.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from trustjournal.gui.common import theme

DELAY_MS = 300  # below this a wait goes unnoticed; a hint would only flicker


class BusyHint(QWidget):
    """A small indeterminate bar and "Working…"; call `set_busy` as the worker's state changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyHint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(6)
        bar = QProgressBar()
        bar.setRange(0, 0)  # indeterminate
        bar.setTextVisible(False)
        bar.setFixedSize(72, 8)
        label = QLabel(self.tr("Working…"))
        theme.set_role(label, "muted")
        layout.addWidget(bar)
        layout.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Working"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.show)
        self.hide()

    @property
    def waiting(self) -> bool:
        """Busy, and the delay before the hint shows has not yet passed."""
        return self._timer.isActive()

    def set_busy(self, busy: bool) -> None:
        if not busy:
            self._timer.stop()
            self.hide()
        elif not self.isVisible() and not self._timer.isActive():
            self._timer.start()
