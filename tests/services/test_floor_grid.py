"""楼盘图: each unit's colour follows what it owes, the same sums as the arrears list."""
from datetime import date

import pytest

from counter_app.core.errors import PermissionDenied
from counter_app.ledger import clock
from counter_app.services.reports import arrears, floor_grid
from tests.factories import at, bill_months
from tests.services.test_management_reports import pay


def test_the_floor_grid_colours_each_unit_by_what_it_owes(estate):
    bill_months(estate, *[f"2025-{m:02d}" for m in range(9, 13)], "2026-01", "2026-02")
    pay(estate.cashier, "3-1-102", all_due=True, day=(2026, 2, 10))      # paid up
    with clock.frozen(at(2026, 2, 20, 9)):
        grid = floor_grid.floor_grid(estate.manager, "3")
        listed = {ln.code: ln for ln in arrears.arrears_list(estate.manager, date(2026, 2, 20)).lines}
    cells = {c.code: c for _, row in grid.floors for c in row}
    assert [f for f, _ in grid.floors] == [5, 1]                          # top floor first
    assert cells["3-1-102"].state == "paid" and cells["3-1-102"].owed_fen == 0
    assert cells["3-2-501"].state == "long" and cells["3-2-501"].overdue_days == listed["3-2-501"].oldest_days > 90
    for code, cell in cells.items():          # overdue exactly where the arrears list has the unit
        assert (cell.state in ("overdue", "long")) == (code in listed)
    assert sum(grid.count(s) for s in floor_grid.STATES) == len(cells) == 4
    with pytest.raises(PermissionDenied):
        floor_grid.floor_grid(estate.cashier, "3")
