"""The emergency kit: one printable page holding the recovery key, and how to use it.

`write_kit` typesets it with `QTextDocument` onto a `QPdfWriter` (A4 or Letter, as the
locale prefers); `kit_image` paints the very same page onto an image (for the dialog's
preview and for the screenshots we look at). The PDF goes only where the user saves it:
written beside the target under a hidden name, readable by its owner only, and moved into
place when complete, so a failure leaves no half file. Nothing else keeps the key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from trustjournal import APP_NAME
from trustjournal.gui.common.language import QT_TRANSLATE_NOOP

MARGIN_MM = 18.0
RESOLUTION = 300
TITLE = QT_TRANSLATE_NOOP("EmergencyKit", "TrustJournal emergency kit")
WARNING = QT_TRANSLATE_NOOP(
    "EmergencyKit",
    "Whoever holds this key can open your journal and read everything in it, without your "
    "passphrase. Keep it as you would keep the journal itself.",
)


def _t(text: str) -> str:
    """The page's words in the language shown (marked in the EmergencyKit context)."""
    return QCoreApplication.translate("EmergencyKit", text)


def default_file_name() -> str:
    return QCoreApplication.translate("EmergencyKit", "TrustJournal Emergency Kit.pdf")


def _page_size(locale: QLocale | None = None) -> QPageSize:
    country = (locale or QLocale()).territory()
    letter = country in (QLocale.Country.UnitedStates, QLocale.Country.Canada)
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def kit_html(key: str, journal: Path, made: dt.date) -> str:
    groups = [html.escape(g) for g in key.split("-")]
    gap = "&nbsp;&nbsp;"
    lines = "<br>".join(gap.join(groups[i : i + 4]) for i in (0, 4))
    where = html.escape(str(journal))
    mono = '<span style="font-family: monospace;">'
    made_for = QCoreApplication.translate(
        "EmergencyKit", "Made on {date} for the journal in {folder}"
    ).format(date=made.isoformat(), folder=f"{mono}{where}</span>")
    holds = QCoreApplication.translate(
        "EmergencyKit",
        "This page holds the <b>recovery key</b> of your TrustJournal journal. If you ever "
        "forget your passphrase, this key lets you in and set a new one. Without the "
        "passphrase or this key, nobody (including us) can open the journal.",
    )
    key_label = QCoreApplication.translate("EmergencyKit", "RECOVERY KEY")
    groups_help = QCoreApplication.translate(
        "EmergencyKit",
        "Eight groups of five: the digits 0–9 and the letters A–Z except I, L, O and U (an "
        "I or L typed is read as 1, an O as 0). Capitals, spaces and dashes do not matter; "
        "the last character of each group is a check, so a mistyped group is pointed out.",
    )
    where_heading = QCoreApplication.translate("EmergencyKit", "Where to keep it")
    where_text = QCoreApplication.translate(
        "EmergencyKit",
        "Print this page and keep it apart from your computer: in a safe, in a sealed "
        "envelope with your important papers, or with one person you trust completely. Do "
        "not keep it in the laptop bag, in your email or in a cloud folder. Once printed, "
        "delete the PDF.",
    )
    how_heading = QCoreApplication.translate("EmergencyKit", "How to use it")
    how_text = QCoreApplication.translate(
        "EmergencyKit",
        "Open TrustJournal. On the unlock window choose <b>Forgot your passphrase?</b>, "
        "type the key above and choose a new passphrase; the journal opens. On the "
        "command line: {command}. The key keeps working afterwards.",
    ).format(command=f"{mono}trustjournal recover</span>")
    warning_word = QCoreApplication.translate("EmergencyKit", "Warning.")
    replace_text = QCoreApplication.translate(
        "EmergencyKit",
        "If you think someone has seen it, make a new one in <b>Preferences ▸ Recovery "
        "key…</b> (or {command}): this key then stops working at once, and this page "
        "with it.",
    ).format(command=f"{mono}trustjournal recovery-key --replace</span>")
    return f"""
<div style="font-family: sans-serif; font-size: 10.5pt; color: #1b1b1b;">
<p style="font-size: 20pt; font-weight: 600; margin-bottom: 2pt;">{_t(TITLE)}</p>
<p style="color: #555555; margin-top: 0;">{made_for}</p>
<p>{holds}</p>
<table border="1.5" cellspacing="0" cellpadding="12" width="100%"
 style="border-color: #1b1b1b; border-style: solid; margin-top: 8pt; margin-bottom: 8pt;">
<tr><td>
<p style="font-size: 9pt; color: #555555; margin-bottom: 4pt;">{key_label}</p>
<p style="font-family: monospace; font-size: 22pt; font-weight: 600; line-height: 130%;">
{lines}</p>
<p style="font-size: 9pt; color: #555555; margin-top: 6pt;">{groups_help}</p>
</td></tr></table>
<p style="font-size: 13pt; font-weight: 600; margin-top: 10pt;">{where_heading}</p>
<p>{where_text}</p>
<p style="font-size: 13pt; font-weight: 600; margin-top: 10pt;">{how_heading}</p>
<p>{how_text}</p>
<p></p>
<table border="1" cellspacing="0" cellpadding="10" width="100%"
 style="border-color: #a33a2b; border-style: solid; background: #fbeeec; margin-top: 12pt;">
<tr><td><b>{warning_word}</b> {_t(WARNING)} {replace_text}
</td></tr></table>
</div>
"""


def _document(key: str, journal: Path, made: dt.date, device: QPaintDevice) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(kit_html(key, journal, made))
    return doc


def _paint(painter: QPainter, doc: QTextDocument, width: float, height: float) -> None:
    doc.setPageSize(QSizeF(width, height))
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#1b1b1b"))
    context.palette = palette
    context.clip = QRectF(0, 0, width, height)
    doc.documentLayout().draw(painter, context)


def _layout(device: QPagedPaintDevice, locale: QLocale | None) -> None:
    device.setPageLayout(
        QPageLayout(
            _page_size(locale),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def write_kit(
    out: Path,
    key: str,
    journal: Path,
    *,
    made: dt.date | None = None,
    locale: QLocale | None = None,
) -> None:
    """Write the one-page kit to `out` (replacing it), or raise OSError leaving nothing."""
    out = Path(out)
    partial = out.with_name(f".{out.name}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setCreator(APP_NAME)
        writer.setTitle(TITLE)
        _layout(writer, locale)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"The PDF could not be created in {out.parent}.")
        try:
            doc = _document(key, journal, made or dt.date.today(), writer)
            _paint(painter, doc, writer.width(), writer.height())
        finally:
            painter.end()
        if partial.stat().st_size == 0:
            raise OSError(f"Nothing could be written to {out.parent}.")
        partial.replace(out)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def kit_image(
    key: str,
    journal: Path,
    *,
    made: dt.date | None = None,
    dpi: int = 120,
    locale: QLocale | None = None,
) -> QImage:
    """The kit's page as an image: white paper, the same margins and layout as the PDF."""
    size = _page_size(locale).sizePoints()
    scale = dpi / 72
    image = QImage(
        round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32
    )
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(Qt.GlobalColor.white)
    margin = MARGIN_MM / 25.4 * dpi
    painter = QPainter(image)
    try:
        painter.translate(margin, margin)
        doc = _document(key, journal, made or dt.date.today(), image)
        _paint(painter, doc, image.width() - 2 * margin, image.height() - 2 * margin)
    finally:
        painter.end()
    return image
