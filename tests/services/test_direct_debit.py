"""银行代扣 end to end on the services: authorisations (masked, ended not deleted), a batch of what
the authorised units owe for their items, and the bank's return file read back: successes posted
once each as 银行代扣 receipts in one transaction, failures into the reminder log, a repeated line
and a second reading post nothing, a tampered amount is refused. Figures worked by hand from the
small estate's January bills: 3-1-101 物业费 192.00 + 垃圾费 30.00; 3-1-102 物业费 120.58 (its
authorisation names 物业费 only); 3-2-501 物业费 160.38 + 车位费 300.00 + 垃圾费 30.00."""
from datetime import date

import pytest

from counter_app.core import debit as rules
from counter_app.core.errors import Conflict, CounterError, Invalid, Refused
from counter_app.ledger import clock, verify
from counter_app.services.debit import auths, batches, returns
from counter_app.store.models import Charge, Payment, Reminder, TenderRow, Unit
from tests.factories import at, bill_months

HEADER = "参考号,账号,户名,金额,结果,原因\n"


@pytest.fixture
def authorised(estate):
    bill_months(estate, "2026-01", "2026-02")
    m = estate.manager
    with clock.frozen(at(2026, 1, 5)):
        auths.add(m, "3-1-101", "工商银行", "6222 0212 3456 1011", "赵六", date(2026, 1, 1))
        auths.add(m, "3-1-102", "建设银行", "6217001234561022", "孙七", date(2026, 1, 1), items=["wyf"])
        auths.add(m, "3-2-501", "工商银行", "6222021234565011", "张三", date(2026, 1, 1))
    return estate


def _return(batch: str, *lines: tuple[int, str, str, str]) -> bytes:
    return (HEADER + "".join(f"{batch}-{n:04d},,,{amount},{result},{why}\n" for n, amount, result, why in lines)
            ).encode("utf-8")


def test_authorisations_masked_ended_not_deleted(authorised):
    m = authorised.manager
    listed = auths.listed(m)
    assert [(a.unit, a.account, a.items) for a in listed] == [
        ("3-1-101", "6222****1011", ()), ("3-1-102", "6217****1022", ("WYF",)), ("3-2-501", "6222****5011", ())]
    with clock.frozen(at(2026, 1, 6)), pytest.raises(Conflict, match="已有生效"):
        auths.add(m, "3-1-101", "农业银行", "6228480000000001", "赵六", date(2026, 2, 1))
    with pytest.raises(Invalid, match="12 到 30 位"):
        auths.add(m, "3-2-502", "农业银行", "6228-48", "王五", date(2026, 2, 1))
    with pytest.raises(CounterError):
        auths.add(authorised.cashier, "3-2-502", "农业银行", "6228480000000002", "王五", date(2026, 2, 1))
    with clock.frozen(at(2026, 1, 7)):
        ended = auths.end(m, listed[0].id, "业主改为柜台缴费")
        with pytest.raises(Conflict, match="已于"):
            auths.end(m, listed[0].id, "again")
    assert ended.ended_on == date(2026, 1, 7) and ended.end_reason == "业主改为柜台缴费"
    assert len(auths.listed(m)) == 3 and [a.unit for a in auths.listed(m, current_only=True)] == ["3-1-102", "3-2-501"]
    assert verify.verify_all().ok


def test_round_trip_with_successes_failures_and_a_repeated_line(authorised):
    m = authorised.manager
    with clock.frozen(at(2026, 1, 20)):
        made = batches.make(m, date(2026, 1, 31))
    assert (made.number, made.lines, made.total_fen) == ("PL2026-0001", 3, 19200 + 3000 + 12058 + 16038 + 30000 + 3000)
    text = made.data.decode("utf-8-sig").splitlines()
    assert text[0] == "参考号,账号,户名,金额,房号,开户行,批次号,截止日期"
    assert text[1] == "PL2026-0001-0001,6222021234561011,赵六,222.00,3-1-101,工商银行,PL2026-0001,2026-01-31"
    assert text[2].startswith("PL2026-0001-0002,6217001234561022,孙七,120.58,3-1-102")
    assert text[3].split(",")[3] == "490.38"
    with clock.frozen(at(2026, 1, 20)), pytest.raises(Refused, match="没有要代扣"):
        batches.make(m, date(2026, 1, 31))          # the same charges are not asked for twice
    back = _return("PL2026-0001", (1, "222.00", "成功", ""), (2, "120.58", "失败", "余额不足"),
                   (3, "490.38", "成功", ""), (3, "490.38", "成功", ""))
    with clock.frozen(at(2026, 1, 25, 9)):
        result = returns.read(m, back)
    assert [(ln.reference[-4:], ln.outcome) for ln in result.lines] == [
        ("0001", "posted"), ("0002", "failed"), ("0003", "posted"), ("0003", "repeated")]
    assert result.posted_fen == 22200 + 49038
    debits = list(Payment.select().where(Payment.kind == "debit").order_by(Payment.seq))
    assert [(p.number, p.unit.code, p.total_fen, p.request_id, p.shift_id) for p in debits] == [
        ("DK2026-000001", "3-1-101", 22200, "PL2026-0001-0001", None),
        ("DK2026-000002", "3-2-501", 49038, "PL2026-0001-0003", None)]
    assert [(t.method, t.amount_fen, t.reference) for t in TenderRow.select().where(TenderRow.payment == debits[1].id)] \
        == [("debit", 49038, "PL2026-0001-0003")]
    unit_501 = Unit.get(Unit.code == "3-2-501")
    jan = list(Charge.select().where((Charge.unit == unit_501) & (Charge.period_start == date(2026, 1, 1))))
    assert all(c.paid_fen == c.amount_fen for c in jan) and unit_501.prepaid_fen == 0
    follow = list(Reminder.select())
    assert [(r.unit.code, r.channel, r.owed_fen, r.follow_up_on) for r in follow] == [
        ("3-1-102", "debit", 12058, date(2026, 1, 25))]
    assert "余额不足" in follow[0].note and "PL2026-0001-0002" in follow[0].note
    report = batches.report(m, "PL2026-0001")
    assert (report.total, report.succeeded, report.failed, report.waiting) == ((3, 83296), (2, 71238), (1, 12058), (0, 0))
    assert [ln.receipt for ln in report.lines] == ["DK2026-000001", "", "DK2026-000002"]
    assert [ln.account for ln in report.lines][1] == "6217****1022"
    assert verify.verify_all().ok
    # The same file read again posts nothing and says so.
    with clock.frozen(at(2026, 1, 26, 9)):
        again = returns.read(m, back)
    assert [ln.outcome for ln in again.lines] == ["already", "already", "already", "repeated"]
    assert again.posted_fen == 0 and again.lines[0].detail == "DK2026-000001"
    assert Payment.select().where(Payment.kind == "debit").count() == 2 and Reminder.select().count() == 1


