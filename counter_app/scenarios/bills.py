"""A queued bill's PDF for bills by email, made again from its document's identity
(services/mail/queue.py): the 缴费通知单 as of its day (services/reports) or the 对账单 over its
span (services/consultation). Here, above the use cases, so the mail use case imports neither;
the command line and the window pass it to services.mail.queue.send_due."""
from __future__ import annotations

from datetime import date

from ..documents.notice import render_notices
from ..documents.report_pdf import render_report_pdf
from ..ledger.context import Actor
from ..services.consultation import desk
from ..services.reports import notices


def bill_pdf(actor: Actor, kind: str, document: str, unit_code: str) -> bytes:
    if kind == "notice":
        as_of = date.fromisoformat(document.partition("@")[2])
        return render_notices(notices.notices(actor, "due", unit_codes=[unit_code], as_of=as_of))
    first, _, last = document.partition("..")
    s = desk.account_statement(actor, unit_code, date.fromisoformat(first), date.fromisoformat(last))
    return render_report_pdf(f"对账单 {s.unit_code}", f"{s.date_from} 至 {s.date_to}", desk.statement_sections(s))
