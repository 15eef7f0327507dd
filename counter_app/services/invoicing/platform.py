"""The tax platform's side: the day's requests as its batch-issue workbook (one upload a day), and
its list of issued invoices matched back to the requests by amount and buyer."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from ...core.errors import NotFound, Refused
from ...core.invoice_status import RED_NEEDED, REQUESTED
from ...core.taxid import normalise
from ...store.db import write_transaction
from ...store.queries import invoices as invoice_queries
from ...ledger.estate import estate_id_of, estate_of
from ...ledger import audit, clock
from ..common import exports, sheets
from ...ledger.context import Actor
from .requests import invoice_number_of, issue, rate_text, record_red

# The platform's batch-issue template (批量开具): a sheet of invoices and a sheet of their lines,
# joined by the invoice's serial (发票流水号, here the request's number).
BASIC_HEADERS = ["发票流水号", "发票类型", "是否含税", "购买方名称", "购买方纳税人识别号", "购买方邮箱", "购买方手机号",
                 "备注"]
DETAIL_HEADERS = ["发票流水号", "项目名称", "商品和服务税收分类编码", "规格型号", "单位", "数量", "单价", "金额", "税率"]
INVOICE_TYPE = "普通发票"

# The platform's list of issued invoices (发票查询 → 导出), by any of its usual column names.
ISSUED_COLUMNS = {
    "number": ("发票号码", "数电票号码", "数电发票号码"),
    "day": ("开票日期", "开票时间"),
    "buyer": ("购买方名称", "购方名称", "购买方"),
    "amount": ("价税合计", "价税合计(元)", "价税合计（元）", "金额合计"),
}
TAX_ID_COLUMN = ("购买方纳税人识别号", "购方识别号", "购买方识别号", "购方纳税人识别号")


@dataclass
class BatchFile:
    path: str
    requests: int
    lines: int
    amount_fen: int


def serial(request_id: int) -> str:
    return f"FP{request_id:08d}"


def _yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


def export_batch(actor: Actor, day: date, path: str | Path) -> BatchFile:
    """The requests made on `day` and not yet issued, as the platform's batch workbook. Only that
    day's: a request uploaded yesterday and not yet issued is not sent twice."""
    actor.require("invoice.manage")
    estate = estate_of(actor)
    tz = estate.timezone
    midnight = datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(tz))
    start, end = clock.to_db(midnight), clock.to_db(midnight + timedelta(days=1))
    found = invoice_queries.requests_with_payments(estate.id, REQUESTED, start, end)
    if not found:
        raise NotFound("{day} 没有待开具的开票申请，没有生成文件", day=day)
    lines = invoice_queries.lines_of_requests([r.id for r in found])
    unset = sorted({ln.payment_line.charge.item.name for ln in lines
                    if not ln.payment_line.charge.item.tax_code or ln.payment_line.charge.item.tax_rate_e4 is None})
    if unset:
        raise Refused("收费项目 {items} 还没有设置税收分类编码和税率（counter-app invoice item），没有生成文件",
                      items="、".join(unset))
    basics = [[serial(r.id), INVOICE_TYPE, "是", r.buyer_name, r.tax_id, r.contact if "@" in r.contact else "",
               r.contact if "@" not in r.contact else "", f"收据 {r.payment.number}"] for r in found]
    details = []
    for ln in lines:
        item = ln.payment_line.charge.item
        amount = _yuan(ln.amount_fen)
        details.append([serial(ln.request_id), item.name, item.tax_code, f"{ln.payment_line.charge.period_start:%Y.%m}",
                        "项", 1, amount, amount, rate_text(item.tax_rate_e4)])
    out = exports.write_xlsx(path, {"1-发票基础信息": (BASIC_HEADERS, basics), "2-发票明细信息": (DETAIL_HEADERS, details)})
    return BatchFile(str(out), len(found), len(lines), sum(r.amount_fen for r in found))


