"""What a cell of an office's spreadsheet may hold, read the way people and Excel write it: areas
with commas or a unit (1,088.5㎡), dates in several forms (2026/1/5, 2026年1月5日, an Excel serial
number), phone numbers with spaces or +86, full-width digits. Each reader returns the value as the
ledger stores it or raises CellError with what is wrong, in words an office worker can act on."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal

from ...core import contacts, dates, text as texts
from ...core.errors import CounterError
from ...core.money import parse_scaled, parse_yuan
from ...core.periods import Month
from ..admin.estate import normalise_plate


class CellError(ValueError):
    """A cell that cannot be read; the message says why."""


def _plain(value) -> str:
    """A cell as text: full-width characters made half-width (１２３ → 123), Excel's whole
    numbers without their ".0", trimmed."""
    if value is None:
        return ""
    if isinstance(value, float):
        value = int(value) if value.is_integer() else repr(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def scaled(value: int, places: int = 2) -> Decimal:
    """An integer of 10**-places units as the exact number a cell shows (8850 -> 88.50)."""
    return Decimal(value).scaleb(-places)


def text(value, what: str = "内容", limit: int = texts.TEXT) -> str:
    try:
        return texts.clean(_plain(value), what, limit)
    except CounterError as exc:
        raise CellError(str(exc)) from None


def _number_text(value) -> str:
    if isinstance(value, bool):
        raise CellError(f"“{value}”不是数字")
    if isinstance(value, float):    # an Excel number: its shortest decimal form, exact from there
        return repr(value)
    if isinstance(value, (int, Decimal)):
        return str(value)
    return _plain(value)


_AREA_UNITS = re.compile(r"(㎡|m2|m²|平方米|平米|平方)$", re.IGNORECASE)


def area_centi(value) -> int:
    """建筑面积 in 0.01 m²: 88.5, "88.50", "88.5㎡", "1,088.5 平方米"."""
    raw = _number_text(value)
    cleaned = _AREA_UNITS.sub("", raw.replace(" ", "")).replace(",", "")
    if not cleaned:
        raise CellError("请填写建筑面积")
    try:
        centi = parse_scaled(cleaned, 2, "建筑面积", allow_zero=False)
    except CounterError:
        raise CellError(f"建筑面积“{raw}”不是数字（可写 88.5 或 88.5㎡，最多两位小数）") from None
    if centi > 10_000_00:
        raise CellError(f"建筑面积 {raw}㎡ 超过 10000㎡，请核对")
    return centi


def quantity_centi(value, what: str) -> int:
    """A meter reading or another non-negative quantity with up to two decimals."""
    raw = _number_text(value)
    if not raw:
        raise CellError(f"请填写{what}")
    try:
        return parse_scaled(raw.replace(",", ""), 2, what)
    except CounterError as exc:
        raise CellError(str(exc)) from None


def amount_fen(value, what: str = "金额", *, allow_zero: bool = False) -> int:
    """Money in 分: 1234.5, "1,234.50", "¥1234.50", "1234.50元"."""
    raw = _number_text(value)
    cleaned = raw.replace("¥", "").replace("￥", "").removesuffix("元").strip()
    if not cleaned:
        raise CellError(f"请填写{what}")
    try:
        return parse_yuan(cleaned, allow_zero=allow_zero)
    except CounterError as exc:
        raise CellError(f"{what}“{raw}”不正确：{exc}") from None


def whole(value, what: str, low: int = 0, high: int = 999, suffixes: tuple[str, ...] = ()) -> int:
    """A whole number; `suffixes` are words people add (2单元, 5层)."""
    raw = _number_text(value)
    for suffix in suffixes:
        raw = raw.removesuffix(suffix).strip()
    if not re.fullmatch(r"-?[0-9]{1,6}", raw) or not low <= int(raw) <= high:
        raise CellError(f"{what}“{raw}”应为 {low} 到 {high} 的整数")
    return int(raw)


def day(value) -> date:
    """See core.dates.read_date."""
    try:
        return dates.read_date(value)
    except CounterError as exc:
        raise CellError(str(exc)) from None


_MONTH = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?")
_RANGE = re.compile(r"\s*(?:~|～|至|到|—|–|－|\s-\s)\s*")


def _month(value) -> Month:
    if isinstance(value, (datetime, date)):    # Excel turns "2025-11" into 2025-11-01
        return Month(value.year, value.month)
    raw = _plain(value)
    m = _MONTH.fullmatch(raw) or re.fullmatch(r"(\d{4})(\d{2})", raw)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise CellError(f"月份“{raw}”看不懂（可写 2025-11、2025/11 或 2025年11月）")
    return Month(int(m.group(1)), int(m.group(2)))


def months(value) -> tuple[Month, Month]:
    """所属期间: one month (2025-11) or a range of months (2025-01~2025-06, 2025年1月至2025年6月)."""
    if isinstance(value, (datetime, date)):
        one = _month(value)
        return one, one
    raw = _plain(value)
    if not raw:
        raise CellError("请填写所属期间")
    parts = _RANGE.split(raw)
    if len(parts) > 2:
        raise CellError(f"所属期间“{raw}”看不懂（可写 2025-11 或 2025-01~2025-06）")
    first, last = _month(parts[0]), _month(parts[-1])
    if last < first:
        raise CellError(f"所属期间“{raw}”的结束月份早于开始月份")
    if not (1950 <= first.year and last.year <= 2100):
        raise CellError(f"所属期间“{raw}”不合理，请核对")
    return first, last


def phone(value) -> str:
    """See core.contacts.phone; an Excel number (13800138000.0) is read as its digits."""
    try:
        return contacts.phone(_plain(value))
    except CounterError as exc:
        raise CellError(str(exc)) from None


def id_number(value) -> str:
    """See core.contacts.id_number. A number cell cannot hold an 18-digit 身份证 number: Excel
    keeps 15 digits, so one read as a number is refused with what to do."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) >= 10 ** 15:
        raise CellError(f"证件号码“{_plain(value)}”被 Excel 存成了数字，只保留了前 15 位：请把这一列设为“文本”后重新输入")
    try:
        return contacts.id_number(_plain(value))
    except CounterError as exc:
        raise CellError(str(exc)) from None


