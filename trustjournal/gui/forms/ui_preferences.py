# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(PreferencesDialog)
        self.layout.setSpacing(12)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 16, 16, 16)
        self.pages = QTabWidget(PreferencesDialog)
        self.pages.setObjectName(u"pages")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalPageLayout = QVBoxLayout(self.generalPage)
        self.generalPageLayout.setObjectName(u"generalPageLayout")
        self.generalPageLayout.setContentsMargins(0, 0, 0, 0)
        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setContentsMargins(12, 12, 12, 12)
        self.securityHeading = QLabel(self.generalPage)
        self.securityHeading.setObjectName(u"securityHeading")
        self.securityHeading.setProperty(u"role", u"heading")

        self.form.addWidget(self.securityHeading, 0, 0, 1, 2)

        self.autoLockLabel = QLabel(self.generalPage)
        self.autoLockLabel.setObjectName(u"autoLockLabel")

        self.form.addWidget(self.autoLockLabel, 1, 0, 1, 1)

        self.autoLock = QSpinBox(self.generalPage)
        self.autoLock.setObjectName(u"autoLock")
        self.autoLock.setSuffix(u" min")

        self.form.addWidget(self.autoLock, 1, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)

        self.autoLockHelp = QLabel(self.generalPage)
        self.autoLockHelp.setObjectName(u"autoLockHelp")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.autoLockHelp.sizePolicy().hasHeightForWidth())
        self.autoLockHelp.setSizePolicy(sizePolicy)
        self.autoLockHelp.setWordWrap(True)
        self.autoLockHelp.setProperty(u"role", u"muted")

        self.form.addWidget(self.autoLockHelp, 2, 1, 1, 1)

        self.remember = QCheckBox(self.generalPage)
        self.remember.setObjectName(u"remember")

        self.form.addWidget(self.remember, 3, 1, 1, 1)

        self.rememberHelp = QLabel(self.generalPage)
        self.rememberHelp.setObjectName(u"rememberHelp")
        sizePolicy.setHeightForWidth(self.rememberHelp.sizePolicy().hasHeightForWidth())
        self.rememberHelp.setSizePolicy(sizePolicy)
        self.rememberHelp.setWordWrap(True)
        self.rememberHelp.setProperty(u"role", u"muted")

        self.form.addWidget(self.rememberHelp, 4, 1, 1, 1)

        self.keychainNote = QLabel(self.generalPage)
        self.keychainNote.setObjectName(u"keychainNote")
        sizePolicy.setHeightForWidth(self.keychainNote.sizePolicy().hasHeightForWidth())
        self.keychainNote.setSizePolicy(sizePolicy)
        self.keychainNote.setWordWrap(True)
        self.keychainNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keychainNote.setProperty(u"role", u"note")

        self.form.addWidget(self.keychainNote, 5, 1, 1, 1)

        self.tiesHeading = QLabel(self.generalPage)
        self.tiesHeading.setObjectName(u"tiesHeading")
        self.tiesHeading.setProperty(u"role", u"heading")

        self.form.addWidget(self.tiesHeading, 6, 0, 1, 2)

        self.cadenceLabel = QLabel(self.generalPage)
        self.cadenceLabel.setObjectName(u"cadenceLabel")

        self.form.addWidget(self.cadenceLabel, 7, 0, 1, 1)

        self.cadence = QSpinBox(self.generalPage)
        self.cadence.setObjectName(u"cadence")
        self.cadence.setSuffix(u" days")

        self.form.addWidget(self.cadence, 7, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)

        self.cadenceHelp = QLabel(self.generalPage)
        self.cadenceHelp.setObjectName(u"cadenceHelp")
        sizePolicy.setHeightForWidth(self.cadenceHelp.sizePolicy().hasHeightForWidth())
        self.cadenceHelp.setSizePolicy(sizePolicy)
        self.cadenceHelp.setWordWrap(True)
        self.cadenceHelp.setProperty(u"role", u"muted")

        self.form.addWidget(self.cadenceHelp, 8, 1, 1, 1)

        self.learning = QCheckBox(self.generalPage)
        self.learning.setObjectName(u"learning")

        self.form.addWidget(self.learning, 9, 1, 1, 1)

        self.learningHelp = QLabel(self.generalPage)
        self.learningHelp.setObjectName(u"learningHelp")
        sizePolicy.setHeightForWidth(self.learningHelp.sizePolicy().hasHeightForWidth())
        self.learningHelp.setSizePolicy(sizePolicy)
        self.learningHelp.setWordWrap(True)
        self.learningHelp.setProperty(u"role", u"muted")

        self.form.addWidget(self.learningHelp, 10, 1, 1, 1)

        self.appearanceHeading = QLabel(self.generalPage)
        self.appearanceHeading.setObjectName(u"appearanceHeading")
        self.appearanceHeading.setProperty(u"role", u"heading")

        self.form.addWidget(self.appearanceHeading, 11, 0, 1, 2)

        self.themeLabel = QLabel(self.generalPage)
        self.themeLabel.setObjectName(u"themeLabel")

        self.form.addWidget(self.themeLabel, 12, 0, 1, 1)

        self.theme = QComboBox(self.generalPage)
        self.theme.addItem("")
        self.theme.addItem("")
        self.theme.addItem("")
        self.theme.addItem("")
        self.theme.addItem("")
        self.theme.setObjectName(u"theme")

        self.form.addWidget(self.theme, 12, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)

        self.themeHelp = QLabel(self.generalPage)
        self.themeHelp.setObjectName(u"themeHelp")
        sizePolicy.setHeightForWidth(self.themeHelp.sizePolicy().hasHeightForWidth())
        self.themeHelp.setSizePolicy(sizePolicy)
        self.themeHelp.setWordWrap(True)
        self.themeHelp.setProperty(u"role", u"muted")

        self.form.addWidget(self.themeHelp, 13, 1, 1, 1)

        self.languageLabel = QLabel(self.generalPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.addWidget(self.languageLabel, 14, 0, 1, 1)

        self.language = QComboBox(self.generalPage)
        self.language.addItem("")
        self.language.addItem(u"English")
        self.language.addItem(u"Deutsch")
        self.language.setObjectName(u"language")

        self.form.addWidget(self.language, 14, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)

        self.languageHelp = QLabel(self.generalPage)
        self.languageHelp.setObjectName(u"languageHelp")
        sizePolicy.setHeightForWidth(self.languageHelp.sizePolicy().hasHeightForWidth())
        self.languageHelp.setSizePolicy(sizePolicy)
        self.languageHelp.setWordWrap(True)
        self.languageHelp.setProperty(u"role", u"muted")

        self.form.addWidget(self.languageHelp, 15, 1, 1, 1)

        self.journalHeading = QLabel(self.generalPage)
        self.journalHeading.setObjectName(u"journalHeading")
        self.journalHeading.setProperty(u"role", u"heading")

        self.form.addWidget(self.journalHeading, 16, 0, 1, 2)

        self.locationLabel = QLabel(self.generalPage)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.addWidget(self.locationLabel, 17, 0, 1, 1)

        self.location = QLineEdit(self.generalPage)
        self.location.setObjectName(u"location")
        self.location.setReadOnly(True)

        self.form.addWidget(self.location, 17, 1, 1, 1)

        self.generalPageStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form.addItem(self.generalPageStretch, 18, 0, 1, 2)

        self.form.setRowStretch(18, 1)
        self.form.setColumnStretch(1, 1)

        self.generalPageLayout.addLayout(self.form)

        self.pages.addTab(self.generalPage, "")
        self.remindersPage = QWidget()
        self.remindersPage.setObjectName(u"remindersPage")
        self.remindersPageLayout = QVBoxLayout(self.remindersPage)
        self.remindersPageLayout.setObjectName(u"remindersPageLayout")
        self.remindersPageLayout.setContentsMargins(0, 0, 0, 0)
        self.remindersForm = QGridLayout()
        self.remindersForm.setObjectName(u"remindersForm")
        self.remindersForm.setHorizontalSpacing(12)
        self.remindersForm.setVerticalSpacing(8)
        self.remindersForm.setContentsMargins(12, 12, 12, 12)
        self.remindersHeading = QLabel(self.remindersPage)
        self.remindersHeading.setObjectName(u"remindersHeading")
        self.remindersHeading.setProperty(u"role", u"heading")

        self.remindersForm.addWidget(self.remindersHeading, 0, 0, 1, 2)

        self.remindDue = QCheckBox(self.remindersPage)
        self.remindDue.setObjectName(u"remindDue")

        self.remindersForm.addWidget(self.remindDue, 1, 1, 1, 1)

        self.remindHelp = QLabel(self.remindersPage)
        self.remindHelp.setObjectName(u"remindHelp")
        sizePolicy.setHeightForWidth(self.remindHelp.sizePolicy().hasHeightForWidth())
        self.remindHelp.setSizePolicy(sizePolicy)
        self.remindHelp.setWordWrap(True)
        self.remindHelp.setProperty(u"role", u"muted")

        self.remindersForm.addWidget(self.remindHelp, 2, 1, 1, 1)

        self.reviewLabel = QLabel(self.remindersPage)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.remindersForm.addWidget(self.reviewLabel, 3, 0, 1, 1)

        self.reviewDay = QComboBox(self.remindersPage)
        self.reviewDay.addItem("")
        self.reviewDay.addItem("")
        self.reviewDay.addItem("")
        self.reviewDay.addItem("")
        self.reviewDay.addItem("")
        self.reviewDay.addItem("")
        self.reviewDay.addItem("")
        self.reviewDay.addItem("")
        self.reviewDay.setObjectName(u"reviewDay")

        self.remindersForm.addWidget(self.reviewDay, 3, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)

        self.keepInTray = QCheckBox(self.remindersPage)
        self.keepInTray.setObjectName(u"keepInTray")

        self.remindersForm.addWidget(self.keepInTray, 4, 1, 1, 1)

        self.backupHeading = QLabel(self.remindersPage)
        self.backupHeading.setObjectName(u"backupHeading")
        self.backupHeading.setProperty(u"role", u"heading")

        self.remindersForm.addWidget(self.backupHeading, 5, 0, 1, 2)

        self.backupEnabled = QCheckBox(self.remindersPage)
        self.backupEnabled.setObjectName(u"backupEnabled")

        self.remindersForm.addWidget(self.backupEnabled, 6, 1, 1, 1)

        self.backupHelp = QLabel(self.remindersPage)
        self.backupHelp.setObjectName(u"backupHelp")
        sizePolicy.setHeightForWidth(self.backupHelp.sizePolicy().hasHeightForWidth())
        self.backupHelp.setSizePolicy(sizePolicy)
        self.backupHelp.setWordWrap(True)
        self.backupHelp.setProperty(u"role", u"muted")

        self.remindersForm.addWidget(self.backupHelp, 7, 1, 1, 1)

        self.backupFolderLabel = QLabel(self.remindersPage)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.remindersForm.addWidget(self.backupFolderLabel, 8, 0, 1, 1)

        self.backupFolderRow = QHBoxLayout()
        self.backupFolderRow.setSpacing(8)
        self.backupFolderRow.setObjectName(u"backupFolderRow")
        self.backupFolder = QLineEdit(self.remindersPage)
        self.backupFolder.setObjectName(u"backupFolder")

        self.backupFolderRow.addWidget(self.backupFolder)

        self.backupChoose = QPushButton(self.remindersPage)
        self.backupChoose.setObjectName(u"backupChoose")

        self.backupFolderRow.addWidget(self.backupChoose)


        self.remindersForm.addLayout(self.backupFolderRow, 8, 1, 1, 1)

        self.backupKeepLabel = QLabel(self.remindersPage)
        self.backupKeepLabel.setObjectName(u"backupKeepLabel")

        self.remindersForm.addWidget(self.backupKeepLabel, 9, 0, 1, 1)

        self.backupKeep = QSpinBox(self.remindersPage)
        self.backupKeep.setObjectName(u"backupKeep")
        self.backupKeep.setSuffix(u" backups")

        self.remindersForm.addWidget(self.backupKeep, 9, 1, 1, 1, Qt.AlignmentFlag.AlignLeft)

        self.backupStatus = QLabel(self.remindersPage)
        self.backupStatus.setObjectName(u"backupStatus")
        sizePolicy.setHeightForWidth(self.backupStatus.sizePolicy().hasHeightForWidth())
        self.backupStatus.setSizePolicy(sizePolicy)
        self.backupStatus.setWordWrap(True)
        self.backupStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backupStatus.setProperty(u"role", u"muted")

        self.remindersForm.addWidget(self.backupStatus, 10, 1, 1, 1)

        self.remindersPageStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.remindersForm.addItem(self.remindersPageStretch, 11, 0, 1, 2)

        self.remindersForm.setRowStretch(11, 1)
        self.remindersForm.setColumnStretch(1, 1)

        self.remindersPageLayout.addLayout(self.remindersForm)

        self.pages.addTab(self.remindersPage, "")

        self.layout.addWidget(self.pages)

        self.stretch = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.autoLockLabel.setBuddy(self.autoLock)
        self.cadenceLabel.setBuddy(self.cadence)
        self.themeLabel.setBuddy(self.theme)
        self.languageLabel.setBuddy(self.language)
        self.locationLabel.setBuddy(self.location)
        self.reviewLabel.setBuddy(self.reviewDay)
        self.backupFolderLabel.setBuddy(self.backupFolder)
        self.backupKeepLabel.setBuddy(self.backupKeep)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pages, self.autoLock)
        QWidget.setTabOrder(self.autoLock, self.remember)
        QWidget.setTabOrder(self.remember, self.cadence)
        QWidget.setTabOrder(self.cadence, self.learning)
        QWidget.setTabOrder(self.learning, self.theme)
        QWidget.setTabOrder(self.theme, self.language)
        QWidget.setTabOrder(self.language, self.remindDue)
        QWidget.setTabOrder(self.remindDue, self.reviewDay)
        QWidget.setTabOrder(self.reviewDay, self.keepInTray)
        QWidget.setTabOrder(self.keepInTray, self.location)
        QWidget.setTabOrder(self.location, self.backupEnabled)
        QWidget.setTabOrder(self.backupEnabled, self.backupFolder)
        QWidget.setTabOrder(self.backupFolder, self.backupChoose)
        QWidget.setTabOrder(self.backupChoose, self.backupKeep)
        QWidget.setTabOrder(self.backupKeep, self.buttons)

        self.retranslateUi(PreferencesDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences \u2014 TrustJournal", None))
        self.securityHeading.setText(QCoreApplication.translate("PreferencesDialog", u"Security", None))
        self.autoLockLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Lock after idle:", None))
#if QT_CONFIG(accessibility)
        self.autoLock.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Lock after idle, in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.autoLock.setSpecialValueText(QCoreApplication.translate("PreferencesDialog", u"Never", None))
        self.autoLockHelp.setText(QCoreApplication.translate("PreferencesDialog", u"The journal locks itself after this long without keyboard or mouse use, and whenever the screen locks or the computer goes to sleep.", None))
        self.remember.setText(QCoreApplication.translate("PreferencesDialog", u"&Remember on this device", None))
#if QT_CONFIG(accessibility)
        self.remember.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Remember on this device", None))
#endif // QT_CONFIG(accessibility)
        self.rememberHelp.setText(QCoreApplication.translate("PreferencesDialog", u"Opens without your passphrase on this computer, using its keychain. Anyone who can sign in to this computer as you can then read the journal.", None))
#if QT_CONFIG(accessibility)
        self.keychainNote.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"Keychain note", None))
