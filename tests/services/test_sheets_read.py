"""The one reader of spreadsheets (services/common/sheets.py) as offices' files are: every sheet
of a workbook with what Excel hides (rows, columns, whole sheets) and its chart sheets said, and a
file that is not a workbook or a CSV named for what it is, with what to do."""
import zipfile

import pytest

from counter_app.core.errors import CounterError
from counter_app.services.common import sheets
from tests.services.imports import files

HEADER = ["楼栋", "单元", "房号", "建筑面积"]


def test_every_sheet_is_read_with_what_excel_hides(tmp_path):
    path = files.book(tmp_path / "房屋.xlsx", {
        "1栋": [["新城花园 1栋"], HEADER + ["备注"], ["1", 1, "101", 80, ""], ["1", 1, "102", 81, "已售"],
                ["1", 1, "103", 82, ""]],
        "2栋": [HEADER, ["2", 1, "101", 90]],
        "旧数据": [HEADER, ["9", 1, "101", 1]]},
        hidden_rows={"1栋": [4]}, hidden_columns={"1栋": ["E"]}, hidden_sheets=("旧数据",),
        merges={"1栋": ["A1:E1"]}, chart="图表")
    book = sheets.read_book(path)
    assert [(s.name, s.hidden, s.chart) for s in book] == [("1栋", False, False), ("2栋", False, False),
                                                           ("旧数据", True, False), ("图表", False, True)]
    first = book[0]
    assert first.rows[0][:5] == ["新城花园 1栋"] * 5              # the merged title in every cell it covers
    assert first.hidden_rows == {3} and first.hidden_columns == {4}     # 0-based: Excel's row 4, column E
    assert book[1].rows == [HEADER, ["2", 1, "101", 90]] and not book[1].hidden_rows
    assert sheets.read(path).name == "1栋"                       # the table other readers take: the first shown


def _ods(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    return path


def _zip(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    return path


@pytest.mark.parametrize("make, words, todo", [
    (lambda p: files.docx(p), "是 Word 文档（.docx）", "请导入 Excel 工作簿"),
    (lambda p: files.ole2(p, "WordDocument"), "是 Word 文档（.doc）", "请导入 Excel 工作簿"),
    (lambda p: files.ole2(p, "Workbook"), "是旧版 Excel 97-2003 工作簿（.xls）", "另存为“Excel 工作簿（.xlsx）”"),
    (lambda p: files.ole2(p, "Book"), "是旧版 Excel 97-2003 工作簿（.xls）", "另存为"),
    (lambda p: files.ole2(p, "Contents"), "Office 97-2003 格式的文件", "另存为"),
    (lambda p: p.write_text("<html><body><p>没有数据</p></body></html>", encoding="utf-8"),
     "是网页（HTML）文件，里面没有表格", "另存为"),
    (lambda p: p.write_text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
                            "</Workbook>", encoding="utf-8"), "是 Excel 2003 XML 表格", "另存为"),
    (lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "是 PDF 文件", "请导入"),
    (_ods, "是 OpenDocument 表格（.ods）", "另存为"),
    (_zip, "是压缩文件（zip）", "请导入"),
    (lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 100), "已损坏或不完整", "重新导出"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256))), "不是表格文件", "请导入"),
])
def test_a_file_that_is_no_table_is_named_for_what_it_is(tmp_path, make, words, todo):
    path = tmp_path / "房屋.xls"
    make(path)
    with pytest.raises(CounterError) as refused:
        sheets.read_book(path)
    assert words in str(refused.value) and todo in str(refused.value) and "房屋.xls" in str(refused.value)


