"""The estate's lookups every use case shares: the estate the actor works in, a building, a unit
or a fee item by what was typed; how far an item is billed and the standard a rate change would
make; the settings' checks. The queries are store/queries/estate.py's."""
from __future__ import annotations

import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..core import text
from ..core.errors import Invalid, NotFound, Refused, Word
from ..store.convert import stored_date
from ..store.queries import estate as queries
from .context import Actor


def pinyin_initials(text: str) -> str:
    from pypinyin import Style, lazy_pinyin   # why: start-up: kept out of the window's start; loaded on first use: it is large
    return "".join(p[0] for p in lazy_pinyin(text, style=Style.FIRST_LETTER) if p).lower()


def normalise_plate(plate: str) -> str:
    return re.sub(r"[\s·.\-]", "", plate or "").upper()


def compact_code(code: str) -> str:
    return re.sub(r"\D", "", code)


def estate_of(actor: Actor):
    """The estate the actor works in (its row): the one signed in to; where the database holds a
    single estate, that one. Several estates and none chosen is refused, never guessed."""
    if actor.estate_id is not None:
        estate = queries.estate_by_id(actor.estate_id)
        if estate is None:
            raise missing_estate(actor.estate_id)
        return estate
    found = queries.first_estates(2)
    if not found:
        raise NotFound("数据库中还没有小区资料")
    if len(found) > 1:
        raise Refused("此数据库中有多个小区，请在登录时选择小区")
    return found[0]


def missing_estate(estate_id: int) -> NotFound:
    """What an actor signed in to an estate since removed is told."""
    return NotFound("没有编号为 {estate} 的小区", estate=estate_id)


def estate_id_of(actor: Actor) -> int:
    return actor.estate_id if actor.estate_id is not None else estate_of(actor).id


def find_building(actor: Actor, code: str):
    actor.require("unit.view")
    building = queries.building_by_code(estate_id_of(actor), (code or "").strip())
    if building is None:
        raise NotFound("没有楼栋 {code}", code=code)
    return building


def building_codes(actor: Actor) -> list[str]:
    """The estate's buildings by number (what a screen offers to choose from)."""
    actor.require("unit.view")
    return queries.building_codes(estate_id_of(actor))


def find_unit(actor: Actor, code: str):
    """By its number (3-2-501, or 32501 when that is unambiguous) in the actor's estate, with its
    building and estate read in the same query (every caller wants the estate's time zone). Asked
    on every payment and preview: the query is built once (store.db.models_of)."""
    actor.require("unit.view")
    text = (code or "").strip()
    estate_id = estate_id_of(actor)
    found = queries.units_by_code(estate_id, text)
    if not found and text.isdigit():
        matches = queries.units_by_compact_code(estate_id, text)
        found = matches if len(matches) == 1 else []
    if not found:
        raise NotFound("没有房号 {code}", code=code)
    return found[0]


def find_item(actor: Actor, code_or_name: str):
    actor.require("charge.view")
    text = (code_or_name or "").strip()
    item = queries.item_by_code_or_name(estate_id_of(actor), text.upper(), text, text.lower())
    if item is None:
        raise NotFound("没有收费项目 {item}", item=code_or_name)
    return item


def candidate_standard(item, effective_from: date, rate: str, *, rounding_unit=None,
                       rounding_scope=None, vacancy_percent=None, tiers: list[tuple[str | None, str]] = (),
                       basis="") -> tuple:
    """A new standard as core would use it (a core.fees.Standard), checked, with its tiers as stored
    ([[upto, rate], ...]).
    Tiers (阶梯, for metered items) rise strictly, and only the last may be open-ended. Rounding
    and the vacancy share not given are the standard's before it: a rate change does not quietly
    change them too."""
    from ..core import fees   # why: fee arithmetic is not needed to sign in; loaded when a standard is made
    from ..core.money import parse_scaled   # why: as fees, a standard's parsing only
    before = queries.standard_before(item, effective_from)
    rounding_unit = rounding_unit if rounding_unit is not None else (before.rounding_unit if before else 1)
    rounding_scope = rounding_scope if rounding_scope is not None else (before.rounding_scope if before else "month")
    vacancy_percent = vacancy_percent if vacancy_percent is not None else (before.vacancy_percent if before else 100)
    rate_e4 = parse_scaled(rate, 4, "单价")
    tier_rows = [[None if upto in (None, "") else parse_scaled(upto, 2, "阶梯上限"), parse_scaled(r, 4, "阶梯单价")]
                 for upto, r in tiers]
    if tier_rows:
        if item.kind != "metered":
            raise Invalid("{item} 不是抄表计量的项目，不能设阶梯价", item=item.name)
        bounds = [upto for upto, _ in tier_rows]
        if None in bounds[:-1] or any(b is not None and b <= 0 for b in bounds) or \
                any(a >= b for a, b in zip(bounds, bounds[1:]) if b is not None):
            raise Invalid("阶梯上限应从小到大、大于零，只有最后一档可以不设上限（写成 :单价）")
    std = fees.Standard(kind=item.kind, rate_e4=rate_e4, rounding_unit=rounding_unit, rounding_scope=rounding_scope,
                        vacancy_percent=vacancy_percent, effective_from=effective_from,
                        tiers=tuple(fees.Tier(upto, r) for upto, r in tier_rows), basis=basis, item_name=item.name)
    return std, tier_rows


