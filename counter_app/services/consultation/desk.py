"""The consultation desk: the fee catalogue, the calculator (the billing code itself, on a unit or
on hypothetical figures), the account statement (对账单), the fee notice (收费公示) and the
consultation log."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...core import fees, text
from ...core.errors import Invalid, NotFound, Refused, Word, Words
from ...core.figures import NAMES, OpenCharge, Owing, assess, days_overdue
from ...core.latefees import explain_late_fee, late_fee, overdue_days
from ...core.money import format_yuan, parse_scaled
from ...core.periods import CYCLE_NAMES, Month
from ...core.tables import Fen, Section
from ...documents.report_pdf import render_report_pdf
from ...store.convert import stored_date
from ...store.db import write_transaction
from ...store.queries import account, consultations
from ...store.queries.charges import active_items, active_items_of_kinds, charge_by_id, charge_or_none, estate_items
from ...store.queries.occupants import unit_codes
from ...store.queries.shifts import open_shift_of
from ...store.queries.users import display_names
from ...ledger.estate import estate_of, find_item, find_unit
from ...ledger.planner import PERIODIC, explanation, next_month_to_bill, plan_periodic, unit_facts
from ...ledger.standards import applies_to, late_rule, standards_of
from ...ledger import audit, clock, offers, receiptkey
from ...ledger.context import Actor
from ...ledger.dues import owed

# -- catalogue -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogueEntry:
    code: str
    name: str
    kind: str
    cycle: str
    rate: str                # the standard in force today, with its unit
    rounding: str
    late_fee: str
    vacancy: str
    basis: str
    explanation: str
    history: tuple[tuple[str, str, str], ...]   # (from, rate, basis), oldest first


def catalogue(actor: Actor, query: str = "") -> list[CatalogueEntry]:
    """Every active fee item with its current standard; `query` matches the name, the pinyin
    initials (wyf → 物业服务费) or the code."""
    actor.require("charge.view")
    today = clock.business_date(estate_of(actor).timezone)
    q = (query or "").strip().lower()
    out = []
    for item in active_items(estate_of(actor).id):
        if q and not (q in item.name.lower() or item.initials.startswith(q) or item.code.lower().startswith(q)):
            continue
        stds = standards_of(item)
        current = fees.standard_in_force(stds, today) or (stds[-1] if stds else None)
        out.append(CatalogueEntry(
            item.code, item.name, fees.KINDS[item.kind], CYCLE_NAMES.get(item.cycle, item.cycle),
            _rate_text(current) if current else "—", current.rounding_text if current else "—",
            late_rule(item).describe(),
            f"空置房按 {current.vacancy_percent}% 收取" if current and current.vacancy_percent < 100 else "—",
            current.basis if current else "", item.explanation,
            tuple((str(s.effective_from), _rate_text(s), s.basis) for s in stds)))
    return out


def _rate_text(std: fees.Standard) -> str:
    if std.kind == "metered" and std.tiers:
        parts, lower = [], 0
        for tier in std.tiers:
            upper = "以上" if tier.upto_centi is None else f"–{fees.qty_text(tier.upto_centi)}"
            parts.append(f"{fees.qty_text(lower)}{upper}：{fees.rate_yuan(tier.rate_e4)}元")
            lower = tier.upto_centi or lower
        return "阶梯 " + "；".join(parts)
    if std.kind == "shared":
        return "按建筑面积分摊当期总额"
    if std.kind == "one_off":
        return f"{format_yuan(std.rate_e4 // 100)} 元/次"
    return std.rate_text()


# -- calculator ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Calculation:
    title: str
    amount_fen: int
    lines: tuple[str, ...]


def calculate(actor: Actor, item_code: str, first_month: str, months: int = 1, *, unit_code: str | None = None,
              area: str | None = None, vacant: bool = False, spaces: int | None = None,
              usage: str | None = None) -> Calculation:
    """The amount for a unit, or for hypothetical figures, with every step — by billing's code."""
    actor.require("charge.view")
    item = find_item(actor, item_code)
    first = Month.parse(first_month)
    if not 1 <= months <= 120:
        raise Invalid("月数应在 1 到 120 之间")
    stds = standards_of(item)
    if not stds or first.last_day() < min(s.effective_from for s in stds):
        raise NotFound("{month} 时 {item} 还没有收费标准", month=first, item=item.name)
    if unit_code:
        unit = find_unit(actor, unit_code)
        facts = unit_facts(unit)
        who = unit.code
    else:
        area_centi = parse_scaled(area or "0", 2, "面积")
        if area_centi > 1_000_000:
            raise Invalid("面积 {area}㎡ 不合理，请核对", area=area)
        facts = fees.UnitFacts(area_centi=area_centi, vacant=vacant, spaces=spaces or 0)
        who = "假设" + (f" {fees.area_text(area_centi)}" if area_centi else "") + (f" {spaces}个车位" if spaces else "")
    if item.kind in PERIODIC:
        plans = plan_periodic(0, item, stds, facts, first, months)
        lines, total = [], 0
        for plan in plans:
            lines.append(f"【{plan.period_start:%Y.%m.%d}-{plan.period_end:%Y.%m.%d}】")
            lines.extend(plan.computation.steps)
            total += plan.computation.amount_fen
        if len(plans) > 1:
            lines.append(f"合计 {format_yuan(total)} 元（标准在期间内调整，分段计算）")
        lines += _offer_line(item, first, months, clock.business_date(estate_of(actor).timezone))
        return Calculation(f"{who} {item.name} {first} 起 {months} 个月", total, tuple(lines))
    if item.kind == "metered":
        if usage is None:
            raise Invalid("抄表计量的项目请输入用量")
        used = parse_scaled(usage, 2, "用量")
        std = fees.standard_in_force(stds, first.first_day())
        comp = fees.compute_metered(std, 0, used)
        return Calculation(f"{who} {item.name} 用量 {fees.qty_text(used)}", comp.amount_fen, comp.steps[1:])
    raise Refused("{item}（{kind}）的金额不能预先试算", item=item.name, kind=Word(fees.KINDS[item.kind]))


