"""记账凭证: a closed day's voucher balances, each account's total ties back to the day report's
lines (over random days too), the file opened with openpyxl says the same, a day is exported
once (again only on purpose, audited), and a reopened day's voucher is reversed as it was written."""
import json
import tempfile
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from counter_app.core import vouchers as rules
from counter_app.core.closeout import greedy_count
from counter_app.core.discounts import NAME as DISCOUNT_NAME, PERCENT
from counter_app.core.errors import CounterError, NotFound, PermissionDenied
from counter_app.core.offers import NAME as OFFER_NAME
from counter_app.core.tables import TOTAL
from counter_app.core.tenders import METHODS, Tender
from counter_app.ledger import clock
from counter_app.services.admin import estate as est
from counter_app.services.closing import close as closeout, shifts, tables
from counter_app.services.counter import corrections, payments
from counter_app.services.finance import vouchers
from counter_app.store import db as dbmod
from counter_app.store.models import AuditLog, Unit
from tests.factories import at, bill_months, build_small_estate, open_with_admin
from tests.services.test_payments import due_ids

DAY = date(2026, 1, 10)
NAMES = {name: method for method, name in METHODS.items()}


def close_all(estate, day: date, hour: int = 18) -> None:
    """Every open shift counted as expected, then the day closed."""
    with clock.frozen(at(day.year, day.month, day.day, hour)):
        for actor in (estate.cashier, estate.manager):
            current = shifts.current_shift(actor)
            if current is not None:
                counts, rest = greedy_count(shifts.expected_cash(current.id))
                closeout.close_shift(actor, counts, "分币" if rest else "")
        closeout.close_day(estate.manager, day)


def start_day(estate, day: date) -> None:
    with clock.frozen(at(day.year, day.month, day.day, 8)):
        for actor in (estate.cashier, estate.manager):
            if shifts.current_shift(actor) is not None:
                closeout.close_shift(actor, {})
        shifts.open_shift(estate.cashier, 50000)


@pytest.fixture
def closed_day(estate):
    """Bills paid by WeChat and cash with a late fee, a deposit, a prepayment by Alipay, a voided
    receipt, a waiver, 抹零 to the 角, and the deposit refunded in cash in a second shift."""
    bill_months(estate, "2025-12", "2026-01")
    est.update_settings(estate.admin, cash_rounding="jiao-down")
    start_day(estate, DAY)
    with clock.frozen(at(2026, 1, 10, 9)):
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("wechat", 20000, "WX-A"), Tender("cash", 100_000)]))
        b = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-502", adhoc=[("ZXYJ", None, "装修")], tenders=[Tender("cash", 200000)]))
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-102", topup_fen=30000, tenders=[Tender("alipay", 30000, "ALI-C")]))
        d = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-101", all_due=True, tenders=[Tender("cash", 1_000_000)]))
        corrections.void_receipt(estate.cashier, d.number, "录错", estate.manager)
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-101", all_due=True, waive_charge_ids=due_ids(estate.units["101"])[:1], waiver_reason="困难户",
            tenders=[Tender("cash", 1_000_000)]))
    with clock.frozen(at(2026, 1, 10, 12)):
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(estate.cashier).id))
        closeout.close_shift(estate.cashier, counts, "分币" if rest else "")
        shifts.open_shift(estate.cashier, 300000)
        corrections.refund(estate.cashier, b.number, None, "cash", "装修完毕退押金", estate.manager)
    close_all(estate, DAY)
    return estate


