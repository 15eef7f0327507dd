"""Writes tests/store/fixtures/schema_vN.sql: a small ledger made by this version's schema, kept
so that every later version's test opens it and proves the upgrade keeps every record.

    .venv/bin/python -m tests.store.make_fixture     (once per schema version, then commit)
"""
import os
import sqlite3
import tempfile
from pathlib import Path

os.environ.setdefault("COUNTER_APP_DATA", tempfile.mkdtemp())
os.environ.setdefault("COUNTER_APP_KEYSTORE", "file")   # its key stays in that folder, never a key store

from counter_app.core.tenders import Tender  # noqa: E402
from counter_app.ledger import clock
from counter_app.services.counter import payments, reprints
from counter_app.store import db as dbmod  # noqa: E402
from counter_app.store.migrations import SCHEMA_VERSION  # noqa: E402
from tests.factories import at, bill_months, build_small_estate, open_with_admin  # noqa: E402


def main() -> None:
    path = Path(tempfile.mkdtemp()) / "ledger.sqlite3"
    estate = bill_months(build_small_estate(open_with_admin(path)), "2025-12", "2026-01")
    with clock.frozen(at(2026, 1, 20, 10)):
        r = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("wechat", 10000, "WX1"), Tender("cash", 1_000_000)]))
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-102", topup_fen=30000, tenders=[Tender("cash", 30000)]))
        reprints.record_reprint(estate.cashier, r.number)
    dbmod.close()
    conn = sqlite3.connect(path)
    target = Path(__file__).parent / "fixtures" / f"schema_v{SCHEMA_VERSION}.sql"
    target.write_text("\n".join(conn.iterdump()) + "\n", encoding="utf-8")
    conn.close()
    print(target)


if __name__ == "__main__":
    main()
