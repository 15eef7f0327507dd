"""Paper as it is filed and scanned: a notice's bars as printed by an office printer read from a
150 dpi scan; the three-part form keeps clear of its perforations and leaves the bottom right to
the office's seal; an A4 report numbers its pages, names itself on each, never strands a heading;
a report nobody collected asks no cashier to sign; the 收费公示 is a wall notice."""
from __future__ import annotations

import re
import subprocess
from datetime import date

from PIL import Image, ImageFilter

from counter_app.core.tables import Section
from counter_app.documents.notice import render_notices
from counter_app.documents.receipt import render_receipt
from counter_app.documents.report_pdf import render_report_pdf
from counter_app.ledger import clock
from counter_app.services.consultation import desk
from counter_app.services.reports import arrears, notices, tables as management_tables
from tests.documents.conftest import decode_barcodes, pdf_text
from tests.factories import at, bill_months

MM_PER_INCH = 25.4


def raster(pdf, tmp_path, dpi: int, name: str) -> list[Image.Image]:
    prefix = tmp_path / name
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(prefix)], check=True)
    return [Image.open(p).convert("L") for p in sorted(tmp_path.glob(f"{name}*.png"))]


def bar_runs(image: Image.Image, row: int, start: int = 0) -> list[int]:
    """The widths (pixels) of the dark runs along one row of the image, from x = start."""
    pixels = [value < 128 for value in image.crop((start, row, image.width, row + 1)).tobytes()]
    runs, length = [], 0
    for dark in pixels + [False]:
        if dark:
            length += 1
        elif length:
            runs.append(length)
            length = 0
    return runs


def test_a_notice_s_bars_as_printed_are_wide_enough_to_read_from_a_150_dpi_scan(estate, qapp, tmp_path):
    from counter_app.ui.printing.printer import print_pdf
    bill_months(estate, "2025-12", "2026-01", "2026-02")
    with clock.frozen(at(2026, 2, 20, 9)):
        batch = notices.notices(estate.manager, "overdue", building_code="3")
    source = tmp_path / "notices.pdf"
    source.write_bytes(render_notices(batch, "a5"))
    printed = tmp_path / "printed.pdf"
    # Through the program's own printing (the page rasterised for a 300 dpi office printer), and
    # the PDF as another program would print it: each page at 300 dpi.
    assert print_pdf(source.read_bytes(), f"pdf:{printed}", "notices", dpi=300).ok
    for paper in (printed, source):
        page = raster(paper, tmp_path, 300, f"paper-{paper.stem}")[0]
        # A row through the first notice's bars: on the right of the page (the office's words keep
        # left of the bars), a row of many dark runs that is the same 2 mm lower (bars, not text).
        right = int(page.width * 0.55)
        row = next(y for y in range(0, page.height // 2, 3)
                   if len(bar_runs(page, y, right)) > 30 and bar_runs(page, y, right) == bar_runs(page, y + 24, right))
        narrowest = min(bar_runs(page, row, right))
        assert narrowest / 300 * MM_PER_INCH >= 0.25, f"bars {narrowest} dots = {narrowest / 300 * 25.4:.2f} mm"
        # Scanned at 150 dpi, out of focus as a desk scanner is: it still reads (0.25 mm bars do not).
        scan = raster(paper, tmp_path, 150, f"scan-{paper.stem}")[0].filter(ImageFilter.GaussianBlur(1.1))
        scan.save(tmp_path / "scanned.png")
        read = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "scanned.png")], capture_output=True,
                              text=True).stdout.split()
        assert batch.notices[0].unit in read and len(read) == min(len(batch.notices), 2), (paper.name, read)


