"""Counter payments and automatic prepaid deductions: one transaction each, numbered gaplessly."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...core.allocation import Allocation, DueCharge, allocate_amount, allocate_full
from ...core.errors import CounterError, NotFound
from ...core.money import MAX_AMOUNT_FEN, format_yuan
from ...core.periods import Month
from ...core.tenders import Tender, settle
from ...store.bulk import add_to_paid, insert_row, insert_rows
from ...store.db import rows, write_transaction
from ...store.models import (BillingRun, Charge, Estate, Payment, PaymentLine, PrepaidMovement, TenderRow, Unit, open_charges)
from ..common import audit
from ..common import clock
from ..common import numbering
from ..billing.runs import create_adhoc_charge, create_future_charges
from ..common.context import Actor
from ..admin.estate import find_item, find_unit, the_estate
from .ledger import OWNER, due_charges_core, items_by_id, occupants_by_unit, open_shift_of
from ..billing.standards import late_rule
from .receipts import ReceiptData, content_of, load_receipt

RECEIPT_SERIES = "SJ"
DEDUCTION_SERIES = "KK"


@dataclass
class PaymentRequest:
    unit_code: str
    tenders: list[Tender]
    charge_ids: list[int] | None = None      # pay these (whole)
    all_due: bool = False                    # pay every outstanding charge
    amount_fen: int | None = None            # pay this much, oldest first
    advance: list[tuple[str, int]] = field(default_factory=list)   # (item, months) ahead
    adhoc: list[tuple[str, int | None, str]] = field(default_factory=list)  # (item, amount or None, note)
    topup_fen: int = 0                       # to the prepaid balance (预存)
    overpay_to_prepaid: bool = False
    waive_charge_ids: list[int] = field(default_factory=list)
    waiver_reason: str = ""
    payer: str = ""
    remarks: str = ""
    expected_total_fen: int | None = None    # what the cashier was shown; refused if it changed


@dataclass(frozen=True)
class Quote:
    unit_id: int
    allocations: tuple[Allocation, ...]
    waived: dict
    lines_fen: int
    late_fee_fen: int
    waived_fen: int
    topup_fen: int

    @property
    def total_fen(self) -> int:
        return self.lines_fen + self.late_fee_fen - self.waived_fen + self.topup_fen


def _validate_request(req: PaymentRequest) -> None:
    modes = [req.charge_ids is not None, req.all_due, req.amount_fen is not None]
    if sum(modes) > 1:
        raise CounterError("只能选择一种方式：指定费用、全部欠费或按金额")
    if not any(modes) and not req.advance and not req.adhoc and req.topup_fen <= 0:
        raise CounterError("没有要收的费用")
    if req.amount_fen is not None and not 0 < req.amount_fen <= MAX_AMOUNT_FEN:
        raise CounterError("收款金额必须大于零且在合理范围内")
    if req.topup_fen < 0 or req.topup_fen > MAX_AMOUNT_FEN:
        raise CounterError("预存金额不正确")
    if req.waive_charge_ids and not req.waiver_reason.strip():
        raise CounterError("减免滞纳金必须填写原因")


def _build_quote(unit: Unit, req: PaymentRequest, as_of: date, extra_charges: list[Charge]) -> Quote:
    due = due_charges_core(unit)
    by_id = {c.charge_id: c for c in due}
    items = items_by_id() if extra_charges else {}
    for ch in extra_charges:
        by_id[ch.id] = DueCharge(ch.id, ch.period_start, ch.due_date, ch.amount_fen - ch.paid_fen,
                                 late_rule(items[ch.item_id]))
    if req.charge_ids is not None:
        chosen = []
        for cid in req.charge_ids:
            if cid not in by_id:
                exists = Charge.get_or_none(Charge.id == cid)
                if exists is None or exists.unit_id != unit.id:
                    raise NotFound(f"费用 {cid} 不存在或不属于 {unit.code}")
                raise CounterError(f"费用 {cid}（{exists.item.name} {exists.period_start:%Y.%m}）已缴清")
            chosen.append(by_id[cid])
        allocations = allocate_full(chosen + [by_id[c.id] for c in extra_charges], as_of)
    elif req.all_due:
        if not by_id:
            raise CounterError(f"{unit.code} 没有欠费")
        allocations = allocate_full(list(by_id.values()), as_of)
    elif req.amount_fen is not None:
        owed = list(by_id.values())
        allocations = allocate_amount(owed, req.amount_fen, as_of)
        if not allocations:
            raise CounterError(f"{unit.code} 没有可冲抵的欠费")
    else:
        allocations = allocate_full([by_id[c.id] for c in extra_charges], as_of)
    waive_ids = set(req.waive_charge_ids)
    unknown = waive_ids - {a.charge_id for a in allocations}
    if unknown:
        raise CounterError(f"要减免滞纳金的费用 {sorted(unknown)} 不在本次收款中")
    waived = {a.charge_id: a.late_fee_fen for a in allocations if a.charge_id in waive_ids}
    return Quote(unit.id, tuple(allocations), waived, sum(a.principal_fen for a in allocations),
                 sum(a.late_fee_fen for a in allocations), sum(waived.values()), req.topup_fen)


class _DryRun(Exception):
    pass


def quote(req: PaymentRequest) -> Quote:
    """What the payment would be, computed exactly as take_payment will. Advance months and
    one-off charges are created in a transaction that is then rolled back, so nothing is kept."""
    _validate_request(req)
    unit = find_unit(req.unit_code)
    as_of = clock.business_date(unit.building.estate.timezone)
    if not req.advance and not req.adhoc:
        return _build_quote(unit, req, as_of, [])
    result: list[Quote] = []
    try:
        with write_transaction():
            result.append(_build_quote(unit, req, as_of, _create_extras(unit, req)))
            raise _DryRun
    except _DryRun:
        pass
    return result[0]


def _create_extras(unit: Unit, req: PaymentRequest) -> list[Charge]:
    extras: list[Charge] = []
    for item_code, months in req.advance:
        extras += create_future_charges(unit, find_item(item_code), months)
    for item_code, amount, note in req.adhoc:
        extras.append(create_adhoc_charge(unit, find_item(item_code), amount, note))
    return extras


def take_payment(actor: Actor, req: PaymentRequest, *, training: bool = False) -> ReceiptData:
    """收款: allocate, settle tenders, number the receipt and audit it, in one transaction."""
    actor.require("payment.take")
    _validate_request(req)
    with write_transaction():
        unit = find_unit(req.unit_code)
        estate = unit.building.estate
        now = clock.now_utc()
        as_of = clock.business_date(estate.timezone, now)
        shift_id = require_open_shift(actor, as_of)
        extras = _create_extras(unit, req)
        q = _build_quote(unit, req, as_of, extras)
        if q.waived_fen:
            actor.require("latefee.waive")
            if q.waived_fen > estate.waiver_limit_fen and not actor.may("latefee.waive_any"):
                raise CounterError(f"减免滞纳金 {format_yuan(q.waived_fen)} 元超过收费员限额 "
                                   f"{format_yuan(estate.waiver_limit_fen)} 元，需要主管办理")
        if req.expected_total_fen is not None and req.expected_total_fen != q.total_fen:
            raise CounterError(f"应收金额已变化（显示 {format_yuan(req.expected_total_fen)} 元，"
                               f"现为 {format_yuan(q.total_fen)} 元），请刷新后重试")
        settlement = settle(q.total_fen, req.tenders, prepaid_balance_fen=unit.prepaid_fen,
                            overpay_to_prepaid=req.overpay_to_prepaid)
        payment = _write_document(actor, estate, unit, RECEIPT_SERIES, estate.receipt_format, "counter", q,
                                  settlement, req.payer, req.remarks, req.waiver_reason, now, training, shift_id)
        if extras:  # charges this payment created go with it if it is voided
            Charge.update(source_payment=payment.id).where(Charge.id.in_([c.id for c in extras])).execute()
    return load_receipt(payment.number)


def require_open_shift(actor: Actor, as_of: date) -> int:
    """Money is taken only in an open shift, on a business date not yet closed. Returns the shift."""
    from ..closing.close import day_is_closed
    shift_id = open_shift_of(actor.user_id)
    if shift_id is None:
        raise CounterError("请先开班（清点并输入备用金）再收款")
    if day_is_closed(as_of):
        raise CounterError(f"{as_of} 已日结，不能再收款")
    return shift_id


def _write_document(actor: Actor, estate: Estate, unit: Unit, series: str, fmt: str, kind: str, q: Quote,
                    settlement, payer: str, remarks: str, waiver_reason: str, now, training=False,
                    shift_id: int | None = None) -> Payment:
    """The rows of one numbered document (a counter receipt in `shift_id`, or an automatic
    deduction outside any shift); the caller holds the write transaction."""
    local_now = clock.local(now, estate.timezone)
    seq, number = numbering.next_number(estate, series, local_now.year, fmt)
    topup = q.topup_fen + settlement.topup_fen  # asked-for top-up plus any overpayment kept
    balance = unit.prepaid_fen - settlement.prepaid_used_fen + topup
    row = dict(
        estate=estate.id, series=series, year=local_now.year, seq=seq, number=number, unit=unit.id,
        payer=payer or _default_payer(unit), kind=kind, lines_fen=q.lines_fen, late_fee_fen=q.late_fee_fen,
        waived_fen=q.waived_fen, topup_fen=topup, total_fen=q.lines_fen + q.late_fee_fen - q.waived_fen + topup,
        cash_tendered_fen=settlement.cash_tendered_fen, change_fen=settlement.change_fen,
        prepaid_after_fen=balance, created_at=clock.to_db(now), business_date=local_now.date(),
        user=actor.user_id, shift=shift_id, remarks=remarks, content_hash="", training=training)
    # The guard in the UPDATE makes a concurrent or repeated payment of the same charge fail here.
    if add_to_paid([(a.charge_id, a.principal_fen) for a in q.allocations]) != len(q.allocations):
        raise CounterError("所选费用已被其他收款冲抵，请刷新后重试")
    lines = [[a.charge_id, a.principal_fen, a.late_fee_fen, q.waived.get(a.charge_id, 0)] for a in q.allocations]
    tenders = [[t.method, t.amount_fen, t.reference.strip()] for t in settlement.applied]
    content = content_of(_Sealed(row), lines, tenders)
    digest = audit.payment_content_hash(content)
    row["content_hash"] = digest
    payment = Payment(id=insert_row(Payment, row), **row)
    insert_rows(PaymentLine, [dict(payment=payment.id, charge=c, principal_fen=p, late_fee_fen=lf, waived_fen=w,
                                   late_days=a.late_days, waiver_reason=waiver_reason if w else "")
                              for (c, p, lf, w), a in zip(lines, q.allocations)])
    insert_rows(TenderRow, [dict(payment=payment.id, method=m, amount_fen=a, reference=r) for m, a, r in tenders])
    if settlement.prepaid_used_fen or topup:
        movements = []
        if settlement.prepaid_used_fen:
            movements.append((-settlement.prepaid_used_fen, "deduction" if kind == "deduction" else "use"))
        if topup:
            movements.append((topup, "topup"))
        running = unit.prepaid_fen
        for amount, mkind in movements:
            running += amount
            insert_row(PrepaidMovement, dict(unit=unit.id, payment=payment.id, amount_fen=amount,
                                             balance_after_fen=running, kind=mkind, created_at=clock.to_db(now)))
        rows("UPDATE unit SET prepaid_fen = ? WHERE id = ?", (balance, unit.id))
        unit.prepaid_fen = balance
    audit.record(actor.username, f"payment.{kind}", "payment", number, after=dict(content, content_hash=digest))
    return payment


class _Sealed:
    """The attributes content_of reads, from the row about to be inserted."""

    def __init__(self, row: dict):
        self.number, self.unit_id, self.kind = row["number"], row["unit"], row["kind"]
        self.user_id, self.created_at = row["user"], row["created_at"]
        for key in ("lines_fen", "late_fee_fen", "waived_fen", "topup_fen", "total_fen", "cash_tendered_fen",
                    "change_fen", "prepaid_after_fen"):
            setattr(self, key, row[key])


def _default_payer(unit: Unit) -> str:
    """The first current owner's name."""
    return next((name for role, name, _ in occupants_by_unit([unit.id]).get(unit.id, []) if role == OWNER), "")


