"""Numbers as offices write them in Chinese (三栋, 十二幢, 二单元), and identity document numbers
by their kind: a number of digits near 18 long is a 居民身份证 number, checked as one, unless a
document type says it is another document."""
import pytest

from counter_app.core import contacts
from counter_app.core.errors import CounterError
from counter_app.core.numerals import small_number


@pytest.mark.parametrize("written, number", [
    ("三", 3), ("叁", 3), ("十", 10), ("十二", 12), ("拾贰", 12), ("二十", 20), ("二十一", 21), ("两", 2),
    ("一百", 100), ("一百零五", 105), ("一百一十", 110), ("九百九十九", 999), ("一〇一", 101), ("二二", 22),
])
def test_chinese_numerals_read_as_the_number(written, number):
    assert small_number(written) == number


@pytest.mark.parametrize("written", ["", "3", "紫荆", "零", "〇", "十十", "百", "三三三三", "一千", "A"])
def test_what_is_not_a_small_chinese_number_is_none(written):
    assert small_number(written) is None


VALID = "11010519491231002X"


@pytest.mark.parametrize("number, kind, words", [
    (VALID[:17], "", "17 位，居民身份证号应为 18 位（如是其他证件，请在 证件类型 中写明）"),
    (VALID[:16], "", "16 位"),
    ("110105491231002", "", "15 位的旧号码"),
    ("110105194912310021", "", "校验位不对"),
    (VALID[:17], contacts.RESIDENT_ID, "17 位，居民身份证号应为 18 位"),
    ("E123", "护照", "不正确"),
])
def test_identity_numbers_are_refused_for_what_is_wrong(number, kind, words):
    with pytest.raises(CounterError, match=words.replace("(", r"\(").replace(")", r"\)")):
        contacts.id_number(number, kind)


@pytest.mark.parametrize("number, kind", [
    (VALID, ""), (VALID.lower(), ""), (VALID[:17], "护照"), (VALID[:17], "其他证件"), ("E12345678", ""),
    ("H1234567801", "港澳居民来往内地通行证"), ("12345678", ""),
])
def test_identity_numbers_of_each_kind_are_taken(number, kind):
    assert contacts.id_number(number, kind) == number.upper()


def test_document_types_are_read_in_the_ledgers_words():
    assert contacts.document("身份证") == contacts.RESIDENT_ID
    assert contacts.document(" 回乡证 ") == "港澳居民来往内地通行证" and contacts.document("") == ""
    with pytest.raises(CounterError, match="证件类型“驾照”应为"):
        contacts.document("驾照")
    assert contacts.is_resident_id(VALID) and not contacts.is_resident_id(VALID[:17] + "1")
