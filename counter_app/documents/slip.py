"""Small counter slips on the receipt roll: the void slip (作废凭证) and the refund document
(退款凭证). Both carry their number as Code128, both have signature lines."""
from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from ..core.money import format_yuan
from ..core.tenders import METHODS
from . import barcodes, fonts
from ..core.cashmoves import KINDS, REASONS

WIDTH_MM, MARGIN_MM, SIZE = 80, 4, 8


def _render(title: str, subtitle: str, lines: list[tuple[str, str]], barcode: str, signatures: str) -> bytes:
    """lines: (left, right) pairs; right may be ''."""
    fonts.register()
    width = WIDTH_MM - 2 * MARGIN_MM
    body: list[tuple[str, str, float]] = [(title, "center", 11), (subtitle, "center", SIZE)]
    for left, right in lines:
        for part in fonts.wrap(left, SIZE, (width - (18 if right else 0)) * mm):
            body.append((part, "left", SIZE))
            if right:
                body.append((right, "right-same", SIZE))
                right = ""
    step = SIZE * 1.4 / mm
    height = MARGIN_MM * 2 + step * (len([b for b in body if b[1] != "right-same"]) + 4) + 16
    buf = io.BytesIO()
    c = pdfcanvas.Canvas(buf, pagesize=(WIDTH_MM * mm, height * mm), initialFontName=fonts.FONT)
    y = height - MARGIN_MM
    for text, align, size in body:
        c.setFont(fonts.FONT, size)
        if align == "right-same":
            c.drawRightString((WIDTH_MM - MARGIN_MM) * mm, y * mm, text)
            continue
        y -= step if size == SIZE else step * 1.4
        if align == "center":
            c.drawCentredString(WIDTH_MM / 2 * mm, y * mm, text)
        else:
            c.drawString(MARGIN_MM * mm, y * mm, text)
    y -= 12
    x = (WIDTH_MM - barcodes.code128_width_mm(barcode)) / 2
    barcodes.draw_code128(c, barcode, x * mm, y * mm, 9 * mm)
    c.setFont(fonts.FONT, SIZE)
    c.drawCentredString(WIDTH_MM / 2 * mm, (y - 3.5) * mm, barcode)
    c.drawString(MARGIN_MM * mm, (y - 9) * mm, signatures)
    c.showPage()
    c.save()
    return buf.getvalue()


# How the money of a voided receipt goes back, by the way it came in.
RETURNED = {"cash": "从钱箱退还交款人", "prepaid": "退回预存余额"}
RETURNED_OTHERWISE = "原路退回"


def returned_lines(returned) -> list[tuple[str, str]]:
    """退回方式 lines of a void slip: each tender of the receipt, and how it goes back."""
    lines = [("退回方式：", "")]
    for method, amount, reference in returned:
        how = RETURNED.get(method, RETURNED_OTHERWISE) + (f"（参考号 {reference}）" if reference else "")
        lines.append((f"  {METHODS.get(method, method)} {how}", f"¥{format_yuan(amount)}"))
    return lines


def void_slip_pdf(slip) -> bytes:
    return _render(
        "作废凭证", f"{slip.title}  {slip.company}",
        [(f"作废收据：{slip.number}", ""), (f"原收款时间：{slip.issued_at:%Y-%m-%d %H:%M}", ""),
         (f"房号：{slip.unit_code}", ""), ("作废金额", f"¥{format_yuan(slip.total_fen)}"),
         (f"大写：{slip.total_words}", "")] + returned_lines(slip.returned) +
        [(f"原因：{slip.reason}", ""), (f"作废时间：{slip.voided_at:%Y-%m-%d %H:%M}", ""),
         (f"收款员：{slip.cashier}  授权主管：{slip.authoriser}", "")],
        slip.number, "交款人签收：________  主管签字：________")


def refund_pdf(doc) -> bytes:
    lines = [(f"退款单号：{doc.number}", ""), (f"原收据：{doc.original}", ""), (f"房号：{doc.unit_code}", "")]
    lines += [(f"{item} {period}", format_yuan(amount)) for item, period, amount in doc.lines]
    lines += [("退款合计", f"¥{format_yuan(doc.total_fen)}"), (f"大写：{doc.total_words}", ""),
              (f"退款方式：{doc.method} {doc.reference}", ""), (f"原因：{doc.reason}", ""),
              (f"时间：{doc.issued_at:%Y-%m-%d %H:%M}", ""), (f"经办：{doc.cashier}  授权主管：{doc.authoriser}", "")]
    return _render("退款凭证", f"{doc.title}  {doc.company}", lines, doc.number,
                   "领款人签字：________  主管签字：________")


def cash_slip_pdf(slip) -> bytes:
    """现金收支凭证: a paid-in, paid-out or drop (or its reversal), with its number."""
    kind = KINDS.get(slip.kind, slip.kind)
    title = f"{kind}冲销凭证" if slip.reverses else f"{kind}凭证"
    change = slip.drawer_change_fen
    lines = [(f"单号：{slip.number}", ""), (f"班次：{slip.shift_id}", "")]
    if slip.reverses:
        lines.append((f"冲销：{slip.reverses}", ""))
    if slip.reason:
        lines.append((f"支出原因：{REASONS.get(slip.reason, slip.reason)}", ""))
    if slip.voucher:
        lines.append((f"凭证号：{slip.voucher}", ""))
    lines += [("钱箱现金" + ("增加" if change >= 0 else "减少"), f"¥{format_yuan(abs(change))}"),
              (f"大写：{slip.amount_words}", "")]
    if slip.note:
        lines.append((f"说明：{slip.note}", ""))
    lines += [(f"时间：{slip.issued_at:%Y-%m-%d %H:%M}", ""),
              (f"收款员：{slip.cashier}" + (f"  授权主管：{slip.authoriser}" if slip.authoriser else ""), "")]
    return _render(title, f"{slip.title}  {slip.company}", lines, slip.number,
                   "经手人签字：________  主管签字：________")
