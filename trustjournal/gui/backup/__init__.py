"""Backups in the app: Back Up Now, Verify, Restore, and the automatic backup."""