def _offer_line(item, first: Month, months: int, day: date) -> list[str]:
    """The prepay offer paying these months earns (ledger/offers.py, as the payment will give it):
    "物业服务费 交12个月送1个月，将赠送 2027-01", or nothing."""
    grant = offers.grant_for(item, first, months, day)
    return [f"{item.name} {grant.announcement}（{grant.rule.name}）"] if grant else []


def pay_through(actor: Actor, unit_code: str, through_month: str, as_of: date | None = None) -> Calculation:
    """“What if I pay through June”: what is owed now with late fees, plus every periodic fee
    not yet billed up to that month."""
    actor.require("charge.view")
    unit = find_unit(actor, unit_code)
    through = Month.parse(through_month)
    as_of = as_of or clock.business_date(unit.building.estate.timezone)
    lines, total = [], 0
    rules = {i.code: late_rule(i) for i in estate_items(unit.estate_id)}
    for due in owed(actor, unit, as_of):
        if due.period_start > through.last_day():
            continue
        total += due.outstanding_fen + due.late_fee_fen
        lines.append(f"欠费 {due.item_name} {due.period_start:%Y.%m}：{format_yuan(due.outstanding_fen)} 元"
                     + (f" + 滞纳金 {format_yuan(due.late_fee_fen)} 元" if due.late_fee_fen else ""))
        if due.late_fee_fen:  # days × daily rate, and the cap where it bites
            lines += ["    " + x for x in explain_late_fee(due.outstanding_fen, due.late_days, rules[due.item_code])]
    facts = unit_facts(unit)
    for item in active_items_of_kinds(unit.estate_id, PERIODIC):
        if not applies_to(item, unit) or (item.kind == "per_space" and not facts.spaces):
            continue
        start = next_month_to_bill(unit, item, as_of)
        months = through.index() - start.index() + 1
        if months <= 0:
            continue
        for plan in plan_periodic(unit.id, item, standards_of(item), facts, start, months):
            total += plan.computation.amount_fen
            lines.append(f"预交 {item.name} {plan.period_start:%Y.%m}-{plan.period_end:%Y.%m}："
                         f"{plan.computation.basis} = {format_yuan(plan.computation.amount_fen)} 元")
        lines += _offer_line(item, start, months, as_of)
    lines.append(f"缴至 {through} 合计 {format_yuan(total)} 元")
    return Calculation(f"{unit.code} 缴至 {through}", total, tuple(lines))


