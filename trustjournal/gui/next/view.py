"""The Next page: what to do next to keep the ties that matter, most urgent first.

Each step says why; below the list, what to do with the one chosen: its main action (log a
conversation with the person, or open the decision or gathering it is about), snooze it (a
week, a month, until a date), mark it done, or set it aside as not relevant (it never comes
back for that reason). "Hidden" lists what was snoozed, done or set aside, to bring back.
The steps come from `NextFeed`, read on the journal worker; this page never waits on it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.journal.steps import NextPage
from trustjournal.core.judgement.follow_through import SNOOZE_MONTH, SNOOZE_WEEK, State, Tracked
from trustjournal.core.judgement.next_steps import Kind
from trustjournal.gui.common.actions import page_action
from trustjournal.gui.common.dates import long_day
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.page import QuietPage
from trustjournal.gui.common.style import MARGIN, SPACING, placeholder, style_heading, style_muted
from trustjournal.gui.next.feed import NextFeed
from trustjournal.gui.next.model import StepDelegate, StepsModel

# Marked here, translated where shown (the constants stay English for the tests).
EMPTY = QT_TRANSLATE_NOOP(
    "NextView",
    "Nothing to do next. A step appears here when an honest tie nears its cadence, a "
    "gathering's follow-up window is closing, an uncomfortable decision has nobody consulted, "
    "a tie is one-sided or only polish, or one of your few goes quiet.",
)
EMPTY_HIDDEN = QT_TRANSLATE_NOOP(
    "NextView", "Nothing hidden: no step is snoozed, marked done or set aside."
)
READING = QT_TRANSLATE_NOOP("NextView", "Reading your next steps…")
HIDDEN_SUMMARY = QT_TRANSLATE_NOOP(
    "NextView", "Steps you snoozed, marked done or set aside. Bring one back to see it again."
)


def _t(text: str) -> str:
    """A string marked above with QT_TRANSLATE_NOOP, in the GUI's language."""
    return QCoreApplication.translate("NextView", text)


def summary(page: NextPage) -> str:
    """'As of 6 December 2026: 3 to do this week, 7 in all.'"""
    due, total = len(page.due), len(page.shown)
    if not total:
        return QCoreApplication.translate("NextView", "As of {date}.").format(
            date=long_day(page.as_of)
        )
    return QCoreApplication.translate(
        "NextView", "As of {date}: {due} to do this week, {total} in all."
    ).format(date=long_day(page.as_of), due=due, total=total)


def primary_text(tracked: Tracked | None) -> str:
    """The main action for a step: what moves it forward."""
    if tracked is None or tracked.step.kind is Kind.DECIDED_ALONE:
        return QCoreApplication.translate("NextView", "Open decisions")
    if tracked.step.kind is Kind.CALL_ON_DECISION:
        return QCoreApplication.translate("NextView", "Open the decision")
    if tracked.step.kind is Kind.GATHERING_CLOSING:
        return QCoreApplication.translate("NextView", "Open the gathering")
    return QCoreApplication.translate("NextView", "Log a conversation")


