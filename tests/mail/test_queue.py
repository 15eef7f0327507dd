"""Bills by email end to end against aiosmtpd on 127.0.0.1: queued per owner with an address,
sent with the notice's PDF, kept when the server is away and sent once when it is back, a 550
refusal failed and logged with the server's words, nothing in a training ledger."""
import email
import email.policy
import json
import subprocess
from datetime import timedelta

import pytest

from counter_app import cli
from counter_app.scenarios.bills import bill_pdf
from counter_app.core.text import InvalidEmail
from counter_app.ledger import clock
from counter_app.services.admin import browser
from counter_app.services.mail import queue, settings
from counter_app.store import migrations
from counter_app.store.queries import mail as mailq, reminders
from tests.factories import at, bill_months
from tests.mail import test_smtp
from tests.mail.test_smtp import _free_port, _Inbox

NOW = at(2026, 1, 20, 10)
serve = test_smtp.serve          # the fixture, shared


@pytest.fixture
def office(estate):
    """The small estate billed for two months, 张三 (owner of 3-2-501) with an address."""
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(NOW):
        browser.update_person(estate.admin, "3-2-501", "张三", email=" Zhang@Example.COM ")
    return estate


def _settle(estate, port):
    with clock.frozen(NOW):
        settings.change(estate.admin, host="127.0.0.1", port=port, tls="none", sender="office@sunny.example",
                        sender_name="测试花园物业", password="")


def _pdf_text(tmp_path, msg) -> str:
    (att,) = list(msg.iter_attachments())
    path = tmp_path / att.get_filename()
    path.write_bytes(att.get_content())
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _email_log(estate):
    unit = estate.units["501"].id
    return [(r.channel, r.note) for r in reminders.latest_of_unit(unit, 10) if r.channel == "email"]


def test_a_building_s_notices_go_to_owners_with_an_address(office, serve, tmp_path):
    inbox = _Inbox()
    _settle(office, serve(inbox))
    with clock.frozen(NOW):
        made = queue.enqueue(office.manager, "notice", building="3")
        done = queue.send_due(office.manager, bill_pdf)
    # four units owe (billed Dec and Jan); only 3-2-501's owner has an address
    assert made.queued == 1 and made.nothing_owed == 0
    assert set(made.without_email) == {"3-1-101", "3-1-102", "3-2-502"}
    assert done == queue.Sent(1, 0, 0)
    (raw,) = inbox.messages
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["To"] == "Zhang@example.com"
    assert msg["Subject"] == "测试花园 3-2-501 缴费通知单"
    (row,) = mailq.listing(office.estate.id)
    assert msg["Message-ID"] == f"<{row.uid}@sunny.example>"
    assert (row.state, row.attempts, row.owner) == ("sent", 1, "张三")
    text = _pdf_text(tmp_path, msg)
    assert "3-2-501" in text and "缴费通知单" in text and "张三" in text
    assert _email_log(office) == [("email", "电子账单 缴费通知单 已发送至 Zhang@example.com")]


def test_the_server_away_then_back_sends_once(office, serve):
    port = _free_port()                 # nothing listens yet
    _settle(office, port)
    with clock.frozen(NOW):
        queue.enqueue(office.manager, "notice", unit="3-2-501")
        assert queue.send_due(office.manager, bill_pdf) == queue.Sent(0, 1, 0)
    (row,) = mailq.listing(office.estate.id)
    assert (row.state, row.attempts) == ("queued", 1)
    assert row.next_try_at == NOW.astimezone(row.next_try_at.tzinfo) + timedelta(minutes=1)
    assert _email_log(office) == []     # a try to be repeated is not logged
    inbox = _Inbox()
    serve(inbox, port)
    with clock.frozen(NOW + timedelta(seconds=30)):     # not yet due
        assert queue.send_due(office.manager, bill_pdf) == queue.Sent(0, 0, 0)
    with clock.frozen(NOW + timedelta(minutes=2)):
        assert queue.send_due(office.manager, bill_pdf) == queue.Sent(1, 0, 0)
        assert queue.send_due(office.manager, bill_pdf) == queue.Sent(0, 0, 0)
    assert len(inbox.messages) == 1
    (row,) = mailq.listing(office.estate.id)
    assert (row.state, row.attempts) == ("sent", 2)
    assert len(_email_log(office)) == 1


