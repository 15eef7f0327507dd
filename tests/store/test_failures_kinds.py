"""A server that may only read (a standby, a read-only session) refuses a write with SQLSTATE
25006: named like a read-only ledger file, so what only keeps figures (store/queries/owing.py)
works them out instead, and a write the cashier asked for says the database cannot record."""
from counter_app.store import failures


def test_a_read_only_server_is_named_as_a_read_only_ledger():
    assert failures.sqlstate_kind("25006") == "read_only"
    assert failures.KINDS[failures.sqlstate_kind("25006")].retry is False
    assert failures.sqlstate_kind("25P03") == "lost"          # its class-mates keep their own kinds