class NextView(QWidget, QuietPage):
    logConversation = Signal(int)  # with this person, today
    decisionActivated = Signal(int)
    gatheringActivated = Signal(int)
    decisionsRequested = Signal()

    def __init__(self, feed: NextFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.model = StepsModel(self)
        self.title = title = QLabel(self.tr("Next steps"))
        style_heading(title)
        self.subtitle = QLabel(_t(READING))
        style_muted(self.subtitle)
        self.subtitle.setWordWrap(True)
        self.hidden_button = QPushButton(self.tr("Hidden"))
        self.hidden_button.setCheckable(True)
        self.hidden_button.setToolTip(self.tr("Steps you snoozed, marked done or set aside"))
        self.hidden_button.toggled.connect(self._show)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.hidden_button)

        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(StepDelegate(self.list))
        self.list.setAccessibleName(self.tr("Next steps"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.activated.connect(lambda _index: self.act())
        self.list.selectionModel().currentChanged.connect(self._enable)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.empty = placeholder(_t(EMPTY))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        self.primary = QPushButton(self.tr("Log a conversation"))
        self.primary.setProperty("primary", True)
        self.primary.clicked.connect(self.act)
        self.snooze = QPushButton(self.tr("Snooze"))
        self.snooze.setToolTip(self.tr("Hide this step for a while"))
        self.snooze.setMenu(self._snooze_menu(self.snooze))
        self.done = QPushButton(self.tr("Done"))
        self.done.setToolTip(self.tr("You did it: the step goes until it is due again"))
        self.done.clicked.connect(lambda: self.choose(State.DONE))
        self.dismiss = QPushButton(self.tr("Not relevant"))
        self.dismiss.setToolTip(self.tr("Never show this step again for this reason"))
        self.dismiss.clicked.connect(lambda: self.choose(State.DISMISSED))
        self.restore_button = QPushButton(self.tr("Bring back"))
        self.restore_button.setProperty("primary", True)
        self.restore_button.clicked.connect(lambda: self.choose(State.OPEN))
        bar = QHBoxLayout()
        for button in (self.primary, self.snooze, self.done, self.dismiss, self.restore_button):
            bar.addWidget(button)
        bar.addStretch(1)
        page_action("step_done", self).triggered.connect(self._done_by_key)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)
        feed.updated.connect(self._show)
        feed.failed.connect(self._failed)
        self._show()

    # -- the Page protocol --------------------------------------------------------------

    def reload(self) -> None:
        self.feed.refresh()

    def clear(self) -> None:
        self.model.clear()
        self.subtitle.setText(_t(READING))

    # -- showing ------------------------------------------------------------------------

    @property
    def showing_hidden(self) -> bool:
        return self.hidden_button.isChecked()

    def _show(self) -> None:
        page = self.feed.page
        key = self._current_key()
        if page is None:
            self.model.clear()
            self.subtitle.setText(_t(READING))
            self.hidden_button.setText(self.tr("Hidden"))
        else:
            rows = page.hidden if self.showing_hidden else page.shown
            self.model.set_steps(rows, page.as_of)
            self.title.setText(
                self.tr("Hidden steps") if self.showing_hidden else self.tr("Next steps")
            )
            if self.showing_hidden:
                self.subtitle.setText(_t(HIDDEN_SUMMARY) if page.hidden else "")
                self.hidden_button.setText(self.tr("Back to next steps"))
            else:
                self.subtitle.setText(summary(page))
                n, hidden = len(page.hidden), self.tr("Hidden")
                self.hidden_button.setText(f"{hidden} ({n})" if n else hidden)
            self.empty.setText(_t(EMPTY_HIDDEN) if self.showing_hidden else _t(EMPTY))
        empty = page is not None and self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.list)
        row = max(0, self.model.row_of(key)) if key else 0
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self._enable()

    def _current_key(self) -> str:
        tracked = self.current()
        return tracked.step.key if tracked is not None else ""

    def current(self) -> Tracked | None:
        return self.model.tracked(self.list.currentIndex().row())

    def _enable(self, *_args: object) -> None:
        tracked = self.current()
        hidden = self.showing_hidden
        for button in (self.primary, self.snooze, self.done, self.dismiss):
            button.setVisible(not hidden)
            button.setEnabled(tracked is not None)
        self.restore_button.setVisible(hidden)
        self.restore_button.setEnabled(tracked is not None)
        self.primary.setText(primary_text(tracked))

    def _failed(self, message: str) -> None:
        self.subtitle.setText(message)

    # -- acting -------------------------------------------------------------------------

    def act(self) -> None:
        """The chosen step's main action."""
        tracked = self.current()
        if tracked is None or self.showing_hidden:
            return
        step = tracked.step
        if step.kind is Kind.CALL_ON_DECISION and step.subject is not None:
            self.decisionActivated.emit(step.subject)
        elif step.kind is Kind.GATHERING_CLOSING and step.subject is not None:
            self.gatheringActivated.emit(step.subject)
        elif step.person is not None:
            self.logConversation.emit(step.person.id)
        else:
            self.decisionsRequested.emit()

    def choose(self, state: State, until: dt.date | None = None) -> None:
        tracked = self.current()
        if tracked is not None:
            self.feed.choose(tracked.step.key, state, until)

    def _done_by_key(self) -> None:
        if not self.showing_hidden:  # a hidden step is brought back first
            self.choose(State.DONE)

    def snooze_for(self, days: int) -> None:
        self.choose(State.SNOOZED, self.feed.today() + dt.timedelta(days=days))

    def _snooze_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.addAction(self.tr("For a week"), lambda: self.snooze_for(SNOOZE_WEEK))
        menu.addAction(self.tr("For a month"), lambda: self.snooze_for(SNOOZE_MONTH))
        menu.addAction(self.tr("Until a date…"), self._snooze_until)
        return menu

    def _snooze_until(self) -> None:
        day = pick_day(self, self.feed.today() + dt.timedelta(days=1))
        if day is not None:
            self.choose(State.SNOOZED, day)

    def _context_menu(self, at: QPoint) -> None:
        index: QModelIndex = self.list.indexAt(at)
        if not index.isValid():
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        if self.showing_hidden:
            menu.addAction(self.tr("Bring back"), lambda: self.choose(State.OPEN))
        else:
            menu.addAction(primary_text(self.current()), self.act)
            menu.addMenu(self._snooze_menu(menu)).setText(self.tr("Snooze"))
            menu.addAction(self.tr("Done"), lambda: self.choose(State.DONE))
            menu.addAction(self.tr("Not relevant"), lambda: self.choose(State.DISMISSED))
        menu.exec(self.list.viewport().mapToGlobal(at))


def pick_day(parent: QWidget, first: dt.date) -> dt.date | None:
    """Ask for a day from `first` on (snooze until); None if cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("NextView", "Snooze until"))
    calendar = QCalendarWidget(dialog)
    calendar.setMinimumDate(QDate(first.year, first.month, first.day))
    calendar.setSelectedDate(calendar.minimumDate().addDays(6))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    calendar.activated.connect(lambda _d: dialog.accept())
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(QCoreApplication.translate("NextView", "Show this step again on:")))
    layout.addWidget(calendar)
    layout.addWidget(buttons)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = calendar.selectedDate()
    dialog.deleteLater()
    return dt.date(chosen.year(), chosen.month(), chosen.day()) if accepted else None
