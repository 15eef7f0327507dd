"""Report PDFs (close-out, day report) from sections: A4 with tables, or the 80 mm roll."""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core.tables import Fen, Section, text_of
from . import fonts

SIGNATURES = "收款员：__________    复核：__________    主管：__________"


def _styles(size: float):
    font = fonts.register()
    return (ParagraphStyle("title", fontName=font, fontSize=size + 6, leading=(size + 6) * 1.3, alignment=1),
            ParagraphStyle("head", fontName=font, fontSize=size + 2, leading=(size + 2) * 1.4, spaceBefore=4),
            ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35),
            ParagraphStyle("mark", fontName=font, fontSize=size + 2, leading=(size + 2) * 1.4, alignment=1,
                           textColor=colors.HexColor("#c0392b")))


def _table(section: Section, width: float, size: float) -> Table:
    font = fonts.FONT
    body = ParagraphStyle("cell", fontName=font, fontSize=size, leading=size * 1.3)
    data = [[Paragraph(h, body) for h in section.headers]]
    for row in section.rows:
        data.append([Paragraph(text_of(c), body) if not isinstance(c, Fen) else text_of(c) for c in row])
    if len(data) == 1:
        data.append(["—"] + [""] * (len(section.headers) - 1))
    columns = len(section.headers)
    table = Table(data, colWidths=[width / columns] * columns, repeatRows=1)
    style = [("FONT", (0, 0), (-1, -1), font, size), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for c in range(columns):
        if any(isinstance(r[c], Fen) for r in section.rows if c < len(r)):
            style.append(("ALIGN", (c, 1), (c, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


class _Canvas(Canvas):
    """Starts in the embedded CJK font, so no unembedded base font is referenced."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initialFontName", fonts.register())
        super().__init__(*args, **kwargs)


def render_report_pdf(title: str, subtitle: str, sections: list[Section], *, page: str = "a4",
                      mark: str = "", signatures: str = SIGNATURES, footer: str = "") -> bytes:
    """page: "a4" or "80mm" (a roll as long as its content)."""
    size = 9 if page == "a4" else 7
    title_style, head, body, mark_style = _styles(size)
    story = [Paragraph(title, title_style), Paragraph(subtitle, body)]
    if mark:
        story.append(Paragraph(mark, mark_style))
    for section in sections:
        story += [Paragraph(section.title, head)]
        story.append(_table(section, (180 if page == "a4" else 72) * mm, size))
    if footer:
        story += [Spacer(1, 6 * mm), Paragraph(footer, body)]
    if signatures:
        story += [Spacer(1, 8 * mm), Paragraph(signatures, body)]
    buf = io.BytesIO()
    if page == "a4":
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                                bottomMargin=15 * mm, title=title)
        doc.build(story, canvasmaker=_Canvas)
    else:
        width = 80 * mm
        # A roll is one page as long as its content: measure the flowables, allow for the frame.
        height = sum(f.wrap(72 * mm - 12, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
        height = height * 1.05 + 30 * mm
        doc = SimpleDocTemplate(buf, pagesize=(width, height), leftMargin=4 * mm, rightMargin=4 * mm,
                                topMargin=4 * mm, bottomMargin=4 * mm, title=title)
        doc.build(story, canvasmaker=_Canvas)
    return buf.getvalue()
