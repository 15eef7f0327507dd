"""收款收据: one renderer for every layout, driven by the templates in reports/.

Marks that make a paper different from an original (重印 / 作废 / 练习) are drawn by the renderer
itself on every layout, whatever a template says, so no template can leave them out.
"""
from __future__ import annotations

import io
import unicodedata
from datetime import date, timedelta
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from ..core.errors import Finding, Word
from ..core.fees import area_text
from ..core.money import format_yuan
from ..core.receipt_data import CopyInfo, ReceiptData
from ..core.discounts import NAME as DISCOUNT_NAME
from ..core.offers import NAME as OFFER_NAME
from ..core.rounding import NAME as ROUNDING_NAME
from . import barcodes, fonts
from .templates import Field, Layout, load_layout

FOOTER = "本收据为收款凭证，不作为税务发票。请核对金额并妥善保管。"


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    problems: tuple[str, ...]
    pages: int


def yuan(fen: int) -> str:
    return "¥" + format_yuan(fen)


def marks(data: ReceiptData, copy: CopyInfo | None) -> list[str]:
    out = []
    if data.status == "voided":
        out.append("作废")
    if copy is not None:
        out.append(f"重印 第{copy.count}次 {copy.at:%Y-%m-%d %H:%M} {copy.by}")
    if data.training:
        out.append("练习 非正式收据")
    return out


def watermark(data: ReceiptData, copy: CopyInfo | None) -> tuple[str, tuple[float, float, float]] | None:
    if data.status == "voided":
        return "作废", (0.85, 0.1, 0.1)
    if data.training:
        return "练习", (0.55, 0.55, 0.55)
    if copy is not None:
        return "重印", (0.6, 0.6, 0.6)
    return None


def check_value(data: ReceiptData) -> str:
    """The verification QR's text: signed with the office's key (CA1|…) when the counter holds it,
    else the check-only NUMBER|AMOUNT|CHECK."""
    return data.signed_qr or f"{data.number}|{format_yuan(data.total_fen, grouping=False)}|{data.check_value}"


def simple_text(name: str, data: ReceiptData, copy: CopyInfo | None, labelled: bool = True) -> list[str]:
    """The text of a one-line field; labelled=False gives the bare value (positioned layouts)."""
    def lab(label, value):
        return f"{label}{value}" if labelled else value
    if name == "title":
        return [data.title + ("（预存扣款）" if data.kind == "deduction" else "")]
    if name == "company":
        return [data.company]
    if name == "copy_label":
        return marks(data, copy)
    if name == "number":
        return [lab("收据编号：", data.number)]
    if name == "issued_at":
        return [lab("收款时间：", f"{data.issued_at:%Y-%m-%d %H:%M}")]
    if name == "unit":
        return [lab("房号：", f"{data.unit_code}（{area_text(data.unit_area_centi)}）")]
    if name == "payer":
        return [lab("交款人：", data.payer or "—")]
    if name == "total":
        return [lab("合计：", yuan(data.paid_fen)) if labelled else format_yuan(data.paid_fen)]
    if name == "total_words":
        return [lab("大写：", data.total_words)]
    if name == "tenders":
        parts = [f"{t.method_name} {yuan(t.amount_fen)}" + (f" 参考号 {t.reference}" if t.reference else "")
                 for t in data.tenders]
        return parts if labelled else ["；".join(parts)]
    if name == "cash":
        if not data.cash_tendered_fen:
            return []
        return [f"实收现金 {yuan(data.cash_tendered_fen)}  找零 {yuan(data.change_fen)}"]
    if name == "prepaid_after":
        return [lab("预存余额：", yuan(data.prepaid_after_fen))]
    if name == "cashier":
        return [lab("收款人：", data.cashier)]
    if name == "remarks":
        return [lab("备注：", data.remarks)] if data.remarks else []
    if name == "footer":
        return [FOOTER] + ([lab("发票：", data.invoice)] if data.invoice else [])
    if name == "contact":
        return [x for x in (data.estate_address, f"服务电话 {data.estate_phone}" if data.estate_phone else "") if x]
    if name == "seal":
        return ["收款单位（盖章）："]
    raise KeyError(name)