def expected_by_account(report, accounts: dict[str, rules.Account]) -> dict[str, int]:
    """Each account's net (debit − credit) read off the day report's own lines, not its figures:
    按付款方式 is debited, 按收费项目 and what is no item's principal credited, the refunds' lines
    debited to 退款 and 押金 and credited to their tender."""
    by = {s.title: s for s in tables.day_sections(report)}
    summary = {row[0]: row[1] for row in by["概要"].rows}
    totals: dict[str, int] = defaultdict(int)

    def book(key: str, debit: int) -> None:
        totals[accounts[key].code] += debit

    for name, amount in by["按付款方式"].rows[:-1]:
        book(rules.TENDER + NAMES[name], int(amount))
    beyond = {"滞纳金": rules.LATE_FEE, "减免": rules.WAIVER, "预存（含多付转预存）": rules.PREPAID, "抹零": rules.ROUNDING,
              DISCOUNT_NAME: rules.DISCOUNT, OFFER_NAME: rules.OFFER}
    for name, amount in by["按收费项目"].rows[:-1]:
        book(beyond.get(name) or rules.ITEM + ITEM_CODES[name], -int(amount))
    refunds = [r for r in by["退款"].rows if r[0] != TOTAL]
    for _n, _o, amount, method, *_ in refunds:
        book(rules.TENDER + NAMES[method], -int(amount))
    book(rules.DEPOSIT, int(summary["押金退还"]))
    book(rules.REFUND, int(summary["退款支出"]) - int(summary["押金退还"]))
    return {code: amount for code, amount in totals.items() if amount}


ITEM_CODES = {"物业服务费": "WYF", "车位管理费": "TCF", "水费": "SF", "公摊电费": "GTDF", "垃圾清运费": "LJF",
              "装修押金": "ZXYJ", "门禁卡工本费": "MJK"}


def accounts_of(actor) -> dict[str, rules.Account]:
    return {r.key: rules.Account(r.code, r.name) for r in vouchers.accounts(actor)}


def read_xlsx(path: Path) -> list[dict]:
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def file_totals(lines: list[dict], code: str = "科目代码") -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for line in lines:
        totals[str(line[code])] += int((Decimal(str(line["借方金额"])) - Decimal(str(line["贷方金额"]))) * 100)
    return {c: a for c, a in totals.items() if a}


def test_the_day_voucher_balances_and_ties_to_the_day_report(closed_day, tmp_path):
    estate = closed_day
    report = closeout.day_report(estate.manager, DAY)
    f = report.figures
    assert f.deposits_refunded_fen == 200000 and f.rounding_fen < 0 and f.late_fees_fen > 0 and f.prepayments_fen == 30000
    voucher = vouchers.preview(estate.manager, DAY)
    assert voucher.debit_fen == voucher.credit_fen > 0
    accounts = accounts_of(estate.manager)
    assert rules.account_totals(voucher) == expected_by_account(report, accounts)
    # hand-worked: cash in (after 抹零) less the deposit paid back; the deposit in and out of 2241
    totals = rules.account_totals(voucher)
    assert totals["1001"] == f.by_tender["cash"] - 200000
    assert totals["2203"] == -30000 and "2241" not in totals
    assert totals["5603"] == -f.rounding_fen and totals["5301"] == -f.late_fees_fen
    written = vouchers.export(estate.manager, "kingdee", tmp_path / "day.xlsx", day=DAY)
    lines = read_xlsx(written.path)
    assert [c for c in lines[0]] == ["日期", "会计年度", "会计期间", "凭证字", "凭证号", "附单据数", "分录序号", "摘要",
                                     "科目代码", "科目名称", "币别", "汇率", "借方金额", "贷方金额", "制单人"]
    assert sum(int(Decimal(str(x["借方金额"])) * 100) for x in lines) \
        == sum(int(Decimal(str(x["贷方金额"])) * 100) for x in lines) == voucher.debit_fen
    assert file_totals(lines) == expected_by_account(report, accounts)
    assert {x["凭证号"] for x in lines} == {1} and {x["凭证字"] for x in lines} == {"记"}
    assert {x["制单人"] for x in lines} == {"李强"} and lines[0]["日期"].date() == DAY
    assert lines[0]["附单据数"] == 4 + 1        # four valid receipts and the refund


