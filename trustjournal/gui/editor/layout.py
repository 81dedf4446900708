"""How the entry editor's form (ui/editor.ui) looks: dressed once, then arranged by width.

`set_up` gives the form what Designer cannot say: the note's type size, the Write / Preview
segmented control, the date format, the warning icon, the tab order through every signal.
`arrange` puts the signals beside the note when the editor is wide enough and under it (in
one or two columns) when it is not. `fill_combo` and `select` keep the decision and
gathering lists and their choice. Nothing here reads the journal or knows about drafts.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QStyle,
    QWidget,
)

from trustjournal.core.formats import FORMATS
from trustjournal.gui.common.dates import field_format
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.editor.signals import SignalPanel
from trustjournal.gui.forms.ui_editor import Ui_EntryEditor

WIDE_ENOUGH = 830  # px of editor width from which the signals stand beside the note
SIGNALS_WIDTH = 290
QWIDGETSIZE_MAX = (1 << 24) - 1
DATE_FORMAT = "ddd d MMM yyyy"
NONE_TEXT = QT_TRANSLATE_NOOP("EntryEditor", "None")
NOTE_POINT_SIZE = 12.0  # at least; more when the app's own font is larger
# Write / Preview as one segmented control; palette() keeps it right in light and dark.
SEGMENT_STYLE = """
QToolButton {{
    border: 1px solid palette(mid); padding: 4px 14px; background: palette(button);
    border-top-left-radius: {left}px; border-bottom-left-radius: {left}px;
    border-top-right-radius: {right}px; border-bottom-right-radius: {right}px;
}}
QToolButton:hover {{ background: palette(midlight); }}
QToolButton:checked {{
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}}
QToolButton:focus {{ border: 2px solid palette(highlight); padding: 3px 13px; }}
"""


def set_up(editor: QWidget, ui: Ui_EntryEditor, signals: SignalPanel, accept_all: QWidget) -> None:
    """Dress the form of `editor` once, after `setupUi` and with `signals` in place;
    `accept_all` (the button that ticks every suggested signal) goes beside their title."""
    # A top margin lines "People" up with the first line of chips.
    ui.peopleLabel.setContentsMargins(0, 6, 0, 0)
    ui.writeButton.setStyleSheet(SEGMENT_STYLE.format(left=4, right=0))
    ui.previewButton.setStyleSheet(SEGMENT_STYLE.format(left=0, right=4))

    # A style sheet, not setFont: with the app's style sheet in place, a font set in
    # code is lost when the editor is put into the main window.
    size = max(NOTE_POINT_SIZE, QApplication.font().pointSizeF() * 1.25)
    ui.noteEdit.setStyleSheet(f"QPlainTextEdit {{ font-size: {size:.1f}pt; }}")
    ui.notePreview.setStyleSheet(f"QTextBrowser {{ font-size: {size:.1f}pt; }}")
    for view in (ui.noteEdit, ui.notePreview):
        view.document().setDocumentMargin(14)
    ui.noteEdit.setMinimumHeight(140)
    ui.noteEdit.setLineWrapMode(ui.noteEdit.LineWrapMode.WidgetWidth)

    ui.signalsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its toggles take the focus
    ui.dateEdit.setDisplayFormat(field_format(DATE_FORMAT))
    # The hint gives way (it is hidden in a narrow editor) rather than widen it.
    ui.markdownHint.setMinimumWidth(1)
    for code, text in FORMATS.items():
        ui.formatCombo.addItem(text, code)
    for combo in (ui.formatCombo, ui.decisionCombo, ui.gatheringCombo):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)

    size = ui.errorLabel.fontMetrics().height() + 4
    warning = editor.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    ui.errorIcon.setPixmap(warning.pixmap(size, size))
    ui.errorBanner.set_kind("error")
    ui.errorBanner.hide()
    ui.restoredNotice.set_kind("info")
    ui.restoredNotice.hide()

    ui.saveButton.setMinimumWidth(110)
    # Its text is cut to fit two lines (editor._show_status): it never widens the editor.
    ui.statusLabel.setMinimumWidth(1)
    ui.statusLabel.setWordWrap(True)
    # Always two lines high: focusing a long hint moves nothing.
    ui.statusLabel.setFixedHeight(2 * ui.statusLabel.fontMetrics().lineSpacing() + 4)

    # "Signals" and, on the same line, "Accept all (n)" while something is suggested.
    title_row = QHBoxLayout()
    title_row.setSpacing(8)
    ui.signalsLayout.removeWidget(ui.signalsTitle)
    title_row.addWidget(ui.signalsTitle)
    title_row.addStretch(1)
    title_row.addWidget(accept_all, 0, Qt.AlignmentFlag.AlignVCenter)
    ui.signalsLayout.insertLayout(0, title_row)

    # Tab order: the fields, the note, every signal, then the buttons.
    chain = [
        ui.peoplePicker,
        ui.dateEdit,
        ui.formatCombo,
        ui.decisionCombo,
        ui.gatheringCombo,
        ui.writeButton,
        ui.previewButton,
        ui.noteEdit,
        accept_all,
        *signals.boxes.values(),
        ui.saveButton,
        ui.closeButton,
    ]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def arrange(ui: Ui_EntryEditor, signals: SignalPanel, width: int, wide: bool | None) -> bool:
    """Signals beside the note when there is room, under it (in two columns) when not.

    `wide` is how the form is arranged now (None before the first time); returns how it is
    arranged for `width`. Only a change of side rebuilds the layout."""
    scroll = ui.signalsScroll
    margins = ui.rootLayout.contentsMargins()
    needed = (
        ui.leftLayout.minimumSize().width()
        + 24
        + SIGNALS_WIDTH
        + margins.left()
        + margins.right()
        + 8  # a little slack, so that going wide never widens the window
    )
    now_wide: bool = width >= max(WIDE_ENOUGH, needed)
    if now_wide != wide:
        ui.markdownHint.setVisible(now_wide)
        if now_wide:
            ui.bodyLayout.setDirection(QBoxLayout.Direction.LeftToRight)
            ui.bodyLayout.setSpacing(24)
            signals.set_columns(1)
            scroll.setMinimumSize(SIGNALS_WIDTH, 0)
            scroll.setMaximumSize(SIGNALS_WIDTH + 70, QWIDGETSIZE_MAX)
        else:
            ui.bodyLayout.setDirection(QBoxLayout.Direction.TopToBottom)
            ui.bodyLayout.setSpacing(12)
            scroll.setMinimumSize(0, 100)
    if not now_wide:
        block = max(b.sizeHint().width() for b in signals.blocks)
        room = width - margins.left() - margins.right()
        signals.set_columns(2 if room >= 2 * block + 24 + 16 else 1)
        scroll.setMaximumSize(QWIDGETSIZE_MAX, signals.sizeHint().height() + 2)
    return now_wide


def fill_combo(combo: QComboBox, items: list[tuple[str, int]]) -> None:
    """Refill with "None" and `items`, keeping the chosen id when it is still offered."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(QCoreApplication.translate("EntryEditor", NONE_TEXT), None)
        for text, ident in items:
            combo.addItem(text, ident)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        select(combo, chosen)
    finally:
        combo.blockSignals(False)


def select(combo: QComboBox, ident: int | None) -> None:
    """Choose the item holding `ident`, or "None" (the first) when it is not there."""
    index = combo.findData(ident) if ident is not None else 0
    combo.setCurrentIndex(max(0, index))