def line_rows(data: ReceiptData, group: bool = False) -> list[tuple[str, str, str, int]]:
    """(item, period, basis, amount 分) rows: charges, with their late fees and waivers, and a top-up.
    group: consecutive months of one item at one rate as one row ("2026.01–2026.12 × 12 月"),
    their late fees and waivers added up beneath it; the month-by-month detail is the statement's."""
    return rows_of(data.lines, data.topup_fen, group, data.rounding_fen, data.discount_fen, data.discount_note,
                   data.offered)


def rows_of(receipt_lines, topup_fen: int = 0, group: bool = False, rounding_fen: int = 0, discount_fen: int = 0,
            discount_note: str = "", offered=()) -> list[tuple[str, str, str, int]]:
    """line_rows of lines not yet a receipt (the payment dialog shows what the receipt will say).
    A 抹零 is its own row, last, signed as it changed the cash taken: "抹零 -0.07"; an offer's 赠送
    a row per rule, negative, under the rule's name (the free months are among the lines).
    The program's own words in a row are Words (Findings with values): the printed receipt reads
    them in Chinese as they are; the window and the command line say them in their language."""
    rows = []
    for lines in (_runs(receipt_lines) if group else [[ln] for ln in receipt_lines]):
        first, last = lines[0], lines[-1]
        if len(lines) == 1:
            rows.append((first.item_name, first.period, first.basis, first.principal_fen))
        else:
            months = (int(last.period[11:15]) - int(first.period[:4])) * 12 + int(last.period[16:18]) - int(first.period[5:7]) + 1
            span = f"{first.period[:7]}–{last.period[11:18]} × {months} 月"
            rows.append((first.item_name, span, first.basis, sum(ln.principal_fen for ln in lines)))
        late = sum(ln.late_fee_fen for ln in lines)
        if late:
            # 滞纳天数 (core.figures): the days the fee ran, after the grace days; not 逾期天数,
            # which the arrears list counts from the day after the due date
            days = "、".join(str(ln.late_days) for ln in lines if ln.late_fee_fen)
            rows.append((Word("  滞纳金"), Finding("滞纳{days}天", days=days) if len(lines) == 1 else
                         Finding("{n} 个月计滞纳金", n=sum(1 for ln in lines if ln.late_fee_fen)), "", late))
        waived = sum(ln.waived_fen for ln in lines)
        if waived:
            reasons = "；".join(dict.fromkeys(ln.waiver_reason for ln in lines if ln.waived_fen))
            rows.append((Word("  减免滞纳金"), "", reasons, -waived))
    if topup_fen:
        rows.append((Word("预存款"), "", Word("存入预存余额"), topup_fen))
    if discount_fen:      # not paid: the policy's allowance, its own line
        rows.append((Word(DISCOUNT_NAME), "", discount_note, -discount_fen))
    rows += [(Word(OFFER_NAME), "", name, -amount) for name, amount in offered]
    if rounding_fen:
        rows.append((Word(ROUNDING_NAME), "", Word("现金部分"), rounding_fen))
    return rows


def _runs(lines) -> list[list]:
    """Lines in runs of one item at one basis over consecutive whole months ("YYYY.MM.DD-YYYY.MM.DD",
    each starting the day after the one before it ends), in the order each run first appears: a
    receipt lists its charges month by month, items interleaved."""
    runs: list[list] = []
    open_run: dict[tuple[str, str], list] = {}
    for ln in lines:
        key = (ln.item_name, ln.basis)
        run = open_run.get(key)
        if run is not None and _month_start(ln.period) and _next_day(run[-1].period) == ln.period[:10]:
            run.append(ln)
            continue
        run = open_run[key] = [ln]
        runs.append(run)
    return runs


