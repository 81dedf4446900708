"""Preferences ▸ Sync (ui/sync_page.ui): the folder the journal syncs through, this
device's name, "Sync Now", and the devices with their last change, where one can be
revoked.

Unlike the other pages, what is done here is done at once (it is the journal's, like a
backup): choosing a folder links the journal to it with a first round
(`journal.sync(folder, device_name=…)`, on the journal worker), "Sync Now" runs a round,
"Revoke…" asks, then refuses that device's later changes. OK and Cancel change none of it.
The device's name is given when linking (the core keeps it in the device's record; it is
not renamed afterwards).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QMessageBox,
    QSizePolicy,
    QTreeWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from trustjournal.core.errors import JournalError
from trustjournal.core.journal.syncing import DeviceRecord, default_device_name
from trustjournal.gui.common import theme
from trustjournal.gui.common.announce import announce
from trustjournal.gui.common.dates import long_moment
from trustjournal.gui.forms.ui_sync_page import Ui_SyncPage
from trustjournal.gui.session import Session
from trustjournal.gui.sync.controller import Outcome, SyncController
from trustjournal.gui.sync.status import describe


def confirm_revoke(box: QMessageBox, revoke: QAbstractButton) -> bool:
    """Ask with `box`; True when `revoke` was pressed (tests put an answer here instead)."""
    box.exec()
    return box.clickedButton() is revoke


class SyncPage(QWidget):
    """The page; `devices_loaded` after the list has been read (tests)."""

    devices_loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = SyncController.of(session)
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.ask_revoke: Callable[[QMessageBox, QAbstractButton], bool] = confirm_revoke
        self.devices: list[DeviceRecord] = []
        self._linking = False
        self._problem = ""  # why the last folder chosen could not be linked
        ui.deviceName.setText(default_device_name())
        ui.deviceName.setPlaceholderText(default_device_name())
        ui.syncHelp.setContentsMargins(0, 0, 0, 4)
        ui.devicesHeading.setContentsMargins(0, 10, 0, 0)
        ui.devices.setHeaderLabels([self.tr("Device"), self.tr("Last change")])
        ui.devices.setColumnWidth(0, 260)
        # A few rows (most leaders have two or three computers): the page must not make
        # the whole Preferences dialog taller than its other pages.
        ui.devices.setMaximumHeight(150)
        ui.folderChoose.clicked.connect(self.choose_folder)
        for button in (ui.syncNow, ui.unlink):  # the state beside them wraps, they do not
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        ui.syncNow.clicked.connect(self.sync_now)
        ui.unlink.clicked.connect(self.unlink)
        self.ask_unlink: Callable[[QMessageBox, QAbstractButton], bool] = confirm_revoke
        ui.revoke.clicked.connect(self.revoke_chosen)
        ui.devices.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.controller.updated.connect(self._show_status)
        for control in (ui.folderChoose, ui.syncNow, ui.revoke):
            control.setEnabled(session.is_open)
        self._show_status()
        self.load_devices()

    # -- showing -------------------------------------------------------------------------------

    def _show_status(self) -> None:
        if not isValid(self):
            return
        ui, status = self.ui, self.controller.status
        linked = status is not None and status.folder is not None
        if status is not None and status.folder is not None:
            ui.folder.setText(str(status.folder))
            ui.folder.setCursorPosition(0)
            ui.deviceName.setText(status.device_name)
        ui.deviceName.setReadOnly(linked)
        ui.syncNow.setEnabled(linked and self.session.is_open and not self._linking)
        ui.unlink.setEnabled(linked and self.session.is_open and not self._linking)
        if self._linking:
            return
        if self._problem and not linked:
            self.show_state(self._problem, "error")
            return
        if status is None or not linked:
            self.show_state(self.tr("Not syncing: choose a folder to start."), "muted")
            return
        text, tip, role = describe(
            status, self.controller.error, self.controller.running, dt.datetime.now(dt.UTC)
        )
        self.show_state(tip if role == "error" else text, role)

    def show_state(self, text: str, role: str = "muted") -> None:
        self.ui.syncState.setText(text)
        theme.set_role(self.ui.syncState, role)

    def state(self) -> str:
        return str(self.ui.syncState.text())

    def load_devices(self) -> None:
        if self.session.is_open:
            self.session.read(lambda j: j.sync_devices(), self._devices_read, self._refused)

    def _devices_read(self, devices: list[DeviceRecord]) -> None:
        if not isValid(self):
            return
        self.devices = devices
        tree = self.ui.devices
        tree.clear()
        status = self.controller.status
        for device in devices:
            name = device.name or self.tr("Unnamed device")
            if device.this_device:
                name = self.tr("{name} (this device)").format(name=name)
            if device.revoked:
                name = self.tr("{name} — revoked").format(name=name)
            if device.this_device:
                last = (
                    long_moment(status.last_round)
                    if status is not None and status.last_round is not None
                    else self.tr("Not synced yet")
                )
            elif device.last_change is not None:
                last = long_moment(device.last_change)
            elif device.last_seq:
                last = self.tr("%n change file(s) read", "", device.last_seq)
            else:
                last = self.tr("Nothing read yet")
            item = QTreeWidgetItem([name, last])
            item.setData(0, Qt.ItemDataRole.UserRole, device.uid)
            tree.addTopLevelItem(item)
        self._update_buttons()
        self.devices_loaded.emit()

    def _update_buttons(self) -> None:
        device = self.chosen_device()
        self.ui.revoke.setEnabled(
            self.session.is_open
            and device is not None
            and not device.this_device
            and not device.revoked
        )

    def chosen_device(self) -> DeviceRecord | None:
        item = self.ui.devices.currentItem()
        uid = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((d for d in self.devices if d.uid == uid), None)

    def choose(self, uid: str) -> None:
        """Make the device `uid` the chosen one in the list (tests, keyboard)."""
        tree = self.ui.devices
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == uid:
                tree.setCurrentItem(item)

    # -- linking and syncing ---------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = self.ui.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Sync Folder — TrustJournal"), start
        )
        if chosen:
            self.link(Path(chosen))

    def link(self, folder: Path) -> None:
        """Link the journal to `folder` (a new or empty folder, or this journal's own) with
        a first round; the page says how it went."""
        name = self.ui.deviceName.text().strip() or default_device_name()
        self._linking = True
        self._problem = ""
        self.ui.folderChoose.setEnabled(False)
        self.ui.syncNow.setEnabled(False)
        self.show_state(self.tr("Linking to {folder}…").format(folder=folder), "muted")
        self.controller.sync_now(folder, name, self._linked, self._link_failed)

    def _linked(self, outcome: Outcome) -> None:
        if not isValid(self):
            return
        self._linking = False
        self.ui.folderChoose.setEnabled(True)
        self._show_status()
        announce(self.ui.syncState, self.tr("Linked: this journal now syncs through the folder."))
        self.load_devices()

    def _link_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._linking = False
        self.ui.folderChoose.setEnabled(True)
        if isinstance(error, JournalError):
            self._problem = str(error)  # shown until the next folder is chosen
        self._show_status()
        self._refused(error)

    def sync_now(self) -> None:
        self.show_state(self.tr("Syncing…"), "muted")
        self.controller.sync_now(done=lambda _o: self.load_devices())

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, JournalError):
            raise error
        if isValid(self):
            self.show_state(str(error), "error")
            announce(self.ui.syncState, str(error), assertive=True)

    # -- revoking ---------------------------------------------------------------------------------

    def revoke_chosen(self) -> None:
        device = self.chosen_device()
        if device is None or device.this_device or device.revoked:
            return
        name = device.name or self.tr("Unnamed device")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Revoke Device — TrustJournal"))
        box.setText(self.tr("Revoke “{name}”?").format(name=name))
        box.setInformativeText(
            self.tr(
                "Changes “{name}” makes from now on are refused by this journal and by your "
                "other devices. It can still read what it already had, and what it finds in "
                "the folder later: it knows the journal's key. To shut it out completely, "
                "restore a backup into a new journal and sync that one instead."
            ).format(name=name)
        )
        revoke = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if not self.ask_revoke(box, revoke):
            return
        uid = device.uid
        self.session.write(
            lambda j: j.revoke_device(uid), self._revoked, self._refused, name="revoke device"
        )

    def unlink(self) -> None:
        """Stop syncing here, after asking: the entries stay, the folder stays as it is for
        the other devices, and this journal can link again later (as a new device)."""
        if not self.controller.linked:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unlink — TrustJournal"))
        box.setText(self.tr("Stop syncing this journal?"))
        box.setInformativeText(
            self.tr(
                "Its entries stay on this computer, and the sync folder stays as it is for "
                "your other devices. Changes made here from now on are not sent."
            )
        )
        unlink = box.addButton(self.tr("Unlink"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if not self.ask_unlink(box, unlink):
            return
        self.session.write(
            lambda j: j.unlink_sync(), self._unlinked, self._refused, name="unlink sync"
        )

    def _unlinked(self, _none: object) -> None:
        if not isValid(self):
            return
        self.ui.folder.clear()
        announce(self.ui.syncState, self.tr("This journal no longer syncs."))
        self.controller.refresh()
        self.load_devices()

    def _revoked(self, _none: object) -> None:
        if not isValid(self):
            return
        announce(self.ui.syncState, self.tr("Revoked."))
        self.controller.sync_now(done=lambda _o: self.load_devices())
        self.load_devices()
