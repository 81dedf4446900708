"""What every page uses: the Page protocol, item roles, the app's actions, theme, icons,
dates, label styles, list models, settings, system checks, and a thread pool for work
that needs no journal (the journal itself is reached only through gui/worker.py)."""
