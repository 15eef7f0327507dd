"""Report PDFs (close-out, day report) from sections: A4 with tables, or the 80 mm roll."""
from __future__ import annotations

import functools
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core.tables import TOTAL, Fen, Section, numeric_value, text_of
from . import fonts

# Who signs a report: a shift's or a day's close-out is the cashier's (收款员) and the manager's; the
# other reports (the arrears list, the month's collection, holdings) are drawn up, not collected.
CLOSE_OUT_SIGNATURES = "收款员：__________    复核：__________    主管：__________"
SIGNATURES = "制表：__________    复核：__________    主管：__________"
KEEP_WITH_HEADING = 30 * mm     # room for a heading, its table's header and a few rows
SHORT = 6          # a cell of up to so many characters is one word: its column is never narrower


def _styles(size: float):
    font = fonts.register()
    # A section's heading keeps with its table (render_report_pdf): never alone at the foot of a
    # page, and a long table starts under it rather than on a new page.
    return (ParagraphStyle("title", fontName=font, fontSize=size + 6, leading=(size + 6) * 1.3, alignment=1),
            ParagraphStyle("head", fontName=font, fontSize=size + 2, leading=(size + 2) * 1.4, spaceBefore=4),
            ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35),
            ParagraphStyle("mark", fontName=font, fontSize=size + 2, leading=(size + 2) * 1.4, alignment=1,
                           textColor=colors.HexColor("#c0392b")))


def _unbreakable(cell) -> bool:
    """An amount, a document number, a date: what must never break across lines."""
    text = text_of(cell)
    return isinstance(cell, Fen) or (bool(text) and len(text) <= 24 and not any(c.isspace() for c in text)
                                     and all(ord(c) < 0x2E80 for c in text))


def _numeric(cell) -> bool:
    """An amount, a count or a percentage: read down a column, right-aligned."""
    return numeric_value(cell) is not None


def _half_width(heading: str, font: str, size: float) -> float:
    """The width of a heading's longer half: the narrowest its column may be for it to wrap
    onto two lines at most."""
    half = (len(heading) + 1) // 2
    return max(stringWidth(heading[:half], font, size), stringWidth(heading[half:], font, size))