def yes_no(value) -> bool:
    raw = _plain(value).upper()
    if raw in ("", "否", "N", "NO", "0", "FALSE", "×"):
        return False
    if raw in ("是", "Y", "YES", "1", "TRUE", "√"):
        return True
    raise CellError(f"“{raw}”应填 是 或 否")


def choice(value, options: tuple[str, ...], what: str, default: str, aliases: dict[str, str] | None = None) -> str:
    raw = _plain(value)
    if not raw:
        return default
    raw = (aliases or {}).get(raw, raw)
    if raw not in options:
        raise CellError(f"{what}“{raw}”应为 {'、'.join(options)} 之一")
    return raw


_PLATE = re.compile(r"[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}|[A-Z0-9]{5,8}")


def plates(value) -> list[str]:
    """车牌, one or several separated by 、 , ; or /: 粤B12345, 粤B·D12345 (new energy), 粤B 12345."""
    raw = _plain(value)
    found = []
    for part in re.split(r"[、,，;；/]+", raw):
        plate = normalise_plate(part)
        if not plate:
            continue
        if not _PLATE.fullmatch(plate):
            raise CellError(f"车牌“{part}”不正确（如 粤B12345）")
        if plate not in found:
            found.append(plate)
    return found


def code(value, what: str, limit: int, allowed: str, words: str) -> str:
    """An identifier people type (车位编号, 表号): at most `limit` of the `allowed` characters (a
    regular-expression class), `words` saying which they are when refused."""
    found = text(value, what, limit)
    if not re.fullmatch(f"[{allowed}]{{1,{limit}}}", found):
        raise CellError(f"{what}“{found}”只能是{words}")
    return found


def building_code(value) -> str:
    """楼栋: "3", "3栋", "3号楼", "3幢" are one building, 3; a name such as "A座" stays A."""
    raw = _plain(value)
    code = re.sub(r"(号楼|栋|幢|座|号)$", "", raw).strip()
    if not code:
        raise CellError("请填写楼栋")
    if not re.fullmatch(r"[0-9A-Za-z\u4e00-\u9fff]{1,10}", code):
        raise CellError(f"楼栋“{raw}”只能是数字、字母或汉字（最多 10 个）")
    return code


def room(value) -> str:
    raw = re.sub(r"(室|号|房)$", "", _plain(value)).strip()
    if not re.fullmatch(r"[0-9A-Za-z]{1,8}", raw):
        raise CellError(f"房号“{raw}”应为数字或字母（如 501）" if raw else "请填写房号")
    return raw


def unit_code(value) -> str:
    """A unit's number as the ledger writes it, 3-2-501 (spaces and full-width dashes tolerated)."""
    raw = re.sub(r"\s+", "", _plain(value)).replace("—", "-").replace("－", "-")
    if not raw:
        raise CellError("请填写房号")
    if not re.fullmatch(r"[0-9A-Za-z\u4e00-\u9fff]{1,10}-[0-9]{1,3}-[0-9A-Za-z]{1,8}", raw):
        raise CellError(f"房号“{raw}”应写成 楼栋-单元-房号，如 3-2-501")
    return raw
