"""The contacts preview: every card of a .vcf file, what will happen to it, and why.

The file is read and matched on the journal worker (`core.exchange.vcard.preview`); the
table (`ContactsModel`, one row per card) shows name, organisation, e-mail, the action as
a combo box (Add as a new person / Merge into … / Skip) and the reason ("Bob is short for
Robert"). Nothing is written until Import, which runs `vcard.apply` as one cancellable
long operation: a cancel writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from trustjournal import APP_NAME
from trustjournal.core.exchange import vcard
from trustjournal.core.exchange.matching import STATUS_LABELS, Action, Row, Status, counts
from trustjournal.gui.backup.job import Job, describe_error
from trustjournal.gui.common import config as config_keys
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.rows import RowsTable
from trustjournal.gui.session import Session
from trustjournal.gui.worker import Cancelled

Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # [(label, action, target)] for the action combo
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

ACTION_COLUMN = 3


def _merge_into(name: str) -> str:
    return QCoreApplication.translate("ContactsDialog", "Merge into {name}").format(name=name)


def choices(row: Row) -> list[tuple[str, Action, int | None]]:
    """What a card may become, in the combo's order."""
    found: list[tuple[str, Action, int | None]] = [
        (QCoreApplication.translate("ContactsDialog", "Add as a new person"), Action.ADD, None)
    ]
    found += [(_merge_into(c.name), Action.MERGE, c.person_id) for c in row.candidates]
    found.append((QCoreApplication.translate("ContactsDialog", "Skip"), Action.SKIP, None))
    return found


def action_text(row: Row) -> str:
    if row.action is Action.ADD:
        return QCoreApplication.translate("ContactsDialog", "Add as a new person")
    if row.action is Action.MERGE:
        return _merge_into(row.target_name)
    return QCoreApplication.translate("ContactsDialog", "Skip")


class ContactsModel(RowsTable[Row]):
    """The cards of the file, one a row; the action column is editable."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ContactsModel", "Name"),
        QT_TRANSLATE_NOOP("ContactsModel", "Organisation"),
        QT_TRANSLATE_NOOP("ContactsModel", "E-mail"),
        QT_TRANSLATE_NOOP("ContactsModel", "What will happen"),
        QT_TRANSLATE_NOOP("ContactsModel", "Why"),
    )
    changed = Signal()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._at(index)
        if row is None:
            return None
        card, column = row.card, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return card.name
            if column == 1:
                return card.role if role == Qt.ItemDataRole.ToolTipRole else card.organisation
            if column == 2:
                return (
                    ", ".join(card.emails)
                    if role == Qt.ItemDataRole.ToolTipRole
                    else (card.emails[0] if card.emails else "")
                )
            if column == ACTION_COLUMN:
                return action_text(row)
            if column == 4:
                label = STATUS_LABELS[row.status]  # the bold type says "to decide" on screen
                if row.status is Status.CONFLICT and role == Qt.ItemDataRole.ToolTipRole:
                    return f"{label}: {row.reason}"
                return row.reason
        if role == Qt.ItemDataRole.AccessibleTextRole and column in (1, 2):
            # A screen reader says an empty cell's column is empty, not "blank".
            if column == 1:
                return card.organisation or self.tr("No organisation")
            return (card.emails[0] if card.emails else "") or self.tr("No e-mail")
        if role == Qt.ItemDataRole.EditRole and column == ACTION_COLUMN:
            return action_text(row)
        if role == CHOICES_ROLE:
            return choices(row)
        if role == STATUS_ROLE:
            return str(row.status)
        if role == Qt.ItemDataRole.FontRole and column == 4 and row.status is Status.CONFLICT:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == ACTION_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._at(index)
        if row is None or index.column() != ACTION_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        action, target = value
        self._rows[index.row()] = row.choose(Action(action), target)
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def rows(self) -> list[Row]:
        return list(self._rows)


class ActionDelegate(QStyledItemDelegate):
    """The action column: drawn as a combo box, edited with one."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        if option.state & QStyle.StateFlag.State_Selected:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.state = QStyle.StateFlag.State_Enabled
        box.currentText = str(index.data())
        box.palette = option.palette
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, action, target in index.data(CHOICES_ROLE):
            combo.addItem(label, (str(action), target))
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        combo.activated.connect(lambda _i: self.closeEditor.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findText(str(index.data()))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        action, target = editor.currentData()
        model.setData(index, (action, target))


class StatusFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = ""

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.status:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(STATUS_ROLE) == self.status)


