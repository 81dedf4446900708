"""The desktop app: Qt only. It reaches the journal only through the journal worker
(`worker.py`, via `session.py`), never from a view and never with SQL; one folder per page
(`unlock/`, `people/`, `editor/`, `records/`, `search/`, `reflection/`, `backup/`,
`dialogs/`) and `common/` for what they share.

`trustjournal.gui.app.main` is the entry point (`trustjournal` with no subcommand).
"""
