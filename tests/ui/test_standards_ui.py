"""收费项目与标准 by keys: a rate change typed, previewed (F5) with its sample and totals, saved
(Ctrl+S) only as previewed; a date inside what is billed refused in words; a new item added."""
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication

from counter_app.ledger import clock
from counter_app.store.models import FeeItem, FeeStandard
from counter_app.ui.admin.standards import StandardsDialog
from tests.factories import at, bill_months
from tests.ui.helpers import cells, shown_active


def test_a_rate_change_previewed_then_saved_by_keys(qtbot, estate, tmp_path):
    bill_months(estate, "2026-01")
    with clock.frozen(at(2026, 1, 20, 9)):
        dialog = shown_active(qtbot, StandardsDialog(estate.admin))
        assert cells(dialog.items_table)[0][:2] == ["WYF", "物业服务费"] and len(cells(dialog.standards)) == 2
        # offered from the first day a new standard may take effect, on the last one's vacancy terms
        assert dialog.effective.text() == "2026-02-01" and dialog.vacancy.value() == 70
        dialog.effective.setFocus()
        dialog.effective.selectAll()
        qtbot.keyClicks(dialog.effective, "2026-01-15")
        qtbot.keyClick(dialog.effective, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.rate, "1.80")
        qtbot.keyClick(dialog.rate, Qt.Key.Key_F5)
        assert "已计费到 2026-01-31" in dialog.status.text() and not dialog.save_button.isEnabled()
        dialog.effective.clear()
        qtbot.keyClicks(dialog.effective, "2026-02-01")
        qtbot.keyClick(dialog.rate, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)       # not yet previewed
        assert "请先按 F5" in dialog.status.text()
        qtbot.keyClick(dialog.rate, Qt.Key.Key_F5)
        rows = cells(dialog.preview_table)
        assert rows[-1][0].startswith("合计（4 户）") and rows[-1][1] == "2026-02" and dialog.save_button.isEnabled()
        assert any(r[0] == "3-2-502" and "空置" in r[1] for r in rows)
        qtbot.keyClicks(dialog.rate, "5")                   # 1.805: what is saved must be what was previewed
        assert not dialog.save_button.isEnabled() and cells(dialog.preview_table) == []
        qtbot.keyClick(dialog.rate, Qt.Key.Key_Backspace)
        qtbot.keyClick(dialog.rate, Qt.Key.Key_F5)
        dialog.grab().save(str(tmp_path / "standards.png"))
        qtbot.keyClick(dialog.rate, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert "已保存" in dialog.status.text() and cells(dialog.standards)[-1][0] == "2026-02-01"
        assert FeeStandard.select().where(FeeStandard.effective_from == "2026-02-01").count() == 1
        dialog.item_code.setText("tcz")
        dialog.item_name.setText("停车证工本费")
        dialog.item_kind.setCurrentIndex(dialog.item_kind.findData("one_off"))
        dialog.item_due.setValue(15)
        dialog.item_late.setValue(5)                          # 万分之五 a day
        assert dialog.item_late.maximum() == 100              # 1 % a day at most
        assert dialog.add_item()
        made = FeeItem.get(FeeItem.code == "TCZ")
        assert (made.due_days, made.late_ppm, made.late_grace_days) == (15, 500, 0)
        dialog.item_code.setText("TCZ")
        dialog.item_name.setText("重复")
        assert not dialog.add_item() and "已存在" in dialog.status.text()
    QApplication.processEvents()
