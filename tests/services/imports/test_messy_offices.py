"""Files made the way offices keep them, one per kind: merged titles, their own header names, one
sheet per building, hidden rows and columns, totals rows, a GB18030 CSV, Excel serial dates, unit
numbers written whole (8#1-101, 3栋2单元501), Chinese-numeral buildings, the same thing spelled two
ways. Each planted fault is named by its sheet, row and the file's own column header with a
reason a clerk can act on; nothing is passed over without a word; a refused file changes nothing."""
from datetime import date

import pytest

from counter_app.services.imports import runner
from counter_app.store.models import Building, Charge, OpeningDeposit, Person, Unit
from tests.outside import fingerprint

from . import files

VALID_ID = "11010519491231002X"
OTHER_ID = "330106199001011002"


def _units(office, tmp_path):
    path = files.xlsx(tmp_path / "base.xlsx", ["楼栋", "单元", "房号", "建筑面积"],
                      [["1", 1, f"10{r}", 80] for r in range(1, 5)] + [["3", 2, "501", 90]])
    assert runner.run(office.admin, "units", path).applied


def _by_line(result, sheet=None):
    return {(r.sheet, r.line) if sheet is None else r.line: r for r in result.rows
            if sheet is None or r.sheet == sheet}


def _refusal(row) -> str:
    assert row.action == "refuse", (row.line, row.action, row.detail)
    return "；".join(f"{p.column}|{p.message}" for p in row.problems)


def test_a_workbook_of_one_sheet_per_building_imports_every_sheet_and_names_the_rest(office, db_path, tmp_path):
    header = ["房号", "面积(㎡)", "类型", "状态", "交房日期", "备注"]
    path = files.book(tmp_path / "房屋台账.xlsx", {
        "1栋": [["新城花园 1栋 房屋台账"], [], header,
                ["1-1-101", "88.5㎡", "住宅", "已入住", 43982, None],
                ["1#1-102", "120", "住宅", "空置", "2020/6/30", "老业主"],
                ["1栋1单元103", 95.25, "商铺", "已停用", None, None],
                ["1-1-104", 70, None, None, None, "样板房，隐藏"],
                [],
                ["合计", "373.75", None, None, None, "共 4 户"]],
        "4栋补充": [header, ["4-1-101室", 88, None, None, None, None], ["叁号楼二单元501", 99, None, None, None, None]],
        "汇总": [["楼栋", "户数", "总面积"], ["1", 4, 373.75]],
        "示例": [header, ["9-9-909", 1, None, None, None, None]],
        "旧表": [header, ["8-1-101", 1, None, None, None, None]]},
        hidden_rows={"1栋": [7]}, hidden_columns={"1栋": ["F"]}, hidden_sheets=("旧表",),
        merges={"1栋": ["A1:F1"]})
    result = runner.plan(office.admin, "units", path)
    assert result.ok, result.problems
    assert [(s.name, s.read, s.rows) for s in result.sheets if s.read] == [("1栋", True, 5), ("4栋补充", True, 2)]
    skipped = {s.name: s.why for s in result.sheets if not s.read}
    assert skipped == {"汇总": "没有楼栋与房屋的表头", "示例": "模板的示例行，不导入",
                       "旧表": "隐藏的工作表：要导入请在 Excel 中取消隐藏"}
    rows = _by_line(result)
    assert [(k, r.key, r.action) for k, r in rows.items() if r.action == "add"] == [
        (("1栋", 4), "1-1-101", "add"), (("1栋", 5), "1-1-102", "add"), (("1栋", 6), "1-1-103", "add"),
        (("4栋补充", 2), "4-1-101", "add"), (("4栋补充", 3), "3-2-501", "add")]
    assert rows[("1栋", 7)].action == "skip" and "隐藏的行" in rows[("1栋", 7)].detail
    assert rows[("1栋", 9)].action == "skip" and rows[("1栋", 9)].detail == "合计行（合计），已跳过"
    assert rows[("4栋补充", 3)].notes == ["房号“叁号楼二单元501”读作 3-2-501"]
    assert result.hidden_columns == ["1栋 F 列（备注）"] and result.ignored_columns == ["4栋补充 备注"]
    assert rows[("1栋", 4)].values["handover"] == date(2020, 5, 31)          # an Excel serial date
    text = "\n".join(result.lines())
    for words in ("读取的工作表：1栋（5 行）、4栋补充（2 行）", "未读取的工作表：汇总（没有楼栋与房屋的表头）",
                  "隐藏的列，未读取：1栋 F 列（备注）", "1栋 第 7 行：隐藏的行", "1栋 第 9 行：合计行（合计）",
                  "4栋补充 第 3 行：房号“叁号楼二单元501”读作 3-2-501"):
        assert words in text, words

    done = runner.run(office.admin, "units", path, expected_sha256=result.sha256)
    assert done.applied and done.count("add") == 5
    assert Unit.get(Unit.code == "1-1-103").occupancy == "已停用"
    assert sorted(c for (c,) in Building.select(Building.code).tuples()) == ["1", "3", "4"]   # no building 叁
    snapshot = fingerprint(db_path)
    again = runner.run(office.admin, "units", path)
    assert not again.applied and again.count("same") == 5 and fingerprint(db_path) == snapshot


