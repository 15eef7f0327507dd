"""What several kinds look up in the estate: its units by number, its fee items by code or name,
and the refusal that names what is missing (the building, or the unit in it); and the columns
every kind names a unit with, under the same headers: 房号 written whole (3-2-501, 3栋2单元501),
or 楼栋, 单元 and 房号 in columns of their own."""
from __future__ import annotations

from ....core import numerals
from ....store.queries.charges import estate_items
from ....store.queries.units import building_ids_by_code, ids_of_codes
from .. import cells
from ..spec import Column, Refused, empty


def unit_ids(estate) -> dict[str, int]:
    return ids_of_codes(estate)


def unit_codes(estate) -> dict[int, str]:
    return {i: c for c, i in unit_ids(estate).items()}


def building_codes(estate) -> set[str]:
    return set(building_ids_by_code(estate))


def buildings_as_kept(estate) -> dict[str, str]:
    """Buildings an earlier import kept as written in Chinese numerals (三), by the number a file's
    三栋 or 3 now reads as, where the estate has no building of that number: an upgraded ledger's
    三-1-101 is still found, and no building 3 is added beside 三. Two such (三 and 叁) are no alias."""
    codes = building_codes(estate)
    found: dict[str, list[str]] = {}
    for code in codes:
        n = numerals.small_number(code)
        if n is not None and str(n) not in codes:
            found.setdefault(str(n), []).append(code)
    return {number: kept[0] for number, kept in found.items() if len(kept) == 1}


class Units:
    """Unit numbers of the estate, and the refusal for one it does not have."""

    def __init__(self, estate):
        self.ids = unit_ids(estate)
        self.buildings = building_codes(estate)
        self._codes: dict[int, str] | None = None

    def code_of(self, unit_id: int | None, missing: str = "") -> str:
        """The number of a unit by its id (for messages)."""
        if self._codes is None:
            self._codes = {i: c for c, i in self.ids.items()}
        return self._codes.get(unit_id, missing)

    def id_of(self, code: str, column: str = "unit") -> int:
        found = self.ids.get(code)
        if found is None:
            building = code.split("-", 1)[0]
            if building not in self.buildings:
                raise Refused(column, f"没有楼栋 {building}（房号 {code}）：请先导入楼栋与房屋")
            raise Refused(column, f"没有房号 {code}：请先导入楼栋与房屋")
        return found


class Items:
    def __init__(self, estate):
        self.by_id = {i.id: i for i in estate_items(estate)}
        self.by_name = {}
        for item in self.by_id.values():
            self.by_name[item.code.upper()] = item
            self.by_name.setdefault(item.name, item)

    def find(self, text: str, column: str, *, kind: str | None = None, deposit: bool | None = None):
        item = self.by_name.get(text.upper()) or self.by_name.get(text)
        if item is None:
            raise Refused(column, f"没有收费项目“{text}”（可填项目编号或名称，如 WYF 或 物业服务费）")
        if kind and item.kind != kind:
            raise Refused(column, f"{item.name} 不是抄表计量的项目")
        if deposit is not None and item.is_deposit != deposit:
            raise Refused(column, f"{item.name} {'不是押金项目' if deposit else '是押金项目，请用押金表导入'}")
        return item


def optional(reader):
    """A reader for a column that may be left empty (None then)."""
    def read(value, what):
        if empty(value) or (isinstance(value, tuple) and all(empty(v) for v in value)):
            return None
        return reader(value, what)
    return read


def text_of(limit: int):
    return lambda v, what: cells.text(v, what, limit)


UNIT_NAMES = ("房屋编号", "房屋", "户号", "房间号", "室号", "室", "门牌号", "房号编号", "房屋号")
BUILDING = Column("building", "楼栋", cells.building_code, aliases=("楼号", "栋", "楼栋号", "栋号", "幢", "幢号", "楼宇"),
                  note="楼栋编号：3、3栋、3号楼、8#、三栋 都是 3；与 单元、房号 分列填写时用", example=("3", "3"),
                  part_of="unit")
ENTRANCE = Column("entrance", "单元", lambda v, what: v, aliases=("单元号",), note="1 到 99（2、2单元、二单元）",
                  example=(2, 2), part_of="unit")
UNIT_PARTS = (BUILDING, ENTRANCE)
UNIT_NOTE = f"整个房号写在一格：{cells.UNIT_FORMS}；或分列填写 楼栋、单元、房号"
UNIT_COLUMN = Column("unit", "房号", cells.unit_number, required=True, aliases=UNIT_NAMES, note=UNIT_NOTE,
                     example=("3-2-501", "3-2-502"))
