# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_UnlockWindow(object):
    def setupUi(self, UnlockWindow):
        if not UnlockWindow.objectName():
            UnlockWindow.setObjectName(u"UnlockWindow")
        UnlockWindow.resize(560, 700)
        self.outerLayout = QVBoxLayout(UnlockWindow)
        self.outerLayout.setSpacing(0)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 24, 24, 24)
        self.topSpace = QSpacerItem(20, 24, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpace)

        self.centreRow = QHBoxLayout()
        self.centreRow.setSpacing(0)
        self.centreRow.setObjectName(u"centreRow")
        self.leftSpace = QSpacerItem(24, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.leftSpace)

        self.card = QFrame(UnlockWindow)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(340, 0))
        self.card.setMaximumSize(QSize(420, 16777215))
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(8)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(28, 24, 28, 20)
        self.appIcon = QLabel(self.card)
        self.appIcon.setObjectName(u"appIcon")
        self.appIcon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.appIcon)

        self.appName = QLabel(self.card)
        self.appName.setObjectName(u"appName")
        self.appName.setText(u"TrustJournal")
        self.appName.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.appName)

        self.tagline = QLabel(self.card)
        self.tagline.setObjectName(u"tagline")
        self.tagline.setWordWrap(True)
        self.tagline.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.tagline)

        self.headerSpace = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.cardLayout.addItem(self.headerSpace)

        self.pages = QWidget(self.card)
        self.pages.setObjectName(u"pages")
        self.pagesLayout = QVBoxLayout(self.pages)
        self.pagesLayout.setSpacing(0)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.pagesLayout.setContentsMargins(0, 0, 0, 0)
        self.createPage = QWidget(self.pages)
        self.createPage.setObjectName(u"createPage")
        self.createLayout = QVBoxLayout(self.createPage)
        self.createLayout.setSpacing(8)
        self.createLayout.setObjectName(u"createLayout")
        self.createLayout.setContentsMargins(0, 0, 0, 0)
        self.createHeading = QLabel(self.createPage)
        self.createHeading.setObjectName(u"createHeading")

        self.createLayout.addWidget(self.createHeading)

        self.createIntro = QLabel(self.createPage)
        self.createIntro.setObjectName(u"createIntro")
        self.createIntro.setWordWrap(True)

        self.createLayout.addWidget(self.createIntro)

        self.createPath = QLabel(self.createPage)
        self.createPath.setObjectName(u"createPath")
        self.createPath.setText(u"")
        self.createPath.setWordWrap(True)
        self.createPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.createLayout.addWidget(self.createPath)

        self.createSpace = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.createLayout.addItem(self.createSpace)

        self.newLabel = QLabel(self.createPage)
        self.newLabel.setObjectName(u"newLabel")

        self.createLayout.addWidget(self.newLabel)

        self.newFieldRow = QHBoxLayout()
        self.newFieldRow.setSpacing(6)
        self.newFieldRow.setObjectName(u"newFieldRow")
        self.newPassphrase = QLineEdit(self.createPage)
        self.newPassphrase.setObjectName(u"newPassphrase")
        self.newPassphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.newPassphrase.setClearButtonEnabled(False)

        self.newFieldRow.addWidget(self.newPassphrase)

        self.showNewButton = QToolButton(self.createPage)
        self.showNewButton.setObjectName(u"showNewButton")
        self.showNewButton.setCheckable(True)

        self.newFieldRow.addWidget(self.showNewButton)


        self.createLayout.addLayout(self.newFieldRow)

        self.newCaps = QLabel(self.createPage)
        self.newCaps.setObjectName(u"newCaps")

        self.createLayout.addWidget(self.newCaps)

        self.strengthRow = QHBoxLayout()
        self.strengthRow.setSpacing(8)
        self.strengthRow.setObjectName(u"strengthRow")
        self.strengthBar = QProgressBar(self.createPage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(5)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthRow.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(self.createPage)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.strengthRow.addWidget(self.strengthLabel)


        self.createLayout.addLayout(self.strengthRow)

        self.adviceLabel = QLabel(self.createPage)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)

        self.createLayout.addWidget(self.adviceLabel)

        self.confirmLabel = QLabel(self.createPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.createLayout.addWidget(self.confirmLabel)

        self.confirmPassphrase = QLineEdit(self.createPage)
        self.confirmPassphrase.setObjectName(u"confirmPassphrase")
        self.confirmPassphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.createLayout.addWidget(self.confirmPassphrase)

        self.matchLabel = QLabel(self.createPage)
        self.matchLabel.setObjectName(u"matchLabel")
        self.matchLabel.setWordWrap(True)

        self.createLayout.addWidget(self.matchLabel)

        self.rememberNew = QCheckBox(self.createPage)
        self.rememberNew.setObjectName(u"rememberNew")

        self.createLayout.addWidget(self.rememberNew)

        self.rememberNewHint = QLabel(self.createPage)
        self.rememberNewHint.setObjectName(u"rememberNewHint")
        self.rememberNewHint.setWordWrap(True)

        self.createLayout.addWidget(self.rememberNewHint)

        self.createMessage = QLabel(self.createPage)
        self.createMessage.setObjectName(u"createMessage")
        self.createMessage.setWordWrap(True)

        self.createLayout.addWidget(self.createMessage)

        self.createButtons = QHBoxLayout()
        self.createButtons.setObjectName(u"createButtons")
        self.createButtonSpace = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.createButtons.addItem(self.createButtonSpace)

        self.createButton = QPushButton(self.createPage)
        self.createButton.setObjectName(u"createButton")

        self.createButtons.addWidget(self.createButton)


        self.createLayout.addLayout(self.createButtons)


        self.pagesLayout.addWidget(self.createPage)

        self.unlockPage = QWidget(self.pages)
        self.unlockPage.setObjectName(u"unlockPage")
        self.unlockLayout = QVBoxLayout(self.unlockPage)
        self.unlockLayout.setSpacing(8)
        self.unlockLayout.setObjectName(u"unlockLayout")
        self.unlockLayout.setContentsMargins(0, 0, 0, 0)
        self.unlockHeading = QLabel(self.unlockPage)
        self.unlockHeading.setObjectName(u"unlockHeading")

        self.unlockLayout.addWidget(self.unlockHeading)

        self.unlockPath = QLabel(self.unlockPage)
        self.unlockPath.setObjectName(u"unlockPath")
        self.unlockPath.setText(u"")
        self.unlockPath.setWordWrap(True)
        self.unlockPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unlockLayout.addWidget(self.unlockPath)

        self.unlockSpace = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.unlockLayout.addItem(self.unlockSpace)

        self.passphraseLabel = QLabel(self.unlockPage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.unlockLayout.addWidget(self.passphraseLabel)

        self.unlockFieldRow = QHBoxLayout()
        self.unlockFieldRow.setSpacing(6)
        self.unlockFieldRow.setObjectName(u"unlockFieldRow")
        self.passphrase = QLineEdit(self.unlockPage)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setClearButtonEnabled(False)

        self.unlockFieldRow.addWidget(self.passphrase)

        self.showButton = QToolButton(self.unlockPage)
        self.showButton.setObjectName(u"showButton")
        self.showButton.setCheckable(True)

        self.unlockFieldRow.addWidget(self.showButton)


        self.unlockLayout.addLayout(self.unlockFieldRow)

        self.capsLabel = QLabel(self.unlockPage)
        self.capsLabel.setObjectName(u"capsLabel")

        self.unlockLayout.addWidget(self.capsLabel)

        self.unlockMessage = QLabel(self.unlockPage)
        self.unlockMessage.setObjectName(u"unlockMessage")
        self.unlockMessage.setWordWrap(True)

        self.unlockLayout.addWidget(self.unlockMessage)

        self.rememberBox = QCheckBox(self.unlockPage)
        self.rememberBox.setObjectName(u"rememberBox")

        self.unlockLayout.addWidget(self.rememberBox)

        self.rememberHint = QLabel(self.unlockPage)
        self.rememberHint.setObjectName(u"rememberHint")
        self.rememberHint.setWordWrap(True)

        self.unlockLayout.addWidget(self.rememberHint)

        self.unlockButtons = QHBoxLayout()
        self.unlockButtons.setObjectName(u"unlockButtons")
        self.unlockButtonSpace = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlockButtons.addItem(self.unlockButtonSpace)

        self.unlockButton = QPushButton(self.unlockPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.unlockButtons.addWidget(self.unlockButton)


        self.unlockLayout.addLayout(self.unlockButtons)


        self.pagesLayout.addWidget(self.unlockPage)


        self.cardLayout.addWidget(self.pages)

        self.busyLabel = QLabel(self.card)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.busyLabel)

        self.busyBar = QProgressBar(self.card)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.cardLayout.addWidget(self.busyBar)

        self.footerRule = QFrame(self.card)
        self.footerRule.setObjectName(u"footerRule")
        self.footerRule.setFrameShape(QFrame.Shape.NoFrame)
        self.footerRule.setMinimumSize(QSize(0, 1))
        self.footerRule.setMaximumSize(QSize(16777215, 1))

        self.cardLayout.addWidget(self.footerRule)

        self.footer = QHBoxLayout()
        self.footer.setSpacing(8)
        self.footer.setObjectName(u"footer")
        self.demoButton = QPushButton(self.card)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setFlat(True)

        self.footer.addWidget(self.demoButton)

        self.footerSpace = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpace)

        self.quitButton = QPushButton(self.card)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.footer.addWidget(self.quitButton)


        self.cardLayout.addLayout(self.footer)


        self.centreRow.addWidget(self.card)

        self.rightSpace = QSpacerItem(24, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreRow.addItem(self.rightSpace)


        self.outerLayout.addLayout(self.centreRow)

        self.bottomSpace = QSpacerItem(20, 24, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpace)

#if QT_CONFIG(shortcut)
        self.newLabel.setBuddy(self.newPassphrase)
        self.confirmLabel.setBuddy(self.confirmPassphrase)
        self.passphraseLabel.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newPassphrase, self.showNewButton)
        QWidget.setTabOrder(self.showNewButton, self.confirmPassphrase)
        QWidget.setTabOrder(self.confirmPassphrase, self.rememberNew)
        QWidget.setTabOrder(self.rememberNew, self.createButton)
        QWidget.setTabOrder(self.createButton, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.showButton)
        QWidget.setTabOrder(self.showButton, self.rememberBox)
        QWidget.setTabOrder(self.rememberBox, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.quitButton)

        self.retranslateUi(UnlockWindow)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockWindow)
    # setupUi

    def retranslateUi(self, UnlockWindow):
        UnlockWindow.setWindowTitle(QCoreApplication.translate("UnlockWindow", u"Unlock \u2014 TrustJournal", None))
