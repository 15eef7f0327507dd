"""An office's tables in and out: every kind imports in one transaction with one audit row, a
re-import changes nothing, a dry run writes nothing, and export → import → export is the same."""
from datetime import date, timedelta

import pytest

from counter_app.core.errors import PermissionDenied
from counter_app.services.common.session import open_database
from counter_app.services.counter import ledger as ledger_view
from counter_app.ledger import verify
from counter_app.services.imports import runner, workbooks
from counter_app.services.imports.kinds import KINDS
from counter_app.store import db as dbmod
from counter_app.store.models import AuditLog, Charge, MeterReading, Unit
from tests.factories import make_user, open_with_admin
from tests.outside import fingerprint

from . import files
from .conftest import items_only

FILES = {
    "units": (["楼栋", "单元", "房号", "建筑面积", "房屋类型", "状态", "交房日期"],
              [["1", 1, "101", "88.5㎡", "住宅", "已入住", "2020/6/30"],
               ["1", 1, "102", 120, "商铺", "空置", date(2020, 6, 30)],
               ["2号楼", 3, "1201", "1,088.25", None, None, "2021年3月5日"]]),
    "occupants": (["房号", "姓名", "身份", "手机", "证件号码", "入住日期"],
                  [["1-1-101", "张三", "业主", "138 0013 8000", "11010519491231002X", "2020-07-01"],
                   ["1-1-101", "李四", "租户", "+86 139-0000-1111", None, None],
                   ["1-1-102", "张三", "业主", 13800138000, None, 44000],
                   ["2-3-1201", "王五", None, "0571-86001234", "E12345678", None]]),
    "parking": (["车位编号", "房号", "车牌"],
                [["B1-001", "1-1-101", "浙A·12345、浙A D12345"], ["B1-002", None, None]]),
    "readings": (["表号", "抄表日期", "本期读数", "房号", "收费项目", "换表", "旧表止码", "新表起始读数"],
                 [["S-101", "2026-10-25", 100, "1-1-101", "SF", None, None, None],
                  ["S-101", "2026-11-25", "112.5", None, None, None, None, None],
                  ["S-102", "2026-10-25", 50, "1-1-102", "水费", None, None, None],
                  ["S-102", "2026-11-25", 3, None, None, "是", "62", 0]]),
    "arrears": (["房号", "收费项目", "所属期间", "欠费金额", "应缴日期", "说明"],
                [["1-1-101", "WYF", "2026-09", 141.6, "2026-09-30", None],
                 ["2-3-1201", "物业服务费", "2026-01~2026-06", "10,447.20", None, "原系统结转"]]),
    "prepaid": (["房号", "预存余额"], [["1-1-102", "500"], ["2-3-1201", "¥1,200.50"]]),
    "deposits": (["房号", "押金项目", "押金金额", "收取日期", "原收据号", "说明"],
                 [["1-1-101", "ZXYJ", 2000, "2024-05-10", "0012345", None]]),
}


def _write_all(folder):
    folder.mkdir(exist_ok=True)
    return {kind: files.xlsx(folder / f"{kind}.xlsx", header, rows) for kind, (header, rows) in FILES.items()}


def test_each_kind_imports_all_rows_with_one_audit_row_and_a_reimport_changes_nothing(office, db_path, tmp_path):
    admin = office.admin
    paths = _write_all(tmp_path / "in")
    for kind, path in paths.items():
        before = AuditLog.select().count()
        result = runner.run(admin, kind, path)
        assert result.ok and result.applied, (kind, result.problems)
        assert result.count("add") == len(FILES[kind][1]), kind
        rows = list(AuditLog.select().where(AuditLog.id > 0).order_by(AuditLog.id))[before:]
        # one record of the import, besides the units' sealed billing facts (a unit's seal is its own row)
        rows = [r for r in rows if not (kind == "units" and r.action == "state.seal" and r.entity == "unit")]
        assert [r.action for r in rows] == [f"import.{kind}"]
        assert result.sha256 in rows[0].after and path.name in rows[0].after
    u = {c: i for c, i in Unit.select(Unit.code, Unit.id).tuples()}
    assert Unit.get(Unit.code == "2-3-1201").area_centi == 108825
    assert Unit.get(Unit.code == "2-3-1201").floor == 12
    assert ledger_view.deposits_held(u["1-1-101"]) == 200000
    assert Unit.get(Unit.code == "2-3-1201").prepaid_fen == 120050
    opening = Charge.get(Charge.unit == u["2-3-1201"])
    assert (opening.months, opening.amount_fen, opening.origin) == (6, 1044720, "opening")
    old_part, swap = MeterReading.select().order_by(MeterReading.id.desc()).limit(2)[::-1]
    assert (swap.prev_centi, swap.value_centi, swap.is_replacement) == (0, 300, True)
    assert (old_part.prev_centi, old_part.value_centi, old_part.is_replacement) == (5000, 6200, False)
    assert verify.verify_all().ok
    from counter_app.services.consultation import desk
    # up to tomorrow: the office's day (Asia/Shanghai) may already be this machine's tomorrow
    told = desk.account_statement(admin, "2-3-1201", date(2000, 1, 1), date.today() + timedelta(days=1))
    assert any("期初余额" in e[2] for e in told.entries) and any("期初欠费" in e[2] for e in told.entries)

    snapshot = fingerprint(db_path)
    for kind, path in paths.items():
        again = runner.run(admin, kind, path)
        assert again.ok and not again.applied and again.count("same") == len(FILES[kind][1]), kind
    assert fingerprint(db_path) == snapshot