def test_a_tampered_amount_is_refused_and_the_failed_charge_asked_again(authorised):
    m = authorised.manager
    with clock.frozen(at(2026, 1, 20)):
        batches.make(m, date(2026, 1, 31))
        returns.read(m, _return("PL2026-0001", (1, "222.00", "成功", ""), (2, "120.58", "失败", "账户冻结"),
                                (3, "490.38", "成功", "")))
    with clock.frozen(at(2026, 2, 10)):
        feb = batches.make(m, date(2026, 3, 31))
    # 3-1-102's failed January 物业费 is asked for again with February's; 3-1-101 and 3-2-501 February only.
    assert (feb.number, feb.total_fen) == ("PL2026-0002", 19200 + 2 * 12058 + 16038 + 30000)
    with clock.frozen(at(2026, 2, 15)):
        result = returns.read(m, _return("PL2026-0002", (1, "192.00", "成功", ""), (2, "241.16", "成功", ""),
                                         (3, "460.39", "成功", ""), (9, "1.00", "成功", "")))
    assert [ln.outcome for ln in result.lines] == ["posted", "posted", "refused", "refused"]
    assert "金额与批次不符" in result.lines[2].detail
    unit_501 = Unit.get(Unit.code == "3-2-501")
    assert Payment.select().where((Payment.unit == unit_501) & (Payment.kind == "debit")).count() == 1   # January's
    assert batches.report(m, "PL2026-0002").waiting == (1, 46038)
    with clock.frozen(at(2026, 2, 16)):   # the bank's corrected file posts it
        fixed = returns.read(m, _return("PL2026-0002", (3, "460.38", "成功", "")))
    assert [ln.outcome for ln in fixed.lines] == ["posted"] and fixed.posted_fen == 46038
    assert verify.verify_all().ok


def test_a_charge_paid_at_the_counter_meanwhile_leaves_the_money_on_account(authorised):
    from counter_app.core.tenders import Tender
    from counter_app.services.counter import payments
    m = authorised.manager
    with clock.frozen(at(2026, 1, 20)):
        batches.make(m, date(2026, 1, 31))
        payments.take_payment(authorised.cashier, payments.PaymentRequest(
            unit_code="3-1-101", amount_fen=22200, tenders=[Tender("cash", 22200)]))
        result = returns.read(m, _return("PL2026-0001", (1, "222.00", "成功", "")))
    assert result.lines[0].outcome == "posted"
    doc = Payment.get(Payment.number == result.lines[0].detail)
    assert (doc.lines_fen, doc.topup_fen, doc.prepaid_after_fen) == (0, 22200, 22200)


def test_a_layout_from_the_office(authorised, tmp_path, monkeypatch):
    """The shipped bank.toml: GBK, amounts in 分, no header; its return file read in it."""
    m = authorised.manager
    with clock.frozen(at(2026, 1, 20)):
        made = batches.make(m, date(2026, 1, 31), "bank")
    lines = made.data.decode("gbk").splitlines()
    assert lines[0] == "PL2026-0001-0001,6222021234561011,赵六,22200,3-1-101"
    back = "PL2026-0001-0002,6217001234561022,孙七,12058,0000,\r\nPL2026-0001-0001,x,赵六,22200,3008,余额不足\r\n"
    with clock.frozen(at(2026, 1, 21)):
        result = returns.read(m, back.encode("gbk"))
    assert [(ln.reference[-1], ln.outcome) for ln in result.lines] == [("2", "posted"), ("1", "failed")]
    assert result.lines[1].detail == "余额不足"
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path))
    (tmp_path / "debit").mkdir()
    (tmp_path / "debit" / "broken.toml").write_text('encoding = "latin-1"\n', encoding="utf-8")
    with pytest.raises(Invalid, match="broken"):
        batches.make(m, date(2026, 1, 31), "bank")


def test_masking_and_layout_rules():
    assert rules.mask_account("6222021234561234") == "6222****1234"
    assert rules.mask_account("12345678") == "****5678"
    with pytest.raises(Invalid):
        rules.layout_from("x", {"return": {"fields": ["reference", "amount"]}, "batch": {"fields": ["reference"]}})
    assert rules.parse_amount("12058", "fen") == 12058 and rules.parse_amount("120.58", "yuan") == 12058
