"""计费 from the screen, by keys: a preview (F5) of what each item would create and of the units
passed over, the run (Ctrl+Enter) with its progress bar, a month two ahead only once confirmed, a
run stopped half-way that leaves nothing, and a run taken back from the list."""
import threading

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton

from counter_app.core.periods import Month
from counter_app.services.billing import runs as billing
from counter_app.ledger import clock
from counter_app.store.models import BillingRun, Charge
from counter_app.ui.admin.billing import BillingDialog
from tests.factories import at, fingerprint
from tests.ui.helpers import cells, shown_active


def _dialog(qtbot, estate, month="2026-01"):
    return shown_active(qtbot, BillingDialog(estate.manager, Month.parse(month)))


def test_preview_then_run_then_take_back_by_keys(qtbot, estate, monkeypatch, tmp_path):
    with clock.frozen(at(2026, 1, 1, 8)):
        dialog = _dialog(qtbot, estate)
        before = fingerprint(estate.ledger.path)
        qtbot.keyClick(dialog, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
        plan = cells(dialog.plan)
        assert plan[-1][0] == "合计" and int(plan[-1][1]) > 0 and "预览" in dialog.status.text()
        assert any(row[0] == billing.SKIP_NO_SPACE and "3-1-102" in row[2] for row in cells(dialog.skipped))
        assert fingerprint(estate.ledger.path) == before                   # a preview writes nothing
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.task is not None and dialog.task.dialog.isVisible()  # the progress bar
        qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
        assert "已生成" in dialog.status.text() and cells(dialog.plan)[-1] == plan[-1]
        runs = cells(dialog.runs)
        assert len(runs) == 1 and runs[0][1] == "2026-01" and runs[0][5] == plan[-1][1]
        dialog.grab().save(str(tmp_path / "billing.png"))
        assert (tmp_path / "billing.png").stat().st_size > 10_000
        # taken back: the run chosen in the list, a reason asked for
        dialog.runs.setFocus()
        dialog.runs.selectRow(0)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("单价录错了", True))
        dialog.reverse_selected()
        assert "已撤销" in dialog.status.text() and "单价录错了" in cells(dialog.runs)[0][7]
        assert not Charge.select().where(Charge.cancelled_at.is_null(True)).exists()
    QApplication.processEvents()


def test_a_month_two_ahead_is_billed_only_once_confirmed(qtbot, estate, monkeypatch):
    with clock.frozen(at(2026, 1, 10, 9)):
        dialog = _dialog(qtbot, estate, "2026-03")
        answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
        asked = []
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1])
        dialog.run()
        assert dialog.task is None and "需要确认" in dialog.status.text() and not Charge.select().exists()
        assert "提前 2 个月" in asked[0]
        dialog.run()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
        assert Charge.select().where(Charge.period_start == "2026-03-01").exists()
        dialog.month.setText("2026-3x")
        dialog.preview()
        assert "YYYY-MM" in dialog.status.text() and dialog.task is None
    QApplication.processEvents()


def test_a_run_stopped_on_screen_leaves_nothing(qtbot, estate, monkeypatch):
    """The worker is held inside the run until the test has pressed Cancel: then the run's next
    step stops it, and the transaction is rolled back whole."""
    started, release = threading.Event(), threading.Event()
    real = billing.run_billing

    def held(*args, progress=None, **kwargs):
        def step(done, total):
            started.set()
            release.wait(10)
            progress(done, total)
        return real(*args, progress=step, **kwargs)
    monkeypatch.setattr(billing, "run_billing", held)
    with clock.frozen(at(2026, 1, 1, 8)):
        dialog = _dialog(qtbot, estate)
        before = fingerprint(estate.ledger.path)
        dialog.run()
        assert started.wait(10)
        (cancel,) = dialog.task.dialog.findChildren(QPushButton)
        assert cancel.text() == "取消"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)       # the progress bar's 取消
        release.set()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
        assert "已取消" in dialog.status.text()
    assert fingerprint(estate.ledger.path) == before
    assert not BillingRun.select().exists() and cells(dialog.runs) == []
    QApplication.processEvents()