def explain_late(actor: Actor, charge_id: int, as_of: date | None = None) -> list[str]:
    """The late fee of one charge on screen: days past due beyond the grace, rate, cap."""
    actor.require("charge.view")
    charge = charge_by_id(charge_id)
    rule = late_rule(charge.item)
    as_of = as_of or clock.business_date(estate_of(actor).timezone)
    days = overdue_days(charge.due_date, as_of, rule)
    outstanding = charge.amount_fen - charge.paid_fen
    head = [f"到期日 {charge.due_date}，计至 {as_of}，{rule.describe()}",
            f"{NAMES['days_overdue']} {days_overdue(charge.due_date, as_of)} 天（自到期日次日起算），"
            f"{NAMES['late_days']} {days} 天（逾期天数减宽限天数）"]
    return head + explain_late_fee(outstanding, days, rule) + [f"滞纳金 {format_yuan(late_fee(outstanding, days, rule))} 元"]


# -- account statement -------------------------------------------------------------------------

@dataclass(frozen=True)
class AccountStatement:
    unit_code: str
    date_from: date
    date_to: date
    opening_fen: int            # owed at the start (charges less payments and with refunds back)
    entries: tuple[tuple, ...]  # (date, kind, description, charged, paid)
    closing_fen: int
    late_fees_fen: int
    waived_fen: int
    prepaid_fen: int            # prepaid balance at the end
    owing: Owing                # what the unit owes at the end (core.figures), as the counter would say then

    @property
    def due_now_fen(self) -> int:
        return self.owing.due_now_fen


def account_statement(actor: Actor, unit_code: str, date_from: date, date_to: date) -> AccountStatement:
    actor.require("charge.view")
    if date_to < date_from:
        raise Invalid("结束日期早于开始日期")
    unit = find_unit(actor, unit_code)
    charges = account.charges_of(unit.id)
    paid = account.paid_lines_of(unit.id)
    refunds = account.refund_lines_of(unit.id)

    def pay_day(p) -> date:
        return stored_date(p.business_date)

    def outstanding_at(c, day: date) -> int:
        """What was unpaid of a charge at the end of `day`: its amount, less what valid receipts
        paid of it by then, plus what refunds gave back by then."""
        paid_fen = sum(pl.principal_fen for pl in paid if pl.charge_id == c.id and pay_day(pl.payment) <= day)
        back = sum(r.principal_fen for r in refunds if r.payment_line.charge_id == c.id and r.refund.business_date <= day)
        return c.amount_fen - paid_fen + back

    def balance_at(day: date) -> int:
        """Owed principal after `day` (deposits are held money, not owed, so they are left out)."""
        owed_fen = sum(c.amount_fen for c in charges if c.period_start <= day and c.origin != "deposit")
        paid_fen = sum(pl.principal_fen for pl in paid if pay_day(pl.payment) <= day and pl.charge.origin != "deposit")
        back = sum(r.principal_fen for r in refunds if r.refund.business_date <= day
                   and r.payment_line.charge.origin != "deposit")
        return owed_fen - paid_fen + back

    entries = []
    for c in charges:
        if date_from <= c.period_start <= date_to and c.origin != "deposit":
            entries.append((c.period_start, "应收", f"{c.item.name} {c.period_start:%Y.%m.%d}-{c.period_end:%Y.%m.%d} "
                                                    f"{c.basis}", c.amount_fen, 0))
    late = waived = 0
    for pl in paid:
        day = pay_day(pl.payment)
        if date_from <= day <= date_to and pl.charge.origin != "deposit":
            entries.append((day, "实收", f"{pl.payment.number} {pl.charge.item.name}", 0, pl.principal_fen))
            if pl.late_fee_fen:
                late += pl.late_fee_fen
                waived += pl.waived_fen
                entries.append((day, "滞纳金", f"{pl.payment.number} {NAMES['late_days']} {pl.late_days} 天"
                                + (f"，减免 {format_yuan(pl.waived_fen)}（{pl.waiver_reason}）" if pl.waived_fen else ""),
                                pl.late_fee_fen - pl.waived_fen, pl.late_fee_fen - pl.waived_fen))
    for r in refunds:
        if date_from <= r.refund.business_date <= date_to and r.payment_line.charge.origin != "deposit":
            entries.append((r.refund.business_date, "退款", f"{r.refund.number} {r.refund.reason}", 0, -r.principal_fen))
    for m in account.prepaid_movements_of(unit.id):
        day = clock.stored_local(m.created_at, estate_of(actor).timezone).date()
        if date_from <= day <= date_to:
            entries.append((day, "预存", {"topup": "存入", "use": "抵扣", "deduction": "自动扣费", "void": "作废冲回", "opening": "期初余额"}
                            .get(m.kind, m.kind) + f" 余额 {format_yuan(m.balance_after_fen)}", 0, 0))
    entries.sort(key=lambda e: (e[0], e[1] != "应收"))
    prepaid = account.prepaid_balance_of(unit.id)
    # What it owed at the end, by the counter's own figures: the charges billed by then (any
    # period), each with what was unpaid of it then and its late fee to then.
    tz = estate_of(actor).timezone
    billed_by_then = [c for c in charges if c.origin != "deposit" and clock.stored_local(c.created_at, tz).date() <= date_to]
    owing_then = assess((OpenCharge(outstanding_at(c, date_to), c.due_date, late_rule(c.item)) for c in billed_by_then),
                        date_to)
    return AccountStatement(unit.code, date_from, date_to, balance_at(date_from - timedelta(days=1)),
                            tuple(entries), balance_at(date_to), late, waived, prepaid, owing_then)


