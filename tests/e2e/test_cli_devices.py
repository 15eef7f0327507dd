"""`counter-app drawer open --reason`: a manager's opening is audited and the pulse reaches the
printer (a listener on 127.0.0.1); a cashier is refused and nothing is sent."""
from counter_app import cli
from counter_app.store import db as dbmod
from tests.devices.test_drawer import KICK, Listener


def _run(estate, monkeypatch, user, *more):
    dbmod.close()
    monkeypatch.setenv("COUNTER_APP_PASSWORD", user)
    return cli.main(["drawer", "open", "--user", user, "--db", str(estate.ledger.path), *more])


def test_a_manager_opens_it_with_a_reason(estate, monkeypatch, capsys):
    listener = Listener()
    try:
        code = _run(estate, monkeypatch, "manager", "--reason", "换零钱", "--drawer", f"network:127.0.0.1:{listener.port}")
        listener.thread.join(5)
    finally:
        listener.close()
    assert code == 0, capsys.readouterr().err
    assert listener.received == KICK
    assert "钱箱已打开" in capsys.readouterr().out
    from counter_app.services.common.session import open_database
    open_database(estate.ledger.path)
    from counter_app.store.models import AuditLog
    row = AuditLog.get(AuditLog.action == "drawer.open")
    assert row.username == "manager" and "换零钱" in row.after


def test_a_cashier_is_refused_and_nothing_is_sent(estate, monkeypatch, capsys):
    from counter_app.services.counter import drawer
    sent = []
    monkeypatch.setattr(drawer.device, "open_drawer", sent.append)
    monkeypatch.setattr(drawer.open_by_hand, "__kwdefaults__", {"send": sent.append})
    code = _run(estate, monkeypatch, "cashier", "--reason", "换零钱", "--drawer", "network:127.0.0.1:9")
    assert code != 0 and sent == []
    assert "错误" in capsys.readouterr().err
    from counter_app.services.common.session import open_database
    open_database(estate.ledger.path)
    from counter_app.store.models import AuditLog
    assert not AuditLog.select().where(AuditLog.action == "drawer.open").exists()
