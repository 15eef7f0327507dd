"""The command line's values, read once where argparse reads them: a value that does not fit is
refused in one line naming the option and the form it takes (exit status 2), before anything is
opened. Each reader turns the program's own refusal (CounterError) into argparse's."""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

from .core.anchors import parse_anchor
from .core.closeout import parse_count
from .core.discounts import parse_off
from .core.errors import CounterError, Invalid, NotFound, Word
from .core.money import parse_scaled, parse_yuan
from .core.periods import FIRST_YEAR, LAST_YEAR, Month, check_year
from .core.tenders import METHODS, Tender
from .documents.templates import LAYOUTS
from .store.server_urls import is_server_url

MAX_IDS = 500


# argparse's own refusals (its Python 3.11 wording, already filled in when error() is called): read
# back into their values and said in the command line's language like any refusal. A message that
# matches none (a reader's refusal, already worded) is shown as it is.
_ARGPARSE = {r"argument (?P<argument>.+?): (?P<message>.+)": "参数 {argument}：{message}",
             r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)": "无效的选择：{value}（可选：{choices}）",
             r"the following arguments are required: (?P<names>.+)": "缺少必需的参数：{names}",
             r"unrecognized arguments: (?P<names>.+)": "无法识别的参数：{names}",
             r"one of the arguments (?P<names>.+) is required": "必须给出参数 {names} 之一",
             r"not allowed with argument (?P<other>.+)": "不能与参数 {other} 同时使用",
             r"ambiguous option: (?P<option>.+) could match (?P<matches>.+)": "选项 {option} 不明确，可能是：{matches}",
             r"invalid (?P<kind>\S+) value: (?P<value>.+)": "{kind} 值无效：{value}",
             r"expected one argument": "需要一个值",
             r"expected at least one argument": "至少需要一个值",
             r"expected at most one argument": "最多只能有一个值",
             r"ignored explicit argument (?P<value>.+)": "多余的值：{value}"}


def argparse_words(message: str) -> str:
    """One of argparse's refusals in the command line's language (counter_app/catalogue.py)."""
    for pattern, template in _ARGPARSE.items():
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found:
            values = found.groupdict()
            if "message" in values:           # "argument --x: <its own refusal>"
                values["message"] = argparse_words(values["message"])
            # why: the catalogue is read only when a command line is refused
            from .catalogue import translator
            from .core.errors import text_of
            return text_of(Word(template, **values), translator())
    return message


class Parser(argparse.ArgumentParser):
    """argparse, with a refusal in one line (no usage block): `counter-app owed: --date: …`, in
    the command line's language."""

    def error(self, message: str):
        print(f"{self.prog}: {argparse_words(message)}", file=sys.stderr)
        raise SystemExit(2)


class IntermixedParser(Parser):
    """A sub-command whose optional positional may follow its options
    (`receipt verify --public-key office.pem "CA1|…"`): plain argparse gives the positional its
    empty value at the first option and then refuses the text after it."""
    _inside = False

    def parse_known_args(self, args=None, namespace=None):
        if self._inside:               # parse_known_intermixed_args calls back here
            return super().parse_known_args(args, namespace)
        self._inside = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inside = False


def intermixed(parser: Parser) -> Parser:
    """`parser` (made by add_parser) reading its positionals wherever they stand."""
    parser.__class__ = IntermixedParser
    return parser


def _reader(form: str, **params):
    """Make a reader whose refusal says the expected form; `form` (a template of `params`) is shown
    to the user, like the refusal, in the command line's language (counter_app/catalogue.py)."""
    def wrap(fn):
        def read(text: str):
            try:
                return fn(text)
            except (CounterError, ValueError, OSError) as exc:     # OSError: a path the system cannot take
                detail = exc if isinstance(exc, CounterError) else exc.strerror if isinstance(exc, OSError) else ""
                shown, expected = _shown(text), Word(form, **params)
                refusal = (Invalid("“{value}”不可用，应写成 {form}（{detail}）", value=shown, form=expected, detail=detail)
                           if detail else Invalid("“{value}”不可用，应写成 {form}", value=shown, form=expected))
                raise argparse.ArgumentTypeError(_words(refusal)) from None
        read.__name__ = fn.__name__
        return read
    return wrap


def _words(error: CounterError) -> str:
    # why: the catalogue is read only when a value is refused
    from .catalogue import error_text
    return error_text(error)