#endif // QT_CONFIG(accessibility)
        self.tiesHeading.setText(QCoreApplication.translate("PreferencesDialog", u"Ties", None))
        self.cadenceLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Cadence:", None))
#if QT_CONFIG(accessibility)
        self.cadence.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Cadence, in days", None))
#endif // QT_CONFIG(accessibility)
        self.cadenceHelp.setText(QCoreApplication.translate("PreferencesDialog", u"A gap longer than this means an honest dialogue has stopped (Fading).", None))
        self.learning.setText(QCoreApplication.translate("PreferencesDialog", u"Lear&n from the signals I tick", None))
#if QT_CONFIG(accessibility)
        self.learning.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Learn from the signals I tick", None))
#endif // QT_CONFIG(accessibility)
        self.learningHelp.setText(QCoreApplication.translate("PreferencesDialog", u"Suggested signals learn the words you use from the conversations you save. What they learn stays encrypted in this journal and its backups. Turning this off forgets it.", None))
        self.appearanceHeading.setText(QCoreApplication.translate("PreferencesDialog", u"Appearance", None))
        self.themeLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Theme:", None))
        self.theme.setItemText(0, QCoreApplication.translate("PreferencesDialog", u"System", None))
        self.theme.setItemText(1, QCoreApplication.translate("PreferencesDialog", u"Light", None))
        self.theme.setItemText(2, QCoreApplication.translate("PreferencesDialog", u"Dark", None))
        self.theme.setItemText(3, QCoreApplication.translate("PreferencesDialog", u"High contrast, light", None))
        self.theme.setItemText(4, QCoreApplication.translate("PreferencesDialog", u"High contrast, dark", None))

