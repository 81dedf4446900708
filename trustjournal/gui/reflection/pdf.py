"""Export a quarter's reflection to PDF: the warning first, then a well-set A4 or Letter file.

The PDF is the one thing TrustJournal writes that is not encrypted, so `ExportDialog` says
so plainly before anything else and asks whether the written reflection goes in (off by
default: it is the most private part). `write_pdf` typesets the same HTML the page shows
(`reflection_doc`, in its print style) with the chart as an image, on pages of the chosen
size with 18 mm margins and a footer with page numbers, through `QPdfWriter`.

The file goes only where the user chose: it is written beside the target under a hidden
name and moved into place when complete, so a failure leaves no half file behind.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextLength,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from trustjournal import APP_NAME
from trustjournal.core.judgement.quarters import Quarter
from trustjournal.core.judgement.reflection import Reflection
from trustjournal.gui.common import theme
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP
from trustjournal.gui.common.style import style_heading, style_muted
from trustjournal.gui.reflection.chart import chart_image
from trustjournal.gui.reflection.doc import (
    CHART_SRC,
    HEADING,
    SUBHEADING,
    Style,
    pdf_title,
    print_style,
    reflection_html,
)

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
MARGIN_MM = 18.0
RESOLUTION = 300  # dots per inch of the PDF's coordinates (text stays vector)
POINT_SIZE = 10.0
SCREEN_DPI = 96  # what the HTML's pixel lengths are written for
MAX_HEADING_MOVES = 60
CHART_SIZE = QSize(620, 230)  # logical pixels at 96 dpi: about 16 cm wide on paper
WARNING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Anyone who gets the file can read it: the names, what happened with each person, "
    "your decisions and, if you include it, your written reflection. Save it somewhere "
    "private, and delete it when you no longer need it.",
)


@dataclass(frozen=True)
class PdfOptions:
    include_written: bool = False
    page_size: str = "A4"  # a key of PAGE_SIZES


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter where it is the usual paper (the United States and Canada), else A4."""
    territory = (locale or QLocale()).territory()
    letter = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
    return "Letter" if territory in letter else "A4"


def default_file_name(quarter: Quarter) -> str:
    return translate("ReflectionPdf", "{app} reflection {quarter}.pdf").format(
        app=APP_NAME, quarter=quarter
    )


def pdf_metadata_title(quarter: Quarter) -> str:
    """The PDF's Title: what a viewer's title bar and a file search show."""
    return f"{pdf_title(quarter)} ({quarter})"


translate = QCoreApplication.translate  # translate("ReflectionPdf", …): lupdate reads these


# -- the document --------------------------------------------------------------------------


def _paper_palette() -> QPalette:
    palette = theme.palette_for(theme.LIGHT)
    palette.setColor(QPalette.ColorRole.Text, QColor("#1D2127"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    return palette


def build_document(
    r: Reflection, options: PdfOptions, written: str, device: QPdfWriter | None = None
) -> QTextDocument:
    """The reflection as one document for paper (laid out for `device` when given)."""
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    chart = not r.empty and r.conversations.trailing_year.total > 0
    if chart:
        chart_font = QFont(font)
        chart_font.setPointSizeF(POINT_SIZE * 1.05)
        image = chart_image(
            r.conversations.months, r.quarter, CHART_SIZE, _paper_palette(), chart_font
        )
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_SRC), image)
    style = _style(device)
    doc.setHtml(reflection_html(r, style, title=True, chart=chart))
    if options.include_written and written.strip():
        _append_written(doc, written, style)
    return doc


def _style(device: QPdfWriter | None) -> Style:
    """The print style, its pixel lengths scaled to the PDF's resolution."""
    dpi = device.resolution() if device is not None else SCREEN_DPI
    return print_style(POINT_SIZE, px=dpi / SCREEN_DPI)