def test_a_dry_run_writes_nothing_and_says_what_each_row_would_do(office, db_path, tmp_path):
    paths = _write_all(tmp_path / "in")
    runner.run(office.admin, "units", paths["units"])
    changed = files.xlsx(tmp_path / "changed.xlsx", FILES["units"][0],
                         [["1", 1, "101", "90", None, None, None], ["1", 1, "103", "70", None, None, None],
                          ["2", 3, "1201", "1088.25", None, None, None]])
    snapshot = fingerprint(db_path)
    result = runner.plan(office.admin, "units", changed)
    assert [(r.key, r.action) for r in result.rows] == [("1-1-101", "change"), ("1-1-103", "add"),
                                                          ("2-3-1201", "same")]
    assert "88.50→90.00" in result.rows[0].detail
    assert fingerprint(db_path) == snapshot


def test_export_then_import_then_export_is_the_same(office, engine, pg, tmp_path):
    paths = _write_all(tmp_path / "in")
    for kind, path in paths.items():
        assert runner.run(office.admin, kind, path).applied
    first = {kind: workbooks.export_table(office.admin, kind, tmp_path / f"first-{kind}.xlsx", "迁移")[0] for kind in KINDS}

    second_db = pg.new_database() if engine == "postgresql" else tmp_path / "second.sqlite3"
    dbmod.close()
    second = open_with_admin(second_db)
    items_only(second.admin)
    for kind in KINDS:                      # the order kinds build on each other
        result = runner.run(second.admin, kind, first[kind])
        assert result.ok, (kind, result.problems)
    for kind in KINDS:
        again = workbooks.export_table(second.admin, kind, tmp_path / f"second-{kind}.xlsx", "迁移")[0]
        assert files.data_sheet(again) == files.data_sheet(first[kind]), kind
        assert len(files.data_sheet(again)) == len(FILES[kind][1]) + 1, kind
    assert verify.verify_all().ok
    dbmod.close()
    open_database(office.path)


def test_csv_in_each_encoding_reads_the_same(office, tmp_path):
    header, rows = FILES["units"]
    plain = [[c.isoformat() if isinstance(c, date) else c for c in row] for row in rows]
    plain = [[str(c).replace(",", "") if c is not None else None for c in row] for row in plain]
    results = []
    for encoding in ("utf-8", "utf-8-sig", "gb18030"):
        path = files.csv(tmp_path / f"units-{encoding}.csv", header, plain, encoding=encoding)
        result = runner.plan(office.admin, "units", path)
        assert result.ok, (encoding, result.problems)
        results.append([(r.key, r.action) for r in result.rows])
    assert results[0] == results[1] == results[2] == [("1-1-101", "add"), ("1-1-102", "add"), ("2-3-1201", "add")]


def test_only_an_administrator_imports_and_exports(office, tmp_path):
    cashier = make_user("cashier", "cashier")
    manager = make_user("manager", "manager")
    path = _write_all(tmp_path / "in")["units"]
    for who in (cashier, manager):
        with pytest.raises(PermissionDenied):
            runner.plan(who, "units", path)
        with pytest.raises(PermissionDenied):
            workbooks.export_table(who, "units", tmp_path / "out.xlsx")


def test_templates_hold_the_header_the_import_reads_with_examples_and_notes(office, tmp_path):
    from openpyxl import load_workbook
    for name, kind in KINDS.items():
        path = workbooks.write_template(name, tmp_path / f"{name}.xlsx")
        wb = load_workbook(path, read_only=True)
        assert wb.sheetnames == ["数据", "示例", "说明"]
        header = [c for c in next(wb["数据"].iter_rows(values_only=True))]
        assert header == [c.header for c in kind.columns]
        examples = list(wb["示例"].iter_rows(values_only=True))
        assert len(examples) >= 3 and examples[0] == tuple(header)
        explained = list(wb["说明"].iter_rows(values_only=True))
        notes = [r[0] for r in explained]
        assert all(c.header in notes for c in kind.columns)
        rules = "".join(r[2] or "" for r in explained if r[0] == "读取规则")
        for words in ("每张表头相同的工作表都会读取", "隐藏的行", "合计", "3栋2单元501", "三栋", "不能晚于今天",
                      "证件号码必须一致", "小数位过多、负数、零", "文件自己的列名", "网页格式的 .xls（旧系统常这样导出，按网页里的表格读）", "Word 文档"):
            assert words in rules, (name, words)
        wb.close()
        # The template as it comes is an empty import: nothing refused, nothing to do.
        assert runner.plan(office.admin, name, path).counts == {"add": 0, "change": 0, "same": 0, "refuse": 0,
                                                                "skip": 0}


