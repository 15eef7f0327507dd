"""`audit verify` and the check: the chain (keyed links, its head, anchors from outside the file),
every money row against its seal (rowseals.py), every payment's rows against the content it sealed,
every audit record of a document against its row and every row against its record (a number
recorded twice, or recorded and gone, is named), voids and cancellations against their records,
the sealed state of users, settings, items, standards, units, shifts and days, and the ledger's
invariants (paid amounts, receipts adding up, gapless numbers, balances, billed months). Each
problem is named by its row, so an edit made behind the program is found."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from ..core.errors import Finding, Word, first_of, text_of
from ..core.money import format_yuan
from ..store.queries import billed, checks, late_months, month_units, owed_months, owing, payments as payment_queries
from ..core.periods import Month
from ..store import migrations
from ..store.db import database
from ..store.queries.charges import items_by_id
from ..store.queries.estate import estate_names
from ..store.queries.occupants import unit_codes
from . import audit, rowseals, seals
from .audit import ChainReport, payment_content_hash
from .context import Actor
from .posting import content_of
from .standards import late_rules


@dataclass
class _Trail:
    """What the chain says about documents, gathered as it is walked."""
    # number -> (row, unit) of its record, or a list of them when it is recorded more than once
    # (half a million receipts on a large estate: no list for each)
    payments: dict = field(default_factory=dict)
    refunds: dict = field(default_factory=lambda: defaultdict(list))    # number -> [(row, estate or None)]
    closes: dict = field(default_factory=lambda: defaultdict(list))     # shift id -> [(row, z)]
    voided: set = field(default_factory=set)            # payment ids voided by the trail
    voided_numbers: set = field(default_factory=set)    # (records from before payment ids were kept)
    cancelled: dict = field(default_factory=dict)       # charge id -> the void's row number
    reversed: dict = field(default_factory=dict)        # run id -> the reversal's row number
    tampered: list = field(default_factory=list)        # found by a change before it sealed the row again

    def see(self, number: int, row, key) -> None:
        _id, _at, _user, action, entity, entity_id, _before, after, _prev, _hash = row
        if action.startswith("payment.") and entity == "payment":
            data = json.loads(after or "{}")
            record, before = (number, data.get("unit")), self.payments.get(entity_id)
            self.payments[entity_id] = record if before is None else \
                (before if isinstance(before, list) else [before]) + [record]
        elif action == "receipt.refund" and entity == "refund":
            data = json.loads(after or "{}")
            self.refunds[entity_id].append((number, data.get("estate")))
            for charge_id in data.get("charges_cancelled", ()):    # an offer's free months taken back
                self.cancelled[int(charge_id)] = number
        elif action == "shift.close" and entity == "shift":
            self.closes[entity_id].append((number, json.loads(after or "{}").get("z")))
        elif action == "receipt.void" and entity == "payment":
            data = json.loads(after or "{}")
            if data.get("payment_id"):
                self.voided.add(data["payment_id"])
            else:
                self.voided_numbers.add(entity_id)
            for charge_id in data.get("charges_cancelled", ()):
                self.cancelled[int(charge_id)] = number
        elif action == "billing.reverse" and entity == "billing_run":
            self.reversed[int(entity_id)] = number
        elif action == seals.TAMPERED:
            data = json.loads(after or "{}")
            self.tampered.append(Finding("{name} 的 {fields} 在审计记录第 {number} 条写入前已与审计记录不符（在程序之外被改动）",
                                         name=seals.name_of(entity, entity_id),
                                         fields=", ".join(data.get("fields", ())), number=number))


# A sealed table's rows by name, for a problem found in one (words of the catalogue).
LABELS = {"payment": "收据", "payment_line": "收据明细", "tender": "收据付款方式", "refund": "退款单",
          "refund_line": "退款明细", "prepaid_movement": "预存流水", "charge": "应收", "billing_run": "计费",
          "meter_reading": "抄表", "opening_deposit": "期初押金", "shared_cost": "公摊费用",
          "number_skip": "跳号记录", "cash_movement": "现金收支单",
          "receipt_book": "收据本", "book_issue": "收据本领用", "receipt_form": "收据本表单"}


def _name(table: str, row_id: int) -> Finding:
    """A row in words, for a problem found in it (its id alone when it is gone)."""
    label = Word(LABELS[table])
    found = payment_queries.row_in_words(table, row_id)
    return Finding("{label} {row}", label=label, row=found) if found else \
        Finding("{label}（id {id}）", label=label, id=row_id)


def _record_problems(trail: _Trail) -> list[Finding]:
    """Every document recorded in the trail has its row, once; every row has its record; every
    cancellation and voiding has its record and every record its effect."""
    problems = []
    estates = checks.unit_estates()
    held = checks.payments_held()
    for number, records in trail.payments.items():
        by_estate = defaultdict(list)
        for row, unit in (records if isinstance(records, list) else [records]):
            by_estate[estates.get(unit)].append(row)
        for estate, rows in by_estate.items():
            if len(rows) > 1:
                problems.append(Finding("收据号 {number} 在审计记录中出现 {times} 次（第 {rows} 条）", number=number,
                                        times=len(rows), rows="、".join(map(str, rows))))
            if estate is None or (estate, number) not in held:
                problems.append(Finding("收据 {number} 记在审计记录第 {row} 条，账本里却没有这张收据（被删除）",
                                        number=number, row=rows[0]))
    for (estate, number), _ in held.items():
        if number not in trail.payments:
            problems.append(Finding("收据 {number} 没有审计记录（在程序之外新增）", number=number))
    refunds = defaultdict(set)
    for estate, number in checks.refunds_held():
        refunds[number].add(estate)
    for number, records in trail.refunds.items():
        if len(records) > 1:
            problems.append(Finding("退款单号 {number} 在审计记录中出现 {times} 次", number=number, times=len(records)))
        if number not in refunds:
            problems.append(Finding("退款单 {number} 记在审计记录第 {row} 条，账本里却没有这张退款单（被删除）",
                                    number=number, row=records[0][0]))
    problems += [Finding("退款单 {number} 没有审计记录（在程序之外新增）", number=n) for n in refunds if n not in trail.refunds]
    zs = checks.z_numbers()
    for shift_id, records in trail.closes.items():
        if len(records) > 1:
            problems.append(Finding("班次 {shift} 的交班在审计记录中出现 {times} 次", shift=shift_id, times=len(records)))
        if zs.get(int(shift_id)) != records[-1][1]:
            held_z = zs.get(int(shift_id))
            problems.append(Finding("班次 {shift} 的交班（Z {z}，审计记录第 {row} 条）与账本不符（账本中为 {held}）",
                                    shift=shift_id, z=records[-1][1], row=records[-1][0],
                                    held=held_z or Word("未交班或已删除")))
    problems += [Finding("班次 {shift} 的交班报表 {z} 没有审计记录（在程序之外新增）", shift=s, z=z) for s, z in zs.items()
                 if str(s) not in trail.closes]
    return problems + trail.tampered + _cancel_problems(trail)


def _cancel_problems(trail: _Trail) -> list[Finding]:
    """A charge is cancelled exactly when a void of the receipt that created it, or the reversal of
    its billing run, says so; a run is reversed exactly when its reversal is recorded."""
    problems = []
    for cid, run, cancelled, key in checks.cancelled_looking_charges():
        if cancelled is None:
            problems.append(Finding("{charge} 的计费键被改成已取消的样子，应收却没有取消（在程序之外被改动）",
                                    charge=_name("charge", cid)))
        elif cid not in trail.cancelled and run not in trail.reversed:
            problems.append(Finding("{charge} 被取消，但审计记录里没有这次取消（在程序之外被改动）", charge=_name("charge", cid)))
    live = checks.not_cancelled(list(trail.cancelled))
    problems += [Finding("{charge} 已随收据作废取消（审计记录第 {row} 条），却又恢复（在程序之外被改动）",
                         charge=_name("charge", cid), row=trail.cancelled[cid]) for cid in sorted(live)]
    runs = checks.run_reversals()
    for run_id, reversed_at in runs.items():
        if (reversed_at is not None) != (run_id in trail.reversed):
            problems.append(Finding("计费 {run} 的撤销状态与审计记录不符（在程序之外被改动）", run=run_id))
    for run_id in trail.reversed:
        if checks.run_has_live_charges(run_id):
            problems.append(Finding("计费 {run} 已撤销（审计记录第 {row} 条），其应收却有未取消的（在程序之外被改动）",
                                    run=run_id, row=trail.reversed[run_id]))
    return problems


def _source_problems(coverage: rowseals.Coverage) -> list[Finding]:
    """A charge names the receipt that created it exactly when that receipt's record sealed it
    (a void cancels the charges its receipt created: the link must not be moved)."""
    problems = []
    linked = checks.charge_sources()
    numbers = checks.payment_numbers(sorted(set(linked.values())))   # of these receipts only, not of every receipt
    for g in coverage.groups:        # charges sealed by a receipt's record: each names that receipt
        if g.table == "charge" and g.owned and g.source and g.source[0].startswith("payment."):
            for cid in coverage.owned_ids(g):
                if numbers.get(linked.pop(cid, None)) != g.source[1]:
                    problems.append(_moved_source(cid))
    problems += [_moved_source(cid) for cid in sorted(linked) if coverage.owner("charge", cid) is not None
                 and coverage.owner("charge", cid).source[:1] != (rowseals.RESEAL,)]
    return problems


def _moved_source(charge_id: int) -> Finding:
    return Finding("{charge} 所属的收据与封存它的记录不符（在程序之外被改动）", charge=_name("charge", charge_id))


def verify_documents() -> ChainReport:
    """Every payment's stored rows must still hash to the value sealed in its audit row, so an
    amount edited in the file with another tool is found (and named). Read as plain rows a batch
    at a time (store.queries.payments.stored_receipts): the same check, without a model per row."""
    count = 0
    for receipts, lines, tenders, sealed in payment_queries.stored_receipts():
        for payment in receipts:
            count += 1
            digest = payment_content_hash(content_of(payment, lines.get(payment.id, []), tenders.get(payment.id, [])))
            if digest != payment.content_hash or digest not in sealed.get(payment.number, ()):
                return ChainReport(False, count, payment.id,
                                   Finding("收据 {number} 的内容与审计记录不符（金额或明细被改动）",
                                           number=payment.number))
    return ChainReport(True, count)


def _void_problems(trail: _Trail) -> list[Finding]:
    """A receipt marked voided has its void in the trail, and one voided in the trail stays voided."""
    problems = []
    voided = checks.not_valid_payments()
    for p in voided:
        if p.id not in trail.voided and p.number not in trail.voided_numbers:
            problems.append(Finding("收据 {number} 被标为作废，但审计记录里没有这次作废（在程序之外被改动）", number=p.number))
    voided_ids = {p.id for p in voided}
    for p in checks.payments_by_ids(list(trail.voided)):
        if p.id not in voided_ids:
            problems.append(Finding("收据 {number} 已作废，却又被改回有效（在程序之外被改动）", number=p.number))
    return problems


# What does not add up in a receipt (checks.documents_not_adding_up), in words of the catalogue.
NOT_ADDING_UP = {"lines": "明细与合计不符", "total": "合计与各项不符", "tenders": "付款方式合计与收据合计不符"}


def _sums(owing) -> tuple[int, int]:
    """The two sums the check words a kept row's difference by (欠费, 滞纳金)."""
    return owing.principal_fen, owing.late_fee_fen