def test_a_day_is_exported_once_and_again_only_on_purpose(closed_day, tmp_path):
    estate = closed_day
    vouchers.export(estate.manager, "yonyou", tmp_path / "a.xlsx", day=DAY)
    with pytest.raises(CounterError, match="已于 .* 由 李强 导出到 a.xlsx"):
        vouchers.export(estate.manager, "yonyou", tmp_path / "b.xlsx", day=DAY)
    assert not (tmp_path / "b.xlsx").exists()
    with pytest.raises(CounterError, match="没有可导出"):
        vouchers.export(estate.manager, "csv", tmp_path / "m.csv", month="2026-01")
    again = vouchers.export(estate.manager, "csv", tmp_path / "b.csv", day=DAY, again=True)
    assert again.written == ((DAY, False, vouchers.preview(estate.manager, DAY).debit_fen),)
    text = (tmp_path / "b.csv").read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "日期,凭证字,凭证号,附单据数,摘要,科目代码,科目名称,借方金额,贷方金额,制单人"
    assert text[1].startswith("2026-01-10,记,1,")
    exports = [json.loads(a.after) for a in AuditLog.select().where(AuditLog.action == "voucher.export")]
    assert [(e["file"], e["again"]) for e in exports] == [("a.xlsx", False), ("b.csv", True)]
    (status,) = vouchers.status(estate.manager, month="2026-01")
    assert status.closed and status.file_name == "b.csv" and status.exported_by == "李强" and not status.flagged
    with pytest.raises(PermissionDenied):
        vouchers.export(estate.cashier, "csv", tmp_path / "c.csv", day=DAY)


def test_a_reopened_days_voucher_is_flagged_and_reversed_as_exported(closed_day, tmp_path):
    estate = closed_day
    first = vouchers.export(estate.manager, "kingdee", tmp_path / "first.xlsx", day=DAY)
    with clock.frozen(at(2026, 1, 11, 9)):
        closeout.reopen_day(estate.admin, DAY, "补录一笔转账")
    (status,) = vouchers.status(estate.manager, day=DAY)
    assert status.flagged and not status.closed
    # the day open again: its exported voucher is reversed alone, then no longer flagged
    reversed_ = vouchers.export(estate.manager, "kingdee", tmp_path / "red.xlsx", day=DAY)
    assert reversed_.written == ((DAY, True, -first.written[0][2]),)
    red = read_xlsx(tmp_path / "red.xlsx")
    assert all(x["摘要"].startswith("冲销 ") for x in red)
    assert file_totals(red) == {c: -a for c, a in file_totals(read_xlsx(tmp_path / "first.xlsx")).items()}
    assert not vouchers.status(estate.manager, day=DAY)[0].flagged
    close_all(estate, DAY, hour=11)
    again = vouchers.export(estate.manager, "kingdee", tmp_path / "second.xlsx", day=DAY)
    assert [w[1] for w in again.written] == [False]


def test_reopened_after_export_and_closed_again_writes_red_then_new(closed_day, tmp_path):
    estate = closed_day
    first = vouchers.export(estate.manager, "csv", tmp_path / "first.csv", day=DAY)
    with clock.frozen(at(2026, 1, 11, 9)):
        closeout.reopen_day(estate.admin, DAY, "补录")
    close_all(estate, DAY, hour=10)
    both = vouchers.export(estate.manager, "csv", tmp_path / "both.csv", month="2026-01", first_number=7)
    assert both.written == ((DAY, True, -first.written[0][2]), (DAY, False, first.written[0][2]))
    numbers = [line.split(",")[2] for line in (tmp_path / "both.csv").read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert set(numbers) == {"7", "8"}
    assert not vouchers.status(estate.manager, day=DAY)[0].flagged


def test_accounts_are_set_per_estate_and_audited(closed_day, tmp_path):
    estate = closed_day
    rows = {r.key: r for r in vouchers.accounts(estate.manager)}
    assert (rows["tender:cash"].code, rows["tender:wechat"].code, rows["item:ZXYJ"].code, rows["item:WYF"].code,
            rows["prepaid"].code, rows["late_fee"].code) == ("1001", "1012", "2241", "5001", "2203", "5301")
    vouchers.set_account(estate.manager, "item:WYF", "5001.01", "主营业务收入—物业服务费")
    with pytest.raises(CounterError, match="科目代码"):
        vouchers.set_account(estate.manager, "item:WYF", "abc", "x")
    with pytest.raises(NotFound):
        vouchers.set_account(estate.manager, "item:NOPE", "5001", "x")
    row = {r.key: r for r in vouchers.accounts(estate.manager)}["item:WYF"]
    assert (row.code, row.own) == ("5001.01", True)
    change = AuditLog.select().where(AuditLog.action == "voucher.account").get()
    assert json.loads(change.before)["code"] == "5001" and json.loads(change.after)["code"] == "5001.01"
    assert "5001.01" in rules.account_totals(vouchers.preview(estate.manager, DAY))


def test_a_day_not_closed_has_no_voucher(estate, tmp_path):
    with pytest.raises(CounterError, match="还没有日结"):
        vouchers.export(estate.manager, "csv", tmp_path / "x.csv", day=DAY)
    with pytest.raises(CounterError, match="未知的凭证格式"):
        vouchers.export(estate.manager, "sap", tmp_path / "x.csv", day=DAY)


def test_an_offices_own_layout_renames_and_reorders(closed_day, tmp_path, monkeypatch):
    from counter_app import paths
    own = tmp_path / "own"
    own.mkdir()
    (own / "csv.toml").write_text('word = "收"\ncolumns = [{ header = "贷", field = "credit" }, '
                                  '{ header = "借", field = "debit" }, { header = "科目", field = "account_code" }, '
                                  '{ header = "账套", value = "001" }]\n', encoding="utf-8")
    monkeypatch.setattr(paths, "user_voucher_layouts_dir", lambda: own)
    vouchers.export(closed_day.manager, "csv", tmp_path / "own.csv", day=DAY)
    lines = (tmp_path / "own.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "贷,借,科目,账套" and lines[1].endswith(",001")


KINDS = ["cash", "wechat", "card", "prepaid_use", "topup", "deposit", "void", "waive"]
ops = st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from(["3-2-501", "3-2-502", "3-1-101", "3-1-102"]),
                         st.integers(1, 90_000)), min_size=1, max_size=10)


