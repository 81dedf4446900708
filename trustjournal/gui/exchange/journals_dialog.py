"""The preview of another journal's import (jrnl, Day One), then the import itself.

`open_journal_import(parent, session, path, fmt)` opens the window at once ("Reading the
file…"); the file is read and the preview made on the journal worker (it reads the
journal's people and the notes on the file's dates). The window shows how many entries
there are and what becomes of them, a table of the file's tags with who each one is (a
person of the journal, a new person, or nobody: kept as a tag), and a choice for the
entries that name nobody (left out, or all with one person). Every change re-plans the
entries on the workers pool (plan() is pure and takes ~60 ms for 3,000 entries). Import
writes everything in one transaction on the journal worker with a progress window whose
Cancel writes nothing. A file that cannot be imported says why in the window itself.
The rules are core/exchange/journals.py's; nothing here decides who an entry is with.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from shiboken6 import isValid

from trustjournal import APP_NAME
from trustjournal.core.exchange import journals
from trustjournal.core.exchange.journals import IGNORE, NEW, PERSON, Planned, Preview, TagChoice
from trustjournal.core.formats import FORMATS as CONVERSATION_FORMATS
from trustjournal.gui.backup.job import Job, describe_error
from trustjournal.gui.common import workers
from trustjournal.gui.common.dates import short_day
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.forms.ui_journal_import import Ui_JournalImport
from trustjournal.gui.session import Session
from trustjournal.gui.worker import Cancelled

Index = QModelIndex | QPersistentModelIndex
LABELS = {"jrnl": "jrnl", "dayone": "Day One"}
# English here; shown through `_t`, in the JournalImportDialog context.
NOBODY_TEXT = QT_TRANSLATE_NOOP("JournalImportDialog", "Nobody (keep it as a tag)")
NEW_TEXT = QT_TRANSLATE_NOOP("JournalImportDialog", "A new person")
STATUS_TEXT = {
    journals.ALREADY: QT_TRANSLATE_NOOP("JournalImportDialog", "Already in your journal"),
    journals.TWICE: QT_TRANSLATE_NOOP("JournalImportDialog", "Twice in the file"),
    journals.NOBODY: QT_TRANSLATE_NOOP("JournalImportDialog", "Names nobody: left out"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("JournalImportDialog", text)


def _day(date: dt.date) -> str:
    return short_day(date)  # '7 Mar 2026', or the GUI language's way


PERSISTENT_EDITORS = 200  # tags shown with their choice box open (more: a double-click)


class TagModel(QAbstractTableModel):
    """The tags of the file: tag, entries, who it is (editable), the new person's name."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TagModel", "Tag"),
        QT_TRANSLATE_NOOP("TagModel", "Entries"),
        QT_TRANSLATE_NOOP("TagModel", "Who is it"),
        QT_TRANSLATE_NOOP("TagModel", "New person's name"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tags: list[TagChoice] = []
        self.names: dict[int, str] = {}

    def reset(self, tags: list[TagChoice], names: dict[int, str]) -> None:
        self.beginResetModel()
        self.tags, self.names = tags, names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tags)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def who(self, choice: TagChoice) -> str:
        if choice.action == PERSON and choice.person_id is not None:
            return self.names.get(choice.person_id, "?")
        if choice.action == NEW:
            return _t(NEW_TEXT)
        if choice.candidates:
            return self.tr("Choose: {names}").format(
                names=self.tr(" or ").join(self.names.get(i, "?") for i in choice.candidates)
            )
        return _t(NOBODY_TEXT)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        choice, column = self.tags[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return choice.tag
            if column == 1:
                return choice.entries
            if column == 2:
                return self.who(choice)
            return choice.name if choice.action == NEW else ""
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 3 and choice.action != NEW:
            return self.tr("No new person")  # the empty cell, as a screen reader says it
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3):
            return self.tr("Double-click to choose who this tag is")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == 2 or (index.column() == 3 and self.tags[index.row()].action == NEW):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        choice = self.tags[index.row()]
        if index.column() == 3:
            name = " ".join(str(value).split())
            if not name:
                return False
            choice.name = name
        elif index.column() == 2:
            if value == IGNORE:
                choice.action, choice.person_id = IGNORE, None
            elif value == NEW:
                choice.action, choice.person_id = NEW, None
                choice.name = choice.name or choice.tag.lstrip("@#")
            else:
                choice.action, choice.person_id = PERSON, int(value)
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return True


