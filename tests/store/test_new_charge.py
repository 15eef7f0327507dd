"""charges.new_charge is the one constructor of a single charge row: every column by keyword
(charge_fields), saved in the caller's transaction or left unsaved for a preview."""
from __future__ import annotations

from datetime import date, datetime

from counter_app.store.queries.charges import new_charge


def test_an_unsaved_row_holds_what_it_was_given():
    made = datetime(2026, 1, 5, 8, 0)
    row = new_charge(save=False, unit=3, item=4, standard=None, period_start=date(2026, 1, 1),
                     period_end=date(2026, 1, 31), months=1, amount_fen=12_345, due_date=date(2026, 1, 15),
                     basis="面积 80.00㎡ × 1.5000 元", rounding="分", origin="advance", dedupe_key="k", created_at=made,
                     note="预交")
    assert (row.unit_id, row.item_id, row.standard_id, row.amount_fen, row.paid_fen, row.origin, row.run_id,
            row.reading_id, row.source_payment, row.cancelled_at, row.created_at, row.note) == \
        (3, 4, None, 12_345, 0, "advance", None, None, None, None, made, "预交")
    assert row.id is None     # unsaved: the caller saves it in its transaction
