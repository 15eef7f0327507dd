"""The bill e-mail as plain data: subject, body and attachment name, built without I/O.

The queue row's client-made id goes into the Message-ID header, so that if a crash between
the server's acceptance and the queue's mark makes the sender try again, the duplicate the
owner may receive is recognisable as the same message (delivery is at-least-once).
"""
from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr

KIND_TITLES = {"notice": "缴费通知单", "statement": "对账单"}


@dataclass(frozen=True)
class Bill:
    queue_id: str          # the client-made id of the queue row
    kind: str              # "notice" | "statement"
    estate: str
    unit: str              # e.g. 3-2-501
    owner: str
    to_address: str
    pdf: bytes


@dataclass(frozen=True)
class Sender:
    address: str
    name: str


def subject(bill: Bill) -> str:
    return f"{bill.estate} {bill.unit} {KIND_TITLES[bill.kind]}"


def attachment_name(bill: Bill) -> str:
    # Unit words may hold '/' or spaces; a file name keeps only what every mail client accepts.
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in bill.unit)
    return f"{KIND_TITLES[bill.kind]}_{safe}.pdf"


def body(bill: Bill) -> str:
    return (f"{bill.owner}：您好！\n\n附件是 {bill.unit} 的{KIND_TITLES[bill.kind]}（PDF）。"
            f"如有疑问请到物业服务中心收费台咨询。\n\n{bill.estate}\n")


def message_id(bill: Bill, sender: Sender) -> str:
    domain = sender.address.rpartition("@")[2] or "localhost"
    return f"<{bill.queue_id}@{domain}>"


def compose(bill: Bill, sender: Sender) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject(bill)
    msg["From"] = formataddr((sender.name, sender.address))
    msg["To"] = bill.to_address
    msg["Message-ID"] = message_id(bill, sender)
    msg.set_content(body(bill))
    msg.add_attachment(bill.pdf, maintype="application", subtype="pdf",
                       filename=attachment_name(bill))
    return msg


def test_message(sender: Sender, to_address: str, estate: str) -> EmailMessage:
    """A short message that proves the settings reach the server and the mailbox (发送测试邮件)."""
    msg = EmailMessage()
    msg["Subject"] = f"{estate} 电子账单测试邮件"
    msg["From"] = formataddr((sender.name, sender.address))
    msg["To"] = to_address
    msg.set_content(f"这是 {estate} 收费台发出的测试邮件：发信设置可以使用。\n")
    return msg