# Each check lists every row it finds, up to this many (its statement's LIMIT): the lists shown are
# cut by first_of, which says how many more, so that count must be of all of them.
FOUND = 100_000


def _invariant_problems() -> list[Finding]:
    problems = [Finding("费用 {charge} 的已收金额为 {stored}，收据实收为 {paid}（已收金额被改动）", charge=cid,
                        stored=format_yuan(stored), paid=format_yuan(paid))
                for cid, stored, paid in checks.charges_paid_wrongly(FOUND)]
    problems += [Finding("收据 {number}：{what}", number=number, what=Word(NOT_ADDING_UP[what]))
                 for number, what in checks.documents_not_adding_up(FOUND)]
    problems += [Finding("收据 {number}：抹零不合规则（一元以上、多于一笔或没有现金）", number=number)
                 for number in checks.roundings_out_of_rule(FOUND)]
    problems += [Finding("编号 {series}（{year}）有缺号或重号：{count} 张，最大号 {highest}，计数器 {counter}",
                         series=series, year=year or "—", count=count, highest=highest, counter=counter)
                 for _, series, year, count, highest, counter in checks.series_with_gaps()]
    problems += [Finding("编号 {series}（{year}）的单据没有编号计数器", series=series, year=year)
                 for _, series, year in checks.documents_without_counter()]
    problems += [Finding("房屋 {unit} 的预存余额为 {stored}，各笔收支合计为 {moved}（余额被改动）", unit=code,
                         stored=format_yuan(stored), moved=format_yuan(moved))
                 for code, stored, moved in checks.prepaid_not_matching_movements(FOUND)]
    return problems


