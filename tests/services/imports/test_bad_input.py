"""Files as offices really have them: each problem named by sheet, row and column, nothing written
until the whole file is valid, and the forms people write (areas with units, dates three ways,
merged cells, blank rows, a second header, columns in any order) read as they mean."""
import pytest

from counter_app.core.errors import CounterError
from counter_app.ledger import clock
from counter_app.services.imports import runner
from counter_app.store.models import Charge, Unit
from tests.factories import at
from tests.outside import fingerprint

from . import files

UNITS = ["楼栋", "单元", "房号", "建筑面积"]


def _plan(office, kind, path):
    return runner.plan(office.admin, kind, path)


def test_a_file_with_one_bad_row_writes_nothing_and_names_it_in_a_report_beside_it(office, db_path, tmp_path):
    rows = [["1", 1, f"{f}0{r}", "88.5"] for f in range(1, 30) for r in range(1, 3)]
    rows[40][3] = "八十八"
    path = files.xlsx(tmp_path / "units.xlsx", UNITS, rows)
    snapshot = fingerprint(db_path)
    result = runner.run(office.admin, "units", path)
    assert not result.ok and not result.applied
    assert [(p.sheet, p.line, p.column) for p in result.problems] == [("数据", 42, "建筑面积")]
    assert "不是数字" in result.problems[0].message
    assert fingerprint(db_path) == snapshot
    from openpyxl import load_workbook
    report = load_workbook(result.report, read_only=True)
    assert list(report["问题"].iter_rows(values_only=True))[1][:3] == ("数据", 42, "建筑面积")
    report.close()
    # Fixed, the same file imports and its stale report goes.
    rows[40][3] = "88.5"
    files.xlsx(path, UNITS, rows)
    assert runner.run(office.admin, "units", path).applied
    assert not runner.report_path(path).exists()


def test_duplicate_unit_numbers_in_the_file_are_refused_naming_the_first_row(office, tmp_path):
    path = files.xlsx(tmp_path / "u.xlsx", UNITS, [["1", 1, "101", 80], ["1", 1, "102", 80], ["1号楼", 1, "101", 80]])
    result = _plan(office, "units", path)
    assert [(r.line, r.action) for r in result.rows] == [(2, "add"), (3, "add"), (4, "refuse")]
    assert "与第 2 行重复" in result.rows[2].detail


def test_a_unit_already_in_the_database_is_compared_not_added_twice(office, tmp_path):
    path = files.xlsx(tmp_path / "u.xlsx", UNITS, [["1", 1, "101", 80]])
    runner.run(office.admin, "units", path)
    again = files.xlsx(tmp_path / "u2.xlsx", UNITS + ["状态"], [["1", 1, "101", 80, "空置"]])
    result = runner.run(office.admin, "units", again)
    assert [r.action for r in result.rows] == ["change"] and Unit.select().count() == 1
    assert Unit.get().occupancy == "空置"


def test_areas_dates_and_phones_as_people_write_them(office, tmp_path):
    header = ["楼栋", "单元", "房号", "建筑面积", "交房日期"]
    path = files.xlsx(tmp_path / "u.xlsx", header, [
        ["1", 1, "101", "88.5㎡", "2026/1/5"], ["1", 1, "102", "1,088.50", "2026年1月5日"],
        ["1", 1, "103", "88.5 平方米", 46027], ["1", 1, "104", "88.5m2", "2026-01-05"],
        ["1", 1, "105", "88.555", "2026-02-30"], ["1", 1, "106", "-5", "5/1/2026"], ["1", 1, "107", "0", None]])
    result = _plan(office, "units", path)
    assert [r.action for r in result.rows] == ["add"] * 4 + ["refuse"] * 3
    assert {r.values["handover"].isoformat() for r in result.rows[:4]} == {"2026-01-05"}
    assert [r.values["area"] for r in result.rows[:4]] == [8850, 108850, 8850, 8850]
    messages = [p.message for p in result.problems]
    assert [(p.line, p.column) for p in result.problems] == [(6, "建筑面积"), (6, "交房日期"), (7, "建筑面积"),
                                                              (7, "交房日期"), (8, "建筑面积")]
    assert "最多允许 2 位小数" in messages[0] and "不存在" in messages[1]
    assert "不能为负数" in messages[2] and "看不懂" in messages[3] and "不能为零" in messages[4]
    runner.run(office.admin, "units", files.xlsx(tmp_path / "ok.xlsx", UNITS, [["1", 1, "101", 80]]))
    people = files.xlsx(tmp_path / "p.xlsx", ["房号", "姓名", "手机"], [
        ["1-1-101", "甲", "1380013800"], ["1-1-101", "乙", "138001380001"], ["1-1-101", "丙", "138-0013-8000"],
        ["1-1-101", "丁", "0571 8600 1234"], ["1-1-101", "戊", "13800138000 / 13900139000"],
        ["9-1-101", "己", None], ["1-1-999", "庚", None]])
    result = _plan(office, "occupants", people)
    assert [r.action for r in result.rows] == ["refuse", "refuse", "add", "add", "refuse", "refuse", "refuse"]
    assert "10 位" in result.rows[0].detail and "12 位" in result.rows[1].detail
    assert "没有楼栋 9" in result.rows[5].detail and "没有房号 1-1-999" in result.rows[6].detail


