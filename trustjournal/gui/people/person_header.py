"""The top of a person's page: who they are, their flag and why, their roles, and actions.

Name and details (role or organisation, how you met, archived) beside the buttons for a new
conversation, editing the details and archiving; below them the flag badge and the role
chips of the practical test (then "One of your few" and their own cadence, if they have
one), the sentences of the core assessment that explain the flag (the first one prominent,
the rest as a list) and the notes about the person. `Chip` is a flag badge or a role chip as
a widget, painted by `painting` as the sidebar paints its rows.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trustjournal.core.judgement import ties
from trustjournal.core.judgement.ties import TieAssessment
from trustjournal.core.records import PersonRecord
from trustjournal.gui.common import icons
from trustjournal.gui.common.flow import FlowLayout
from trustjournal.gui.people.painting import BADGE_ICON, chip_width, paint_badge, paint_chip


class Chip(QWidget):
    """A flag badge or a role chip as a widget: icon and words on a tinted pill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flag: ties.Flag | None = None
        self._role: ties.Role | None = None
        self._early = False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_flag(self, flag: ties.Flag | None) -> None:
        self._flag, self._role = flag, None
        self._changed(icons.flag_label(flag) if flag else "")

    def set_role(self, role: ties.Role, early: bool = False) -> None:
        """A role of the practical test; `early` (the tie is too early to judge) draws it
        faint and says "so far"."""
        self._flag, self._role, self._early = None, role, early
        self._changed(icons.role_label(role, early))

    def is_early(self) -> bool:
        return self._role is not None and self._early

    def text(self) -> str:
        if self._flag is not None:
            return icons.flag_label(self._flag)
        return icons.role_label(self._role, self._early) if self._role is not None else ""

    def _changed(self, text: str) -> None:
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        if not self.text():
            return QSize(0, 0)
        return QSize(chip_width(fm, self.text()), max(fm.height() + 10, BADGE_ICON + 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text():
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        if self._flag is not None:
            paint_badge(painter, self.rect(), self._flag, self.palette(), False)
        elif self._role is not None:
            paint_chip(
                painter,
                self.rect(),
                self.text(),
                icons.role_colour(),
                self.palette(),
                False,
                icons.role_icon(self._role),
                faint=self._early,
            )
        painter.end()


class PersonHeader(QWidget):
    """Name, details and actions; the flag badge and role chips; the reasons and notes.

    The page connects the buttons; `show_person` fills the rest and `clear` empties it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.name_label = QLabel()
        self.name_label.setObjectName("personName")
        self.name_label.setProperty("role", "title")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setAccessibleDescription(self.tr("Name"))
        self.details_label = QLabel()
        self.details_label.setObjectName("personDetails")
        self.details_label.setProperty("role", "muted")
        self.details_label.setWordWrap(True)
        self.details_label.setAccessibleDescription(
            self.tr("Role, organisation, aliases and how you met")
        )

        self.new_button = QPushButton(
            icons.on_accent("new-conversation"), self.tr("&New conversation")
        )
        self.new_button.setProperty("primary", True)
        self.new_button.setAccessibleName(self.tr("New conversation with this person"))
        self.edit_button = QPushButton(self.tr("Edit &details…"))  # Alt+E opens the Edit menu
        self.edit_button.setAccessibleName(self.tr("Edit this person's details"))
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.archive_button.setAccessibleName(self.tr("Archive this person"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export this person's history"))
        self.export_button.setToolTip(self.tr("Export this person's history as Markdown"))
        # Rarer and weightier: in a menu of their own, each asking before it acts.
        self.more_button = QPushButton(self.tr("&More"))
        self.more_button.setObjectName("personMore")
        self.more_button.setAccessibleName(self.tr("More actions for this person"))
        self.more_menu = QMenu(self.more_button)
        self.merge_action = self.more_menu.addAction(self.tr("&Merge Someone Into This Person…"))
        self.delete_action = self.more_menu.addAction(self.tr("&Delete Person…"))
        self.more_button.setMenu(self.more_menu)

        title_box = QVBoxLayout()
        title_box.setSpacing(2)
        title_box.addWidget(self.name_label)
        title_box.addWidget(self.details_label)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addLayout(title_box, 1)
        for button in (
            self.new_button,
            self.edit_button,
            self.archive_button,
            self.export_button,
            self.more_button,
        ):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.badge = Chip()
        self.badge.setObjectName("personFlag")
        # Wraps onto a second line when the page is narrow (or the words long, in German),
        # rather than holding the sidebar to a sliver.
        self.chips_row = FlowLayout(spacing=8)
        self.chips_row.addWidget(self.badge)
        self.role_chips: list[Chip] = []
        for _role in ties.Role:
            chip = Chip()
            chip.hide()
            self.role_chips.append(chip)
            self.chips_row.addWidget(chip)
        self.keep_label = QLabel()  # "★ One of your few  ·  cadence 60 days"
        self.keep_label.setObjectName("personKeep")
        self.keep_label.setProperty("role", "muted")
        self.keep_label.setAccessibleDescription(self.tr("How you keep this tie"))
        self.keep_label.hide()
        self.chips_row.addWidget(self.keep_label)
        layout.addSpacing(4)
        layout.addLayout(self.chips_row)

        self.reason_label = QLabel()
        self.reason_label.setObjectName("personReason")
        self.reason_label.setWordWrap(True)
        reason_font = self.reason_label.font()
        reason_font.setPointSizeF(reason_font.pointSizeF() * 1.1)
        self.reason_label.setFont(reason_font)
        self.reason_label.setAccessibleDescription(self.tr("Why this flag"))
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_reasons_label = QLabel()
        self.more_reasons_label.setObjectName("personMoreReasons")
        self.more_reasons_label.setWordWrap(True)
        self.more_reasons_label.setTextFormat(Qt.TextFormat.RichText)
        self.more_reasons_label.setAccessibleDescription(self.tr("More about this tie"))
        self.more_reasons_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.notes_label = QLabel()
        self.notes_label.setObjectName("personNotes")
        self.notes_label.setProperty("role", "muted")
        self.notes_label.setWordWrap(True)
        self.notes_label.setAccessibleDescription(self.tr("Notes about this person"))
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.more_reasons_label)
        layout.addWidget(self.notes_label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched: re-tint
            self.new_button.setIcon(icons.on_accent("new-conversation"))
        super().changeEvent(event)

    def set_actions_enabled(self, enabled: bool) -> None:
        for button in (
            self.new_button,
            self.edit_button,
            self.archive_button,
            self.export_button,
            self.more_button,
        ):
            button.setEnabled(enabled)

    def show_person(self, person: PersonRecord, a: TieAssessment) -> None:
        self.name_label.setText(person.name)
        # Who they are on one line; how you met (often a sentence) on its own, so a wrap
        # never leaves a separator hanging at the end of a line.
        who = [person.role] if person.role else []
        if person.aliases:
            who.append(self.tr("Also called {names}").format(names=", ".join(person.aliases)))
        if person.archived:
            who.append(self.tr("Archived"))
        lines = ["  ·  ".join(who)] if who else []
        if person.how_met:
            lines.append(self.tr("Met: {how}").format(how=person.how_met))
        self.details_label.setText("\n".join(lines))
        self.details_label.setVisible(bool(lines))
        self.badge.set_flag(a.flag)
        for chip, role in zip(self.role_chips, (*a.roles, None, None, None), strict=False):
            if role is None:
                chip.hide()
            else:
                chip.set_role(role, a.early_roles)
                chip.show()
        self._show_keep(person)
        reasons = list(a.reasons)
        self.reason_label.setText(reasons[0] if reasons else "")
        rest = reasons[1:]
        self.more_reasons_label.setText(
            "<ul style='margin-left: 0px; -qt-list-indent: 1;'>"
            + "".join(f"<li>{html.escape(r)}</li>" for r in rest)
            + "</ul>"
            if rest
            else ""
        )
        self.more_reasons_label.setVisible(bool(rest))
        notes = person.notes.strip()
        self.notes_label.setText(notes)
        self.notes_label.setVisible(bool(notes))
        self.archive_button.setText(
            self.tr("Un&archive") if person.archived else self.tr("&Archive")
        )
        self.archive_button.setAccessibleName(
            self.tr("Unarchive this person") if person.archived else self.tr("Archive this person")
        )
        self.archive_button.setToolTip(
            self.tr("Show them in the sidebar again")
            if person.archived
            else self.tr("Hide them from the sidebar; nothing is deleted")
        )

    def _show_keep(self, person: PersonRecord) -> None:
        """One of my few, and their own cadence (the journal's is not worth repeating)."""
        parts, tips = [], []
        if person.my_few:
            parts.append(f"{icons.FEW_MARK} {icons.few_label()}")
            tips.append(self.tr("One of your few: a deep tie you chose to keep"))
        if person.cadence_days is not None:
            days = person.cadence_days
            parts.append(self.tr("cadence %n days", "", days))
            tips.append(
                self.tr(
                    "Their own cadence: an honest tie with them fades after %n days without "
                    "an honest conversation",
                    "",
                    days,
                )
            )
        self.keep_label.setText("  ·  ".join(parts))
        self.keep_label.setToolTip("\n".join(tips))
        self.keep_label.setVisible(bool(parts))

    def clear(self) -> None:
        """Forget the person: every label, the badge and the chips."""
        self.keep_label.hide()
        for label in (
            self.keep_label,
            self.name_label,
            self.details_label,
            self.reason_label,
            self.more_reasons_label,
            self.notes_label,
        ):
            label.clear()
        self.notes_label.hide()
        self.more_reasons_label.hide()
        self.badge.set_flag(None)
        for chip in self.role_chips:
            chip.hide()
