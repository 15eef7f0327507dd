"""业主与住户: who owns or lives in each unit, with contacts and the date they moved in. A row is
known by its unit, name and role; one person in several units (same name and phone) is one person."""
from __future__ import annotations

from ....core import text as texts
from ....store.bulk import insert_row, insert_rows
from ....store.models import Occupant, Person, Unit
from ...admin.estate import pinyin_initials
from .. import cells
from ..spec import ADD, CHANGE, SAME, Column, Kind
from .lookups import UNIT_COLUMN, Units, optional, text_of

ROLES = ("业主", "住户")
_ROLE_ALIASES = {"租户": "住户", "住客": "住户", "承租人": "住户", "产权人": "业主", "房主": "业主"}


class Occupants(Kind):
    name = "occupants"
    title = "业主与住户"
    personal = True
    columns = (
        UNIT_COLUMN,
        Column("name", "姓名", text_of("姓名", texts.NAME), required=True, aliases=("业主姓名", "名称", "业主"),
               note="个人姓名或单位名称", example=("张三", "李四")),
        Column("role", "身份", optional(lambda v: cells.choice(v, ROLES, "身份", "业主", _ROLE_ALIASES)),
               aliases=("类别", "业主/住户"), note="业主 或 住户（租户填 住户）；不填为 业主", example=("业主", "住户")),
        Column("phone", "手机", optional(cells.phone), aliases=("电话", "联系电话", "手机号", "手机号码"),
               note="11 位手机号，或带区号的固定电话；一格一个号码", example=("13800138000", "0755-86001234")),
        Column("id_number", "证件号码", optional(cells.id_number), aliases=("身份证号", "身份证号码", "证件号"),
               note="身份证 18 位（核对校验位）；护照等 5 到 20 位字母数字", example=("", "")),
        Column("start", "入住日期", optional(cells.day), aliases=("起始日期", "入伙日期", "迁入日期"),
               note="如 2021-03-01", example=("2021-03-01", "2024-07-15")),
    )
    notes = ("一行一人一户：同一人有两套房就写两行（姓名和手机相同即为同一人）。",
             "已登记的人（同一房号、姓名、身份）只更新填写了的手机、证件号码和入住日期。")

    def key(self, values):
        return f"{values['unit']}|{values['name']}|{values.get('role') or '业主'}"

    def load(self, estate):
        ctx = _Ctx(Units(estate))
        query = (Occupant.select(Occupant.id, Occupant.unit, Occupant.role, Occupant.start_date, Person.id,
                                 Person.name, Person.phone, Person.id_number)
                 .join(Person).switch(Occupant).join(Unit)
                 .where((Unit.estate == estate) & Occupant.end_date.is_null(True)).tuples())
        for oid, unit_id, role, start, pid, name, phone, id_number in query:
            ctx.occupants[(unit_id, name, role)] = (oid, pid, phone, id_number, start)
            if phone:
                ctx.persons[(name, phone)] = pid
        return ctx

    def judge(self, values, ctx):
        unit_id = ctx.units.id_of(values["unit"])
        role = values.get("role") or "业主"
        found = ctx.occupants.get((unit_id, values["name"], role))
        if found is None:
            return ADD, "新增", {}
        _, _, phone, id_number, start = found
        change = {}
        for key, before in (("phone", phone), ("id_number", id_number), ("start", start)):
            if values.get(key) is not None and values[key] != before:
                change[key] = (before, values[key])
        if not change:
            return SAME, "", {}
        labels = {"phone": "手机", "id_number": "证件号码", "start": "入住日期"}
        return CHANGE, "；".join(f"{labels[k]} {a or '（空）'}→{b}" for k, (a, b) in change.items()), change

    def apply(self, actor, rows, ctx, tick):
        occupants = []
        for row in rows:
            v = row.values
            unit_id = ctx.units.ids[v["unit"]]
            role = v.get("role") or "业主"
            if row.action == ADD:
                phone = v.get("phone") or ""
                person_id = ctx.persons.get((v["name"], phone)) if phone else None
                if person_id is None:
                    person_id = insert_row(Person, dict(name=v["name"], initials=pinyin_initials(v["name"]),
                                                        phone=phone, phone_rev=phone[::-1],
                                                        id_number=v.get("id_number") or ""))
                    if phone:
                        ctx.persons[(v["name"], phone)] = person_id
                occupants.append(dict(unit=unit_id, person=person_id, role=role, start_date=v.get("start"),
                                      end_date=None))
            elif row.action == CHANGE:
                oid, pid, *_ = ctx.occupants[(unit_id, v["name"], role)]
                person = {k: b for k, (_, b) in row.change.items() if k in ("phone", "id_number")}
                if "phone" in person:
                    person["phone_rev"] = person["phone"][::-1]
                if person:
                    Person.update(person).where(Person.id == pid).execute()
                if "start" in row.change:
                    Occupant.update(start_date=row.change["start"][1]).where(Occupant.id == oid).execute()
            tick(1)
        insert_rows(Occupant, occupants)

    def export(self, actor, estate):
        query = (Occupant.select(Unit.code, Person.name, Occupant.role, Person.phone, Person.id_number,
                                 Occupant.start_date)
                 .join(Person).switch(Occupant).join(Unit)
                 .where((Unit.estate == estate) & Occupant.end_date.is_null(True)).order_by(Occupant.id).tuples())
        return [[code, name, role, phone or None, id_number or None, start]
                for code, name, role, phone, id_number, start in query]


class _Ctx:
    def __init__(self, units: Units):
        self.units = units
        self.occupants: dict[tuple, tuple] = {}
        self.persons: dict[tuple[str, str], int] = {}