def _month_start(period: str) -> bool:
    return len(period) == 21 and period[8:10] == "01"


def _next_day(period: str) -> str:
    try:
        end = date(int(period[11:15]), int(period[16:18]), int(period[19:21]))
    except ValueError:
        return ""
    return (end + timedelta(days=1)).strftime("%Y.%m.%d")


def receipt_text(data: ReceiptData, width: int = 44) -> list[str]:
    """The receipt as lines of text in the roll's order (title, numbers, charges with amounts
    flush right, total, 大写, tenders, cashier): for a screen that shows a receipt as it printed.
    Width in columns; a Chinese character takes two."""
    spec, _ = load_layout("80mm")
    out: list[str] = []
    for f in spec.fields:
        if f.name == "rule":
            out.append("-" * width)
        elif f.name == "lines":
            for item, period, basis, amount in line_rows(data):
                out.append(_flush(item, format_yuan(amount), width))
                out += [f"    {text}" for text in (period, basis) if text]
        elif f.name == "barcode":
            out.append(data.number)
        elif f.name != "qr":
            text = simple_text(f.name, data, None)
            out += [_centred(t, width) for t in text] if f.align == "center" else text
    return out


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _flush(left: str, right: str, width: int) -> str:
    return left + " " * max(1, width - _columns(left) - _columns(right)) + right


