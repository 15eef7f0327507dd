"""What a cell of an office's spreadsheet may hold, read the way people and Excel write it: areas
with commas or a unit (1,088.5㎡), dates in several forms (2026/1/5, 2026年1月5日, an Excel serial
number), phone numbers with spaces or +86, full-width digits, unit numbers as offices write them
(3-2-501, 8#1-101, 3栋2单元501, 三栋). Each reader takes the cell and the file's own header for it,
and returns the value as the ledger stores it (or `Noted`, when it was read otherwise than written)
or raises CellError with what is wrong, in words an office worker can act on, naming the column as
the file heads it."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ...core import contacts, dates, numerals, text as texts
from ...core.errors import CounterError
from ...core.money import parse_scaled, parse_yuan
from ...core.periods import Month
from ...ledger.estate import normalise_plate


class CellError(ValueError):
    """A cell that cannot be read; the message says why. `column` is the header of the part at
    fault when a value is read from several cells (楼栋, 单元, 房号)."""

    def __init__(self, message: str, column: str = ""):
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Noted:
    """A value read otherwise than written (三栋 as building 3), and the note that says so."""
    value: Any
    note: str


def _plain(value) -> str:
    """A cell as text: full-width characters made half-width (１２３ → 123), Excel's whole
    numbers without their ".0", trimmed."""
    if value is None:
        return ""
    if isinstance(value, float):
        value = int(value) if value.is_integer() else repr(value)
    value = str(value)
    return value.strip() if value.isascii() else unicodedata.normalize("NFKC", value).strip()


def scaled(value: int, places: int = 2) -> Decimal:
    """An integer of 10**-places units as the exact number a cell shows (8850 -> 88.50)."""
    return Decimal(value).scaleb(-places)


def text(value, what: str = "内容", limit: int = texts.TEXT) -> str:
    try:
        return texts.clean(_plain(value), what, limit)
    except CounterError as exc:
        raise CellError(str(exc)) from None


def _number_text(value, what: str) -> str:
    if isinstance(value, bool):
        raise CellError(f"{what}“{value}”不是数字")
    if isinstance(value, float):    # an Excel number: its shortest decimal form, exact from there
        return repr(value)
    if isinstance(value, (int, Decimal)):
        return str(value)
    return _plain(value)


_AREA_UNITS = re.compile(r"(㎡|m2|m²|平方米|平米|平方)$", re.IGNORECASE)
_NUMBERISH = re.compile(r"[-+]?[0-9.,]+")


def _decimal(raw: str, what: str, places: int, *, allow_zero: bool, hint: str) -> int:
    """A non-negative number with at most `places` decimals, through the one grammar (core.money):
    too many decimals, a minus and a zero are each refused in words; text that is no number at all
    is refused with `hint`."""
    if not _NUMBERISH.fullmatch(raw):
        raise CellError(f"{what}“{raw}”不是数字（{hint}）")
    try:
        return parse_scaled(raw, places, what, allow_zero=allow_zero)
    except CounterError as exc:
        raise CellError(str(exc)) from None


def area_centi(value, what: str = "建筑面积") -> int:
    """建筑面积 in 0.01 m²: 88.5, "88.50", "88.5㎡", "1,088.5 平方米"."""
    raw = _number_text(value, what)
    cleaned = _AREA_UNITS.sub("", raw.replace(" ", ""))
    if not cleaned:
        raise CellError(f"请填写{what}")
    centi = _decimal(cleaned, what, 2, allow_zero=False, hint="可写 88.5 或 88.5㎡，最多两位小数")
    if centi > 10_000_00:
        raise CellError(f"{what} {raw}㎡ 超过 10000㎡，请核对")
    return centi


def quantity_centi(value, what: str) -> int:
    """A meter reading or another non-negative quantity with up to two decimals."""
    raw = _number_text(value, what)
    if not raw:
        raise CellError(f"请填写{what}")
    return _decimal(raw.replace(" ", ""), what, 2, allow_zero=True, hint="最多两位小数")


def amount_fen(value, what: str = "金额", *, allow_zero: bool = False) -> int:
    """Money in 分: 1234.5, "1,234.50", "¥1234.50", "1234.50元"."""
    raw = _number_text(value, what)
    cleaned = raw.replace("¥", "").replace("￥", "").removesuffix("元").strip()
    if not cleaned:
        raise CellError(f"请填写{what}")
    try:
        return parse_yuan(cleaned, allow_zero=allow_zero, what=what)
    except CounterError as exc:
        raise CellError(str(exc)) from None


_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,6}")


def whole(value, what: str, low: int = 0, high: int = 999, suffixes: tuple[str, ...] = ()) -> int:
    """A whole number; `suffixes` are words people add (2单元, 5层)."""
    raw = _number_text(value, what)
    for suffix in suffixes:
        raw = raw.removesuffix(suffix).strip()
    if not _WHOLE_NUMBER.fullmatch(raw) or not low <= int(raw) <= high:
        raise CellError(f"{what}“{raw}”应为 {low} 到 {high} 的整数")
    return int(raw)


def day(value, what: str = "日期") -> date:
    """See core.dates.read_date."""
    try:
        return dates.read_date(value)
    except CounterError as exc:
        raise CellError(f"{what}：{exc}") from None


_MONTH = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?")
_RANGE = re.compile(r"\s*(?:~|～|至|到|—|–|－|\s-\s)\s*")


def _month(value, what: str) -> Month:
    if isinstance(value, (datetime, date)):    # Excel turns "2025-11" into 2025-11-01
        return Month(value.year, value.month)
    raw = _plain(value)
    m = _MONTH.fullmatch(raw) or re.fullmatch(r"(\d{4})(\d{2})", raw)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise CellError(f"{what}的月份“{raw}”看不懂（可写 2025-11、2025/11 或 2025年11月）")
    return Month(int(m.group(1)), int(m.group(2)))


def months(value, what: str = "所属期间") -> tuple[Month, Month]:
    """所属期间: one month (2025-11) or a range of months (2025-01~2025-06, 2025年1月至2025年6月)."""
    if isinstance(value, (datetime, date)):
        one = _month(value, what)
        return one, one
    raw = _plain(value)
    if not raw:
        raise CellError(f"请填写{what}")
    parts = _RANGE.split(raw)
    if len(parts) > 2:
        raise CellError(f"{what}“{raw}”看不懂（可写 2025-11 或 2025-01~2025-06）")
    first, last = _month(parts[0], what), _month(parts[-1], what)
    if last < first:
        raise CellError(f"{what}“{raw}”的结束月份早于开始月份")
    if not (1950 <= first.year and last.year <= 2100):
        raise CellError(f"{what}“{raw}”不合理，请核对")
    return first, last


def phone(value, what: str = "手机") -> str:
    """See core.contacts.phone; an Excel number (13800138000.0) is read as its digits."""
    try:
        return contacts.phone(_plain(value))
    except CounterError as exc:
        raise CellError(f"{what}：{exc}") from None


def id_text(value, what: str = "证件号码") -> str:
    """证件号码 as written, checked with its 证件类型 once both are read (core.contacts.id_number).
    A number cell cannot hold an 18-digit 身份证 number: Excel keeps 15 digits, so one read as a
    number is refused with what to do."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) >= 10 ** 15:
        raise CellError(f"{what}“{_plain(value)}”被 Excel 存成了数字，只保留了前 15 位：请把这一列设为“文本”后重新输入")
    return _plain(value).upper().replace(" ", "")


