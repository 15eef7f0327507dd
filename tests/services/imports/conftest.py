import pytest

from counter_app.services.admin import estate as est
from counter_app.ledger import clock
from tests.factories import at


def items_only(admin):
    """An estate as a new office has it before its import: fee items, no units."""
    with clock.frozen(at(2026, 11, 1)):
        estate = est.create_estate(admin, "新城花园", "新城物业服务有限公司")
        wyf = est.add_fee_item(admin, estate, "WYF", "物业服务费", "area", late_ppm=300)
        est.add_standard(admin, wyf, clock.business_date("Asia/Shanghai").replace(day=1), "1.60")
        sf = est.add_fee_item(admin, estate, "SF", "水费", "metered", due_days=20)
        est.add_standard(admin, sf, clock.business_date("Asia/Shanghai").replace(day=1), "2.90")
        est.add_fee_item(admin, estate, "ZXYJ", "装修押金", "one_off", is_deposit=True)
    return estate


TODAY = at(2026, 12, 2)       # the files' dates are judged against a fixed today, not the machine's


@pytest.fixture
def office(ledger):
    items_only(ledger.admin)
    with clock.frozen(TODAY):
        yield ledger
