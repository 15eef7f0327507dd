"""抄表 by building: the sheet in walking order with the last reading, the usual usage and this
month's; a reading saved at once; zero or over three times the usual asked to confirm; lower than
the last refused unless the meter was replaced; a month's reading not entered twice."""
from datetime import date

import pytest

from counter_app.core.errors import CounterError, NotFound
from counter_app.core.readings import usage_warnings
from counter_app.services.admin import estate as est, readings
from counter_app.ledger import clock
from counter_app.store.models import MeterReading
from tests.factories import at


def _history(estate):
    """SB-1 (3-2-501) read 10 a month from January to June; a second meter on 3-1-102, new in June."""
    meter = estate.meters["SB-1"]
    value = 100
    for month in range(1, 7):
        value += 10
        est.record_reading(estate.admin, meter, date(2026, month, 25), str(value))
    est.add_meter(estate.admin, estate.units["102"], estate.items["SF"], "SB-2", initial="5", on=date(2026, 6, 1))


def test_the_rule_at_its_boundaries():
    assert usage_warnings(3000, 1000) == [] and usage_warnings(3001, 1000) != []
    assert "为零" in usage_warnings(0, 1000)[0] and usage_warnings(500, None) == []


def test_the_sheet_in_walking_order_with_the_usual_usage(estate):
    _history(estate)
    with clock.frozen(at(2026, 7, 20)):
        sheet = readings.reading_sheet(estate.cashier, "SF", "3", "2026-07")
    assert [r.unit for r in sheet] == ["3-1-102", "3-2-501"]                 # entrance 1 before 2
    new, old = sheet
    assert (old.last_centi, old.last_on, old.average_centi, old.read_centi) == (16000, date(2026, 6, 25), 1000, None)
    assert (new.last_centi, new.average_centi) == (500, None)
    with pytest.raises(NotFound):
        readings.reading_sheet(estate.cashier, "SF", "9", "2026-07")
    with pytest.raises(CounterError, match="不是抄表"):
        readings.reading_sheet(estate.cashier, "WYF", "3", "2026-07")


def test_entry_saves_asks_and_refuses_as_the_reading_says(estate):
    _history(estate)
    day = date(2026, 7, 25)
    with clock.frozen(at(2026, 7, 25)):
        new, old = readings.reading_sheet(estate.cashier, "SF", "3", "2026-07")
        asked = readings.enter_reading(estate.cashier, old, day, "200")            # 40: four times the usual
        assert not asked.saved and "4.0 倍" in asked.warnings[0]
        assert not MeterReading.select().where(MeterReading.read_on == day).exists()
        with pytest.raises(CounterError, match="小于上次读数.*F9"):
            readings.enter_reading(estate.cashier, old, day, "150")
        assert readings.enter_reading(estate.cashier, old, day, "200", confirmed=True).saved
        assert readings.enter_reading(estate.cashier, new, day, "17").saved          # no history: no question
        again = readings.reading_sheet(estate.cashier, "SF", "3", "2026-07")
        assert [r.read_centi for r in again] == [1700, 20000] and again[1].usage_centi == 4000
        with pytest.raises(CounterError, match="已录入"):
            readings.enter_reading(estate.cashier, again[1], day, "210")
    with clock.frozen(at(2026, 8, 25)):
        _, old = readings.reading_sheet(estate.cashier, "SF", "3", "2026-08")
        with pytest.raises(CounterError, match="旧表止码"):
            readings.enter_reading(estate.cashier, old, date(2026, 8, 25), "8", replacement_from="0")
        with pytest.raises(CounterError, match="旧表止码 199 小于"):
            readings.enter_reading(estate.cashier, old, date(2026, 8, 25), "8", replacement_from="0", old_final="199")
        replaced = readings.enter_reading(estate.cashier, old, date(2026, 8, 25), "8", replacement_from="0",
                                          old_final="205")
        after = readings.reading_sheet(estate.cashier, "SF", "3", "2026-08")[1]
    assert replaced.saved and replaced.usage_centi == 500 + 800          # the old meter's last 5 and the new one's 8
    assert (after.read_centi, after.usage_centi) == (800, 1300)
    assert MeterReading.select().where(MeterReading.is_replacement == True).count() == 3  # noqa: E712  two baselines
