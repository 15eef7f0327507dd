"""The words the ledger stores and rules turn on (a unit's type and occupancy, an invoice request's
state) are spelled once, in core; the store and the use cases name them from there, so a word
changed or added in one place cannot leave a rule in another reading the old one."""
import ast
from pathlib import Path

from counter_app.core import estate_words, invoice_status, rounding

PACKAGE = Path(__file__).resolve().parents[2] / "counter_app"
WORDS = {*estate_words.UNIT_TYPES, *estate_words.OCCUPANCY, estate_words.ENDED, *invoice_status.ALL, *rounding.RULES}
# The steps of the schema record what each version stored then: history, never renamed.
HISTORY = {PACKAGE / "store" / "migrations.py"}


def spelled_outside_core() -> list[str]:
    found = []
    for layer in ("store", "ledger", "services", "scenarios"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if path in HISTORY:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and node.value in WORDS and not _audit_key(node, path):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.value!r}")
    return found


def _audit_key(node: ast.Constant, path: Path) -> bool:
    """An audit entry's field names ("issued": how many were) are its own words, not states."""
    return path.name in ("platform.py", "reversal.py") and node.value in ("issued", "reversed", "cancelled")


def test_the_stored_words_are_spelled_only_in_core():
    assert spelled_outside_core() == []


def test_the_scan_finds_a_word_spelled_by_hand(tmp_path):
    services = tmp_path / "services"
    services.mkdir()
    (tmp_path / "store").mkdir()
    (services / "rule.py").write_text('def billed(unit):\n    return unit.occupancy != "已停用"\n', encoding="utf-8")
    globals()["PACKAGE"] = tmp_path
    try:
        assert spelled_outside_core() == ["services/rule.py:2 '已停用'"]
    finally:
        globals()["PACKAGE"] = Path(__file__).resolve().parents[2] / "counter_app"


def test_the_lists_hold_their_named_words_and_no_word_twice():
    assert estate_words.UNIT_TYPES[0] == estate_words.RESIDENTIAL and estate_words.OCCUPANCY[0] == estate_words.OCCUPIED
    assert estate_words.ENDED not in estate_words.OCCUPANCY and estate_words.VACANT in estate_words.OCCUPANCY
    assert len(WORDS) == len(estate_words.UNIT_TYPES) + len(estate_words.OCCUPANCY) + 1 + len(invoice_status.ALL) \
        + len(rounding.RULES)
    assert set(invoice_status.HOLDING) | {invoice_status.CANCELLED} == set(invoice_status.ALL)
    assert set(invoice_status.OPEN) <= set(invoice_status.HOLDING)
    assert {invoice_status.status_words(s, "12345") for s in invoice_status.ALL} >= {"已申请（待开具）", "已红冲 No.12345"}
    assert invoice_status.status_words("", None) == "未申请"
