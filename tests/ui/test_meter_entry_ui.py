"""抄表录入 by keys: type, Enter, next meter; unusual usage asks for a second Enter; a lower reading
refused until F9 marks the meter replaced; all of it stored as typed."""
from datetime import date

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication

from counter_app.ledger import clock
from counter_app.store.models import MeterReading
from counter_app.ui.admin.meter_entry import MeterEntryDialog
from tests.factories import at
from tests.services.test_meter_entry import _history
from tests.ui.helpers import cells, shown_active


def _type(qtbot, field, text):
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_building_read_by_keys(qtbot, estate, tmp_path):
    _history(estate)
    with clock.frozen(at(2026, 7, 25, 9)):
        dialog = shown_active(qtbot, MeterEntryDialog(estate.cashier, date(2026, 7, 25)))
        assert [r[0] for r in cells(dialog.table)] == ["3-1-102", "3-2-501"] and "3-1-102" in dialog.where.text()
        _type(qtbot, dialog.value, "17")                                 # the new meter: 12 from 5
        assert "已保存 3-1-102" in dialog.status.text() and "3-2-501" in dialog.where.text()
        _type(qtbot, dialog.value, "200")                                # 40 against a usual 10
        assert "4.0 倍" in dialog.status.text() and "再按 Enter" in dialog.status.text()
        assert MeterReading.select().where(MeterReading.read_on == date(2026, 7, 25)).count() == 1
        qtbot.keyClick(dialog.value, Qt.Key.Key_Return)                  # confirmed
        assert cells(dialog.table)[1][5:] == ["200.00", "40.00"] and "全部抄完" in dialog.where.text()
        dialog.grab().save(str(tmp_path / "meters.png"))
    with clock.frozen(at(2026, 8, 25, 9)):
        dialog.month.setText("2026-08")
        dialog.read_on.setText("2026-08-25")
        qtbot.keyClick(dialog, Qt.Key.Key_F5)
        _type(qtbot, dialog.value, "20")                                 # 3-1-102: 3, usual 12 (no warning)
        _type(qtbot, dialog.value, "8")                                  # 3-2-501: lower than 200
        assert "F9" in dialog.status.text() and dialog.current == 1
        qtbot.keyClick(dialog.value, Qt.Key.Key_F9)
        # F9: the old meter's final reading first, then the new meter's start; Enter moves on
        assert dialog.old_final.isVisible() and dialog.old_final.hasFocus() and dialog.replacement.isVisible()
        _type(qtbot, QApplication.focusWidget(), "205")
        assert dialog.replacement.hasFocus() and "已保存" not in dialog.status.text()
        _type(qtbot, QApplication.focusWidget(), "0")
        # 5 on the old meter and 8 on the new: 13 in the month
        assert "已保存 3-2-501" in dialog.status.text() and "13.00" in dialog.status.text()
        assert cells(dialog.table)[1][5:] == ["8.00", "13.00"]
    assert MeterReading.select().where((MeterReading.read_on == date(2026, 8, 25)) &
                                       (MeterReading.is_replacement == True)).count() == 1  # noqa: E712
    august = MeterReading.select().where(MeterReading.read_on == date(2026, 8, 25)).order_by(MeterReading.id)
    assert [(r.prev_centi, r.value_centi) for r in august][1:] == [(20000, 20500), (0, 800)]   # old part, new part
    QApplication.processEvents()