def new_charges_of_prepaid_units(run_id: int, since: date):
    """A run's untouched charges (its periods start on or after `since`) of the units holding a
    balance. Few units hold one: their open charges from `since` on are a short range of the
    open-charge index each, not every charge the run created nor every charge they owe."""
    prepaid = Unit.select(Unit.id).where(Unit.prepaid_fen > 0)
    return (Charge.select(Charge.id, Charge.unit, Charge.item, Charge.period_start, Charge.due_date, Charge.amount_fen)
            .where(Charge.unit.in_(prepaid) & open_charges() & (Charge.period_start >= since) &
                   (Charge.run == run_id) & (Charge.paid_fen == 0))
            .order_by(Charge.unit, Charge.period_start, Charge.id))


def auto_deduct(actor: Actor, run_id: int) -> tuple[int, int]:
    """自动扣费 after a billing run: a unit's prepaid balance settles its new charges, oldest
    first, whole charges only, each unit's deduction a numbered KK document."""
    estate = the_estate()
    now = clock.now_utc()
    as_of = clock.business_date(estate.timezone, now)
    new_by_unit: dict[int, list] = {}
    since = Month.parse(BillingRun.get_by_id(run_id).month).first_day()
    for ch in new_charges_of_prepaid_units(run_id, since).namedtuples():
        new_by_unit.setdefault(ch.unit, []).append(ch)
    count = total = 0
    items = items_by_id()
    for unit in Unit.select().where(Unit.id.in_(list(new_by_unit))).order_by(Unit.id):
        budget, chosen = unit.prepaid_fen, []
        for ch in new_by_unit[unit.id]:
            if ch.amount_fen <= budget:
                chosen.append(DueCharge(ch.id, ch.period_start, ch.due_date, ch.amount_fen, late_rule(items[ch.item])))
                budget -= ch.amount_fen
        if not chosen:
            continue
        allocations = [a for a in allocate_full(chosen, as_of) if a.late_fee_fen == 0]
        if not allocations:
            continue  # an overdue charge carries a late fee: that is for the counter, not automatic
        spent = sum(a.principal_fen for a in allocations)
        q = Quote(unit.id, tuple(allocations), {}, spent, 0, 0, 0)
        settlement = settle(spent, [Tender("prepaid", spent)], prepaid_balance_fen=unit.prepaid_fen)
        _write_document(actor, estate, unit, DEDUCTION_SERIES, estate.deduction_format, "deduction", q,
                        settlement, "", "预存自动扣费", "", now)
        count += 1
        total += spent
    return count, total



