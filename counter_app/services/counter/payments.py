"""Counter payments and automatic prepaid deductions: one transaction each, numbered gaplessly."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

from ...core import rounding, text
from ...core.allocation import DueCharge, allocate_amount, allocate_full
from ...core.errors import Conflict, Invalid, NotFound, PermissionDenied, Refused
from ...core.money import MAX_AMOUNT_FEN, format_yuan
from ...core.receipt_data import ReceiptLine
from ...core.tenders import Tender, rounding_for, settle
from ...store import locks
from ...store.db import write_transaction
from ...store.queries import charges as charge_queries
from ...store.queries.charges import items_by_id
from ...store.queries.payments import last_receipt_of_charge, last_receipt_of_unit
from ...ledger.estate import find_item, find_unit
from ...ledger.planner import create_adhoc_charge, create_future_charges
from ...ledger import offers
from ...ledger.standards import late_rule
from ...ledger.shifts import require_open_shift
from ...ledger import clock, discounts as discount_rule
from ...ledger.context import Actor
from ...ledger.numbering import RECEIPT_SERIES
from ...ledger.posting import Quote, post_document
from . import request_ids
from ...ledger.dues import due_charges_core
from .receipts import ReceiptData, load_receipt, period_text


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
    request_id: str | None = None            # the client's (counter/request_ids.py); one is made if none
    discount_policy: str = ""                # 折扣/减免: the estate's policy applied to the charges paid …
    discount_reason: str = ""                # … why, and the manager who authorised it (ledger/discounts.py)
    discount_authoriser: Actor | None = None


def _validate_request(req: PaymentRequest) -> None:
    modes = [req.charge_ids is not None, req.all_due, req.amount_fen is not None]
    if sum(modes) > 1:
        raise Refused("只能选择一种方式：指定费用、全部欠费或按金额")
    if not any(modes) and not req.advance and not req.adhoc and req.topup_fen <= 0:
        raise Refused("没有要收的费用")
    if req.charge_ids is not None and len(set(req.charge_ids)) != len(req.charge_ids):
        raise Invalid("同一笔费用不能选两次")
    if req.amount_fen is not None and not 0 < req.amount_fen <= MAX_AMOUNT_FEN:
        raise Invalid("收款金额必须大于零且在合理范围内")
    if req.topup_fen < 0 or req.topup_fen > MAX_AMOUNT_FEN:
        raise Invalid("预存金额不正确")
    # What the cashier typed, as it will be stored and printed (free text: one rule, core/text.py).
    req.payer = text.clean(req.payer, "付款人", text.NAME)
    req.remarks = text.clean(req.remarks, "备注")
    req.waiver_reason = text.clean(req.waiver_reason, "减免原因")
    req.tenders = [Tender(t.method, t.amount_fen, text.clean(t.reference, "交易参考号", text.REFERENCE))
                   for t in req.tenders]
    req.adhoc = [(item, amount, text.clean(note, "收费说明")) for item, amount, note in req.adhoc]
    if req.waive_charge_ids and not req.waiver_reason:
        raise Invalid("减免滞纳金必须填写原因")
    req.discount_reason = text.clean(req.discount_reason, "折扣/减免原因")
    if req.discount_policy and req.amount_fen is not None:
        # a discount is worked on charges paid whole; a typed amount is paid as typed
        raise Refused("按金额收款不能使用折扣/减免，请选择要收的费用")


def _rounding_rule(unit, req: PaymentRequest, topup_fen: int) -> str:
    """The 抹零 rule for this payment: the estate's, when it settles charges whole (not a typed
    amount, which is paid as typed) and puts nothing on account (a top-up is never rounded)."""
    if req.amount_fen is not None or topup_fen or req.overpay_to_prepaid:
        return rounding.OFF
    return unit.building.estate.cash_rounding


def _changed(req: PaymentRequest, now_fen: int, unit) -> Conflict:
    """What the cashier was shown is no longer what is owed: another counter (or process) paid,
    voided or refunded for the unit meanwhile, and who did is said."""
    return Conflict("应收金额已变化（显示 {shown} 元，现为 {now} 元）{who}；本次没有记账，请刷新后重试",
                    shown=format_yuan(req.expected_total_fen), now=format_yuan(now_fen),
                    who=_who_paid(last_receipt_of_unit(unit.id), unit))


def _build_quote(unit, req: PaymentRequest, as_of: date, extra_charges: list, offered: dict | None = None) -> Quote:
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
                exists = charge_queries.charge_or_none(cid)
                if exists is None or exists.unit_id != unit.id:
                    raise NotFound("费用 {cid} 不存在或不属于 {unit}", cid=cid, unit=unit.code)
                raise Conflict("费用 {cid}（{item} {period:%Y.%m}）已缴清{who}；本次没有记账，请刷新后再收",
                               cid=cid, item=exists.item.name, period=exists.period_start,
                               who=_who_paid(last_receipt_of_charge(cid), unit))
            chosen.append(by_id[cid])
        allocations = allocate_full(chosen + [by_id[c.id] for c in extra_charges], as_of)
    elif req.all_due:
        if not by_id and req.expected_total_fen:
            raise _changed(req, 0, unit)      # the cashier was shown what it owed: paid meanwhile
        if not by_id:
            raise Refused("{unit} 没有欠费", unit=unit.code)
        allocations = allocate_full(list(by_id.values()), as_of)
    elif req.amount_fen is not None:
        owed = list(by_id.values())
        allocations = allocate_amount(owed, req.amount_fen, as_of)
        if not allocations:
            raise Refused("{unit} 没有可冲抵的欠费", unit=unit.code)
    else:
        allocations = allocate_full([by_id[c.id] for c in extra_charges], as_of)
    waive_ids = set(req.waive_charge_ids)
    unknown = waive_ids - {a.charge_id for a in allocations}
    if unknown:
        raise Invalid("要减免滞纳金的费用 {charges} 不在本次收款中",
                      charges="、".join(str(cid) for cid in sorted(unknown)))
    waived = {a.charge_id: a.late_fee_fen for a in allocations if a.charge_id in waive_ids}
    offered = offered or {}
    discounts, grant = _discounts(unit, req, as_of, [a for a in allocations if a.charge_id not in offered],
                                  extra_charges)
    return Quote(unit.id, tuple(allocations), waived, sum(a.principal_fen for a in allocations),
                 sum(a.late_fee_fen for a in allocations), sum(waived.values()), req.topup_fen,
                 rounding_rule=_rounding_rule(unit, req, req.topup_fen), discounts=discounts, grant=grant,
                 offered=tuple((a.charge_id, offered[a.charge_id], a.principal_fen)
                               for a in allocations if a.charge_id in offered))


def _discounts(unit, req: PaymentRequest, as_of: date, allocations, extras: list) -> tuple[tuple, tuple]:
    """(charge, 分 off) of the policy the request names, over the principal each charge is paid now
    (an offer's free months are given whole, so no policy takes anything off them), and the grant
    (policy id, name, reason, authoriser id: set once authorised); empty for none."""
    if not req.discount_policy:
        return (), ()
    row, policy = discount_rule.policy_in_force(unit.building.estate_id, req.discount_policy, as_of)
    facts = _charge_facts([a.charge_id for a in allocations], extras)
    off = discount_rule.discounts_for(policy, [(a.charge_id, facts[a.charge_id][0], a.principal_fen,
                                                facts[a.charge_id][1], facts[a.charge_id][2]) for a in allocations])
    return tuple(sorted(off.items())), (row.id, policy.name, req.discount_reason, None)


def _charge_facts(charge_ids: list[int], extras: list) -> dict[int, tuple]:
    """{charge: (item, period start, period end, origin, basis)} of charges in the ledger and of
    those this payment creates."""
    facts = {c.id: (c.item_id, c.period_start, c.period_end, c.origin, c.basis) for c in extras}
    real = [cid for cid in charge_ids if cid not in facts]
    for cid, item_id, start, end, origin, basis in charge_queries.lines_shown(real):
        facts[cid] = (item_id, start, end, origin, basis)
    return facts


def _who_paid(last: tuple | None, unit) -> Conflict | str:
    """"，12-05 10:32 由 张三 收取（收据 SJ2026-000123）": what another counter just did."""
    if last is None:
        return ""
    number, at, cashier = last
    local = clock.stored_local(at, unit.building.estate.timezone)
    return Conflict("，{at:%m-%d %H:%M} 由 {cashier} 收取（收据 {number}）", at=local, cashier=cashier, number=number)


def quote(actor: Actor, req: PaymentRequest) -> Quote:
    """What the payment would be, computed exactly as take_payment will, without writing or
    locking anything: advance months and one-off charges are planned, not created."""
    actor.require("charge.view")
    _validate_request(req)
    unit = find_unit(actor, req.unit_code)
    as_of = clock.business_date(unit.building.estate.timezone)
    extras, offered, grants = _create_extras(actor, unit, req, as_of, save=False)
    q = _build_quote(unit, req, as_of, extras, offered)
    return dataclasses.replace(q, lines=_preview_lines(q, extras), offers=tuple(g.announcement for g in grants))


def _preview_lines(q: Quote, extras: list) -> tuple[ReceiptLine, ...]:
    """What the receipt will list, line by line (item, period, basis, principal, late fee): shown
    before the payment is taken, in the receipt's own words."""
    items = items_by_id()
    facts = _charge_facts([a.charge_id for a in q.allocations], extras)
    out = []
    for a in q.allocations:
        item_id, start, end, origin, basis = facts[a.charge_id]
        out.append(ReceiptLine(items[item_id].name, period_text(start, end, origin), basis, a.principal_fen,
                               a.late_fee_fen, q.waived.get(a.charge_id, 0), a.late_days, ""))
    return tuple(out)


def _create_extras(actor: Actor, unit, req: PaymentRequest, as_of: date, *,
                   save: bool = True) -> tuple[list, dict[int, str], list]:
    """The charges a payment creates (advance months, an offer's free months after them, one-offs);
    unsaved, with stand-in ids below zero, for a preview. Also {free month's charge id: its rule's
    name} and the offers' grants (ledger/offers.py)."""
    extras: list = []
    free: list[tuple[object, str]] = []
    grants = []
    for item_code, months in req.advance:
        item = find_item(actor, item_code)
        paid = create_future_charges(unit, item, months, save=save)
        grant, given = offers.free_charges(unit, item, paid, as_of, save=save)
        extras += paid + given
        free += [(charge, grant.rule.name) for charge in given]
        grants += [grant] if grant else []
    for item_code, amount, note in req.adhoc:
        extras.append(create_adhoc_charge(unit, find_item(actor, item_code), amount, note, save=save))
    if not save:
        for n, charge in enumerate(extras, start=1):
            charge.id = -n
    return extras, {charge.id: name for charge, name in free}, grants


def take_payment(actor: Actor, req: PaymentRequest, *, training: bool = False) -> ReceiptData:
    """收款: allocate, settle tenders, number the receipt and audit it, in one transaction, at most
    once per request id (a repeated request gets the receipt the first one made)."""
    actor.require("payment.take")
    _validate_request(req)
    request_id = request_ids.checked(req.request_id)     # none given: this call's own
    return request_ids.once(actor, request_id, "payment", lambda: _record(actor, req, request_id, training),
                            lambda number: load_receipt(actor, number), unit_code=req.unit_code)


def _record(actor: Actor, req: PaymentRequest, request_id: str, training: bool) -> str:
    with write_transaction():
        unit = find_unit(actor, req.unit_code)
        unit.prepaid_fen = locks.lock_unit(unit.id)   # the balance as it stands under the payment's lock
        estate = unit.building.estate
        now = clock.now_utc()
        as_of = clock.business_date(estate.timezone, now)
        shift_id = require_open_shift(actor, as_of)
        extras, offered, _grants = _create_extras(actor, unit, req, as_of)
        q = _build_quote(unit, req, as_of, extras, offered)
        if q.waived_fen:
            actor.require("latefee.waive")
            if q.waived_fen > estate.waiver_limit_fen and not actor.may("latefee.waive_any"):
                raise PermissionDenied("减免滞纳金 {waived} 元超过收费员限额 {limit} 元，需要主管办理",
                                       waived=format_yuan(q.waived_fen), limit=format_yuan(estate.waiver_limit_fen))
        if req.expected_total_fen is not None and req.expected_total_fen != q.total_fen:
            raise _changed(req, q.total_fen, unit)
        if q.discounts:   # a manager's word, checked here whatever the window or command asked
            discount_rule.check_authority(actor, req.discount_authoriser, req.discount_reason)
            q = dataclasses.replace(q, grant=q.grant[:3] + (req.discount_authoriser.user_id,))
        # 抹零: the cash part (after any discount) rounded by the estate's rule; the change is worked
        # on the rounded cash.
        rounded = rounding_for(q.due_fen, req.tenders, q.rounding_rule, overpay_to_prepaid=req.overpay_to_prepaid)
        settlement = settle(q.due_fen + rounded, req.tenders, prepaid_balance_fen=unit.prepaid_fen,
                            overpay_to_prepaid=req.overpay_to_prepaid)
        settlement = dataclasses.replace(settlement, rounding_fen=rounded)
        payment = post_document(actor, estate, unit, RECEIPT_SERIES, estate.receipt_format, "counter", q,
                                settlement, req.payer, req.remarks, req.waiver_reason, now, training, shift_id,
                                request_id, created=[c.id for c in extras])
    return payment.number


