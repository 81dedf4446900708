"""Sync in the app: the rounds, the status bar, Preferences ▸ Sync and the conflicts."""