def test_a_web_page_saved_as_xls_imports_with_its_hidden_and_totals_rows_named(office, db_path, tmp_path):
    """An old system's export: a web page under an .xls name (GBK), a title spanning the columns,
    the building spanning its rows, a hidden row and a totals row."""
    rows = "".join(f"<tr{' style=display:none' if code == '103' else ''}>{cells}</tr>" for code, cells in (
        ("title", "<td colspan=4>新城花园 房屋台账</td>"),
        ("head", "<td>楼栋</td><td>单元</td><td>房间号</td><td>面积(㎡)</td>"),
        ("101", "<td rowspan=3>1</td><td rowspan=3>1</td><td>101</td><td>88.5</td>"),
        ("102", "<td>102</td><td>90</td>"), ("103", "<td>103</td><td>70</td>"),
        ("sum", "<td>合计</td><td></td><td>共 3 户</td><td>248.5</td>")))
    path = tmp_path / "房屋台账.xls"
    path.write_bytes(f"<html><head><meta charset=gbk></head><body><table>{rows}</table></body></html>"
                     .encode("gb18030"))
    snapshot = fingerprint(db_path)
    result = runner.plan(office.admin, "units", path)
    assert result.ok, result.problems
    assert [(r.line, r.key, r.action) for r in result.rows] == [
        (3, "1-1-101", "add"), (4, "1-1-102", "add"), (5, "", "skip"), (6, "", "skip")]
    assert "隐藏的行" in result.rows[2].detail and "合计行" in result.rows[3].detail
    assert "读取的工作表：网页表格（4 行）" in "\n".join(result.lines())
    assert fingerprint(db_path) == snapshot
    assert runner.run(office.admin, "units", path, expected_sha256=result.sha256).applied
    assert Unit.get(Unit.code == "1-1-102").area_centi == 9000


def test_a_sheet_that_looks_like_the_table_but_misses_a_column_is_refused_not_passed_over(office, db_path, tmp_path):
    path = files.book(tmp_path / "u.xlsx", {"1栋": [["楼栋", "单元", "房号", "建筑面积"], ["1", 1, "101", 80]],
                                            "2栋": [["楼栋", "单元", "房号", "类型"], ["2", 1, "101", "住宅"]]})
    snapshot = fingerprint(db_path)
    result = runner.run(office.admin, "units", path)
    assert not result.ok and not result.applied and fingerprint(db_path) == snapshot
    refused = [r for r in result.rows if r.action == "refuse"]
    assert [(r.sheet, r.line) for r in refused] == [("2栋", 1)]
    assert "像是楼栋与房屋，但缺少 建筑面积 列" in refused[0].problems[0].message
    assert "2栋 第 1 行：工作表像是楼栋与房屋" in "\n".join(result.lines())


