"""A report's sections on screen speak the window's language: the day report's titles, headers and
label cells in English and Traditional Chinese, not the Simplified text the PDF is written from;
a day refused for an open shift names it in the language too."""
from datetime import date

import pytest
from PyQt6.QtCore import QLocale, Qt
from PyQt6.QtWidgets import QApplication, QLabel, QTableView

from counter_app.ledger import clock
from counter_app.ui import i18n
from counter_app.ui.closeout.dialogs import DayCloseDialog
from tests.factories import at


def shown(dialog) -> dict:
    """title -> (headers, first column) of each table the dialog shows."""
    out = {}
    titles = [label.text() for label in dialog.findChildren(QLabel) if label.text().startswith("<b>")]
    for title, table in zip(titles, dialog.findChildren(QTableView)):
        model = table.model()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        out[title.removeprefix("<b>").removesuffix("</b>")] = (
            headers, [model.index(r, 0).data() for r in range(model.rowCount())],
            [model.index(r, 1).data() for r in range(model.rowCount())])
    return out


@pytest.fixture
def day_dialog(qtbot, billed_estate, counter_settings):
    def made(lang):
        assert i18n.install(QApplication.instance(), lang)
        # The estate's cashier and manager opened their shifts on 2025-12-20 (tests/factories.py).
        with clock.frozen(at(2025, 12, 20, 18)):
            dialog = DayCloseDialog(billed_estate.manager, counter_settings, date(2025, 12, 20))
        qtbot.addWidget(dialog)
        return dialog
    yield made
    i18n.install(QApplication.instance(), "zh_CN")
    QLocale.setDefault(QLocale("zh_CN"))


def test_the_day_report_in_english(day_dialog):
    dialog = day_dialog("en")
    tables = shown(dialog)
    headers, labels, values = tables["Summary"]
    assert headers == ["Item", "Value"]
    assert labels[:2] == ["Business date", "Status"] and values[:2] == ["2025-12-20", "Not closed"]
    assert "Total taken" in labels and "Cash to take to the bank" in labels
    assert values[labels.index("Automatic prepaid deductions")] == "0" and values[labels.index("Invoice requests")] == "0"
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in "".join(map(str, values))), values
    assert tables["Shifts"][0][:3] == ["Shift", "Cashier", "Z no."]
    assert tables["Shifts"][1][-1] == "Total"
    assert dialog.warning.text() == ("Shifts still open: 王芳 (shift 1, opened 2025-12-20 10:00); "
                                     "李强 (shift 2, opened 2025-12-20 10:00)"), dialog.warning.text()
    words = " ".join([*tables, *(str(x) for h, l, v in tables.values() for x in (*h, *l))])
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in words), words


def test_the_day_report_in_traditional_chinese(day_dialog):
    tables = shown(day_dialog("zh_TW"))
    headers, labels, values = tables["概要"]
    assert labels[:2] == ["營業日", "狀態"] and values[1] == "未日結", labels
    assert "實收合計" in labels
    words = "".join([*tables, *(str(x) for h, l, v in tables.values() for x in (*h, *l))])
    assert not set("营状态实现应计") & set(words), words
