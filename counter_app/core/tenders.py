"""Tenders: how a payment is settled, and the cash arithmetic (change is never cash received)."""
from __future__ import annotations

from dataclasses import dataclass

from .errors import CounterError
from .money import format_yuan

METHODS = {
    "cash": "现金",
    "card": "银行卡",
    "wechat": "微信支付",
    "alipay": "支付宝",
    "transfer": "转账",
    "prepaid": "预存抵扣",
}
NEEDS_REFERENCE = ("card", "wechat", "alipay", "transfer")


@dataclass(frozen=True)
class Tender:
    method: str
    amount_fen: int           # for cash: the amount handed over (tendered)
    reference: str = ""

    def __post_init__(self):
        if self.method not in METHODS:
            raise CounterError(f"未知的付款方式：{self.method}（可用：{', '.join(METHODS)}）")
        if self.amount_fen <= 0:
            raise CounterError(f"{METHODS[self.method]}金额必须大于零")


@dataclass(frozen=True)
class Settlement:
    """What was actually received by each method; `cash_fen` is cash kept after change."""
    applied: tuple[Tender, ...]
    cash_tendered_fen: int
    cash_fen: int
    change_fen: int
    prepaid_used_fen: int
    topup_fen: int  # overpayment put on the prepaid balance

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
        raise CounterError(f"预存余额不足：余额 {format_yuan(prepaid_balance_fen)} 元，"
                           f"拟抵扣 {format_yuan(prepaid_used)} 元")
    for t in tenders:
        if t.method in NEEDS_REFERENCE and not t.reference.strip():
            raise CounterError(f"{METHODS[t.method]}需要填写交易参考号")
    if len([t for t in tenders if t.method == "prepaid"]) > 1:
        raise CounterError("预存抵扣只能有一笔")
    total_offered = cash_tendered + non_cash
    if total_offered < required_fen:
        raise CounterError(f"付款不足：应收 {format_yuan(required_fen)} 元，"
                           f"实付 {format_yuan(total_offered)} 元，还差 {format_yuan(required_fen - total_offered)} 元")
    topup = 0
    if non_cash > required_fen:
        if not overpay_to_prepaid or prepaid_used:
            raise CounterError(f"非现金付款 {format_yuan(non_cash)} 元超过应收 {format_yuan(required_fen)} 元")
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