def test_a_workbook_with_no_sheet_to_read_says_why_of_each(office, tmp_path):
    from counter_app.core.errors import CounterError
    path = files.book(tmp_path / "u.xlsx", {"旧表": [["楼栋", "单元", "房号", "建筑面积"], ["1", 1, "101", 80]],
                                            "示例": [["楼栋", "单元", "房号", "建筑面积"], ["1", 1, "102", 80]]},
                      hidden_sheets=("旧表",))
    with pytest.raises(CounterError) as refused:
        runner.plan(office.admin, "units", path)
    words = str(refused.value)
    assert "找不到楼栋与房屋的表头" in words and "旧表（隐藏的工作表：要导入请在 Excel 中取消隐藏）" in words
    assert "示例（模板的示例行，不导入）" in words


def test_units_each_fault_named_in_the_files_own_words(office, db_path, tmp_path):
    header = ["室号", "面积(㎡)"]
    path = files.xlsx(tmp_path / "u.xlsx", header, [
        ["1-1-101", "88.555"], ["1-1-102", "-5"], ["1-1-103", 0], ["1-1-104", "八十"], ["1-1-105", "88,5"],
        ["3栋501", 80], ["1-1-101室", 90], ["三栋2单元502", 90]])
    snapshot = fingerprint(db_path)
    result = runner.run(office.admin, "units", path)
    assert fingerprint(db_path) == snapshot and not result.applied
    rows = _by_line(result, "数据")
    assert _refusal(rows[2]) == "面积(㎡)|面积(㎡)“88.555”最多允许 2 位小数"
    assert _refusal(rows[3]) == "面积(㎡)|面积(㎡)“-5”不能为负数"
    assert _refusal(rows[4]) == "面积(㎡)|面积(㎡)不能为零"
    assert _refusal(rows[5]).startswith("面积(㎡)|面积(㎡)“八十”不是数字")
    assert _refusal(rows[6]).startswith("面积(㎡)|面积(㎡)“88,5”不是有效的数字")    # a decimal comma is not 885
    assert _refusal(rows[7]).startswith("室号|室号“3栋501”看不懂：应写成 楼栋-单元-房号")
    assert _refusal(rows[8]) == "|与第 2 行重复（1-1-101）"
    assert rows[9].action == "add" and rows[9].notes == ["室号“三栋2单元502”读作 3-2-502"]


def test_occupants_in_a_gb18030_csv_each_fault_named(office, db_path, tmp_path):
    _units(office, tmp_path)
    header = ["房间号", "业主姓名", "身份", "联系电话", "证件类型", "身份证号", "入住日期", "迁出日期"]
    path = files.csv(tmp_path / "业主.csv", header, [
        ["1-1-101", "张三", "业主", "13800138000", None, VALID_ID, "2020/7/1", None],
        ["1-1-102", "张三", "业主", "138 0013 8000", None, OTHER_ID, None, None],
        ["1-1-103", "李四", "租户", "13900139000", None, VALID_ID[:17], None, None],
        ["1-1-103", "王五", "住户", "13700137000", "护照", VALID_ID[:17], None, None],
        ["1-1-104", "赵六", "业主", "13600136000", None, None, "2027-01-01", None],
        ["1栋1单元101", "张三", None, "13800138000", None, None, None, None],
        ["1-1-104", "钱七", "住户", None, None, None, "2024-01-01", "2023-01-01"],
        ["1-1-104", "孙八", "住户", None, "驾照", "A1234567", None, None],
        ["共 8 人", None, None, None, None, None, None, None],
    ], encoding="gb18030")
    snapshot = fingerprint(db_path)
    result = runner.run(office.admin, "occupants", path)
    assert fingerprint(db_path) == snapshot and not result.applied and result.sheet == "CSV"
    rows = _by_line(result, "CSV")
    assert rows[2].action == "add" and rows[5].action == "add"
    assert _refusal(rows[3]) == (f"身份证号|同一人（张三，手机 13800138000）在第 2 行的身份证号是 {VALID_ID}，本行是 "
                                 f"{OTHER_ID}：只能有一个身份证号，请核对后改成一致")
    assert _refusal(rows[4]) == (f"身份证号|身份证号“{VALID_ID[:17]}”是 17 位，居民身份证号应为 18 位"
                                 "（如是其他证件，请在 证件类型 中写明）")
    assert _refusal(rows[6]) == "入住日期|入住日期 2027-01-01 在今天（2026-12-02）之后：只能导入已经发生的"
    assert _refusal(rows[7]) == "|与第 2 行重复（1-1-101 张三 业主）"
    assert _refusal(rows[8]) == "迁出日期|迁出日期 2023-01-01 早于入住日期 2024-01-01"
    assert _refusal(rows[9]).startswith("证件类型|证件类型：证件类型“驾照”应为 居民身份证")
    assert rows[10].action == "skip" and "合计行（共8人）" in rows[10].detail