#if QT_CONFIG(accessibility)
        UnlockWindow.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Unlock TrustJournal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.card.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"TrustJournal", None))
#endif // QT_CONFIG(accessibility)
        self.appIcon.setText("")
#if QT_CONFIG(accessibility)
        self.appIcon.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"TrustJournal icon", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.appName.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"App name", None))
#endif // QT_CONFIG(accessibility)
        self.tagline.setText(QCoreApplication.translate("UnlockWindow", u"A private journal of candid conversations", None))
#if QT_CONFIG(accessibility)
        self.tagline.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Tagline", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Create or unlock", None))
#endif // QT_CONFIG(accessibility)
        self.createHeading.setText(QCoreApplication.translate("UnlockWindow", u"Create your journal", None))
#if QT_CONFIG(accessibility)
        self.createHeading.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Heading", None))
#endif // QT_CONFIG(accessibility)
        self.createIntro.setText(QCoreApplication.translate("UnlockWindow", u"It is encrypted with a passphrase only you know, and kept in this folder:", None))
#if QT_CONFIG(accessibility)
        self.createIntro.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Where the journal lives", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.createPath.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Journal folder", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("UnlockWindow", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.newLabel.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Passphrase label", None))
#endif // QT_CONFIG(accessibility)
        self.newPassphrase.setPlaceholderText(QCoreApplication.translate("UnlockWindow", u"A few unrelated words", None))
#if QT_CONFIG(accessibility)
        self.newPassphrase.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.showNewButton.setText(QCoreApplication.translate("UnlockWindow", u"Show", None))
#if QT_CONFIG(tooltip)
        self.showNewButton.setToolTip(QCoreApplication.translate("UnlockWindow", u"Show or hide the passphrase", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.showNewButton.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Show passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.newCaps.setText(QCoreApplication.translate("UnlockWindow", u"Caps Lock is on", None))
#if QT_CONFIG(accessibility)
        self.newCaps.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Caps Lock warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.strengthLabel.setText("")
#if QT_CONFIG(accessibility)
        self.strengthLabel.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Strength", None))
#endif // QT_CONFIG(accessibility)
        self.adviceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.adviceLabel.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Advice on the passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("UnlockWindow", u"&Repeat the passphrase", None))
#if QT_CONFIG(accessibility)
        self.confirmLabel.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Repeat label", None))
#endif // QT_CONFIG(accessibility)
        self.confirmPassphrase.setPlaceholderText(QCoreApplication.translate("UnlockWindow", u"The same again", None))
#if QT_CONFIG(accessibility)
        self.confirmPassphrase.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Repeat the passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.matchLabel.setText("")
#if QT_CONFIG(accessibility)
        self.matchLabel.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Whether the two passphrases match", None))
#endif // QT_CONFIG(accessibility)
        self.rememberNew.setText(QCoreApplication.translate("UnlockWindow", u"Re&member on this device", None))
#if QT_CONFIG(accessibility)
        self.rememberNew.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Remember on this device", None))
#endif // QT_CONFIG(accessibility)
        self.rememberNewHint.setText("")
#if QT_CONFIG(accessibility)
        self.rememberNewHint.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"What remembering trades", None))
