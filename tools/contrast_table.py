"""Print the contrast table of docs/accessibility.md: every colour pair, per scheme.

    QT_QPA_PLATFORM=offscreen python tools/contrast_table.py > /tmp/table.md

The pairs are those tests/gui/test_contrast.py checks (trustjournal/gui/contrast.py): the
colours code paints with and those of the stylesheets the themes generate. One row per
pair, one ratio column per scheme (light, dark, high contrast light and dark), the WCAG
2.2 AA minimum for its kind, and first a summary of the lowest ratio of each kind in each
scheme.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from trustjournal.gui import contrast
from trustjournal.gui.common.schemes import SCHEMES

TITLES = {
    "light": "Light",
    "dark": "Dark",
    "high": "High contrast, light",
    "high-dark": "High contrast, dark",
}


def table() -> str:
    by_scheme = {name: contrast.all_pairs(scheme) for name, scheme in SCHEMES.items()}
    lines = [
        "| Kind | WCAG AA | " + " | ".join(f"lowest, {TITLES[n]}" for n in SCHEMES) + " |",
        "|---|---|" + "---|" * len(SCHEMES),
    ]
    for kind, minimum in contrast.MINIMUM.items():
        lowest = []
        for pairs in by_scheme.values():
            worst = min((p for p in pairs if p.kind == kind), key=lambda p: p.ratio)
            lowest.append(f"{worst.ratio:.2f} ({worst.what})")
        lines.append(f"| {kind} | {minimum:g}:1 | " + " | ".join(lowest) + " |")
    lines += [
        "",
        "| Pair | Kind | AA | " + " | ".join(TITLES[n] for n in SCHEMES) + " |",
        "|---|---|---|" + "---:|" * len(SCHEMES),
    ]
    rows: dict[str, dict[str, contrast.Pair]] = {}
    for name, pairs in by_scheme.items():
        for pair in pairs:
            rows.setdefault(pair.what, {})[name] = pair
    for what, found in rows.items():
        first = next(iter(found.values()))
        cells = []
        for name in SCHEMES:
            pair = found.get(name)
            cells.append(f"{pair.ratio:.2f} `{pair.fg}`/`{pair.bg}`" if pair else "–")
        what_cell = what.replace("|", "\\|")
        lines.append(
            f"| {what_cell} | {first.kind} | {first.minimum:g} | " + " | ".join(cells) + " |"
        )
    return "\n".join(lines)


def main() -> int:
    QApplication.instance() or QApplication([sys.argv[0]])
    print(table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