def test_one_person_with_one_id_over_several_rows_keeps_it_whichever_row_has_it(office, tmp_path):
    _units(office, tmp_path)
    header = ["房号", "姓名", "手机", "证件号码"]
    path = files.xlsx(tmp_path / "p.xlsx", header, [["1-1-101", "张三", "13800138000", None],
                                                    ["1-1-102", "张三", "13800138000", VALID_ID]])
    assert runner.run(office.admin, "occupants", path).applied
    assert [(p.name, p.id_number) for p in Person.select()] == [("张三", VALID_ID)]
    for _ in range(2):                                  # the same file again: nothing flips, nothing to do
        again = runner.run(office.admin, "occupants", path)
        assert again.counts["same"] == 2 and not again.applied
    other = files.xlsx(tmp_path / "p2.xlsx", header, [["1-1-101", "张三", "13800138000", OTHER_ID],
                                                      ["1-1-102", "张三", "13800138000", VALID_ID]])
    result = runner.plan(office.admin, "occupants", other)
    assert [r.action for r in result.rows] == ["change", "refuse"]
    assert "在第 2 行的证件号码是" in result.rows[1].detail


def test_parking_a_totals_row_is_no_space_and_one_plate_is_at_one_unit(office, db_path, tmp_path):
    _units(office, tmp_path)
    path = files.xlsx(tmp_path / "车位.xlsx", ["车位号", "房号", "车牌"], [
        ["B1-001", "1-1-101", "粤B12345"], ["b1-001", "1-1-101", None], ["B1-002", "1栋1单元102", "粤B·12345"],
        ["B1-003", None, "粤C00001"], ["合计", None, "共2个"]], before=[["地下车位清单"]])
    snapshot = fingerprint(db_path)
    result = runner.run(office.admin, "parking", path)
    assert fingerprint(db_path) == snapshot
    rows = _by_line(result, "数据")
    assert rows[3].action == "add" and rows[3].key == "B1-001"
    assert _refusal(rows[4]) == "|与第 3 行重复（B1-001）"
    assert _refusal(rows[5]) == ("房号|车牌 粤B12345在第 3 行的房号是 1-1-101，本行是 1-1-102：只能有一个房号，"
                                 "请核对后改成一致")
    assert _refusal(rows[6]) == "车牌|登记车牌需要填写房号"
    assert rows[7].action == "skip" and rows[7].detail == "合计行（合计），已跳过"


def test_readings_dates_after_today_and_one_meter_spelled_twice(office, db_path, tmp_path):
    _units(office, tmp_path)
    path = files.xlsx(tmp_path / "抄表.xlsx", ["水表号", "抄表日期", "读数", "房屋编号", "项目"], [
        ["S-101", "2026-10-25", 100, "1-1-101", "SF"], ["s-101", date(2026, 10, 25), 100, None, None],
        ["S-101", "2026-12-25", 130, None, None], ["S-101", 46351, "112.5", None, None],
        ["S-102", "2026-11-25", "1.234", "1栋1单元102", "水费"]])
    snapshot = fingerprint(db_path)
    result = runner.run(office.admin, "readings", path)
    assert fingerprint(db_path) == snapshot
    rows = _by_line(result, "数据")
    assert rows[2].action == "add" and rows[5].action == "add" and rows[5].key == "S-101|2026-11-25"
    assert _refusal(rows[3]) == "|与第 2 行重复（S-101 2026-10-25）"
    assert _refusal(rows[4]) == "抄表日期|抄表日期 2026-12-25 在今天（2026-12-02）之后：只能导入已经发生的"
    assert _refusal(rows[6]) == "读数|读数“1.234”最多允许 2 位小数"