def _shown(text: str) -> str:
    """A refused value as it may be printed: control characters made visible, length bounded."""
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in str(text))
    return text if len(text) <= 40 else text[:40] + "…"


@_reader("YYYY-MM-DD，如 2026-12-02（{first} 到 {last} 年）", first=FIRST_YEAR, last=LAST_YEAR)
def day(text: str) -> date:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip()):
        raise ValueError(text)
    check_year(int(text.strip()[:4]))
    return date.fromisoformat(text.strip())        # refuses 2026-13-01 and 2026-02-30


@_reader("YYYY-MM，如 2026-12（{first} 到 {last} 年）", first=FIRST_YEAR, last=LAST_YEAR)
def month(text: str) -> str:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}", text.strip()):
        raise ValueError(text)
    return str(Month.parse(text.strip()))


@_reader("金额（元），如 1234.50")
def yuan(text: str) -> int:
    return parse_yuan(text)


@_reader("大于零的金额（元），如 1234.50")
def positive_yuan(text: str) -> int:
    return parse_yuan(text, allow_zero=False)


@_reader("减几成，如 20%（减 20%）或 8折")
def percent_off(text: str) -> int:
    return parse_off(text)


@_reader("以逗号分隔的费用编号，如 101,102")
def ids(text: str) -> list[int]:
    parts = [p.strip() for p in text.split(",")]
    if not parts or len(parts) > MAX_IDS or not all(re.fullmatch(r"[1-9][0-9]{0,17}", p) for p in parts):
        raise ValueError(text)
    return [int(p) for p in parts]


@_reader("1 到 120 的月数")
def months(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,3}", text.strip()) or not 1 <= int(text) <= 120:
        raise ValueError(text)
    return int(text)


@_reader("on 或 off")
def on_off(text: str) -> bool:
    """on / off (开 / 关)."""
    value = (text or "").strip().lower()
    if value in ("on", "开", "1", "yes"):
        return True
    if value in ("off", "关", "0", "no"):
        return False
    raise ValueError(text)


@_reader("正整数")
def positive_int(text: str) -> int:
    if not re.fullmatch(r"[1-9][0-9]{0,8}", text.strip()):
        raise ValueError(text)
    return int(text)


@_reader("字母和数字组成的字轨，如 A 或 SJ-2026")
def form_series(text: str) -> str:
    from .core.books import series_of   # why: start-up: kept out of the command line's start
    return series_of(text)


@_reader("表单号（数字，可带前导零），如 0000101")
def form_number(text: str) -> str:
    """Kept as typed: its leading zeros say how many digits the paper prints."""
    from .core.books import number_of   # why: start-up: kept out of the command line's start
    number_of(text)
    return text.strip()


@_reader("0 到 999 的整数")
def count_int(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,3}", text.strip()):
        raise ValueError(text)
    return int(text)


@_reader("项目:月数，如 WYF:6")
def advance(text: str) -> tuple[str, int]:
    item, sep, number = text.partition(":")
    if not sep or not item.strip() or not re.fullmatch(r"[0-9]{1,3}", number.strip()) \
            or not 1 <= int(number) <= 120:
        raise ValueError(text)
    return item.strip(), int(number)


@_reader("阶梯上限:单价，如 18:2.90；最后一档不设上限写成 :6.70")
def tier(text: str) -> tuple[str | None, str]:
    upto, sep, rate = text.strip().partition(":")
    if not sep or not rate.strip():
        raise ValueError(text)
    parse_scaled(rate, 4, "阶梯单价")
    if upto.strip():
        parse_scaled(upto, 2, "阶梯上限")
    return (upto.strip() or None, rate.strip())


@_reader("项目[:金额[:说明]]，如 ZXYJ:2000:装修押金")
def adhoc(text: str) -> tuple[str, int | None, str]:
    item, _, rest = text.partition(":")
    amount, _, note = rest.partition(":")
    if not item.strip():
        raise ValueError(text)
    return item.strip(), parse_yuan(amount, allow_zero=False) if amount.strip() else None, note


@_reader("方式:金额[:参考号]，方式为 {methods}", methods=", ".join(METHODS))
def tender(text: str) -> Tender:
    method, sep, rest = text.partition(":")
    amount, _, reference = rest.partition(":")
    if not sep or method.strip().lower() not in METHODS:
        raise ValueError(text)
    return Tender(method.strip().lower(), parse_yuan(amount, allow_zero=False), reference)


