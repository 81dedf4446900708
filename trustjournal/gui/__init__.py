"""The desktop app: Qt only, talking to `trustjournal.core.journal.service`, never to SQL.

`trustjournal.gui.app.main` is the entry point (`trustjournal` with no subcommand).
"""
