import subprocess
import sys

import pytest

from counter_app.core.errors import PermissionDenied
from counter_app.core.permissions import (PERMISSIONS, allowed, mask_id_number,
                                          mask_phone)
from counter_app.core.tenders import Tender
from counter_app.ledger import passwords
from counter_app.services.admin import users
from counter_app.ledger import signin
from counter_app.services.billing import runs as billing
from counter_app.ledger import audit, clock
from counter_app.services.counter import payments
from counter_app.store.models import AuditLog, User
from tests import outside
from tests.factories import at


def test_password_hash_is_scrypt_and_salted():
    a, b = passwords.hash_password("secret"), passwords.hash_password("secret")
    assert a.startswith("scrypt$") and a != b
    assert passwords.check_password("secret", a) and not passwords.check_password("Secret", a)


def test_the_product_hashes_at_full_cost():
    """The tests' cheap hash (tests/conftest.py) never reaches the product: a fresh process
    hashes with N=2**14, r=8, p=1, and the tests' process only lowered its own copy."""
    from tests.conftest import PRODUCT_SCRYPT_N
    probe = "from counter_app.ledger import passwords; print(passwords.hash_password('secret'))"
    stored = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert stored.startswith("scrypt$16384$8$1$") and PRODUCT_SCRYPT_N == 2 ** 14
    assert passwords.check_password("secret", stored.strip())


def test_login_ok_and_wrong(estate):
    assert signin.authenticate("cashier", "cashier").role == "cashier"
    with pytest.raises(PermissionDenied):
        signin.authenticate("cashier", "wrong")
    with pytest.raises(PermissionDenied):
        signin.authenticate("nobody", "x")
    actions = [a.action for a in AuditLog.select().where(AuditLog.action.startswith("login"))]
    assert actions == ["login.ok", "login.failed", "login.unknown_user"]


def test_lockout_after_repeated_failures(estate):
    with clock.frozen(at(2026, 1, 1, 9)):
        for _ in range(signin.MAX_FAILED):
            with pytest.raises(PermissionDenied):
                signin.authenticate("cashier", "bad")
        with pytest.raises(PermissionDenied, match="锁定"):
            signin.authenticate("cashier", "cashier")   # even the right password
    with clock.frozen(at(2026, 1, 1, 9, 20)):
        assert signin.authenticate("cashier", "cashier").username == "cashier"


def test_a_lock_another_counter_sealed_after_the_row_was_read_is_no_edit_behind_the_program(estate, monkeypatch):
    """Counters read a user's row, then check it against its last seal. Another counter's guesses
    may lock and seal the account in between: that is the program's own change, never recorded
    as an edit behind it (the audit check would then fail for good)."""
    from counter_app.ledger import verify
    from counter_app.store.queries import users as user_queries
    with clock.frozen(at(2026, 1, 1, 9)):
        read_before = user_queries.user_named("cashier")
        for _ in range(signin.MAX_FAILED):             # the other counter's guesses lock it
            with pytest.raises(PermissionDenied):
                signin.authenticate("cashier", "bad")
        monkeypatch.setattr(user_queries, "user_named", lambda name: read_before)
        with pytest.raises(PermissionDenied, match="锁定"):
            signin.authenticate("cashier", "cashier")
    assert not AuditLog.select().where(AuditLog.action == "state.tampered").exists()
    assert verify.verify_all().ok


def test_password_change_and_reset(estate):
    users.change_password(estate.cashier, "cashier", "new-pass")
    assert signin.authenticate("cashier", "new-pass")
    with pytest.raises(PermissionDenied):
        users.reset_password(estate.cashier, "manager", "xxxx")
    users.reset_password(estate.admin, "cashier", "reset-1")
    assert signin.authenticate("cashier", "reset-1")


@pytest.mark.parametrize("action", sorted(PERMISSIONS))
def test_permission_table_row(action):
    roles = PERMISSIONS[action]
    assert "admin" in roles  # the administrator can do everything
    cashier_may = allowed("cashier", action)
    assert cashier_may == (action in {"unit.view", "charge.view", "payment.take", "receipt.print", "receipt.reprint",
                                      "latefee.waive", "consultation.log", "meter.read", "invoice.request",
                                      "password.change", "reminder.log", "cash.move", "book.use"})


def test_masking():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("12") == "12"
    assert mask_id_number("330102199001011234") == "330102********1234"


def test_audit_chain_verifies_and_detects_tampering(estate):
    with clock.frozen(at(2026, 1, 1, 8)):
        billing.run_billing(estate.admin, "2026-01")
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 1_000_000)]))
    report = audit.verify_chain()
    assert report.ok and report.rows == AuditLog.select().count()
    target = outside.execute(estate.ledger.path, "select id from audit_log where action='billing.run'")[0][0]
    outside.execute(estate.ledger.path, "update audit_log set after = replace(after, '\"created\":', '\"created\":1') "
                    "where id=?", (target,))
    report = audit.verify_chain()
    assert not report.ok and report.first_bad_id == target


def test_audit_chain_detects_deleted_row(estate):
    outside.execute(estate.ledger.path, "delete from audit_log where id = 3")
    report = audit.verify_chain()
    assert not report.ok and report.first_bad_id == 4


def test_users_are_not_demo_only(estate):
    assert User.select().count() == 3


def test_settings_change_is_audited_with_before_and_after(estate):
    from counter_app.core.errors import CounterError
    from counter_app.services.admin import estate as est
    with pytest.raises(PermissionDenied):
        est.update_settings(estate.cashier, waiver_limit_fen=1)
    with pytest.raises(CounterError, match="编号格式"):
        est.update_settings(estate.admin, receipt_format="SJ{yr}-{seq}")
    updated = est.update_settings(estate.admin, waiver_limit_fen=2000, receipt_title="新标题")
    assert updated.waiver_limit_fen == 2000 and updated.receipt_title == "新标题"
    row = AuditLog.get(AuditLog.action == "settings.change")
    assert '"waiver_limit_fen":5000' in row.before and '"waiver_limit_fen":2000' in row.after
    assert audit.verify_chain().ok