def test_a_550_refusal_fails_with_the_server_s_words_in_the_log(office, serve):
    _settle(office, serve(_Inbox(refuse="550 5.1.1 No such mailbox")))
    with clock.frozen(NOW):
        queue.enqueue(office.manager, "statement", unit="3-2-501")
        assert queue.send_due(office.manager, bill_pdf) == queue.Sent(0, 0, 1)
    (row,) = mailq.listing(office.estate.id)
    assert row.state == "failed" and "550 5.1.1 No such mailbox" in row.last_words
    assert _email_log(office) == [("email", "电子账单 对账单 发送失败（Zhang@example.com）：550 5.1.1 No such mailbox")]
    with clock.frozen(NOW):             # put back by hand, refused again: still once per try
        assert queue.retry_failed(office.manager) == 1
        assert queue.send_due(office.manager, bill_pdf) == queue.Sent(0, 0, 1)


def test_a_training_ledger_sends_nothing(office, serve):
    _settle(office, serve(_Inbox()))
    migrations.set_meta("training", "1")
    with clock.frozen(NOW), pytest.raises(queue.TrainingNoMail):
        queue.enqueue(office.manager, "notice", unit="3-2-501")
    with pytest.raises(queue.TrainingNoMail):
        queue.send_due(office.manager, bill_pdf)
    assert mailq.listing(office.estate.id) == []


def test_an_address_that_cannot_be_one_is_refused_and_a_cashier_may_not_send(office):
    with pytest.raises(InvalidEmail):
        browser.update_person(office.admin, "3-2-501", "张三", email="zhang@example")
    with pytest.raises(settings.NoMailSettings):
        queue.enqueue(office.manager, "notice")
    from counter_app.core.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        queue.enqueue(office.cashier, "notice")


def test_the_command_line_round_trip(office, serve, capsys, monkeypatch):
    inbox = _Inbox()
    port = serve(inbox)
    db = str(office.ledger.path)
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    monkeypatch.setenv("COUNTER_APP_SMTP_PASSWORD", "")
    assert cli.main(["mail", "settings", "--host", "127.0.0.1", "--port", str(port), "--tls", "none",
                     "--sender", "office@sunny.example", "--user", "admin", "--db", db]) == 0
    assert "已保存：127.0.0.1" in capsys.readouterr().out
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    with clock.frozen(NOW):
        assert cli.main(["mail", "send", "--kind", "notice", "--building", "3", "--user", "manager",
                         "--db", db, "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert (said["queued"], said["sent"], said["failed"], len(said["without_email"])) == (1, 1, 0, 3)
    assert len(inbox.messages) == 1
    assert cli.main(["mail", "queue", "--user", "manager", "--db", db]) == 0
    assert "3-2-501" in (out := capsys.readouterr().out) and "已发送" in out


def test_the_address_is_shown_masked_like_the_phone_and_whole_with_a_reason(office, capsys, monkeypatch):
    from counter_app.services.admin.browser import unit_detail
    masked = {p.name: p.email for p in unit_detail(office.manager, "3-2-501").people}
    assert masked == {"张三": "Z***@example.com", "李四": ""}
    with clock.frozen(NOW):
        whole = {p.name: p.email for p in unit_detail(office.manager, "3-2-501", "寄账单核对").people}
    assert whole["张三"] == "Zhang@example.com"
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    with clock.frozen(NOW):
        assert cli.main(["unit", "person", "3-2-501", "--name", "张三", "--email", "", "--user", "admin",
                         "--db", str(office.ledger.path)]) == 0
    assert "example.com" not in capsys.readouterr().out
    assert {p.name: p.email for p in unit_detail(office.manager, "3-2-501").people}["张三"] == ""


def test_the_settings_are_audited_and_the_password_kept_outside_the_ledger(office):
    from counter_app.ledger import ledgerkeys
    from counter_app.mail import retry
    from counter_app.store.models import AuditLog
    with clock.frozen(NOW):
        settings.change(office.admin, host="smtp.example.com", port=465, tls="ssl", sender="wuye@example.com",
                        user="wuye@example.com", password="s3cret-Pw")
    (entry,) = AuditLog.select().where(AuditLog.action == "mail.settings")
    assert json.loads(entry.after)["password"] == "changed" and "s3cret" not in entry.after
    assert retry.password(ledgerkeys.ledger_id(), office.estate.id) == "s3cret-Pw"
    ledger = office.ledger.path
    files = list(ledger.parent.glob(ledger.name + "*"))       # the file and its write-ahead log
    assert files and not any(b"s3cret" in f.read_bytes() for f in files)
    assert any(b"smtp.example.com" in f.read_bytes() for f in files)   # what the search would find
    assert settings.current(office.manager).user == "wuye@example.com"
    from counter_app.core.errors import Invalid, PermissionDenied
    with pytest.raises(PermissionDenied):
        settings.change(office.manager, host="h", port=25, tls="none", sender="a@b.cn")
    with pytest.raises(Invalid):
        settings.change(office.admin, host="h", port=25, tls="tls13", sender="a@b.cn")
