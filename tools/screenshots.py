"""Render the app's windows on the demo journal (light, dark, high contrast) into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--out DIR]
        [--only NAME] [--scheme light|dark|high|high-dark ...] [--lang de]

Builds a fresh demo journal (made-up people only) in a temporary folder, opens the real
windows on it and saves `QWidget.grab()` of each: the main window with the sidebar, a
person, the entry editor, decisions, gatherings, search, the quarterly reflection (the last
complete quarter), preferences, and the unlock and create-journal windows. README shows
them; rerun after changing how anything looks.

With `--lang de` the windows speak German (gui/common/language.py) and the files are named
NAME-de-SCHEME.png, to look for clipped or overflowing text in the translation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from trustjournal.core.demo import builder as demo
from trustjournal.core.journal.service import Journal
from trustjournal.core.judgement.quarters import last_complete
from trustjournal.core.judgement.ties import Flag
from trustjournal.gui.app import make_application
from trustjournal.gui.common import language, theme
from trustjournal.gui.common.config import Config
from trustjournal.gui.dialogs.preferences import PreferencesDialog
from trustjournal.gui.main_window import MainWindow
from trustjournal.gui.people.person_dialog import PersonDialog
from trustjournal.gui.recovery.reminder import DISMISSED as RECOVERY_REMINDER_DISMISSED
from trustjournal.gui.session import Session
from trustjournal.gui.unlock.window import UnlockWindow

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "screenshots only"  # noqa: S105 - a throwaway journal of made-up people
SIZE = QSize(1280, 800)
EXAMPLE_NOTE = (
    "Dinner after the board call. She said the Lisbon launch is **failing** and that she "
    "has not told her chair yet.\n\n"
    "I admitted I do not know how to handle the transition either.\n\n"
    "- she pushed back on my framing of the reorg as a cost problem\n"
    "- we compared notes on boards that want growth and cash at the same time\n"
    "- follow up before the offsite"
)
# Ticked by hand; the rest of what the note shows stays suggested, its words marked.
EXAMPLE_SIGNALS = ("they_shared_failure",)
EXAMPLE_FOCUS = "i_admitted_doubt"  # a suggestion in focus: the status line says why


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 10.0) -> None:
    """Run the event loop until `done()` (a worker's result has arrived) or time is up."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


SCHEMES = ("light", "dark", "high", "high-dark")  # "high…": high contrast


def save(app: QApplication, widget: QWidget, path: Path, session: Session | None = None) -> None:
    """Grab `widget` once everything asked of the journal worker is shown."""
    if session is not None:
        wait_for(app, session.idle)
    settle(app)
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def shoot(out: Path, scheme: str, work: Path, only: str | None = None, lang: str = "") -> None:
    app = QApplication.instance()
    # "editor-de-light.png": the language between the page and the scheme.
    scheme_name = f"{lang}-{scheme}" if lang else scheme
    assert isinstance(app, QApplication)
    config = Config.use_folder(work / f"settings-{scheme}")
    config.theme = scheme
    config.set(RECOVERY_REMINDER_DISMISSED, True)  # the app's own pages, without the reminder
    theme.apply_theme(app, scheme)

    vault = work / f"demo-{scheme}"
    journal = Journal.create(vault, PASSPHRASE)
    demo.build(journal, as_of=dt.date.today())
    session = Session(vault, config)
    session.is_demo = False  # show the app as it looks on one's own journal
    window = MainWindow(session)
    session.attach(journal)
    window.resize(SIZE)
    window.show()
    # The example note stays unsaved: move on without the unsaved-changes question.
    window.editor.confirm_leave = lambda *_: True  # type: ignore[method-assign]
    shots: list[tuple[str, Callable[[], None]]] = []
    # Everything below reads through the journal worker, as the app does.
    assessed = session.call(lambda j: j.assess_ties(dt.date.today()))
    ties = sorted(assessed, key=lambda a: (a.flag is not Flag.HONEST, -len(a.roles)))
    # The person with a cadence of their own (one of the demo's few), else the deepest tie:
    # their header then shows how the tie is kept.
    own = session.call(lambda j: next((p.id for p in j.people() if p.cadence_days), None))
    person = own if own is not None else ties[0].person.id
    # An open, uncomfortable decision nobody was consulted on, if the demo has one: the
    # editor then says whom to call.
    decision = session.call(
        lambda j: next(
            (
                d.id
                for d in j.decisions()
                if d.status == "open" and d.discomfort >= 4 and not d.consulted
            ),
            j.decisions()[0].id,
        )
    )
    gathering = session.call(lambda j: j.gatherings()[0].id)

    shots.append(("main", lambda: window.show_people()))
    shots.append(("person", lambda: window.show_person(person)))

    def editor() -> None:
        window.new_conversation((person,))
        wait_for(app, session.idle)  # the entry is open
        editor = window.editor
        editor.ui.noteEdit.setPlainText(EXAMPLE_NOTE)
        editor.signals.set_checked(frozenset(EXAMPLE_SIGNALS))
        editor.suggestions.refresh()  # now, not after the pause in typing
        wait_for(app, lambda: bool(editor.signals.suggested()))
        suggested = editor.signals.suggested()
        focus = EXAMPLE_FOCUS if EXAMPLE_FOCUS in suggested else min(suggested, default="")
        if focus:
            editor.signals.boxes[focus].setFocus()

    shots.append(("editor", editor))
    shots.append(("decisions", lambda: window.open_decision(decision)))
    shots.append(("gatherings", lambda: window.open_gathering(gathering)))

    def search() -> None:
        window.show_search()
        window.search.query.setText("board")
        window.search.run_search()

    shots.append(("search", search))

    def reflection() -> None:
        window.show_reflection()
        window.reflection.show_quarter(last_complete(dt.date.today()))
        wait_for(app, lambda: window.reflection.reflection() is not None)

    shots.append(("reflection", reflection))

    def next_steps() -> None:
        window.show_next()
        wait_for(app, lambda: window.next_feed.page is not None)

    shots.append(("next", next_steps))
    for name, show in shots:
        if only and name != only:
            continue
        show()
        save(app, window, out / f"{name}-{scheme_name}.png", session)
    if not only or only == "person-dialog":
        record = session.call(lambda j: j.person(person))
        dialog = PersonDialog(session, record, window)
        dialog.show()
        wait_for(app, session.idle)  # the journal's cadence is read on the worker
        save(app, dialog, out / f"person-dialog-{scheme_name}.png", session)
        dialog.close()
    if only and only not in ("preferences", "unlock", "create"):
        session.close()
        window.close()
        return
    prefs = PreferencesDialog(session, window)
    prefs.show()
    save(app, prefs, out / f"preferences-{scheme_name}.png", session)
    prefs.ui.pages.setCurrentWidget(prefs.ui.remindersPage)
    save(app, prefs, out / f"preferences-reminders-{scheme_name}.png", session)
    prefs.close()
    session.close()
    window.close()

    unlock = UnlockWindow(session)
    unlock.prepare()
    unlock.show()
    save(app, unlock, out / f"unlock-{scheme_name}.png")
    unlock.close()
    fresh = Session(work / f"new-{scheme}", config)
    create = UnlockWindow(fresh)
    create.prepare()
    create.show()
    save(app, create, out / f"create-{scheme_name}.png")
    create.close()
    fresh.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", metavar="NAME", help="one window, e.g. editor (faster)")
    parser.add_argument(
        "--lang",
        choices=[code for code in language.TRANSLATED],
        help="render in this language (files NAME-LANG-SCHEME.png); English when not given",
    )
    parser.add_argument(
        "--scheme",
        action="append",
        choices=SCHEMES,
        help="only this scheme (repeatable); all four when not given",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application([sys.argv[0]])
    language.install(args.lang or "en", app)
    with tempfile.TemporaryDirectory() as tmp:
        for scheme in args.scheme or SCHEMES:
            shoot(args.out, scheme, Path(tmp), args.only, args.lang or "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
