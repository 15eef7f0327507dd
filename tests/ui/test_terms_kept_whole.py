"""A word-wrapped list of terms (the search box's label) breaks only between its terms, at any
width: Chinese otherwise breaks inside a word (电话尾 | 号)."""
from PyQt6.QtGui import QFont, QTextLayout, QTextOption

from counter_app.ui.fit import WORD_JOINER, terms_kept_whole

TERMS = "查找（F2）：房号 / 姓名 / 拼音 / 电话尾号 / 车牌 / 扫收据"


def line_ends(text: str, width: int) -> list[str]:
    layout = QTextLayout(text, QFont("WenQuanYi Micro Hei", 10))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    ends = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        ends.append(text[line.textStart():line.textStart() + line.textLength()].replace(WORD_JOINER, ""))
    layout.endLayout()
    return ends


def test_lines_break_only_between_terms(qapp):
    terms = set(TERMS.split(" / "))
    for width in range(120, 420, 10):
        lines = line_ends(terms_kept_whole(TERMS), width)
        assert "".join(lines) == TERMS
        pieces = {piece.strip() for line in lines for piece in line.split("/")} - {""}
        assert pieces <= terms, (width, lines)


def test_plain_text_would_break_inside_a_word(qapp):
    broken = [width for width in range(120, 420, 10)
              if not {p.strip() for line in line_ends(TERMS, width) for p in line.split("/")} - {""} <= set(TERMS.split(" / "))]
    assert broken          # the check above can fail: without the joiners some width splits a term
