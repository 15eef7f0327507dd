"""Every edit made behind the program is found and its row named: a copy of a ledger
(tamper_ledger.py) is edited by another program, on SQLite or the server alike (tests/outside.py),
in each way an insider holding the file might try, and `counter-app audit verify` then exits
non-zero naming what was edited. The ledger is built once per engine; each case edits its own copy,
which the test's PC holds the keys of (imported, as on a new PC)."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil

import pytest

from counter_app import cli
from counter_app.ledger import audit
from tests import outside
from tests.reliability import tamper_ledger


@pytest.fixture(scope="module")
def built(request, tmp_path_factory):
    engine = request.config.getoption("--engine")
    if engine == "sqlite":
        yield tamper_ledger.build(tmp_path_factory.mktemp("tamper") / "ledger.sqlite3")
        return
    from tests.pg_server import server
    pg = server()
    pg.sql("DROP DATABASE IF EXISTS tamper_base WITH (FORCE)")
    pg.sql("CREATE DATABASE tamper_base")
    yield tamper_ledger.build(pg.url("tamper_base"))
    pg.sql("DROP DATABASE IF EXISTS tamper_base WITH (FORCE)")


_copies = iter(range(1, 10 ** 6))


@pytest.fixture
def copy(built, tmp_path, engine):
    """This case's own copy of the ledger, and the keys of it on this test's PC."""
    tamper_ledger.carry_keys(built)
    if engine == "sqlite":
        target = tmp_path / "copy.sqlite3"
        shutil.copy(built.target, target)
        yield str(target)
        return
    from tests.pg_server import server
    pg = server()
    name = f"tamper_{os.getpid()}_{next(_copies)}"
    pg.sql(f"CREATE DATABASE {name} TEMPLATE tamper_base")
    yield pg.url(name)
    from counter_app.store import db as dbmod
    dbmod.close()
    pg.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _verify(capsys, monkeypatch, target, *extra):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    code = cli.main(["audit", "verify", "--db", target, "--user", "manager", *extra])
    out, err = capsys.readouterr()
    return code, out + err


def test_the_untouched_ledger_verifies_in_full(copy, capsys, monkeypatch):
    code, text = _verify(capsys, monkeypatch, copy)
    assert code == 0 and "账目一致" in text and "无法核对" not in text, text


def q(target, sql, params=()):
    return outside.execute(target, sql, params)


def one(target, sql, params=()):
    return q(target, sql, params)[0][0]


PAY = "(SELECT id FROM payment WHERE number = '{n}')"


# -- the edits: each a list of statements (format fields from the ledger's facts), or a function
# of (target, facts) that edits and returns the words verify must say. -----------------------------

def _unpaid_charge(target) -> tuple[int, int, str]:
    cid, item, start = q(target, "SELECT id, item_id, period_start FROM charge WHERE paid_fen = 0 AND cancelled_at IS "
                                 "NULL AND run_id IS NOT NULL ORDER BY id DESC LIMIT 1")[0]
    return cid, item, str(start)[:7]


def charge_amount_with_billed_month(target, f):
    cid, item, month = _unpaid_charge(target)
    q(target, "UPDATE charge SET amount_fen = amount_fen + 100 WHERE id = ?", (cid,))
    q(target, "UPDATE billed_month SET billed_fen = billed_fen + 100 WHERE item_id = ? AND month = ?", (item, month))
    return f"应收 {cid}（"


def _charge_gone_with_billed_month(target, sql: str) -> int:
    """An unpaid charge taken out of its month (cancelled or deleted by `sql`), the month's total
    made to match: the month adds up again."""
    cid, item, month = _unpaid_charge(target)
    amount = one(target, "SELECT amount_fen FROM charge WHERE id = ?", (cid,))
    q(target, sql, (cid,))
    q(target, "UPDATE billed_month SET billed_fen = billed_fen - ?, charges = charges - 1 WHERE item_id = ? AND "
              "month = ?", (amount, item, month))
    return cid


def charge_cancelled_with_billed_month(target, f):
    cid = _charge_gone_with_billed_month(target, "UPDATE charge SET cancelled_at = '2026-01-12 03:00:00' WHERE id = ?")
    return f"应收 {cid}（"


def charge_deleted_with_billed_month(target, f):
    cid = _charge_gone_with_billed_month(target, "DELETE FROM charge WHERE id = ?")
    return f"应收（id {cid}） 已不在账本中"


def charge_inserted_with_billed_month(target, f):
    unit, item, std = q(target, "SELECT unit_id, item_id, standard_id FROM charge WHERE run_id IS NOT NULL "
                                "ORDER BY id LIMIT 1")[0]
    q(target, "INSERT INTO charge (unit_id, item_id, standard_id, period_start, period_end, months, amount_fen, "
              "paid_fen, due_date, basis, rounding, origin, dedupe_key, created_at, note) VALUES (?, ?, ?, "
              "'2025-06-01', '2025-06-30', 1, 50000, 0, '2025-07-01', '补收', '分', 'bill', 'fake-1', "
              "'2026-01-12 01:00:00', '')", (unit, item, std))
    cid = one(target, "SELECT id FROM charge WHERE dedupe_key = 'fake-1'")
    q(target, "INSERT INTO billed_month (item_id, month, billed_fen, charges) VALUES (?, '2025-06', 50000, 1)", (item,))
    return f"应收 {cid}（"


def whole_receipt_deleted(target, f):
    """The last receipt, its tenders, lines and movements deleted, the charges it paid made unpaid
    again and the counter wound back: the next receipt would be given its number again."""
    pid = one(target, "SELECT id FROM payment WHERE number = ?", (f["last"],))
    for cid, principal in q(target, "SELECT charge_id, principal_fen FROM payment_line WHERE payment_id = ?", (pid,)):
        q(target, "UPDATE charge SET paid_fen = paid_fen - ? WHERE id = ?", (principal, cid))
    for table in ("tender", "payment_line", "prepaid_movement"):
        q(target, f"DELETE FROM {table} WHERE payment_id = ?", (pid,))
    q(target, "DELETE FROM payment WHERE id = ?", (pid,))
    q(target, "UPDATE document_counter SET last_seq = last_seq - 1 WHERE series = 'SJ' AND year = 2026")
    return f"收据 {f['last']} 记在审计记录第"


def receipt_inserted(target, f):
    cols = ("estate_id, series, year, unit_id, payer, kind, lines_fen, late_fee_fen, waived_fen, topup_fen, total_fen, "
            "cash_tendered_fen, change_fen, prepaid_after_fen, created_at, business_date, user_id, shift_id, status, "
            "remarks, content_hash, training, void_reason")
    seq = one(target, "SELECT last_seq FROM document_counter WHERE series = 'SJ' AND year = 2026") + 1
    number = f"SJ2026-{seq:06d}"
    q(target, f"INSERT INTO payment (seq, number, {cols}) SELECT ?, ?, {cols} FROM payment WHERE number = ?",
      (seq, number, f["paid"]))
    q(target, "UPDATE document_counter SET last_seq = last_seq + 1 WHERE series = 'SJ' AND year = 2026")
    return f"收据 {number}"


def refund_deleted(target, f):
    rid = one(target, "SELECT id FROM refund WHERE number = ?", (f["deposit_refund"],))
    q(target, "DELETE FROM refund_line WHERE refund_id = ?", (rid,))
    q(target, "DELETE FROM refund WHERE id = ?", (rid,))
    q(target, "UPDATE document_counter SET last_seq = last_seq - 1 WHERE series = 'TK'")
    return f"退款单 {f['deposit_refund']}"


def movement_with_balances(target, f):
    pid = one(target, "SELECT id FROM payment WHERE number = ?", (f["topped"],))
    unit = one(target, "SELECT unit_id FROM payment WHERE id = ?", (pid,))
    mid = one(target, "SELECT id FROM prepaid_movement WHERE payment_id = ?", (pid,))
    q(target, "UPDATE prepaid_movement SET amount_fen = amount_fen + 10000, balance_after_fen = balance_after_fen + "
              "10000 WHERE unit_id = ? AND id >= ?", (unit, mid))
    q(target, "UPDATE prepaid_movement SET amount_fen = amount_fen - 10000 WHERE unit_id = ? AND id > ?", (unit, mid))
    q(target, "UPDATE prepaid_movement SET amount_fen = amount_fen + 10000 WHERE unit_id = ? AND id > ? AND id = "
              "(SELECT max(id) FROM prepaid_movement WHERE unit_id = ?)", (unit, mid, unit))
    q(target, "UPDATE unit SET prepaid_fen = prepaid_fen + 10000 WHERE id = ?", (unit,))
    return f"预存流水 {mid}（"


def movement_deleted_balance_fixed(target, f):
    mid, unit, amount = q(target, "SELECT id, unit_id, amount_fen FROM prepaid_movement WHERE kind = 'deduction' "
                                  "ORDER BY id LIMIT 1")[0]
    q(target, "DELETE FROM prepaid_movement WHERE id = ?", (mid,))
    q(target, "UPDATE unit SET prepaid_fen = prepaid_fen - ? WHERE id = ?", (amount, unit))
    return f"预存流水（id {mid}） 已不在账本中"


def movement_inserted(target, f):
    unit, balance = q(target, "SELECT id, prepaid_fen FROM unit WHERE code = '3-2-501'")[0]
    q(target, "INSERT INTO prepaid_movement (unit_id, payment_id, amount_fen, balance_after_fen, kind, created_at) "
              "VALUES (?, NULL, 88800, ?, 'topup', '2026-01-12 02:00:00')", (unit, balance + 88800))
    q(target, "UPDATE unit SET prepaid_fen = prepaid_fen + 88800 WHERE id = ?", (unit,))
    mid = one(target, "SELECT max(id) FROM prepaid_movement")
    return f"预存流水 {mid}（3-2-501）"


def two_charges_of_one_run(target, f):
    ids = [r[0] for r in q(target, "SELECT id FROM charge WHERE run_id = ? ORDER BY id LIMIT 2", (f["run"],))]
    q(target, "UPDATE charge SET amount_fen = amount_fen + 1 WHERE id IN (?, ?)", tuple(ids))
    return "中不止一行的内容与封存不符"


def _chain(target) -> list[list]:
    return [list(r) for r in q(target, "SELECT id, created_at, username, action, entity, entity_id, before, after, "
                                       "prev_hash, hash FROM audit_log ORDER BY id")]


def _relink(target, rows, start, digest_of, key=None, key_id=""):
    """Write the chain back from row `start` on with each link made by `digest_of(fields)`, and the
    head to match (with its MAC under `key`, if the insider has one), as an insider's script would."""
    prev = rows[start - 1][9] if start else audit.GENESIS
    for row in rows[start:]:
        row[8] = prev
        stamp = row[1] if isinstance(row[1], str) else str(row[1])
        row[9] = digest_of([prev, stamp.replace(" ", "T"), *row[2:8]])
        q(target, "UPDATE audit_log SET prev_hash = ?, hash = ?, after = ?, before = ? WHERE id = ?",
          (row[8], row[9], row[7], row[6], row[0]))
        prev = row[9]
    mac = audit.head_mac(key, len(rows), prev, key_id) if key else ""
    q(target, "UPDATE audit_head SET row_count = ?, last_hash = ?, key_id = ?, mac = ?", (len(rows), prev, key_id, mac))


