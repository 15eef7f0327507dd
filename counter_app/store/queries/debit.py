"""银行代扣: authorisations, batches and their lines, written and read here."""
from __future__ import annotations

import json
from datetime import date

from ..convert import stored_date, stored_time
from ..db import rows
from ..models import DebitAuth, DebitBatch, DebitLine, Unit, Payment


def _day(value):
    return stored_date(value) if value is not None else None


def new_auth(**columns):
    """An authorisation row (columns as the model names them), inside the caller's transaction."""
    return DebitAuth.create(**columns)


def auth_by_id(estate_id: int, auth_id: int):
    return DebitAuth.get_or_none((DebitAuth.estate == estate_id) & (DebitAuth.id == auth_id))


def end_auth(auth_id: int, on: date, by: str, reason: str) -> int:
    """Ends an authorisation still in force; the rows changed (0: it had ended already)."""
    return (DebitAuth.update(ended_on=on, ended_by=by, end_reason=reason)
            .where((DebitAuth.id == auth_id) & DebitAuth.ended_on.is_null()).execute())


def auths(estate_id: int, *, current_only: bool = False) -> list[tuple]:
    """(id, unit code, bank, account, holder, since, until, items, ended on, end reason) of the
    estate's authorisations, by unit."""
    where = " AND a.ended_on IS NULL" if current_only else ""
    return [(i, code, bank, account, holder, _day(since), _day(until), items, _day(ended), why)
            for i, code, bank, account, holder, since, until, items, ended, why in rows("SELECT a.id, u.code, a.bank, a.account, a.holder, a.since, a.until, a.items, a.ended_on, "
                "a.end_reason FROM debit_auth a JOIN unit u ON u.id = a.unit_id "
                f"WHERE a.estate_id = ?{where} ORDER BY u.code, a.id", (estate_id,))]


def current_auth_of_unit(estate_id: int, unit_id: int):
    return DebitAuth.get_or_none((DebitAuth.estate == estate_id) & (DebitAuth.unit == unit_id) &
                                 DebitAuth.ended_on.is_null())


def batches_in_year(estate_id: int, year: int) -> int:
    return DebitBatch.select().where((DebitBatch.estate == estate_id) &
                                     DebitBatch.number.startswith(f"PL{year}-")).count()


def new_batch(lines: list[dict], **columns):
    """A batch and its lines (dicts without `batch`; `charges` a list, stored as JSON)."""
    batch = DebitBatch.create(**columns)
    if lines:
        DebitLine.insert_many([dict(line, batch=batch.id, charges=json.dumps(line["charges"])) for line in lines]).execute()
    return batch


def batch_by_number(estate_id: int, number: str):
    return DebitBatch.get_or_none((DebitBatch.estate == estate_id) & (DebitBatch.number == number))


def batches(estate_id: int) -> list[tuple]:
    """(number, up to, layout, created at, lines, total, paid lines, failed lines) newest first."""
    return [(number, _day(up_to), layout, stored_time(at), *rest) for number, up_to, layout, at, *rest in rows(
                "SELECT b.number, b.up_to, b.layout, b.created_at, count(l.id), b.total_fen, "
                "coalesce(sum(CASE WHEN l.status = 'paid' THEN 1 ELSE 0 END), 0), "
                "coalesce(sum(CASE WHEN l.status = 'failed' THEN 1 ELSE 0 END), 0) "
                "FROM debit_batch b LEFT JOIN debit_line l ON l.batch_id = b.id WHERE b.estate_id = ? "
                "GROUP BY b.id, b.number, b.up_to, b.layout, b.created_at, b.total_fen ORDER BY b.id DESC",
                (estate_id,))]


def lines_of(batch_id: int) -> list:
    """The batch's lines (DebitLine rows with `charges` decoded and the unit's code), in order."""
    out = list(DebitLine.select(DebitLine, Unit.id, Unit.code).join(Unit, on=(DebitLine.unit == Unit.id))
               .where(DebitLine.batch == batch_id).order_by(DebitLine.line))
    for line in out:
        line.charges = json.loads(line.charges)
        line.unit_code = line.unit.code
    return out


def mark_lines(outcomes: list[tuple[int, str, str, int | None]], at) -> None:
    """Lines' outcomes: (line id, status, reason, payment id or None)."""
    for line_id, status, reason, payment_id in outcomes:
        DebitLine.update(status=status, reason=reason, payment=payment_id, returned_at=at).where(
            DebitLine.id == line_id).execute()


def payments_by_request(estate_id: int, request_ids: list[str]) -> dict[str, tuple[int, str]]:
    """request id -> (payment id, number) of the payments already recorded under these ids."""
    if not request_ids:
        return {}
    return {r: (i, n) for i, n, r in Payment.select(Payment.id, Payment.number, Payment.request_id)
            .where((Payment.estate == estate_id) & Payment.request_id.in_(request_ids)).tuples()}


def charges_in_open_lines(estate_id: int) -> set[int]:
    """Charges asked for by lines still waiting for the bank's answer: not asked for again."""
    found = set()
    for (text,) in rows("SELECT l.charges FROM debit_line l JOIN debit_batch b ON b.id = l.batch_id "
                        "WHERE b.estate_id = ? AND l.status = 'sent'", (estate_id,)):
        found.update(cid for cid, _ in json.loads(text))
    return found


def receipt_numbers(payment_ids: list[int]) -> dict[int, str]:
    if not payment_ids:
        return {}
    return dict(Payment.select(Payment.id, Payment.number).where(Payment.id.in_(payment_ids)).tuples())