#if QT_CONFIG(accessibility)
        self.theme.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Theme", None))
#endif // QT_CONFIG(accessibility)
        self.themeHelp.setText("")
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
        self.language.setItemText(0, QCoreApplication.translate("PreferencesDialog", u"System", None))

#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.languageHelp.setText(QCoreApplication.translate("PreferencesDialog", u"The language of menus, buttons and messages. A change takes effect the next time TrustJournal starts.", None))
        self.journalHeading.setText(QCoreApplication.translate("PreferencesDialog", u"Journal", None))
        self.locationLabel.setText(QCoreApplication.translate("PreferencesDialog", u"L&ocation:", None))
#if QT_CONFIG(accessibility)
        self.location.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Journal location", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.location.setToolTip(QCoreApplication.translate("PreferencesDialog", u"The folder that holds your encrypted journal", None))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.generalPage), QCoreApplication.translate("PreferencesDialog", u"General", None))
        self.remindersHeading.setText(QCoreApplication.translate("PreferencesDialog", u"Reminders", None))
        self.remindDue.setText(QCoreApplication.translate("PreferencesDialog", u"Remind me when next steps are &due", None))
#if QT_CONFIG(accessibility)
        self.remindDue.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Remind me when next steps are due", None))
#endif // QT_CONFIG(accessibility)
        self.remindHelp.setText(QCoreApplication.translate("PreferencesDialog", u"Says only how many, never a name or a word you wrote: notifications can show on the lock screen.", None))
        self.reviewLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Weekly review on:", None))
        self.reviewDay.setItemText(0, QCoreApplication.translate("PreferencesDialog", u"Off", None))
        self.reviewDay.setItemText(1, QCoreApplication.translate("PreferencesDialog", u"Monday", None))
        self.reviewDay.setItemText(2, QCoreApplication.translate("PreferencesDialog", u"Tuesday", None))
        self.reviewDay.setItemText(3, QCoreApplication.translate("PreferencesDialog", u"Wednesday", None))
        self.reviewDay.setItemText(4, QCoreApplication.translate("PreferencesDialog", u"Thursday", None))
        self.reviewDay.setItemText(5, QCoreApplication.translate("PreferencesDialog", u"Friday", None))
        self.reviewDay.setItemText(6, QCoreApplication.translate("PreferencesDialog", u"Saturday", None))
        self.reviewDay.setItemText(7, QCoreApplication.translate("PreferencesDialog", u"Sunday", None))

