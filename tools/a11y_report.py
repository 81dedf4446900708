"""Write docs/accessibility-tree.md: the real app's accessible tree over the AT-SPI bus.

    python tools/a11y_report.py [OUT.md]

The same walk tests/gui/test_accessibility_bus.py checks (tests/a11y_bus.py): needs Xvfb,
dbus-run-session, at-spi2-core and python3-pyatspi (Debian), about 25 seconds.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import a11y_bus  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "accessibility-tree.md"
    missing = a11y_bus.missing_tools()
    if missing:
        print(f"needs {', '.join(missing)} (apt-get install {' '.join(missing)})")
        return 1
    walk, problems, excepted, _log = a11y_bus.walk_and_judge()
    out.write_text(a11y_bus.markdown(walk, problems, excepted), encoding="utf-8")
    print(f"{out}: {len(walk['pages'])} pages, {len(problems)} problems, {walk['seconds']} s")
    return 1 if problems or walk["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
