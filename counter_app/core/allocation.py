"""Allocating a payment across charges: oldest first, partial payment of the last one allowed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .latefees import LateFeeRule, late_fee, overdue_days


@dataclass(frozen=True)
class DueCharge:
    charge_id: int
    period_start: date
    due_date: date
    outstanding_fen: int
    rule: LateFeeRule

    def late_fee_for(self, principal_fen: int, as_of: date) -> int:
        return late_fee(principal_fen, overdue_days(self.due_date, as_of, self.rule), self.rule)


@dataclass(frozen=True)
class Allocation:
    charge_id: int
    principal_fen: int
    late_fee_fen: int
    late_days: int

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.late_fee_fen


def oldest_first(charges: list[DueCharge]) -> list[DueCharge]:
    return sorted(charges, key=lambda c: (c.period_start, c.due_date, c.charge_id))


def allocate_full(charges: list[DueCharge], as_of: date) -> list[Allocation]:
    return [Allocation(c.charge_id, c.outstanding_fen, c.late_fee_for(c.outstanding_fen, as_of),
                       overdue_days(c.due_date, as_of, c.rule))
            for c in oldest_first(charges) if c.outstanding_fen > 0]


def _largest_principal(charge: DueCharge, budget: int, as_of: date) -> int:
    """The largest principal p with p + late fee(p) <= budget (late fee grows with p)."""
    lo, hi = 0, min(budget, charge.outstanding_fen)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid + charge.late_fee_for(mid, as_of) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return lo


def allocate_amount(charges: list[DueCharge], amount_fen: int, as_of: date) -> list[Allocation]:
    """Spend `amount_fen` on charges oldest first; each line carries the late fee of what it pays.

    Never allocates more than a charge's outstanding principal, nor more than the amount in all;
    an amount below what is owed in all is allocated exactly.
    """
    out: list[Allocation] = []
    budget = amount_fen
    for charge in oldest_first(charges):
        if budget <= 0:
            break
        if charge.outstanding_fen <= 0:
            continue
        principal = _largest_principal(charge, budget, as_of)
        if principal <= 0:
            break
        fee = charge.late_fee_for(principal, as_of)
        if principal < charge.outstanding_fen and principal + fee < budget:
            # The late fee steps as the principal grows, so some amounts have no principal whose
            # sum with its fee is exactly that amount. Then one 分 more of principal is paid and the
            # fee is what is left: less than that principal's fee by under one step, never more than
            # due, so the amount typed at the counter is exactly the amount paid.
            principal += 1
            fee = budget - principal
        out.append(Allocation(charge.charge_id, principal, fee, overdue_days(charge.due_date, as_of, charge.rule)))
        budget -= principal + fee
        if principal < charge.outstanding_fen:
            break  # a newer charge is never paid while an older one is left part-paid
    return out
