# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSizePolicy, QSlider,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DecisionEditor(object):
    def setupUi(self, DecisionEditor):
        if not DecisionEditor.objectName():
            DecisionEditor.setObjectName(u"DecisionEditor")
        DecisionEditor.resize(560, 720)
        self.editorLayout = QVBoxLayout(DecisionEditor)
        self.editorLayout.setSpacing(8)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(DecisionEditor)
        self.heading.setObjectName(u"heading")

        self.editorLayout.addWidget(self.heading)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.fields.setHorizontalSpacing(16)
        self.fields.setVerticalSpacing(10)
        self.titleLabel = QLabel(DecisionEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(DecisionEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setClearButtonEnabled(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(DecisionEditor)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(DecisionEditor)
        self.dateEdit.setObjectName(u"dateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setMinimumSize(QSize(150, 0))
        self.dateEdit.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.discomfortLabel = QLabel(DecisionEditor)
        self.discomfortLabel.setObjectName(u"discomfortLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.discomfortLabel)

        self.discomfortRow = QHBoxLayout()
        self.discomfortRow.setSpacing(12)
        self.discomfortRow.setObjectName(u"discomfortRow")
        self.discomfortSlider = QSlider(DecisionEditor)
        self.discomfortSlider.setObjectName(u"discomfortSlider")
        self.discomfortSlider.setMinimumSize(QSize(160, 0))
        self.discomfortSlider.setMaximumSize(QSize(220, 16777215))
        self.discomfortSlider.setMinimum(1)
        self.discomfortSlider.setMaximum(5)
        self.discomfortSlider.setPageStep(1)
        self.discomfortSlider.setValue(3)
        self.discomfortSlider.setOrientation(Qt.Orientation.Horizontal)
        self.discomfortSlider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.discomfortSlider.setTickInterval(1)

        self.discomfortRow.addWidget(self.discomfortSlider)

        self.discomfortValue = QLabel(DecisionEditor)
        self.discomfortValue.setObjectName(u"discomfortValue")
        self.discomfortValue.setMinimumSize(QSize(170, 0))

        self.discomfortRow.addWidget(self.discomfortValue)

        self.discomfortSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.discomfortRow.addItem(self.discomfortSpacer)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.discomfortRow)

        self.statusLabel = QLabel(DecisionEditor)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusRow = QHBoxLayout()
        self.statusRow.setSpacing(16)
        self.statusRow.setObjectName(u"statusRow")
        self.openRadio = QRadioButton(DecisionEditor)
        self.openRadio.setObjectName(u"openRadio")
        self.openRadio.setChecked(True)

        self.statusRow.addWidget(self.openRadio)

        self.decidedRadio = QRadioButton(DecisionEditor)
        self.decidedRadio.setObjectName(u"decidedRadio")

        self.statusRow.addWidget(self.decidedRadio)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.statusRow)


        self.editorLayout.addLayout(self.fields)

        self.peopleLabel = QLabel(DecisionEditor)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.editorLayout.addWidget(self.peopleLabel)

        self.peopleFilter = QLineEdit(DecisionEditor)
        self.peopleFilter.setObjectName(u"peopleFilter")
        self.peopleFilter.setClearButtonEnabled(True)

        self.editorLayout.addWidget(self.peopleFilter)

        self.peopleView = QTableView(DecisionEditor)
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

        self.consultedSummary = QLabel(DecisionEditor)
        self.consultedSummary.setObjectName(u"consultedSummary")
        self.consultedSummary.setTextFormat(Qt.TextFormat.RichText)
        self.consultedSummary.setWordWrap(True)
        self.consultedSummary.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse)

        self.editorLayout.addWidget(self.consultedSummary)

        self.outcomeLabel = QLabel(DecisionEditor)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.editorLayout.addWidget(self.outcomeLabel)

        self.outcomeEdit = QPlainTextEdit(DecisionEditor)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setMinimumSize(QSize(0, 110))
        self.outcomeEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.outcomeEdit)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.discomfortLabel.setBuddy(self.discomfortSlider)
        self.peopleLabel.setBuddy(self.peopleFilter)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.discomfortSlider)
        QWidget.setTabOrder(self.discomfortSlider, self.openRadio)
        QWidget.setTabOrder(self.openRadio, self.decidedRadio)
        QWidget.setTabOrder(self.decidedRadio, self.peopleFilter)
        QWidget.setTabOrder(self.peopleFilter, self.peopleView)
        QWidget.setTabOrder(self.peopleView, self.outcomeEdit)

        self.retranslateUi(DecisionEditor)

        QMetaObject.connectSlotsByName(DecisionEditor)
    # setupUi

    def retranslateUi(self, DecisionEditor):