def test_arrears_overlapping_in_the_file_by_code_or_name_and_months_not_begun(office, db_path, tmp_path):
    _units(office, tmp_path)
    path = files.xlsx(tmp_path / "欠费.xlsx", ["房号", "收费项目", "所属期间", "金额"], [
        ["1-1-101", "WYF", "2025-11", 128], ["1栋1单元101", "物业服务费", "2025-10~2025-12", 384],
        ["1-1-102", "WYF", "2027-01", 100], ["1-1-102", "WYF", "2026-11~2027-02", 400],
        ["1-1-103", "WYF", "2025-11", "12.345"], ["1-1-103", "WYF", "2025-12", -5], ["1-1-103", "WYF", "2026-01", 0],
        ["1-1-104", "wyf", "2026-12", 128], ["1-1-104", "ZXYJ", "2026-01", 5]])
    snapshot = fingerprint(db_path)
    result = runner.run(office.admin, "arrears", path)
    assert fingerprint(db_path) == snapshot and Charge.select().count() == 0
    rows = _by_line(result, "数据")
    assert rows[2].action == "add" and rows[9].action == "add"           # the month begun is allowed
    assert _refusal(rows[3]) == "|与第 2 行的期间重叠（1-1-101 物业服务费 2025-11）"
    assert _refusal(rows[4]) == "所属期间|所属期间含尚未开始的月份 2027-01：只能导入已经开始的月份"
    assert _refusal(rows[5]) == "所属期间|所属期间含尚未开始的月份 2027-02：只能导入已经开始的月份"
    assert _refusal(rows[6]) == "金额|金额“12.345”超过两位小数（最小单位为分）"
    assert _refusal(rows[7]) == "金额|金额“-5”不能为负数"
    assert _refusal(rows[8]) == "金额|金额不能为零"
    assert _refusal(rows[10]) == "收费项目|装修押金 是押金项目，请用押金表导入"


def test_prepaid_and_deposits_taken_once_whatever_the_spelling(office, db_path, tmp_path):
    _units(office, tmp_path)
    prepaid = files.csv(tmp_path / "预存.csv", ["户号", "余额"], [["1-1-101", 500], ["1#1-101", 600], ["1-1-102", -5]],
                        encoding="gb18030")
    deposits = files.xlsx(tmp_path / "押金.xlsx", ["房号", "项目", "金额", "收款日期", "收据号"], [
        ["1-1-101", "ZXYJ", 2000, "2024-05-10", "0012345"], ["1-1-101", "装修押金", 2000, "2024-05-10", "0012345"],
        ["1-1-102", "ZXYJ", 2000, "2027-06-01", None], ["1-1-103", "ZXYJ", 2000, "2024-05-10", None],
        ["1-1-103", "装修押金", "2,000", 45422, None]])
    snapshot = fingerprint(db_path)
    paid_in = runner.run(office.admin, "prepaid", prepaid)
    held = runner.run(office.admin, "deposits", deposits)
    assert fingerprint(db_path) == snapshot and OpeningDeposit.select().count() == 0
    rows = _by_line(paid_in, "CSV")
    assert _refusal(rows[3]) == "|与第 2 行重复（1-1-101）"
    assert _refusal(rows[4]) == "余额|余额“-5”不能为负数"
    rows = _by_line(held, "数据")
    assert _refusal(rows[3]) == "|与第 2 行重复（1-1-101 装修押金 收据 0012345）"
    assert _refusal(rows[4]) == "收款日期|收款日期 2027-06-01 在今天（2026-12-02）之后：只能导入已经发生的"
    assert _refusal(rows[6]) == "|与第 5 行重复（1-1-103 装修押金 2024-05-10）"


