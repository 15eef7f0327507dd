"""Cash moved in or out of a shift's drawer other than by a receipt or a refund: the kinds, a
paid-out's reasons, and what each needs. Words the ledger stores are spelled here only.

零钱补充 (paid-in) puts change into the drawer; 支出 (paid-out) takes cash out against a reason;
交款 (a drop) takes cash to the safe during the shift. A reversal is the same kind with the opposite
amount, naming the document it undoes."""
from __future__ import annotations

from .errors import Invalid, Refused, Word

PAID_IN, PAID_OUT, DROP = "paid_in", "paid_out", "drop"
KINDS = {PAID_IN: "零钱补充", PAID_OUT: "支出", DROP: "交款入保险柜"}
# Cash leaves the drawer on these: a manager authorises them.
LEAVING = frozenset({PAID_OUT, DROP})

ADVANCE, PETTY, DEPOSIT_REFUND, OTHER = "advance", "petty", "deposit_refund", "other"
REASONS = {ADVANCE: "垫付", PETTY: "零星采购", DEPOSIT_REFUND: "退押金", OTHER: "其他"}
NEEDS_VOUCHER = frozenset({ADVANCE, PETTY})

MOST_FEN = 100_000_000        # 100 万元: more is a typing mistake, not a drawer


def check(kind: str, amount_fen: int, reason: str = "", voucher: str = "", note: str = "") -> None:
    """A cash movement as it may be recorded; refused in words otherwise."""
    if kind not in KINDS:
        raise Invalid("未知的现金收支类型：{kind}", kind=kind)
    if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or amount_fen <= 0:
        raise Invalid("金额必须大于零")
    if amount_fen > MOST_FEN:
        raise Invalid("金额过大，请核对")
    if kind != PAID_OUT:
        if reason or voucher:
            raise Invalid("只有支出需要填写支出原因和凭证号")
        return
    if reason not in REASONS:
        raise Invalid("请选择支出原因")
    if reason == DEPOSIT_REFUND:
        raise Refused("押金不能用现金支出退还：请在收据查询中找到收取押金的收据，办理退款（F7），退款单会核销押金")
    if reason in NEEDS_VOUCHER and not voucher.strip():
        raise Invalid("{reason}须填写凭证号", reason=Word(REASONS[reason]))
    if reason == OTHER and not note.strip():
        raise Invalid("支出原因为“其他”时须写明用途")


def signed(kind: str, amount_fen: int) -> int:
    """What a movement does to the drawer's expected cash."""
    return amount_fen if kind == PAID_IN else -amount_fen