def _seal_row(rows, entity, key) -> int:
    return max(i for i, r in enumerate(rows) if r[3] == "state.seal" and r[4] == entity and r[5] == key)


def rewrite_with_sha256(target, f):
    """The cashier made an administrator, the user's seal edited to match, and the chain re-made
    with the algorithm from before keys (SHA-256 of the canonical list): all an insider without the
    key can do."""
    uid = one(target, "SELECT id FROM \"user\" WHERE username = 'cashier'")
    q(target, "UPDATE \"user\" SET role = 'admin' WHERE id = ?", (uid,))
    rows = _chain(target)
    i = _seal_row(rows, "user", str(uid))
    after = json.loads(rows[i][7])
    after["state"]["role"] = "admin"
    rows[i][7] = audit.canonical(after)
    _relink(target, rows, i, lambda fields: hashlib.sha256(audit.canonical(fields).encode()).hexdigest())
    return f"审计记录第 {i + 1} 条"


def rewrite_with_own_key(target, f):
    """10 元 skimmed off a cash receipt (its tender, total and content hash, its audit row's content
    made to match), and the chain re-made from there under a key of the insider's own, announced
    by a key-period row as a PC without the key would: verify cannot check those rows and says so."""
    pid = one(target, "SELECT id FROM payment WHERE number = ?", (f["paid"],))
    q(target, "UPDATE tender SET amount_fen = amount_fen - 1000 WHERE payment_id = ? AND method = 'cash'", (pid,))
    rows = _chain(target)
    i = next(k for k, r in enumerate(rows) if r[3] == "payment.counter" and r[5] == f["paid"])
    key = os.urandom(32)
    key_id = hashlib.sha256(b"counter-app audit key id\0" + key).hexdigest()[:16]
    q(target, "UPDATE audit_log SET action = 'key.period', entity = 'audit', entity_id = ?, after = ? WHERE id = ?",
      (key_id, audit.canonical({"key": key_id, "why": "missing"}), rows[i - 1][0]))
    rows = _chain(target)
    _relink(target, rows, i - 1, lambda fields: hmac.new(key, audit.canonical(fields).encode(),
                                                         hashlib.sha256).hexdigest(), key, key_id)
    return f"审计记录第 {i}–"


