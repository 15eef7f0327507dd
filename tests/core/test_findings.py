"""A check's finding is typed like an error (template and values): it reads as its Simplified
sentence (logs, tests, `in`), is worded whole at the edge, nested findings and fixed words with it,
crosses to a worker process and back, and its template is in the catalogue."""
import pickle

import pytest

from counter_app.catalogue import translator
from counter_app.core.errors import Clauses, Finding, Refused, Sentences, Word, text_of, words
from counter_app.ledger import verify

ROW = Finding("{label} {row}", label=Word(verify.LABELS["payment"]), row="SJ2026-009999")
CHANGED = Finding("{row} 的内容与封存不符（在程序之外被改动；封存于{record}）", row=ROW,
                  record=Finding("审计记录第 {number} 条（{action} {entity}）", number=12, action="payment.create",
                                 entity="SJ2026-009999"))


def test_a_finding_reads_as_its_simplified_sentence():
    assert CHANGED == ("收据 SJ2026-009999 的内容与封存不符（在程序之外被改动；封存于审计记录第 12 条"
                       "（payment.create SJ2026-009999））")
    assert "在程序之外被改动" in CHANGED and CHANGED.template.startswith("{row} ")


@pytest.mark.parametrize("lang,expected", [
    ("en", "The content of Receipt SJ2026-009999 differs from its seal (changed outside the program; sealed in "
           "audit record 12 (payment.create SJ2026-009999))"),
    ("zh_TW", "收據 SJ2026-009999 的內容與封存不符（在程式之外被改動；封存於審計記錄第 12 條（payment.create SJ2026-009999））")])
def test_a_finding_is_worded_whole_in_each_language(lang, expected):
    assert text_of(CHANGED, translator(lang)) == expected


def test_a_finding_nested_in_a_refusal_is_worded_with_it():
    refused = Refused("账本核对未通过（{problem}），先查明原因再删除个人信息", problem=CHANGED)
    said = words(refused, translator("en"))
    assert "The content of Receipt SJ2026-009999 differs from its seal" in said and not any(
        "\u4e00" <= ch <= "\u9fff" for ch in said), said


def test_a_finding_crosses_to_a_worker_and_back():
    back = pickle.loads(pickle.dumps(CHANGED))
    assert back == CHANGED and back.template == CHANGED.template and type(back) is Finding
    assert text_of(back, translator("en")) == text_of(CHANGED, translator("en"))


def test_lists_of_findings_and_clauses_take_the_language_s_separators():
    shifts = Sentences([Finding("{cashier}（班次 {shift}，{opened} 开班）", cashier="王芳", shift=1, opened="10:00"),
                        Finding("{cashier}（班次 {shift}，{opened} 开班）", cashier="李强", shift=2, opened="10:05")])
    assert text_of(Word("{x}", x=shifts), translator("en")) == "王芳 (shift 1, opened 10:00); 李强 (shift 2, opened 10:05)"
    assert text_of(Word("{x}", x=shifts), str) == "王芳（班次 1，10:00 开班）；李强（班次 2，10:05 开班）"
    counts = Clauses([Word("{action} {n}", action=Word("新增"), n=2), Word("{action} {n}", action=Word("修改"), n=1)])
    assert text_of(Word("{x}", x=counts), translator("en")) == "Add 2, Change 1"