def _append_written(doc: QTextDocument, written: str, style: Style) -> None:
    """The written reflection, Markdown rendered, on a page of its own."""
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    block = QTextBlockFormat()
    block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    block.setBottomMargin(4)
    title = QTextCharFormat()
    title.setFontPointSize(POINT_SIZE * HEADING)
    title.setFontWeight(QFont.Weight.DemiBold)
    title.setForeground(QColor(style.text))
    cursor.insertBlock(block, title)
    cursor.insertText(translate("ReflectionPdf", "Your reflection"))
    rule = QTextBlockFormat()
    rule.setProperty(
        QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
        QTextLength(QTextLength.Type.PercentageLength, 100),
    )
    rule.setBackground(QColor(style.rule))
    rule.setBottomMargin(8)
    cursor.insertBlock(rule, QTextCharFormat())
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    start = cursor.position()
    notes = QTextDocument()
    notes.setDefaultFont(doc.defaultFont())
    notes.setMarkdown(written, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    cursor.insertFragment(QTextDocumentFragment(notes))
    _resize_headings(doc, start)


def _resize_headings(doc: QTextDocument, start: int) -> None:
    """Markdown headings from `start` on become the document's subheadings.

    QTextDocument sizes them by a relative "size adjustment" (which an inserted fragment
    keeps while it drops the heading level); it overrides any point size, so it goes."""
    adjustment = QTextFormat.Property.FontSizeAdjustment
    block = doc.findBlock(start)
    while block.isValid():
        fragments = []
        pieces = block.begin()
        while not pieces.atEnd():
            fragments.append(pieces.fragment())
            pieces += 1
        levels = [f.charFormat().property(adjustment) for f in fragments]
        level = max((x for x in levels if isinstance(x, int)), default=0)
        for fragment in fragments if level > 0 else ():
            fmt = fragment.charFormat()
            fmt.clearProperty(adjustment)
            fmt.setFontPointSize(POINT_SIZE * (HEADING if level >= 3 else SUBHEADING))
            fmt.setFontWeight(QFont.Weight.DemiBold)
            part = QTextCursor(doc)
            part.setPosition(fragment.position())
            part.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            part.setCharFormat(fmt)
        block = block.next()


def _move_lonely_heading(doc: QTextDocument, page: float, keep: float) -> bool:
    """Start the first heading with less than `keep` of its page left under it on the next
    page (so none is left alone at the foot of a page); False when there is none."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        pieces = block.begin()
        fmt = pieces.fragment().charFormat() if not pieces.atEnd() else None
        heading = (
            fmt is not None
            and fmt.fontWeight() >= QFont.Weight.DemiBold
            and fmt.fontPointSize() >= POINT_SIZE * SUBHEADING - 0.01
        )
        if heading:
            box = layout.blockBoundingRect(block)
            top = box.top() % page
            if top > 0 and page - (top + box.height()) < keep:
                breaking = QTextBlockFormat()
                breaking.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(breaking)
                return True
        block = block.next()
    return False


# -- writing the file ----------------------------------------------------------------------


def write_pdf(path: Path, r: Reflection, options: PdfOptions, written: str = "") -> None:
    """Write the PDF to `path` (replacing it), or raise OSError and leave nothing there."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        # Only the owner may read it (where the file system allows), from the first byte.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        _render(partial, r, options, written)
        if partial.stat().st_size == 0:
            raise OSError(
                translate("ReflectionPdf", "Nothing could be written to {folder}.").format(
                    folder=path.parent
                )
            )
        partial.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def _render(target: Path, r: Reflection, options: PdfOptions, written: str) -> None:
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setCreator(APP_NAME)
    writer.setTitle(pdf_metadata_title(r.quarter))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES.get(options.page_size, QPageSize.PageSizeId.A4)),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(
            translate("ReflectionPdf", "The PDF could not be created in {folder}.").format(
                folder=target.parent
            )
        )
    try:
        doc = build_document(r, options, written, writer)
        width, height = writer.width(), writer.height()
        footer = round(RESOLUTION * 0.32)  # about 8 mm under the text for the page number
        body = height - footer
        doc.setPageSize(QSizeF(width, body))
        for _ in range(MAX_HEADING_MOVES):
            if not _move_lonely_heading(doc, body, keep=RESOLUTION * 1.1):  # about 28 mm
                break
            # Lay the whole document out again: after a block format changes, QTextDocument
            # relays out lazily, and later positions (and drawing) would be stale.
            doc.markContentsDirty(0, doc.characterCount())
        pages = doc.pageCount()
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = _paper_palette()
        footer_font = QFont(doc.defaultFont())
        footer_font.setPointSizeF(POINT_SIZE * 0.8)
        footer_text = translate("ReflectionPdf", "{app} · reflection {quarter} · private").format(
            app=APP_NAME, quarter=r.quarter
        )
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.setClipRect(QRectF(0, 0, width, body))
            painter.translate(0, -page * body)
            context.clip = QRectF(0, page * body, width, body)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#6B737E"))
            line = QRectF(0, height - footer * 0.6, width, footer * 0.6)
            bottom = Qt.AlignmentFlag.AlignBottom
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignLeft | bottom,
                footer_text,
            )
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignRight | bottom,
                translate("ReflectionPdf", "{page} of {pages}").format(page=page + 1, pages=pages),
            )
    finally:
        painter.end()


# -- the warning dialog --------------------------------------------------------------------


class ExportDialog(QDialog):
    """'The PDF is not encrypted' — with the two choices the export needs."""

    def __init__(self, has_written: bool, page_size: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the reflection as PDF"))
        self.setObjectName("reflectionExportDialog")
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("The PDF is not encrypted."))
        style_heading(heading, "heading")
        text = QLabel(self.tr(WARNING))
        text.setWordWrap(True)
        self.include_written = QCheckBox(self.tr("Include my written reflection"))
        self.include_written.setChecked(False)
        self.include_written.setEnabled(has_written)
        hint = QLabel(
            self.tr("Off unless you tick it: it is the most private part.")
            if has_written
            else self.tr("You have not written a reflection for this quarter.")
        )
        style_muted(hint)
        hint.setWordWrap(True)
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Page size"))
        for name in PAGE_SIZES:
            self.page_size.addItem(name, name)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(page_size)))
        form = QFormLayout()
        form.setContentsMargins(0, 8, 0, 0)
        form.addRow(self.include_written)
        form.addRow(hint)
        form.addRow(self.tr("Page size:"), self.page_size)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        theme.set_primary(self.export_button)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        words = QVBoxLayout()
        words.setSpacing(8)
        words.addWidget(heading)
        words.addWidget(text)
        words.addLayout(form)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def options(self) -> PdfOptions:
        return PdfOptions(
            include_written=self.include_written.isEnabled() and self.include_written.isChecked(),
            page_size=str(self.page_size.currentData()),
        )