def trailing_rows_cut(target, f):
    """The last rows cut (a failed sign-in, the receipt before it) and the head rewound exactly to
    the new end: no hashing needed, and what the cut rows said is gone."""
    rows = _chain(target)
    keep = rows[:-3]
    q(target, "DELETE FROM audit_log WHERE id > ?", (keep[-1][0],))
    q(target, "UPDATE audit_head SET row_count = ?, last_hash = ?", (len(keep), keep[-1][9]))
    return "链头"


def failed_sign_in_erased(target, f):
    q(target, "UPDATE audit_log SET action = 'login.ok' WHERE id = (SELECT max(id) FROM audit_log WHERE action = "
              "'login.failed')")
    return "的内容被修改"


def audit_row_deleted_in_the_middle(target, f):
    q(target, "DELETE FROM audit_log WHERE id = (SELECT id FROM audit_log WHERE action = 'receipt.void')")
    return "链接不符"


EDITS = {
    # receipts: the payment row's own fields
    "a receipt's total": (["UPDATE payment SET total_fen = total_fen + 1000 WHERE number = '{paid}'"], "收据 {paid}"),
    "a receipt marked training": (["UPDATE payment SET training = TRUE WHERE number = '{paid}'"], "收据 {paid} 的内容"),
    "a receipt's business date": (["UPDATE payment SET business_date = '2026-01-11' WHERE number = '{paid}'"],
                                  "收据 {paid} 的内容"),
    "a receipt moved to another shift": (["UPDATE payment SET shift_id = (SELECT max(id) FROM shift) "
                                          "WHERE number = '{paid}'"], "收据 {paid} 的内容"),
    "a receipt's payer": (["UPDATE payment SET payer = '李四' WHERE number = '{paid}'"], "收据 {paid} 的内容"),
    "a receipt's remarks": (["UPDATE payment SET remarks = '免单' WHERE number = '{paid}'"], "收据 {paid} 的内容"),
    "a receipt's cashier": (["UPDATE payment SET user_id = (SELECT id FROM \"user\" WHERE username = 'manager') "
                             "WHERE number = '{paid}'"], "收据 {paid}"),
    "a receipt's time": (["UPDATE payment SET created_at = '2026-01-10 00:00:01' WHERE number = '{paid}'"],
                         "收据 {paid}"),
    "a deduction's total": (["UPDATE payment SET total_fen = total_fen - 100 WHERE number = '{deduction}'"],
                            "收据 {deduction}"),
    # its lines and tenders
    "a receipt line's principal": (["UPDATE payment_line SET principal_fen = principal_fen - 100 WHERE id = "
                                    "(SELECT min(id) FROM payment_line WHERE payment_id = " + PAY.format(n="{paid}") +
                                    ")"], "收据明细 {paid} 第"),
    "a receipt line's late fee": (["UPDATE payment_line SET late_fee_fen = late_fee_fen + 500 WHERE id = "
                                   "(SELECT min(id) FROM payment_line WHERE payment_id = " + PAY.format(n="{paid}") +
                                   ")"], "收据明细 {paid} 第"),
    "a receipt line's waiver reason": (["UPDATE payment_line SET waiver_reason = '主管同意' WHERE id = "
                                        "(SELECT min(id) FROM payment_line WHERE payment_id = " +
                                        PAY.format(n="{paid}") + ")"], "收据明细 {paid} 第"),
    "a receipt line moved to another charge": (["UPDATE payment_line SET charge_id = charge_id + 1 WHERE id = "
                                                "(SELECT max(id) FROM payment_line WHERE payment_id = " +
                                                PAY.format(n="{paid}") + ")"], "收据明细 {paid} 第"),
    "a tender's amount": (["UPDATE tender SET amount_fen = amount_fen - 100 WHERE reference = 'WX1'"],
                          "收据付款方式 {paid} 的 wechat"),
    "a tender's method": (["UPDATE tender SET method = 'cash', reference = '' WHERE reference = 'WX1'"],
                          "收据付款方式 {paid} 的 cash"),
    "a tender's reference": (["UPDATE tender SET reference = 'WX9' WHERE reference = 'WX1'"], "收据付款方式 {paid}"),
    "a tender deleted": (["DELETE FROM tender WHERE reference = 'WX1'"], "已不在账本中"),
    "a tender added": (["INSERT INTO tender (payment_id, method, amount_fen, reference) SELECT id, 'alipay', 100, "
                        "'ZFB1' FROM payment WHERE number = '{paid}'"], "收据付款方式 {paid} 的 alipay"),
    # voids, whole documents, numbers
    "a voided receipt set back to valid": (["UPDATE payment SET status = 'valid' WHERE number = '{voided}'"],
                                           "{voided} 已作废，却又被改回有效"),
    "a receipt voided behind the program": (["UPDATE payment SET status = 'voided' WHERE number = '{paid}'"],
                                            "{paid} 被标为作废"),
    "a whole receipt deleted, charges and counter wound back": (whole_receipt_deleted, None),
    "a receipt inserted behind the program": (receipt_inserted, None),
    "the receipt counter wound back": (["UPDATE document_counter SET last_seq = last_seq - 1 WHERE series = 'SJ'"],
                                       "缺号或重号"),
    # refunds
    "a refund's total times ten": (["UPDATE refund SET total_fen = total_fen * 10 WHERE number = '{refund}'"],
                                   "退款单 {refund} 的内容"),
    "a refund line's amount": (["UPDATE refund_line SET amount_fen = amount_fen + 5000 WHERE refund_id = "
                                "(SELECT id FROM refund WHERE number = '{refund}')"], "退款明细 {refund} 第"),
    "a refund's method": (["UPDATE refund SET method = 'wechat' WHERE number = '{refund}'"], "退款单 {refund}"),
    "a refund's reason": (["UPDATE refund SET reason = '顾客要求' WHERE number = '{refund}'"], "退款单 {refund}"),
    "a refund deleted, its counter wound back": (refund_deleted, None),
    # cash moved in and out of the drawer
    "a paid-out made smaller": (["UPDATE cash_movement SET amount_fen = 300 WHERE number = '{paid_out}'"],
                                "现金收支单 {paid_out} 的内容"),
    "a drop turned into a paid-in": (["UPDATE cash_movement SET kind = 'paid_in' WHERE number = '{drop}'"],
                                     "现金收支单 {drop} 的内容"),
    "a paid-out's voucher": (["UPDATE cash_movement SET voucher = 'PZ-9' WHERE number = '{paid_out}'"],
                             "现金收支单 {paid_out}"),
    "a drop deleted, its counter wound back": (["DELETE FROM cash_movement WHERE number = '{drop}'",
                                                "UPDATE document_counter SET last_seq = last_seq - 1 "
                                                "WHERE series = 'XJ'"], "已不在账本中"),
    "a paid-in inserted behind the program": (
        ["INSERT INTO cash_movement (estate_id, series, year, seq, number, shift_id, user_id, kind, amount_fen, "
         "reason, voucher, note, created_at, business_date, request_id) SELECT estate_id, series, year, 99, "
         "'XJ2026-000099', shift_id, user_id, 'paid_in', 100, '', '', '', created_at, business_date, 'forged-0001' "
         "FROM cash_movement WHERE number = '{drop}'"], "没有审计记录为它封存"),
    "a refund deleted, the charge's paid amount restored": (
        ["UPDATE charge SET paid_fen = paid_fen + 1000 WHERE id = (SELECT charge_id FROM payment_line WHERE id = "
         "(SELECT payment_line_id FROM refund_line WHERE refund_id = (SELECT id FROM refund WHERE number = "
         "'{refund}')))", "DELETE FROM refund_line WHERE refund_id = (SELECT id FROM refund WHERE number = '{refund}')",
         "DELETE FROM refund WHERE number = '{refund}'"], "退款单 {refund}"),
    # prepaid balances
    "a top-up's movement and every balance after it": (movement_with_balances, None),
    "a deduction's movement deleted, the balance fixed": (movement_deleted_balance_fixed, None),
    "a prepaid movement added with the balance": (movement_inserted, None),
    "a unit's prepaid balance alone": (["UPDATE unit SET prepaid_fen = prepaid_fen + 5000 WHERE code = '3-2-501'"],
                                       "房屋 3-2-501 的预存余额"),
    # charges
    "an unpaid charge's amount with its month's total": (charge_amount_with_billed_month, None),
    "a charge cancelled with its month's total": (charge_cancelled_with_billed_month, None),
    "a charge deleted with its month's total": (charge_deleted_with_billed_month, None),
    "a charge added with its month's total": (charge_inserted_with_billed_month, None),
    "two charges of one run": (two_charges_of_one_run, None),
    "a voided receipt's charge restored": (["UPDATE charge SET cancelled_at = NULL, dedupe_key = 'restored' WHERE "
                                            "cancelled_at IS NOT NULL"], "却又恢复"),
    "a charge's billing key freed": (["UPDATE charge SET dedupe_key = 'x:' || id || ':' || dedupe_key WHERE id = "
                                      "(SELECT max(id) FROM charge WHERE cancelled_at IS NULL)"], "计费键"),
    "a charge's period": (["UPDATE charge SET period_start = '2025-11-01' WHERE id = (SELECT min(id) FROM charge)"],
                          "的内容与封存不符"),
    "a charge moved to another run": (["UPDATE charge SET run_id = {run} WHERE id = (SELECT min(id) FROM charge)"],
                                      "的内容与封存不符"),
    "a charge's paid amount": (["UPDATE charge SET paid_fen = amount_fen WHERE id = (SELECT min(id) FROM charge "
                                "WHERE paid_fen = 0)"], "的已收金额为"),
    "a month's billed total": (["UPDATE billed_month SET billed_fen = billed_fen - 100 WHERE id = (SELECT min(id) "
                                "FROM billed_month)"], "的应收合计记为"),
    "a billing run's total": (["UPDATE billing_run SET total_fen = total_fen + 100 WHERE id = {run}"], "计费 {run}（"),
    "a billing run marked reversed": (["UPDATE billing_run SET reversed_at = '2026-01-12 05:00:00', reversed_by = "
                                       "'admin' WHERE id = {run}"], "计费 {run} 的撤销状态"),
    "a meter reading": (["UPDATE meter_reading SET value_centi = value_centi - 500 WHERE id = (SELECT max(id) FROM "
                         "meter_reading)"], "抄表"),
    # shifts, Z reports, the day
    "a shift's counted cash and difference": (["UPDATE shift SET counted_fen = counted_fen + 10000, difference_fen = "
                                               "difference_fen + 10000 WHERE id = {closed_shift}"],
                                              "班次 {closed_shift} 的 counted_fen, difference_fen"),
    "a shift's count by denomination": (["UPDATE shift SET counted_json = '{{\"10000\": 99}}' WHERE id = "
                                         "{closed_shift}"], "班次 {closed_shift} 的 counted"),
    "a shift's note": (["UPDATE shift SET note = '短款已补' WHERE id = {closed_shift}"], "班次 {closed_shift} 的 note"),
    "a shift's float": (["UPDATE shift SET float_fen = float_fen + 5000 WHERE id = {closed_shift}"],
                        "班次 {closed_shift} 的 float_fen"),
    "a stored Z report's totals": (["UPDATE shift SET report_json = replace(report_json, '\"received_fen\": ', "
                                    "'\"received_fen\": 1') WHERE id = {closed_shift}"],
                                   "班次 {closed_shift} 的 report"),
    "a Z number": (["UPDATE shift SET z_number = 'Z999999' WHERE id = {closed_shift}"], "班次 {closed_shift} 的"),
    "a closed day's stored totals": (["UPDATE day_close SET report_json = replace(report_json, '\"received_fen\": ', "
                                      "'\"received_fen\": 1')"], "2026-01-10 的日结记录 的 closes"),
    "a day close taken back": (["DELETE FROM day_close"], "2026-01-10 的日结记录"),
    "a day reopened behind the program": (["UPDATE day_close SET reopened_at = '2026-01-11 01:00:00'"],
                                          "2026-01-10 的日结记录"),
    # users
    "a user's role": (["UPDATE \"user\" SET role = 'admin' WHERE username = 'cashier'"], "role"),
    "a user's password hash": (["UPDATE \"user\" SET password_hash = (SELECT password_hash FROM \"user\" WHERE "
                                "username = 'admin') WHERE username = 'cashier'"], "password"),
    "a user's failed sign-ins cleared": (["UPDATE \"user\" SET failed_logins = 0 WHERE username = 'cashier'"],
                                         "failed_logins"),
    "a user's lock set": (["UPDATE \"user\" SET locked_until = '2030-01-01 00:00:00' WHERE username = 'cashier'"],
                          "locked_until"),
    "a user stopped": (["UPDATE \"user\" SET active = FALSE WHERE username = 'cashier'"], "active"),
    "a user added": (["INSERT INTO \"user\" (username, display_name, role, password_hash, active, failed_logins) "
                      "SELECT 'ghost', '幽灵', 'admin', password_hash, TRUE, 0 FROM \"user\" WHERE username = 'admin'"],
                     "没有审计封存记录"),
    # settings and the rules that say what is charged
    "the receipt number format": (["UPDATE estate SET receipt_format = 'SJ{{year}}'"], "receipt_format"),
    "the cashier's waiver limit": (["UPDATE estate SET waiver_limit_fen = 9999900"], "waiver_limit_fen"),
    "a fee item's late-fee rate": (["UPDATE fee_item SET late_ppm = 0 WHERE code = 'WYF'"], "late_ppm"),
    "a fee item's due days": (["UPDATE fee_item SET due_days = 365 WHERE code = 'WYF'"], "due_days"),
    "a standard's rate": (["UPDATE fee_standard SET rate_e4 = rate_e4 + 1000 WHERE id = (SELECT max(id) FROM "
                           "fee_standard)"], "rate_e4"),
    "a standard's vacancy share": (["UPDATE fee_standard SET vacancy_percent = 10 WHERE id = (SELECT min(id) FROM "
                                    "fee_standard)"], "vacancy_percent"),
    "a unit's area": (["UPDATE unit SET area_centi = area_centi - 1000 WHERE code = '3-2-501'"], "area_centi"),
    "a unit's type": (["UPDATE unit SET unit_type = '车库' WHERE code = '3-1-101'"], "unit_type"),
    "a unit's state": (["UPDATE unit SET occupancy = '空置' WHERE code = '3-2-501'"], "occupancy"),
    "the ledger marked a training copy": (["UPDATE meta SET value = '1' WHERE key = 'demo'",
                                           "INSERT INTO meta (key, value) VALUES ('training', '1')"], "training"),
    "the ledger's creation time": (["UPDATE meta SET value = '2020-01-01T00:00:00+00:00' WHERE key = 'created_at'"],
                                   "created_at"),
    # the chain itself
    "the last audit row deleted": (["DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"], "链头"),
    "an audit row deleted in the middle": (audit_row_deleted_in_the_middle, None),
    "a failed sign-in rewritten": (failed_sign_in_erased, None),
    "trailing rows cut, the head rewound exactly": (trailing_rows_cut, None),
    "the audit head deleted": (["DELETE FROM audit_head"], "链头"),
    "the chain re-made with SHA-256 without the key": (rewrite_with_sha256, None),
    "the chain re-made under a key of one's own": (rewrite_with_own_key, None),
}


