"""电子账单 from a screen (管理 menu). 电子账单设置: the estate's SMTP server, saved with Ctrl+S (the
password to this PC's key store, left empty: kept), a test message with Ctrl+T. 发送电子账单: the
kind and a building, Enter counts what would be queued (nothing written), Ctrl+Enter queues and
sends; the queue's rows with their state below. `counter-app mail` is their twin; the rules are
services/mail."""
from __future__ import annotations

from PyQt6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout
)

from ...core.errors import CounterError
from ...core.tables import Section
from ...ledger.context import Actor
from ...mail.smtp import TLS_MODES
from ...scenarios.bills import bill_pdf
from ...services.mail import queue, settings
from .. import keys
from ..dialog_parts import status_and_close
from ..errors import error_text
from ..section_tables import section_table

STATES = {"queued": "待发送", "sent": "已发送", "failed": "失败"}
TLS_NAMES = {"none": "不加密", "starttls": "STARTTLS", "ssl": "SSL/TLS"}


def queue_section(rows) -> Section:
    return Section("邮件队列", ("排队时间", "房号", "业主", "邮箱", "账单", "状态", "次数", "最后结果"), tuple(
        (f"{r.created_at:%Y-%m-%d %H:%M}", r.unit_code, r.owner, r.email, queue.KINDS[r.kind], STATES[r.state],
         str(r.attempts), r.last_words) for r in rows))


def _button(text: str, name: str, slot) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setAutoDefault(False)           # Enter in a field never presses it
    button.clicked.connect(slot)
    return button


class MailSettingsDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("mailSettingsDialog")
        self.actor = actor
        self.setWindowTitle(self.tr("电子账单设置"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.host = QLineEdit(objectName="mailHost", placeholderText="smtp.example.com")
        self.port = QSpinBox(objectName="mailPort", minimum=1, maximum=65535, value=587)
        self.tls = QComboBox(objectName="mailTls")
        for mode in TLS_MODES:
            self.tls.addItem(self.tr(TLS_NAMES[mode]), mode)
        self.sender = QLineEdit(objectName="mailSender", placeholderText="wuye@example.com")
        self.sender_name = QLineEdit(objectName="mailSenderName", placeholderText=self.tr("留空为小区名称"))
        self.user = QLineEdit(objectName="mailUser", placeholderText=self.tr("留空为不登录"))
        self.password = QLineEdit(objectName="mailPassword", echoMode=QLineEdit.EchoMode.Password,
                                  placeholderText=self.tr("留空为不改（存在本机密钥库）"))
        self.test_to = QLineEdit(objectName="mailTestTo", placeholderText=self.tr("留空发给发信邮箱自己"))
        for text, widget in ((self.tr("发信服务器"), self.host), (self.tr("端口"), self.port),
                             (self.tr("加密"), self.tls), (self.tr("发信邮箱"), self.sender),
                             (self.tr("发信人名称"), self.sender_name), (self.tr("登录用户名"), self.user),
                             (self.tr("密码"), self.password), (self.tr("测试收件人"), self.test_to)):
            form.addRow(text, widget)
        layout.addLayout(form)
        save = _button(self.tr("保存设置 [Ctrl+S]"), "mailSave", self.save)
        test = _button(self.tr("发送测试邮件 [Ctrl+T]"), "mailTest", self.send_test)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(test)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = status_and_close(self, layout, "mailSettingsStatus")
        keys.button_key(self, save, "Ctrl+S")
        keys.button_key(self, test, "Ctrl+T")
        self.load()
        self.host.setFocus()

    def load(self) -> None:
        s = settings.current(self.actor)
        self.tls.setCurrentIndex(self.tls.findData("starttls"))     # what most offices' servers speak
        if s is not None:
            self.host.setText(s.host)
            self.port.setValue(s.port)
            self.tls.setCurrentIndex(max(self.tls.findData(s.tls), 0))
            self.sender.setText(s.sender)
            self.sender_name.setText(s.sender_name)
            self.user.setText(s.user)
        keys.mark_saved(self)

    def save(self) -> bool:
        try:
            settings.change(self.actor, host=self.host.text(), port=self.port.value(), tls=self.tls.currentData(),
                            sender=self.sender.text(), sender_name=self.sender_name.text(), user=self.user.text(),
                            password=self.password.text() or None)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.password.clear()
        keys.mark_saved(self)
        self.status.setText(self.tr("发信设置已保存"))
        return True

    def send_test(self) -> None:
        try:
            outcome = settings.send_test(self.actor, self.test_to.text())
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("测试邮件已发出，请到收件箱查看") if outcome.state == "sent" else
                            self.tr("测试邮件没有发出：{why}").format(why=outcome.detail))


class MailSendDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("mailSendDialog")
        self.actor = actor
        self.setWindowTitle(self.tr("发送电子账单"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox(objectName="mailKind")
        for code, title in queue.KINDS.items():
            self.kind.addItem(self.tr(title), code)
        self.building = QLineEdit(objectName="mailBuilding", placeholderText=self.tr("楼栋号，留空为全部"))
        self.building.returnPressed.connect(self.preview)     # Enter: the count, nothing written
        self.kind.currentIndexChanged.connect(lambda _i: self.preview())
        form.addRow(self.tr("账单"), self.kind)
        form.addRow(self.tr("楼栋"), self.building)
        layout.addLayout(form)
        send = _button(self.tr("排队并发送 [Ctrl+Enter]"), "mailSend", self.send)
        again = _button(self.tr("失败的重发"), "mailRetry", self.retry)
        row = QHBoxLayout()
        row.addWidget(send)
        row.addWidget(again)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = section_table(queue_section([]), "mailQueue", self, sortable=False)
        layout.addWidget(self.table, 1)
        self.status = status_and_close(self, layout, "mailSendStatus")
        keys.button_key(self, send, "Ctrl+Return", "Ctrl+Enter")
        self.refresh()
        self.building.setFocus()

    def _building(self) -> str | None:
        return self.building.text().strip() or None

    def refresh(self) -> None:
        self.table.section_model.set_section(queue_section(queue.listing(self.actor)))

    def _said(self, made: queue.Enqueued, lead: str) -> str:
        text = lead.format(n=made.queued)
        if made.without_email:
            text += self.tr("；{n} 户没有业主邮箱：{units}").format(
                n=len(made.without_email), units="、".join(made.without_email[:10]) + ("…" if len(made.without_email) > 10 else ""))
        if made.nothing_owed:
            text += self.tr("；{n} 户没有欠费").format(n=made.nothing_owed)
        return text

    def preview(self) -> None:
        try:
            self.status.setText(self._said(queue.preview(self.actor, self.kind.currentData(), self._building()),
                                           self.tr("将发送 {n} 封")))
        except CounterError as exc:
            self.status.setText(error_text(exc))

    def send(self) -> None:
        try:
            made = queue.enqueue(self.actor, self.kind.currentData(), self._building())
            done = queue.send_due(self.actor, bill_pdf)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self.refresh()
        keys.mark_saved(self)
        self.status.setText(self._said(made, self.tr("已排队 {n} 封")) + self.tr("。已发送 {s}，待重试 {r}，失败 {f}").format(
            s=done.sent, r=done.retry, f=done.failed))

    def retry(self) -> None:
        try:
            again = queue.retry_failed(self.actor)
            done = queue.send_due(self.actor, bill_pdf)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self.refresh()
        self.status.setText(self.tr("重新排队 {n} 封。已发送 {s}，待重试 {r}，失败 {f}").format(
            n=again, s=done.sent, r=done.retry, f=done.failed))
