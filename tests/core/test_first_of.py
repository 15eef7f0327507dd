"""A list of problems cut short says how many it left out (core.errors.first_of), and no list of
findings in the program is cut any other way."""
import re
from pathlib import Path

from counter_app.core.errors import Finding, first_of

ROOT = Path(__file__).resolve().parents[2] / "counter_app"


def test_a_cut_list_ends_with_how_many_more():
    found = [Finding("{row} 已不在账本中", row=f"应收 {n}") for n in range(25)]
    shown = first_of(found, 20)
    assert shown[:20] == found[:20] and len(shown) == 21
    assert shown[-1] == "…… 另有 5 处" and shown[-1].params == {"more": 5}
    assert first_of(found, 25) == found and first_of(found[:3], 20) == found[:3]


def test_no_list_of_problems_is_cut_silently():
    """A slice of a list of problems or findings says how many it left out, there or on the next
    two lines (first_of does)."""
    cut = re.compile(r"(problems|findings)\)?\[:\w+\]")
    places = []
    for path in ROOT.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        places += [f"{path.relative_to(ROOT)}:{n + 1}" for n, line in enumerate(lines)
                   if cut.search(line) and "另有" not in "".join(lines[n:n + 3])]
    assert not places, places
