"""Backups: the file format (age-like, streamed), the records inside it, and making,
verifying and restoring a backup (`archive`)."""
