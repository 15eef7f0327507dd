"""The estate browser's services: a building's units in walking order with their owners; a unit's
people now and before, phones masked for a cashier; a unit changed and audited; a unit number that
is no number or is taken refused; an owner moving out and a new one in on a date, the debt split
at it."""
from datetime import date

import pytest

from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.services.admin import browser, estate as est
from counter_app.ledger import estate as lookups
from counter_app.ledger import clock
from counter_app.store.models import AuditLog
from tests.factories import at, bill_months


def test_a_building_in_walking_order_and_a_unit_s_people(estate):
    rows = browser.building_units(estate.cashier, "3")
    assert [r.code for r in rows] == ["3-1-101", "3-1-102", "3-2-501", "3-2-502"]
    assert rows[2].owner == "张三" and rows[3].occupancy == "空置"
    seen_by_cashier = browser.unit_detail(estate.cashier, "3-2-501")
    assert [(p.role, p.name) for p in seen_by_cashier.people] == [("业主", "张三"), ("住户", "李四")]
    assert seen_by_cashier.people[0].phone == "138****5678"
    assert browser.unit_detail(estate.manager, "3-2-501").people[0].phone == "138****5678"   # masked unless asked
    assert browser.unit_detail(estate.manager, "3-2-501", "联系业主").people[0].phone == "13812345678"
    with pytest.raises(PermissionDenied):
        browser.unit_detail(estate.cashier, "3-2-501", "联系业主")
    assert seen_by_cashier.parking[0][0] == "B1-001" and "浙A12345" in seen_by_cashier.parking[0][1]


def test_a_unit_changed_or_added_as_checked(estate):
    with pytest.raises(PermissionDenied):
        browser.update_unit(estate.manager, "3-2-502", occupancy="已入住")
    changed = browser.update_unit(estate.admin, "3-2-502", occupancy="已入住", area="89.60")
    assert (changed.occupancy, changed.area_centi) == ("已入住", 8960)
    assert AuditLog.select().where(AuditLog.action == "unit.update").count() == 1
    for bad in ({"area": "-5"}, {"area": "0"}, {"unit_type": "城堡"}, {"occupancy": "拆除"}):
        with pytest.raises(CounterError):
            browser.update_unit(estate.admin, "3-2-502", **bad)
    building = estate.building
    with pytest.raises(CounterError, match="已存在"):
        est.add_unit(estate.admin, building, 2, "501", "90")
    for room, entrance in (("5 01", 2), ("", 2), ("A01", 2), ("601", 0), ("601", 100)):
        with pytest.raises(CounterError):
            est.add_unit(estate.admin, building, entrance, room, "90")
    assert est.add_unit(estate.admin, building, 2, "A01", "90", floor=1).code == "3-2-A01"


def test_an_owner_moves_out_and_the_debt_splits_at_the_date(estate):
    bill_months(estate, "2025-12", "2026-01", "2026-02")
    with clock.frozen(at(2026, 2, 20)):
        with pytest.raises(CounterError, match="还没到"):
            browser.change_owner(estate.admin, "3-2-501", "钱八", "13300001111", date(2026, 3, 1))
        done = browser.change_owner(estate.admin, "3-2-501", "钱八", "13300001111", date(2026, 2, 1))
    assert done.left == ("张三",) and done.new_owner == "钱八"
    assert done.owed_before_fen > 0 and done.owed_after_fen > 0
    detail = browser.unit_detail(estate.manager, "3-2-501")
    assert [(p.name, p.until) for p in detail.people if p.role == "业主"] == [("钱八", None),
                                                                            ("张三", date(2026, 2, 1))]
    assert browser.building_units(estate.cashier, "3")[2].owner == "钱八"


def test_people_move_in_and_out_and_spaces_are_given(estate):
    with clock.frozen(at(2026, 2, 20)):
        browser.add_occupant(estate.admin, "3-1-102", "周九", "13900009999", "住户", date(2026, 2, 1))
        with pytest.raises(CounterError, match="身份"):
            browser.add_occupant(estate.admin, "3-1-102", "周九", "13900009999", "房东", date(2026, 2, 1))
        with pytest.raises(CounterError):
            browser.add_occupant(estate.admin, "3-1-102", "吴十", "12345", "住户", date(2026, 2, 1))   # no phone
        browser.move_out(estate.admin, "3-1-102", "周九", date(2026, 2, 15))
        with pytest.raises(CounterError, match="没有登记"):
            browser.move_out(estate.admin, "3-1-102", "周九", date(2026, 2, 15))
        browser.add_space(estate.admin, "3-1-102", "b1-009", "浙A·67890")
        for space, plate in (("B1-009", ""), ("B1-010", "12")):
            with pytest.raises(CounterError):
                browser.add_space(estate.admin, "3-1-102", space, plate)
    detail = browser.unit_detail(estate.cashier, "3-1-102")
    assert ("住户", "周九", date(2026, 2, 15)) in [(p.role, p.name, p.until) for p in detail.people]
    assert detail.parking == (("B1-009", "浙A67890"),)


def test_a_unit_ended_is_billed_no_more_and_keeps_its_history(estate):
    from counter_app.services.billing import runs as billing
    bill_months(estate, "2026-01")
    with pytest.raises(CounterError, match="原因"):
        browser.end_unit(estate.admin, "3-1-101", " ")
    browser.end_unit(estate.admin, "3-1-101", "与 3-1-102 合并")
    with pytest.raises(CounterError, match="已经停用"):
        browser.end_unit(estate.admin, "3-1-101", "再停一次")
    with clock.frozen(at(2026, 2, 1, 8)):
        run = billing.run_billing(estate.manager, "2026-02")
    assert "3-1-101" in run.skipped[billing.SKIP_ENDED]
    assert browser.unit_detail(estate.cashier, "3-1-101").occupancy == "已停用"
    assert lookups.find_unit(estate.cashier, "3-1-101")            # never deleted: still found, still payable


def test_a_space_given_back_and_a_phone_changed(estate):
    browser.release_space(estate.admin, "3-2-501", "b1-001")
    detail = browser.unit_detail(estate.manager, "3-2-501")
    assert [space for space, _ in detail.parking] == ["B1-002"]
    with pytest.raises(CounterError, match="没有车位"):
        browser.release_space(estate.admin, "3-2-501", "B1-001")
    browser.update_person(estate.admin, "3-2-501", "张三", phone="13811112222")
    assert browser.unit_detail(estate.manager, "3-2-501", "核对电话").people[0].phone == "13811112222"
    for name, phone in (("张三", "123"), ("无名", "13811112222")):
        with pytest.raises(CounterError):
            browser.update_person(estate.admin, "3-2-501", name, phone=phone)
    change = AuditLog.select().where(AuditLog.action == "person.update").get()
    assert "13811112222" not in change.after and "2222" in change.after        # the trail keeps no whole number
    browser.update_person(estate.admin, "3-2-501", "张三", new_name="张叁")
    assert browser.building_units(estate.cashier, "3")[2].owner == "张叁"
    from counter_app.services.counter import ledger
    assert [h.code for h in ledger.search_units(estate.cashier, "张叁")] == ["3-2-501"]     # found by the new name
    with pytest.raises(CounterError, match="姓名"):
        browser.update_person(estate.admin, "3-2-501", "张叁", new_name=" ")