class WhoDelegate(QStyledItemDelegate):
    """The "Who is it" column's editor: nobody, a new person, or one of the journal's."""

    def __init__(self, model: TagModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        choice = self.model.tags[index.row()]
        if choice.candidates and choice.action == IGNORE:
            box.addItem(self.model.who(choice), IGNORE)  # "Choose: Nadia A or Nadia B"
        box.addItem(_t(NOBODY_TEXT), IGNORE)
        box.addItem(_t(NEW_TEXT), NEW)
        for ident, name in sorted(self.model.names.items(), key=lambda kv: kv[1].casefold()):
            box.addItem(name, ident)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        choice = self.model.tags[index.row()]
        wanted: object = choice.person_id if choice.action == PERSON else choice.action
        at = editor.findData(wanted)
        editor.setCurrentIndex(max(at, 0))
        if not editor.property("connected"):
            editor.setProperty("connected", True)
            editor.activated.connect(lambda _=0: self.commitData.emit(editor))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class EntryModel(QAbstractTableModel):
    """Each entry: date, people, first words, what becomes of it."""

    HEADERS = (
        QT_TRANSLATE_NOOP("EntryModel", "Date"),
        QT_TRANSLATE_NOOP("EntryModel", "With"),
        QT_TRANSLATE_NOOP("EntryModel", "Format"),
        QT_TRANSLATE_NOOP("EntryModel", "Entry"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.planned: list[Planned] = []

    def reset(self, planned: list[Planned]) -> None:
        self.beginResetModel()
        self.planned = planned
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.planned)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p, column = self.planned[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return p.entry.date.isoformat()
            if column == 1:
                return ", ".join(p.people) if p.draft else _t(STATUS_TEXT.get(p.status, p.status))
            if column == 2:
                return CONVERSATION_FORMATS.get(p.draft.format, "") if p.draft else ""
            return " ".join(p.entry.title.split())[:120]
        if role == Qt.ItemDataRole.AccessibleTextRole:  # empty cells, as a screen reader says
            if column == 2 and p.draft is None:
                return self.tr("Not imported")
            if column == 3 and not p.entry.title.strip():
                return self.tr("No title")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and p.draft is None:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None


class JournalImportDialog(QDialog):
    """The preview and the Import button (see the module)."""

    def __init__(self, parent: QWidget | None, session: Session, path: Path, fmt: str) -> None:
        super().__init__(parent)
        self.session, self.path, self.fmt = session, path, fmt
        self.ui = Ui_JournalImport()
        self.ui.setupUi(self)
        self.setWindowTitle(
            self.tr("Import {format} Journal").format(format=LABELS.get(fmt, fmt))
            + f" — {APP_NAME}"
        )
        self.preview: Preview | None = None
        self.planned: list[Planned] = []
        self.error: str | None = None
        self.result_text = ""
        self.job: Job | None = None
        self._generation = 0
        self.tags = TagModel(self)
        self.entries = EntryModel(self)
        self.ui.tagsView.setModel(self.tags)
        self.ui.tagsView.setItemDelegateForColumn(2, WhoDelegate(self.tags, self))
        self.ui.entriesView.setModel(self.entries)
        for view in (self.ui.tagsView, self.ui.entriesView):
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
        self.ui.tagsView.setMinimumHeight(150)
        self.resize(800, 660)
        self.import_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.accepted.connect(self.start_import)
        self.tags.dataChanged.connect(lambda *_: self.replan())
        self.ui.unnamedCombo.activated.connect(lambda _=0: self._unnamed_chosen())
        self.ui.summaryLabel.setText(self.tr("Reading {name}…").format(name=path.name))

    # -- reading ------------------------------------------------------------------------

    def load(self) -> None:
        path, fmt = self.path, self.fmt
        self.session.read(
            lambda j: journals.preview(j, journals.read(path, fmt)),
            self._loaded,
            self._refused,
            urgent=True,
            name="read a journal to import",
        )

    def _refused(self, exc: BaseException) -> None:
        if not isValid(self.ui.summaryLabel):
            return  # closed before the file was read
        self.error = describe_error(exc)
        self.ui.summaryLabel.setText(
            self.tr("<b>{name} cannot be imported.</b><br>{error}").format(
                name=self.path.name, error=self.error
            )
        )
        for widget in (
            self.ui.tagsLabel, self.ui.tagsView, self.ui.unnamedLabel, self.ui.unnamedCombo,
            self.ui.entriesLabel, self.ui.entriesView, self.import_button,
        ):  # fmt: skip
            widget.hide()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.ui.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMinimumSize(480, 0)
        self.resize(560, self.sizeHint().height())

    def _loaded(self, preview: Preview) -> None:
        if not isValid(self.ui.summaryLabel):
            return  # closed before the file was read
        self.preview = preview
        self.tags.reset(preview.tags, preview.names)
        if len(preview.tags) <= PERSISTENT_EDITORS:  # the choices show as what they are
            for row in range(len(preview.tags)):
                self.ui.tagsView.openPersistentEditor(self.tags.index(row, 2))
        box = self.ui.unnamedCombo
        box.clear()
        box.addItem(self.tr("Leave them out"), None)
        for ident, name in sorted(preview.names.items(), key=lambda kv: kv[1].casefold()):
            box.addItem(self.tr("Give them all to {name}").format(name=name), ident)
        for view in (self.ui.tagsLabel, self.ui.tagsView):
            view.setVisible(bool(preview.tags))
        self.replan()

    def _unnamed_chosen(self) -> None:
        if self.preview is None:
            return
        ident = self.ui.unnamedCombo.currentData()
        self.preview.unnamed = (
            TagChoice("", IGNORE) if ident is None else TagChoice("", PERSON, int(ident))
        )
        self.replan()

    # -- planning -----------------------------------------------------------------------

    def replan(self) -> None:
        """Plan the entries again on the workers pool; only the newest answer is shown."""
        if self.preview is None:
            return
        self._generation += 1
        generation, preview = self._generation, self.preview
        self.import_button.setEnabled(False)

        def planned(result: list[Planned]) -> None:
            if generation == self._generation:
                self._show_plan(result)

        workers.run(lambda: journals.plan(preview), planned, self._refused)

    def _show_plan(self, planned: list[Planned]) -> None:
        self.planned = planned
        self.entries.reset(planned)
        assert self.preview is not None
        source = self.preview.source
        adding = [p for p in planned if p.draft is not None]
        new_people = {n for p in adding if p.draft for n in p.draft.new_people}
        counts = {s: sum(1 for p in planned if p.status == s) for s in STATUS_TEXT}
        dates = [e.date for e in source.entries]
        # %Ln: the count in the language's way ("1,234" in English, "1.234" in German).
        entries = self.tr("<b>%Ln entries</b> from {format} in {name}", "", len(source.entries))
        parts = [
            entries.format(format=LABELS.get(source.format), name=source.name)
            + (
                self.tr(", {first} to {last}.").format(
                    first=_day(min(dates)), last=_day(max(dates))
                )
                if dates
                else "."
            ),
            self.tr("<b>%Ln</b> will become conversations", "", len(adding))
            + (self.tr(", with <b>%Ln new people</b>", "", len(new_people)) if new_people else "")
            + ".",
        ]
        if counts[journals.ALREADY]:
            parts.append(self.tr("%Ln are in your journal already.", "", counts[journals.ALREADY]))
        if counts[journals.NOBODY]:
            parts.append(self.tr("%Ln name nobody.", "", counts[journals.NOBODY]))
        photos = sum(e.photos for e in source.entries)
        if photos:
            parts.append(
                self.tr("%Ln photos are not imported (the notes say [photo]).", "", photos)
            )
        self.ui.summaryLabel.setText(" ".join(parts))
        self.ui.unnamedLabel.setText(
            self.tr("Entries that name &nobody (%Ln):", "", counts[journals.NOBODY])
            if counts[journals.NOBODY]
            else self.tr("Entries that name &nobody:")
        )
        self.import_button.setEnabled(bool(adding))
        self.import_button.setText(
            self.tr("Import %Ln", "", len(adding)) if adding else self.tr("Import")
        )

    # -- importing ----------------------------------------------------------------------

    def start_import(self) -> None:
        planned = [p for p in self.planned if p.draft is not None]
        if not planned:
            return
        self.import_button.setEnabled(False)
        job = Job(
            self,
            self.tr("Import"),
            self.tr("Importing %Ln entries…", "", len(planned)),
            cancellable=True,
        )
        self.job = job

        def done(ids: list[int]) -> None:
            job.close()
            self.job = None
            self.result_text = self.tr(
                "Imported %Ln conversations from {name}.", "", len(ids)
            ).format(name=self.path.name)
            QMessageBox.information(self, self.tr("Import") + f" — {APP_NAME}", self.result_text)
            self.accept()

        def failed(exc: BaseException) -> None:
            job.close()
            self.job = None
            self.import_button.setEnabled(True)
            if isinstance(exc, Cancelled | journals.ImportCancelled):
                self.result_text = self.tr("The import was cancelled; nothing was imported.")
            else:
                self.result_text = self.tr("{error}\n\nNothing was imported.").format(
                    error=describe_error(exc)
                )
            QMessageBox.warning(self, self.tr("Import") + f" — {APP_NAME}", self.result_text)

        job.ticket = self.session.long(
            lambda j, t: journals.apply(j, planned, progress=t.report),
            done,
            failed,
            job.advance,
            name="import a journal",
        )


def open_journal_import(
    parent: QWidget | None, session: Session, path: Path, fmt: str
) -> JournalImportDialog:
    """Show the preview of importing `path` (format "jrnl" or "dayone") and return it."""
    dialog = JournalImportDialog(parent, session, path, fmt)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog


def jrnl_dialog(session: Session, path: Path, parent: QWidget | None) -> JournalImportDialog:
    """The preview File ▸ Import… opens for a jrnl export (it reads on `load`)."""
    return JournalImportDialog(parent, session, path, "jrnl")


def dayone_dialog(session: Session, path: Path, parent: QWidget | None) -> JournalImportDialog:
    """The preview File ▸ Import… opens for a Day One export (it reads on `load`)."""
    return JournalImportDialog(parent, session, path, "dayone")