def kept_problems() -> list[Finding]:
    """Where the figures kept beside the ledger (billed, owed and late months, units counted, each
    unit's debt) differ from what the charges and receipts add up to, or their triggers are gone:
    none of it is money written, all of it can be worked out again (`rebuild-kept`)."""
    problems = [Finding("收费项目 {item} 在 {month} 的应收合计记为 {kept}，各笔应收合计为 {added}", item=item,
                        month=month, kept=format_yuan(kept), added=format_yuan(added))
                for item, month, kept, added in billed.wrong(FOUND)]
    gone = migrations.missing_kept(database.obj)
    if gone:      # the figures kept beside the ledger may have missed what was done since
        problems.append(Finding("账本中维护欠费汇总的触发器 {names} 不见了（被人删除）：欠费清单等报表可能漏记其后的收款；"
                                "重新打开程序会重建它们并重算汇总", names=", ".join(gone)))
    wrong_owing = owing.wrong(late_rules, FOUND)
    wrong_late = late_months.wrong(FOUND)
    named = [unit for unit, _, _ in wrong_owing] + [unit for unit, *_ in wrong_late]
    codes = unit_codes(named) if named else {}
    problems += [Finding("房屋 {unit} 在 {month} 的迟缴记为 {kept} 笔，按收据明细为 {counted} 笔（迟缴月份记录被改动）",
                         unit=codes.get(unit, unit), month=str(Month(0, 1).add(month)), kept=kept, counted=counted)
                 for unit, month, kept, counted in wrong_late]
    items = {i: row.code for i, row in items_by_id().items()}
    problems += [Finding("收费项目 {item} 在 {month} 的欠费合计记为 {kept}，各笔未收合计为 {added}（欠费汇总被改动）",
                         item=items.get(item, item), month=str(Month(0, 1).add(month)), kept=format_yuan(kept),
                         added=format_yuan(added))
                 for item, month, kept, added in owed_months.wrong(FOUND)]
    estates = {-e: name for e, name in estate_names()}     # an estate's row: all of its items
    problems += [Finding("{item} 在 {month} 的收费户数记为 {kept_units} 户（欠费 {kept_owing} 户），按各笔应收数为 "
                         "{units} 户（欠费 {owing} 户）（户数汇总被改动）",
                         item=items.get(key) or estates.get(key) or key, month=str(Month(0, 1).add(month)),
                         kept_units=kept_units, kept_owing=kept_owing, units=units, owing=owing_units)
                 for key, month, kept_units, kept_owing, units, owing_units in month_units.wrong(FOUND)]
    problems += [Finding("房屋 {unit} 记下的欠费 {kept} 元（滞纳金 {kept_late} 元），按各笔应收算为 {added} 元"
                         "（滞纳金 {added_late} 元）：欠费汇总与应收不符", unit=codes.get(unit, unit),
                         kept=format_yuan(kept.principal_fen), kept_late=format_yuan(kept.late_fee_fen),
                         added=format_yuan(added.principal_fen), added_late=format_yuan(added.late_fee_fen))
                 for unit, kept, added in wrong_owing if kept is not None and _sums(kept) != _sums(added)]
    # The same sums, but the row's items, charges, months or oldest due date differ, or it is not as
    # the program writes it.
    problems += [Finding("房屋 {unit} 记下的欠费明细（各收费项目、笔数、月份、最早到期日）与各笔应收不符，或不是程序写下的样子"
                         "（欠费汇总被改动）", unit=codes.get(unit, unit))
                 for unit, kept, added in wrong_owing if kept is None or _sums(kept) == _sums(added)]
    return problems


