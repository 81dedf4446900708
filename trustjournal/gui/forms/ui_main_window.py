# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QSizePolicy,
    QSplitter, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1240, 800)
        MainWindow.setMinimumSize(QSize(900, 600))
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self.central)
        self.banner.setObjectName(u"banner")
        self.banner.setWordWrap(True)

        self.centralLayout.addWidget(self.banner)

        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sidebarHost = QWidget(self.splitter)
        self.sidebarHost.setObjectName(u"sidebarHost")
        self.sidebarHost.setMinimumSize(QSize(280, 0))
        self.sidebarLayout = QVBoxLayout(self.sidebarHost)
        self.sidebarLayout.setObjectName(u"sidebarLayout")
        self.sidebarLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.sidebarHost)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.central)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"TrustJournal", None))
        self.banner.setText(QCoreApplication.translate("MainWindow", u"Demo journal: made-up people and conversations, kept apart from your own journal. Lock it (Ctrl+L) to return to yours.", None))
#if QT_CONFIG(accessibility)
        self.banner.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Demo journal notice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("MainWindow", u"Page", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

