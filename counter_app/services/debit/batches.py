"""A direct-debit batch: what each authorised unit owes up to a date for its authorised items,
one line per unit with a stable reference (batch number + line), stored with the batch and
written as the bank's file in a layout; and the batch's report for the manager."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core import debit as rules
from ...core.errors import NotFound, Refused
from ...store.db import write_transaction
from ...store.queries import charges as charge_queries, debit as queries
from ...store.queries.units import ids_by_code
from ...ledger.estate import estate_of
from ...ledger import audit, clock
from ...ledger.context import Actor
from . import layouts


@dataclass(frozen=True)
class BatchFile:
    number: str
    layout: str
    lines: int
    total_fen: int
    data: bytes              # the file for the bank, in the layout's encoding


def _owed(auth_row, items: dict, up_to: date, asked: set[int]) -> list[tuple[int, int]]:
    """(charge, amount still owed) the authorisation covers: its items, due from its start to the
    batch's date (or its own end), not already asked for by a batch still waiting."""
    _id, _code, _bank, _account, _holder, since, until, codes, _ended, _why, unit_id = auth_row
    last = min(up_to, until) if until else up_to
    wanted = set(codes.split(",")) - {""}
    return [(c.id, c.amount_fen - c.paid_fen) for c in charge_queries.outstanding(unit_id)
            if since <= c.due_date <= last and c.id not in asked and (not wanted or items[c.item].code in wanted)]


def make(actor: Actor, up_to: date, layout_name: str = rules.GENERIC.name) -> BatchFile:
    """The batch up to `up_to`, numbered PL<year>-<n>, stored with its lines and audited; its file."""
    actor.require("debit.manage")
    layout = layouts.layout(layout_name)
    estate = estate_of(actor)
    now = clock.now_utc()
    today = clock.business_date(estate.timezone, now)
    items = charge_queries.items_by_id(estate.id)
    with write_transaction():
        auths = queries.auths(estate.id, current_only=True)
        unit_ids = ids_by_code(estate.id, [a[1] for a in auths])
        asked = queries.charges_in_open_lines(estate.id)
        number = rules.batch_number(today.year, queries.batches_in_year(estate.id, today.year) + 1)
        lines = []
        for row in auths:
            if row[5] > up_to:
                continue          # not yet in force
            owed = _owed((*row, unit_ids[row[1]]), items, up_to, asked)
            if owed:
                lines.append(dict(line=len(lines) + 1, reference=rules.reference(number, len(lines) + 1),
                                  unit=unit_ids[row[1]], auth=row[0], account=row[3], holder=row[4],
                                  amount_fen=sum(a for _, a in owed), charges=[list(o) for o in owed]))
        if not lines:
            raise Refused("截至 {up_to} 没有要代扣的费用", up_to=up_to)
        total = sum(line["amount_fen"] for line in lines)
        queries.new_batch(lines, estate=estate.id, number=number, up_to=up_to, layout=layout.name,
                          created_at=clock.to_db(now), created_by=actor.username, total_fen=total)
        audit.record(actor.username, "debit.batch", "debit_batch", number,
                     after={"up_to": up_to.isoformat(), "layout": layout.name, "total_fen": total,
                            "lines": [[ln["reference"], ln["unit"], ln["account"], ln["amount_fen"], ln["charges"]]
                                      for ln in lines]})
    return export(actor, number)


def _batch(actor: Actor, number: str):
    batch = queries.batch_by_number(estate_of(actor).id, rules.checked_batch_number(number))
    if batch is None:
        raise NotFound("没有代扣批次 {number}", number=number)
    return batch


def export(actor: Actor, number: str) -> BatchFile:
    """A batch's file for the bank, written again from its stored lines (the same bytes)."""
    actor.require("debit.manage")
    batch = _batch(actor, number)
    lines = queries.lines_of(batch.id)
    auths = {r[0]: r[2] for r in queries.auths(batch.estate_id)}
    data = rules.batch_file(layouts.layout(batch.layout), [
        dict(reference=ln.reference, account=ln.account, holder=ln.holder, amount=ln.amount_fen, unit=ln.unit_code,
             bank=auths[ln.auth_id], batch=batch.number, up_to=batch.up_to.isoformat()) for ln in lines])
    return BatchFile(batch.number, batch.layout, len(lines), batch.total_fen, data)


@dataclass(frozen=True)
class ReportLine:
    reference: str
    unit: str
    holder: str
    account: str             # masked
    amount_fen: int
    status: str              # core.debit.STATES
    reason: str
    receipt: str


@dataclass(frozen=True)
class BatchReport:
    number: str
    up_to: date
    layout: str
    lines: tuple[ReportLine, ...]

    def _sum(self, status: str | None) -> tuple[int, int]:
        chosen = [ln for ln in self.lines if status is None or ln.status == status]
        return len(chosen), sum(ln.amount_fen for ln in chosen)

    @property
    def total(self) -> tuple[int, int]:
        return self._sum(None)

    @property
    def succeeded(self) -> tuple[int, int]:
        return self._sum(rules.PAID)

    @property
    def failed(self) -> tuple[int, int]:
        return self._sum(rules.FAILED)

    @property
    def waiting(self) -> tuple[int, int]:
        return self._sum(rules.SENT)


def report(actor: Actor, number: str) -> BatchReport:
    """The batch for the manager: each line (account masked) and how many, and how much, succeeded,
    failed and still wait for the bank."""
    actor.require("debit.manage")
    batch = _batch(actor, number)
    lines = queries.lines_of(batch.id)
    receipts = queries.receipt_numbers([ln.payment_id for ln in lines if ln.payment_id])
    return BatchReport(batch.number, batch.up_to, batch.layout, tuple(
        ReportLine(ln.reference, ln.unit_code, ln.holder, rules.mask_account(ln.account), ln.amount_fen, ln.status,
                   ln.reason, receipts.get(ln.payment_id, "")) for ln in lines))


def listed(actor: Actor) -> list[tuple]:
    """(number, up to, layout, made at, lines, total, succeeded, failed) of the estate's batches."""
    actor.require("debit.manage")
    return queries.batches(estate_of(actor).id)
