"""The look: the shipped CJK font for every machine, large figures where money is shown."""
from __future__ import annotations

import re

from PyQt6.QtGui import QFont, QFontDatabase

from .. import paths

# Sizes in px at 100 %; large-text mode (CounterSettings.text_scale) multiplies every one, so the
# whole counter grows together. Widgets name themselves; their sizes live here, not beside them.
STYLE = """
QWidget { font-size: 14px; }
QLabel#bigTotal, QLabel#changeLabel { font-size: 28px; font-weight: bold; }
QLabel#changeLabel { color: #0a6e2d; }
QLabel#trainingBanner { background: #c0392b; color: white; font-weight: bold; padding: 4px; }
QFrame#header { background: #1f4e79; }
QFrame#header QLabel { color: white; font-size: 15px; padding-right: 18px; }
QPushButton { padding: 6px 12px; }
QLineEdit#searchBox { font-size: 18px; padding: 6px; }
QLabel#unitTitle { font-size: 20px; font-weight: bold; }
QLabel#chargeTotals { font-size: 16px; }
QLabel#owedTotal { font-size: 26px; font-weight: bold; color: #c0392b; }
QLabel#paidUp { font-size: 22px; color: #0a6e2d; }
QLabel#cashDifference { font-size: 20px; font-weight: bold; }
QLabel#receiptHeadline, QLabel#aboutVersion { font-size: 18px; font-weight: bold; }
"""
TEXT_SCALES = (100, 125, 150)     # per cent: standard, large, larger


def style_sheet(scale: int = 100) -> str:
    """STYLE with every size in px multiplied by scale per cent."""
    return re.sub(r"(\d+)px", lambda m: f"{round(int(m.group(1)) * scale / 100)}px", STYLE)


def apply(app, scale: int = 100) -> str:
    font_id = QFontDatabase.addApplicationFont(str(paths.font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else app.font().family()
    font = QFont(family)
    font.setPointSizeF(10 * scale / 100)
    app.setFont(font)
    app.setStyleSheet(style_sheet(scale))
    return family