@pytest.mark.parametrize("kind, header, first, second", [
    ("units", ["房号", "建筑面积"], ["2-1-101", 80], ["2栋1单元101室", 80]),
    ("units", ["楼栋", "单元", "房号", "建筑面积"], ["五栋", "二单元", "501", 90], ["5", 2, "5-2-501", 90]),
    ("occupants", ["房号", "姓名", "身份"], ["1-1-101", "张三", "租户"], ["1栋1单元101", "张三", "住户"]),
    ("parking", ["车位编号", "房号"], ["b1-001", "1-1-101"], ["B1-001", "1#1-101"]),
    ("readings", ["表号", "抄表日期", "本期读数", "房号", "收费项目"], ["s-1", "2026-11-25", 5, "1-1-101", "SF"],
     ["S-1", 46351, "5.00", None, None]),
    ("arrears", ["房号", "收费项目", "所属期间", "欠费金额"], ["1-1-101", "WYF", "2025-11", 128],
     ["1栋1单元101", "物业服务费", "2025年11月", "128.00"]),
    ("arrears", ["房号", "收费项目", "所属期间", "欠费金额"], ["1-1-101", "WYF", "2025-10~2025-12", 384],
     ["1-1-101", "wyf", "2025-10~2025-12", 384]),
    ("prepaid", ["房号", "预存余额"], ["1-1-101", 500], ["1#1-101", "¥500.00"]),
    ("deposits", ["房号", "押金项目", "押金金额", "收取日期", "原收据号"], ["1-1-101", "ZXYJ", 2000, "2024-05-10", "001"],
     ["1-1-101", "装修押金", 2000, "2024/5/10", "001"]),
])
def test_one_thing_spelled_two_ways_is_one_thing_in_the_file_and_against_the_ledger(
        office, db_path, tmp_path, kind, header, first, second):
    """No pair of equivalent spellings ends in a database constraint error or is taken twice."""
    _units(office, tmp_path)
    both = files.xlsx(tmp_path / "both.xlsx", header, [first, second])
    snapshot = fingerprint(db_path)
    result = runner.run(office.admin, kind, both)
    assert [r.action for r in result.rows] == ["add", "refuse"], result.rows
    assert result.rows[1].detail.startswith("与第 2 行")
    assert not result.applied and fingerprint(db_path) == snapshot
    assert runner.run(office.admin, kind, files.xlsx(tmp_path / "a.xlsx", header, [first])).applied
    snapshot = fingerprint(db_path)
    again = runner.run(office.admin, kind, files.xlsx(tmp_path / "b.xlsx", header, [second]))
    assert [r.action for r in again.rows] == ["same"], again.rows
    assert fingerprint(db_path) == snapshot


def test_a_ledger_keeping_building_三_from_an_older_import_finds_it_and_adds_no_building_3(office, db_path, tmp_path):
    """An office upgrading: its ledger holds building 三 (the older import kept the numeral as
    written). A file writing 三栋 or 3 reads as building 3; it must find 三-1-101, not refuse it and
    not add a building 3 beside 三. Where 三 and 叁 both exist, the file's 3 is neither."""
    from counter_app.services.admin import estate as est
    from counter_app.store.models import Estate
    estate = Estate.get()
    old = est.add_building(office.admin, estate, "三")
    est.add_unit(office.admin, old, 1, "101", "80")
    units = files.xlsx(tmp_path / "units.xlsx", ["房号", "面积"],
                       [["三栋1单元101", 80], ["3-1-102", 81], ["3栋1单元102", 81]])
    result = runner.plan(office.admin, "units", units)
    assert [(r.line, r.key, r.action) for r in result.rows][:2] == [(2, "三-1-101", "same"), (3, "三-1-102", "add")]
    assert result.rows[2].action == "refuse" and "第 3 行" in result.rows[2].detail      # one unit, twice
    assert "房号 3-1-101 是本账本的 三-1-101（楼栋 三）" in result.rows[0].notes
    units = files.xlsx(tmp_path / "units2.xlsx", ["房号", "面积"], [["三栋1单元101", 80], ["3-1-102", 81]])
    assert runner.run(office.admin, "units", units).applied
    assert sorted(c for (c,) in Building.select(Building.code).tuples()) == ["三"]
    people = files.xlsx(tmp_path / "people.xlsx", ["房号", "姓名", "手机"], [["3-1-101", "张三", "13800138000"]])
    assert runner.run(office.admin, "occupants", people).applied
    assert Person.get(Person.name == "张三") is not None

    est.add_building(office.admin, estate, "叁")          # two numeral buildings: 3 is neither of them
    ambiguous = runner.plan(office.admin, "occupants", people)
    assert ambiguous.rows[0].action == "refuse" and "没有楼栋 3" in ambiguous.rows[0].detail


