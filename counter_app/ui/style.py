"""The look: the shipped CJK font for every machine, large figures where money is shown."""
from __future__ import annotations

from PyQt6.QtGui import QFont, QFontDatabase

from .. import paths

STYLE = """
QWidget { font-size: 14px; }
QLabel#bigTotal, QLabel#changeLabel { font-size: 28px; font-weight: bold; }
QLabel#changeLabel { color: #0a6e2d; }
QLabel#trainingBanner { background: #c0392b; color: white; font-weight: bold; padding: 4px; }
QFrame#header { background: #1f4e79; }
QFrame#header QLabel { color: white; }
QPushButton { padding: 6px 12px; }
QLineEdit#searchBox { font-size: 18px; padding: 6px; }
"""


def apply(app) -> str:
    font_id = QFontDatabase.addApplicationFont(str(paths.font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else app.font().family()
    font = QFont(family)
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
    return family
