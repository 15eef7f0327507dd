"""Tenders: how a payment is settled, and the cash arithmetic (change is never cash received)."""
from __future__ import annotations

from dataclasses import dataclass

from . import discounts, offers, rounding
from .errors import Invalid, Refused, Word
from .money import format_yuan

METHODS = {
    "cash": "现金",
    "card": "银行卡",
    "wechat": "微信支付",
    "alipay": "支付宝",
    "transfer": "转账",
    "prepaid": "预存抵扣",
    # 银行代扣: posted only from a bank's return file (services/debit), its reference the batch
    # line's; never offered at the counter (the payment dialog lists its own tenders) nor refunded to.
    "debit": "银行代扣",
}
NEEDS_REFERENCE = ("card", "wechat", "alipay", "transfer", "debit")
# What a receipt's settlement rows are called: the tenders, and the 抹零 row (core/rounding.py),
# and the 折扣/减免 row (core/discounts.py) and an offer's 赠送 rows (core/offers.py), which no one
# pays with and so are no methods to choose.
SETTLED_BY = {**METHODS, rounding.ROUNDING: rounding.NAME, discounts.DISCOUNT: discounts.NAME, offers.OFFER: offers.NAME}
# Rows settling what the office gave (a policy's allowance, an offer's free months): part of the
# receipt's total, never 实收. With the 抹零 they are the rows no one paid with.
ALLOWANCES = (discounts.DISCOUNT, offers.OFFER)
NOT_MONEY = (rounding.ROUNDING, *ALLOWANCES)


@dataclass(frozen=True)
class Tender:
    method: str
    amount_fen: int           # for cash: the amount handed over (tendered)
    reference: str = ""

    def __post_init__(self):
        if self.method not in METHODS:
            raise Invalid("未知的付款方式：{method}（可用：{methods}）", method=self.method, methods=", ".join(METHODS))
        if self.amount_fen <= 0:
            raise Invalid("{method}金额必须大于零", method=Word(METHODS[self.method]))


@dataclass(frozen=True)
class Settlement:
    """What was actually received by each method; `cash_fen` is cash kept after change."""
    applied: tuple[Tender, ...]
    cash_tendered_fen: int
    cash_fen: int
    change_fen: int
    prepaid_used_fen: int
    topup_fen: int  # overpayment put on the prepaid balance
    rounding_fen: int = 0   # 抹零: what the cash part was rounded by (−7: 123.47 taken as 123.40)

    @property
    def received_fen(self) -> int:
        return sum(t.amount_fen for t in self.applied)


def settle(required_fen: int, tenders: list[Tender], *, prepaid_balance_fen: int = 0,
           overpay_to_prepaid: bool = False) -> Settlement:
    """Check that the tenders cover `required_fen` exactly and work out the change.

    Non-cash tenders must not exceed what is due (a card is charged the exact amount) unless the
    excess is put on the prepaid balance; cash covers the rest and the excess cash is change,
    or with overpay_to_prepaid, a top-up.
    """
    cash_tendered = sum(t.amount_fen for t in tenders if t.method == "cash")
    prepaid_used = sum(t.amount_fen for t in tenders if t.method == "prepaid")
    non_cash = sum(t.amount_fen for t in tenders if t.method != "cash")
    if prepaid_used > prepaid_balance_fen:
        raise Refused("预存余额不足：余额 {balance} 元，拟抵扣 {used} 元", balance=format_yuan(prepaid_balance_fen),
                      used=format_yuan(prepaid_used))
    for t in tenders:
        if t.method in NEEDS_REFERENCE and not t.reference.strip():
            raise Invalid("{method}需要填写交易参考号", method=Word(METHODS[t.method]))
    if len([t for t in tenders if t.method == "prepaid"]) > 1:
        raise Invalid("预存抵扣只能有一笔")
    total_offered = cash_tendered + non_cash
    if total_offered < required_fen:
        raise Invalid("付款不足：应收 {due} 元，实付 {paid} 元，还差 {short} 元", due=format_yuan(required_fen),
                      paid=format_yuan(total_offered), short=format_yuan(required_fen - total_offered))
    topup = 0
    if non_cash > required_fen:
        if not overpay_to_prepaid or prepaid_used:
            raise Invalid("非现金付款 {non_cash} 元超过应收 {due} 元", non_cash=format_yuan(non_cash), due=format_yuan(required_fen))
        topup = non_cash - required_fen
    cash_needed = max(0, required_fen - non_cash)
    excess_cash = cash_tendered - cash_needed
    change = excess_cash
    if overpay_to_prepaid and excess_cash > 0:
        topup += excess_cash
        change = 0
    cash_kept = cash_tendered - change
    applied = []
    for t in tenders:
        if t.method == "cash":
            continue
        applied.append(t)
    if cash_kept:
        applied.insert(0, Tender("cash", cash_kept))
    return Settlement(tuple(applied), cash_tendered, cash_kept, change, prepaid_used, topup)


def rounding_for(total_fen: int, tenders: list[Tender], rule: str, *, overpay_to_prepaid: bool = False) -> int:
    """抹零 of a payment of `total_fen` settled by `tenders` under the estate's `rule`: only the
    cash part is rounded (what the other tenders leave), and only when cash is handed over and no
    overpayment is kept on the prepaid balance (money on account is never rounded)."""
    if overpay_to_prepaid or not any(t.method == "cash" for t in tenders):
        return 0
    return rounding.payment_rounding(total_fen, sum(t.amount_fen for t in tenders if t.method != "cash"), rule)


@dataclass(frozen=True)
class SettledRows:
    """A receipt's stored settlement rows, split: the money it was paid with (method, 分,
    reference); its 抹零 as printed (−7: 0.07 less cash taken); what a 折扣/减免 policy took off;
    and what offers gave, (rule name, 分) by rule in the order they appear."""
    money: tuple[tuple[str, int, str], ...]
    rounding_fen: int
    discount_fen: int
    offered: tuple[tuple[str, int], ...]

    @property
    def allowance_fen(self) -> int:
        """What the office gave (discount and free months): settled, never paid."""
        return self.discount_fen + sum(amount for _, amount in self.offered)

    def paid_fen(self, total_fen: int) -> int:
        """What the payer paid of a receipt of `total_fen`: less the allowances, with the 抹零."""
        return total_fen - self.allowance_fen + self.rounding_fen


def split_rows(stored) -> SettledRows:
    """SettledRows of a receipt's stored rows (method, 分, reference)."""
    offered: dict[str, int] = {}
    for m, a, r in stored:
        if m == offers.OFFER:
            offered[r] = offered.get(r, 0) + a
    return SettledRows(tuple((m, a, r) for m, a, r in stored if m not in NOT_MONEY),
                       -sum(a for m, a, _ in stored if m == rounding.ROUNDING),
                       sum(a for m, a, _ in stored if m == discounts.DISCOUNT), tuple(offered.items()))
