"""Excel files are written in time that grows with their rows: 20,000 rows of an estate's table
and a report section of as many take seconds (written row by row, openpyxl's write-only mode),
where looking the sheet over after each appended row took 686 s for 20,000 units. The files keep
what people see: a bold header, widths, dates as dates, money in its format."""
import time
from datetime import date
from decimal import Decimal

from openpyxl import load_workbook

from counter_app.core.tables import Fen, Section
from counter_app.services.common import exports

ROWS = 20_000
BOUND_S = 20         # a writer that rescans its sheet per row takes hours here, a linear one seconds


def test_twenty_thousand_rows_are_written_in_seconds(tmp_path):
    rows = [[str(i // 1000), 1 + i % 8, f"{i % 1000:03d}", 5, Decimal("88.50"), "住宅", "已入住", date(2020, 1, 1), "3栋"]
            for i in range(ROWS)]
    started = time.perf_counter()
    path = exports.write_xlsx(tmp_path / "units.xlsx", {"数据": (list("ABCDEFGHI"), rows)})
    section = Section("欠费", ("房号", "业主", "欠费"), tuple((f"1-1-{i}", "张三", Fen(12345)) for i in range(ROWS)))
    report = exports.write_sections_xlsx(tmp_path / "report.xlsx", [section])
    assert time.perf_counter() - started < BOUND_S
    book = load_workbook(path, read_only=True)
    read = list(book["数据"].iter_rows(values_only=True))
    book.close()
    assert len(read) == ROWS + 1 and read[-1][4] == 88.5 and read[-1][7].date() == date(2020, 1, 1)
    book = load_workbook(report, read_only=True)
    styled = book["欠费"]
    first, second = list(styled.iter_rows(max_row=2))
    assert first[0].font.b and second[2].value == 123.45 and second[2].number_format == "#,##0.00"
    assert sum(1 for _ in styled.iter_rows(values_only=True)) == ROWS + 1
    book.close()
