"""How the sidebar paints a person: name (a star for one of "my few"), organisation, last
contact, flag badge, role icons.

A flag is always an icon *and* its label, never colour alone (the badge of `painting`); the
roles of the practical test are icons that explain themselves in a tooltip, drawn faint and
with the words "so far" while the tie is too early to judge.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from trustjournal.core.judgement.ties import Role
from trustjournal.gui.common import icons
from trustjournal.gui.common.roles import (
    ARCHIVED_ROLE,
    ASSESSMENT_ROLE,
    EARLY_ROLES_ROLE,
    FLAG_ROLE,
    LAST_CONTACT_TEXT_ROLE,
    NAME_ROLE,
    ORGANISATION_ROLE,
    ROLES_ROLE,
)
from trustjournal.gui.people.painting import (
    BADGE_ICON,
    badge_width,
    paint_badge,
    row_fonts,
    row_panel,
)

Index = QModelIndex | QPersistentModelIndex

PAD_X = 14
PAD_Y = 10
LINE_GAP = 3
ROLE_ICON = 16
EARLY_WORDS = "so far"  # beside the role icons of a tie too early to judge


class TieDelegate(QStyledItemDelegate):
    """Paints a person: name, organisation, last contact, flag badge and role icons."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        _base, bold, small = row_fonts(option)
        height = (
            QFontMetrics(bold).height()
            + QFontMetrics(small).height() * 2
            + LINE_GAP * 2
            + PAD_Y * 2
        )
        return QSize(260, max(height, 64))

    def _layout(self, option: QStyleOptionViewItem, index: Index) -> dict[str, Any]:
        base, bold, small = row_fonts(option)
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        fm_small = QFontMetrics(small)
        flag = index.data(FLAG_ROLE)
        roles: tuple[Role, ...] = index.data(ROLES_ROLE) or ()
        badge_h = max(fm_small.height() + 6, BADGE_ICON + 6)
        bw = badge_width(fm_small, flag)
        badge = QRect(rect.right() - bw + 1, rect.top(), bw, badge_h)
        line1 = QRect(rect.left(), rect.top(), rect.width() - bw - 8, badge_h)
        y2 = rect.top() + badge_h + LINE_GAP
        line2 = QRect(rect.left(), y2, rect.width(), fm_small.height())
        y3 = y2 + fm_small.height() + LINE_GAP
        role_rects: list[tuple[Role, QRect]] = []
        x = rect.right() - 2 + 1
        for role in reversed(roles):
            x -= ROLE_ICON
            role_rects.insert(0, (role, QRect(x, y3, ROLE_ICON, ROLE_ICON)))
            x -= 6
        so_far = QRect()
        if roles and index.data(EARLY_ROLES_ROLE):  # early evidence says so in words too
            width = fm_small.horizontalAdvance(EARLY_WORDS)
            x -= width
            so_far = QRect(x, y3, width, max(ROLE_ICON, fm_small.height()))
            x -= 6
        line3 = QRect(rect.left(), y3, max(0, x - rect.left() - 4), fm_small.height())
        return {
            "fonts": (base, bold, small),
            "badge": badge,
            "line1": line1,
            "line2": line2,
            "line3": line3,
            "roles": role_rects,
            "so_far": so_far,
            "flag": flag,
        }

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        opt, selected, text, soft = row_panel(self, painter, option, index)
        palette = opt.palette
        lay = self._layout(opt, index)
        _base, bold, small = lay["fonts"]
        archived = bool(index.data(ARCHIVED_ROLE))

        painter.setFont(bold)
        painter.setPen(soft if archived else text)
        line1: QRect = lay["line1"]
        fm_bold = QFontMetrics(bold)
        assessment = index.data(ASSESSMENT_ROLE)
        star = f" {icons.FEW_MARK}" if assessment is not None and assessment.my_few else ""
        room = line1.width() - fm_bold.horizontalAdvance(star)
        name = fm_bold.elidedText(index.data(NAME_ROLE) or "", Qt.TextElideMode.ElideRight, room)
        painter.drawText(line1, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
        if star:  # one of my few: a star in the role colour, just after the name
            after = line1.adjusted(fm_bold.horizontalAdvance(name), 0, 0, 0)
            painter.setPen(text if selected else icons.role_colour())
            painter.drawText(
                after, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, star
            )

        painter.setFont(small)
        paint_badge(painter, lay["badge"], lay["flag"], palette, selected)

        painter.setPen(soft)
        fm_small = QFontMetrics(small)
        organisation = index.data(ORGANISATION_ROLE) or ""
        line2: QRect = lay["line2"]
        if organisation:
            painter.drawText(
                line2,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm_small.elidedText(organisation, Qt.TextElideMode.ElideRight, line2.width()),
            )
        last = index.data(LAST_CONTACT_TEXT_ROLE) or ""
        if archived:
            last = f"Archived · {last}"
        line3: QRect = lay["line3"]
        painter.drawText(
            line3,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            fm_small.elidedText(last, Qt.TextElideMode.ElideRight, line3.width()),
        )
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        so_far: QRect = lay["so_far"]
        if not so_far.isNull():  # early evidence: the words, then faint icons
            painter.drawText(
                so_far, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, EARLY_WORDS
            )
            painter.setOpacity(icons.EARLY_OPACITY)
        for role, rect in lay["roles"]:
            if selected:  # the role colour would vanish into the selection colour
                painter.drawPixmap(
                    rect, icons.tinted(f"role-{role.value}", text, rect.width(), ratio)
                )
            else:
                icons.role_icon(role).paint(painter, rect)
        painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """Role icons explain themselves; elsewhere the row's tooltip (flag and first reason)."""
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            lay = self._layout(option, index)
            for role, rect in lay["roles"]:
                if rect.adjusted(-3, -3, 3, 3).contains(event.pos()):
                    label = icons.role_label(role, bool(index.data(EARLY_ROLES_ROLE)))
                    QToolTip.showText(event.globalPos(), label, view, rect)
                    return True
        return super().helpEvent(event, view, option, index)
