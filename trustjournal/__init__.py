"""TrustJournal: a private, encrypted journal of candid conversations.

This top-level package holds only the application's identity, so that importing it
costs nothing; the journal itself lives in :mod:`trustjournal.core`.
"""

from __future__ import annotations

__version__ = "0.1.0"

APP_NAME = "TrustJournal"
# One reverse-DNS id for every place the OS needs to recognise the app: the keychain
# service name today; the desktop file, QSettings and the single-instance socket later.
APP_ID = "org.trustjournal.TrustJournal"
