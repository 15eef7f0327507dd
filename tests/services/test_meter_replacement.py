"""A meter replaced in the middle of a month: the month's usage is the old meter's final reading
less its last, plus the new meter's reading less its start, and the tiers (18 m³ at 2.90, 25 at
3.85, above at 6.70) apply to that month's total, never restarting per meter or per reading.
Each case worked by hand here, billed by the real run and explained by the same code."""
from datetime import date

import pytest

from counter_app.core.errors import CounterError
from counter_app.services.admin import estate as est, readings
from counter_app.services.billing import runs as billing
from counter_app.ledger import clock
from counter_app.store.models import Charge, MeterReading
from tests.factories import at


def _meter(estate, unit: str, start: str, multiplier: int = 1):
    return est.add_meter(estate.admin, estate.units[unit], estate.items["SF"], f"SB-{unit}", multiplier=multiplier,
                         initial=start, on=date(2026, 2, 25))


def _water(estate, unit: str, month: str = "2026-03") -> list[int]:
    """The water charges billed for the unit for the month (the month's run, on its last day)."""
    year, mon = map(int, month.split("-"))
    with clock.frozen(at(year, mon, 28, 18)):
        billing.run_billing(estate.admin, month)
    return [c.amount_fen for c in Charge.select().where((Charge.unit == estate.units[unit]) &
                                                        (Charge.item == estate.items["SF"]) &
                                                        (Charge.period_start == date(year, mon, 1)))
            .order_by(Charge.id)]


def _explained(estate, unit: str, month: str = "2026-03"):
    return billing.explain(estate.cashier, estate.units[unit], estate.items["SF"], month)


@pytest.mark.parametrize("old_final, new_reading, multiplier, start, expected", [
    # the example: 12 m³ on the old meter, 15 on the new: 18×2.90 + 7×3.85 + 2×6.70 = 92.55
    # (priced per reading it was 34.80 + 43.50 = 78.30; with the old meter lost, 43.50)
    ("512", "15", 1, "500", 18 * 290 + 7 * 385 + 2 * 670),
    # the old meter ends exactly on the first tier's bound: the new meter's 7 are all second tier
    ("518", "7", 1, "500", 18 * 290 + 7 * 385),
    # both parts inside the first tier: 10 + 8 = 18, all at 2.90
    ("510", "8", 1, "500", 18 * 290),
    # a meter with 倍率 10: (51.20 − 50.00) × 10 + (1.50 − 0) × 10 = 27, as the first case
    ("51.2", "1.5", 10, "50", 18 * 290 + 7 * 385 + 2 * 670),
])
def test_a_replacement_prices_the_month_s_total(estate, old_final, new_reading, multiplier, start, expected):
    meter = _meter(estate, "102", start, multiplier)
    with clock.frozen(at(2026, 3, 25, 10)):
        est.record_reading(estate.admin, meter, date(2026, 3, 25), new_reading, replacement_from="0",
                           old_final=old_final)
    assert _water(estate, "102") == [expected]
    exp = _explained(estate, "102")
    assert exp.amount_fen == expected and "换" in "".join(exp.lines)


def test_two_replacements_in_a_month(estate):
    """A (500 → 512) replaced on the 10th by B (from 0), B (0 → 5) replaced on the 25th by C (0 → 9):
    12 + 5 + 9 = 26 m³ in the month: 18×2.90 + 7×3.85 + 1×6.70 = 85.85."""
    meter = _meter(estate, "102", "500")
    with clock.frozen(at(2026, 3, 10, 10)):
        est.record_reading(estate.admin, meter, date(2026, 3, 10), "0", replacement_from="0", old_final="512")
    with clock.frozen(at(2026, 3, 25, 10)):
        est.record_reading(estate.admin, meter, date(2026, 3, 25), "9", replacement_from="0", old_final="5")
    assert _water(estate, "102") == [18 * 290 + 7 * 385 + 1 * 670]
    # next month goes on from the third meter's reading
    with clock.frozen(at(2026, 4, 25, 10)):
        est.record_reading(estate.admin, meter, date(2026, 4, 25), "19")
    assert _water(estate, "102", "2026-04") == [10 * 290]