def test_merged_cells_blank_rows_a_second_header_and_columns_in_any_order(office, tmp_path):
    header = ["备注", "建筑面积", "房号", "单元", "楼栋", "户型"]
    rows = [[None, 80, "101", 1, "1", "三房"], [None, 81, "102", 1, None, None], [None, None, None, None, None, None],
            header, [None, 82, "103", 1, "1", None], [None, 83, "104", 2, "2", None]]
    path = files.xlsx(tmp_path / "u.xlsx", header, rows, before=[["新城花园房屋清单"], []], merges=["E4:E5"])
    result = _plan(office, "units", path)
    assert result.ok, result.problems
    assert [(r.line, r.key, r.action) for r in result.rows] == [
        (4, "1-1-101", "add"), (5, "1-1-102", "add"), (7, "", "skip"), (8, "1-1-103", "add"), (9, "2-2-104", "add")]
    assert result.ignored_columns == ["备注", "户型"]


def test_a_missing_column_names_what_is_missing(office, tmp_path):
    path = files.xlsx(tmp_path / "u.xlsx", ["楼栋", "单元", "面积"], [["1", 1, 80]])
    with pytest.raises(CounterError, match="缺少 房号"):
        _plan(office, "units", path)


@pytest.mark.parametrize("content, words", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "不是表格文件"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "密码"),
    (b"PK\x03\x04" + b"\x00" * 100, "不是可读取的 Excel"),
    ("楼栋,单元".encode("utf-16"), "不是表格文件"),
])
def test_a_file_that_is_not_a_readable_spreadsheet_is_refused_by_what_it_is(office, tmp_path, content, words):
    path = tmp_path / "units.xlsx"
    path.write_bytes(content)
    with pytest.raises(CounterError, match=words):
        _plan(office, "units", path)


def test_a_password_protected_workbook_is_refused_with_what_to_do(office, tmp_path):
    """A really encrypted workbook (as Excel writes one with 用密码进行加密)."""
    from msoffcrypto.format.ooxml import OOXMLFile
    plain = files.xlsx(tmp_path / "plain.xlsx", UNITS, [["1", 1, "101", 80]])
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        OOXMLFile(source).encrypt("secret", target)
    assert locked.read_bytes()[:4] != b"PK\x03\x04"
    with pytest.raises(CounterError, match="设有打开密码"):
        _plan(office, "units", locked)


def test_fifty_thousand_rows_each_problem_named_nothing_written(office, db_path, tmp_path):
    rows = [[str(b), e, f"{f}{r:02d}", "88.5"] for b in range(1, 26) for e in range(1, 5)
            for f in range(1, 51) for r in range(1, 11)]
    assert len(rows) == 50_000
    bad = {1234: "abc", 27_000: "", 49_999: "88.5.5"}
    for i, value in bad.items():
        rows[i][3] = value
    path = files.csv(tmp_path / "big.csv", UNITS, rows)
    snapshot = fingerprint(db_path)
    result = runner.run(office.admin, "units", path)
    assert [(p.line, p.column) for p in result.problems] == [(i + 2, "建筑面积") for i in bad]
    assert result.count("add") == 50_000 - 3 and not result.applied
    assert fingerprint(db_path) == snapshot


def test_a_cancelled_import_writes_nothing(office, db_path, tmp_path):
    rows = [["1", 1, f"{f}{r:02d}", "88.5"] for f in range(1, 40) for r in range(1, 40)]
    path = files.xlsx(tmp_path / "u.xlsx", UNITS, rows)
    snapshot = fingerprint(db_path)
    seen = []

    def progress(stage, done, total):
        seen.append(stage)
    with pytest.raises(runner.Cancelled):
        runner.run(office.admin, "units", path, progress=progress, cancelled=lambda: "写入" in seen)
    assert "写入" in seen and fingerprint(db_path) == snapshot and Unit.select().count() == 0


def test_a_file_changed_after_its_preview_is_refused(office, tmp_path):
    path = files.xlsx(tmp_path / "u.xlsx", UNITS, [["1", 1, "101", 80]])
    seen = runner.plan(office.admin, "units", path)
    files.xlsx(path, UNITS, [["1", 1, "101", 81]])
    with pytest.raises(CounterError, match="预览之后被改动"):
        runner.run(office.admin, "units", path, expected_sha256=seen.sha256)
    assert Unit.select().count() == 0


def test_readings_lower_than_the_last_and_changed_readings_are_refused(office, tmp_path):
    with clock.frozen(at(2027, 1, 5)):
        _readings_lower_than_the_last_and_changed_readings_are_refused(office, tmp_path)


