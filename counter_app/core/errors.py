"""Typed errors: what was refused and with which values, never the words.

An error carries a template written in Simplified Chinese (the source language and the key into
the translation catalogue) and its parameters. Words are chosen at the edge (window, CLI) by
`words(exc, translate)`; `str(exc)` is the Simplified Chinese sentence, for logs and tests.

    raise NotFound("没有单元 {unit}", unit=code)

A parameter is shown as is (a unit code, an amount already formatted, a name), except a `Word`
(a fixed word of the program, translated like the template), `Words` (several, listed) and a
nested error (its own words).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from string import Formatter

Translate = Callable[[str], str]


class Word(str):
    """A fixed word of the program passed as a parameter; translated at the edge too. It may have
    values of its own (`Word("{first} 到 {last} 年", first=1950, last=2100)`), filled in after."""

    params: dict = {}

    def __new__(cls, text: str, /, **params):
        word = super().__new__(cls, text)
        if params:
            word.params = params
        return word


class Finding(Word):
    """A sentence about what a check found (a row changed behind the program, a number missing):
    typed like an error (template and values) but not raised. It reads as its Simplified Chinese
    sentence, filled in (logs, tests, `in`); the edge words it with `text_of(finding, translate)`."""

    def __new__(cls, template: str, /, **params):
        finding = str.__new__(cls, _fill(template, {k: _value(v, _same) for k, v in params.items()}))
        finding.template, finding.params = template, params
        return finding

    def __reduce__(self):  # a worker process can hand it back whole
        return (_finding, (type(self), self.template, self.params))


def first_of(findings, shown: int) -> list:
    """The first `shown` findings, and then how many more there are when some are left out: a list
    cut short says so, or a reader takes twenty problems for all of them."""
    findings = list(findings)
    more = len(findings) - shown
    return findings[:shown] + ([Finding("…… 另有 {more} 处", more=more)] if more > 0 else [])


class Words(tuple):
    """Fixed words of the program listed in one parameter (the kinds a value may be): each is
    translated, and they are joined by the language's list separator (SEPARATOR translated)."""

    SEPARATOR = "、"


class Clauses(Words):
    """Parts of one sentence listed (figures, counts: "新增 3，修改 1"), joined by "，" translated."""

    SEPARATOR = "，"


class Sentences(Words):
    """Findings listed in one parameter (each worded whole), joined by "；" translated."""

    SEPARATOR = "；"


class CounterError(Exception):
    """A refused operation. Nothing was changed."""

    template = "操作没有完成"

    def __init__(self, template: str | None = None, /, **params):
        if template is not None:
            self.template = template
        self.params: dict = params
        super().__init__(self.template)

    def __str__(self) -> str:
        return words(self, _same)

    def __reduce__(self):  # a worker process can hand the error back whole
        return (_rebuild, (type(self), self.template, self.params))


class Invalid(CounterError):
    """A value typed or read is not acceptable (a date, an amount, a code, a file's cell)."""


class NotFound(CounterError):
    """What was asked for does not exist (a unit, a receipt, a user)."""


class PermissionDenied(CounterError):
    """The signed-in user's role may not do this."""


class Refused(CounterError):
    """The ledger's state forbids it (a closed day, a voided receipt, an open shift)."""


class Conflict(CounterError):
    """Someone else changed it meanwhile; refresh and try again."""


class Unavailable(CounterError):
    """A device, file or server needed for this cannot be reached now."""


def words(error: BaseException, translate: Translate) -> str:
    """The error's sentence in the language `translate` gives; the source text if it fails."""
    if not isinstance(error, CounterError):
        return str(error)
    values = {key: _value(value, translate) for key, value in error.params.items()}
    for template in (translate(error.template), error.template):
        try:
            return _fill(template, values)
        except (KeyError, IndexError, ValueError, AttributeError):
            continue
    return error.template


def text_of(value, translate: Translate) -> str:
    """A parameter on its own (a Word, maybe with values, or an error) in the language `translate`
    gives: for what the edge says that is not an error raised (a note beside one)."""
    return str(_value(value, translate))


def fields_of(template: str) -> set[str]:
    """The parameter names a template uses (a translation must use the same)."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in Formatter().parse(template)
            if name is not None and name != ""}


def _value(value, translate: Translate):
    if isinstance(value, CounterError):
        return words(value, translate)
    if isinstance(value, Word):
        source = value.template if isinstance(value, Finding) else str(value)
        if not value.params:
            return translate(source)
        values = {key: _value(param, translate) for key, param in value.params.items()}
        for text in (translate(source), source):
            try:
                return _fill(text, values)
            except (KeyError, IndexError, ValueError, AttributeError):
                continue
        return str(value)
    if isinstance(value, Words):
        return translate(type(value).SEPARATOR).join(
            str(_value(word, translate)) if isinstance(word, Word) else translate(word) for word in value)
    return value


def _fill(template: str, values: Mapping) -> str:
    return template.format_map(values) if values or "{" in template else template


def _same(text: str) -> str:
    return text


def _finding(kind, template, params):
    return kind(template, **params)


def _rebuild(kind, template, params):
    error = kind.__new__(kind)
    CounterError.__init__(error, template, **params)
    return error
