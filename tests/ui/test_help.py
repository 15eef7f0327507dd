"""F1 opens the guide of the window in use: every window the program opens has one (the same list
of windows the fit test builds), every guide exists and every picture it shows is there."""
import re

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QTextDocument
from PyQt6.QtCore import QUrl

from counter_app.core.periods import Month
from counter_app.ledger import clock
from counter_app.ui import help as guide
from counter_app.ui.admin.billing import BillingDialog
from tests.factories import at
from tests.ui.helpers import shown_active
from tests.ui.windows import dialogs


def test_every_guide_is_there_with_its_pictures():
    for topic in set(guide.TOPICS.values()) | {guide.FALLBACK}:
        path = guide.help_dir() / f"{topic}.md"
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# ") and len(text) > 120, topic      # a guide, not a title
        for picture in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
            assert (path.parent / picture).resolve().is_file(), (topic, picture)


def test_every_window_the_program_opens_has_its_guide(qtbot, billed_estate, counter_settings):
    with clock.frozen(at(2026, 1, 10, 9)):
        for name, make in dialogs(billed_estate, counter_settings).items():
            window = make()
            qtbot.addWidget(window)
            assert window.objectName() in guide.TOPICS, f"{name} ({window.objectName()!r}) has no guide for F1"
            window.close()


def test_f1_opens_the_guide_of_the_window_in_use(qtbot, estate, tmp_path):
    from PyQt6.QtWidgets import QApplication
    guide.install(QApplication.instance())
    with clock.frozen(at(2026, 1, 1, 8)):
        dialog = shown_active(qtbot, BillingDialog(estate.manager, Month.parse("2026-01")))
        qtbot.keyClick(dialog.month, Qt.Key.Key_F1)
        shown = dialog.help_dialog
        assert shown.topic == "billing" and "Ctrl+Enter 生成应收" in shown.browser.toPlainText()
        picture = shown.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                             QUrl("../screens/billing.png"))
        assert picture is not None and not picture.isNull()
        shown.resize(720, 640)
        shown.grab().save(str(tmp_path / "help.png"))
        shown.close()
    QApplication.instance().removeEventFilter(guide._filter)


def test_the_counter_s_hint_its_guide_and_the_readme_list_every_key_of_the_counter():
    from counter_app import paths
    from counter_app.ui.main_window import COUNTER_KEYS, key_hint
    guide_text = (guide.help_dir() / "counter.md").read_text(encoding="utf-8")
    readme = (paths.install_root() / "README.md").read_text(encoding="utf-8")
    hint = key_hint()
    for key, _ in COUNTER_KEYS:
        assert key in hint, key
        assert f"**{key}**" in guide_text, key
        if key.startswith(("F", "Ctrl", "Esc")):
            assert f"**{key}**" in readme, key
