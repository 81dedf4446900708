# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_import.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_JournalImport(object):
    def setupUi(self, JournalImport):
        if not JournalImport.objectName():
            JournalImport.setObjectName(u"JournalImport")
        JournalImport.setMinimumSize(QSize(720, 560))
        self.layout = QVBoxLayout(JournalImport)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 16, 16, 16)
        self.summaryLabel = QLabel(JournalImport)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.summaryLabel)

        self.tagsLabel = QLabel(JournalImport)
        self.tagsLabel.setObjectName(u"tagsLabel")
        self.tagsLabel.setWordWrap(True)

        self.layout.addWidget(self.tagsLabel)

        self.tagsView = QTableView(JournalImport)
        self.tagsView.setObjectName(u"tagsView")
        self.tagsView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.tagsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tagsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tagsView.horizontalHeader().setStretchLastSection(True)
        self.tagsView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.tagsView)

        self.unnamedRow = QHBoxLayout()
        self.unnamedRow.setObjectName(u"unnamedRow")
        self.unnamedLabel = QLabel(JournalImport)
        self.unnamedLabel.setObjectName(u"unnamedLabel")

        self.unnamedRow.addWidget(self.unnamedLabel)

        self.unnamedCombo = QComboBox(JournalImport)
        self.unnamedCombo.setObjectName(u"unnamedCombo")
        self.unnamedCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.unnamedRow.addWidget(self.unnamedCombo)

        self.unnamedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unnamedRow.addItem(self.unnamedSpacer)


        self.layout.addLayout(self.unnamedRow)

        self.entriesLabel = QLabel(JournalImport)
        self.entriesLabel.setObjectName(u"entriesLabel")

        self.layout.addWidget(self.entriesLabel)

        self.entriesView = QTableView(JournalImport)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setWordWrap(False)
        self.entriesView.horizontalHeader().setStretchLastSection(True)
        self.entriesView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.entriesView)

        self.buttons = QDialogButtonBox(JournalImport)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.tagsLabel.setBuddy(self.tagsView)
        self.unnamedLabel.setBuddy(self.unnamedCombo)
        self.entriesLabel.setBuddy(self.entriesView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JournalImport)

        QMetaObject.connectSlotsByName(JournalImport)
    # setupUi

    def retranslateUi(self, JournalImport):
        JournalImport.setWindowTitle(QCoreApplication.translate("JournalImport", u"Import a Journal \u2014 TrustJournal", None))
        self.summaryLabel.setText(QCoreApplication.translate("JournalImport", u"Reading the file\u2026", None))
        self.tagsLabel.setText(QCoreApplication.translate("JournalImport", u"<b>Who is each tag?</b> An entry becomes a conversation with the people its tags name (or, without such tags, the people of your journal its text names).", None))
#if QT_CONFIG(accessibility)
        self.tagsView.setAccessibleName(QCoreApplication.translate("JournalImport", u"Tags and who they are", None))
#endif // QT_CONFIG(accessibility)
        self.unnamedLabel.setText(QCoreApplication.translate("JournalImport", u"Entries that name &nobody:", None))
#if QT_CONFIG(accessibility)
        self.unnamedCombo.setAccessibleName(QCoreApplication.translate("JournalImport", u"Entries that name nobody", None))
#endif // QT_CONFIG(accessibility)
        self.entriesLabel.setText(QCoreApplication.translate("JournalImport", u"<b>Entries</b>", None))
#if QT_CONFIG(accessibility)
        self.entriesView.setAccessibleName(QCoreApplication.translate("JournalImport", u"Entries and what becomes of them", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

