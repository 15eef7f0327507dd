"""The CJK font shipped in resources/, registered once and embedded (subset) in every PDF."""
from __future__ import annotations

import functools

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


def wrap(text: str, size: float, max_width: float) -> list[str]:
    """Break text into lines no wider than max_width points (CJK can break between any two
    characters; Latin words are kept whole where they fit)."""
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        if width(paragraph, size) <= max_width:  # the common case: it fits
            lines.append(paragraph)
            continue
        current = ""
        for ch in paragraph:
            if width(current + ch, size) <= max_width or not current:
                current += ch
            else:
                cut = current.rfind(" ")
                if ch != " " and 0 < cut and cut > len(current) - 12 and current[cut + 1:].isascii():
                    lines.append(current[:cut])
                    current = current[cut + 1:] + ch
                else:
                    lines.append(current)
                    current = ch.lstrip()
        lines.append(current)
    return lines
