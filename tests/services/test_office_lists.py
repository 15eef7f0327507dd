"""The office's lists and the collection forecast against hand-built estates, figures by hand.

Estate 静安苑: 物业服务费 1.00 元/㎡/月 for 住宅 (due 20 days after the period starts, no late fee),
商铺管理费 for 商铺 with its only standard from 2027, nothing for 车库. Building 1: four flats of
100 ㎡ (100.00 a month), billed 2025-11 to 2026-03. Building 2: a garage, a shop, a flat.
"""
import csv
from datetime import date

import pytest

from counter_app.core import forecast as F
from counter_app.core.errors import PermissionDenied
from counter_app.ledger import clock, signin
from counter_app.services.admin import estate as est
from counter_app.services.closing import shifts
from counter_app.services.reports import buildings, data_quality, forecast, renewals
from counter_app.store.models import Unit, User
from tests.factories import _staff, at, bill_months
from tests.services.test_management_reports import pay


class Office:
    def __init__(self, ledger, flats=("101", "102", "103", "104")):
        self.ledger, admin = ledger, ledger.admin
        with clock.frozen(at(2025, 10, 20)):
            self.estate = est.create_estate(admin, "静安苑", "静安物业有限公司")
            self.admin = admin = signin.actor_of(User.get_by_id(admin.user_id), self.estate.id)
            one = est.add_building(admin, self.estate, "1")
            two = est.add_building(admin, self.estate, "2")
            self.units = {}
            for n, room in enumerate(flats):
                unit = est.add_unit(admin, one, 1, room, "100.00")
                self.units[unit.code] = unit
                if room != "104":                     # 104 has no owner
                    est.add_person(admin, unit, f"张{n + 1}", f"1381234000{n}")
            garage = est.add_unit(admin, two, 1, "201", "20.00", unit_type="车库")
            shop = est.add_unit(admin, two, 1, "202", "50.00", unit_type="商铺")
            flat = est.add_unit(admin, two, 1, "203", "80.00")
            for unit in (garage, shop, flat):
                est.add_person(admin, unit, "李四", "13900001111")
            wyf = est.add_fee_item(admin, self.estate, "WYF", "物业服务费", "area", applies_to="住宅", due_days=20)
            est.add_standard(admin, wyf, date(2025, 1, 1), "1.00", basis="合同")
            spf = est.add_fee_item(admin, self.estate, "SPF", "商铺管理费", "fixed", applies_to="商铺")
            est.add_standard(admin, spf, date(2027, 1, 1), "300.00", basis="合同")
            self.cashier = _staff("cashier", "王芳", self.estate.id)
            self.manager = _staff("manager", "李强", self.estate.id)
            shifts.open_shift(self.cashier, 0)
        self.flat_203 = flat


@pytest.fixture
def office(ledger):
    return office_with_payments(ledger)


def office_with_payments(ledger) -> Office:
    """The estate with the payments the lists are worked from (the tests below say them)."""
    o = Office(ledger)
    bill_months(o, "2025-11", "2025-12")
    c = o.cashier
    pay(c, "1-1-101", all_due=True, day=(2025, 12, 10))      # November and December
    pay(c, "1-1-102", all_due=True, day=(2025, 12, 10))
    bill_months(o, "2026-01")
    pay(c, "1-1-102", all_due=True, advance=[("WYF", 3)], day=(2026, 1, 10))   # January, then Feb–Apr ahead
    pay(c, "1-1-104", amount_fen=10000, day=(2026, 1, 10))  # November of 2025 only
    bill_months(o, "2026-02")
    pay(c, "1-1-103", amount_fen=20000, day=(2026, 2, 10))  # all it owed of 2025, nothing of 2026
    bill_months(o, "2026-03")
    pay(c, "1-1-101", all_due=True, day=(2026, 3, 10))      # January to March
    return o


def test_renewals_are_the_units_paid_up_to_a_day_within_n_days(office, tmp_path):
    """On 2026-03-10: 101 is paid to March 31 (21 days); 102 to April 30 (51 days, ahead);
    103 and 104 owe (the arrears list's, not this one's)."""
    with clock.frozen(at(2026, 3, 10, 15)):
        month = renewals.renewal_list(office.manager, 30)
        two = renewals.renewal_list(office.manager, 60)
        none = renewals.renewal_list(office.manager, 20)
    assert [(ln.code, ln.item, ln.paid_through, ln.days_left, ln.last_amount_fen) for ln in month.lines] == [
        ("1-1-101", "物业服务费", date(2026, 3, 31), 21, 10000)]
    assert month.lines[0].owner == "张1" and month.lines[0].phone == "138****0000"       # masked
    # 102's last paid charge is the three months it paid ahead, one charge of 300.00
    assert [(ln.code, ln.paid_through, ln.days_left, ln.last_amount_fen) for ln in two.lines] == [
        ("1-1-101", date(2026, 3, 31), 21, 10000), ("1-1-102", date(2026, 4, 30), 51, 30000)]
    assert none.lines == ()
    files = month.write(tmp_path)
    assert [p.suffix for p in files] == [".pdf", ".xlsx", ".csv"]


