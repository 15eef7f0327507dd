"""Every window fits a 1366×768 screen, also with Windows scaling at 125 % and 150 % (a screen of
1093×582 or 910×485 logical pixels above a 40 px taskbar): its layout's minimum fits, the fitter
shrinks it into the screen, and, rendered so, no visible widget lies outside it."""

from PyQt6.QtCore import QRect
from PyQt6.QtWidgets import QAbstractScrollArea, QApplication, QTableView, QWidget

from counter_app.ledger import clock
from counter_app.ui import fit
from tests.factories import at
from tests.ui.windows import dialogs

SCALES = (1.0, 1.25, 1.5)


def available(scale: float) -> QRect:
    return QRect(0, 0, int(1366 / scale), int((768 - 40) / scale))


def scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport: it may lie outside, and is reached by scrolling."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) or isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def outside(window: QWidget) -> list[str]:
    box = window.rect().adjusted(-1, -1, 1, 1)
    found = []
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.isWindow() or child.size().isEmpty() or scrolled(child, window):
            continue
        rect = QRect(child.mapTo(window, child.rect().topLeft()), child.size())
        if not box.contains(rect):
            found.append(f"{type(child).__name__} {child.objectName() or ''} {rect.getRect()} in {box.getRect()}")
    return found


def test_every_window_fits_a_1366_by_768_screen_at_100_125_and_150_percent(qtbot, billed_estate, counter_settings,
                                                                           tmp_path, monkeypatch):
    from counter_app.ui import style
    app = QApplication.instance()
    font = app.font()
    style.apply(app)          # the program's own font and sizes, as it starts
    try:
        check_every_window(qtbot, billed_estate, counter_settings, tmp_path, monkeypatch)
    finally:
        app.setStyleSheet("")
        app.setFont(font)


def check_every_window(qtbot, billed_estate, counter_settings, tmp_path, monkeypatch):
    problems = []
    with clock.frozen(at(2026, 1, 10, 9)):
        makers = dialogs(billed_estate, counter_settings)
        for name, make in makers.items():
            for scale in SCALES:
                screen = available(scale)
                room = fit.budget(screen.size())
                monkeypatch.setattr(fit, "screen_room", lambda _window, screen=screen: screen)   # widen_for's
                window = make()
                qtbot.addWidget(window)
                if hasattr(window, "jobs"):     # a report: built (and widened for its columns) first
                    qtbot.waitUntil(lambda: window.report is not None and not window.jobs.pending)
                least = window.minimumSizeHint()
                if least.width() > room.width() or least.height() > room.height():
                    problems.append(f"{name} at {scale:.0%}: needs at least {least.width()}×{least.height()}, "
                                    f"the screen gives {room.width()}×{room.height()}")
                    window.close()
                    continue
                window.resize(window.size().expandedTo(window.sizeHint()))
                fit.clamp(window, screen)
                window.show()
                QApplication.processEvents()
                assert window.width() <= room.width() and window.height() <= room.height(), name
                problems += [f"{name} at {scale:.0%}: {where}" for where in outside(window)]
                # Every column in view, none behind a scroll bar, unless the window is as wide as
                # the screen allows (a report of many columns widens that far, fit.widen_for).
                if (scale == 1.0 or name == "refund") and window.width() < room.width():
                    problems += [f"{name} at {scale:.0%}: table {t.objectName()} needs scrolling sideways"
                                 for t in window.findChildren(QTableView) if t.isVisibleTo(window)
                                 and t.model() is not None and t.model().rowCount()
                                 and t.horizontalScrollBar().maximum() > 0]
                window.grab().save(str(tmp_path / f"{name}-{int(scale * 100)}.png"))
                window.close()
    assert not problems, "\n".join(problems)


def test_the_fitter_shrinks_a_window_taller_than_the_screen_when_it_is_shown(qtbot):
    from PyQt6.QtWidgets import QDialog, QPushButton, QVBoxLayout
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QPushButton("OK"))
    qtbot.addWidget(dialog)
    dialog.resize(820, 1900)                 # as the reports once asked for 900 px
    fitter = fit.install(QApplication.instance())
    try:
        dialog.show()
        room = fit.budget(dialog.screen().availableGeometry().size())
        assert dialog.height() <= room.height() and dialog.width() <= room.width()
    finally:
        QApplication.instance().removeEventFilter(fitter)