def test_every_state_a_ledger_holds_exports_and_imports_back_into_the_same_and_a_new_ledger(
        office, engine, pg, db_path, tmp_path):
    """An ended unit, a tenant who moved out, an owner who sold, a parking space given back and a
    replaced meter: each kind's export imports back as it is, into the same ledger (nothing to do)
    and into a new one (every row taken, and its export the same file)."""
    from counter_app.services.admin import browser
    from counter_app.services.admin.estate import record_reading
    from counter_app.store.models import Meter, Occupant, ParkingSpace
    admin = office.admin
    for kind, path in _write_all(tmp_path / "in").items():
        assert runner.run(admin, kind, path).applied, kind
    browser.end_unit(admin, "1-1-102", "并入 1-1-101")
    browser.move_out(admin, "1-1-101", "李四", date(2026, 11, 30))
    browser.change_owner(admin, "2-3-1201", "赵六", "13600136000", date(2026, 11, 1))
    browser.release_space(admin, "1-1-101", "B1-001")
    record_reading(admin, Meter.get(Meter.code == "S-101"), date(2026, 11, 28), "3", replacement_from="0.5",
                   old_final="113")
    assert Unit.get(Unit.code == "1-1-102").occupancy == "已停用"
    assert Occupant.select().where(Occupant.end_date.is_null(False)).count() == 2
    assert ParkingSpace.get(ParkingSpace.code == "B1-001").unit_id is None
    _pay_arrears(Unit.get(Unit.code == "1-1-101").building.estate_id)
    owed = _owed_by_unit()
    assert owed["2-3-1201"] < 1044720 and "1-1-101" not in owed     # one partly paid, one paid up

    first = {kind: workbooks.export_table(admin, kind, tmp_path / f"first-{kind}.xlsx", "迁移")[0] for kind in KINDS}
    people = files.data_sheet(first["occupants"])
    assert ("1-1-101", "李四", "住户", "13900001111", None, None, None, date(2026, 11, 30)) in \
        [tuple(c.date() if hasattr(c, "date") else c for c in r) for r in people]
    snapshot = fingerprint(db_path)
    for kind in KINDS:                      # into the same ledger: every row as it is
        again = runner.run(admin, kind, first[kind])
        assert again.ok and not again.applied and again.count("same") == len(files.data_sheet(first[kind])) - 1, \
            (kind, [(r.line, r.action, r.detail) for r in again.rows if r.action != "same"])
    assert fingerprint(db_path) == snapshot

    second_db = pg.new_database() if engine == "postgresql" else tmp_path / "second.sqlite3"
    dbmod.close()
    second = open_with_admin(second_db)
    items_only(second.admin)
    for kind in KINDS:
        result = runner.run(second.admin, kind, first[kind])
        assert result.ok, (kind, result.problems)
    for kind in KINDS:
        again = workbooks.export_table(second.admin, kind, tmp_path / f"second-{kind}.xlsx", "迁移")[0]
        assert files.data_sheet(again) == files.data_sheet(first[kind]), kind
    assert Unit.get(Unit.code == "1-1-102").occupancy == "已停用"
    assert _owed_by_unit() == owed          # a round trip creates no debt: what was paid stays paid
    assert verify.verify_all().ok
    dbmod.close()
    open_database(office.path)


def _pay_arrears(estate_id):
    """At the counter: 1-1-101's opening arrears paid up, 2-3-1201's in part."""
    from counter_app.core.tenders import Tender
    from counter_app.services.closing import shifts
    from counter_app.services.counter import payments
    from tests.factories import _staff
    cashier = _staff("cashier", "王芳", estate_id)
    shifts.open_shift(cashier, 0)
    payments.take_payment(cashier, payments.PaymentRequest(unit_code="1-1-101", all_due=True,
                                                           tenders=[Tender("cash", 20000)]))
    payments.take_payment(cashier, payments.PaymentRequest(unit_code="2-3-1201", amount_fen=100000,
                                                           tenders=[Tender("cash", 100000)]))


def _owed_by_unit():
    from counter_app.store.models import open_charges
    from peewee import fn
    return dict(Charge.select(Unit.code, fn.SUM(Charge.amount_fen - Charge.paid_fen))
                .join(Unit, on=(Charge.unit == Unit.id)).where(open_charges()).group_by(Unit.code).tuples())
