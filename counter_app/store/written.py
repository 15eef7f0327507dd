"""The rows of sealed tables written by the transaction in progress, so that the audit row of the
same transaction seals them (ledger/rowseals.py): every insert of the store notes its
table and ids here (bulk.py's statements, and a model's own save). Kept per thread, since each
thread has its own connection and transaction; forgotten when a transaction or savepoint rolls
back, so rows that never existed are never sealed.

Before its COMMIT a write transaction calls the hooks registered here; the audit trail registers
the one that seals rows still unsealed at that point."""
from __future__ import annotations

import threading

# The tables whose rows, once written, never change in what they say about money (their changing
# parts, such as a charge's paid amount or a receipt's voiding, are checked otherwise).
SEALED_TABLES = frozenset({"payment", "payment_line", "tender", "refund", "refund_line", "prepaid_movement",
                           "charge", "billing_run", "meter_reading", "opening_deposit", "shared_cost",
                           "number_skip", "cash_movement", "receipt_book", "book_issue",
                           "receipt_form", "discount_line"})

_state = threading.local()
_before_commit: list = []


def _pending() -> list[tuple[str, list[int], tuple | None, list | None]]:
    found = getattr(_state, "pending", None)
    if found is None:
        found = _state.pending = []
    return found


def note(table: str, ids, columns: tuple | None = None, values: list | None = None) -> None:
    """Rows of `table` just inserted, by id; with `columns` and `values` (each row's values as
    stored, in that order) when the inserter has them, so the seal need not read them back."""
    if table in SEALED_TABLES:
        ids = [int(i) for i in ids]
        if ids:
            _pending().append((table, ids, columns, values))


def take() -> dict[str, list[int]]:
    """The rows noted so far in this transaction, by table (and forget them: they are being sealed).
    A row noted again counts as last noted: with the values that note gave, else read back."""
    out: dict[str, list[int]] = {}
    given: dict[tuple[str, tuple], dict[int, tuple]] = {}
    for table, ids, columns, values in _pending():
        out.setdefault(table, []).extend(ids)
        for (name, _), known in given.items():
            if name == table:
                for i in ids:
                    known.pop(i, None)
        if values is not None:
            given.setdefault((table, columns), {}).update(zip(ids, values))
    _state.given = given
    _pending().clear()
    return out


def read_back(reader) -> None:
    """Give the rows noted without values their values as stored now, read by `reader(table, ids)`
    -> (columns, rows as stored, id first): a transaction reads back what it wrote before it
    takes the locks other writers wait for, so that its seal reads nothing while it holds them.
    A row written again after this is noted again."""
    pending = _pending()
    for n, (table, ids, columns, values) in enumerate(pending):
        if values is None:
            columns, found = reader(table, ids)
            by_id = {row[0]: row for row in found}
            if all(i in by_id for i in ids):
                pending[n] = (table, ids, columns, [by_id[i] for i in ids])


def given_values() -> dict[tuple[str, tuple], dict[int, tuple]]:
    """(table, columns) -> {id: values} of the rows just taken whose values the inserter gave."""
    return getattr(_state, "given", {})


def mark() -> int:
    return len(_pending())


def back_to(position: int) -> None:
    """A savepoint rolled back: what it noted never happened."""
    del _pending()[position:]


def reset() -> None:
    _pending().clear()
    _state.ahead = {}


def remember(name: str, value) -> None:
    """A fact this transaction read ahead for a later step of its own (audit.read_ahead):
    forgotten when the next transaction starts."""
    if getattr(_state, "ahead", None) is None:
        _state.ahead = {}
    _state.ahead[name] = value


def remembered(name: str):
    """What this transaction remembered under `name`, or None."""
    return (getattr(_state, "ahead", None) or {}).get(name)


def before_commit(hook) -> None:
    """Call `hook()` at the end of every outermost write transaction, before it commits."""
    if hook not in _before_commit:
        _before_commit.append(hook)


def run_hooks() -> None:
    for hook in _before_commit:
        hook()
