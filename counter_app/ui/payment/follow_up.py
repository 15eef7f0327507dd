"""A payment whose dialog was closed while it was not known whether it had been recorded (the
server connection went while it was being recorded, and has not come back): its request id is
looked up every few seconds until the ledger answers, and the window says 已记账 with the receipt's
number, or 没有记账."""
from __future__ import annotations

from PyQt6.QtCore import QObject, QTimer, pyqtSignal

from ...core.money import format_yuan
from ...ledger.context import Actor
from ...services.counter import request_ids
from ...store import failures

ASK_EVERY_MS = 5000


class RequestFollowUp(QObject):
    answered = pyqtSignal(str)

    def __init__(self, actor: Actor, request_id: str, parent=None):
        super().__init__(parent)
        self.actor, self.request_id = actor, request_id
        self.timer = QTimer(self, interval=ASK_EVERY_MS)
        self.timer.timeout.connect(self.ask)
        self.timer.start()

    def waiting_text(self) -> str:
        return self.tr("收款是否已记账待确认（请求编号 {id}）：连接恢复后自动查询，请不要另行收款").format(id=self.request_id)

    def ask(self) -> None:
        try:
            found = request_ids.lookup(self.actor, self.request_id)
        except Exception as exc:
            if failures.is_retryable(exc):
                return                      # the server still away: asked again in a while
            raise
        self.timer.stop()
        if found is None:
            self.answered.emit(self.tr("请求 {id}：没有记账，可以重新收款").format(id=self.request_id))
        else:
            self.answered.emit(self.tr("请求 {id}：已记账，收据 {n}（{u}，¥{t}），可在收款记录中打印").format(
                id=self.request_id, n=found.number, u=found.unit_code, t=format_yuan(found.total_fen)))
