"""The estate's records: `settings`, `unit`, `find`, `follow-ups`."""
from __future__ import annotations

from .. import cli_args as A
from ..core.errors import Invalid
from ..core.estate_words import RESIDENTIAL, TENANT
from ..core.money import format_yuan
from ..core import fees, rounding
from ..core.figures import NAMES
from . import common as C, output as out


SETTING_OPTIONS = {"name": "name", "company": "company", "receipt_title": "receipt_title", "address": "address",
                   "phone": "phone", "receipt_format": "receipt_format", "deduction_format": "deduction_format",
                   "refund_format": "refund_format", "timezone": "timezone", "waiver_limit": "waiver_limit_fen",
                   "cash_rounding": "cash_rounding",
                   "blind_count": "blind_count"}


UNIT_ACTIONS = ("show", "building", "add", "change", "owner", "move-in", "move-out", "space", "release", "person",
                "end")


def cmd_settings(args):
    # why: a command loads only its own services, not every command's
    from ..services.admin import estate
    C.open_ledger(args)
    actor = C.login(args)
    changes = {field: getattr(args, option) for option, field in SETTING_OPTIONS.items()
               if getattr(args, option) is not None}
    if changes:
        estate.update_settings(actor, **changes)
    shown = estate.settings_of(actor)
    text = "\n".join(f"{key:<18} {format_yuan(value) + ' 元' if key == 'waiver_limit_fen' else value}"
                     for key, value in shown.items())
    out.emit(args, shown, ("已保存。\n" if changes else "") + text)


def cmd_unit(args):
    """房产资料 on the command line: the estate browser's services, one action at a time."""
    # why: a command loads only its own services, not every command's
    from ..services.admin import browser, estate
    from ..ledger import estate as lookups   # why: start-up: kept out of the command line's start
    C.open_ledger(args)
    # why: a command loads only its own services, not every command's
    from ..ledger import clock
    actor = C.login(args) if args.action not in ("show", "building") else C.viewer(args)
    code = args.code
    on = args.on or clock.business_date(lookups.estate_of(actor).timezone)

    def need(*names):
        missing = [f"--{n.replace('_', '-')}" for n in names if not getattr(args, n)]
        if missing:
            raise Invalid("unit {action} 需要 {options}", action=args.action, options="、".join(missing))
    if args.action == "building":
        rows = browser.building_units(actor, code)
        out.emit(args, rows, "\n".join(f"{r.code:<12} {r.owner:<8} {r.occupancy}" for r in rows) or "没有房屋")
        return
    if args.action == "add":
        need("building_code", "entrance", "area")
        unit = estate.add_unit(actor, lookups.find_building(actor, args.building_code), args.entrance, code, args.area,
                               unit_type=args.type or RESIDENTIAL)
        said = f"已新增房屋 {unit.code}"
        code = unit.code
    elif args.action == "change":
        browser.update_unit(actor, code, area=args.area, unit_type=args.type, occupancy=args.state)
        said = f"已修改 {code}"
    elif args.action == "owner":
        need("name", "phone")
        change = browser.change_owner(actor, code, args.name, args.phone, on)
        said = (f"{code} 已过户给 {change.new_owner}（{on} 起）；此前欠费 {format_yuan(change.owed_before_fen)} 元由原业主"
                f"{'、'.join(change.left) or '—'}结清，此后 {format_yuan(change.owed_after_fen)} 元由新业主缴纳")
    elif args.action == "move-in":
        need("name", "phone")
        browser.add_occupant(actor, code, args.name, args.phone, args.role or TENANT, on)
        said = f"{args.name} 已迁入 {code}"
    elif args.action == "move-out":
        need("name")
        browser.move_out(actor, code, args.name, on)
        said = f"{args.name} 已迁出 {code}"
    elif args.action == "space":
        need("space")
        browser.add_space(actor, code, args.space, args.plate or "")
        said = f"车位 {args.space.upper()} 已登记给 {code}"
    elif args.action == "release":
        need("space")
        browser.release_space(actor, code, args.space)
        said = f"车位 {args.space.upper()} 已退"
    elif args.action == "person":
        need("name")
        browser.update_person(actor, code, args.name, new_name=args.new_name, phone=args.phone,
                              email=args.email)
        said = f"已改 {args.name} 的资料"
    elif args.action == "end":
        need("reason")
        browser.end_unit(actor, code, args.reason)
        said = f"{code} 已停用"
    else:
        said = ""
    d = browser.unit_detail(actor, code, args.reveal or "")
    text = (f"{d.code}  {fees.qty_text(d.area_centi)} ㎡  {d.unit_type}  {d.occupancy}\n" +
            "\n".join(f"  {p.role} {p.name} {p.phone}{' ' + p.email if p.email else ''} {p.since or ''}–{p.until or '至今'}"
                      for p in d.people) +
            "".join(f"\n  车位 {space} {plates}" for space, plates in d.parking))
    out.emit(args, d, (said + "\n" if said else "") + text)


