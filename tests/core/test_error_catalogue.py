"""Typed errors: every template raised is in the catalogue in English and Traditional Chinese with
the same fields; no raise builds its sentence in place; the command line words errors without Qt;
str(exc) stays the Simplified Chinese sentence."""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from counter_app import catalogue, paths
from counter_app.core.errors import (CounterError, Conflict, Invalid, NotFound, PermissionDenied, Refused,
                                     Unavailable, Word, fields_of, words)
from scripts import error_catalogue

LANGS = ("en", "zh_TW")
KINDS = (Invalid, NotFound, PermissionDenied, Refused, Conflict, Unavailable)


def errors_context(lang):
    tree = ET.parse(paths.resources_dir() / "translations" / f"counter_app_{lang}.ts")
    return {m.findtext("source"): m.findtext("translation") or "" for c in tree.getroot().iter("context")
            if c.findtext("name") == "errors" for m in c.iter("message")}


@pytest.fixture(scope="module")
def sites():
    return error_catalogue.raises()


def test_every_raise_is_typed_with_a_constant_template_and_its_fields(sites):
    """Every raise in every file is typed with a constant template and gives exactly the fields
    its template uses (it is in the catalogue: see below)."""
    wrong = []
    for site in sites:
        if error_catalogue.typed(site):
            if fields_of(site.template) != set(site.fields):
                wrong.append(f"{site.path}:{site.line} fields {sorted(fields_of(site.template))} "
                             f"given {sorted(site.fields)}")
        elif site.template is None:
            wrong.append(f"{site.path}:{site.line} builds its sentence in place (f-string, % or +)")
        else:
            wrong.append(f"{site.path}:{site.line} raises the base CounterError: choose Invalid, NotFound, …")
    assert wrong == []


def test_the_check_catches_a_sentence_built_in_place(tmp_path):
    """The scan tells an f-string, a base CounterError and a missing field apart from a good raise."""
    import ast
    source = ('from counter_app.core.errors import CounterError, Invalid\n'
              'def f(code):\n'
              '    raise Invalid(f"没有单元 {code}")\n'
              'def g(code):\n'
              '    raise CounterError("没有单元")\n'
              'def h(code):\n'
              '    raise Invalid("没有单元 {unit}", code=code)\n'
              'def k(code):\n'
              '    raise Invalid("没有单元 {unit}", unit=code)\n')
    trees = list(error_catalogue.files()) + [("counter_app/probe.py", ast.parse(source))]
    found = [s for s in error_catalogue.raises(trees) if s.path == "counter_app/probe.py"]
    assert [(s.line, error_catalogue.typed(s)) for s in found] == [(3, False), (5, False), (7, True), (9, True)]
    assert [fields_of(s.template) == set(s.fields) for s in found if error_catalogue.typed(s)] == [False, True]


def test_the_scan_sees_the_raises():
    found = {(s.path, s.kind) for s in error_catalogue.raises()}
    assert ("counter_app/services/counter/payments.py", "Conflict") in found
    assert ("counter_app/services/closing/close.py", "Refused") in found


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_is_translated_with_the_same_fields(lang):
    table = errors_context(lang)
    templates = error_catalogue.templates()
    assert len(templates) > 20
    missing = [t for t in templates if not table.get(t)]
    assert missing == [], "run scripts/translations.py update (English in resources/translations/en.tsv)"
    assert [t for t in templates if fields_of(table[t]) != fields_of(t)] == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_command_line_catalogue_matches_the_window_s(lang):
    shipped = json.loads(catalogue.catalogue_path(lang).read_text(encoding="utf-8"))
    assert shipped == errors_context(lang), "run scripts/translations.py release"


DRAWER = Refused("{day} 已经日结", day="2026-12-04")


@pytest.mark.parametrize("lang,expected", [("zh_CN", "2026-12-04 已经日结"),
                                           ("zh_TW", "2026-12-04 已經日結"),
                                           ("en", "2026-12-04 is already closed")])
def test_the_command_line_words_in_each_language(monkeypatch, lang, expected):
    monkeypatch.setenv("COUNTER_APP_LANG", lang)
    assert catalogue.language() == lang
    assert catalogue.error_text(DRAWER) == expected
    assert catalogue.error_text(DRAWER, lang) == expected


@pytest.mark.parametrize("lang,expected", [
    ("zh_CN", "长款 12.00 元：请填写说明后再交班"),
    ("zh_TW", "長款 12.00 元：請填寫說明後再交班"),
    ("en", "Over ¥12.00: write a note before closing the shift")])
def test_words_and_nested_errors_are_translated_too(lang, expected):
    error = Invalid("{word} {amount} 元：请填写说明后再交班", word=Word("长款"), amount="12.00")
    assert catalogue.error_text(error, lang) == expected
    from datetime import datetime
    who = Conflict("，{at:%m-%d %H:%M} 由 {cashier} 收取（收据 {number}）",
                   at=datetime(2026, 12, 5, 10, 32), cashier="张三", number="SJ2026-000123")
    outer = Conflict("应收金额已变化（显示 {shown} 元，现为 {now} 元）{who}；本次没有记账，请刷新后重试",
                     shown="100.00", now="80.00", who=who)
    text = catalogue.error_text(outer, lang)
    assert "张三" in text and "SJ2026-000123" in text and "12-05 10:32" in text
    if lang == "en":
        assert text == ("The amount due has changed (shown ¥100.00, now ¥80.00), taken by 张三 at 12-05 10:32 "
                        "(receipt SJ2026-000123); nothing was recorded. Refresh and try again")