@_reader("退款方式[:参考号]，方式为 {methods}", methods=", ".join(m for m in METHODS if m != "prepaid"))
def refund_tender(text: str) -> tuple[str, str]:
    method, _, reference = text.partition(":")
    if method.strip().lower() not in METHODS or method.strip().lower() == "prepaid":
        raise ValueError(text)
    return method.strip().lower(), reference


@_reader("收据行号[:金额]，以逗号分隔，如 12:50.00,13（不写金额即退该行余额）")
def refund_lines(text: str) -> dict[int, int | None]:
    out: dict[int, int | None] = {}
    for part in [p.strip() for p in text.split(",")]:
        line, _, amount = part.partition(":")
        if not re.fullmatch(r"[1-9][0-9]{0,17}", line) or int(line) in out:
            raise ValueError(text)
        out[int(line)] = parse_yuan(amount, allow_zero=False) if amount.strip() else None
    if not out or len(out) > MAX_IDS:
        raise ValueError(text)
    return out


@_reader("面额x张数，以逗号分隔，如 100x12,50x3,0.1x4")
def drawer_count(text: str) -> dict[int, int]:
    if not text.strip():             # a count says what was counted: 100x0 for none
        raise ValueError(text)
    return parse_count(text)


@_reader("收据版式之一：{layouts}", layouts=", ".join(LAYOUTS))
def layout(text: str) -> str:
    if text.strip().lower() not in LAYOUTS:
        raise ValueError(text)
    return text.strip().lower()


def _plain(text: str) -> str:
    """A path as typed: never empty (that would be the current folder, unasked), never a name with
    control or bidirectional characters (\u202etxt.exe reads backwards)."""
    if not text.strip() or any(unicodedata.category(c).startswith("C") for c in text):
        raise ValueError(text)
    return text


@_reader("文件或文件夹的路径（不能为空，不能含控制字符）")
def out_path(text: str) -> str:
    return _plain(text)


@_reader("要写的文件的路径（所在的文件夹须已存在）")
def out_file(text: str) -> str:
    """A file to write: not a folder, in a folder that is there."""
    path = Path(_plain(text))
    if path.is_dir():
        raise Invalid("这是一个文件夹，请写文件名")
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise NotFound("文件夹 {folder} 不存在", folder=str(path.parent))
    return text


@_reader("要写入的文件夹的路径（可以是新文件夹，但它的上一级须已存在）")
def out_folder(text: str) -> str:
    """A folder to write files into: not a file; made if missing, but only its last part."""
    path = Path(_plain(text))
    if path.exists() and not path.is_dir():
        raise Invalid("已有同名的文件，请写文件夹")
    if not path.exists() and not path.parent.is_dir():
        raise NotFound("文件夹 {folder} 不存在", folder=str(path.parent))
    return text


@_reader("楼层，-9 到 999 的整数")
def floor(text: str) -> int:
    if not re.fullmatch(r"-?[0-9]{1,3}", text.strip()) or not -9 <= int(text) <= 999:
        raise ValueError(text)
    return int(text)


@_reader("8 到 64 个字母、数字或 _ . : -（以字母或数字开头），如 counter-app 打印的请求编号")
def request_id(text: str) -> str:
    from .services.counter.request_ids import checked   # why: start-up: kept out of the command line's start
    return checked(text.strip())


@_reader("数据库文件的路径，或服务器地址 postgresql://用户@服务器/数据库")
def database(text: str) -> str:
    """--db, read one way for every command: a `postgresql://` URL is the office's server, anything
    else a file on this PC. What looks like an address but is none (postgresql:/host, mysql://…) is
    refused rather than taken for a folder named after it."""
    text = text.strip()
    if not text or any(unicodedata.category(c).startswith("C") for c in text):
        raise ValueError(text)
    if is_server_url(text):
        # why: the server's driver is loaded only for a server address, never for a file
        from psycopg.conninfo import conninfo_to_dict
        try:
            conninfo_to_dict(text)
        except Exception:
            raise Invalid("服务器地址写得不对") from None
        return text
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]+:", text):       # a scheme of one letter is a Windows drive
        raise Invalid("不是数据库文件的路径，也不是 postgresql:// 开头的服务器地址")
    return text
@_reader("行号:哈希，如 1234:3F2A9C0B1D4E（交班或日结报表上的审计链头）")
def anchor(text: str) -> tuple[int, str]:
    return parse_anchor(text)