def cmd_find(args):
    # why: a command loads only its own services, not every command's
    from ..services.counter import ledger
    C.open_ledger(args)
    hits = ledger.search_units(C.viewer(args), args.text)
    text = "\n".join(f"{h.code:<12} {h.owners:<16} {h.phone:<14} [{h.matched}]  "
                     f"{NAMES['total']} {format_yuan(h.owing.total_fen)} 元" for h in hits) or "没有找到"
    out.emit(args, [dict(unit_id=h.unit_id, code=h.code, owners=h.owners, phone=h.phone, matched=h.matched,
                         state=h.state, as_of=h.owing.as_of, **h.owing.figures()) for h in hits], text)


def cmd_follow_ups(args):
    """The consultations logged as 需跟进 or 投诉 and not yet closed; with --close, one of them answered
    and closed (its answer added to the log, audited)."""
    # why: a command loads only its own services, not every command's
    from ..services.consultation import desk as consultation
    C.open_ledger(args)
    actor = C.login(args)
    if args.close is not None:
        consultation.close_follow_up(actor, args.close, args.answer or "")
        out.emit(args, {"closed": args.close}, f"咨询 {args.close} 已答复并关闭")
        return
    rows = consultation.open_follow_ups(actor)
    out.emit(args, [{"id": c.id, "topic": c.topic, "question": c.question, "owner": c.follow_up_owner} for c in rows],
             "\n".join(f"{c.id:>5}  {c.topic}  {c.question}（{c.follow_up_owner}）" for c in rows) or "没有待跟进的咨询")


def register(sub, common) -> None:
    p = sub.add_parser("settings", parents=[common], help="the estate's settings: show them, or change some "
                                                          "(administrator)")
    for option in SETTING_OPTIONS:
        if option == "waiver_limit":
            p.add_argument("--waiver-limit", dest="waiver_limit", type=A.yuan, help="a cashier's waiver limit (yuan)")
        elif option == "cash_rounding":
            p.add_argument("--cash-rounding", dest="cash_rounding", choices=tuple(rounding.RULES),
                           help="抹零 of the cash part of a payment: off, to 角 or to 元, down or half-up")
        elif option == "blind_count":
            p.add_argument("--blind-count", dest="blind_count", type=A.on_off,
                           help="on: cashiers count the drawer without seeing the expected cash (盲点); off")
        else:
            p.add_argument(f"--{option.replace('_', '-')}", dest=option)
    p.set_defaults(func=cmd_settings)


    p = sub.add_parser("unit", parents=[common], help="房产资料: show a unit or a building, add or change a unit, "
                                                      "a change of owner, people in and out, parking, end a unit")
    p.add_argument("action", choices=UNIT_ACTIONS)
    p.add_argument("code", help="the unit's number (add: its room, e.g. 501; building: the building's number)")
    p.add_argument("--building", dest="building_code", help="add: the building")
    p.add_argument("--entrance", type=A.positive_int, help="add: the entrance (单元)")
    p.add_argument("--area", help="add, change: the floor area in m²")
    p.add_argument("--type", help="add, change: 住宅 / 商铺 / 车库 / 办公")
    p.add_argument("--state", help="change: 已入住 / 空置 / 装修中")
    p.add_argument("--name", help="owner, move-in, move-out, person: the person")
    p.add_argument("--phone", help="owner, move-in, person: the phone number")
    p.add_argument("--new-name", help="person: the name corrected")
    p.add_argument("--email", help="person: the email address bills are sent to (empty: none)")
    p.add_argument("--role", help="move-in: 业主 / 住户")
    p.add_argument("--on", type=A.day, help="owner, move-in, move-out: the date (default today)")
    p.add_argument("--space", help="space, release: the parking space")
    p.add_argument("--plate", help="space: the car's plate")
    p.add_argument("--reason", help="end: why the unit ends")
    p.add_argument("--reveal", metavar="WHY", help="show full phone numbers (roles that may see them), saying why "
                                                   "(logged with who, when and the unit)")
    p.set_defaults(func=cmd_unit)


    p = sub.add_parser("find", parents=[common], help="find units by number, name, phone digits, plate")
    p.add_argument("text")
    p.set_defaults(func=cmd_find)


    p = sub.add_parser("follow-ups", parents=[common], help="consultations waiting for a follow-up; "
                       "--close ID --answer TEXT answers and closes one")
    p.add_argument("--close", type=A.positive_int, help="the consultation's number, as listed")
    p.add_argument("--answer", help="what the caller was told")
    p.set_defaults(func=cmd_follow_ups)

