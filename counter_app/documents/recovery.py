"""The ledger key's recovery code on an A4 page, for the administrator to print once and keep
apart from the ledger (a safe, the office's files): with it a new PC checks the whole chain."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from . import fonts

LINES = ("这是本账本审计链密钥的恢复码。账本文件里没有这把密钥：没有它，谁拿到账本文件也写不出能通过核对的记录。",
         "电脑损坏或更换时，在新电脑上用 counter-app key import \"恢复码\" 输入（字母大小写、空格和连字符都不要紧），"
         "之前的记录就能在新电脑上核对。",
         "请把这张纸和账本备份分开保管（保险柜、公司档案），不要拍照外传。")


def recovery_pdf(estate: str, ledger: str, key_id: str, code: str, made: str) -> bytes:
    fonts.register()
    width, height = A4
    buf = io.BytesIO()
    c = pdfcanvas.Canvas(buf, pagesize=A4, initialFontName=fonts.FONT)
    y = height - 30 * mm
    c.setFont(fonts.FONT, 16)
    c.drawCentredString(width / 2, y, f"{estate} 账本密钥恢复码")
    c.setFont(fonts.FONT, 10)
    for text in (f"账本 {ledger}　　密钥 {key_id}　　打印于 {made}", ""):
        y -= 9 * mm
        c.drawCentredString(width / 2, y, text)
    c.setFont("Courier-Bold", 15)
    groups = code.split("-")
    for start in range(0, len(groups), 4):
        y -= 11 * mm
        c.drawCentredString(width / 2, y, "  ".join(groups[start:start + 4]))
    c.setFont(fonts.FONT, 10)
    y -= 8 * mm
    for text in LINES:
        for part in fonts.wrap(text, 10, width - 40 * mm):
            y -= 6 * mm
            c.drawString(20 * mm, y, part)
    y -= 20 * mm
    c.drawString(20 * mm, y, "保管人：______________　　　　日期：______________")
    c.showPage()
    c.save()
    return buf.getvalue()
