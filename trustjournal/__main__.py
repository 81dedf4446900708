"""`python -m trustjournal`: the same entry point as the `trustjournal` command."""

from __future__ import annotations

import sys

from trustjournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
