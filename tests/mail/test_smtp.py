"""The bill e-mail against a real local SMTP server (aiosmtpd) on 127.0.0.1."""
import email
import email.policy
import io
import socket
import subprocess

import pytest
from aiosmtpd.controller import Controller
from reportlab.pdfgen import canvas

from counter_app.mail import compose, smtp


def _pdf(text: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text)
    c.save()
    return buf.getvalue()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Inbox:
    def __init__(self, refuse: str | None = None):
        self.messages: list[bytes] = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, options):
        if self.refuse:
            return self.refuse
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content)
        return "250 Message accepted"


@pytest.fixture
def serve():
    started = []

    def start(inbox, port=None):
        ctl = Controller(inbox, hostname="127.0.0.1", port=port or _free_port())
        ctl.start()
        started.append(ctl)
        return ctl.port
    yield start
    for ctl in started:
        ctl.stop()


BILL = compose.Bill(queue_id="q-7f3a", kind="notice", estate="阳光花园", unit="3-2-501",
                    owner="张三", to_address="zhang@example.com", pdf=_pdf("NOTICE 3-2-501 1684.08"))
SENDER = compose.Sender("office@sunny.example", "阳光花园物业")


def test_a_notice_arrives_with_its_pdf(serve, tmp_path):
    inbox = _Inbox()
    port = serve(inbox)
    out = smtp.deliver(smtp.Server("127.0.0.1", port, tls="none"), compose.compose(BILL, SENDER))
    assert out == smtp.Outcome("sent")
    assert len(inbox.messages) == 1
    msg = email.message_from_bytes(inbox.messages[0], policy=email.policy.default)
    assert msg["Subject"] == "阳光花园 3-2-501 缴费通知单"
    assert msg["Message-ID"] == "<q-7f3a@sunny.example>"
    (att,) = list(msg.iter_attachments())
    assert att.get_filename() == "缴费通知单_3-2-501.pdf"
    path = tmp_path / "a.pdf"
    path.write_bytes(att.get_content())
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "NOTICE 3-2-501 1684.08" in text


def test_server_down_then_up_is_retry_then_sent_once(serve):
    port = _free_port()
    server = smtp.Server("127.0.0.1", port, tls="none", timeout=2)
    msg = compose.compose(BILL, SENDER)
    assert smtp.deliver(server, msg).state == "retry"
    inbox = _Inbox()
    serve(inbox, port)
    assert smtp.deliver(server, msg).state == "sent"
    assert len(inbox.messages) == 1


def test_a_550_refusal_is_failed_with_the_servers_words(serve):
    inbox = _Inbox(refuse="550 5.1.1 No such mailbox")
    port = serve(inbox)
    out = smtp.deliver(smtp.Server("127.0.0.1", port, tls="none"), compose.compose(BILL, SENDER))
    assert out.state == "failed"
    assert out.detail.startswith("550") and "No such mailbox" in out.detail
    assert inbox.messages == []


def test_a_451_is_kept_for_retry(serve):
    port = serve(_Inbox(refuse="451 4.3.0 Try later"))
    out = smtp.deliver(smtp.Server("127.0.0.1", port, tls="none"), compose.compose(BILL, SENDER))
    assert out.state == "retry" and out.detail.startswith("451")


def test_attachment_name_keeps_only_safe_characters():
    bill = compose.Bill("q", "statement", "E", "3栋/2 501", "o", "a@b.c", b"%PDF")
    assert compose.attachment_name(bill) == "对账单_3栋_2_501.pdf"
