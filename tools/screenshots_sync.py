"""Render sync on the demo journal, light and dark: the status bar with a conflict, the
conflicts dialog and Preferences ▸ Sync (the demo journal linked to a folder as "Laptop",
a second journal joined from it as "Desktop", one note edited on both).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_sync.py [--out DIR] [--lang de]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshots as base  # the demo, the window and the grabbing
from PySide6.QtWidgets import QApplication

from trustjournal.core.demo import builder as demo
from trustjournal.core.journal.service import Journal
from trustjournal.core.records import ConversationDraft, ConversationRecord
from trustjournal.gui.app import make_application
from trustjournal.gui.common import language, theme
from trustjournal.gui.common.config import Config
from trustjournal.gui.dialogs.preferences import PreferencesDialog
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.recovery.reminder import DISMISSED as RECOVERY_REMINDER_DISMISSED
from trustjournal.gui.session import Session
from trustjournal.gui.sync.conflicts import ConflictsDialog

LAPTOP = (
    "Dinner after the board call. She said the Lisbon launch is failing and that she has "
    "not told her chair yet. I admitted I do not know how to handle the transition either."
)
DESKTOP = (
    "Dinner after the board call. She said the Lisbon launch is failing.\n\n"
    "Follow up before the offsite: ask whether the chair knows."
)


def _draft(c: ConversationRecord, note: str) -> ConversationDraft:
    return ConversationDraft(
        tuple(p.id for p in c.people), c.date, c.format, note, tuple(c.signals)
    )


def shoot(out: Path, scheme: str, work: Path, lang: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    name = f"{lang}-{scheme}" if lang else scheme
    config = Config.use_folder(work / f"settings-{scheme}")
    config.theme = scheme
    config.set(RECOVERY_REMINDER_DISMISSED, True)
    theme.apply_theme(app, scheme)
    vault = work / f"demo-{scheme}"
    journal = Journal.create(vault, base.PASSPHRASE)
    demo.build(journal, as_of=dt.date.today())
    folder = work / f"Sync-{scheme}"
    journal.sync(folder, device_name="Laptop")
    desktop = Journal.join(work / f"desktop-{scheme}", folder, base.PASSPHRASE, "Desktop")
    session = Session(vault, config)
    session.is_demo = False
    window = MainWindow(session)
    session.attach(journal)
    window.resize(base.SIZE)
    window.show()
    base.wait_for(app, lambda: window.sync.linked and not window.sync.running)

    # One note edited on both computers before either synced.
    ident = session.call(lambda j: j.conversations()[0].id)
    mine = session.call(lambda j: j.conversation(ident))
    session.call(lambda j: j.update_conversation(ident, _draft(mine, LAPTOP)))
    theirs = next(c for c in desktop.conversations() if c.note == mine.note)
    desktop.update_conversation(theirs.id, _draft(theirs, DESKTOP))
    desktop.sync()
    base.wait_for(app, session.idle)
    window.sync.sync_now()
    base.wait_for(app, lambda: window.sync_status.conflicts.isVisible())
    window.show_people()
    base.save(app, window, out / f"sync-status-{name}.png", session)

    dialog = ConflictsDialog(window.sync, window)
    dialog.show()
    base.wait_for(app, lambda: dialog.list.count() > 0)
    base.save(app, dialog, out / f"sync-conflicts-{name}.png", session)
    dialog.close()

    prefs = PreferencesDialog(session, window)
    prefs.show()
    base.wait_for(app, session.idle)
    prefs.ui.pages.setCurrentWidget(prefs.sync_page)  # once shown, as a click would
    base.wait_for(app, lambda: len(prefs.sync_page.devices) == 2)
    base.save(app, prefs, out / f"preferences-sync-{name}.png", session)
    prefs.close()
    session.close()
    window.close()
    desktop.lock()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=base.OUT)
    parser.add_argument("--lang", choices=list(language.TRANSLATED))
    parser.add_argument("--scheme", action="append", choices=base.SCHEMES)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application([sys.argv[0]])
    language.install(args.lang or "en", app)
    with tempfile.TemporaryDirectory() as tmp:
        for scheme in args.scheme or ("light", "dark"):
            shoot(args.out, scheme, Path(tmp), args.lang or "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
