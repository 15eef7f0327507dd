"""个人信息保护法: full numbers only with a purpose and each showing logged; a former occupant's
data erased after the office's retention period, the amounts kept under a masked stand-in and the
audit chain still verifying; an owner's request answered with one PDF checked by pdftotext."""
import subprocess
from datetime import date

import pytest

from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.services.admin import browser
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.ledger import verify
from counter_app.services.setup import privacy
from counter_app.store import db as dbmod
from counter_app.store.models import AuditLog, Payment, Person
from tests import outside
from tests.factories import at, bill_months


@pytest.fixture
def moved_out(estate):
    """张三 paid for 3-2-501 as its owner, then sold it to 钱八 and moved out on 2026-01-20."""
    bill_months(estate, "2026-01")
    with clock.frozen(at(2026, 1, 10, 9)):
        paid = payments.take_payment(estate.cashier, payments.PaymentRequest(
            "3-2-501", [Tender("cash", 10_000_000)], all_due=True, overpay_to_prepaid=True, payer="张三"))
    browser.change_owner(estate.admin, "3-2-501", "钱八", "13300001111", date(2026, 1, 20))
    return estate, paid


def test_an_owner_s_copy_of_their_data_is_one_pdf_and_is_logged(moved_out, tmp_path):
    estate, paid = moved_out
    with pytest.raises(PermissionDenied):
        privacy.access_copy(estate.cashier, "张三")
    pdf = tmp_path / "zhangsan.pdf"
    pdf.write_bytes(privacy.access_copy(estate.manager, "张三"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    for words in ("个人信息查阅、复制", "张三", "13812345678", "3-2-501", "2026-01-20", paid.number, "查看完整号码的记录",
                  "本人查阅、复制个人信息"):
        assert words in text, words
    logged = AuditLog.select().where(AuditLog.action == "personal.show").order_by(AuditLog.id.desc()).first()
    assert logged.username == "manager" and '"3-2-501"' in logged.after and "本人查阅" in logged.after


def test_a_former_occupant_is_erased_after_the_retention_period_and_the_ledger_still_verifies(moved_out, db_path):
    estate, paid = moved_out
    with pytest.raises(PermissionDenied):
        privacy.set_retention(estate.manager, 1)
    privacy.set_retention(estate.admin, 2)
    assert privacy.due_for_erasure(estate.admin, date(2027, 12, 31)) == []        # not yet two years
    due = privacy.due_for_erasure(estate.admin, date(2028, 1, 21))
    assert [(d.shown_as, d.units) for d in due] == [("张*", ("3-2-501",))]
    total_before = Payment.get_by_id(Payment.get(Payment.number == paid.number).id).total_fen
    assert privacy.erase_former(estate.admin, date(2028, 1, 21)) == due
    person = Person.get_by_id(due[0].person_id)
    assert (person.name, person.phone, person.id_number) == ("张*", "", "")
    receipt = Payment.get(Payment.number == paid.number)
    assert receipt.payer == "张*" and receipt.total_fen == total_before               # the amount kept
    report = verify.verify_all()
    assert report.complete, report.problems                                           # the chain verifies
    dbmod.close()
    dump = "\n".join(outside.fingerprint(db_path))
    assert "张三" not in dump and "13812345678" not in dump           # nowhere: tables nor audit trail
    assert "钱八" in dump                                                              # the owner now stays
    from counter_app.services.common.session import open_database
    open_database(db_path)
    assert privacy.erase_former(estate.admin, date(2028, 1, 21)) == []              # erased once
    # A redacted audit row edited afterwards is found, as any other.
    redacted = (AuditLog.select().where((AuditLog.action == "person.create") & AuditLog.after.contains("张*"))
                .order_by(AuditLog.id).first())
    dbmod.database.obj.execute_sql(
        f"UPDATE audit_log SET after = replace(after, '张*', '张三') WHERE id = {redacted.id}")
    assert not verify.verify_all().ok


def test_erasing_is_refused_while_the_ledger_does_not_verify(moved_out):
    estate, _ = moved_out
    dbmod.database.obj.execute_sql("UPDATE unit SET area_centi = 1 WHERE code = '3-1-101'")
    with pytest.raises(CounterError, match="核对未通过"):
        privacy.erase_former(estate.admin, date(2030, 1, 1))
    assert Person.get(Person.name == "张三")
