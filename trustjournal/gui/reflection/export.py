"""Exporting the shown quarter as a PDF: the warning and options dialog, where to save,
and writing it (the outcome shown in place on the page). Loaded on the first export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from trustjournal.gui.reflection.pdf import (
    ExportDialog,
    PdfOptions,
    default_file_name,
    default_page_size,
    write_pdf,
)

if TYPE_CHECKING:
    from trustjournal.gui.reflection.view import ReflectionView


def export_pdf(view: ReflectionView) -> None:
    """Warn that the PDF is not encrypted, ask what to include and where, then write."""
    r = view.reflection()
    if r is None:
        return
    view.flush()
    written = view.editor.toPlainText()
    dialog = ExportDialog(bool(written.strip()), default_page_size(), view)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
    finally:
        dialog.deleteLater()
    path = view.ask_pdf_path(default_file_name(r.quarter))
    if path is not None:
        view.export_to(path, options)


def ask_pdf_path(view: ReflectionView, name: str) -> Path | None:
    """The save dialog: where the PDF goes (None: cancelled)."""
    folder = view.export_folder or Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )
    chosen, _ = QFileDialog.getSaveFileName(
        view,
        QCoreApplication.translate("ReflectionExport", "Export the reflection as PDF"),
        str(folder / name),
        QCoreApplication.translate("ReflectionExport", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_to(view: ReflectionView, path: Path, options: PdfOptions) -> bool:
    """Write the shown quarter's PDF to `path`; the outcome is shown in place."""
    r = view.reflection()
    if r is None:
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_pdf(path, r, options, view.editor.toPlainText())
    except OSError as exc:
        reason = exc.strerror or str(exc)
        view.show_message(
            QCoreApplication.translate(
                "ReflectionExport", "The PDF could not be written to {path}: {reason}"
            ).format(path=path, reason=reason),
            "error",
        )
        return False
    finally:
        QApplication.restoreOverrideCursor()
    view.export_folder = path.parent
    view.show_message(
        QCoreApplication.translate(
            "ReflectionExport", "Exported to {path}. It is not encrypted."
        ).format(path=path),
        "note",
    )
    return True
