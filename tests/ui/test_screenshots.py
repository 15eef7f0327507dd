"""scripts/screenshots.py (a development tool, not shipped) renders every main screen with demo data,
Chinese text and all."""
from PyQt6.QtGui import QImage

from counter_app.scenarios.demo import build_demo
from counter_app.store import db as dbmod
from scripts.screenshots import main, render_screens
from tests.factories import fingerprint


def test_screenshots_render_every_screen(qtbot, tmp_path):
    demo = tmp_path / "demo.sqlite3"
    build_demo(demo, months=6, entrances=1, floors=5)
    dbmod.close()
    before = fingerprint(demo)
    written = render_screens(tmp_path / "shots", demo)
    dbmod.close()
    assert fingerprint(demo) == before, "the screenshots changed the ledger they were given"
    names = {p.name for p in written}
    assert {"counter-1366x768.png", "counter-1920x1080.png", "payment-dialog.png", "receipt-dialog.png",
            "consultation-catalogue.png", "consultation-calculator.png", "login.png", "arrears.png",
            "collection.png", "billing.png", "standards.png", "meter-entry.png", "users.png", "estate.png",
            "import-preview.png"} <= names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 200 and image.height() >= 150
    big = QImage(str(tmp_path / "shots" / "counter-1920x1080.png"))
    assert (big.width(), big.height()) == (1920, 1080)
    # The counter on a 1366×768 laptop at Windows' 125 % and 150 %: as wide as the screen.
    for scale in (125, 150):
        scaled = QImage(str(tmp_path / "shots" / f"counter-1366x768-{scale}.png"))
        assert abs(scaled.width() - 1366) <= 2 and scaled.height() <= 768 - 40, (scale, scaled.size())


def test_the_screenshot_tool_is_not_shipped_and_refuses_a_server(capsys):
    import importlib.util

    import pytest

    from counter_app import cli
    assert importlib.util.find_spec("counter_app.ui.screenshots") is None
    assert "screenshots" not in cli.build_parser().format_help()
    with pytest.raises(SystemExit) as stopped:
        main(["--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert stopped.value.code == 2 and "单机的演示账本" in capsys.readouterr().err