def document(value, what: str = "证件类型") -> str:
    try:
        return contacts.document(_plain(value))
    except CounterError as exc:
        raise CellError(f"{what}：{exc}") from None


def yes_no(value, what: str = "") -> bool:
    raw = _plain(value).upper()
    if raw in ("", "否", "N", "NO", "0", "FALSE", "×"):
        return False
    if raw in ("是", "Y", "YES", "1", "TRUE", "√"):
        return True
    raise CellError(f"{what}“{raw}”应填 是 或 否")


def choice(value, options: tuple[str, ...], what: str, default: str, aliases: dict[str, str] | None = None) -> str:
    raw = _plain(value)
    if not raw:
        return default
    raw = (aliases or {}).get(raw, raw)
    if raw not in options:
        raise CellError(f"{what}“{raw}”应为 {'、'.join(options)} 之一")
    return raw


_PLATE = re.compile(r"[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}|[A-Z0-9]{5,8}")


def plates(value, what: str = "车牌") -> list[str]:
    """车牌, one or several separated by 、 , ; or /: 粤B12345, 粤B·D12345 (new energy), 粤B 12345."""
    raw = _plain(value)
    found = []
    for part in re.split(r"[、,，;；/]+", raw):
        plate = normalise_plate(part)
        if not plate:
            continue
        if not _PLATE.fullmatch(plate):
            raise CellError(f"{what}“{part}”不正确（如 粤B12345）")
        if plate not in found:
            found.append(plate)
    return found


