"""A new standard (调价) is previewed before it is saved: the first month it bills, the month's total
under the standard in force and under the new one, units of each kind side by side; the preview is
what the run then bills. A standard is never edited: dated inside what is billed, on the date of
another, with tiers that do not rise, it is refused in words."""
from datetime import date

import pytest

from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.services.admin import estate as est
from counter_app.services.billing import rate_change, runs as billing
from counter_app.ledger import clock
from counter_app.store.models import FeeStandard
from tests.factories import at, bill_months


def test_the_preview_is_what_the_next_run_bills(estate):
    bill_months(estate, "2026-01")
    with clock.frozen(at(2026, 1, 20)):
        preview = rate_change.preview_rate_change(estate.admin, "WYF", date(2026, 2, 1), "1.80",
                                                  vacancy_percent=70, basis="业主大会决议〔2026〕1号")
    assert preview.month == "2026-02" and preview.old_standard.startswith("1.6") and preview.new_standard.startswith("1.8")
    assert preview.units == 4 and preview.new_total_fen > preview.old_total_fen > 0
    vacant = next(s for s in preview.sample if s.code == "3-2-502")
    assert "空置" in vacant.facts and vacant.new_fen == round(8950 * 180 * 70 / 100 / 100)   # 89.50 m² × 1.80 × 70 %
    assert not FeeStandard.select().where(FeeStandard.effective_from == date(2026, 2, 1)).exists()   # nothing saved
    with clock.frozen(at(2026, 1, 20)):
        est.add_standard(estate.admin, estate.items["WYF"], date(2026, 2, 1), "1.80", vacancy_percent=70,
                         basis="业主大会决议〔2026〕1号")
    with clock.frozen(at(2026, 2, 1, 8)):
        run = billing.run_billing(estate.manager, "2026-02")
    assert run.by_item["物业服务费"] == [preview.units, preview.new_total_fen]


def test_a_standard_inside_what_is_billed_or_on_another_s_date_is_refused(estate):
    bill_months(estate, "2026-01")
    wyf = estate.items["WYF"]
    with clock.frozen(at(2026, 1, 20)):
        for day in (date(2026, 1, 15), date(2026, 1, 31)):
            with pytest.raises(CounterError, match="已计费到 2026-01-31，新标准最早从 2026-02-01 起生效"):
                rate_change.preview_rate_change(estate.admin, "WYF", day, "1.80")
            with pytest.raises(CounterError, match="已计费到"):
                est.add_standard(estate.admin, wyf, day, "1.80")
        with pytest.raises(CounterError, match="已有一条标准"):
            est.add_standard(estate.admin, wyf, date(2026, 1, 1), "1.80")
        with pytest.raises(PermissionDenied):
            rate_change.preview_rate_change(estate.manager, "WYF", date(2026, 3, 1), "1.80")
        for bad in ("-1", "1.2.3", "abc", ""):
            with pytest.raises(CounterError):
                est.add_standard(estate.admin, wyf, date(2026, 3, 1), bad)
    assert FeeStandard.select().where(FeeStandard.item == wyf).count() == 2


def test_tiers_rise_and_belong_to_metered_items(estate):
    sf, wyf = estate.items["SF"], estate.items["WYF"]
    for tiers in ([("25", "3.85"), ("18", "2.90")], [(None, "2.90"), ("25", "3.85")], [("0", "2.90")],
                  [("18", "2.90"), ("18", "3.85")]):
        with pytest.raises(CounterError, match="阶梯上限"):
            est.add_standard(estate.admin, sf, date(2026, 3, 1), "2.90", tiers=tiers)
    with pytest.raises(CounterError, match="不能设阶梯价"):
        est.add_standard(estate.admin, wyf, date(2026, 3, 1), "1.80", tiers=[("18", "2.90")])
    with clock.frozen(at(2026, 2, 20)):
        est.record_reading(estate.admin, estate.meters["SB-1"], date(2026, 2, 10), "130")     # 30 m³ after 100
        preview = rate_change.preview_rate_change(estate.admin, "SF", date(2026, 3, 1), "3.00",
                                                  tiers=[("18", "3.00"), ("25", "4.00"), (None, "7.00")])
    (reading,) = preview.sample
    # old: 18 × 2.90 + 7 × 3.85 + 5 × 6.70 = 52.20 + 26.95 + 33.50; new: 18 × 3 + 7 × 4 + 5 × 7
    assert (reading.old_fen, reading.new_fen) == (11265, 11700) and preview.units == 1


def test_a_rate_change_keeps_the_terms_it_does_not_name(estate):
    """The vacancy share and the rounding of the standard before stay unless given: a rate change
    typed as a rate only does not bill vacant units in full, or round differently, without a word."""
    wyf = estate.items["WYF"]
    est.add_standard(estate.admin, wyf, date(2026, 6, 1), "1.60", rounding_unit=10, rounding_scope="bill",
                     vacancy_percent=60)
    with clock.frozen(at(2026, 6, 20)):
        preview = rate_change.preview_rate_change(estate.admin, "WYF", date(2026, 7, 1), "1.80")
        est.add_standard(estate.admin, wyf, date(2026, 7, 1), "1.80")
    saved = FeeStandard.get((FeeStandard.item == wyf) & (FeeStandard.effective_from == date(2026, 7, 1)))
    assert (saved.vacancy_percent, saved.rounding_unit, saved.rounding_scope) == (60, 10, "bill")
    vacant = next(s for s in preview.sample if s.code == "3-2-502")
    assert vacant.new_fen % 10 == 0 and vacant.new_fen < 8950 * 180 // 100        # 角, and the vacancy share
    first = est.add_standard(estate.admin, estate.items["MJK"], date(2026, 7, 1), "25.00")
    assert (first.vacancy_percent, first.rounding_unit) == (100, 1)                  # as the one before it
