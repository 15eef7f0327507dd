"""The CJK font shipped in resources/, registered once and embedded (subset) in every PDF."""
from __future__ import annotations

import functools
import re

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .. import paths

FONT = "WQYMicroHei"


@functools.cache
def register() -> str:
    """Load the font the first time it is needed (about 0.3 s), never again in this process."""
    rl_config.useA85 = 0  # binary streams: smaller and faster than ASCII85 text
    pdfmetrics.registerFont(TTFont(FONT, str(paths.font_file()), subfontIndex=0))
    return FONT


def width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, register(), size)


# Line-breaking (after the Chinese rule, 禁则): a figure, a date, a code or a Latin word is one unit
# that never breaks; closing punctuation never begins a line and opening punctuation never ends one.
_UNIT = re.compile(r"[¥￥]?[0-9A-Za-z][0-9A-Za-z.,:/@_%+\-]*(?<![.,:])|\s+|.", re.S)
_NO_LINE_START = set("，。、；：？！）】」』”’》〉%,.;:?!)]}…·～")
_NO_LINE_END = set("（【「『“‘《〈([{¥￥")


def _units(paragraph: str) -> list[str]:
    units: list[str] = []
    glue = False                      # the last unit was opening punctuation: the next joins it
    for m in _UNIT.finditer(paragraph):
        piece = m.group()
        if units and not piece.isspace() and (glue or piece[0] in _NO_LINE_START):
            units[-1] += piece
        else:
            units.append(piece)
        glue = piece[-1] in _NO_LINE_END
    return units


def wrap(text: str, size: float, max_width: float) -> list[str]:
    """Break text into lines no wider than max_width points: between any two Chinese characters,
    at spaces, never inside a figure or a word, never before closing punctuation; a unit wider than
    a line is broken by characters, its closing punctuation hanging past the edge as typesetters do
    (nothing is ever cut off or lost)."""
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        if width(paragraph, size) <= max_width:  # the common case: it fits
            lines.append(paragraph)
            continue
        current = ""
        for unit in _units(paragraph):
            if width(current + unit, size) <= max_width:
                current += unit
                continue
            if unit.isspace():                    # a break at a space: the space goes
                lines.append(current.rstrip())
                current = ""
                continue
            if current.strip():
                lines.append(current.rstrip())
            current = ""
            for ch in unit:                       # wider than a line by itself
                if current and width(current + ch, size) > max_width and ch not in _NO_LINE_START:
                    lines.append(current)
                    current = ""
                current += ch
        lines.append(current)
    return lines