#if QT_CONFIG(accessibility)
        self.reviewDay.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Weekly review day", None))
#endif // QT_CONFIG(accessibility)
        self.keepInTray.setText(QCoreApplication.translate("PreferencesDialog", u"Keep running in the s&ystem tray when closed", None))
#if QT_CONFIG(tooltip)
        self.keepInTray.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Reminders still come with the window closed. Open, lock or quit from the tray icon's menu.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.keepInTray.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Keep running in the system tray when the window is closed", None))
#endif // QT_CONFIG(accessibility)
        self.backupHeading.setText(QCoreApplication.translate("PreferencesDialog", u"Backups", None))
        self.backupEnabled.setText(QCoreApplication.translate("PreferencesDialog", u"Make &automatic backups", None))
#if QT_CONFIG(accessibility)
        self.backupEnabled.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Make automatic backups", None))
#endif // QT_CONFIG(accessibility)
        self.backupHelp.setText(QCoreApplication.translate("PreferencesDialog", u"An encrypted backup is made when the journal locks or TrustJournal quits, at most once a day: a standard age file that opens with your journal passphrase and the key file kept beside it. A synced cloud folder or another disk keeps them safe from this computer's loss.", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.backupFolder.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.backupFolder.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"Choose a folder for the backups", None))
        self.backupChoose.setText(QCoreApplication.translate("PreferencesDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.backupChoose.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Choose the backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.backupKeepLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Keep the last:", None))
#if QT_CONFIG(accessibility)
        self.backupKeep.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Number of automatic backups to keep", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backupStatus.setAccessibleDescription(QCoreApplication.translate("PreferencesDialog", u"Last automatic backup", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.remindersPage), QCoreApplication.translate("PreferencesDialog", u"Reminders and Backups", None))
    # retranslateUi

