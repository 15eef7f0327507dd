"""Cash moved in and out of a shift's drawer: 零钱补充, 支出 (with a reason), 交款 to the safe, and a
reversal. Each is numbered gaplessly, audited, sealed and counted in the expected cash; cash leaving
the drawer needs a manager; a retry records once; the closed shift's figures never change; the
check catches an edit, a deletion or an insertion made in the file."""
import sqlite3
import subprocess
from datetime import date

import pytest

from counter_app.core import cashmoves as rules
from counter_app.core.errors import CounterError, Invalid, NotFound, PermissionDenied, Refused
from counter_app.core.tenders import Tender
from counter_app.services.closing import close as closeout, files, shifts, tables
from counter_app.ledger import clock
from counter_app.services.counter import cashmoves, payments, request_ids
from counter_app.ledger import verify
from counter_app.store import db as dbmod
from counter_app.store.models import AuditLog, CashMovement
from tests.factories import at

DAY = at(2026, 1, 10, 9)


@pytest.fixture
def shift(estate):
    """The cashier's shift of 2026-01-10 with a float of 500 元 and 300 元 cash taken."""
    with clock.frozen(DAY):
        for actor in (estate.cashier, estate.manager):
            closeout.close_shift(actor, {})
        shifts.open_shift(estate.cashier, 50_000)
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-102", topup_fen=30_000, tenders=[Tender("cash", 30_000)]))
    return estate


def test_paid_in_paid_out_and_drop_are_numbered_and_counted(shift):
    e = shift
    with clock.frozen(DAY):
        a = cashmoves.record(e.cashier, rules.PAID_IN, 20_000, note="找零")
        b = cashmoves.record(e.cashier, rules.PAID_OUT, 5_000, reason=rules.ADVANCE, voucher="PZ-7",
                             authoriser=e.manager)
        c = cashmoves.record(e.cashier, rules.DROP, 40_000, authoriser=e.manager)
        f = closeout.x_report(e.cashier).figures
    assert [a.number, b.number, c.number] == ["XJ2026-000001", "XJ2026-000002", "XJ2026-000003"]
    assert (f.paid_in_fen, f.paid_out_fen, f.drops_fen) == (20_000, 5_000, 40_000)
    assert f.expected_cash_fen == 50_000 + 30_000 + 20_000 - 5_000 - 40_000
    assert shifts.expected_cash(shifts.current_shift(e.cashier).id) == f.expected_cash_fen
    assert b.authoriser == "李强" and b.voucher == "PZ-7" and b.amount_words.startswith("伍拾元")
    assert [m[0] for m in f.cash_moves] == [a.number, b.number, c.number]
    records = {r.entity_id: r.action for r in AuditLog.select().where(AuditLog.entity == "cash_movement")}
    assert records == {a.number: "cash.paid_in", b.number: "cash.paid_out", c.number: "cash.drop"}
    assert verify.verify_all().ok


def test_cash_leaving_the_drawer_needs_another_managers_word(shift):
    e = shift
    with clock.frozen(DAY):
        with pytest.raises(Refused, match="主管授权"):
            cashmoves.record(e.cashier, rules.DROP, 100)
        with pytest.raises(PermissionDenied):
            cashmoves.record(e.cashier, rules.PAID_OUT, 100, reason=rules.OTHER, note="买水", authoriser=e.cashier)
        shifts.open_shift(e.manager, 0)
        with pytest.raises(Refused, match="自己"):
            cashmoves.record(e.manager, rules.DROP, 100, authoriser=e.manager)
        cashmoves.record(e.cashier, rules.PAID_IN, 100)           # putting change in needs no one
    assert CashMovement.select().count() == 1


def test_a_paid_out_needs_its_reason_and_a_deposit_is_refunded_as_a_deposit(shift):
    e = shift
    with clock.frozen(DAY):
        with pytest.raises(Refused, match="办理退款"):
            cashmoves.record(e.cashier, rules.PAID_OUT, 100, reason=rules.DEPOSIT_REFUND, authoriser=e.manager)
        with pytest.raises(Invalid, match="凭证号"):
            cashmoves.record(e.cashier, rules.PAID_OUT, 100, reason=rules.ADVANCE, authoriser=e.manager)
        with pytest.raises(Invalid, match="用途"):
            cashmoves.record(e.cashier, rules.PAID_OUT, 100, reason=rules.OTHER, authoriser=e.manager)
        with pytest.raises(Invalid, match="支出原因"):
            cashmoves.record(e.cashier, rules.PAID_OUT, 100, authoriser=e.manager)
        for bad in (0, -5):
            with pytest.raises(Invalid, match="大于零"):
                cashmoves.record(e.cashier, rules.PAID_IN, bad)
    assert CashMovement.select().count() == 0
    refused = [r for r in AuditLog.select().where(AuditLog.action == "cash.refused")]
    assert len(refused) == 6 and "办理退款" in refused[0].after         # refusals are recorded