class ContactsDialog(QDialog):
    """Preview and import the contacts of one .vcf file."""

    imported = Signal(object)  # the core's Report, once written

    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.job: Job | None = None
        self.unusable: list[tuple[Any, str]] = []
        self.setWindowTitle(self.tr("Import Contacts") + f" — {APP_NAME}")
        self.setObjectName("ContactsDialog")
        self.resize(1120, 580)
        self._build()
        session.locking.connect(self.reject)
        self.heading.setText(self.tr("Reading {name}…").format(name=path.name))
        session.read(lambda j: vcard.preview(j, path), self._show, self._failed, name="contacts")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("contactsCounts")
        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        show = QLabel(self.tr("&Show"))
        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("All contacts"), "")
        for status in Status:
            self.show_combo.addItem(STATUS_LABELS[status], str(status))
        show.setBuddy(self.show_combo)
        top.addWidget(show)
        top.addWidget(self.show_combo)
        self.model = ContactsModel(self)
        self.model.changed.connect(self._update_counts)
        self.proxy = StatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.show_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(str(self.show_combo.currentData()))
        )
        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(ACTION_COLUMN, ActionDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 160, 200, 215)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(ACTION_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Contacts in the file and what will happen to each"))
        self.note = QLabel(
            self.tr(
                "Nothing is written until you import. People you add start as “Too early”: they "
                "count as ties only once you record a conversation with them. Details you wrote "
                "are never overwritten; a merge only fills what is empty and adds aliases."
            )
        )
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    # -- the preview ---------------------------------------------------------------------

    def _show(self, preview: vcard.Preview) -> None:
        if not isValid(self.heading):
            return  # closed before the file was read
        self.heading.setText(self.tr("Import contacts from {file}").format(file=preview.filename))
        self.unusable = list(preview.unusable)
        self.model.set_rows(preview.rows)
        self._update_counts()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self.heading):
            return
        self.heading.setText(self.tr("{name} cannot be imported").format(name=self.path.name))
        self.counts_label.setText(describe_error(exc))
        self.counts_label.setWordWrap(True)
        self.import_button.setEnabled(False)

    def _update_counts(self) -> None:
        rows = self.model.rows()
        c = counts(rows)
        text = self.tr("{new} new, {exists} already in your journal, {conflict} to decide").format(
            new=c[Status.NEW], exists=c[Status.EXISTS], conflict=c[Status.CONFLICT]
        )
        if self.unusable:
            text += " · " + self.tr("{count} left out (not a person, or no name)").format(
                count=len(self.unusable)
            )
        add = sum(1 for r in rows if r.action is Action.ADD)
        merge = sum(1 for r in rows if r.action is Action.MERGE)
        skip = len(rows) - add - merge
        self.counts_label.setText(
            text
            + ".   "
            + self.tr("Will add {add}, merge {merge}, skip {skip}.").format(
                add=add, merge=merge, skip=skip
            )
        )
        self.import_button.setEnabled(bool(add or merge))

    # -- importing -----------------------------------------------------------------------

    def start_import(self) -> None:
        rows = self.model.rows()
        self.import_button.setEnabled(False)
        job = Job(
            self, self.tr("Import Contacts"), self.tr("Importing contacts…"), cancellable=True
        )
        self.job = job

        def done(report: Any) -> None:
            job.close()
            self.job = None
            self._imported(report)

        def failed(exc: BaseException) -> None:
            job.close()
            self.job = None
            self.import_button.setEnabled(True)
            if isinstance(exc, Cancelled):
                self.counts_label.setText(self.tr("Import cancelled; nothing was imported."))
                return
            QMessageBox.warning(
                self, self.tr("Import Failed") + f" — {APP_NAME}", describe_error(exc)
            )

        job.ticket = self.session.long(
            lambda j, t: vcard.apply(j, rows, progress=t.report),
            done,
            failed,
            job.advance,
            name="import contacts",
        )

    def _imported(self, report: Any) -> None:
        added = report.added.get("people", 0)
        config = self.session.config
        hid = False
        if added and not config.get(config_keys.SIDEBAR_HIDE_UNTALKED):
            config.set(config_keys.SIDEBAR_HIDE_UNTALKED, True)
            self.session.settings_changed.emit()
            hid = True
        self.summary = (
            self.tr("%n people added", "", added)
            + ", "
            + self.tr("%n people given new details", "", report.merged)
            + ", "
            + self.tr("%n skipped", "", report.skipped)
            + "."
        )
        if hid:
            self.summary += self.tr(
                "\n\nPeople with no conversations are now hidden in the sidebar, so that your "
                "ties stay in view; untick “Hide people with no conversations” to see them."
            )
        self.imported.emit(report)
        self.accept()