@pytest.mark.parametrize("order", [1, -1])
def test_a_person_who_changes_phone_and_moves_under_it_stays_one_person(office, tmp_path, order):
    """张三 has 1-1-101 under 13800138000. The office's next file gives her new phone on that row and
    a second unit under the new phone, in either order; 李四 moves into 1-1-103 under a new phone
    with her ID number. Each is still one person, with the new phone."""
    _units(office, tmp_path)
    first = files.xlsx(tmp_path / "first.xlsx", ["房号", "姓名", "手机", "证件号码"],
                       [["1-1-101", "张三", "13800138000", None], ["1-1-102", "李四", "13900139000", VALID_ID]])
    assert runner.run(office.admin, "occupants", first).applied
    rows = [["1-1-101", "张三", "13700137000", None], ["1-1-104", "张三", "13700137000", None]][::order]
    rows.append(["1-1-103", "李四", "13600136000", VALID_ID])
    later = files.xlsx(tmp_path / "later.xlsx", ["房号", "姓名", "手机", "证件号码"], rows)
    result = runner.plan(office.admin, "occupants", later)
    assert result.ok, result.problems
    assert "手机 13900139000→13600136000" in result.rows[2].detail
    assert runner.run(office.admin, "occupants", later).applied
    assert sorted((p.name, p.phone) for p in Person.select()) == [("张三", "13700137000"), ("李四", "13600136000")]
    again = runner.run(office.admin, "occupants", later)
    assert not again.applied and again.count("same") == 3


def test_buildings_without_entrances_a_楼栋_and_a_房号_column_name_the_unit(office, tmp_path):
    """Many estates have no 单元: their 台账 has 楼栋 and 房号 only. The 楼栋 column is read, not
    passed over; a 房号 carrying the entrance (2-101, 2单元102) gives it, the whole number must agree
    with 楼栋, and a plain room is kept in entrance 1 with a note. Every kind reads it alike."""
    path = files.xlsx(tmp_path / "villas.xlsx", ["楼栋", "房号", "面积"],
                      [["1栋", "101", 80], ["1栋", "2-101", 80], ["1栋", "2单元102", 80], ["1", "1-2-103", 80],
                       ["1", "3-2-104", 80]])
    result = runner.plan(office.admin, "units", path)
    assert [(r.key, r.action) for r in result.rows] == [
        ("1-1-101", "add"), ("1-2-101", "add"), ("1-2-102", "add"), ("1-2-103", "add"), ("", "refuse")]
    assert result.rows[0].notes == ["没有单元列：101 记为 1-1-101"]
    assert _refusal(result.rows[4]) == "房号|房号“3-2-104”与楼栋 1 不一致"
    assert "楼栋" not in "".join(result.ignored_columns)
    good = files.xlsx(tmp_path / "good.xlsx", ["楼栋", "房号", "面积"], [["1栋", "101", 80]])
    assert runner.run(office.admin, "units", good).applied
    people = files.xlsx(tmp_path / "people.xlsx", ["楼栋", "房间号", "姓名", "手机"], [["1栋", "101", "张三", 13800138000]])
    assert runner.run(office.admin, "occupants", people).applied
    assert Person.get(Person.name == "张三").phone == "13800138000"


def test_a_row_of_units_under_the_header_is_skipped_and_named_and_only_right_under_it(office, tmp_path):
    path = files.xlsx(tmp_path / "units.xlsx", ["房号", "面积", "交房日期"],
                      [[None, "（㎡）", "yyyy-mm-dd"], ["3-2-501", 80, None], [None, "(㎡)", None]])
    result = runner.plan(office.admin, "units", path)
    assert [(r.line, r.action) for r in result.rows] == [(2, "skip"), (3, "add"), (4, "refuse")]
    assert result.rows[0].detail == "表头下的单位行（如 ㎡、元），已跳过"
