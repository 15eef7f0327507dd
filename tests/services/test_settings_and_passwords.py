"""Settings that could break the counter are refused when saved; passwords are long enough for the
role; a manager's good authorisation clears the failed count, as a sign-in does."""
import pytest

from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.core.formats import check_number_format
from counter_app.core.tenders import Tender
from counter_app.services.admin import estate as est, users
from counter_app.ledger import signin
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.store.models import Estate, User
from tests.factories import at, fingerprint


@pytest.mark.parametrize("fmt, why", [
    ("SJ{year}", "流水号"), ("SJ-{seq:06d}", "年份"), ("SJ{yr}-{seq}", "未知字段"), ("SJ{year}-{seq:06d", "不正确"),
    ("", "不能为空"), ("SJ{year}-{seq:x>1.1}", "不正确"), ("SJ {year}-{seq}", "空格"), ("{0}{year}{seq}", "未知字段"),
    ("S" * 50 + "{year}{seq}", "超过"), ("SJ{year}-{seq:s}", "不正确")])
def test_a_number_format_that_cannot_number_is_refused(fmt, why):
    with pytest.raises(CounterError, match=why):
        check_number_format(fmt, "收据")


def test_formats_are_checked_when_saved_and_the_ledger_is_untouched(estate):
    before = fingerprint(estate.ledger.path)
    for changes, why in ((dict(receipt_format="SJ{year}"), "流水号"),
                         (dict(deduction_format="SJ{year}-{seq:06d}"), "相同的编号"),
                         (dict(refund_format="SJ{year}-{seq:06d}"), "相同的编号")):
        with pytest.raises(CounterError, match=why):
            est.update_settings(estate.admin, **changes)
    assert fingerprint(estate.ledger.path) == before
    est.update_settings(estate.admin, receipt_format="R{year}{seq:05d}")
    with clock.frozen(at(2026, 1, 10, 9)):
        for _ in range(2):       # every payment after the first still gets its own number
            receipt = payments.take_payment(estate.cashier, payments.PaymentRequest(
                "3-2-501", [Tender("cash", 100)], topup_fen=100))
    assert receipt.number == "R202600002" and Estate.get().receipt_format == "R{year}{seq:05d}"


@pytest.mark.parametrize("role, short, enough", [("manager", "1234567", "12345678"), ("admin", "admin12", "adm1n-pw"),
                                                 ("cashier", "12345", "123456")])
def test_a_password_is_long_enough_for_its_role(estate, role, short, enough):
    with pytest.raises(CounterError, match="至少"):
        users.create_user(estate.admin, f"new-{role}", "新人", role, short)
    with pytest.raises(CounterError, match="空格"):
        users.create_user(estate.admin, f"new-{role}", "新人", role, f" {enough} ")
    made = users.create_user(estate.admin, f"new-{role}", "新人", role, enough)
    with pytest.raises(CounterError, match="至少"):
        users.reset_password(estate.admin, made.username, short)
    with pytest.raises(CounterError, match="至少"):
        users.change_password(made, enough, short)
    assert signin.authenticate(made.username, enough).role == role


def test_a_good_authorisation_clears_the_manager_s_failed_count(estate):
    for _ in range(signin.MAX_FAILED - 1):
        with pytest.raises(PermissionDenied):
            signin.authorise("manager", "wrong", cashier=estate.cashier, action="receipt.void")
    assert User.get(User.username == "manager").failed_logins == signin.MAX_FAILED - 1
    signin.authorise("manager", "manager", cashier=estate.cashier, action="receipt.void")
    assert User.get(User.username == "manager").failed_logins == 0
    with pytest.raises(PermissionDenied):        # one more slip does not lock the account now
        signin.authorise("manager", "wrong", cashier=estate.cashier, action="receipt.void")
    assert User.get(User.username == "manager").locked_until is None


def test_a_time_zone_that_is_none_is_refused_before_it_is_saved(estate):
    """The business day is taken in the estate's zone: a zone that is not one would stop every
    screen. Refused in words, as in the set-up wizard."""
    from counter_app.core.errors import CounterError
    from counter_app.services.admin import estate as est
    for bad in ("Mars/Base", "", "../../etc/passwd", "Asia/Shanghai "):
        with pytest.raises(CounterError, match="未知的时区"):
            est.update_settings(estate.admin, timezone=bad)
    assert est.update_settings(estate.admin, timezone="Asia/Hong_Kong").timezone == "Asia/Hong_Kong"
    for field in ("name", "company", "receipt_title"):
        with pytest.raises(CounterError, match="不能为空"):
            est.update_settings(estate.admin, **{field: "  "})
