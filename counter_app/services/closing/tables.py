"""The sections of the shift and day reports, built once from the stored figures and used by the
PDF, the Excel workbook, the CSV and the screen alike (so they can never disagree)."""
from __future__ import annotations

from ...core.cashmoves import KINDS, REASONS, signed
from ...core.closeout import DENOMINATIONS, denomination_name
from ...core.errors import Finding
from ...core.tables import TOTAL, Fen, Section, money_rows, takings_by_item
from ...core.discounts import NAME as DISCOUNT_NAME
from ...core.offers import REPORT_LINE as OFFER_LINE
from ...core.rounding import NAME as ROUNDING_NAME
from ...core.tenders import METHODS
from ...ledger.books import FORM_HEADERS
from .close import DayReport, ShiftReport


BLIND = ("现金收入（不含找零）", "现金退款", "应有现金")     # what a blind count hides until the count is saved


def _common(f, blind: bool = False) -> list[tuple]:
    rows = [("实收合计", Fen(f.received_fen)), ("其中预存", Fen(f.prepayments_fen)),
            ("押金收取", Fen(f.deposits_received_fen)), ("押金退还", Fen(f.deposits_refunded_fen)),
            ("退款支出", Fen(f.refunds_fen)), ("滞纳金", Fen(f.late_fees_fen)), ("减免", Fen(f.waivers_fen))] + \
        ([(DISCOUNT_NAME, Fen(-f.discount_fen))] if f.discount_fen else []) + \
        ([(OFFER_LINE, Fen(-f.offer_fen))] if f.offer_fen else []) + \
        ([(ROUNDING_NAME, Fen(f.rounding_fen))] if f.rounding_fen else []) + [
            ("备用金", Fen(f.float_fen)), ("现金收入（不含找零）", Fen(f.cash_in_fen)),
            ("现金退款", Fen(f.cash_out_fen)), ("零钱补充", Fen(f.paid_in_fen)), ("现金支出单", Fen(f.paid_out_fen)),
            ("交款入保险柜", Fen(f.drops_fen)), ("应有现金", Fen(f.expected_cash_fen))]
    return [row for row in rows if not (blind and row[0] in BLIND)]


def _cash_sections(f) -> list[Section]:
    """How the expected cash is made (each line signed as it moves the drawer, adding up to it),
    and every cash movement of the shift or day with its number (their 合计 is what they did to
    the drawer)."""
    made = money_rows([("备用金", f.float_fen), ("现金收入（不含找零）", f.cash_in_fen), ("现金退款", -f.cash_out_fen),
                       ("零钱补充", f.paid_in_fen), ("现金支出单", -f.paid_out_fen), ("交款入保险柜", -f.drops_fen)],
                      f.expected_cash_fen)
    moves = tuple((number, KINDS.get(kind, kind), Fen(signed(kind, amount)), REASONS.get(reason, reason),
                   voucher, note, who, reverses)
                  for number, kind, amount, reason, voucher, note, who, reverses in f.cash_moves)
    if moves:
        moves += ((TOTAL, "", Fen(f.paid_in_fen - f.paid_out_fen - f.drops_fen), "", "", "", "", ""),)
    return [Section("应有现金", ("项目", "金额"), made),
            Section("现金收支", ("单号", "类型", "金额", "支出原因", "凭证号", "说明", "授权人", "冲销"), moves)]


def _detail_sections(f, blind: bool = False) -> list[Section]:
    tenders = sorted(f.by_tender.items(), key=lambda x: list(METHODS).index(x[0]) if x[0] in METHODS else 99)
    by_tender = [] if blind else [Section("按付款方式", ("付款方式", "金额"),
                                          money_rows([(METHODS.get(k, k), v) for k, v in tenders], f.received_fen))]
    cash = [s for s in _cash_sections(f) if not (blind and s.title == "应有现金")]
    # Offices printing on pre-numbered forms account for each book's forms at handover.
    forms = [Section("收据本", FORM_HEADERS, f.forms)] if f.forms else []
    return by_tender + cash + forms + [
        Section("按收费项目", ("收费项目", "金额"), takings_by_item(f)),
        Section("作废收据", ("收据号", "金额", "原因", "授权人"),
                tuple((n, Fen(a), reason, who) for n, a, reason, who in f.voids)),
        Section("退款", ("退款单号", "原收据", "金额", "方式", "原因", "授权人"),
                tuple((n, orig, Fen(a), METHODS.get(m, m), reason, who) for n, orig, a, m, reason, who in f.refunds)
                + (((TOTAL, "", Fen(f.refunds_fen), "", "", ""),) if f.refunds else ())),
    ]