def statement_sections(s: AccountStatement) -> list[Section]:
    o = s.owing
    return [Section("概要", ("项目", "金额"), (
                ("期初欠费本金", Fen(s.opening_fen)), ("期末欠费本金", Fen(s.closing_fen)),
                ("期间已缴滞纳金（减免后）", Fen(s.late_fees_fen - s.waived_fen)),
                ("期间减免", Fen(s.waived_fen)), ("预存余额", Fen(s.prepaid_fen)))),
            Section(f"截至 {s.date_to} 应缴（与收费窗口同一口径）", ("项目", "金额"), (
                (NAMES["overdue"], Fen(o.overdue_fen)), (f"{NAMES['late_fee']}（计至 {s.date_to}）", Fen(o.late_fee_fen)),
                (NAMES["due_today"], Fen(o.due_today_fen)), (NAMES["due_now"], Fen(o.due_now_fen)),
                (NAMES["not_yet_due"], Fen(o.not_yet_due_fen)), (NAMES["total"], Fen(o.total_fen)))),
            Section("明细", ("日期", "类别", "说明", "应收", "实收"),
                    tuple((str(d), kind, text, Fen(a) if a else "", Fen(b) if b else "") for d, kind, text, a, b in s.entries))]


# -- fee notice -------------------------------------------------------------------------------------

def notice_sections(actor: Actor) -> list[Section]:
    actor.require("charge.view")
    rows = tuple((e.name, e.kind, e.rate, e.cycle, e.rounding, e.late_fee, e.basis) for e in catalogue(actor))
    return [Section("收费项目及标准", ("项目", "计费方式", "标准", "周期", "取整", "滞纳金", "依据"), rows)]


def notice_pdf(actor: Actor) -> bytes:
    actor.require("charge.view")
    estate = estate_of(actor)
    today = clock.business_date(estate.timezone)
    # A wall notice: landscape, in type read from a step away, every column as wide as its words.
    return render_report_pdf(f"{estate.name} 收费公示", f"{estate.company}　{today:%Y年%m月%d日}",
                             notice_sections(actor) + _receipt_key_section(actor), signatures="", page="a4-landscape", size=12,
                             footer=f"如有疑问，请到物业服务中心咨询：{estate.address} 电话 {estate.phone}".strip())


def _receipt_key_section(actor: Actor) -> list[Section]:
    """The office's receipt-signing public key and its fingerprint, so that an owner or an auditor
    can check a receipt's QR with any tool (docs/AUDIT.md §6, the README)."""
    key = receiptkey.office_key(actor.username)
    if key is None:
        return []
    return [Section("收据验真", ("项目", "内容"), (
        ("公钥指纹", key.fingerprint),
        ("公钥（PEM）", key.base64),
        ("核对方法", "收据二维码由本处私钥签名（Ed25519）。将上面的公钥置于 -----BEGIN PUBLIC KEY----- 与 "
                     "-----END PUBLIC KEY----- 两行之间即为 PEM 文件，可用任何工具核对签名，或运行 "
                     "counter-app receipt verify --public-key 公钥 \"二维码内容\"")))]


# -- consultation log --------------------------------------------------------------------------------

OUTCOMES = {"answered": "已解答", "follow_up": "需跟进", "complaint": "投诉"}