def test_the_renewal_message_list_is_the_arrears_list_format(office, tmp_path):
    """The same columns the arrears message list has, {due} each unit's paid-through day; full
    numbers only with a purpose, logged."""
    with clock.frozen(at(2026, 3, 10, 15)):
        path, count = renewals.renewal_messages(office.manager, 60, tmp_path / "r.csv", full_phones=True,
                                                purpose="续费提醒")
        with pytest.raises(PermissionDenied):
            renewals.renewal_list(office.cashier, 30)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["姓名", "手机号码", "房号", "欠费金额", "缴费期限", "短信内容"]
    assert [r[:5] for r in rows[1:]] == [["张1", "13812340000", "1-1-101", "100.00", "2026-03-31"],
                                         ["张2", "13812340001", "1-1-102", "300.00", "2026-04-30"]]
    assert "1-1-101的物业费用将于2026-03-31到期" in rows[1][5] and count == 2


def test_data_quality_names_each_problem(office):
    Unit.update(area_centi=0).where(Unit.id == office.flat_203.id).execute()   # behind the program's checks
    with clock.frozen(at(2026, 3, 10, 15)):
        report = data_quality.quality_list(office.manager)
    assert [(ln.code, ln.problem, ln.detail) for ln in report.lines] == [
        ("2-1-201", data_quality.NO_ITEM, ""),
        ("2-1-202", data_quality.NO_STANDARD, "商铺管理费"),
        ("2-1-203", data_quality.NO_AREA, "物业服务费"),
        ("1-1-104", data_quality.NO_OWNER, "")]
    assert report.sections()[0].rows[-1] == ("涉及户数", 4)


def test_per_building_the_days_payers_and_the_years_cleared_arrears(office):
    """Building 1 on 2026-03-10: 101 paid that day; 103 paid its 200.00 of 2025 in February and
    owes none of 2025 (cleared); 104 paid 100.00 of 2025 in January and still owes December
    (partly). On 2026-02-09, before 103 paid, nothing was cleared."""
    with clock.frozen(at(2026, 3, 10, 15)):
        day = buildings.buildings_report(office.manager, date(2026, 3, 10))
        before = buildings.buildings_report(office.manager, date(2026, 2, 9))
    rows = {r[0]: r[1:] for r in day.sections()[0].rows}
    assert rows["1栋"] == (4, 1, 1, 1, 20000, 1, 10000)
    assert rows["2栋"] == (3, 0, 0, 0, 0, 0, 0)
    assert rows["合计"] == (7, 1, 1, 1, 20000, 1, 10000)
    assert {r[0]: r[1:] for r in before.sections()[0].rows}["1栋"] == (4, 0, 0, 0, 0, 1, 10000)


@pytest.fixture
def habits(ledger):
    return office_with_habits(ledger)


def office_with_habits(ledger) -> Office:
    """Billed 2025-11 to 2026-02, 100.00 a month each. A pays each month on the 10th; B on time
    but January late (with February, on 2026-02-10); C each month's on the 10th of the next; D
    never."""
    o = Office(ledger)
    units = dict(zip("ABCD", ("1-1-101", "1-1-102", "1-1-103", "1-1-104")))
    for month, (y, m) in enumerate(((2025, 11), (2025, 12), (2026, 1), (2026, 2))):
        bill_months(o, f"{y}-{m:02d}")
        pay(o.cashier, units["A"], amount_fen=10000, day=(y, m, 10))
        if (y, m) != (2026, 1):
            pay(o.cashier, units["B"], amount_fen=10000 if (y, m) != (2026, 2) else 20000, day=(y, m, 10))
        if month:
            pay(o.cashier, units["C"], amount_fen=10000, day=(y, m, 10))
    return o


def test_the_forecast_and_its_back_test_on_a_constructed_history(habits, tmp_path):
    """As of 2026-02: A on time, B late (one month of four), C habitually late, D not paying.
    Coming months are billed as three months before (no year of history). B: 3/4 in the month,
    then the rest (capped at 1/4 of the 1/3 measured); C's open February comes in March.
    March 100 + 75 + 100, April and May 100 + 100 + 100. The back-test as of 2025-11 knows one
    month: December and January project from September and October (nothing), February from
    November, on-time A and B only: 200.00 against 400.00 collected."""
    with clock.frozen(at(2026, 3, 15, 9)):
        report = forecast.forecast_report(habits.manager)
        with pytest.raises(Exception):
            forecast.forecast_report(habits.manager, "2026-03")       # not a whole month yet
    f = report.forecast
    assert report.as_of == "2026-02"
    ids = {code: unit.id for code, unit in habits.units.items()} | {"2-1-203": habits.flat_203.id}
    # 2-1-203, billed and never paying, is 不缴 as D is
    assert f.classes == {ids["1-1-101"]: F.ON_TIME, ids["1-1-102"]: F.LATE, ids["1-1-103"]: F.HABITUAL,
                         ids["1-1-104"]: F.NOT_PAYING, ids["2-1-203"]: F.NOT_PAYING}
    assert [f.total(m) for m in f.months] == [27500, 30000, 30000]
    assert [report.back.total(m) for m in report.back.months] == [0, 0, 20000]
    assert [report.collected(m) for m in report.back.months] == [30000, 20000, 40000]
    back = next(s for s in report.sections() if s.title.startswith("回测"))
    assert back.rows[-1] == ("合计", "", 20000, 90000, -70000, "-77.78%")
    files = report.write(tmp_path)
    assert files[0].stat().st_size > 0
