"""Sync through a folder the leader already syncs: change files, merge (docs/sync.md)."""