@settings(max_examples=16, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops, refunds=st.lists(st.integers(0, 99), max_size=3), rule=st.sampled_from(["off", "jiao-down",
                                                                                          "yuan-half-up"]))
# A day holding every kind of line (rounding, a late fee waived, a prepayment and its use, a
# deposit taken and paid back), run every time beside the random ones.
@example(ops=[("deposit", "3-2-502", 150000), ("cash", "3-2-501", 1), ("waive", "3-1-101", 1),
              ("topup", "3-1-102", 5000), ("prepaid_use", "3-1-102", 100), ("wechat", "3-2-501", 300)],
         refunds=[0], rule="jiao-down")
def test_every_account_ties_to_the_day_report_over_random_days(ops, refunds, rule):
    with tempfile.TemporaryDirectory() as tmp:
        estate = bill_months(build_small_estate(open_with_admin(Path(tmp) / "ledger.sqlite3")), "2025-12", "2026-01")
        try:
            est.update_settings(estate.admin, cash_rounding=rule)
            _random_day(estate, ops, refunds)
            close_all(estate, DAY)
            report = closeout.day_report(estate.manager, DAY)
            voucher = vouchers.preview(estate.manager, DAY)
            assert voucher.debit_fen == voucher.credit_fen
            expected = expected_by_account(report, accounts_of(estate.manager))
            assert rules.account_totals(voucher) == expected
            written = vouchers.export(estate.manager, "kingdee", Path(tmp) / "v.xlsx", day=DAY)
            assert written.written[0][2] == voucher.debit_fen
            assert file_totals(read_xlsx(written.path)) == expected
        finally:
            dbmod.close()


