"""记账凭证: a closed day's takings (core.closeout.Figures) as one voucher under the office's chart
of accounts. Pure arithmetic: which account each figure goes to, on which side, and the checks
(debits equal credits). The accounts are a mapping kept per estate from a key to (code, name);
what the estate has not set comes from DEFAULTS, the common 小企业会计准则 codes.

Keys: `tender:<method>` (what was taken, and what a refund paid out, by method: 预存抵扣 is a
tender of 2203), `item:<fee item code>` (each item's principal), and the figures that are no
item's principal: PREPAID (预存 taken), DEPOSIT (押金 paid back), LATE_FEE, WAIVER, REFUND (the
non-deposit part of refunds), ROUNDING (抹零), DISCOUNT (折扣/减免 by policy) and OFFER (赠送: a
prepay offer's free months, core/offers.py).

How a day is booked (the figures add up so that the voucher balances by construction; `check`
says so anyway):
  借 each tender's account                       by_tender
  借 减免 (冲减收入)                              waivers
  借 折扣/减免 by policy (冲减收入)                discounts
  借 赠送 (冲减收入: the free months are among the items' principal)   offers
  借 抹零 when the cash was rounded down          −rounding (a half-up gain is a credit)
  贷 each item's account                          by_item (a deposit item's: 2241)
  贷 滞纳金, 预收账款                              late fees, prepayments
  借 退款 (冲减收入) and 押金 (2241), 贷 the refund's tender account   refunds
A line's amount that comes out negative goes on the other side, so every line is positive.
A reversal (红字冲销) is the voucher's lines with negated amounts on the same side, the way 金蝶
and 用友 take a red voucher.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from .discounts import NAME as DISCOUNT_NAME
from .offers import NAME as OFFER_NAME
from .errors import Invalid
from .rounding import NAME as ROUNDING_NAME
from .tenders import METHODS

PREPAID, DEPOSIT, LATE_FEE, WAIVER, REFUND, ROUNDING = "prepaid", "deposit", "late_fee", "waiver", "refund", "rounding"
DISCOUNT, OFFER = "discount", "offer"
TENDER, ITEM = "tender:", "item:"
EXPORT_FORMATS = ("kingdee", "yonyou", "csv")


@dataclass(frozen=True)
class Account:
    code: str
    name: str


CASH = Account("1001", "库存现金")
BANK = Account("1002", "银行存款")
INCOME = Account("5001", "主营业务收入")
ADVANCES = Account("2203", "预收账款")
OTHER_PAYABLES = Account("2241", "其他应付款")

# The 小企业会计准则 codes an office most often uses. A card settles to the bank; WeChat and
# Alipay sit in 1012 其他货币资金 until the platform pays out; waivers and refunds reduce income;
# 抹零 is a small cost of taking cash (财务费用); late fees are 营业外收入 (not the service's price).
DEFAULTS: dict[str, Account] = {
    TENDER + "cash": CASH,
    TENDER + "card": BANK,
    TENDER + "transfer": BANK,
    TENDER + "wechat": Account("1012", "其他货币资金—微信"),
    TENDER + "alipay": Account("1012", "其他货币资金—支付宝"),
    TENDER + "prepaid": ADVANCES,
    PREPAID: ADVANCES,
    DEPOSIT: OTHER_PAYABLES,
    LATE_FEE: Account("5301", "营业外收入—滞纳金"),
    WAIVER: Account("5001", "主营业务收入—减免"),
    DISCOUNT: Account("5001", "主营业务收入—折扣减免"),
    OFFER: Account("5001", "主营业务收入—赠送"),
    REFUND: Account("5001", "主营业务收入—退款"),
    ROUNDING: Account("5603", "财务费用—抹零"),
}
LABELS = {PREPAID: "预存（预收）", DEPOSIT: "押金退还", LATE_FEE: "滞纳金", WAIVER: "减免", REFUND: "退款（不含押金）",
          ROUNDING: ROUNDING_NAME, DISCOUNT: DISCOUNT_NAME, OFFER: OFFER_NAME}

_CODE = re.compile(r"[0-9]{4}([.\-]?[0-9]{1,6}){0,5}")


def default_account(key: str, is_deposit: bool = False) -> Account:
    """The account a key has until the estate sets one: an item's is income, a deposit item's
    其他应付款; a tender not listed (a later method) the bank."""
    if key in DEFAULTS:
        return DEFAULTS[key]
    if key.startswith(ITEM):
        return OTHER_PAYABLES if is_deposit else INCOME
    if key.startswith(TENDER):
        return BANK
    raise Invalid("没有这样的凭证科目项：{key}", key=key)


def label_of(key: str, item_names: dict[str, str] | None = None) -> str:
    """How a key is called on the screen and in 摘要."""
    if key.startswith(TENDER):
        method = key[len(TENDER):]
        return METHODS.get(method, method)
    if key.startswith(ITEM):
        code = key[len(ITEM):]
        return (item_names or {}).get(code, code)
    return LABELS[key]


def checked_account(code: str, name: str) -> Account:
    """An account as typed: a code of digits (4-digit first level, levels with or without '.'),
    and a name."""
    code, name = (code or "").strip(), (name or "").strip()
    if not _CODE.fullmatch(code):
        raise Invalid("科目代码“{code}”应为数字，一级科目四位，如 1001 或 5001.01", code=code)
    if not name or len(name) > 60:
        raise Invalid("科目名称不能为空，且不超过 60 个字")
    return Account(code, name)


@dataclass(frozen=True)
class Line:
    key: str
    summary: str
    account: Account
    debit_fen: int
    credit_fen: int


@dataclass(frozen=True)
class Voucher:
    day: date
    lines: tuple[Line, ...]
    attachments: int                  # 附单据数: the day's receipts and refunds
    reversal: bool = False            # a 红字 voucher undoing one exported before

    @property
    def debit_fen(self) -> int:
        return sum(x.debit_fen for x in self.lines)

    @property
    def credit_fen(self) -> int:
        return sum(x.credit_fen for x in self.lines)


def _line(key: str, summary: str, account: Account, signed_debit: int) -> Line:
    """A line of `signed_debit` (− is a credit), kept positive on its side."""
    return Line(key, summary, account, max(signed_debit, 0), max(-signed_debit, 0))


def day_voucher(day: date, figures, accounts: dict[str, Account], items: dict[str, tuple[str, bool]]) -> Voucher:
    """The voucher of a day's figures. `accounts`: the estate's own settings by key; `items`: fee
    item name -> (code, is a deposit), for the names the figures list (a name no longer known is
    booked to income under its own name)."""
    def account(key: str, is_deposit: bool = False) -> Account:
        return accounts.get(key) or default_account(key, is_deposit)

    prefix = f"{day.isoformat()} 收费"
    signed: list[tuple[str, str, Account, int]] = []
    for method, amount in sorted(figures.by_tender.items(), key=_tender_order):
        signed.append((TENDER + method, f"{prefix} {METHODS.get(method, method)}", account(TENDER + method), amount))
    signed.append((WAIVER, f"{prefix} 减免", account(WAIVER), figures.waivers_fen))
    signed.append((DISCOUNT, f"{prefix} 折扣/减免", account(DISCOUNT), figures.discount_fen))
    signed.append((OFFER, f"{prefix} {OFFER_NAME}", account(OFFER), figures.offer_fen))
    signed.append((ROUNDING, f"{prefix} {ROUNDING_NAME}", account(ROUNDING), -figures.rounding_fen))
    for name, amount in sorted(figures.by_item.items()):
        code, is_deposit = items.get(name, (name, False))
        signed.append((ITEM + code, f"{prefix} {name}", account(ITEM + code, is_deposit), -amount))
    signed.append((LATE_FEE, f"{prefix} 滞纳金", account(LATE_FEE), -figures.late_fees_fen))
    signed.append((PREPAID, f"{prefix} 预存", account(PREPAID), -figures.prepayments_fen))
    back = f"{day.isoformat()} 退款"
    signed.append((REFUND, back, account(REFUND), figures.refunds_fen - figures.deposits_refunded_fen))
    signed.append((DEPOSIT, f"{back} 押金", account(DEPOSIT), figures.deposits_refunded_fen))
    for method, amount in sorted(figures.refunds_by_method.items(), key=_tender_order):
        signed.append((TENDER + method, f"{back} {METHODS.get(method, method)}", account(TENDER + method), -amount))
    voucher = Voucher(day, tuple(_line(*s) for s in signed if s[3]),
                      figures.receipt_count - len(figures.voids) + len(figures.refunds))
    check(voucher)
    return voucher


def _tender_order(pair) -> int:
    return list(METHODS).index(pair[0]) if pair[0] in METHODS else len(METHODS)


def check(voucher: Voucher) -> None:
    """Debits equal credits, or the voucher is not made."""
    if voucher.debit_fen != voucher.credit_fen:
        raise Invalid("凭证借贷不平：借方 {debit} 分，贷方 {credit} 分", debit=voucher.debit_fen, credit=voucher.credit_fen)


def reversal(voucher: Voucher) -> Voucher:
    """The red voucher undoing `voucher`: the same lines, amounts negated, summaries marked."""
    return Voucher(voucher.day, tuple(replace(x, summary=f"冲销 {x.summary}", debit_fen=-x.debit_fen,
                                              credit_fen=-x.credit_fen) for x in voucher.lines),
                   voucher.attachments, reversal=True)


def account_totals(voucher: Voucher) -> dict[str, int]:
    """Each account code's net (debit − credit), what a ledger posting it would show; an account
    the day moved in and out alike (a deposit taken and paid back) nets to nothing and is left out."""
    totals: dict[str, int] = defaultdict(int)
    for x in voucher.lines:
        totals[x.account.code] += x.debit_fen - x.credit_fen
    return {code: net for code, net in totals.items() if net}


def to_data(voucher: Voucher) -> dict:
    """As stored with an export mark, so that a reversal undoes exactly what was exported."""
    return {"day": voucher.day.isoformat(), "attachments": voucher.attachments, "reversal": voucher.reversal,
            "lines": [[x.key, x.summary, x.account.code, x.account.name, x.debit_fen, x.credit_fen]
                      for x in voucher.lines]}


def from_data(data: dict) -> Voucher:
    return Voucher(date.fromisoformat(data["day"]),
                   tuple(Line(k, s, Account(c, n), d, cr) for k, s, c, n, d, cr in data["lines"]),
                   data["attachments"], data.get("reversal", False))
