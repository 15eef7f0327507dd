"""Every UI text is translated, the translations load, and the window speaks the language."""
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PyQt6.QtCore import QLocale
from PyQt6.QtWidgets import QApplication, QLabel, QPushButton

from counter_app.ledger import clock
from counter_app.ui import i18n
from tests.factories import at

LANGS = ("en", "zh_TW")


def sources(ts_file):
    """The window's own text (the "errors" context comes from the raise sites, not from lupdate)."""
    return {m.findtext("source") for c in ET.parse(ts_file).getroot().iter("context")
            if c.findtext("name") != "errors" for m in c.iter("message")}


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    tree = ET.parse(i18n.translations_dir() / f"counter_app_{lang}.ts")
    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []


def test_translation_files_are_up_to_date(tmp_path):
    """New UI text without a translation fails here (run scripts/translations.py update)."""
    fresh = tmp_path / "fresh.ts"
    from counter_app import paths
    subprocess.run([sys.executable, "-m", "PyQt6.lupdate.pylupdate", str(paths.install_root() / "counter_app" / "ui"),
                    "--no-summary", "--ts", str(fresh)], check=True)
    assert sources(fresh) == sources(i18n.translations_dir() / "counter_app_en.ts")


# One date format on every screen and paper, in every language and whatever the machine's locale
# (the C locale of a bare Windows service account printed "28 11 2026").
@pytest.mark.parametrize("lang,button,date_part", [("en", "Pay all due [F6]", "2026-11-28"),
                                                    ("zh_TW", "全部繳清 [F6]", "2026-11-28"),
                                                    ("zh_CN", "全部缴清 [F6]", "2026-11-28")])
def test_window_in_each_language(qtbot, billed_estate, counter_settings, lang, button, date_part):
    from counter_app.ui.main_window import MainWindow
    app = QApplication.instance()
    assert i18n.install(app, lang)
    try:
        with clock.frozen(at(2026, 11, 28, 9)):
            window = MainWindow(billed_estate.cashier, counter_settings)
        qtbot.addWidget(window)
        assert window.findChild(QPushButton, "collect_all_due").text() == button
        assert date_part in window.findChild(QLabel, "dateLabel").text()
    finally:
        i18n.install(app, "zh_CN")
        QLocale.setDefault(QLocale("zh_CN"))


def test_the_date_ignores_the_machine_s_locale(qtbot, billed_estate, counter_settings):
    from counter_app.ui.main_window import MainWindow
    QLocale.setDefault(QLocale.c())
    try:
        with clock.frozen(at(2026, 11, 28, 9)):
            window = MainWindow(billed_estate.cashier, counter_settings)
        qtbot.addWidget(window)
        assert window.findChild(QLabel, "dateLabel").text().endswith("2026-11-28")
    finally:
        QLocale.setDefault(QLocale("zh_CN"))


def test_qt_standard_buttons_follow_the_language(qtbot):
    from PyQt6.QtWidgets import QDialogButtonBox
    app = QApplication.instance()
    i18n.install(app, "zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