def test_a_statements_totals_row_is_no_transaction(tmp_path):
    """The bank statement and the invoice list read their rows through data_rows: a 合计 line at
    the bottom (as banks print one) is passed over, not read as a date that makes no sense."""
    path = tmp_path / "wx.csv"
    path.write_text("交易日期,金额,交易号\n2026-01-10 09:01,200.00,WX-A\n\n合计,200.00,共 1 笔\n", encoding="utf-8")
    rows = sheets.rows_of(path)
    assert [(line, cells[2]) for line, cells in sheets.data_rows(rows, 0)] == [(2, "WX-A")]
    assert [sheets.totals_word(r) for r in (["合计", "1"], ["", "共 20 户"], ["小计："], ["总 计"], ["合计收入"],
                                            ["B1-001", "1-1-101"])] == ["合计", "共20户", "小计:", "总计", "", ""]


def test_a_table_saved_as_a_web_page_is_read_as_excel_shows_it(tmp_path):
    """Older systems export a web page under an .xls name, declared GB2312: its table is read with
    a spanning cell's value in every cell it covers, a row styled display:none as hidden, entities
    and <br> as text, and a <style> block not taken for a cell."""
    path = tmp_path / "房屋.xls"
    path.write_bytes("""<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312"><style>td {mso-number-format:"\\@";}</style>
</head><body><table border=1>
<tr><td colspan=4>新城花园&nbsp;房屋清单</td></tr>
<tr><th>楼栋</th><th>单元</th><th>房号</th><th>建筑<br>面积</th></tr>
<tr><td rowspan=2>1</td><td>1</td><td>101</td><td>88.50</td></tr>
<tr><td>1</td><td>102</td><td>1,088.25</td></tr>
<tr style='display:none'><td>1</td><td>1</td><td>103</td><td>70</td></tr>
<tr><td>1</td><td>1</td><td>0104</td><td rowspan=2>70</td></tr>
</table></body></html>""".encode("gb18030"))
    (sheet,) = sheets.read_book(path)
    assert sheet.name == "网页表格" and sheet.hidden_rows == {4}
    assert sheet.rows == [["新城花园 房屋清单"] * 4, ["楼栋", "单元", "房号", "建筑 面积"], ["1", "1", "101", "88.50"],
                          ["1", "1", "102", "1,088.25"], ["1", "1", "103", "70"], ["1", "1", "0104", "70"]]


def test_a_web_page_built_to_exhaust_the_reader_is_refused_within_bounds(tmp_path):
    """Cells spanning 100 × 100 each, a few thousand of them in a small file: refused, not filled."""
    path = tmp_path / "big.xls"
    path.write_text("<table>" + "<tr><td colspan=100 rowspan=100>x</td></tr>" * 300 + "</table>", encoding="utf-8")
    with pytest.raises(CounterError, match="表格过大"):
        sheets.read_book(path)


def test_an_old_xls_saved_by_an_office_program_reads_as_its_xlsx(tmp_path):
    """An Excel 97-2003 workbook (what WPS long saved by default), made here by LibreOffice from an
    .xlsx: every sheet with its merged title, hidden row and column, a date and a phone stored as a
    number read as the .xlsx is read."""
    import subprocess
    from datetime import datetime
    source = files.book(tmp_path / "房屋.xlsx", {
        "1栋": [["新城花园 1栋"], HEADER + ["备注", "交房日期", "电话"],
                ["1", 1, "101", 80.5, None, datetime(2020, 6, 30), 13800138000], ["1", 1, "102", 81, "已售"]],
        "2栋": [HEADER, ["2", 1, "101", 90]]},
        hidden_rows={"1栋": [4]}, hidden_columns={"1栋": ["E"]}, merges={"1栋": ["A1:G1"]})
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", str(tmp_path / "old"), str(source)],
                   check=True, capture_output=True, timeout=180)
    old = sheets.read_book(tmp_path / "old" / "房屋.xls")
    new = sheets.read_book(source)
    assert [(s.name, s.rows, s.hidden_rows, s.hidden_columns) for s in old] == \
        [(s.name, s.rows, s.hidden_rows, s.hidden_columns) for s in new]
    assert old[0].rows[2][5:] == [datetime(2020, 6, 30), 13800138000] and old[0].hidden_rows == {3}