def log_consultation(actor: Actor, question: str, *, answer: str = "", unit_code: str | None = None,
                     caller: str = "", item_code: str | None = None, topic: str = "", outcome: str = "answered",
                     follow_up_owner: str = ""):
    actor.require("consultation.log")
    question = text.clean(question, "咨询内容", text.LONG, lines=True)
    answer = text.clean(answer, "答复", text.LONG, lines=True)
    caller = text.clean(caller, "来访人", text.NAME)
    topic = text.clean(topic, "主题", text.NAME)
    follow_up_owner = text.clean(follow_up_owner, "跟进人", text.NAME)
    if not question:
        raise Invalid("请填写咨询内容")
    if outcome not in OUTCOMES:
        raise Invalid("处理结果只能是：{outcomes}", outcomes=Words(OUTCOMES.values()))
    if outcome != "answered" and not follow_up_owner.strip():
        raise Invalid("需跟进或投诉时请填写跟进人")
    unit = find_unit(actor, unit_code) if unit_code else None
    item = find_item(actor, item_code) if item_code else None
    with write_transaction():
        row = consultations.create_consultation(estate=estate_of(actor).id, created_at=clock.to_db(clock.now_utc()), user=actor.user_id,
                                  shift=open_shift_of(actor.user_id, estate_of(actor).id), unit=unit, caller=caller.strip(), item=item,
                                  topic=topic.strip() or (item.name if item else ""), question=question.strip(),
                                  answer=answer.strip(), outcome=outcome, follow_up_owner=follow_up_owner.strip())
        audit.record(actor.username, "consultation.log", "consultation", row.id,
                     after={"unit": unit.code if unit else None, "topic": row.topic, "outcome": outcome})
    return row


def close_follow_up(actor: Actor, consultation_id: int, answer: str) -> None:
    actor.require("consultation.log")
    answer = text.clean(answer, "答复", text.LONG, lines=True)
    with write_transaction():
        row = consultations.consultation_of_estate(consultation_id, estate_of(actor).id)
        if row is None or row.outcome == "answered" or row.closed_at is not None:
            raise NotFound("没有这条待跟进的咨询")
        consultations.close_consultation(consultation_id, clock.to_db(clock.now_utc()),
                                         (row.answer + "\n" + answer).strip())
        audit.record(actor.username, "consultation.close", "consultation", consultation_id, after={"answer": answer})


def open_follow_ups(actor: Actor) -> list:
    actor.require("consultation.log")
    return consultations.open_follow_ups(estate_of(actor).id)


def consultation_sections(actor: Actor, rows: list | None = None) -> list[Section]:
    actor.require("consultation.log")
    rows = rows if rows is not None else consultations.consultations_of(estate_of(actor).id)
    names = display_names()
    codes = unit_codes(sorted({c.unit_id for c in rows if c.unit_id}))
    tz = estate_of(actor).timezone
    return [Section("咨询登记", ("时间", "收费员", "房号", "来访人", "主题", "问题", "答复", "结果", "跟进人", "完结"), tuple(
        (clock.stored_text(c.created_at, tz), names.get(c.user_id, ""),
         codes.get(c.unit_id, ""), c.caller, c.topic, c.question, c.answer,
         OUTCOMES[c.outcome], c.follow_up_owner, "是" if c.closed_at or c.outcome == "answered" else "否")
        for c in rows))]



def explain_charge(actor: Actor, charge_id: int, as_of: date | None = None) -> Calculation:
    """A question about a charge on screen: its computation, by billing's code, and its late fee."""
    actor.require("charge.view")
    charge = charge_or_none(charge_id)
    if charge is None:
        raise NotFound("没有费用 {charge}", charge=charge_id)
    lines: list[str] = []
    if charge.origin in ("adhoc", "deposit", "opening"):    # not computed here: its basis says whence
        lines.append(f"{charge.item.name}：{charge.basis}")
    else:
        exp = explanation(charge.unit, charge.item, f"{charge.period_start:%Y-%m}")
        lines += list(exp.lines) + [f"取整规则：{charge.rounding}", f"政策依据：{exp.standard_basis}"]
    lines += [f"已收 {format_yuan(charge.paid_fen)} 元，欠 {format_yuan(charge.amount_fen - charge.paid_fen)} 元"]
    lines += explain_late(actor, charge_id, as_of)
    return Calculation(f"{charge.unit.code} {charge.item.name} {charge.period_start:%Y.%m.%d}-{charge.period_end:%Y.%m.%d}",
                       charge.amount_fen, tuple(lines))
