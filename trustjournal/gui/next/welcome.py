"""What the right side shows before a person is chosen: this week's next steps, the first
thing a leader sees; with nothing to do, the question the journal answers."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trustjournal.core.judgement.next_steps import KIND_LABELS
from trustjournal.gui.common import icons
from trustjournal.gui.common.actions import Actions
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.page import QuietPage
from trustjournal.gui.common.style import style_muted
from trustjournal.gui.next.feed import NextFeed
from trustjournal.gui.next.model import when_text

TOP = 3  # the steps the welcome page shows
# Marked here, translated where shown.
QUESTION = QT_TRANSLATE_NOOP("Welcome", "Who carries honesty, and who only polish?")
CHOOSE = QT_TRANSLATE_NOOP(
    "Welcome",
    "Choose a person on the left to see your tie with them and why, or record the "
    "conversation you just had.",
)


class Welcome(QWidget, QuietPage):
    nextRequested = Signal()  # "All next steps"

    def __init__(self, actions: Actions, feed: NextFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.title = QLabel(self.tr(QUESTION))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAccessibleName(self.tr("This week's next steps"))
        self.text = QLabel(self.tr(CHOOSE))
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style_muted(self.text)
        self.all_steps = QPushButton(self.tr("All next steps"))
        self.all_steps.setIcon(icons.icon("next"))
        self.all_steps.clicked.connect(self.nextRequested)
        new = QPushButton(icons.on_accent("new-conversation"), self.tr("New conversation"))
        self.new_button = new
        new.setProperty("primary", True)
        new.clicked.connect(actions.new_conversation.trigger)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.all_steps)
        buttons.addWidget(new)
        buttons.addStretch(1)
        card = QWidget()
        card.setMaximumWidth(620)
        inner = QVBoxLayout(card)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addWidget(self.steps)
        inner.addWidget(self.text)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        feed.updated.connect(self._show)
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the scheme switched: re-tint
            self.new_button.setIcon(icons.on_accent("new-conversation"))
        super().changeEvent(event)

    def reload(self) -> None:
        pass  # the feed reads for it

    def clear(self) -> None:
        self.steps.clear()

    def _show(self) -> None:
        page = self.feed.page
        shown = page.shown[:TOP] if page is not None else []
        self.steps.setVisible(bool(shown))
        self.all_steps.setVisible(bool(shown))
        self.text.setVisible(not shown)
        if page is None or not shown:
            self.title.setText(self.tr(QUESTION))
            self.steps.clear()
            return
        due = len(page.due)
        self.title.setText(
            self.tr("What to do this week")
            if due
            else self.tr("What to do next, to keep the ties that matter")
        )
        items = []
        for t in shown:
            when = when_text(t.step.due, page.as_of)
            label = html.escape(KIND_LABELS[t.step.kind]) + (
                f" · {html.escape(when)}" if when else ""
            )
            items.append(
                f"<p style='margin-bottom:10px'><b>{label}</b><br>{html.escape(t.step.reason)}</p>"
            )
        self.steps.setText("".join(items))
        more = len(page.shown)
        all_steps = self.tr("All next steps")
        self.all_steps.setText(f"{all_steps} ({more})")