def test_the_counter_window_shows_every_key_and_the_status_bar_at_each_scale(qtbot, billed_estate, counter_settings,
                                                                             keyboard, tmp_path):
    """The counter maximised on a 1366×768 screen with a title bar, at 100, 125 and 150 %: every
    collect button F5–F11 whole (its words not cut) and the status bar in view, with a unit open."""
    from PyQt6.QtWidgets import QPushButton

    from counter_app.ui import style
    from counter_app.ui.main_window import MainWindow
    app = QApplication.instance()
    font = app.font()
    style.apply(app)
    problems = []
    try:
        for scale in SCALES:
            screen = available(scale)
            with clock.frozen(at(2026, 1, 10, 9)):
                window = MainWindow(billed_estate.cashier, counter_settings)
                qtbot.addWidget(window)
                window.resize(screen.width(), screen.height() - 30)          # maximised, below a title bar
                window.show()
                qtbot.waitExposed(window)
                window.activateWindow()
                keyboard.run("3-2-501", "<Enter>")
                qtbot.waitUntil(lambda: window.unit_view.isVisible())
            least = window.minimumSizeHint()
            if least.width() > screen.width() or least.height() > screen.height() - 30:
                problems.append(f"{scale:.0%}: the window needs {least.width()}×{least.height()}")
            box = window.rect()
            buttons = [b for b in window.unit_view.findChildren(QPushButton)]
            for button in buttons + [window.statusBar()]:
                rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
                if not button.isVisible() or not box.contains(rect):
                    problems.append(f"{scale:.0%}: {button.objectName()} {rect.getRect()} outside {box.getRect()}")
                elif isinstance(button, QPushButton) and button.width() < button.sizeHint().width():
                    problems.append(f"{scale:.0%}: {button.text()} cut to {button.width()} of "
                                    f"{button.sizeHint().width()} px")
            assert {b.objectName() for b in buttons} >= {"collect_selected", "collect_all_due", "collect_amount",
                                                          "collect_advance", "collect_adhoc", "askButton"}
            window.grab().save(str(tmp_path / f"counter-{int(scale * 100)}.png"))
            window.close()
    finally:
        app.setStyleSheet("")
        app.setFont(font)
    assert not problems, "\n".join(problems)


LONG_FOLDER = "D:/物业管理处/收费窗口/2026年度账本与备份（请勿删除或移动本文件夹）/counter_ledger_shared_by_three_counters"


def test_a_long_path_or_value_shown_in_any_window_never_widens_it_past_the_screen(qtbot, billed_estate, tmp_path):
    """A ledger, printer or export on a deep folder: every label naming it breaks the path over
    lines and every combo listing it elides, at 150 % (910 px wide) too; a status line that later
    names a written file does the same. The class once let 打印设置 and 首次设置 ask 1264 px."""
    from dataclasses import replace as changed

    from PyQt6.QtWidgets import QLabel

    from counter_app.ui import style
    from counter_app.ui.first_run import FirstRunDialog
    from counter_app.ui.settings import CounterSettings
    app = QApplication.instance()
    font = app.font()
    style.apply(app)
    long_file = f"{LONG_FOLDER}/{'收据' * 8}_counter.sqlite3"
    settings = changed(CounterSettings(), receipt_printer=f"pdf:{long_file}", report_printer=long_file,
                       database_path=long_file, backup_folder=LONG_FOLDER)
    screen = available(1.5)
    problems = []
    try:
        with clock.frozen(at(2026, 1, 10, 9)):
            makers = dialogs(billed_estate, settings)
            makers["first run"] = lambda: FirstRunDialog(long_file)
            for name, make in makers.items():
                window = make()
                qtbot.addWidget(window)
                for status in window.findChildren(QLabel):
                    if status.objectName().endswith("Status"):
                        status.setText(f"已导出：{long_file}")
                window.resize(screen.width() - 40, 400)
                window.show()
                widest = max([window.minimumSizeHint().width()]
                             + [w.minimumSizeHint().width() for w in window.findChildren(QLabel)
                                if w.isVisibleTo(window)])
                if widest > screen.width():
                    problems.append(f"{name}: asks {widest} px for a long path, the screen gives {screen.width()}")
                window.close()
    finally:
        app.setStyleSheet("")
        app.setFont(font)
    assert not problems, "\n".join(problems)