def test_a_reading_after_the_month_was_billed_is_priced_at_the_margin(estate):
    """The old meter's last 12 m³ billed (34.80); the new meter's 15 entered after: 92.55 − 34.80 =
    57.75, so the month's charges are the price of its 27 m³, not 34.80 + 43.50."""
    meter = _meter(estate, "102", "500")
    with clock.frozen(at(2026, 3, 20, 10)):
        est.record_reading(estate.admin, meter, date(2026, 3, 20), "512")
    assert _water(estate, "102") == [18 * 290 * 12 // 18]
    with clock.frozen(at(2026, 3, 29, 10)):
        est.record_reading(estate.admin, meter, date(2026, 3, 29), "15", replacement_from="0", old_final="512")
        billing.run_billing(estate.admin, "2026-03")
    charges = [c.amount_fen for c in Charge.select().where((Charge.unit == estate.units["102"]) &
                                                           (Charge.item == estate.items["SF"])).order_by(Charge.id)]
    assert charges == [3480, 9255 - 3480]
    assert _explained(estate, "102").amount_fen == 9255
    with clock.frozen(at(2026, 3, 30, 10)):
        billing.run_billing(estate.admin, "2026-03")     # billed once
    assert Charge.select().where((Charge.unit == estate.units["102"]) & (Charge.item == estate.items["SF"])).count() == 2


def test_the_sheet_takes_the_old_meter_s_final_and_the_new_start(estate):
    meter = _meter(estate, "102", "500")
    with clock.frozen(at(2026, 3, 25, 10)):
        row = next(r for r in readings.reading_sheet(estate.cashier, "SF", "3", "2026-03") if r.meter == meter.code)
        with pytest.raises(CounterError, match="F9"):
            readings.enter_reading(estate.cashier, row, date(2026, 3, 25), "15")
        entered = readings.enter_reading(estate.cashier, row, date(2026, 3, 25), "15", replacement_from="0",
                                         old_final="512", confirmed=True)
    assert entered.saved and entered.usage_centi == 2700
    parts = list(MeterReading.select().where(MeterReading.meter == meter).order_by(MeterReading.id))
    assert [(r.prev_centi, r.value_centi, r.is_replacement) for r in parts] == [
        (50000, 50000, True), (50000, 51200, False), (0, 1500, True)]
    assert _water(estate, "102") == [9255]


def test_the_import_takes_a_replacement_as_the_window_does(estate, tmp_path):
    """The meter reader's sheet with 换表, 旧表止码 and 新表起始读数 on one row: the same two parts as
    the window, the same 92.55; exported again as that one row."""
    from counter_app.services.imports import runner, workbooks
    from tests.services.imports import files
    _meter(estate, "102", "500")
    header = ["表号", "抄表日期", "本期读数", "换表", "旧表止码", "新表起始读数"]
    sheet = files.xlsx(tmp_path / "readings.xlsx", header, [["SB-102", "2026-03-25", 15, "是", 512, 0]])
    with clock.frozen(at(2026, 3, 26, 9)):
        bad = files.xlsx(tmp_path / "bad.xlsx", header, [["SB-102", "2026-03-25", 15, "是", None, 0]])
        refused = runner.plan(estate.admin, "readings", bad)
        assert not refused.ok and "旧表止码" in str(refused.problems)
        assert runner.run(estate.admin, "readings", sheet).applied
    assert _water(estate, "102") == [9255]
    with clock.frozen(at(2026, 3, 28, 19)):
        out, _ = workbooks.export_table(estate.admin, "readings", tmp_path / "out.xlsx")
    rows = [r for r in files.data_sheet(out) if r[0] == "SB-102"]
    assert len(rows) == 2 and (rows[1][2], rows[1][6], rows[1][7], rows[1][8]) == (15, "是", 512, 0)
