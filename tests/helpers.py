"""Values shared by the core and GUI tests (import from here inside tests/gui/)."""

from __future__ import annotations

PASSPHRASE = "correct horse battery"