def test_the_language_follows_the_counter_s_setting_then_defaults_to_simplified(monkeypatch):
    monkeypatch.delenv("COUNTER_APP_LANG", raising=False)
    assert catalogue.language() == "zh_CN"
    (paths.data_dir() / "counter.ini").parent.mkdir(parents=True, exist_ok=True)
    (paths.data_dir() / "counter.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert catalogue.language() == "en"
    monkeypatch.setenv("COUNTER_APP_LANG", "zh_TW")
    assert catalogue.language() == "zh_TW"
    monkeypatch.setenv("COUNTER_APP_LANG", "fr")
    assert catalogue.language() == "zh_CN"


def test_an_unknown_template_or_a_broken_translation_falls_back_to_the_source():
    error = NotFound("没有单元 {unit}", unit="1-101")
    assert words(error, lambda text: "No unit {other}") == "没有单元 1-101"
    assert catalogue.error_text(NotFound("从未登记的句子 {x}", x=1), "en") == "从未登记的句子 1"
    assert catalogue.error_text(ValueError("plain"), "en") == "plain"


@pytest.mark.parametrize("kind", KINDS)
def test_str_stays_the_simplified_chinese_sentence(kind):
    error = kind("{day} 已经日结", day="2026-12-04")
    assert str(error) == "2026-12-04 已经日结"
    assert isinstance(error, CounterError)
    assert catalogue.error_text(error, "en") == "2026-12-04 is already closed"


def test_the_command_line_catalogue_needs_no_qt():
    code = ("import sys; from counter_app.catalogue import error_text; from counter_app.core.errors import Refused;"
            "print(error_text(Refused('{day} 已经日结', day='D'), 'en'));"
            "print(any(m.startswith('PyQt6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=paths.install_root()).stdout.split("\n")
    assert out[:2] == ["D is already closed", "False"]


@pytest.mark.parametrize("lang,expected", [
    ("zh_CN", "金额“abc”不是有效的数字（例如 1234.50 或 1,234.50）"),
    ("zh_TW", "金額“abc”不是有效的數字（例如 1234.50 或 1,234.50）"),
    ("en", 'Amount "abc" is not a valid number (such as 1234.50 or 1,234.50)')])
def test_the_field_named_in_a_refusal_is_a_word_of_the_language(lang, expected):
    from counter_app.core.money import parse_yuan
    with pytest.raises(Invalid) as caught:
        parse_yuan("abc")
    assert catalogue.error_text(caught.value, lang) == expected
    assert "金额" in error_catalogue.labels() and "交班说明" in error_catalogue.labels()


def test_no_window_shows_an_error_by_str():
    """The window words every caught error through ui/errors.error_text; str(exc) is Simplified
    Chinese whatever the language, so a screen added later that shows it is caught here."""
    import ast
    from pathlib import Path
    found = []
    for path in sorted(Path("counter_app/ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for handler in ast.walk(tree):
            if not isinstance(handler, ast.ExceptHandler) or not handler.name:
                continue
            for node in ast.walk(handler):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str"
                        and len(node.args) == 1 and isinstance(node.args[0], ast.Name)
                        and node.args[0].id == handler.name):
                    found.append(f"{path}:{node.lineno}")
    assert found == []


@pytest.mark.parametrize("lang,expected", [
    ("zh_CN", "房屋类型应为 住宅、商铺、车库、办公"),
    ("zh_TW", "房屋型別應為 住宅、商鋪、車庫、辦公"),
    ("en", "The unit type should be residential unit, shop, garage, office")])
def test_a_list_of_fixed_words_is_translated_word_by_word(lang, expected):
    from counter_app.core.errors import Words
    from counter_app.core.estate_words import UNIT_TYPES
    error = Invalid("房屋类型应为 {kinds}", kinds=Words(UNIT_TYPES))
    text = catalogue.error_text(error, lang)
    assert text == expected
    if lang == "en":
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_word_with_values_is_translated_then_filled():
    from counter_app.core.errors import text_of
    form = Word("YYYY-MM，如 2026-12（{first} 到 {last} 年）", first=2000, last=2099)
    error = Invalid("“{value}”不可用，应写成 {form}", value="x", form=form)
    assert str(error) == "“x”不可用，应写成 YYYY-MM，如 2026-12（2000 到 2099 年）"
    assert catalogue.error_text(error, "en") == '"x" cannot be used; write YYYY-MM, such as 2026-12 (2000 to 2099)'
    assert text_of(form, catalogue.translator("en")) == "YYYY-MM, such as 2026-12 (2000 to 2099)"
    import pickle
    again = pickle.loads(pickle.dumps(error))
    assert catalogue.error_text(again, "en") == catalogue.error_text(error, "en")