def billed_through(item) -> date | None:
    """The last day of the periods a billing run has billed of the item (runs taken back aside):
    read from the latest run's month on, a bounded range of the (item, period_end) index, never
    the item's years of charges."""
    from ..core.periods import Month   # why: periods are not needed to sign in
    latest = queries.latest_billed_month(item.estate_id)
    if latest is None:
        return None
    through = queries.last_billed_period_end(item, Month.parse(latest).first_day())
    return stored_date(through) if through is not None else None


def check_effective_from(item, effective_from: date) -> None:
    """A standard takes effect after what is billed: billed periods keep the charges they have, and
    a standard dated inside them would explain those charges wrongly."""
    through = billed_through(item)
    if through is not None and effective_from <= through:
        first = through + timedelta(days=1)
        raise Refused("{item} 已计费到 {through}，新标准最早从 {first} 起生效；"
                      "要改已计费月份的金额，请先在 管理 → 计费 撤销那次计费", item=item.name, through=through, first=first)


NUMBER_FORMATS = {"receipt_format": "收据", "deduction_format": "扣费单", "refund_format": "退款单"}
SETTING_FIELDS = {"name", "company", "receipt_title", "timezone", "address", "phone", "receipt_format",
                  "deduction_format", "refund_format", "waiver_limit_fen", "cash_rounding",
                  "blind_count"}


def check_timezone(name: str) -> str:
    """An IANA time zone the business date is taken in (Asia/Shanghai); anything else refused."""
    try:
        ZoneInfo(str(name or ""))
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid("未知的时区“{zone}”，应写成如 Asia/Shanghai", zone=name) from None
    return str(name)


def checked_settings(changes: dict, current: dict | None = None) -> dict:
    """Estate settings as they may be saved: known fields, text cleaned, number formats valid and
    distinct (from each other and, with `current`, from the formats not changed), the waiver limit
    a whole amount, the time zone a real one. The one check for the first run and the settings."""
    from ..core import formats, rounding   # why: the settings' checks are not needed to sign in
    changes = dict(changes)
    unknown = set(changes) - SETTING_FIELDS
    if unknown:
        raise Invalid("未知的设置：{names}", names=", ".join(sorted(unknown)))
    for key, what in (("name", "小区名称"), ("company", "物业公司名称"), ("receipt_title", "收据标题"),
                      ("address", "地址"), ("phone", "电话")):
        if key in changes:
            changes[key] = text.clean(changes[key], what, text.NAME if key in ("phone",) else text.TEXT)
            if key in ("name", "company", "receipt_title") and not changes[key]:
                raise Invalid("{what}不能为空", what=Word(what))
    if "waiver_limit_fen" in changes and (not isinstance(changes["waiver_limit_fen"], int)
                                          or isinstance(changes["waiver_limit_fen"], bool)
                                          or changes["waiver_limit_fen"] < 0):
        raise Invalid("减免限额必须是不小于零的整数（分）")
    if "timezone" in changes:
        changes["timezone"] = check_timezone(changes["timezone"])
    if "blind_count" in changes and not isinstance(changes["blind_count"], bool):
        raise Invalid("盲点设置只能是开或关")
    if "cash_rounding" in changes:
        changes["cash_rounding"] = rounding.check_rule(changes["cash_rounding"])
    for key, what in NUMBER_FORMATS.items():
        if key in changes:
            formats.check_number_format(changes[key], what)
    merged = {**(current or {}), **changes}
    formats.check_distinct({what: merged[key] for key, what in NUMBER_FORMATS.items() if key in merged})
    return changes


def estates() -> list[tuple[int, str]]:
    """(id, name) of the database's estates, for the sign-in screen's choice."""
    return queries.estate_names()


def estate_named(text: str) -> int:
    """An estate's id from its number or its name, as typed on the command line."""
    text = (text or "").strip()
    for estate_id, name in estates():
        if text in (str(estate_id), name):
            return estate_id
    raise NotFound("没有小区“{estate}”", estate=text)
