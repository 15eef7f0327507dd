"""Several estates on one database: unit, parking, meter and receipt numbers are each estate's own,
a signed-in actor sees and pays within its estate only, and an actor of no chosen estate is
refused rather than given the first one."""
import pytest

from counter_app.core.errors import CounterError, NotFound
from counter_app.core.tenders import Tender
from counter_app.services.admin import estate as est
from counter_app.ledger import signin
from counter_app.ledger import estate as lookups
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import clock
from counter_app.services.counter import ledger, payments, receipts
from counter_app.store.models import User
from tests.factories import at


@pytest.fixture
def two(estate):
    """The small estate, and a second one on the same database with the same numbers."""
    with clock.frozen(at(2025, 12, 20)):
        second = est.create_estate(estate.admin, "第二花园", "第二物业服务有限公司")
        building = est.add_building(estate.admin, second, "3")
        unit = est.add_unit(estate.admin, building, 2, "501", "88.00")
        est.add_person(estate.admin, unit, "周八", "13312345678")
        est.add_parking(estate.admin, second, "B1-001", unit)
    cashier = signin.actor_of(User.get(User.username == "cashier"), second.id)
    return estate, second, unit, cashier


def test_the_same_numbers_live_in_two_estates_but_not_twice_in_one(two):
    estate, second, unit, _ = two
    assert unit.code == estate.units["501"].code and unit.id != estate.units["501"].id
    with pytest.raises(CounterError, match="已存在"):
        est.add_unit(estate.admin, unit.building, 2, "501", "88.00")


def test_search_and_lookups_stay_in_the_actor_s_estate(two):
    estate, second, unit, cashier2 = two
    assert [h.unit_id for h in ledger.search_units(estate.cashier, "3-2-501")] == [estate.units["501"].id]
    assert [h.unit_id for h in ledger.search_units(cashier2, "3-2-501")] == [unit.id]
    assert [h.unit_id for h in ledger.search_units(cashier2, "张三")] == []        # estate one's owner
    assert lookups.find_unit(cashier2, "32501").id == unit.id
    with pytest.raises(NotFound):
        lookups.find_item(cashier2, "WYF")                                           # estate one's item


def test_receipt_numbers_and_shifts_are_each_estate_s_own(two):
    estate, second, unit, cashier2 = two
    with clock.frozen(at(2026, 1, 10, 9)):
        first = payments.take_payment(estate.cashier, payments.PaymentRequest("3-2-501", [Tender("cash", 1000)],
                                                                              topup_fen=1000))
        with pytest.raises(CounterError, match="开班"):        # a shift in estate one is not one in estate two
            payments.take_payment(cashier2, payments.PaymentRequest("3-2-501", [Tender("cash", 500)], topup_fen=500))
        shifts.open_shift(cashier2, 0)
        other = payments.take_payment(cashier2, payments.PaymentRequest("3-2-501", [Tender("cash", 500)],
                                                                        topup_fen=500))
    assert first.number == other.number                        # both SJ2026-000001: numbered per estate
    assert other.title != first.title and other.unit_code == first.unit_code
    assert receipts.load_receipt(cashier2, other.number).total_fen == 500
    assert receipts.load_receipt(estate.cashier, first.number).total_fen == 1000
    with clock.frozen(at(2026, 1, 10, 18)):
        z = closeout.close_shift(cashier2, {500: 1}, note="")
    assert z.z_number == "Z000001" and z.figures.received_fen == 500


def test_an_actor_of_no_chosen_estate_is_refused_not_guessed(two):
    estate, *_ = two
    undecided = signin.actor_of(User.get(User.username == "cashier"))
    assert undecided.estate_id is None
    with pytest.raises(CounterError, match="选择小区"):
        ledger.search_units(undecided, "3-2-501")
    assert signin.authenticate("cashier", "cashier", estate.estate.id).estate_id == estate.estate.id
    assert lookups.estate_named("第二花园") != lookups.estate_named(str(estate.estate.id))
    with pytest.raises(NotFound):
        lookups.estate_named("没有这个小区")


def test_sign_in_offers_the_estates_and_signs_in_to_the_one_chosen(two, qtbot):
    from PyQt6.QtCore import Qt

    from counter_app.ui.login import LoginDialog
    estate, second, *_ = two
    dialog = LoginDialog(None, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.estate_box
    assert box is not None and [box.itemText(i) for i in range(box.count())] == ["测试花园", "第二花园"]
    box.setCurrentIndex(1)
    qtbot.keyClicks(dialog.username, "cashier")
    qtbot.keyClicks(dialog.password, "cashier")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.estate_id == second.id


def test_the_command_line_names_the_estate(two, capsys, monkeypatch):
    from counter_app import cli
    estate, second, unit, _ = two
    path = str(estate.ledger.path)
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    assert cli.main(["find", "3-2-501", "--db", path, "--estate", "第二花园", "--json", "--user", "cashier"]) in (0, None)
    out = capsys.readouterr().out
    assert f'"unit_id": {unit.id}' in out and "周八" in out
    assert cli.main(["find", "3-2-501", "--db", path, "--estate", "1", "--json", "--user", "cashier"]) in (0, None)
    assert "张三" in capsys.readouterr().out