def test_no_more_cash_leaves_than_the_drawer_holds(shift):
    e = shift
    with clock.frozen(DAY):
        with pytest.raises(Refused, match="只有 800.00 元"):
            cashmoves.record(e.cashier, rules.DROP, 80_001, authoriser=e.manager)   # a zero too many, say
        cashmoves.record(e.cashier, rules.DROP, 80_000, authoriser=e.manager)
        from counter_app.services.admin import estate as estate_service
        estate_service.update_settings(e.admin, blind_count=True)
        with pytest.raises(Refused) as refused:
            cashmoves.record(e.cashier, rules.PAID_OUT, 1, reason=rules.OTHER, note="水", authoriser=e.manager)
    assert "不够" in str(refused.value) and "0.00" not in str(refused.value)       # blind: the sum is not told
    assert CashMovement.select().count() == 1


def test_money_moves_only_in_an_open_shift(estate):
    with clock.frozen(DAY):
        closeout.close_shift(estate.cashier, {})
        with pytest.raises(Refused, match="开班"):
            cashmoves.record(estate.cashier, rules.PAID_IN, 100)


def test_a_retry_with_the_same_request_id_records_once(shift):
    e = shift
    with clock.frozen(DAY):
        first = cashmoves.record(e.cashier, rules.DROP, 10_000, authoriser=e.manager, request_id="drop-0001")
        again = cashmoves.record(e.cashier, rules.DROP, 10_000, authoriser=e.manager, request_id="drop-0001")
        found = request_ids.lookup(e.cashier, "drop-0001")
    assert first == again and CashMovement.select().count() == 1
    assert found.command == "cashmove" and found.number == first.number and found.total_fen == 10_000


def test_a_mistake_is_reversed_by_a_new_document_never_edited(shift):
    e = shift
    with clock.frozen(DAY):
        out = cashmoves.record(e.cashier, rules.PAID_OUT, 5_000, reason=rules.PETTY, voucher="FP1",
                               authoriser=e.manager)
        before = closeout.x_report(e.cashier).figures.expected_cash_fen
        with pytest.raises(Refused, match="授权"):
            cashmoves.reverse(e.cashier, out.number, "录错", None)
        with pytest.raises(Invalid, match="原因"):
            cashmoves.reverse(e.cashier, out.number, "", e.manager)
        back = cashmoves.reverse(e.cashier, out.number, "录错金额", e.manager)
        with pytest.raises(Refused, match="已经冲销"):
            cashmoves.reverse(e.cashier, out.number, "再冲", e.manager)
        with pytest.raises(Refused, match="冲销单"):
            cashmoves.reverse(e.cashier, back.number, "冲冲销", e.manager)
        with pytest.raises(NotFound):
            cashmoves.reverse(e.cashier, "XJ2026-999999", "无", e.manager)
        f = closeout.x_report(e.cashier).figures
    assert back.reverses == out.number and back.amount_fen == -5_000 and back.kind == rules.PAID_OUT
    assert f.paid_out_fen == 0 and f.expected_cash_fen == before + 5_000
    assert CashMovement.get(CashMovement.number == out.number).amount_fen == 5_000      # the original stands
    assert verify.verify_all().ok