def _centred(text: str, width: int) -> str:
    return " " * max(0, (width - _columns(text)) // 2) + text


class _Page:
    """Drawing helpers in mm from the top-left of a page or a form part."""

    def __init__(self, c, height_pt: float, top_pt: float = 0.0):
        self.c, self.height, self.top = c, height_pt, top_pt

    def y(self, y_mm_from_top: float) -> float:
        return self.height - self.top - y_mm_from_top * mm

    def text(self, x_mm, y_mm, text, size, align="left", width_mm=0.0, bold=False):
        c = self.c
        c.setFont(fonts.FONT, size)
        x = x_mm * mm
        if align == "center":
            x += width_mm * mm / 2
            c.drawCentredString(x, self.y(y_mm), text)
        elif align == "right":
            c.drawRightString(x + width_mm * mm, self.y(y_mm), text)
        else:
            c.drawString(x, self.y(y_mm), text)
        if bold:  # fake bold: the shipped face has one weight; overprint slightly offset
            c.setFont(fonts.FONT, size)
            offset = size * 0.03
            if align == "center":
                c.drawCentredString(x + offset, self.y(y_mm), text)
            elif align == "right":
                c.drawRightString(x + width_mm * mm + offset, self.y(y_mm), text)
            else:
                c.drawString(x + offset, self.y(y_mm), text)

    def rule(self, x_mm, y_mm, width_mm, dash=True):
        c = self.c
        c.saveState()
        c.setLineWidth(0.5)
        if dash:
            c.setDash(2, 1.5)
        c.line(x_mm * mm, self.y(y_mm), (x_mm + width_mm) * mm, self.y(y_mm))
        c.restoreState()


PT_PER_MM = mm


def _line_height_mm(size: float) -> float:
    return size * 1.4 / PT_PER_MM


class _Flow:
    """Lays out a flow template twice: once to measure (rolls are as long as their content; a
    sheet's content is counted in pages), once to draw. On a sheet of fixed height (A5) the
    charges continue onto further pages, and what follows them (total, 大写, tenders, barcode)
    is kept together on the last: a receipt never loses its total."""

    FOOTER_MM = 6.0    # the page number line at the foot of a sheet

    def __init__(self, layout: Layout, data: ReceiptData, copy: CopyInfo | None):
        self.layout, self.data, self.copy = layout, data, copy
        top, right, bottom, left = layout.margins_mm
        self.left, self.width = left, layout.width_mm - left - right
        self.top, self.bottom = top, bottom
        self.limit = layout.height_mm - bottom - self.FOOTER_MM if layout.height_mm else None
        self.pages = 1          # counted by the measuring pass, used by the drawing pass
        self.total_pages = 1

    def run(self, page: _Page | None) -> float:
        """Draw (or only measure, with page=None); return the content height in mm."""
        y = self.top
        self.pages = 1
        fields = self.layout.fields
        names = [f.name for f in fields]
        tail_from = names.index("lines") + 1 if "lines" in names else len(fields)
        for i, f in enumerate(fields):
            if i == tail_from and self.limit is not None:
                y = self._room(page, y, self._height_of(fields[tail_from:]))
            y += f.gap_mm
            y = self._field(page, f, y)
        return y + self.bottom

    def _height_of(self, fields) -> float:
        limit, self.limit = self.limit, None
        try:
            y = 0.0
            for f in fields:
                y = self._field(None, f, y + f.gap_mm)
            return y
        finally:
            self.limit = limit

    def _room(self, page, y: float, need: float) -> float:
        """y, or the top of a new page when `need` mm do not fit below y on this one."""
        if self.limit is None or y + need <= self.limit or y <= self.top + 0.01:
            return y
        if page:
            self.finish_page(page)
            page.c.showPage()
        self.pages += 1
        size = self.layout.font_size
        y = self.top + _line_height_mm(size)
        if page:
            page.text(self.left, y, f"{self.data.title}（续） {self.data.number}", size)
        return y + 1

    def finish_page(self, page) -> None:
        """The watermark and, on a receipt of several pages, 第 i/n 页 at the foot."""
        _draw_watermark(page.c, self.data, self.copy, self.layout.width_mm * mm, page.height)
        if self.total_pages > 1:
            page.text(self.left, self.layout.height_mm - self.bottom, f"第 {self.pages}/{self.total_pages} 页",
                      self.layout.font_size - 1, "center", self.width)

    def _text_lines(self, page, lines, f: Field, y: float) -> float:
        size = f.size or self.layout.font_size
        for text in lines:
            for part in fonts.wrap(text, size, self.width * mm):
                y = self._room(page, y, _line_height_mm(size))
                y += _line_height_mm(size)
                if page:
                    page.text(self.left, y - 0.25 * _line_height_mm(size), part, size, f.align, self.width, f.bold)
        return y

    def _field(self, page, f: Field, y: float) -> float:
        name, data = f.name, self.data
        size = f.size or self.layout.font_size
        if name == "rule":
            y += 1.5
            if page:
                page.rule(self.left, y - 0.75, self.width)
            return y
        if name == "lines":
            return self._lines(page, f, y, size)
        if name == "barcode":
            height = f.height_mm or 10
            y = self._room(page, y, height + _line_height_mm(size))
            w = barcodes.code128_width_mm(data.number)
            x = self._aligned_x(f.align, w)
            if page:
                barcodes.draw_code128(page.c, data.number, x * mm, page.y(y + height), height * mm)
            y += height
            return self._text_lines(page, [data.number], Field("barcode", size=size, align=f.align), y)
        if name == "qr":
            side = f.height_mm or 18
            y = self._room(page, y, side)
            x = self._aligned_x(f.align, side)
            if page:
                barcodes.draw_qr(page.c, check_value(data), x * mm, page.y(y + side), side * mm)
            return y + side
        return self._text_lines(page, simple_text(name, data, self.copy), f, y)

    def _aligned_x(self, align: str, w: float) -> float:
        if align == "center":
            return self.left + (self.width - w) / 2
        if align == "right":
            return self.left + self.width - w
        return self.left

    def _lines(self, page, f: Field, y: float, size: float) -> float:
        rows = line_rows(self.data, f.group)
        small = max(size - 1, 6)
        if f.style == "table":
            cols = f.columns or {"item": 0, "period": 0.2 * self.width, "basis": 0.42 * self.width,
                                 "amount": self.width}
            header = ("项目", "起止日期", "计费依据", "金额（元）")

            def head(y: float) -> float:
                y += _line_height_mm(size)
                if page:
                    self._table_row(page, cols, header, y, size)
                    page.rule(self.left, y + 1, self.width, dash=False)
                return y + 1
            y = head(y)
            for row in rows:
                basis_lines = fonts.wrap(row[2], small, (cols["amount"] - cols["basis"] - 18) * mm)
                need = _line_height_mm(size) + (len(basis_lines) - 1) * _line_height_mm(small)
                pages = self.pages
                y = self._room(page, y, need)
                if self.pages != pages:
                    y = head(y)    # the columns named again at the top of the next page
                y += _line_height_mm(size)
                if page:
                    self._table_row(page, cols, (row[0], row[1], basis_lines[0], format_yuan(row[3])), y, size, small)
                for extra in basis_lines[1:]:
                    y += _line_height_mm(small)
                    if page:
                        page.text(self.left + cols["basis"], y, extra, small)
            y += 1
            if page:
                page.rule(self.left, y, self.width, dash=False)
            return y
        for item, period, basis, amount in rows:
            y = self._room(page, y, _line_height_mm(size))
            y += _line_height_mm(size)
            if page:
                page.text(self.left, y, item, size)
                page.text(self.left, y, format_yuan(amount), size, "right", self.width)
            for text in [t for t in (period, basis) if t]:
                for part in fonts.wrap(text, small, (self.width - 2) * mm):
                    y += _line_height_mm(small)
                    if page:
                        page.text(self.left + 2, y, part, small)
        return y

    def _table_row(self, page, cols, values, y, size, small=None):
        item, period, basis, amount = values
        page.text(self.left + cols["item"], y, item, size)
        page.text(self.left + cols["period"], y, period, small or size)
        page.text(self.left + cols["basis"], y, basis, small or size)
        page.text(self.left, y, amount, size, "right", cols["amount"])


def _draw_watermark(c, data, copy, width_pt, height_pt, top_pt=0.0):
    mark = watermark(data, copy)
    if not mark:
        return
    text, rgb = mark
    c.saveState()
    c.setFillColorRGB(*rgb, alpha=0.35)
    size = min(width_pt / 5.5, 60)
    c.setFont(fonts.FONT, size)
    c.translate(width_pt / 2, height_pt - top_pt - min(height_pt - top_pt, 90 * mm) / 2)
    c.rotate(30)
    c.drawCentredString(0, -size / 3, text)
    c.restoreState()


def _render_flow(layout: Layout, data: ReceiptData, copy: CopyInfo | None) -> tuple[bytes, int]:
    flow = _Flow(layout, data, copy)
    content_mm = flow.run(None)
    flow.total_pages = flow.pages
    height_mm = layout.height_mm or content_mm
    buf = io.BytesIO()
    c = pdfcanvas.Canvas(buf, pagesize=(layout.width_mm * mm, height_mm * mm), pageCompression=1,
                         initialFontName=fonts.FONT)
    c.setTitle(f"{data.title} {data.number}")
    c.setAuthor(data.company)
    page = _Page(c, height_mm * mm)
    flow.run(page)
    flow.finish_page(page)
    c.showPage()
    c.save()
    return buf.getvalue(), flow.total_pages


def _render_positioned(layout: Layout, data: ReceiptData, copy: CopyInfo | None,
                       preprinted: bool) -> tuple[bytes, int]:
    buf = io.BytesIO()
    copies = layout.copies or ("",)
    part_h = layout.part_height_mm
    sheet = layout.copies_on == "sheet"
    page_h = part_h * len(copies) if sheet else layout.height_mm
    c = pdfcanvas.Canvas(buf, pagesize=(layout.width_mm * mm, page_h * mm), pageCompression=1,
                         initialFontName=fonts.FONT)
    c.setTitle(f"{data.title} {data.number}")
    pages = 0
    for index, copy_name in enumerate(copies):
        top = index * part_h * mm if sheet else 0.0
        page = _Page(c, page_h * mm, top)
        for f in layout.fields:
            _positioned_field(page, layout, f, data, copy, copy_name, preprinted)
        # Marks are printed whatever the template or 套打 setting says.
        for i, text in enumerate(marks(data, copy)):
            page.text(layout.width_mm - 8, 5 + i * 4, text, 8, "right", 0)
        _draw_watermark(c, data, copy, layout.width_mm * mm, page_h * mm - top, 0)
        if sheet and index < len(copies) - 1 and not preprinted:
            page.rule(0, part_h, layout.width_mm)
        if not sheet or index == len(copies) - 1:
            c.showPage()
            pages += 1
    c.save()
    return buf.getvalue(), pages


SKIPPED_WHEN_PREPRINTED = {"title", "company", "copy_label", "footer", "contact", "seal"}


def _positioned_field(page: _Page, layout: Layout, f: Field, data, copy, copy_name: str, preprinted: bool):
    size = f.size or layout.font_size
    if preprinted and f.name in SKIPPED_WHEN_PREPRINTED:
        return
    if f.name == "lines":
        rows = line_rows(data, f.group)
        cols = f.columns or {"item": 0, "period": 40, "basis": 80, "amount": f.width_mm}
        if not preprinted:
            page.text(f.x_mm + cols["item"], f.y_mm, "项目", size)
            page.text(f.x_mm + cols["period"], f.y_mm, "起止日期", size)
            page.text(f.x_mm + cols["basis"], f.y_mm, "计费依据", size)
            page.text(f.x_mm, f.y_mm, "金额（元）", size, "right", cols["amount"])
        capacity = max(f.rows - 1, 1)
        shown = rows if len(rows) <= capacity else rows[:capacity - 1]
        if len(rows) > capacity:
            rest = rows[capacity - 1:]
            shown = shown + [(f"其余 {len(rest)} 项", "", "明细见对账单", sum(r[3] for r in rest))]
        small = max(size - 1, 6)
        for i, (item, period, basis, amount) in enumerate(shown, 1):
            y = f.y_mm + i * f.row_height_mm
            page.text(f.x_mm + cols["item"], y, item.strip(), size)
            page.text(f.x_mm + cols["period"], y, period, small)
            page.text(f.x_mm + cols["basis"], y, fonts.wrap(basis, small, (cols["amount"] - cols["basis"] - 22) * mm)[0],
                      small)
            page.text(f.x_mm, y, format_yuan(amount), size, "right", cols["amount"])
        return
    if f.name == "barcode":
        height = f.height_mm or 8
        w = barcodes.code128_width_mm(data.number)
        x = f.x_mm + (f.width_mm - w if f.align == "right" else 0)
        barcodes.draw_code128(page.c, data.number, x * mm, page.y(f.y_mm + height), height * mm)
        return
    if f.name == "qr":
        side = f.height_mm or 18
        barcodes.draw_qr(page.c, check_value(data), f.x_mm * mm, page.y(f.y_mm + side), side * mm)
        return
    if f.name == "copy_label":
        texts = [copy_name] if copy_name else []
    elif f.name == "seal":
        texts = [""]                # its label alone: the space beside it is the seal's
    elif f.name == "rule":
        page.rule(f.x_mm, f.y_mm, f.width_mm)
        return
    else:
        texts = simple_text(f.name, data, copy, labelled=False)
    label = "" if preprinted else f.label
    for i, text in enumerate(texts):
        page.text(f.x_mm, f.y_mm + i * _line_height_mm(size), label + text if i == 0 else text, size, f.align,
                  f.width_mm, f.bold)


def render_receipt(data: ReceiptData, layout: str = "80mm", copy: CopyInfo | None = None,
                   preprinted: bool | None = None) -> Rendered:
    fonts.register()
    spec, problems = load_layout(layout)
    if spec.mode == "flow":
        pdf, pages = _render_flow(spec, data, copy)
    else:
        pdf, pages = _render_positioned(spec, data, copy, spec.preprinted if preprinted is None else preprinted)
    return Rendered(pdf, tuple(problems), pages)