def code(value, what: str, limit: int, allowed: str, words: str) -> str:
    """An identifier people type (车位编号, 表号), in capitals (b1-023 is B1-023): at most `limit`
    of the `allowed` characters (a regular-expression class), `words` saying which they are when
    refused."""
    found = text(value, what, limit).upper()
    if not re.fullmatch(f"[{allowed}]{{1,{limit}}}", found):
        raise CellError(f"{what}“{found}”只能是{words}")
    return found


# ---- unit numbers ---------------------------------------------------------------------------

_BUILDING_WORDS = r"号楼|#楼|栋|幢|座|号|#|楼"
_NUMERAL = f"[{numerals.CHARACTERS}]"
_BUILDING_SUFFIX = re.compile(f"({_BUILDING_WORDS})$")
_BUILDING = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]{1,10}")
_NUMERALS = re.compile(f"{_NUMERAL}+")
_ENTRANCE = re.compile(r"[0-9]{1,2}")
_ROOM_SUFFIX = re.compile(r"(室|号|房)$")
_ROOM = re.compile(r"[0-9A-Za-z]{1,8}")
_WHOLE_NUMBER_MARKS = re.compile(r"[-#栋幢单元]")
_SPACES = re.compile(r"\s+")


def _numbered(stem: str, raw: str) -> tuple[str, str]:
    """A building's or entrance's number: digits stay, Chinese numerals become digits (三 → 3)
    with a note saying how `raw` was read."""
    n = numerals.small_number(stem)
    return (str(n), f"“{raw}”读作 {n}") if n is not None else (stem, "")


def building_code(value, what: str = "楼栋") -> str | Noted:
    """楼栋: "3", "3栋", "3号楼", "3幢", "8#", "三栋", "叁号楼" are one building, 3; a name such as
    "A座" stays A."""
    found, note = _building(_plain(value), what)
    return Noted(found, f"{what}{note}") if note else found


def _building(raw: str, what: str) -> tuple[str, str]:
    stem = _BUILDING_SUFFIX.sub("", raw).strip()
    if not stem:
        raise CellError(f"请填写{what}", what)
    if not _BUILDING.fullmatch(stem):
        raise CellError(f"{what}“{raw}”只能是数字、字母或汉字（最多 10 个）", what)
    return _numbered(stem, raw)


def _entrance(raw: str, what: str) -> tuple[int, str]:
    stem = raw.removesuffix("单元").strip()
    number, note = _numbered(stem, raw) if _NUMERALS.fullmatch(stem) else (stem, "")
    if not _ENTRANCE.fullmatch(number) or not 1 <= int(number) <= 99:
        raise CellError(f"{what}“{raw}”应为 1 到 99 的整数" if raw else f"请填写{what}", what)
    return int(number), note


def _room(raw: str, what: str) -> str:
    stem = _ROOM_SUFFIX.sub("", raw).strip()
    if not _ROOM.fullmatch(stem):
        raise CellError(f"{what}“{raw}”应为数字或字母（如 501）" if raw else f"请填写{what}", what)
    return stem


class UnitNo(str):
    """A unit's number as the ledger writes it (3-2-501), knowing its parts."""
    building: str
    entrance: int
    room: str

    def __new__(cls, building: str, entrance: int, room: str) -> "UnitNo":
        self = super().__new__(cls, f"{building}-{entrance}-{room}")
        self.building, self.entrance, self.room = building, entrance, room
        return self


# 3-2-501, 3-2-501室, 8#1-101, 8#-1-101, 3栋2单元501, 3号楼2单元501室, A座1单元101, 三栋二单元501
_WHOLE = re.compile(f"(?P<b>[0-9A-Za-z\u4e00-\u9fff]{{1,10}}?)(?:{_BUILDING_WORDS}|-)-?"
                    f"(?P<e>[0-9]{{1,2}}|{_NUMERAL}{{1,3}})(?:单元|-)-?(?P<r>[0-9A-Za-z]{{1,8}})(?:室|号|房)?")
UNIT_FORMS = "3-2-501、3栋2单元501 或 8#2-501"
_LEDGER_FORM = re.compile(r"[0-9A-Za-z]{1,10}-[0-9]{1,2}-[0-9A-Za-z]{1,8}")


