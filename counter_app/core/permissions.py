"""Who may do what: the one table, checked by every service call."""
from __future__ import annotations

from .errors import PermissionDenied, Word

ROLES = {"cashier": "收费员", "manager": "主管", "admin": "管理员"}

_ALL = frozenset(ROLES)
_MGR = frozenset({"manager", "admin"})
_ADMIN = frozenset({"admin"})

PERMISSIONS: dict[str, frozenset[str]] = {
    "unit.view": _ALL,
    "password.change": _ALL,        # one's own
    "charge.view": _ALL,
    "payment.take": _ALL,
    "receipt.print": _ALL,
    "receipt.reprint": _ALL,
    "latefee.waive": _ALL,          # the cashier's limit is checked separately
    "latefee.waive_any": _MGR,
    "consultation.log": _ALL,
    "reminder.log": _ALL,           # a phone call or a word at the counter about what is owed
    "billing.run": _MGR,
    "meter.read": _ALL,
    "receipt.void": _MGR,
    "drawer.open": _MGR,            # the cash drawer opened by hand, with a reason (no sale)
    "receipt.refund": _MGR,
    "cash.move": _ALL,              # 零钱补充, 支出, 交款 recorded at the counter …
    "cash.authorise": _MGR,         # … cash leaving the drawer (支出, 交款) and a reversal on a manager's word
    "book.use": _ALL,               # a receipt's form recorded, a spoiled form voided, in one's own books
    "book.manage": _MGR,            # receipt books registered, issued to cashiers, their report
    "discount.authorise": _MGR,     # a 折扣/减免 policy applied to a payment, on a manager's word
    "discount.manage": _ADMIN,      # the estate's 折扣/减免 policies
    "personal.view_full": _MGR,
    "report.day": _MGR,
    "report.management": _MGR,      # arrears list, monthly collection report
    "finance.voucher": _MGR,        # 记账凭证: the accounts it posts to, and its export
    "estate.edit": _ADMIN,
    "standard.edit": _ADMIN,
    "user.manage": _ADMIN,
    "audit.view": _MGR,
    "settings.edit": _ADMIN,
    "invoice.request": _ALL,        # asked at the counter
    "invoice.manage": _MGR,         # the day's batch, numbers back, 红字 invoices
    "database.backup": _MGR,
    "database.restore": _ADMIN,
    "database.move": _ADMIN,        # a ledger copied onto the office's server
    "database.check": _MGR,
    "kept.rebuild": _ADMIN,         # the figures kept beside the ledger worked out anew (rebuild-kept)
    "key.manage": _ADMIN,           # the ledger's keys: recovery code, export to another PC, import
    "data.import": _ADMIN,          # the office's own estate in from Excel
    "data.export": _ADMIN,          # the same tables out, with full contacts
    "debit.manage": _MGR,           # 银行代扣: authorisations, batches, the bank's return files
    "mail.send": _MGR,              # bills by email: queued, sent, listed (the server: settings.edit)
}


def allowed(role: str, action: str) -> bool:
    if action not in PERMISSIONS:
        raise KeyError(f"unknown action {action!r}")
    return role in PERMISSIONS[action]


def require(role: str, action: str, username: str = "") -> None:
    if not allowed(role, action):
        role_word, action_word = Word(ROLES.get(role, role)), Word(ACTION_NAMES.get(action, action))
        if username:
            raise PermissionDenied("用户 {user}（{role}）无权执行此操作：{action}",
                                   user=username, role=role_word, action=action_word)
        raise PermissionDenied("{role}无权执行此操作：{action}", role=role_word, action=action_word)


ACTION_NAMES = {
    "unit.view": "查看房屋", "password.change": "修改本人密码", "charge.view": "查看欠费", "payment.take": "收款",
    "receipt.print": "打印收据", "receipt.reprint": "重印收据", "latefee.waive": "减免滞纳金",
    "latefee.waive_any": "超限额减免滞纳金", "consultation.log": "登记咨询", "reminder.log": "登记催缴记录", "billing.run": "批量计费",
    "meter.read": "录入抄表", "receipt.void": "作废收据", "receipt.refund": "退款",
    "cash.move": "登记现金收支", "cash.authorise": "授权现金支出、交款与冲销",
    "book.use": "使用收据本表单", "book.manage": "登记与发放收据本",
    "discount.authorise": "授权折扣/减免", "discount.manage": "维护折扣/减免政策",
    "personal.view_full": "查看完整个人信息", "report.day": "日结报表", "finance.voucher": "记账凭证（科目与导出）",
    "report.management": "管理报表（欠费清单、收费率）", "estate.edit": "维护房产资料", "standard.edit": "修改收费标准", "user.manage": "管理用户", "audit.view": "查看审计日志",
    "settings.edit": "修改设置", "database.backup": "备份数据库", "database.restore": "从备份恢复数据库",
    "database.move": "把账本迁移到服务器", "database.check": "检查账本", "kept.rebuild": "重算留存数字",
    "key.manage": "管理账本密钥",
    "data.import": "导入资料", "data.export": "导出资料", "invoice.request": "登记开票申请", "invoice.manage": "发票导出、导入与红冲",
    "debit.manage": "银行代扣（授权、批量文件、回盘）", "mail.send": "发送电子账单",
}


def mask_phone(phone: str) -> str:
    """138****5678: the one masking rule for phone numbers, on screen, paper and exports."""
    text = phone or ""
    if len(text) >= 7:
        return text[:3] + "****" + text[-4:]
    if len(text) > 2:
        return "*" * (len(text) - 2) + text[-2:]
    return text


def mask_email(address: str) -> str:
    """z***@example.com: the first letter and the domain, enough to tell two addresses apart."""
    local, at, domain = (address or "").partition("@")
    return f"{local[:1]}***@{domain}" if at else address or ""


def mask_id_number(number: str) -> str:
    """110101********1234: keeps the region code and the last four characters."""
    text = number or ""
    if len(text) > 10:
        return text[:6] + "*" * (len(text) - 10) + text[-4:]
    return "*" * len(text)
