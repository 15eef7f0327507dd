"""`counter-app`: the headless command over the same services the window uses.

Every command takes --db PATH and prints JSON with --json. Commands that change the ledger take
--user NAME; the password comes from COUNTER_APP_PASSWORD or a prompt.
"""
from __future__ import annotations

import argparse
import dataclasses
import errno
import getpass
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

from . import __version__, cli_args as A, paths
from .core.errors import CounterError
from .core.money import format_yuan
from .core.permissions import ROLES


def _jsonable(value):
    if dataclasses.is_dataclass(value):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _emit(args, data, text: str) -> None:
    if args.json:
        print(json.dumps(_jsonable(data), ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def _open(args):
    """The database named by --db; it must hold a ledger: only `demo`, `restore` and the window's
    first run create one (on a server, `migrate-db` fills an empty database). A missing, empty
    or non-ledger file is refused alike, before anything opens it."""
    from .services.common.session import not_a_ledger, open_database, open_existing_server
    from .store.server import is_server_url
    if is_server_url(args.db):
        open_existing_server(args.db)
        return
    problem = not_a_ledger(Path(args.db))
    if problem:
        raise CounterError(f"{problem}。已有数据库请用 --db 指明它的位置；新建请用 counter-app demo "
                           "（演示数据）或启动程序按设置向导操作；损坏的账本请从备份恢复（counter-app restore）。")
    open_database(Path(args.db))


def _password(args) -> str:
    password = os.environ.get("COUNTER_APP_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CounterError("请设置 COUNTER_APP_PASSWORD 或在终端中输入密码")
        password = getpass.getpass(f"{args.user} 的密码：")
    return password


def _login(args):
    from .ledger import signin
    if not args.user:
        raise CounterError("此命令需要 --user 用户名")
    return signin.authenticate(args.user, _password(args), _estate_arg(args))


def _viewer(args, public: bool = False):
    """Read-only commands run as a signed-in user and follow the permission table as the window
    does (what a unit owes, a receipt, the audit); only what the office posts publicly (the fee
    schedule, a calculation on figures typed in) may be asked without a user."""
    from .ledger.context import Actor
    if public and not args.user:
        return Actor(0, "anonymous", "匿名", "cashier", _estate_arg(args))
    return _login(args)


def _estate_arg(args) -> int | None:
    """The estate named by --estate; without it, the database's only one (several: refused later)."""
    from .ledger import estate as lookups
    if getattr(args, "estate", None):
        return lookups.estate_named(args.estate)
    ids = [estate_id for estate_id, _ in lookups.estates()]
    return ids[0] if len(ids) == 1 else None


# -- commands ---------------------------------------------------------------------------------

def cmd_demo(args):
    from .scenarios.demo import build_demo
    from .store.server import is_server_url
    if not is_server_url(args.db) and Path(args.db).exists():
        raise CounterError(f"{args.db} 已存在；演示数据库只能新建")
    kwargs = dict(months=6, entrances=1, floors=5) if args.small else {}
    summary = build_demo(args.db, **kwargs)
    where = "服务器上的演示账本已建好" if is_server_url(args.db) else "演示数据库已创建"
    _emit(args, summary, f"{where}：{summary['path']}（{summary['units']} 户，{summary['months']} 个月历史）\n"
                         f"演示用户：cashier/cashier，manager/manager，admin/admin")


def cmd_bill(args):
    from .services.billing import runs as billing
    _open(args)
    actor = _login(args)
    if args.preview:
        result = billing.preview_billing(actor, args.period, args.building)
        text = f"{result.month} 计费预览（未生成）：将新增应收 {result.created} 笔，合计 {format_yuan(result.total_fen)} 元"
    else:
        result = billing.run_billing(actor, args.period, args.building, confirm_ahead=args.confirm_ahead)
        text = (f"{result.month} 计费完成（计费编号 {result.run_id}）：新增应收 {result.created} 笔，合计 "
                f"{format_yuan(result.total_fen)} 元；预存自动扣费 {result.deductions} 笔，"
                f"{format_yuan(result.deducted_fen)} 元")
    for name, (count, total) in result.by_item.items():
        text += f"\n  {name}：{count} 笔，{format_yuan(total)} 元"
    for why, units in result.skipped.items():
        text += f"\n  未计费（{why}）：{len(units)} 户项"
    for w in result.warnings:
        text += f"\n注意：{w}"
    _emit(args, result, text)


def cmd_bill_runs(args):
    from .services.billing import reversal
    _open(args)
    runs = reversal.billing_runs(_login(args), args.limit)
    text = "\n".join(f"{r.run_id:>5}  {r.month}  {r.building or '全部':<6} {r.created_at:%Y-%m-%d %H:%M}  {r.by:<8} "
                     f"{r.charges:>7} 笔 {format_yuan(r.total_fen):>14} 元  {r.reversed}" for r in runs) or "还没有计费记录"
    _emit(args, runs, text)


def cmd_bill_reverse(args):
    from .services.billing import reversal
    _open(args)
    cancelled = reversal.reverse_run(_login(args), args.run, args.reason)
    _emit(args, {"run": args.run, "cancelled": cancelled}, f"计费 {args.run} 已撤销：{cancelled} 笔应收已取消")


def cmd_standard(args):
    from .core import fees
    from .services.admin import estate
    from .ledger import estate as lookups
    from .services.billing import rate_change
    _open(args)
    actor = _login(args)
    if args.action == "list":
        found = [(i, stds) for i, stds in estate.items_with_standards(actor)
                 if not args.item or args.item.upper() in (i.code, i.name)]
        lines = []
        for item, stds in found:
            lines.append(f"{item.code} {item.name}（{item.kind}，{item.cycle}）")
            for std in stds:
                tiers = f" 阶梯 {std.tiers}" if std.tiers else ""
                lines.append(f"    {std.effective_from} 起  {fees.rate_yuan(std.rate_e4)}{tiers}  空置 {std.vacancy_percent}%  "
                             f"{std.basis}")
        _emit(args, [{"item": i.code, "standards": [{"from": s.effective_from, "rate_e4": s.rate_e4, "tiers": s.tiers,
                                                      "vacancy_percent": s.vacancy_percent, "basis": s.basis}
                                                     for s in stds]} for i, stds in found],
              "\n".join(lines) or "没有收费项目")
        return
    if not (args.item and args.effective_from and args.rate):
        raise CounterError("新增标准需要项目、--from 和 --rate")
    options = dict(vacancy_percent=args.vacancy, tiers=args.tier or (), basis=args.basis or "",
                   rounding_unit=args.rounding_unit, rounding_scope=args.rounding_scope)
    preview = rate_change.preview_rate_change(actor, args.item, args.effective_from, args.rate, **options)
    text = (f"{preview.item} 从 {preview.month} 起：{preview.old_standard or '（无）'} → {preview.new_standard}；"
            f"{preview.units} 户，月合计 {format_yuan(preview.old_total_fen)} → {format_yuan(preview.new_total_fen)} 元"
            f"（{'+' if preview.change_fen >= 0 else ''}{format_yuan(preview.change_fen)}）")
    for s_ in preview.sample:
        text += f"\n  {s_.code:<12} {s_.facts:<20} {format_yuan(s_.old_fen):>10} → {format_yuan(s_.new_fen):>10}"
    if preview.note:
        text += f"\n{preview.note}"
    if args.action == "add":
        item = lookups.find_item(actor, args.item)
        estate.add_standard(actor, item, args.effective_from, args.rate, **options)
        text += "\n已保存新标准"
    else:
        text += "\n（预览，未保存；保存请用 standard add）"
    _emit(args, preview, text)


SETTING_OPTIONS = {"name": "name", "company": "company", "receipt_title": "receipt_title", "address": "address",
                   "phone": "phone", "receipt_format": "receipt_format", "deduction_format": "deduction_format",
                   "refund_format": "refund_format", "timezone": "timezone", "waiver_limit": "waiver_limit_fen"}


def cmd_settings(args):
    from .services.admin import estate
    _open(args)
    actor = _login(args)
    changes = {field: getattr(args, option) for option, field in SETTING_OPTIONS.items()
               if getattr(args, option) is not None}
    if changes:
        estate.update_settings(actor, **changes)
    shown = estate.settings_of(actor)
    text = "\n".join(f"{key:<18} {format_yuan(value) + ' 元' if key == 'waiver_limit_fen' else value}"
                     for key, value in shown.items())
    _emit(args, shown, ("已保存。\n" if changes else "") + text)


UNIT_ACTIONS = ("show", "building", "add", "change", "owner", "move-in", "move-out", "space", "release", "person",
                "end")


def cmd_unit(args):
    """房产资料 on the command line: the estate browser's services, one action at a time."""
    from .core import fees
    from .services.admin import browser, estate
    from .ledger import estate as lookups
    _open(args)
    from .ledger import clock
    actor = _login(args) if args.action not in ("show", "building") else _viewer(args)
    code = args.code
    on = args.on or clock.business_date(estate.estate_of(actor).timezone)

    def need(*names):
        missing = [f"--{n.replace('_', '-')}" for n in names if not getattr(args, n)]
        if missing:
            raise CounterError(f"unit {args.action} 需要 {'、'.join(missing)}")
    if args.action == "building":
        rows = browser.building_units(actor, code)
        _emit(args, rows, "\n".join(f"{r.code:<12} {r.owner:<8} {r.occupancy}" for r in rows) or "没有房屋")
        return
    if args.action == "add":
        need("building_code", "entrance", "area")
        unit = estate.add_unit(actor, lookups.find_building(actor, args.building_code), args.entrance, code, args.area,
                               unit_type=args.type or "住宅")
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
        browser.add_occupant(actor, code, args.name, args.phone, args.role or "住户", on)
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
        browser.update_person(actor, code, args.name, new_name=args.new_name, phone=args.phone)
        said = f"已改 {args.name} 的资料"
    elif args.action == "end":
        need("reason")
        browser.end_unit(actor, code, args.reason)
        said = f"{code} 已停用"
    else:
        said = ""
    d = browser.unit_detail(actor, code, args.reveal or "")
    text = (f"{d.code}  {fees.qty_text(d.area_centi)} ㎡  {d.unit_type}  {d.occupancy}\n" +
            "\n".join(f"  {p.role} {p.name} {p.phone} {p.since or ''}–{p.until or '至今'}" for p in d.people) +
            "".join(f"\n  车位 {space} {plates}" for space, plates in d.parking))
    _emit(args, d, (said + "\n" if said else "") + text)


def cmd_find(args):
    from .core.figures import NAMES
    from .services.counter import ledger
    _open(args)
    hits = ledger.search_units(_viewer(args), args.text)
    text = "\n".join(f"{h.code:<12} {h.owners:<16} {h.phone:<14} [{h.matched}]  "
                     f"{NAMES['total']} {format_yuan(h.owing.total_fen)} 元" for h in hits) or "没有找到"
    _emit(args, [dict(unit_id=h.unit_id, code=h.code, owners=h.owners, phone=h.phone, matched=h.matched,
                      state=h.state, as_of=h.owing.as_of, **h.owing.figures()) for h in hits], text)


def cmd_owed(args):
    from .core.figures import NAMES
    from .ledger import estate as lookups
    from .ledger import dues
    _open(args)
    viewer = _viewer(args)
    unit = lookups.find_unit(viewer, args.unit)
    as_of, lines, owing = dues.owed_with_figures(viewer, unit, args.date)
    rows = [f"{x.charge_id:>7} {x.item_name:<8} {x.period_start:%Y.%m.%d}-{x.period_end:%Y.%m.%d} "
            f"{format_yuan(x.outstanding_fen):>12} 滞纳金 {format_yuan(x.late_fee_fen):>9} {x.status}  {x.basis}"
            for x in lines]
    # The figures by their names (core.figures), as the counter, the search and the notices say them.
    rows.append(f"截至 {as_of}：" + "，".join(f"{NAMES[key]} {format_yuan(fen)} 元" for key, fen in (
        ("overdue", owing.overdue_fen), ("late_fee", owing.late_fee_fen), ("due_today", owing.due_today_fen),
        ("due_now", owing.due_now_fen), ("not_yet_due", owing.not_yet_due_fen), ("total", owing.total_fen)))
        + f"；预存余额 {format_yuan(unit.prepaid_fen)} 元")
    _emit(args, {"unit": unit.code, "as_of": as_of, "charges": lines, **owing.figures(),
                 "prepaid_fen": unit.prepaid_fen}, "\n".join(rows))


def _request_id(args) -> str:
    """The --request-id given, or one made now and said before anything is sent: a person or a
    script that cannot tell whether the command went through sends it again with the same id (it
    records at most once), or asks `counter-app request ID`."""
    from .services.counter import request_ids
    if args.request_id:
        return args.request_id
    made = request_ids.new()
    print(f"请求编号 {made}（不确定是否已记账时：counter-app request {made}，或加 --request-id {made} 重试，"
          "不会重复记账）", file=sys.stderr, flush=True)
    return made


def _recorded(args, number: str, request_id: str) -> None:
    """Remember what this command recorded, for the error boundary to say if its output fails."""
    args.recorded = f"{number}（请求编号 {request_id}）"


def cmd_pay(args):
    from .services.counter import payments
    _open(args)
    actor = _login(args)
    request_id = _request_id(args)
    req = payments.PaymentRequest(
        unit_code=args.unit, tenders=args.tender or [], charge_ids=args.charges, all_due=args.all_due,
        amount_fen=args.amount, advance=args.advance or [], adhoc=args.adhoc or [], topup_fen=args.prepay or 0,
        overpay_to_prepaid=args.to_prepaid, waive_charge_ids=args.waive or [],
        waiver_reason=args.waive_reason or "", payer=args.payer or "", remarks=args.remarks or "",
        request_id=request_id)
    receipt = payments.take_payment(actor, req)
    _recorded(args, f"收据 {receipt.number}", request_id)
    text = [f"收据 {receipt.number}  {receipt.unit_code}  {receipt.payer}"]
    for ln in receipt.lines:
        late = f" 滞纳金 {format_yuan(ln.late_fee_fen)}" if ln.late_fee_fen else ""
        text.append(f"  {ln.item_name} {ln.period} {ln.basis} {format_yuan(ln.principal_fen)}{late}")
    text.append(f"合计 {format_yuan(receipt.total_fen)} 元（{receipt.total_words}）")
    for t in receipt.tenders:
        text.append(f"  {t.method_name} {format_yuan(t.amount_fen)} {t.reference}")
    if receipt.cash_tendered_fen:
        text.append(f"实收现金 {format_yuan(receipt.cash_tendered_fen)}，找零 {format_yuan(receipt.change_fen)}")
    text.append(f"预存余额 {format_yuan(receipt.prepaid_after_fen)} 元")
    _emit(args, {**_jsonable(receipt), "request_id": request_id}, "\n".join(text))


def cmd_request(args):
    """Did it go through? What a request id recorded, looked up in the ledger."""
    from .services.counter import request_ids
    _open(args)
    found = request_ids.lookup(_viewer(args), args.request_id)
    if found is None:              # the answer no, with an exit status of its own (4) for scripts
        if args.json:
            _emit(args, {"request_id": args.request_id, "recorded": False}, "")
        print(f"没有记账：请求编号 {args.request_id} 在这个账本里没有记录（可以重新办理）", file=sys.stderr)
        return 4
    when = f"{found.at:%Y-%m-%d %H:%M}" if found.at else ""
    _emit(args, {**_jsonable(found), "recorded": True},
          f"已记账：{request_ids.COMMANDS[found.command]} {found.number}（{found.unit_code}，"
          f"{format_yuan(found.total_fen)} 元，{when}，{found.by}）")
    return 0


def cmd_explain(args):
    from .ledger import estate as lookups
    from .services.billing import runs as billing
    _open(args)
    viewer = _viewer(args)
    exp = billing.explain(viewer, lookups.find_unit(viewer, args.unit), lookups.find_item(viewer, args.item), args.period)
    text = [f"{exp.unit_code} {exp.item_name} {exp.period}", *exp.lines,
            f"金额：{format_yuan(exp.amount_fen)} 元", f"取整规则：{exp.rounding}",
            f"政策依据：{exp.standard_basis}", f"滞纳金规则：{exp.late_rule}"]
    _emit(args, exp, "\n".join(text))


def cmd_audit(args):
    from .ledger import verify
    from .store import db as dbmod, readable
    _open(args)
    actor = _login(args)
    unreadable = readable.problems_in(dbmod.db_path()) if dbmod.is_sqlite() else []
    if unreadable:             # rows the verification would trip over: named, as the check names them
        _emit(args, {"ok": False, "problems": unreadable}, "校验失败：有读不出的值\n" +
              "\n".join(f"  {p}" for p in unreadable))
        return 3
    report = verify.audit_verify(actor, args.anchor or ())
    text = verify.report_text(report)
    _emit(args, report, text)
    return 0 if report.complete else 3 if not report.ok else 4


def cmd_key(args):
    """The ledger's keys: where they are, the recovery code, moving them to another PC."""
    from .services.setup import keys
    _open(args)
    actor = _login(args)
    if args.action == "status":
        st = keys.status(actor)
        lines = [f"账本 {st.ledger}，本机密钥保存在 {'系统密钥库' if st.store == 'keyring' else '数据文件夹的密钥文件'}；"
                 f"本机封存用密钥 {st.sealing_with or '（尚无）'}"]
        if st.unkeyed_rows:
            lines.append(f"  第 1–{st.unkeyed_rows} 条：升级前的记录，无密钥（SHA-256）")
        lines += [f"  第 {p.first_row}–{p.first_row + p.rows - 1} 条：密钥 {p.key_id}"
                  f"{'' if p.held else '（本机没有，不能核对）'}" for p in st.periods]
        _emit(args, st, "\n".join(lines))
    elif args.action == "code":
        key_id, code = keys.recovery_code(actor)
        _emit(args, {"key": key_id, "code": code}, f"密钥 {key_id} 的恢复码（打印后妥善保管，不要和账本放在一起）：\n{code}")
    elif args.action == "export":
        if not args.out:
            raise CounterError("key export 需要 --out 文件")
        count = keys.export_keys(actor, args.out)
        _emit(args, {"out": args.out, "keys": count}, f"已导出 {count} 把密钥到 {args.out}：拿到新电脑或其他收费窗口用 "
                                                      "counter-app key import 导入，然后删除或锁好这个文件")
    else:
        if not args.source:
            raise CounterError("key import 需要密钥文件或恢复码")
        ids = keys.import_keys(actor, args.source)
        _emit(args, {"keys": ids}, f"已导入密钥 {'、'.join(ids)}")
    return 0


def cmd_last(args):
    """The signed-in cashier's last receipt, and whether it reached paper (after a crash it may not)."""
    from .services.counter import printed
    _open(args)
    last = printed.last_receipt(_login(args))
    if last is None:
        _emit(args, None, "还没有收据")
        return 0
    state = "已打印" if last.printed else "未打印"
    hint = "" if last.printed or last.status != "valid" else (
        f"\n打印：counter-app receipt pdf {last.number} --out {last.number}.pdf 后送打印机，或在收费窗口按 Ctrl+P")
    _emit(args, last, f"{last.number}  {last.unit_code}  ¥{format_yuan(last.total_fen)}  {last.issued_at:%Y-%m-%d %H:%M}"
                      f"  {'作废' if last.status != 'valid' else ''}{state}{hint}")
    return 0


def cmd_receipt(args):
    from .documents.receipt import render_receipt
    from .services.counter import receipts, reprints
    _open(args)
    if args.action == "verify":
        from .services.counter import genuine
        checked = genuine.check_receipt(_viewer(args), args.number)
        _emit(args, checked, checked.words)
        return 0 if checked.verdict in (genuine.GENUINE, genuine.VOIDED, genuine.REFUNDED) else 4
    if not args.out:
        raise CounterError("receipt pdf 需要 --out 文件")
    data = receipts.load_receipt(_viewer(args), args.number)
    copy = reprints.record_reprint(_login(args), data.number) if args.copy else None
    rendered = render_receipt(data, layout=args.layout, copy=copy,
                              preprinted=True if args.preprinted else None)
    for problem in rendered.problems:
        print(f"注意：{problem}", file=sys.stderr)
    Path(args.out).write_bytes(rendered.pdf)
    _emit(args, {"number": data.number, "out": args.out, "layout": args.layout, "bytes": len(rendered.pdf),
                 "pages": rendered.pages, "copy": copy.count if copy else 0, "problems": list(rendered.problems)},
          f"收据 {data.number} 已输出到 {args.out}" + (f"（重印第 {copy.count} 次）" if copy else ""))


def cmd_user(args):
    from .services.admin import users
    _open(args)
    actor = _login(args)
    if args.action == "list":
        rows = users.list_users(actor)

        def line(u) -> str:
            seen = f"最近登录 {u.last_sign_in:%Y-%m-%d %H:%M}" if u.last_sign_in else "从未登录"
            locked = f"，锁定到 {u.locked_until:%H:%M}（连续输错密码）" if u.locked_until else ""
            return f"{u.username:<12} {u.display_name:<8} {ROLES[u.role]:<4} {'在用' if u.active else '停用'}  {seen}{locked}"
        _emit(args, rows, "\n".join(line(u) for u in rows))
        return
    if not args.username:
        raise CounterError("请写出用户名")
    if args.action == "add":
        if not (args.name and args.role and args.new_password):
            raise CounterError("新增用户需要 --name、--role 和 --new-password")
        users.create_user(actor, args.username, args.name, args.role, args.new_password)
        text = f"已新增用户 {args.username}"
    elif args.action == "reset-password":
        if not args.new_password:
            raise CounterError("重置密码需要 --new-password")
        users.reset_password(actor, args.username, args.new_password)
        text = f"已重置 {args.username} 的密码（并解除锁定）"
    elif args.action in ("disable", "enable"):
        users.set_active(actor, args.username, args.action == "enable")
        text = f"已{'启用' if args.action == 'enable' else '停用'}用户 {args.username}"
    else:
        if not args.role:
            raise CounterError("修改角色需要 --role")
        users.change_role(actor, args.username, args.role)
        text = f"{args.username} 的角色已改为{ROLES[args.role]}"
    _emit(args, {"username": args.username, "action": args.action}, text)


def _authoriser(args, cashier, action: str):
    """The manager authorising a void or refund, with the password from COUNTER_APP_AUTH_PASSWORD
    or typed at a prompt (as at the counter: another person's name and password)."""
    from .ledger import signin
    password = os.environ.get("COUNTER_APP_AUTH_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CounterError("请设置 COUNTER_APP_AUTH_PASSWORD 或在终端中输入授权人密码")
        password = getpass.getpass(f"授权人 {args.authoriser} 的密码：")
    return signin.authorise(args.authoriser, password, cashier=cashier, action=action)


def cmd_void(args):
    from .services.counter import corrections
    _open(args)
    actor = _login(args)
    authoriser = _authoriser(args, actor, "receipt.void")
    request_id = _request_id(args)
    slip = corrections.void_receipt(actor, args.number, args.reason, authoriser, args.red_letter or "", request_id)
    _recorded(args, f"收据 {slip.number} 的作废", request_id)
    _emit(args, {**_jsonable(slip), "request_id": request_id}, f"收据 {slip.number} 已作废（{format_yuan(slip.total_fen)} 元，原因：{slip.reason}，"
                      f"授权：{slip.authoriser}）；所收费用已恢复为欠费")


def cmd_refund(args):
    from .services.counter import corrections
    _open(args)
    actor = _login(args)
    amounts = None
    if args.lines:
        left = {ln.payment_line_id: ln.refundable_fen for ln in corrections.refundable_lines(actor, args.number)}
        unknown = sorted(set(args.lines) - set(left))
        if unknown:
            raise CounterError(f"收据 {args.number} 没有行号 {', '.join(map(str, unknown))}（可退的行：{sorted(left)}）")
        amounts = {line: left[line] if amount is None else amount for line, amount in args.lines.items()}
    method, reference = args.tender
    authoriser = _authoriser(args, actor, "receipt.refund")
    request_id = _request_id(args)
    doc = corrections.refund(actor, args.number, amounts, method, args.reason, authoriser, reference,
                             args.red_letter or "", request_id)
    _recorded(args, f"退款单 {doc.number}", request_id)
    _emit(args, {**_jsonable(doc), "request_id": request_id}, f"退款单 {doc.number}：退 {doc.original} 共 {format_yuan(doc.total_fen)} 元（{doc.total_words}），"
                     f"方式 {doc.method}，授权：{doc.authoriser}")


def cmd_invoice(args):
    from .core import invoice_status
    from .services.invoicing import platform, requests as invoices
    _open(args)
    actor = _login(args)

    def need(*names):
        missing = [f"--{n.replace('_', '-')}" for n in names if getattr(args, n) in (None, "")]
        if missing:
            raise CounterError(f"invoice {args.action} 需要 {'、'.join(missing)}")

    if args.action in ("request", "import", "issued", "red", "item") and not args.key:
        raise CounterError(f"invoice {args.action} 需要{'收据号' if args.action == 'request' else '文件' if args.action == 'import' else '编号'}")
    if args.action == "request":
        need("buyer", "contact")
        row = invoices.request_invoice(actor, args.key, invoices.Buyer(args.buyer, args.tax_id or "", args.contact),
                                       args.lines)
        _emit(args, row, f"开票申请 {row.id}：收据 {row.receipt}，{row.buyer.name} {row.buyer.tax_id}，"
                         f"{format_yuan(row.amount_fen)} 元，{row.status_words}")
    elif args.action == "list":
        rows = invoices.requests(actor, invoice_status.ALL if args.all else invoice_status.OPEN)
        text = "\n".join(f"{r.id:>5} {r.receipt:<16} {r.unit_code:<10} {r.buyer.name:<20} {format_yuan(r.amount_fen):>10}"
                         f"  {r.status_words}{'  ' + r.red_note if r.status == invoice_status.RED_NEEDED else ''}"
                         for r in rows)
        _emit(args, rows, text or "没有待办的开票申请")
    elif args.action == "export":
        need("date", "out")
        batch = platform.export_batch(actor, args.date, args.out)
        _emit(args, batch, f"已写入 {batch.path}：{batch.requests} 张发票、{batch.lines} 行，价税合计 "
                           f"{format_yuan(batch.amount_fen)} 元。请上传到电子税务局批量开具")
    elif args.action == "import":
        result = platform.import_issued(actor, args.key)
        text = [f"已登记 {len(result.issued)} 张发票" + (f"、{len(result.reversed)} 张红字发票" if result.reversed else "")
                + (f"，{len(result.already)} 张以前已登记" if result.already else "")]
        text += [f"  第 {line} 行 发票 {number} {buyer} {format_yuan(amount)} 元：{why}"
                 for line, number, buyer, amount, why in result.unmatched]
        from .services.common.sheets import skipped_text
        text += skipped_text(result.skipped)
        _emit(args, result, "\n".join(text))
        return 0 if result.ok else 4
    elif args.action == "issued":
        need("number", "date")
        row = invoices.record_issued(actor, args.key, args.number, args.date)
        _emit(args, row, f"开票申请 {row.id}（收据 {row.receipt}）：{row.status_words}")
    elif args.action == "red":
        need("number")
        row = invoices.record_red_letter(actor, args.key, args.number)
        _emit(args, row, f"开票申请 {row.id}（收据 {row.receipt}）：红字发票 {args.number} 已登记")
    else:
        need("tax_code", "rate")
        name, code, rate = invoices.set_item_tax(actor, args.key, args.tax_code, args.rate)
        _emit(args, {"item": name, "tax_code": code, "tax_rate_e4": rate},
              f"{name}：税收分类编码 {code}，税率 {invoices.rate_text(rate)}")
    return 0


def _figures_json(f) -> dict:
    return {"receipts": f.receipt_count, "first": f.first_number, "last": f.last_number,
            "received_fen": f.received_fen, "by_tender_fen": f.by_tender, "by_item_fen": f.by_item,
            "prepayments_fen": f.prepayments_fen, "deposits_received_fen": f.deposits_received_fen,
            "deposits_refunded_fen": f.deposits_refunded_fen, "refunds_fen": f.refunds_fen,
            "late_fees_fen": f.late_fees_fen, "waivers_fen": f.waivers_fen,
            "voids": [{"number": n, "amount_fen": a, "reason": r, "authoriser": who} for n, a, r, who in f.voids],
            "refunds": [{"number": n, "original": o, "amount_fen": a, "method": m, "reason": r, "authoriser": who}
                        for n, o, a, m, r, who in f.refunds],
            "float_fen": f.float_fen, "cash_in_fen": f.cash_in_fen, "cash_out_fen": f.cash_out_fen,
            "expected_cash_fen": f.expected_cash_fen}


def cmd_shift(args):
    from .services.closing import close as closeout, shifts
    _open(args)
    actor = _login(args)
    if args.action == "open":
        shift = shifts.open_shift(actor, args.float or 0)
        _emit(args, {"shift": shift.id, "float_fen": shift.float_fen},
              f"已开班：班次 {shift.id}，备用金 {format_yuan(shift.float_fen)} 元")
        return
    if args.action == "x":
        report = closeout.x_report(actor)
    else:
        if args.count is None:
            raise CounterError("交班需要 --count 点钞结果，如 100x5,50x2,10x3")
        report = closeout.close_shift(actor, args.count, args.note or "")
    f = report.figures
    data = {"kind": report.kind, "z_number": report.z_number, "shift": report.shift_id, **_figures_json(f),
            "counted_fen": report.counted_fen, "difference_fen": report.difference_fen, "note": report.note}
    text = (f"{'Z ' + report.z_number if report.kind == 'Z' else 'X 中间报表'}：收据 {f.receipt_count} 张，"
            f"实收 {format_yuan(f.received_fen)} 元，应有现金 {format_yuan(f.expected_cash_fen)} 元")
    if report.counted_fen is not None:
        text += f"，实点 {format_yuan(report.counted_fen)} 元，差额 {format_yuan(report.difference_fen)} 元"
    _emit(args, data, text)


def cmd_closeout(args):
    from .services.closing import close as closeout, files as closeout_files
    _open(args)
    actor = _login(args)
    if args.shift:
        if args.out is None:
            raise CounterError("请用 --out 指定报表写到哪个文件夹")
        report = closeout.stored_report(actor, args.shift)
        files = closeout_files.write_shift(report, args.out)
        data = {"shift": report.shift_id, "z_number": report.z_number, **_figures_json(report.figures),
                "counted_fen": report.counted_fen, "difference_fen": report.difference_fen}
    elif args.reopen:
        if not (args.reason or "").strip():
            raise CounterError("重开日结需要 --reason 原因")
        closeout.reopen_day(actor, args.reopen, args.reason)
        _emit(args, {"date": args.reopen.isoformat(), "status": "reopened", "reason": args.reason.strip()},
              f"{args.reopen} 的日结已重开：可以再开班、收款；再日结时，日结报表会列出这次重开")
        return
    else:
        day = args.date
        if day is None:
            raise CounterError("请用 --date YYYY-MM-DD 指定营业日，或用 --shift 指定班次")
        if args.out is None:
            raise CounterError("请用 --out 指定报表写到哪个文件夹")
        report = closeout.close_day(actor, day) if args.close else closeout.day_report(actor, day)
        files = closeout_files.write_day(report, args.out)
        data = {"date": report.business_date, "status": report.status, "open_shifts": list(report.open_shifts),
                **_figures_json(report.figures), "counted_fen": report.counted_fen,
                "difference_fen": report.difference_fen, "deposit_fen": report.deposit_fen,
                "deductions": [{"number": n, "unit": u, "amount_fen": a, "status": s}
                               for n, u, a, s in report.deductions]}
    data["files"] = [str(p) for p in files]
    _emit(args, data, "\n".join(str(p) for p in files))


def cmd_arrears(args):
    from .core.figures import NAMES
    from .services.reports import arrears, tables as management_tables
    _open(args)
    actor = _login(args)
    report = arrears.arrears_list(actor, args.as_of, args.building or "", full_phones=args.full_phones,
                                  purpose=args.purpose or "")
    files = management_tables.write_arrears(report, args.out) if args.out else []
    data = {"as_of": report.as_of.isoformat(), "units": len(report.lines), "overdue_fen": report.principal_fen,
            "late_fee_fen": report.late_fee_fen, "overdue_total_fen": report.principal_fen + report.late_fee_fen,
            "aging": [{"bucket": b, "units": u, "overdue_fen": p} for b, u, p in report.buckets],
            "by_item": [{"item": i, "units": u, "overdue_fen": p} for i, u, p in report.by_item],
            "lines": [{"code": ln.code, "owner": ln.owner, "phone": ln.phone, "items": ln.items,
                       "first_period": ln.first_period, "charges": ln.charges, "overdue_fen": ln.principal_fen,
                       "late_fee_fen": ln.late_fee_fen, "overdue_total_fen": ln.total_fen,
                       "days_overdue": ln.oldest_days, "bucket": ln.bucket} for ln in report.lines],
            "files": [str(f) for f in files]}
    _emit(args, data, f"截至 {report.as_of}：欠费 {len(report.lines)} 户，{NAMES['overdue']} "
                      f"{format_yuan(report.principal_fen)} 元，{NAMES['late_fee']} {format_yuan(report.late_fee_fen)} 元，"
                      f"{NAMES['overdue_total']} {format_yuan(data['overdue_total_fen'])} 元（未到期的费用不在其中）"
                      + "".join(f"\n{f}" for f in files))


def cmd_collection(args):
    from .services.reports import collection, tables as management_tables
    _open(args)
    actor = _login(args)
    report = collection.collection_report(actor, args.month)
    files = management_tables.write_collection(report, args.out) if args.out else []
    data = {"month": report.month, "as_of": report.as_of.isoformat(), "billed_fen": report.billed_fen,
            "collected_fen": report.collected_fen, "rate": report.rate, "unit_rate": report.unit_rate,
            "recovery_rate": report.recovery_rate, "received_fen": report.received_fen,
            "arrears_recovered_fen": report.arrears_recovered_fen, "arrears_open_fen": report.arrears_open_fen,
            "files": [str(f) for f in files]}
    _emit(args, data, f"{report.month}：应收 {format_yuan(report.billed_fen)} 元，实收 {format_yuan(report.collected_fen)}"
                      f" 元，收费率 {report.rate}，户收费率 {report.unit_rate}，清缴率 {report.recovery_rate}"
                      + "".join(f"\n{f}" for f in files))


def cmd_holdings(args):
    from .services.reports import holdings, tables as management_tables
    _open(args)
    actor = _login(args)
    report = holdings.holdings_report(actor, args.building or "")
    files = management_tables.write_holdings(report, args.out) if args.out else []
    data = {"as_of": report.as_of.isoformat(), "units": len(report.lines), "prepaid_fen": report.prepaid_fen,
            "deposits_fen": report.deposits_fen, "lines": [_jsonable(line) for line in report.lines],
            "files": [str(f) for f in files]}
    _emit(args, data, f"截至 {report.as_of}：{len(report.lines)} 户，预存余额 {format_yuan(report.prepaid_fen)} 元，"
                      f"押金 {format_yuan(report.deposits_fen)} 元" + "".join(f"\n{f}" for f in files))


def cmd_notices(args):
    from .documents.notice import render_notices
    from .services.reports import notices
    _open(args)
    actor = _login(args)
    batch = notices.notices(actor, args.kind, building_code=args.building or "", floor=args.floor,
                            bucket=args.bucket or "", unit_codes=[c for c in (args.units or "").split(",") if c.strip()],
                            as_of=args.as_of)
    out = Path(args.out)
    out.write_bytes(render_notices(batch, args.paper))
    from .services.reports import reminders
    reminders.log_notices(actor, batch)      # each unit noticed goes into the reminder log
    data = {"kind": batch.kind, "notices": len(batch.notices), "total_fen": sum(n.total_fen for n in batch.notices),
            "units": [n.unit for n in batch.notices], "file": str(out)}
    _emit(args, data, f"{notices.KINDS[batch.kind]} {len(batch.notices)} 份，合计 "
                      f"{format_yuan(data['total_fen'])} 元\n{out}")


def cmd_reminders(args):
    from .services.reports import reminders
    _open(args)
    actor = _login(args)
    if args.log:
        contact = reminders.log_reminder(actor, args.log, args.channel, args.note or "", promised_on=args.promised,
                                         follow_up_on=args.follow_up)
        _emit(args, contact, f"已记录：{contact.unit} {contact.channel} {contact.note}")
    elif args.export:
        path, count = reminders.message_list(actor, args.export, layout=args.layout,
                                             template=args.text or reminders.DEFAULT_TEXT, due=args.due,
                                             full_phones=args.full_phones, purpose=args.purpose or "")
        _emit(args, {"file": str(path), "rows": count}, f"名单 {count} 户：{path}")
    else:
        due = reminders.follow_ups(actor, args.on)
        _emit(args, due, "\n".join(f"{c.unit}  {c.follow_up_on}  {c.channel}  {c.by}  {c.note}" for c in due)
              or "今天没有要跟进的催缴")


def cmd_late_payers(args):
    from .core.figures import NAMES
    from .services.reports import late_payers
    _open(args)
    actor = _login(args)
    window, found = late_payers.late_payers(actor, args.as_of)
    data = {"window": list(window), "units": [dict(code=p.code, owner=p.owner, late_months=list(p.late_months),
                                                   as_of=p.owing.as_of, **p.owing.figures()) for p in found]}
    _emit(args, data, f"{window[0]}–{window[-1]} 中迟缴 6 个月以上：{len(found)} 户" + "".join(
        f"\n{p.code}  {p.owner}  迟缴 {len(p.late_months)} 个月  {NAMES['total']} {format_yuan(p.owed_fen)} 元"
        for p in found))


def cmd_dashboard(args):
    from .services.reports import dashboard, tables as management_tables
    _open(args)
    actor = _login(args)
    d = dashboard.dashboard(actor, args.month)
    out = Path(args.out)
    out.write_bytes(management_tables.dashboard_pdf(d))
    r = d.month_report           # the month's rates are the collection report's own
    data = {"month": d.month, "today_fen": d.day.received_fen, "month_fen": d.month_takings.received_fen,
            "rates_as_of": r.as_of, "rate": r.rate, "unit_rate": r.unit_rate, "recovery_rate": r.recovery_rate,
            "arrears_recovered_fen": r.arrears_recovered_fen,
            "trend": [{"month": p.month, "billed_fen": p.billed_fen, "collected_to_date_fen": p.collected_fen,
                       "owed_fen": p.owed_fen, "rate_to_date": p.rate} for p in d.trend],
            "late_payers": len(d.late), "file": str(out)}
    _emit(args, data, f"{d.month}：今日实收 {format_yuan(d.day.received_fen)} 元，本月实收 "
                      f"{format_yuan(d.month_takings.received_fen)} 元，本月收费率 {r.rate}（截至 {r.as_of}），"
                      f"清欠 {format_yuan(r.arrears_recovered_fen)} 元，习惯性迟缴 {len(d.late)} 户\n{out}")


def cmd_statement(args):
    from .services.closing import statement
    _open(args)
    actor = _login(args)
    result = statement.check(actor, args.date, args.file)
    _emit(args, result, statement.summary_text(result))


def cmd_notice(args):
    from .services.consultation import desk as consultation
    _open(args)
    viewer = _viewer(args, public=True)      # the fee schedule posted on the notice board
    Path(args.out).write_bytes(consultation.notice_pdf(viewer))
    entries = consultation.catalogue(viewer)
    _emit(args, {"out": args.out, "items": [e.name for e in entries]},
          f"收费公示已输出到 {args.out}（{len(entries)} 个项目）")


def cmd_calc(args):
    from .services.consultation import desk as consultation
    _open(args)
    viewer = _viewer(args, public=not (args.unit or args.through))   # a unit's figures need a user
    if args.through:
        result = consultation.pay_through(viewer, args.unit, args.through)
    else:
        from .core.periods import Month
        from .ledger.estate import estate_of
        from .ledger import clock
        first = args.from_month or str(Month.of(clock.business_date(estate_of(viewer).timezone)).add(1))
        result = consultation.calculate(viewer, args.item, first, args.months, unit_code=args.unit, area=args.area,
                                        vacant=args.vacant, spaces=args.spaces, usage=args.usage)
    _emit(args, result, "\n".join([result.title, *result.lines, f"金额：{format_yuan(result.amount_fen)} 元"]))


def cmd_follow_ups(args):
    """The consultations logged as 需跟进 or 投诉 and not yet closed; with --close, one of them answered
    and closed (its answer added to the log, audited)."""
    from .services.consultation import desk as consultation
    _open(args)
    actor = _login(args)
    if args.close is not None:
        consultation.close_follow_up(actor, args.close, args.answer or "")
        _emit(args, {"closed": args.close}, f"咨询 {args.close} 已答复并关闭")
        return
    rows = consultation.open_follow_ups(actor)
    _emit(args, [{"id": c.id, "topic": c.topic, "question": c.question, "owner": c.follow_up_owner} for c in rows],
          "\n".join(f"{c.id:>5}  {c.topic}  {c.question}（{c.follow_up_owner}）" for c in rows) or "没有待跟进的咨询")


def cmd_migrate_db(args):
    """Copy a single counter's ledger onto the office's server, verified. The source file is only
    read: the move is made from a copy of it (brought up to date and signed in to there)."""
    import shutil
    import tempfile

    from .services.common.session import not_a_ledger, open_database
    from .services.setup import moving
    from .store import backup as copies
    from .store.server import is_server_url
    source = Path(args.source)
    if is_server_url(args.source):
        raise CounterError("--from 应是单机账本文件（服务器之间请用备份和恢复）")
    problem = not_a_ledger(source)
    if problem:
        raise CounterError(problem)
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="migrate-", dir=paths.data_dir()))
    try:
        copy = copies.copy_sqlite(source, work / "source.sqlite3")
        open_database(copy)
        actor = _login(args)
        report = moving.move_ledger(actor, args.target, progress=None, source_name=str(source))
    finally:
        from .store import db as dbmod
        dbmod.close()
        shutil.rmtree(work, ignore_errors=True)
    text = [f"{t.table:<18} {t.rows:>9} 行" for t in report.tables if t.rows]
    if report.ok:
        text.append(f"已迁移到 {report.target}：逐表行数和金额合计与原库一致，审计链 {report.audit_rows} 条校验通过。"
                    f"\n各收费窗口请改用：--db {report.target}（或在设置里填写服务器地址）")
    else:
        text.append("迁移后核对不一致（新库没有记下迁移，请勿使用）：\n" + "\n".join(f"  {p}" for p in report.problems))
    _emit(args, report, "\n".join(text))
    return 0 if report.ok else 3


def cmd_backup(args):
    from .services.setup import backups
    _open(args)
    actor = _login(args)
    if args.rotate:          # as the window's daily backup does: named auto-…, older ones rotated
        actor.require("database.backup")
        result = backups.automatic(actor.username, args.to, daily=args.daily, monthly=args.monthly)
    else:
        result = backups.back_up(actor, args.to)
    removed = f"；按保留规则删除了 {len(result.removed)} 个旧的自动备份" if result.removed else ""
    left = "".join(f"\n注意：{why}" for why in result.left)
    _emit(args, result, f"已备份并校验（{result.checked}）：{result.path}"
                        f"（{result.size / 1_048_576:.1f} MB）{removed}{left}\n审计链头 {result.anchor}（已写在备份旁）")


def cmd_restore(args):
    """A backup checked in full on a copy first; the ledger in use replaced only then, saved first.
    Onto a file not there yet or an empty server database, signed in as one of the backup's users."""
    from .services.common.session import open_for_restore
    from .services.setup import backups, restore
    if args.show:            # what the backup holds, to choose before restoring (nothing changes)
        _open(args)
        _login(args).require("database.restore")      # a backup's estates and receipts: as the window's 恢复备份
        info = backups.describe(args.file)
        counts = (f"房屋 {info.units} 户，收据 {info.payments} 张，审计记录 {info.audit_rows} 条"
                  if info.units is not None else "（服务器备份：数量在恢复时校验）")
        _emit(args, info, "\n".join([f"备份时间：{info.taken_at:%Y-%m-%d %H:%M:%S}" if info.taken_at else "备份时间：—",
                                      f"数据库版本：{info.schema_version}", f"小区：{'、'.join(info.estates) or '—'}",
                                      f"最后一张收据：{info.last_receipt or '—'}", counts]))
        return 0
    ledger = open_for_restore(args.db)
    candidate = restore.examine(args.file, ledger)
    try:
        if candidate.loses and not args.accept_loss:
            raise CounterError(candidate.loss_text() + "\n确认丢失这些、仍要恢复，请加 --accept-loss；没有恢复")
        if candidate.unchecked and not args.accept_unchecked:
            raise CounterError(candidate.unchecked_text() + "\n仍要恢复，请加 --accept-unchecked；没有恢复，当前账本没有改动")
        if ledger == "":
            actor = _login(args)
        else:
            if not args.user:
                raise CounterError("此命令需要 --user 用户名（恢复到空账本时，用备份里的管理员登录）")
            actor = restore.sign_in_to(candidate, args.user, _password(args), getattr(args, "estate", "") or "")
        result = restore.put_in_place(actor, candidate, args.db, args.safety or paths.backups_dir(),
                                      accept_loss=args.accept_loss, accept_unchecked=args.accept_unchecked)
    finally:
        restore.discard(candidate)
    saved = f"恢复前的账本已另存为 {result.previous_saved_to}" if result.previous_saved_to else "原来没有账本，无需另存"
    lost = (f"；丢弃了之后记下的 {result.dropped} 项，编号接着原来的最大号往下编" if result.dropped else "")
    checked = (f"备份先在副本上检查通过（审计链 {result.audit_rows} 条）" if not result.unchecked else
               f"备份先在副本上检查，没能全部核对（审计链 {result.audit_rows} 条，本机没有密钥的部分未核对）")
    _emit(args, result, f"已从 {result.restored_from} 恢复：{checked}"
                        f"再替换账本。{saved}{lost}" + "".join(f"\n注意：{u}" for u in result.unchecked))


REQUEST_ID_HELP = ("this command's own id, made by the caller: sent again with the same id it records at most "
                   "once (default: one is made and printed before anything is sent)")


def cmd_privacy(args):
    """个人信息: erase former occupants past the retention period, set it, an owner's copy of their data."""
    from .services.setup import privacy
    _open(args)
    actor = _login(args)
    if args.action == "retention":
        if args.years is not None:
            privacy.set_retention(actor, args.years)
        _emit(args, {"years": privacy.retention_years()}, f"迁出住户的个人信息保存 {privacy.retention_years()} 年")
    elif args.action == "erase":
        due = (privacy.due_for_erasure if args.dry_run else privacy.erase_former)(actor, args.on)
        text = [f"{d.shown_as}  {'、'.join(d.units)}  {d.left_on} 迁出" for d in due]
        head = "将删除" if args.dry_run else "已删除"
        _emit(args, due, f"{head} {len(due)} 位迁出住户的个人信息（保存期 {privacy.retention_years()} 年）"
                         + "".join(f"\n  {t}" for t in text))
    else:
        if not (args.name and args.out):
            raise CounterError("privacy access 需要 --name 和 --out")
        Path(args.out).write_bytes(privacy.access_copy(actor, args.name, args.phone or ""))
        _emit(args, {"out": args.out}, f"{args.name} 的个人信息查阅件已输出到 {args.out}（本次查看已记录）")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = A.Parser(prog="counter-app", description="物业收费前台")
    parser.add_argument("--version", action="version", version=f"counter-app {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the window on the demo database")
    parser.add_argument("--database", help="open the window on this database file")
    parser.add_argument("--selftest", action="store_true", help="check this installation headless and exit")
    common = A.Parser(add_help=False)
    common.add_argument("--db", default=str(paths.default_db()), type=A.database,
                        help="SQLite database file, or postgresql://user@server/database")
    common.add_argument("--json", action="store_true", help="print JSON")
    common.add_argument("--user", help="user name (password: COUNTER_APP_PASSWORD or prompt)")
    common.add_argument("--estate", help="the estate (name or number) when the database holds several")
    sub = parser.add_subparsers(dest="command", parser_class=A.Parser)

    p = sub.add_parser("demo", parents=[common], help="create a demo database")
    p.add_argument("--small", action="store_true", help="60 units and 6 months, for quick tries")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("bill", parents=[common], help="bill a month for the estate or one building")
    p.add_argument("--period", required=True, type=A.month, help="YYYY-MM")
    p.add_argument("--building")
    p.add_argument("--preview", action="store_true", help="say what would be billed, write nothing")
    p.add_argument("--confirm-ahead", action="store_true",
                   help="bill a month more than one month ahead (its charges become due at the counter)")
    p.set_defaults(func=cmd_bill)

    p = sub.add_parser("bill-runs", parents=[common], help="the latest billing runs and what became of them")
    p.add_argument("--limit", type=A.positive_int, default=50)
    p.set_defaults(func=cmd_bill_runs)

    p = sub.add_parser("bill-reverse", parents=[common], help="take back a billing run nothing of which is paid")
    p.add_argument("run", type=A.positive_int, help="the run's number (bill-runs)")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_bill_reverse)

    p = sub.add_parser("standard", parents=[common], help="fee standards: list, preview a rate change, add one")
    p.add_argument("action", choices=["list", "preview", "add"])
    p.add_argument("item", nargs="?", default="", help="the fee item's code or name")
    p.add_argument("--from", dest="effective_from", type=A.day, help="YYYY-MM-DD, the first day it applies")
    p.add_argument("--rate", help="the rate in yuan (per m², per month, per unit of usage …)")
    p.add_argument("--tier", action="append", type=A.tier, help="a tier of a metered item, UPTO:RATE (repeat)")
    p.add_argument("--vacancy", type=A.count_int, help="percent charged while vacant (default: as before)")
    p.add_argument("--rounding-unit", type=int, choices=[1, 10, 100], help="round to 分 (1), 角 (10) or 元 (100) "
                                                                         "(default: as before)")
    p.add_argument("--rounding-scope", choices=["month", "bill"], help="round each month or the whole bill")
    p.add_argument("--basis", help="政策依据: the document or resolution")
    p.set_defaults(func=cmd_standard)

    p = sub.add_parser("settings", parents=[common], help="the estate's settings: show them, or change some "
                                                          "(administrator)")
    for option in SETTING_OPTIONS:
        if option == "waiver_limit":
            p.add_argument("--waiver-limit", dest="waiver_limit", type=A.yuan, help="a cashier's waiver limit (yuan)")
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

    p = sub.add_parser("owed", parents=[common], help="charges due with late fees as of a date")
    p.add_argument("unit")
    p.add_argument("--date", type=A.day, help="YYYY-MM-DD (default: today)")
    p.set_defaults(func=cmd_owed)

    p = sub.add_parser("pay", parents=[common], help="take a payment")
    p.add_argument("unit")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--all-due", action="store_true")
    mode.add_argument("--charges", type=A.ids, help="charge ids, comma separated")
    mode.add_argument("--amount", type=A.positive_yuan, help="an amount in 元, allocated oldest first")
    p.add_argument("--tender", action="append", type=A.tender, help="METHOD:YUAN[:REF], repeatable")
    p.add_argument("--advance", action="append", type=A.advance, help="ITEM:MONTHS paid ahead, repeatable")
    p.add_argument("--adhoc", action="append", type=A.adhoc, help="ITEM[:YUAN[:NOTE]] one-off charge or deposit")
    p.add_argument("--prepay", type=A.yuan, help="put this many 元 on the prepaid balance")
    p.add_argument("--to-prepaid", action="store_true", help="overpayment goes to the prepaid balance")
    p.add_argument("--waive", type=A.ids, help="charge ids whose late fee is waived")
    p.add_argument("--waive-reason")
    p.add_argument("--payer")
    p.add_argument("--remarks")
    p.add_argument("--request-id", type=A.request_id, help=REQUEST_ID_HELP)
    p.set_defaults(func=cmd_pay)

    p = sub.add_parser("request", parents=[common], help="did it go through? what a request id recorded")
    p.add_argument("request_id", type=A.request_id, help="the request id a money command printed or was given")
    p.set_defaults(func=cmd_request)

    p = sub.add_parser("explain", parents=[common], help="line-by-line computation of a charge")
    p.add_argument("unit")
    p.add_argument("item")
    p.add_argument("--period", required=True, type=A.month, help="YYYY-MM")
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("audit", parents=[common], help="verify the audit trail and every sealed row (manager)")
    p.add_argument("action", choices=["verify"])
    p.add_argument("--anchor", action="append", type=A.anchor,
                   help="N:HASH, a head printed on a Z or day report or kept with a backup: the ledger must still "
                        "hold it at row N (repeatable)")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("privacy", parents=[common], help="个人信息: erase former occupants past the retention period "
                       "(administrator), the period, an owner's copy of their data (manager)")
    p.add_argument("action", choices=["erase", "retention", "access"])
    p.add_argument("--dry-run", action="store_true", help="erase: only list who would be erased")
    p.add_argument("--on", type=A.day, help="erase: as of this day (default today)")
    p.add_argument("--years", type=A.positive_int, help="retention: years kept after moving out")
    p.add_argument("--name", help="access: the person")
    p.add_argument("--phone", help="access: their phone, when several share the name")
    p.add_argument("--out", type=A.out_path, help="access: the PDF to write")
    p.set_defaults(func=cmd_privacy)

    p = sub.add_parser("key", parents=[common], help="the ledger's keys: status, recovery code, export to another "
                                                     "PC, import (administrator)")
    p.add_argument("action", choices=["status", "code", "export", "import"])
    p.add_argument("source", nargs="?", help="import: an exported key file, or a recovery code")
    p.add_argument("--out", type=A.out_path, help="export: the file to write (keep it safe)")
    p.set_defaults(func=cmd_key)

    p = sub.add_parser("last", parents=[common], help="your last receipt, and whether it was printed")
    p.set_defaults(func=cmd_last)

    p = sub.add_parser("receipt", parents=[common], help="receipt documents; verify a scanned receipt")
    p.add_argument("action", choices=["pdf", "verify"])
    p.add_argument("number", help="pdf: the receipt number; verify: the code of its QR, NUMBER|AMOUNT|CHECK")
    p.add_argument("--out", type=A.out_file)
    p.add_argument("--layout", default="80mm", type=A.layout, help="80mm, 58mm, a5, form3")
    p.add_argument("--copy", action="store_true", help="a marked, recorded reprint (needs --user)")
    p.add_argument("--preprinted", action="store_true", help="fields only, for pre-printed forms (套打)")
    p.set_defaults(func=cmd_receipt)

    p = sub.add_parser("void", parents=[common], help="void a receipt of an open shift (a manager authorises)")
    p.add_argument("number", help="the receipt number")
    p.add_argument("--reason", required=True)
    p.add_argument("--authoriser", required=True, help="the manager's user name (password: COUNTER_APP_AUTH_PASSWORD)")
    p.add_argument("--red-letter", help="for an invoiced receipt: the note that a 红字 invoice is needed")
    p.add_argument("--request-id", type=A.request_id, help=REQUEST_ID_HELP)
    p.set_defaults(func=cmd_void)

    p = sub.add_parser("refund", parents=[common], help="refund a receipt of a closed shift (a manager authorises)")
    p.add_argument("number", help="the receipt number")
    p.add_argument("--lines", type=A.refund_lines, help="LINE[:YUAN],… (default: everything left to refund)")
    p.add_argument("--tender", required=True, type=A.refund_tender, help="how the money goes back: METHOD[:REF]")
    p.add_argument("--reason", required=True)
    p.add_argument("--authoriser", required=True, help="the manager's user name (password: COUNTER_APP_AUTH_PASSWORD)")
    p.add_argument("--red-letter", help="for an invoiced receipt: the note that a 红字 invoice is needed")
    p.add_argument("--request-id", type=A.request_id, help=REQUEST_ID_HELP)
    p.set_defaults(func=cmd_refund)

    p = sub.add_parser("invoice", parents=[common], help="invoice requests and the tax platform's batch (数电票)")
    p.add_argument("action", choices=["request", "list", "export", "import", "issued", "red", "item"])
    p.add_argument("key", nargs="?", help="request: the receipt number; import: the platform's file; issued/red: "
                   "a request number or receipt number; item: the fee item's code")
    p.add_argument("--buyer", help="抬头: the buyer's name")
    p.add_argument("--tax-id", help="the buyer's 18-character taxpayer number (none for an individual)")
    p.add_argument("--contact", help="email or mobile the e-invoice goes to")
    p.add_argument("--lines", type=A.ids, help="receipt lines to invoice (default: all it still can)")
    p.add_argument("--date", type=A.day, help="export: the day whose requests are sent; issued: the invoice's date")
    p.add_argument("--out", type=A.out_file, help="export: the workbook to write")
    p.add_argument("--number", help="issued/red: the platform's invoice number")
    p.add_argument("--tax-code", help="item: the 19-digit tax classification code")
    p.add_argument("--rate", help="item: the VAT rate in %% (6, 9, 13, 3 …)")
    p.add_argument("--all", action="store_true", help="list: every request, not only those still to do")
    p.set_defaults(func=cmd_invoice)

    p = sub.add_parser("user", parents=[common], help="users: list, add, disable, enable, change role, reset a "
                                                      "password (administrator)")
    p.add_argument("action", choices=["add", "reset-password", "list", "disable", "enable", "role"])
    p.add_argument("username", nargs="?", default="")
    p.add_argument("--name", help="display name (add)")
    p.add_argument("--role", choices=["cashier", "manager", "admin"])
    p.add_argument("--new-password")
    p.set_defaults(func=cmd_user)

    p = sub.add_parser("shift", parents=[common], help="open or close the cashier's shift, or an X report")
    p.add_argument("action", choices=["open", "close", "x"])
    p.add_argument("--float", type=A.yuan, help="opening float in 元 (open)")
    p.add_argument("--count", type=A.drawer_count, help="drawer count, e.g. 100x5,50x2,0.5x3 (close)")
    p.add_argument("--note", help="why the drawer is over or short (close)")
    p.set_defaults(func=cmd_shift)

    p = sub.add_parser("closeout", parents=[common], help="write a day's (or a shift's) report: PDF, XLSX, CSV")
    p.add_argument("--date", type=A.day, help="YYYY-MM-DD")
    p.add_argument("--shift", type=A.positive_int)
    p.add_argument("--out", type=A.out_folder, help="the folder the report is written to")
    p.add_argument("--close", action="store_true", help="close the day (manager)")
    p.add_argument("--reopen", type=A.day, metavar="DATE", help="reopen a closed day (administrator; --reason)")
    p.add_argument("--reason", help="why the day is reopened")
    p.set_defaults(func=cmd_closeout)

    p = sub.add_parser("arrears", parents=[common], help="the arrears list with aging (manager): PDF, XLSX, CSV")
    p.add_argument("--as-of", type=A.day, help="YYYY-MM-DD (default: today)")
    p.add_argument("--building", help="one building's code")
    p.add_argument("--full-phones", action="store_true",
                   help="full phone numbers (roles that may see them, with --purpose; logged); masked otherwise")
    p.add_argument("--purpose", help="why the full numbers are needed (logged with who, when and the units)")
    p.add_argument("--out", help="folder for the files", type=A.out_folder)
    p.set_defaults(func=cmd_arrears)

    p = sub.add_parser("collection", parents=[common], help="a month's collection report (manager): PDF, XLSX, CSV")
    p.add_argument("--month", required=True, type=A.month, help="YYYY-MM")
    p.add_argument("--out", help="folder for the files", type=A.out_folder)
    p.set_defaults(func=cmd_collection)

    p = sub.add_parser("holdings", parents=[common],
                       help="prepaid balances and deposits held, unit by unit (manager): PDF, XLSX, CSV")
    p.add_argument("--building", help="one building's code")
    p.add_argument("--out", help="folder for the files", type=A.out_folder)
    p.set_defaults(func=cmd_holdings)

    p = sub.add_parser("notices", parents=[common], help="缴费 / 催缴 notices of a building, floor, aging bucket or "
                                                         "units (manager): one PDF, each with the unit's barcode")
    p.add_argument("--kind", choices=("due", "overdue"), default="overdue")
    p.add_argument("--building", help="one building's code")
    p.add_argument("--floor", type=A.floor, help="one floor (with --building)")
    p.add_argument("--bucket", help="an aging bucket as the arrears list names it, e.g. 91–180 天")
    p.add_argument("--units", help="unit numbers, comma-separated")
    p.add_argument("--as-of", type=A.day, help="YYYY-MM-DD (default: today)")
    p.add_argument("--paper", choices=("a4", "a5"), default="a4", help="a5: two notices to an A4 sheet")
    p.add_argument("--out", required=True, type=A.out_file, help="the PDF to write")
    p.set_defaults(func=cmd_notices)

    p = sub.add_parser("reminders", parents=[common], help="催缴记录: the day's follow-ups (default), log a contact "
                                                           "(--log UNIT), or export a message list (--export FILE)")
    p.add_argument("--log", metavar="UNIT", help="log a contact with this unit")
    p.add_argument("--channel", choices=("notice", "phone", "visit", "message"), default="phone")
    p.add_argument("--note", help="what they said")
    p.add_argument("--promised", type=A.day, help="the payment date promised, YYYY-MM-DD")
    p.add_argument("--follow-up", type=A.day, help="when to contact them again, YYYY-MM-DD")
    p.add_argument("--export", type=A.out_file, help="a message list, .csv or .xlsx, of the units in arrears")
    p.add_argument("--layout", choices=("generic", "number_text"), default="generic",
                   help="generic: name, phone, unit, amount, due, text; number_text: phone and text only")
    p.add_argument("--text", help="the message, with {estate} {owner} {unit} {amount} {due}")
    p.add_argument("--due", type=A.day, help="the date to pay by in the message (default: today)")
    p.add_argument("--full-phones", action="store_true", help="full numbers (roles that may see them, with "
                   "--purpose; logged)")
    p.add_argument("--purpose", help="why the full numbers are needed (logged with who, when and the units)")
    p.add_argument("--on", type=A.day, help="follow-ups due on or before this day (default: today)")
    p.set_defaults(func=cmd_reminders)

    p = sub.add_parser("late-payers", parents=[common],
                       help="units late in at least 6 of the last 12 whole months (manager)")
    p.add_argument("--as-of", type=A.day, help="YYYY-MM-DD (default: today)")
    p.set_defaults(func=cmd_late_payers)

    p = sub.add_parser("dashboard", parents=[common], help="the manager's dashboard as a PDF with its charts")
    p.add_argument("--month", type=A.month, help="YYYY-MM (default: this month)")
    p.add_argument("--out", required=True, type=A.out_file, help="the PDF to write")
    p.set_defaults(func=cmd_dashboard)

    p = sub.add_parser("statement", parents=[common], help="check a bank or payment-platform statement")
    p.add_argument("file")
    p.add_argument("--date", required=True, type=A.day, help="YYYY-MM-DD")
    p.set_defaults(func=cmd_statement)

    p = sub.add_parser("notice", parents=[common], help="the fee schedule notice (收费公示) as an A4 PDF")
    p.add_argument("--out", required=True, type=A.out_file)
    p.set_defaults(func=cmd_notice)

    p = sub.add_parser("calc", parents=[common], help="fee calculator: a unit or hypothetical figures")
    p.add_argument("item", nargs="?", default="WYF")
    p.add_argument("--from", dest="from_month", default=None, type=A.month, help="first month YYYY-MM")
    p.add_argument("--months", type=A.months, default=12)
    p.add_argument("--unit")
    p.add_argument("--area", help="hypothetical area in ㎡")
    p.add_argument("--vacant", action="store_true")
    p.add_argument("--spaces", type=A.count_int)
    p.add_argument("--usage", help="hypothetical metered usage")
    p.add_argument("--through", type=A.month, help="what the unit owes if it pays through YYYY-MM")
    p.set_defaults(func=cmd_calc)

    p = sub.add_parser("follow-ups", parents=[common], help="consultations waiting for a follow-up; "
                       "--close ID --answer TEXT answers and closes one")
    p.add_argument("--close", type=A.positive_int, help="the consultation's number, as listed")
    p.add_argument("--answer", help="what the caller was told")
    p.set_defaults(func=cmd_follow_ups)

    p = sub.add_parser("migrate-db", parents=[common], help="copy a single counter's ledger onto the office's "
                       "PostgreSQL server, verified (administrator)")
    p.add_argument("--from", dest="source", required=True, type=A.database, help="the SQLite ledger file")
    p.add_argument("--to", dest="target", required=True, type=A.database, help="postgresql://user@server/database (empty)")
    p.set_defaults(func=cmd_migrate_db)

    p = sub.add_parser("backup", parents=[common], help="a verified copy of the database (pg_dump on a server)")
    p.add_argument("--to", required=True, type=A.out_path, help="the backup folder (a USB drive or a share)")
    p.add_argument("--rotate", action="store_true", help="name it as the daily automatic backup and remove the "
                   "automatic backups the rotation no longer keeps")
    p.add_argument("--daily", type=A.count_int, default=14, help="with --rotate: days kept (default 14)")
    p.add_argument("--monthly", type=A.count_int, default=12, help="with --rotate: months kept (default 12)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="restore a backup, after backing up the current database")
    p.add_argument("file", type=A.out_path, help="a backup made by `backup`")
    p.add_argument("--safety", type=A.out_folder, help="where the current database is saved first (default: the "
                   "data folder's backups)")
    p.add_argument("--show", action="store_true", help="only show what the backup holds (date, schema, estates, "
                   "last receipt, counts)")
    p.add_argument("--accept-loss", action="store_true", help="restore a backup older than the ledger in use, "
                   "dropping what was recorded since (listed without it)")
    p.add_argument("--accept-unchecked", action="store_true", help="restore a backup that could not be fully "
                   "checked: audit rows sealed under a key this PC does not hold (import the key first to check all)")
    p.set_defaults(func=cmd_restore)

    from . import cli_data
    cli_data.add_parsers(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:       # --help, or a value refused in one line (exit status 2)
        return stop.code if isinstance(stop.code, int) else 2
    from .logs import setup_logging
    if args.selftest:
        from .selftest import run_selftest
        report = os.environ.get("COUNTER_APP_SELFTEST_LOG")
        if report or sys.stdout is None:  # a windowed .exe has no console to print to
            sys.stdout = sys.stderr = open(report or os.devnull, "w", encoding="utf-8")
        return run_selftest()
    setup_logging()
    if args.command is None:
        from .ui.app import run_app
        return run_app(demo=args.demo, db_path=args.database)
    # The one error boundary: a refusal or a database failure is a sentence and an exit status,
    # never a traceback (that goes to the log).
    try:
        code = args.func(args) or 0
        sys.stdout.flush()           # a closed pipe is found here, inside the boundary
        return code
    except CounterError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _output_lost(args)
    except OSError as exc:
        return _file_failed(args, exc)
    except Exception as exc:
        return _failed(args, exc)
    finally:
        from .store import db
        db.close()


def _output_lost(args) -> int:
    """Whoever read the output went away (`… | head`, a closed terminal): what was recorded is
    said where it still can be, and it counts as done."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())      # nothing more to write there, nor at exit
    recorded = getattr(args, "recorded", None)
    try:
        if recorded:
            print(f"已记账：{recorded}；但结果没能输出（接收输出的程序已关闭）", file=sys.stderr)
        else:
            print("输出中断：接收输出的程序已关闭", file=sys.stderr)
    except OSError:
        pass
    return 0 if recorded else 3


# A file the system refused, by its errno: what it means, and whether it was the path given (2) or
# the device under it (3).
_FILE_FAILURES = {errno.ENOSPC: ("磁盘已满，没有写完", 3), errno.EIO: ("读写出错（磁盘或 U 盘有故障？）", 3),
                  errno.ENOENT: ("文件或文件夹不存在", 2), errno.ENOTDIR: ("路径里有一级不是文件夹", 2),
                  errno.EISDIR: ("这是一个文件夹，不是文件", 2), errno.EEXIST: ("已有同名的文件", 2),
                  errno.EACCES: ("没有权限", 2), errno.EPERM: ("没有权限", 2), errno.EROFS: ("磁盘是只读的", 2),
                  errno.ENAMETOOLONG: ("名字太长", 2)}


def _file_failed(args, exc: OSError) -> int:
    logging.getLogger("counter_app.cli").warning("command %s: %s", args.command, exc)
    words, code = _FILE_FAILURES.get(exc.errno, (exc.strerror or type(exc).__name__, 3))
    where = exc.filename if exc.filename is not None else ""
    print(f"错误：{where}：{words}" if where else f"错误：{words}", file=sys.stderr)
    return code


def _failed(args, exc: Exception) -> int:
    from .services.counter import request_ids
    from .store import failures
    if isinstance(exc, request_ids.RecordedUnread):         # recorded: done, though not yet read back
        _emit(args, {"number": exc.number, "request_id": exc.request_id, "recorded": True, "read_back": False},
              str(exc))
        return 0
    if isinstance(exc, request_ids.Uncertain):
        print(f"错误：{exc}", file=sys.stderr)
        return 3
    logging.getLogger("counter_app.cli").exception("command %s failed", args.command)
    message = failures.describe(exc, getattr(args, "db", None), retry=failures.AT_THE_COMMAND_LINE)
    if message:
        print(f"错误：{message}", file=sys.stderr)
        return 3
    print(f"错误：程序内部错误（{type(exc).__name__}），详情已写入日志 {paths.logs_dir()}。", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