@dataclass(frozen=True)
class Verification(ChainReport):
    problems: tuple[Finding, ...] = ()
    kept: tuple[Finding, ...] = ()   # those of problems that are kept figures (`rebuild-kept`)

    @property
    def only_kept(self) -> bool:
        """Every problem is a kept figure, which `rebuild-kept` works out again."""
        return bool(self.kept) and len(self.kept) == len(self.problems)


def audit_verify(actor: Actor, anchors=()) -> Verification:
    """`audit verify` for a manager: everything, with anchors from outside the file; the head it
    found goes to the log, one more place outside the ledger that holds it."""
    actor.require("audit.view")
    report = verify_all(anchors)
    audit.note_anchor("核对账本", report.head)
    return report


def report_text(report: Verification, translate=str) -> str:
    """What verify found, in the words `translate` gives (catalogue.translator() on the command
    line, the window's): the chain, what could not be checked here, the problems."""
    lines = [Finding("审计链共 {rows} 条，链头 {head}（其中升级前无密钥的 {unkeyed} 条按 SHA-256 核对，只防无意的改动）",
                     rows=report.rows, head=report.head, unkeyed=report.unkeyed) if report.unkeyed else
             Finding("审计链共 {rows} 条，链头 {head}", rows=report.rows, head=report.head)]
    lines += audit.describe_unchecked(report)
    if report.ok:
        lines.append(Word("账目一致") if not report.unchecked else Word("能核对的部分账目一致"))
    else:
        lines.append(Word("校验失败："))
        lines += [Indented(p) for p in first_of(report.problems, 50)]
    return "\n".join(("  " + text_of(line.finding, translate)) if isinstance(line, Indented)
                     else text_of(line, translate) for line in lines)


