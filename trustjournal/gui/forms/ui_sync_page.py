# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        self.form = QGridLayout(SyncPage)
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setContentsMargins(12, 12, 12, 12)
        self.syncHeading = QLabel(SyncPage)
        self.syncHeading.setObjectName(u"syncHeading")
        self.syncHeading.setProperty(u"role", u"heading")

        self.form.addWidget(self.syncHeading, 0, 0, 1, 2)

        self.syncHelp = QLabel(SyncPage)
        self.syncHelp.setObjectName(u"syncHelp")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.syncHelp.sizePolicy().hasHeightForWidth())
        self.syncHelp.setSizePolicy(sizePolicy)
        self.syncHelp.setWordWrap(True)
        self.syncHelp.setProperty(u"role", u"muted")

        self.form.addWidget(self.syncHelp, 1, 0, 1, 2)

        self.folderLabel = QLabel(SyncPage)
        self.folderLabel.setObjectName(u"folderLabel")

        self.form.addWidget(self.folderLabel, 2, 0, 1, 1)

        self.folderRow = QHBoxLayout()
        self.folderRow.setSpacing(8)
        self.folderRow.setObjectName(u"folderRow")
        self.folder = QLineEdit(SyncPage)
        self.folder.setObjectName(u"folder")
        self.folder.setReadOnly(True)

        self.folderRow.addWidget(self.folder)

        self.folderChoose = QPushButton(SyncPage)
        self.folderChoose.setObjectName(u"folderChoose")

        self.folderRow.addWidget(self.folderChoose)


        self.form.addLayout(self.folderRow, 2, 1, 1, 1)

        self.deviceNameLabel = QLabel(SyncPage)
        self.deviceNameLabel.setObjectName(u"deviceNameLabel")

        self.form.addWidget(self.deviceNameLabel, 3, 0, 1, 1)

        self.deviceName = QLineEdit(SyncPage)
        self.deviceName.setObjectName(u"deviceName")
        self.deviceName.setMaxLength(60)

        self.form.addWidget(self.deviceName, 3, 1, 1, 1)

        self.syncNowRow = QHBoxLayout()
        self.syncNowRow.setSpacing(12)
        self.syncNowRow.setObjectName(u"syncNowRow")
        self.syncNow = QPushButton(SyncPage)
        self.syncNow.setObjectName(u"syncNow")

        self.syncNowRow.addWidget(self.syncNow)

        self.unlink = QPushButton(SyncPage)
        self.unlink.setObjectName(u"unlink")

        self.syncNowRow.addWidget(self.unlink)

        self.syncState = QLabel(SyncPage)
        self.syncState.setObjectName(u"syncState")
        sizePolicy.setHeightForWidth(self.syncState.sizePolicy().hasHeightForWidth())
        self.syncState.setSizePolicy(sizePolicy)
        self.syncState.setWordWrap(True)
        self.syncState.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.syncState.setProperty(u"role", u"muted")

        self.syncNowRow.addWidget(self.syncState)


        self.form.addLayout(self.syncNowRow, 4, 1, 1, 1)

        self.devicesHeading = QLabel(SyncPage)
        self.devicesHeading.setObjectName(u"devicesHeading")
        self.devicesHeading.setProperty(u"role", u"heading")

        self.form.addWidget(self.devicesHeading, 5, 0, 1, 2)

        self.devices = QTreeWidget(SyncPage)
        self.devices.setObjectName(u"devices")
        self.devices.setRootIsDecorated(False)
        self.devices.setUniformRowHeights(True)
        self.devices.setMinimumSize(QSize(0, 110))

        self.form.addWidget(self.devices, 6, 0, 1, 2)

        self.revokeRow = QHBoxLayout()
        self.revokeRow.setSpacing(12)
        self.revokeRow.setObjectName(u"revokeRow")
        self.revoke = QPushButton(SyncPage)
        self.revoke.setObjectName(u"revoke")

        self.revokeRow.addWidget(self.revoke)

        self.revokeHelp = QLabel(SyncPage)
        self.revokeHelp.setObjectName(u"revokeHelp")
        sizePolicy.setHeightForWidth(self.revokeHelp.sizePolicy().hasHeightForWidth())
        self.revokeHelp.setSizePolicy(sizePolicy)
        self.revokeHelp.setWordWrap(True)
        self.revokeHelp.setProperty(u"role", u"muted")

        self.revokeRow.addWidget(self.revokeHelp)


        self.form.addLayout(self.revokeRow, 7, 0, 1, 2)

        self.pageStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form.addItem(self.pageStretch, 8, 0, 1, 2)

        self.form.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderChoose)
        self.deviceNameLabel.setBuddy(self.deviceName)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folderChoose, self.deviceName)
        QWidget.setTabOrder(self.deviceName, self.syncNow)
        QWidget.setTabOrder(self.syncNow, self.unlink)
        QWidget.setTabOrder(self.unlink, self.devices)
        QWidget.setTabOrder(self.devices, self.revoke)

        self.retranslateUi(SyncPage)

        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.syncHeading.setText(QCoreApplication.translate("SyncPage", u"Sync", None))
        self.syncHelp.setText(QCoreApplication.translate("SyncPage", u"Keeps this journal the same on your other computers through a folder your sync app (Syncthing, Dropbox, iCloud Drive, OneDrive, Nextcloud) already syncs. Only encrypted change files go there, never the journal itself. On another computer, join with the same folder and passphrase.", None))
        self.folderLabel.setText(QCoreApplication.translate("SyncPage", u"F&older:", None))
