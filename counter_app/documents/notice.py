"""Payment and dunning notices on paper: one to an A4 page, or two A5 halves to an A4 sheet (cut
along the line). Each: the estate, the unit and owner, what is owed line by line (the oldest
lines folded into one when they do not all fit, the total unchanged), the total in figures and
大写, the office's words (reports/notice.toml, the office's copy first), and the unit's number as
a Code128 barcode that the counter's search opens."""
from __future__ import annotations

import io
import tomllib

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from .. import paths
from ..core.figures import NAMES
from ..core.money import format_yuan
from . import barcodes, fonts

TITLES = {"due": "缴费通知单", "overdue": "催缴通知单"}
# A notice goes through an office printer and comes back crumpled or scanned at 150 dpi: its bars
# are 0.5 mm (6 dots of a 300 dpi printer, 3 pixels of a 150 dpi scan), not a thermal head's 0.25.
NOTICE_MODULE_MM = 0.5


def office_text() -> dict[str, str]:
    """The office's words for each kind: its own copy of notice.toml if it has one."""
    for folder in (paths.user_reports_dir(), paths.reports_dir()):
        path = folder / "notice.toml"
        if path.exists():
            try:
                return tomllib.loads(path.read_text(encoding="utf-8"))["text"]
            except (tomllib.TOMLDecodeError, KeyError):
                continue      # a broken copy: the shipped words
    return {}


def render_notices(batch, paper: str = "a4", progress=None) -> bytes:
    """paper: "a4" (one notice a page) or "a5" (two to an A4 sheet)."""
    font = fonts.register()
    words = office_text()
    buf = io.BytesIO()
    c = pdfcanvas.Canvas(buf, pagesize=A4, pageCompression=1, initialFontName=font)
    c.setTitle(f"{TITLES[batch.kind]} {batch.title}")
    width, height = A4
    per_page = 2 if paper == "a5" else 1
    box_h = height / per_page
    for n, notice in enumerate(batch.notices):
        if progress:
            progress(n, len(batch.notices))
        slot = n % per_page
        if n and slot == 0:
            c.showPage()
        top = height - slot * box_h
        _notice(c, batch, notice, words, 0, top, width, box_h, font)
        if per_page == 2 and slot == 0:
            c.saveState()
            c.setDash(3, 3)
            c.setLineWidth(0.4)
            c.line(8 * mm, top - box_h, width - 8 * mm, top - box_h)      # cut here
            c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def _notice(c, batch, notice, words, x0, top, width, box_h, font) -> None:
    left, right = x0 + 18 * mm, x0 + width - 18 * mm
    y = top - 16 * mm

    def text(x, y, value, size, align="left"):
        c.setFont(font, size)
        {"left": c.drawString, "right": c.drawRightString, "center": c.drawCentredString}[align](x, y, value)
    text((left + right) / 2, y, f"{batch.title} {TITLES[notice.kind]}", 15, "center")
    y -= 6 * mm
    text((left + right) / 2, y, batch.company, 9, "center")
    y -= 8 * mm
    text(left, y, f"房号：{notice.unit}　　业主：{notice.owner or '—'}", 10)
    text(right, y, f"截至 {notice.as_of.isoformat()}", 9, "right")
    y -= 3 * mm
    columns = (left, left + 40 * mm, left + 88 * mm, right - 30 * mm, right)
    headers = ("收费项目", "期间", "到期日", "本金（元）", "滞纳金（元）")
    row_h = 5.2 * mm
    reserved = 70 * mm          # total, words, what is left out, office text (beside the bars), barcode, footer
    room = max(1, int((y - (top - box_h) - reserved) / row_h) - 1)
    lines = list(notice.lines)
    if len(lines) > room:       # the oldest folded into one line: the total stays what it is
        rest = lines[:len(lines) - room + 1]
        lines = [type(rest[0])(f"其余 {len(rest)} 笔", f"{rest[0].period[:10]} 起", rest[-1].due_date,
                               sum(r.principal_fen for r in rest), sum(r.late_fee_fen for r in rest))] + \
            lines[len(lines) - room + 1:]
    c.setLineWidth(0.5)
    c.line(left, y, right, y)
    y -= row_h - 1.5 * mm
    for x, header in zip(columns[:3], headers[:3]):
        text(x, y, header, 8.5)
    text(columns[3], y, headers[3], 8.5, "right")
    text(right, y, headers[4], 8.5, "right")
    y -= 2 * mm
    c.line(left, y, right, y)
    for line in lines:
        y -= row_h
        text(columns[0], y + 1.5 * mm, line.item, 9)
        text(columns[1], y + 1.5 * mm, line.period, 8.5)
        text(columns[2], y + 1.5 * mm, line.due_date.isoformat(), 8.5)
        text(columns[3], y + 1.5 * mm, format_yuan(line.principal_fen), 9, "right")
        text(right, y + 1.5 * mm, format_yuan(line.late_fee_fen) if line.late_fee_fen else "—", 9, "right")
    y -= 2 * mm
    c.line(left, y, right, y)
    y -= 6 * mm
    text(left, y, f"{notice.total_name}：¥{format_yuan(notice.total_fen)}", 12)
    if notice.late_fee_fen:
        text(right, y, f"其中本金 ¥{format_yuan(notice.principal_fen)}，滞纳金 ¥{format_yuan(notice.late_fee_fen)}",
             9, "right")
    y -= 6 * mm
    text(left, y, f"大写：{notice.total_words}", 10)
    if notice.left_out:         # a 催缴 notice lists the overdue part: it says what else is owed
        y -= 5.5 * mm
        text(left, y, "本单未列入：" + "，".join(f"{name} ¥{format_yuan(amount)}" for name, amount in notice.left_out)
             + f"；{NAMES['total']}（含未列入）¥{format_yuan(notice.owing.total_fen)}", 8.5)
    y -= 7 * mm
    body = words.get(notice.kind, "").format(unit=notice.unit, owner=notice.owner or "", total=format_yuan(
        notice.total_fen), pay_by=notice.pay_by.isoformat(), phone=batch.phone or "物业服务中心", estate=batch.title)
    bar_w = barcodes.code128_width_mm(notice.unit, NOTICE_MODULE_MM) * mm
    for part in fonts.wrap(body, 9.5, right - left - bar_w - 6 * mm):     # the bars' column kept clear
        text(left, y, part, 9.5)
        y -= 5 * mm
    bar_h = 12 * mm
    bottom = top - box_h + 14 * mm
    barcodes.draw_code128(c, notice.unit, right - bar_w, bottom + 4 * mm, bar_h, NOTICE_MODULE_MM)
    text(right - bar_w / 2, bottom, notice.unit, 8, "center")
    where = "　".join(v for v in (batch.address, f"电话 {batch.phone}" if batch.phone else "") if v)
    for n, part in enumerate(fonts.wrap(where, 8, right - bar_w - left - 6 * mm)[:2]):   # clear of the bars
        text(left, bottom + (4 - 4 * n) * mm, part, 8)