def test_the_three_part_form_keeps_off_its_perforations_and_leaves_room_for_the_seal(receipt, tmp_path):
    pdf = tmp_path / "form3.pdf"
    pdf.write_bytes(render_receipt(receipt, "form3").pdf)
    assert decode_barcodes(pdf, tmp_path).count(receipt.number) == 3          # each copy's bars read
    assert "收款单位（盖章）" in pdf_text(pdf).replace(" ", "")
    dpi = 100
    per_mm = dpi / MM_PER_INCH
    for page in raster(pdf, tmp_path, dpi, "copy"):
        data, width = page.tobytes(), page.width
        dark = [(i % width, i // width) for i, value in enumerate(data) if value < 160]
        top = min(y for _, y in dark) / per_mm
        bottom = (page.height - max(y for _, y in dark)) / per_mm
        assert top >= 5 and bottom >= 5, (top, bottom)                       # clear of the perforations
        # The seal's place, right of its label at the bottom right: nothing printed there.
        seal = [(x, y) for x, y in dark if x / per_mm >= 190 and y / per_mm >= 73]
        assert not seal, f"{len(seal)} dark dots where the seal goes"


def test_an_a4_report_numbers_its_pages_names_itself_on_each_and_keeps_headings_with_their_tables(tmp_path):
    sections = [Section(f"第{n}组", ("房号", "金额"), tuple((f"3-2-{n}{r:02d}", r * 100) for r in range(7)))
                for n in range(1, 40)]
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render_report_pdf("测试报表", "测试花园", sections))
    pages = pdf_text(pdf).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        # (pdftotext spaces the centred footer by its guess of the page's character widths)
        assert f"第{number}/{len(pages)}页" in lines[-1].replace(" ", ""), lines[-3:]
        if number > 1:
            assert "测试报表（续）" in lines[0], lines[:2]
        # The last line above the page number is a row of a table, never a heading left alone.
        assert not re.fullmatch(r"第\d+组", lines[-2]), lines[-4:]


def test_the_arrears_list_asks_no_cashier_to_sign_and_a_close_out_does(estate, tmp_path):
    from counter_app.services.closing import close as closeout, files as closeout_files
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 2, 20, 9)):
        report = arrears.arrears_list(estate.manager, date(2026, 2, 20))
        day = closeout.day_report(estate.manager, date(2026, 2, 20))
    listed = tmp_path / "arrears.pdf"
    listed.write_bytes(management_tables.arrears_pdf(report))
    closed = tmp_path / "day.pdf"
    closed.write_bytes(closeout_files.day_pdf(day))
    assert "收款员" not in pdf_text(listed) and "制表" in pdf_text(listed)
    assert "收款员" in pdf_text(closed)


def test_the_fee_notice_is_a_wall_notice(estate, tmp_path):
    pdf = tmp_path / "notice.pdf"
    pdf.write_bytes(desk.notice_pdf(estate.manager))
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", out).groups())
    assert width > height                                              # landscape: every column has room
    # Each item's cycle (按月, 按季 …) whole on one line: the column is as wide as its words.
    text = pdf_text(pdf)
    for entry in desk.catalogue(estate.manager):
        assert entry.cycle in text, entry.cycle
    # Read from a step away: the body is set in 12 pt (the words' boxes are about that tall).
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">按月<',
                                                          boxes)]
    assert heights and min(heights) >= 11, heights



def test_a_wide_list_with_a_total_row_keeps_unit_numbers_whole_and_headings_in_words(tmp_path):
    """The arrears list of an office with many fee items: the 合计 row under the unit numbers once
    made that column one of words, so 12-3-1000 ran into the owner's name, 逾期天数 stood one
    character a line, and the table left page 1 blank under the title."""
    from counter_app.core.tables import TOTAL, Fen
    items = "、".join(["物业服务费", "车位管理费", "公摊电费", "垃圾清运费", "二次供水加压费", "电梯运行维护费",
                      "有线电视费", "装修管理费"])
    headers = ("房号", "业主", "电话", "欠费项目", "最早欠费月份", "笔数", "逾期本金", "滞纳金", "逾期合计",
               "逾期天数", "账龄")
    rows = tuple((f"12-3-{1000 + i}", "欧阳晓明", "134****3064", items, "2025-07", 57, Fen(542368), Fen(16563),
                  Fen(558931), 492, "365 天以上") for i in range(30))
    rows += ((TOTAL, "", "", "", "", 1710, Fen(16271040), Fen(496890), Fen(16767930), "", ""),)
    pdf = tmp_path / "arrears.pdf"
    pdf.write_bytes(render_report_pdf("欠费清单", "测试花园", [Section("欠费明细", headers, rows)],
                                      page="a4-landscape"))
    pages = [p for p in pdf_text(pdf).split("\f") if p.strip()]
    assert "欠费明细" in pages[0] and "12-3-1000" in pages[0], pages[0][:300]       # no blank first page
    text = "\n".join(pages)
    for i in range(30):
        assert re.search(rf"12-3-{1000 + i}\s+欧阳晓明", text), f"12-3-{1000 + i} runs into the next column"
    assert "天数" in text and "逾期" in text, "a heading wrapped one character a line"
