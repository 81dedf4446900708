# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(PersonDialog)
        self.layout.setSpacing(12)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.aliasesLabel = QLabel(PersonDialog)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliasesEdit = QLineEdit(PersonDialog)
        self.aliasesEdit.setObjectName(u"aliasesEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aliasesEdit)

        self.roleLabel = QLabel(PersonDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(PersonDialog)
        self.roleEdit.setObjectName(u"roleEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.howMetLabel = QLabel(PersonDialog)
        self.howMetLabel.setObjectName(u"howMetLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.howMetLabel)

        self.howMetEdit = QLineEdit(PersonDialog)
        self.howMetEdit.setObjectName(u"howMetEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.howMetEdit)

        self.cadenceLabel = QLabel(PersonDialog)
        self.cadenceLabel.setObjectName(u"cadenceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cadenceLabel)

        self.cadenceBox = QVBoxLayout()
        self.cadenceBox.setSpacing(4)
        self.cadenceBox.setObjectName(u"cadenceBox")
        self.journalCadenceRadio = QRadioButton(PersonDialog)
        self.journalCadenceRadio.setObjectName(u"journalCadenceRadio")
        self.journalCadenceRadio.setChecked(True)

        self.cadenceBox.addWidget(self.journalCadenceRadio)

        self.cadenceRow = QHBoxLayout()
        self.cadenceRow.setSpacing(8)
        self.cadenceRow.setObjectName(u"cadenceRow")
        self.ownCadenceRadio = QRadioButton(PersonDialog)
        self.ownCadenceRadio.setObjectName(u"ownCadenceRadio")

        self.cadenceRow.addWidget(self.ownCadenceRadio)

        self.cadenceSpin = QSpinBox(PersonDialog)
        self.cadenceSpin.setObjectName(u"cadenceSpin")
        self.cadenceSpin.setMinimum(14)
        self.cadenceSpin.setMaximum(365)
        self.cadenceSpin.setValue(90)

        self.cadenceRow.addWidget(self.cadenceSpin)

        self.cadenceStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cadenceRow.addItem(self.cadenceStretch)


        self.cadenceBox.addLayout(self.cadenceRow)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.cadenceBox)

        self.fewBox = QVBoxLayout()
        self.fewBox.setSpacing(2)
        self.fewBox.setObjectName(u"fewBox")
        self.fewCheck = QCheckBox(PersonDialog)
        self.fewCheck.setObjectName(u"fewCheck")

        self.fewBox.addWidget(self.fewCheck)

        self.fewHelp = QLabel(PersonDialog)
        self.fewHelp.setObjectName(u"fewHelp")
        self.fewHelp.setWordWrap(False)

        self.fewBox.addWidget(self.fewHelp)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.fewBox)

        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PersonDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.aliasesLabel.setBuddy(self.aliasesEdit)
        self.roleLabel.setBuddy(self.roleEdit)
        self.howMetLabel.setBuddy(self.howMetEdit)
        self.cadenceLabel.setBuddy(self.journalCadenceRadio)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.aliasesEdit)
        QWidget.setTabOrder(self.aliasesEdit, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.howMetEdit)
        QWidget.setTabOrder(self.howMetEdit, self.journalCadenceRadio)
        QWidget.setTabOrder(self.journalCadenceRadio, self.ownCadenceRadio)
        QWidget.setTabOrder(self.ownCadenceRadio, self.cadenceSpin)
        QWidget.setTabOrder(self.cadenceSpin, self.fewCheck)
        QWidget.setTabOrder(self.fewCheck, self.notesEdit)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Edit Person \u2014 TrustJournal", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Full name", None))
        self.aliasesLabel.setText(QCoreApplication.translate("PersonDialog", u"&Also called", None))
#if QT_CONFIG(accessibility)
        self.aliasesEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Also called: nicknames, separated by commas", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.aliasesEdit.setToolTip(QCoreApplication.translate("PersonDialog", u"Other names your notes use for them, separated by commas. A note that says one of them offers this person.", None))
#endif // QT_CONFIG(tooltip)
        self.aliasesEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Nicknames, separated by commas: e.g. Mo, MJ", None))
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Role / organisation", None))
#if QT_CONFIG(accessibility)
        self.roleEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Role and organisation", None))
#endif // QT_CONFIG(accessibility)
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. CEO, Northwind Logistics", None))
        self.howMetLabel.setText(QCoreApplication.translate("PersonDialog", u"&How you met", None))
#if QT_CONFIG(accessibility)
        self.howMetEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"How you met", None))
#endif // QT_CONFIG(accessibility)
        self.howMetEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. Introduced by Sam at the spring retreat", None))
        self.cadenceLabel.setText(QCoreApplication.translate("PersonDialog", u"Keep in &touch", None))
#if QT_CONFIG(accessibility)
        self.journalCadenceRadio.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Keep in touch at the journal's cadence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.journalCadenceRadio.setToolTip(QCoreApplication.translate("PersonDialog", u"How long a silence may last before an honest tie with them counts as fading: the journal's cadence (Preferences)", None))
#endif // QT_CONFIG(tooltip)
        self.journalCadenceRadio.setText(QCoreApplication.translate("PersonDialog", u"Journal's cadence", None))
#if QT_CONFIG(accessibility)
        self.ownCadenceRadio.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Keep in touch at a cadence of their own", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ownCadenceRadio.setToolTip(QCoreApplication.translate("PersonDialog", u"A cadence of their own: the Next page reminds you before this many days pass without an honest conversation", None))
#endif // QT_CONFIG(tooltip)
        self.ownCadenceRadio.setText(QCoreApplication.translate("PersonDialog", u"E&very", None))
#if QT_CONFIG(accessibility)
        self.cadenceSpin.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Their own cadence, in days", None))
#endif // QT_CONFIG(accessibility)
        self.cadenceSpin.setSuffix(QCoreApplication.translate("PersonDialog", u" days", None))
#if QT_CONFIG(accessibility)
        self.fewCheck.setAccessibleName(QCoreApplication.translate("PersonDialog", u"One of my few: a deep tie I choose to keep", None))
#endif // QT_CONFIG(accessibility)
        self.fewCheck.setText(QCoreApplication.translate("PersonDialog", u"One of my &few \u2014 a deep tie I choose to keep", None))
        self.fewHelp.setText(QCoreApplication.translate("PersonDialog", u"Only a few ties can be deep at once;\n"
"the Next page says when one goes quiet.", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Anything worth remembering about them", None))
    # retranslateUi

