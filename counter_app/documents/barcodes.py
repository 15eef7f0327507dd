"""Code128 drawn as vector bars from python-barcode's module pattern, and the verification QR
encoded by reportlab's QrCodeWidget and drawn as runs of modules. Both libraries are used only
through their public API."""
from __future__ import annotations

import itertools

from barcode.codex import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm

# 0.25 mm = 2 dots of a 203 dpi thermal head: every bar edge falls on a dot, so it scans.
MODULE_MM = 0.25
QUIET_MODULES = 10
QR_QUIET_MODULES = 4


def code128_modules(value: str) -> str:
    return Code128(value).build()[0]


def code128_width_mm(value: str, module_mm: float = MODULE_MM) -> float:
    return (len(code128_modules(value)) + 2 * QUIET_MODULES) * module_mm


def draw_code128(canvas, value: str, x: float, y: float, height: float, module_mm: float = MODULE_MM) -> float:
    """Draw bars with the lower-left corner of the quiet zone at (x, y) points; return the width."""
    modules = code128_modules(value)
    module = module_mm * mm
    cursor = x + QUIET_MODULES * module
    run = 0
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for i, bit in enumerate(modules + "0"):
        if bit == "1":
            run += 1
            continue
        if run:
            canvas.rect(cursor + (i - run) * module, y, run * module, height, stroke=0, fill=1)
            run = 0
    canvas.restoreState()
    return (len(modules) + 2 * QUIET_MODULES) * module


def draw_qr(canvas, data: str, x: float, y: float, size: float) -> None:
    """The verification QR, level M, encoded by reportlab's own widget: a square of side `size`
    points with (x, y) the lower-left corner, including 4 modules of quiet zone each side. Drawn
    as one filled path of each row's runs of dark modules: the widget's own drawing made a shape
    object of each run (18,000 for a signed receipt's code), most of a receipt's time."""
    qr = QrCodeWidget(data, barLevel="M").qr
    qr.make()
    count = qr.getModuleCount()
    box = size / (count + 2 * QR_QUIET_MODULES)
    path = canvas.beginPath()
    for r, row in enumerate(qr.modules):
        top = y + size - (r + QR_QUIET_MODULES + 1) * box
        for dark, run in itertools.groupby(enumerate(row), key=lambda cell: bool(cell[1])):
            if dark:
                cells = list(run)
                path.rect(x + (cells[0][0] + QR_QUIET_MODULES) * box, top, len(cells) * box, box)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