@dataclass
class ImportResult:
    issued: list = field(default_factory=list)        # (request, receipt, invoice number, amount)
    reversed: list = field(default_factory=list)      # (request, receipt, 红字 invoice number, amount < 0)
    unmatched: list = field(default_factory=list)     # (line, invoice number, buyer, amount, why)
    already: list = field(default_factory=list)       # (line, invoice number): recorded before
    skipped: list = field(default_factory=list)       # (line, why): rows not read (hidden, totals)

    @property
    def ok(self) -> bool:
        return not self.unmatched


def import_issued(actor: Actor, path: str | Path) -> ImportResult:
    """Match each issued invoice to the one open request with its amount and buyer (and taxpayer
    number, when the list gives one). An invoice matching none or several is listed for the
    manager; one already recorded is left alone; nothing is recorded twice."""
    actor.require("invoice.manage")
    table = sheets.read_table(path, ISSUED_COLUMNS, "已开发票清单")
    at = table.positions
    tax_at = next((i for i, n in enumerate(table.header) if n in TAX_ID_COLUMN), None)
    parsed = []
    for line, cells in table.rows:
        parsed.append((line, invoice_number_of(cells[at["number"]]), sheets.cell_date(cells[at["day"]], line),
                       str(cells[at["buyer"]] or "").strip(), sheets.cell_amount(cells[at["amount"]], line),
                       normalise(str(cells[tax_at] or "")) if tax_at is not None else ""))
    result = ImportResult(skipped=table.skipped)
    estate_id = estate_id_of(actor)
    with write_transaction():
        open_requests = invoice_queries.requests_with_payments(estate_id, REQUESTED)
        waiting_red = invoice_queries.requests_with_payments(estate_id, RED_NEEDED)
        taken: set[int] = set()
        # Numbers recorded before (one read for the whole list), then those met earlier in it.
        seen = invoice_queries.numbers_taken(estate_id, sorted({row[1] for row in parsed}))
        for line, number, day, buyer, amount, tax_id in parsed:
            if number in seen:
                result.already.append((line, number))
                continue
            seen.add(number)
            if amount < 0:       # a 红字 invoice: it reverses the issued invoice of a voided or refunded receipt
                reversed_ = [r for r in waiting_red if r.id not in taken and r.amount_fen == -amount
                             and _same_name(r.buyer_name, buyer) and (not tax_id or r.tax_id == tax_id)]
                if len(reversed_) != 1:
                    result.unmatched.append((line, number, buyer, amount, "红字发票：没有（或有多个）金额和购买方都相同、"
                                                                         "待开红字的申请，请手工登记"))
                    continue
                taken.add(reversed_[0].id)
                record_red(actor, reversed_[0], number)
                result.reversed.append((reversed_[0].id, reversed_[0].payment.number, number, amount))
                continue
            candidates = [r for r in open_requests if r.id not in taken and r.amount_fen == amount
                          and _same_name(r.buyer_name, buyer) and (not tax_id or r.tax_id == tax_id)]
            if len(candidates) != 1:
                why = "没有金额和购买方都相同的待开具申请" if not candidates else \
                    f"有 {len(candidates)} 个金额和购买方都相同的申请（{'、'.join(serial(r.id) for r in candidates)}），请手工登记"
                result.unmatched.append((line, number, buyer, amount, why))
                continue
            request = candidates[0]
            taken.add(request.id)
            issue(actor, request, number, day)
            result.issued.append((request.id, request.payment.number, number, amount))
        audit.record(actor.username, "invoice.import", "file", Path(path).name,
                     after={"issued": len(result.issued), "reversed": len(result.reversed),
                            "unmatched": len(result.unmatched),
                            "already": len(result.already)})
    return result


def _same_name(a: str, b: str) -> bool:
    """Buyer names as the platform and the counter write them: spaces and full-width brackets aside."""
    def fold(s: str) -> str:
        return "".join(s.split()).replace("（", "(").replace("）", ")")
    return fold(a) == fold(b)
