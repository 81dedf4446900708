"""Edit a person: name, aliases, role or organisation, how you met, how often to keep in
touch (the journal's cadence or their own), whether they are one of "my few", notes
(`ui/person_dialog.ui`). Aliases are typed as one line, separated by commas.

The change is saved on the journal worker; when the journal refuses it (a name another
person already has, say) the dialog shows why and stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from trustjournal.core.errors import JournalError
from trustjournal.core.judgement.ties import CADENCE_DAYS
from trustjournal.core.records import PersonDraft, PersonRecord
from trustjournal.gui.forms.ui_person_dialog import Ui_PersonDialog
from trustjournal.gui.session import Session


def split_aliases(typed: str) -> tuple[str, ...]:
    """The aliases typed in one line: separated by commas (or semicolons)."""
    return tuple(part.strip() for part in typed.replace(";", ",").split(",") if part.strip())


class PersonDialog(QDialog):
    """Edit a person's name, role/organisation, how you met and notes."""

    def __init__(self, session: Session, person: PersonRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.person = person
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.name_edit = self.ui.nameEdit
        self.aliases_edit = self.ui.aliasesEdit
        self.role_edit = self.ui.roleEdit
        self.how_met_edit = self.ui.howMetEdit
        self.notes_edit = self.ui.notesEdit
        self.error_label = self.ui.errorLabel
        self.buttons = self.ui.buttons
        self.name_edit.setText(person.name)
        self.aliases_edit.setText(", ".join(person.aliases))
        self.role_edit.setText(person.role)
        self.how_met_edit.setText(person.how_met)
        self.notes_edit.setPlainText(person.notes)
        self.journal_cadence_radio = self.ui.journalCadenceRadio
        self.own_cadence_radio = self.ui.ownCadenceRadio
        self.cadence_spin = self.ui.cadenceSpin
        self.few_check = self.ui.fewCheck
        self.ui.fewHelp.setProperty("role", "muted")
        style = self.few_check.style()  # the help lines up with the check box's words
        self.ui.fewHelp.setIndent(
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
            + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        )
        self.own_cadence_radio.toggled.connect(self.cadence_spin.setEnabled)
        self.cadence_spin.valueChanged.connect(lambda _: self.own_cadence_radio.setChecked(True))
        own = person.cadence_days is not None
        self._show_journal_cadence(CADENCE_DAYS)
        if own:
            self.cadence_spin.setValue(person.cadence_days or CADENCE_DAYS)
        (self.own_cadence_radio if own else self.journal_cadence_radio).setChecked(True)
        self.cadence_spin.setEnabled(own)
        self.few_check.setChecked(person.my_few)
        # The journal's own cadence is a setting: read on the worker, shown when it comes.
        session.read(
            lambda j: j.tie_settings().cadence_days,
            self._show_journal_cadence,
            name="journal cadence",
        )
        self.error_label.setObjectName("personDialogError")
        self.error_label.setProperty("role", "error")
        self.error_label.hide()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textEdited.connect(lambda _: self.error_label.hide())
        self.aliases_edit.textEdited.connect(lambda _: self.error_label.hide())
        for edit in (self.name_edit, self.aliases_edit, self.role_edit, self.how_met_edit):
            edit.setCursorPosition(0)  # show the start of a long line, not its end

    def _show_journal_cadence(self, days: int) -> None:
        self.journal_cadence_radio.setText(self.tr("Journal's cadence (%n days)", "", days))
        if not self.own_cadence_radio.isChecked():  # where "Every" starts from
            with QSignalBlocker(self.cadence_spin):
                self.cadence_spin.setValue(days)

    def cadence_days(self) -> int:
        """Their own cadence, or 0 for the journal's (what a PersonDraft takes)."""
        return self.cadence_spin.value() if self.own_cadence_radio.isChecked() else 0

    def draft(self) -> PersonDraft:
        return PersonDraft(
            self.name_edit.text(),
            self.role_edit.text(),
            self.how_met_edit.text(),
            self.notes_edit.toPlainText(),
            self.person.archived,
            split_aliases(self.aliases_edit.text()),
            cadence_days=self.cadence_days(),
            my_few=self.few_check.isChecked(),
        )

    def save(self) -> None:
        ident, draft = self.person.id, self.draft()
        self.session.write(
            lambda j: j.update_person(ident, draft),
            lambda _record: self.accept(),
            self._refused,
            name="update person",
        )

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, JournalError):
            raise error
        self.error_label.setText(str(error))
        self.error_label.show()
        edit = self.aliases_edit if "alias" in str(error) else self.name_edit
        edit.setFocus()
        edit.selectAll()

    def forget(self) -> None:
        """Drop every field (the journal is locking) and close."""
        for edit in (self.name_edit, self.aliases_edit, self.role_edit, self.how_met_edit):
            edit.clear()
        self.notes_edit.clear()
        self.few_check.setChecked(False)
        self.error_label.clear()
        self.reject()
