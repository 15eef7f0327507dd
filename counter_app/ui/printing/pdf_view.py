"""A PDF shown on screen with QtPdf: the same document that is printed."""
from __future__ import annotations

from PyQt6.QtCore import QBuffer, QByteArray, QIODevice
from PyQt6.QtPdf import QPdfDocument
from PyQt6.QtPdfWidgets import QPdfView


class PdfView(QPdfView):
    def __init__(self, pdf: bytes, parent=None, object_name: str = "pdfView"):
        super().__init__(parent)
        self.setObjectName(object_name)
        # The buffer and its bytes must live as long as the document reads from them.
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # Owned by the dialog, not the view: the view must not outlive-destroy its own document.
        self.pdf_document = QPdfDocument(parent)
        self.pdf_document.load(self._buffer)
        self.setDocument(self.pdf_document)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageMode(QPdfView.PageMode.MultiPage)
