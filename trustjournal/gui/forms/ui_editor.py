# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from trustjournal.gui.editor.people import PeoplePicker
from trustjournal.gui.editor.widgets import (NotePreview, NoticeFrame)

class Ui_EntryEditor(object):
    def setupUi(self, EntryEditor):
        if not EntryEditor.objectName():
            EntryEditor.setObjectName(u"EntryEditor")
        EntryEditor.resize(960, 720)
        self.rootLayout = QVBoxLayout(EntryEditor)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(EntryEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.rootLayout.addWidget(self.titleLabel)

        self.restoredNotice = NoticeFrame(EntryEditor)
        self.restoredNotice.setObjectName(u"restoredNotice")
        self.restoredLayout = QHBoxLayout(self.restoredNotice)
        self.restoredLayout.setSpacing(12)
        self.restoredLayout.setObjectName(u"restoredLayout")
        self.restoredLayout.setContentsMargins(14, 8, 8, 8)
        self.restoredLabel = QLabel(self.restoredNotice)
        self.restoredLabel.setObjectName(u"restoredLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.restoredLabel.sizePolicy().hasHeightForWidth())
        self.restoredLabel.setSizePolicy(sizePolicy)
        self.restoredLabel.setWordWrap(True)

        self.restoredLayout.addWidget(self.restoredLabel)

        self.discardDraftButton = QPushButton(self.restoredNotice)
        self.discardDraftButton.setObjectName(u"discardDraftButton")

        self.restoredLayout.addWidget(self.discardDraftButton)


        self.rootLayout.addWidget(self.restoredNotice)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(24)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setSpacing(12)
        self.leftLayout.setObjectName(u"leftLayout")
        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.fieldsGrid.setHorizontalSpacing(12)
        self.fieldsGrid.setVerticalSpacing(10)
        self.peopleLabel = QLabel(EntryEditor)
        self.peopleLabel.setObjectName(u"peopleLabel")
        self.peopleLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fieldsGrid.addWidget(self.peopleLabel, 0, 0, 1, 1)

        self.peoplePicker = PeoplePicker(EntryEditor)
        self.peoplePicker.setObjectName(u"peoplePicker")

        self.fieldsGrid.addWidget(self.peoplePicker, 0, 1, 1, 3)

        self.dateLabel = QLabel(EntryEditor)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsGrid.addWidget(self.dateLabel, 1, 0, 1, 1)

        self.dateEdit = QDateEdit(EntryEditor)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.fieldsGrid.addWidget(self.dateEdit, 1, 1, 1, 1)

        self.formatLabel = QLabel(EntryEditor)
        self.formatLabel.setObjectName(u"formatLabel")

        self.fieldsGrid.addWidget(self.formatLabel, 1, 2, 1, 1)

        self.formatCombo = QComboBox(EntryEditor)
        self.formatCombo.setObjectName(u"formatCombo")

        self.fieldsGrid.addWidget(self.formatCombo, 1, 3, 1, 1)

        self.decisionLabel = QLabel(EntryEditor)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.fieldsGrid.addWidget(self.decisionLabel, 2, 0, 1, 1)

        self.decisionCombo = QComboBox(EntryEditor)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.fieldsGrid.addWidget(self.decisionCombo, 2, 1, 1, 1)

        self.gatheringLabel = QLabel(EntryEditor)
        self.gatheringLabel.setObjectName(u"gatheringLabel")

        self.fieldsGrid.addWidget(self.gatheringLabel, 2, 2, 1, 1)

        self.gatheringCombo = QComboBox(EntryEditor)
        self.gatheringCombo.setObjectName(u"gatheringCombo")

        self.fieldsGrid.addWidget(self.gatheringCombo, 2, 3, 1, 1)

        self.fieldsGrid.setColumnStretch(1, 1)
        self.fieldsGrid.setColumnStretch(3, 1)

        self.leftLayout.addLayout(self.fieldsGrid)

        self.noteHeader = QHBoxLayout()
        self.noteHeader.setSpacing(8)
        self.noteHeader.setObjectName(u"noteHeader")
        self.noteLabel = QLabel(EntryEditor)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setProperty(u"role", u"heading")

        self.noteHeader.addWidget(self.noteLabel)

        self.markdownHint = QLabel(EntryEditor)
        self.markdownHint.setObjectName(u"markdownHint")
        self.markdownHint.setProperty(u"role", u"muted")

        self.noteHeader.addWidget(self.markdownHint)

        self.noteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteHeader.addItem(self.noteSpacer)

        self.modeLayout = QHBoxLayout()
        self.modeLayout.setSpacing(0)
        self.modeLayout.setObjectName(u"modeLayout")
        self.writeButton = QToolButton(EntryEditor)
        self.writeButton.setObjectName(u"writeButton")
        self.writeButton.setCheckable(True)
        self.writeButton.setChecked(True)
        self.writeButton.setAutoExclusive(True)
        self.writeButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.modeLayout.addWidget(self.writeButton)

        self.previewButton = QToolButton(EntryEditor)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setCheckable(True)
        self.previewButton.setChecked(False)
        self.previewButton.setAutoExclusive(True)
        self.previewButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.modeLayout.addWidget(self.previewButton)


        self.noteHeader.addLayout(self.modeLayout)


        self.leftLayout.addLayout(self.noteHeader)

        self.noteStack = QStackedWidget(EntryEditor)
        self.noteStack.setObjectName(u"noteStack")
        self.writePage = QWidget()
        self.writePage.setObjectName(u"writePage")
        self.writeLayout = QVBoxLayout(self.writePage)
        self.writeLayout.setSpacing(0)
        self.writeLayout.setObjectName(u"writeLayout")
        self.writeLayout.setContentsMargins(0, 0, 0, 0)
        self.noteEdit = QPlainTextEdit(self.writePage)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.writeLayout.addWidget(self.noteEdit)

        self.noteStack.addWidget(self.writePage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setSpacing(0)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.notePreview = NotePreview(self.previewPage)
        self.notePreview.setObjectName(u"notePreview")

        self.previewLayout.addWidget(self.notePreview)

        self.noteStack.addWidget(self.previewPage)

        self.leftLayout.addWidget(self.noteStack)


        self.bodyLayout.addLayout(self.leftLayout)

        self.signalsScroll = QScrollArea(EntryEditor)
        self.signalsScroll.setObjectName(u"signalsScroll")
        self.signalsScroll.setMinimumSize(QSize(290, 0))
        self.signalsScroll.setMaximumSize(QSize(360, 16777215))
        self.signalsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.signalsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.signalsScroll.setWidgetResizable(True)
        self.signalsHost = QWidget()
        self.signalsHost.setObjectName(u"signalsHost")
        self.signalsLayout = QVBoxLayout(self.signalsHost)
        self.signalsLayout.setSpacing(10)
        self.signalsLayout.setObjectName(u"signalsLayout")
        self.signalsLayout.setContentsMargins(0, 0, 8, 0)
        self.signalsTitle = QLabel(self.signalsHost)
        self.signalsTitle.setObjectName(u"signalsTitle")
        self.signalsTitle.setProperty(u"role", u"heading")

        self.signalsLayout.addWidget(self.signalsTitle)

        self.signalsScroll.setWidget(self.signalsHost)

        self.bodyLayout.addWidget(self.signalsScroll)

        self.bodyLayout.setStretch(0, 1)

        self.rootLayout.addLayout(self.bodyLayout)

        self.errorBanner = NoticeFrame(EntryEditor)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorLayout = QHBoxLayout(self.errorBanner)
        self.errorLayout.setSpacing(10)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLayout.setContentsMargins(12, 10, 12, 10)
        self.errorIcon = QLabel(self.errorBanner)
        self.errorIcon.setObjectName(u"errorIcon")
        self.errorIcon.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.errorLayout.addWidget(self.errorIcon)

        self.errorLabel = QLabel(self.errorBanner)
        self.errorLabel.setObjectName(u"errorLabel")
        sizePolicy.setHeightForWidth(self.errorLabel.sizePolicy().hasHeightForWidth())
        self.errorLabel.setSizePolicy(sizePolicy)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.errorLayout.addWidget(self.errorLabel)


        self.rootLayout.addWidget(self.errorBanner)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.statusLabel = QLabel(EntryEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty(u"role", u"muted")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.buttonLayout.addWidget(self.statusLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.deleteButton = QPushButton(EntryEditor)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.closeButton = QPushButton(EntryEditor)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(EntryEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.saveButton)


        self.rootLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.peopleLabel.setBuddy(self.peoplePicker)
        self.dateLabel.setBuddy(self.dateEdit)
        self.formatLabel.setBuddy(self.formatCombo)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.gatheringLabel.setBuddy(self.gatheringCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.peoplePicker, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.gatheringCombo)
        QWidget.setTabOrder(self.gatheringCombo, self.writeButton)
        QWidget.setTabOrder(self.writeButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.notePreview)
        QWidget.setTabOrder(self.notePreview, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.discardDraftButton)

        self.retranslateUi(EntryEditor)

        self.noteStack.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(EntryEditor)
    # setupUi

    def retranslateUi(self, EntryEditor):
        EntryEditor.setWindowTitle(QCoreApplication.translate("EntryEditor", u"Conversation \u2014 TrustJournal", None))
        self.titleLabel.setText(QCoreApplication.translate("EntryEditor", u"New conversation", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleDescription(QCoreApplication.translate("EntryEditor", u"Editor title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.restoredNotice.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Restored draft notice", None))
#endif // QT_CONFIG(accessibility)
        self.restoredLabel.setText(QCoreApplication.translate("EntryEditor", u"Restored your unsaved draft.", None))
#if QT_CONFIG(accessibility)
        self.restoredLabel.setAccessibleDescription(QCoreApplication.translate("EntryEditor", u"Restored draft", None))
#endif // QT_CONFIG(accessibility)
        self.discardDraftButton.setText(QCoreApplication.translate("EntryEditor", u"Disc&ard draft", None))
#if QT_CONFIG(tooltip)
        self.discardDraftButton.setToolTip(QCoreApplication.translate("EntryEditor", u"Forget the unsaved changes and go back to what was last saved", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.discardDraftButton.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Discard draft", None))
#endif // QT_CONFIG(accessibility)
        self.peopleLabel.setText(QCoreApplication.translate("EntryEditor", u"&People", None))
#if QT_CONFIG(accessibility)
        self.peoplePicker.setAccessibleName(QCoreApplication.translate("EntryEditor", u"People in this conversation", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("EntryEditor", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Date of the conversation", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("EntryEditor", u"F&ormat", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("EntryEditor", u"De&cision", None))
#if QT_CONFIG(accessibility)
        self.decisionCombo.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Linked decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.decisionCombo.setToolTip(QCoreApplication.translate("EntryEditor", u"The decision this conversation was about, if any", None))
#endif // QT_CONFIG(tooltip)
        self.gatheringLabel.setText(QCoreApplication.translate("EntryEditor", u"&Gathering", None))
#if QT_CONFIG(accessibility)
        self.gatheringCombo.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Linked gathering", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.gatheringCombo.setToolTip(QCoreApplication.translate("EntryEditor", u"The retreat, conference or dinner series where it happened, if any", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("EntryEditor", u"&Note", None))
        self.markdownHint.setText(QCoreApplication.translate("EntryEditor", u"Markdown: *emphasis*, **strong**, - lists", None))
#if QT_CONFIG(accessibility)
        self.markdownHint.setAccessibleDescription(QCoreApplication.translate("EntryEditor", u"Markdown hint", None))
#endif // QT_CONFIG(accessibility)
        self.writeButton.setText(QCoreApplication.translate("EntryEditor", u"&Write", None))
#if QT_CONFIG(accessibility)
        self.writeButton.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Write the note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.writeButton.setToolTip(QCoreApplication.translate("EntryEditor", u"Edit the note as plain text", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("EntryEditor", u"P&review", None))
#if QT_CONFIG(accessibility)
        self.previewButton.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Preview the note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("EntryEditor", u"See the note with its Markdown rendered", None))
#endif // QT_CONFIG(tooltip)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("EntryEditor", u"What was really said?", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notePreview.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Note preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signalsScroll.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Signals", None))
#endif // QT_CONFIG(accessibility)
        self.signalsTitle.setText(QCoreApplication.translate("EntryEditor", u"Signals", None))
#if QT_CONFIG(accessibility)
        self.signalsTitle.setAccessibleDescription(QCoreApplication.translate("EntryEditor", u"Signals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.signalsTitle.setToolTip(QCoreApplication.translate("EntryEditor", u"What this conversation carried: tick what happened", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.errorBanner.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Save problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorIcon.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("EntryEditor", u"Save problem", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleDescription(QCoreApplication.translate("EntryEditor", u"Draft status", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("EntryEditor", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("EntryEditor", u"Delete this conversation (asks first; you can undo it until you lock the journal)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Delete this conversation", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("EntryEditor", u"Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("EntryEditor", u"Close the editor (asks first when something is not saved)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("EntryEditor", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("EntryEditor", u"Save this conversation (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("EntryEditor", u"Save", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