#endif // QT_CONFIG(accessibility)
        self.createMessage.setText("")
#if QT_CONFIG(accessibility)
        self.createMessage.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.createButton.setText(QCoreApplication.translate("UnlockWindow", u"&Create journal", None))
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Create journal", None))
#endif // QT_CONFIG(accessibility)
        self.unlockHeading.setText(QCoreApplication.translate("UnlockWindow", u"Unlock your journal", None))
#if QT_CONFIG(accessibility)
        self.unlockHeading.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Heading", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unlockPath.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Journal folder", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockWindow", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseLabel.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Passphrase label", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase.setPlaceholderText(QCoreApplication.translate("UnlockWindow", u"Your passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.showButton.setText(QCoreApplication.translate("UnlockWindow", u"Show", None))
#if QT_CONFIG(tooltip)
        self.showButton.setToolTip(QCoreApplication.translate("UnlockWindow", u"Show or hide the passphrase", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.showButton.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Show passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.capsLabel.setText(QCoreApplication.translate("UnlockWindow", u"Caps Lock is on", None))
#if QT_CONFIG(accessibility)
        self.capsLabel.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Caps Lock warning", None))
#endif // QT_CONFIG(accessibility)
        self.unlockMessage.setText("")
#if QT_CONFIG(accessibility)
        self.unlockMessage.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.rememberBox.setText(QCoreApplication.translate("UnlockWindow", u"Re&member on this device", None))
#if QT_CONFIG(accessibility)
        self.rememberBox.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Remember on this device", None))
#endif // QT_CONFIG(accessibility)
        self.rememberHint.setText("")
#if QT_CONFIG(accessibility)
        self.rememberHint.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"What remembering trades", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("UnlockWindow", u"&Unlock", None))
#if QT_CONFIG(accessibility)
        self.unlockButton.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
        self.busyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.busyLabel.setAccessibleDescription(QCoreApplication.translate("UnlockWindow", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.demoButton.setText(QCoreApplication.translate("UnlockWindow", u"Open the &demo journal\u2026", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("UnlockWindow", u"A separate journal of made-up people to try the app with; your own journal is not touched", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.demoButton.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Open the demo journal", None))
#endif // QT_CONFIG(accessibility)
        self.quitButton.setText(QCoreApplication.translate("UnlockWindow", u"&Quit", None))
#if QT_CONFIG(accessibility)
        self.quitButton.setAccessibleName(QCoreApplication.translate("UnlockWindow", u"Quit TrustJournal", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

