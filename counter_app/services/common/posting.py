"""Posting one numbered money document (a counter receipt or an automatic prepaid deduction):
its number, the charges it settles, its lines, tenders and prepaid movements, and the audit row
that seals its content, all inside the caller's write transaction. Shared by the counter and by
billing's automatic deduction, so neither imports the other."""
from __future__ import annotations

from dataclasses import dataclass

from ...core.allocation import Allocation
from ...core.errors import CounterError
from ...store import locks
from ...store.bulk import add_to_paid, insert_row, insert_rows
from ...store.models import Estate, Payment, PaymentLine, PrepaidMovement, TenderRow, Unit
from ...store.queries.occupants import owner_names
from . import audit, clock, numbering
from .context import Actor


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


def content_of(payment, lines: list[list], tenders: list[list]) -> dict:
    """The canonical content that the audit chain and the receipt's check value cover."""
    return {"number": payment.number, "unit": payment.unit_id, "kind": payment.kind,
            "lines_fen": payment.lines_fen, "late_fee_fen": payment.late_fee_fen, "waived_fen": payment.waived_fen,
            "topup_fen": payment.topup_fen, "total_fen": payment.total_fen,
            "cash_tendered_fen": payment.cash_tendered_fen, "change_fen": payment.change_fen,
            "prepaid_after_fen": payment.prepaid_after_fen, "created_at": payment.created_at,
            "user": payment.user_id, "lines": lines, "tenders": tenders}


def post_document(actor: Actor, estate: Estate, unit: Unit, series: str, fmt: str, kind: str, q: Quote,
                  settlement, payer: str, remarks: str, waiver_reason: str, now, training=False,
                  shift_id: int | None = None) -> Payment:
    """The rows of one numbered document (a counter receipt in `shift_id`, or an automatic
    deduction outside any shift). The caller holds the write transaction and has locked the unit
    (store.locks.lock_unit) before reading its balance for the settlement."""
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
        for amount, mkind in movements:
            try:   # relative and guarded: never below zero, never overwriting another writer's change
                running = locks.add_to_prepaid(unit.id, amount)
            except ValueError:
                raise CounterError(f"{unit.code} 的预存余额不足，请刷新后重试") from None
            insert_row(PrepaidMovement, dict(unit=unit.id, payment=payment.id, amount_fen=amount,
                                             balance_after_fen=running, kind=mkind, created_at=clock.to_db(now)))
        if running != balance:
            raise CounterError(f"{unit.code} 的预存余额已被其他收款改变，请刷新后重试")
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
    return owner_names([unit.id]).get(unit.id, "")
