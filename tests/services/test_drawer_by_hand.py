"""The cash drawer opened by hand: a manager, a reason, a row in the audit chain written before the
pulse; a cashier alone, no reason or no drawer is refused and sends nothing."""
import pytest

from counter_app.core.errors import Invalid, PermissionDenied, Unavailable
from counter_app.ledger import audit
from counter_app.services.counter import drawer
from counter_app.store.models import AuditLog


def _rows():
    return list(AuditLog.select().where(AuditLog.action == "drawer.open"))


def test_a_managers_opening_is_audited_then_sent(estate):
    sent = []

    def send(spec):
        sent.append((spec, len(_rows())))        # the row is in the ledger when the pulse goes
    where = drawer.open_by_hand(estate.cashier, estate.manager, "  换零钱 ", "network:10.0.0.5", send=send)
    assert where == "network:10.0.0.5"
    assert sent == [("network:10.0.0.5", 1)]
    row = _rows()[0]
    assert row.username == estate.manager.username and "换零钱" in row.after and estate.cashier.username in row.after
    assert audit.verify_chain().ok


def test_a_failed_drawer_keeps_the_row_and_says_unavailable(estate):
    def send(spec):
        raise Unavailable("钱箱没有打开：{where} 无法连接（{why}）", where=spec, why="OSError")
    with pytest.raises(Unavailable):
        drawer.open_by_hand(estate.cashier, estate.manager, "核对备用金", "network:10.0.0.5", send=send)
    assert len(_rows()) == 1


@pytest.mark.parametrize("who, reason, connection, error", [
    ("cashier", "换零钱", "network:10.0.0.5", PermissionDenied),
    ("manager", "   ", "network:10.0.0.5", Invalid),
    ("manager", "换零钱", "", Invalid),
])
def test_refused_without_a_manager_a_reason_or_a_drawer(estate, who, reason, connection, error):
    sent = []
    with pytest.raises(error):
        drawer.open_by_hand(estate.cashier, getattr(estate, who), reason, connection, send=sent.append)
    assert sent == [] and _rows() == []