def test_the_suite_is_at_least_fifty_kinds():
    assert len(EDITS) >= 50


@pytest.mark.parametrize("how", sorted(EDITS))
def test_each_edit_behind_the_program_is_named(built, copy, how, capsys, monkeypatch):
    edit, named = EDITS[how]
    if callable(edit):
        named = edit(copy, built.facts)
    else:
        for sql in edit:
            q(copy, sql.format(**built.facts))
        named = named.format(**built.facts)
    code, text = _verify(capsys, monkeypatch, copy)
    assert code != 0, f"{how}: not found\n{text}"
    assert named in text, f"{how}: {named!r} not named\n{text}"
    assert "Traceback" not in text


def _sign_in(capsys, monkeypatch, target, user, password):
    """`counter-app user list` as `user`: a sign-in, and what it may see (an administrator's list)."""
    monkeypatch.setenv("COUNTER_APP_PASSWORD", password)
    code = cli.main(["user", "list", "--db", target, "--user", user])
    out, err = capsys.readouterr()
    return code, out + err


def test_a_user_row_edited_behind_the_program_gives_no_power_and_stays_named(copy, capsys, monkeypatch):
    """A cashier made administrator in the file signs in as the cashier the ledger sealed (an
    administrator's command refused), the sign-in seals nothing over the edit, and `audit verify`
    names it before and after, never failing itself. A password hash swapped in refuses the
    sign-in; a lock cleared stays in force."""
    q(copy, "UPDATE \"user\" SET role = 'admin' WHERE username = 'cashier'")
    code, text = _sign_in(capsys, monkeypatch, copy, "cashier", "cashier")
    assert code == 2 and "无权" in text and "收费员" in text, text    # still a cashier: no user list
    for _ in range(2):                                         # and again after the sign-in sealed
        code, text = _verify(capsys, monkeypatch, copy)
        assert code != 0 and "role" in text and "内部错误" not in text and "Internal" not in text, text
    manager_hash = one(copy, "SELECT password_hash FROM \"user\" WHERE username = 'manager'")
    q(copy, "UPDATE \"user\" SET password_hash = ? WHERE username = 'cashier'", (manager_hash,))
    code, text = _sign_in(capsys, monkeypatch, copy, "cashier", "manager")
    assert code == 2 and "程序之外被改动" in text and "password" in text, text