def _number_range(f) -> str:
    return Finding("{first} 至 {last}", first=f.first_number, last=f.last_number) if f.receipt_count else "—"


def shift_sections(r: ShiftReport) -> list[Section]:
    f = r.figures
    summary = [("收款员", r.cashier), ("班次", str(r.shift_id)), ("营业日", r.business_date), ("开班", r.opened_at),
               ("交班" if r.kind == "Z" else "打印时间", r.closed_at),
               ("收据号码", _number_range(f)),
               ("收据张数", f.receipt_count), ("作废张数", len(f.voids))] + _common(f, r.blind) + [
        ("咨询登记", r.consultations), ("审计链头", r.anchor or "—")]
    if r.blind:
        summary.append(("盲点", "点钞保存后才显示应有现金"))
    if r.counted_fen is not None and not r.blind:
        diff = r.difference_fen or 0
        summary += [("实点现金", Fen(r.counted_fen)),
                    ("长款" if diff > 0 else "短款" if diff < 0 else "长短款", Fen(abs(diff))),
                    ("说明", r.note or "—")]
    sections = [Section("概要", ("项目", "内容"), tuple(summary))] + _detail_sections(f, r.blind)
    if r.counted:
        sections.append(Section("点钞", ("面额", "张数", "金额"),
                                tuple((denomination_name(d), r.counted.get(d, 0), Fen(d * r.counted.get(d, 0)))
                                      for d in DENOMINATIONS)))
    return sections


def day_sections(d: DayReport) -> list[Section]:
    f = d.figures
    valid_deductions = [amount for _, _, amount, status in d.deductions if status == "valid"]
    summary = [("营业日", d.business_date),
               ("状态", {"open": "未日结", "closed": "已日结", "reopened": "已重开，未再日结"}.get(d.status, d.status)),
               ("日结人", d.closed_by or "—"), ("日结时间", d.closed_at or "—"), ("班次数", len(d.shifts)),
               ("收据号码", _number_range(f)), ("收据张数", f.receipt_count), ("作废张数", len(f.voids)),
               ("预存自动扣费", Finding("{n} 笔", n=len(valid_deductions))), ("自动扣费金额（不含在实收内）", Fen(sum(valid_deductions))),
               ("开票申请", Finding("{n} 张", n=len(d.invoices)))
               ] + _common(f) + [
        ("实点现金合计", Fen(d.counted_fen)), ("长短款合计", Fen(d.difference_fen)), ("应存银行现金", Fen(d.deposit_fen)),
        ("审计链头", d.anchor or "—"), ("前一日链头", d.previous_anchor or "—")]
    shifts = tuple((sid, name, z or "未交班", None if rec is None else Fen(rec), None if exp is None else Fen(exp),
                    None if cnt is None else Fen(cnt), None if diff is None else Fen(diff),
                    None if dep is None else Fen(dep))
                   for sid, name, z, rec, exp, cnt, diff, dep in d.shifts)
    if shifts:
        # A column adds up only when every shift has its figure (an open shift has no count yet).
        shifts += ((TOTAL, "", "", *(None if any(row[i] is None for row in shifts) else Fen(sum(row[i] for row in shifts))
                                    for i in range(3, 8))),)
    deductions = Section("预存自动扣费", ("扣费单号", "房号", "金额", "状态"),
                         tuple((n, unit, Fen(amount), "有效" if status == "valid" else "作废")
                               for n, unit, amount, status in d.deductions)
                         + (((TOTAL, "", Fen(sum(valid_deductions)), "有效"),) if d.deductions else ()))
    return ([Section("概要", ("项目", "内容"), tuple(summary)),
             Section("各班次", ("班次", "收款员", "Z号", "实收", "应有现金", "实点现金", "长短款", "应存现金"), shifts)]
            + _detail_sections(f) + [deductions,
                                     Section("开票申请", ("收据号", "购买方", "发票状态", "金额"),
                                             tuple((n, buyer, words, Fen(amount)) for n, buyer, words, amount in d.invoices))]
            + ([Section("重开记录", ("原日结时间", "日结人", "重开时间", "重开人", "原因"), d.reopenings)]
               if d.reopenings else []))


def title_of_shift(r: ShiftReport) -> str:
    return f"交班报表 {r.z_number}" if r.kind == "Z" else "交班报表（中间报表 X）"

