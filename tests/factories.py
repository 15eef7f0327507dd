"""Small, fully known estates for tests, built through the services (as the counter would)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from counter_app.services.admin import estate as est
from counter_app.ledger import signin
from counter_app.ledger import passwords
from counter_app.ledger import clock, seals
from counter_app.ledger.context import Actor
from counter_app.services.common.session import open_database
from counter_app.store.db import write_transaction
from counter_app.store.models import User

TZ = ZoneInfo("Asia/Shanghai")


def at(y, m, d, hh=10, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


@dataclass
class Ledger:
    path: object
    admin: Actor


def make_user(username: str, role: str, password: str | None = None, display: str | None = None) -> Actor:
    with write_transaction():
        user = User.create(username=username, display_name=display or username, role=role,
                           password_hash=passwords.hash_password(password or username))
        seals.seal_user("test", user)
    return signin.actor_of(user)


def open_with_admin(path) -> Ledger:
    open_database(path)
    return Ledger(path, make_user("admin", "admin", "admin", "管理员"))


@dataclass
class SmallEstate:
    ledger: Ledger
    admin: Actor
    cashier: Actor
    manager: Actor
    estate: object
    building: object
    units: dict
    items: dict
    meters: dict


def _staff(username: str, display: str, estate_id: int) -> Actor:
    """The user of that name (created on the ledger's first estate), signed in to the estate."""
    if User.get_or_none(User.username == username) is None:
        make_user(username, username, username, display)
    return signin.actor_of(User.get(User.username == username), estate_id)


def build_small_estate(ledger: Ledger, name: str = "测试花园", company: str = "测试物业服务有限公司") -> SmallEstate:
    """1 building, 4 units (one vacant, one shop), parking, water meter, 6 items, a rate change
    on 2026-01-01 for the property fee. Clock at 2025-12-20. Called again with another name, the
    same estate again on the same ledger (the same numbers; the same users, signed in to it)."""
    admin = ledger.admin
    with clock.frozen(at(2025, 12, 20)):
        estate = est.create_estate(admin, name, company, receipt_title=f"{name}收款收据")
        admin = signin.actor_of(User.get_by_id(admin.user_id), estate.id)
        b = est.add_building(admin, estate, "3")
        u1 = est.add_unit(admin, b, 2, "501", "100.24")
        u2 = est.add_unit(admin, b, 2, "502", "89.50", occupancy="空置")
        u3 = est.add_unit(admin, b, 1, "101", "120.00", unit_type="商铺")
        u4 = est.add_unit(admin, b, 1, "102", "75.36")
        est.add_person(admin, u1, "张三", "13812345678")
        est.add_person(admin, u1, "李四", "13900001111", role="住户")
        est.add_person(admin, u2, "王五", "13700002222")
        est.add_person(admin, u3, "赵六", "13600003333")
        est.add_person(admin, u4, "孙七", "13500004444")
        est.add_parking(admin, estate, "B1-001", u1, "浙A·12345")
        est.add_parking(admin, estate, "B1-002", u1)
        wyf = est.add_fee_item(admin, estate, "WYF", "物业服务费", "area", applies_to="住宅,商铺", due_days=30,
                               late_ppm=300, late_grace_days=0, late_cap_percent=100,
                               explanation="公共区域保洁、秩序维护等")
        est.add_standard(admin, wyf, date(2025, 1, 1), "1.40", vacancy_percent=70, basis="杭价服〔2019〕12号")
        est.add_standard(admin, wyf, date(2026, 1, 1), "1.60", vacancy_percent=70, basis="业主大会决议〔2025〕3号")
        tcf = est.add_fee_item(admin, estate, "TCF", "车位管理费", "per_space")
        est.add_standard(admin, tcf, date(2025, 1, 1), "150.00", basis="杭价服〔2019〕13号")
        sf = est.add_fee_item(admin, estate, "SF", "水费", "metered", due_days=20)
        est.add_standard(admin, sf, date(2025, 1, 1), "2.90", tiers=[("18", "2.90"), ("25", "3.85"), (None, "6.70")],
                         basis="阶梯水价文件")
        gt = est.add_fee_item(admin, estate, "GTDF", "公摊电费", "shared")
        est.add_standard(admin, gt, date(2025, 1, 1), "0", basis="物业服务合同第七条")
        ljf = est.add_fee_item(admin, estate, "LJF", "垃圾清运费", "fixed", cycle="quarterly")
        est.add_standard(admin, ljf, date(2025, 1, 1), "10.00", basis="城管文件")
        yj = est.add_fee_item(admin, estate, "ZXYJ", "装修押金", "one_off", is_deposit=True)
        est.add_standard(admin, yj, date(2025, 1, 1), "2000.00", basis="装修管理规定")
        mjk = est.add_fee_item(admin, estate, "MJK", "门禁卡工本费", "one_off")
        est.add_standard(admin, mjk, date(2025, 1, 1), "20.00", basis="公示价格")
        m1 = est.add_meter(admin, u1, sf, "SB-1", initial="100", on=date(2025, 1, 1))
        cashier = _staff("cashier", "王芳", estate.id)
        manager = _staff("manager", "李强", estate.id)
        # The counter takes money only in an open shift: both start with one (float 0).
        from counter_app.services.closing import shifts
        shifts.open_shift(cashier, 0)
        shifts.open_shift(manager, 0)
    return SmallEstate(ledger, admin, cashier, manager, estate, b,
                       {"501": u1, "502": u2, "101": u3, "102": u4},
                       {"WYF": wyf, "TCF": tcf, "SF": sf, "GTDF": gt, "LJF": ljf, "ZXYJ": yj, "MJK": mjk},
                       {"SB-1": m1})


def fingerprint(path) -> list[str]:
    """Everything committed in the database: equal fingerprints mean nothing changed."""
    from tests.outside import fingerprint as committed
    return committed(path)


def bill_months(estate: SmallEstate, *months: str) -> SmallEstate:
    """Run the billing of each YYYY-MM on its first morning, as an office would."""
    from counter_app.services.billing import runs as billing
    for month in months:
        year, mon = map(int, month.split("-"))
        with clock.frozen(at(year, mon, 1, 8)):
            billing.run_billing(estate.admin, month)
    return estate