def test_a_lock_cleared_in_the_file_stays_in_force(copy, capsys, monkeypatch):
    for _ in range(6):
        _sign_in(capsys, monkeypatch, copy, "cashier", "wrong-password")
    code, text = _sign_in(capsys, monkeypatch, copy, "cashier", "cashier")
    assert code == 2 and "锁定" in text, text
    q(copy, "UPDATE \"user\" SET failed_logins = 0, locked_until = NULL WHERE username = 'cashier'")
    code, text = _sign_in(capsys, monkeypatch, copy, "cashier", "cashier")
    assert code == 2 and "锁定" in text, text
    code, text = _verify(capsys, monkeypatch, copy)
    assert code != 0 and "locked_until" in text, text


def test_a_list_of_problems_cut_short_says_how_many_more(copy, capsys, monkeypatch):
    """Sixty charges slipped into the file and thirty months' kept figures edited: `check` and
    `audit verify` list fifty problems and say exactly how many more there are (every check
    counts all it finds, not its first twenty); the list never passes for the whole of them."""
    unit, item, std = q(copy, "SELECT unit_id, item_id, standard_id FROM charge WHERE run_id IS NOT NULL "
                              "ORDER BY id LIMIT 1")[0]
    for n in range(60):
        q(copy, "INSERT INTO charge (unit_id, item_id, standard_id, period_start, period_end, months, amount_fen, "
                "paid_fen, due_date, basis, rounding, origin, dedupe_key, created_at, note) VALUES (?, ?, ?, "
                "'2025-06-01', '2025-06-30', 1, 100, 0, '2025-07-01', '补收', '分', 'bill', ?, "
                "'2026-01-12 01:00:00', '')", (unit, item, std, f"slipped-{n}"))
    for n in range(30):                 # kept months of no charge at all: each named on its own
        q(copy, "INSERT INTO billed_month (item_id, month, billed_fen, charges) VALUES (?, ?, 100, 1)",
          (item, f"{1970 + n}-01"))
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    code = cli.main(["check", "--db", copy, "--user", "manager", "--json"])
    found = json.loads(capsys.readouterr().out)["problems"]
    assert code == 3 and len(found) >= 60 + 30, len(found)
    code = cli.main(["check", "--db", copy, "--user", "manager"])
    out, err = capsys.readouterr()
    for code, text in ((code, out + err), _verify(capsys, monkeypatch, copy)):
        assert code != 0 and "没有审计记录为它封存" in text, text
        assert f"…… 另有 {len(found) - 50} 处" in text, text
        listed = [line for line in text.splitlines() if line.startswith("  ") and "另有" not in line]
        assert len(listed) == 50, text