def _table(section: Section, width: float, size: float) -> Table:
    font = fonts.FONT
    body = ParagraphStyle("cell", fontName=font, fontSize=size, leading=size * 1.3)
    columns = len(section.headers)
    # Widths from the content: columns of amounts and numbers get what they need on one line; the
    # columns of words share the rest and wrap.
    pad = 6
    # The 合计 label under a column of unit numbers does not make that column one of words.
    fixed = [all(_unbreakable(r[c]) for r in section.rows if c < len(r) and text_of(r[c]) not in ("", TOTAL)) and
             any(text_of(r[c]) not in ("", TOTAL) for r in section.rows if c < len(r)) for c in range(columns)]
    natural = [max([stringWidth(text_of(r[c]), font, size) for r in section.rows if c < len(r)] +
                   [stringWidth(h, font, size) for h in [section.headers[c]]]) + pad for c in range(columns)]
    # A column on one line is also as wide as half its heading: 逾期天数 wraps once, never a
    # character a line.
    need = [max([stringWidth(text_of(r[c]), font, size) for r in section.rows if c < len(r)]
                + [_half_width(section.headers[c], font, size)]) + pad if fixed[c] and section.rows
            else 0 for c in range(columns)]
    # A column of words wraps, but never narrower than its heading or a short cell of it (每季度
    # broken into one character a line made a wall notice unreadable).
    least = [max([stringWidth(section.headers[c], font, size)] +
                 [stringWidth(text_of(r[c]), font, size) for r in section.rows
                  if c < len(r) and len(text_of(r[c])) <= SHORT]) + pad for c in range(columns)]
    if sum(natural) <= width:
        widths = [n * width / sum(natural) for n in natural]
    else:
        base = [need[c] if fixed[c] else least[c] for c in range(columns)]
        extra = [0 if fixed[c] else max(natural[c] - least[c], 0) for c in range(columns)]
        free = width - sum(base)
        if free >= 0:
            widths = [base[c] + free * extra[c] / (sum(extra) or 1) for c in range(columns)]
        else:                      # more columns than the page holds at their least: all shrink alike
            widths = [b * width / sum(base) for b in base]
    data = [[Paragraph(h, body) for h in section.headers]]
    for row in section.rows:
        data.append([text_of(c) if _unbreakable(c) else Paragraph(text_of(c), body) for c in row])
    if len(data) == 1:
        data.append(["—"] + [""] * (columns - 1))
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [("FONT", (0, 0), (-1, -1), font, size), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LEFTPADDING", (0, 0), (-1, -1), pad / 2), ("RIGHTPADDING", (0, 0), (-1, -1), pad / 2)]
    for c in range(columns):
        cells = [r[c] for r in section.rows if c < len(r) and text_of(r[c]) not in ("", "—")]
        if cells and all(_numeric(cell) for cell in cells):
            style.append(("ALIGN", (c, 1), (c, -1), "RIGHT"))
            data[0][c] = Paragraph(section.headers[c], ParagraphStyle("right", parent=body, alignment=2))
        else:   # a column of labels and values (a summary): its numbers still read right-aligned
            style += [("ALIGN", (c, n), (c, n), "RIGHT") for n, r in enumerate(section.rows, 1)
                      if c < len(r) and _numeric(r[c])]
    table.setStyle(TableStyle(style))
    return table


def _records(section: Section, width: float, size: float) -> list:
    """A section too wide for a roll, one row at a time as label and value lines, so that no
    number or amount is squeezed into a narrow column and broken."""
    if not section.rows:
        return [_table(Section("", ("项目", "内容"), (("—", "无"),)), width, size)]
    out = []
    for row in section.rows:
        out.append(_table(Section("", ("项目", "内容"), tuple(zip(section.headers, row))), width, size))
        out.append(Spacer(1, 1.5 * mm))
    return out


class _Canvas(Canvas):
    """Starts in the embedded CJK font, so no unembedded base font is referenced."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initialFontName", fonts.register())
        super().__init__(*args, **kwargs)


class _SheetCanvas(_Canvas):
    """An A4 report's pages: each says 第 i / n 页 at its foot, and each after the first repeats
    the title at its head (a page of the detail found loose says what it belongs to). The pages
    are kept until the last one is known, then drawn with n."""

    def __init__(self, *args, title: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.report_title, self.pages = title, []

    def showPage(self):
        self.pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        count = len(self.pages)
        for number, state in enumerate(self.pages, 1):
            self.__dict__.update(state)
            width, height = self._pagesize
            self.setFont(fonts.FONT, 8)
            self.drawCentredString(width / 2, 8 * mm, f"第 {number} / {count} 页")
            if number > 1:
                self.drawString(15 * mm, height - 10 * mm, f"{self.report_title}（续）")
            super().showPage()
        super().save()


def render_report_pdf(title: str, subtitle: str, sections: list[Section], *, page: str = "a4",
                      mark: str = "", signatures: str = SIGNATURES, footer: str = "", charts=(),
                      size: float = 0) -> bytes:
    """page: "a4", "a4-landscape" (wide lists) or "80mm" (a roll as long as its content).
    charts: drawings (documents/charts.py) placed after the first section. size: the body's font
    size (a wall notice is read from a step away)."""
    sheet = page.startswith("a4")
    size = size or (9 if sheet else 7)
    title_style, head, body, mark_style = _styles(size)
    story = [Paragraph(title, title_style), Paragraph(subtitle, body)]
    if mark:
        story.append(Paragraph(mark, mark_style))
    width = {"a4": 180, "a4-landscape": 267}.get(page, 72) * mm
    for n, section in enumerate(sections):
        if sheet:       # a heading and the first rows of its table, or a new page for both
            story.append(CondPageBreak(KEEP_WITH_HEADING))
        story += [Paragraph(section.title, head)]
        if not sheet and len(section.headers) > 3:
            story += _records(section, width, size)
        else:
            story.append(_table(section, width, size))
        if n == 0:
            story += [item for chart in charts for item in (Spacer(1, 3 * mm), chart)]
        if n == 0 and signatures and sheet and len(sections) > 1:
            # Signed on the first page, under the summary they vouch for: a report's later pages
            # are its detail.
            story += [Spacer(1, 4 * mm), Paragraph(signatures, body)]
    if footer:
        story += [Spacer(1, 6 * mm), Paragraph(footer, body)]
    if signatures and not (sheet and len(sections) > 1):
        story += [Spacer(1, 8 * mm), Paragraph(signatures, body)]
    buf = io.BytesIO()
    if sheet:
        doc = SimpleDocTemplate(buf, pagesize=landscape(A4) if page == "a4-landscape" else A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                                bottomMargin=15 * mm, title=title)
        doc.build(story, canvasmaker=functools.partial(_SheetCanvas, title=title))
    else:
        width = 80 * mm
        # A roll is one page as long as its content: measure the flowables, allow for the frame.
        height = sum(f.wrap(72 * mm - 12, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
        height = height * 1.05 + 30 * mm
        doc = SimpleDocTemplate(buf, pagesize=(width, height), leftMargin=4 * mm, rightMargin=4 * mm,
                                topMargin=4 * mm, bottomMargin=4 * mm, title=title)
        doc.build(story, canvasmaker=_Canvas)
    return buf.getvalue()