@dataclass(frozen=True)
class Indented:
    """A problem listed under the heading."""
    finding: Finding


def verify_all(anchors=()) -> Verification:
    """Everything above, the chain first (a broken chain makes the rest unreliable). `anchors`:
    (row number, hash prefix) pairs from outside the file (audit.parse_anchor)."""
    coverage, trail = rowseals.Coverage(), _Trail()

    def on_row(number, row, key):
        after = row[7]
        # a TAMPERED row's "sealed" is the state it found changed, not a seal of money rows
        if after and row[3] != seals.TAMPERED and f'"{rowseals.SEALED}"' in after:
            coverage.add_json(after, key, Finding("审计记录第 {number} 条（{action} {entity}）", number=number,
                                                   action=row[3], entity=row[5]), (row[3], row[5]))
        trail.see(number, row, key)
    chain = audit.verify_chain(anchors, on_row)
    extra = dict(unchecked=chain.unchecked, unkeyed=chain.unkeyed, head=chain.head)
    if not chain.ok:
        return Verification(False, chain.rows, chain.first_bad_id, chain.problem, problems=(chain.problem,), **extra)
    problems = rowseals.check(coverage, _name) + _source_problems(coverage)
    documents = verify_documents()
    if not documents.ok:
        problems.append(documents.problem)
    problems += _record_problems(trail) + _void_problems(trail) + seals.broken_seals() + _invariant_problems()
    kept = kept_problems()
    problems += kept
    if problems:
        return Verification(False, chain.rows, documents.first_bad_id, problems[0], problems=tuple(problems),
                            kept=tuple(kept), **extra)
    return Verification(True, chain.rows, **extra)
