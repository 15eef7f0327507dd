"""Phone numbers and identity document numbers as the ledger keeps them: one grammar for the
forms, the import and the services, so a number refused in one place is refused in all."""
from __future__ import annotations

import re

from .errors import Invalid, Word, Words

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_SCIENTIFIC = re.compile(r"[0-9]+(\.[0-9]+)?E\+?[0-9]+", re.IGNORECASE)


def _lost_digits(raw: str, what: str) -> None:
    """Excel shows a long number typed into a number cell as 1.38001E+10 and keeps 15 digits of
    it: the rest is gone, so the cell is refused with what to do rather than read wrongly."""
    if _SCIENTIFIC.fullmatch(raw):
        raise Invalid("{what}“{raw}”被 Excel 存成了科学计数法，后几位已丢失：请把这一列设为“文本”后重新输入",
                      what=Word(what), raw=raw)


def phone(text: str) -> str:
    """手机 or 固定电话 as digits: 11 digits starting with 1 for a mobile; a landline with its area
    code (0 and 9 to 11 more digits) or 7 to 8 local digits. Spaces, dashes, brackets and a +86 or
    0086 prefix are taken out. Empty stays empty."""
    raw = (text or "").strip()
    if not raw:
        return ""
    _lost_digits(raw, "电话")
    digits = re.sub(r"^(\+86|0086)", "", re.sub(r"[\s\-()（）]", "", raw))
    if not digits.isascii() or not digits.isdigit():
        raise Invalid("电话“{raw}”含有数字以外的字符（一格只填一个号码）", raw=raw)
    if digits.startswith("1"):
        if len(digits) != 11:
            raise Invalid("手机号码“{raw}”是 {n} 位，应为 11 位", raw=raw, n=len(digits))
    elif digits.startswith("0"):
        if not 10 <= len(digits) <= 12:
            raise Invalid("固定电话“{raw}”位数不对（区号加号码，共 10 到 12 位）", raw=raw)
    elif len(digits) not in (7, 8):
        raise Invalid("电话“{raw}”位数不对（手机 11 位，固定电话 7 到 8 位或带区号）", raw=raw)
    return digits


def resident_check_digit(first17: str) -> str:
    """The 18th character of a 居民身份证 number (GB 11643), from its first 17 digits."""
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


RESIDENT_ID = "居民身份证"
# 证件类型 as people write them; anything else named here is "another document" (5 to 20 letters
# and digits). 港澳台居民居住证 numbers have the 居民身份证 form and check digit.
DOCUMENTS = (RESIDENT_ID, "港澳台居民居住证", "护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证",
             "外国人永久居留身份证", "军官证", "其他证件")
_DOCUMENT_ALIASES = {"身份证": RESIDENT_ID, "居民身份证号": RESIDENT_ID, "二代身份证": RESIDENT_ID,
                     "居住证": "港澳台居民居住证", "回乡证": "港澳居民来往内地通行证", "港澳通行证": "港澳居民来往内地通行证",
                     "台胞证": "台湾居民来往大陆通行证", "永居证": "外国人永久居留身份证", "其他": "其他证件"}
_RESIDENT_FORM = re.compile(r"[0-9]{17}[0-9X]")
_LOOKS_RESIDENT = re.compile(r"[0-9]{14,18}|[0-9]{14,17}X")     # digits only, near 18: a 身份证 number


def document(text: str) -> str:
    """A 证件类型 as written (身份证, 护照, 回乡证 …) in the ledger's words; "" when empty."""
    raw = re.sub(r"\s+", "", text or "")
    if not raw:
        return ""
    found = _DOCUMENT_ALIASES.get(raw, raw)
    if found not in DOCUMENTS:
        raise Invalid("证件类型“{raw}”应为 {kinds} 之一", raw=raw, kinds=Words(DOCUMENTS))
    return found


def is_resident_id(number: str) -> bool:
    return bool(_RESIDENT_FORM.fullmatch(number or "")) and resident_check_digit(number[:17]) == number[17]


def id_number(text: str, kind: str = "") -> str:
    """证件号码 of a document of `kind` (see `document`; "" when not said). A 居民身份证 number is 18
    characters checked by its check digit; a number of digits only from 14 to 18 long is taken for
    one unless the kind says it is another document (a 17-digit number is a 身份证 number with a
    digit missing, not a passport). Other documents are 5 to 20 letters and digits. Empty stays
    empty."""
    raw = (text or "").upper().replace(" ", "").strip()
    if not raw:
        return ""
    _lost_digits(raw, "证件号码")
    resident = kind in (RESIDENT_ID, "港澳台居民居住证") or (not kind and _LOOKS_RESIDENT.fullmatch(raw) is not None)
    if resident:
        if not _RESIDENT_FORM.fullmatch(raw):
            if len(raw) == 15 and raw.isdigit():
                raise Invalid("身份证号“{raw}”是 15 位的旧号码，请填写 18 位的号码", raw=raw)
            if kind:
                raise Invalid("身份证号“{raw}”是 {n} 位，居民身份证号应为 18 位", raw=raw, n=len(raw))
            raise Invalid("身份证号“{raw}”是 {n} 位，居民身份证号应为 18 位（如是其他证件，请在 证件类型 中写明）",
                          raw=raw, n=len(raw))
        if resident_check_digit(raw[:17]) != raw[17]:
            raise Invalid("身份证号“{raw}”的校验位不对，请核对", raw=raw)
        return raw
    if not re.fullmatch(r"[A-Z0-9]{5,20}", raw):
        raise Invalid("证件号码“{raw}”不正确（身份证 18 位；其他证件 5 到 20 位字母或数字）", raw=raw)
    return raw
