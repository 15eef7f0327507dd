"""The bank's return file read back: each success posted as a payment settled by 银行代扣 (its own
DK receipt number, the line's reference as its request id, so a line is posted once however often
the file is read), each failure marked and put in the reminder log for the counter to follow up,
all in ONE transaction per file. A line whose amount is not the batch's, or that names no line of
the batch, is refused and posts nothing."""
from __future__ import annotations

from dataclasses import dataclass

from ...core import debit as rules, text
from ...core.allocation import Allocation
from ...core.errors import Invalid, Refused
from ...core.money import format_yuan
from ...core.tenders import Tender, settle
from ...store import locks
from ...store.db import write_transaction
from ...store.queries import charges as charge_queries, debit as queries, reminders as reminder_queries
from ...store.queries.units import units_by_ids
from ...ledger.estate import estate_of
from ...ledger import audit, clock
from ...ledger.context import Actor
from ...ledger.numbering import DEBIT_FORMAT, DEBIT_SERIES
from ...ledger.posting import Document, Quote, post_documents
from . import layouts

# What became of each line of a return file.
POSTED, FAILED, REFUSED, REPEATED, ALREADY = "posted", "failed", "refused", "repeated", "already"
OUTCOMES = {POSTED: "已入账", FAILED: "扣款失败，已记入催缴", REFUSED: "拒收", REPEATED: "文件内重复，未处理",
            ALREADY: "此前已处理，未重复入账"}


@dataclass(frozen=True)
class LineOutcome:
    row: int
    reference: str
    unit: str
    amount_fen: int
    outcome: str             # OUTCOMES
    detail: str              # the bank's reason, the receipt number, or why refused


@dataclass(frozen=True)
class ReturnResult:
    batch: str
    lines: tuple[LineOutcome, ...]

    def count(self, outcome: str) -> int:
        return sum(1 for ln in self.lines if ln.outcome == outcome)

    @property
    def posted_fen(self) -> int:
        return sum(ln.amount_fen for ln in self.lines if ln.outcome == POSTED)


def _understood(estate_id: int, data: bytes, layout_name: str | None):
    """(batch, its returned lines): read in the named layout, or else in the layout of the batch
    whose references the file carries (tried in each known layout)."""
    known = layouts.available()
    tried = [known[layout_name]] if layout_name else list(known.values())
    if layout_name and layout_name not in known:
        layouts.layout(layout_name)            # refused by name
    for layout in tried:
        try:
            returned = rules.read_return(layout, data)
            numbers = {rules.batch_of_reference(r.reference) for r in returned}
        except Invalid:
            if layout_name:
                raise
            continue
        if len(numbers) > 1:
            raise Refused("一个回盘文件只能对应一个批次，此文件含 {batches}", batches="、".join(sorted(numbers)))
        batch = queries.batch_by_number(estate_id, numbers.pop()) if numbers else None
        if batch is not None and (layout_name or batch.layout == layout.name):
            return batch, returned
    raise Invalid("回盘文件读不出：不是任何代扣格式，或不属于本小区的批次")


def read(actor: Actor, data: bytes, layout_name: str | None = None) -> ReturnResult:
    """Reads a return file into the ledger, once: see the module's note."""
    actor.require("debit.manage")
    estate = estate_of(actor)
    batch, returned = _understood(estate.id, data, layout_name)
    now = clock.now_utc()
    today = clock.business_date(estate.timezone, now)
    outcomes: list[LineOutcome] = []
    with write_transaction():
        lines = {ln.reference: ln for ln in queries.lines_of(batch.id)}
        done = queries.payments_by_request(estate.id, list(lines))
        seen: set[str] = set()
        paid, failed = [], []
        for r in returned:
            line = lines.get(r.reference)
            said = (r.row, r.reference, line.unit_code if line else "", r.amount_fen)
            if line is None:
                outcomes.append(LineOutcome(*said, REFUSED, "批次中没有此参考号"))
            elif r.reference in seen:
                outcomes.append(LineOutcome(*said, REPEATED, ""))
            elif r.amount_fen != line.amount_fen:
                outcomes.append(LineOutcome(*said, REFUSED, f"金额与批次不符（批次 {format_yuan(line.amount_fen)} 元）"))
            elif line.reference in done or line.status != rules.SENT:
                outcomes.append(LineOutcome(*said, ALREADY, done[line.reference][1] if line.reference in done
                                            else rules.STATES[line.status]))
            elif r.ok:
                paid.append((r, line))
            else:
                failed.append((r, line))
            seen.add(r.reference)
        numbers = _post(actor, estate, [line for _, line in paid], now)
        reasons = {line.id: text.clean(r.reason, "原因") for r, line in failed}
        queries.mark_lines([(line.id, rules.PAID, "", numbers[line.id][0]) for _, line in paid] +
                           [(line.id, rules.FAILED, reasons[line.id], None) for _, line in failed], clock.to_db(now))
        for r, line in failed:
            reminder_queries.create_reminder(
                estate=estate.id, unit=line.unit_id, at=clock.to_db(now), username=actor.username,
                channel=rules.REMINDER_CHANNEL, owed_fen=line.amount_fen,
                note=f"银行代扣失败 {line.reference}：{reasons[line.id] or '银行未说明原因'}", promised_on=None,
                follow_up_on=today)
        outcomes += [LineOutcome(r.row, line.reference, line.unit_code, line.amount_fen, POSTED, numbers[line.id][1])
                     for r, line in paid]
        outcomes += [LineOutcome(r.row, line.reference, line.unit_code, line.amount_fen, FAILED, reasons[line.id])
                     for r, line in failed]
        outcomes.sort(key=lambda o: o.row)
        audit.record(actor.username, "debit.return", "debit_batch", batch.number,
                     after={"lines": [[o.reference, o.amount_fen, o.outcome, o.detail] for o in outcomes]})
    return ReturnResult(batch.number, tuple(outcomes))


def _post(actor: Actor, estate, lines: list, now) -> dict[int, tuple[int, str]]:
    """Each line a DK payment by 银行代扣 of the charges it asked for, as far as they are still owed
    (a charge paid at the counter meanwhile leaves its part on the unit's prepaid balance: the bank
    took the money). line id -> (payment id, number)."""
    if not lines:
        return {}
    balances = locks.lock_units([ln.unit_id for ln in lines])
    units = {u.id: u for u in units_by_ids([ln.unit_id for ln in lines])}
    docs = []
    for ln in lines:
        unit = units[ln.unit_id]
        unit.prepaid_fen = balances[unit.id]
        allocations = []
        for charge_id, asked in ln.charges:
            charge = charge_queries.charge_or_none(charge_id)
            still = 0 if charge.cancelled_at else min(asked, charge.amount_fen - charge.paid_fen)
            if still > 0:
                allocations.append(Allocation(charge_id, still, 0, 0))
        principal = sum(a.principal_fen for a in allocations)
        settlement = settle(principal, [Tender(rules.TENDER, ln.amount_fen, ln.reference)],
                            prepaid_balance_fen=unit.prepaid_fen, overpay_to_prepaid=True)
        docs.append(Document(unit, DEBIT_SERIES, DEBIT_FORMAT, "debit", Quote(unit.id, tuple(allocations), {}, principal, 0, 0, 0),
                             settlement, ln.holder, f"银行代扣 {ln.reference}", request_id=ln.reference))
    payments = post_documents(actor, estate, docs, now)
    return {ln.id: (p.id, p.number) for ln, p in zip(lines, payments)}
