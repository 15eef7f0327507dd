"""Posting one numbered money document (a counter receipt or an automatic prepaid deduction):
its number, the charges it settles, its lines, tenders and prepaid movements, and the audit row
that seals its content, all inside the caller's write transaction. Shared by the counter and by
billing's automatic deduction, so neither imports the other."""
from __future__ import annotations

from dataclasses import dataclass

from ..core import discounts, offers, rounding
from ..core.allocation import Allocation
from ..core.errors import Conflict
from ..store import locks
from ..store.bulk import add_to_paid
from ..store.queries import charges as charge_rows, discounts as discount_rows, payments as payment_rows
from ..store.queries.occupants import owner_names
from . import audit, clock, numbering, rowseals
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
    lines: tuple = ()      # what a preview shows: ReceiptLine per allocation (payments.quote fills it)
    offers: tuple[str, ...] = ()   # what a preview says of the offers earned (交12个月送1个月，将赠送 …)
    offers: tuple[str, ...] = ()   # what a preview says of the offers earned (交12个月送1个月，将赠送 …)
    # The 抹零 rule the cash part of this payment is rounded by (core.rounding.RULES): the estate's,
    # when the payment settles charges whole with nothing put on account; else off.
    rounding_rule: str = rounding.OFF
    # 折扣/减免 (core/discounts.py): (charge, 分 off) the policy takes off the principal it settles,
    # and (policy id, policy name, reason, authoriser id) of the grant; empty for none.
    discounts: tuple = ()
    grant: tuple = ()
    # Free months of a prepay offer (core/offers.py): (charge id, the rule's name, its principal),
    # each settled by a row of method core.offers.OFFER, not by the payer.
    offered: tuple[tuple[int, str, int], ...] = ()

    @property
    def total_fen(self) -> int:
        """What the charges and top-up come to: the receipt's total, its settlement rows' sum."""
        return self.lines_fen + self.late_fee_fen - self.waived_fen + self.topup_fen

    @property
    def offer_fen(self) -> int:
        return sum(amount for _, _, amount in self.offered)

    @property
    def offered_by_rule(self) -> tuple[tuple[str, int], ...]:
        """(rule name, 分) of the free months, by rule in order: the receipt's 赠送 rows."""
        by: dict[str, int] = {}
        for _, name, amount in self.offered:
            by[name] = by.get(name, 0) + amount
        return tuple(by.items())

    @property
    def discount_fen(self) -> int:
        return sum(fen for _charge, fen in self.discounts)

    @property
    def due_fen(self) -> int:
        """What the payer pays before 抹零: the total less the allowances (core.tenders.ALLOWANCES:
        the discount and an offer's free months), which their own rows settle."""
        return self.total_fen - self.discount_fen - self.offer_fen


def content_of(payment, lines: list[list], tenders: list[list]) -> dict:
    """The canonical content that the audit chain and the receipt's check value cover (the client's
    request id too, since schema 13: a receipt from before it has none, and hashes as it did)."""
    content = {"number": payment.number, "unit": payment.unit_id, "kind": payment.kind,
               "lines_fen": payment.lines_fen, "late_fee_fen": payment.late_fee_fen, "waived_fen": payment.waived_fen,
               "topup_fen": payment.topup_fen, "total_fen": payment.total_fen,
               "cash_tendered_fen": payment.cash_tendered_fen, "change_fen": payment.change_fen,
               "prepaid_after_fen": payment.prepaid_after_fen, "created_at": payment.created_at,
               "user": payment.user_id, "lines": lines, "tenders": tenders}
    if payment.request_id:
        content["request_id"] = payment.request_id
    return content


@dataclass(frozen=True)
class Document:
    """One numbered document to post: whose, which series, what it settles and how it was paid."""
    unit: object           # the unit's row (store.models.Unit)
    series: str
    fmt: str
    kind: str
    quote: Quote
    settlement: object
    payer: str = ""
    remarks: str = ""
    waiver_reason: str = ""
    training: bool = False
    shift_id: int | None = None
    request_id: str | None = None      # the client's, for a counter receipt (store.models.REQUEST_IDS)
    created: tuple[int, ...] = ()      # charges the document itself created (advance months, one-offs)


