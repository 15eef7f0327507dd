"""A charge is built one way (store.queries.charges.charge_fields): it names every column the
table has, so a column added to charges cannot be left out of the billing run, an advance, a
one-off charge or an imported opening arrear."""
from datetime import date

import pytest

from counter_app.store.models import Charge
from counter_app.store.queries.charges import charge_fields, new_charge


def test_the_builder_names_every_column_of_a_charge():
    fields = charge_fields(unit=1, item=2, standard=None, period_start=date(2026, 1, 1),
                           period_end=date(2026, 1, 31), months=1, amount_fen=100, due_date=date(2026, 1, 16),
                           basis="b", rounding="分", origin="bill", dedupe_key="k", created_at="t")
    assert set(fields) == set(Charge._meta.fields) - {"id"}
    assert fields["paid_fen"] == 0 and fields["reading"] is None and fields["cancelled_at"] is None


def test_a_column_left_out_is_refused_not_defaulted():
    with pytest.raises(TypeError):
        new_charge(unit=1, item=2, standard=None, period_start=date(2026, 1, 1), period_end=date(2026, 1, 31),
                   months=1, amount_fen=100, basis="b", rounding="分", origin="bill", dedupe_key="k",
                   created_at="t", save=False)     # no due date