# Each kept table as what it says: a server keeps several rows of changes per key, and a month
# whose figures came back to nought may keep its row or not.
KEPT_FIGURES = {"billed_month": ("item_id, month", "billed_fen", "charges"),
                "owed_month": ("item_id, month", "owed_fen"),
                "late_month": ("unit_id, month", "lines"),
                "month_units": ("item_id, month", "units", "owing")}


def _kept(target) -> dict[str, list]:
    said = {}
    for table, (key, *values) in KEPT_FIGURES.items():
        sums = ", ".join(f"sum({v})" for v in values)
        rows = q(target, f"SELECT {key}, {sums} FROM {table} GROUP BY {key} HAVING "
                         + " OR ".join(f"sum({v}) <> 0" for v in values))
        said[table] = sorted(tuple(x if isinstance(x, str) else int(x) for x in row) for row in rows)
    return said


def test_kept_figures_edited_by_hand_are_worked_out_anew_by_an_administrator(copy, capsys, monkeypatch):
    """A month's billed total and a month's debt (two items each) edited in the file: `check` names
    both and points to `rebuild-kept`, which a manager may not run; the administrator's run names
    what differed, puts every kept figure back as the ledger's own rows add up, and says so in the
    audit trail. The ledger then checks clean, and nothing posted changed. A charge edited behind
    the program is another matter: the rebuild is refused, the kept figures left as evidence."""
    untouched = _kept(copy)
    posted = {t: q(copy, f"SELECT count(*), sum(total_fen) FROM {t}") for t in ("payment", "refund")}
    q(copy, "UPDATE billed_month SET billed_fen = billed_fen + 100 WHERE month = "
            "(SELECT min(month) FROM billed_month)")
    q(copy, "UPDATE owed_month SET owed_fen = owed_fen + 700 WHERE month = (SELECT max(month) FROM owed_month)")

    def run(user, *command):
        monkeypatch.setenv("COUNTER_APP_PASSWORD", user)
        code = cli.main([*command, "--db", copy, "--user", user])
        out, err = capsys.readouterr()
        return code, out + err

    code, text = run("manager", "check")
    assert code == 3 and "应收合计记为" in text and "欠费合计记为" in text and "rebuild-kept" in text, text
    code, text = run("manager", "rebuild-kept")
    assert code == 2 and "无权" in text, text
    assert _kept(copy) != untouched
    code, text = run("admin", "rebuild-kept")
    assert code == 0 and "重算前有 4 处" in text and "应收合计记为" in text and "欠费合计记为" in text, text
    assert _kept(copy) == untouched
    assert {t: q(copy, f"SELECT count(*), sum(total_fen) FROM {t}") for t in posted} == posted
    after = json.loads(one(copy, "SELECT after FROM audit_log WHERE action = 'kept.rebuilt'"))
    assert after["differed"] == 4 and len(after["first"]) == 4, after
    code, text = run("manager", "check")
    assert code == 0 and "检查通过" in text and "rebuild-kept" not in text, text
    code, text = run("admin", "rebuild-kept")              # again: nothing differs now
    assert code == 0 and "一致" in text, text
    # A charge edited behind the program: its month's kept total now disagrees too, as evidence.
    # check names both and does not point to rebuild-kept, which is refused: nothing rewritten.
    cid, _, _ = _unpaid_charge(copy)
    q(copy, "UPDATE charge SET amount_fen = amount_fen + 100 WHERE id = ?", (cid,))
    evidence = _kept(copy)
    code, text = run("manager", "check")
    assert code == 3 and f"应收 {cid}（" in text and "应收合计记为" in text and "rebuild-kept" not in text, text
    code, text = run("admin", "rebuild-kept")
    assert code == 2 and "留存数字以外的问题" in text, text
    assert _kept(copy) == evidence
