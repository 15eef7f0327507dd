"""A realistic demo estate: Chinese names, 3 buildings, ~600 units, two years of history.

Built through the same services the counter uses (billing runs, payments, deductions), with the
clock set to each historical moment, so the demo's history is what the program itself would
have recorded. Demo users exist only in a database marked as a demo.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ..core.closeout import greedy_count
from ..core.contacts import resident_check_digit
from ..core.errors import CounterError, Refused
from ..core.estate_words import OCCUPANCY, RESIDENTIAL, SHOP, TENANT
from ..core.money import parse_yuan
from ..core.periods import Month
from ..core.tenders import Tender
from ..store import db as dbmod, migrations, transfer
from ..store.bulk import insert_rows
from ..store.db import write_transaction
from ..store.models import ALL_MODELS, Building, Meter, MeterReading, Unit, User
from ..services.admin import estate as est
from ..ledger import signin
from ..ledger import passwords
from ..services.billing import runs as billing
from ..services.closing import close as closeout, shifts
from ..ledger import audit, clock, seals
from ..services.common.session import open_database
from ..services.counter import payments, printed
from ..store.server_urls import is_server_url, redacted
from ..services.invoicing.requests import set_item_tax

TZ = "Asia/Shanghai"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华文玉兰志强海燕红梅晓东春梅丽娟雪梅秀珍凤英淑珍桂兰玉梅"
PROVINCES = "浙浙浙浙沪苏皖赣闽"
DEMO_USERS = (("admin", "系统管理员", "admin"), ("manager", "李强", "manager"), ("cashier", "王芳", "cashier"))


def _name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.randrange(100) < 60 else "")
    return rng.choice(SURNAMES) + given[:2]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZoneInfo(TZ))


def build_demo(path: str | Path, *, months: int = 24, seed: int = 2026, today: date | None = None,
               entrances: int = 2, floors: int = 25, rooms: int = 4, progress=None) -> dict:
    """Create a demo database at `path`: a file that must not exist, or a server database
    (`postgresql://…`) that must be empty. Returns a summary.

    progress(step, total) is called as months are built; if it raises, the half-built file (or the
    server database's tables) are removed and the exception goes on."""
    on_server = is_server_url(str(path))
    if on_server:
        _require_empty_server(str(path))
    else:
        path = Path(path)
        if path.exists():
            raise FileExistsError(f"{path} already exists")
    try:
        return _build(path, months, seed, today, entrances, floors, rooms, progress or (lambda step, total: None))
    except BaseException:
        if on_server:
            dbmod.database.obj.drop_tables(ALL_MODELS, safe=True, cascade=True)
        dbmod.close()
        for suffix in ("", "-wal", "-shm"):
            if not on_server:
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise


def _require_empty_server(url: str) -> None:
    database = dbmod.open_target(url)
    try:
        if not transfer.is_empty(database):
            raise Refused("服务器数据库 {target} 里已经有账本；演示数据只建在空数据库里", target=redacted(url))
    finally:
        database.close()


def _build(path: Path | str, months, seed, today, entrances, floors, rooms, progress) -> dict:
    rng = random.Random(seed)
    today = today or clock.business_date(TZ)
    first = Month.of(today).add(-(months - 1))
    open_database(path)
    with clock.frozen(_at(first.first_day(), 8) - timedelta(days=40)):
        with write_transaction():
            migrations.set_meta("demo", "1")
            seals.seal_meta("system", {"demo"})
            for username, display, role in DEMO_USERS:
                user = User.create(username=username, display_name=display, role=role,
                                   password_hash=passwords.hash_password(username))
                audit.record("system", "user.create", "user", username, after={"role": role, "demo": True})
                seals.seal_user("system", user)
        admin = signin.authenticate("admin", "admin")
        estate, units, items = _setup_estate(admin, rng, first, today, entrances, floors, rooms)
    cashier = signin.actor_of(User.get(User.username == "cashier"))
    manager = signin.actor_of(User.get(User.username == "manager"))
    profiles = {u.id: _profile(rng) for u in units}
    _history(admin, cashier, manager, estate, units, items, profiles, rng, first, months, today, progress, seed)
    # The history's receipts went to paper at the time: the cashier's first sight of the demo is not
    # a red 未打印 for a receipt nobody at this PC took.
    last = printed.last_receipt(cashier)
    if last is not None and not last.printed:
        printed.record_printed(cashier, last.number, "演示")
    return {"path": redacted(str(path)) if not isinstance(path, Path) else str(path), "units": len(units),
            "months": months}


def _setup_estate(admin, rng, first: Month, today: date, entrances: int, floors: int, rooms: int):
    estate = est.create_estate(admin, "翠湖花园", "杭州翠湖物业服务有限公司", receipt_title="翠湖花园物业服务收款收据",
                               address="杭州市西湖区翠湖路 88 号 物业服务中心", phone="0571-8888 6666")
    start = first.first_day()
    wyf = est.add_fee_item(admin, estate, "WYF", "物业服务费", "area", applies_to="住宅,商铺", due_days=30,
                           late_ppm=300, late_grace_days=30, late_cap_percent=100, sort_order=1,
                           explanation="物业服务费用于小区公共区域的保洁、秩序维护、绿化养护、共用设施设备日常运行维护等，"
                                       "按房屋建筑面积每月计收。空置房经登记按 70% 收取。")
    est.add_standard(admin, wyf, start, "1.40", vacancy_percent=70,
                     basis="杭价服〔2019〕12号；前期物业服务合同第五条")
    # The owners' meeting raised the fee from this January (or a year in, for a short history).
    change = Month(today.year, 1) if Month(today.year, 1) > first else first.add(12)
    est.add_standard(admin, wyf, change.first_day(), "1.60", vacancy_percent=70, basis="翠湖花园业主大会决议〔2025〕第3号（调整物业服务费标准）")
    tcf = est.add_fee_item(admin, estate, "TCF", "车位管理费", "per_space", due_days=30, sort_order=2,
                           explanation="地下车位的管理、照明、通风与秩序维护费用，按车位每月计收。")
    est.add_standard(admin, tcf, start, "150.00", basis="杭价服〔2019〕13号")
    sf = est.add_fee_item(admin, estate, "SF", "水费", "metered", due_days=20, sort_order=3,
                          explanation="按水表读数计量，自来水公司价格代收，居民用水实行阶梯水价。")
    est.add_standard(admin, sf, start, "2.90", tiers=[("18", "2.90"), ("25", "3.85"), (None, "6.70")],
                     basis="杭发改价格〔2021〕211号 居民生活用水阶梯价格")
    gt = est.add_fee_item(admin, estate, "GTDF", "公摊电费", "shared", due_days=30, sort_order=4,
                          explanation="楼道照明、电梯等公共用电，按楼栋电表月度总额，依建筑面积分摊到户，分摊合计与总额分毫不差。")
    est.add_standard(admin, gt, start, "0", basis="《物业服务合同》第七条：公共能耗按面积分摊")
    ljf = est.add_fee_item(admin, estate, "LJF", "垃圾清运费", "fixed", cycle="quarterly", due_days=30, sort_order=5,
                           explanation="生活垃圾清运费，按户每月 10 元，按季度收取。")
    est.add_standard(admin, ljf, start, "10.00", rounding_unit=100, basis="杭城管〔2020〕5号")
    yj = est.add_fee_item(admin, estate, "ZXYJ", "装修押金", "one_off", is_deposit=True, sort_order=6,
                          explanation="装修前缴纳，装修验收合格且无损坏公共部位后全额退还。")
    est.add_standard(admin, yj, start, "2000.00", basis="《装修管理规定》第九条")
    mjk = est.add_fee_item(admin, estate, "MJK", "门禁卡工本费", "one_off", sort_order=7,
                           explanation="补办或增办门禁卡的工本费。")
    est.add_standard(admin, mjk, start, "20.00", basis="物业服务中心公示价格")
    items = {"WYF": wyf, "TCF": tcf, "SF": sf, "GTDF": gt, "LJF": ljf, "ZXYJ": yj, "MJK": mjk}
    # What the invoices of each item say (税收分类编码, VAT %); a deposit is not invoiced.
    for code, tax_code, rate in (("WYF", "3040802010000000000", "6"), ("TCF", "3040502020200000000", "9"),
                                 ("SF", "1100301010000000000", "9"), ("GTDF", "1100101020000000000", "13"),
                                 ("LJF", "3049900000000000000", "6"), ("MJK", "1090512990000000000", "13")):
        set_item_tax(admin, code, tax_code, rate)

    units = []
    space_no = 0
    for b in (1, 2, 3):
        building = est.add_building(admin, estate, str(b))
        for e in range(1, entrances + 1):
            for f in range(1, floors + 1):
                for r in range(1, rooms + 1):
                    area = rng.choice(["89.36", "100.24", "118.57", "136.80", "143.25", "92.18"])
                    kind = SHOP if f == 1 and r == 1 and e == 1 else RESIDENTIAL
                    occ = rng.choices(OCCUPANCY, [88, 8, 4])[0]
                    unit = est.add_unit(admin, building, e, f"{f}{r:02d}", area, unit_type=kind, occupancy=occ,
                                        handover=date(2019, 6, 30))
                    owner = _name(rng)
                    phone = "1" + rng.choice("35789") + "".join(rng.choice("0123456789") for _ in range(9))
                    first17 = "3301" + "".join(rng.choice("0123456789") for _ in range(13))
                    rng.choice("0123456789X")        # drawn as before, so the rest of the demo is unchanged
                    est.add_person(admin, unit, owner, phone, id_number=first17 + resident_check_digit(first17))
                    if rng.randrange(100) < 30:
                        est.add_person(admin, unit, _name(rng), "1" + rng.choice("358") +
                                       "".join(rng.choice("0123456789") for _ in range(9)), role=TENANT)
                    if rng.randrange(100) < 35:
                        space_no += 1
                        plate = (rng.choice(PROVINCES) + rng.choice("ABCDEFG") +
                                 "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5)))
                        est.add_parking(admin, estate, f"B1-{space_no:03d}", unit, plate)
                    est.add_meter(admin, unit, sf, f"SB-{unit.code}", initial=str(rng.randint(100, 900)),
                                  on=first.first_day() - timedelta(days=1))
                    units.append(unit)
    return estate, units, items


def _profile(rng: random.Random) -> str:
    return rng.choices(["quarterly", "half_yearly", "yearly", "arrears", "prepaid", "late"],
                       [55, 10, 5, 10, 10, 10])[0]


def _history(admin, cashier, manager, estate, units, items, profiles, rng, first: Month, months: int, today: date,
             progress, seed: int):
    meters = {m.unit_id: m for m in Meter.select()}
    readings = {uid: int(MeterReading.select().where(MeterReading.meter == m).first().value_centi)
                for uid, m in meters.items()}
    arrears_from = {u.id: first.add(rng.randint(min(6, months - 1), max(min(6, months - 1), months - 2))) for u in units if profiles[u.id] == "arrears"}
    # Prepaid owners put a lump sum on account before the first bill.
    opening_day = first.first_day() - timedelta(days=3)
    with clock.frozen(_at(opening_day, 8, 30)):
        shifts.open_shift(cashier, 0)
    with clock.frozen(_at(opening_day, 9)):
        for u in units:
            if profiles[u.id] == "prepaid":
                amount = parse_yuan(rng.choice(["3000", "5000", "8000"]))
                payments.take_payment(cashier, payments.PaymentRequest(
                    unit_code=u.code, topup_fen=amount, tenders=[Tender("cash", amount)], remarks="预存物业费"))
    with clock.frozen(_at(opening_day, 17, 30)):
        counts, _ = greedy_count(shifts.expected_cash(shifts.current_shift(cashier).id))
        closeout.close_shift(cashier, counts)
        closeout.close_day(manager, opening_day)
    for i in range(months):
        progress(i, months)
        month = first.add(i)
        # Water meters are read on the month's first morning, before its billing run: a run bills
        # the readings dated in its month (services/billing/runs.py), so a reading dated in the
        # month before would never be billed.
        read_day = month.first_day()
        with clock.frozen(_at(read_day, 7)):
            with write_transaction():
                rows = []
                for uid, meter in meters.items():
                    usage = rng.choice([800, 1200, 1500, 1800, 2200, 2600, 3100])
                    rows.append(dict(meter=meter.id, read_on=read_day, prev_centi=readings[uid],
                                     value_centi=readings[uid] + usage, is_replacement=False,
                                     created_at=clock.to_db(clock.now_utc()), created_by="cashier"))
                    readings[uid] += usage
                insert_rows(MeterReading, rows)
                audit.record("cashier", "meter.import", "meter_reading", str(read_day), after={"count": len(rows)})
        with clock.frozen(_at(month.first_day(), 8)):
            for b in Building.select():
                # The building's common-area meter: lifts and stair lighting, about 6 元 a home a month.
                homes = Unit.select().where(Unit.building == b).count()
                est.set_shared_cost(admin, items["GTDF"], str(month), homes * rng.randint(480, 780) + rng.randint(0, 99),
                                    building=b)
            billing.run_billing(admin, str(month))
        _month_payments(cashier, manager, units, profiles, arrears_from, rng, month, today,
                        random.Random(seed * 1_000 + month.index()))


# Walk-ins each month, whatever the owners' habits: a few settle what they owe, a few buy an access
# card (门禁卡工本费), so every month has counter receipts (a month with none showed 本月实收 0.00).
WALK_IN_PAY, WALK_IN_CARD = 2, 1        # in a hundred units


def _month_payments(cashier, manager, units, profiles, arrears_from, rng, month: Month, today: date,
                    walk_ins: random.Random):
    """The month's counter payments, day by day: each day a shift opened with a 500 元 float,
    closed with the drawer counted (now and then a few 元 over or short, with a note), and the
    manager's day close. `walk_ins` draws who walks in that month and when."""
    last_day = min(month.last_day(), today)
    visits = _walk_ins(units, profiles, walk_ins, month, today)
    for u in units:
        p = profiles[u.id]
        pays = ((p == "quarterly" and month.month % 3 == 0) or (p == "half_yearly" and month.month % 6 == 0) or
                (p == "yearly" and month.month == 12) or
                (p == "arrears" and month < arrears_from[u.id] and month.month % 6 == 0) or
                (p == "late" and month.month % 4 == 0) or (p == "prepaid" and month.month == 6))
        if not pays:
            continue
        if month.first_day() + timedelta(days=14) <= today:
            day = month.first_day() + timedelta(days=rng.randint(14, max(14, last_day.day - 1)))
        elif month == Month.of(today) and today.day >= 2:
            # The running month too has its counter receipts (on the days before today), so a
            # manager opening the demo sees this month's takings, not only automatic deductions.
            day = month.first_day() + timedelta(days=rng.randint(0, today.day - 2))
        else:
            continue
        visits.append((day, rng.randint(9, 16), rng.randint(0, 59), u, p))
    visits.sort(key=lambda v: (v[0], v[1], v[2], v[3].id))
    by_day: dict[date, list] = {}
    for visit in visits:
        by_day.setdefault(visit[0], []).append(visit)
    for day, day_visits in by_day.items():
        if day >= today:
            continue  # today's counter is the user's to work
        with clock.frozen(_at(day, 8, 30)):
            shifts.open_shift(cashier, 50000)
        for _day, hour, minute, u, p in day_visits:
            with clock.frozen(_at(day, hour, minute)):
                _pay_visit(cashier, u, p, rng)
        with clock.frozen(_at(day, 17, 30)):
            shift = shifts.current_shift(cashier)
            expected = shifts.expected_cash(shift.id)
            drift = rng.choice([0] * 12 + [-1000, 1000, -500])
            counts, rest = greedy_count(expected + drift)
            note = "" if drift == 0 and rest == 0 else ("长短款原因待查" if drift else "分币未点")
            closeout.close_shift(cashier, counts, note)
            closeout.close_day(manager, day)


def _walk_ins(units, profiles, rng: random.Random, month: Month, today: date) -> list[tuple]:
    """(day, hour, minute, unit, what) of the month's walk-ins, on days before today."""
    days = (min(month.last_day(), today - timedelta(days=1)) - month.first_day()).days + 1
    if days <= 0:
        return []
    out = []
    for u in units:
        draw = rng.randrange(100)
        if profiles[u.id] != "prepaid" and draw < WALK_IN_PAY + WALK_IN_CARD:
            what = "card" if draw < WALK_IN_CARD else "walk_in"
            out.append((month.first_day() + timedelta(days=rng.randrange(days)), rng.randint(9, 16),
                        rng.randint(0, 59), u, what))
    if not out and units:    # a small estate's month still has its one
        out.append((month.first_day() + timedelta(days=rng.randrange(days)), 10, 0, rng.choice(units), "card"))
    return out


def _pay_visit(cashier, u, p, rng) -> None:
    if p == "card":          # an access card bought at the window (one-off 门禁卡工本费), in cash
        payments.take_payment(cashier, payments.PaymentRequest(unit_code=u.code, adhoc=[("MJK", None, "补办门禁卡")],
                                                               tenders=[Tender("cash", 2000)]))
        return
    try:
        q = payments.quote(cashier, payments.PaymentRequest(unit_code=u.code, all_due=True, tenders=[]))
    except CounterError:
        return  # nothing due (prepaid deductions settled it)
    method = rng.choices(["cash", "wechat", "alipay", "card", "transfer"], [40, 30, 15, 10, 5])[0]
    if p == "prepaid":
        tenders = [Tender("wechat", q.total_fen + parse_yuan("2000"), f"WX{rng.randint(10**9, 10**10)}")]
        req = payments.PaymentRequest(unit_code=u.code, all_due=True, tenders=tenders,
                                      overpay_to_prepaid=True, remarks="补缴并续存")
    elif method == "cash":
        tendered = -(-q.total_fen // 10000) * 10000
        req = payments.PaymentRequest(unit_code=u.code, all_due=True, tenders=[Tender("cash", tendered)])
    else:
        ref = f"{method[:2].upper()}{rng.randint(10**11, 10**12)}"
        req = payments.PaymentRequest(unit_code=u.code, all_due=True, tenders=[Tender(method, q.total_fen, ref)])
    payments.take_payment(cashier, req)