def post_document(actor: Actor, estate, unit, series: str, fmt: str, kind: str, q: Quote,
                  settlement, payer: str, remarks: str, waiver_reason: str, now, training=False,
                  shift_id: int | None = None, request_id: str | None = None, created: tuple[int, ...] = ()):
    """The rows of one numbered document (a counter receipt in `shift_id`, or an automatic
    deduction outside any shift). The caller holds the write transaction and has locked the unit
    (store.locks.lock_unit) before reading its balance for the settlement."""
    return post_documents(actor, estate, [Document(unit, series, fmt, kind, q, settlement, payer, remarks,
                                                   waiver_reason, training, shift_id, request_id,
                                                   tuple(created))], now)[0]


def post_documents(actor: Actor, estate, docs: list[Document], now) -> list:
    """Post documents of one series, in order, with a fixed number of statements however many
    there are (on a server each statement is a round trip: a billing run posts a thousand
    deductions). Each unit is locked by the caller, and appears in at most one document."""
    if not docs:
        return []
    if len({d.series for d in docs}) != 1 or len({d.unit.id for d in docs}) != len(docs):
        raise ValueError("documents of one series, one per unit")
    local_now = clock.local(now, estate.timezone)
    first = docs[0]
    # The guard in the UPDATE makes a concurrent or repeated payment of the same charge fail here.
    settled = [(a.charge_id, a.principal_fen) for d in docs for a in d.quote.allocations]
    if add_to_paid(settled) != len(settled):
        raise Conflict("所选费用已被其他收款冲抵，请刷新后重试")
    rows, contents, balances, changes = [], [], {}, []
    for d in docs:
        q, settlement, unit = d.quote, d.settlement, d.unit
        topup = q.topup_fen + settlement.topup_fen  # asked-for top-up plus any overpayment kept
        balance = unit.prepaid_fen - settlement.prepaid_used_fen + topup
        row = dict(
            estate=estate.id, series=d.series, year=local_now.year, seq=0, number="", unit=unit.id,
            payer=d.payer or _default_payer(unit), kind=d.kind, lines_fen=q.lines_fen, late_fee_fen=q.late_fee_fen,
            waived_fen=q.waived_fen, topup_fen=topup, total_fen=q.lines_fen + q.late_fee_fen - q.waived_fen + topup,
            cash_tendered_fen=settlement.cash_tendered_fen, change_fen=settlement.change_fen,
            prepaid_after_fen=balance, created_at=clock.to_db(now), business_date=local_now.date(),
            user=actor.user_id, shift=d.shift_id, remarks=d.remarks, content_hash="", training=d.training,
            request_id=d.request_id)
        lines = [[a.charge_id, a.principal_fen, a.late_fee_fen, q.waived.get(a.charge_id, 0)] for a in q.allocations]
        tenders = [[t.method, t.amount_fen, t.reference.strip()] for t in settlement.applied]
        if settlement.rounding_fen:   # 抹零: the row settling what the rounding took off
            tenders.append([rounding.ROUNDING, -settlement.rounding_fen, ""])
        if q.discounts:   # 折扣/减免: the row settling what the policy took off, its lines sealed too
            tenders.append([discounts.DISCOUNT, q.discount_fen, ""])
        # 赠送: a row per free month under its rule's name, so Σ tenders is the document's total
        tenders += [[offers.OFFER, amount, name] for _, name, amount in q.offered]
        rows.append(row)
        contents.append((None, lines, tenders))
        running = unit.prepaid_fen
        for amount, mkind in ((-settlement.prepaid_used_fen, "deduction" if d.kind == "deduction" else "use"),
                              (topup, "topup")):
            if amount:
                running += amount
                changes.append((unit.id, amount, running, mkind, len(rows) - 1))
        balances[unit.id] = balance
    if changes:
        moved = {unit_id: balances[unit_id] for unit_id, *_ in changes}
        try:   # relative and guarded: never below zero, never overwriting another writer's change
            locks.change_prepaid([(unit_id, amount) for unit_id, amount, *_ in changes], moved)
        except ValueError:
            codes = "、".join(d.unit.code for d in docs[:3])
            raise Conflict("{units} 的预存余额不足或已被其他收款改变，请刷新后重试", units=codes) from None
    # Everything but the number goes in first, under a stand-in, and is read back for its seal:
    # the series' counter row and the audit chain's head, which every counter waits for, are
    # taken last and held to the commit for four short statements (the number, the payment
    # numbered, the chain appended and its head moved), not for the document's every row.
    payment_ids, line_ids, tender_ids, movement_ids = payment_rows.new_document_ids(
        len(rows), sum(len(lines) for _, lines, _ in contents), sum(len(tenders) for _, _, tenders in contents),
        len(changes))
    line_id, tender_id = iter(line_ids), iter(tender_ids)
    line_rows, tender_rows = [], []
    for d, row, payment_id, (_, lines, tenders) in zip(docs, rows, payment_ids, contents):
        row["id"] = payment_id
        line_rows += [dict(id=next(line_id), payment=payment_id, charge=c, principal_fen=p, late_fee_fen=lf,
                           waived_fen=w, late_days=a.late_days, waiver_reason=d.waiver_reason if w else "")
                      for (c, p, lf, w), a in zip(lines, d.quote.allocations)]
        tender_rows += [dict(id=next(tender_id), payment=payment_id, method=m, amount_fen=a, reference=r)
                        for m, a, r in tenders]
    payments = payment_rows.insert_unnumbered_payments(rows)
    for d, payment_id in zip(docs, payment_ids):
        if d.created:    # charges a document created go with it if it is voided
            charge_rows.mark_created_by(list(d.created), payment_id)
    payment_rows.insert_payment_lines(line_rows)
    payment_rows.insert_tender_rows(tender_rows)
    discount_rows.insert_lines([dict(payment=payment.id, charge=cid, policy=d.quote.grant[0], amount_fen=fen,
                                     reason=d.quote.grant[2], authoriser=d.quote.grant[3])
                                for d, payment in zip(docs, payments) for cid, fen in d.quote.discounts])
    if changes:
        payment_rows.insert_prepaid_movements([dict(id=i, unit=unit_id, payment=payment_ids[n], amount_fen=amount,
                                                    balance_after_fen=after, kind=mkind, created_at=clock.to_db(now))
                                               for i, (unit_id, amount, after, mkind, n) in zip(movement_ids, changes)])
    for d in docs:
        d.unit.prepaid_fen = balances[d.unit.id]
    audit.read_ahead()
    numbers = numbering.next_numbers(estate, first.series, local_now.year, first.fmt, len(docs))
    for n, (d, row, payment, (seq, number)) in enumerate(zip(docs, rows, payments, numbers)):
        row.update(seq=seq, number=number)
        _, lines, tenders = contents[n]
        content = content_of(_Sealed(row), lines, tenders)
        row["content_hash"] = audit.payment_content_hash(content)
        payment.seq, payment.number, payment.content_hash = seq, number, row["content_hash"]
        if d.quote.discounts:   # the grant in the audit row beside the content (its lines are row-sealed)
            _policy_id, name, reason, authoriser = d.quote.grant
            content = dict(content, discount={"policy": name, "reason": reason, "authoriser": authoriser,
                                              "lines": [list(pair) for pair in d.quote.discounts]})
        contents[n] = (content, lines, tenders)
    payment_rows.number_payments([(p.id, p.seq, p.number, p.content_hash) for p in payments],
                                 rowseals.columns("payment"))
    audit.record_many(actor.username, [(f"payment.{d.kind}", "payment", row["number"],
                                        dict(content, content_hash=row["content_hash"]))
                                       for d, row, (content, _, _) in zip(docs, rows, contents)])
    return payments


class _Sealed:
    """The attributes content_of reads, from the row about to be inserted."""

    def __init__(self, row: dict):
        self.number, self.unit_id, self.kind = row["number"], row["unit"], row["kind"]
        self.user_id, self.created_at, self.request_id = row["user"], row["created_at"], row["request_id"]
        for key in ("lines_fen", "late_fee_fen", "waived_fen", "topup_fen", "total_fen", "cash_tendered_fen",
                    "change_fen", "prepaid_after_fen"):
            setattr(self, key, row[key])


def _default_payer(unit) -> str:
    """The first current owner's name."""
    return owner_names([unit.id]).get(unit.id, "")
