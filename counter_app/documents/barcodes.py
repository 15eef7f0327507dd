"""Code128 drawn as vector bars from python-barcode's module pattern, and the verification QR."""
from __future__ import annotations

import functools

from barcode.codex import Code128
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.units import mm

# 0.25 mm = 2 dots of a 203 dpi thermal head: every bar edge falls on a dot, so it scans.
MODULE_MM = 0.25
QUIET_MODULES = 10


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


# The Reed-Solomon generator polynomial depends only on the number of EC codewords; reportlab
# rebuilds it for every code. Computing it once per length takes most of the QR's cost away.
qrencoder.QRUtil.getErrorCorrectPolynomial = staticmethod(
    functools.lru_cache(maxsize=64)(qrencoder.QRUtil.getErrorCorrectPolynomial))


def qr_modules(data: str) -> list[list[bool]]:
    """The QR matrix, level M. One fixed mask pattern: any of the eight is valid, and choosing
    the 'best' one costs eight trial encodings (most of a receipt's render time)."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(data)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    return code.modules


def draw_qr(canvas, data: str, x: float, y: float, size: float) -> None:
    """Dark modules as filled rectangles (runs merged), with (x, y) the lower-left corner."""
    modules = qr_modules(data)
    count = len(modules) + 8  # 4 modules of quiet zone each side
    cell = size / count
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(modules):
        top = y + size - (r + 4 + 1) * cell
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                canvas.rect(x + (start + 4) * cell, top, (c - start) * cell, cell, stroke=0, fill=1)
            else:
                c += 1
    canvas.restoreState()