def _readings_lower_than_the_last_and_changed_readings_are_refused(office, tmp_path):
    runner.run(office.admin, "units", files.xlsx(tmp_path / "u.xlsx", UNITS, [["1", 1, "101", 80]]))
    header = ["表号", "抄表日期", "本期读数", "房号", "收费项目"]
    runner.run(office.admin, "readings", files.xlsx(tmp_path / "r.xlsx", header, [
        ["S1", "2026-10-25", 100, "1-1-101", "SF"], ["S1", "2026-11-25", 120, None, None]]))
    result = _plan(office, "readings", files.xlsx(tmp_path / "r2.xlsx", header, [
        ["S1", "2026-11-25", 121, None, None], ["S1", "2026-12-25", 110, None, None],
        ["S1", "2026-09-25", 130, None, None], ["S2", "2026-12-25", 5, None, None],
        ["S3", "2026-12-25", 5, "1-1-101", "WYF"], ["S1", "2026-10-25", 100, "1-1-101", None]]))
    assert [r.action for r in result.rows] == ["refuse"] * 5 + ["same"]
    assert "已录入读数 120" in result.rows[0].detail and "小于上期读数 120" in result.rows[1].detail
    assert "早于" in result.rows[2].detail and "新表请同时填写" in result.rows[3].detail
    assert "不是抄表计量" in result.rows[4].detail


def test_opening_arrears_are_refused_where_the_ledger_already_bills_and_kept_once_paid(office, tmp_path):
    runner.run(office.admin, "units", files.xlsx(tmp_path / "u.xlsx", UNITS, [["1", 1, "101", 80]]))
    header = ["房号", "收费项目", "所属期间", "欠费金额"]
    assert runner.run(office.admin, "arrears", files.xlsx(tmp_path / "a.xlsx", header, [
        ["1-1-101", "WYF", "2026-09", 128]])).applied
    from counter_app.services.billing import runs
    from counter_app.ledger import clock
    from tests.factories import at
    with clock.frozen(at(2026, 11, 1, 8)):
        runs.run_billing(office.admin, "2026-11")
    result = _plan(office, "arrears", files.xlsx(tmp_path / "a2.xlsx", header, [
        ["1-1-101", "WYF", "2026-10~2026-11", 256], ["1-1-101", "WYF", "2026-09", 130], ["1-1-101", "ZXYJ", "2026-09", 1],
        ["1-1-101", "WYF", "2026-13", 1], ["1-1-101", "WYF", "2026-09~2026-08", 1]]))
    assert [r.action for r in result.rows] == ["refuse", "change", "refuse", "refuse", "refuse"]
    assert "已有应收" in result.rows[0].detail and "押金项目" in result.rows[2].detail
    assert Charge.select().where(Charge.origin == "opening").get().amount_fen == 12800    # a plan writes nothing


def test_what_excel_does_to_long_numbers_and_the_words_people_add_are_handled(office, tmp_path):
    header = ["楼栋", "单元", "房号", "楼层", "建筑面积"]
    result = _plan(office, "units", files.xlsx(tmp_path / "u.xlsx", header, [["3栋", "2单元", "501室", "5层", 80]]))
    assert [(r.key, r.action, r.values["floor"]) for r in result.rows] == [("3-2-501", "add", 5)]
    runner.run(office.admin, "units", files.xlsx(tmp_path / "ok.xlsx", UNITS, [["1", 1, "101", 80]]))
    people = files.xlsx(tmp_path / "p.xlsx", ["房号", "姓名", "手机", "证件号码"], [
        ["1-1-101", "甲", "1.38001E+10", None], ["1-1-101", "乙", None, 330106199001011000],
        ["1-1-101", "丙", None, "3.30106E+17"], ["1-1-101", "丁", 13800138000, "11010519491231002X"]])
    result = _plan(office, "occupants", people)
    assert [r.action for r in result.rows] == ["refuse", "refuse", "refuse", "add"]
    assert all("设为“文本”" in r.detail for r in result.rows[:3])


def test_a_workbook_built_to_exhaust_the_reader_is_read_within_bounds(office, tmp_path):
    """Merges over the whole sheet, and a row thousands of cells wide: the columns read are
    bounded, and merges covering more than any table are refused, quickly."""
    import time
    wide = files.csv(tmp_path / "wide.csv", UNITS + ["x"] * 20000, [["1", 1, "101", 80] + ["y"] * 20000])
    started = time.perf_counter()
    result = _plan(office, "units", wide)
    assert [r.action for r in result.rows] == ["add"] and len(result.ignored_columns) <= 100
    path = files.with_raw_merges(files.xlsx(tmp_path / "merged.xlsx", UNITS, [["1", 1, f"{i}", 80]
                                                                        for i in range(1, 5000)]),
                                 [f"D{i}:XFD1048576" for i in range(2, 200)])
    with pytest.raises(CounterError, match="合并的单元格过多"):     # 198 merges × 5000 rows × 100 columns
        _plan(office, "units", path)
    assert time.perf_counter() - started < 20
