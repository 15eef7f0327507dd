"""抹零 (cash rounding): the cash part of a payment rounded to 角 or 元, down or half-up, per the
estate's setting. Only cash is ever rounded: what a card, WeChat, Alipay, a transfer or the prepaid
balance pays is exact.

The rounding is its own settlement line of the receipt (a tender row of method ROUNDING, beside
cash and the others), never a waiver or a discount: the charges are paid in full, and the line
settles the difference between what they come to and the cash actually taken. Signs: `rounding`
below is what the cash part changed by (−7 when 123.47 is taken as 123.40; +3 when half-up takes
123.50), as the receipt prints it, "抹零 -0.07"; the stored row carries the part of the total it
settled, its negation (+7), so that a receipt's settlement rows add up to its total.
"""
from __future__ import annotations

from .errors import Invalid

OFF = "off"
DOWN, HALF_UP = "down", "half-up"
# the setting's stored word -> (its name, the unit in 分, the direction)
RULES: dict[str, tuple[str, int, str]] = {
    OFF: ("不抹零", 1, DOWN),
    "jiao-down": ("抹零到角（舍去分）", 10, DOWN),
    "jiao-half-up": ("抹零到角（四舍五入）", 10, HALF_UP),
    "yuan-down": ("抹零到元（舍去角分）", 100, DOWN),
    "yuan-half-up": ("抹零到元（四舍五入）", 100, HALF_UP),
}
ROUNDING = "rounding"        # the method of the settlement row a rounding is stored as
NAME = "抹零"                 # how a receipt, a report and the window call that row


def check_rule(rule: str) -> str:
    """The stored word of a setting, or Invalid naming the ones there are."""
    if rule not in RULES:
        raise Invalid("未知的抹零设置：{rule}（可用：{rules}）", rule=rule, rules=", ".join(RULES))
    return rule


def unit_of(rule: str) -> int:
    return RULES[check_rule(rule)][1]


def cash_rounding(cash_fen: int, rule: str) -> int:
    """What the cash part `cash_fen` changes by under `rule` (signed, |result| < the unit): down
    drops the 分 (and 角) below the unit; half-up rounds a half unit and more up. Nothing is rounded
    away entirely: a cash part that would round to nothing is taken as it is."""
    unit, direction = RULES[check_rule(rule)][1:]
    if unit == 1 or cash_fen <= 0:
        return 0
    rest = cash_fen % unit
    if not rest:
        return 0
    change = unit - rest if direction == HALF_UP and 2 * rest >= unit else -rest
    return change if cash_fen + change > 0 else 0


def payment_rounding(total_fen: int, non_cash_fen: int, rule: str) -> int:
    """The rounding of a payment of `total_fen` of which `non_cash_fen` is paid otherwise than in
    cash (card, WeChat, Alipay, transfer, prepaid): only the cash part, what is left, is rounded;
    nothing when there is none."""
    return cash_rounding(total_fen - non_cash_fen, rule)