def unit_number(value, what: str = "房号", parts: tuple[str, str, str] = ()) -> UnitNo | Noted:
    """A unit's number, written whole in one cell (3-2-501, 8#1-101, 3栋2单元501, 3-2-501室), or,
    given as a tuple of three cells, as 楼栋, 单元 and 房号 in their own columns (`parts` their
    headers; a 房号 cell holding the whole number agreeing with them is taken too)."""
    if isinstance(value, tuple):
        return _from_parts(value, parts or ("楼栋", "单元", what))
    if isinstance(value, str) and _LEDGER_FORM.fullmatch(value):     # 3-2-501 as the ledger writes it
        building, entrance, room = value.split("-")
        if not entrance.startswith("0") and entrance != "0":
            return UnitNo(building, int(entrance), room)
    raw = _SPACES.sub("", _plain(value)).replace("—", "-").replace("–", "-").replace("_", "-")
    if not raw:
        raise CellError(f"请填写{what}")
    m = _WHOLE.fullmatch(raw)
    if not m:
        raise CellError(f"{what}“{raw}”看不懂：应写成 楼栋-单元-房号（如 {UNIT_FORMS}），"
                        "或分列填写 楼栋、单元、房号")
    building, b_note = _building(m.group("b"), what)
    entrance, e_note = _entrance(m.group("e"), what)
    found = UnitNo(building, entrance, _room(m.group("r"), what))
    return Noted(found, f"{what}“{raw}”读作 {found}") if b_note or e_note else found


NO_COLUMN = object()      # the cell of a column the file does not have (单元, where buildings have none)
_ENTRANCE_ROOM = re.compile(f"(?P<e>[0-9]{{1,2}}|{_NUMERAL}{{1,3}})(?:单元|-)-?(?P<r>[0-9A-Za-z]{{1,8}})(?:室|号|房)?")


def _from_parts(cells: tuple, headers: tuple[str, str, str]) -> UnitNo | Noted:
    if cells[1] is NO_COLUMN:
        return _without_entrance(cells[0], cells[2], headers)
    b_what, e_what, r_what = headers
    raw_b, raw_e, raw_r = (_plain(c) for c in cells)
    building, b_note = _building(raw_b, b_what)
    entrance, e_note = _entrance(raw_e, e_what)
    if _WHOLE_NUMBER_MARKS.search(raw_r):          # the whole number in the 房号 column too
        whole_no = unit_number(raw_r, r_what)
        whole_no = whole_no.value if isinstance(whole_no, Noted) else whole_no
        if (whole_no.building, whole_no.entrance) != (building, entrance):
            raise CellError(f"{r_what}“{raw_r}”与{b_what} {raw_b}、{e_what} {raw_e} 不一致", r_what)
        room = whole_no.room
    else:
        room = _room(raw_r, r_what)
    found = UnitNo(building, entrance, room)
    notes = [n for n in (b_note and f"{b_what}{b_note}", e_note and f"{e_what}{e_note}") if n]
    return Noted(found, "，".join(notes)) if notes else found


def _without_entrance(b_cell, r_cell, headers: tuple[str, str, str]) -> UnitNo | Noted:
    """楼栋 and 房号 columns and no 单元 column: the 房号 may carry the entrance (2-501, 2单元501,
    or the whole number); else the building has no entrances and the unit is kept in entrance 1,
    as the preview notes."""
    b_what, e_what, r_what = headers
    raw_b, raw_r = _plain(b_cell), _SPACES.sub("", _plain(r_cell))
    building, b_note = _building(raw_b, b_what)
    m = _ENTRANCE_ROOM.fullmatch(raw_r)
    if m:
        entrance, e_note = _entrance(m.group("e"), e_what)
        found = UnitNo(building, entrance, _room(m.group("r"), r_what))
        note = f"{r_what}“{raw_r}”读作 {entrance} 单元 {found.room}"
    elif _WHOLE_NUMBER_MARKS.search(raw_r):
        whole_no = unit_number(raw_r, r_what)
        found = whole_no.value if isinstance(whole_no, Noted) else whole_no
        if found.building != building:
            raise CellError(f"{r_what}“{raw_r}”与{b_what} {raw_b} 不一致", r_what)
        return Noted(found, f"{b_what}{b_note}") if b_note else found
    else:
        found = UnitNo(building, 1, _room(raw_r, r_what))
        note = f"没有{e_what}列：{found.room} 记为 {found}"
    return Noted(found, "，".join(n for n in (b_note and f"{b_what}{b_note}", note) if n))