#if QT_CONFIG(accessibility)
        DecisionEditor.setAccessibleName(QCoreApplication.translate("DecisionEditor", u"Decision editor", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText(QCoreApplication.translate("DecisionEditor", u"New decision", None))
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleDescription(QCoreApplication.translate("DecisionEditor", u"Editor heading", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("DecisionEditor", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("DecisionEditor", u"Decision title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("DecisionEditor", u"What are you deciding? e.g. Replace the head of sales", None))
        self.dateLabel.setText(QCoreApplication.translate("DecisionEditor", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("DecisionEditor", u"Decision date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("DecisionEditor", u"d MMM yyyy", None))
        self.discomfortLabel.setText(QCoreApplication.translate("DecisionEditor", u"Dis&comfort", None))
#if QT_CONFIG(accessibility)
        self.discomfortSlider.setAccessibleName(QCoreApplication.translate("DecisionEditor", u"Discomfort, 1 comfortable to 5 very uncomfortable", None))
#endif // QT_CONFIG(accessibility)
        self.discomfortValue.setText(QCoreApplication.translate("DecisionEditor", u"3 \u00b7 uneasy", None))
#if QT_CONFIG(accessibility)
        self.discomfortValue.setAccessibleDescription(QCoreApplication.translate("DecisionEditor", u"Discomfort meaning", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("DecisionEditor", u"Status", None))
#if QT_CONFIG(accessibility)
        self.openRadio.setAccessibleName(QCoreApplication.translate("DecisionEditor", u"Status open", None))
#endif // QT_CONFIG(accessibility)
        self.openRadio.setText(QCoreApplication.translate("DecisionEditor", u"&Open: still deciding", None))
#if QT_CONFIG(accessibility)
        self.decidedRadio.setAccessibleName(QCoreApplication.translate("DecisionEditor", u"Status decided", None))
#endif // QT_CONFIG(accessibility)
        self.decidedRadio.setText(QCoreApplication.translate("DecisionEditor", u"Dec&ided", None))
        self.peopleLabel.setText(QCoreApplication.translate("DecisionEditor", u"&People consulted, and whose input changed your framing", None))
#if QT_CONFIG(accessibility)
        self.peopleFilter.setAccessibleName(QCoreApplication.translate("DecisionEditor", u"Filter people", None))
#endif // QT_CONFIG(accessibility)
        self.peopleFilter.setPlaceholderText(QCoreApplication.translate("DecisionEditor", u"Filter people by name\u2026", None))
#if QT_CONFIG(accessibility)
        self.peopleView.setAccessibleName(QCoreApplication.translate("DecisionEditor", u"People consulted", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consultedSummary.setAccessibleDescription(QCoreApplication.translate("DecisionEditor", u"Who you consulted", None))
#endif // QT_CONFIG(accessibility)
        self.consultedSummary.setText(QCoreApplication.translate("DecisionEditor", u"Nobody consulted yet: tick the people you asked.", None))
        self.outcomeLabel.setText(QCoreApplication.translate("DecisionEditor", u"O&utcome note", None))
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleName(QCoreApplication.translate("DecisionEditor", u"Outcome note", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeEdit.setPlaceholderText(QCoreApplication.translate("DecisionEditor", u"What did you decide, and why? Who or what changed your mind? (Markdown)", None))
    # retranslateUi

