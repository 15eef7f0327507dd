"""业主与住户: who owns or lives in each unit, with contacts and the dates they moved in and out. A
row is known by its unit, name, role and dates (the same person may have lived there before); one
person in several rows (same name and phone, or same name and ID number, or the new phone another
row gives them) is one person, and those rows must agree on the person's identity number."""
from __future__ import annotations

from datetime import date

from ....core import contacts, text as texts
from ....core.errors import CounterError
from ....core.estate_words import OCCUPANT_ROLES, OWNER, TENANT
from ....store.queries.occupants import (add_person, add_stays, change_person, change_stay_dates, stays_for_export,
                                         stays_of_estate)
from ....ledger.estate import pinyin_initials
from .. import cells
from ..spec import ADD, CHANGE, SAME, Column, Context, Identity, Kind, Refused
from .lookups import UNIT_COLUMN, Units, optional, text_of

_ROLE_ALIASES = {"租户": TENANT, "住客": TENANT, "承租人": TENANT, "产权人": OWNER, "房主": OWNER}
_LABELS = {"phone": "手机", "id_number": "证件号码", "start": "入住日期", "end": "迁出日期"}


class Occupants(Kind):
    name = "occupants"
    title = "业主与住户"
    personal = True
    columns = (
        UNIT_COLUMN,
        Column("name", "姓名", text_of(texts.NAME), required=True, aliases=("业主姓名", "名称", "业主", "住户姓名"),
               note="个人姓名或单位名称", example=("张三", "李四")),
        Column("role", "身份", optional(lambda v, what: cells.choice(v, OCCUPANT_ROLES, what, OWNER, _ROLE_ALIASES)),
               aliases=("类别", "业主/住户"), note="业主 或 住户（租户填 住户）；不填为 业主", example=("业主", "住户")),
        Column("phone", "手机", optional(cells.phone), aliases=("电话", "联系电话", "手机号", "手机号码"),
               note="11 位手机号，或带区号的固定电话；一格一个号码", example=("13800138000", "0755-86001234")),
        Column("id_type", "证件类型", optional(cells.document), aliases=("证件种类",),
               note="不填时：14 到 18 位的数字按居民身份证核对；护照等其他证件请写明，如 护照、回乡证、台胞证、其他证件",
               example=("", "护照")),
        Column("id_number", "证件号码", optional(cells.id_text),
               aliases=("身份证号", "身份证号码", "证件号", "身份证"),
               note="居民身份证 18 位（核对校验位）；其他证件 5 到 20 位字母数字", example=("", "E12345678")),
        Column("start", "入住日期", optional(cells.day), aliases=("起始日期", "入伙日期", "迁入日期"),
               note="如 2021-03-01；不能晚于今天", example=("2021-03-01", "2024-07-15"), until_today=True),
        Column("end", "迁出日期", optional(cells.day), aliases=("离开日期", "退租日期", "截止日期"),
               note="已迁出（或已过户）的人填写；不能晚于今天", example=("", ""), until_today=True),
    )
    notes = ("一行一人一户：同一人有两套房就写两行（姓名和手机相同、或姓名和证件号码相同即为同一人，这些行的证件号码须一致；"
             "一行改了手机、另一行用新手机的，也是同一人）。",
             "已登记的人（同一房号、姓名、身份）只更新填写了的手机、证件号码和日期；填了迁出日期即登记迁出。",
             "同一人在同一户先后住过两次写两行，各自的入住、迁出日期不能重叠。")

    def key(self, values):
        return f"{values['unit']}|{values['name']}|{values.get('role') or OWNER}"

    def load(self, estate):
        ctx = _Ctx(Units(estate))
        for oid, unit_id, role, start, end, pid, name, phone, id_number in stays_of_estate(estate):
            ctx.occupancies.setdefault((unit_id, name, role), []).append(_Stay(oid, pid, start, end))
            ctx.people[pid] = (phone, id_number)
            if phone:
                ctx.persons.setdefault((name, phone), pid)
            if id_number:
                ctx.by_id_number.setdefault((name, id_number), pid)
        return ctx

    def resolve(self, values, ctx):
        values["unit_id"] = unit_id = ctx.units.id_of(values["unit"])
        values["role"] = role = values.get("role") or OWNER
        if values.get("id_number"):
            try:
                values["id_number"] = contacts.id_number(values["id_number"], values.get("id_type") or "")
            except CounterError as exc:
                what = ctx.name("id_number", "证件号码")
                raise Refused("id_number", str(exc) if str(exc).startswith(what) else f"{what}：{exc}") from None
        start, end = values.get("start"), values.get("end")
        if start and end and end < start:
            raise Refused("end", f"{ctx.name('end', '迁出日期')} {end} 早于{ctx.name('start', '入住日期')} {start}")
        stays = ctx.occupancies.get((unit_id, values["name"], role), [])
        now = next((s for s in stays if s.end is None), None)
        if end is None:
            values["stay"] = now
        else:
            values["stay"] = next((s for s in stays if s.end == end and (start is None or s.start == start)), None) \
                or (now if now is not None and (start is None or now.start == start) else None)
        phone, name, id_number = values.get("phone"), values["name"], values.get("id_number")
        # One person by their stay here, by name and phone, by name and ID number, or by name and the
        # new phone another row of the file gives them (a phone changed, then a move under it).
        if values["stay"] is not None:
            values["person"] = ("id", values["stay"].person)
            if phone and phone != ctx.people[values["stay"].person][0]:
                ctx.new_phones.setdefault((name, phone), values["stay"].person)
        elif phone and (name, phone) in ctx.persons:
            values["person"] = ("id", ctx.persons[(name, phone)])
        elif id_number and (name, id_number) in ctx.by_id_number:
            values["person"] = ("id", ctx.by_id_number[(name, id_number)])
        elif phone and (name, phone) in ctx.new_phones:
            values["person"] = ("id", ctx.new_phones[(name, phone)])
        elif phone:
            values["person"] = ("new", name, phone)
        else:
            values["person"] = None          # no phone: a person of their own

    def identity(self, values, ctx):
        start, end = values.get("start"), values.get("end")
        span = (start or end, end) if end else (start or date.max, date.max)
        return Identity((values["unit_id"], values["name"], values["role"]),
                        f"{values['unit']} {values['name']} {values['role']}", span, "重复")

    def facts(self, values, ctx):
        ref = values["person"]
        if ref is None:
            return []
        words = f"同一人（{values['name']}，手机 {values.get('phone') or ctx.people[ref[1]][0]}）"
        found = [(ref, words, "id_number", values.get("id_number"))]
        if ref[0] == "id":
            found.append((ref, words, "phone", values.get("phone")))
        return found

    def judge(self, values, ctx):
        stay, ref = values["stay"], values["person"]
        if values.get("id_number") and ref is not None:
            ctx.file_ids.setdefault(ref, values["id_number"])
        change = {}
        if ref is not None and ref[0] == "id":
            phone, id_number = ctx.people[ref[1]]
            for key, before in (("phone", phone), ("id_number", id_number)):
                if values.get(key) and values[key] != before:
                    change[key] = (before, values[key])
        if stay is None:
            past = next((s for s in ctx.occupancies.get((values["unit_id"], values["name"], values["role"]), [])
                         if s.end is not None and values.get("end") is None and s.start == values.get("start")), None)
            if past is not None:
                raise Refused("end", f"{values['name']} 已于 {past.end} 迁出（{past.start or '入住日期未填'} 入住）："
                                     f"如已迁出请填写{ctx.name('end', '迁出日期')}，如又迁入请填写新的{ctx.name('start', '入住日期')}")
            words = "；".join(f"{_LABELS[k]} {a or '（空）'}→{b}" for k, (a, b) in change.items())
            return ADD, "新增" + (f"（{words}）" if words else ""), change
        for key, before in (("start", stay.start), ("end", stay.end)):
            if values.get(key) is not None and values[key] != before:
                change[key] = (before, values[key])
        if not change:
            return SAME, "", {}
        return CHANGE, "；".join(f"{_LABELS[k]} {a or '（空）'}→{b}" for k, (a, b) in change.items()), change

    def apply(self, actor, rows, ctx, tick):
        stays, made = [], {}
        for row in rows:        # a new phone given a known person on a later row: that person, not a new one
            if row.values["person"] and row.values["person"][0] == "id" and "phone" in row.change:
                made.setdefault(("new", row.values["name"], row.change["phone"][1]), row.values["person"][1])
        for row in rows:
            v, ref = row.values, row.values["person"]
            person = {k: b for k, (_, b) in row.change.items() if k in ("phone", "id_number")}
            if "phone" in person:
                person["phone_rev"] = person["phone"][::-1]
            if ref is not None and ref[0] == "id":
                pid = ref[1]
                if person:
                    change_person(pid, person)
            elif ref is not None and ref in made:
                pid = made[ref]
            else:
                phone = v.get("phone") or ""
                pid = add_person(dict(name=v["name"], initials=pinyin_initials(v["name"]), phone=phone,
                                      phone_rev=phone[::-1], id_number=ctx.file_ids.get(ref, "")
                                      if ref is not None else v.get("id_number") or ""))
                if ref is not None:
                    made[ref] = pid
            if row.action == ADD:
                stays.append(dict(unit=v["unit_id"], person=pid, role=v["role"], start_date=v.get("start"),
                                  end_date=v.get("end")))
            else:
                dates = {f"{k}_date": b for k, (_, b) in row.change.items() if k in ("start", "end")}
                if dates:
                    change_stay_dates(v["stay"].id, dates)
            tick(1)
        add_stays(stays)

    def export(self, actor, estate):
        return [[code, name, role, phone or None,
                 "其他证件" if id_number and not contacts.is_resident_id(id_number) else None,
                 id_number or None, start, end]
                for code, name, role, phone, id_number, start, end in stays_for_export(estate)]


class _Stay:
    __slots__ = ("id", "person", "start", "end")

    def __init__(self, oid: int, person: int, start: date | None, end: date | None):
        self.id, self.person, self.start, self.end = oid, person, start, end


class _Ctx(Context):
    def __init__(self, units: Units):
        self.units = units
        self.occupancies: dict[tuple, list[_Stay]] = {}
        self.people: dict[int, tuple[str, str]] = {}          # person id -> (phone, id number)
        self.persons: dict[tuple[str, str], int] = {}          # (name, phone) -> person id
        self.by_id_number: dict[tuple[str, str], int] = {}     # (name, ID number) -> person id
        self.new_phones: dict[tuple[str, str], int] = {}       # (name, phone the file gives them) -> person id
        self.file_ids: dict = {}                              # a person of the file -> the id number its rows give
