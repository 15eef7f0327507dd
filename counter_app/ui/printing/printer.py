"""Printing a PDF through QtPrintSupport, rendered page by page with QtPdf, so that the paper is
the same document as the PDF. A printer name "pdf:PATH" writes the print to a PDF file (archives,
tests); an empty name means no printer is configured and the PDF is kept in the data folder."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PyQt6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PyQt6.QtGui import QPageLayout, QPageSize, QPainter
from PyQt6.QtPdf import QPdfDocument
from PyQt6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

from ... import paths
from ...core.errors import CounterError, Refused, Unavailable
from ..errors import error_text


@dataclass(frozen=True)
class PrintResult:
    ok: bool
    where: str
    error: CounterError | None = None    # why it did not print (worded by ui/errors.error_text)
    to_file: bool = False    # written to a PDF file, not taken by a printer: never said as "printed"

    def message(self) -> str:
        """What the cashier is told, in the interface language."""
        if self.ok and self.to_file:
            return QCoreApplication.translate("PrintResult", "未打印，已保存为 PDF 文件：{w}").format(w=self.where)
        if self.ok:
            return QCoreApplication.translate("PrintResult", "已打印：{w}").format(w=self.where)
        return QCoreApplication.translate("PrintResult", "打印失败：{e}").format(e=self.reason())


    def reason(self) -> str:
        return error_text(self.error) if self.error is not None else ""


def available_printers() -> list[str]:
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def keep_pdf(pdf: bytes, name: str) -> Path:
    folder = paths.data_dir() / "printouts"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.pdf"
    target.write_bytes(pdf)
    return target


def print_pdf(pdf: bytes, printer_name: str, job_name: str, *, dpi: int = 203, parent=None,
              ask: bool = False) -> PrintResult:
    if not printer_name:
        return PrintResult(True, str(keep_pdf(pdf, job_name)), to_file=True)
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument(None)
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        return PrintResult(False, printer_name, Unavailable("无法读取收据 PDF"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job_name)
    if printer_name.startswith("pdf:"):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(printer_name[4:])
    else:
        if printer_name not in available_printers():
            return PrintResult(False, printer_name, Unavailable("找不到打印机“{printer}”", printer=printer_name))
        printer.setPrinterName(printer_name)
    printer.setResolution(dpi)
    first = doc.pagePointSize(0)
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    if ask:
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return PrintResult(False, printer_name, Refused("已取消打印"))
    painter = QPainter()
    if not painter.begin(printer):
        return PrintResult(False, printer_name, Unavailable("打印机无法开始打印（脱机或缺纸？）"))
    try:
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            size = doc.pagePointSize(page)
            pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
            image = doc.render(page, pixels)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRectF(0, 0, target.width(), target.width() * pixels.height() / pixels.width()), image)
    finally:
        painter.end()
        doc.close()
    if printer_name.startswith("pdf:"):
        return PrintResult(True, printer_name[4:], to_file=True)
    return PrintResult(True, printer_name)


def print_receipt(settings, pdf: bytes, job_name: str, parent=None) -> PrintResult:
    """Receipts, slips and refund documents go to the receipt printer (a 203 dpi thermal head)."""
    return print_pdf(pdf, settings.receipt_printer, job_name, parent=parent, ask=not settings.silent_print)


def print_report(settings, pdf: bytes, job_name: str, parent=None) -> PrintResult:
    """Reports, statements and notices go to the report printer."""
    return print_pdf(pdf, settings.report_printer, job_name, dpi=300, parent=parent, ask=not settings.silent_print)
