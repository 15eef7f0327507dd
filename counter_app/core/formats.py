"""Document number formats (收据、扣费单、退款单编号), checked when they are saved, so that a format
that cannot number gaplessly and uniquely never reaches the counter.

A format is Python's str.format with the fields {year} and {seq} (and optionally {series}); the
sequence restarts each year, so both must be there, and the three series must never produce the
same number."""
from __future__ import annotations

import string

from .errors import Invalid, Word

FIELDS = {"year", "seq", "series"}
MAX_LENGTH = 40


def check_number_format(fmt: str, what: str) -> None:
    if not isinstance(fmt, str) or not fmt.strip() or len(fmt) > MAX_LENGTH:
        raise Invalid("{what}编号格式不能为空，也不能超过 {most} 个字符", what=Word(what), most=MAX_LENGTH)
    wrong = Invalid("{what}编号格式“{fmt}”不正确，可用 {{year}} 与 {{seq:06d}}，如 SJ{{year}}-{{seq:06d}}", what=Word(what), fmt=fmt)
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(fmt) if name is not None]
    except ValueError:
        raise wrong from None
    unknown = set(names) - FIELDS
    if unknown:
        raise Invalid("{what}编号格式“{fmt}”含未知字段 {unknown}，可用 {{year}} 与 {{seq}}", what=Word(what), fmt=fmt, unknown=', '.join(sorted(unknown)))
    try:
        samples = {fmt.format(year=2026, seq=seq, series="X") for seq in (1, 2, 10, 999999)}
    except (ValueError, KeyError, IndexError, TypeError):
        raise wrong from None
    if "seq" not in names or "year" not in names:
        raise Invalid("{what}编号格式“{fmt}”必须含年份 {{year}} 和流水号 {{seq}}（流水号每年从 1 起）", what=Word(what), fmt=fmt)
    if len(samples) < 4:
        raise Invalid("{what}编号格式“{fmt}”不能区分不同的流水号", what=Word(what), fmt=fmt)
    if any(not ch.isprintable() or ch.isspace() for ch in fmt.format(year=2026, seq=1, series="X")):
        raise Invalid("{what}编号格式“{fmt}”不能含空格或控制字符（收据条码要读它）", what=Word(what), fmt=fmt)


def check_distinct(formats: dict[str, str]) -> None:
    """The series never share a number: {what: format}."""
    seen: dict[str, str] = {}
    for what, fmt in formats.items():
        for year in (2026, 2027):
            for seq in (1, 2, 123456):
                number = fmt.format(year=year, seq=seq, series="X")
                if number in seen and seen[number] != what:
                    raise Invalid("{what}与{seen}的编号格式会产生相同的编号（如 {number}），请加以区分", what=Word(what), seen=Word(seen[number]), number=number)
                seen[number] = what


def number_made(fmt: str, what: str, year: int, seq: int, series: str = "X") -> str:
    """The number a format makes for a year and sequence number, once it is checked as a saved
    format is (a format that cannot be saved makes none: its fault is raised in words)."""
    check_number_format(fmt, what)
    return fmt.format(year=year, seq=seq, series=series)
