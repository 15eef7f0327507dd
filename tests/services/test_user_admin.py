"""Users and roles as an administrator keeps them: listed with their last sign-in and any lock;
stopped (and told so at sign-in, if they know their password), started again, given another role;
the last administrator kept; a role that is none refused. Every change sealed in the chain."""
import pytest

from counter_app.core.errors import CounterError, NotFound, PermissionDenied
from counter_app.services.admin import users
from counter_app.ledger import signin
from counter_app.ledger import clock
from counter_app.ledger import verify
from counter_app.store.models import AuditLog
from tests.factories import at


def test_listed_with_last_sign_in_and_lock(estate):
    with clock.frozen(at(2026, 1, 5, 8, 30)):
        signin.authenticate("cashier", "cashier")
        for _ in range(signin.MAX_FAILED):
            with pytest.raises(PermissionDenied):
                signin.authenticate("manager", "wrong")
        listed = {u.username: u for u in users.list_users(estate.admin)}
    assert listed["cashier"].last_sign_in is not None and f"{listed['cashier'].last_sign_in:%H:%M}" == \
        f"{at(2026, 1, 5, 8, 30).astimezone():%H:%M}"
    assert listed["manager"].locked_until is not None and listed["manager"].last_sign_in is None
    assert listed["admin"].role == "admin" and all(u.active for u in listed.values())
    with pytest.raises(PermissionDenied):
        users.list_users(estate.manager)


def test_a_stopped_user_is_refused_at_sign_in_in_words_and_started_again(estate):
    with clock.frozen(at(2026, 1, 5, 9)):
        users.set_active(estate.admin, "cashier", False)
        with pytest.raises(PermissionDenied, match="已停用"):
            signin.authenticate("cashier", "cashier")
        with pytest.raises(PermissionDenied) as wrong:          # a wrong password learns nothing more
            signin.authenticate("cashier", "guess")
        assert "停用" not in str(wrong.value)
        users.set_active(estate.admin, "cashier", True)
        assert signin.authenticate("cashier", "cashier").username == "cashier"
    actions = [a for a, in AuditLog.select(AuditLog.action).where(AuditLog.action.startswith("user.")).tuples()]
    assert actions[-2:] == ["user.disable", "user.enable"]
    assert verify.verify_all().ok                               # each change sealed


def test_roles_are_changed_and_the_last_administrator_kept(estate):
    users.change_role(estate.admin, "cashier", "manager")
    assert signin.authenticate("cashier", "cashier").role == "manager"
    for role in ("", "boss", None):
        with pytest.raises(CounterError, match="角色应为"):
            users.change_role(estate.admin, "cashier", role)
    with pytest.raises(CounterError, match="唯一在用的管理员"):
        users.change_role(estate.admin, "admin", "manager")
    with pytest.raises(CounterError, match="自己"):
        users.set_active(estate.admin, "admin", False)
    users.create_user(estate.admin, "admin2", "第二管理员", "admin", "longenough1")
    users.change_role(estate.admin, "admin", "manager")              # another administrator exists now
    with pytest.raises(CounterError, match="唯一在用的管理员"):
        users.change_role(signin.authenticate("admin2", "longenough1"), "admin2", "cashier")
    with pytest.raises(NotFound):
        users.set_active(estate.admin, "nobody", False)
    with pytest.raises(PermissionDenied):
        users.change_role(estate.manager, "cashier", "admin")
    assert verify.verify_all().ok
