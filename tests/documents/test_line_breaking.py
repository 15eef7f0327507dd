"""Text wrapped on paper follows the Chinese line-breaking rule: a figure, a date or a word never
breaks, closing punctuation never begins a line, and nothing is lost or cut off."""
import re

from hypothesis import given, settings, strategies as st

from counter_app.documents import fonts

NOTICE = ("尊敬的武珍业主：您好！1-1-1003 截至 2026-12-04 尚欠费用合计 ¥5,588.58（含滞纳金），"
          "已超过缴费期限。请尽快到物业服务中心缴纳，以免滞纳金继续增加。如已缴纳请忽略本通知；"
          "如有疑问请致电 0571-8888 6666。")
FIGURE = re.compile(r"[¥￥]?\d[\d,.\-:]*\d")


def _check(text: str, size: float, max_width: float) -> list[str]:
    lines = fonts.wrap(text, size, max_width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")      # nothing lost
    for line in lines:
        hung = line.rstrip("，。、；：？！）」』%,.;:?!)")                 # punctuation may hang
        assert fonts.width(hung, size) <= max_width or len(hung) <= 1    # nothing cut off
    for line in lines[1:]:
        assert not line or line[0] not in "，。、；：？！）」』%,.;:?!)", lines
    return lines


def test_the_notice_paragraph_keeps_every_figure_whole_at_every_width():
    figures = FIGURE.findall(NOTICE)
    assert "¥5,588.58" in figures and "2026-12-04" in figures
    for width_mm in range(60, 181, 3):
        lines = _check(NOTICE, 9.5, width_mm * 72 / 25.4)
        for figure in figures:
            assert any(figure in line for line in lines), (width_mm, figure, lines)


def test_a_unit_wider_than_the_line_is_broken_by_characters_not_dropped():
    lines = _check("编号" + "9" * 80, 9, 60)
    assert len(lines) > 2


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["缴", "费", "，", "。", "（", "）", "¥5,588.58", "2026-12-04", " ",
                                 "SJ20261204-0001", "元", "、", "100%"]), max_size=60),
       st.integers(min_value=40, max_value=400))
def test_any_mix_of_chinese_figures_and_punctuation_wraps_by_the_rule(pieces, max_width):
    text = "".join(pieces).strip()
    lines = _check(text, 9, max_width)
    for run in re.findall(r"¥?[0-9A-Za-z][0-9A-Za-z.,:%\-]*", text):        # figures and words as written
        run = run.rstrip(".,:")
        if run and fonts.width(run, 9) + fonts.width("（）", 9) <= max_width:
            assert any(run in line for line in lines), (run, lines)
