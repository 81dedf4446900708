# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'gathering_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_GatheringEditor(object):
    def setupUi(self, GatheringEditor):
        if not GatheringEditor.objectName():
            GatheringEditor.setObjectName(u"GatheringEditor")
        GatheringEditor.resize(560, 860)
        self.editorLayout = QVBoxLayout(GatheringEditor)
        self.editorLayout.setSpacing(8)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(GatheringEditor)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.editorLayout.addWidget(self.heading)

        self.verdictCard = QFrame(GatheringEditor)
        self.verdictCard.setObjectName(u"verdictCard")
        self.verdictCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdictLayout = QVBoxLayout(self.verdictCard)
        self.verdictLayout.setSpacing(4)
        self.verdictLayout.setObjectName(u"verdictLayout")
        self.verdictLayout.setContentsMargins(14, 12, 14, 12)
        self.verdictLabel = QLabel(self.verdictCard)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verdictLayout.addWidget(self.verdictLabel)

        self.verdictDetail = QLabel(self.verdictCard)
        self.verdictDetail.setObjectName(u"verdictDetail")
        self.verdictDetail.setWordWrap(True)

        self.verdictLayout.addWidget(self.verdictDetail)


        self.editorLayout.addWidget(self.verdictCard)

        self.followUpLabel = QLabel(GatheringEditor)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.editorLayout.addWidget(self.followUpLabel)

        self.followUpView = QListView(GatheringEditor)
        self.followUpView.setObjectName(u"followUpView")
        self.followUpView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followUpView.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.followUpView.setUniformItemSizes(True)

        self.editorLayout.addWidget(self.followUpView)

        self.detailsLabel = QLabel(GatheringEditor)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.editorLayout.addWidget(self.detailsLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.fields.setHorizontalSpacing(16)
        self.fields.setVerticalSpacing(10)
        self.nameLabel = QLabel(GatheringEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(GatheringEditor)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setClearButtonEnabled(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.datesLabel = QLabel(GatheringEditor)
        self.datesLabel.setObjectName(u"datesLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setSpacing(8)
        self.datesRow.setObjectName(u"datesRow")
        self.startEdit = QDateEdit(GatheringEditor)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setMinimumSize(QSize(150, 0))
        self.startEdit.setCalendarPopup(True)

        self.datesRow.addWidget(self.startEdit)

        self.toLabel = QLabel(GatheringEditor)
        self.toLabel.setObjectName(u"toLabel")

        self.datesRow.addWidget(self.toLabel)

        self.endEdit = QDateEdit(GatheringEditor)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setMinimumSize(QSize(150, 0))
        self.endEdit.setCalendarPopup(True)

        self.datesRow.addWidget(self.endEdit)

        self.oneDayCheck = QCheckBox(GatheringEditor)
        self.oneDayCheck.setObjectName(u"oneDayCheck")

        self.datesRow.addWidget(self.oneDayCheck)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesSpacer)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.placeLabel = QLabel(GatheringEditor)
        self.placeLabel.setObjectName(u"placeLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(GatheringEditor)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setClearButtonEnabled(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.noteLabel = QLabel(GatheringEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(GatheringEditor)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(0, 80))
        self.noteEdit.setMaximumSize(QSize(16777215, 140))
        self.noteEdit.setTabChangesFocus(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.editorLayout.addLayout(self.fields)

        self.peopleLabel = QLabel(GatheringEditor)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.editorLayout.addWidget(self.peopleLabel)

        self.peopleFilter = QLineEdit(GatheringEditor)
        self.peopleFilter.setObjectName(u"peopleFilter")
        self.peopleFilter.setClearButtonEnabled(True)

        self.editorLayout.addWidget(self.peopleFilter)

        self.peopleView = QTableView(GatheringEditor)
        self.peopleView.setObjectName(u"peopleView")
        self.peopleView.setMinimumSize(QSize(0, 150))
        self.peopleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleView.setTabKeyNavigation(False)
        self.peopleView.setAlternatingRowColors(True)
        self.peopleView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleView.setShowGrid(False)
        self.peopleView.setWordWrap(False)

        self.editorLayout.addWidget(self.peopleView)

#if QT_CONFIG(shortcut)
        self.followUpLabel.setBuddy(self.followUpView)
        self.nameLabel.setBuddy(self.nameEdit)
        self.datesLabel.setBuddy(self.startEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.peopleLabel.setBuddy(self.peopleFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.followUpView, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.oneDayCheck)
        QWidget.setTabOrder(self.oneDayCheck, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.peopleFilter)
        QWidget.setTabOrder(self.peopleFilter, self.peopleView)

        self.retranslateUi(GatheringEditor)

        QMetaObject.connectSlotsByName(GatheringEditor)
    # setupUi

    def retranslateUi(self, GatheringEditor):
#if QT_CONFIG(accessibility)
        GatheringEditor.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"Gathering editor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleDescription(QCoreApplication.translate("GatheringEditor", u"Editor heading", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText(QCoreApplication.translate("GatheringEditor", u"New gathering", None))
#if QT_CONFIG(accessibility)
        self.verdictCard.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"Follow-up verdict", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verdictLabel.setAccessibleDescription(QCoreApplication.translate("GatheringEditor", u"What happened after", None))
#endif // QT_CONFIG(accessibility)
        self.verdictLabel.setText("")
#if QT_CONFIG(accessibility)
        self.verdictDetail.setAccessibleDescription(QCoreApplication.translate("GatheringEditor", u"How the verdict is reached", None))
#endif // QT_CONFIG(accessibility)
        self.verdictDetail.setText("")
        self.followUpLabel.setText(QCoreApplication.translate("GatheringEditor", u"&Who you kept talking to afterwards", None))
#if QT_CONFIG(accessibility)
        self.followUpView.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"People met and the conversations since", None))
#endif // QT_CONFIG(accessibility)
        self.detailsLabel.setText(QCoreApplication.translate("GatheringEditor", u"Details", None))
        self.nameLabel.setText(QCoreApplication.translate("GatheringEditor", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"Gathering name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("GatheringEditor", u"e.g. Stillwater CEO Retreat 2026", None))
        self.datesLabel.setText(QCoreApplication.translate("GatheringEditor", u"&Dates", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setDisplayFormat(QCoreApplication.translate("GatheringEditor", u"d MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("GatheringEditor", u"to", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.endEdit.setDisplayFormat(QCoreApplication.translate("GatheringEditor", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.oneDayCheck.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"A one-day gathering", None))
#endif // QT_CONFIG(accessibility)
        self.oneDayCheck.setText(QCoreApplication.translate("GatheringEditor", u"One da&y", None))
        self.placeLabel.setText(QCoreApplication.translate("GatheringEditor", u"Pl&ace", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("GatheringEditor", u"City or venue", None))
        self.noteLabel.setText(QCoreApplication.translate("GatheringEditor", u"N&ote", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"Note about the gathering", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("GatheringEditor", u"What was it like? What did you hope to get from it? (Markdown)", None))
        self.peopleLabel.setText(QCoreApplication.translate("GatheringEditor", u"People &met there", None))
#if QT_CONFIG(accessibility)
        self.peopleFilter.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"Filter people", None))
#endif // QT_CONFIG(accessibility)
        self.peopleFilter.setPlaceholderText(QCoreApplication.translate("GatheringEditor", u"Filter people by name\u2026", None))
#if QT_CONFIG(accessibility)
        self.peopleView.setAccessibleName(QCoreApplication.translate("GatheringEditor", u"People met there", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

