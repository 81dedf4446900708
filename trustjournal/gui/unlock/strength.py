"""The create page's passphrase-strength meter: a slim bar, a word and one line of advice.

core/store/strength.py judges a new passphrase (never kinder than the vault's minimum);
this only shows its verdict while the passphrase is typed, and paints the bar. The slim
rounded bar's style is shared with the window's busy bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QProgressBar

from trustjournal.core.store.strength import LABELS, Strength, estimate
from trustjournal.core.store.vault import MIN_PASSPHRASE
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.theme import mix

NEW_PASSPHRASE_HINT = QT_TRANSLATE_NOOP(
    "UnlockWindow",
    "At least {count} characters. A few unrelated words are easy to remember and "
    "hard to guess. Forgotten, only a recovery key can open the journal again.",
)
# The core's verdicts (core/store/strength.py LABELS), for the translation (the core's
# advice stays English: the core has no translations yet).
VERDICTS = (
    QT_TRANSLATE_NOOP("UnlockWindow", "Too short"),
    QT_TRANSLATE_NOOP("UnlockWindow", "Weak"),
    QT_TRANSLATE_NOOP("UnlockWindow", "Fair"),
    QT_TRANSLATE_NOOP("UnlockWindow", "Good"),
    QT_TRANSLATE_NOOP("UnlockWindow", "Strong"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("UnlockWindow", text)


def new_passphrase_hint() -> str:
    """The hint under an empty new-passphrase field, in the GUI's language."""
    return _t(NEW_PASSPHRASE_HINT).format(count=MIN_PASSPHRASE)


# Mid tones that keep their contrast on light and dark cards; the label beside the bar
# says the same in words, so the colour is never the only signal.
STRENGTH_COLOURS = ("#C0392B", "#D4821F", "#C9A227", "#6A9F3A", "#2E9A6B")
BAR_HEIGHT = 6


class StrengthMeter:
    """Shows how strong the passphrase being typed is: `bar` (coloured by the score),
    `label` (the verdict in one word) and `advice` (what would make it better, or the
    hint for a new passphrase while the field is empty)."""

    def __init__(self, bar: QProgressBar, label: QLabel, advice: QLabel) -> None:
        self.bar, self.label, self.advice = bar, label, advice
        bar.setFixedHeight(BAR_HEIGHT)
        # Room for the longest verdict, so the bar does not jump while typing.
        metrics = label.fontMetrics()
        words = [_t(word) for word in (*LABELS, *VERDICTS)]
        label.setMinimumWidth(max(metrics.horizontalAdvance(word) for word in words) + 4)

    def show(self, passphrase: str, palette: QPalette) -> Strength:
        """Show `passphrase`'s strength, in colours that suit `palette`; return it."""
        strength = estimate(passphrase)
        if passphrase:
            self.bar.setValue(strength.score + 1)
            verdict = _t(strength.label)
            self.label.setText(verdict)
            self.advice.setText(strength.advice)
            self.bar.setAccessibleDescription(f"{verdict}. {strength.advice}")
        else:
            self.bar.setValue(0)
            self.label.setText("")
            self.advice.setText(new_passphrase_hint())
            self.bar.setAccessibleDescription("")
        track = track_colour(palette)
        chunk = STRENGTH_COLOURS[strength.score] if passphrase else track
        self.bar.setStyleSheet(bar_style(track, chunk))
        return strength


def track_colour(palette: QPalette) -> str:
    """The empty part of a slim bar: the text colour, faintly over the base."""
    return mix(
        palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.15
    ).name()


def bar_style(track: str, chunk: str) -> str:
    """A slim, rounded progress bar: `track` behind, `chunk` for the part done."""
    return (
        f"QProgressBar {{ border: none; border-radius: 3px; background: {track}; }}"
        f"QProgressBar::chunk {{ border-radius: 3px; background: {chunk}; }}"
    )