def test_a_closed_shifts_movements_and_figures_never_change(shift):
    e = shift
    with clock.frozen(DAY):
        drop = cashmoves.record(e.cashier, rules.DROP, 10_000, authoriser=e.manager)
        expected = closeout.x_report(e.cashier).figures.expected_cash_fen
        z = closeout.close_shift(e.cashier, {10000: expected // 10000, 1: expected % 10000})
        shifts.open_shift(e.cashier, 0)
        with pytest.raises(Refused, match="已交班"):
            cashmoves.reverse(e.cashier, drop.number, "补录", e.manager)
    assert z.figures.drops_fen == 10_000 and z.difference_fen == 0
    stored = closeout.stored_report(e.cashier, z.shift_id)
    assert stored == z and stored.figures.cash_moves[0][0] == drop.number


def test_the_z_and_day_reports_list_the_movements_and_bank_what_was_dropped(shift, tmp_path):
    e = shift
    with clock.frozen(DAY):
        cashmoves.record(e.cashier, rules.PAID_IN, 10_000)
        cashmoves.record(e.cashier, rules.PAID_OUT, 2_000, reason=rules.ADVANCE, voucher="PZ-1", authoriser=e.manager)
        cashmoves.record(e.cashier, rules.DROP, 30_000, authoriser=e.manager)
        expected = closeout.x_report(e.cashier).figures.expected_cash_fen
        z = closeout.close_shift(e.cashier, {1: expected})
        day = closeout.close_day(e.manager, date(2026, 1, 10))
    sections = {s.title: s for s in tables.shift_sections(z)}
    moves = sections["现金收支"].rows
    assert [r[1] for r in moves[:-1]] == ["零钱补充", "支出", "交款入保险柜"]
    assert [int(r[2]) for r in moves] == [10_000, -2_000, -30_000, -22_000]
    made = sections["应有现金"].rows
    assert sum(int(r[1]) for r in made[:-1]) == int(made[-1][1]) == expected
    # to the bank: the cash taken less the paid-out; the float and the change put in stay back
    assert day.deposit_fen == 30_000 - 2_000
    assert {s.title for s in tables.day_sections(day)} >= {"现金收支", "应有现金"}
    for name, pdf in (("z", files.shift_pdf(z)), ("day", files.day_pdf(day))):     # the paper lists them too
        (tmp_path / f"{name}.pdf").write_bytes(pdf)
        text = subprocess.run(["pdftotext", "-layout", str(tmp_path / f"{name}.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "现金收支" in text and "XJ2026-000002" in text and "PZ-1" in text and "交款入保险柜" in text, name


@pytest.mark.sqlite_only      # the file itself; tests/reliability/test_tamper.py edits them on a server too
def test_the_check_catches_a_movement_edited_deleted_or_added_in_the_file(shift):
    e = shift
    with clock.frozen(DAY):
        cashmoves.record(e.cashier, rules.PAID_IN, 10_000)
        cashmoves.record(e.cashier, rules.DROP, 30_000, authoriser=e.manager)
    assert verify.verify_all().ok
    path = dbmod.db_path()
    dbmod.close()
    edits = [("UPDATE cash_movement SET amount_fen = 3000 WHERE number = 'XJ2026-000002'", "XJ2026-000002"),
             ("DELETE FROM cash_movement WHERE number = 'XJ2026-000002'", "已不在账本中"),
             ("INSERT INTO cash_movement (estate_id, series, year, seq, number, shift_id, user_id, kind, amount_fen, "
              "reason, voucher, note, created_at, business_date, request_id) SELECT estate_id, series, year, 3, "
              "'XJ2026-000003', shift_id, user_id, 'paid_in', 100, '', '', '', created_at, business_date, 'forged-001' "
              "FROM cash_movement WHERE number = 'XJ2026-000001'", "在程序之外新增")]
    from counter_app.services.common.session import open_database
    original = path.read_bytes()
    for statement, named in edits:
        path.write_bytes(original)
        conn = sqlite3.connect(path)
        conn.execute(statement)
        conn.commit()
        conn.close()
        open_database(path)
        report = verify.verify_all()
        dbmod.close()
        assert not report.ok and any(named in p for p in report.problems), (statement, report.problems)
    path.write_bytes(original)
    open_database(path)


def test_a_cashier_counts_blind_and_sees_the_difference_after_saving(shift):
    e = shift
    from counter_app.services.admin import estate as estate_service
    estate_service.update_settings(e.admin, blind_count=True)
    with clock.frozen(DAY):
        x = closeout.x_report(e.cashier)
        sections = {s.title: s for s in tables.shift_sections(x)}
        summary = dict(sections["概要"].rows)
        assert x.blind and x.figures.expected_cash_fen == 0 and "应有现金" not in summary
        assert "按付款方式" not in sections and "应有现金" not in sections
        assert closeout.blind_count(e.cashier) and not closeout.blind_count(e.manager)
        with pytest.raises(Invalid, match="短款"):
            closeout.close_shift(e.cashier, {10000: 7})          # 700 of 800: saved, then asked for a note
        after = closeout.x_report(e.cashier)
        assert not after.blind and after.counted_fen == 70_000 and after.difference_fen == -10_000
        with pytest.raises(Refused, match="保存"):
            closeout.close_shift(e.cashier, {10000: 8}, "重点")    # the saved count stands
        with pytest.raises(Refused, match="已保存点钞"):                # the drawer counted: nothing more in or out
            cashmoves.record(e.cashier, rules.PAID_IN, 100)
        with pytest.raises(Refused, match="已保存点钞"):
            payments.take_payment(e.cashier, payments.PaymentRequest(
                unit_code="3-1-102", topup_fen=100, tenders=[Tender("cash", 100)]))
        with pytest.raises(Refused, match="不能重点"):
            closeout.save_count(e.cashier, {10000: 8})
        z = closeout.close_shift(e.cashier, None, "少一张")
    assert z.counted_fen == 70_000 and z.difference_fen == -10_000 and not z.blind
    assert [r.action for r in AuditLog.select().where(AuditLog.action.startswith("shift.c"))][-2:] == \
        ["shift.count", "shift.close"]
    assert verify.verify_all().ok


def test_a_manager_sees_the_expected_cash_under_blind_count(shift):
    from counter_app.services.admin import estate as estate_service
    estate_service.update_settings(shift.admin, blind_count=True)
    with clock.frozen(DAY):
        shifts.open_shift(shift.manager, 1_000)
        x = closeout.x_report(shift.manager)
    assert not x.blind and x.figures.expected_cash_fen == 1_000
    with pytest.raises(CounterError):
        estate_service.update_settings(shift.admin, blind_count="yes")
