"""The recovery key in the app: Preferences ▸ Recovery key…, the key shown once with its
emergency kit, and "Forgot your passphrase?" on the unlock window."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE, journal_of, when_modal
from PySide6.QtWidgets import QMessageBox

from trustjournal.core.errors import UnlockFailed
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import PersonDraft
from trustjournal.gui.common.config import Config
from trustjournal.gui.dialogs.preferences import PreferencesDialog
from trustjournal.gui.recovery.dialogs import RecoverDialog, RecoveryKeyDialog, ShowKeyDialog
from trustjournal.gui.session import Session
from trustjournal.gui.unlock.window import UnlockWindow

NEW = "purple river laptop ostrich"


def test_preferences_makes_shows_and_removes_the_key(
    session: Session, qtbot: object, tmp_path: Path
) -> None:
    prefs = PreferencesDialog(session)
    qtbot.addWidget(prefs)  # type: ignore[attr-defined]
    seen: dict[str, object] = {}

    def on_manager(manager: RecoveryKeyDialog) -> None:
        qtbot.waitUntil(lambda: manager.make_button.isEnabled())  # type: ignore[attr-defined]
        assert not manager.has_key

        def on_key(shown: ShowKeyDialog) -> None:
            seen["key"] = shown.key
            assert shown.save_to(tmp_path / "kit.pdf")
            shown.accept()

        when_modal(ShowKeyDialog, on_key)
        manager.make_button.click()
        qtbot.waitUntil(lambda: "key" in seen)  # type: ignore[attr-defined]
        assert manager.has_key
        when_modal(
            QMessageBox, lambda box: next(b for b in box.buttons() if b.text() == "Remove").click()
        )
        manager.remove_button.click()
        qtbot.waitUntil(lambda: manager.has_key is False)  # type: ignore[attr-defined]
        manager.accept()

    when_modal(RecoveryKeyDialog, on_manager)
    prefs.recoveryButton.click()
    assert len(str(seen["key"]).split("-")) == 8
    pdf = (tmp_path / "kit.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert not list(tmp_path.glob(".kit.pdf*"))  # no partial file left


def test_forgot_passphrase_recovers_and_unlocks(
    vault_path: Path, config: Config, qtbot: object
) -> None:
    with Journal.create(vault_path, PASSPHRASE) as journal:
        journal.add_person(PersonDraft("Maya Chen"))
        key = journal.create_recovery_key()
    session = Session(vault_path, config)
    window = UnlockWindow(session)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.prepare()
    try:

        def on_dialog(dialog: RecoverDialog) -> None:
            flat = key.replace("-", "")
            typo = flat[:7] + ("X" if flat[7] != "X" else "Y") + flat[8:]
            dialog.key.setText(typo)
            dialog.new.setText(NEW)
            dialog.again.setText(NEW)
            dialog.submit()
            assert "typo in group 2" in dialog.message.text()
            assert not session.is_open
            dialog.key.setText(key.lower().replace("-", " "))
            dialog.submit()
            qtbot.waitUntil(lambda: session.is_open, timeout=20_000)  # type: ignore[attr-defined]

        when_modal(RecoverDialog, on_dialog)
        window.forgotButton.click()
        assert session.is_open
        names = [p.name for p in journal_of(session).people()]  # type: ignore[attr-defined]
    finally:
        session.lock()
        session.worker.stop()
    assert names == ["Maya Chen"]
    with pytest.raises(UnlockFailed):
        Journal.open(vault_path, PASSPHRASE)
    Journal.open(vault_path, NEW).lock()


def test_the_reminder_shows_once_per_device_until_dismissed(
    session: Session, qtbot: object
) -> None:
    from trustjournal.gui.main_window import MainWindow
    from trustjournal.gui.recovery.reminder import DISMISSED

    window = MainWindow(session)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    reminder = window.recovery_reminder
    qtbot.waitUntil(reminder.isVisible)  # type: ignore[attr-defined]
    reminder.later_button.click()
    assert not reminder.isVisible()
    assert session.config.get(DISMISSED) is True
    reminder.check()  # the next unlock on this device: not shown again
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert not reminder.isVisible()


def test_the_reminder_goes_once_the_journal_has_a_key(session: Session, qtbot: object) -> None:
    from trustjournal.gui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    reminder = window.recovery_reminder
    qtbot.waitUntil(reminder.isVisible)  # type: ignore[attr-defined]
    journal_of(session).create_recovery_key()
    reminder.check()
    qtbot.waitUntil(lambda: not reminder.isVisible())  # type: ignore[attr-defined]


def test_a_new_journal_is_offered_a_key_and_can_skip_it(
    vault_path: Path, config: Config, qtbot: object
) -> None:
    session = Session(vault_path, config)
    window = UnlockWindow(session)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.prepare()
    offered: list[str] = []

    def skip(box: QMessageBox) -> None:
        offered.append(box.text())
        next(b for b in box.buttons() if b.text() == "Not now").click()

    try:
        window.ui.newPassphrase.setText(NEW)
        window.ui.confirmPassphrase.setText(NEW)
        when_modal(QMessageBox, skip, timeout_ms=20_000)
        window.ui.createButton.click()
        qtbot.waitUntil(lambda: bool(offered), timeout=20_000)  # type: ignore[attr-defined]
        assert "Make a recovery key now?" in offered[0]
        assert journal_of(session).has_recovery_key is False
    finally:
        session.lock()
        session.worker.stop()


def test_the_emergency_kit_is_one_private_page_written_only_where_asked(
    qapp: object, tmp_path: Path
) -> None:
    import re
    import stat

    from trustjournal.gui.recovery import kit

    key = "NQ5C9-T969B-721K7-CCMX7-3C66P-QP0BY-YPEH4-G4YV6"
    out = tmp_path / "kit.pdf"
    kit.write_kit(out, key, Path("/home/ana/journal"))
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 1  # one page
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit.pdf"]
    # The same page as an image: the key's groups are drawn large (not blank).
    image = kit.kit_image(key, Path("/home/ana/journal"), dpi=60)
    assert image.width() > 400 and not image.isNull()
    with pytest.raises(OSError):
        kit.write_kit(tmp_path / "missing" / "kit.pdf", key, Path("/home/ana/journal"))
    assert not (tmp_path / "missing").exists()