def _random_day(estate, ops, refunds):
    start_day(estate, DAY)
    taken, deposits = [], set()
    with clock.frozen(at(2026, 1, 10, 9)):
        for kind, unit, amount in ops:
            try:
                if kind in ("cash", "wechat", "card", "waive"):
                    tender = Tender(kind if kind != "waive" else "cash", 10_000_000 if kind in ("cash", "waive") else amount,
                                    "" if kind in ("cash", "waive") else "REF")
                    owed = due_ids(Unit.get(Unit.code == unit))[:1] if kind == "waive" else []
                    r = payments.take_payment(estate.cashier, payments.PaymentRequest(
                        unit_code=unit, amount_fen=None if kind in ("cash", "waive") else amount,
                        all_due=kind in ("cash", "waive"), waive_charge_ids=owed, waiver_reason="困难" if owed else "",
                        overpay_to_prepaid=kind != "cash", tenders=[tender]))
                elif kind == "topup":
                    r = payments.take_payment(estate.cashier, payments.PaymentRequest(
                        unit_code=unit, topup_fen=amount, tenders=[Tender("alipay", amount, "ALI")]))
                elif kind == "prepaid_use":
                    r = payments.take_payment(estate.cashier, payments.PaymentRequest(
                        unit_code=unit, amount_fen=min(amount, 100), tenders=[Tender("prepaid", min(amount, 100))]))
                elif kind == "deposit":
                    r = payments.take_payment(estate.cashier, payments.PaymentRequest(
                        unit_code=unit, adhoc=[("ZXYJ", amount, "装修")], tenders=[Tender("cash", amount)]))
                    deposits.add(r.number)
                elif kind == "void" and taken:
                    corrections.void_receipt(estate.cashier, taken.pop(amount % len(taken)), "录错", estate.manager)
                    continue
                else:
                    continue
                taken.append(r.number)
            except CounterError:
                pass               # nothing owed, not enough prepaid …: the day goes on without it
    if refunds and taken:
        with clock.frozen(at(2026, 1, 10, 12)):
            counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(estate.cashier).id))
            closeout.close_shift(estate.cashier, counts, "分币" if rest else "")
            shifts.open_shift(estate.cashier, 100_000_00)
            for amount in refunds:
                # an even draw refunds a deposit when there is one: deposits paid back are the
                # line a random pick of receipts reaches least
                pool = [n for n in taken if n in deposits] if amount % 2 == 0 else []
                pool = pool or taken
                if not pool:
                    break
                number = pool[amount % len(pool)]
                taken.remove(number)
                try:
                    corrections.refund(estate.cashier, number, None, "cash", "退", estate.manager)
                except CounterError:
                    pass


def test_a_day_with_a_discount_books_it_against_income_and_still_balances(estate):
    """8折 on three months paid ahead (481.14, 96.23 off, 384.91 in cash): the voucher debits cash
    384.91 and 折扣/减免 96.23, credits 物业服务费 481.14, and ties to the day report."""
    from counter_app.services.admin import discounts
    start_day(estate, DAY)
    with clock.frozen(at(2026, 1, 10, 9)):
        discounts.add_policy(estate.admin, "困难户八折", PERCENT, 2000, ["WYF"], date(2026, 1, 1))
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", advance=[("WYF", 3)], tenders=[Tender("cash", 40000)],
            discount_policy="困难户八折", discount_reason="低保户", discount_authoriser=estate.manager))
    close_all(estate, DAY)
    report = closeout.day_report(estate.manager, DAY)
    assert report.figures.discount_fen == 9623
    voucher = vouchers.preview(estate.manager, DAY)
    totals = rules.account_totals(voucher)
    assert voucher.debit_fen == voucher.credit_fen == 48114
    assert totals["1001"] == 38491 and totals["5001"] == 9623 - 48114
    assert [(x.account.name, x.debit_fen) for x in voucher.lines if x.key == rules.DISCOUNT] == [("主营业务收入—折扣减免", 9623)]
    assert totals == expected_by_account(report, accounts_of(estate.manager))


def test_a_day_with_an_offer_books_the_free_month_against_income_and_still_balances(estate):
    """交一年送一月 on twelve months paid ahead at 160.38: thirteen months' principal, 2084.94, is
    credited to 物业服务费; cash 1924.56 and 赠送 160.38 (主营业务收入—赠送) are debited."""
    from counter_app.services.offers import rules as offer_rules
    start_day(estate, DAY)
    with clock.frozen(at(2026, 1, 10, 9)):
        offer_rules.add_offer(estate.admin, "WYF", "交一年送一月", 12, 1, date(2026, 1, 1))
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", advance=[("WYF", 12)], tenders=[Tender("cash", 192456)]))
    close_all(estate, DAY)
    report = closeout.day_report(estate.manager, DAY)
    assert report.figures.offer_fen == 16038 and report.figures.received_fen == 192456
    voucher = vouchers.preview(estate.manager, DAY)
    totals = rules.account_totals(voucher)
    assert voucher.debit_fen == voucher.credit_fen == 208494
    assert totals["1001"] == 192456 and totals["5001"] == 16038 - 208494
    assert [(x.account.name, x.debit_fen) for x in voucher.lines if x.key == rules.OFFER] == [("主营业务收入—赠送", 16038)]
    assert totals == expected_by_account(report, accounts_of(estate.manager))
