"""折扣 / 减免: the estate's policies and what they took off receipts' charges (core/discounts.py)."""
from __future__ import annotations

from datetime import date

from ..convert import stored_date
from ..db import rows
from ..dialect import marks
from ..models import DiscountPolicy, DiscountLine
from ..bulk import insert_rows


def new_policy(**columns):
    """Create a policy row (columns as the model names them); returns it."""
    return DiscountPolicy.create(**columns)


def policy_by_name(estate_id: int, name: str):
    return DiscountPolicy.get_or_none((DiscountPolicy.estate == estate_id) & (DiscountPolicy.name == name))


def policies_of(estate_id: int) -> list[tuple]:
    """(id, name, kind, value, items, valid from, valid until or None) of the estate's policies."""
    return [(pid, name, kind, int(value), items, stored_date(start), stored_date(end) if end else None)
            for pid, name, kind, value, items, start, end in rows(
                "SELECT id, name, kind, value, items, valid_from, valid_until FROM discount_policy "
                "WHERE estate_id = ? ORDER BY valid_from, name", (estate_id,))]


def end_policy(policy_id: int, last_day: date) -> None:
    DiscountPolicy.update(valid_until=last_day).where(DiscountPolicy.id == policy_id).execute()


def insert_lines(lines: list[dict]) -> None:
    """What a policy took off each charge of one receipt (columns as DiscountLine names them)."""
    if lines:
        insert_rows(DiscountLine, lines)      # noted, so the payment's audit row seals them


def of_payment(payment_id: int) -> list[tuple]:
    """(charge, 分 off, policy name, kind, value, reason, authoriser id) of a receipt's discount."""
    return [(charge, int(amount), name, kind, int(value), reason, authoriser) for
            charge, amount, name, kind, value, reason, authoriser in rows(
                "SELECT d.charge_id, d.amount_fen, p.name, p.kind, p.value, d.reason, d.authoriser_id "
                "FROM discount_line d JOIN discount_policy p ON p.id = d.policy_id WHERE d.payment_id = ? "
                "ORDER BY d.id", (payment_id,))]


def by_charge(payment_id: int) -> dict[int, int]:
    """{charge: 分 off} of one receipt."""
    return {charge: int(amount) for charge, amount in rows(
        "SELECT charge_id, amount_fen FROM discount_line WHERE payment_id = ?", (payment_id,))}


def of_payments(payment_ids: list[int]) -> dict[int, int]:
    """{payment: 分 off} of the receipts that have a discount."""
    if not payment_ids:
        return {}
    return {pid: int(amount) for pid, amount in rows(
        f"SELECT payment_id, sum(amount_fen) FROM discount_line WHERE payment_id IN ({marks(payment_ids)}) "
        "GROUP BY payment_id", payment_ids)}