#if QT_CONFIG(accessibility)
        self.folder.setAccessibleName(QCoreApplication.translate("SyncPage", u"Sync folder", None))
#endif // QT_CONFIG(accessibility)
        self.folder.setPlaceholderText(QCoreApplication.translate("SyncPage", u"Not syncing", None))
        self.folderChoose.setText(QCoreApplication.translate("SyncPage", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.folderChoose.setAccessibleName(QCoreApplication.translate("SyncPage", u"Choose the sync folder", None))
#endif // QT_CONFIG(accessibility)
        self.deviceNameLabel.setText(QCoreApplication.translate("SyncPage", u"This &device:", None))
#if QT_CONFIG(accessibility)
        self.deviceName.setAccessibleName(QCoreApplication.translate("SyncPage", u"This device's name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.deviceName.setToolTip(QCoreApplication.translate("SyncPage", u"How this computer is named in the devices list, here and on your other devices", None))
#endif // QT_CONFIG(tooltip)
        self.syncNow.setText(QCoreApplication.translate("SyncPage", u"&Sync Now", None))
        self.unlink.setText(QCoreApplication.translate("SyncPage", u"&Unlink\u2026", None))
#if QT_CONFIG(tooltip)
        self.unlink.setToolTip(QCoreApplication.translate("SyncPage", u"Stop syncing this journal (its entries stay)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.syncState.setAccessibleDescription(QCoreApplication.translate("SyncPage", u"Sync status", None))
#endif // QT_CONFIG(accessibility)
        self.devicesHeading.setText(QCoreApplication.translate("SyncPage", u"Devices", None))
        ___qtreewidgetitem = self.devices.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SyncPage", u"Last change", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SyncPage", u"Device", None))
#if QT_CONFIG(accessibility)
        self.devices.setAccessibleName(QCoreApplication.translate("SyncPage", u"Devices syncing this journal", None))
#endif // QT_CONFIG(accessibility)
        self.revoke.setText(QCoreApplication.translate("SyncPage", u"&Revoke\u2026", None))
#if QT_CONFIG(accessibility)
        self.revoke.setAccessibleName(QCoreApplication.translate("SyncPage", u"Revoke the chosen device", None))
#endif // QT_CONFIG(accessibility)
        self.revokeHelp.setText(QCoreApplication.translate("SyncPage", u"A lost or sold computer: its later changes are refused.", None))
        pass
    # retranslateUi

